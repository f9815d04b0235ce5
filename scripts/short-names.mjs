#!/usr/bin/env node
// Shortens the names a wasm-bindgen wasm and its JS glue know each other by, in place:
//   node scripts/short-names.mjs WASM JS   (the embed's, the app's, the preview's)
// wasm-bindgen names every import after the JS function and a hash
// (`__wbg_instanceof_HtmlInputElement_28751c98d77a5a65`) and every closure shim after
// its Rust types (`wasm_bindgen_<hash>___convert__closures_____invoke___web_sys_…`).
// Each name is written twice, in the wasm's import or export section and in the glue,
// and their hex hashes do not compress: in the embed, 2.5 KB of the wasm's brotli and
// 1.8 KB of the minified glue's. The names mean nothing to a host (the glue's own
// exports, `mount`, `renderToString`, …, are kept), so each becomes a short one in both files. Also drops
// the custom sections no browser reads (`producers`, `target_features`).
//
// Fails (exit 1) rather than write a pair that would not link: every renamed name must
// appear in the glue as a whole word, and no old name may be left in it.
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error("usage: short-names.mjs WASM JS");
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, "utf8");
// The glue's import object (wasm-bindgen's `--target web`: "./NAME_bg.js").
const MODULE = /^\.\/[\w-]+_bg\.js$/;
const DROPPED = new Set(["producers", "target_features"]);

function fail(message) {
  console.error(`short-names: ${message}`);
  process.exit(1);
}

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail("truncated wasm");
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
}

const utf8 = (bytes) => Buffer.from(bytes).toString("utf8");
const named = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};
// A whole word of JS: not part of a longer identifier.
const word = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
const inGlue = (name) => word(name).test(js);

const renames = new Map();
const taken = new Set();
let next = 0;
function shortName(old) {
  let name;
  do name = `_${(next++).toString(36)}`;
  while (taken.has(name) || inGlue(name));
  renames.set(old, name);
  return name;
}

/** An import's description after its names: [bytes, next offset]. */
function importDesc(body, at) {
  const start = at;
  const kind = body[at++];
  if (kind === 0) [, at] = leb(body, at); // function: type index
  else if (kind === 1) {
    at++; // table: element type, then limits
    const flags = body[at++];
    [, at] = leb(body, at);
    if (flags & 1) [, at] = leb(body, at);
  } else if (kind === 2) {
    const flags = body[at++]; // memory: limits
    [, at] = leb(body, at);
    if (flags & 1) [, at] = leb(body, at);
  } else if (kind === 3) at += 2; // global: value type, mutability
  else if (kind === 4) {
    at++; // tag: attribute, type index
    [, at] = leb(body, at);
  } else fail(`unknown import kind ${kind}`);
  return [body.subarray(start, at), at];
}

/** A length-prefixed UTF-8 name at `at`, and where it ends. */
function readName(body, at) {
  let len;
  [len, at] = leb(body, at);
  return [utf8(body.subarray(at, at + len)), at + len];
}

function rewriteImports(body) {
  let [count, at] = leb(body, 0);
  const parts = [encodeLeb(count)];
  while (count--) {
    let module, field, desc;
    [module, at] = readName(body, at);
    [field, at] = readName(body, at);
    [desc, at] = importDesc(body, at);
    if (MODULE.test(module) && /^__wbg_|^__wbindgen_/.test(field)) {
      if (!inGlue(field)) fail(`import ${field} is not in the glue`);
      field = shortName(field);
    }
    parts.push(named(module), named(field), desc);
  }
  return Buffer.concat(parts);
}

function rewriteExports(body) {
  let [count, at] = leb(body, 0);
  const parts = [encodeLeb(count)];
  while (count--) {
    let field;
    [field, at] = readName(body, at);
    const kind = body[at++];
    const start = at - 1;
    [, at] = leb(body, at);
    // wasm-bindgen's closure shims; every other export keeps its name.
    if (/^wasm_bindgen_[0-9a-f]+___/.test(field)) {
      if (!inGlue(field)) fail(`export ${field} is not in the glue`);
      field = shortName(field);
    }
    parts.push(named(field), body.subarray(start, at));
    void kind;
  }
  return Buffer.concat(parts);
}

/** The module's sections after its 8-byte header: each one's id and body. */
function* sections(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    yield { id, body: bytes.subarray(at, at + size) };
    at += size;
  }
}

// Every name already used, so no short name meets one.
function collectNames(bytes) {
  for (const { id, body } of sections(bytes)) {
    if (id === 2 || id === 7) {
      let [count, p] = leb(body, 0);
      while (count--) {
        let len;
        if (id === 2) {
          [len, p] = leb(body, p);
          p += len;
        }
        [len, p] = leb(body, p);
        taken.add(utf8(body.subarray(p, p + len)));
        p += len;
        if (id === 2) [, p] = importDesc(body, p);
        else {
          p++;
          [, p] = leb(body, p);
        }
      }
    }
  }
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not wasm`);
collectNames(wasm);
const out = [wasm.subarray(0, 8)];
for (let { id, body } of sections(wasm)) {
  if (id === 0) {
    const [len, p] = leb(body, 0);
    if (DROPPED.has(utf8(body.subarray(p, p + len)))) continue;
  }
  if (id === 2) body = rewriteImports(body);
  if (id === 7) body = rewriteExports(body);
  out.push(Buffer.from([id]), encodeLeb(body.length), body);
}

// Longest first, though whole-word matching already keeps names apart.
for (const [old, name] of [...renames].sort((a, b) => b[0].length - a[0].length)) {
  js = js.replace(word(old), name);
}
for (const old of renames.keys()) if (inGlue(old)) fail(`${old} is still in the glue`);

const written = Buffer.concat(out);
writeFileSync(wasmPath, written);
writeFileSync(jsPath, js);
console.log(`short-names: ${jsPath}: ${renames.size} names shortened, wasm ${wasm.length} -> ${written.length} B`);
