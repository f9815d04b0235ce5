// Custom renderers for script hosts (issue 30, part 3): `mount(el, { renderers })`
// replaces the rendering of a block type (a string of HTML or a DOM node), `null`
// keeps the default, a renderer that throws falls back to the default with a console
// warning naming the block's JSON path, and everything else in the widget (the
// checklist, the meta box, similar posts, events) keeps working. Also the same option
// of `renderToString` from the npm package (strings only).
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readFile } from "node:fs/promises";
import { newPage, openPage, settled, useBrowser } from "../support/harness.mjs";

const ctx = useBrowser();
const SRC = "/fixtures/renderers-post.json";

/**
 * blank.html with one widget per entry: [id, renderers source (a function of nothing
 * returning the renderers object, run in the page) or null]. Records each widget's
 * `alphanode:ready` detail and the page's console warnings.
 */
async function host(page, widgets) {
  page.warnings = [];
  page.on("console", (m) => {
    if (m.type() === "warning") page.warnings.push(m.text());
  });
  await openPage(page, "/blank.html", { ready: "embed" });
  for (const [id, renderers] of widgets) {
    await page.evaluate(
      ([id, src, renderers]) => {
        localStorage.clear();
        const el = document.createElement("div");
        el.id = id;
        document.body.append(el);
        window.ready ??= {};
        el.addEventListener("alphanode:ready", (e) => (window.ready[id] = e.detail));
        // The renderers are functions: they are written in the page, not passed in.
        const options = { src, storage: "none" };
        if (renderers) options.renderers = (0, eval)(`(${renderers})`)();
        window.handles ??= {};
        window.handles[id] = window.alphanode.mount(el, options);
      },
      [id, SRC, renderers?.toString() ?? null],
    );
  }
  await settled(page, widgets.map(([id]) => `#${id}`).join(", "));
}

const bodyHtml = (page, id) => page.$eval(`#${id} .anp-body`, (b) => b.innerHTML);
const blockTypes = (page, id) =>
  page.$$eval(`#${id} .anp-body > *`, (els) => els.map((e) => e.getAttribute("data-block-type") ?? e.className.split(" ")[0]));

test("a renderer replaces every block of its type with its HTML, in the block's place; a Node is inserted as is", async () => {
  const page = await newPage(ctx);
  await host(page, [
    ["plain", null],
    [
      "custom",
      () => ({
        code: (block, ctx) =>
          `<pre class="host-code" data-lang="${ctx.escape(block.language ?? "none")}" data-at="${ctx.escape(ctx.path)}">${ctx.escape(block.code)}</pre>`,
        callout: (block, ctx) => {
          const aside = document.createElement("aside");
          aside.className = "host-callout";
          aside.dataset.tone = block.tone;
          aside.textContent = block.text;
          aside.dataset.index = String(ctx.index);
          aside.dataset.lang = ctx.lang;
          return aside;
        },
      }),
    ],
  ]);
  // Both code blocks are the host's, escaped by ctx.escape, each with its own path.
  const codes = await page.$$eval("#custom .anp-custom[data-block-type=code]", (els) =>
    els.map((e) => [e.getAttribute("data-path"), e.innerHTML]),
  );
  assert.deepEqual(codes, [
    ["body[1]", '<pre class="host-code" data-lang="python" data-at="body[1]">print("&lt;b&gt;hi&lt;/b&gt;")</pre>'],
    ["body[7]", '<pre class="host-code" data-lang="none" data-at="body[7]">second()</pre>'],
  ]);
  assert.equal(await page.locator("#custom .anp-code").count(), 0, "no default code block left");
  assert.equal(await page.locator("#plain .anp-code").count(), 2, "the plain widget keeps its own");
  // The unknown `callout`: skipped with a warning without a renderer, shown by the
  // renderer's Node (the very element, with its properties) in its published place.
  assert.deepEqual(await blockTypes(page, "custom"), [
    "anp-body__paragraph", "code", "callout", "anp-body__heading", "anp-checklist", "anp-quote", "anp-figure", "code",
  ]);
  assert.deepEqual(await blockTypes(page, "plain"), [
    "anp-body__paragraph", "anp-code", "anp-body__heading", "anp-checklist", "anp-quote", "anp-figure", "anp-code",
  ]);
  const callout = await page.$eval("#custom .host-callout", (a) => [a.dataset.tone, a.textContent, a.dataset.index, a.dataset.lang, a.parentElement.getAttribute("data-path")]);
  assert.deepEqual(callout, ["warning", "Back up first <really>.", "2", "en", "body[2]"]);
  // Its diagnostic goes only where a renderer takes the type: in the event and on the page.
  const warnings = await page.evaluate(() => [window.ready.plain.warnings, window.ready.custom.warnings]);
  assert.ok(warnings[0].some((w) => /body\[2\]\.type.*unknown block type "callout"/.test(w)), warnings[0].join("\n"));
  assert.deepEqual(warnings[1], []);
  assert.match(await page.textContent("#plain .anp-diagnostics"), /unknown block type "callout"/);
  assert.equal(await page.locator("#custom .anp-diagnostics").count(), 0);
  // The host's content is not under the widget's reset: its own CSS applies.
  await page.addStyleTag({ content: ".host-callout { padding: 13px; border-left: 5px solid rgb(200, 0, 0); }" });
  const style = await page.$eval("#custom .host-callout", (a) => [getComputedStyle(a).paddingTop, getComputedStyle(a).borderLeftColor]);
  assert.deepEqual(style, ["13px", "rgb(200, 0, 0)"]);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a renderer that returns null or undefined leaves the default output unchanged", async () => {
  const page = await newPage(ctx);
  await host(page, [
    ["plain", null],
    ["nulls", () => ({ paragraph: () => null, code: () => undefined, checklist: () => null, image: (b, ctx) => (ctx.renderDefault(), null), callout: () => null })],
  ]);
  assert.equal(await bodyHtml(page, "nulls"), await bodyHtml(page, "plain"));
  assert.equal(await page.locator("#nulls .anp-custom").count(), 0);
  // The default of an unknown type is to be skipped with its warning: a null keeps it,
  // on the widget and in the event.
  assert.match(await page.textContent("#nulls .anp-diagnostics"), /unknown block type "callout"/);
  const warnings = await page.evaluate(() => window.ready.nulls.warnings);
  assert.ok(warnings.some((w) => /body\[2\]\.type.*unknown block type "callout"/.test(w)), warnings.join("\n"));
  assert.deepEqual(page.warnings, []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a renderer that throws: its block falls back to the default, a warning names the path, the rest works", async () => {
  const page = await newPage(ctx);
  await host(page, [
    ["plain", null],
    [
      "throws",
      () => ({
        heading: () => {
          throw new Error("host bug");
        },
        quote: () => 42, // neither a string, a Node nor null
        code: (block) => `<pre class="host-code">${block.code.length}</pre>`,
      }),
    ],
  ]);
  assert.equal(await page.getAttribute("#throws", "data-state"), "ready");
  // The heading and the quote as the widget writes them.
  const same = (sel) => Promise.all(["plain", "throws"].map((id) => page.$eval(`#${id} ${sel}`, (e) => e.outerHTML)));
  const [plainHeading, thrownHeading] = await same(".anp-body__heading");
  assert.equal(thrownHeading, plainHeading);
  const [plainQuote, oddQuote] = await same(".anp-quote");
  assert.equal(oddQuote, plainQuote);
  // The other renderer still ran.
  assert.equal(await page.locator("#throws .host-code").count(), 2);
  // The console says which block, and why.
  assert.ok(page.warnings.some((w) => /renderer for "heading" threw at body\[3\]/.test(w)), page.warnings.join("\n"));
  assert.ok(page.warnings.some((w) => /renderer for "quote" at body\[5\] returned something other than/.test(w)), page.warnings.join("\n"));
  // No page error, no wasm panic.
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("with renderers, the checklist still ticks and reports, and the meta box and similar posts stay", async () => {
  const page = await newPage(ctx);
  await host(page, [
    [
      "custom",
      () => ({
        code: (block, ctx) => `<pre class="host-code">${ctx.escape(block.code)}</pre>`,
        callout: (block) => Object.assign(document.createElement("aside"), { className: "host-callout", textContent: block.text }),
        paragraph: (block, ctx) => `<div class="host-wrap">${ctx.renderDefault()}</div>`,
      }),
    ],
  ]);
  assert.equal(await page.textContent("#custom .anp-checklist__progress"), "1 of 3 done");
  await page.evaluate(() => {
    window.changes = [];
    document.getElementById("custom").addEventListener("alphanode:checklist-change", (e) => window.changes.push(e.detail));
  });
  await page.click("#custom .anp-checklist__checkbox >> nth=0");
  await page.waitForFunction(() => document.querySelector("#custom .anp-checklist__progress").textContent === "2 of 3 done");
  const change = await page.evaluate(() => window.changes.at(-1));
  assert.deepEqual([change.done, change.total, change.checked], [2, 3, ["one", "three"]]);
  // renderDefault() is the widget's own paragraph, inside the host's element.
  assert.equal(
    await page.$eval("#custom .host-wrap", (w) => w.innerHTML),
    '<p class="anp-body__paragraph" dir="auto">Before the code.</p>',
  );
  assert.ok((await page.locator("#custom .anp-meta__entry").count()) >= 2, "the meta box");
  assert.equal(await page.textContent("#custom .anp-similar__card-title"), "Another post");
  // A rewrite (another theme, another language) keeps the host's blocks, the Node
  // included, and the reader's tick.
  await page.evaluate(() => window.handles.custom.update({ theme: "dark", lang: "de" }));
  await page.waitForFunction(() => document.querySelector("#custom .anp-checklist__progress").textContent === "2 von 3 erledigt");
  assert.equal(await page.locator("#custom .host-callout").count(), 1);
  assert.equal(await page.locator("#custom .host-code").count(), 2);
  assert.equal(await page.getAttribute("#custom .anp-article", "data-theme"), "dark");
  // update({ renderers }) swaps them as any option (the blocks stay where they were,
  // so the rewrite keeps the checklist and its tick in place).
  await page.evaluate(() =>
    window.handles.custom.update({
      renderers: {
        code: () => "<b class='host-bold'>x</b>",
        callout: (block) => Object.assign(document.createElement("aside"), { className: "host-callout", textContent: block.text }),
      },
    }),
  );
  await page.waitForSelector("#custom .host-bold");
  assert.equal(await page.locator("#custom .host-code").count(), 0);
  assert.equal(await page.textContent("#custom .anp-checklist__progress"), "2 von 3 erledigt");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("ctx.safeUrl applies the widget's URL policy, relative URLs resolving against the post", async () => {
  const page = await newPage(ctx);
  await host(page, [
    [
      "urls",
      () => ({
        image: (block, ctx) =>
          `<p class="host-urls">${JSON.stringify([block.src, ctx.safeUrl("javascript:alert(1)"), ctx.safeUrl("other.png"), ctx.safeUrl(" https://x.test/a ")])}</p>`,
      }),
    ],
  ]);
  const [src, script, relative, absolute] = JSON.parse(await page.textContent("#urls .host-urls"));
  assert.equal(src, `${ctx.url}/fixtures/photo.svg`, "the block's URL is already checked and resolved");
  assert.equal(script, null);
  assert.equal(relative, `${ctx.url}/fixtures/other.png`);
  assert.equal(absolute, "https://x.test/a");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("renderToString takes the same renderers (strings only)", async () => {
  const { renderToString } = await import(pathToFileURL(resolve("target/npm/server.js")).href);
  const post = await readFile("tests/e2e/pages/fixtures/renderers-post.json", "utf8");
  const plain = await renderToString(post);
  const html = await renderToString(post, {
    renderers: {
      code: (block, ctx) => `<pre class="host-code">${ctx.escape(block.code)}</pre>`,
      callout: (block, ctx) => `<aside class="host-callout">${ctx.escape(block.text)}</aside>`,
      quote: () => null,
      heading: () => {
        throw new Error("host bug");
      },
    },
  });
  assert.match(html, /<div class="anp-custom" data-block-type="code" data-path="body\[1\]"><pre class="host-code">print\(&quot;&lt;b&gt;hi&lt;\/b&gt;&quot;\)<\/pre><\/div>/);
  assert.match(html, /<aside class="host-callout">Back up first &lt;really&gt;\.<\/aside>/);
  assert.doesNotMatch(html, /unknown block type/);
  assert.match(plain, /unknown block type/);
  // The quote and the heading (whose renderer threw) as without renderers.
  const part = (h, re) => h.match(re)?.[0];
  assert.equal(part(html, /<figure class="anp-quote".*?<\/figure>/), part(plain, /<figure class="anp-quote".*?<\/figure>/));
  assert.equal(part(html, /<h3 class="anp-body__heading[^>]*>Steps<\/h3>/), part(plain, /<h3 class="anp-body__heading[^>]*>Steps<\/h3>/));
  await assert.rejects(renderToString(post, { renderers: { code: "no" } }), TypeError);
});
