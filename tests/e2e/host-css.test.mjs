// Issue 14, item 5, "Unmoved by host CSS": real CSS frameworks that style bare
// elements (and `.content p`-style class + element rules) must not change how the
// widget looks, and the `--anp-*` custom properties a host sets on purpose must still
// apply. Each framework page renders the same widgets as a bare host page; the
// computed styles of a fixed list of widget elements must be identical.
//
// Set ANP_SHOTS_CSS=1 to also write full-page screenshots of every page into
// target/shots-css/ (for looking at, not compared).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { figuresSettled, newPage, openPage, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";

// Framework stylesheets straight from node_modules (devDependencies, exact versions in
// package.json), each with the wrapper its documentation puts around content, so its
// class + element rules (Bulma's `.content ul`, `.content p:not(:last-child)`, …) apply.
const FRAMEWORKS = {
  bare: { css: null, open: "<main>", close: "</main>" },
  bootstrap: {
    css: "node_modules/bootstrap/dist/css/bootstrap.min.css",
    open: '<main class="container"><div class="row"><div class="col">',
    close: "</div></div></main>",
  },
  bulma: {
    css: "node_modules/bulma/css/bulma.min.css",
    open: '<section class="section"><div class="container"><div class="content">',
    close: "</div></div></section>",
  },
  pico: { css: "node_modules/@picocss/pico/css/pico.min.css", open: '<main class="container">', close: "</main>" },
  water: { css: "node_modules/water.css/out/water.min.css", open: "<main>", close: "</main>" },
};

const WIDGETS = [
  ["ref", `/posts/${REFERENCE_SLUG}.json`, "list"],
  ["show", "/fixtures/showcase-post.json", "table"],
  ["grid", "/fixtures/showcase-post.json", "grid"],
  ["compact", "/fixtures/showcase-post.json", "compact"],
  ["err", "/posts/does-not-exist.json", "list"],
];

/**
 * A host page: the framework's sheet comes last in the document (after the widget's,
 * which embed.js appends to <head>), so a tie in specificity goes to the framework and
 * the widget must win on specificity alone. `style` is the host's own CSS, in <head>
 * before the widget's sheet. Every page sets the same root font size (inline on
 * <html>, which beats any framework's `html`/`:root` rule): the widget's rem units
 * follow the host on purpose, so without it Pico's responsive 106–125% would change
 * every length; widths follow the container, and at the 1280 px viewport every
 * wrapper is wider than the widget's 48rem.
 */
function hostPage(name, { style = "", rootFontSize = "16px", theme = "", themeWrap = false } = {}) {
  const fw = FRAMEWORKS[name];
  const widgets = WIDGETS.map(([id, src, layout]) => {
    const el = `<div id="${id}" data-alphanode-post="${src}" data-alphanode-layout="${layout}"${theme ? ` data-alphanode-theme="${theme}"` : ""}></div>`;
    // One widget inside a `.anp-theme` ancestor, as the README offers for theming.
    return themeWrap && id === "show" ? `<div class="anp-theme">${el}</div>` : el;
  }).join("\n");
  return `<!DOCTYPE html>
<html lang="en" style="font-size: ${rootFontSize}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>host page: ${name}</title>
${style ? `<style>${style}</style>` : ""}
<script type="module" src="/embed.js"></script></head>
<body class="my-site">
${fw.open}
<h1 id="host-h1">A host page styled by ${name}</h1>
<p id="host-p">A paragraph of the host, <a href="#x">with a link</a>.</p>
<ul id="host-ul"><li>a host list item</li></ul>
${widgets}
${fw.close}
${fw.css ? `<link rel="stylesheet" href="/fw/${name}.css">` : ""}
</body></html>`;
}

const hostStyles = new Map();
const faults = {
  "/host-css.html": (req, res, url) => {
    const name = url.searchParams.get("fw") ?? "bare";
    const options = {
      style: hostStyles.get(url.searchParams.get("style")) ?? "",
      rootFontSize: url.searchParams.get("root") ?? "16px",
      theme: url.searchParams.get("theme") ?? "",
      themeWrap: url.searchParams.has("theme-wrap"),
    };
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage(name, options));
  },
};
for (const [name, fw] of Object.entries(FRAMEWORKS)) {
  if (!fw.css) continue;
  faults[`/fw/${name}.css`] = async (req, res) =>
    res.writeHead(200, { "content-type": "text/css; charset=utf-8" }).end(await readFile(fw.css));
}

const ctx = useBrowser({ faults });

// The widget's elements, by class (every match in every widget is compared).
const ELEMENTS = [
  ".anp-article",
  ".anp-article__header",
  ".anp-article__title",
  ".anp-body",
  ".anp-body__paragraph",
  ".anp-body__heading",
  ".anp-list",
  ".anp-list__item",
  ".anp-figure",
  ".anp-figure__frame",
  ".anp-figure__image",
  ".anp-figure__fallback",
  ".anp-figure__caption",
  ".anp-figure__credit-link",
  ".anp-code",
  ".anp-code__language",
  ".anp-code__pre",
  ".anp-code__code",
  ".anp-quote",
  ".anp-quote__text",
  ".anp-quote__text p",
  ".anp-quote__cite",
  ".anp-checklist",
  ".anp-checklist__title",
  ".anp-checklist__progress",
  ".anp-checklist__bar",
  ".anp-checklist__items",
  ".anp-checklist__item",
  ".anp-checklist__label",
  ".anp-checklist__checkbox",
  ".anp-checklist__text",
  ".anp-meta",
  ".anp-meta__title",
  ".anp-meta__entries",
  ".anp-meta__entry",
  ".anp-meta__key",
  ".anp-meta__value",
  ".anp-meta__number",
  ".anp-meta__text",
  ".anp-meta__link",
  ".anp-meta__items",
  ".anp-meta__item",
  ".anp-meta__records",
  ".anp-meta__record",
  ".anp-meta__group",
  ".anp-meta__flags",
  ".anp-meta__flag",
  ".anp-meta__flag-mark",
  ".anp-meta__scores",
  ".anp-meta__score",
  ".anp-meta__meter",
  ".anp-meta__table-wrap",
  ".anp-meta__table",
  ".anp-meta__table thead",
  ".anp-meta__table tr",
  ".anp-meta__table th",
  ".anp-meta__table td",
  ".anp-meta__expand",
  ".anp-similar",
  ".anp-similar__title",
  ".anp-similar__list",
  ".anp-similar__item",
  ".anp-similar__card",
  ".anp-similar__card-title",
  ".anp-similar__topic",
  ".anp-similar__summary",
  ".anp-similar__empty",
  ".anp-article__error",
  ".anp-article__error-title",
  ".anp-article__error-summary",
  ".anp-article__retry",
];

const PROPS = [
  "color",
  "background-color",
  "background-image",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "line-height",
  ...["top", "right", "bottom", "left"].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  "border-top-left-radius",
  "list-style-type",
  "list-style-position",
  "text-decoration-line",
  "text-decoration-style",
  "text-decoration-color",
  "text-align",
  "text-transform",
  "text-underline-offset",
  "overflow-wrap",
  "outline-style",
  "outline-width",
  "table-layout",
  "border-spacing",
  "caption-side",
  "letter-spacing",
  "box-shadow",
  "box-sizing",
  "display",
  "vertical-align",
  "appearance",
];
// Form controls and the title also keep their own size.
const SIZED = new Set([".anp-checklist__checkbox", ".anp-checklist__bar", ".anp-meta__meter", ".anp-meta__flag-mark"]);
// The article's computed side margins depend on the host's container (a host that
// centres it, as the app does, sets them), not on the host's element styles.
const SKIP = { ".anp-article": new Set(["margin-left", "margin-right"]) };

/** Computed styles of every listed element of every widget, keyed "#id selector[i]". */
async function widgetStyles(page) {
  return page.evaluate(
    ({ ids, elements, props, sized, skip }) => {
      const out = {};
      for (const id of ids) {
        for (const sel of elements) {
          document.querySelectorAll(`#${id} ${sel}`).forEach((el, i) => {
            const s = getComputedStyle(el);
            const entry = {};
            for (const p of props) if (!skip[sel]?.includes(p)) entry[p] = s.getPropertyValue(p);
            if (sized.includes(sel)) {
              entry.width = s.width;
              entry.height = s.height;
            }
            out[`#${id} ${sel}[${i}]`] = entry;
          });
        }
      }
      return out;
    },
    {
      ids: WIDGETS.map(([id]) => id),
      elements: ELEMENTS,
      props: PROPS,
      sized: [...SIZED],
      skip: Object.fromEntries(Object.entries(SKIP).map(([k, v]) => [k, [...v]])),
    },
  );
}

async function openHost(query) {
  const page = await newPage(ctx);
  await openPage(page, `/host-css.html?${new URLSearchParams(query)}`);
  // Every figure's image is missing (a 404, or no network): load the lazy ones now and
  // wait until every widget shows its fallback, so all pages are in the same state.
  await figuresSettled(page);
  await endTransitions(page);
  return page;
}

// Frameworks animate colours (Bulma's links take 294 ms): a computed style read while a
// transition runs is a value in between. These tests compare resting styles, so every
// finite transition or animation is taken to its end before reading.
function endTransitions(page) {
  return page.evaluate(() =>
    document.getAnimations().forEach((a) => {
      if (a.effect?.getComputedTiming().endTime !== Infinity) a.finish();
    }),
  );
}

async function screenshot(page, name) {
  if (!process.env.ANP_SHOTS_CSS) return;
  await mkdir("target/shots-css", { recursive: true });
  await page.screenshot({ path: `target/shots-css/${name}.png`, fullPage: true });
  // Each widget on its own too, at a size that can be looked at.
  for (const [id] of WIDGETS) await page.locator(`#${id}`).screenshot({ path: `target/shots-css/${name}-${id}.png` });
}

function mismatches(bare, host) {
  const out = [];
  for (const [key, want] of Object.entries(bare)) {
    const got = host[key];
    if (!got) {
      out.push(`${key}: missing on the framework page`);
      continue;
    }
    for (const [prop, value] of Object.entries(want)) {
      if (got[prop] !== value) out.push(`${key} ${prop}: bare host "${value}", framework "${got[prop]}"`);
    }
  }
  for (const key of Object.keys(host)) if (!bare[key]) out.push(`${key}: only on the framework page`);
  return out;
}

for (const scheme of ["light", "dark"]) {
  test(`the widget looks the same in Bootstrap, Bulma, Pico and Water.css pages as on a bare page (${scheme} scheme)`, async () => {
    const colorScheme = { colorScheme: scheme };
    const bare = await openHost({ fw: "bare" });
    await bare.emulateMedia(colorScheme);
    const want = await widgetStyles(bare);
    assert.ok(Object.keys(want).length > 150, `only ${Object.keys(want).length} elements compared`);
    await screenshot(bare, `bare-${scheme}`);
    await bare.close();
    const report = [];
    for (const name of Object.keys(FRAMEWORKS).filter((n) => n !== "bare")) {
      const page = await openHost({ fw: name });
      await page.emulateMedia(colorScheme);
      // The framework really is applied to the host's own elements.
      const hostFont = await page.$eval("#host-p", (p) => getComputedStyle(p).fontFamily);
      assert.notEqual(hostFont, '"Times New Roman"', `${name} did not load`);
      const found = mismatches(want, await widgetStyles(page));
      report.push(...found.map((m) => `[${name}] ${m}`));
      await screenshot(page, `${name}-${scheme}`);
      assert.deepEqual(page.problems, [], name);
      await page.close();
    }
    assert.equal(report.length, 0, `${report.length} differences from the bare page:\n${report.join("\n")}`);
  });
}

// States a framework styles with heavier selectors (Pico's
// `[type=checkbox]:checked:focus` weighs (0,3,0)): a ticked checkbox that keeps the
// focus, a focused link, a hovered button and one focused from the keyboard.
async function interactionStyles(page) {
  const pick = async (sel) => {
    await endTransitions(page);
    return page.$eval(
      sel,
      (el, props) => {
        const s = getComputedStyle(el);
        return Object.fromEntries([...props, "width", "height", "outline-color", "outline-offset"].map((p) => [p, s.getPropertyValue(p)]));
      },
      PROPS,
    );
  };
  const out = {};
  await page.click("#show .anp-checklist__checkbox >> nth=0");
  out["ticked, focused checkbox"] = await pick("#show .anp-checklist__checkbox >> nth=0");
  out["its label"] = await pick("#show .anp-checklist__label >> nth=0");
  out["its text"] = await pick("#show .anp-checklist__text >> nth=0");
  await page.hover("#err .anp-article__retry");
  out["hovered button"] = await pick("#err .anp-article__retry");
  await page.mouse.move(0, 0);
  await page.focus("#show .anp-meta__expand");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  out["keyboard-focused button"] = await pick("#show .anp-meta__expand");
  await page.focus("#show .anp-meta__link >> nth=0");
  out["focused link"] = await pick("#show .anp-meta__link >> nth=0");
  return out;
}

test("focus, hover and ticked states look the same in every framework page as on a bare page", async () => {
  const bare = await openHost({ fw: "bare" });
  const want = await interactionStyles(bare);
  await bare.close();
  const report = [];
  for (const name of Object.keys(FRAMEWORKS).filter((n) => n !== "bare")) {
    const page = await openHost({ fw: name });
    report.push(...mismatches(want, await interactionStyles(page)).map((m) => `[${name}] ${m}`));
    await page.close();
  }
  assert.equal(report.length, 0, `${report.length} differences from the bare page:\n${report.join("\n")}`);
});

// A component used alone (a meta box and a checklist in another Leptos app, no
// `.anp-article` around them): its boxes, borders, backgrounds and list markers are
// its own; font and colour come from the app around it, on purpose.
const BOX_PROPS = PROPS.filter(
  (p) => /^(margin|padding|border|background|list-style|display|box-|vertical|appearance|table|caption|outline)/.test(p) && !/-color$/.test(p),
);
async function standaloneStyles(page) {
  return page.evaluate((props) => {
    const holder = document.createElement("div");
    holder.id = "standalone";
    // Copies of the rendered components, outside any `.anp-article`.
    for (const sel of ["#show .anp-meta", "#show .anp-checklist", "#show .anp-similar"]) {
      holder.append(document.querySelector(sel).cloneNode(true));
    }
    document.querySelector("#host-ul").after(holder);
    const out = {};
    holder.querySelectorAll("*").forEach((el, i) => {
      const s = getComputedStyle(el);
      out[`#standalone ${el.tagName.toLowerCase()}.${el.className}[${i}]`] = Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    });
    return out;
  }, BOX_PROPS);
}

test("components used alone keep their boxes and list markers in framework pages", async () => {
  const bare = await openHost({ fw: "bare" });
  const want = await standaloneStyles(bare);
  assert.ok(Object.keys(want).length > 50);
  await bare.close();
  const report = [];
  for (const name of Object.keys(FRAMEWORKS).filter((n) => n !== "bare")) {
    const page = await openHost({ fw: name });
    report.push(...mismatches(want, await standaloneStyles(page)).map((m) => `[${name}] ${m}`));
    await page.close();
  }
  assert.equal(report.length, 0, `${report.length} differences from the bare page:\n${report.join("\n")}`);
});

test("the widget's sheet leaves a framework's own elements as they were", async () => {
  for (const name of ["bootstrap", "bulma", "pico"]) {
    const page = await openHost({ fw: name });
    const host = () =>
      page.evaluate(() =>
        ["#host-h1", "#host-p", "#host-p a", "#host-ul", "#host-ul li", "body", "body > :first-child"].map((sel) => {
          const s = getComputedStyle(document.querySelector(sel));
          return [sel, s.color, s.fontFamily, s.fontSize, s.marginTop, s.paddingLeft, s.listStyleType, s.lineHeight];
        }),
      );
    const withSheet = await host();
    await page.$eval("link[data-alphanode-css]", (l) => (l.disabled = true));
    // A change the sheet made would start a transition back: read where it ends.
    await endTransitions(page);
    assert.deepEqual(withSheet, await host(), name);
    await page.close();
  }
});

// Custom properties set on purpose by the host: on :root (inherited into the widget),
// on the widget with a selector of one class placed BEFORE the widget's own sheet, on a
// `.anp-theme` ancestor, and with more weight. Each must reach the widget, also on a
// framework page.
hostStyles.set(
  "vars",
  `:root { --anp-font: Georgia, serif; }
   .anp-article { --anp-accent: rgb(200, 0, 0); }
   .my-site .anp-article { --anp-link: rgb(0, 120, 0); }
   .anp-theme { --anp-border: rgb(0, 0, 200); }`,
);

test("--anp-* custom properties a host sets apply inside the widget", async () => {
  for (const name of ["bare", "bulma"]) {
    for (const theme of ["", "dark", "light", "contrast"]) {
      const page = await openHost({ fw: name, style: "vars", theme, "theme-wrap": "" });
      const got = await page.evaluate(() => {
        const q = (sel) => getComputedStyle(document.querySelector(sel));
        return {
          font: q("#ref .anp-article").fontFamily,
          paragraphFont: q("#ref .anp-body__paragraph").fontFamily,
          quoteBorder: q("#show .anp-quote").borderInlineStartColor,
          checkboxAccent: q("#ref .anp-checklist__checkbox").accentColor,
          retryBorder: q("#err .anp-article__retry").borderTopColor,
          link: q("#show .anp-meta__link").color,
          creditLink: q("#ref .anp-figure__credit-link").color,
          themedBorder: q("#show .anp-checklist").borderTopColor,
        };
      });
      assert.deepEqual(
        got,
        {
          font: "Georgia, serif",
          paragraphFont: "Georgia, serif",
          quoteBorder: "rgb(200, 0, 0)",
          checkboxAccent: "rgb(200, 0, 0)",
          retryBorder: "rgb(200, 0, 0)",
          link: "rgb(0, 120, 0)",
          creditLink: "rgb(0, 120, 0)",
          // The contrast theme is a palette chosen on the widget itself: it wins over
          // what the widget inherits from an ancestor (set it on the widget to change it).
          themedBorder: theme === "contrast" ? "rgb(255, 255, 255)" : "rgb(0, 0, 200)",
        },
        `${name}, theme ${theme || "auto"}`,
      );
      await page.close();
    }
  }
});

test("rem lengths still follow the host's root font size", async () => {
  const page = await openHost({ fw: "pico", root: "20px" });
  const sizes = await page.evaluate(() => {
    const q = (sel) => parseFloat(getComputedStyle(document.querySelector(sel)).fontSize);
    return { paragraph: q("#ref .anp-body__paragraph"), heading: q("#show .anp-checklist__title") };
  });
  assert.deepEqual(sizes, { paragraph: 20, heading: 24 });
  await page.close();
});
