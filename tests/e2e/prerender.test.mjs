// Pre-rendered HTML (anp-render): same structure as the client render, readable
// without JavaScript, taken over by the embed without layout shift, and a static
// export of the app that the SPA starts from.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { launch } from "../support/browser.mjs";
import { startServer } from "../support/server.mjs";
import { figuresSettled, frames, newPage, openPage, referencePost, settled, squash, visibleValues, REFERENCE_SLUG } from "../support/harness.mjs";

const RENDER = "target/debug/anp-render";
const ctx = {};
let site;
let exported;

/** anp-render's fragment for a post file published at `url`, as the embed shows it (title h2). */
function fragment(file, url) {
  return execFileSync(RENDER, [file, "--heading", "2", "--link", "/posts/{slug}", "--base-url", url], { encoding: "utf8" });
}

/** A host page with one widget, pre-rendered or empty. */
function hostPage(src, inner, { timeout, heading = true } = {}) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="stylesheet" href="/alphanode.css">
<script type="module" src="/embed.js"></script></head>
<body>${heading ? "<h1>Host page</h1>" : ""}<div id="w" data-alphanode-post="${src}" data-alphanode-link="/posts/{slug}"${timeout ? ` data-alphanode-timeout="${timeout}"` : ""}>${inner}</div></body></html>`;
}

const pages = new Map();
before(async () => {
  const faults = {};
  for (const name of ["reference", "generated-1", "generated-2", "local", "slow", "fcp-pre", "fcp-live", "big", "similar"]) {
    for (const kind of ["pre", "live"]) {
      const path = `/${kind}/${name}.html`;
      faults[path] = (req, res) => res.writeHead(200, { "content-type": "text/html" }).end(pages.get(path) ?? "");
    }
  }
  // The take-over test holds this one back (page.route) until it has looked at the page.
  faults["/slow/local-post.json"] = async (req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(await readFile("tests/e2e/pages/fixtures/local-post.json"));
  faults["/slow/photo.svg"] = async (req, res) =>
    res.writeHead(200, { "content-type": "image/svg+xml" }).end(await readFile("tests/e2e/pages/fixtures/photo.svg"));
  site = await startServer({ dirs: ["dist", "tests/e2e/pages"], faults });
  exported = await startServer({ dirs: ["target/static"] });
  ctx.browser = await launch();

  const index = JSON.parse(await readFile("dist/posts/index.json", "utf8"));
  const posts = [
    ["reference", `/posts/${REFERENCE_SLUG}.json`, `dist/posts/${REFERENCE_SLUG}.json`],
    ["generated-1", `/posts/${index.posts[1].slug}.json`, `dist/posts/${index.posts[1].slug}.json`],
    ["generated-2", `/posts/${index.posts[2].slug}.json`, `dist/posts/${index.posts[2].slug}.json`],
    ["local", "/fixtures/local-post.json", "tests/e2e/pages/fixtures/local-post.json"],
  ];
    for (const [name, src, file] of posts) {
    pages.set(`/pre/${name}.html`, hostPage(src, fragment(file, `${site.url}${src}`)));
    pages.set(`/live/${name}.html`, hostPage(src, ""));
  }
  // A post with more than fits behind the first page: a 70-item list, a group nested
  // past the collapse depth and 120 more entries.
  const meta = { "long list": Array.from({ length: 70 }, (_, i) => `item ${i}`), deep: { a: { b: { c: { d: { e: "bottom value" } } } } } };
  for (let i = 0; i < 120; i++) meta[`key ${String(i).padStart(3, "0")}`] = `value ${i}`;
  mkdirSync("target/e2e", { recursive: true });
  writeFileSync("target/e2e/big-meta.json", JSON.stringify({ title: "Big meta", slug: "big-meta", body: [], meta }));
  faults["/big/big-meta.json"] = async (req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(await readFile("target/e2e/big-meta.json"));
  pages.set("/pre/big.html", hostPage("/big/big-meta.json", fragment("target/e2e/big-meta.json", `${site.url}/big/big-meta.json`)));
  // A post with ten similar posts: six shown, four behind "Show 4 more".
  const similar = Array.from({ length: 10 }, (_, i) => ({ title: `Similar ${i + 1}`, slug: `similar-${i + 1}` }));
  writeFileSync("target/e2e/similar-post.json", JSON.stringify({ title: "Many similar", slug: "many-similar", body: [], similar }));
  faults["/similar/similar-post.json"] = async (req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(await readFile("target/e2e/similar-post.json"));
  pages.set("/pre/similar.html", hostPage("/similar/similar-post.json", fragment("target/e2e/similar-post.json", `${site.url}/similar/similar-post.json`)));
  pages.set("/live/similar.html", hostPage("/similar/similar-post.json", ""));
  // The take-over test holds the live widget's post back, so the pre-rendered copy is what paints first.
  const slow = "/slow/local-post.json";
  pages.set("/pre/slow.html", hostPage(slow, fragment("tests/e2e/pages/fixtures/local-post.json", `${site.url}${slow}`)));
  // For first paint: nothing on the page but the widget.
  const ref = `/posts/${REFERENCE_SLUG}.json`;
  pages.set("/pre/fcp-pre.html", hostPage(ref, fragment(`dist${ref}`, `${site.url}${ref}`), { heading: false }));
  pages.set("/live/fcp-live.html", hostPage(ref, "", { heading: false }));
});
after(async () => {
  await ctx.browser?.close();
  await site?.close();
  await exported?.close();
});

/** The article as a comparable tree: tags, classes, key attributes and text. */
async function tree(page) {
  return page.$eval("#w .anp-article", (root) => {
    const keep = ["class", "href", "src", "alt", "type", "rel", "value", "min", "max", "data-layout", "data-theme", "data-kind", "data-language", "aria-live", "aria-label", "role", "scope"];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const t = node.textContent.replace(/\s+/g, " ").trim();
        return t ? t : null;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return null;
      // The static copy's <noscript> fallbacks (what the browser keeps behind buttons)
      // are the one intended difference.
      if (node.tagName === "NOSCRIPT") return null;
      const attrs = keep.filter((a) => node.hasAttribute(a)).map((a) => `${a}=${node.getAttribute(a)}`);
      const children = [...node.childNodes].map(walk).filter((c) => c !== null);
      return { tag: node.tagName.toLowerCase(), attrs, children };
    };
    return walk(root);
  });
}

test("pre-rendered HTML and the client render have the same structure and text", async () => {
  for (const name of ["reference", "generated-1", "generated-2", "local"]) {
    const still = await newPage(ctx, { javaScriptEnabled: false });
    await still.goto(`${site.url}/pre/${name}.html`);
    const pre = await tree(still);
    await still.close();
    const live = await newPage(ctx);
    await openPage(live, `${site.url}/live/${name}.html`);
    assert.equal(await live.getAttribute("#w", "data-state"), "ready", name);
    const client = await tree(live);
    await live.close();
    assert.deepEqual(pre, client, `${name}: the trees differ`);
  }
});

test("without JavaScript the pre-rendered post shows every value and its checkboxes tick", async () => {
  const page = await newPage(ctx, { javaScriptEnabled: false });
  await page.goto(`${exported.url}/posts/${REFERENCE_SLUG}`);
  const text = squash(await page.innerText("body"));
  const post = await referencePost();
  const skip = new Set(["paragraph", "heading", "image", "checklist", "src", "alt", "caption", "credit", "credit_url", "level", "type", "title", "items", "text", "body", "meta", "2", "https://unsplash.com"]);
  for (const value of visibleValues({ title: post.title, body: post.body, meta: post.meta })) {
    if (skip.has(value)) continue;
    assert.ok(text.includes(squash(value)), `missing without JS: ${value}`);
  }
  assert.equal(await page.title(), `${post.title} — alphanode`);
  assert.match(await page.getAttribute("meta[name=description]", "content"), /ai-style technical summary/);
  await page.click(".anp-checklist__checkbox >> nth=1");
  assert.equal(await page.isChecked(".anp-checklist__checkbox >> nth=1"), true);
  await page.close();
});

test("without JavaScript, what the browser keeps behind buttons shows in full; with it, the buttons come back", async () => {
  const still = await newPage(ctx, { javaScriptEnabled: false });
  await still.goto(`${site.url}/pre/big.html`);
  const text = squash(await still.innerText("#w"));
  for (const needle of ["item 69", "bottom value", "key 119", "value 119"]) {
    assert.ok(text.includes(needle), `missing without JS: ${needle}`);
  }
  assert.equal(await still.locator("#w .anp-meta__more, #w .anp-meta__expand").count(), 0, "no button that needs JS");
  await still.close();

  const live = await newPage(ctx);
  await openPage(live, `${site.url}/pre/big.html`, { ready: { selector: "#w[data-state=ready] .anp-article .anp-meta__more" } });
  // Taken over: the live widget pages and collapses again, and the fallbacks are gone.
  assert.equal(await live.locator("#w noscript").count(), 0);
  assert.equal(await live.locator("#w .anp-meta__more:visible").count(), 2);
  assert.equal(await live.locator("#w .anp-meta__expand:visible").count(), 1);
  assert.equal(await live.locator("#w .anp-article").count(), 1);
  assert.deepEqual(live.problems ?? [], []);
  await live.close();
});

test("without JavaScript, 'Show 4 more' of the similar posts opens on a click and every card is a link; the live widget keeps the same markup (issue 26, item 10)", async () => {
  const still = await newPage(ctx, { javaScriptEnabled: false });
  await still.goto(`${site.url}/pre/similar.html`);
  const visible = () => still.$$eval("#w .anp-similar__link", (links) => links.filter((a) => a.checkVisibility()).map((a) => a.textContent));
  assert.deepEqual(await visible(), ["Similar 1", "Similar 2", "Similar 3", "Similar 4", "Similar 5", "Similar 6"]);
  assert.equal(await still.locator("#w .anp-similar__toggle").innerText(), "Show 4 more");
  await still.click("#w .anp-similar__toggle");
  assert.equal((await visible()).length, 10);
  assert.equal(await still.getAttribute("#w .anp-similar__link >> nth=9", "href"), "/posts/similar-10");
  assert.equal(await still.locator("#w .anp-similar__toggle").innerText(), "Show fewer");
  const pre = await tree(still);
  await still.close();

  const live = await newPage(ctx);
  await openPage(live, `${site.url}/live/similar.html`);
  await live.click("#w .anp-similar__toggle");
  await live.waitForFunction(() => document.activeElement?.textContent === "Similar 7");
  // Both open: the same structure and text.
  assert.deepEqual(await tree(live), pre);
  assert.deepEqual(live.problems ?? [], []);
  await live.close();
});

test("without JavaScript the static export's pages have the app's header and link to each other (issue 26, item 6)", async () => {
  const page = await newPage(ctx, { javaScriptEnabled: false });
  await page.goto(`${exported.url}/posts/${REFERENCE_SLUG}/`);
  const layout = await page.evaluate(() => {
    const box = (s) => document.querySelector(s)?.getBoundingClientRect().toJSON() ?? null;
    return { header: box("header.anp-app__header"), brand: box(".anp-app__brand"), crumbs: box(".anp-page__crumbs"), article: box(".anp-article") };
  });
  assert.ok(layout.header && layout.brand && layout.crumbs && layout.article, JSON.stringify(layout));
  assert.ok(layout.brand.top >= 8, `the name has room above it: ${layout.brand.top}`);
  assert.ok(layout.crumbs.top >= layout.header.bottom, "All posts below the header");
  assert.ok(layout.article.top > layout.crumbs.bottom, "the article below All posts, not at the window's top");
  assert.equal(await page.textContent(".anp-page__crumbs a"), "← All posts");
  // All posts → the index, whose links → a post, each a page of its own.
  await Promise.all([page.waitForURL(`${exported.url}/`), page.click(".anp-page__crumbs a")]);
  assert.equal(await page.locator("header.anp-app__header .anp-app__brand").count(), 1);
  const first = page.locator("a.anp-index__link").first();
  const href = await first.getAttribute("href");
  await Promise.all([page.waitForURL((u) => u.pathname.replace(/\/$/, "") === href), first.click()]);
  assert.equal(await page.locator(".anp-article").count(), 1);
  await Promise.all([page.waitForURL(`${exported.url}/`), page.click(".anp-app__brand")]);
  await page.close();
});

/** The text the browser laid out inside the first element of `className`, generated
 * content (counters) included: the layout tree's text runs, from a DOM snapshot. */
async function laidOutText(cdp, className) {
  const { documents, strings } = await cdp.send("DOMSnapshot.captureSnapshot", { computedStyles: [] });
  const [doc] = documents;
  const hasClass = (node) => {
    const attrs = doc.nodes.attributes[node] ?? [];
    for (let i = 0; i < attrs.length; i += 2) {
      if (strings[attrs[i]] === "class" && strings[attrs[i + 1]].split(" ").includes(className)) return true;
    }
    return false;
  };
  let root = -1;
  for (let n = 0; n < doc.nodes.parentIndex.length && root < 0; n++) if (hasClass(n)) root = n;
  assert.ok(root >= 0, `no .${className} in the page`);
  const inside = (node) => {
    for (let n = node; n >= 0; n = doc.nodes.parentIndex[n]) if (n === root) return true;
    return false;
  };
  return doc.layout.nodeIndex
    .map((node, i) => (doc.layout.text[i] >= 0 && inside(node) ? strings[doc.layout.text[i]] : ""))
    .join("");
}

test("without JavaScript a static post's checklist progress follows the ticks and its header shows no dead pickers (issue 26, item 6)", async () => {
  const page = await newPage(ctx, { javaScriptEnabled: false });
  await page.goto(`${exported.url}/posts/${REFERENCE_SLUG}/`);
  // The pickers need the app: written (so the take-over moves nothing), never shown.
  assert.ok((await page.locator(".anp-app__static-control").count()) > 0, "the static header writes its pickers");
  for (const control of await page.locator(".anp-app__static-control").all()) assert.equal(await control.isVisible(), false);
  assert.equal(await page.isVisible(".anp-app__preview-link"), true, "the preview's link works without the app");
  const list = page.locator(".anp-checklist").first();
  // The written line and the bar would stay as published: the counted line replaces
  // them on screen; the written one stays for screen readers (no counters there).
  const written = await list.locator(".anp-checklist__progress").boundingBox();
  assert.ok(written.width <= 1 && written.height <= 1, `the written line is out of sight: ${JSON.stringify(written)}`);
  assert.equal(await list.locator(".anp-checklist__bar").isVisible(), false);
  assert.equal(await list.locator(".anp-checklist__tally").getAttribute("aria-hidden"), "true");
  assert.match(await list.locator(".anp-checklist__progress").ariaSnapshot(), /0 of 5 done|\d+ of \d+ done/);
  const tally = list.locator(".anp-checklist__tally");
  const cdp = await page.context().newCDPSession(page);
  // The line as laid out: the DOM's text has no count (a CSS counter writes it), and
  // neither innerText nor the accessibility tree includes generated counters.
  const shown = async () => squash(await laidOutText(cdp, "anp-checklist__tally"));
  const boxes = list.locator(".anp-checklist__checkbox");
  const total = await boxes.count();
  const ticked = () => boxes.evaluateAll((all) => all.filter((b) => b.checked).length);
  const before = await ticked();
  assert.equal(await shown(), `${before} of ${total} done`);
  // Above the items, where the written line was.
  const [line, first] = await Promise.all([tally.boundingBox(), boxes.first().boundingBox()]);
  assert.ok(line.y + line.height <= first.y, `the line above the items: ${JSON.stringify({ line, first })}`);
  const unticked = await boxes.evaluateAll((all) => all.findIndex((b) => !b.checked));
  assert.ok(unticked >= 0, "the reference checklist has an unticked item");
  await boxes.nth(unticked).click();
  assert.equal(await shown(), `${before + 1} of ${total} done`);
  const struck = await list.locator(".anp-checklist__text").nth(unticked).evaluate((el) => getComputedStyle(el).textDecorationLine);
  assert.equal(struck, "line-through", "a ticked item is struck through, as the app shows it");
  await boxes.nth(unticked).click();
  assert.equal(await shown(), `${before} of ${total} done`);
  await page.close();

  // With scripting the counted line is inert (inside <noscript>): the app's own line shows.
  const live = await newPage(ctx);
  await live.goto(`${exported.url}/posts/${REFERENCE_SLUG}/`);
  await live.waitForSelector(".anp-checklist__progress", { state: "visible" });
  assert.equal(await live.locator(".anp-checklist__tally:visible").count(), 0);
  await live.close();
});

test("the embed takes pre-rendered HTML over in place: no layout shift, no duplicate, saved state applied", async () => {
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    localStorage.setItem("alphanode:checklist:prerender-fixture:3", JSON.stringify({ "second step": true }));
    window.__shifts = [];
    const keep = (entries) => {
      for (const entry of entries) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    };
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: "layout-shift", buffered: true });
    // Every shift so far, those not yet handed to the callback included.
    window.__allShifts = () => (keep(observer.takeRecords()), window.__shifts);
  });
  // The live widget's post is held back until the pre-rendered copy has been looked at.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/slow/local-post.json", async (route) => {
    await held;
    await route.continue();
  });
  // The widget is mounted and waits for its post: the pre-rendered copy is what shows.
  await openPage(page, `${site.url}/pre/slow.html`, { ready: { selector: "#w[data-alphanode-mounted][data-state=loading]" } });
  assert.equal(await page.locator("#w .anp-article").count(), 1, "only the pre-rendered copy is in the page");
  assert.equal(await page.locator("#w > .anp-article .anp-article__title").count(), 1);
  release();
  await page.waitForSelector("#w[data-state=ready] > .anp-takeover > .anp-article");
  // At rest: the images of the live copy loaded, and two frames rendered since.
  await figuresSettled(page, "#w");
  await frames(page);
  assert.equal(await page.locator("#w .anp-article").count(), 1, "no duplicated content");
  assert.equal(await page.locator("#w .anp-article__title").count(), 1);
  assert.deepEqual(await page.evaluate(() => window.__allShifts()), [], "layout shifts");
  // Saved checklist state applies after the take-over; the live checklist works.
  const checked = await page.$$eval("#w .anp-checklist__checkbox", (els) => els.map((e) => e.checked));
  assert.deepEqual(checked, [false, true, true]);
  assert.equal(await page.textContent("#w .anp-checklist__progress"), "2 of 3 done");
  await page.click("#w .anp-checklist__checkbox >> nth=0");
  assert.equal(await page.textContent("#w .anp-checklist__progress"), "3 of 3 done");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the static export: crawlable pages the SPA starts from", async () => {
  const page = await newPage(ctx);
  await openPage(page, `${exported.url}/`, { ready: { selector: "#main .anp-index__item" } });
  assert.equal(await page.locator("#anp-prerender").count(), 0, "the static copy is replaced");
  const index = JSON.parse(await readFile("dist/posts/index.json", "utf8"));
  const slug = index.posts[1].slug;
  await openPage(page, `${exported.url}/posts/${slug}`, { ready: { selector: ".anp-article[data-state=ready]" } });
  assert.equal(await page.locator(".anp-article").count(), 1);
  await page.evaluate(() => (window.__marker = 1));
  await page.click(".anp-similar__link >> nth=0");
  await page.waitForFunction((s) => !location.pathname.endsWith(s), slug);
  await page.waitForSelector(".anp-article[data-state=ready]");
  assert.equal(await page.evaluate(() => window.__marker), 1, "navigated inside the SPA");
  assert.deepEqual(page.problems, []);
  await page.close();
});

/**
 * Opens `url` in `page` with the widget code (the wasm) held back until the returned
 * `release()`; resolves once the page has asked for the wasm.
 */
async function openWithWasmHeld(page, url) {
  let release;
  const held = new Promise((r) => (release = r));
  let asked;
  const requested = new Promise((r) => (asked = r));
  await page.route("**/alphanode-embed_bg.wasm", async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await page.goto(url);
  await requested;
  return release;
}

/** In the page: when the first contentful paint was, and when the wasm's response ended. */
const paintAndWasm = () => ({
  fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  wasmEnd: performance.getEntriesByType("resource").find((e) => e.name.endsWith("/alphanode-embed_bg.wasm"))?.responseEnd ?? null,
});
const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;

test("pre-rendered HTML is the first contentful paint, before the widget code has arrived; without it nothing paints until the widget has rendered", async () => {
  const { title } = await referencePost();
  // Pre-rendered: the post paints while the wasm is still held back, so what painted
  // is the pre-rendered copy (no widget has been mounted yet).
  const pre = await newPage(ctx);
  const releasePre = await openWithWasmHeld(pre, `${site.url}/pre/fcp-pre.html`);
  await pre.waitForFunction(painted, null, { timeout: 10000 });
  const shown = await pre.evaluate(() => ({
    mounted: document.getElementById("w").hasAttribute("data-alphanode-mounted"),
    title: document.querySelector("#w > .anp-article .anp-article__title")?.textContent ?? null,
  }));
  assert.deepEqual(shown, { mounted: false, title }, "at the first contentful paint: the pre-rendered post, no widget yet");
  releasePre();
  await settled(pre, "#w");
  assert.equal(await pre.getAttribute("#w", "data-state"), "ready");
  const early = await pre.evaluate(paintAndWasm);
  assert.ok(early.fcp < early.wasmEnd, `the first paint (${early.fcp} ms) came before the wasm had arrived (${early.wasmEnd} ms)`);
  assert.deepEqual(pre.problems, []);
  await pre.close();

  // Client-only: an empty element on an otherwise empty page. While the wasm is held
  // back, the page loads and renders frames but paints nothing contentful…
  const live = await newPage(ctx);
  const releaseLive = await openWithWasmHeld(live, `${site.url}/live/fcp-live.html`);
  await live.waitForFunction(() => document.readyState === "complete");
  await frames(live);
  assert.equal(await live.evaluate(painted), false, "nothing contentful painted before the widget code arrived");
  // …and its first contentful paint is the widget's, after the wasm.
  releaseLive();
  await settled(live, "#w");
  await live.waitForFunction(painted, null, { timeout: 10000 });
  const late = await live.evaluate(paintAndWasm);
  assert.ok(late.fcp > late.wasmEnd, `the first paint (${late.fcp} ms) came after the wasm had arrived (${late.wasmEnd} ms)`);
  assert.deepEqual(live.problems, []);
  await live.close();
});

/** Records, once per frame from the first, whether the static copy and the app's root are shown. */
async function watchFrames(page) {
  await page.addInitScript(() => {
    window.__frames = [];
    const tick = () => {
      const copy = document.getElementById("anp-prerender");
      const app = [...document.querySelectorAll(".anp-app")].find((e) => e.id !== "anp-prerender");
      const shown = (e) => !!e && e.isConnected && getComputedStyle(e).display !== "none";
      const on = shown(copy) ? copy : app;
      window.__frames.push({ copy: shown(copy), app: shown(app), main: on?.querySelector("main")?.textContent.length, loading: !!on?.querySelector(".anp-article[data-state=loading]") });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

test("the app takes a static page over without an empty frame or its own loading state, and its header does not move the page", async () => {
  const page = await newPage(ctx);
  await page.setViewportSize({ width: 390, height: 800 });
  await watchFrames(page);
  // The wasm held back until the static page has been looked at.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${exported.url}/posts/${REFERENCE_SLUG}/`);
  await page.waitForSelector("#anp-prerender .anp-article[data-state=ready]");
  const before = await page.$eval("#anp-prerender .anp-article", (e) => e.getBoundingClientRect().top);
  assert.ok(await page.$eval("#anp-prerender .anp-app__lang-select", (e) => e.disabled), "the static pickers are disabled");
  release();
  await page.waitForFunction(() => !document.getElementById("anp-prerender"));
  await page.waitForSelector(".anp-app .anp-article[data-state=ready]");
  const after = await page.$eval(".anp-app .anp-article", (e) => e.getBoundingClientRect().top);
  assert.equal(after, before, "the article starts where the static page had it");
  assert.equal(await page.$eval(".anp-app__lang-select", (e) => e.disabled), false, "the app's pickers work");
  const seen = await page.evaluate(() => window.__frames);
  assert.ok(seen.length > 2, "frames were recorded");
  assert.deepEqual(seen.filter((f) => f.copy === f.app), [], "every frame shows exactly one of the static copy and the app");
  assert.deepEqual(seen.filter((f) => !f.main), [], "no frame's main region is empty");
  assert.deepEqual(seen.filter((f) => f.loading), [], "no frame shows a loading state in place of the static post");
  await page.close();
});

test("the app's index.html shows the site's header and a loading skeleton before any wasm runs", async () => {
  const page = await newPage(ctx);
  await page.route(/_bg\.wasm$/, () => {}); // never answered
  await page.goto(`${site.url}/posts/${REFERENCE_SLUG}`);
  await page.waitForSelector("#anp-prerender .anp-app__brand");
  assert.equal(await page.textContent("#anp-prerender .anp-app__brand"), "alphanode");
  assert.ok(await page.$("#anp-prerender .anp-article[data-state=loading] .anp-skeleton"), "a skeleton of the article");
  const box = await page.$eval("#anp-prerender main", (e) => e.getBoundingClientRect().height);
  assert.ok(box > 300, `the loading state has room (${box} px)`);
  await page.close();
});
