// The designer preview's theme tokens panel (issue 30, part 2): live on every pane,
// measured by the contrast checks, exported as CSS a fresh host page reproduces, and
// carried by "Copy link".
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openPage, useBrowser } from "../support/harness.mjs";
import { PREVIEW_READY as READY, hostPage as blankHost, openPreview, openTokensPanel as openPanel, setToken } from "../support/preview.mjs";

const ctx = useBrowser();

/** What the meta box (and article) of every pane shown looks like. */
const paneLooks = (page) =>
  page.$$eval(".anp-preview__render-pane .anp-meta", (metas) =>
    metas.map((meta) => {
      const style = getComputedStyle(meta);
      return {
        layout: meta.dataset.layout,
        background: style.backgroundColor,
        border: style.borderTopColor,
        radius: style.borderTopLeftRadius,
        accent: style.getPropertyValue("--anp-accent").trim(),
      };
    }),
  );

test("a token change reaches every pane: each layout, Meta only, and the four compare panes", async () => {
  const page = await newPage(ctx, { viewport: { width: 1400, height: 1000 } });
  await openPreview(page);
  await openPanel(page);
  const before = await paneLooks(page);
  assert.equal(before.length, 1);
  assert.notEqual(before[0].background, "rgb(253, 246, 227)");

  await setToken(page, "surface", "#fdf6e3");
  await setToken(page, "border", "#b58900");
  await setToken(page, "radius", "3px");
  // The picker follows the text, and the text the picker.
  assert.equal(await page.$eval("[data-token=surface] .anp-preview__token-picker", (p) => p.value), "#fdf6e3");
  await page.fill("[data-token=accent] .anp-preview__token-picker", "#c0392b");
  await page.waitForFunction(() => document.querySelector("#anp-token-accent").value === "#c0392b");
  const want = { background: "rgb(253, 246, 227)", border: "rgb(181, 137, 0)", radius: "3px", accent: "#c0392b" };

  for (const layout of ["list", "grid", "table", "compact"]) {
    await page.selectOption(".anp-preview__layout", layout);
    await page.waitForSelector(`.anp-preview__frame .anp-meta[data-layout=${layout}]`);
    assert.deepEqual(await paneLooks(page), [{ layout, ...want }]);
  }
  await page.selectOption(".anp-preview__focus", "meta");
  await page.waitForSelector(".anp-preview__meta-only .anp-meta");
  assert.deepEqual(await paneLooks(page), [{ layout: "compact", ...want }]);

  await page.check(".anp-preview__compare");
  await page.waitForFunction(() => document.querySelectorAll(".anp-preview__compare-grid .anp-meta").length === 4);
  assert.deepEqual(
    await paneLooks(page),
    ["list", "grid", "table", "compact"].map((layout) => ({ layout, ...want })),
  );
  // The dark theme takes the same values; the article around the box too.
  await page.selectOption(".anp-preview__theme", "dark");
  await page.waitForSelector(".anp-preview__compare-cell[data-theme=dark]");
  assert.deepEqual(
    await paneLooks(page),
    ["list", "grid", "table", "compact"].map((layout) => ({ layout, ...want })),
  );

  // Reset tokens: every pane and control back to the theme's values, and out of the link.
  await page.click(".anp-preview__tokens-reset");
  await page.waitForFunction(() => !location.hash.includes("tok."));
  const reset = await paneLooks(page);
  assert.equal(reset.length, 4);
  for (const pane of reset) assert.notEqual(pane.background, want.background);
  assert.match(await page.$eval("#anp-token-surface", (i) => i.value), /^#[0-9a-f]{6}$/);
  assert.notEqual(await page.$eval("#anp-token-surface", (i) => i.value), "#fdf6e3");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the contrast checks follow a colour change and the panel marks the pair it fails", async () => {
  const page = await newPage(ctx);
  await openPreview(page);
  await openPanel(page);
  await page.click(".anp-preview__checks > summary");
  await page.waitForFunction(() => document.querySelectorAll(".anp-preview__contrast tbody tr").length === 18);
  const muted = () =>
    page.$$eval(".anp-preview__contrast tbody tr", (rows) =>
      rows
        .filter((r) => /muted/i.test(r.cells[1].textContent))
        .map((r) => [r.dataset.theme, r.dataset.pass, r.querySelector(".anp-preview__ratio").textContent]),
    );
  const start = await muted();
  assert.ok(start.length >= 2 && start.every(([, pass]) => pass === "true"), JSON.stringify(start));
  assert.equal(await page.getAttribute("[data-token=muted]", "data-contrast"), "pass");

  // Light grey muted text on the light theme's white: about 1.4:1.
  await setToken(page, "muted", "#dddddd");
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".anp-preview__contrast tr[data-theme=light][data-pass=false]")].some((r) => /muted/i.test(r.cells[1].textContent)),
  );
  const failing = await muted();
  const light = failing.find(([theme]) => theme === "light");
  assert.equal(light[1], "false");
  assert.match(light[2], /^1\.\d\d:1$/);
  // On the dark theme's background the same grey passes.
  assert.equal(failing.find(([theme]) => theme === "dark")[1], "true");
  await page.waitForSelector("[data-token=muted][data-contrast=fail]");
  assert.match(await page.textContent("#anp-token-muted-note"), /^Low contrast: Light · Muted text[^;]* 1\.\d\d:1 < 4\.5:1$/);
  // The background it is measured against is marked too; the others are not.
  assert.equal(await page.getAttribute("[data-token=bg]", "data-contrast"), "fail");
  assert.equal(await page.getAttribute("[data-token=accent]", "data-contrast"), "pass");

  // A value that could end its declaration is refused and changes nothing.
  await page.fill("#anp-token-muted", "#000; color: red");
  await page.waitForSelector("#anp-token-muted[aria-invalid=true]");
  assert.match(await page.textContent("#anp-token-muted-note"), /^Not taken: /);
  assert.match(await page.evaluate(() => location.hash), /tok\.muted=%23dddddd/);

  // Emptied, the token is the theme's again: the checks pass.
  await page.fill("#anp-token-muted", "");
  await page.dispatchEvent("#anp-token-muted", "change");
  await page.waitForSelector("[data-token=muted][data-contrast=pass]");
  await page.waitForFunction(() => !document.querySelector(".anp-preview__contrast tr[data-pass=false]"));
  assert.equal(await page.getAttribute("#anp-token-muted", "aria-invalid"), "false");
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** The blank host page with `html` in place of its slot. */
const hostPage = (html) => blankHost(ctx, html, { path: "/tokens-host.html" });

/** The widget's colours and corners, as the browser computes them. */
const widgetLooks = (page, root) =>
  page.$eval(root, (root) => {
    const pick = (selector, props) => {
      const style = getComputedStyle(root.querySelector(selector));
      return Object.fromEntries(props.map((p) => [p, style[p]]));
    };
    return {
      article: pick(".anp-article", ["backgroundColor", "color", "borderTopLeftRadius", "fontFamily"]),
      meta: pick(".anp-meta", ["backgroundColor", "borderTopColor", "borderTopLeftRadius"]),
      checklist: pick(".anp-checklist", ["backgroundColor", "borderTopLeftRadius"]),
      link: pick("a", ["color"]),
    };
  });

test("the exported CSS, pasted into a fresh host page with the embed, reproduces the look", async () => {
  const page = await newPage(ctx, { permissions: ["clipboard-read", "clipboard-write"] });
  await openPreview(page);
  await page.selectOption(".anp-preview__theme", "light");
  await openPanel(page);
  const plain = await widgetLooks(page, ".anp-preview__frame");
  await setToken(page, "bg", "#fffaf0");
  await setToken(page, "surface", "#fdf6e3");
  await setToken(page, "fg", "#2b2118");
  await setToken(page, "border", "#b58900");
  await setToken(page, "link", "#8e2c1e");
  await setToken(page, "accent", "#c0392b");
  await setToken(page, "radius", "2px");
  await setToken(page, "font", 'Georgia, "Times New Roman", serif');
  const designed = await widgetLooks(page, ".anp-preview__frame");
  // The tokens changed what the widget looks like, every part checked below.
  for (const part of Object.keys(plain)) assert.notDeepEqual(designed[part], plain[part], part);

  const css = await page.$eval("#anp-tokens-css", (t) => t.value);
  assert.equal(
    css,
    ':root {\n  --anp-bg: #fffaf0;\n  --anp-surface: #fdf6e3;\n  --anp-fg: #2b2118;\n  --anp-border: #b58900;\n  --anp-accent: #c0392b;\n  --anp-link: #8e2c1e;\n  --anp-font: Georgia, "Times New Roman", serif;\n  --anp-radius: 2px;\n}\n',
  );
  await page.click(".anp-preview__tokens-copy");
  await page.waitForFunction(() => document.querySelector(".anp-preview__tokens-status")?.textContent === "CSS copied.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), css);
  assert.equal(
    await page.$eval("#anp-tokens-style", (i) => i.value),
    'style="--anp-bg: #fffaf0; --anp-surface: #fdf6e3; --anp-fg: #2b2118; --anp-border: #b58900; --anp-accent: #c0392b; --anp-link: #8e2c1e; --anp-font: Georgia, &quot;Times New Roman&quot;, serif; --anp-radius: 2px"',
  );

  await page.click("text=Copy embed snippet");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent === "Embed snippet copied.");
  const snippet = await page.evaluate(() => navigator.clipboard.readText());

  // Pasted on :root of a page with the embed (which links alphanode.css).
  const host = await hostPage(`<style>${css}</style>\n${snippet}`);
  assert.deepEqual(await widgetLooks(host, "[data-alphanode-post]"), designed);
  assert.deepEqual(host.problems, []);
  await host.close();

  // Without CSS of its own: the style attribute on an element around the widget.
  const style = (await page.$eval("#anp-tokens-style", (i) => i.value)).replace(/^style="|"$/g, "");
  const wrapped = await hostPage(`<div id="brand" style="${style}">${snippet}</div>`);
  assert.deepEqual(await widgetLooks(wrapped, "[data-alphanode-post]"), designed);
  await wrapped.close();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("Copy link carries the changed tokens; a link without them opens with the theme's values", async () => {
  const page = await newPage(ctx, { permissions: ["clipboard-read", "clipboard-write"] });
  await openPreview(page);
  await openPanel(page);
  const defaults = await page.$eval("#anp-token-accent", (i) => i.value);
  const oldLink = page.url();
  assert.doesNotMatch(oldLink, /tok\./);
  await setToken(page, "accent", "#c0392b");
  await setToken(page, "font", '"Noto Serif", serif');
  await setToken(page, "line-height", "1.4");
  await page.click("text=Copy link");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent === "Link copied.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /&tok\.accent=%23c0392b&tok\.font=%22Noto%20Serif%22%2C%20serif&tok\.line-height=1\.4/);

  const other = await newPage(ctx);
  await openPage(other, link, { ready: { selector: READY } });
  await openPanel(other);
  assert.equal(await other.$eval("#anp-token-accent", (i) => i.value), "#c0392b");
  assert.equal(await other.$eval("#anp-token-font", (i) => i.value), '"Noto Serif", serif');
  assert.equal(await other.$eval("#anp-token-line-height", (i) => i.value), "1.4");
  const article = await other.$eval(".anp-preview__frame .anp-article", (a) => {
    const s = getComputedStyle(a);
    return [s.getPropertyValue("--anp-accent").trim(), s.fontFamily, s.lineHeight];
  });
  assert.equal(article[0], "#c0392b");
  assert.equal(article[1], '"Noto Serif", serif');
  assert.ok(article[2] !== "normal", article[2]);
  assert.equal(await other.textContent(".anp-preview__tokens > summary"), "Theme tokens (3)");
  await other.close();

  // The link of before the change (and any link made before tokens existed).
  const old = await newPage(ctx);
  await openPage(old, oldLink, { ready: { selector: READY } });
  await openPanel(old);
  assert.equal(await old.$eval("#anp-token-accent", (i) => i.value), defaults);
  assert.equal(await old.$eval(".anp-preview__render-pane", (p) => p.getAttribute("style") ?? ""), "");
  assert.equal(await old.textContent(".anp-preview__tokens > summary"), "Theme tokens");
  await old.close();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the panel is usable by keyboard and at 375 px", async () => {
  const page = await newPage(ctx, { viewport: { width: 375, height: 800 } });
  await openPreview(page);
  await page.focus(".anp-preview__tokens > summary");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /^#[0-9a-f]{6}$/.test(document.querySelector("#anp-token-accent")?.value ?? ""));
  // Every control has a name, and Tab reaches the accent's picker and then its text.
  const unnamed = await page.$$eval(".anp-preview__tokens input, .anp-preview__tokens textarea", (inputs) =>
    inputs.filter((i) => !(i.labels?.length || i.getAttribute("aria-label"))).map((i) => i.outerHTML),
  );
  assert.deepEqual(unnamed, []);
  await page.focus("[data-token=accent] .anp-preview__token-picker");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "anp-token-accent");
  assert.notEqual(await page.$eval("#anp-token-accent", (i) => getComputedStyle(i).outlineStyle), "none");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("#c0392b");
  await page.waitForFunction(() => location.hash.includes("tok.accent=%23c0392b"));
  // Nothing of the panel is wider than the window.
  const wide = await page.$$eval(".anp-preview__tokens *", (els) =>
    els.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.className || e.tagName),
  );
  assert.deepEqual(wide, []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  assert.deepEqual(page.problems, []);
  await page.close();
});
