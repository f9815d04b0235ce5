// Shared setup for the end-to-end tests: one static server over dist/ (plus the
// host pages in tests/e2e/pages) and one Chromium per test file.
import { after, before } from "node:test";
import { readFile } from "node:fs/promises";
import { launch } from "./browser.mjs";
import { startServer } from "./server.mjs";

export const REFERENCE_SLUG = "keeping-staging-close-to-production-python-services";

/** Registers before/after hooks; returns a context filled in before the tests run. */
export function useBrowser({ faults = {}, dirs = ["dist", "tests/e2e/pages"] } = {}) {
  const ctx = { url: "", browser: null };
  let server;
  before(async () => {
    server = await startServer({ dirs, faults });
    ctx.url = server.url;
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await server?.close();
  });
  return ctx;
}

/** A new page that records console errors, page errors and CSP violations. */
export async function newPage(ctx, options = {}) {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource|ERR_NAME_NOT_RESOLVED/.test(m.text())) {
      page.problems.push(`console: ${m.text()}`);
    }
  });
  page.close = ((close) => async () => {
    await close.call(page);
    await context.close();
  })(page.close);
  return page;
}

/** Waits until every widget under `selector` has left the loading state. */
export async function settled(page, selector = "[data-alphanode-post], alphanode-article") {
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every((el) => {
        const state = el.getAttribute("data-state");
        return state === "ready" || state === "error";
      }),
    selector,
    { timeout: 20000 },
  );
}

export async function referencePost() {
  return JSON.parse(await readFile(`public/posts/${REFERENCE_SLUG}.json`, "utf8"));
}

/** Numbers as the format shows them (46156 → 46,156). */
export function formatNumber(n) {
  const [int, frac] = String(n).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Every string and number in a JSON value (keys included), as shown on screen. */
export function visibleValues(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "number") out.push(formatNumber(value));
  else if (Array.isArray(value)) value.forEach((v) => visibleValues(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      visibleValues(v, out);
    }
  }
  return out;
}

/** Collapses white space the way innerText comparisons need. */
export const squash = (s) => s.replace(/\s+/g, " ").trim();
