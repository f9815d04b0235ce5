// alphanode-widgets/server from the packed package, as a Node host uses it:
// renderToString writes what anp-render writes (byte for byte, every sample and
// adversarial post, several languages, layouts and options), rejects bad posts with
// the browser's error detail, survives concurrent first calls, and the browser
// widget takes its HTML over in place.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { newPage, openPage, useBrowser, frames, figuresSettled } from "../support/harness.mjs";

const run = promisify(execFile);
const RENDER = resolve("target/debug/anp-render");
const SCRATCH = resolve("target/server-scratch");
const PKG = join(SCRATCH, "node_modules/alphanode-widgets");
const PAGES = resolve("target/server-pages");
let server; // the module, imported from the unpacked tarball

// Option sets in the embed's names, with the anp-render flags that say the same.
const PROFILE = "tests/e2e/pages/fixtures/meta-profile.json";
const VARIANTS = [
  [{}, ["--heading", "2"]],
  // A meta profile (issue 30): the object, as a host gives it, and the file.
  [{ lang: "de", metaProfile: JSON.parse(readFileSync(PROFILE, "utf8")) }, ["--heading", "2", "--lang", "de", "--meta-profile", PROFILE]],
  [{ lang: "de", layout: "grid" }, ["--heading", "2", "--lang", "de", "--layout", "grid"]],
  [{ lang: "ar", layout: "table", theme: "dark", heading: 1 }, ["--lang", "ar", "--layout", "table", "--theme", "dark", "--heading", "1"]],
  [
    { lang: "ja-JP", layout: "compact", theme: "contrast", heading: 3, link: "/blog/{slug}", baseUrl: "https://example.com/posts/a.json" },
    ["--lang", "ja-JP", "--layout", "compact", "--theme", "contrast", "--heading", "3", "--link", "/blog/{slug}", "--base-url", "https://example.com/posts/a.json"],
  ],
  [
    { lang: "ru", strings: { similar_title: "Читать дальше", meta_title: "Об этом посте" } },
    ["--heading", "2", "--lang", "ru", "--strings", JSON.stringify({ similar_title: "Читать дальше", meta_title: "Об этом посте" })],
  ],
];

before(async () => {
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(PKG, { recursive: true });
  const [packed] = JSON.parse((await run("npm", ["pack", "./target/npm", "--json", "--pack-destination", SCRATCH])).stdout);
  await run("tar", ["-xzf", join(SCRATCH, packed.filename), "-C", PKG, "--strip-components=1"]);
  await writeFile(join(SCRATCH, "package.json"), JSON.stringify({ name: "host", private: true, type: "module" }));
  server = await import(join(PKG, "server.js"));
});

async function corpus() {
  const files = [];
  for (const dir of ["public/posts", "tests/adversarial/docs"]) {
    for (const f of (await readdir(dir)).sort()) if (f.endsWith(".json") && f !== "index.json") files.push(join(dir, f));
  }
  return files;
}

/** anp-render's answer for a file: its fragment, or the diagnostics of a failure. */
async function native(file, flags) {
  try {
    const { stdout } = await run(RENDER, [file, ...flags], { encoding: "utf8", maxBuffer: 64 << 20 });
    return { html: stdout.replace(/\n$/, "") };
  } catch (e) {
    if (e.code !== 1) throw e;
    return { failed: e.stderr };
  }
}

test("renderToString writes what anp-render writes for every sample and adversarial post, in six option sets", async () => {
  const files = await corpus();
  assert.ok(files.length > 90, `a corpus (${files.length} files)`);
  let compared = 0;
  let failures = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    for (const [options, flags] of VARIANTS) {
      const expected = await native(file, flags);
      const label = `${file} ${JSON.stringify(options)}`;
      if (expected.html !== undefined) {
        assert.equal(await server.renderToString(bytes, options), expected.html, label);
        // The text and the bytes are the same post.
        if (options.lang === "de") assert.equal(await server.renderToString(bytes.toString("utf8"), options), expected.html, label);
      } else {
        failures++;
        const error = await server.renderToString(bytes, options).then(
          () => assert.fail(`${label}: anp-render refused it, renderToString rendered it`),
          (e) => e,
        );
        assert.equal(error.name, "AlphanodeError", label);
        assert.ok(error.detail.diagnostics.length > 0, label);
        for (const d of error.detail.diagnostics) assert.ok(expected.failed.includes(d), `${label}: anp-render says ${d}`);
      }
      compared++;
    }
  }
  assert.ok(failures > 0, "the adversarial corpus has posts that cannot be shown");
  assert.equal(compared, files.length * VARIANTS.length);
});

test("a parsed object renders as its text does (for keys and numbers JSON.parse keeps)", async () => {
  const text = await readFile("public/posts/keeping-staging-close-to-production-python-services.json", "utf8");
  assert.equal(await server.renderToString(JSON.parse(text), { layout: "grid" }), await server.renderToString(text, { layout: "grid" }));
});

test("a post that cannot be shown rejects with AlphanodeError and its JSON paths; bad options with a TypeError", async () => {
  const error = await server.renderToString('{"title": 5, "body": {}}').catch((e) => e);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "AlphanodeError");
  assert.equal(error.message, error.detail.message);
  assert.ok(error.detail.diagnostics.some((d) => d.startsWith("title:")), error.detail.diagnostics.join("; "));
  assert.ok(error.detail.diagnostics.some((d) => d.startsWith("body:")), error.detail.diagnostics.join("; "));
  const notJson = await server.renderToString("{ nope").catch((e) => e);
  assert.equal(notJson.name, "AlphanodeError");
  assert.match(notJson.detail.diagnostics.join("\n"), /line 1/);
  for (const [options, pattern] of [
    [{ theme: "purple" }, /options\.theme/],
    [{ layout: "cards" }, /options\.layout/],
    [{ heading: 7 }, /options\.heading/],
    [{ heading: "2" }, /options\.heading/],
    [{ strings: [1, 2] }, /options\.strings/],
    [{ lang: 5 }, /options\.lang/],
  ]) {
    await assert.rejects(server.renderToString('{"title":"T","body":[]}', options), (e) => e instanceof TypeError && pattern.test(e.message));
  }
  await assert.rejects(server.renderToString(undefined), TypeError);
  await assert.rejects(server.renderToString(42), TypeError);
});

test("a fresh process: concurrent first calls and a second import (as hot reload makes) all render once-initialised", async () => {
  const script = `
    const [a, b] = await Promise.all([import(${JSON.stringify(join(PKG, "server.js"))}), import(${JSON.stringify(join(PKG, "server.js") + "?reloaded")})]);
    const post = JSON.stringify({ title: "Hi", body: [{ type: "paragraph", text: "x" }] });
    const all = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).renderToString(post, { lang: i % 3 ? "de" : "en" })));
    const bad = await Promise.allSettled(Array.from({ length: 20 }, () => a.renderToString("[]")));
    console.log(JSON.stringify({ distinct: [...new Set(all)].length, rejected: bad.filter((r) => r.status === "rejected" && r.reason.name === "AlphanodeError").length, after: (await b.renderToString(post)).length }));
  `;
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: SCRATCH, encoding: "utf8" }));
  assert.deepEqual(out.distinct, 2, "two languages, two answers");
  assert.equal(out.rejected, 20);
  assert.ok(out.after > 0, "renders after failures");
});

test("the package's ./server export resolves in Node and names its types", async () => {
  const pkg = JSON.parse(await readFile(join(PKG, "package.json"), "utf8"));
  assert.deepEqual(Object.keys(pkg.exports["./server"]), ["types", "node"]);
  const resolved = execFileSync(process.execPath, ["--input-type=module", "-e", 'console.log(import.meta.resolve("alphanode-widgets/server"))'], { cwd: SCRATCH, encoding: "utf8" }).trim();
  assert.ok(resolved.endsWith("/node_modules/alphanode-widgets/server.js"), resolved);
});

const tsc = async (name, source) => {
  await writeFile(join(SCRATCH, `${name}.ts`), source);
  const config = { compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", types: [], lib: ["es2022", "dom"] }, files: [`${name}.ts`] };
  await writeFile(join(SCRATCH, `tsconfig.${name}.json`), JSON.stringify(config));
  return run(process.execPath, [resolve("node_modules/typescript/bin/tsc"), "-p", `tsconfig.${name}.json`], { cwd: SCRATCH }).then(
    () => ({ code: 0, out: "" }),
    (e) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
};

test("TypeScript: the server's options and errors are typed (a Node project passes tsc; a wrong theme fails it)", async () => {
  const good = await tsc(
    "server-good",
    `import { renderToString, type RenderOptions, type AlphanodeError } from "alphanode-widgets/server";
const options: RenderOptions = { layout: "grid", theme: "dark", lang: "de", heading: 2, link: "/blog/{slug}", baseUrl: "https://example.com/", strings: { similar_title: "Next" } };
export const page: Promise<string> = renderToString('{"title":"T","body":[]}', options).catch((e: AlphanodeError) => e.detail.diagnostics.join(", "));
`,
  );
  assert.equal(good.code, 0, good.out);
  const bad = await tsc("server-bad", `import { renderToString } from "alphanode-widgets/server";
renderToString("{}", { theme: "purple" });
`);
  assert.notEqual(bad.code, 0);
  assert.match(bad.out, /purple/);
});

const ctx = useBrowser({ dirs: ["dist", "tests/e2e/pages", PAGES] });

test("the widget takes renderToString's HTML over in place: no layout shift, no request for the post, ticks work", async () => {
  const text = await readFile("tests/e2e/pages/fixtures/local-post.json", "utf8");
  const html = await server.renderToString(text, { lang: "de", layout: "grid" });
  await mkdir(PAGES, { recursive: true });
  // The post travels inline, as a server that has it would send it: the widget
  // needs no request of its own.
  await writeFile(
    join(PAGES, "server-rendered.html"),
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>host</title>
<link rel="stylesheet" href="/alphanode.css"><script type="module" src="/embed.js"></script></head>
<body><h1>Host</h1><script type="application/json" id="post">${text.replace(/</g, "\\u003c")}</script>
<div id="w" data-alphanode-post="#post" data-alphanode-layout="grid">${html}</div></body></html>`,
  );
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await openPage(page, "/server-rendered.html", { ready: { selector: "#w[data-state=ready]" } });
  await figuresSettled(page, "#w");
  await frames(page);
  assert.equal(await page.locator("#w .anp-article").count(), 1, "one article");
  assert.equal(await page.textContent("#w .anp-checklist__progress"), "1 von 3 erledigt", "the post ticks its third item");
  await page.click("#w .anp-checklist__checkbox >> nth=0");
  assert.equal(await page.textContent("#w .anp-checklist__progress"), "2 von 3 erledigt");
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], "layout shifts");
  assert.deepEqual(requests.filter((p) => p.endsWith(".json") && !p.startsWith("/locales/")), [], "no request for the post");
  assert.deepEqual(page.problems, []);
  await page.close();
});
