// The plain-JavaScript baseline of the benchmark: a hand-written renderer of
// alphanode posts with no framework and no build step, like js-framework-benchmark's
// "vanillajs" entry. It is the practical limit the library is measured against.
//
// It renders the same elements, classes and attributes as the library's components
// (src/components/**) — article, body blocks, the checklist with localStorage, the
// meta box with the same recursive rules (scores, flags, records, groups, tables,
// collapse at depth 4 behind a disclosure toggle, pages of 50 behind "Show N more" and
// back with "Show fewer"), similar posts, `dir="auto"` on every text and `lang` on the
// article — and keeps the same
// host contract as embed.js: `<div data-alphanode-post="URL | #id">`,
// `data-alphanode-theme|layout|link|timeout`, `data-state="loading|ready|error"` on
// the element, and the bubbling events `alphanode:ready`, `alphanode:error`,
// `alphanode:checklist-change` and `alphanode:navigate` (cancelable). It adds
// alphanode.css next to itself once, as embed.js does.
//
// Deliberate simplifications (they make the baseline faster, never slower):
// numbers come from JSON.parse, so digits beyond double precision are not kept;
// there is no <alphanode-article> custom element and no update(); syntax errors
// carry the browser's message instead of line and column.
//
// The pure parts (parsing, classification, URL policy, number format) are exported
// for bench/baseline/render-string.mjs, the string-building variant run under Node.

export const PAGE_SIZE = 50;
export const COLLAPSE_DEPTH = 4;
export const MAX_DEPTH = 128;

// ---------------------------------------------------------------------------
// model: JSON paths, diagnostics, URL policy, parsing
// ---------------------------------------------------------------------------

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Paths as the library writes them: `body[3].text`, `meta["view count"]`, `$`. */
export function pathKey(path, key) {
  if (IDENT.test(key)) return path === "$" ? key : `${path}.${key}`;
  return `${path === "$" ? "$" : path}[${JSON.stringify(key)}]`;
}
export function pathIndex(path, i) {
  return `${path}[${i}]`;
}

function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  switch (typeof v) {
    case "boolean":
      return "a boolean";
    case "number":
      return "a number";
    case "string":
      return "a string";
    default:
      return "an object";
  }
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

function clean(raw) {
  let s = raw.replace(/[\t\n\r]/g, "");
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

function schemeOf(url) {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  return m ? m[1].toLowerCase() : null;
}

const ENTITIES = { colon: ":", tab: "\t", newline: "\n", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(s) {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 0xfffd);
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10) || 0xfffd);
    return ENTITIES[lower] ?? all;
  });
}

/** The format's URL policy: absolute http(s) or relative (resolved against `base`). */
export function checkUrl(raw, base) {
  const cleaned = clean(raw);
  if (!cleaned) return { error: "empty URL refused" };
  const refuse = (s) => ({
    error: `URL with scheme "${s}:" refused (only http, https and relative URLs are allowed)`,
  });
  const decoded = decodeEntities(cleaned);
  if (decoded !== cleaned) {
    const s = schemeOf(clean(decoded));
    if (s && s !== "http" && s !== "https") return refuse(s);
  }
  const scheme = schemeOf(cleaned);
  if (scheme === "http" || scheme === "https") return { url: cleaned };
  if (scheme) return refuse(scheme);
  if (!base) return { url: cleaned };
  try {
    return { url: new URL(cleaned.replace(/\\/g, "/"), base).href };
  } catch {
    return { url: cleaned };
  }
}

export function isAbsoluteWebUrl(raw) {
  const c = clean(raw);
  const s = schemeOf(c);
  if (s !== "http" && s !== "https") return false;
  const i = c.indexOf("://");
  return i >= 0 && i + 3 < c.length && !/\s/.test(c);
}

const LANGUAGE_TAG = /^(?:[A-Za-z]{2,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$/;

/** The shape of a BCP 47 language tag (the registry is not consulted), as the library checks it. */
export function isLanguageTag(tag) {
  return tag.length <= 64 && LANGUAGE_TAG.test(tag);
}

function depthOf(value) {
  // Iterative, so no document can exhaust the stack.
  let max = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (d > max) max = d;
    if (d > MAX_DEPTH) return d;
    if (Array.isArray(v)) for (const x of v) stack.push([x, d + 1]);
    else for (const k in v) stack.push([v[k], d + 1]);
  }
  return max;
}

/**
 * Parse a post: `{ post, warnings }` or `{ error: { message, diagnostics } }`.
 * Diagnostics are `{ severity, path, message }`.
 */
export function parsePost(text, base) {
  let value;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const d = { severity: "error", path: "$", message: `malformed JSON: ${e.message}` };
    return { error: fail([d]) };
  }
  if (depthOf(value) > MAX_DEPTH) {
    const d = { severity: "error", path: "$", message: `the document nests deeper than ${MAX_DEPTH} levels` };
    return { error: fail([d]) };
  }
  return postFromValue(value, base);
}

const showDiag = (d) => `${d.path}: ${d.message}`;

function fail(diagnostics) {
  const first = diagnostics.find((d) => d.severity === "error");
  return {
    message: first ? showDiag(first) : "the document could not be read",
    diagnostics,
  };
}

export function postFromValue(value, base) {
  const diags = [];
  const warn = (path, message) => diags.push({ severity: "warning", path, message });
  const error = (path, message) => diags.push({ severity: "error", path, message });

  const text = (obj, key, path) => {
    const v = obj[key];
    if (v === undefined || v === null) return null;
    const p = pathKey(path, key);
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") {
      warn(p, `expected a string, found ${typeName(v)}; shown as text`);
      return String(v);
    }
    warn(p, `expected a string, found ${typeName(v)}`);
    return null;
  };
  const required = (obj, key, path) => {
    if (obj[key] === undefined || obj[key] === null) {
      warn(pathKey(path, key), "required field is missing; skipped");
      return null;
    }
    return text(obj, key, path);
  };
  const bool = (obj, key, path) => {
    const v = obj[key];
    if (v === undefined || v === null) return false;
    if (typeof v === "boolean") return v;
    warn(pathKey(path, key), `expected a boolean, found ${typeName(v)}`);
    return false;
  };
  const url = (obj, key, path) => {
    const raw = text(obj, key, path);
    if (raw === null) return null;
    const checked = checkUrl(raw, base);
    if (checked.error) {
      warn(pathKey(path, key), checked.error);
      return null;
    }
    return checked.url;
  };
  const strings = (v, path) => {
    if (!Array.isArray(v)) {
      warn(path, `expected an array of strings, found ${typeName(v)}`);
      return null;
    }
    const out = [];
    v.forEach((item, i) => {
      if (typeof item === "string") out.push(item);
      else if (typeof item === "number" || typeof item === "boolean") {
        warn(pathIndex(path, i), `expected a string, found ${typeName(item)}; shown as text`);
        out.push(String(item));
      } else warn(pathIndex(path, i), `expected a string, found ${typeName(item)}`);
    });
    return out;
  };

  if (!isObject(value)) {
    error("$", `a post must be a JSON object, found ${typeName(value)}`);
    return { error: fail(diags) };
  }
  const format = value.format;
  if (typeof format === "string") {
    if (!format.startsWith("alphanode.post/")) {
      error("format", `"${format}" is not a document this library reads (expected "alphanode.post/1")`);
      return { error: fail(diags) };
    }
    if (format.slice("alphanode.post/".length).split(".")[0] !== "1") {
      error("format", `unsupported format version "${format}": this library reads "alphanode.post/1"`);
      return { error: fail(diags) };
    }
  } else if (format !== undefined && format !== null) {
    warn("format", `expected a string, found ${typeName(format)}`);
  }
  let title = null;
  if (typeof value.title === "string") title = value.title;
  else if (value.title === undefined) error("title", "required field is missing");
  else error("title", `expected a string, found ${typeName(value.title)}`);
  let body = null;
  if (Array.isArray(value.body)) body = value.body;
  else if (value.body === undefined) error("body", "required field is missing");
  else error("body", `expected an array, found ${typeName(value.body)}`);
  const id = text(value, "id", "$");
  const slug = text(value, "slug", "$");
  let lang = text(value, "lang", "$");
  if (lang !== null && !isLanguageTag(lang)) {
    warn("lang", 'not a language tag (BCP 47, e.g. "en" or "pt-BR"); ignored');
    lang = null;
  }

  const blocks = [];
  (body || []).forEach((b, i) => {
    const path = pathIndex("body", i);
    if (!isObject(b)) {
      warn(path, `expected a block object, found ${typeName(b)}; block skipped`);
      return;
    }
    const type = b.type;
    if (type === undefined) return warn(pathKey(path, "type"), "required field is missing; block skipped");
    if (typeof type !== "string")
      return warn(pathKey(path, "type"), `expected a string, found ${typeName(type)}; block skipped`);
    let block = null;
    switch (type) {
      case "paragraph": {
        const t = required(b, "text", path);
        if (t !== null) block = { type, text: t };
        break;
      }
      case "heading": {
        const t = required(b, "text", path);
        if (t === null) break;
        let level = 2;
        const l = b.level;
        if (l !== undefined) {
          if (typeof l === "number" && Number.isFinite(l)) {
            if (l >= 2 && l <= 4 && Number.isInteger(l)) level = l;
            else {
              level = Math.min(4, Math.max(2, Math.round(l)));
              warn(pathKey(path, "level"), `heading level must be 2, 3 or 4; ${l} shown as ${level}`);
            }
          } else if (typeof l === "number") warn(pathKey(path, "level"), "heading level is out of range; shown as 2");
          else warn(pathKey(path, "level"), `expected a number from 2 to 4, found ${typeName(l)}`);
        }
        block = { type, text: t, level };
        break;
      }
      case "image":
        if (b.src === undefined || b.src === null) {
          warn(pathKey(path, "src"), "required field is missing; block skipped");
          break;
        }
        block = {
          type,
          src: url(b, "src", path),
          alt: text(b, "alt", path),
          caption: text(b, "caption", path),
          credit: text(b, "credit", path),
          creditUrl: url(b, "credit_url", path),
        };
        break;
      case "list": {
        if (b.items === undefined) {
          warn(pathKey(path, "items"), "required field is missing; block skipped");
          break;
        }
        const items = strings(b.items, pathKey(path, "items"));
        if (items) block = { type, items, ordered: bool(b, "ordered", path) };
        break;
      }
      case "checklist": {
        const ctitle = text(b, "title", path);
        const ip = pathKey(path, "items");
        if (!Array.isArray(b.items)) {
          warn(
            ip,
            b.items === undefined
              ? "required field is missing; block skipped"
              : `expected an array, found ${typeName(b.items)}; block skipped`,
          );
          break;
        }
        const items = [];
        b.items.forEach((item, j) => {
          if (typeof item === "string") items.push({ text: item, checked: false });
          else if (isObject(item)) {
            const t = required(item, "text", pathIndex(ip, j));
            if (t !== null) items.push({ text: t, checked: bool(item, "checked", pathIndex(ip, j)) });
          } else warn(pathIndex(ip, j), `expected a string or an item object, found ${typeName(item)}`);
        });
        block = { type, title: ctitle, items };
        break;
      }
      case "quote": {
        const t = required(b, "text", path);
        if (t !== null) block = { type, text: t, cite: text(b, "cite", path) };
        break;
      }
      case "code": {
        const c = required(b, "code", path);
        if (c !== null) block = { type, code: c, language: text(b, "language", path) };
        break;
      }
      default:
        warn(pathKey(path, "type"), `unknown block type "${type}"; block skipped`);
    }
    if (block) {
      block.index = i;
      blocks.push(block);
    }
  });

  let meta = null;
  if (isObject(value.meta)) meta = value.meta;
  else if (value.meta !== undefined && value.meta !== null) warn("meta", `expected an object, found ${typeName(value.meta)}`);

  const similar = [];
  if (Array.isArray(value.similar)) {
    value.similar.forEach((r, i) => {
      const path = pathIndex("similar", i);
      if (!isObject(r)) return warn(path, `expected a post ref object, found ${typeName(r)}; skipped`);
      const t = required(r, "title", path);
      if (t === null) return;
      similar.push({
        title: t,
        slug: text(r, "slug", path),
        href: url(r, "href", path),
        summary: text(r, "summary", path),
        topic: text(r, "topic", path),
        image: url(r, "image", path),
      });
    });
  } else if (value.similar !== undefined && value.similar !== null) {
    warn("similar", `expected an array, found ${typeName(value.similar)}`);
  }
  if (title === null || body === null) return { error: fail(diags) };
  return { post: { id, slug, lang, title, body: blocks, meta, similar }, warnings: diags };
}

// ---------------------------------------------------------------------------
// model: the meta table, numbers, links
// ---------------------------------------------------------------------------

function groupDigits(s) {
  let sign = "";
  if (s[0] === "-") {
    sign = "-";
    s = s.slice(1);
  }
  const dot = s.indexOf(".");
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot);
  let out = "";
  const len = int.length;
  for (let i = 0; i < len; i++) {
    if (i > 0 && (len - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return sign + out + frac;
}

/** 46156 → "46,156" (English grouping, as published). */
export function formatNumber(n) {
  const s = String(n);
  return Number.isFinite(n) && !s.includes("e") ? groupDigits(s) : s;
}

function recordColumns(items) {
  if (!items.length || !isObject(items[0])) return null;
  const columns = Object.keys(items[0]);
  let shared = columns.slice();
  const seen = new Set(columns);
  for (let i = 1; i < items.length; i++) {
    const obj = items[i];
    if (!isObject(obj)) return null;
    shared = shared.filter((k) => Object.prototype.hasOwnProperty.call(obj, k));
    for (const k in obj) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
  }
  return shared.length ? columns : null;
}

/** Every value a number from 0 to 100, and at least one above 1 (all-0/1 objects are flags). */
function isScores(map) {
  let aboveOne = false;
  for (const k in map) {
    const v = map[k];
    if (typeof v !== "number" || !(v >= 0 && v <= 100)) return false;
    if (v > 1) aboveOne = true;
  }
  return aboveOne;
}

/** Every value exactly 0 or 1, and at least one value. */
function isFlags(map) {
  let any = false;
  for (const k in map) {
    const v = map[k];
    if (v !== 0 && v !== 1) return false;
    any = true;
  }
  return any;
}

// Rust's char::is_whitespace (Unicode White_Space), which JavaScript's \s is not quite.
const UNBROKEN = /[^\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{21,}/u;

/** A run of more than 20 non-space characters (a hash, a token, a path) may break anywhere. */
export function hasUnbrokenRun(text) {
  return text.length > 20 && UNBROKEN.test(text);
}

/** The format's Meta table: the kind a value renders as. */
export function classify(value) {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return isAbsoluteWebUrl(value) ? "link" : "text";
  }
  if (Array.isArray(value)) return recordColumns(value) ? "records" : "list";
  return isFlags(value) ? "flags" : isScores(value) ? "scores" : "group";
}

export { recordColumns };

export function collectionSize(value) {
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  return 0;
}

export function isNonEmptyCollection(value) {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.length > 0;
  for (const _ in value) return true;
  return false;
}

function encodeSegment(slug) {
  let out = "";
  for (const byte of new TextEncoder().encode(slug)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Where a similar post links: its href, else the template with {slug}, else nowhere. */
export function linkFor(ref, template) {
  if (ref.href) {
    const c = checkUrl(ref.href, null);
    if (c.url) return c.url;
  }
  if (!ref.slug || !template) return null;
  const c = checkUrl(template.replaceAll("{slug}", encodeSegment(ref.slug)), null);
  return c.url ?? null;
}

export const progressText = (done, total) => `${done} of ${total} done`;
export const storageKey = (postKey, index) => `alphanode:checklist:${postKey}:${index}`;

export function restoreChecklist(items, saved) {
  let map = null;
  if (saved) {
    try {
      const v = JSON.parse(saved);
      if (isObject(v)) map = v;
    } catch {
      map = null;
    }
  }
  return items.map((item) => (map && typeof map[item.text] === "boolean" ? map[item.text] : item.checked));
}

export function joinerFor(caption, credit) {
  if (caption !== null && credit !== null) return /[.!?:]$/.test(caption.trimEnd()) ? " " : ". ";
  return "";
}

// ---------------------------------------------------------------------------
// DOM rendering
// ---------------------------------------------------------------------------

const hasDocument = typeof document !== "undefined";

function h(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = text;
  return el;
}

/** The direction of a text by its first strong character, as the library finds it. */
function textDir(text) {
  for (const ch of text ?? "") {
    const c = ch.codePointAt(0);
    if ((c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0x10800 && c <= 0x10fff) || (c >= 0x1e800 && c <= 0x1efff)) return "rtl";
    if (/\p{Alphabetic}/u.test(ch)) return "ltr";
  }
  return null;
}

/** `h` with `dir="auto"`: a text that takes its direction from its own content. */
function ha(tag, className, text) {
  const el = h(tag, className, text);
  el.dir = "auto";
  return el;
}

/** `h` for the widget's own words, marked with the reader's language (English here),
 * as the library marks them. */
function hl(tag, className, text) {
  const el = h(tag, className, text);
  el.lang = "en";
  return el;
}

/** A heading tag of a nominal level (1 = the article title), moved down by `off`. */
export const hn = (level, off) => `h${Math.min(6, level + off)}`;

function sep() {
  return h("span", "anp-meta__sep", ": ");
}

function renderSkeleton(article) {
  const sk = h("div", "anp-article__skeleton");
  sk.setAttribute("aria-hidden", "true");
  for (const mod of ["title", "line", "line", "line anp-skeleton--short", "figure", "line", "line anp-skeleton--short"]) {
    sk.append(h("div", `anp-skeleton anp-skeleton--${mod}`));
  }
  const status = h("p", "anp-visually-hidden", "Loading post…");
  status.setAttribute("role", "status");
  article.append(sk, status);
}

function diagnosticItems(list, diagnostics) {
  for (const d of diagnostics) {
    const li = h("li", "anp-diagnostic");
    li.dataset.severity = d.severity;
    li.append(h("code", "anp-diagnostic__path", d.path), h("span", "anp-diagnostic__sep", ": "), h("span", "anp-diagnostic__message", d.message));
    list.append(li);
  }
}

function renderError(article, failure, onRetry) {
  const box = h("div", "anp-article__error");
  box.setAttribute("role", "alert");
  box.append(h("p", "anp-article__error-title", "This post could not be shown."), h("p", "anp-article__error-summary", failure.message));
  if (failure.diagnostics.length) {
    const ul = h("ul", "anp-diagnostics__list");
    diagnosticItems(ul, failure.diagnostics);
    box.append(ul);
  }
  if (onRetry) {
    const b = h("button", "anp-article__retry", "Try again");
    b.type = "button";
    b.addEventListener("click", onRetry);
    box.append(b);
  }
  article.append(box);
}

function renderWarnings(parent, warnings) {
  if (!warnings.length) return;
  const n = warnings.length;
  const details = h("details", "anp-diagnostics");
  details.append(
    h("summary", "anp-diagnostics__summary", n === 1 ? "1 part of this post could not be shown as published" : `${n} parts of this post could not be shown as published`),
  );
  const ul = h("ul", "anp-diagnostics__list");
  diagnosticItems(ul, warnings);
  details.append(ul);
  parent.append(details);
}

function renderFigure(b) {
  const fig = h("figure", "anp-figure");
  fig.dataset.broken = String(b.src === null);
  const frame = h("div", "anp-figure__frame");
  const hasAlt = Boolean(b.alt && b.alt.trim());
  const fallback = ha("span", "anp-figure__fallback", hasAlt ? b.alt : "Image unavailable");
  if (!hasAlt) fallback.lang = "en";
  if (b.src !== null) {
    const img = h("img", "anp-figure__image");
    img.src = b.src;
    img.alt = b.alt ?? "";
    img.loading = "lazy";
    img.decoding = "async";
    img.addEventListener("error", () => {
      img.hidden = true;
      fallback.hidden = false;
      fig.dataset.broken = "true";
    });
    frame.append(img);
    fallback.hidden = true;
  }
  frame.append(fallback);
  fig.append(frame);
  if (b.caption !== null || b.credit !== null) {
    const cap = h("figcaption", "anp-figure__caption");
    cap.dir = textDir(b.caption) ?? "ltr";
    if (b.caption !== null) cap.append(ha("span", "anp-figure__caption-text", b.caption));
    const joiner = joinerFor(b.caption, b.credit);
    if (joiner) cap.append(joiner);
    if (b.credit !== null) {
      const credit = ha("span", "anp-figure__credit", "image source: ");
      credit.lang = "en";
      if (b.creditUrl) {
        const a = h("a", "anp-figure__credit-link", b.credit);
        a.href = b.creditUrl;
        a.rel = "noopener noreferrer nofollow";
        credit.append(a);
      } else credit.append(b.credit);
      cap.append(credit);
    }
    fig.append(cap);
  }
  return fig;
}

// Checklists of one post stay in step: every write on this page and the storage event
// from other tabs reach every checklist watching that key (as the library's
// storage::watch). One window listener while anything watches.
const watchers = new Map(); // key → Set of callbacks
let watching = 0;
function onStorage(ev) {
  if (ev.key === null) for (const set of watchers.values()) for (const f of [...set]) f(null);
  else notify(ev.key, ev.newValue);
}
function notify(key, value) {
  const set = watchers.get(key);
  if (set) for (const f of [...set]) f(value);
}
function watch(key, f) {
  if (!watching++) addEventListener("storage", onStorage);
  let set = watchers.get(key);
  if (!set) watchers.set(key, (set = new Set()));
  set.add(f);
  return () => {
    set.delete(f);
    if (!set.size) watchers.delete(key);
    if (!--watching) removeEventListener("storage", onStorage);
  };
}
/** What to undo when an article is rendered afresh or unmounted (its checklists' watches). */
let cleanups = null;
const articleCleanups = new WeakMap();
/** Undo what a rendered article holds beyond its DOM (its checklists' watches). */
export function releaseArticle(article) {
  cleanUp(article);
}
function cleanUp(article) {
  const list = articleCleanups.get(article);
  if (list) for (const f of list) f();
  articleCleanups.delete(article);
}

function renderChecklist(b, postKey, host, off) {
  const key = postKey ? storageKey(postKey, b.index) : null;
  let saved = null;
  if (key) {
    try {
      saved = localStorage.getItem(key);
    } catch {
      saved = null;
    }
  }
  const state = restoreChecklist(b.items, saved);
  const total = b.items.length;
  const section = h("section", "anp-checklist");
  if (b.title !== null) section.append(ha(hn(2, off), "anp-checklist__title", b.title));
  const done = () => state.reduce((n, c) => n + (c ? 1 : 0), 0);
  const progress = hl("p", "anp-checklist__progress", progressText(done(), total));
  progress.setAttribute("aria-live", "polite");
  const bar = h("progress", "anp-checklist__bar");
  bar.setAttribute("aria-hidden", "true");
  bar.max = Math.max(total, 1);
  bar.value = done();
  const ul = h("ul", "anp-checklist__items");
  const note = hl("p", "anp-checklist__note", "Progress can't be saved in this browser; it is kept until the page is closed.");
  note.hidden = true;
  const items = [];
  const show = () => {
    const d = done();
    progress.textContent = progressText(d, total);
    bar.value = d;
  };
  if (key && cleanups) {
    cleanups.push(
      watch(key, (value) => {
        const next = restoreChecklist(b.items, value);
        if (next.every((c, i) => c === state[i])) return;
        next.forEach((c, i) => {
          state[i] = c;
          items[i].li.dataset.checked = String(c);
          items[i].box.checked = c;
        });
        show();
      }),
    );
  }
  b.items.forEach((item, i) => {
    const li = h("li", "anp-checklist__item");
    li.dataset.checked = String(state[i]);
    const label = h("label", "anp-checklist__label");
    const box = h("input", "anp-checklist__checkbox");
    box.type = "checkbox";
    box.checked = state[i];
    if (state[i]) box.setAttribute("checked", "");
    items.push({ li, box });
    box.addEventListener("change", () => {
      state[i] = box.checked;
      li.dataset.checked = String(box.checked);
      show();
      const d = done();
      if (key) {
        const map = {};
        b.items.forEach((it, j) => (map[it.text] = state[j]));
        const json = JSON.stringify(map);
        try {
          localStorage.setItem(key, json);
          note.hidden = true;
        } catch {
          note.hidden = false;
        }
        // Even when the write failed, so widgets on one page stay in step without storage.
        notify(key, json);
      }
      host?.dispatchEvent(
        new CustomEvent("alphanode:checklist-change", {
          bubbles: true,
          composed: true,
          detail: { postId: postKey, checked: b.items.filter((_, j) => state[j]).map((it) => it.text), done: d, total },
        }),
      );
    });
    label.append(box, ha("span", "anp-checklist__text", item.text));
    li.append(label);
    ul.append(li);
  });
  section.append(progress, bar, ul, note);
  return section;
}

function renderBlock(b, postKey, host, off) {
  switch (b.type) {
    case "paragraph":
      return ha("p", "anp-body__paragraph", b.text);
    case "heading":
      return ha(hn(b.level, off), `anp-body__heading anp-body__heading--${b.level}`, b.text);
    case "image":
      return renderFigure(b);
    case "list": {
      const list = h(b.ordered ? "ol" : "ul", b.ordered ? "anp-list anp-list--ordered" : "anp-list");
      const dir = b.items.map(textDir).find((d) => d !== null);
      if (dir) list.dir = dir;
      for (const item of b.items) list.append(ha("li", "anp-list__item", item));
      return list;
    }
    case "checklist":
      return renderChecklist(b, postKey, host, off);
    case "quote": {
      const fig = h("figure", "anp-quote");
      const dir = textDir(b.text) ?? textDir(b.cite);
      if (dir) fig.dir = dir;
      const bq = h("blockquote", "anp-quote__text");
      bq.append(ha("p", null, b.text));
      fig.append(bq);
      if (b.cite !== null) fig.append(ha("figcaption", "anp-quote__cite", b.cite));
      return fig;
    }
    default: {
      const fig = ha("figure", "anp-code");
      if (b.language !== null) fig.append(h("figcaption", "anp-code__language", b.language));
      const pre = h("pre", "anp-code__pre");
      pre.tabIndex = 0;
      pre.dir = "auto";
      if (b.language !== null) pre.dataset.language = b.language;
      pre.append(h("code", "anp-code__code", b.code));
      fig.append(pre);
      return fig;
    }
  }
}

/** Items per wrapper behind "Show N more" (the library reveals 1, 2, 4 … such wrappers per frame). */
export const REVEAL_CHUNK = 250;

/** The first entry of a revealed wrapper: an entry of a `<dl>`, an item of a list, or a row of a table. */
const FIRST_ENTRY = ":scope > .anp-meta__entry, :scope > li, :scope tbody > tr";

/**
 * "Show N more" for the items `start..total`, then "Show fewer": a click on the first
 * builds them before the button, all at once, in wrappers of REVEAL_CHUNK items made
 * by `chunk(from, to)` (the same DOM as the library's, which adds 1, 2, 4 … wrappers
 * per animation frame), and focuses the first new entry on the next frame; "Show
 * fewer" removes them again and focuses "Show N more".
 */
function showMore(parent, start, total, chunk) {
  const more = hl("button", "anp-meta__more", `Show ${formatNumber(total - start)} more`);
  more.type = "button";
  const fewer = hl("button", "anp-meta__fewer", "Show fewer");
  fewer.type = "button";
  fewer.hidden = true;
  let shown = null;
  more.addEventListener("click", () => {
    if (shown) return;
    shown = [];
    const frag = document.createDocumentFragment();
    for (let from = start; from < total; from += REVEAL_CHUNK) {
      const wrapper = chunk(from, Math.min(from + REVEAL_CHUNK, total));
      shown.push(wrapper);
      frag.append(wrapper);
    }
    more.before(frag);
    more.hidden = true;
    fewer.hidden = false;
    const first = shown[0];
    requestAnimationFrame(() => {
      const entry = first.isConnected ? first.querySelector(FIRST_ENTRY) : null;
      if (entry) {
        entry.setAttribute("tabindex", "-1");
        entry.focus();
      }
    });
  });
  fewer.addEventListener("click", () => {
    if (!shown) return;
    for (const wrapper of shown) wrapper.remove();
    shown = null;
    more.hidden = false;
    fewer.hidden = true;
    requestAnimationFrame(() => more.focus());
  });
  parent.append(more, fewer);
}

function metaEntries(dl, map, keys, depth, layout) {
  for (const key of keys) {
    const value = map[key];
    const entry = h("div", "anp-meta__entry");
    entry.dataset.kind = classify(value);
    const dt = ha("dt", "anp-meta__key", key);
    dt.append(sep());
    const dd = h("dd", "anp-meta__value");
    renderValue(dd, value, depth, layout);
    entry.append(dt, dd);
    dl.append(entry);
  }
}

function pagedMap(parent, map, depth, layout) {
  const keys = Object.keys(map);
  const cls = depth === 0 ? "anp-meta__entries" : "anp-meta__group";
  const dl = h("dl", cls);
  metaEntries(dl, map, keys.length > PAGE_SIZE ? keys.slice(0, PAGE_SIZE) : keys, depth, layout);
  parent.append(dl);
  if (keys.length > PAGE_SIZE) {
    showMore(parent, PAGE_SIZE, keys.length, (from, to) => {
      const rest = h("dl", cls);
      metaEntries(rest, map, keys.slice(from, to), depth, layout);
      return rest;
    });
  }
}

function scoreItems(ul, map, keys) {
  for (const label of keys) {
    const n = map[label];
    const li = h("li", "anp-meta__score");
    const lab = ha("span", "anp-meta__score-label", label);
    lab.append(sep());
    const data = h("data", "anp-meta__score-value", formatNumber(n));
    data.value = String(n);
    const meter = h("meter", "anp-meta__meter");
    meter.min = 0;
    meter.max = 100;
    meter.value = n;
    meter.setAttribute("aria-label", label);
    li.append(lab, data, meter);
    ul.append(li);
  }
}

/** Flags: an on/off mark (drawn by CSS), the label and the number as published. */
function flagItems(ul, map, keys) {
  for (const label of keys) {
    const n = map[label];
    const li = h("li", "anp-meta__flag");
    li.dataset.on = String(n === 1);
    const mark = h("span", "anp-meta__flag-mark");
    mark.setAttribute("aria-hidden", "true");
    const lab = ha("span", "anp-meta__flag-label", label);
    lab.append(sep());
    const data = h("data", "anp-meta__flag-value", formatNumber(n));
    data.value = String(n);
    li.append(mark, lab, data);
    ul.append(li);
  }
}

/** Scores or flags, paged like every collection. */
function labelledNumbers(parent, map, listClass, items) {
  const keys = Object.keys(map);
  const ul = h("ul", listClass);
  items(ul, map, keys.length > PAGE_SIZE ? keys.slice(0, PAGE_SIZE) : keys);
  parent.append(ul);
  if (keys.length > PAGE_SIZE) {
    showMore(parent, PAGE_SIZE, keys.length, (from, to) => {
      const rest = h("ul", listClass);
      items(rest, map, keys.slice(from, to));
      return rest;
    });
  }
}

function pagedList(parent, items, depth, layout, records) {
  const listClass = records ? "anp-meta__records" : "anp-meta__items";
  const itemClass = records ? "anp-meta__record" : "anp-meta__item";
  const fill = (ul, from, to) => {
    for (let i = from; i < to; i++) {
      const item = items[i];
      // A non-empty list or group inside a list: no bullet of its own.
      const li = h("li", !records && isNonEmptyCollection(item) ? "anp-meta__item anp-meta__item--nested" : itemClass);
      if (records && isObject(item)) pagedMap(li, item, depth + 1, layout);
      else renderValue(li, item, depth + 1, layout);
      ul.append(li);
    }
  };
  const ul = h("ul", listClass);
  fill(ul, 0, Math.min(items.length, PAGE_SIZE));
  parent.append(ul);
  if (items.length > PAGE_SIZE) {
    showMore(parent, PAGE_SIZE, items.length, (from, to) => {
      const rest = h("ul", listClass);
      fill(rest, from, to);
      return rest;
    });
  }
}

function recordsTable(parent, items, columns, depth, layout) {
  const rows = (tbody, from, to) => {
    for (let i = from; i < to; i++) {
      const tr = h("tr");
      for (const c of columns) {
        const td = h("td");
        if (Object.prototype.hasOwnProperty.call(items[i], c)) renderValue(td, items[i][c], depth + 1, layout);
        else {
          const missing = h("span", "anp-meta__null", "—");
          missing.title = "missing";
          td.append(missing);
        }
        tr.append(td);
      }
      tbody.append(tr);
    }
  };
  // Every page is a scrollable wrapper of its own; only the first carries the head.
  const page = (from, to) => {
    const wrap = h("div", "anp-meta__table-wrap");
    wrap.tabIndex = 0;
    const table = h("table", "anp-meta__table");
    if (from === 0) {
      const thead = h("thead");
      const head = h("tr");
      for (const c of columns) {
        const th = ha("th", null, c);
        th.scope = "col";
        head.append(th);
      }
      thead.append(head);
      table.append(thead);
    }
    const tbody = h("tbody");
    rows(tbody, from, to);
    table.append(tbody);
    wrap.append(table);
    return wrap;
  };
  parent.append(page(0, Math.min(items.length, PAGE_SIZE)));
  if (items.length > PAGE_SIZE) showMore(parent, PAGE_SIZE, items.length, page);
}

/**
 * Past the collapse depth: a disclosure button that renders the value on demand (the
 * depth counted afresh) and folds it away again; it stays in place and keeps focus.
 */
function collapsed(parent, value, layout) {
  const noun = Array.isArray(value) ? "list" : "group";
  const count = collectionSize(value);
  const box = h("div", "anp-meta__collapsed");
  const show = `Show nested ${noun} (${formatNumber(count)} ${count === 1 ? "entry" : "entries"})`;
  const button = hl("button", "anp-meta__expand", show);
  button.type = "button";
  button.setAttribute("aria-expanded", "false");
  button.addEventListener("click", () => {
    if (button.getAttribute("aria-expanded") === "true") {
      while (button.nextSibling) button.nextSibling.remove();
      button.setAttribute("aria-expanded", "false");
      button.textContent = show;
    } else {
      const frag = document.createDocumentFragment();
      renderValue(frag, value, 0, layout);
      box.append(frag);
      button.setAttribute("aria-expanded", "true");
      button.textContent = `Hide nested ${noun}`;
    }
  });
  box.append(button);
  parent.append(box);
}

function renderValue(parent, value, depth, layout) {
  const kind = classify(value);
  switch (kind) {
    case "text":
      parent.append(ha("span", hasUnbrokenRun(value) ? "anp-meta__text anp-meta__text--unbroken" : "anp-meta__text", value));
      return;
    case "link": {
      const a = ha("a", "anp-meta__link", value);
      a.href = value;
      a.rel = "noopener noreferrer nofollow";
      parent.append(a);
      return;
    }
    case "number": {
      const d = h("data", "anp-meta__number", formatNumber(value));
      d.value = String(value);
      parent.append(d);
      return;
    }
    case "boolean":
      parent.append(hl("span", `anp-meta__badge anp-meta__badge--${value ? "yes" : "no"}`, value ? "yes" : "no"));
      return;
    case "null": {
      const s = h("span", "anp-meta__null", "—");
      s.title = "null";
      parent.append(s);
      return;
    }
    case "scores":
      return labelledNumbers(parent, value, "anp-meta__scores", scoreItems);
    case "flags":
      return labelledNumbers(parent, value, "anp-meta__flags", flagItems);
  }
  const size = collectionSize(value);
  if (depth + 1 >= COLLAPSE_DEPTH && size > 0) return collapsed(parent, value, layout);
  if (kind === "list") {
    if (!size) parent.append(h("span", "anp-meta__empty", "none"));
    else pagedList(parent, value, depth, layout, false);
  } else if (kind === "records") {
    if (layout === "table") recordsTable(parent, value, recordColumns(value), depth, layout);
    else pagedList(parent, value, depth, layout, true);
  } else if (!size) parent.append(h("span", "anp-meta__empty", "empty"));
  else pagedMap(parent, value, depth + 1, layout);
}

function renderMeta(meta, layout, off) {
  const aside = h("section", "anp-meta");
  aside.dataset.layout = layout;
  const metaTitle = ha(hn(2, off), "anp-meta__title", "alphanode post meta");
  metaTitle.lang = "en";
  aside.append(metaTitle);
  if (!Object.keys(meta).length) aside.append(hl("p", "anp-meta__empty", "No post meta."));
  else pagedMap(aside, meta, 0, layout);
  return aside;
}

function renderSimilar(refs, template, host, off) {
  const section = h("section", "anp-similar");
  const similarTitle = ha(hn(2, off), "anp-similar__title", "Similar Posts");
  similarTitle.lang = "en";
  section.append(similarTitle);
  if (!refs.length) {
    section.append(hl("p", "anp-similar__empty", "No similar posts yet."));
    return section;
  }
  const ul = h("ul", "anp-similar__list");
  for (const r of refs) {
    const href = linkFor(r, template);
    const li = h("li", "anp-similar__item");
    const card = h("article", href ? "anp-similar__card" : "anp-similar__card anp-similar__card--unlinked");
    const heading = ha(hn(3, off), "anp-similar__card-title");
    if (href) {
      const a = h("a", "anp-similar__link", r.title);
      a.setAttribute("href", href);
      a.addEventListener("click", (ev) => {
        if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
        const go = (host ?? a).dispatchEvent(
          new CustomEvent("alphanode:navigate", {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: { slug: r.slug, href: a.href },
          }),
        );
        if (!go) ev.preventDefault();
      });
      heading.append(a);
    } else heading.textContent = r.title;
    card.append(heading);
    if (r.image) {
      const img = h("img", "anp-similar__image");
      img.src = r.image;
      img.alt = "";
      img.loading = "lazy";
      card.append(img);
    }
    if (r.topic !== null) card.append(ha("p", "anp-similar__topic", r.topic));
    if (r.summary !== null) card.append(ha("p", "anp-similar__summary", r.summary));
    li.append(card);
    ul.append(li);
  }
  section.append(ul);
  return section;
}

/**
 * Fill `article` (an `.anp-article` element) for a state:
 * `{ state: "loading" }`, `{ state: "ready", post, warnings }` or `{ state: "error", error }`.
 */
export function renderArticle(article, view, { theme = "auto", layout = "list", link = null, heading = 1, host = null, onRetry = null } = {}) {
  article.className = "anp-article";
  article.dataset.state = view.state;
  article.dataset.theme = theme;
  article.setAttribute("aria-busy", String(view.state === "loading"));
  // The widget's chrome direction, as ours sets it (the baseline speaks English only).
  article.dir = "ltr";
  cleanUp(article);
  article.textContent = "";
  // The post's own language marks the content; absent, nothing is claimed.
  if (view.state === "ready" && view.post.lang) article.lang = view.post.lang;
  else article.removeAttribute("lang");
  if (view.state === "loading") return renderSkeleton(article);
  if (view.state === "error") return renderError(article, view.error, onRetry);
  const { post, warnings } = view;
  const off = Math.min(6, Math.max(1, heading)) - 1;
  const frag = document.createDocumentFragment();
  const header = h("header", "anp-article__header");
  header.append(ha(hn(1, off), "anp-article__title", post.title));
  frag.append(header);
  renderWarnings(frag, warnings);
  const body = h("div", "anp-body");
  const postKey = post.id ?? post.slug;
  cleanups = [];
  for (const b of post.body) body.append(renderBlock(b, postKey, host, off));
  articleCleanups.set(article, cleanups);
  cleanups = null;
  frag.append(body);
  if (post.meta) frag.append(renderMeta(post.meta, layout, off));
  frag.append(renderSimilar(post.similar, link, host, off));
  article.append(frag);
}

// ---------------------------------------------------------------------------
// loading
// ---------------------------------------------------------------------------

const REASONS = { 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" };
const MAX_BYTES = 10 * 1024 * 1024;

/** Fetch and parse a post: `{ post, warnings }` or `{ error }` (with `status` for HTTP errors). */
export async function fetchPost(src, timeoutMs = 10000) {
  const url = new URL(src, document.baseURI).href;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const failure = (message, status) => ({ error: { message, diagnostics: [], status } });
  try {
    let response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
    } catch (e) {
      if (controller.signal.aborted) return failure(`${url}: no answer within ${timeoutMs / 1000} s (timed out)`);
      return failure(`${url}: the request failed (network error, blocked by CORS, or too many redirects): ${e}`);
    }
    if (!response.ok) {
      const reason = response.statusText || REASONS[response.status] || "";
      return failure(`${url}: HTTP ${response.status} ${reason}`, response.status);
    }
    const length = Number(response.headers.get("content-length"));
    if (length > MAX_BYTES) {
      controller.abort();
      return failure(`${url}: the document is ${length} bytes, more than the ${MAX_BYTES}-byte limit`);
    }
    let text;
    try {
      text = await response.text();
    } catch (e) {
      if (controller.signal.aborted) return failure(`${url}: no answer within ${timeoutMs / 1000} s (timed out)`);
      return failure(`${url}: the response broke off before it was complete: ${e}`);
    }
    if (text.length > MAX_BYTES) return failure(`${url}: the document is ${text.length} bytes, more than the ${MAX_BYTES}-byte limit`);
    const mime = (response.headers.get("content-type") || "").split(";")[0].trim().toLowerCase();
    if (!/^\uFEFF?\s*[[{]/.test(text) && mime && !mime.includes("json")) {
      return failure(`${url}: expected JSON, but the server sent ${mime}`);
    }
    return parsePost(text, response.url || url);
  } finally {
    clearTimeout(timer);
  }
}

function inlinePost(ref) {
  const id = ref.startsWith("#") ? ref.slice(1) : ref;
  const el = document.getElementById(id);
  const failure = (message) => ({ error: { message, diagnostics: [] } });
  if (!el) return failure(`no <script type="application/json" id="${id}"> on this page`);
  if (el.tagName !== "SCRIPT") return failure(`#${id} is a <${el.tagName.toLowerCase()}>, not a <script type="application/json">`);
  return parsePost(el.textContent, document.baseURI);
}

// ---------------------------------------------------------------------------
// host contract (the same as embed.js)
// ---------------------------------------------------------------------------

const THEMES = ["auto", "light", "dark", "contrast"];
const LAYOUTS = ["list", "grid", "table", "compact"];

function options(el, overrides = {}) {
  const attr = (name) => (el.getAttribute(name) ?? "").trim() || null;
  const pick = (value, allowed, fallback) => {
    const v = (value ?? "").trim().toLowerCase();
    return allowed.includes(v) ? v : fallback;
  };
  const timeout = Number(overrides.timeout ?? attr("data-alphanode-timeout"));
  const heading = Number(overrides.heading ?? attr("data-alphanode-heading"));
  return {
    src: overrides.src ?? attr("data-alphanode-post"),
    theme: pick(overrides.theme ?? attr("data-alphanode-theme"), THEMES, "auto"),
    layout: pick(overrides.layout ?? attr("data-alphanode-layout"), LAYOUTS, "list"),
    link: overrides.link ?? attr("data-alphanode-link"),
    timeout: timeout > 0 ? timeout : 10000,
    // Embedded under the host's own h1, the title is an h2 (as in the library's embed).
    heading: Number.isInteger(heading) && heading > 0 ? Math.min(6, heading) : 2,
  };
}

const mounted = new WeakMap();

/** Mount a widget in `element`; returns `{ ready, state, unmount() }`. */
export function mount(element, overrides = {}) {
  mounted.get(element)?.unmount();
  const opts = options(element, overrides);
  element.textContent = "";
  element.setAttribute("data-alphanode-mounted", "");
  const article = document.createElement("article");
  element.append(article);
  let generation = 0;
  let state = "loading";
  const emit = (name, detail) => element.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  const render = (view) => renderArticle(article, view, { ...opts, host: element, onRetry: load });
  async function load() {
    const mine = ++generation;
    state = "loading";
    element.setAttribute("data-state", "loading");
    render({ state: "loading" });
    const result = !opts.src
      ? { error: { message: 'no post given: set data-alphanode-post to a URL or to #id of a <script type="application/json">', diagnostics: [] } }
      : opts.src.startsWith("#")
        ? inlinePost(opts.src)
        : await fetchPost(opts.src, opts.timeout);
    if (mine !== generation) return;
    if (result.error) {
      state = "error";
      render({ state: "error", error: result.error });
      element.setAttribute("data-state", "error");
      emit("alphanode:error", { message: result.error.message, diagnostics: result.error.diagnostics.map(showDiag) });
    } else {
      state = "ready";
      render({ state: "ready", post: result.post, warnings: result.warnings });
      element.setAttribute("data-state", "ready");
      const { id, slug, title } = result.post;
      emit("alphanode:ready", { id, slug, title, warnings: result.warnings.map(showDiag) });
    }
  }
  const handle = {
    ready: load(),
    get state() {
      return state;
    },
    unmount() {
      generation++;
      state = "unmounted";
      mounted.delete(element);
      cleanUp(article);
      element.textContent = "";
      element.removeAttribute("data-alphanode-mounted");
      element.removeAttribute("data-state");
    },
  };
  mounted.set(element, handle);
  return handle;
}

/** Mount every `[data-alphanode-post]` under `root` that has no widget yet. */
export async function mountAll(root = document) {
  return [...root.querySelectorAll("[data-alphanode-post]:not([data-alphanode-mounted])")].map((el) => mount(el));
}

export const ready = Promise.resolve();

if (hasDocument) {
  const href = new URL("alphanode.css", import.meta.url).href;
  const present = [...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href || l.hasAttribute("data-alphanode-css"));
  if (!present && !document.querySelector("meta[name=alphanode-no-css]")) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.setAttribute("data-alphanode-css", "");
    document.head.append(link);
  }
  if (!document.querySelector("meta[name=alphanode-no-auto]")) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => mountAll(), { once: true });
    else mountAll();
  }
}
