// Sharded browsing at scale, in Chromium over loopback (the app in dist/ over
// target/bench-index/posts, gzip on as a CDN would): the first list, 20 searches
// (time and transfer each), then JS heap + wasm memory. Figures are printed and
// written to bench/results/index.json; nothing is asserted. Run by scripts/bench-index.sh.
import { writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";

const ROOT = process.argv[2] ?? "target/bench-index";
const manifest = JSON.parse(readFileSync(`${ROOT}/posts/shards/manifest.json`, "utf8"));
const site = await startServer({ dirs: [ROOT, "dist"], compress: true });
const out = { posts: manifest.posts, searches: [] };
const firstList = async (page) => {
  await page.goto(`${site.url}/`);
  return page.evaluate(async () => {
    while (document.querySelectorAll(".anp-index__item .anp-index__link").length < 20) {
      await new Promise((r) => requestAnimationFrame(r));
    }
    return performance.now();
  });
};
// One visit in a browser of its own first, so that the server has gzipped the app's
// files once (as a CDN has): then each timed visit is a new visitor's, in a fresh
// context with an empty HTTP cache.
{
  const warm = await launch();
  await firstList(await warm.newPage());
  await warm.close();
}
const browser = await launch();
try {
  out.firstListRuns = [];
  for (let i = 0; i < 3; i++) {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    out.firstListRuns.push(await firstList(await fresh.newPage()));
    await fresh.close();
  }
  out.firstListMs = [...out.firstListRuns].sort((a, b) => a - b)[1];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await firstList(page);
  const bytes = () =>
    page.evaluate(() =>
      performance.getEntriesByType("resource").filter((e) => e.name.includes("/shards/")).reduce((s, e) => s + e.transferSize, 0),
    );
  const count = () => page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("/shards/")).length);
  out.firstListBytes = await bytes();
  // Queries: words of the corpus whole and in part, two-word queries, and filters.
  const first = JSON.parse(readFileSync(`${ROOT}/posts/shards/${manifest.files}l/index/0.json`, "utf8")).posts;
  const words = [...new Set(first.flatMap((p) => `${p.title} ${p.topic}`.toLowerCase().split(/\s+/)).filter((w) => w.length > 3))];
  const queries = [];
  for (let i = 0; queries.length < 20; i++) {
    const w = words[i % words.length];
    if (i % 4 === 0) queries.push(w);
    else if (i % 4 === 1) queries.push(w.slice(0, 4));
    else if (i % 4 === 2) queries.push(`${w} ${words[(i + 3) % words.length]}`);
    else queries.push(w.slice(1, 5));
  }
  for (const q of queries) {
    await page.evaluate(() => performance.clearResourceTimings());
    const ms = await page.evaluate(async (q) => {
      // Done: the list was busy (the answer was on its way) and is not any more. The
      // time includes the pause the app waits for after typing (TYPING_PAUSE_MS).
      const section = document.querySelector(".anp-index");
      const input = document.querySelector(".anp-index__search");
      let t0 = 0;
      const done = new Promise((resolve) => {
        let wasBusy = false;
        const observer = new MutationObserver(() => {
          const busy = !!section.querySelector(".anp-index__list[aria-busy]");
          if (busy) wasBusy = true;
          else if (wasBusy) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        observer.observe(section, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-busy"] });
        setTimeout(() => resolve(NaN), 15000);
      });
      t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      return done;
    }, q);
    const status = (await page.textContent(".anp-index__status")).replace(/\s+/g, " ").trim();
    out.searches.push({ q, ms, bytes: await bytes(), fragments: await count(), status });
    console.log(`search ${JSON.stringify(q)}: ${ms.toFixed(0)} ms, ${(await bytes()) / 1000} kB in ${await count()} fragments — ${status}`);
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(async () => {
    const src = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /alphanode-app[^/]*\.js$/.test(n))
      ?? [...document.querySelectorAll("script[type=module]")].map((s) => s.textContent.match(/from '([^']+alphanode-app[^']+\.js)'/)?.[1]).find(Boolean);
    const m = await import(new URL(src, location.href).href);
    const exports = await m.default();
    return exports.memory.buffer.byteLength;
  });
  out.heapBytes = heap.usedSize;
  out.wasmBytes = wasm;
  await context.close();
} finally {
  await browser.close();
  await site.close();
}
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const ms = out.searches.map((s) => s.ms).filter((x) => !Number.isNaN(x));
out.timedOut = out.searches.filter((s) => Number.isNaN(s.ms)).map((s) => s.q);
const kb = out.searches.map((s) => s.bytes / 1000);
out.summary = {
  firstListMs: out.firstListMs,
  searchMsMedian: median(ms),
  searchMsMax: Math.max(...ms),
  searchKbMedian: median(kb),
  searchKbMax: Math.max(...kb),
  heapPlusWasmMiB: (out.heapBytes + out.wasmBytes) / 2 ** 20,
};
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/index.json", JSON.stringify(out, null, 2));
const s = out.summary;
console.log(`
${out.posts.toLocaleString("en-US")} posts, sharded; Chromium over loopback, gzip
  first list shown (from navigation start)   ${s.firstListMs.toFixed(0)} ms median of 3 new visitors (${out.firstListRuns.map((x) => x.toFixed(0)).join(", ")})   (target ≤ 500 ms)
  search, median / slowest of 20             ${s.searchMsMedian.toFixed(0)} / ${s.searchMsMax.toFixed(0)} ms   (target ≤ 300 ms)
  search transfer, median / largest          ${s.searchKbMedian.toFixed(1)} / ${s.searchKbMax.toFixed(1)} kB   (target ≤ 200 kB)
  JS heap + wasm after 20 searches           ${s.heapPlusWasmMiB.toFixed(1)} MiB   (target ≤ 50 MiB)
  search times include the app's 150 ms pause after typing${out.timedOut.length ? `; NOT ANSWERED within 15 s: ${out.timedOut.join(", ")}` : ""}`);
