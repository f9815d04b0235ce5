// Lighthouse report of the app, the embed demo and the static export (see
// scripts/lighthouse.sh): the four category scores, the lab metrics and every failing
// audit of each page, mobile (Lighthouse's default: Moto G Power, slow 4G, 4× CPU) and
// desktop. A report, not a test: nothing is asserted.
//
//   node bench/lighthouse/run.mjs [--only mobile|desktop] [--pages app-index,static-post] [--out FILE]
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import { startServer } from "../../tests/support/server.mjs";
import { CHROMIUM } from "../../tests/support/browser.mjs";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const forms = flag("--only") ? [flag("--only")] : ["mobile", "desktop"];
const only = flag("--pages")?.split(",");
const out = resolve(flag("--out") ?? "bench/results/lighthouse.json");

const REFERENCE = "keeping-staging-close-to-production-python-services";
for (const dir of ["dist/index.html", "target/static/index.html"]) {
  await stat(dir).catch(() => {
    throw new Error(`${dir} is missing: run scripts/build.sh, then scripts/test.sh (or anp-render --index … --out target/static) first`);
  });
}

// As a host would serve them: compressed (gzip), the app with its fallback to
// index.html, the static export as files.
const app = await startServer({ dirs: ["dist"], compress: true });
const site = await startServer({ dirs: ["target/static"], compress: true });
const PAGES = [
  ["app-index", `${app.url}/`],
  ["app-post", `${app.url}/posts/${REFERENCE}`],
  ["app-preview", `${app.url}/preview`],
  ["embed-demo", `${app.url}/embed-demo.html`],
  ["static-index", `${site.url}/`],
  ["static-post", `${site.url}/posts/${REFERENCE}/`],
].filter(([name]) => !only || only.includes(name));

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = { "largest-contentful-paint": "LCP", "cumulative-layout-shift": "CLS", "total-blocking-time": "TBT", "first-contentful-paint": "FCP", "speed-index": "SI" };
const results = [];
try {
  for (const form of forms) {
    for (const [name, url] of PAGES) {
      const config = form === "desktop" ? desktopConfig : undefined;
      const runner = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES }, config);
      const lhr = runner.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, short]) => [short, lhr.audits[id]?.numericValue]));
      // Failing: scored audits below full marks, in a category we report.
      const inCategories = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []));
      const failing = Object.values(lhr.audits)
        .filter((a) => inCategories.has(a.id) && a.score !== null && a.score < 0.9 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
        .map((a) => {
          // What the console said (an image the sandbox cannot fetch is not the page's fault).
          const said = a.id === "errors-in-console" ? (a.details?.items ?? []).slice(0, 3).map((i) => `${i.source}: ${i.description ?? ""} ${i.sourceLocation?.url ?? i.url ?? ""}`.trim()) : [];
          return `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}${said.length ? `: ${said.join("; ")}` : ""}`;
        });
      const row = { form, page: name, url, ...scores, ...metrics, failing, runtimeError: lhr.runtimeError?.message };
      results.push(row);
      const ms = (v) => (v === undefined ? "–" : `${(v / 1000).toFixed(2)} s`);
      console.log(
        `${form.padEnd(7)} ${name.padEnd(13)} perf ${String(scores.performance).padStart(3)}  a11y ${String(scores.accessibility).padStart(3)}  bp ${String(scores["best-practices"]).padStart(3)}  seo ${String(scores.seo).padStart(3)}` +
          `  LCP ${ms(metrics.LCP)}  FCP ${ms(metrics.FCP)}  TBT ${Math.round(metrics.TBT ?? 0)} ms  CLS ${(metrics.CLS ?? 0).toFixed(3)}`,
      );
      for (const f of failing) console.log(`${" ".repeat(22)}✗ ${f}`);
      if (row.runtimeError) console.log(`${" ".repeat(22)}runtime error: ${row.runtimeError}`);
    }
  }
} finally {
  await chrome.kill();
  await app.close();
  await site.close();
}
const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
  } catch {
    return null;
  }
})();
const version = JSON.parse(await readFile(new URL("node_modules/lighthouse/package.json", import.meta.url), "utf8")).version;
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), commit, lighthouse: version, results }, null, 2) + "\n");
console.log(`written to ${out}`);
