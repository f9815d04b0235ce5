// A host's own script: the package imported by name, no configuration, a widget
// mounted from script beside the page's <alphanode-article>.
import { mount } from "alphanode-widgets";

const handle = mount(document.getElementById("mounted"), {
  src: "/posts/fixing-flaky-tests-react-frontends.json",
  lang: "de",
});
handle.ready.then((detail) => (document.getElementById("status").textContent = `shown: ${detail.title}`));
