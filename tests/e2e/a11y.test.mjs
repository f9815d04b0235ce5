// Accessibility: axe-core over every kind of page (zero violations), one h1 per page,
// headings in order, and keyboard-only walks through the article and the preview.
import { test } from "node:test";
import assert from "node:assert/strict";
import { figuresSettled, frames, newPage, openPage, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";

// A post that never arrives, to look at the loading state.
const ctx = useBrowser({ faults: { "/hang.json": () => {} } });

async function axe(page) {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")} — ${v.nodes[0]?.failureSummary?.split("\n")[1] ?? ""}`);
}

async function headings(page) {
  return page.$$eval("h1, h2, h3, h4, h5, h6", (hs) => hs.filter((h) => h.offsetParent !== null || h.getClientRects().length).map((h) => Number(h.tagName[1])));
}

function assertHeadingOrder(levels, where) {
  assert.equal(levels.filter((l) => l === 1).length, 1, `${where}: exactly one h1 (${levels})`);
  assert.equal(levels[0], 1, `${where}: the h1 comes first`);
  for (let i = 1; i < levels.length; i++) {
    assert.ok(levels[i] <= levels[i - 1] + 1, `${where}: heading h${levels[i]} after h${levels[i - 1]} skips a level`);
  }
}

const pages = [
  ["article, light", `/posts/${REFERENCE_SLUG}`, "light", ".anp-article[data-state=ready]"],
  ["article, dark", `/posts/${REFERENCE_SLUG}`, "dark", ".anp-article[data-state=ready]"],
  ["index", "/", "light", ".anp-index__item"],
  ["index, dark", "/", "dark", ".anp-index__item"],
  ["preview", "/preview", "light", ".anp-preview__frame .anp-article[data-state=ready]"],
  ["embed demo", "/embed-demo.html", "light", null],
  ["embed demo, dark", "/embed-demo.html", "dark", null],
];

for (const [name, path, scheme, ready] of pages) {
  test(`axe-core finds no violation: ${name}`, async () => {
    const page = await newPage(ctx, { colorScheme: scheme });
    await openPage(page, path, { ready: ready ? { selector: ready } : "widgets" });
    // The broken images show their fallbacks first, so axe sees the page at rest.
    await figuresSettled(page);
    assert.deepEqual(await axe(page), []);
    assertHeadingOrder(await headings(page), name);
    await page.close();
  });
}

test("preview in dark and high-contrast themes, and compare mode, have no violation", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/preview", { ready: { selector: ".anp-preview__frame .anp-article[data-state=ready]" } });
  for (const theme of ["dark", "contrast"]) {
    await page.selectOption(".anp-preview__theme", theme);
    await page.waitForFunction((t) => document.querySelector(".anp-preview__frame .anp-article")?.dataset.theme === t, theme);
    assert.deepEqual(await axe(page), [], theme);
  }
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid");
  assert.deepEqual(await axe(page), [], "compare");
  await page.close();
});

test("keyboard only: the article's checklist, show-more and similar links", async () => {
  const page = await newPage(ctx);
  // A generated post has similar posts; give it a long list to exercise "show more".
  const index = await (await fetch(`${ctx.url}/posts/index.json`)).json();
  const slug = index.posts[1].slug;
  await openPage(page, `/posts/${slug}`, { ready: { selector: ".anp-article[data-state=ready]" } });
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { cls: el?.className ?? "", tag: el?.tagName ?? "", text: (el?.textContent ?? "").trim().slice(0, 40) };
    });
  // Tab through the page, recording what gets focus, with a visible focus ring each time.
  const seen = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const f = await focused();
    seen.push(f.cls);
    const outline = await page.evaluate(() => {
      // A similar post's link draws its ring round the whole card it makes clickable.
      const el = document.activeElement;
      const ringed = el.matches(".anp-similar__link") ? el.closest(".anp-similar__card") : el;
      const s = getComputedStyle(ringed);
      return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    });
    assert.ok(outline, `no visible focus ring on ${f.tag}.${f.cls}`);
    if (f.cls.includes("anp-checklist__checkbox") && !seen.slice(0, -1).some((c) => c.includes("anp-checklist__checkbox"))) {
      await page.keyboard.press("Space");
      assert.equal(await page.textContent(".anp-checklist__progress"), "1 of " + (await page.locator(".anp-checklist__checkbox").count()) + " done");
    }
    if (f.cls.includes("anp-similar__link")) break;
  }
  const order = seen.map((c) => (c.includes("checklist") ? "checklist" : c.includes("similar") ? "similar" : c.includes("meta") ? "meta" : c.includes("index") || c.includes("page") ? "nav" : c.split(" ")[0] || "other"));
  const first = (k) => order.indexOf(k);
  assert.ok(first("checklist") >= 0, `checklist reachable: ${order}`);
  assert.ok(first("similar") > first("checklist"), `similar posts after the checklist: ${order}`);
  // Enter on a similar link navigates inside the app.
  const target = await page.evaluate(() => document.activeElement.getAttribute("href"));
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.pathname === target);
  await page.waitForSelector(".anp-article[data-state=ready]");
  await page.close();
});

test("keyboard only: meta 'show more' and collapsed groups open with Enter and Space", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/preview", { ready: { selector: ".anp-preview__frame .anp-article[data-state=ready]" } });
  await page.focus(".anp-preview__sample");
  await page.selectOption(".anp-preview__sample", "huge-meta");
  await page.waitForSelector(".anp-preview__frame .anp-meta__more");
  await page.focus(".anp-preview__frame .anp-meta__more");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".anp-preview__frame .anp-meta__entries > .anp-meta__entry").length + document.querySelectorAll(".anp-preview__frame .anp-meta__entries").length > 60);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("anp-meta__entry")), true, "Enter moved focus to the first new entry");
  await page.selectOption(".anp-preview__sample", "deep");
  await page.waitForSelector(".anp-preview__frame .anp-meta__expand");
  await page.focus(".anp-preview__frame .anp-meta__expand");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector(".anp-preview__frame .anp-meta__collapsed .anp-meta__group"));
  const toggle = await page.evaluate(() => [document.activeElement?.className, document.activeElement?.getAttribute("aria-expanded")]);
  assert.deepEqual(toggle, ["anp-meta__expand", "true"], "Space opened the group, and focus stayed on its toggle");
  await page.close();
});

test("keyboard only: every preview control is reachable and operable", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/preview", { ready: { selector: ".anp-preview__frame .anp-article[data-state=ready]" } });
  const reached = new Set();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const cls = await page.evaluate(() => document.activeElement.className || document.activeElement.getAttribute("name") || document.activeElement.tagName);
    reached.add(cls);
    if (String(cls).includes("anp-preview__editor")) break;
  }
  for (const want of ["anp-preview__sample", "anp-preview__layout", "anp-preview__theme", "anp-preview__compare", "anp-preview__button", "anp-preview__editor"]) {
    assert.ok([...reached].some((c) => String(c).includes(want)), `${want} not reached: ${[...reached]}`);
  }
  // Operate the layout select and the compare checkbox from the keyboard.
  await page.focus(".anp-preview__layout");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => document.querySelector(".anp-preview__frame .anp-meta")?.dataset.layout === "grid");
  await page.focus(".anp-preview__compare");
  await page.keyboard.press("Space");
  await page.waitForSelector(".anp-preview__compare-grid");
  await page.close();
});

test("reduced motion, 200% text and a 320px-wide widget", async () => {
  const page = await newPage(ctx, { reducedMotion: "reduce", viewport: { width: 320, height: 700 } });
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(() => {
    document.getElementById("slot").dataset.alphanodeTimeout = "60000";
    window.handle = window.alphanode.mount(document.getElementById("slot"), { src: "/hang.json" });
  });
  // While loading, the skeleton must not animate.
  await page.waitForSelector("#slot .anp-skeleton");
  assert.equal(await page.$eval("#slot .anp-skeleton", (e) => getComputedStyle(e).animationName), "none");
  await page.evaluate(() => window.handle.update({ src: "/posts/keeping-staging-close-to-production-python-services.json" }));
  await page.waitForSelector("#slot .anp-article[data-state=ready]");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok((await overflow()) <= 0, "no horizontal scroll at 320px");
  // Text zoom 200%: nothing clipped or overflowing.
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  await frames(page);
  assert.ok((await overflow()) <= 0, "no horizontal scroll at 200% text");
  const clipped = await page.$$eval("#slot .anp-article *", (els) => els.filter((e) => {
    const s = getComputedStyle(e);
    return (s.overflow === "hidden" || s.overflowX === "hidden") && e.scrollWidth > e.clientWidth + 1 && !e.classList.contains("anp-visually-hidden") && !e.classList.contains("anp-meta__sep") && !e.classList.contains("anp-similar__summary");
  }).map((e) => e.className));
  assert.deepEqual(clipped, []);
  await page.close();
});
