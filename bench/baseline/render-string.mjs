// The baseline's string-building renderer: the same markup as baseline.js's DOM
// renderer (and the library's components), built as an HTML string, for the native
// rendering scenario (posts to HTML per second under Node, against the library's
// `ssr` build in bench/ssr). Parsing, classification, URL policy and number format
// are baseline.js's own.
//
//   node bench/baseline/render-string.mjs [--dir public/posts] [--rounds 7] [--passes 20] [--warmup 3]
//
// The last line of output is one JSON object for bench/run.mjs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  PAGE_SIZE,
  COLLAPSE_DEPTH,
  classify,
  collectionSize,
  formatNumber,
  hasUnbrokenRun,
  hn,
  isNonEmptyCollection,
  joinerFor,
  linkFor,
  parsePost,
  progressText,
  recordColumns,
} from "./baseline.js";

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ESC[c]);

const SEP = '<span class="anp-meta__sep">: </span>';
const more = (hidden) =>
  `<button type="button" class="anp-meta__more">Show ${formatNumber(hidden)} more</button>` +
  `<button type="button" class="anp-meta__fewer" hidden>Show fewer</button>`;

function diagnostics(list) {
  return list
    .map(
      (d) =>
        `<li class="anp-diagnostic" data-severity="${d.severity}"><code class="anp-diagnostic__path">${esc(d.path)}</code>` +
        `<span class="anp-diagnostic__sep">: </span><span class="anp-diagnostic__message">${esc(d.message)}</span></li>`,
    )
    .join("");
}

function figure(b) {
  let frame = "";
  if (b.src !== null) {
    frame += `<img class="anp-figure__image" src="${esc(b.src)}" alt="${esc(b.alt ?? "")}" loading="lazy" decoding="async">`;
  }
  const fallback = b.alt && b.alt.trim() ? b.alt : "Image unavailable";
  frame += `<span class="anp-figure__fallback" dir="auto"${b.src !== null ? " hidden" : ""}>${esc(fallback)}</span>`;
  let cap = "";
  if (b.caption !== null || b.credit !== null) {
    let credit = "";
    if (b.credit !== null) {
      const label = b.creditUrl
        ? `<a class="anp-figure__credit-link" href="${esc(b.creditUrl)}" rel="noopener noreferrer nofollow">${esc(b.credit)}</a>`
        : esc(b.credit);
      credit = `<span class="anp-figure__credit">image source: ${label}</span>`;
    }
    cap =
      `<figcaption class="anp-figure__caption">` +
      (b.caption !== null ? `<span class="anp-figure__caption-text" dir="auto">${esc(b.caption)}</span>` : "") +
      joinerFor(b.caption, b.credit) +
      credit +
      `</figcaption>`;
  }
  return `<figure class="anp-figure" data-broken="${b.src === null}"><div class="anp-figure__frame">${frame}</div>${cap}</figure>`;
}

function checklist(b, off) {
  // Natively there is no storage: the published defaults.
  const state = b.items.map((i) => i.checked);
  const done = state.filter(Boolean).length;
  const total = b.items.length;
  const items = b.items
    .map(
      (item, i) =>
        `<li class="anp-checklist__item" data-checked="${state[i]}"><label class="anp-checklist__label">` +
        `<input class="anp-checklist__checkbox" type="checkbox"${state[i] ? " checked" : ""}>` +
        `<span class="anp-checklist__text" dir="auto">${esc(item.text)}</span></label></li>`,
    )
    .join("");
  return (
    `<section class="anp-checklist">` +
    (b.title !== null ? `<${hn(2, off)} class="anp-checklist__title" dir="auto">${esc(b.title)}</${hn(2, off)}>` : "") +
    `<p class="anp-checklist__progress" aria-live="polite">${progressText(done, total)}</p>` +
    `<progress class="anp-checklist__bar" aria-hidden="true" max="${Math.max(total, 1)}" value="${done}"></progress>` +
    `<ul class="anp-checklist__items">${items}</ul>` +
    `<p class="anp-checklist__note" hidden>Progress can't be saved in this browser; it is kept until the page is closed.</p></section>`
  );
}

function block(b, off) {
  switch (b.type) {
    case "paragraph":
      return `<p class="anp-body__paragraph" dir="auto">${esc(b.text)}</p>`;
    case "heading":
      return `<${hn(b.level, off)} class="anp-body__heading anp-body__heading--${b.level}" dir="auto">${esc(b.text)}</${hn(b.level, off)}>`;
    case "image":
      return figure(b);
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      const items = b.items.map((i) => `<li class="anp-list__item" dir="auto">${esc(i)}</li>`).join("");
      return `<${tag} class="anp-list${b.ordered ? " anp-list--ordered" : ""}">${items}</${tag}>`;
    }
    case "checklist":
      return checklist(b, off);
    case "quote":
      return (
        `<figure class="anp-quote"><blockquote class="anp-quote__text"><p dir="auto">${esc(b.text)}</p></blockquote>` +
        (b.cite !== null ? `<figcaption class="anp-quote__cite" dir="auto">${esc(b.cite)}</figcaption>` : "") +
        `</figure>`
      );
    default:
      return (
        `<figure class="anp-code">` +
        (b.language !== null ? `<figcaption class="anp-code__language">${esc(b.language)}</figcaption>` : "") +
        `<pre class="anp-code__pre" tabindex="0" dir="auto"${b.language !== null ? ` data-language="${esc(b.language)}"` : ""}>` +
        `<code class="anp-code__code">${esc(b.code)}</code></pre></figure>`
      );
  }
}

function entries(map, keys, depth, layout) {
  let out = "";
  for (const key of keys) {
    const v = map[key];
    out +=
      `<div class="anp-meta__entry" data-kind="${classify(v)}"><dt class="anp-meta__key" dir="auto">${esc(key)}${SEP}</dt>` +
      `<dd class="anp-meta__value">${value(v, depth, layout)}</dd></div>`;
  }
  return out;
}

function pagedMap(map, depth, layout) {
  const keys = Object.keys(map);
  const cls = depth === 0 ? "anp-meta__entries" : "anp-meta__group";
  const first = `<dl class="${cls}">${entries(map, keys.slice(0, PAGE_SIZE), depth, layout)}</dl>`;
  return keys.length > PAGE_SIZE ? first + more(keys.length - PAGE_SIZE) : first;
}

const scoreItem = (label, n) =>
  `<li class="anp-meta__score"><span class="anp-meta__score-label" dir="auto">${esc(label)}${SEP}</span>` +
  `<data class="anp-meta__score-value" value="${n}">${formatNumber(n)}</data>` +
  `<meter class="anp-meta__meter" min="0" max="100" value="${n}" aria-label="${esc(label)}"></meter></li>`;

const flagItem = (label, n) =>
  `<li class="anp-meta__flag" data-on="${n === 1}"><span class="anp-meta__flag-mark" aria-hidden="true"></span>` +
  `<span class="anp-meta__flag-label" dir="auto">${esc(label)}${SEP}</span>` +
  `<data class="anp-meta__flag-value" value="${n}">${formatNumber(n)}</data></li>`;

/** Scores or flags, paged like every collection. */
function labelledNumbers(map, listClass, item) {
  const keys = Object.keys(map);
  let items = "";
  const n = Math.min(keys.length, PAGE_SIZE);
  for (let i = 0; i < n; i++) items += item(keys[i], map[keys[i]]);
  const list = `<ul class="${listClass}">${items}</ul>`;
  return keys.length > PAGE_SIZE ? list + more(keys.length - PAGE_SIZE) : list;
}

function pagedList(items, depth, layout, records) {
  const listClass = records ? "anp-meta__records" : "anp-meta__items";
  const itemClass = records ? "anp-meta__record" : "anp-meta__item";
  let out = "";
  const n = Math.min(items.length, PAGE_SIZE);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    const inner = records && item && typeof item === "object" && !Array.isArray(item) ? pagedMap(item, depth + 1, layout) : value(item, depth + 1, layout);
    const cls = !records && isNonEmptyCollection(item) ? "anp-meta__item anp-meta__item--nested" : itemClass;
    out += `<li class="${cls}">${inner}</li>`;
  }
  const list = `<ul class="${listClass}">${out}</ul>`;
  return items.length > PAGE_SIZE ? list + more(items.length - PAGE_SIZE) : list;
}

function table(items, columns, depth, layout) {
  const head = columns.map((c) => `<th scope="col" dir="auto">${esc(c)}</th>`).join("");
  let rows = "";
  const n = Math.min(items.length, PAGE_SIZE);
  for (let i = 0; i < n; i++) {
    rows += "<tr>";
    for (const c of columns) {
      rows += Object.prototype.hasOwnProperty.call(items[i], c)
        ? `<td>${value(items[i][c], depth + 1, layout)}</td>`
        : `<td><span class="anp-meta__null" title="missing">—</span></td>`;
    }
    rows += "</tr>";
  }
  const t = `<div class="anp-meta__table-wrap" tabindex="0"><table class="anp-meta__table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
  return items.length > PAGE_SIZE ? t + more(items.length - PAGE_SIZE) : t;
}

function value(v, depth, layout) {
  const kind = classify(v);
  switch (kind) {
    case "text":
      return `<span class="anp-meta__text${hasUnbrokenRun(v) ? " anp-meta__text--unbroken" : ""}" dir="auto">${esc(v)}</span>`;
    case "link":
      return `<a class="anp-meta__link" href="${esc(v)}" rel="noopener noreferrer nofollow" dir="auto">${esc(v)}</a>`;
    case "number":
      return `<data class="anp-meta__number" value="${v}">${formatNumber(v)}</data>`;
    case "boolean":
      return `<span class="anp-meta__badge anp-meta__badge--${v ? "yes" : "no"}">${v ? "yes" : "no"}</span>`;
    case "null":
      return `<span class="anp-meta__null" title="null">—</span>`;
    case "scores":
      return labelledNumbers(v, "anp-meta__scores", scoreItem);
    case "flags":
      return labelledNumbers(v, "anp-meta__flags", flagItem);
  }
  const size = collectionSize(v);
  if (depth + 1 >= COLLAPSE_DEPTH && size > 0) {
    const noun = Array.isArray(v) ? "list" : "group";
    return (
      `<div class="anp-meta__collapsed"><button type="button" class="anp-meta__expand" aria-expanded="false">` +
      `Show nested ${noun} (${formatNumber(size)} ${size === 1 ? "entry" : "entries"})</button></div>`
    );
  }
  if (kind === "list") return size ? pagedList(v, depth, layout, false) : `<span class="anp-meta__empty">none</span>`;
  if (kind === "records") return layout === "table" ? table(v, recordColumns(v), depth, layout) : pagedList(v, depth, layout, true);
  return size ? pagedMap(v, depth + 1, layout) : `<span class="anp-meta__empty">empty</span>`;
}

function similar(refs, template, off) {
  let inner;
  if (!refs.length) inner = `<p class="anp-similar__empty">No similar posts yet.</p>`;
  else {
    inner =
      `<ul class="anp-similar__list">` +
      refs
        .map((r) => {
          const href = linkFor(r, template);
          const title = href ? `<a class="anp-similar__link" href="${esc(href)}">${esc(r.title)}</a>` : esc(r.title);
          return (
            `<li class="anp-similar__item"><article class="anp-similar__card${href ? "" : " anp-similar__card--unlinked"}">` +
            `<${hn(3, off)} class="anp-similar__card-title" dir="auto">${title}</${hn(3, off)}>` +
            (r.image ? `<img class="anp-similar__image" src="${esc(r.image)}" alt="" loading="lazy">` : "") +
            (r.topic !== null ? `<p class="anp-similar__topic" dir="auto">${esc(r.topic)}</p>` : "") +
            (r.summary !== null ? `<p class="anp-similar__summary" dir="auto">${esc(r.summary)}</p>` : "") +
            `</article></li>`
          );
        })
        .join("") +
      `</ul>`;
  }
  return `<section class="anp-similar"><${hn(2, off)} class="anp-similar__title" dir="auto">Similar Posts</${hn(2, off)}>${inner}</section>`;
}

/** The whole article for a post's JSON text, as HTML. */
export function renderToString(text, base, { theme = "auto", layout = "list", link = null, heading = 1 } = {}) {
  const off = Math.min(6, Math.max(1, heading)) - 1;
  const parsed = parsePost(text, base);
  if (parsed.error) {
    const e = parsed.error;
    return (
      `<article class="anp-article" data-state="error" data-theme="${theme}" aria-busy="false">` +
      `<div class="anp-article__error" role="alert"><p class="anp-article__error-title">This post could not be shown.</p>` +
      `<p class="anp-article__error-summary">${esc(e.message)}</p>` +
      (e.diagnostics.length ? `<ul class="anp-diagnostics__list">${diagnostics(e.diagnostics)}</ul>` : "") +
      `</div></article>`
    );
  }
  const { post, warnings } = parsed;
  const lang = post.lang ? ` lang="${esc(post.lang)}"` : "";
  let out = `<article class="anp-article"${lang} data-state="ready" data-theme="${theme}" aria-busy="false">`;
  out += `<header class="anp-article__header"><${hn(1, off)} class="anp-article__title" dir="auto">${esc(post.title)}</${hn(1, off)}></header>`;
  if (warnings.length) {
    const n = warnings.length;
    out +=
      `<details class="anp-diagnostics"><summary class="anp-diagnostics__summary">` +
      (n === 1 ? "1 part of this post could not be shown as published" : `${n} parts of this post could not be shown as published`) +
      `</summary><ul class="anp-diagnostics__list">${diagnostics(warnings)}</ul></details>`;
  }
  out += `<div class="anp-body">${post.body.map((b) => block(b, off)).join("")}</div>`;
  if (post.meta) {
    const keys = Object.keys(post.meta);
    out +=
      `<section class="anp-meta" data-layout="${layout}"><${hn(2, off)} class="anp-meta__title" dir="auto">alphanode post meta</${hn(2, off)}>` +
      (keys.length ? pagedMap(post.meta, 0, layout) : `<p class="anp-meta__empty">No post meta.</p>`) +
      `</section>`;
  }
  out += similar(post.similar, link, off);
  return out + `</article>`;
}

function args() {
  const get = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  return {
    dir: get("dir", "public/posts"),
    rounds: Number(get("rounds", 7)),
    passes: Number(get("passes", 20)),
    warmup: Number(get("warmup", 3)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const a = args();
  const corpus = readdirSync(a.dir)
    .filter((f) => f.endsWith(".json") && f !== "index.json")
    .sort()
    .map((f) => [`http://127.0.0.1/posts/${f}`, readFileSync(join(a.dir, f), "utf8")]);
  if (!corpus.length) {
    console.error(`render-string: no posts in ${a.dir}`);
    process.exit(2);
  }
  const bytes = corpus.reduce((n, [u, t]) => n + renderToString(t, u).length, 0);
  for (let w = 0; w < a.warmup; w++) for (const [u, t] of corpus) renderToString(t, u);
  const rates = [];
  let sink = 0;
  for (let r = 0; r < a.rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let p = 0; p < a.passes; p++) for (const [u, t] of corpus) sink += renderToString(t, u).length;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const posts = a.passes * corpus.length;
    rates.push(posts / seconds);
    console.log(`round ${r + 1}: ${posts} posts in ${seconds.toFixed(3)} s = ${(posts / seconds).toFixed(0)} posts/s`);
  }
  if (sink < 0) console.log(sink);
  console.log(JSON.stringify({ posts: corpus.length, htmlBytes: bytes, passes: a.passes, postsPerSecond: rates.map((r) => Number(r.toFixed(1))) }));
}
