// Performance benchmark: the library (dist/, the release build) against a
// hand-written plain-JavaScript renderer (bench/baseline/baseline.js), in headless
// Chromium on loopback, in one run. See bench/README.md.
//
//   node bench/run.mjs [--quick] [--only a,b,c,d,e,f,g] [--out bench/results/latest.json]
//
// Prints one table and writes the same figures to bench/results/latest.json.
// Timings are reported, never asserted.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const QUICK = flag("quick");
const ONLY = new Set((option("only", "a,b,c,d,e,f,g,h") || "").split(","));
const OUT = option("out", "bench/results/latest.json");

// Repetitions (bounded; --quick for a smoke run).
const N = QUICK
  ? { first: 3, meta: 2, many: 2, inline: 1, spa: 5, ssrRounds: 2, ssrPasses: 3, keys: 15, pausedKeys: 4, shift: 2 }
  : { first: 15, meta: 7, many: 7, inline: 5, spa: 20, ssrRounds: 7, ssrPasses: 20, keys: 60, pausedKeys: 12, shift: 5 };

const SOURCE_DIST = "dist"; // the release build, owned by scripts/build.sh
const DIST = "target/bench-dist"; // a snapshot of it, so a rebuild during the run cannot mix builds
const WWW = "target/bench-www"; // generated host pages (git-ignored)
const CORPUS = "target/bench-corpus"; // generated 10,000-entry meta post
const REFERENCE_SLUG = "keeping-staging-close-to-production-python-services";
const REF_URL = `/posts/${REFERENCE_SLUG}.json`;
const WIDGETS = 100;

const log = (...a) => console.error("[bench]", ...a);

// ---------------------------------------------------------------------------
// statistics and the results table
// ---------------------------------------------------------------------------

function stats(samples) {
  const s = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length, samples };
}

const rows = []; // { id, scenario, metric, unit, better, ours, baseline, ratio, note }
const notes = [];
const notMeasured = [];

function addRow(id, scenario, metric, unit, better, oursSamples, baselineSamples, note) {
  const ours = oursSamples ? stats(oursSamples) : null;
  const baseline = baselineSamples ? stats(baselineSamples) : null;
  const ratio = ours && baseline && baseline.median ? ours.median / baseline.median : null;
  const row = { id, scenario, metric, unit, better, ours, baseline, ratio, note };
  rows.push(row);
  return row;
}

function fmt(v, unit) {
  if (v === null || v === undefined) return "—";
  if (unit === "bytes") return v >= 10240 ? `${(v / 1024).toFixed(1)} KB` : `${v} B`;
  if (unit === "MiB") return v.toFixed(1);
  if (unit === "posts/s") return v >= 100 ? v.toFixed(0) : v.toFixed(1);
  if (unit === "count") return String(Math.round(v));
  if (unit === "CLS") return v.toFixed(3);
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function cell(s, unit) {
  if (!s) return "—";
  if (s.n === 1 || s.min === s.max) return fmt(s.median, unit);
  return `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
}

function table() {
  const head = ["", "scenario", "metric", "unit", "ours: median (min–max)", "baseline: median (min–max)", "ours/baseline", "n", "better"];
  const body = rows.map((r) => [
    r.id,
    r.scenario,
    r.metric,
    r.unit === "bytes" ? "KB" : r.unit,
    cell(r.ours, r.unit),
    cell(r.baseline, r.unit),
    r.ratio === null ? "—" : `${r.ratio.toFixed(2)}×`,
    String(Math.max(r.ours?.n ?? 0, r.baseline?.n ?? 0) || "—"),
    r.better,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  return [line(head), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...body.map(line)].join("\n");
}

// ---------------------------------------------------------------------------
// setup: host pages, corpus, servers
// ---------------------------------------------------------------------------

function page(title, script, body, head = "") {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>alphanode bench: ${title}</title>
    <script type="module" src="${script}"></script>${head}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

const IMPLS = { ours: "/embed.js", baseline: "/baseline.js" };

function widget(src, extra = "") {
  return `    <div data-alphanode-post="${src}" data-alphanode-link="/posts/{slug}"${extra}></div>`;
}

const EMBED_FILES = ["embed.js", "alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css"];

/** Files a complete dist/ has: the embed, index.html and what index.html references. */
function missingFiles(dir) {
  const wanted = [...EMBED_FILES, "index.html", "posts/index.json"];
  if (existsSync(join(dir, "index.html"))) {
    const html = readFileSync(join(dir, "index.html"), "utf8");
    for (const m of html.matchAll(/(?:src|href|module_or_path:)\s*=?\s*['"]\/?([\w.-]+\.(?:js|wasm|css))['"]/g)) wanted.push(m[1]);
  }
  return wanted.filter((f) => !existsSync(join(dir, f)));
}

/** Copies dist/ to target/bench-dist; retries (bounded) while a rebuild is half-way. */
async function snapshotDist() {
  for (let attempt = 1; attempt <= 6; attempt++) {
    const missing = missingFiles(SOURCE_DIST);
    if (!missing.length) {
      rmSync(DIST, { recursive: true, force: true });
      cpSync(SOURCE_DIST, DIST, { recursive: true });
      if (!missingFiles(DIST).length) return;
    }
    log(`dist/ looks incomplete (${missing.join(", ") || "changed while copying"}); a build may be running, retrying in 20 s`);
    await new Promise((ok) => setTimeout(ok, 20000));
  }
  console.error(`dist/ stayed incomplete (missing: ${missingFiles(SOURCE_DIST).join(", ")}): run scripts/build.sh (and let it finish) first`);
  process.exit(1);
}

function metaPost() {
  // anp-gen --posts 1 --meta-entries 10000: one generated post whose meta has 10,000
  // extra entries (numbers, text, lists, records-like groups, 0–100 score groups, links).
  const dir = join(CORPUS, "meta");
  const index = join(dir, "index.json");
  const bin = "target/release/anp-gen";
  const args = ["--posts", "1", "--seed", "27517", "--meta-entries", "10000", "--out", dir];
  // Deterministic, so regenerating is only for a changed generator; without a built
  // generator an existing corpus is reused, and only a missing one is built for.
  if (existsSync(bin)) {
    log("generating the 10,000-entry meta post with target/release/anp-gen");
    execFileSync(bin, args, { stdio: ["ignore", "ignore", "inherit"] });
  } else if (!existsSync(index)) {
    log("generating the 10,000-entry meta post with cargo run --release --bin anp-gen");
    execFileSync("cargo", ["run", "--release", "--quiet", "--bin", "anp-gen", "--", ...args], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const slug = JSON.parse(readFileSync(index, "utf8")).posts[0].slug;
  const file = join(dir, `${slug}.json`);
  const post = JSON.parse(readFileSync(file, "utf8"));
  return { url: `/meta/${slug}.json`, bytes: statSync(file).size, entries: Object.keys(post.meta).length };
}

function corpusPosts() {
  return readdirSync(join(DIST, "posts"))
    .filter((f) => f.endsWith(".json") && f !== "index.json")
    .sort()
    .map((f) => JSON.parse(readFileSync(join(DIST, "posts", f), "utf8")));
}

function writePages(meta) {
  const dir = join(WWW, "bench");
  mkdirSync(dir, { recursive: true });
  const posts = corpusPosts();
  // 100 distinct inline posts: the corpus, cycled, each with its own id and title.
  const inline = [];
  for (let i = 0; i < WIDGETS; i++) {
    const p = structuredClone(posts[i % posts.length]);
    p.id = `bench-inline-${i}`;
    p.slug = `${p.slug}-${i}`;
    p.title = `${p.title} (${i})`;
    const json = JSON.stringify(p).replace(/</g, "\\u003c");
    inline.push(`    <script type="application/json" id="p${i}">${json}</script>\n${widget(`#p${i}`)}`);
  }
  for (const [impl, script] of Object.entries(IMPLS)) {
    writeFileSync(join(dir, `first-${impl}.html`), page(`first render (${impl})`, script, widget(REF_URL)));
    writeFileSync(join(dir, `meta-${impl}.html`), page(`10,000 meta entries (${impl})`, script, widget(meta.url)));
    writeFileSync(
      join(dir, `many-${impl}.html`),
      page(`${WIDGETS} widgets (${impl})`, script, Array.from({ length: WIDGETS }, () => widget(REF_URL)).join("\n")),
    );
    writeFileSync(join(dir, `inline-${impl}.html`), page(`${WIDGETS} inline widgets (${impl})`, script, inline.join("\n")));
    const generated = posts.find((p) => p.slug !== REFERENCE_SLUG && p.similar?.length);
    writeFileSync(
      join(dir, `same-${impl}.html`),
      page(`same DOM check (${impl})`, script, [widget(REF_URL), widget(`/posts/${generated.slug}.json`, ' data-alphanode-layout="table"')].join("\n")),
    );
  }
  // Scenario h: host pages whose own text follows the widgets, as a blog's does.
  const host = (widgets, after = HOST_TEXT) => `    <main style="max-width: 72rem; margin: 0 auto">\n${widgets}\n${after}\n    </main>`;
  for (const [impl, script] of Object.entries(IMPLS)) {
    for (const [name, body] of Object.entries(shiftPages())) {
      // A page whose name ends in "-linked" also links the stylesheet in its <head>.
      const head = name.endsWith("-linked") ? '\n    <link rel="stylesheet" href="/alphanode.css" />' : "";
      writeFileSync(join(dir, `shift-${name}-${impl}.html`), page(`layout shift: ${name} (${impl})`, script, host(body), head));
    }
  }
  // The baseline app uses the library app's shell stylesheet (hashed name in dist/).
  const appCss = readdirSync(DIST).find((f) => /^app-.*\.css$/.test(f));
  if (appCss) copyFileSync(join(DIST, appCss), join(WWW, "app.css"));
  else writeFileSync(join(WWW, "app.css"), "");
}

// ---- Scenario h: layout shift -------------------------------------------------------

const HOST_TEXT = Array.from({ length: 6 }, (_, i) => `      <p>Host paragraph ${i + 1}: the page's own text after the widgets, which a widget that grows pushes down.</p>`).join("\n");

/** The host pages of scenario h, by name: what a host may do about layout shift. */
function shiftPages() {
  const three = (extra = "") => `      <div style="display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem">\n${[0, 1, 2].map(() => widget(REF_URL, extra)).join("\n")}\n      </div>`;
  return {
    // One eager widget at the top, the stylesheet's default room kept while it loads.
    one: widget(REF_URL),
    // The same with the stylesheet linked in the page's <head>: the room is there from
    // the first paint, not from when embed.js adds the stylesheet.
    "one-linked": widget(REF_URL),
    // Three eager widgets side by side, above the fold.
    three: three(),
    // The same with the room turned off (--anp-reserve: 0): what the default saves.
    "three-no-reserve": three(' style="--anp-reserve: 0"'),
    // Below the fold and lazy: the host's text first.
    "lazy-below": `${HOST_TEXT}\n      <div style="height: 110vh"></div>\n${widget(REF_URL, ' data-alphanode-loading="lazy"')}`,
  };
}

// Sums the layout shifts of the page (every shift without recent input, as Lighthouse's
// CLS does within its largest session window; on these short loads the two agree).
const SHIFTS = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: "layout-shift", buffered: true });
};

async function scenarioShift(browser, url) {
  const names = Object.keys(shiftPages());
  log(`layout shift: ${names.length} host pages, ${N.shift} loads each`);
  const out = {};
  for (const name of names) {
    const res = await alternate(N.shift, async (impl) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(SHIFTS);
      await page.goto(`${url}/bench/shift-${name}-${impl}.html`, { waitUntil: "load" });
      // Lazy widgets load when scrolled near; the others as the page loads.
      // The reader scrolls there with the wheel: input, so (as in CLS) shifts within
      // half a second of it do not count, and a lazy widget must be ready by then.
      if (name.startsWith("lazy")) {
        await page.mouse.move(640, 450);
        for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
      }
      await page.waitForFunction(() => [...document.querySelectorAll("[data-alphanode-post]")].every((el) => el.getAttribute("data-state") === "ready"), null, { timeout: 60000 });
      // Two frames more: a shift from the last render is reported after it paints.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const shift = await page.evaluate(() => window.__shift);
      await context.close();
      return shift;
    });
    addRow("h", `layout shift: ${name}`, "sum of layout shifts while loading", "CLS", "lower", res.ours, res.baseline);
    out[name] = res;
  }
  return out;
}

// Runs in every page before its scripts: records when every widget is ready with its
// article in the DOM. A framework may dispatch `alphanode:ready` before it renders
// (the library renders in microtasks right after the event), so once every widget has
// sent its event, completeness is checked at once and then on every DOM mutation
// (MutationObserver callbacks run as microtasks, right after the change). At that
// moment style and layout are forced, and the next frame is noted.
const MEASURE = () => {
  const B = (window.__bench = { events: 0, errors: [], tFirstEvent: null, tLastEvent: null, tComplete: null, tLayout: null, tPaint: null, done: false });
  const widgets = () => document.querySelectorAll("[data-alphanode-post]");
  const complete = () => {
    const els = widgets();
    if (!els.length) return false;
    for (const el of els) {
      if (el.getAttribute("data-state") !== "ready") return false;
      if (!el.querySelector(".anp-article[data-state=ready] .anp-similar")) return false;
    }
    return true;
  };
  let observer = null;
  const check = () => {
    if (B.tComplete !== null || !complete()) return;
    B.tComplete = performance.now();
    observer?.disconnect();
    void document.body.offsetHeight; // style + layout now, not in the next frame
    B.tLayout = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        B.tPaint = performance.now();
        B.done = true;
      }, 0),
    );
  };
  document.addEventListener(
    "alphanode:ready",
    () => {
      const t = performance.now();
      B.events++;
      if (B.tFirstEvent === null) B.tFirstEvent = t;
      B.tLastEvent = t;
      if (B.events < widgets().length || observer) return;
      check();
      if (B.tComplete === null) {
        observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-state"] });
      }
    },
    true,
  );
  document.addEventListener(
    "alphanode:error",
    (e) => {
      B.errors.push(String(e.detail && e.detail.message));
      B.done = true;
    },
    true,
  );
};

async function freshPage(browser, url, { timeout = 120000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.addInitScript(MEASURE);
  await page.goto(url, { waitUntil: "load" });
  try {
    await page.waitForFunction(() => window.__bench.done === true, null, { polling: 50, timeout });
  } catch (error) {
    const state = await page.evaluate(() => JSON.stringify(window.__bench)).catch(() => "?");
    await context.close();
    throw new Error(`${url}: not ready within ${timeout} ms (${state}): ${error.message}`);
  }
  const r = await page.evaluate(() => ({ ...window.__bench }));
  if (r.errors.length || problems.length) throw new Error(`${url}: ${[...r.errors, ...problems].join("; ")}`);
  return { context, page, cdp, r };
}

/** Runs `fn(impl, i)` for i < n, alternating which implementation goes first. */
async function alternate(n, fn) {
  const out = { ours: [], baseline: [] };
  for (let i = 0; i < n; i++) {
    const order = i % 2 ? ["baseline", "ours"] : ["ours", "baseline"];
    for (const impl of order) out[impl].push(await fn(impl, i));
  }
  return out;
}

// ---------------------------------------------------------------------------
// scenarios
// ---------------------------------------------------------------------------

function brotliSize(file) {
  return execFileSync("brotli", ["-c", "-q", "11", file], { maxBuffer: 64 << 20 }).length;
}

function scenarioTransfer() {
  const files = {
    ours: EMBED_FILES.map((f) => join(DIST, f)),
    baseline: ["bench/baseline/baseline.js", join(DIST, "alphanode.css")],
  };
  const detail = {};
  const totals = {};
  for (const [impl, list] of Object.entries(files)) {
    detail[impl] = list.map((f) => ({ file: f, raw: statSync(f).size, brotli: brotliSize(f) }));
    totals[impl] = {
      raw: detail[impl].reduce((n, f) => n + f.raw, 0),
      brotli: detail[impl].reduce((n, f) => n + f.brotli, 0),
      jsRaw: detail[impl].filter((f) => !f.file.endsWith(".css")).reduce((n, f) => n + f.raw, 0),
      jsBrotli: detail[impl].filter((f) => !f.file.endsWith(".css")).reduce((n, f) => n + f.brotli, 0),
    };
  }
  const wasm = detail.ours.find((f) => f.file.endsWith(".wasm"));
  addRow("a", "transfer", "total (JS+wasm+CSS), raw", "bytes", "lower", [totals.ours.raw], [totals.baseline.raw]);
  addRow("a", "transfer", "total (JS+wasm+CSS), brotli -q 11", "bytes", "lower", [totals.ours.brotli], [totals.baseline.brotli]);
  addRow("a", "transfer", "code only (JS+wasm), brotli", "bytes", "lower", [totals.ours.jsBrotli], [totals.baseline.jsBrotli]);
  addRow("a", "transfer", "  of which wasm, brotli", "bytes", "lower", [wasm.brotli], null);
  const reader = readerFirstLoad();
  return { files: detail, totals, reader };
}

/**
 * What a page downloads before its first render: the stylesheets, scripts, module
 * preloads and the wasm preload its HTML names (Trunk's index.html names all of
 * them: `<link rel=stylesheet|modulepreload|preload>` and `<script src>`), each
 * looked up in the first of `roots` that has it, as the servers do.
 */
function pageAssets(html, roots) {
  const text = readFileSync(html, "utf8");
  const names = new Set();
  for (const tag of text.match(/<(link|script)\b[^>]*>/g) ?? []) {
    const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (!url || !/\.(js|mjs|wasm|css)$/.test(url.split(/[?#]/)[0])) continue;
    // The app's own files only: what the page fetches through other links (the
    // manifest of the sharded index, the favicon) is data, not code.
    if (/^<link\b/.test(tag) && !/\brel="(stylesheet|modulepreload|preload)"/.test(tag)) continue;
    names.add(url.split(/[?#]/)[0].replace(/^\.?\//, ""));
  }
  const locate = (name) => roots.map((r) => join(r, name)).find((f) => existsSync(f));
  // Static imports of those scripts are fetched before they run too (the baseline
  // app's `/baseline.js`; wasm-bindgen's snippets).
  const files = [...names].map(locate).filter(Boolean);
  for (let i = 0; i < files.length; i++) {
    if (!/\.m?js$/.test(files[i])) continue;
    for (const m of readFileSync(files[i], "utf8").matchAll(/\b(?:import|export)\s[^;"']*?from\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)) {
      const f = locate((m[1] ?? m[2]).replace(/^\.?\//, ""));
      if (f && !files.includes(f)) files.push(f);
    }
  }
  return files;
}

/**
 * Scenario a's "reader first load": what the reader app's index page (dist/index.html)
 * downloads before it renders anything, against the baseline app's page.
 */
function readerFirstLoad() {
  const files = {
    ours: pageAssets(join(DIST, "index.html"), [DIST]),
    baseline: pageAssets("bench/baseline/app/index.html", ["bench/baseline/app", "bench/baseline", WWW, DIST]),
  };
  const detail = {};
  const totals = {};
  for (const [impl, list] of Object.entries(files)) {
    detail[impl] = list.map((f) => ({ file: f, raw: statSync(f).size, brotli: brotliSize(f) }));
    totals[impl] = {
      raw: detail[impl].reduce((n, f) => n + f.raw, 0),
      brotli: detail[impl].reduce((n, f) => n + f.brotli, 0),
    };
  }
  if (!detail.ours.some((f) => f.file.endsWith(".wasm"))) notes.push("reader first load: dist/index.html names no wasm (is it Trunk's build?)");
  const wasm = detail.ours.find((f) => f.file.endsWith(".wasm"));
  addRow("a", "reader first load", "app index: wasm+JS+CSS, raw", "bytes", "lower", [totals.ours.raw], [totals.baseline.raw]);
  addRow("a", "reader first load", "app index: wasm+JS+CSS, brotli -q 11", "bytes", "lower", [totals.ours.brotli], [totals.baseline.brotli]);
  if (wasm) addRow("a", "reader first load", "  of which wasm, brotli", "bytes", "lower", [wasm.brotli], null);
  return { files: detail, totals };
}

/** Both implementations must build the same DOM (comments aside) for the same posts. */
async function checkSameDom(browser, url) {
  const dom = {};
  for (const impl of Object.keys(IMPLS)) {
    const { context, page } = await freshPage(browser, `${url}/bench/same-${impl}.html`);
    await page.waitForTimeout(500); // let the (unreachable) images fail in both
    dom[impl] = await page.evaluate(() => {
      const walk = (n) => {
        if (n.nodeType === 3) return n.data;
        if (n.nodeType !== 1) return "";
        const attrs = [...n.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(" ");
        return `<${n.localName} ${attrs}>` + [...n.childNodes].map(walk).join("") + `</${n.localName}>`;
      };
      return [...document.querySelectorAll("[data-alphanode-post] > .anp-article")].map(walk).join("\n").replace(/></g, ">\n<").split("\n");
    });
    await context.close();
  }
  const { ours, baseline } = dom;
  let first = -1;
  for (let i = 0; i < Math.max(ours.length, baseline.length); i++) {
    if (ours[i] !== baseline[i]) {
      first = i;
      break;
    }
  }
  const result = { identical: first < 0, lines: ours.length };
  if (first >= 0) {
    result.firstDifference = { line: first + 1, ours: ours[first] ?? null, baseline: baseline[first] ?? null };
    notes.push(
      `the two implementations' DOMs differ (reference post + a generated post, table layout) from line ${first + 1}: ` +
        `ours ${JSON.stringify(ours[first])} vs baseline ${JSON.stringify(baseline[first])}; ` +
        `bench/baseline/baseline.js may need to follow a change in src/components`,
    );
  } else {
    notes.push(`same DOM: both implementations build identical DOMs (${ours.length} lines) for the reference post and a generated post (table layout)`);
  }
  return result;
}

async function scenarioFirstRender(browser, url) {
  log(`first render: ${N.first} fresh loads each`);
  const warm = await freshPage(browser, `${url}/bench/first-ours.html`);
  await warm.context.close();
  const warmB = await freshPage(browser, `${url}/bench/first-baseline.html`);
  await warmB.context.close();
  const res = await alternate(N.first, async (impl) => {
    const { context, r } = await freshPage(browser, `${url}/bench/first-${impl}.html`);
    await context.close();
    return r;
  });
  const pick = (k) => ({ ours: res.ours.map((r) => r[k]), baseline: res.baseline.map((r) => r[k]) });
  const rendered = pick("tLayout");
  const event = pick("tLastEvent");
  const paint = pick("tPaint");
  addRow("b", "first render", "nav start → ready + DOM complete + layout", "ms", "lower", rendered.ours, rendered.baseline);
  addRow("b", "first render", "nav start → alphanode:ready event", "ms", "lower", event.ours, event.baseline);
  addRow("b", "first render", "nav start → next frame after ready", "ms", "lower", paint.ours, paint.baseline);
  return { rendered, event, paint };
}

async function scenarioMeta(browser, url, meta) {
  log(`10,000 meta entries: ${N.meta} fresh loads each, then expand everything`);
  const res = await alternate(N.meta, async (impl) => {
    const { context, page, r } = await freshPage(browser, `${url}/bench/meta-${impl}.html`);
    const expand = await page.evaluate(async () => {
      const sel = ".anp-meta__more:not([hidden]), .anp-meta__expand[aria-expanded=\"false\"]";
      // Every DOM change is followed to the end of the frame that renders it (style,
      // layout, paint), so a framework that reveals entries over several frames is
      // timed until its last one, the same way as one that builds everything at once.
      let mutations = 0;
      let lastMutation = 0;
      let firstPainted = null;
      let lastPainted = 0;
      const painted = () => {
        const t = performance.now();
        if (firstPainted === null) firstPainted = t;
        lastPainted = Math.max(lastPainted, t);
      };
      const mo = new MutationObserver((records) => {
        mutations += records.length;
        lastMutation = performance.now();
        requestAnimationFrame(() => setTimeout(painted, 0));
      });
      mo.observe(document.body, { childList: true, subtree: true });
      const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      let rounds = 0;
      let clicks = 0;
      const t0 = performance.now();
      while (rounds < 500) {
        const buttons = [...document.querySelectorAll(sel)];
        if (!buttons.length) break;
        rounds++;
        for (const b of buttons) {
          b.click();
          clicks++;
        }
        // Settled: three frames in a row without a DOM change (bounded: ~50 s).
        let quiet = 0;
        for (let i = 0; i < 3000 && quiet < 3; i++) {
          const before = mutations;
          await frame();
          quiet = mutations === before ? quiet + 1 : 0;
        }
      }
      mo.disconnect();
      return {
        ms: lastPainted - t0,
        domMs: lastMutation - t0,
        firstMs: firstPainted === null ? null : firstPainted - t0,
        rounds,
        clicks,
        entries: document.querySelectorAll(".anp-meta__entry").length,
        elements: document.getElementsByTagName("*").length,
        left: document.querySelectorAll(sel).length,
      };
    });
    await context.close();
    return { ready: r.tLayout, ...expand, full: r.tLayout + expand.ms };
  });
  const get = (k) => ({ ours: res.ours.map((r) => r[k]), baseline: res.baseline.map((r) => r[k]) });
  const ready = get("ready");
  const exp = get("ms");
  const expDom = get("domMs");
  const expFirst = get("firstMs");
  const full = get("full");
  addRow("c", "meta 10,000 entries", "load → ready (first 50 entries)", "ms", "lower", ready.ours, ready.baseline);
  addRow("c", "meta 10,000 entries", "expand everything: clicks → last entry painted", "ms", "lower", exp.ours, exp.baseline);
  addRow("c", "meta 10,000 entries", "  clicks → last DOM change (before its layout)", "ms", "lower", expDom.ours, expDom.baseline);
  addRow("c", "meta 10,000 entries", "  clicks → first new entries painted", "ms", "lower", expFirst.ours, expFirst.baseline);
  addRow("c", "meta 10,000 entries", "load → fully expanded (ready + expand)", "ms", "lower", full.ours, full.baseline);
  const last = { ours: res.ours.at(-1), baseline: res.baseline.at(-1) };
  if (last.ours.entries !== last.baseline.entries || last.ours.elements !== last.baseline.elements) {
    notes.push(
      `meta 10,000: expanded DOMs differ: ours ${last.ours.entries} entries / ${last.ours.elements} elements, ` +
        `baseline ${last.baseline.entries} entries / ${last.baseline.elements} elements`,
    );
  }
  return { ready, expand: exp, full, detail: last };
}

async function memory(page, cdp, impl) {
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const dom = await cdp.send("Memory.getDOMCounters").catch(() => ({}));
  let wasm = 0;
  if (impl === "ours") {
    // init() of the wasm-bindgen module returns the instance's exports once it is
    // initialised (the same module instance embed.js imported): its memory is there.
    wasm = await page.evaluate(async () => {
      const m = await import("/alphanode-embed.js");
      const exports = await m.default();
      return exports.memory.buffer.byteLength;
    });
  }
  const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
  return {
    heap: heap.usedSize,
    heapTotal: heap.totalSize,
    backing: heap.backingStorageSize ?? null,
    wasm,
    elements,
    nodes: dom.nodes ?? null,
    listeners: dom.jsEventListeners ?? null,
  };
}

async function scenarioMany(browser, url, kind, n) {
  const label = kind === "many" ? `${WIDGETS} widgets, same URL` : `${WIDGETS} widgets, distinct inline JSON`;
  log(`${label}: ${n} fresh loads each`);
  const res = await alternate(n, async (impl) => {
    const { context, page, cdp, r } = await freshPage(browser, `${url}/bench/${kind}-${impl}.html`);
    const mem = await memory(page, cdp, impl);
    await context.close();
    return { ready: r.tLayout, ...mem };
  });
  const get = (k, scale = 1) => ({ ours: res.ours.map((r) => r[k] / scale), baseline: res.baseline.map((r) => r[k] / scale) });
  const ready = get("ready");
  addRow("d", label, "nav start → all ready + DOM complete", "ms", "lower", ready.ours, ready.baseline);
  const MiB = 1048576;
  const heap = get("heap", MiB);
  const wasm = get("wasm", MiB);
  const total = { ours: res.ours.map((r) => (r.heap + r.wasm) / MiB), baseline: res.baseline.map((r) => r.heap / MiB) };
  addRow("d", label, "JS heap used after GC", "MiB", "lower", heap.ours, heap.baseline);
  addRow("d", label, "wasm linear memory", "MiB", "lower", wasm.ours, null);
  addRow("d", label, "JS heap + wasm memory", "MiB", "lower", total.ours, total.baseline);
  const elements = get("elements");
  addRow("d", label, "DOM elements (sanity: same DOM)", "count", "equal", elements.ours, elements.baseline);
  return { detail: res };
}

function spaPath() {
  const posts = new Map(corpusPosts().map((p) => [p.slug, p]));
  const start = [...posts.values()].find((p) => p.slug !== REFERENCE_SLUG && p.similar?.length);
  const path = [start.slug];
  const visited = new Set(path);
  while (path.length <= N.spa) {
    const here = posts.get(path.at(-1));
    const options = (here.similar || []).map((r) => r.slug).filter((s) => s && s !== REFERENCE_SLUG && posts.has(s) && s !== here.slug);
    const next = options.find((s) => !visited.has(s)) ?? options[0];
    if (!next) break;
    path.push(next);
    visited.add(next);
  }
  return path.map((slug) => {
    const post = posts.get(slug);
    const links = (post.similar || [])
      .map((r) => r.href ?? (r.slug ? `/posts/${r.slug}` : null))
      .filter(Boolean)
      .join(" ");
    return { slug, title: post.title, links };
  });
}

async function spaSession(browser, url, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.goto(`${url}/posts/${path[0].slug}`, { waitUntil: "load" });
  await page.waitForFunction(
    (title) => document.querySelector(".anp-article[data-state=ready] .anp-article__title")?.textContent === title,
    path[0].title,
    { polling: 50, timeout: 30000 },
  );
  const times = [];
  for (const step of path.slice(1)) {
    const r = await page.evaluate(async ({ slug, title, links }) => {
      const link = [...document.querySelectorAll("a.anp-similar__link")].find(
        (a) => new URL(a.href, location.href).pathname === `/posts/${slug}`,
      );
      if (!link) return { error: `no similar link to ${slug} on ${location.pathname}` };
      // Titles repeat across posts (and a framework may patch the old elements in
      // place), so the new article is recognised by its title and its similar links.
      const done = () =>
        [...document.querySelectorAll(".anp-article[data-state=ready]")].some(
          (a) =>
            a.querySelector(".anp-article__title")?.textContent === title &&
            [...a.querySelectorAll(".anp-similar .anp-similar__link")].map((l) => l.getAttribute("href")).join(" ") === links,
        );
      return await new Promise((ok) => {
        let finished = false;
        const t0 = performance.now();
        const check = () => {
          if (finished || !done()) return;
          finished = true;
          mo.disconnect();
          const dom = performance.now() - t0;
          void document.body.offsetHeight;
          ok({ ms: performance.now() - t0, dom });
        };
        const mo = new MutationObserver(check);
        mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-state"] });
        setTimeout(() => {
          if (!finished) {
            finished = true;
            mo.disconnect();
            ok({ error: `timed out waiting for ${slug}` });
          }
        }, 15000);
        link.click();
        check();
      });
    }, step);
    if (r.error) throw new Error(r.error);
    if (new URL(page.url()).pathname !== `/posts/${step.slug}`) throw new Error(`URL is ${page.url()}, expected /posts/${step.slug}`);
    times.push(r.ms);
  }
  await context.close();
  if (problems.length) throw new Error(problems.join("; "));
  return times;
}

async function scenarioSpa(browser, oursUrl, baselineUrl) {
  const path = spaPath();
  log(`SPA navigation: ${path.length - 1} similar-post clicks each, from /posts/${path[0].slug}`);
  const ours = await spaSession(browser, oursUrl, path);
  const baseline = await spaSession(browser, baselineUrl, path);
  addRow("e", "SPA navigation", "click similar post → new article ready", "ms", "lower", ours, baseline);
  return { path: path.map((p) => p.slug), ours, baseline };
}

/**
 * Scenario g: typing in the designer preview's editor, against the same text in a
 * plain `<textarea>`. Each key is pressed through the DevTools protocol (a real
 * keydown, input, the editor's handler and its highlighted repaint); the page times
 * keydown (`event.timeStamp`) → the end of the next frame (`requestAnimationFrame`,
 * then a task), which covers the editor's own repaint of the visible lines. `steady`:
 * a key every 80 ms, inside the 250 ms re-parse debounce; `paused`: a key every 450 ms,
 * so each pause re-parses and re-renders the preview, and the longest main-thread task
 * of that run is reported too.
 *
 * The baseline is Chromium's own textarea with nothing around it: a static page
 * (target/bench-www/bench/typing-SAMPLE-baseline.html, written from our editor's text
 * and computed style) with one `<textarea wrap="off">` of the same text, font, size,
 * line height, padding and tab size, `white-space: pre`, the same width and height,
 * no handlers and no script. It is timed the same way, caret at the same place, so
 * ours/baseline is how much our editor adds to the browser's cost of editing that much
 * text.
 */
async function typingSession(browser, target, keys, delay) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  try {
    await page.goto(target.url);
    for (const selector of target.ready) await page.waitForSelector(selector, { timeout: 120000 });
    const info = await page.evaluate(() => {
      const area = document.querySelector("#anp-preview-json");
      // The caret inside a string value halfway down, on screen.
      const text = area.value;
      const at = text.indexOf('": "', text.length >> 1) + 4;
      area.focus();
      area.setSelectionRange(at, at);
      const line = text.slice(0, at).split("\n").length - 1;
      area.scrollTop = Math.max(0, line * parseFloat(getComputedStyle(area).lineHeight) - 200);
      window.__typing = { keys: [], longest: 0 };
      area.addEventListener(
        "keydown",
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => setTimeout(() => window.__typing.keys.push(performance.now() - t0), 0));
        },
        true,
      );
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__typing.longest = Math.max(window.__typing.longest, entry.duration);
      }).observe({ type: "longtask" });
      const cs = getComputedStyle(area);
      const box = area.getBoundingClientRect();
      const style = {};
      for (const p of ["font-family", "font-size", "line-height", "tab-size", "letter-spacing", "padding", "box-sizing"]) style[p] = cs.getPropertyValue(p);
      style.width = `${box.width}px`;
      style.height = `${box.height}px`;
      return { chars: text.length, lines: text.split("\n").length, text, style };
    });
    // Let the render settle before timing.
    await page.waitForTimeout(500);
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press("abcdefghijklmnopqrstuvwxyz"[i % 26]);
      await page.waitForFunction((n) => window.__typing.keys.length > n, i, { polling: 5 });
      await page.waitForTimeout(delay);
    }
    // The last re-parse.
    await page.waitForTimeout(600);
    const r = await page.evaluate(() => window.__typing);
    if (problems.length) throw new Error(problems.join("; "));
    return { ...info, keys: r.keys, longestTask: r.longest };
  } finally {
    await context.close();
  }
}

/** The baseline page of scenario g: `text` in a bare textarea styled like ours. */
function writeTypingBaseline(sample, { text, style }) {
  const css = Object.entries(style).map(([k, v]) => `${k}: ${v};`).join(" ");
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const file = `typing-${sample}-baseline.html`;
  // The newline after <textarea> is dropped by the parser, so a text starting with one
  // keeps it.
  writeFileSync(
    join(WWW, "bench", file),
    `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>alphanode bench: typing baseline (${sample})</title>
    <style>#anp-preview-json { ${css} white-space: pre; border: 0; margin: 0; display: block; resize: vertical; }</style>
  </head>
  <body>
    <textarea id="anp-preview-json" wrap="off" spellcheck="false" autocomplete="off" autocapitalize="off">
${escaped}</textarea>
  </body>
</html>
`,
  );
  return `/bench/${file}`;
}

const p95 = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? [sorted[Math.ceil(sorted.length * 0.95) - 1]] : null;
};

async function scenarioTyping(browser, url) {
  const out = {};
  for (const [sample, label] of [["huge-meta", "10,000-entry sample"], ["reference", "reference post"]]) {
    const ours = {
      url: `${url}/preview#v=2&sample=${sample}`,
      ready: [".anp-preview__frame .anp-article[data-state=ready]", ".anp-editor__code .anp-editor__key"],
    };
    const steady = await typingSession(browser, ours, N.keys, 80);
    const plain = { url: `${url}${writeTypingBaseline(sample, steady)}`, ready: ["#anp-preview-json"] };
    const steadyB = await typingSession(browser, plain, N.keys, 80);
    const scenario = `preview typing, ${label}`;
    addRow("g", scenario, "keydown → next frame, a key every 80 ms", "ms", "lower", steady.keys, steadyB.keys,
      `${steady.chars} characters, ${steady.lines} lines; baseline: a plain textarea of the same text`);
    addRow("g", scenario, "  p95 of those keys", "ms", "lower", p95(steady.keys), p95(steadyB.keys));
    const strip = ({ text, ...rest }) => rest;
    out[sample] = { steady: strip(steady), baseline: { steady: strip(steadyB) } };
    if (sample === "huge-meta") {
      const paused = await typingSession(browser, ours, N.pausedKeys, 450);
      const pausedB = await typingSession(browser, plain, N.pausedKeys, 450);
      addRow("g", scenario, "keydown → next frame, a key every 450 ms (each re-parses)", "ms", "lower", paused.keys, pausedB.keys);
      addRow("g", scenario, "  p95 of those keys", "ms", "lower", p95(paused.keys), p95(pausedB.keys));
      addRow("g", scenario, "longest main-thread task while typing with pauses", "ms", "lower", [paused.longestTask], [pausedB.longestTask],
        paused.longestTask > 0
          ? "the debounced re-parse and re-render of the preview"
          : "no task over 50 ms (the Long Tasks API's threshold), re-parses included");
      out[sample].paused = strip(paused);
      out[sample].baseline.paused = strip(pausedB);
    }
  }
  return out;
}

function scenarioSsr() {
  const args = ["--dir", "public/posts", "--rounds", String(N.ssrRounds), "--passes", String(N.ssrPasses), "--warmup", QUICK ? "1" : "5"];
  const lastJson = (out) => JSON.parse(out.trim().split("\n").at(-1));
  // The same benchmark linked twice (bench/ssr): with mimalloc, as `anp-render` is built
  // for sites (its feature `mimalloc`), and with the system allocator, as a server that
  // links the library and keeps its own allocator gets it.
  const run = (name) => {
    const bin = `target/bench-ssr/release/${name}`;
    if (!existsSync(bin)) {
      notMeasured.push(`f (native, ours): ${bin} is missing (the bench/ssr build failed or was skipped; see scripts/bench.sh output)`);
      return null;
    }
    log(`native rendering: ${name} (library, ssr feature)`);
    const r = spawnSync(bin, args, { encoding: "utf8", maxBuffer: 16 << 20 });
    if (r.status === 0) return lastJson(r.stdout);
    notMeasured.push(`f (native, ours): ${name} failed: ${r.stderr.trim().split("\n").at(-1)}`);
    return null;
  };
  log("native rendering: render-string.mjs (baseline, Node)");
  const b = spawnSync(process.execPath, ["bench/baseline/render-string.mjs", ...args], { encoding: "utf8", maxBuffer: 16 << 20 });
  const baseline = b.status === 0 ? lastJson(b.stdout) : null;
  if (!baseline) notMeasured.push(`f (native, baseline): render-string.mjs failed: ${b.stderr}`);
  const ours = run("ssr-bench-mimalloc");
  const system = run("ssr-bench");
  const posts = ours?.posts ?? system?.posts ?? baseline?.posts ?? "?";
  const row = (metric, result, note) =>
    addRow("f", "native rendering", metric, "posts/s", "higher", result ? result.postsPerSecond : null, baseline ? baseline.postsPerSecond : null, note);
  row(`parse + render to HTML, ${posts} sample posts`, ours, "ours: Rust ssr build (bench/ssr) with mimalloc, as anp-render is built for sites; baseline: Node string renderer");
  row(`the same, system allocator`, system, "ours: the same build with glibc's malloc (a server that links the library keeps its own allocator)");
  return { ours, system, baseline };
}

// ---------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------

function git(args) {
  try {
    return execFileSync("git", args, { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

async function main() {
  if (!existsSync(SOURCE_DIST)) {
    console.error("dist/ is missing: run scripts/build.sh first");
    process.exit(1);
  }
  const started = Date.now();
  await snapshotDist();
  const results = {
    date: new Date().toISOString(),
    commit: git(["rev-parse", "HEAD"]),
    dirty: (git(["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "",
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    quick: QUICK,
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
    repetitions: N,
    scenarios: {},
  };

  const meta = metaPost();
  results.metaPost = meta;
  writePages(meta);

  if (ONLY.has("a")) results.scenarios.transfer = scenarioTransfer();

  const needBrowser = ["b", "c", "d", "e", "g", "h"].some((s) => ONLY.has(s));
  if (needBrowser) {
    // One server for the host pages of both implementations (bench pages, baseline.js,
    // dist/, the generated corpus); the library's app is its SPA fallback. A second one
    // whose fallback is the baseline's app.
    const main = await startServer({ dirs: [WWW, "bench/baseline", DIST, CORPUS] });
    const vanilla = await startServer({ dirs: ["bench/baseline/app", "bench/baseline", WWW, DIST] });
    const browser = await launch();
    results.chromium = browser.version();
    log(`Chromium ${results.chromium}; servers ${main.url} (pages, library app) and ${vanilla.url} (baseline app)`);
    // A scenario that fails is reported under "Not measured"; the others still run.
    const attempt = async (id, what, fn) => {
      try {
        return await fn();
      } catch (error) {
        log(`${id}: ${what} failed: ${error.stack ?? error}`);
        notMeasured.push(`${id} (${what}): failed: ${String(error.message ?? error).split("\n")[0]}`);
        return { error: String(error.message ?? error) };
      }
    };
    try {
      results.sameDom = await attempt("-", "same-DOM check", () => checkSameDom(browser, main.url));
      if (ONLY.has("b")) results.scenarios.firstRender = await attempt("b", "first render", () => scenarioFirstRender(browser, main.url));
      if (ONLY.has("c")) results.scenarios.meta = await attempt("c", "meta volume", () => scenarioMeta(browser, main.url, meta));
      if (ONLY.has("d")) {
        results.scenarios.manyWidgets = await attempt("d", "100 widgets", () => scenarioMany(browser, main.url, "many", N.many));
        results.scenarios.manyInline = await attempt("d", "100 inline widgets", () => scenarioMany(browser, main.url, "inline", N.inline));
      }
      if (ONLY.has("e")) results.scenarios.spa = await attempt("e", "SPA navigation", () => scenarioSpa(browser, main.url, vanilla.url));
      if (ONLY.has("g")) results.scenarios.typing = await attempt("g", "preview typing", () => scenarioTyping(browser, main.url));
      if (ONLY.has("h")) results.scenarios.shift = await attempt("h", "layout shift", () => scenarioShift(browser, main.url));
    } finally {
      await browser.close();
      await main.close();
      await vanilla.close();
    }
  }

  if (ONLY.has("f")) results.scenarios.ssr = scenarioSsr();

  // The issue's targets (reported, never enforced).
  const find = (id, metric) => rows.find((r) => r.id === id && r.metric.startsWith(metric));
  const targets = [];
  const brotli = find("a", "total (JS+wasm+CSS), brotli");
  if (brotli) {
    const kb = brotli.ours.median / 1024;
    targets.push({ target: "embed total ≤ 95 KB brotli (stretch 80 KB)", value: `${kb.toFixed(1)} KB`, met: kb <= 95 });
  }
  const reader = find("a", "app index: wasm+JS+CSS, brotli");
  if (reader) {
    const kb = reader.ours.median / 1024;
    targets.push({ target: "reader first load ≤ 150 KB brotli", value: `${kb.toFixed(1)} KB`, met: kb <= 150 });
  }
  const first = find("b", "nav start → ready + DOM complete");
  if (first?.ratio) targets.push({ target: "first render ≤ 1.2× baseline", value: `${first.ratio.toFixed(2)}×`, met: first.ratio <= 1.2 });
  const metaReady = find("c", "load → ready");
  const metaFull = find("c", "load → fully expanded");
  if (metaReady?.ours && metaFull?.baseline) {
    const o = metaReady.ours.median;
    const b = metaFull.baseline.median;
    targets.push({
      target: "10,000-entry meta: ours load→ready < baseline load→fully expanded",
      value: `${o.toFixed(0)} ms vs ${b.toFixed(0)} ms (${(o / b).toFixed(2)}×)`,
      met: o < b,
    });
  }
  const many = find("d", "nav start → all ready");
  if (many?.ratio) targets.push({ target: `${WIDGETS} widgets ≤ 1.3× baseline`, value: `${many.ratio.toFixed(2)}×`, met: many.ratio <= 1.3 });
  const memory = find("d", "JS heap + wasm memory");
  if (memory?.ratio) {
    targets.push({ target: `${WIDGETS} widgets: JS heap + wasm memory ≤ 3× baseline`, value: `${memory.ratio.toFixed(2)}×`, met: memory.ratio <= 3 });
  }

  results.rows = rows;
  results.table = table();
  results.targets = targets;
  results.notes = notes;
  results.notMeasured = notMeasured;
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  const busiest = Math.max(results.loadAverageAtStart[0], results.loadAverageAtEnd[0]);
  if (busiest > results.cpus) {
    notes.push(
      `the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${results.cpus} CPUs): ` +
        `other work competed with the benchmark, so absolute times are inflated and ratios noisier than usual`,
    );
  }

  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(results, null, 2) + "\n");

  const out = [];
  out.push("");
  out.push(`alphanode-widgets benchmark — ${results.date}`);
  out.push(
    `commit ${results.commit?.slice(0, 12) ?? "?"}${results.dirty ? " (+ uncommitted changes)" : ""}; ` +
      `Chromium ${results.chromium ?? "—"} headless; Node ${results.node}; ${results.cpus} CPUs${QUICK ? "; QUICK run" : ""}`,
  );
  out.push("ours = the library (dist/ release build); baseline = bench/baseline/baseline.js (plain JavaScript).");
  out.push("ours/baseline < 1 means ours is smaller or faster, except rows marked 'higher' (posts/s), where > 1 is better.");
  out.push("");
  out.push(table());
  out.push("");
  out.push("Targets (reported, not enforced):");
  for (const t of targets) out.push(`  [${t.met ? "met" : "NOT met"}] ${t.target}: ${t.value}`);
  if (notes.length) {
    out.push("");
    out.push("Notes:");
    for (const n of notes) out.push(`  - ${n}`);
  }
  if (notMeasured.length) {
    out.push("");
    out.push("Not measured:");
    for (const n of notMeasured) out.push(`  - ${n}`);
  }
  out.push("");
  out.push(`Written to ${OUT} in ${results.seconds} s.`);
  console.log(out.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
