// ctx.escape(value) of the renderers option is String(value), HTML-escaped, for every
// kind of value a host may hand it (README, "Custom renderers"): numbers are written
// by JavaScript's rules (1e+21, 1.5e-7, -0 as 0), not by Rust's float formatting,
// which the wasm does not carry. Run against the npm package build.sh writes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";

const server = await import(resolve("target/npm/server.js"));

test("ctx.escape writes String(value) for numbers, booleans, bigints, objects; nothing for null and undefined", async () => {
  const values = [1e21, 0.1, -0, 5, 12345678901234567890, 1.5e-7, NaN, -Infinity, true, 10n, { toString: () => "<o & \"p\">" }];
  const post = JSON.stringify({ title: "T", body: [{ type: "paragraph", text: "x" }] });
  const html = await server.renderToString(post, {
    renderers: { paragraph: (_block, ctx) => `<p data-host>${[...values, null, undefined].map((v) => ctx.escape(v)).join("|")}</p>` },
  });
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  const expected = [...values.map((v) => escape(String(v))), "", ""].join("|");
  const written = html.match(/<p data-host>([^<]*)<\/p>/)?.[1];
  assert.equal(written, expected);
});
