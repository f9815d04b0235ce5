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

/**
 * A new page that records console errors, page errors and CSP violations. Paths given
 * to `page.goto` or `openPage` resolve against the test server (`ctx.url`).
 */
export async function newPage(ctx, options = {}) {
  const context = await ctx.browser.newContext({
    viewport: { width: 1280, height: 900 },
    baseURL: ctx.url || undefined,
    ...options,
  });
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
export async function settled(page, selector = "[data-alphanode-post], alphanode-article", { timeout = 20000 } = {}) {
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every((el) => {
        const state = el.getAttribute("data-state");
        return state === "ready" || state === "error";
      }),
    selector,
    { timeout },
  );
}

/**
 * Opens `url` (a path on the test server, or a whole URL) and waits until the page is
 * ready to be tested. `ready` says what that means:
 *
 * - `"widgets"` (the default): every widget in the page's HTML has left its loading
 *   state (`data-state` is `ready` or `error`, see `settled`); `{ widgets: selector }`:
 *   those widgets only (a lazy one further down never loads by itself);
 * - `"embed"`: the page's own module has imported embed.js (`window.alphanode`, as on
 *   tests/e2e/pages/blank.html), for tests that mount their widgets from script;
 * - `{ selector }`: an element matching `selector` is in the page (the app's pages,
 *   the preview);
 * - `{ until, arg }`: `until(arg)`, run in the page, returns something truthy.
 *
 * `timeout` bounds the wait; other options (`waitUntil`, …) go to `page.goto`. Returns
 * the navigation's response. A page that does not get ready fails with what it waited
 * for and the state of each widget.
 */
export async function openPage(page, url, { ready = "widgets", timeout = 20000, ...goto } = {}) {
  const response = await page.goto(url, goto);
  try {
    if (ready === "widgets") await settled(page, undefined, { timeout });
    else if (typeof ready?.widgets === "string") await settled(page, ready.widgets, { timeout });
    else if (ready === "embed") await page.waitForFunction(() => window.alphanodeLoaded === true, null, { timeout });
    else if (typeof ready?.selector === "string") await page.waitForSelector(ready.selector, { timeout });
    else if (typeof ready?.until === "function") await page.waitForFunction(ready.until, ready.arg, { timeout });
    else throw new Error(`openPage: unknown ready condition ${JSON.stringify(ready)}`);
  } catch (error) {
    const widgets = await page
      .$$eval("[data-alphanode-post], alphanode-article, .anp-article", (els) =>
        els.map((el) => `${el.id || el.tagName.toLowerCase()}: ${el.getAttribute("data-state") ?? "no data-state"}`),
      )
      .catch(() => []);
    const waited = ready?.selector ?? ready?.widgets ?? ready?.until?.toString() ?? ready;
    error.message = `${url} was not ready (${waited}) at ${page.url()}; widgets: ${widgets.join(", ") || "none"}\n${error.message}`;
    throw error;
  }
  return response;
}

/**
 * Resolves once the page has rendered `n` more animation frames: whatever an action
 * scheduled for the coming frames has run, and its layout has been computed.
 */
export function frames(page, n = 2) {
  return page.evaluate(
    (n) =>
      new Promise((done) => {
        const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    n,
  );
}

/**
 * The page has gone quiet: two frames rendered, then an idle period of its main thread
 * (`requestIdleCallback`, at most `timeout` ms away), so the work an action set off —
 * tasks, renders, the requests they make — has run. Wait for this before asserting
 * that something did not happen.
 */
export async function quiet(page, { timeout = 5000 } = {}) {
  await frames(page);
  await page.evaluate((timeout) => new Promise((done) => requestIdleCallback(() => done(), { timeout })), timeout);
}

/**
 * Every figure under `root` has come to rest: its image has loaded, or (missing, no
 * network, refused) its alt-text fallback shows. Lazy images are asked for at once, so
 * those far below the fold do not keep the page waiting (nor change it later).
 */
export async function figuresSettled(page, root = "body", { timeout = 20000 } = {}) {
  await page.$$eval(`${root} img.anp-figure__image[loading=lazy]`, (imgs) => imgs.forEach((img) => (img.loading = "eager")));
  await page.waitForFunction(
    (root) =>
      [...document.querySelectorAll(`${root} .anp-figure`)].every((figure) => {
        const img = figure.querySelector("img.anp-figure__image");
        return figure.dataset.broken === "true" || (img?.complete && img.naturalWidth > 0);
      }),
    root,
    { timeout },
  );
}

/**
 * Node-side state (what a fault route saw, events collected from the page) that a test
 * waits on without polling: call `changed()` after each change; `until(condition)`
 * resolves once `condition()` holds — checked at once and after every change — and
 * fails after `timeout` ms, naming `what`.
 */
export function signal() {
  const waiters = new Set();
  return {
    changed() {
      for (const check of [...waiters]) check();
    },
    until(condition, { timeout = 10000, what = String(condition) } = {}) {
      return new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        const check = () => {
          if (condition()) {
            done();
            resolve();
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out after ${timeout} ms waiting for ${what}`));
        }, timeout);
        waiters.add(check);
        check();
      });
    },
  };
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
