// The designer preview at /preview.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { newPage, openPage, referencePost, squash, useBrowser, visibleValues } from "../support/harness.mjs";

const ctx = useBrowser();

const READY = { selector: ".anp-preview__frame .anp-article[data-state=ready]" };
const openPreview = (page, suffix = "") =>
  openPage(page, `/preview${suffix}`, { ready: { selector: `${READY.selector}, .anp-preview__compare-grid` } });

const editorText = (page) => page.$eval(".anp-preview__editor", (e) => e.value);
/** Replaces the editor's text and waits for the debounced re-parse, which writes the
 * text into the link. */
async function typeInto(page, text) {
  const hash = await page.evaluate(() => location.hash);
  await page.$eval(".anp-preview__editor", (e, text) => {
    e.value = text;
    e.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.waitForFunction((old) => location.hash !== old, hash);
}

test("invalid JSON shows its diagnostic with line and column and keeps the last render", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const title = await page.textContent(".anp-preview__frame .anp-article__title");
  const good = await editorText(page);
  // Break it: drop the closing brace.
  await typeInto(page, good.trimEnd().slice(0, -1));
  assert.match(await page.textContent(".anp-preview__headline"), /can't be rendered; the last good render stays visible/);
  const problem = squash(await page.textContent(".anp-preview__problem"));
  assert.match(problem, /^\$: the JSON ends too early: .*\(line \d+, column \d+\)$/);
  assert.equal(await page.textContent(".anp-preview__frame .anp-article__title"), title);

  // A wrong type names its path, and clicking it puts the cursor on the value.
  const wrong = good.replace(/"text": "a reliable/, '"text": 42, "was": "a reliable');
  await typeInto(page, wrong);
  const item = page.locator(".anp-preview__problem", { hasText: "body[0].text" });
  assert.match(squash(await item.textContent()), /body\[0\]\.text: expected a string, found a number; shown as text \(line \d+, column \d+\)/);
  await item.locator("button").click();
  const caret = await page.$eval(".anp-preview__editor", (e) => [document.activeElement === e, e.value.slice(e.selectionStart, e.selectionStart + 2)]);
  assert.deepEqual(caret, [true, "42"]);
  // The render follows valid edits.
  assert.equal(await page.textContent(".anp-preview__frame .anp-body__paragraph >> nth=0"), "42");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a shared link reproduces JSON, layout and theme", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const good = await editorText(page);
  await typeInto(page, good.replace("how to handle keeping staging", "SHARED TITLE keeping staging"));
  await page.selectOption(".anp-preview__layout", "table");
  await page.selectOption(".anp-preview__theme", "dark");
  await page.waitForFunction(() => location.hash.includes("layout=table") && location.hash.includes("theme=dark"));
  const link = page.url();
  assert.match(link, /#v=2&layout=table&theme=dark&width=0&compare=0&focus=both&post=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < good.length, `the link is compressed (${link.length} < ${good.length})`);

  const other = await newPage(ctx);
  await openPage(other, link, { ready: READY });
  assert.match(await other.textContent(".anp-preview__frame .anp-article__title"), /^SHARED TITLE keeping staging/);
  assert.equal(await other.getAttribute(".anp-preview__frame .anp-meta", "data-layout"), "table");
  assert.equal(await other.getAttribute(".anp-preview__frame .anp-article", "data-theme"), "dark");
  assert.equal(await other.$eval(".anp-preview__layout", (s) => s.value), "table");
  assert.equal(await other.$eval(".anp-preview__theme", (s) => s.value), "dark");
  assert.equal(await editorText(other), await editorText(page));
  await other.close();
  await page.close();
});

test("every layout shows every value of the reference meta; compare mode shows them side by side", async () => {
  const post = await referencePost();
  const values = visibleValues(post.meta).map(squash);
  const page = await newPage(ctx, { viewport: { width: 1600, height: 1000 } });
  await openPreview(page);
  for (const layout of ["list", "grid", "table", "compact"]) {
    await page.selectOption(".anp-preview__layout", layout);
    await page.waitForFunction((l) => document.querySelector(".anp-preview__frame .anp-meta")?.dataset.layout === l, layout);
    const text = squash(await page.innerText(".anp-preview__frame .anp-meta"));
    for (const v of values) assert.ok(text.includes(v), `${layout}: missing ${v}`);
  }
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid");
  const layouts = await page.$$eval(".anp-preview__compare-grid .anp-meta", (els) => els.map((e) => e.dataset.layout));
  assert.deepEqual(layouts, ["list", "grid", "table", "compact"]);
  for (const cell of await page.$$(".anp-preview__compare-grid .anp-meta")) {
    const text = squash(await cell.innerText());
    for (const v of values) assert.ok(text.includes(v), `compare: missing ${v}`);
  }
  await mkdir("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/preview-compare.png", fullPage: false });
  await page.close();
});

test("viewport presets size the frame, and every gallery sample renders without horizontal overflow", async () => {
  const page = await newPage(ctx, { viewport: { width: 1400, height: 900 } });
  await openPreview(page);
  for (const [value, width] of [["375", 375], ["768", 768]]) {
    await page.check(`input[name=anp-viewport][value="${value}"]`);
    const box = await page.$eval(".anp-preview__frame", (e) => e.getBoundingClientRect().width);
    assert.ok(Math.abs(box - width) <= 2, `frame ${box}px for ${value}`);
  }
  const samples = await page.$$eval(".anp-preview__sample option", (os) => os.map((o) => o.value).filter(Boolean));
  assert.deepEqual(samples, ["reference", "empty-meta", "huge-meta", "long-strings", "rtl", "deep", "many-similar"]);
  for (const width of ["375", "1280"]) {
    await page.check(`input[name=anp-viewport][value="${width}"]`);
    for (const sample of samples) {
      await page.selectOption(".anp-preview__sample", sample);
      await page.waitForFunction(() => document.querySelector(".anp-preview__headline")?.textContent === "No problems.");
      const overflow = await page.$eval(".anp-preview__frame", (frame) =>
        [...frame.querySelectorAll(".anp-article *")]
          .filter((el) => el.getBoundingClientRect().right > frame.getBoundingClientRect().right + 1 && !el.closest(".anp-meta__table-wrap, .anp-code__pre"))
          .slice(0, 3)
          .map((el) => `${el.className || el.tagName}: ${Math.round(el.getBoundingClientRect().right - frame.getBoundingClientRect().right)}px`),
      );
      assert.deepEqual(overflow, [], `${sample} at ${width}px overflows`);
    }
  }
  // The huge sample is paged and the rest reachable.
  await page.selectOption(".anp-preview__sample", "huge-meta");
  await page.waitForFunction(() => document.querySelector(".anp-preview__headline")?.textContent === "No problems.");
    assert.match(await page.textContent(".anp-preview__frame .anp-meta__more"), /Show 9,950 more/);
  // Revealed progressively, chunk by chunk, until every entry is there.
  await page.click(".anp-preview__frame .anp-meta__more");
  await page.waitForFunction(
    () => document.querySelectorAll(".anp-preview__frame .anp-meta__entries > .anp-meta__entry").length === 10000,
    null,
    { timeout: 30000 },
  );
  // Off-screen pages skip layout (content-visibility: auto) but their text is there,
  // and the last page renders once scrolled to.
  const last = ".anp-preview__frame .anp-meta__entries >> nth=-1";
  assert.match(await page.textContent(last), /metric 10000/);
  await page.locator(last).scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    /metric 10000/.test([...document.querySelectorAll(".anp-preview__frame .anp-meta__entries")].at(-1).innerText),
  );
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("copy link and embed snippet put them on the clipboard; Download JSON saves the editor's text", async () => {
  const page = await newPage(ctx, { permissions: ["clipboard-read", "clipboard-write"] });
  await openPreview(page);
  await page.selectOption(".anp-preview__layout", "grid");
  await page.waitForFunction(() => location.hash.includes("layout=grid"));

  await page.click("text=Copy link");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent === "Link copied.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());

  await page.click("text=Copy embed snippet");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent === "Embed snippet copied.");
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(snippet.startsWith(`<script type="module" src="${ctx.url}/embed.js"></script>`), snippet);
  assert.match(snippet, /data-alphanode-layout="grid"/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download JSON")]);
  assert.equal(download.suggestedFilename(), "keeping-staging-close-to-production-python-services.json");
  const saved = await readFile(await download.path(), "utf8");
  assert.equal(saved, await editorText(page));
  assert.equal(await page.textContent(".anp-preview__notice"), "post.json downloaded.");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("when the clipboard refuses, the notice shows the text to copy by hand", async () => {
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, "writeText", {
      value: () => Promise.reject(new DOMException("refused", "NotAllowedError")),
    });
  });
  await openPreview(page);
  await page.click("text=Copy link");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent.startsWith("Copy this link: "));
  assert.equal(await page.textContent(".anp-preview__notice"), `Copy this link: ${page.url()}`);
  await page.click("text=Copy embed snippet");
  await page.waitForSelector(".anp-preview__manual");
  assert.equal(await page.textContent(".anp-preview__notice"), "Copy this embed snippet:");
  const manual = await page.$eval(".anp-preview__manual", (t) => t.value);
  assert.ok(manual.startsWith(`<script type="module" src="${ctx.url}/embed.js"></script>`), manual);
  assert.match(manual, /data-alphanode-post="#alphanode-post-keeping-staging/);
  await page.close();
});

// ---- Issue 13, items 13–16 ------------------------------------------------------

/** Heights of the frame's figures and where its meta box starts (page coordinates);
 * installed in the page as `anpLayoutMarks` so a waitForFunction can measure in the
 * frame its condition first holds. */
const layoutMarks = () => {
  const frame = document.querySelector(".anp-preview__frame");
  const figures = [...frame.querySelectorAll(".anp-figure")].map((f) => f.getBoundingClientRect().height);
  const meta = frame.querySelector(".anp-meta")?.getBoundingClientRect().top + window.scrollY;
  return { figures, meta, broken: [...frame.querySelectorAll(".anp-figure")].map((f) => f.dataset.broken) };
};
const assertSameLayout = (after, before, when) => {
  assert.equal(after.figures.length, before.figures.length, when);
  after.figures.forEach((h, i) => assert.ok(Math.abs(h - before.figures[i]) <= 1.5, `${when}: figure ${i} is ${h}px, was ${before.figures[i]}px`));
  assert.ok(Math.abs(after.meta - before.meta) <= 1.5, `${when}: the meta box moved from ${before.meta}px to ${after.meta}px`);
};

test("typing or switching samples never moves the layout: broken images keep their compact alt-text box", async () => {
  const page = await newPage(ctx, { viewport: { width: 1400, height: 900 } });
  await page.addInitScript(`window.anpLayoutMarks = ${layoutMarks}`);
  await openPreview(page);
  // Without network the two images fail and show their alt text, as in the app.
  await page.waitForFunction(() => {
    const figures = [...document.querySelectorAll(".anp-preview__frame .anp-figure")];
    return figures.length === 2 && figures.every((f) => f.dataset.broken === "true");
  });
  const before = await page.evaluate(layoutMarks);
  for (const h of before.figures) assert.ok(h > 40, `an alt-text box in the reserved frame, not ${h}px`);
  assert.match(await page.textContent(".anp-preview__frame .anp-figure__fallback >> nth=0"), /\S/);

  // One real keystroke inside the first paragraph.
  await page.$eval(".anp-preview__editor", (e) => {
    const at = e.value.indexOf("a reliable") + "a reliable".length;
    e.focus();
    e.setSelectionRange(at, at);
  });
  await page.keyboard.type("e");
  // Measured in the very frame the re-render shows up in, and again once every image
  // has settled.
  const during = await (await page.waitForFunction(() => {
    const p = document.querySelector(".anp-preview__frame .anp-body__paragraph");
    return p?.textContent.startsWith("a reliablee ") && window.anpLayoutMarks();
  })).jsonValue();
  assertSameLayout(during, before, "right after the keystroke");
  await page.waitForFunction(() => [...document.querySelectorAll(".anp-preview__frame .anp-figure")].every((f) => f.dataset.broken === "true"));
  assertSameLayout(await page.evaluate(layoutMarks), before, "once the images settled");

  // Switching samples re-renders everything too.
  await page.selectOption(".anp-preview__sample", "reference");
  const switched = await (await page.waitForFunction(() => {
    const p = document.querySelector(".anp-preview__frame .anp-body__paragraph");
    return p?.textContent.startsWith("a reliable ") && window.anpLayoutMarks();
  })).jsonValue();
  assertSameLayout(switched, before, "right after a sample switch");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("clicking a diagnostic selects the offending value and scrolls the editor to it", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const post = JSON.parse(await editorText(page));
  post.similar = [{ title: 4242, slug: "far-down" }];
  post.body[7].src = "javascript:alert(1)";
  await typeInto(page, JSON.stringify(post, null, 2));
  const selection = () =>
    page.$eval(".anp-preview__editor", (e) => {
      const style = getComputedStyle(e);
      const lineHeight = parseFloat(style.lineHeight);
      const line = e.value.slice(0, e.selectionStart).split("\n").length - 1;
      const top = parseFloat(style.paddingTop) + line * lineHeight;
      const box = e.getBoundingClientRect();
      return {
        focused: document.activeElement === e,
        selected: e.value.slice(e.selectionStart, e.selectionEnd),
        line,
        lineInView: top >= e.scrollTop && top + lineHeight <= e.scrollTop + e.clientHeight,
        editorOnScreen: box.top < innerHeight && box.bottom > 0,
      };
    });

  // Far down, past the editor's visible lines: scrolled there, the number selected.
  await page.locator(".anp-preview__problem", { hasText: "similar[0].title" }).locator("button").click();
  const far = await selection();
  assert.ok(far.line > 100, `line ${far.line}`);
  assert.deepEqual(far, { ...far, focused: true, selected: "4242", lineInView: true, editorOnScreen: true });

  // Back up: a refused URL selects the whole string.
  await page.locator(".anp-preview__problem", { hasText: "body[7].src" }).locator("button").click();
  const near = await selection();
  assert.deepEqual(near, { ...near, focused: true, selected: '"javascript:alert(1)"', lineInView: true });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a copied link restores every control; compare mode shows that all layouts are compared", async () => {
  const page = await newPage(ctx, { permissions: ["clipboard-read", "clipboard-write"] });
  await openPreview(page);
  await page.selectOption(".anp-preview__sample", "rtl");
  await page.waitForFunction(() => document.querySelector(".anp-preview__frame .anp-article__title")?.textContent.startsWith("كيف"));
  await page.selectOption(".anp-preview__layout", "grid");
  await page.selectOption(".anp-preview__theme", "contrast");
  await page.check('input[name=anp-viewport][value="768"]');
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid");
  const controls = (p) =>
    p.evaluate(() => {
      const layout = document.querySelector(".anp-preview__layout");
      return {
        sample: document.querySelector(".anp-preview__sample").value,
        layout: layout.value,
        layoutShown: layout.selectedOptions[0]?.textContent,
        layoutDisabled: layout.disabled,
        theme: document.querySelector(".anp-preview__theme").value,
        width: document.querySelector("input[name=anp-viewport]:checked")?.value,
        // Compare mode: the width is each layout's pane.
        paneWidth: Math.round(document.querySelector(".anp-preview__compare-cell")?.getBoundingClientRect().width),
        compare: document.querySelector(".anp-preview__compare").checked,
        compared: [...document.querySelectorAll(".anp-preview__compare-grid .anp-meta")].map((m) => m.dataset.layout),
        comparedTheme: document.querySelector(".anp-preview__compare-cell")?.dataset.theme,
      };
    });
  const expected = {
    sample: "rtl",
    layout: "all",
    layoutShown: "All layouts",
    layoutDisabled: true,
    theme: "contrast",
    width: "768",
    paneWidth: 768,
    compare: true,
    compared: ["list", "grid", "table", "compact"],
    comparedTheme: "contrast",
  };
  assert.deepEqual(await controls(page), expected);

  await page.click("text=Copy link");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent === "Link copied.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The sample is unchanged, so the link names it instead of carrying its JSON.
  assert.match(link, /#v=2&layout=grid&theme=contrast&width=768&compare=1&focus=both&sample=rtl$/);

  const other = await newPage(ctx);
  await openPage(other, link, { ready: { selector: ".anp-preview__compare-grid .anp-meta" } });
  assert.deepEqual(await controls(other), expected);
  assert.equal(await editorText(other), await editorText(page));
  // Leaving compare mode brings back the layout that was chosen.
  await other.uncheck(".anp-preview__compare");
  await other.waitForSelector(".anp-preview__frame .anp-article[data-state=ready]");
  assert.deepEqual(
    await other.evaluate(() => [document.querySelector(".anp-preview__layout").value, document.querySelector(".anp-preview__layout").disabled]),
    ["grid", false],
  );
  assert.equal(await other.getAttribute(".anp-preview__frame .anp-meta", "data-layout"), "grid");
  assert.match(await other.textContent(".anp-preview__frame .anp-article__title"), /^كيف/);

  // An edited sample travels with its JSON and still names the sample in the menu.
  const edited = (await editorText(other)).replace("مقال مشابه", "EDITED similar");
  await typeInto(other, edited);
  const third = await newPage(ctx);
  await openPage(third, other.url(), { ready: READY });
  assert.equal(await editorText(third), edited);
  assert.equal(await third.$eval(".anp-preview__sample", (s) => s.value), "rtl");
  assert.equal(await third.$eval('input[name=anp-viewport]:checked', (r) => r.value), "768");
  assert.deepEqual([...page.problems, ...other.problems, ...third.problems], []);
  await third.close();
  await other.close();
  await page.close();
});

/** A new page showing a copy of blank.html with `snippet` pasted into its body, once
 * the snippet's widgets are ready; `prepare(page)` runs before it loads (to route
 * requests). */
async function pasteIntoBlankPage(snippet, path, prepare = async () => {}) {
  const blank = await readFile("tests/e2e/pages/blank.html", "utf8");
  assert.ok(blank.includes('<div id="slot"></div>'));
  const host = await newPage(ctx);
  await host.route(`${ctx.url}${path}`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: blank.replace('<div id="slot"></div>', snippet) }),
  );
  await prepare(host);
  await openPage(host, path);
  return host;
}

test("the embed snippet renders the edited post on a blank page, even with </script> in its text", async () => {
  const page = await newPage(ctx, { permissions: ["clipboard-read", "clipboard-write"] });
  await openPreview(page);
  const post = JSON.parse(await editorText(page));
  post.title = 'Embedded </script><b id="escaped">broke out</b> <!-- <script>';
  post.body[0].text = "edited </SCRIPT > and <!--<script> still text";
  await typeInto(page, JSON.stringify(post, null, 2));
  await page.waitForFunction(() => document.querySelector(".anp-preview__frame .anp-article__title")?.textContent.startsWith("Embedded </script>"));
  await page.selectOption(".anp-preview__layout", "table");
  await page.selectOption(".anp-preview__theme", "dark");

  await page.click("text=Copy embed snippet");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent === "Embed snippet copied.");
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(snippet.startsWith(`<script type="module" src="${ctx.url}/embed.js"></script>\n`), snippet.slice(0, 200));
  assert.match(snippet, /<script type="application\/json" id="alphanode-post-keeping-staging-close-to-production-python-services">/);
  assert.match(snippet, /<div data-alphanode-post="#alphanode-post-keeping-staging-close-to-production-python-services" data-alphanode-theme="dark" data-alphanode-layout="table"><\/div>/);
  assert.doesNotMatch(snippet, /placeholder|your-post\.json/);

  const host = await pasteIntoBlankPage(snippet, "/pasted-inline.html");
  const shown = await host.evaluate(() => {
    const widget = document.querySelector("[data-alphanode-post]");
    const data = document.querySelector('script[type="application/json"]');
    return {
      state: widget.dataset.state,
      title: widget.querySelector(".anp-article__title")?.textContent,
      first: widget.querySelector(".anp-body__paragraph")?.textContent,
      theme: widget.querySelector(".anp-article")?.dataset.theme,
      layout: widget.querySelector(".anp-meta")?.dataset.layout,
      escaped: document.getElementById("escaped") !== null,
      bodyChildren: [...document.body.children].map((e) => e.tagName.toLowerCase()),
      inline: JSON.parse(data.textContent),
    };
  });
  assert.deepEqual(shown, {
    state: "ready",
    title: post.title,
    first: post.body[0].text,
    theme: "dark",
    layout: "table",
    escaped: false,
    bodyChildren: ["script", "script", "div"],
    inline: post,
  });
  assert.deepEqual(host.problems, []);
  await host.close();

  // The URL form, for a host that publishes post.json: served here from the download.
  await page.click("text=Copy URL snippet");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent.startsWith("URL embed snippet copied"));
  const urlSnippet = await page.evaluate(() => navigator.clipboard.readText());
  const published = urlSnippet.match(/data-alphanode-post="(https:\/\/[^"]+\/post\.json)"/)?.[1];
  assert.ok(published, urlSnippet);
  assert.match(urlSnippet, /data-alphanode-theme="dark" data-alphanode-layout="table"/);
  assert.ok(urlSnippet.startsWith(`<script type="module" src="${ctx.url}/embed.js"></script>\n`), urlSnippet);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download JSON")]);
  const json = await readFile(await download.path(), "utf8");
  const urlHost = await pasteIntoBlankPage(urlSnippet, "/pasted-url.html", (p) =>
    p.route(published, (route) =>
      route.fulfill({ contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: json }),
    ),
  );
  assert.equal(await urlHost.getAttribute("[data-alphanode-post]", "data-state"), "ready");
  assert.equal(await urlHost.textContent("[data-alphanode-post] .anp-article__title"), post.title);
  await urlHost.close();
  assert.deepEqual(page.problems, []);
  await page.close();
});

// ---- Issue 26: what a new user saw -------------------------------------------------

/** Picks a Width preset and waits until the frame has it and, when scaled, the stage
 * around it has the scaled height (both set once layout measured them). */
async function pickWidth(page, width) {
  await page.check(`input[name=anp-viewport][value="${width}"]`);
  await page.waitForFunction((width) => {
    const frame = document.querySelector(".anp-preview__frame");
    const stage = document.querySelector(".anp-preview__stage");
    if (frame?.dataset.width !== width) return false;
    // (Without a stage nothing is scaled: the checks that follow say what is wrong.)
    return !stage || frame.dataset.scale === "1" || Math.abs(stage.getBoundingClientRect().height - frame.getBoundingClientRect().height) < 2;
  }, width);
}

/** The frame as laid out (its own width, unscaled) and as shown, with the pane's box,
 * the stage's height and the size label. */
const frameBox = (page) =>
  page.$eval(".anp-preview__frame", (frame) => {
    const pane = frame.closest(".anp-preview__render-pane");
    const r = frame.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return {
      layoutWidth: frame.offsetWidth,
      // Inside the border: the width the post is laid out in.
      contentWidth: frame.clientWidth,
      shownWidth: r.width,
      shownHeight: r.height,
      left: r.left - p.left,
      right: p.right - r.right,
      paneWidth: pane.clientWidth,
      paneScrolls: pane.scrollWidth > pane.clientWidth + 1,
      stageHeight: frame.parentElement.getBoundingClientRect().height,
      label: document.querySelector(".anp-preview__size")?.textContent ?? null,
    };
  });

test("width presets show the width they name, scaled down to fit the pane with the scale shown, and stay usable", async () => {
  const page = await newPage(ctx, { viewport: { width: 1280, height: 900 } });
  await openPreview(page);
  for (const width of [768, 1280]) {
    await pickWidth(page, String(width));
    const box = await frameBox(page);
    // Laid out at the preset's width…
    assert.equal(box.contentWidth, width, `content at ${width}: ${JSON.stringify(box)}`);
    // …shown scaled to the pane's width, centred, with no sideways scrolling…
    assert.ok(Math.abs(box.shownWidth - box.paneWidth) <= 1, `fits the pane: ${JSON.stringify(box)}`);
    assert.ok(Math.abs(box.left - box.right) <= 1 && box.left >= -1, `centred: ${JSON.stringify(box)}`);
    assert.equal(box.paneScrolls, false);
    // …saying so…
    const percent = Math.floor((box.shownWidth / box.layoutWidth) * 100);
    assert.equal(box.label, `${width} px · ${percent} %`);
    assert.ok(percent < 100);
    // …and the stage is as tall as the scaled frame: no empty space below, nothing cut.
    assert.ok(Math.abs(box.stageHeight - box.shownHeight) <= 2, `stage height: ${JSON.stringify(box)}`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no page-wide overflow");
  const end = await page.evaluate(() => {
    const frame = document.querySelector(".anp-preview__frame").getBoundingClientRect().bottom + window.scrollY;
    return document.documentElement.scrollHeight - frame;
  });
  assert.ok(end < 120, `the page ends right under the scaled frame (${end}px more)`);

  // The scaled post is still the post: a checklist item ticks where it is shown, and a
  // link is what the pointer finds at its place.
  const item = page.locator(".anp-preview__frame .anp-checklist input[type=checkbox]").first();
  await item.click();
  assert.equal(await item.isChecked(), true);
  const link = await page.$eval(".anp-preview__frame .anp-article a[href]", (a) => {
    const r = a.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest("a") === a;
  });
  assert.equal(link, true, "the link takes the pointer where it is shown");

  // A preset that fits is shown as is.
  await pickWidth(page, "375");
  const phone = await frameBox(page);
  assert.equal(phone.contentWidth, 375);
  assert.ok(Math.abs(phone.shownWidth - phone.layoutWidth) <= 0.5, JSON.stringify(phone));
  assert.equal(phone.label, "375 px");
  await pickWidth(page, "0");
  assert.equal((await frameBox(page)).label, `${(await frameBox(page)).paneWidth} px`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("compare mode: every pane is as wide as the Width preset, scaled down to fit", async () => {
  const page = await newPage(ctx, { viewport: { width: 1280, height: 900 } });
  await openPreview(page);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
  await pickWidth(page, "1280");
  const cells = await page.$$eval(".anp-preview__compare-cell", (cells) =>
    cells.map((c) => ({ layout: c.offsetWidth, shown: c.getBoundingClientRect().width, height: c.getBoundingClientRect().height })),
  );
  const box = await frameBox(page);
  const scale = box.shownWidth / box.layoutWidth;
  assert.ok(scale < 1, JSON.stringify(box));
  for (const c of cells) {
    assert.equal(c.layout, 1280);
    assert.ok(Math.abs(c.shown - 1280 * scale) <= 1, JSON.stringify({ c, scale }));
    // 75 % of the window's height on screen, whatever the scale.
    assert.ok(c.height <= 900 * 0.75 + 1, JSON.stringify(c));
  }
  assert.match(box.label, /^1280 px · \d+ %$/);
  assert.ok(Math.abs(box.shownWidth - box.paneWidth) <= 1 && !box.paneScrolls, JSON.stringify(box));
  assert.ok(Math.abs(box.stageHeight - box.shownHeight) <= 2, JSON.stringify(box));
  // The row still scrolls sideways, inside the scaled frame.
  assert.ok(await page.$eval(".anp-preview__compare-grid", (g) => g.scrollWidth > g.clientWidth));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("in a 375 px window the presets keep their names on one line, and Phone 375 shows 375 px scaled, alone or compared", async () => {
  const page = await newPage(ctx, { viewport: { width: 375, height: 800 } });
  await openPreview(page);
  const lines = await page.$$eval(".anp-preview__radio", (labels) =>
    labels.map((label) => {
      // One line: every fragment of the label's words (not its radio) at the same top.
      const tops = new Set(
        [...label.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
          .flatMap((n) => {
            const range = document.createRange();
            range.selectNodeContents(n);
            return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
          }),
      );
      return `${label.textContent.trim()}: ${tops.size}`;
    }),
  );
  assert.deepEqual(lines, ["Phone 375: 1", "Tablet 768: 1", "Desktop 1280: 1", "Fill: 1"]);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no page-wide overflow");
  await pickWidth(page, "375");
  const box = await frameBox(page);
  assert.equal(box.contentWidth, 375);
  assert.ok(Math.abs(box.shownWidth - box.paneWidth) <= 1, JSON.stringify(box));
  assert.match(box.label, /^375 px · \d+ %$/);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
  await pickWidth(page, "375");
  const cells = await page.$$eval(".anp-preview__compare-cell", (cells) => cells.map((c) => c.offsetWidth));
  assert.deepEqual(cells, [375, 375, 375, 375]);
  const compared = await frameBox(page);
  assert.ok(Math.abs(compared.shownWidth - compared.paneWidth) <= 1 && !compared.paneScrolls, JSON.stringify(compared));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no page-wide overflow");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a first visit's Sample menu names the reference post, and its link still carries the JSON", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const picked = await page.$eval(".anp-preview__sample", (s) => [s.value, s.selectedOptions[0]?.textContent]);
  assert.deepEqual(picked, ["reference", "Reference post"]);
  await page.waitForFunction(() => location.hash.includes("post="));
  assert.doesNotMatch(page.url(), /sample=/);
  assert.match(page.url(), /#v=2&layout=list&theme=auto&width=0&compare=0&focus=both&post=[A-Za-z0-9_-]+$/);
  // Picking another sample names it (in the menu and the link).
  await page.selectOption(".anp-preview__sample", "rtl");
  await page.waitForFunction(() => location.hash.includes("sample=rtl"));
  assert.equal(await page.$eval(".anp-preview__sample", (s) => s.value), "rtl");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a diagnostic's path reads as code right before its colon: $: message, not $ :", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const good = await editorText(page);
  await typeInto(page, good.trimEnd().slice(0, -1));
  const chip = await page.$eval(".anp-preview__problem .anp-diagnostic__path", (code) => {
    // The glyphs' boxes, not the element's (whose padding is the stray space).
    const path = document.createRange();
    path.selectNodeContents(code.firstChild);
    const colon = document.createRange();
    colon.setStart(code.nextSibling, 0);
    colon.setEnd(code.nextSibling, 1);
    return {
      text: code.textContent,
      after: colon.toString(),
      mono: /mono/i.test(getComputedStyle(code).fontFamily),
      gap: Math.round(colon.getBoundingClientRect().left - path.getBoundingClientRect().right),
    };
  });
  assert.deepEqual(chip, { text: "$", after: ":", mono: true, gap: 0 });
  assert.deepEqual(page.problems, []);
  await page.close();
});
