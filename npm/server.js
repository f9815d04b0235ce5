// alphanode-widgets/server: render a post to HTML on a server (Node 20+), with no
// Rust on the host's machine. The HTML is byte for byte what `anp-render` writes for
// the same post and options, and what the browser widget (given the same options)
// takes over in place: no repaint, no layout shift.
//
//   import { renderToString } from "alphanode-widgets/server";
//   const html = await renderToString(jsonText, { layout: "grid", lang: "de" });
//
// It runs the embed's own wasm (the browser's file: the package carries one), whose
// glue touches no DOM until a widget is mounted, which never happens here.
import { readFile } from "node:fs/promises";
import { initSync, renderToString as render } from "./alphanode-embed.js";

let instance = null;
// One instance per process, however many requests ask at once: the first call reads
// and compiles the wasm, the others await the same promise. A failed read is
// forgotten, so the next call tries again. (`initSync` itself returns the instance
// it already has, so a second copy of this module, as hot reload makes, shares it.)
function init() {
  instance ??= readFile(new URL("./alphanode-embed_bg.wasm", import.meta.url)).then(
    (bytes) => {
      initSync({ module: bytes });
    },
    (error) => {
      instance = null;
      throw error;
    },
  );
  return instance;
}

// The widget's words of each shipped language but English, as embed.js fetches them
// (the wasm carries English's only); read once per language.
const locales = new Map();
function localeStrings(lang) {
  const base = String(lang ?? "en").trim().split(/[-_]/)[0].toLowerCase();
  if (base === "en" || !/^[a-z]{2,8}$/.test(base)) return Promise.resolve({});
  if (!locales.has(base)) {
    const words = readFile(new URL(`./locales/${base}.json`, import.meta.url), "utf8").then(
      (text) => JSON.parse(text),
      // A language the package does not ship: English words, the language's numbers.
      (error) => (error?.code === "ENOENT" ? {} : Promise.reject(error)),
    );
    words.catch(() => locales.delete(base));
    locales.set(base, words);
  }
  return locales.get(base);
}

/**
 * Render one post (its JSON text, the text's UTF-8 bytes, or the parsed object) to the widget's
 * `<article class="anp-article">` HTML. Resolves with the HTML; rejects with an
 * `Error` named `AlphanodeError` whose `detail` is `{ message, diagnostics }` (each
 * diagnostic names its JSON path) when the post cannot be shown, and with a
 * `TypeError` for options the widget does not understand.
 */
export async function renderToString(post, options = {}) {
  if (typeof post !== "string" && (typeof post !== "object" || post === null)) {
    throw new TypeError("renderToString(post): post must be the JSON text, its UTF-8 bytes or a parsed object");
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError("renderToString(post, options): options must be an object");
  }
  const [, words] = await Promise.all([init(), localeStrings(options.lang)]);
  const text =
    typeof post === "string"
      ? post
      : ArrayBuffer.isView(post) || post instanceof ArrayBuffer
        ? new TextDecoder().decode(post) // what a file read gives (a Buffer)
        : JSON.stringify(post);
  try {
    return render(text, { ...options, localeStrings: words });
  } catch (detail) {
    if (detail instanceof Error) throw detail;
    const error = new Error(detail?.message || "the post could not be rendered");
    error.name = "AlphanodeError";
    error.detail = detail;
    throw error;
  }
}
