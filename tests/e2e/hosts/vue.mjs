// A Vue 3 host page around <alphanode-article> (bundled by tests/e2e/npm.test.mjs with
// esbuild against the packed package), written with render functions. window.host
// drives it; window.seen logs the widgets' events.
import { createApp, h, ref } from "vue";
import { ready } from "alphanode-widgets";

const slugs = new URLSearchParams(location.search).get("posts").split(",");
window.seen = [];
const log = (e) => window.seen.push({ type: e.type, id: e.currentTarget.id, detail: e.detail });

const order = ref(slugs.slice(0, -1));
const theme = ref("light");
const clicks = ref(0);
const extra = ref(true);
window.host = {
  bump: () => clicks.value++,
  theme: (t) => (theme.value = t),
  reverse: () => (order.value = [...order.value].reverse()),
  hide: () => (extra.value = false),
  show: () => (extra.value = true),
};

const widget = (slug) =>
  h("alphanode-article", {
    key: slug,
    id: `w-${slug}`,
    src: `/posts/${slug}.json`,
    theme: theme.value,
    layout: "list",
    "onAlphanode:ready": log,
    "onAlphanode:error": log,
    "onAlphanode:checklist-change": log,
  });

createApp({
  render: () =>
    h("main", [
      h("p", { id: "clicks" }, String(clicks.value)),
      h("ul", { id: "list" }, order.value.map((slug) => h("li", { key: slug }, [widget(slug)]))),
      extra.value ? widget(slugs.at(-1)) : null,
    ]),
}).mount("#root");
ready.then(() => (window.codeReady = true));
