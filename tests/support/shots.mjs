// Screenshots of every page and state for people to look at: node tests/support/shots.mjs
// [--only a,b]. Serves dist/ (and tests/e2e/pages) like the e2e tests, writes
// target/shots/NAME.png. Waits for conditions, not for time.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { launch } from "./browser.mjs";
import { openPage } from "./harness.mjs";
import { startServer } from "./server.mjs";

const OUT = "target/shots";
const REF = "/posts/keeping-staging-close-to-production-python-services.json";
const only = (() => {
  const i = process.argv.indexOf("--only");
  return i > 0 ? new Set(process.argv[i + 1].split(",")) : null;
})();

const server = await startServer({ dirs: ["dist", "tests/e2e/pages"] });
const browser = await launch();
const written = [];
const failed = [];

async function shot(name, { width = 1280, height = 900, colorScheme = "light", js = true } = {}, run) {
  if (only && !only.has(name)) return;
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled: js });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    const target = (await run(page)) ?? null;
    const path = `${OUT}/${name}.png`;
    // Images that are still loading would be caught half-drawn; a full-page shot shows
    // the lazy ones below the fold too, so load them now.
    if (js) {
      await page.evaluate(() => document.querySelectorAll("img[loading=lazy]").forEach((i) => (i.loading = "eager")));
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    }
    // A string names the element to shoot; { clip } a region of the full page.
    if (target?.clip) await page.screenshot({ path, fullPage: true, clip: target.clip });
    else if (target) await page.locator(target).first().screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
    written.push(path);
    if (errors.length) console.log(`${name}: page errors: ${errors.join("; ")}`);
  } catch (error) {
    failed.push(`${name}: ${error.message.split("\n")[0]}`);
  } finally {
    await context.close();
  }
}

/** The blank host page with one widget: `src` and mount options. */
async function widget(page, options, { dir = "ltr", lang = "en" } = {}) {
  await openPage(page, `${server.url}/blank.html`, { ready: "embed" });
  await page.evaluate(
    ({ options, dir, lang }) => {
      document.documentElement.dir = dir;
      document.documentElement.lang = lang;
      document.body.style.margin = "0";
      document.body.style.background = options.theme === "dark" || options.theme === "contrast" ? "#0b0d11" : "#eef0f3";
      document.body.style.padding = "16px 0";
      return window.alphanode.mount(document.getElementById("slot"), options).ready.then(() => true);
    },
    { options, dir, lang },
  );
}

const ready = (page) => page.waitForSelector(".anp-article[data-state=ready], .anp-article[data-state=error]");
const previewReady = (page) =>
  page.waitForSelector(".anp-preview__frame .anp-article[data-state=ready], .anp-preview__compare-grid .anp-article");

await mkdir(OUT, { recursive: true });

// The article, in each theme, right to left and at phone width.
for (const theme of ["light", "dark", "contrast"]) {
  await shot(`article-${theme}`, {}, (page) => widget(page, { src: REF, theme }));
}
await shot("article-375", { width: 375, height: 800 }, (page) => widget(page, { src: REF, theme: "light" }));
await shot("article-rtl", {}, (page) => widget(page, { src: "/fixtures/rtl-post.json", theme: "light" }, { dir: "rtl", lang: "ar" }));
await shot("article-rtl-375", { width: 375, height: 800 }, (page) =>
  widget(page, { src: "/fixtures/rtl-post.json", theme: "dark" }, { dir: "rtl", lang: "ar" }),
);

// The reader's language (issue 15): the German host page (every word the widget
// writes, a warning, buttons, numbers), Arabic (mirrored) and Japanese, each with the
// reference post; and the app and preview in a browser set to another language.
await shot("i18n-de", {}, async (page) => {
  await page.goto(`${server.url}/i18n.html`);
  await page.waitForSelector("#de[data-state=ready]");
  await page.click("#de .anp-meta__expand");
  return "#de";
});
for (const lang of ["de", "ar", "ja"]) {
  await shot(`i18n-${lang}-reference`, {}, (page) => widget(page, { src: REF, theme: "light", lang }));
}
await shot("i18n-ar-375", { width: 375, height: 800 }, (page) => widget(page, { src: REF, theme: "dark", lang: "ar" }));
await shot("i18n-app-ja", {}, async (page) => {
  await page.goto(`${server.url}/`);
  await page.waitForSelector(".anp-index__item");
  await page.selectOption(".anp-app__lang-select", "ja");
  await page.waitForFunction(() => document.documentElement.lang === "ja");
});
await shot("i18n-preview-ar", { width: 1400, height: 900 }, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.selectOption(".anp-app__lang-select", "ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await previewReady(page);
});

// Every block type (code, quote, lists, a broken image) in light and dark.
for (const theme of ["light", "dark"]) {
  await shot(`showcase-${theme}`, {}, (page) => widget(page, { src: "/fixtures/showcase-post.json", theme }));
}
await shot("code-block", {}, async (page) => {
  await widget(page, { src: "/fixtures/showcase-post.json", theme: "light" });
  return ".anp-code";
});

// Each meta layout, the box alone.
for (const layout of ["list", "grid", "table", "compact"]) {
  await shot(`meta-${layout}`, {}, async (page) => {
    await widget(page, { src: REF, theme: "light", layout });
    return ".anp-meta";
  });
  await shot(`meta-${layout}-375`, { width: 375, height: 800 }, async (page) => {
    await widget(page, { src: REF, theme: "light", layout });
    return ".anp-meta";
  });
}
await shot("meta-deep-expanded", {}, async (page) => {
  await widget(page, { src: "/fixtures/showcase-post.json", theme: "light", layout: "list" });
  for (let i = 0; i < 10 && (await page.locator('.anp-meta__expand[aria-expanded="false"]').count()); i++) {
    await page.locator('.anp-meta__expand[aria-expanded="false"]').first().click();
  }
  return ".anp-meta";
});
await shot("meta-showcase-table", {}, async (page) => {
  await widget(page, { src: "/fixtures/showcase-post.json", theme: "light", layout: "table" });
  return ".anp-meta";
});

// Every layout in narrow containers (a 240 px sidebar, 320 and 375 px columns): the
// box must fit inside the host's border.
for (const width of [240, 320, 375]) {
  await shot(`meta-narrow-${width}`, { width: 1280, height: 900 }, async (page) => {
    await openPage(page, `${server.url}/blank.html`, { ready: "embed" });
    await page.evaluate(async ({ width, src }) => {
      document.body.style.cssText = "margin:0;padding:16px;background:#eef0f3;display:flex;gap:16px;align-items:flex-start";
      const slot = document.getElementById("slot");
      slot?.remove();
      const handles = [];
      for (const layout of ["list", "grid", "table", "compact"]) {
        const el = document.createElement("div");
        el.className = "narrow";
        el.style.cssText = `width:${width}px;border:2px solid #c0392b;background:#fff;flex:none`;
        document.body.append(el);
        handles.push(window.alphanode.mount(el, { src, layout, theme: "light" }).ready);
      }
      await Promise.all(handles);
    }, { width, src: REF });
    return null;
  });
}

// A failed image keeps its reserved shape and shows its alt text; without JavaScript
// (the static export) the same look comes from CSS alone.
await shot("figure-failed", {}, async (page) => {
  await page.route("**/images.unsplash.com/**", (route) => route.abort());
  await widget(page, { src: REF, theme: "light" });
  await page.waitForFunction(() => [...document.querySelectorAll(".anp-figure")].every((f) => f.dataset.broken === "true"));
  return ".anp-figure";
});
await shot("static-post-nojs", { js: false }, async (page) => {
  await page.route("**/images.unsplash.com/**", (route) => route.abort());
  if (!existsSync("target/static/posts")) throw new Error("no static export in target/static (scripts/test.sh writes it)");
  const staticServer = await startServer({ dirs: ["target/static"] });
  try {
    await page.goto(`${staticServer.url}/posts/keeping-staging-close-to-production-python-services/`, { waitUntil: "load" });
    await page.waitForSelector(".anp-article");
    await page.screenshot({ path: `${OUT}/static-post-nojs.png`, fullPage: true });
  } finally {
    await staticServer.close();
  }
  return null;
});
// Without JavaScript a checklist's progress line is counted by CSS: two ticks in.
await shot("static-checklist-nojs", { js: false }, async (page) => {
  await page.route("**/images.unsplash.com/**", (route) => route.abort());
  const staticServer = await startServer({ dirs: ["target/static"] });
  try {
    await page.goto(`${staticServer.url}/posts/keeping-staging-close-to-production-python-services/`, { waitUntil: "load" });
    const boxes = page.locator(".anp-checklist").first().locator(".anp-checklist__checkbox");
    await boxes.nth(0).click();
    await boxes.nth(2).click();
  } finally {
    await staticServer.close();
  }
  return ".anp-checklist";
});

// Right-to-left interfaces showing English posts (every sample post is English).
for (const lang of ["ar", "he"]) {
  await shot(`app-index-${lang}`, {}, async (page) => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector(".anp-index__item");
    await page.selectOption(".anp-app__lang-select", lang);
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
  });
  await shot(`app-post-${lang}-375`, { width: 375, height: 800 }, async (page) => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector(".anp-index__item");
    await page.selectOption(".anp-app__lang-select", lang);
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
    await page.goto(`${server.url}/posts/keeping-staging-close-to-production-python-services`);
    await ready(page);
  });
}

// The single-page app.
await shot("app-index", {}, async (page) => {
  await page.goto(`${server.url}/`);
  await page.waitForSelector(".anp-index__item, .anp-index li a");
});
await shot("app-index-375", { width: 375, height: 800 }, async (page) => {
  await page.goto(`${server.url}/`);
  await page.waitForSelector(".anp-index__item, .anp-index li a");
});
await shot("app-index-empty", {}, async (page) => {
  await page.goto(`${server.url}/?q=zzzzqqqq`);
  await page.waitForFunction(() => /No posts match/i.test(document.body.innerText));
});
await shot("app-post", {}, async (page) => {
  await page.goto(`${server.url}/posts/keeping-staging-close-to-production-python-services`);
  await ready(page);
});
await shot("app-post-dark-375", { width: 375, height: 800, colorScheme: "dark" }, async (page) => {
  await page.goto(`${server.url}/posts/keeping-staging-close-to-production-python-services`);
  await ready(page);
});
await shot("app-not-found", {}, async (page) => {
  await page.goto(`${server.url}/posts/no-such-post`);
  await page.waitForFunction(() => /not found/i.test(document.body.innerText));
});

// The designer preview: as opened, after an edit, in compare mode, with a diagnostic.
await shot("preview", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
});
await shot("preview-after-edit", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.locator(".anp-preview__editor").focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" ");
  await previewReady(page);
});
await shot("preview-compare", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
});
await shot("preview-compare-375", { width: 375, height: 800 }, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
});
await shot("preview-diagnostic", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  const text = await page.$eval(".anp-preview__editor", (e) => e.value);
  await page.$eval(
    ".anp-preview__editor",
    (e, text) => {
      e.value = text;
      e.dispatchEvent(new Event("input", { bubbles: true }));
    },
    text.replace(/"text": "/, '"text": 42, "was": "'),
  );
  const problem = page.locator(".anp-preview__problem button").first();
  await problem.waitFor();
  await problem.click();
});

// The editor (issue 18): a wrong-typed value's marker, clicked (the hint line names
// it); the meta-only view; the contrast table; a phone's compare panes, scrolled.
const setEditor = (page, edit) =>
  page.$eval(
    ".anp-preview__editor",
    (e, edit) => {
      e.value = new Function("t", `return ${edit}`)(e.value);
      e.dispatchEvent(new Event("input", { bubbles: true }));
    },
    edit,
  );
await shot("preview-editor", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await setEditor(page, `t.replace(/"text": "a reliable/, '"text": 42, "was": "a reliable')`);
  const marker = page.locator(".anp-editor__marker").first();
  await marker.waitFor();
  await marker.click();
  await page.waitForFunction(() => /at the caret/.test(document.querySelector(".anp-editor__hint").textContent));
  return ".anp-preview__editor-pane";
});
await shot("preview-meta-only", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.selectOption(".anp-preview__focus", "meta");
  await page.waitForSelector(".anp-preview__meta-only .anp-meta");
  return ".anp-preview__render-pane";
});
await shot("preview-checks", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.click(".anp-preview__checks summary");
  await page.waitForFunction(() => document.querySelectorAll(".anp-preview__contrast tbody tr").length === 18);
  return ".anp-preview__checks";
});
await shot("preview-compare-375-panes", { width: 375, height: 800 }, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
  await page.$eval(".anp-preview__compare-cell", (c) => (c.scrollTop = 400));
  await page.waitForFunction(() => document.querySelectorAll(".anp-preview__compare-cell")[1].scrollTop > 0);
  return ".anp-preview__compare-grid";
});
// The theme tokens panel (issue 30): open, then with changed tokens (one a colour that
// fails a contrast check), the panes beside it, and at phone width.
async function openTokens(page) {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.click(".anp-preview__tokens > summary");
  await page.waitForFunction(() => /^#[0-9a-f]{6}$/.test(document.querySelector("#anp-token-accent")?.value ?? ""));
}
/** The panel whole: on wide screens the editor pane scrolls on its own, which would cut
 * the element's shot at the pane's height; unstuck, the panel looks the same, uncut. */
const wholePanel = (page) =>
  page.$eval(".anp-preview__editor-pane", (pane) => {
    pane.style.position = "static";
    pane.style.maxHeight = "none";
    return ".anp-preview__tokens";
  });
async function changeTokens(page) {
  for (const [name, value] of [["accent", "#c0392b"], ["surface", "#fdf6e3"], ["muted", "#bbbbbb"], ["radius", "2px"]]) {
    await page.fill(`#anp-token-${name}`, value);
  }
  await page.waitForSelector("[data-token=muted][data-contrast=fail]");
}
await shot("preview-tokens", {}, async (page) => {
  await openTokens(page);
  return wholePanel(page);
});
await shot("preview-tokens-changed", {}, async (page) => {
  await openTokens(page);
  await changeTokens(page);
  return wholePanel(page);
});
await shot("preview-tokens-changed-page", {}, async (page) => {
  await openTokens(page);
  await changeTokens(page);
  await page.$eval("[data-token=muted]", (row) => row.scrollIntoView({ block: "center" }));
});
await shot("preview-tokens-375", { width: 375, height: 800 }, async (page) => {
  await openTokens(page);
  await changeTokens(page);
  return ".anp-preview__tokens";
});

// Similar posts (issue 26, item 10): no card alone on a row (1–7 cards), "Show N more"
// opened from the keyboard with the focus ring round the first new card, and the
// label in Arabic (its dual) at phone width.
/** Mounts one widget per post on the blank host page, posts inline. */
async function inlineWidgets(page, posts, { lang = "en", dir = "ltr" } = {}) {
  await openPage(page, `${server.url}/blank.html`, { ready: "embed" });
  await page.evaluate(
    ({ posts, lang, dir }) => {
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
      document.body.style.cssText = "margin:0;padding:16px 0;background:#eef0f3";
      document.getElementById("slot")?.remove();
      posts.forEach((post, i) => {
        const script = Object.assign(document.createElement("script"), { type: "application/json", id: `p${i}`, textContent: JSON.stringify(post) });
        const el = document.createElement("div");
        el.dataset.alphanodePost = `#p${i}`;
        el.dataset.alphanodeLink = "/blog/{slug}";
        document.body.append(script, el);
      });
      return window.alphanode.mountAll().then(() => true);
    },
    { posts, lang, dir },
  );
}
const similarPost = (n) => ({
  title: `${n} similar posts`,
  body: [],
  similar: Array.from({ length: n }, (_, i) => ({ title: `Similar post ${i + 1}`, slug: `s${i + 1}`, topic: "fixing flaky tests", summary: "What we changed, and what it cost." })),
});
await shot("similar-grid", {}, (page) => inlineWidgets(page, [4, 5, 7].map(similarPost)));
await shot("similar-more-open", {}, async (page) => {
  await inlineWidgets(page, [similarPost(60)]);
  await page.locator(".anp-similar__toggle").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.matches(".anp-similar__list--more .anp-similar__link"));
  return ".anp-similar";
});
await shot("similar-more-ar-375", { width: 375, height: 800 }, async (page) => {
  await inlineWidgets(page, [similarPost(8)], { lang: "ar", dir: "rtl" });
  await page.waitForFunction(() => document.querySelector(".anp-similar__toggle")?.getAttribute("lang") === "ar");
  return ".anp-similar";
});

// The Stack menu, A–Z with counts (drawn as a list box: a screenshot does not show a
// native menu's popup).
await shot("app-stack-menu", {}, async (page) => {
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.querySelectorAll("select[name=stack] option").length > 1);
  await page.$eval("select[name=stack]", (s) => (s.size = 32));
  return ".anp-index__controls";
});

// The header's theme switch set to dark under a light system theme.
await shot("app-theme-dark", {}, async (page) => {
  await page.goto(`${server.url}/`);
  await page.waitForSelector(".anp-index__item");
  await page.selectOption(".anp-app__theme-select", "dark");
  await page.waitForFunction(() => document.querySelector(".anp-app")?.dataset.theme === "dark");
});

// A missing comma (issue 26, item 9) is marked at the end of the value that lacks it.
// Width presets (issue 26): the frame at the width it names, scaled down to fit the
// pane when the pane is narrower, the scale said above it; in compare mode too, and
// in a phone-wide window (where the presets wrap between themselves, not inside).
const pickWidth = async (page, width) => {
  await page.check(`input[name=anp-viewport][value="${width}"]`);
  await page.waitForFunction((width) => document.querySelector(".anp-preview__frame")?.dataset.width === width, width);
  // Scaled, once the stage has the scaled height (set when the frame was measured).
  await page.waitForFunction(() => {
    const frame = document.querySelector(".anp-preview__frame");
    const stage = document.querySelector(".anp-preview__stage");
    return frame.dataset.scale === "1" || Math.abs(stage.getBoundingClientRect().height - frame.getBoundingClientRect().height) < 2;
  });
};
await shot("preview-desktop-scaled", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await pickWidth(page, "1280");
});
await shot("preview-tablet-scaled", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await pickWidth(page, "768");
  return ".anp-preview__panes";
});
await shot("preview-compare-desktop-scaled", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
  await pickWidth(page, "1280");
  return ".anp-preview__render-pane";
});
for (const width of ["375", "1280"]) {
  await shot(`preview-375-window-${width}`, { width: 375, height: 800 }, async (page) => {
    await page.goto(`${server.url}/preview`);
    await previewReady(page);
    await pickWidth(page, width);
    // The top of the frame (under the editor here): the page is many screens long.
    const y = await page.$eval(".anp-preview__render-pane", (e) => e.getBoundingClientRect().top + window.scrollY);
    return { clip: { x: 0, y, width: 375, height: 1000 } };
  });
}
await shot("preview-375-toolbar", { width: 375, height: 800 }, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  return ".anp-preview__toolbar";
});
await shot("preview-compare-375-window-375", { width: 375, height: 800 }, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await page.check(".anp-preview__compare");
  await page.waitForSelector(".anp-preview__compare-grid .anp-meta");
  await pickWidth(page, "375");
  return ".anp-preview__render-pane";
});
// The preview's smaller defects (issue 26, item 9): a first visit's Sample menu names
// the reference post; a syntax error's path reads "$: …", code by its font; a missing
// comma is marked at the end of the value that lacks it.
await shot("preview-first-visit-toolbar", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  return ".anp-preview__toolbar";
});
await shot("preview-syntax-error-path", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await setEditor(page, "t.trimEnd().slice(0, -1)");
  await page.waitForSelector(".anp-preview__problem[data-severity=error]");
  return ".anp-preview__diagnostics";
});
await shot("preview-missing-comma", {}, async (page) => {
  await page.goto(`${server.url}/preview`);
  await previewReady(page);
  await setEditor(page, `t.replace('"alphanode-027517",\\n', '"alphanode-027517"\\n')`);
  await page.locator(".anp-editor__marker--error").waitFor();
  await page.locator(".anp-preview__problem button").first().click();
  return ".anp-preview__editor-pane";
});

// The embed demo page.
await shot("embed-demo", {}, async (page) => {
  await page.goto(`${server.url}/embed-demo.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-alphanode-post], alphanode-article")].every((el) =>
      ["ready", "error"].includes(el.getAttribute("data-state")),
    ),
  );
});

// Its sections one by one, the host's heading and text with the widget below them.
for (const [name, n] of [["embed-demo-table", 4], ["embed-demo-contrast", 5], ["embed-demo-error", 6], ["embed-demo-german", 7]]) {
  await shot(name, {}, async (page) => {
    await page.goto(`${server.url}/embed-demo.html`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-alphanode-post], alphanode-article")].every((el) =>
        ["ready", "error"].includes(el.getAttribute("data-state")),
      ),
    );
    return `main.host-main > section:nth-of-type(${n})`;
  });
}
await shot("embed-demo-375", { width: 375, height: 800 }, async (page) => {
  await page.goto(`${server.url}/embed-demo.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-alphanode-post], alphanode-article")].every((el) =>
      ["ready", "error"].includes(el.getAttribute("data-state")),
    ),
  );
});

// A sharded index (target/corpus-100k, written by scripts/test.sh), when there is one:
// a search, and a fragment that fails.
if (existsSync("target/corpus-100k/posts/shards/manifest.json")) {
  const sharded = await startServer({ dirs: ["target/corpus-100k", "dist"] });
  await shot("app-index-sharded-search", {}, async (page) => {
    await page.goto(`${sharded.url}/?q=flaky+react&sort=title&page=2`);
    await page.waitForFunction(() => /^21–40 of/.test(document.querySelector(".anp-index__status")?.textContent.trim() ?? ""));
  });
  await shot("app-index-sharded-error", {}, async (page) => {
    await page.route("**/shards/f/*/l/index/0.json", (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.goto(`${sharded.url}/`);
    await page.waitForSelector(".anp-index__error");
  });
  await sharded.close();
}

await browser.close();
await server.close();
for (const path of written) console.log(path);
if (failed.length) {
  console.error(`\n${failed.length} screenshot(s) failed:\n  ${failed.join("\n  ")}`);
  process.exit(1);
}
console.log(`\n${written.length} screenshots in ${OUT}/`);
