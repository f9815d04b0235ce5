// Template typings of <alphanode-article> for Vue 3 (vue-tsc, Volar):
//   import type {} from "alphanode-widgets/vue";   (once, anywhere in the project)
// Vue must also be told it is a custom element:
//   app.config.compilerOptions.isCustomElement = (tag) => tag === "alphanode-article"
// (or the same in the Vue plugin of your bundler).
import type { DefineComponent } from "vue";
import type { AlphanodeArticleAttributes, ChecklistChangeDetail, ErrorDetail, NavigateDetail, ReadyDetail } from "./index.js";

export type AlphanodeArticleComponent = DefineComponent<
  AlphanodeArticleAttributes & {
    "onAlphanode:ready"?: (event: CustomEvent<ReadyDetail>) => void;
    "onAlphanode:error"?: (event: CustomEvent<ErrorDetail>) => void;
    "onAlphanode:checklist-change"?: (event: CustomEvent<ChecklistChangeDetail>) => void;
    "onAlphanode:navigate"?: (event: CustomEvent<NavigateDetail>) => void;
  }
>;

declare module "vue" {
  interface GlobalComponents {
    "alphanode-article": AlphanodeArticleComponent;
  }
}
