// The designer preview's meta profile panel (issue 30, part 1): a profile typed there
// hides and renames keys in every pane and compare mode, a bad one lists its
// diagnostics by JSON path and shows every key, and "Copy link" carries it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openPage, useBrowser } from "../support/harness.mjs";
import { PREVIEW_READY as READY, openPreview, openProfilePanel as openPanel } from "../support/preview.mjs";

const ctx = useBrowser();

// Values of the reference post's keys the profile hides (summary, notes, hash; notes
// also holds the words "view count", which must go with it).
const HIDDEN = ["this ai-style technical summary explains", "sanitized array meta is expected", "fa1554d137dc4be139783b57"];
const LABELS = ["Minutes to read", "Views total"];
const PROFILE = JSON.stringify(
  {
    format: "alphanode.meta-profile/1",
    keys: [
      { match: "summary", show: false },
      { match: "notes", show: false },
      { match: "hash", show: false },
      { match: "reading time", label: "Minutes to read" },
      { match: "view count", label: { en: "Views total", de: "Aufrufe" } },
    ],
  },
  null,
  2,
);
// Valid JSON, but the second rule's kind does not exist: an error, so no rule applies.
const BAD = JSON.stringify({ keys: [{ match: "hash", show: false }, { match: "score", kind: "sparkline" }] });

/** The text of the meta box of every pane shown. */
const metaTexts = (page) => page.$$eval(".anp-preview__render-pane .anp-meta", (metas) => metas.map((m) => m.textContent));

/** Waits until every pane shown (at least `count`) follows the profile, or shows every key. */
async function waitForPanes(page, profiled, count = 1) {
  await page.waitForFunction(
    ([hidden, labels, profiled, count]) => {
      const texts = [...document.querySelectorAll(".anp-preview__render-pane .anp-meta")].map((m) => m.textContent);
      return (
        texts.length >= count &&
        texts.every((t) =>
          profiled
            ? hidden.every((h) => !t.includes(h)) && labels.every((l) => t.includes(l))
            : hidden.every((h) => t.includes(h)) && labels.every((l) => !t.includes(l)) && t.includes("reading time"),
        )
      );
    },
    [HIDDEN, LABELS, profiled, count],
  );
}

function assertProfiled(texts, count) {
  assert.equal(texts.length, count);
  for (const text of texts) {
    for (const value of HIDDEN) assert.ok(!text.includes(value), `${value} is hidden`);
    for (const label of LABELS) assert.ok(text.includes(label), `${label} is shown`);
    assert.ok(!text.includes("reading time") && !text.includes("view count"), "renamed keys lose their names");
    // What the profile does not name still shows.
    assert.ok(text.includes("difficulty") && text.includes("beginner"));
  }
}

test("a profile hides and renames keys in every pane; a bad one names its path and shows every key", async () => {
  const page = await newPage(ctx, { viewport: { width: 1400, height: 1000 } });
  await openPreview(page);
  await openPanel(page);
  // Without a profile every key shows under its own name.
  await waitForPanes(page, false);
  assert.equal(await page.textContent(".anp-preview__profile > summary"), "Meta profile");

  await page.fill("#anp-profile-json", PROFILE);
  await waitForPanes(page, true);
  assertProfiled(await metaTexts(page), 1);
  assert.equal(await page.textContent(".anp-preview__profile > summary"), "Meta profile (5)");
  assert.equal(await page.$$eval(".anp-preview__profile-problem", (l) => l.length), 0);

  for (const layout of ["list", "grid", "table", "compact"]) {
    await page.selectOption(".anp-preview__layout", layout);
    await page.waitForSelector(`.anp-preview__frame .anp-meta[data-layout=${layout}]`);
    await waitForPanes(page, true);
    assertProfiled(await metaTexts(page), 1);
  }
  await page.selectOption(".anp-preview__focus", "meta");
  await page.waitForSelector(".anp-preview__meta-only .anp-meta");
  await waitForPanes(page, true);
  assertProfiled(await metaTexts(page), 1);
  await page.check(".anp-preview__compare");
  await waitForPanes(page, true, 4);
  assertProfiled(await metaTexts(page), 4);

  // A bad profile: its diagnostic by path, and every pane falls back to every key.
  await page.fill("#anp-profile-json", BAD);
  const problem = await page.waitForSelector('.anp-preview__profile-problem[data-path="$.keys[1].kind"]');
  assert.match(await problem.textContent(), /^\$\.keys\[1\]\.kind .*sparkline/);
  assert.equal(await problem.getAttribute("data-severity"), "error");
  assert.equal(await page.getAttribute("#anp-profile-json", "aria-invalid"), "true");
  await page.waitForSelector("[data-profile-fallback=true]");
  await waitForPanes(page, false, 4);
  assert.equal((await metaTexts(page)).length, 4);
  // Not even its valid rule applies: the hash still shows.
  for (const text of await metaTexts(page)) assert.ok(text.includes("fa1554d137dc4be139783b57"));

  // Not JSON at all: one diagnostic at the root.
  await page.fill("#anp-profile-json", "{ not json");
  await page.waitForSelector('.anp-preview__profile-problem[data-path="$"]');
  await waitForPanes(page, false, 4);

  // Emptied: no profile, no diagnostics.
  await page.fill("#anp-profile-json", "");
  await page.waitForFunction(() => !document.querySelector(".anp-preview__profile-problem"));
  assert.equal(await page.getAttribute("#anp-profile-json", "aria-invalid"), "false");
  await waitForPanes(page, false, 4);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("Copy profile copies it; Copy link and the draft carry it; a link without one shows every key", async () => {
  const page = await newPage(ctx, { permissions: ["clipboard-read", "clipboard-write"] });
  await openPreview(page);
  const oldLink = page.url();
  assert.doesNotMatch(oldLink, /profile=/);
  await openPanel(page);
  await page.fill("#anp-profile-json", PROFILE);
  await waitForPanes(page, true);

  await page.click(".anp-preview__profile-copy");
  await page.waitForFunction(() => document.querySelector(".anp-preview__profile-status")?.textContent === "Profile copied.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), PROFILE);

  await page.click("text=Copy link");
  await page.waitForFunction(() => document.querySelector(".anp-preview__notice")?.textContent === "Link copied.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /&profile=[A-Za-z0-9_-]+/);

  const other = await newPage(ctx);
  await openPage(other, link, { ready: { selector: READY } });
  await waitForPanes(other, true);
  assertProfiled(await metaTexts(other), 1);
  assert.equal(await other.$eval("#anp-profile-json", (t) => t.value), PROFILE);
  assert.equal(await other.textContent(".anp-preview__profile > summary"), "Meta profile (5)");
  assert.deepEqual(other.problems, []);
  await other.close();

  // The draft: /preview without a link opens where the page was left.
  await openPreview(page);
  await waitForPanes(page, true);
  assert.equal(await page.$eval("#anp-profile-json", (t) => t.value), PROFILE);

  // A link made before the profile (or before profiles existed): every key shows.
  const old = await newPage(ctx);
  await openPage(old, oldLink, { ready: { selector: READY } });
  await waitForPanes(old, false);
  assert.equal(await old.$eval("#anp-profile-json", (t) => t.value), "");
  await old.close();
  assert.deepEqual(page.problems, []);
  await page.close();
});
