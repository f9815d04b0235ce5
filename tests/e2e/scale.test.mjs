// A 10,000-post index made by the generator, searched in the app (figures are printed,
// never asserted), and the app hosted under a sub-path.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch } from "../support/browser.mjs";
import { startServer } from "../support/server.mjs";
import { newPage, openPage, squash } from "../support/harness.mjs";
import { search } from "../support/search.mjs";

const ctx = {};
let big;
let sub;
before(async () => {
  // target/corpus-10k/posts is written by the test command (anp-gen --posts 10000).
  big = await startServer({ dirs: ["target/corpus-10k", "dist"] });
  sub = await startServer({ dirs: ["target/dist-subpath"], base: "/docs/posts/" });
  ctx.browser = await launch();
});
after(async () => {
  await ctx.browser?.close();
  await big?.close();
  await sub?.close();
});

const listed = (page) => page.$$eval(".anp-index__item .anp-index__link", (links) => links.map((a) => a.textContent.trim()));

test("a 10,000-post index loads, searches and filters in the app", async () => {
  const index = JSON.parse(await readFile("target/corpus-10k/posts/index.json", "utf8"));
  assert.equal(index.posts.length, 10001);
  const page = await newPage(ctx);
  const started = Date.now();
  await openPage(page, `${big.url}/`, { ready: { selector: ".anp-index__item .anp-index__link" } });
  const loadMs = Date.now() - started;
  assert.equal(squash(await page.textContent(".anp-index__status")), "1–20 of 10,001 posts");
  assert.equal(await page.locator(".anp-index__item").count(), 20);

  // Type a query one key at a time and time each keystroke until the list settles.
  const word = "flaky";
  const hits = search(index.posts, { q: word });
  const expected = hits.length;
  const timings = await page.evaluate(async (word) => {
    const input = document.querySelector(".anp-index__search");
    const out = [];
    let typed = "";
    for (const ch of word) {
      typed += ch;
      const t0 = performance.now();
      input.value = typed;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      // Until the URL carries the query and the list has been painted once after it.
      await new Promise((ok) => {
        const done = () =>
          new URL(location.href).searchParams.get("q") === typed
            ? requestAnimationFrame(() => requestAnimationFrame(ok))
            : requestAnimationFrame(done);
        requestAnimationFrame(done);
      });
      out.push(performance.now() - t0);
    }
    return out;
  }, word);
  await page.waitForFunction(
    (n) => document.querySelector(".anp-index__status")?.textContent.includes(`of ${n.toLocaleString("en-US")} posts`),
    expected,
  );
  assert.ok(expected > 0 && expected < index.posts.length, `"${word}" narrows the list (${expected} posts)`);
  assert.deepEqual(await listed(page), hits.slice(0, 20).map((p) => p.title), `the first page of "${word}"`);
  const filterStarted = Date.now();
  await page.selectOption("select[name=difficulty]", "advanced");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("difficulty") === "advanced");
  const filterMs = Date.now() - filterStarted;
  const both = search(index.posts, { q: word, difficulty: "advanced" });
  const combined = both.length;
  await page.waitForFunction(
    (n) => document.querySelector(".anp-index__status")?.textContent.includes(`of ${n.toLocaleString("en-US")} posts`) ||
      (n === 0 && document.querySelector(".anp-index__status")?.textContent === "No posts match."),
    combined,
  );
  assert.deepEqual(await listed(page), both.slice(0, 20).map((p) => p.title), `the first page of "${word}", advanced`);
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  console.log(
    `# 10k index: load→first list ${loadMs} ms; keystrokes (ms) ${timings.map((t) => t.toFixed(1)).join(", ")}; ` +
      `filter ${filterMs} ms; "${word}" → ${expected} posts, +advanced → ${combined}; JS heap ${(heap / 1048576).toFixed(1)} MiB`,
  );
  await page.close();
});

test("the app works under a sub-path (/docs/posts/)", async () => {
  const page = await newPage(ctx);
  await openPage(page, `${sub.url}/docs/posts/`, { ready: { selector: ".anp-index__item .anp-index__link" } });
  const href = await page.getAttribute(".anp-index__link >> nth=0", "href");
  assert.match(href, /^\/docs\/posts\/posts\//);
  await page.click(".anp-index__link >> nth=1");
  await page.waitForSelector(".anp-article[data-state=ready]");
  assert.match(new URL(page.url()).pathname, /^\/docs\/posts\/posts\/[a-z0-9-]+$/);
  const similar = await page.getAttribute(".anp-similar__link >> nth=0", "href");
  assert.match(similar, /^\/docs\/posts\/posts\//);
  // A deep link and a reload work under the sub-path too.
  await page.reload();
  await page.waitForSelector(".anp-article[data-state=ready]");
  await openPage(page, `${sub.url}/docs/posts/posts/no-such-post`, { ready: { selector: "[data-page=not-found]" } });
  assert.deepEqual(page.problems, []);
  await page.close();
});
