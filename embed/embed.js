// alphanode embed — one ES module for host pages.
//
//   <script type="module" src="https://cdn.example/alphanode/embed.js"></script>
//   <div data-alphanode-post="https://cdn.example/posts/a.json"></div>
//
// Finds its wasm and stylesheet next to itself (import.meta.url), so the files work
// from any path. Exports mount(element, options) → handle, mountAll(root?) → handles,
// and defines <alphanode-article src theme layout link timeout heading>.
const here = new URL(".", import.meta.url);

// Start downloading the wasm at once, in parallel with its JS glue (a static import
// would make the wasm wait until the glue had loaded and run).
const wasmResponse = fetch(new URL("alphanode-embed_bg.wasm", here));
let wasm = null;

// Start downloading the posts already on the page too, so they arrive while the wasm
// compiles instead of after it. Each request is handed to the widget that loads the
// same URL first (it applies its timeout through the AbortController); a widget with
// nothing handed over fetches as usual.
const prefetches = [];
const MAX_BYTES = 10 * 1024 * 1024; // the widget's own limit (LoadOptions::max_bytes)
function prefetchPosts() {
  if (typeof document === "undefined" || typeof AbortController === "undefined") return;
  const seen = new Set();
  for (const el of document.querySelectorAll("[data-alphanode-post], alphanode-article[src]")) {
    const src = (el.getAttribute("data-alphanode-post") || el.getAttribute("src") || "").trim();
    if (!src || src.startsWith("#") || el.hasAttribute("data-alphanode-mounted")) continue;
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
prefetchPosts();

function ensureStylesheet() {
  if (typeof document === "undefined") return;
  const href = new URL("alphanode.css", here).href;
  const existing = [...document.querySelectorAll('link[rel="stylesheet"]')].some(
    (l) => l.href === href || l.hasAttribute("data-alphanode-css"),
  );
  if (existing || document.querySelector("meta[name=alphanode-no-css]")) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  link.setAttribute("data-alphanode-css", "");
  document.head.appendChild(link);
}

ensureStylesheet();

/** Resolves once the wasm is instantiated. */
export const ready = import("./alphanode-embed.js").then(async (glue) => {
  await glue.default({ module_or_path: wasmResponse });
  for (const [url, response, body, controller] of prefetches.splice(0)) {
    glue.prefetched(url, response, body, controller);
  }
  wasm = glue;
});

ready.catch((error) => {
  // The widgets cannot run; say so in each of them instead of leaving skeletons.
  console.error("alphanode: the widget failed to load", error);
  for (const el of document.querySelectorAll("[data-alphanode-post], alphanode-article")) {
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
 * attributes: { src, theme, layout, link, timeout, heading }.
 * Returns a handle at once: { ready, unmount(), update(options), state }.
 * `ready` resolves with the `alphanode:ready` detail once the post is shown, and
 * rejects with an Error (its `detail` is the `alphanode:error` detail) when the first
 * load fails, the widget code cannot load, or the widget is unmounted first.
 */
export function mount(element, options = {}) {
  handles.get(element)?.unmount();
  let inner = null;
  let gone = false;
  let pending = null;
  const first = outcome(element);
  const handle = {
    ready: first.promise,
    unmount() {
      if (gone) return;
      gone = true;
      if (handles.get(element) === handle) handles.delete(element);
      first.settle(new Error("the widget was unmounted before it was ready"));
      if (inner) {
        inner.unmount();
        inner = null;
      }
    },
    update(next) {
      if (inner) inner.update(next);
      else pending = { ...(pending || {}), ...next };
    },
    get state() {
      return inner ? inner.state : gone ? "unmounted" : "loading";
    },
  };
  handles.set(element, handle);
  ready.then(
    () => {
      if (gone) return;
      inner = wasm.mount(element, options);
      if (pending) inner.update(pending);
    },
    (error) => first.settle(error),
  );
  return handle;
}

/** Mount every [data-alphanode-post] under `root` (default: document) that has no widget yet. */
export async function mountAll(root) {
  await ready;
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
      static observedAttributes = ["src", "theme", "layout", "link", "timeout", "heading"].flatMap(
        (name) => [name, `data-alphanode-${name === "src" ? "post" : name}`],
      );

      connectedCallback() {
        if (!this._handle) this._handle = mount(this);
      }

      disconnectedCallback() {
        this._handle?.unmount();
        this._handle = null;
      }

      attributeChangedCallback(_name, oldValue, newValue) {
        if (this._handle && oldValue !== newValue) this._handle.update({});
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
