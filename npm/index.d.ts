// Types of the alphanode-widgets package: mount(), mountAll(), ready, the
// <alphanode-article> element and the alphanode:* events. JSX typings are in
// "alphanode-widgets/react" and "alphanode-widgets/vue" (import them for their types).

/** Colour theme; `auto` follows `prefers-color-scheme`. */
export type AlphanodeTheme = "light" | "dark" | "contrast" | "auto";
/** Layout of the post's meta box. */
export type AlphanodeLayout = "list" | "grid" | "table" | "compact";
/** `lazy`: load when the widget comes within 600 px of the viewport. */
export type AlphanodeLoading = "eager" | "lazy";
/** `none`: checklist ticks stay in memory, nothing is read from or written to localStorage. */
export type AlphanodeStorage = "local" | "none";
/** The widget's `data-state`, or `unmounted` once `unmount()` ran. */
export type AlphanodeState = "loading" | "ready" | "error" | "unmounted";

/** Options of `mount()` and `update()`; they override the element's attributes. */
/** A meta profile, `alphanode.meta-profile/1` (docs/meta-profile.md). */
export interface MetaProfile {
  format?: "alphanode.meta-profile/1";
  groups?: { id: string; label?: string | Record<string, string> }[];
  keys?: {
    /** The key, or a pattern: `*` any run of characters, `?` one. The first matching rule wins. */
    match: string;
    show?: boolean;
    label?: string | Record<string, string>;
    order?: number;
    group?: string;
    kind?: "text" | "list" | "badge" | "date" | "link" | "number" | "meter" | "flag";
    /** After the number, with `kind: "number"`. */
    unit?: string;
  }[];
}

export interface MountOptions {
  /** A post URL (relative to the page), or `#id` of a `<script type="application/json">`. */
  src?: string;
  /** Default `auto`. */
  theme?: AlphanodeTheme;
  /** Default `list`. */
  layout?: AlphanodeLayout;
  /** Link template for similar posts; `{slug}` is filled in, e.g. `/blog/{slug}`. */
  link?: string;
  /** Fetch timeout in milliseconds; default 10000. */
  timeout?: number;
  /** Level of the post title; headings inside follow. Default 2. */
  heading?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Default `eager`. */
  loading?: AlphanodeLoading;
  /** Where checklist ticks are kept; default `local` (localStorage). */
  storage?: AlphanodeStorage;
  /**
   * The reader's language (BCP 47, e.g. `de`, `de-AT`): the widget's words and
   * numbers. Default: `data-alphanode-lang`, else the nearest `lang` attribute. A tag
   * falls back to its base language, then English. `update({ lang })` switches live.
   */
  lang?: AlphanodeLang;
  /**
   * The host's own strings, over the language's: key → text (see README, "Languages"),
   * e.g. `{ "similar_title": "Read next", "show_more": "{n} more" }`. Plural forms are
   * `|`-separated in the language's CLDR order. Also `data-alphanode-strings` (JSON).
   */
  strings?: Partial<Record<AlphanodeStringKey, string>>;
  /**
   * The meta profile (docs/meta-profile.md): which meta keys show, their labels per
   * language, order, groups and kinds. The profile object, its JSON text, `#id` of a
   * `<script type="application/json">`, or a URL fetched as posts are. Also
   * `data-alphanode-meta-profile`. A profile with an error shows every key and says why.
   */
  metaProfile?: MetaProfile | string;
  /**
   * The folder the widget loads its wasm, glue, stylesheet and `locales/` from (the
   * package's files, copied there), instead of the modules inside the bundle; also
   * `data-alphanode-assets`. Once per page: the first widget that needs the code decides.
   */
  assetsUrl?: string;
  /**
   * Your own rendering of block types: `{ code: (block, ctx) => … }`. Return an HTML
   * string (inserted as is: escape what you put in it, with `ctx.escape`), a DOM
   * `Node` (inserted as is), or `null`/`undefined` for the widget's own rendering.
   * A block of a type the widget does not know (`callout`) is shown only by a
   * renderer. A renderer that throws leaves its block to the default, with a console
   * warning naming its JSON path. See README, "Custom renderers".
   */
  renderers?: BlockRenderers;
}

/** A body block as a renderer gets it: the format's fields (see docs/post-format.md). */
export interface AlphanodeBlock {
  /** `paragraph`, `heading`, `image`, `list`, `checklist`, `quote`, `code`, or any other type as published. */
  type: string;
  [field: string]: unknown;
}

/** What a renderer is told besides the block; valid during the call. */
export interface RenderContext {
  /** HTML-escapes text (`&`, `<`, `>`, `"`, `'`), for element content and attribute values. */
  escape(text: unknown): string;
  /** The widget's URL policy: the URL checked and resolved against the post, or `null` when refused (`javascript:`, …). */
  safeUrl(url: string): string | null;
  /** The HTML the widget writes for this block (`""` for a type it does not know). */
  renderDefault(): string;
  /** The block's `type`. */
  type: string;
  /** Index of the block in the post's `body` array. */
  index: number;
  /** The block's JSON path, e.g. `body[3]`. */
  path: string;
  /** The post's own language (its `lang`), or `null`. */
  lang: string | null;
  /** The reader's language, the widget's words (e.g. `de`). */
  readerLang: string;
}

/** A renderer: an HTML string, a DOM node, or `null`/`undefined` for the default. */
export type BlockRenderer = (block: AlphanodeBlock, ctx: RenderContext) => string | Node | null | undefined;

/** Renderers by block type. */
export type BlockRenderers = Record<string, BlockRenderer>;

/** The shipped languages; any other tag works too (English words, or your `strings`). */
export type AlphanodeLang =
  | "en" | "de" | "fr" | "es" | "pt" | "it" | "nl" | "pl" | "ru" | "tr" | "ja" | "zh" | "ko" | "ar" | "he"
  | (string & {});

/** Keys of the widget's strings. */
export type AlphanodeStringKey =
  | "loading" | "error_title" | "try_again" | "warnings" | "progress" | "not_saved"
  | "similar_title" | "similar_empty" | "meta_title" | "meta_empty" | "show_more" | "show_fewer"
  | "yes" | "no" | "show_list" | "show_group" | "hide_list" | "hide_group"
  | "fail_http" | "fail_not_found" | "fail_timeout" | "fail_not_json" | "fail_network"
  | "fail_too_large" | "fail_invalid" | "fail_other";

/** `alphanode:ready`: the post is on screen. */
export interface ReadyDetail {
  id: string | null;
  slug: string | null;
  title: string;
  /** Parts of the post that could not be shown as published, with their JSON paths. */
  warnings: string[];
}

/** `alphanode:error`: the post could not be shown. */
export interface ErrorDetail {
  message: string;
  diagnostics: string[];
}

/** `alphanode:checklist-change`: after each tick. */
export interface ChecklistChangeDetail {
  /** The post's state key (`id`, else slug), when it has one. */
  postId: string | null;
  /** Texts of the checked items, in order. */
  checked: string[];
  done: number;
  total: number;
}

/** `alphanode:navigate` (cancelable): `preventDefault()` and route it yourself. */
export interface NavigateDetail {
  slug: string | null;
  href: string;
}

/** What `ready` rejects with. */
export interface AlphanodeError extends Error {
  name: "AlphanodeError";
  /** The `alphanode:error` detail, when the post failed to load. */
  detail?: ErrorDetail;
}

/** A mounted widget. */
export interface WidgetHandle {
  /** Resolves once the post is on screen; rejects with an `AlphanodeError` when the first load fails, the code cannot load, or the widget is unmounted first. */
  readonly ready: Promise<ReadyDetail>;
  readonly state: AlphanodeState;
  /** Theme, layout, link, heading, storage, lang and strings change in place; a new `src` reloads. */
  update(options: MountOptions): void;
  /** Removes the widget's DOM, listeners and state; aborts a request under way. */
  unmount(): void;
}

/** Mount a widget in `element` (replacing one already there). */
export function mount(element: HTMLElement, options?: MountOptions): WidgetHandle;
/** Mount every `[data-alphanode-post]` under `root` (default: the document) that has no widget yet. */
export function mountAll(root?: ParentNode): Promise<WidgetHandle[]>;
/** Resolves once the widget code (wasm) is instantiated; rejects if it cannot load. */
export const ready: Promise<void>;

/** Attributes of `<alphanode-article>` (each also as `data-alphanode-*`; `src` as `data-alphanode-post`). */
export interface AlphanodeArticleAttributes {
  src?: string;
  theme?: AlphanodeTheme;
  layout?: AlphanodeLayout;
  link?: string;
  timeout?: number | `${number}`;
  heading?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  loading?: AlphanodeLoading;
  storage?: AlphanodeStorage;
  lang?: AlphanodeLang;
}

/** The `<alphanode-article>` element. */
export interface AlphanodeArticleElement extends HTMLElement {
  addEventListener<K extends keyof AlphanodeEventMap>(
    type: K,
    listener: (this: AlphanodeArticleElement, ev: AlphanodeEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: AlphanodeArticleElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: AlphanodeArticleElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The events a widget's element dispatches (they bubble). */
export interface AlphanodeEventMap {
  "alphanode:ready": CustomEvent<ReadyDetail>;
  "alphanode:error": CustomEvent<ErrorDetail>;
  "alphanode:checklist-change": CustomEvent<ChecklistChangeDetail>;
  "alphanode:navigate": CustomEvent<NavigateDetail>;
}

declare global {
  // Events bubble from any widget element (a <div data-alphanode-post> too).
  interface HTMLElementEventMap extends AlphanodeEventMap {}
  interface DocumentEventMap extends AlphanodeEventMap {}
  interface WindowEventMap extends AlphanodeEventMap {}
  interface HTMLElementTagNameMap {
    "alphanode-article": AlphanodeArticleElement;
  }
}
