// Hostile documents on one page in Chromium: nothing executes (a canary global is
// never set), nothing panics, every widget is ready or names the problem's path,
// and the widgets around a hostile one keep working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { newPage, openPage, settled, squash, useBrowser } from "../support/harness.mjs";

const json = (res, body) => res.writeHead(200, { "content-type": "application/json" }).end(body);
const big = "A".repeat(1 << 20);
const items = Array.from({ length: 100000 }, (_, i) => `item ${i}`);
const nested = (depth) => `{"title":"deep","body":[],"meta":{"d":${"[".repeat(depth - 2)}1${"]".repeat(depth - 2)}}}`;

const ctx = useBrowser({
  dirs: ["dist", "tests/e2e/pages", "tests/adversarial"],
  faults: {
    "/huge/string.json": (req, res) =>
      json(res, JSON.stringify({ title: big, body: [{ type: "paragraph", text: big }], meta: { k: big } })),
    "/huge/arrays.json": (req, res) =>
      json(res, JSON.stringify({ title: "arrays", body: [{ type: "list", items }], meta: { many: items } })),
    "/huge/depth-128.json": (req, res) => json(res, nested(128)),
    "/huge/depth-129.json": (req, res) => json(res, nested(129)),
    "/huge/depth-100000.json": (req, res) => json(res, "[".repeat(100000)),
  },
});

test("the adversarial corpus renders or is refused, and no payload runs", async () => {
  const expect = JSON.parse(await readFile("tests/adversarial/expect.json", "utf8"));
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate((names) => {
    for (const name of names) {
      const el = document.createElement("div");
      el.id = `w-${name}`;
      el.dataset.alphanodePost = `/docs/${name}.json`;
      document.body.append(el);
    }
    const good = document.createElement("div");
    good.id = "w-good";
    good.dataset.alphanodePost = "/posts/keeping-staging-close-to-production-python-services.json";
    document.body.append(good);
    return window.alphanode.mountAll();
  }, Object.keys(expect));
  await settled(page);
  // Warnings sit in a collapsed box: open them so their text counts.
  await page.$$eval("details", (els) => els.forEach((d) => (d.open = true)));

  for (const [name, want] of Object.entries(expect)) {
    const state = await page.getAttribute(`#w-${name}`, "data-state");
    assert.equal(state, want.state, name);
    const text = squash(await page.innerText(`#w-${name}`));
    if (want.path) assert.ok(text.includes(`${want.path}:`) || text.includes(`${want.path} `), `${name}: ${want.path} not named in ${text.slice(0, 300)}`);
  }
  // Expand every "show more" and collapsed group, and wait until each reveal has
  // written its last page (its "Show fewer" shows).
  await page.$$eval(".anp-meta__more, .anp-meta__expand", (els) => els.forEach((b) => b.click()));
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".anp-meta__more[hidden]")].every((more) => more.nextElementSibling?.matches(".anp-meta__fewer:not([hidden])")),
  );

  const dangerous = await page.$$eval("[data-alphanode-post] *", (els) =>
    els.flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name) || ((a.name === "href" || a.name === "src") && !/^https?:/i.test(a.value.trim())))
        .map((a) => `<${el.tagName} ${a.name}="${a.value}">`),
    ),
  );
  assert.deepEqual(dangerous, []);
  const foreignTags = await page.$$eval("[data-alphanode-post] script, [data-alphanode-post] iframe, [data-alphanode-post] svg, [data-alphanode-post] object", (e) => e.length);
  assert.equal(foreignTags, 0);
  assert.equal(await page.evaluate(() => window.__canary), undefined);
  assert.deepEqual(page.problems, []);

  // The good widget among them still works.
  await page.click("#w-good .anp-checklist__checkbox >> nth=0");
  assert.equal(await page.textContent("#w-good .anp-checklist__progress"), "1 of 5 done");
  await page.close();
});

test("huge strings, 100,000-item arrays and deep nesting never crash the page", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  const cases = ["string", "arrays", "depth-128", "depth-129", "depth-100000"];
  await page.evaluate((cases) => {
    for (const c of cases) {
      const el = document.createElement("div");
      el.id = `h-${c}`;
      el.dataset.alphanodePost = `/huge/${c}.json`;
      document.body.append(el);
    }
    return window.alphanode.mountAll();
  }, cases);
  const t0 = Date.now();
  await page.waitForFunction(() => [...document.querySelectorAll("[data-alphanode-post]")].every((e) => e.dataset.state === "ready" || e.dataset.state === "error"), null, { timeout: 120000 }).catch(async (e) => {
    console.log(await page.$$eval("[data-alphanode-post]", (els) => els.map((e) => [e.id, e.dataset.state])));
    throw e;
  });
  console.log(`# huge documents settled in ${Date.now() - t0} ms`);
  const states = await page.$$eval("[data-alphanode-post]", (els) => els.map((e) => [e.id, e.dataset.state]));
  assert.deepEqual(states, [
    ["h-string", "ready"],
    ["h-arrays", "ready"],
    ["h-depth-128", "ready"],
    ["h-depth-129", "error"],
    ["h-depth-100000", "error"],
  ]);
  assert.match(await page.innerText("#h-depth-129"), /deeper than 128 levels/);
  assert.equal(await page.locator("#h-arrays .anp-list__item").count(), 100000);
  assert.match(await page.innerText("#h-arrays .anp-meta"), /Show 99,950 more/);
  // Long unbroken strings stay inside their box.
  const overflow = await page.$eval("#h-string .anp-article", (el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 1, `overflow ${overflow}px`);
  // Collapsed depth expands on demand.
  await page.click("#h-depth-128 .anp-meta__expand");
  assert.ok((await page.locator("#h-depth-128 .anp-meta__expand").count()) >= 1);
  assert.deepEqual(page.problems, []);
  await page.close();
});
