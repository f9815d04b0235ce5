import { readFileSync } from "node:fs";
// What a new user saw in the article and the meta box (issue "Fix what a new user
// found", items 1–7), and the embed's JS API (items 17, 18, 20): each test fails on
// the behaviour that was reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openPage, quiet, settled, signal, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";

const hanging = new Set();
const hangingChanged = signal();
const faults = {
  // Never answers until the browser gives up on it.
  "/fault/hang.json": (req, res) => {
    hanging.add(req.url);
    hangingChanged.changed();
    req.on("close", () => {
      hanging.delete(req.url);
      hangingChanged.changed();
    });
  },
};
const ctx = useBrowser({ faults });
const REF_URL = `/posts/${REFERENCE_SLUG}.json`;

/** Mount inline posts on the blank host page: `widgets` is [[id, post, attrs]]. */
async function mountInline(page, widgets, { dir = "ltr", lang = "en" } = {}) {
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(
    ({ widgets, dir, lang }) => {
      document.documentElement.dir = dir;
      document.documentElement.lang = lang;
      for (const [id, post, attrs] of widgets) {
        const script = document.createElement("script");
        script.type = "application/json";
        script.id = `${id}-json`;
        script.textContent = JSON.stringify(post);
        const el = document.createElement("div");
        el.id = id;
        el.dataset.alphanodePost = `#${id}-json`;
        for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
        document.body.append(script, el);
      }
      return window.alphanode.mountAll().then(() => true);
    },
    { widgets, dir, lang },
  );
  await settled(page);
}

test("code blocks are monospace on their own background and scroll sideways, in every theme", async () => {
  const page = await newPage(ctx);
  const post = {
    title: "Code",
    body: [{ type: "code", language: "python", code: `print("${"x".repeat(300)}")\nreturn 1` }],
  };
  const themes = ["light", "dark", "contrast", "auto"];
  await mountInline(
    page,
    themes.map((t) => [t, post, { "data-alphanode-theme": t, "data-alphanode-layout": "grid" }]),
  );
  for (const theme of themes) {
    const style = await page.$eval(`#${theme} .anp-code__pre`, (pre) => {
      const s = getComputedStyle(pre);
      const article = getComputedStyle(pre.closest(".anp-article"));
      return {
        font: s.fontFamily,
        bodyFont: article.fontFamily,
        background: s.backgroundColor,
        articleBackground: article.backgroundColor,
        overflowX: s.overflowX,
        whiteSpace: s.whiteSpace,
        scrolls: pre.scrollWidth > pre.clientWidth,
        codeFont: getComputedStyle(pre.querySelector("code")).fontFamily,
      };
    });
    assert.match(style.font, /monospace/, `${theme}: ${style.font}`);
    assert.notEqual(style.font, style.bodyFont, theme);
    assert.equal(style.codeFont, style.font, theme);
    assert.notEqual(style.background, "rgba(0, 0, 0, 0)", `${theme}: transparent background`);
    if (theme !== "contrast") assert.notEqual(style.background, style.articleBackground, theme);
    assert.equal(style.overflowX, "auto", theme);
    assert.equal(style.whiteSpace, "pre", theme);
    assert.ok(style.scrolls, `${theme}: a long line scrolls instead of wrapping`);
  }
  await page.close();
});

test("widget colours win over the reset: badges, muted captions, error titles", async () => {
  const page = await newPage(ctx);
  const post = {
    title: "Colours",
    body: [{ type: "image", src: "/missing.png", alt: "gone", caption: "a caption" }],
    meta: { published: true },
  };
  await mountInline(page, [["c", post, { "data-alphanode-theme": "light" }]]);
  await page.waitForSelector("#c .anp-figure[data-broken=true]");
  const colours = await page.$eval("#c .anp-article", (a) => ({
    fg: getComputedStyle(a).color,
    badge: getComputedStyle(a.querySelector(".anp-meta__badge--yes")).color,
    caption: getComputedStyle(a.querySelector(".anp-figure__caption-text")).color,
    fallback: getComputedStyle(a.querySelector(".anp-figure__fallback")).color,
  }));
  assert.notEqual(colours.badge, colours.fg, "the yes badge has its own colour");
  assert.notEqual(colours.caption, colours.fg, "captions are muted");
  assert.notEqual(colours.fallback, colours.fg, "the alt-text fallback is muted");
  await page.close();
});

test("flags show as on/off marks with their number, never as 0–100 meters", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate((src) => window.alphanode.mount(document.getElementById("slot"), { src }).ready, REF_URL);
  const flags = await page.$$eval('#slot .anp-meta__entry[data-kind="flags"] .anp-meta__flag', (els) =>
    els.map((el) => [el.innerText.replace(/\s+/g, " ").trim(), el.dataset.on]),
  );
  assert.deepEqual(flags, [
    ["ai generated style: 1", "true"],
    ["has images: 1", "true"],
    ["image heavy: 0", "false"],
    ["needs human review: 0", "false"],
  ]);
  const entry = '#slot .anp-meta__entry[data-kind="flags"]';
  assert.equal(await page.locator(`${entry} meter, ${entry} progress`).count(), 0);
  // The on and off marks look different.
  const marks = await page.$$eval(`${entry} .anp-meta__flag-mark`, (els) =>
    els.map((el) => getComputedStyle(el).backgroundColor),
  );
  assert.notEqual(marks[0], marks[2]);
  // Scores stay meters.
  assert.equal(await page.locator('#slot .anp-meta__entry[data-kind="scores"] meter').count(), 4);
  await page.close();
});

const ARABIC = "مرحبا بالعالم";
const MIXED = `${ARABIC} with English words ${ARABIC}`;
const RTL_POST = {
  title: `عنوان ${ARABIC}`,
  lang: "ar",
  body: [
    { type: "paragraph", text: MIXED },
    { type: "paragraph", text: `English first, then ${ARABIC}` },
    { type: "heading", text: ARABIC },
    { type: "list", items: [ARABIC, "english item"] },
    { type: "checklist", items: [ARABIC, "english"] },
    { type: "quote", text: ARABIC, cite: ARABIC },
  ],
  meta: { [ARABIC]: ARABIC, english: "value", list: [ARABIC, "x"] },
  similar: [{ title: ARABIC, summary: ARABIC }],
};

test("every text takes its direction from its own content; the post's lang marks the article", async () => {
  const page = await newPage(ctx);
  await mountInline(page, [["rtl", RTL_POST]]);
  const dirs = await page.$eval("#rtl .anp-article", (a) => {
    const d = (sel) => [...a.querySelectorAll(sel)].map((el) => getComputedStyle(el).direction);
    return {
      lang: a.getAttribute("lang"),
      title: d(".anp-article__title"),
      paragraphs: d(".anp-body__paragraph"),
      heading: d(".anp-body__heading"),
      list: d(".anp-list__item"),
      checklist: d(".anp-checklist__text"),
      quote: d(".anp-quote__text p, .anp-quote__cite"),
      keys: d(".anp-meta__key"),
      values: d(".anp-meta__entries > .anp-meta__entry > .anp-meta__value > .anp-meta__text"),
      items: d(".anp-meta__item .anp-meta__text"),
      similar: d(".anp-similar__card-title, .anp-similar__summary"),
    };
  });
  assert.equal(dirs.lang, "ar");
  assert.deepEqual(dirs.title, ["rtl"]);
  assert.deepEqual(dirs.paragraphs, ["rtl", "ltr"]);
  assert.deepEqual(dirs.heading, ["rtl"]);
  assert.deepEqual(dirs.list, ["rtl", "ltr"]);
  assert.deepEqual(dirs.checklist, ["rtl", "ltr"]);
  assert.deepEqual(dirs.quote, ["rtl", "rtl"]);
  assert.deepEqual(dirs.keys, ["rtl", "ltr", "ltr"]);
  assert.deepEqual(dirs.values, ["rtl", "ltr"]);
  assert.deepEqual(dirs.items, ["rtl", "ltr"]);
  assert.deepEqual(dirs.similar, ["rtl", "rtl"]);
  // In the mixed sentence the Arabic run that opens it is at the right edge.
  const order = await page.$eval("#rtl .anp-body__paragraph", (p) => {
    const text = p.firstChild;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 3);
    const first = range.getBoundingClientRect();
    const english = text.textContent.indexOf("English");
    range.setStart(text, english);
    range.setEnd(text, english + 7);
    return { arabicX: first.x, englishX: range.getBoundingClientRect().x };
  });
  assert.ok(order.arabicX > order.englishX, `Arabic start (${order.arabicX}) right of English (${order.englishX})`);
  await page.close();
});

test("on a right-to-left page the widget mirrors, and each text's decorations sit where that text starts", async () => {
  const page = await newPage(ctx, { viewport: { width: 900, height: 900 } });
  const post = {
    title: "Mirrored",
    body: [
      { type: "list", items: ["one", "two"] },
      { type: "quote", text: "quoted" },
      { type: "list", items: ["واحد", "اثنان"] },
      { type: "quote", text: "اقتباس" },
      { type: "image", src: "/nowhere.png", alt: "an image", caption: "a caption", credit: "unsplash" },
    ],
    meta: { key: "value" },
  };
  await mountInline(page, [["m", post]], { dir: "rtl", lang: "ar" });
  const box = await page.$eval("#m .anp-article", (a) => {
    const rect = (el) => el.getBoundingClientRect();
    const [enList, arList] = a.querySelectorAll(".anp-list");
    const [enQuote, arQuote] = a.querySelectorAll(".anp-quote");
    const side = (quote) => {
      const s = getComputedStyle(quote);
      return { left: s.borderLeftWidth, right: s.borderRightWidth };
    };
    const text = (list) => rect(list.querySelector(".anp-list__item"));
    const caption = a.querySelector(".anp-figure__caption-text");
    const credit = a.querySelector(".anp-figure__credit");
    return {
      key: rect(a.querySelector(".anp-meta__key")).x,
      value: rect(a.querySelector(".anp-meta__value")).x,
      direction: getComputedStyle(a).direction,
      enList: { left: text(enList).left - rect(enList).left, right: rect(enList).right - text(enList).right },
      arList: { left: text(arList).left - rect(arList).left, right: rect(arList).right - text(arList).right },
      enQuote: side(enQuote),
      arQuote: side(arQuote),
      captionBeforeCredit: rect(caption).left < rect(credit).left,
    };
  });
  assert.equal(box.direction, "rtl");
  assert.ok(box.key > box.value, "the key column is on the right");
  assert.ok(box.enList.left > 10 && box.enList.right < 1, `English items indent from the left: ${JSON.stringify(box.enList)}`);
  assert.ok(box.arList.right > 10 && box.arList.left < 1, `Arabic items indent from the right: ${JSON.stringify(box.arList)}`);
  assert.deepEqual(box.enQuote, { left: "4px", right: "0px" }, "an English quote's bar is on its left");
  assert.deepEqual(box.arQuote, { left: "0px", right: "4px" }, "an Arabic quote's bar is on its right");
  assert.ok(box.captionBeforeCredit, "an English caption reads left to right, its credit after it");
  await page.close();
});

test("every meta layout fits containers from 240 px up, with no horizontal overflow", async () => {
  const page = await newPage(ctx, { viewport: { width: 1000, height: 900 } });
  const reference = JSON.parse(readFileSync(new URL("../../public/posts/keeping-staging-close-to-production-python-services.json", import.meta.url), "utf8"));
  const widgets = [];
  for (const width of [240, 320, 375]) {
    for (const layout of ["list", "grid", "table", "compact"]) {
      widgets.push([`w${width}-${layout}`, reference, { "data-alphanode-layout": layout, style: `width: ${width}px; border: 1px solid red` }]);
    }
  }
  await mountInline(page, widgets);
  const overflow = await page.evaluate((ids) => ids.map((id) => {
    const host = document.getElementById(id);
    const box = host.getBoundingClientRect();
    let worst = 0;
    // Inside a box that scrolls sideways on purpose (a wide table), content may be
    // wider than the host: the box itself must fit.
    const scrolls = (el) => {
      for (let p = el.parentElement; p && p !== host; p = p.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    for (const el of host.querySelectorAll(".anp-meta *, .anp-similar *")) {
      if (el.closest("[hidden], noscript") || scrolls(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      worst = Math.max(worst, r.right - box.right, box.left - r.left);
    }
    return { id, worst, scroll: host.scrollWidth - host.clientWidth };
  }), widgets.map(([id]) => id));
  for (const o of overflow) {
    assert.ok(o.worst <= 0.5 && o.scroll <= 0, `${o.id} sticks out by ${o.worst.toFixed(1)} px (scroll ${o.scroll})`);
  }
  await page.close();
});

test("a failed image keeps the size its figure reserved, and shows its alt text", async () => {
  const page = await newPage(ctx, { viewport: { width: 800, height: 900 } });
  const post = {
    title: "Figure",
    body: [{ type: "image", src: "/no-such-image.png", alt: "what the image shows", caption: "a caption" }],
  };
  await mountInline(page, [["f", post]]);
  const before = await page.$eval("#f .anp-figure__frame", (f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => document.querySelector("#f .anp-figure")?.dataset.broken === "true");
  const after = await page.$eval("#f .anp-figure", (fig) => {
    const frame = fig.querySelector(".anp-figure__frame").getBoundingClientRect();
    const fallback = fig.querySelector(".anp-figure__fallback");
    return { height: frame.height, width: frame.width, text: fallback.textContent, shown: !fallback.hidden };
  });
  assert.ok(Math.abs(after.height - before) < 1, `reserved ${before} px, ${after.height} px after the failure`);
  assert.ok(Math.abs(after.height - (after.width * 2) / 3) < 1.5, "the frame keeps the 3:2 shape");
  assert.equal(after.text, "what the image shows");
  assert.ok(after.shown);
  await page.close();
});

test("table layout: short cells keep whole words while long URLs and hashes break", async () => {
  const page = await newPage(ctx, { viewport: { width: 900, height: 900 } });
  const url = `https://images.unsplash.com/photo-${"1234567890".repeat(12)}?w=1200&q=80`;
  const post = {
    title: "Table",
    body: [],
    meta: {
      records: {
        "image sources": [
          { source: "unsplash", url, caption: "keeping staging close to production" },
          { source: "pexels", url, caption: "second" },
        ],
      },
      hash: "fa1554d137dc4be139783b57fa1554d137dc4be139783b57",
    },
  };
  await mountInline(page, [["t", post, { "data-alphanode-layout": "table" }]]);
  const lines = await page.$$eval("#t .anp-meta__table th, #t .anp-meta__table td:first-child", (cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      // One text line: every fragment shares a top.
      return [cell.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
    }),
  );
  for (const [text, count] of lines) {
    if (!/https?:/.test(text)) assert.equal(count, 1, `"${text}" wraps over ${count} lines`);
  }
  const fits = await page.$eval("#t .anp-meta", (box) => box.scrollWidth <= box.clientWidth + 1);
  assert.ok(fits, "the long URL breaks instead of widening the box");
  await page.close();
});

test("deep nesting reads as a tree: no rows of bare bullets, even indent steps, no trailing gap", async () => {
  const page = await newPage(ctx);
  const post = { title: "Deep", body: [], meta: { "deep list": [[[[[[["seven"]]]]]]] } };
  await mountInline(page, [["d", post]]);
  const bulleted = await page.$$eval("#d .anp-meta__item", (items) =>
    items.filter((li) => getComputedStyle(li).display === "list-item" && !li.querySelector(":scope > .anp-meta__text")).length,
  );
  assert.equal(bulleted, 0, "an item holding only a nested list has no bullet of its own");
  // Expand every level.
  while ((await page.locator('#d .anp-meta__expand[aria-expanded="false"]').count()) > 0) {
    await page.locator('#d .anp-meta__expand[aria-expanded="false"]').first().click();
  }
  await page.waitForFunction(() => document.querySelector("#d .anp-meta__text")?.textContent === "seven");
  const geometry = await page.$eval("#d .anp-meta", (box) => {
    const lists = [...box.querySelectorAll(".anp-meta__items")];
    const x = lists.map((l) => Math.round(l.getBoundingClientRect().x));
    const last = box.querySelector(".anp-meta__text").getBoundingClientRect();
    const entry = box.querySelector(".anp-meta__entry").getBoundingClientRect();
    return { x, gap: Math.round(entry.bottom - last.bottom) };
  });
  const steps = geometry.x.slice(1).map((x, i) => x - geometry.x[i]);
  assert.ok(steps.length >= 6, `levels: ${geometry.x}`);
  assert.ok(steps.every((s) => s > 0), `each level steps in: ${steps}`);
  assert.ok(Math.max(...steps) - Math.min(...steps) <= 1, `even steps: ${steps}`);
  assert.ok(geometry.gap < 24, `no blank gap after the last level (${geometry.gap}px)`);
  await page.close();
});

test("Show N more moves focus to the first new entry, Tab continues from there, and Show fewer folds back", async () => {
  const page = await newPage(ctx);
  const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`key ${i + 1}`, `value ${i + 1}`]));
  const post = { title: "Many", body: [], meta: { many, after: "the end" } };
  await mountInline(page, [["s", post]]);
  await page.focus("#s .anp-meta__more");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.classList.contains("anp-meta__entry"));
  assert.equal(
    await page.evaluate(() => document.activeElement.querySelector(".anp-meta__key").textContent),
    "key 51: ",
  );
  // The next Tab stays in the widget (Show fewer), not the top of the page.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "anp-meta__fewer");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.classList.contains("anp-meta__more"));
  assert.equal(await page.locator("#s .anp-meta__group .anp-meta__entry").count(), 50);

  // A collapsed nested group is a disclosure: it opens and closes, focus stays on it.
  const deep = { title: "Deep", body: [], meta: { a: { b: { c: { d: { e: "bottom" } } } } } };
  await mountInline(page, [["g", deep]]);
  const toggle = page.locator("#g .anp-meta__expand");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#g .anp-meta__collapsed .anp-meta__group");
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.className), "anp-meta__expand");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.querySelector("#g .anp-meta__collapsed .anp-meta__group"));
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await page.close();
});

test("Show N more writes 10,000 entries over 6 frames: 250 at the click, then twice as many each frame", async () => {
  const page = await newPage(ctx);
  const meta = Object.fromEntries(Array.from({ length: 10000 }, (_, i) => [`key ${i + 1}`, `value ${i + 1}`]));
  await mountInline(page, [["r", { title: "Reveal", body: [], meta }]]);
  // One batch of mutations per task or animation frame that wrote entries, counted
  // until "Show fewer" appears (the reveal is complete).
  const batches = await page.evaluate(
    () =>
      new Promise((done) => {
        const box = document.querySelector("#r .anp-meta");
        const written = [];
        new MutationObserver((records, observer) => {
          const wrappers = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.nodeType === 1 && n.hasAttribute("data-anp-revealed"));
          if (wrappers.length) written.push(wrappers.reduce((n, w) => n + w.querySelectorAll(":scope > .anp-meta__entry").length, 0));
          if (box.querySelector(".anp-meta__fewer:not([hidden])")) {
            observer.disconnect();
            done(written);
          }
        }).observe(box, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
        box.querySelector(".anp-meta__more").click();
      }),
  );
  assert.deepEqual(batches, [250, 500, 1000, 2000, 4000, 2200], "entries written per frame");
  assert.equal(await page.locator("#r .anp-meta__entries > .anp-meta__entry").count(), 10000);
  await page.close();
});

test("two widgets of one post keep their checklists in step, on the page and across tabs", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(async (src) => {
    localStorage.clear();
    for (const id of ["a", "b"]) {
      const el = document.createElement("div");
      el.id = id;
      document.body.append(el);
      await window.alphanode.mount(el, { src }).ready;
    }
  }, REF_URL);
  const other = await page.context().newPage();
  await openPage(other, "/blank.html", { ready: "embed" });
  await other.evaluate((src) => window.alphanode.mount(document.getElementById("slot"), { src }).ready, REF_URL);

  await page.click("#a .anp-checklist__checkbox >> nth=1");
  await page.waitForFunction(() => document.querySelector("#b .anp-checklist__progress")?.textContent === "1 of 5 done");
  assert.equal(await page.isChecked("#b .anp-checklist__checkbox >> nth=1"), true);
  await other.waitForFunction(() => document.querySelector("#slot .anp-checklist__progress")?.textContent === "1 of 5 done");
  assert.equal(await other.isChecked("#slot .anp-checklist__checkbox >> nth=1"), true);

  // And back from the other tab.
  await other.click("#slot .anp-checklist__checkbox >> nth=1");
  await page.waitForFunction(() =>
    ["a", "b"].every((id) => document.querySelector(`#${id} .anp-checklist__progress`)?.textContent === "0 of 5 done"),
  );
  await other.close();
  await page.close();
});

test("handle.ready resolves with the ready detail once the post shows, and rejects on failure", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  const ok = await page.evaluate(async (src) => {
    const handle = window.alphanode.mount(document.getElementById("slot"), { src });
    const detail = await handle.ready;
    return { detail, state: handle.state, attr: document.getElementById("slot").dataset.state };
  }, REF_URL);
  assert.equal(ok.state, "ready");
  assert.equal(ok.attr, "ready");
  assert.equal(ok.detail.id, "alphanode-027517");
  assert.equal(ok.detail.slug, REFERENCE_SLUG);
  assert.deepEqual(ok.detail.warnings, []);

  const failed = await page.evaluate(async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const handle = window.alphanode.mount(el, { src: "/posts/does-not-exist.json" });
    try {
      await handle.ready;
      return { resolved: true };
    } catch (error) {
      return { name: error.name, message: error.message, detail: error.detail, state: handle.state };
    }
  });
  assert.equal(failed.resolved, undefined, "a 404 must not resolve ready");
  assert.match(failed.message, /HTTP 404/);
  assert.match(failed.detail.message, /HTTP 404/);
  assert.equal(failed.state, "error");

  // Nothing unhandled when the host ignores `ready`.
  await page.evaluate(() => {
    const el = document.createElement("div");
    document.body.append(el);
    window.alphanode.mount(el, { src: "/posts/also-missing.json" });
  });
  await settled(page);
  assert.deepEqual(page.problems.filter((p) => !/404/.test(p)), []);
  await page.close();
});

test("the custom element follows every documented attribute, heading included", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  // One element per group of attributes (README's table, the element's own spelling;
  // data-alphanode-strings has no other), the lazy one far below the fold.
  const post = {
    id: "attributes-post",
    title: "Attributes",
    body: [{ type: "checklist", items: ["one", "two"] }],
    meta: { count: 3 },
    similar: [{ title: "Next", slug: "next-post" }],
  };
  await page.evaluate(
    ({ src, post }) => {
      localStorage.clear();
      const script = Object.assign(document.createElement("script"), { type: "application/json", id: "attributes-json", textContent: JSON.stringify(post) });
      document.body.append(script);
      const add = (id, attributes) => {
        const el = document.createElement("alphanode-article");
        el.id = id;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        document.body.append(el);
      };
      add("custom", { src, heading: "2" });
      add("options", {
        src: "#attributes-json",
        theme: "dark",
        layout: "table",
        link: "/blog/{slug}",
        storage: "none",
        lang: "de",
        "data-alphanode-strings": JSON.stringify({ similar_title: "Weiterlesen" }),
      });
      add("timed", { src: "/fault/hang.json?attributes", timeout: "800" });
      document.body.append(Object.assign(document.createElement("div"), { style: "height: 5000px" }));
      add("lazy", { src: "#attributes-json", loading: "lazy" });
    },
    { src: REF_URL, post },
  );
  await settled(page, "#custom, #options, #timed");

  // src and heading, and a change of heading and of the data-alphanode-* spelling.
  assert.equal(await page.$eval("#custom .anp-article__title", (h) => h.tagName), "H2");
  await page.evaluate(() => document.getElementById("custom").setAttribute("heading", "3"));
  await page.waitForFunction(() => document.querySelector("#custom .anp-article__title")?.tagName === "H3");
  assert.equal(await page.$eval("#custom .anp-body__heading", (h) => h.tagName), "H4");
  await page.evaluate(() => document.getElementById("custom").setAttribute("data-alphanode-theme", "dark"));
  await page.waitForFunction(() => document.querySelector("#custom .anp-article")?.dataset.theme === "dark");

  // theme, layout, link, lang, data-alphanode-strings and storage.
  const shown = await page.$eval("#options", (el) => ({
    theme: el.querySelector(".anp-article")?.dataset.theme,
    layout: el.querySelector(".anp-meta")?.dataset.layout,
    link: el.querySelector(".anp-similar__link")?.getAttribute("href"),
    similarTitle: el.querySelector(".anp-similar__title")?.textContent,
    progress: el.querySelector(".anp-checklist__progress")?.textContent,
  }));
  assert.deepEqual(shown, { theme: "dark", layout: "table", link: "/blog/next-post", similarTitle: "Weiterlesen", progress: "0 von 2 erledigt" });
  await page.click("#options .anp-checklist__checkbox >> nth=0");
  await page.waitForFunction(() => document.querySelector("#options .anp-checklist__progress")?.textContent === "1 von 2 erledigt");
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'storage="none" wrote nothing');

  // timeout: the 0.8 s asked for (the default is 10 s).
  assert.equal(await page.getAttribute("#timed", "data-state"), "error");
  assert.match(await page.textContent("#timed"), /no answer within 0\.8 s/);

  // loading="lazy": nothing until it nears the viewport, then it loads.
  await quiet(page);
  assert.equal(await page.getAttribute("#lazy", "data-alphanode-mounted"), null, "the lazy widget waits off-screen");
  await page.locator("#lazy").scrollIntoViewIfNeeded();
  await settled(page, "#lazy");
  assert.equal(await page.getAttribute("#lazy", "data-state"), "ready");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("unmounting a loading widget, or loading another post, aborts its request", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  /** The browser's failure of the request for `path`, once it fails. */
  const failure = (path) =>
    page
      .waitForEvent("requestfailed", { predicate: (r) => new URL(r.url()).pathname + new URL(r.url()).search === path, timeout: 10000 })
      .then((r) => r.failure()?.errorText);
  const arrived = (path) => hangingChanged.until(() => hanging.has(path), { what: `the server to receive ${path}` });
  await page.evaluate(() => {
    // A long timeout, so only the unmount can end the request.
    window.handle = window.alphanode.mount(document.getElementById("slot"), { src: "/fault/hang.json?a", timeout: 600000 });
  });
  await page.waitForFunction(() => document.getElementById("slot").dataset.state === "loading");
  await arrived("/fault/hang.json?a");
  const unmounted = failure("/fault/hang.json?a");
  await page.evaluate(() => window.handle.unmount());
  assert.match(await unmounted, /ABORTED/);

  await page.evaluate(() => {
    window.handle = window.alphanode.mount(document.getElementById("slot"), { src: "/fault/hang.json?b", timeout: 600000 });
  });
  await arrived("/fault/hang.json?b");
  const replaced = failure("/fault/hang.json?b");
  await page.evaluate((src) => window.handle.update({ src }), REF_URL);
  assert.match(await replaced, /ABORTED/);
  await settled(page, "#slot");
  assert.equal(await page.getAttribute("#slot", "data-state"), "ready");
  await page.close();
});

test("similar posts: no card alone on a row, six then 'Show N more', whose first new card takes the focus with its whole ring (issue 26, items 8 and 10)", async () => {
  const page = await newPage(ctx);
  const refs = (n) => Array.from({ length: n }, (_, i) => ({ title: `Similar post ${i + 1}`, slug: `similar-${i + 1}`, summary: "A short summary." }));
  const counts = [1, 2, 3, 4, 5, 7, 10, 60];
  await mountInline(
    page,
    counts.map((n) => [`s${n}`, { title: `${n} similar`, body: [], similar: refs(n) }, { "data-alphanode-link": "/blog/{slug}" }]),
  );
  // Every list, open or not: rows by their top; a row of one card in a grid of several
  // columns is the whole row wide.
  const rows = () =>
    page.evaluate(() =>
      [...document.querySelectorAll(".anp-similar")].map((section) => {
        for (const d of section.querySelectorAll("details")) d.open = true;
        const lists = [...section.querySelectorAll(".anp-similar__list")].map((list) => {
          const box = list.getBoundingClientRect();
          const columns = getComputedStyle(list).gridTemplateColumns.split(" ").length;
          const byTop = new Map();
          for (const item of list.children) {
            const r = item.getBoundingClientRect();
            const top = Math.round(r.top);
            byTop.set(top, [...(byTop.get(top) ?? []), Math.round(r.width)]);
          }
          return { width: Math.round(box.width), columns, rows: [...byTop.values()] };
        });
        for (const d of section.querySelectorAll("details")) d.open = false;
        return { id: section.closest("[data-alphanode-post]").id, lists };
      }),
    );
  for (const width of [1280, 600, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const { id, lists } of await rows()) {
      assert.ok(lists[0].rows.flat().length <= 6, `${id}: at most six shown`);
      for (const { width: listWidth, columns, rows: r } of lists) {
        const last = r.at(-1);
        if (r.length > 1 || columns > 1) {
          assert.ok(last.length > 1 || Math.abs(last[0] - listWidth) <= 1, `${width}px ${id}: a card alone on the last row (${JSON.stringify(r)}, ${columns} columns)`);
        }
      }
    }
  }
  // In the 768 px widget: four cards are two rows of two, not three and one.
  await page.setViewportSize({ width: 1280, height: 900 });
  const four = (await rows()).find((s) => s.id === "s4");
  assert.deepEqual(four.lists[0].rows.map((r) => r.length), [2, 2]);
  const sixty = (await rows()).find((s) => s.id === "s60");
  assert.deepEqual(sixty.lists[0].rows.map((r) => r.length), [3, 3]);

  // "Show 54 more", reached by keyboard: Enter opens it and the focus goes to the
  // first card it shows, whose ring is whole (inside the widget, nothing clips it).
  const toggle = page.locator("#s60 .anp-similar__toggle");
  assert.equal(await toggle.innerText(), "Show 54 more");
  await page.locator("#s60 .anp-similar__list:not(.anp-similar__list--more) .anp-similar__link").last().focus();
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.activeElement?.matches("#s60 .anp-similar__toggle"));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.matches("#s60 .anp-similar__list--more .anp-similar__link"));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Similar post 7");
  assert.equal(await page.getAttribute("#s60 .anp-similar__more", "open"), "");
  assert.equal(await toggle.innerText(), "Show fewer");
  const ring = await page.evaluate(() => {
    const link = document.activeElement;
    const card = link.closest(".anp-similar__card");
    const s = getComputedStyle(card);
    const r = card.getBoundingClientRect();
    const grow = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
    const article = card.closest(".anp-article").getBoundingClientRect();
    const clippers = [];
    for (let el = card.parentElement; el && !el.matches(".anp-article"); el = el.parentElement) {
      const cs = getComputedStyle(el);
      if (cs.overflow !== "visible" || cs.contentVisibility !== "visible" || /paint|strict|content/.test(cs.contain)) clippers.push(el.className);
    }
    return {
      style: s.outlineStyle,
      width: s.outlineWidth,
      linkOutline: getComputedStyle(link).outlineStyle,
      inside: r.left - grow >= article.left && r.right + grow <= article.right,
      clippers,
    };
  });
  assert.deepEqual(ring, { style: "solid", width: "3px", linkOutline: "none", inside: true, clippers: [] });
  // Enter again on the summary closes it, as any disclosure.
  await toggle.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.querySelector("#s60 .anp-similar__more").open);
  assert.equal(await toggle.innerText(), "Show 54 more");
  assert.deepEqual(page.problems, []);
  await page.close();
});
