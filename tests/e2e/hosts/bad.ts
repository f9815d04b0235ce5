// Must FAIL `tsc --strict --noEmit`: the wrong theme and a wrong use of an event's detail.
import { mount } from "alphanode-widgets";

mount(document.createElement("div"), { theme: "purple" });
document.addEventListener("alphanode:ready", (e) => {
  const count: number = e.detail.title;
  return count;
});
