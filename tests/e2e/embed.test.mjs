// The embeddable widget on host pages (issue: one script tag, data attributes,
// many per page, safe on any host).
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openPage, settled, squash, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";

const ctx = useBrowser();
const REF_URL = `/posts/${REFERENCE_SLUG}.json`;
const TITLE = "how to handle keeping staging close to production in python services";

test("each embedding form renders: URL, inline JSON, custom element", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/embed-demo.html");
  const states = await page.$$eval("[data-alphanode-post], alphanode-article", (els) =>
    els.map((el) => [el.id, el.getAttribute("data-state"), el.querySelector(".anp-article__title")?.textContent]),
  );
  assert.deepEqual(states, [
    ["by-url", "ready", TITLE],
    ["inline", "ready", "An inline post needs no request"],
    ["element", "ready", TITLE],
    ["table", "ready", TITLE],
    ["contrast", "ready", "fixing flaky tests for react frontends, without the guesswork"],
    ["invalid", "error", undefined],
    ["german", "ready", TITLE],
  ]);
  // Options from attributes reach the components.
  assert.equal(await page.getAttribute("#inline .anp-article", "data-theme"), "dark");
  assert.equal(await page.getAttribute("#inline .anp-meta", "data-layout"), "grid");
  assert.equal(await page.getAttribute("#element .anp-meta", "data-layout"), "compact");
  // Link template fills {slug}.
  assert.equal(
    await page.getAttribute("#inline .anp-similar__link", "href"),
    `/posts/${REFERENCE_SLUG}`,
  );
  // The demo links the stylesheet in <head> (README "Layout shift"): embed.js sees
  // it and adds no second one (a page without it gets one added: blank.html, sri.html).
  const sheets = await page.$$eval('link[rel="stylesheet"]', (l) => l.map((x) => x.href).filter((h) => h.endsWith("/alphanode.css")));
  assert.deepEqual(sheets, [`${ctx.url}/alphanode.css`]);
  assert.equal(await page.$("link[data-alphanode-css]"), null, "no stylesheet added beside the page's own");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the demo shows a table layout, the contrast theme, an invalid post's diagnostics and a German reader, each in the host's column (issue 26, item 10)", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/embed-demo.html");
  assert.equal(await page.getAttribute("#table .anp-meta", "data-layout"), "table");
  assert.ok((await page.locator("#table .anp-meta__table").count()) > 0, "the meta box is a table");
  assert.equal(await page.getAttribute("#contrast .anp-article", "data-theme"), "contrast");
  const contrast = await page.$eval("#contrast .anp-article", (a) => [getComputedStyle(a).backgroundColor, getComputedStyle(a).color]);
  assert.deepEqual(contrast, ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
  // The invalid post: the reader's message, and for whoever fixes it each problem's
  // JSON path.
  const error = squash(await page.textContent("#invalid [role=alert]"));
  assert.match(error, /This post could not be shown\./);
  const paths = await page.$$eval("#invalid .anp-diagnostic__path", (els) => els.map((e) => e.textContent));
  assert.deepEqual(paths, ["title", "body[0].text"]);
  // The German reader: the widget's own words and numbers.
  assert.equal(await page.$eval("#german .anp-similar__title", (t) => t.closest("[lang]").lang), "de");
  assert.equal(await page.textContent("#german .anp-checklist__progress"), "0 von 5 erledigt");
  assert.equal(await page.textContent("#german .anp-similar__title"), "Ähnliche Beiträge");
  assert.match(await page.textContent("#german .anp-meta"), /46\.156/);

  // Every widget starts where the host's text of its section starts and stays inside
  // the host's column, at a wide window and a phone's.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const placed = await page.$$eval("main.host-main > section", (sections) =>
      sections.map((s) => {
        const h2 = s.querySelector("h2").getBoundingClientRect();
        const main = s.closest("main");
        const pad = parseFloat(getComputedStyle(main).paddingRight);
        const column = main.getBoundingClientRect().right - pad;
        const widget = s.querySelector(".anp-article").getBoundingClientRect();
        return { id: s.querySelector("[data-state]").id, text: h2.left, left: widget.left, right: widget.right, column };
      }),
    );
    assert.equal(placed.length, 7);
    for (const p of placed) {
      assert.ok(Math.abs(p.left - p.text) < 1, `${width}px ${p.id}: widget at ${p.left}, host text at ${p.text}`);
      assert.ok(p.right <= p.column + 1, `${width}px ${p.id}: widget ends at ${p.right}, column at ${p.column}`);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("three widgets on one page: a 404, invalid JSON and a good one stay independent", async () => {
  const page = await newPage(ctx);
  const errors = [];
  await page.exposeFunction("recordError", (id, detail) => errors.push([id, detail]));
  await page.addInitScript(() => {
    document.addEventListener("alphanode:error", (e) => window.recordError(e.target.id, e.detail));
  });
  await openPage(page, "/multi.html");
  assert.equal(await page.getAttribute("#missing", "data-state"), "error");
  assert.equal(await page.getAttribute("#broken", "data-state"), "error");
  assert.equal(await page.getAttribute("#good", "data-state"), "ready");

  const missing = squash(await page.textContent("#missing [role=alert]"));
  assert.match(missing, /HTTP 404/);
  assert.match(missing, /does-not-exist\.json/);
  const broken = squash(await page.textContent("#broken [role=alert]"));
  assert.match(broken, /\$: the JSON ends too early/);
  assert.match(broken, /line 1, column \d+/);
  assert.equal(await page.textContent("#good .anp-article__title"), TITLE);

  // Error events carry the message.
  const byId = Object.fromEntries(errors);
  assert.match(byId.missing.message, /HTTP 404/);
  assert.match(byId.broken.message, /JSON ends too early/);

  // Retry is offered and the rest of the page still works.
  assert.equal(await page.locator("#missing .anp-article__retry").count(), 1);
  await page.click("#host-button");
  assert.equal(await page.textContent("#host-output"), "clicked");
  await page.click("#good .anp-checklist__checkbox >> nth=0");
  assert.equal(await page.textContent("#good .anp-checklist__progress"), "1 of 5 done");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a strict Content-Security-Policy page reports no violation", async () => {
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await openPage(page, "/csp.html");
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  const states = await page.$$eval("[data-alphanode-post], alphanode-article", (els) =>
    els.map((el) => el.getAttribute("data-state")),
  );
  assert.deepEqual(states, ["ready", "ready", "ready"]);
  // Interaction works under CSP too.
  await page.click("#inline .anp-checklist__checkbox >> nth=1");
  assert.equal(await page.textContent("#inline .anp-checklist__progress"), "1 of 2 done");
  // Styles applied (the stylesheet is allowed by style-src 'self').
  const bg = await page.$eval("#inline .anp-article", (el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, "rgb(20, 23, 29)");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("aggressive host CSS leaves the widget readable, and the widget's CSS leaves the host alone", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/hostile.html");
  const style = (sel, props) =>
    page.$eval(
      sel,
      (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
      props,
    );
  // Inside the widget.
  const para = await style("#good .anp-body__paragraph", ["color"]);
  assert.notEqual(para.color, "rgb(255, 0, 0)");
  const item = await style("#good .anp-meta__item", ["list-style-type", "display"]);
  assert.deepEqual(item, { "list-style-type": "disc", display: "list-item" });
  const box = await style("#good .anp-checklist", ["box-sizing"]);
  assert.equal(box["box-sizing"], "border-box");
  const retry = await style("#failing .anp-article__retry", ["padding-top", "border-top-style", "cursor", "display"]);
  assert.notEqual(retry["padding-top"], "0px");
  assert.equal(retry["border-top-style"], "solid");
  assert.equal(retry.cursor, "pointer");
  assert.notEqual(retry.display, "inline");
  const checkbox = await page.$eval("#good .anp-checklist__checkbox", (el) => el.getBoundingClientRect().width);
  assert.ok(checkbox > 10, `checkbox visible (${checkbox}px)`);

  // Outside the widget, the host's rules still hold with the widget's sheet on or off.
  const hostProps = async () => ({
    p: await style("#host-p", ["color", "margin-top", "font-family"]),
    ul: await style("#host-ul", ["list-style-type", "padding-left"]),
    button: await style("#host-button", ["padding-top", "border-top-style", "cursor"]),
    box: await style("#host-box", ["box-sizing", "color", "background-color"]),
    body: await style("body", ["background-color", "color", "font-family", "margin-top"]),
  });
  const withSheet = await hostProps();
  assert.equal(withSheet.p.color, "rgb(255, 0, 0)");
  assert.equal(withSheet.ul["list-style-type"], "none");
  assert.equal(withSheet.box["box-sizing"], "content-box");
  await page.$eval("link[data-alphanode-css]", (l) => (l.disabled = true));
  const withoutSheet = await hostProps();
  assert.deepEqual(withSheet, withoutSheet);
  await page.close();
});

test("host events: ready, error, checklist-change and a cancelable navigate", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(() => {
    window.events = [];
    for (const name of ["ready", "error", "checklist-change", "navigate"]) {
      document.addEventListener(`alphanode:${name}`, (e) => {
        window.events.push({ name, target: e.target.id, detail: e.detail, cancelable: e.cancelable });
        if (name === "navigate" && window.takeOver) e.preventDefault();
      });
    }
    const post = {
      id: "events-post",
      title: "Events",
      body: [{ type: "checklist", items: ["one", "two"] }],
      similar: [{ title: "Next", slug: "next-post" }],
    };
    const script = document.createElement("script");
    script.type = "application/json";
    script.id = "events-json";
    script.textContent = JSON.stringify(post);
    document.body.append(script);
    const ok = Object.assign(document.createElement("div"), { id: "ok" });
    ok.dataset.alphanodePost = "#events-json";
    ok.dataset.alphanodeLink = "/blog/{slug}";
    const bad = Object.assign(document.createElement("div"), { id: "bad" });
    bad.dataset.alphanodePost = "/nope.json";
    document.body.append(ok, bad);
    return window.alphanode.mountAll();
  });
  await settled(page);
  await page.click("#ok .anp-checklist__checkbox >> nth=1");
  await page.evaluate(() => (window.takeOver = true));
  await page.click("#ok .anp-similar__link");
  const events = await page.evaluate(() => window.events);
  const find = (name) => events.find((e) => e.name === name);
  assert.deepEqual(find("ready").detail, { id: "events-post", slug: null, title: "Events", warnings: [] });
  assert.equal(find("ready").target, "ok");
  assert.equal(find("error").target, "bad");
  assert.match(find("error").detail.message, /HTTP 404/);
  assert.deepEqual(find("checklist-change").detail, { postId: "events-post", checked: ["two"], done: 1, total: 2 });
  assert.deepEqual(find("navigate").detail, { slug: "next-post", href: `${ctx.url}/blog/next-post` });
  assert.equal(find("navigate").cancelable, true);
  // The host took over: the browser did not navigate.
  assert.equal(new URL(page.url()).pathname, "/blank.html");

  // Without preventDefault, the link navigates as usual.
  await page.evaluate(() => (window.takeOver = false));
  await Promise.all([page.waitForURL(/\/blog\/next-post$/), page.click("#ok .anp-similar__link")]);
  await page.close();
});

test("checklist state survives a reload", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/embed-demo.html");
  await page.click("#by-url .anp-checklist__checkbox >> nth=0");
  await page.click("#by-url .anp-checklist__checkbox >> nth=3");
  assert.equal(await page.textContent("#by-url .anp-checklist__progress"), "2 of 5 done");
  await page.reload();
  await settled(page);
  assert.equal(await page.textContent("#by-url .anp-checklist__progress"), "2 of 5 done");
  const checked = await page.$$eval("#by-url .anp-checklist__checkbox", (els) => els.map((e) => e.checked));
  assert.deepEqual(checked, [true, false, false, true, false]);
  // The custom element shows the same post, so it shares the saved state.
  assert.equal(await page.textContent("#element .anp-checklist__progress"), "2 of 5 done");
  await page.close();
});

test("mount() and unmount() leave no DOM or listeners behind; the custom element follows its attributes", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/blank.html", { ready: "embed" });
  const cdp = await page.context().newCDPSession(page);
  const listenerCount = async (expression) => {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId, depth: -1, pierce: true });
    return listeners.length;
  };
  const before = {
    window: await listenerCount("window"),
    document: await listenerCount("document"),
  };
  await page.evaluate(async () => {
    window.handle = window.alphanode.mount(document.getElementById("slot"), {
      src: "/posts/keeping-staging-close-to-production-python-services.json",
      theme: "dark",
      layout: "table",
    });
    await window.handle.ready;
  });
  await settled(page, "#slot");
  assert.equal(await page.evaluate(() => window.handle.state), "ready");
  assert.equal(await page.getAttribute("#slot .anp-meta", "data-layout"), "table");
  assert.ok((await listenerCount("document.getElementById('slot')")) > 0);

  // update() changes options in place.
  await page.evaluate(() => window.handle.update({ layout: "grid", theme: "light" }));
  await page.waitForFunction(() => document.querySelector("#slot .anp-meta")?.dataset.layout === "grid");
  assert.equal(await page.getAttribute("#slot .anp-article", "data-theme"), "light");

  await page.evaluate(() => window.handle.unmount());
  assert.equal(await page.evaluate(() => document.getElementById("slot").childNodes.length), 0);
  assert.equal(await page.evaluate(() => document.getElementById("slot").attributes.length), 1);
  assert.equal(await page.evaluate(() => window.handle.state), "unmounted");
  assert.equal(await listenerCount("document.getElementById('slot')"), 0);
  assert.deepEqual(
    { window: await listenerCount("window"), document: await listenerCount("document") },
    before,
  );

  // The custom element re-renders when its attributes change, and cleans up on removal.
  await page.evaluate(() => {
    const el = document.createElement("alphanode-article");
    el.id = "custom";
    el.setAttribute("src", "/posts/keeping-staging-close-to-production-python-services.json");
    document.body.append(el);
  });
  await settled(page, "#custom");
  assert.equal(await page.getAttribute("#custom .anp-article", "data-theme"), "auto");
  await page.evaluate(() => document.getElementById("custom").setAttribute("theme", "dark"));
  await page.waitForFunction(() => document.querySelector("#custom .anp-article")?.dataset.theme === "dark");
  await page.evaluate(() => document.getElementById("custom").setAttribute("layout", "compact"));
  await page.waitForFunction(() => document.querySelector("#custom .anp-meta")?.dataset.layout === "compact");
  await page.evaluate(() => {
    window.detached = document.getElementById("custom");
    window.detached.remove();
  });
  assert.equal(await page.evaluate(() => window.detached.childNodes.length), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("with localStorage unavailable the checklist still ticks, and says progress is not saved", async () => {
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await openPage(page, "/embed-demo.html");
  assert.equal(await page.getAttribute("#by-url", "data-state"), "ready");
  await page.click("#by-url .anp-checklist__checkbox >> nth=2");
  assert.equal(await page.textContent("#by-url .anp-checklist__progress"), "1 of 5 done");
  assert.equal(await page.isVisible("#by-url .anp-checklist__note"), true);
  assert.deepEqual(page.problems, []);
  await page.close();
});
