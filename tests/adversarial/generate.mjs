// Writes the adversarial corpus (tests/adversarial/docs/*.json) from the reference post.
// Each file is one hostile document; `expect.json` says whether it must render
// ("ready") or be refused ("error") and which JSON path the message must name.
// Huge documents (1 MB strings, 100,000-item arrays, deep nesting) are built by
// the tests themselves, not stored.  Run: node tests/adversarial/generate.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const ref = JSON.parse(
  readFileSync("public/posts/keeping-staging-close-to-production-python-services.json", "utf8"),
);
const clone = () => JSON.parse(JSON.stringify(ref));
const CANARY = "window.__canary=1";
const SCRIPT = [
  `<script>${CANARY}</script>`,
  `<img src=x onerror="${CANARY}">`,
  `"><svg onload="${CANARY}">`,
  `<iframe srcdoc="<script>parent.__canary=1</script>"></iframe>`,
  `{{constructor.constructor('${CANARY}')()}}`,
];
const BAD_URLS = [
  `javascript:${CANARY}`,
  `JaVaScRiPt:${CANARY}`,
  `  javascript:${CANARY}`,
  `java\tscript:${CANARY}`,
  `java\nscript:${CANARY}`,
  `\u0001javascript:${CANARY}`,
  `javascript&#58;${CANARY}`,
  `&#106;avascript:${CANARY}`,
  `data:text/html,<script>${CANARY}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19jYW5hcnk9MTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `VBScript:msgbox(1)`,
];

const docs = {};
const expect = {};
const add = (name, doc, state, path) => {
  docs[name] = typeof doc === "string" ? doc : JSON.stringify(doc, null, 1);
  expect[name] = { state, path };
};

// Script and event-handler payloads in every string field and in meta keys.
SCRIPT.forEach((payload, i) => {
  const d = clone();
  d.title = payload;
  d.id = payload;
  d.slug = payload;
  d.body = [
    { type: "paragraph", text: payload },
    { type: "heading", text: payload, level: 3 },
    { type: "image", src: "img.png", alt: payload, caption: payload, credit: payload },
    { type: "list", items: [payload, payload], ordered: true },
    { type: "checklist", title: payload, items: [payload, { text: payload, checked: true }] },
    { type: "quote", text: payload, cite: payload },
    { type: "code", code: payload, language: payload },
  ];
  d.meta = { [payload]: payload, nested: { [payload]: [payload, { [payload]: payload }] }, score: { [payload]: 50 } };
  d.similar = [{ title: payload, slug: payload, summary: payload, topic: payload }];
  add(`script-payload-${i + 1}`, d, "ready");
});

// Refused URLs in every URL field.
BAD_URLS.forEach((url, i) => {
  const d = clone();
  d.body = [
    { type: "image", src: url, alt: "alt stays", caption: "caption stays", credit: "c", credit_url: url },
    { type: "paragraph", text: "after" },
  ];
  d.similar = [{ title: "ref", href: url, image: url }];
  d.meta = { link: url };
  add(`bad-url-${i + 1}`, d, "ready", "body[0].src");
});

// Wrong types in every field.
const wrong = [1, true, null, [], {}, 1.5e300];
wrong.forEach((w, i) => {
  const d = clone();
  d.id = w;
  d.slug = w;
  d.meta = w === null || typeof w === "object" ? w : d.meta;
  d.similar = Array.isArray(w) ? w : [w, { title: w }];
  d.body = [
    { type: "paragraph", text: w },
    { type: "heading", text: "h", level: w },
    { type: "image", src: w, alt: w, caption: w },
    { type: "list", items: w },
    { type: "list", items: [w, "ok"], ordered: w },
    { type: "checklist", items: [w, { text: w, checked: w }] },
    { type: "quote", text: w, cite: w },
    { type: "code", code: w, language: w },
    { type: w },
    w,
    { type: "paragraph", text: "survivor" },
  ];
  add(`wrong-types-${i + 1}`, d, "ready", "body[0].text");
});
add("title-number", { title: 5, body: [] }, "error", "title");
add("title-missing", { body: [] }, "error", "title");
add("body-object", { title: "t", body: {} }, "error", "body");
add("body-missing", { title: "t" }, "error", "body");
add("unknown-blocks", { title: "t", body: [{ type: "video", src: "x" }, { type: "paragraph", text: "kept" }, { type: "<script>" }] }, "ready", "body[0].type");

// Truncated JSON, a top-level array, unsupported format versions.
const text = JSON.stringify(ref);
add("truncated-half", text.slice(0, Math.floor(text.length / 2)), "error", "$");
add("truncated-one-char", text.slice(0, -1), "error", "$");
add("empty-document", "", "error", "$");
add("top-level-array", [ref], "error", "$");
add("top-level-string", "\"just a string\"", "error", "$");
add("top-level-null", "null", "error", "$");
add("format-2", { ...clone(), format: "alphanode.post/2" }, "error", "format");
add("format-index", { ...clone(), format: "alphanode.index/1" }, "error", "format");
add("format-minor", { ...clone(), format: "alphanode.post/1.9" }, "ready");
add("trailing-garbage", `${text} <script>${CANARY}</script>`, "error", "$");
add("comments", `// comment\n${text}`, "error", "$");
add("bom", `\ufeff${text}`, "ready");

// Duplicate keys and numbers beyond u64 and f64.
add("duplicate-keys", `{"title": "first", "title": "second", "body": [], "meta": {"a": 1, "b": 2, "a": 3}}`, "ready");
add("big-numbers", `{"title": "numbers", "body": [], "meta": {"u64+1": 18446744073709551616, "huge": 123456789012345678901234567890, "f64 overflow": 1e400, "tiny": 1e-400, "negative": -98765432109876543210, "score": {"a": 1e2, "b": 0.0000001}}}`, "ready");
add("level-overflow", `{"title": "t", "body": [{"type": "heading", "text": "h", "level": 1e400}]}`, "ready", "body[0].level");

// Right-to-left and zero-width text.
const rtl = "مرحبا بالعالم \u202Egnp.exe\u202C שלום עולם";
const zw = "zero\u200Bwidth\u200Cjoin\u200Dnon\uFEFFbreak\u2060";
add("rtl-zero-width", {
  title: rtl,
  body: [{ type: "paragraph", text: `${rtl} ${zw}` }, { type: "checklist", items: [rtl, zw] }],
  meta: { [rtl]: zw, [zw]: [rtl], "\u202E": "\u202E" },
  similar: [{ title: zw, slug: rtl }],
}, "ready");
add("lone-surrogate-escape", `{"title": "bad \\ud800 surrogate", "body": []}`, "error", "$");
add("control-characters", { title: "tab\tnewline\nnull\u0000bell\u0007", body: [{ type: "paragraph", text: "\u0000\u0001\u001f" }] }, "ready");

rmSync("tests/adversarial/docs", { recursive: true, force: true });
mkdirSync("tests/adversarial/docs", { recursive: true });
for (const [name, body] of Object.entries(docs)) writeFileSync(`tests/adversarial/docs/${name}.json`, body);
writeFileSync("tests/adversarial/expect.json", `${JSON.stringify(expect, null, 1)}\n`);
console.log(`wrote ${Object.keys(docs).length} documents`);
