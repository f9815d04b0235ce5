// The README's host contract against the code (no browser): the attribute table, the
// attributes the widget writes itself and the mount() options must be exactly what
// embed/embed.js and src/embed/options.rs read, and the package's types and manifest
// must name the same. A documented attribute or option that nothing reads fails, and
// so does one that is read but not documented.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const file = (path) => readFile(new URL(`../../${path}`, import.meta.url), "utf8");
const sorted = (values) => [...new Set(values)].sort();
const backticked = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
const list = (text) => text.split(",").map((s) => s.replace(/\*/g, "").trim()).filter(Boolean);
/** The text from `start` up to the first `end` after it (the whole rest without one). */
function between(text, start, end) {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `not found: ${start}`);
  const to = end ? text.indexOf(end, from + start.length) : -1;
  return text.slice(from + start.length, to < 0 ? undefined : to);
}

let readme, embedJs, optionsRs, embedRs, renderersRs, dts, manifest, observed;

before(async () => {
  [readme, embedJs, optionsRs, embedRs, renderersRs, dts, manifest] = await Promise.all([
    file("README.md"),
    file("embed/embed.js"),
    file("src/embed/options.rs"),
    file("src/embed/mod.rs"),
    file("src/embed/renderers.rs"),
    file("npm/index.d.ts"),
    file("npm/custom-elements.json").then(JSON.parse),
  ]);
  // embed.js does nothing without a DOM but define its element: give it just enough
  // to do that, and read the attributes the element really observes.
  const defined = new Map();
  globalThis.HTMLElement ??= class {};
  globalThis.customElements ??= { get: (name) => defined.get(name), define: (name, cls) => defined.set(name, cls) };
  await import(new URL("../../embed/embed.js", import.meta.url));
  observed = defined.get("alphanode-article")?.observedAttributes;
  assert.ok(Array.isArray(observed), "embed.js defines <alphanode-article> with observedAttributes");
});

// ---- What the README documents ----------------------------------------------------

/** The attribute table's rows, each as the names it gives (`data-alphanode-theme`, `theme`). */
function tableRows() {
  const lines = readme.split("\n");
  const head = lines.findIndex((l) => /^\| attribute \| values \| default \|$/.test(l));
  assert.ok(head >= 0, "README has the attribute table");
  const rows = [];
  for (let i = head + 2; i < lines.length && lines[i].startsWith("|"); i++) {
    rows.push(backticked(lines[i].split("|")[1]));
  }
  return rows;
}

/** The paragraph right after the table: the attributes the widget writes itself. */
function ownAttributes() {
  const afterTable = readme.slice(readme.indexOf("| `data-alphanode-assets` |"));
  const paragraph = afterTable.split("\n\n")[1];
  return sorted(backticked(paragraph).filter((t) => /^data-[a-z-]+$/.test(t)));
}

const documentedOptions = () => list(between(readme, "- `mount(element, {", "})`"));

/** Options whose attribute is not `data-alphanode-{option}`. */
const ATTRIBUTE_OF = { src: "data-alphanode-post", assetsUrl: "data-alphanode-assets", metaProfile: "data-alphanode-meta-profile" };
/** Options that are functions, for script hosts only: no attribute can say them. */
const SCRIPT_ONLY = ["renderers"];

// ---- What the code reads ----------------------------------------------------------

/** embed.js without its comments (which name files such as options.rs). */
const embedCode = () => embedJs.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");

/** Attribute names embed.js reads by name, and `lang` through `closest("[lang]")`. */
function embedJsAttributes() {
  const embedJs = embedCode();
  const names = [...embedJs.matchAll(/(?:getAttribute|hasAttribute)\("([^"]+)"\)/g)].map((m) => m[1]);
  if (embedJs.includes('closest("[lang]")')) names.push("lang");
  return names;
}

/** Attribute names options.rs reads from the element (`WidgetOptions::from_element`). */
function optionsRsAttributes() {
  const body = between(optionsRs, "pub fn from_element", "pub fn reader_strings");
  const names = [...body.matchAll(/attr\(&\[([^\]]*)\]\)/g)].flatMap((m) => [...m[1].matchAll(/"([^"]+)"/g)].map((n) => n[1]));
  for (const m of body.matchAll(/get_attribute\("([^"]+)"\)/g)) names.push(m[1]);
  return names;
}

/** Every data-alphanode-* name written in embed.js or src/embed (not the wildcard). */
function dataAttributesInCode() {
  return sorted([embedJs, optionsRs, embedRs].flatMap((text) => [...text.matchAll(/data-alphanode-[a-z]+(?:-[a-z]+)*/g)].map((m) => m[0])));
}

/** Option keys the widget reads from a JS object (`WidgetOptions::merged`), and the
 * ones embed.js reads itself (`loading`, `lang`). */
function optionsRead() {
  const merged = between(optionsRs, "pub fn merged", null);
  const wasm = [...merged.matchAll(/\bget(?:_string)?\("([A-Za-z]+)"\)/g)].map((m) => m[1]);
  // The renderers are read by src/embed/renderers.rs, from the same options object.
  wasm.push(...[...renderersRs.matchAll(/Reflect::get\(options, &JsValue::from_str\("([A-Za-z]+)"\)\)/g)].map((m) => m[1]));
  // (Method calls such as `given.trim()` are not options.)
  const js = [...embedCode().matchAll(/\b(?:options|next|pending|given)\.([A-Za-z]+)\b(?!\s*\()/g)].map((m) => m[1]);
  return { wasm: sorted(wasm), js: sorted(js) };
}

// ---- Tests ------------------------------------------------------------------------

test("the attribute table is exactly what <alphanode-article> observes, in both spellings", () => {
  const documented = sorted(tableRows().flat());
  assert.deepEqual(documented, sorted(observed), "README table vs observedAttributes in embed/embed.js");
  // Each row: the data-alphanode-* name first, then the element's own name, if any.
  for (const names of tableRows()) {
    assert.match(names[0], /^data-alphanode-[a-z]+(?:-[a-z]+)*$/, `row ${names}`);
    if (names[1]) assert.equal(names[0], `data-alphanode-${names[1] === "src" ? "post" : names[1]}`, `row ${names}`);
  }
});

test("every documented attribute is read, and every attribute read is documented", () => {
  const documented = new Set([...tableRows().flat(), ...ownAttributes()]);
  const read = new Set([...embedJsAttributes(), ...optionsRsAttributes()]);
  for (const name of tableRows().flat()) assert.ok(read.has(name), `README documents ${name}, but neither embed.js nor options.rs reads it`);
  for (const name of read) assert.ok(documented.has(name), `${name} is read (embed.js or options.rs) but not documented in README`);
  for (const name of dataAttributesInCode()) {
    assert.ok(documented.has(name), `${name} appears in embed.js or src/embed but is not documented in README`);
  }
  // The ones the widget writes itself: written by the code, and not options.
  assert.deepEqual(ownAttributes(), ["data-alphanode-css", "data-alphanode-mounted", "data-state"]);
  assert.match(embedRs, /MOUNTED_ATTR: &str = "data-alphanode-mounted"/);
  assert.match(embedJs, /setAttribute\("data-alphanode-css"/);
  for (const name of ownAttributes()) assert.ok(!tableRows().flat().includes(name), `${name} is the widget's, not an option`);
});

test("the mount() options are the same in README, embed.js, index.d.ts and what the code reads", () => {
  const readme = sorted(documentedOptions());
  const jsdoc = sorted(list(between(embedJs, "Options override the element's data-alphanode-*", "}").split("{")[1]));
  const types = sorted([...between(dts, "export interface MountOptions {", "\n}").matchAll(/^ {2}(\w+)\?:/gm)].map((m) => m[1]));
  assert.deepEqual(jsdoc, readme, "embed.js's mount() comment vs README");
  assert.deepEqual(types, readme, "MountOptions in npm/index.d.ts vs README");
  const { wasm, js } = optionsRead();
  // localeStrings is embed.js's own hand-over to the wasm (the strings it fetched), not the host's.
  assert.match(embedJs, /localeStrings: /);
  const read = sorted([...wasm, ...js].filter((k) => k !== "localeStrings"));
  assert.deepEqual(read, readme, "options read by options.rs (merged) and embed.js vs README");
  // Each option is the attribute of the same name in the table.
  const attributes = new Set(tableRows().flat());
  for (const option of readme.filter((o) => !SCRIPT_ONLY.includes(o))) {
    const attribute = ATTRIBUTE_OF[option] ?? `data-alphanode-${option}`;
    assert.ok(attributes.has(attribute), `option ${option} has no attribute row (${attribute})`);
  }
  assert.equal(tableRows().length, readme.length - SCRIPT_ONLY.length, "one table row per option");
});

test("the package's attribute types and manifest list the element's attributes", () => {
  const plain = sorted(observed.filter((n) => !n.startsWith("data-")));
  const typed = sorted([...between(dts, "export interface AlphanodeArticleAttributes {", "\n}").matchAll(/^ {2}(\w+)\?:/gm)].map((m) => m[1]));
  assert.deepEqual(typed, plain, "AlphanodeArticleAttributes in npm/index.d.ts");
  const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === "alphanode-article");
  assert.deepEqual(sorted(element.attributes.map((a) => a.name)), plain, "npm/custom-elements.json");
});
