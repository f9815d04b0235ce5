// The npm package (target/npm, written by scripts/build.sh) as a host uses it: packed
// with `npm pack`, unpacked into scratch projects under target/, type-checked with
// TypeScript, imported in plain Node, and bundled into React 19 and Vue 3 pages.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rm, symlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import * as esbuild from "esbuild";
import { newPage, openPage, useBrowser } from "../support/harness.mjs";

const run = promisify(execFile);
const ROOT = resolve(".");
const SCRATCH = resolve("target/npm-scratch");
const HOSTS = resolve("target/npm-hosts");
const PKG = join(SCRATCH, "node_modules/alphanode-widgets");
let packed; // npm pack --json output

before(async () => {
  await rm(SCRATCH, { recursive: true, force: true });
  await rm(HOSTS, { recursive: true, force: true });
  await mkdir(join(SCRATCH, "node_modules"), { recursive: true });
  [packed] = JSON.parse((await run("npm", ["pack", "./target/npm", "--json", "--pack-destination", SCRATCH])).stdout);
  // Installed as npm would, without the network: the tarball unpacked into node_modules.
  await mkdir(PKG);
  await run("tar", ["-xzf", join(SCRATCH, packed.filename), "-C", PKG, "--strip-components=1"]);
  // The host frameworks (and their types) from the repo's pinned devDependencies.
  for (const dep of ["react", "react-dom", "vue", "@types", "@vue", "scheduler", "csstype"]) {
    await symlink(join(ROOT, "node_modules", dep), join(SCRATCH, "node_modules", dep)).catch(() => {});
  }
  for (const f of await readdir("tests/e2e/hosts")) await copyFile(join("tests/e2e/hosts", f), join(SCRATCH, f));
  // The two host pages: the bundle alone, nothing copied beside it (the wasm, glue,
  // stylesheet and locales are modules inside it; tests/e2e/bundlers.test.mjs tries
  // the other bundlers).
  for (const [name, entry] of [["react", "react.jsx"], ["vue", "vue.mjs"]]) {
    const dir = join(HOSTS, name);
    await mkdir(dir, { recursive: true });
    await esbuild.build({
      entryPoints: [join(SCRATCH, entry)],
      bundle: true,
      format: "esm",
      jsx: "automatic",
      outfile: join(dir, "app.js"),
      logLevel: "warning",
      define: {
        "process.env.NODE_ENV": '"production"',
        __VUE_OPTIONS_API__: "true",
        __VUE_PROD_DEVTOOLS__: "false",
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
      },
    });
    await copyFile("tests/e2e/hosts/page.html", join(dir, "index.html"));
  }
});

const ctx = useBrowser({ dirs: ["dist", "tests/e2e/pages", HOSTS] });

test("npm pack makes a tarball with the entry, glue, wasm, stylesheet, types and manifest", async () => {
  const files = packed.files.map((f) => f.path).sort();
  const inline = ["inline/glue.js", "inline/style.js", "inline/wasm.js"];
  for (const f of ["index.js", "index.d.ts", "react.d.ts", "vue.d.ts", "alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css", "style.css", "custom-elements.json", "integrity.json", "package.json", "README.md", ...inline]) {
    assert.ok(files.includes(f), `${f} in ${files}`);
  }
  // The strings of every shipped language but English, which index.js fetches.
  const tags = ["ar", "de", "es", "fr", "he", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "zh"];
  assert.deepEqual(files.filter((f) => f.startsWith("locales/")), tags.map((t) => `locales/${t}.json`));
  // …and as modules, for bundlers (index.js imports them by literal import()s).
  assert.deepEqual(files.filter((f) => f.startsWith("inline/locales/")), tags.map((t) => `inline/locales/${t}.js`));
  const entry = await readFile(join(PKG, "index.js"), "utf8");
  for (const f of [...inline, ...tags.map((t) => `inline/locales/${t}.js`)]) assert.ok(entry.includes(`import("./${f}")`), `index.js imports ./${f}`);
  assert.ok(!/^[^/*]*import\.meta/m.test(entry), "index.js does not use import.meta");
  console.log(`# ${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${files.length} files`);
  const pkg = JSON.parse(await readFile(join(PKG, "package.json"), "utf8"));
  const cargo = await readFile("Cargo.toml", "utf8");
  assert.equal(pkg.name, "alphanode-widgets");
  assert.equal(pkg.version, cargo.match(/^version = "(.+)"/m)[1]);
  assert.equal(pkg.type, "module");
  assert.deepEqual(Object.keys(pkg.exports["."]), ["types", "default"], "types first");
  assert.equal(pkg.exports["./style.css"], "./style.css");
  assert.equal(await readFile(join(PKG, "style.css"), "utf8"), await readFile(join(PKG, "alphanode.css"), "utf8"));
  assert.deepEqual(pkg.sideEffects, ["./index.js", "*.css"]);
  assert.equal(pkg.customElements, "custom-elements.json");
  const manifest = JSON.parse(await readFile(join(PKG, pkg.customElements), "utf8"));
  assert.equal(manifest.schemaVersion, "1.0.0");
  const element = manifest.modules[0].declarations.find((d) => d.tagName === "alphanode-article");
  assert.deepEqual(element.attributes.map((a) => a.name), ["src", "theme", "layout", "link", "timeout", "heading", "loading", "storage", "lang"]);
  assert.deepEqual(element.events.map((e) => e.name), ["alphanode:ready", "alphanode:error", "alphanode:checklist-change", "alphanode:navigate"]);
});

test("integrity.json holds the sha384 of every file, and embed.js fetches the wasm with its hash", async () => {
  const sri = async (path) => `sha384-${createHash("sha384").update(await readFile(path)).digest("base64")}`;
  for (const [dir, entry] of [["dist", "embed.js"], [PKG, "index.js"]]) {
    const integrity = JSON.parse(await readFile(join(dir, "integrity.json"), "utf8"));
    for (const f of [entry, "alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css"]) {
      assert.equal(integrity[f], await sri(join(dir, f)), `${dir}/${f}`);
    }
    const code = await readFile(join(dir, entry), "utf8");
    assert.ok(code.includes(integrity["alphanode-embed_bg.wasm"]), `${entry} carries the wasm's hash`);
    assert.ok(!code.includes("__ALPHANODE_WASM_INTEGRITY__"));
  }
});

test("importing the package in plain Node does not throw and touches no DOM", async () => {
  const script = `
    process.on("unhandledRejection", (e) => { console.error("unhandled", e); process.exit(3); });
    globalThis.fetch = () => { throw new Error("fetch called in Node"); };
    const m = await import("alphanode-widgets");
    const again = await import("alphanode-widgets/package.json", { with: { type: "json" } });
    console.log(JSON.stringify({ keys: Object.keys(m).sort(), mount: typeof m.mount, ready: m.ready instanceof Promise, v: again.default.version }));`;
  const { stdout, stderr } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: SCRATCH });
  assert.deepEqual(JSON.parse(stdout), { keys: ["mount", "mountAll", "ready"], mount: "function", ready: true, v: packed.version });
  assert.equal(stderr, "");
});

const tsc = (project) =>
  run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "--strict", "--noEmit", "-p", project], { cwd: SCRATCH }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

test("TypeScript: a strict project using the API, the events, React and Vue typings passes tsc", async () => {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(join(SCRATCH, "tsconfig.good.json"), JSON.stringify({ extends: "./tsconfig.json", files: ["good.tsx"] }));
  const { code, out } = await tsc("tsconfig.good.json");
  assert.equal(code, 0, out);
});

test('TypeScript: theme "purple" and a misused event detail fail tsc', async () => {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(join(SCRATCH, "tsconfig.bad.json"), JSON.stringify({ extends: "./tsconfig.json", files: ["bad.ts"] }));
  const { code, out } = await tsc("tsconfig.bad.json");
  assert.notEqual(code, 0);
  assert.match(out, /bad\.ts\(4,\d+\): error TS2322: Type '"purple"' is not assignable to type 'AlphanodeTheme/);
  assert.match(out, /bad\.ts\(6,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  assert.equal(out.match(/error TS/g).length, 2, out);
});

/** Per widget element: its posts' title, state, and how many articles it holds. */
const snapshot = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("alphanode-article")].map((el) => ({
      id: el.id,
      state: el.getAttribute("data-state"),
      articles: el.querySelectorAll(".anp-article").length,
      title: el.querySelector(".anp-article__title")?.textContent ?? null,
      theme: el.querySelector(".anp-article")?.getAttribute("data-theme") ?? null,
    })),
  );

let posts = null;
async function samplePosts() {
  posts ??= JSON.parse(await readFile("dist/posts/index.json", "utf8")).posts.slice(0, 4);
  return posts;
}

for (const framework of ["react", "vue"]) {
  test(`${framework}: widgets survive parent re-renders, a reordered list and a conditional unmount`, async () => {
    const list = await samplePosts();
    const slugs = list.map((p) => p.slug);
    const titles = Object.fromEntries(list.map((p) => [`w-${p.slug}`, p.title]));
    const page = await newPage(ctx);
    /** In the page: `n` widgets, each ready with one article. */
    const readyWidgets = (n) => {
      const els = [...document.querySelectorAll("alphanode-article")];
      return els.length === n && els.every((el) => el.dataset.state === "ready" && el.querySelectorAll(".anp-article").length === 1);
    };
    const allReady = (n) => page.waitForFunction(readyWidgets, n, { timeout: 20000 });
    // The framework renders the widgets after the page has loaded: wait for all four.
    await openPage(page, `/${framework}/?posts=${slugs.join(",")}`, { ready: { until: readyWidgets, arg: 4 } });
    const check = async (expectTheme) => {
      for (const w of await snapshot(page)) {
        assert.equal(w.articles, 1, `${w.id}: ${w.articles} articles`);
        assert.equal(w.state, "ready", w.id);
        assert.equal(w.title, titles[w.id], `${w.id} shows its own post`);
        assert.equal(w.theme, expectTheme, w.id);
      }
    };
    const readies = () => page.evaluate(() => window.seen.filter((e) => e.type === "alphanode:ready").map((e) => e.id));
    await check("light");
    assert.deepEqual((await readies()).sort(), Object.keys(titles).sort(), "one ready event per widget");

    // A state change in the parent that does not touch the widgets: nothing reloads.
    await page.evaluate(() => window.host.bump());
    await page.waitForFunction(() => document.getElementById("clicks").textContent === "1");
    // A prop the widgets do get: the theme changes in place, without a new load.
    await page.evaluate(() => window.host.theme("dark"));
    await page.waitForFunction(() => [...document.querySelectorAll(".anp-article")].every((a) => a.dataset.theme === "dark"));
    await check("dark");
    assert.equal((await readies()).length, 4, "no widget reloaded on a parent re-render");

    // A tick reaches the host through the framework's listener (the reference post, first in the index, has a checklist).
    await page.click(`#w-${slugs[0]} .anp-checklist__checkbox >> nth=0`);
    await page.waitForFunction(() => window.seen.some((e) => e.type === "alphanode:checklist-change"));
    const change = await page.evaluate(() => window.seen.find((e) => e.type === "alphanode:checklist-change"));
    assert.equal(change.id, `w-${slugs[0]}`);
    assert.equal(change.detail.done, 1);

    // The list reversed: the elements move (keys), each still shows its own post once.
    const before = await page.evaluate(() => [...document.querySelectorAll("#list alphanode-article")].map((e) => e.id));
    await page.evaluate(() => window.host.reverse());
    await page.waitForFunction(
      (before) => JSON.stringify([...document.querySelectorAll("#list alphanode-article")].map((e) => e.id)) === JSON.stringify([...before].reverse()),
      before,
    );
    await allReady(4);
    await check("dark");

    // The conditional widget unmounted: gone from the page, and emptied.
    const last = `w-${slugs.at(-1)}`;
    await page.evaluate((id) => (window.kept = document.getElementById(id)), last);
    await page.evaluate(() => window.host.hide());
    await page.waitForFunction((id) => !document.getElementById(id), last);
    const kept = await page.evaluate(() => ({
      connected: window.kept.isConnected,
      children: window.kept.childNodes.length,
      mounted: window.kept.hasAttribute("data-alphanode-mounted"),
      state: window.kept.getAttribute("data-state"),
    }));
    assert.deepEqual(kept, { connected: false, children: 0, mounted: false, state: null }, "the unmounted widget left nothing behind");
    await allReady(3);
    await check("dark");
    // And back: a fresh widget, once.
    await page.evaluate(() => window.host.show());
    await allReady(4);
    await check("dark");
    assert.equal(await page.locator(".anp-article").count(), 4);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

