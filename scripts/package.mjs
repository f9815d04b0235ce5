// Finishes the embed's files in DIST (scripts/build.sh runs it after minifying) and
// writes the npm package:
//   1. the sha384 of the wasm, the glue and the stylesheet go into embed.js, which
//      loads each with that `integrity`;
//   2. DIST/integrity.json: the SRI hash of every file a host links or the widget loads;
//   3. target/npm/: the package `alphanode-widgets` (version from Cargo.toml) — the
//      same four files, with index.js = embed.js, plus the types, the custom-elements
//      manifest, a README and integrity.json. `npm pack target/npm` makes the tarball.
//
//   node scripts/package.mjs [DIST]
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

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
const locales = (await readdir(join(dist, "locales")).catch(() => []))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort();
const localeList = [];
for (const tag of locales) localeList.push(`${tag}=${sri(await readFile(join(dist, "locales", `${tag}.json`)))}`);
let embed = await readFile(join(dist, "embed.js"), "utf8");
embed = embed.split("__ALPHANODE_LOCALES__").join(localeList.join(" "));
for (const [placeholder, file] of Object.entries(PINNED)) {
  const hash = sri(await readFile(join(dist, file)));
  const count = embed.split(placeholder).length - 1;
  if (count === 1) embed = embed.replace(placeholder, hash);
  else if (count !== 0 || !embed.includes(hash)) {
    // (No placeholder is fine only when this script already filled in this file's hash.)
    throw new Error(`${dist}/embed.js should hold the ${file} integrity placeholder once, found ${count}`);
  }
}
await writeFile(join(dist, "embed.js"), embed);

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
await copyFile(join(dist, "embed.js"), join(out, "index.js"));
for (const f of FILES.slice(1)) await copyFile(join(dist, f), join(out, f));
await mkdir(join(out, "locales"), { recursive: true });
for (const tag of locales) await copyFile(join(dist, "locales", `${tag}.json`), join(out, "locales", `${tag}.json`));
for (const f of ["index.d.ts", "react.d.ts", "react.js", "vue.d.ts", "vue.js", "server.js", "server.d.ts", "custom-elements.json", "README.md"]) await copyFile(join("npm", f), join(out, f));
await writeFile(
  join(out, "integrity.json"),
  JSON.stringify({ "index.js": integrity["embed.js"], ...integrity }, null, 2) + "\n",
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
    "./style.css": "./alphanode.css",
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
  files: ["index.js", "index.d.ts", "react.d.ts", "react.js", "vue.d.ts", "vue.js", "server.js", "server.d.ts", "alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css", "custom-elements.json", "integrity.json", "README.md", "locales"],
  keywords: ["alphanode", "web-component", "custom-element", "wasm", "leptos", "embed"],
};
await writeFile(join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
console.log(`[package] ${dist}/integrity.json; ${out}/ (alphanode-widgets ${version})`);
