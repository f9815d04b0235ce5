// Type-checked with `tsc --strict --noEmit` against the packed package (tests/e2e/npm.test.mjs).
import { mount, mountAll, ready } from "alphanode-widgets";
import type { MountOptions, ReadyDetail, WidgetHandle, AlphanodeArticleElement, AlphanodeState } from "alphanode-widgets";
import type {} from "alphanode-widgets/react";
import type {} from "alphanode-widgets/vue";
import type { GlobalComponents } from "vue";

const options: MountOptions = {
  src: "/posts/a.json",
  theme: "contrast",
  layout: "compact",
  link: "/blog/{slug}",
  timeout: 5000,
  heading: 3,
  loading: "lazy",
  storage: "none",
  assetsUrl: "https://cdn.example/alphanode/",
};
const handle: WidgetHandle = mount(document.createElement("div"), options);
const detail: Promise<ReadyDetail> = handle.ready;
detail.then((d) => d.title.toUpperCase() + d.warnings.join() + (d.id ?? d.slug ?? ""));
const state: AlphanodeState = handle.state;
handle.update({ theme: "dark", loading: "eager" });
handle.unmount();
void ready.then(() => mountAll(document.body)).then((handles) => handles.map((h) => h.state));

// The element and its events, typed through the DOM maps.
const el: AlphanodeArticleElement | null = document.querySelector("alphanode-article");
const made: AlphanodeArticleElement = document.createElement("alphanode-article");
made.addEventListener("alphanode:ready", (e) => e.detail.title.length);
document.addEventListener("alphanode:error", (e) => e.detail.message + e.detail.diagnostics.join("\n"));
el?.addEventListener("alphanode:checklist-change", (e) => e.detail.done / e.detail.total + e.detail.checked.length);
window.addEventListener("alphanode:navigate", (e) => {
  if (e.cancelable && e.detail.href.startsWith("/")) e.preventDefault();
  return e.detail.slug?.length;
});
document.createElement("div").addEventListener("alphanode:ready", (e: CustomEvent<ReadyDetail>) => e.detail.slug);

// React 19 JSX.
export const inReact = (
  <alphanode-article src="/posts/a.json" theme="auto" layout="table" heading={2} storage="none" ref={(e) => void e?.addEventListener("alphanode:ready", (ev) => ev.detail.title)} />
);

// Vue: the global component's props.
type VueProps = InstanceType<GlobalComponents["alphanode-article"]>["$props"];
export const vueProps: VueProps = { src: "/posts/a.json", theme: "dark", layout: "grid" };
export { state };
