// Meta profiles on host pages (issue 30): a profile given by data-alphanode-meta-profile
// (inline JSON by #id, or a URL) hides keys so that they never reach the DOM, labels
// and groups them; a bad profile shows its diagnostic and every key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openPage, referencePost, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";

const ctx = useBrowser();
const HASH = "fa1554d137dc4be139783b57";

/** The labels of a widget's root entries (the `dt`s of the box's own lists), in order. */
const rootKeys = (page, id) =>
  page.$$eval(`#${id} .anp-meta__entries > .anp-meta__entry > .anp-meta__key`, (dts) =>
    dts.map((dt) => dt.firstChild.textContent),
  );

test("hidden keys never reach the DOM; labels per language, groups and order apply", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/profile.html");
  const states = await page.$$eval("[data-alphanode-post]", (els) => els.map((e) => [e.id, e.dataset.state]));
  assert.deepEqual(states, [
    ["inline", "ready"],
    ["by-url", "ready"],
    ["bad", "ready"],
    ["broken", "ready"],
    ["missing", "ready"],
  ]);
  // Recorded from the first mutation on: nothing a hidden key holds was ever in the
  // page inside the two widgets with a good profile (the others show every key).
  const leaks = await page.evaluate(() => window.leaks);
  assert.deepEqual(leaks.filter((l) => / in (inline|by-url)$/.test(l)), []);
  assert.ok(leaks.some((l) => l.endsWith(" in bad")), "the observer sees what the fallback shows");
  for (const id of ["inline", "by-url"]) {
    const html = await page.$eval(`#${id}`, (el) => el.outerHTML);
    for (const secret of [HASH, "anp content synthesizer", "view count is synthetic", ">hash<", ">payload<", ">notes<"]) {
      assert.ok(!html.includes(secret), `${id}: ${secret} is in the DOM`);
    }
  }
  // The German reader sees the German label; the key itself is gone.
  const inline = await rootKeys(page, "inline");
  assert.ok(inline.includes("Lesezeit"), inline.join(", "));
  assert.ok(!inline.includes("reading time") && !inline.includes("hash"));
  assert.equal(await page.getAttribute("#inline .anp-meta__key[lang=de]", "lang"), "de");
  const minutes = await page.$eval("#inline .anp-meta__key[lang=de]", (dt) => dt.nextElementSibling.textContent);
  assert.equal(minutes, "5 min");
  // By URL, English: the group under its heading, its keys in the profile's order.
  assert.equal(await page.textContent("#by-url .anp-meta__section-title"), "In numbers");
  const group = await page.$$eval("#by-url .anp-meta__section .anp-meta__key", (dts) => dts.map((dt) => dt.firstChild.textContent));
  assert.deepEqual(group, ["Views", "Reading time"]);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a bad profile shows its diagnostic with the JSON path, and every key", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/profile.html");
  const every = Object.keys((await referencePost()).meta);
  for (const [id, path, message] of [
    ["bad", "$.keys[2].kind", /unknown kind "sparkline"/],
    ["broken", "$", /not valid JSON/],
    ["missing", "$", /could not be loaded: .*no-such-profile\.json: HTTP 404/],
  ]) {
    assert.equal(await page.textContent(`#${id} .anp-meta__profile-error .anp-diagnostic__path`), path, id);
    assert.match(await page.textContent(`#${id} .anp-meta__profile-error .anp-diagnostic__message`), message, id);
    assert.deepEqual(await rootKeys(page, id), every, `${id}: every key, in the publisher's order`);
    assert.equal(await page.locator(`#${id} .anp-meta__section`).count(), 0);
  }
  await page.close();
});

test("mount({ metaProfile }) takes the profile object, and update() swaps it without reloading the post", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  let postRequests = 0;
  page.on("request", (r) => {
    if (r.url().endsWith(`/posts/${REFERENCE_SLUG}.json`)) postRequests++;
  });
  await page.evaluate((slug) => {
    window.handle = window.alphanode.mount(document.getElementById("slot"), {
      src: `/posts/${slug}.json`,
      metaProfile: { keys: [{ match: "hash", show: false }, { match: "topic", label: "Subject" }] },
    });
    return window.handle.ready;
  }, REFERENCE_SLUG);
  let keys = await rootKeys(page, "slot");
  assert.equal(keys[0], "Subject");
  assert.ok(!keys.includes("hash"));
  assert.ok(!(await page.content()).includes(HASH));
  await page.evaluate(() => window.handle.update({ metaProfile: '{"keys": [{"match": "t*", "show": false}]}' }));
  await page.waitForFunction(() => !document.querySelector("#slot .anp-meta__entries > .anp-meta__entry > .anp-meta__key")?.textContent.startsWith("Subject"));
  keys = await rootKeys(page, "slot");
  assert.ok(keys.includes("hash"), keys.join(", "));
  assert.ok(!keys.includes("topic") && !keys.includes("tools"), keys.join(", "));
  assert.equal(postRequests, 1, "the post was fetched once");
  assert.deepEqual(page.problems, []);
  await page.close();
});
