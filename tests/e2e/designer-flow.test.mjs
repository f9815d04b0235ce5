// Issue 30's "Done when", as a designer and a host do it: on /preview the designer
// hides three meta keys and renames two in the Meta profile panel, changes the accent
// colour and the radius in the Theme tokens panel, and copies the CSS and the profile
// with the panels' buttons; a fresh host page that links the build's alphanode.css
// and embed.js, with the CSS in a <style> and the profile as inline JSON named by
// data-alphanode-meta-profile, shows the same widget for the same post.
//
// The script host's half (mount(el, { renderers }) replacing one block type while the
// checklist ticks and reports, the meta box and similar posts stay, rewrites keep it)
// is tests/e2e/renderers.test.mjs ("with renderers, the checklist still ticks …").
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, referencePost, useBrowser } from "../support/harness.mjs";
import { hostDocument, openPreview, openProfilePanel, openTokensPanel, setToken } from "../support/preview.mjs";

const ctx = useBrowser();

const HIDE = ["summary", "notes", "hash"];
const RENAME = { "reading time": "Reading time", "view count": "Views" };
const PROFILE = JSON.stringify(
  {
    format: "alphanode.meta-profile/1",
    keys: [...HIDE.map((match) => ({ match, show: false })), ...Object.entries(RENAME).map(([match, label]) => ({ match, label }))],
  },
  null,
  2,
);
const ACCENT = "#c0392b";
const RADIUS = "3px";

/**
 * What the designer and the host look at in a widget under `root`: the meta box's
 * top-level keys as shown (labels, without their ": "), its text, the accent (the
 * token and the checkboxes it colours) and the radius (meta box, checklist,
 * figure), as the browser computes them.
 */
const looks = (page, root) =>
  page.$eval(root, (root) => {
    const style = (selector) => {
      const el = root.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      return getComputedStyle(el);
    };
    return {
      keys: [...root.querySelectorAll(".anp-meta__entries > .anp-meta__entry > .anp-meta__key")].map((k) =>
        k.textContent.replace(/: $/, ""),
      ),
      meta: root.querySelector(".anp-meta").textContent,
      accent: {
        token: style(".anp-article").getPropertyValue("--anp-accent").trim(),
        checkbox: style(".anp-checklist__checkbox").accentColor,
      },
      radius: {
        meta: style(".anp-meta").borderTopLeftRadius,
        checklist: style(".anp-checklist").borderTopLeftRadius,
        figure: style(".anp-figure__frame").borderTopLeftRadius,
      },
    };
  });

/** The text the last copy button put on the clipboard, once its status line says `done`. */
async function copied(page, button, status, done) {
  await page.click(button);
  await page.waitForFunction(([status, done]) => document.querySelector(status)?.textContent === done, [status, done]);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** JSON text that can sit inside a <script> element whatever its strings hold. */
const scriptJson = (text) => text.replace(/</g, "\\u003c");

test("what a designer makes on /preview, copied into a fresh host page, shows the same widget there", async () => {
  const post = await referencePost();
  const metaKeys = Object.keys(post.meta);
  for (const key of [...HIDE, ...Object.keys(RENAME)]) assert.ok(metaKeys.includes(key), `the reference post has ${key}`);
  const expectedKeys = metaKeys.filter((k) => !HIDE.includes(k)).map((k) => RENAME[k] ?? k);
  const hiddenValues = HIDE.map((k) => post.meta[k]).flat().map(String);

  const page = await newPage(ctx, { viewport: { width: 1400, height: 1000 }, permissions: ["clipboard-read", "clipboard-write"] });
  await openPreview(page);
  // The host below asks for these too, so both show the same layout and theme.
  await page.selectOption(".anp-preview__theme", "light");
  await page.selectOption(".anp-preview__layout", "list");
  await page.waitForSelector(".anp-preview__frame .anp-article[data-theme=light] .anp-meta[data-layout=list]");
  const plain = await looks(page, ".anp-preview__frame");
  assert.deepEqual(plain.keys, metaKeys, "without a profile every key shows, in the publisher's order");

  // The Meta profile panel: three keys hidden, two renamed.
  await openProfilePanel(page);
  await page.fill("#anp-profile-json", PROFILE);
  await page.waitForFunction(
    (want) => {
      const keys = [...document.querySelectorAll(".anp-preview__frame .anp-meta__entries > .anp-meta__entry > .anp-meta__key")];
      return JSON.stringify(keys.map((k) => k.textContent.replace(/: $/, ""))) === want;
    },
    JSON.stringify(expectedKeys),
  );
  assert.equal(await page.$$eval(".anp-preview__profile-problem", (l) => l.length), 0);

  // The Theme tokens panel: the accent colour and the radius.
  await openTokensPanel(page);
  await setToken(page, "accent", ACCENT);
  await setToken(page, "radius", RADIUS);
  await page.waitForFunction(
    (radius) => getComputedStyle(document.querySelector(".anp-preview__frame .anp-meta")).borderTopLeftRadius === radius,
    RADIUS,
  );
  const designed = await looks(page, ".anp-preview__frame");
  assert.deepEqual(designed.keys, expectedKeys);
  for (const value of hiddenValues) assert.ok(!designed.meta.includes(value), `${value} is hidden on the preview`);
  assert.deepEqual(designed.accent, { token: ACCENT, checkbox: "rgb(192, 57, 43)" });
  assert.deepEqual(designed.radius.meta, RADIUS);
  // Each look checked changed from the theme's own.
  assert.notDeepEqual(designed.accent.token, plain.accent.token);
  assert.notDeepEqual(designed.accent.checkbox, plain.accent.checkbox);
  assert.notDeepEqual(designed.radius, plain.radius);

  // Both copied with the panels' own buttons.
  const css = await copied(page, ".anp-preview__tokens-copy", ".anp-preview__tokens-status", "CSS copied.");
  assert.equal(css, `:root {\n  --anp-accent: ${ACCENT};\n  --anp-radius: ${RADIUS};\n}\n`);
  assert.equal(css, await page.$eval("#anp-tokens-css", (t) => t.value));
  const profile = await copied(page, ".anp-preview__profile-copy", ".anp-preview__profile-status", "Profile copied.");
  assert.equal(profile, PROFILE);
  // The post as the designer sees it (the editor's text).
  const postJson = await page.$eval(".anp-preview__editor", (t) => t.value);
  assert.deepEqual(JSON.parse(postJson), post);

  // A fresh host page, as the README says to embed: the stylesheet linked in <head>,
  // the pasted CSS after it, embed.js, the profile and the post inline.
  const host = await hostDocument(
    ctx,
    `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>a host page</title>
    <link rel="stylesheet" href="/alphanode.css" />
    <style>
${css}    </style>
    <script type="module" src="/embed.js"></script>
  </head>
  <body>
    <script type="application/json" id="site-profile">${scriptJson(profile)}</script>
    <script type="application/json" id="the-post">${scriptJson(postJson)}</script>
    <div id="widget" data-alphanode-post="#the-post" data-alphanode-meta-profile="#site-profile"
         data-alphanode-theme="light" data-alphanode-layout="list"></div>
  </body>
</html>`,
    { path: "/designer-host.html" },
  );
  const hosted = await looks(host, "#widget");
  assert.deepEqual(hosted, designed, "the host's widget looks as the preview's");
  // The hidden keys are nowhere in the host's page, not even in attributes.
  const html = await host.$eval("#widget", (w) => w.innerHTML);
  for (const value of hiddenValues) assert.ok(!html.includes(value), `${value} is not in the host's DOM`);
  for (const key of HIDE) assert.ok(!hosted.keys.includes(key), `${key} is not a key there`);
  // The renamed keys show their labels only; every other key is there as published.
  for (const [key, label] of Object.entries(RENAME)) {
    assert.ok(hosted.keys.includes(label), `${label} shows`);
    assert.ok(!hosted.keys.includes(key), `${key} is renamed`);
  }
  assert.deepEqual(hosted.keys, expectedKeys);
  assert.equal(await host.getAttribute("#widget", "data-state"), "ready");
  assert.deepEqual(host.problems, []);
  await host.close();
  assert.deepEqual(page.problems, []);
  await page.close();
});
