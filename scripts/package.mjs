// Finishes the embed's files in DIST (scripts/build.sh runs it after minifying) and
// writes the npm package:
//   1. the sha384 of the wasm, the glue and the stylesheet go into embed.js, which
//      loads each with that `integrity`;
//   2. DIST/integrity.json: the SRI hash of every file a host links or the widget loads;
//   3. target/npm/: the package `alphanode-widgets` (version from Cargo.toml) — the
//      same four files, plus the types, the custom-elements manifest, a README and
//      integrity.json, and index.js: embed/embed.js made for bundlers (see npmEntry
//      below) with the files it loads as JS modules in inline/. `npm pack target/npm`
//      makes the tarball.
//
//   node scripts/package.mjs [DIST]
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const out = "target/npm";

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

// embed.js loads these three with the integrity it carries (placeholders in embed/embed.js).
const PINNED = {
  __ALPHANODE_WASM_INTEGRITY__: "alphanode-embed_bg.wasm",
  __ALPHANODE_GLUE_INTEGRITY__: "alphanode-embed.js",
  __ALPHANODE_CSS_INTEGRITY__: "alphanode.css",
};
// The locales beside the wasm (DIST/locales/{tag}.json, see build.sh), each with its
// hash, so embed.js fetches only languages it can get, and only the files it knows.
// The stylesheet's sentinel, which embed.js reads to know the stylesheet applies
// however the host added it (embed.js `styled`): a registered custom property has its
// initial value on every element. Added here, once, before anything is hashed.
const SENTINEL = '@property --alphanode-css{syntax:"*";inherits:false;initial-value:1}';
const css = await readFile(join(dist, "alphanode.css"), "utf8");
if (!css.includes(SENTINEL)) await writeFile(join(dist, "alphanode.css"), `${css}${SENTINEL}\n`);

const locales = (await readdir(join(dist, "locales")).catch(() => []))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort();
const localeList = [];
for (const tag of locales) localeList.push(`${tag}=${sri(await readFile(join(dist, "locales", `${tag}.json`)))}`);
/** `code` (an embed.js) with the hashes filled in. */
async function pinned(code, name) {
  code = code.split("__ALPHANODE_LOCALES__").join(localeList.join(" "));
  for (const [placeholder, file] of Object.entries(PINNED)) {
    const hash = sri(await readFile(join(dist, file)));
    const count = code.split(placeholder).length - 1;
    if (count === 1) code = code.replace(placeholder, hash);
    else if (count !== 0 || !code.includes(hash)) {
      // (No placeholder is fine only when this script already filled in this file's hash.)
      throw new Error(`${name} should hold the ${file} integrity placeholder once, found ${count}`);
    }
  }
  return code;
}
await writeFile(join(dist, "embed.js"), await pinned(await readFile(join(dist, "embed.js"), "utf8"), `${dist}/embed.js`));

// Hashed after the other hashes are in embed.js, so they match what is served.
const FILES = ["embed.js", "alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css"];
const integrity = {};
for (const f of FILES) integrity[f] = sri(await readFile(join(dist, f)));
for (const tag of locales) integrity[`locales/${tag}.json`] = sri(await readFile(join(dist, "locales", `${tag}.json`)));
await writeFile(join(dist, "integrity.json"), JSON.stringify(integrity, null, 2) + "\n");

const cargo = await readFile("Cargo.toml", "utf8");
const version = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms)?.[1];
if (!version) throw new Error("no [package] version in Cargo.toml");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await writeFile(join(out, "index.js"), await npmEntry());
await writeInlined();
for (const f of FILES.slice(1)) await copyFile(join(dist, f), join(out, f));
await mkdir(join(out, "locales"), { recursive: true });
for (const tag of locales) await copyFile(join(dist, "locales", `${tag}.json`), join(out, "locales", `${tag}.json`));
// style.css too as a file: `alphanode-widgets/style.css` then resolves in bundlers that
// ignore `exports` (Parcel 2 by default) as well.
await copyFile(join(dist, "alphanode.css"), join(out, "style.css"));
for (const f of ["index.d.ts", "react.d.ts", "react.js", "vue.d.ts", "vue.js", "server.js", "server.d.ts", "custom-elements.json", "README.md"]) await copyFile(join("npm", f), join(out, f));
// The package's own files: index.js is not the CDN's embed.js (its files are inlined),
// and embed.js is not in the package.
const { "embed.js": _cdnEntry, ...packaged } = integrity;
await writeFile(
  join(out, "integrity.json"),
  JSON.stringify({ "index.js": sri(await readFile(join(out, "index.js"))), ...packaged }, null, 2) + "\n",
);

const pkg = {
  name: "alphanode-widgets",
  version,
  description: "Embeddable widget that renders alphanode posts (WebAssembly): <alphanode-article>, mount(), mountAll()",
  license: cargo.match(/^license\s*=\s*"([^"]+)"/m)?.[1] ?? "UNLICENSED",
  type: "module",
  main: "./index.js",
  module: "./index.js",
  types: "./index.d.ts",
  exports: {
    ".": { types: "./index.d.ts", default: "./index.js" },
    "./react": { types: "./react.d.ts", default: "./react.js" },
    "./vue": { types: "./vue.d.ts", default: "./vue.js" },
    // Server rendering reads the wasm and the locales from the package's folder with
    // node:fs; runtimes without it (workerd, edge-light) are not supported yet.
    "./server": { types: "./server.d.ts", node: "./server.js" },
    "./style.css": "./style.css",
    "./alphanode.css": "./alphanode.css",
    "./alphanode-embed.js": "./alphanode-embed.js",
    "./alphanode-embed_bg.wasm": "./alphanode-embed_bg.wasm",
    "./custom-elements.json": "./custom-elements.json",
    "./integrity.json": "./integrity.json",
    "./locales/*": "./locales/*",
    "./package.json": "./package.json",
  },
  // index.js defines <alphanode-article>, adds the stylesheet and mounts the widgets
  // on the page when imported; CSS imports are side effects by nature. The glue
  // (alphanode-embed.js) only defines functions, so a bundler may drop it if unused.
  sideEffects: ["./index.js", "*.css"],
  customElements: "custom-elements.json",
  files: ["index.js", "inline", "style.css", "index.d.ts", "react.d.ts", "react.js", "vue.d.ts", "vue.js", "server.js", "server.d.ts", "alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css", "custom-elements.json", "integrity.json", "README.md", "locales"],
  keywords: ["alphanode", "web-component", "custom-element", "wasm", "leptos", "embed"],
};
await writeFile(join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n");

// ---- The npm entry: embed.js for bundlers ------------------------------------------
// A bundler folds index.js into the host's bundle and renames what it imports, and
// `new URL("x", import.meta.url)` is understood by some bundlers only (not esbuild,
// Rollup or Vite's dev server). What every bundler follows is a literal import() of a
// JS module: so the wasm (base64), the glue, the stylesheet's text and each locale
// are modules in inline/, imported only when needed, and split into their own chunks.
// index.js is embed/embed.js itself (readable: the host's bundler minifies it) with
// the hashes filled in, for the files it loads from an `assetsUrl`, and two lines
// swapped (see embed.js `INLINE`).
async function npmEntry() {
  let code = await readFile("embed/embed.js", "utf8");
  const swaps = {
    "const here = new URL(\".\", import.meta.url);": "const here = null; // inlined, or the host's assetsUrl",
    "const INLINE = null;": [
      "const INLINE = {",
      '  wasm: () => import("./inline/wasm.js"),',
      '  glue: () => import("./inline/glue.js"),',
      '  css: () => import("./inline/style.js"),',
      "  locale: (tag) => INLINE_LOCALES[tag](),",
      "};",
      "const INLINE_LOCALES = {",
      ...locales.map((tag) => `  ${JSON.stringify(tag)}: () => import("./inline/locales/${tag}.js"),`),
      "};",
    ].join("\n"),
  };
  for (const [line, by] of Object.entries(swaps)) {
    if (code.split(line).length !== 2) throw new Error(`embed/embed.js should hold \`${line}\` once`);
    code = code.replace(line, by);
  }
  const statements = code.split("\n").filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l));
  if (statements.some((l) => l.includes("import.meta"))) throw new Error("the npm entry must not use import.meta (bundlers rewrite it)");
  return pinned(code, "embed/embed.js");
}

async function writeInlined() {
  const dir = join(out, "inline");
  await mkdir(join(dir, "locales"), { recursive: true });
  const note = "// Generated by scripts/package.mjs: index.js imports this when it needs it.\n";
  // Deflated, then base64 (embed.js `loadInlined` inflates it with DecompressionStream).
  const wasm = deflateRawSync(await readFile(join(dist, "alphanode-embed_bg.wasm")), { level: 9 });
  await writeFile(join(dir, "wasm.js"), `${note}export default ${JSON.stringify(wasm.toString("base64"))};\n`);
  const css = await readFile(join(dist, "alphanode.css"), "utf8");
  await writeFile(join(dir, "style.js"), `${note}export default ${JSON.stringify(css)};\n`);
  for (const tag of locales) {
    const strings = await readFile(join(dist, "locales", `${tag}.json`), "utf8");
    await writeFile(join(dir, "locales", `${tag}.js`), `${note}export default ${strings.trim()};\n`);
  }
  // The glue finds the wasm beside itself when given none; index.js always gives it
  // the bytes, and that `new URL(…, import.meta.url)` would make webpack, Vite and
  // Parcel emit a copy of the wasm the page never loads.
  const glue = await readFile(join(dist, "alphanode-embed.js"), "utf8");
  const fallback = /new URL\((["'])alphanode-embed_bg\.wasm\1,\s*import\.meta\.url\)/g;
  if ((glue.match(fallback) ?? []).length !== 1) throw new Error("the glue should find its wasm by import.meta.url once");
  const stripped = glue.replace(fallback, "void 0");
  if (stripped.includes("import.meta")) throw new Error("inline/glue.js must not use import.meta");
  await writeFile(join(dir, "glue.js"), stripped);
}
console.log(`[package] ${dist}/integrity.json; ${out}/ (alphanode-widgets ${version})`);
