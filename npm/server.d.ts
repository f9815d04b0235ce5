// Types of "alphanode-widgets/server": renderToString() for Node 20+.
import type { AlphanodeBlock, AlphanodeLang, AlphanodeLayout, AlphanodeStringKey, AlphanodeTheme, ErrorDetail, MetaProfile, RenderContext } from "./index.js";

/** Options of `renderToString()`: the embed's names, and the same defaults. */
export interface RenderOptions {
  /** Level of the post title; headings inside follow. Default 2 (under the page's own `h1`). */
  heading?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Default `list`. */
  layout?: AlphanodeLayout;
  /** Default `auto`. */
  theme?: AlphanodeTheme;
  /** The reader's language (BCP 47): the widget's words and numbers. Default English. */
  lang?: AlphanodeLang;
  /** The host's own words over the language's, as the embed's `strings` option. */
  strings?: Partial<Record<AlphanodeStringKey, string>> | string;
  /** Link template for similar posts; `{slug}` is filled in, e.g. `/blog/{slug}`. */
  link?: string;
  /** The absolute URL the post is published at; relative URLs inside resolve against it. */
  baseUrl?: string;
  /**
   * The meta profile (docs/meta-profile.md), the object or its JSON text (a server
   * fetches nothing: no `#id` or URL). A profile with an error renders every key and its
   * diagnostics, as the widget shows it.
   */
  metaProfile?: MetaProfile | string;
  /**
   * The embed's `renderers`, returning strings only (a server has no DOM nodes): an
   * HTML string in place of the block, or `null`/`undefined` for the default. The
   * widget given the same renderers takes the HTML over unchanged.
   */
  renderers?: Record<string, (block: AlphanodeBlock, ctx: RenderContext) => string | null | undefined>;
}

/** The error a post that cannot be shown rejects with. */
export interface AlphanodeError extends Error {
  name: "AlphanodeError";
  detail: ErrorDetail;
}

/**
 * Render a post (its JSON text, the text's UTF-8 bytes, or the parsed object) to the widget's
 * `<article class="anp-article">` HTML, exactly as `anp-render` writes it. Pass the
 * text when you have it: `JSON.parse` reorders integer-like meta keys and rounds
 * long numbers, the text keeps the publisher's order and digits.
 */
export function renderToString(post: string | Uint8Array | object, options?: RenderOptions): Promise<string>;
