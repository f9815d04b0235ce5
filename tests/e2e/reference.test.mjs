// The reference post in the app shows every value of the seed page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { figuresSettled, newPage, openPage, referencePost, squash, useBrowser, visibleValues, REFERENCE_SLUG } from "../support/harness.mjs";

const ctx = useBrowser();

async function openReference(page) {
  await openPage(page, `/posts/${REFERENCE_SLUG}`, { ready: { selector: ".anp-article[data-state=ready]" } });
  return squash(await page.innerText(".anp-article"));
}

test("every value of the reference post's JSON is visible, meta in publisher order", async () => {
  const page = await newPage(ctx);
  const text = await openReference(page);
  const post = await referencePost();
  for (const value of visibleValues({ title: post.title, body: post.body, meta: post.meta })) {
    if (["type", "paragraph", "heading", "image", "checklist", "src", "alt", "caption", "credit", "credit_url", "level", "title", "items", "text", "body", "meta"].includes(value)) continue;
    if (/^https:\/\/unsplash\.com$/.test(value)) continue; // credit link target, shown as its label
    if (value === "2") continue; // heading levels are structure, not text
    assert.ok(text.includes(squash(value)), `missing on screen: ${JSON.stringify(value)}`);
  }
  const keys = await page.$$eval(".anp-meta__entries > .anp-meta__entry > .anp-meta__key", (els) =>
    els.map((e) => e.firstChild.textContent),
  );
  assert.deepEqual(keys, Object.keys(post.meta));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("every line of the seed page appears, in order", async () => {
  const page = await newPage(ctx);
  const text = await openReference(page);
  // The repository's copy of the shared seed page (docs/README.md).
  const seed = await readFile("docs/reference-post.txt", "utf8");
  const post = await referencePost();
  const topKeys = Object.keys(post.meta).sort((a, b) => b.length - a.length);
  const shown = (value) => (/^\d+$/.test(value) ? Number(value).toLocaleString("en-US") : value);
  let from = 0;
  for (const raw of seed.split("\n")) {
    const line = squash(raw.replace(/^\s*•\s*/, ""));
    if (!line || line === "alphanode post meta" || line === "Similar Posts") continue;
    const key = topKeys.find((k) => line.startsWith(k) && line.length > k.length && !line.startsWith(`${k}:`));
    let needle;
    if (key && !text.includes(line)) {
      // The seed page glues a top-level key to its value ("topickeeping…").
      needle = shown(line.slice(key.length));
    } else {
      const nested = line.match(/^(.*): (\d+)$/);
      needle = nested ? `${nested[1]}: ${shown(nested[2])}` : line;
    }
    const at = text.indexOf(needle, from);
    assert.ok(at >= 0, `seed line not on screen (in order): ${needle}`);
    from = at;
  }
  assert.match(text, /alphanode post meta/);
  assert.match(text, /Similar Posts/);
  assert.match(text, /No similar posts yet\./);
  await page.close();
});

test("the checklist is interactive and the images degrade to readable text", async () => {
  const page = await newPage(ctx);
  await openReference(page);
  assert.equal(await page.locator(".anp-checklist__checkbox").count(), 5);
  await page.locator(".anp-checklist__label").nth(2).click();
  assert.equal(await page.textContent(".anp-checklist__progress"), "1 of 5 done");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  assert.equal(await page.textContent(".anp-checklist__progress"), "2 of 5 done");
  // No network here: the unsplash images fail and their alt text shows instead.
  await figuresSettled(page);
  assert.deepEqual(await page.$$eval(".anp-figure", (els) => els.map((f) => f.dataset.broken)), ["true", "true"]);
  const fallbacks = await page.$$eval(".anp-figure__fallback", (els) => els.map((e) => e.innerText));
  assert.deepEqual(fallbacks, [
    "keeping staging close to production with python services visual reference 1",
    "keeping staging close to production with python services visual reference 2",
  ]);
  await page.close();
});
