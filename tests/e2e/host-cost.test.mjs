// What a host page pays (issue "The embed on real host pages"): lazy widgets fetch
// nothing until they near the viewport, and widgets of one post share one request.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { newPage, openPage, quiet, settled, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";

const REF_FILE = `public/posts/${REFERENCE_SLUG}.json`;
const counts = new Map();
let healthy = true;
const count = (path) => counts.get(path) ?? 0;
const pages = new Map();

const faults = {
  "/count/post.json": async (req, res) => {
    counts.set("/count/post.json", count("/count/post.json") + 1);
    res.writeHead(200, { "content-type": "application/json" }).end(await readFile(REF_FILE));
  },
  "/count/flaky.json": async (req, res) => {
    counts.set("/count/flaky.json", count("/count/flaky.json") + 1);
    if (healthy) res.writeHead(200, { "content-type": "application/json" }).end(await readFile(REF_FILE));
    else res.writeHead(503, { "content-type": "text/plain" }).end("down");
  },
};
for (const name of ["lazy", "mixed", "prerendered", "hundred", "flaky"]) {
  faults[`/host/${name}.html`] = (req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pages.get(name));
}
const ctx = useBrowser({ faults });

const page_ = (body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<script type="module" src="/embed.js"></script></head><body><h1>Host</h1>${body}</body></html>`;
const spacer = '<div style="height: 4000px">host content</div>';

pages.set(
  "lazy",
  page_(`${spacer}
<div id="a" data-alphanode-post="/count/post.json" data-alphanode-loading="lazy"></div>
<alphanode-article id="b" src="/count/post.json" loading="lazy"></alphanode-article>`),
);
pages.set(
  "mixed",
  page_(`<div id="top" data-alphanode-post="/posts/${REFERENCE_SLUG}.json"></div>${spacer}
<div id="far" data-alphanode-post="/count/post.json" data-alphanode-loading="lazy"></div>`),
);
pages.set(
  "hundred",
  page_(Array.from({ length: 100 }, (_, i) => `<div id="w${i}" data-alphanode-post="/count/post.json"></div>`).join("\n")),
);
pages.set(
  "flaky",
  page_(["x", "y", "z"].map((id) => `<div id="${id}" data-alphanode-post="/count/flaky.json"></div>`).join("\n")),
);

/** Records every request the page makes, by path. */
function track(page) {
  const seen = [];
  page.on("request", (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

/**
 * Once embed.js has run: waits until it has heard whether the lazy widgets `selector`
 * are near the viewport, then until the page is quiet. An intersection observer made now,
 * with embed.js's margin, hears its first check in the same rendering step as
 * embed.js's own observer (or a later one), and whatever that check started has run.
 */
async function lazyChecked(page, selector) {
  await page.evaluate(
    (selector) =>
      new Promise((done) => {
        const observer = new IntersectionObserver(
          () => {
            observer.disconnect();
            done();
          },
          { rootMargin: "600px 0px" },
        );
        for (const el of document.querySelectorAll(selector)) observer.observe(el);
      }),
    selector,
  );
  await quiet(page);
}

test("an all-lazy page fetches neither the post nor the wasm until a widget nears the viewport", async () => {
  counts.clear();
  const page = await newPage(ctx);
  const seen = track(page);
  // embed.js has run (it defines the element) over the whole document.
  await openPage(page, "/host/lazy.html", {
    ready: { until: () => customElements.get("alphanode-article") && document.readyState === "complete" },
  });
  await lazyChecked(page, "#a, #b");
  assert.ok(!seen.includes("/count/post.json"), `no post request before scrolling: ${seen}`);
  assert.equal(count("/count/post.json"), 0, "no post request before scrolling");
  assert.ok(!seen.some((p) => p.endsWith(".wasm")), `no wasm request: ${seen}`);
  assert.ok(seen.includes("/embed.js"));
  assert.equal(await page.getAttribute("#a", "data-state"), null);

  await page.locator("#a").scrollIntoViewIfNeeded();
  await settled(page);
  assert.equal(await page.getAttribute("#a", "data-state"), "ready");
  assert.equal(await page.getAttribute("#b", "data-state"), "ready");
  assert.ok(seen.some((p) => p.endsWith(".wasm")));
  assert.equal(count("/count/post.json"), 1, "the two widgets shared one request");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a lazy widget below eager ones loads only when scrolled near", async () => {
  counts.clear();
  const page = await newPage(ctx);
  const seen = track(page);
  await openPage(page, "/host/mixed.html", { ready: { widgets: "#top" } });
  await lazyChecked(page, "#far");
  assert.ok(!seen.includes("/count/post.json"), `the lazy widget's post was not requested: ${seen}`);
  assert.equal(count("/count/post.json"), 0);
  await page.locator("#far").scrollIntoViewIfNeeded();
  await settled(page, "#far");
  assert.equal(count("/count/post.json"), 1);
  await page.close();
});

test("a lazy pre-rendered widget stays on screen and keeps a tick made before the code arrives", async () => {
  const html = execFileSync("target/debug/anp-render", [REF_FILE, "--heading", "2"], { encoding: "utf8" });
  pages.set(
    "prerendered",
    page_(`<div id="pre" data-alphanode-post="/count/post.json" data-alphanode-loading="lazy">${html}</div>
<div style="height: 4000px"></div>`).replace(
      "</head>",
      '<link rel="stylesheet" href="/alphanode.css"></head>',
    ),
  );
  // The widget is on screen, so it loads at once: hold its post back until the
  // reader has ticked.
  let release;
  const held = new Promise((r) => (release = r));
  const page = await newPage(ctx);
  await page.route("**/count/post.json", async (route) => {
    await held;
    await route.continue();
  });
  await openPage(page, "/host/prerendered.html", { ready: { selector: "#pre > .anp-article" } });
  await page.evaluate(() => localStorage.clear());
  assert.equal(await page.locator("#pre .anp-article__title").textContent(), "how to handle keeping staging close to production in python services");
  await page.click("#pre .anp-checklist__checkbox >> nth=2");
  release();
  await settled(page, "#pre");
  await page.waitForFunction(() => !document.querySelector("#pre > .anp-article"), null, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector("#pre .anp-checklist__progress")?.textContent === "1 of 5 done");
  const checked = await page.$$eval("#pre .anp-checklist__checkbox", (els) => els.map((e) => e.checked));
  assert.deepEqual(checked, [false, false, true, false, false]);
  // …and saved, like any tick.
  await page.reload();
  await settled(page, "#pre");
  await page.waitForFunction(() => document.querySelector("#pre .anp-takeover .anp-checklist__progress")?.textContent === "1 of 5 done");
  await page.close();
});

test("100 widgets of one post make one request and all render", async () => {
  counts.clear();
  const page = await newPage(ctx);
  await openPage(page, "/host/hundred.html");
  const states = await page.$$eval("[data-alphanode-post]", (els) => els.map((e) => e.dataset.state));
  assert.equal(states.length, 100);
  assert.ok(states.every((s) => s === "ready"), `states: ${[...new Set(states)]}`);
  assert.equal(count("/count/post.json"), 1);
  // Each widget still reports for itself.
  const titles = await page.$$eval(".anp-article__title", (els) => new Set(els.map((e) => e.textContent)).size);
  assert.equal(titles, 1);
  assert.equal(await page.locator(".anp-article__title").count(), 100);
  await page.close();
});

test("Try again in one failed widget refetches once for every widget of that post", async () => {
  counts.clear();
  healthy = false;
  const page = await newPage(ctx);
  await openPage(page, "/host/flaky.html");
  assert.deepEqual(
    await page.$$eval("[data-alphanode-post]", (els) => els.map((e) => e.dataset.state)),
    ["error", "error", "error"],
  );
  const before = count("/count/flaky.json");
  assert.ok(before >= 1 && before <= 2, `failed loads were shared too (${before} requests)`);
  healthy = true;
  await page.evaluate(() => {
    window.readyEvents = 0;
    document.addEventListener("alphanode:ready", () => window.readyEvents++);
  });
  await page.click("#y .anp-article__retry");
  await page.waitForFunction(() => [...document.querySelectorAll("[data-alphanode-post]")].every((e) => e.dataset.state === "ready"));
  assert.equal(count("/count/flaky.json"), before + 1, "one request for the three retries");
  assert.equal(await page.evaluate(() => window.readyEvents), 3, "each widget sent its own ready event");
  await page.close();
});
