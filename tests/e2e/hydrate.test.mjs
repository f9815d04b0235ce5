// The example Leptos app (examples/leptos-ssr, built by scripts/example.sh): the
// Axum server renders a post page with <Article> and <MetaBox>, the browser
// hydrates it. The server's HTML must hold the post before any script runs, and
// hydration must find exactly that HTML (Leptos's debug build reports a mismatch on
// the console); then the page must work like any other.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { launch } from "../support/browser.mjs";
import { REFERENCE_SLUG } from "../support/harness.mjs";

const SERVER = "target/debug/anp-example-server";
const KEY = "alphanode:checklist:alphanode-027517:6";
let server;
let url = "";
let browser;

before(async () => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run ./scripts/example.sh`);
  server = spawn(SERVER, ["--addr", "127.0.0.1:0", "--posts", "public/posts", "--site", "target/example/site"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  url = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    server.on("exit", (code) => reject(new Error(`the example server exited (${code}): ${out}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A page that records every console message and page error, and never leaves the server. */
async function open({ javaScriptEnabled = true, context } = {}) {
  context ??= await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  page.messages = [];
  let seen;
  page.problemSeen = new Promise((resolve) => (seen = resolve));
  const record = (message) => {
    page.messages.push(message);
    if (isProblem(message)) seen();
  };
  page.on("console", (m) => record(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => record(`pageerror: ${e.message}`));
  return page;
}

/** A message that says hydration failed, or an error of any kind (an image refused off-line aside). */
const isProblem = (m) =>
  /hydrat/i.test(m) || (/^(error|pageerror)/.test(m) && !/Failed to load resource|ERR_FAILED/.test(m));
const problems = (page) => page.messages.filter(isProblem);

/** Waits until the page has hydrated, or says why it did not (a mismatch panics first). */
async function hydrated(page) {
  await Promise.race([
    page.waitForFunction(() => document.documentElement.hasAttribute("data-hydrated"), null, { timeout: 30000 }),
    page.problemSeen,
  ]);
  assert.deepEqual(problems(page), [], "hydration reported a problem");
}

const post = async (slug) => JSON.parse(await readFile(`public/posts/${slug}.json`, "utf8"));

test("the server's HTML holds the post before any script runs", async () => {
  const reference = await post(REFERENCE_SLUG);
  const html = await (await fetch(`${url}/posts/${REFERENCE_SLUG}`)).text();
  const articleTag = html.match(/<article [^>]*class="anp-article example-article"[^>]*>/)?.[0] ?? "";
  assert.match(articleTag, /data-state="ready"/, "the article is written ready, with the host's class");
  assert.ok(html.includes(`>${reference.title}</h1>`), "the title is in the HTML");
  const paragraphs = reference.body.filter((b) => b.type === "paragraph");
  for (const p of paragraphs) assert.ok(html.includes(p.text), `paragraph ${p.text.slice(0, 30)}…`);
  assert.ok(html.includes("0 of 5 done"), "the checklist's published state");

  // The same page with scripting off: what a crawler or a reader without JS sees.
  const page = await open({ javaScriptEnabled: false });
  await page.goto(`${url}/posts/${REFERENCE_SLUG}`);
  assert.equal(await page.textContent(".anp-article__title"), reference.title);
  assert.equal(await page.locator(".anp-body__paragraph").count(), paragraphs.length);
  assert.equal(await page.locator(".example-article .anp-meta > dl > .anp-meta__entry").count(), Object.keys(reference.meta).length);
  assert.equal(await page.getAttribute("html", "data-hydrated"), null, "no script ran");
  await page.context().close();
});

test("hydration: no warning or error; the checklist ticks and keeps its state across a reload", async () => {
  const page = await open();
  await page.goto(`${url}/posts/${REFERENCE_SLUG}`);
  await hydrated(page);
  const progress = () => page.textContent(".anp-checklist__progress");
  assert.equal(await progress(), "0 of 5 done");
  await page.click(".anp-checklist__checkbox >> nth=1");
  await page.waitForFunction(() => document.querySelector(".anp-checklist__progress").textContent === "1 of 5 done");
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(Object.values(saved).filter(Boolean).length, 1);

  // The server still sends the published state; the browser applies the saved one
  // after hydration, so hydration finds the server's HTML and the tick comes back.
  await page.reload();
  await hydrated(page);
  // Had the browser's first render read storage, hydration would keep the server's
  // "0 of 5 done" next to a ticked box: the assertions below say what it shows.
  await page
    .waitForFunction(() => document.querySelector(".anp-checklist__progress").textContent === "1 of 5 done", null, {
      timeout: 10000,
    })
    .catch(() => {});
  assert.equal(await progress(), "1 of 5 done");
  const items = await page.$$eval(".anp-checklist__item", (items) =>
    items.map((li) => [li.dataset.checked, li.querySelector("input").checked]),
  );
  assert.deepEqual(items, [["false", false], ["true", true], ["false", false], ["false", false], ["false", false]]);
  assert.equal(await page.getAttribute(".anp-checklist__bar", "value"), "1");
  assert.deepEqual(problems(page), []);
  await page.context().close();
});

test('"Show N more" reveals the rest of the sidebar\'s entries', async () => {
  const reference = await post(REFERENCE_SLUG);
  const total = Object.keys(reference.meta).length;
  const page = await open();
  await page.goto(`${url}/posts/${REFERENCE_SLUG}`);
  await hydrated(page);
  const entries = () => page.locator(".example-glance > dl > .anp-meta__entry").count();
  assert.equal(await entries(), 8);
  const more = page.locator(".example-glance .anp-meta__more");
  assert.equal(await more.textContent(), `Show ${total - 8} more`);
  await more.click();
  await page.waitForFunction(
    (total) => document.querySelectorAll(".example-glance > dl > .anp-meta__entry").length === total,
    total,
  );
  assert.equal(await more.isVisible(), false);
  assert.deepEqual(problems(page), []);
  await page.context().close();
});

test("a similar-post link navigates to that post, rendered by the server and hydrated", async () => {
  const from = "keeping-staging-close-to-production-wordpress-sites";
  const first = (await post(from)).similar[0];
  const target = await post(first.slug);
  const page = await open();
  await page.goto(`${url}/posts/${from}`);
  await hydrated(page);
  const link = page.locator(".anp-similar__link").first();
  assert.equal(await link.getAttribute("href"), `/posts/${first.slug}`);
  await link.click();
  await page.waitForURL(`${url}/posts/${first.slug}`);
  await hydrated(page);
  assert.equal(await page.textContent(".anp-article__title"), target.title);
  assert.deepEqual(problems(page), []);
  await page.context().close();
});
