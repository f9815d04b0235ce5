// A host's own script: the package imported by name, no configuration, a widget
// mounted from script beside the page's <alphanode-article>.
import { mount } from "alphanode-widgets";
// The stylesheet through the bundler (Parcel handles CSS itself); the widget then adds none.
import "alphanode-widgets/style.css";

const handle = mount(document.getElementById("mounted"), {
  src: "/posts/fixing-flaky-tests-react-frontends.json",
  lang: "de",
});
handle.ready.then((detail) => (document.getElementById("status").textContent = `shown: ${detail.title}`));
