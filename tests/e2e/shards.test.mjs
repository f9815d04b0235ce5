// Browsing a sharded 100,000-post index (anp-render --shards): the first list, search,
// filters, sorting and paging fetch only fragments, never the whole index, and give
// exactly what the whole index gives; broken fragments give an error and a retry; the
// app works under a sub-path. Transfer figures are printed, never asserted (the
// benchmark, scripts/bench-index.sh, measures them at a million posts).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch } from "../support/browser.mjs";
import { startServer } from "../support/server.mjs";
import { newPage, openPage, squash } from "../support/harness.mjs";
import { search } from "../support/search.mjs";

// target/corpus-100k/posts/{index.json,shards/} are written by the test command.
const ROOT = "target/corpus-100k";
const ctx = {};
let site;
let sub;
let index;
before(async () => {
  index = JSON.parse(await readFile(`${ROOT}/posts/index.json`, "utf8")).posts;
  site = await startServer({ dirs: [ROOT, "dist"], compress: true });
  sub = await startServer({ dirs: [ROOT, "target/dist-subpath"], base: "/docs/posts/" });
  ctx.browser = await launch();
});
after(async () => {
  await ctx.browser?.close();
  await site?.close();
  await sub?.close();
});

// The whole index's answer (src/model/search.rs), computed here from index.json.
const expected = (query) => search(index, query);

const count = (n) => n.toLocaleString("en-US");

async function listed(page) {
  return page.$$eval(".anp-index__item .anp-index__link", (links) => links.map((a) => a.textContent.trim()));
}

function watch(page) {
  const urls = [];
  page.on("request", (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

async function shardBytes(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("/shards/"))
      .reduce((sum, e) => sum + e.transferSize, 0),
  );
}

test("the first list takes the manifest and one chunk, never the whole index", async () => {
  const page = await newPage(ctx);
  const urls = watch(page);
  await openPage(page, `${site.url}/`, { ready: { until: () => document.querySelectorAll(".anp-index__item .anp-index__link").length === 20 } });
  assert.equal(squash(await page.textContent(".anp-index__status")), `1–20 of ${count(index.length)} posts`);
  assert.deepEqual(await listed(page), index.slice(0, 20).map((p) => p.title));
  const posts = urls.filter((u) => u.startsWith("/posts/"));
  assert.equal(posts.length, 2, posts.join(", "));
  assert.equal(posts[0], "/posts/shards/manifest.json");
  assert.match(posts[1], /^\/posts\/shards\/f\/[0-9a-f]{16}\/l\/index\/0\.json$/);
  console.log(`# first list: ${await shardBytes(page)} bytes of shards transferred`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("search, filters, sort and paging give the whole index's results from fragments", async () => {
  const page = await newPage(ctx);
  const urls = watch(page);
  await openPage(page, `${site.url}/`, { ready: { selector: ".anp-index__item .anp-index__link" } });
  // Part of a word of the title, as a reader types it.
  const word = index[4].title.split(/\s+/).find((w) => w.length > 4).toLowerCase().slice(0, 4);
  const before = await shardBytes(page);
  await page.fill(".anp-index__search", word);
  const hits = expected({ q: word });
  const status = `1–${Math.min(20, hits.length)} of ${count(hits.length)} posts`;
  await page.waitForFunction((s) => document.querySelector(".anp-index__status")?.textContent.replace(/\s+/g, " ").trim() === s, status);
  await page.waitForFunction(() => !document.querySelector(".anp-index__list[aria-busy]"));
  assert.deepEqual(await listed(page), hits.slice(0, 20).map((p) => p.title));
  console.log(`# search "${word}": ${count(hits.length)} hits, ${(await shardBytes(page)) - before} bytes of shards transferred`);

  // Every view by URL: filters, each sort, a second page.
  const stack = index[7].stack?.[0] ?? "";
  const difficulty = index[9].difficulty ?? "";
  for (const q of [
    { q: word, stack, sort: "title", page: 2 },
    { q: `${word} ${index[4].topic.split(/\s+/)[0]}`, sort: "time" },
    { difficulty, sort: "time-desc", page: 3 },
    { stack, difficulty, sort: "title" },
    { q: "zzqxj" },
  ]) {
    const want = expected(q);
    const p = q.page ?? 1;
    const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== "" && !(v === 1)).map(([k, v]) => [k, String(v)]));
    await page.goto(`${site.url}/?${params}`);
    const start = (p - 1) * 20;
    const shown = want.slice(start, start + 20);
    const line = want.length === 0 ? "No posts match." : `${start + 1}–${start + shown.length} of ${count(want.length)} posts`;
    await page.waitForFunction(
      (s) => document.querySelector(".anp-index__status")?.textContent.replace(/\s+/g, " ").trim() === s,
      line,
      { timeout: 20000 },
    ).catch(async (e) => {
      throw new Error(`${params}: expected "${line}", saw "${squash(await page.textContent(".anp-index__status"))}" (${e.message})`);
    });
    assert.deepEqual(await listed(page), shown.map((x) => x.title), String(params));
  }
  assert.ok(!urls.some((u) => u.endsWith("/index.json")), "the whole index was fetched");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a missing, truncated or stale fragment gives an error and a retry, never other results", async () => {
  const page = await newPage(ctx);
  // Missing: the first chunk 404s, then comes back for "Try again".
  await page.route("**/shards/f/*/l/index/0.json", (route) => route.fulfill({ status: 404, body: "gone" }));
  await openPage(page, `${site.url}/`, { ready: { selector: ".anp-index__error" } });
  assert.match(await page.textContent(".anp-index__error"), /404/);
  assert.equal(await page.locator(".anp-index__item .anp-index__link").count(), 0);
  await page.unroute("**/shards/f/*/l/index/0.json");
  await page.click(".anp-index__error button");
  await page.waitForFunction(() => document.querySelectorAll(".anp-index__item .anp-index__link").length === 20);

  // Truncated: a posting pack cut short.
  await page.route("**/shards/f/*/p/**", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, body.length - 3) });
  });
  const word = index[2].title.split(/\s+/).find((w) => w.length > 4).toLowerCase();
  await page.fill(".anp-index__search", word);
  await page.waitForSelector(".anp-index__error");
  assert.match(await page.textContent(".anp-index__error"), /cut short or malformed/);
  await page.unroute("**/shards/f/*/p/**");

  // Stale: a chunk from another build (a cache that mixed two builds).
  await page.route("**/shards/f/*/l/title/0.json", async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/"build":"[0-9a-f]+"/, '"build":"00000000deadbeef"');
    await route.fulfill({ response, body: text });
  });
  await openPage(page, `${site.url}/?sort=title`, { ready: { selector: ".anp-index__error" } });
  assert.match(await page.textContent(".anp-index__error"), /from build 00000000deadbeef/);
  assert.equal(await page.locator(".anp-index__item .anp-index__link").count(), 0);
  await page.close();
});

test("sharded browsing works in a sub-path build", async () => {
  const page = await newPage(ctx);
  const urls = watch(page);
  await openPage(page, `${sub.url}/docs/posts/`, { ready: { until: () => document.querySelectorAll(".anp-index__item .anp-index__link").length === 20 } });
  assert.equal(squash(await page.textContent(".anp-index__status")), `1–20 of ${count(index.length)} posts`);
  assert.ok(urls.includes("/docs/posts/posts/shards/manifest.json"), urls.join(", "));
  assert.ok(!urls.some((u) => u.endsWith("/index.json")));
  await page.click(".anp-pager__link[rel=next]");
  await page.waitForFunction(() => /^21–40 /.test(document.querySelector(".anp-index__status")?.textContent.trim() ?? ""));
  assert.deepEqual(await listed(page), index.slice(20, 40).map((p) => p.title));
  await page.close();
});
