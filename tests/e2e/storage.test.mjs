// data-alphanode-storage="none" / storage: "none": checklist ticks stay in memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { REFERENCE_SLUG, newPage, openPage, settled, useBrowser } from "../support/harness.mjs";

const ctx = useBrowser();
const SRC = `/posts/${REFERENCE_SLUG}.json`;
const KEY = "alphanode:checklist:alphanode-027517:6";

/** blank.html with one widget per entry: [id, attributes, mount options or null for a custom element]. */
async function host(page, widgets, saved) {
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(
    ([widgets, src, key, saved]) => {
      localStorage.clear();
      if (saved) localStorage.setItem(key, saved);
      for (const [id, attrs, options] of widgets) {
        const el = document.createElement(options ? "div" : "alphanode-article");
        el.id = id;
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v.replace("SRC", src));
        document.body.append(el);
        if (options) window.alphanode.mount(el, options);
      }
    },
    [widgets, SRC, KEY, saved],
  );
  await settled(page);
}

const progress = (page, id) => page.textContent(`#${id} .anp-checklist__progress`);
const checklistKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("alphanode:checklist:")));

test('storage "none" (attribute, custom element, mount option): ticking writes nothing to localStorage', async () => {
  const page = await newPage(ctx);
  await host(page, [
    ["attr", { "data-alphanode-post": "SRC", "data-alphanode-storage": "none" }, {}],
    ["element", { src: "SRC", storage: "NONE" }, null],
    ["option", { "data-alphanode-post": "SRC" }, { storage: "none" }],
  ]);
  for (const id of ["attr", "element", "option"]) {
    await page.click(`#${id} .anp-checklist__checkbox >> nth=0`);
    await page.waitForFunction((id) => /^1 of 5 done$/.test(document.querySelector(`#${id} .anp-checklist__progress`).textContent), id);
    assert.deepEqual(await checklistKeys(page), [], `${id} wrote to localStorage`);
    // No "progress can't be saved" note: keeping it in memory is what the host asked for.
    assert.equal(await page.isVisible(`#${id} .anp-checklist__note`), false);
  }
  // Each keeps its own ticks: the first widget's tick did not show in the others.
  assert.equal(await progress(page, "element"), "1 of 5 done");
  assert.deepEqual(await page.$$eval("#attr .anp-checklist__checkbox", (b) => b.map((x) => x.checked)), [true, false, false, false, false]);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('storage "none" ignores a saved value; the default widget next to it reads and writes it', async () => {
  const page = await newPage(ctx);
  const saved = JSON.stringify({ "inspect cache headers": true, "test logged-in traffic": true });
  await host(
    page,
    [
      ["none", { "data-alphanode-post": "SRC", "data-alphanode-storage": "none" }, {}],
      ["local", { "data-alphanode-post": "SRC" }, {}],
    ],
    saved,
  );
  assert.equal(await progress(page, "none"), "0 of 5 done");
  assert.equal(await progress(page, "local"), "2 of 5 done");
  // A tick in the stored widget is saved and does not reach the in-memory one.
  await page.click("#local .anp-checklist__checkbox >> nth=2");
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) || "{}")["purge only the affected route"] === true, KEY);
  assert.equal(await progress(page, "none"), "0 of 5 done");
  // Switching a widget to "none" through update() renders it again from memory, without a new load.
  const events = await page.evaluate(async () => {
    let readies = 0;
    const el = document.getElementById("local");
    el.addEventListener("alphanode:ready", () => readies++);
    const handle = window.alphanode.mount(document.getElementById("none"), { storage: "none" });
    await handle.ready;
    handle.update({ storage: "local" });
    return readies;
  });
  assert.equal(events, 0);
  await page.waitForFunction(() => document.querySelector("#none .anp-checklist__progress").textContent === "3 of 5 done");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('storage "none": the reader\'s ticks survive a change of language or heading level, and nothing is reported for them', async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(async (src) => {
    localStorage.clear();
    window.handle = window.alphanode.mount(document.getElementById("slot"), { src, storage: "none", lang: "en" });
    await window.handle.ready;
  }, SRC);
  await page.click("#slot .anp-checklist__checkbox >> nth=1");
  await page.click("#slot .anp-checklist__checkbox >> nth=3");
  const shown = () => page.$$eval("#slot .anp-checklist__checkbox", (b) => b.map((x) => x.checked));
  assert.deepEqual(await shown(), [false, true, false, true, false]);
  await page.evaluate(() => {
    window.changes = 0;
    document.getElementById("slot").addEventListener("alphanode:checklist-change", () => window.changes++);
    window.handle.update({ lang: "de" });
  });
  await page.waitForFunction(() => document.querySelector("#slot .anp-checklist__progress").textContent === "2 von 5 erledigt");
  assert.deepEqual(await shown(), [false, true, false, true, false]);
  await page.evaluate(() => window.handle.update({ heading: 3 }));
  await page.waitForSelector("#slot h3.anp-article__title");
  assert.deepEqual(await shown(), [false, true, false, true, false]);
  assert.equal(await page.textContent("#slot .anp-checklist__progress"), "2 von 5 erledigt");
  assert.equal(await page.getAttribute("#slot .anp-checklist__item >> nth=1", "data-checked"), "true");
  assert.equal(await page.evaluate(() => window.changes), 0, "carrying ticks over is not a reader's change");
  assert.deepEqual(await checklistKeys(page), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});
