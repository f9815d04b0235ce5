// JSX typings of <alphanode-article> for React 19:
//   import type {} from "alphanode-widgets/react";   (once, anywhere in the project)
// A separate entry, so projects without React (and its types) never see "react".
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { AlphanodeArticleAttributes, AlphanodeArticleElement } from "./index.js";

export type AlphanodeArticleProps = DetailedHTMLProps<HTMLAttributes<AlphanodeArticleElement>, AlphanodeArticleElement> &
  AlphanodeArticleAttributes & { class?: string };

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "alphanode-article": AlphanodeArticleProps;
    }
  }
}
