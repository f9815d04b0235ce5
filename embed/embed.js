// alphanode embed — one ES module for host pages.
//
//   <script type="module" src="https://cdn.example/alphanode/embed.js"></script>
//   <div data-alphanode-post="https://cdn.example/posts/a.json"></div>
//
// Finds its wasm and stylesheet next to itself (import.meta.url), so the files work
// from any path, or at the `assetsUrl` a host gives. Exports mount(element, options) → handle, mountAll(root?) → handles,
// and defines <alphanode-article src theme layout link timeout heading loading storage lang>.
// Importing it where there is no DOM (Node, server rendering) does nothing: every use
// of document, customElements and fetch is behind a check or inside a function.
//
// The npm entry (index.js) is written from this file by scripts/package.mjs, which
// swaps the two lines below: `here` becomes null (a bundler moves and renames the
// files, and `new URL(…, import.meta.url)` is not understood by every bundler) and
// INLINE gets functions that import the wasm, glue, stylesheet and locales as JS
// modules, through literal import()s that every bundler follows and splits off.
const here = new URL(".", import.meta.url);
const INLINE = null;

// Where the files are when not inlined: the host's `assetsUrl` (the mount option or
// the data-alphanode-assets attribute of the widget that first needs the code), else
// beside this module. One page loads the code once, so the first one given counts.
let assets = null;
function chooseAssets(el, options = {}) {
  if (assets || loading) return;
  const given = options.assetsUrl ?? el?.getAttribute("data-alphanode-assets");
  if (typeof given === "string" && given.trim()) {
    const url = new URL(given.trim(), document.baseURI);
    // A directory: "…/alphanode" means "…/alphanode/".
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    assets = url;
  }
}
/** The URL of one of the widget's files, or null when it is inlined (npm, no assetsUrl). */
const fileUrl = (name) => (inlined() ? null : new URL(name, assets || here));
const inlined = () => !assets && !here;

// The Subresource Integrity hashes (sha384) of the files this embed.js loads, written
// in by scripts/package.mjs: the browser refuses a wasm, glue or stylesheet that is not
// the one this embed.js was built with, so a host that pins embed.js pins them all.
// The readable embed.js (unbuilt) keeps the placeholders and loads without a check.
const WASM_INTEGRITY = "__ALPHANODE_WASM_INTEGRITY__";
const GLUE_INTEGRITY = "__ALPHANODE_GLUE_INTEGRITY__";
const CSS_INTEGRITY = "__ALPHANODE_CSS_INTEGRITY__";
const checked = (hash) => hash.startsWith("sha384-");
// A fetch with integrity fails alike for an error status and a wrong file; one more
// request (headers only) tells which.
async function integrityError(url, hash, what, error) {
  const head = await fetch(url, { method: "HEAD" }).catch(() => null);
  if (head && !head.ok) return new Error(`HTTP ${head.status} ${head.statusText} for ${url}`);
  if (head) return new Error(`${url} is not the ${what} this embed.js was built with (integrity ${hash})`);
  return error;
}

// The locales whose strings live beside the wasm (locales/{tag}.json), with their
// integrity ("de=sha384-… fr=sha384-…"), written in by scripts/package.mjs; the
// readable embed.js keeps the placeholder and tries any, unchecked.
const LOCALES = "__ALPHANODE_LOCALES__";
const LOCALE_HASHES = new Map(LOCALES.startsWith("__") ? [] : LOCALES.split(" ").filter(Boolean).map((l) => l.split("=")));

const WIDGETS = "[data-alphanode-post], alphanode-article";
const isLazy = (el, options = {}) =>
  (options.loading ?? el.getAttribute("data-alphanode-loading") ?? el.getAttribute("loading") ?? "")
    .trim()
    .toLowerCase() === "lazy";
let wasm = null;

// The widget code loads once, on the first widget that needs it: at once (eager, the
// default), or when a lazy widget nears the viewport. It downloads the wasm in
// parallel with its JS glue (a static import would make the wasm wait for the glue).
let loading = null;
let settleReady;
/**
 * Resolves once the widget code is instantiated (rejects if it cannot load). On a page
 * whose widgets are all lazy, that is when the first of them nears the viewport.
 */
export const ready = new Promise((resolve, reject) => (settleReady = { resolve, reject }));
ready.catch(() => {});
function load() {
  if (loading) return loading;
  ensureStylesheet();
  if (inlined()) return (loading = loadInlined());
  const wasmUrl = fileUrl("alphanode-embed_bg.wasm");
  const wasmResponse = checked(WASM_INTEGRITY)
    ? fetch(wasmUrl, { integrity: WASM_INTEGRITY }).catch(async (error) => {
        throw await integrityError(wasmUrl, WASM_INTEGRITY, "wasm", error);
      })
    : fetch(wasmUrl);
  // Its failure is reported through the glue's init below; until the glue has loaded
  // nobody awaits it, and a host page must not see an unhandled rejection meanwhile.
  wasmResponse.catch(() => {});
  // import() cannot carry an integrity, but a module preload can, and the import then
  // takes the module that preload verified (one request; a mismatch fails the import).
  const glueUrl = fileUrl("alphanode-embed.js");
  if (checked(GLUE_INTEGRITY)) {
    const preload = document.createElement("link");
    preload.rel = "modulepreload";
    preload.href = glueUrl.href;
    preload.integrity = GLUE_INTEGRITY;
    preload.crossOrigin = "anonymous";
    document.head.appendChild(preload);
  }
  // A URL known only at run time: bundlers are told to leave this import alone.
  const glueModule = import(/* webpackIgnore: true */ /* @vite-ignore */ glueUrl.href).catch(async (error) => {
    throw checked(GLUE_INTEGRITY) ? await integrityError(glueUrl, GLUE_INTEGRITY, "glue", error) : error;
  });
  loading = started(glueModule, wasmResponse);
  return loading;
}
// The npm entry without assetsUrl: the glue and the wasm are modules of the host's
// bundle, split off and fetched only now, under whatever names the bundler gave them
// (so no integrity: the host's bundle is what the host serves). The wasm module holds
// the wasm deflated, then base64: with the host's gzip that is the wasm's own size
// (plain base64 was 28% more; see README, "The npm package"). It is inflated as a
// stream the wasm compiles from as it comes.
function loadInlined() {
  const wasm = INLINE.wasm().then(({ default: base64 }) => {
    const packed = Uint8Array.fromBase64
      ? Uint8Array.fromBase64(base64)
      : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const inflated = new Blob([packed]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(inflated, { headers: { "Content-Type": "application/wasm" } });
  });
  wasm.catch(() => {});
  return started(INLINE.glue(), wasm);
}
function started(glueModule, wasmSource) {
  const loading = glueModule.then(async (glue) => {
    await glue.default({ module_or_path: await wasmSource });
    for (const [url, response, body, controller] of prefetches.splice(0)) {
      glue.prefetched(url, response, body, controller);
    }
    wasm = glue;
  });
  loading.then(settleReady.resolve, (error) => {
    settleReady.reject(error);
    // The widgets cannot run; say so in each of them instead of leaving skeletons.
    console.error("alphanode: the widget failed to load", error);
    for (const el of document.querySelectorAll(WIDGETS)) {
      el.setAttribute("data-state", "error");
      el.dispatchEvent(
        new CustomEvent("alphanode:error", {
          bubbles: true,
          composed: true,
          detail: { message: `the widget failed to load: ${error}`, diagnostics: [] },
        }),
      );
    }
  });
  return loading;
}

// Start downloading the posts of the eager widgets already on the page too, so they
// arrive while the wasm compiles instead of after it. Each request is handed to the
// widget that loads the same URL first (it applies its timeout through the
// AbortController); a widget with nothing handed over fetches as usual.
const prefetches = [];
const MAX_BYTES = 10 * 1024 * 1024; // the widget's own limit (LoadOptions::max_bytes)
function prefetchPosts() {
  if (typeof document === "undefined" || typeof AbortController === "undefined") return;
  const seen = new Set();
  for (const el of document.querySelectorAll("[data-alphanode-post], alphanode-article[src]")) {
    const src = (el.getAttribute("data-alphanode-post") || el.getAttribute("src") || "").trim();
    if (!src || src.startsWith("#") || el.hasAttribute("data-alphanode-mounted") || isLazy(el)) continue;
    let url;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      continue;
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || seen.has(url.href)) continue;
    seen.add(url.href);
    const controller = new AbortController();
    const response = fetch(url.href, {
      headers: { Accept: "application/json" },
      signal: controller.signal,
    });
    // Read the body too while the wasm loads (a body read later waits for a free
    // turn of the busy main thread). Left unread, for the widget to judge, when the
    // status is an error or the declared length is over the widget's 10 MiB limit.
    const body = response.then((r) => {
      const length = Number(r.headers.get("content-length") || 0);
      return r.ok && length <= MAX_BYTES ? r.text() : null;
    });
    // The widget awaits both itself; this only keeps an early failure from being
    // reported as an unhandled rejection before it does.
    response.catch(() => {});
    body.catch(() => {});
    prefetches.push([url.href, response, body, controller]);
  }
}

// The stylesheet declares a custom property of its own (scripts/package.mjs adds it
// to alphanode.css): every element has it once the stylesheet applies, however the
// host added it (a <link>, a bundler's <style> from `import "alphanode-widgets/style.css"`).
const styled = () =>
  getComputedStyle(document.documentElement).getPropertyValue("--alphanode-css").trim() !== "";
const cssOptOut = () => document.querySelector("meta[name=alphanode-no-css]");
let styling = false;
function ensureStylesheet() {
  if (typeof document === "undefined" || styling) return;
  styling = true;
  const url = fileUrl("alphanode.css");
  if (!url) return adoptStylesheet();
  const href = url.href;
  const existing = [...document.querySelectorAll('link[rel="stylesheet"]')].some(
    (l) => l.href === href || l.hasAttribute("data-alphanode-css"),
  );
  if (existing || cssOptOut() || styled()) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  if (checked(CSS_INTEGRITY)) {
    link.integrity = CSS_INTEGRITY;
    link.crossOrigin = "anonymous";
  }
  link.setAttribute("data-alphanode-css", "");
  document.head.appendChild(link);
}
// The npm entry without assetsUrl: the stylesheet's text is a module of the bundle,
// applied as a constructed stylesheet (allowed under a strict `style-src 'self'`,
// unlike a <style> element), unless the host's own copy already applies.
async function adoptStylesheet() {
  if (cssOptOut() || styled()) return;
  const { default: text } = await INLINE.css();
  // The host's import of style.css may have been applied meanwhile.
  if (cssOptOut() || styled()) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

if (typeof document !== "undefined") {
  // After the importing module's own code (a microtask): a host that imports mount()
  // and calls it with an assetsUrl at once decides where the files come from.
  queueMicrotask(() => {
    const present = [...document.querySelectorAll(WIDGETS)];
    chooseAssets(present.find((el) => el.hasAttribute("data-alphanode-assets")));
    // The npm entry on a page without widgets yet (an app that mounts them as it
    // renders) waits for the first: its assetsUrl, if any, says where the files are.
    if (INLINE && !present.length) return;
    ensureStylesheet();
    prefetchPosts();
    // Eager unless every widget already on the page is lazy. A page with no widgets yet
    // (a host that mounts from script) loads at once too, as it will need the code.
    if (!present.length || !present.every((el) => isLazy(el))) load();
  });
}

// Lazy widgets mount when they come within this distance of the viewport, like a
// lazy image: near enough that the post is usually ready when it scrolls into view.
const LAZY_MARGIN = "600px 0px";
const waiting = new Map(); // element → mount it
let observer = null;
function whenNear(element, mountNow) {
  if (typeof IntersectionObserver === "undefined") return mountNow();
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const run = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer.unobserve(entry.target);
        run?.();
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  waiting.set(element, mountNow);
  observer.observe(element);
}
function stopWaiting(element) {
  if (waiting.delete(element)) observer?.unobserve(element);
}

// The reader's language, by the widget's rule (src/embed/options.rs): the `lang`
// option, else data-alphanode-lang, else the nearest lang attribute from the element
// up. The wasm carries English's strings only; another language's are fetched once,
// in parallel with the wasm, and handed to the widget as `localeStrings`.
const localeFiles = new Map(); // base language → Promise of its strings
const localeReady = new Map(); // base language → its strings, once fetched
function readerLang(element, options) {
  const given = (v) => (typeof v === "string" && v.trim()) || null;
  return (
    given(options.lang) ??
    given(element.getAttribute("data-alphanode-lang")) ??
    given(element.closest("[lang]")?.getAttribute("lang")) ??
    "en"
  );
}
const readerBase = (element, options) => readerLang(element, options).split(/[-_]/)[0].toLowerCase();
function shipped(base) {
  if (base === "en" || !/^[a-z]{2,8}$/.test(base)) return false;
  return LOCALES.startsWith("__") || LOCALE_HASHES.has(base);
}
function localeStrings(base) {
  if (!shipped(base)) return Promise.resolve({});
  if (!localeFiles.has(base)) {
    const hash = LOCALE_HASHES.get(base);
    const url = fileUrl(`locales/${base}.json`);
    const file = url
      ? fetch(url, hash ? { integrity: hash } : {}).then((r) => (r.ok ? r.json() : {}))
      : INLINE.locale(base).then((m) => m.default);
    const strings = file
      // Unreachable strings leave the widget's words English; numbers still follow the language.
      .catch(() => ({}))
      .then((s) => (localeReady.set(base, s), s));
    localeFiles.set(base, strings);
  }
  return localeFiles.get(base);
}

const handles = new WeakMap();

/** Settles with the next ready or error event of the widget in `element` itself. */
function outcome(element) {
  let settle;
  const promise = new Promise((resolve, reject) => {
    const onReady = (event) => {
      if (event.target !== element) return;
      done();
      resolve(event.detail);
    };
    const onError = (event) => {
      if (event.target !== element) return;
      done();
      const error = new Error(event.detail?.message || "the post could not be shown");
      error.name = "AlphanodeError";
      error.detail = event.detail;
      reject(error);
    };
    const done = () => {
      element.removeEventListener("alphanode:ready", onReady);
      element.removeEventListener("alphanode:error", onError);
    };
    element.addEventListener("alphanode:ready", onReady);
    element.addEventListener("alphanode:error", onError);
    settle = (error) => {
      done();
      reject(error);
    };
  });
  // A host that never looks at `ready` must not get an unhandled rejection.
  promise.catch(() => {});
  return { promise, settle };
}

/**
 * Mount a widget in `element`. Options override the element's data-alphanode-*
 * attributes: { src, theme, layout, link, timeout, heading, loading, storage, lang,
 * strings, assetsUrl, metaProfile, renderers }.
 * Returns a handle at once: { ready, unmount(), update(options), state }.
 * `ready` resolves with the `alphanode:ready` detail once the post is shown, and
 * rejects with an Error (its `detail` is the `alphanode:error` detail) when the first
 * load fails, the widget code cannot load, or the widget is unmounted first.
 */
export function mount(element, options = {}) {
  handles.get(element)?.unmount();
  let inner = null;
  let gone = false;
  let starting = false;
  let pending = null;
  let given = { ...options }; // every option so far, for the reader's language
  let shown = null; // [language, its strings] the widget shows
  const first = outcome(element);
  // New options for a mounted widget, at once. A language whose strings are still on
  // the way waits for them, the widget keeps its current one meanwhile (no flash of
  // English); `lang: given.lang` then hands the choice back to the element's
  // attributes when the host never set the option.
  const apply = (next) => {
    const wanted = readerBase(element, given);
    const known = shipped(wanted) ? localeReady.get(wanted) : {};
    if (known) {
      shown = [readerLang(element, given), known];
      return inner.update({ ...next, lang: given.lang, localeStrings: known });
    }
    inner.update({ ...next, lang: shown[0], localeStrings: shown[1] });
    localeStrings(wanted).then((strings) => {
      if (!inner || readerBase(element, given) !== wanted) return;
      shown = [readerLang(element, given), strings];
      inner.update({ lang: given.lang, localeStrings: strings });
    });
  };
  const handle = {
    ready: first.promise,
    unmount() {
      if (gone) return;
      gone = true;
      stopWaiting(element);
      if (handles.get(element) === handle) handles.delete(element);
      first.settle(new Error("the widget was unmounted before it was ready"));
      if (inner) {
        inner.unmount();
        inner = null;
      }
    },
    update(next) {
      given = { ...given, ...next };
      if (inner) return apply(next);
      pending = { ...(pending || {}), ...next };
      // Switched to eager before it came near: mount now.
      if (waiting.has(element) && next.loading && !isLazy(element, pending)) {
        stopWaiting(element);
        start();
      }
    },
    get state() {
      return inner ? inner.state : gone ? "unmounted" : "loading";
    },
  };
  handles.set(element, handle);
  const start = () => {
    if (gone || inner || starting) return;
    starting = true;
    chooseAssets(element, options);
    const wanted = readerBase(element, given);
    Promise.all([load(), localeStrings(wanted)]).then(
      ([, strings]) => {
        if (gone) return;
        shown = [readerLang(element, given), strings];
        inner = wasm.mount(element, { ...options, ...(pending || {}), localeStrings: strings });
        pending = null;
        // The language changed while its strings or the wasm were on the way.
        if (readerBase(element, given) !== wanted) apply({});
      },
      (error) => first.settle(error),
    );
  };
  if (isLazy(element, options)) whenNear(element, start);
  else start();
  return handle;
}

/** Mount every [data-alphanode-post] under `root` (default: document) that has no widget yet. */
export async function mountAll(root) {
  const scope = root ?? document;
  return [...scope.querySelectorAll("[data-alphanode-post]:not([data-alphanode-mounted])")]
    .filter((el) => !handles.has(el))
    .map((el) => mount(el));
}

if (typeof customElements !== "undefined" && !customElements.get("alphanode-article")) {
  customElements.define(
    "alphanode-article",
    class AlphanodeArticle extends HTMLElement {
      // Every documented attribute, in both spellings (see README).
      static observedAttributes = ["src", "theme", "layout", "link", "timeout", "heading", "loading", "storage", "lang"]
        .flatMap((name) => [name, `data-alphanode-${name === "src" ? "post" : name}`])
        .concat("data-alphanode-strings", "data-alphanode-assets", "data-alphanode-meta-profile");

      connectedCallback() {
        if (!this._handle) this._handle = mount(this);
      }

      disconnectedCallback() {
        this._handle?.unmount();
        this._handle = null;
      }

      attributeChangedCallback(name, oldValue, newValue) {
        if (!this._handle || oldValue === newValue) return;
        this._handle.update(/loading$/.test(name) ? { loading: newValue ?? "eager" } : {});
      }
    },
  );
}

function autoMount() {
  mountAll().catch(() => {});
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", autoMount, { once: true });
  } else {
    autoMount();
  }
}
