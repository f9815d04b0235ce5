// The reader's language (issue 15): the host's `lang`, its overrides, right to left,
// live switching, and numbers as the browser's own Intl writes them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { newPage, openPage, settled, squash, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";

const ctx = useBrowser();
const LOCALES = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "tr", "ja", "zh", "ko", "ar", "he"];

/** Every English string of the widget (locales/en.json, the keys without `app.`), as a
 * pattern that matches it with any numbers filled in. One-word strings ("yes", "no")
 * are checked by element. */
async function englishPatterns() {
  const english = JSON.parse(await readFile("locales/en.json", "utf8"));
  return Object.entries(english)
    .filter(([key]) => !key.startsWith("app."))
    .flatMap(([, value]) => (typeof value === "string" ? [value] : Object.values(value)))
    .filter((s) => s.trim().includes(" "))
    .map((s) => {
      const escaped = s.replace(/[.*+?^$()[\]\\]/g, "\\$&").replace(/\{[a-z]+\}/g, "[\\d.,\\s]+");
      return new RegExp(escaped.replace(/\\\{|\\\}/g, ""));
    });
}

/** The widget's text with the post's own content taken out (content is the host's). */
async function libraryText(page, selector) {
  return page.$eval(selector, (root) => {
    const clone = root.cloneNode(true);
    const content = [
      ".anp-article__title", ".anp-body__paragraph", ".anp-checklist__title", ".anp-checklist__text",
      ".anp-meta__key", ".anp-meta__text", ".anp-similar__card", ".anp-diagnostics__list",
    ];
    for (const el of clone.querySelectorAll(content.join(","))) el.remove();
    // Hidden and collapsed words count too: textContent, not innerText.
    return clone.textContent;
  });
}

async function openI18nPage() {
  const page = await newPage(ctx);
  await openPage(page, "/i18n.html");
  return page;
}

test('a lang="de" page shows no English words of the library', async () => {
  const page = await openI18nPage();
  assert.equal(await page.getAttribute("#de", "data-state"), "ready");
  // Open what hides behind buttons, so its words are on screen too.
  await page.click("#de .anp-meta__expand");
  await page.click("#de .anp-meta__more");
  await page.waitForSelector("#de .anp-meta__fewer:not([hidden])");
  const text = squash(await libraryText(page, "#de"));
  const patterns = await englishPatterns();
  assert.ok(patterns.length > 25, "the English table was read");
  assert.ok(patterns.some((p) => p.test("Show 9 more")), "the patterns match filled-in strings");
  for (const pattern of patterns) {
    assert.doesNotMatch(text, pattern, `English on a German page: ${pattern}`);
  }
  assert.match(text, /Ähnliche Beiträge/);
  assert.match(text, /0 von 2 erledigt/);
  assert.match(text, /Weniger anzeigen/);
  assert.match(text, /Verschachtelte Gruppe ausblenden/);
  assert.match(text, /1 Teil dieses Beitrags konnte nicht/);
  assert.deepEqual(await page.$$eval("#de .anp-meta__badge", (b) => b.map((e) => e.textContent)), ["ja", "nein"]);
  // The post says it is German, so its article is `lang="de"`; the words are too.
  assert.equal(await page.getAttribute("#de .anp-article", "lang"), "de");
  assert.equal(await page.getAttribute("#de .anp-similar__title", "lang"), "de");
  assert.equal(await page.getAttribute("#de .anp-article", "dir"), "ltr");
  // The skeleton's status and the button labels were German too (checked by key).
  assert.match(await page.textContent("#de .anp-meta__fewer"), /^Weniger anzeigen$/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("data-alphanode-lang and <alphanode-article lang> win over the page; de-AT falls back to de", async () => {
  const page = await openI18nPage();
  const title = (id) => page.textContent(`#${id} .anp-similar__title`);
  assert.equal(await title("fr"), "Articles similaires");
  assert.equal(await title("ja"), "関連する投稿");
  assert.equal(await title("at"), "Ähnliche Beiträge");
  assert.equal(await page.getAttribute("#fr .anp-similar__title", "lang"), "fr");
  assert.equal(await page.textContent("#ja .anp-checklist__progress"), "2 件中 0 件完了");
  // A language that is not shipped, with the host's own strings over English.
  assert.equal(await title("own"), "Liknande inlägg");
  assert.equal(await page.textContent("#own .anp-meta__more"), "Visa 9 till");
  assert.equal(await page.textContent("#own .anp-checklist__progress"), "0 of 2 done");
  await page.close();
});

test("ar is right to left: the widget mirrors, each text keeps its own direction", async () => {
  const page = await openI18nPage();
  assert.equal(await page.getAttribute("#ar .anp-article", "dir"), "rtl");
  assert.equal(await page.textContent("#ar .anp-similar__title"), "منشورات مشابهة");
  const direction = (sel) => page.$eval(sel, (e) => getComputedStyle(e).direction);
  assert.equal(await direction("#ar .anp-meta"), "rtl");
  assert.equal(await direction("#ar .anp-checklist__progress"), "rtl");
  // Content: an English paragraph reads left to right inside the mirrored widget.
  assert.equal(await direction("#ar .anp-body__paragraph >> nth=1"), "ltr");
  // Mirrored for real: the checklist's box sits right of its label.
  const [box, label] = await page.$$eval("#ar .anp-checklist__label >> nth=0", ([l]) => {
    const b = l.querySelector("input").getBoundingClientRect();
    const t = l.querySelector(".anp-checklist__text").getBoundingClientRect();
    return [b.left, t.left];
  });
  assert.ok(box > label, `checkbox (${box}) right of its text (${label})`);
  await page.close();
});

test("numbers match the browser's Intl in every shipped locale, every digit kept", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  const NUMBERS = ["46156", "1234", "-1234567.25", "123456789012345678901234567890.123456789"];
  const results = await page.evaluate(
    async ({ locales, numbers }) => {
      const meta = Object.fromEntries(numbers.map((n, i) => [`n${i}`, `@@${i}@@`]));
      let json = JSON.stringify({ title: "Zahlen", body: [], meta });
      numbers.forEach((n, i) => (json = json.replace(`"@@${i}@@"`, n)));
      const script = Object.assign(document.createElement("script"), { type: "application/json", id: "nums", textContent: json });
      document.head.append(script);
      const out = {};
      for (const lang of locales) {
        const el = document.body.appendChild(document.createElement("div"));
        await window.alphanode.mount(el, { src: "#nums", lang }).ready;
        const shown = [...el.querySelectorAll(".anp-meta__number")].map((e) => e.textContent);
        const intl = numbers.map((n) => {
          const fraction = n.includes(".") ? n.split(".")[1].length : 0;
          return new Intl.NumberFormat(lang, { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(n);
        });
        // Intl's own separators, from formatToParts, for the message.
        const parts = new Intl.NumberFormat(lang).formatToParts(-12345.5);
        const symbols = Object.fromEntries(parts.map((p) => [p.type, p.value]));
        out[lang] = { shown, intl, symbols };
      }
      return out;
    },
    { locales: LOCALES, numbers: NUMBERS },
  );
  for (const lang of LOCALES) {
    const { shown, intl, symbols } = results[lang];
    assert.deepEqual(shown, intl, `${lang} (Intl group ${JSON.stringify(symbols.group)}, decimal ${JSON.stringify(symbols.decimal)})`);
  }
  assert.equal(results.de.shown[3], "123.456.789.012.345.678.901.234.567.890,123456789");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("update({ lang }) switches a mounted widget live, and keeps its ticks", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(async (slug) => {
    window.handle = window.alphanode.mount(document.getElementById("slot"), { src: `/posts/${slug}.json`, lang: "en" });
    await window.handle.ready;
  }, REFERENCE_SLUG);
  assert.equal(await page.textContent("#slot .anp-similar__title"), "Similar Posts");
  await page.click("#slot .anp-checklist__checkbox >> nth=0");
  assert.equal(await page.textContent("#slot .anp-checklist__progress"), "1 of 5 done");
  await page.evaluate(() => window.handle.update({ lang: "ru" }));
  await page.waitForFunction(() => document.querySelector("#slot .anp-similar__title")?.textContent === "Похожие публикации");
  assert.equal(await page.textContent("#slot .anp-checklist__progress"), "1 из 5 выполнено");
  assert.equal(await page.getAttribute("#slot .anp-article", "data-state"), "ready");
  // Hebrew's strings are fetched now: until they are here the widget stays Russian,
  // then words and direction switch together (never English in between).
  await page.evaluate(() => {
    window.seen = new Set();
    const root = document.getElementById("slot");
    new MutationObserver(() => window.seen.add(root.querySelector(".anp-similar__title")?.textContent)).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    window.handle.update({ lang: "he" });
  });
  await page.waitForFunction(() => document.querySelector("#slot .anp-similar__title")?.textContent === "פוסטים דומים");
  assert.equal(await page.getAttribute("#slot .anp-article", "dir"), "rtl");
  assert.ok(!(await page.evaluate(() => window.seen.has("Similar Posts"))), "no English in between");
  // The host's own strings, given later, apply at once too.
  await page.evaluate(() => window.handle.update({ lang: "sv", strings: { similar_title: "Liknande" } }));
  await page.waitForFunction(() => document.querySelector("#slot .anp-similar__title")?.textContent === "Liknande");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the error a reader sees is in their language; the details stay English, marked so", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(() => {
    document.documentElement.lang = "de";
    window.handle = window.alphanode.mount(document.getElementById("slot"), { src: "/posts/does-not-exist.json" });
  });
  await settled(page, "#slot");
  assert.equal(await page.textContent("#slot .anp-article__error-title"), "Dieser Beitrag konnte nicht angezeigt werden.");
  assert.equal(await page.textContent("#slot .anp-article__error-reason"), "Unter dieser Adresse gibt es keinen Beitrag (HTTP 404).");
  assert.equal(await page.textContent("#slot .anp-article__retry"), "Erneut versuchen");
  assert.equal(await page.getAttribute("#slot .anp-article__error-summary", "lang"), "en");
  await page.close();
});

test("the app follows the browser's language, and its picker switches it live and remembers", async () => {
  const page = await newPage(ctx, { locale: "de-AT" });
  await openPage(page, "/", { ready: { selector: ".anp-index__list .anp-index__item" } });
  assert.equal(await page.textContent(".anp-page__title"), "Beiträge");
  assert.equal(await page.textContent(".anp-app__lang-label"), "Sprache");
  assert.equal(await page.$eval(".anp-app__lang-select", (s) => s.value), "de");
  assert.equal(await page.getAttribute("html", "lang"), "de");
  assert.match(await page.textContent(".anp-index__status"), /^1–20 von [\d.]+ Beiträgen$/);
  await page.selectOption(".anp-app__lang-select", "ja");
  await page.waitForFunction(() => document.querySelector(".anp-page__title")?.textContent === "投稿");
  assert.equal(await page.textContent(".anp-app__lang-label"), "言語");
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  assert.match(await page.textContent(".anp-index__status"), /件中 1–20 件$/);
  // Still the list: nothing was fetched again or lost.
  assert.ok((await page.locator(".anp-index__item").count()) > 0);
  await page.selectOption(".anp-app__lang-select", "ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  assert.equal(await page.textContent(".anp-page__title"), "المنشورات");
  // The choice is remembered over the browser's language.
  await page.reload();
  await page.waitForSelector(".anp-index__list .anp-index__item");
  assert.equal(await page.$eval(".anp-app__lang-select", (s) => s.value), "ar");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the preview's picker switches its interface and the rendered widget live", async () => {
  const page = await newPage(ctx, { locale: "fr-FR" });
  await openPage(page, "/preview", { ready: { selector: ".anp-preview__frame .anp-article[data-state=ready]" } });
  assert.equal(await page.textContent(".anp-page__title"), "Aperçu de conception");
  assert.equal(await page.textContent(".anp-preview__frame .anp-similar__title"), "Articles similaires");
  assert.equal(await page.textContent(".anp-preview__headline"), "Aucun problème.");
  await page.selectOption(".anp-app__lang-select", "he");
  await page.waitForFunction(
    () => document.querySelector(".anp-preview__frame .anp-similar__title")?.textContent === "פוסטים דומים",
  );
  assert.equal(await page.textContent(".anp-page__title"), "תצוגה מקדימה לעיצוב");
  assert.equal(await page.getAttribute(".anp-preview__frame .anp-article", "dir"), "rtl");
  assert.equal(await page.textContent(".anp-preview__headline"), "אין בעיות.");

  // German: no word of the preview's interface is left in English, text or attribute
  // (titles, labels), collapsed checks panel included. The rendered post and the JSON
  // are content, not the library's words.
  await page.selectOption(".anp-app__lang-select", "de");
  await page.waitForFunction(
    () => document.querySelector(".anp-preview__frame .anp-similar__title")?.textContent === "Ähnliche Beiträge",
  );
  await page.waitForFunction(() => document.querySelector(".anp-preview__reset")?.textContent === "Auf Beispiel zurücksetzen");
  const words = await page.$eval("main", (root) => {
    const clone = root.cloneNode(true);
    for (const el of clone.querySelectorAll(".anp-preview__frame, textarea, .anp-editor__layer, .anp-editor__gutter")) {
      el.remove();
    }
    const attributes = [...clone.querySelectorAll("[title], [aria-label], [placeholder]")].flatMap((el) =>
      ["title", "aria-label", "placeholder"].map((a) => el.getAttribute(a) ?? ""),
    );
    return [clone.textContent, ...attributes].join("\n");
  });
  const english = await appEnglishNotGerman();
  assert.ok(english.length > 80, `the English app strings are read (${english.length})`);
  for (const named of ["Reset to sample", "Meta box only", "Accessibility checks", "Format", "Huge meta (10,000 entries)"]) {
    assert.ok(english.some((p) => p.test(named)), `${named} is among the checked strings`);
  }
  const left = english.filter((p) => p.test(words)).map(String);
  assert.deepEqual(left, [], "English interface words on the German preview");
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** The app's English strings (locales/en.json, the `app.` keys) whose German one
 * differs, each form as a whole-word pattern matching it with anything filled into
 * its placeholders. */
async function appEnglishNotGerman() {
  const [en, de] = await Promise.all(["en", "de"].map(async (tag) => JSON.parse(await readFile(`locales/${tag}.json`, "utf8"))));
  return Object.keys(en)
    .filter((key) => key.startsWith("app.") && JSON.stringify(en[key]) !== JSON.stringify(de[key]))
    .flatMap((key) => (typeof en[key] === "string" ? [en[key]] : Object.values(en[key])))
    .map((s) => {
      const escaped = s.replace(/[.*+?^$()[\]\\]/g, "\\$&").replace(/\\?\{[a-z]+\\?\}/g, ".+?");
      const start = /^\w/.test(s) ? "\\b" : "";
      const end = /\w$/.test(s) ? "\\b" : "";
      return new RegExp(start + escaped + end);
    });
}
