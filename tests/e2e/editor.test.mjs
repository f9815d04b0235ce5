// The designer preview's editor and layout bench (issue 18): highlighting, markers,
// Format and its undo, the kept draft, focus views, side-by-side compare, contrast and
// axe checks, share-link versions and the long-link warning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openPage, squash, useBrowser } from "../support/harness.mjs";

const ctx = useBrowser();

const openPreview = (page, suffix = "") =>
  openPage(page, `/preview${suffix}`, {
    ready: { selector: ".anp-preview__frame .anp-article[data-state=ready], .anp-preview__compare-grid, .anp-preview__meta-only" },
  });

/**
 * In the page: the link carries the editor's current text, so the debounced re-parse
 * (which writes the link) has run since the last edit. The fragment's post is deflated
 * and base64url-encoded (src/app/share.rs); each fragment is inflated once, off the
 * polling, and remembered.
 */
function linkHasEditorText() {
  const seen = (window.__anpLinkText ??= new Map());
  const hash = location.hash;
  if (!seen.has(hash)) {
    seen.set(hash, undefined);
    const packed = new URLSearchParams(hash.slice(1)).get("post");
    if (packed) {
      const b64 = packed.replace(/-/g, "+").replace(/_/g, "/");
      const bytes = Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
      new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw")))
        .text()
        .then((text) => seen.set(hash, text), () => seen.set(hash, null));
    }
  }
  const text = seen.get(hash);
  return typeof text === "string" && text === document.querySelector(".anp-preview__editor").value;
}

const editorText = (page) => page.$eval(".anp-preview__editor", (e) => e.value);

/** Replaces the editor's text and waits for the debounced re-parse, which writes the
 * text into the link. */
async function typeInto(page, text) {
  const hash = await page.evaluate(() => location.hash);
  await page.$eval(
    ".anp-preview__editor",
    (e, text) => {
      e.value = text;
      e.dispatchEvent(new Event("input", { bubbles: true }));
    },
    text,
  );
  await page.waitForFunction((old) => location.hash !== old, hash);
}

/** The text of the highlighted layer's spans of one class. */
const tokens = (page, cls) => page.$$eval(`.anp-editor__code .${cls}`, (els) => els.map((e) => e.textContent));

test("the editor highlights JSON tokens, numbers its lines and follows the textarea's scroll", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  await page.waitForSelector(".anp-editor__code .anp-editor__key");
  const keys = await tokens(page, "anp-editor__key");
  assert.deepEqual(keys.slice(0, 4), ['"format"', '"id"', '"slug"', '"title"']);
  assert.ok((await tokens(page, "anp-editor__string")).includes('"alphanode.post/1"'));
  assert.ok((await tokens(page, "anp-editor__number")).length > 0, "numbers are highlighted");
  assert.ok((await tokens(page, "anp-editor__punct")).includes("{"));
  // The layer shows the textarea's own text, character for character.
  const [layer, text] = await page.$eval(".anp-editor__code", (code) => [
    code.textContent,
    document.querySelector(".anp-preview__editor").value,
  ]);
  assert.ok(text.startsWith(layer.slice(0, 500)), "the layer's first lines are the editor's");
  assert.equal(await page.$eval(".anp-editor__numbers", (g) => g.textContent.split("\n")[0]), "1");
  // Scrolled to the end, the last line and its number are drawn (only visible lines are).
  const lines = text.split("\n").length;
  await page.$eval(".anp-preview__editor", (e) => {
    e.scrollTop = e.scrollHeight;
  });
  await page.waitForFunction(
    (n) => document.querySelector(".anp-editor__numbers").textContent.split("\n").includes(String(n)),
    lines,
  );
  const drawnFirst = await page.$eval(".anp-editor__numbers", (g) => Number(g.textContent.split("\n")[0]));
  assert.ok(drawnFirst > 1, `the first lines are no longer drawn (first drawn: ${drawnFirst})`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a wrong-typed value gets a marker at its exact span, with its message on hover, on click and at the caret", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const good = await editorText(page);
  await typeInto(page, good.replace(/"text": "a reliable/, '"text": 42, "was": "a reliable'));
  const marker = page.locator(".anp-editor__marker", { hasText: "42" });
  await marker.waitFor();
  assert.equal(await marker.textContent(), "42");
  assert.match(await marker.getAttribute("title"), /^body\[0\]\.text: expected a string, found a number/);
  assert.match(await marker.getAttribute("class"), /anp-editor__marker--warning/);
  // The pointer reaches the marker through the textarea (so the title shows on hover).
  const box = await marker.boundingBox();
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.className,
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  assert.match(hit, /anp-editor__marker/);
  // A click on it selects the value; the hint line (the textarea's description) names it.
  await marker.click();
  const selected = await page.$eval(".anp-preview__editor", (e) => [
    document.activeElement === e,
    e.value.slice(e.selectionStart, e.selectionEnd),
  ]);
  assert.deepEqual(selected, [true, "42"]);
  // …and keeps it on screen (focusing alone scrolls to the end of a text set by script).
  const inView = await page.$eval(".anp-preview__editor", (e) => {
    const top = e.value.slice(0, e.selectionStart).split("\n").length * parseFloat(getComputedStyle(e).lineHeight);
    return top >= e.scrollTop && top <= e.scrollTop + e.clientHeight;
  });
  assert.ok(inView, "the selected value is in view");
  await page.waitForFunction(() => /body\[0\]\.text: expected a string/.test(document.querySelector(".anp-editor__hint").textContent));
  assert.match(await page.textContent(".anp-editor__hint"), /^Warning at the caret: body\[0\]\.text/);
  // A keyboard user moving the caret off the value: the hint goes back to its prompt.
  await page.keyboard.press("Home");
  await page.waitForFunction(() => !/body\[0\]/.test(document.querySelector(".anp-editor__hint").textContent));
  // A syntax error is marked too, as an error.
  await typeInto(page, '{\n  "title": "T",\n  "body": [}\n');
  const error = page.locator(".anp-editor__marker--error");
  await error.waitFor();
  assert.equal(await error.textContent(), "}");
  assert.match(await error.getAttribute("title"), /^\$: /);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the caret's bracket and its partner are marked", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  await typeInto(page, '{\n  "title": "T",\n  "body": [\n    {"type": "paragraph", "text": "[not a bracket]"}\n  ]\n}\n');
  const at = (await editorText(page)).indexOf("[");
  await page.$eval(".anp-preview__editor", (e, at) => {
    e.focus();
    e.setSelectionRange(at, at);
    e.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }, at);
  await page.waitForFunction(() => document.querySelectorAll(".anp-editor__bracket").length === 2);
  assert.deepEqual(await tokens(page, "anp-editor__bracket"), ["[", "]"]);
  const lines = await page.$$eval(".anp-editor__bracket", (els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  assert.ok(lines[1] > lines[0], "the partner is on a later line, not the one in the string");
  await page.close();
});

test("moving the caret with the keyboard moves the bracket marks (typing alone does not re-read the caret)", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  await typeInto(page, "[1]\n\n");
  await page.focus(".anp-preview__editor");
  const marks = () => page.$$eval(".anp-editor__bracket", (els) => els.length);
  await page.keyboard.press("Control+End");
  await page.waitForFunction(() => document.querySelectorAll(".anp-editor__bracket").length === 0);
  await page.keyboard.press("Control+Home");
  await page.waitForFunction(() => document.querySelectorAll(".anp-editor__bracket").length === 2);
  assert.deepEqual(await tokens(page, "anp-editor__bracket"), ["[", "]"]);
  // Typed keys: the paint uses the caret the input handler read.
  await page.keyboard.press("Control+End");
  await page.keyboard.type("7");
  await page.waitForFunction(() => document.querySelector(".anp-preview__editor").value.endsWith("7"));
  await page.waitForFunction(() => document.querySelectorAll(".anp-editor__bracket").length === 0);
  assert.equal(await marks(), 0);
  await page.close();
});

test("Format pretty-prints keeping key order (Ctrl+Shift+F), and Ctrl+Z undoes it", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const minified = '{"title":"Zebra first","meta":{"zeta":1,"alpha":[true,null],"mid":{"b":2,"a":1}},"body":[]}';
  await typeInto(page, minified);
  assert.match(await page.getAttribute(".anp-preview__format", "aria-keyshortcuts"), /Control\+Shift\+F/);
  await page.focus(".anp-preview__editor");
  await page.keyboard.press("Control+Shift+F");
  await page.waitForFunction((m) => document.querySelector(".anp-preview__editor").value !== m, minified);
  const formatted = await editorText(page);
  assert.equal(formatted, JSON.stringify(JSON.parse(minified), null, 2) + "\n");
  assert.ok(formatted.indexOf('"zeta"') < formatted.indexOf('"alpha"') && formatted.indexOf('"b"') < formatted.indexOf('"a"'), "key order kept");
  assert.match(await page.textContent(".anp-preview__notice"), /Formatted/);
  await page.keyboard.press("Control+Z");
  await page.waitForFunction((m) => document.querySelector(".anp-preview__editor").value === m, minified);
  // The render follows the undone text too.
  await page.waitForFunction(() => document.querySelector(".anp-preview__frame .anp-article__title")?.textContent === "Zebra first");
  // A large text (over 64 KB, past what the browser's editing commands handle quickly):
  // Ctrl+Z still brings back the text from before Format.
  const meta = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key ${5000 - i}`, `value ${i}`]));
  const big = JSON.stringify({ title: "Big", body: [], meta });
  assert.ok(big.length > 64 * 1024);
  await typeInto(page, big);
  await page.focus(".anp-preview__editor");
  await page.keyboard.press("Control+Shift+F");
  await page.waitForFunction((m) => document.querySelector(".anp-preview__editor").value !== m, big);
  const bigFormatted = await editorText(page);
  assert.equal(bigFormatted, JSON.stringify(JSON.parse(big), null, 2) + "\n");
  await page.keyboard.press("Control+Z");
  await page.waitForFunction((m) => document.querySelector(".anp-preview__editor").value === m, big);
  // Invalid JSON is left alone, with the reason.
  await typeInto(page, '{"title": ');
  await page.click(".anp-preview__format");
  assert.match(await page.textContent(".anp-preview__notice"), /Can't format: the JSON has a syntax error: line 1, column \d+/);
  assert.equal(await editorText(page), '{"title": ');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the draft (text and controls) survives a reload without a link; Reset to sample discards it", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const good = await editorText(page);
  const edited = good.replace("how to handle keeping staging", "DRAFT TITLE keeping staging");
  await typeInto(page, edited);
  await page.selectOption(".anp-preview__layout", "grid");
  await page.selectOption(".anp-preview__theme", "dark");
  await page.waitForFunction(() => location.hash.includes("layout=grid") && location.hash.includes("theme=dark"));
  // Opened again with no fragment: only the stored draft can bring this back.
  await openPreview(page);
  assert.equal(await page.evaluate(() => location.hash.includes("post=")), true);
  assert.equal(await editorText(page), edited);
  assert.equal(await page.$eval(".anp-preview__layout", (s) => s.value), "grid");
  assert.equal(await page.$eval(".anp-preview__theme", (s) => s.value), "dark");
  assert.match(await page.textContent(".anp-preview__frame .anp-article__title"), /^DRAFT TITLE/);
  await page.reload();
  await page.waitForSelector(".anp-preview__frame .anp-article[data-state=ready]");
  assert.equal(await editorText(page), edited);

  await page.click(".anp-preview__reset");
  await page.waitForFunction((g) => document.querySelector(".anp-preview__editor").value === g, good);
  assert.match(await page.textContent(".anp-preview__notice"), /draft was discarded/);
  await openPreview(page);
  assert.equal(await editorText(page), good);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("Meta box only shows the meta box at the top; Article only leaves it out", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const metaTop = () =>
    page.$eval(".anp-preview__frame", (f) => f.querySelector(".anp-meta").getBoundingClientRect().top - f.getBoundingClientRect().top);
  assert.ok((await metaTop()) > 1000, "in the whole article the meta box is far down");
  await page.selectOption(".anp-preview__focus", "meta");
  await page.waitForSelector(".anp-preview__frame .anp-preview__meta-only .anp-meta");
  assert.ok((await metaTop()) < 100, `meta only: the meta box starts at the top (${await metaTop()}px)`);
  assert.equal(await page.locator(".anp-preview__frame .anp-article__title").count(), 0);
  assert.equal(await page.getAttribute(".anp-preview__frame .anp-meta", "data-layout"), "list");
  await page.waitForFunction(() => location.hash.includes("focus=meta"));

  await page.selectOption(".anp-preview__focus", "article");
  await page.waitForSelector(".anp-preview__frame .anp-article__title");
  assert.equal(await page.locator(".anp-preview__frame .anp-meta").count(), 0);
  assert.ok((await page.locator(".anp-preview__frame .anp-body").count()) > 0);
  // A link keeps the view.
  await page.selectOption(".anp-preview__focus", "meta");
  await page.waitForFunction(() => location.hash.includes("focus=meta"));
  const other = await newPage(ctx);
  await openPreview(other, new URL(page.url()).hash);
  assert.equal(await other.$eval(".anp-preview__focus", (s) => s.value), "meta");
  assert.equal(await other.locator(".anp-preview__frame .anp-preview__meta-only .anp-meta").count(), 1);
  await other.close();
  await page.close();
});

test("the editor stays on screen while a long article scrolls", async () => {
  const page = await newPage(ctx, { viewport: { width: 1400, height: 900 } });
  await openPreview(page);
  await page.evaluate(() => window.scrollTo(0, 2500));
  await page.waitForFunction(() => window.scrollY >= 2000);
  const box = await page.$eval(".anp-editor", (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  assert.ok(box.top >= 0 && box.top < 900 && box.bottom > 200, `editor on screen: ${JSON.stringify(box)}`);
  await page.close();
});

test("compare at 375 px: the four layouts side by side in labelled panes with synced scroll, Layout disabled", async () => {
  const page = await newPage(ctx, { viewport: { width: 375, height: 800 } });
  await openPreview(page);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
  assert.equal(await page.$eval(".anp-preview__layout", (s) => s.disabled), true);
  const panes = await page.$$eval(".anp-preview__compare-cell", (cells) =>
    cells.map((c) => {
      const r = c.getBoundingClientRect();
      const label = document.getElementById(c.getAttribute("aria-labelledby"))?.textContent;
      return { top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width), label, layout: c.querySelector(".anp-meta").dataset.layout };
    }),
  );
  assert.deepEqual(panes.map((p) => p.label), ["List", "Grid", "Table", "Compact"]);
  assert.deepEqual(panes.map((p) => p.layout), ["list", "grid", "table", "compact"]);
  for (const p of panes) assert.equal(p.top, panes[0].top, `pane ${p.label} is in the same row`);
  for (let i = 1; i < panes.length; i++) assert.ok(panes[i].left > panes[i - 1].left + 100, "side by side");
  assert.ok(panes[0].width >= 250, `a pane is wide enough to read (${panes[0].width}px)`);
  // The row scrolls sideways (the page does not).
  const row = await page.$eval(".anp-preview__compare-grid", (g) => [g.scrollWidth > g.clientWidth, getComputedStyle(g).scrollSnapType]);
  assert.deepEqual(row, [true, "x mandatory"]);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no page-wide overflow");
  // Scrolling one pane scrolls the others to the same place.
  await page.$eval(".anp-preview__compare-cell", (c) => {
    c.scrollTop = (c.scrollHeight - c.clientHeight) / 2;
  });
  await page.waitForFunction(() => [...document.querySelectorAll(".anp-preview__compare-cell")].slice(1).every((c) => c.scrollTop > 0));
  const ratios = await page.$$eval(".anp-preview__compare-cell", (cells) =>
    cells.map((c) => (c.scrollHeight > c.clientHeight ? c.scrollTop / (c.scrollHeight - c.clientHeight) : 0.5)),
  );
  for (const r of ratios) assert.ok(Math.abs(r - 0.5) < 0.05, `synced: ${ratios}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a link longer than 8,000 characters warns and offers the JSON file instead", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  // Text that does not compress: random words.
  let seed = 7;
  const word = () => {
    let w = "";
    for (let i = 0; i < 8; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      w += "abcdefghijklmnopqrstuvwxyz"[seed % 26];
    }
    return w;
  };
  const text = Array.from({ length: 1500 }, word).join(" ");
  await typeInto(page, JSON.stringify({ title: "Long", body: [{ type: "paragraph", text }] }, null, 2));
  await page.click(".anp-preview__copy-link");
  await page.waitForFunction(() => /characters long/.test(document.querySelector(".anp-preview__notice").textContent));
  const notice = squash(await page.textContent(".anp-preview__notice"));
  // The count is written the reader's way ("10,383" in English).
  const length = Number(notice.match(/([\d,]+) characters long/)[1].replaceAll(",", ""));
  assert.ok(length > 8000, notice);
  assert.equal(length, page.url().length);
  assert.match(notice, /may be cut .* Share the JSON file instead/);
  const download = page.waitForEvent("download");
  await page.click(".anp-preview__download-instead");
  assert.equal((await download).suggestedFilename(), "post.json");
  // A short link copies without the warning.
  await typeInto(page, '{"title": "Short", "body": []}');
  await page.click(".anp-preview__copy-link");
  await page.waitForFunction(() => !/characters long/.test(document.querySelector(".anp-preview__notice").textContent) && document.querySelector(".anp-preview__notice").textContent);
  assert.equal(await page.locator(".anp-preview__download-instead").count(), 0);
  await page.close();
});

test("links carry format version 2; a version-1 link (no v) still opens", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  await typeInto(page, (await editorText(page)).replace("how to handle keeping staging", "VERSIONED keeping staging"));
  await page.selectOption(".anp-preview__layout", "compact");
  await page.waitForFunction(() => location.hash.includes("layout=compact"));
  assert.match(new URL(page.url()).hash, /^#v=2&layout=compact&theme=auto&width=0&compare=0&focus=both&post=/);
  const v1 = new URL(page.url()).hash.replace("v=2&", "").replace("&width=0&compare=0&focus=both", "");
  assert.match(v1, /^#layout=compact&theme=auto&post=/);
  const other = await newPage(ctx);
  await openPreview(other, v1);
  assert.match(await other.textContent(".anp-preview__frame .anp-article__title"), /^VERSIONED/);
  assert.equal(await other.getAttribute(".anp-preview__frame .anp-meta", "data-layout"), "compact");
  assert.deepEqual(other.problems, []);
  await other.close();
  await page.close();
});

test("contrast ratios are computed and shown per theme; axe-core loads only when asked", async () => {
  const page = await newPage(ctx);
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await openPreview(page);
  await page.click(".anp-preview__checks summary");
  await page.waitForFunction(() => document.querySelectorAll(".anp-preview__contrast tbody tr").length === 18);
  const rows = await page.$$eval(".anp-preview__contrast tbody tr", (trs) =>
    trs.map((tr) => [...tr.cells].map((c) => c.textContent).concat(tr.dataset.pass)),
  );
  assert.deepEqual([...new Set(rows.map((r) => r[0]))], ["Light", "Dark", "High contrast"]);
  for (const r of rows) assert.match(r[2], /^\d+\.\d\d:1$/, `a ratio was computed: ${r}`);
  const ratio = (theme, pair) => Number(rows.find((r) => r[0] === theme && r[1] === pair)[2].split(":")[0]);
  // The palette's own values: #1d2330 on #ffffff, and white on black in high contrast.
  assert.ok(Math.abs(ratio("Light", "Text on background") - 15.6) < 0.2, `${ratio("Light", "Text on background")}`);
  assert.equal(ratio("High contrast", "Text on background"), 21);
  for (const r of rows.filter((r) => r[1].startsWith("Meter"))) assert.equal(r[4], "true", `meter contrast passes: ${r}`);

  assert.ok(!requested.some((p) => p.endsWith("/axe.min.js")), "axe-core is not fetched before it is asked for");
  await page.click(".anp-preview__axe");
  await page.waitForSelector(".anp-preview__axe-result [data-violations]", { timeout: 30000 });
  assert.ok(requested.some((p) => p.endsWith("/axe.min.js")));
  assert.match(await page.textContent(".anp-preview__axe-result"), /axe-core (found no violations|violations in the preview)/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("typed keys, line breaks, deletions and a replaced selection keep the layer the textarea's, line for line", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  await page.waitForSelector(".anp-editor__code .anp-editor__key");
  // The editor splices each of these edits into its copy of the text (it reads only
  // what changed), so the layer must still show exactly the textarea's lines.
  await page.$eval(".anp-preview__editor", (e) => {
    const at = e.value.indexOf('"title": "') + 10;
    e.focus();
    e.setSelectionRange(at, at);
  });
  await page.keyboard.type("é😀x");
  await page.keyboard.press("Enter");
  await page.keyboard.type("ab");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Delete");
  await page.keyboard.down("Shift");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.up("Shift");
  await page.keyboard.type("Z");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Backspace");
  const sameLines = () =>
    page.evaluate(
      () =>
        new Promise((ok) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const lines = document.querySelector(".anp-preview__editor").value.split("\n");
              const numbers = document.querySelector(".anp-editor__numbers").textContent.split("\n").map(Number);
              const shown = document.querySelector(".anp-editor__code").textContent.split("\n");
              ok(numbers.every((n, i) => shown[i] === lines[n - 1]) && numbers.length > 10);
            }, 0),
          ),
        ),
    );
  assert.ok(await sameLines(), "before the re-parse");
  const value = await editorText(page);
  // The four characters selected (é, 😀 as one, x and the line break) became Z.
  assert.ok(value.includes('"title": "Z\n'), "the edits reached the textarea");
  // After the debounced re-parse (which checks the editor's copy against the textarea).
  await page.waitForFunction(linkHasEditorText, null, { timeout: 10000 });
  assert.ok(await sameLines(), "after the re-parse");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a missing comma is marked right at the value that lacks it, not on the next line's quote", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  const good = await editorText(page);
  // Drop the comma after the id's value: the parser trips over the next line's "title".
  const value = '"alphanode-027517"';
  assert.ok(good.includes(`${value},\n`));
  const broken = good.replace(`${value},\n`, `${value}\n`);
  await typeInto(page, broken);
  const marker = page.locator(".anp-editor__marker--error");
  await marker.waitFor();
  assert.match(await marker.getAttribute("title"), /^\$: malformed JSON: expected `,` or `}`/);
  // On the value's line, at its end: its closing quote.
  const end = broken.indexOf(value) + value.length;
  assert.deepEqual(
    [await marker.textContent(), Number(await marker.getAttribute("data-to"))],
    ['"', end],
  );
  const where = await page.evaluate(() => {
    const m = document.querySelector(".anp-editor__marker--error").getBoundingClientRect();
    // The value's text up to the marked quote (the mark splits its token).
    const rest = [...document.querySelectorAll(".anp-editor__string")].find((s) => s.textContent === '"alphanode-027517').getBoundingClientRect();
    return { sameLine: Math.abs(m.top - rest.top) < 1, atEnd: Math.abs(m.left - rest.right) < 1 };
  });
  assert.deepEqual(where, { sameLine: true, atEnd: true });
  // The problem names that place, not the next line where the parser stopped.
  const before = broken.slice(0, end).split("\n");
  assert.equal(
    await page.locator(".anp-preview__problem .anp-preview__position").first().textContent(),
    ` (line ${before.length}, column ${[...before.at(-1)].length + 1})`,
  );
  // The problem's button puts the caret where the comma goes.
  await page.locator(".anp-preview__problem button").first().click();
  const caret = await page.$eval(".anp-preview__editor", (e) => [e.selectionStart, e.selectionEnd]);
  assert.deepEqual(caret, [end, end]);
  assert.deepEqual(page.problems, []);
  await page.close();
});
