// Loading over HTTP: statuses, timeouts, wrong content, broken bodies, retry after
// recovery, and relative URLs inside a post.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { newPage, openPage, settled, squash, useBrowser } from "../support/harness.mjs";

let healthy = false;
const hanging = new Set();
const counted = [];
const GOOD = JSON.stringify({ title: "Recovered", body: [{ type: "paragraph", text: "back again" }] });

const faults = {
  "/fault/404.json": (req, res) => res.writeHead(404, { "content-type": "text/plain" }).end("nope"),
  "/fault/500.json": (req, res) => res.writeHead(500, { "content-type": "text/plain" }).end("boom"),
  "/fault/html.json": (req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>login</title>"),
  // A fifth of the declared body, then the connection closes (once that part is sent).
  "/fault/half.json": (req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
    res.write('{"title": "half", "body": [');
    res.socket.end();
  },
  "/fault/hang.json": (req, res) => {
    hanging.add(res);
    req.on("close", () => hanging.delete(res));
  },
  "/fault/huge.json": (req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": String(20 * 1024 * 1024) });
    res.end(Buffer.alloc(20 * 1024 * 1024, 32));
  },
  "/fault/huge-chunked.json": (req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.alloc(1024 * 1024, 32);
    let sent = 0;
    const pump = () => {
      while (sent < 20 && res.write(chunk)) sent++;
      if (sent >= 20) res.end();
      else res.once("drain", () => { sent++; pump(); });
    };
    res.write("[");
    pump();
  },
  "/fault/loop.json": (req, res) => res.writeHead(302, { location: "/fault/loop.json" }).end(),
  // A host page whose widgets are in the HTML from the start, so embed.js requests
  // their posts while the wasm loads and hands the requests over (the prefetch path).
  "/host.html": (req, res, url) => {
    const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    const widgets = url.searchParams
      .getAll("src")
      .map(
        (src, i) =>
          `<div id="w${i}" data-alphanode-post="${attr(src)}" data-alphanode-timeout="${attr(url.searchParams.get("timeout") ?? "")}"></div>`,
      )
      .join("\n");
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<script type="module" src="/embed.js"></script></head><body>${widgets}</body></html>`);
  },
  "/fault/counted.json": (req, res) => {
    counted.push(req.headers.accept);
    res.writeHead(200, { "content-type": "application/json" }).end(GOOD);
  },
  "/fault/flaky.json": (req, res) =>
    healthy
      ? res.writeHead(200, { "content-type": "application/json" }).end(GOOD)
      : res.writeHead(503, { "content-type": "text/plain" }).end("down"),
};

// The wasm with its last byte changed (it is in a custom section: still a valid module
// that would run).
const tamper = (body) => {
  const copy = Buffer.from(body);
  copy[copy.length - 1] ^= 1;
  return copy;
};

// The embed's own files under a prefix, with one of them served badly: the wasm as
// application/octet-stream (no streaming compilation), not at all, or changed; or a
// glue or a language's strings that are not the ones embed.js was built with.
const EMBED_FILES = { "embed.js": "text/javascript", "alphanode-embed.js": "text/javascript", "alphanode.css": "text/css" };
const wasmOk = (res, body) => res.writeHead(200, { "content-type": "application/wasm" }).end(body);
for (const [prefix, wasm, glue, locale] of [
  ["/octet", (res, body) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(body)],
  ["/nowasm", (res) => res.writeHead(404, { "content-type": "text/plain" }).end("gone")],
  // Another wasm than the one embed.js was built with (one byte changed, still valid):
  // its sha384 does not match the integrity embed.js fetches it with.
  ["/tampered", (res, body) => res.writeHead(200, { "content-type": "application/wasm" }).end(tamper(body))],
  // A glue with one more statement: valid JavaScript that must never run.
  ["/badglue", wasmOk, (body) => `${body}\nglobalThis.tamperedGlueRan = true;\n`],
  // German strings with one word changed, on a German page.
  ["/badlocale", wasmOk, null, (body) => body.replace("Erneut versuchen", "Nochmal!")],
]) {
  for (const [file, type] of Object.entries(EMBED_FILES)) {
    faults[`${prefix}/${file}`] = async (req, res) => {
      const body = await readFile(`dist/${file}`, "utf8");
      res.writeHead(200, { "content-type": type }).end(file === "alphanode-embed.js" && glue ? glue(body) : body);
    };
  }
  faults[`${prefix}/alphanode-embed_bg.wasm`] = async (req, res) => wasm(res, await readFile("dist/alphanode-embed_bg.wasm"));
  faults[`${prefix}/locales/de.json`] = async (req, res) => {
    const body = await readFile("dist/locales/de.json", "utf8");
    res.writeHead(200, { "content-type": "application/json" }).end(locale ? locale(body) : body);
  };
  const [lang, post] = locale ? ["de", "/fault/404.json"] : ["en", "/fault/counted.json"];
  faults[`${prefix}/page.html`] = (req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>host</title>
<script type="module" src="${prefix}/embed.js"></script></head><body><div id="w" data-alphanode-post="${post}"></div></body></html>`);
}

const ctx = useBrowser({ faults });

async function widget(page, src, timeout) {
  await openPage(page, "/blank.html", { ready: "embed" });
  await page.evaluate(
    ([src, timeout]) => {
      window.handle = window.alphanode.mount(document.getElementById("slot"), { src, timeout });
    },
    [src, timeout],
  );
  await settled(page, "#slot");
  return {
    state: await page.getAttribute("#slot", "data-state"),
    text: squash((await page.textContent("#slot")) ?? ""),
  };
}

const cases = [
  ["/fault/404.json", /HTTP 404 Not Found/],
  ["/fault/500.json", /HTTP 500 Internal Server Error/],
  ["/fault/html.json", /expected JSON, but the server sent text\/html/],
  ["/fault/half.json", /broke off|ends too early|request failed/],
  ["/fault/huge.json", /20971520 bytes, more than the 10485760-byte limit/],
  ["/fault/huge-chunked.json", /more than the 10485760-byte limit/],
  ["/fault/loop.json", /request failed .*too many redirects/],
];

for (const [src, message] of cases) {
  test(`${src} ends in the error state with a clear message`, async () => {
    const page = await newPage(ctx);
    const { state, text } = await widget(page, src);
    assert.equal(state, "error");
    assert.match(text, message);
    assert.match(text, /Try again/);
    await page.close();
  });
}

test("a server that never answers: the timeout fires", async () => {
  const page = await newPage(ctx);
  const { state, text } = await widget(page, "/fault/hang.json", 800);
  assert.equal(state, "error");
  // The message names the 0.8 s asked for (the default is 10 s): that timeout fired.
  assert.match(text, /no answer within 0.8 s \(timed out\)/);
  await page.close();
});

/** Open a widget on a server that fails, let the server recover, then press "Try again". */
async function retryAfterRecovery(open, id) {
  healthy = false;
  const page = await newPage(ctx);
  const first = await open(page);
  assert.equal(first.state, "error");
  assert.match(first.text, /HTTP 503/);
  healthy = true;
  await page.click(`#${id} .anp-article__retry`);
  await page.waitForFunction((id) => document.getElementById(id).dataset.state === "ready", id);
  assert.equal(await page.textContent(`#${id} .anp-article__title`), "Recovered");
  assert.equal(await page.textContent(`#${id} .anp-body__paragraph`), "back again");
  await page.close();
}

test("retry works once the server recovers", () => retryAfterRecovery((page) => widget(page, "/fault/flaky.json"), "slot"));

test("relative URLs inside a post resolve against the post's own URL; refused ones are dropped", async () => {
  const page = await newPage(ctx);
  const { state, text } = await widget(page, "/fixtures/sub/relative.json");
  assert.equal(state, "ready");
  const srcs = await page.$$eval("#slot .anp-figure__image", (els) => els.map((e) => e.getAttribute("src")));
  assert.deepEqual(srcs, [`${ctx.url}/fixtures/sub/img/photo.png`]);
  assert.equal(await page.getAttribute("#slot .anp-figure__credit-link", "href"), `${ctx.url}/fixtures/credits.html`);
  const links = await page.$$eval("#slot .anp-similar__link", (els) => els.map((e) => e.getAttribute("href")));
  assert.deepEqual(links, [`${ctx.url}/fixtures/sub/sibling.json`, `${ctx.url}/elsewhere/x`]);
  // The broken image and the refused one both leave alt text and caption readable.
  await page.waitForFunction(() =>
    [...document.querySelectorAll("#slot .anp-figure")].every((f) => f.dataset.broken === "true"),
  );
  const fallbacks = await page.$$eval("#slot .anp-figure__fallback", (els) => els.map((e) => e.innerText));
  assert.deepEqual(fallbacks, ["a photo that is not there", "refused source"]);
  assert.match(text, /relative image/);
  assert.match(text, /refused image/);
  assert.match(text, /body\[1\]\.src: URL with scheme "javascript:" refused/);
  assert.equal(await page.$$eval("#slot [href^='javascript'], #slot [src^='javascript']", (e) => e.length), 0);
  await page.close();
});

async function hostPage(page, srcs, timeout = "") {
  const query = new URLSearchParams(srcs.map((s) => ["src", s]));
  if (timeout) query.set("timeout", timeout);
  await openPage(page, `/host.html?${query}`);
  return Promise.all(
    srcs.map(async (_, i) => ({
      state: await page.getAttribute(`#w${i}`, "data-state"),
      text: squash((await page.textContent(`#w${i}`)) ?? ""),
    })),
  );
}

test("posts in the page's HTML are requested while the wasm loads, once, and handed over", async () => {
  counted.length = 0;
  const page = await newPage(ctx);
  // When the first widget was mounted (after the wasm was ready), by the page's clock.
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (records.some((r) => r.attributeName === "data-alphanode-mounted")) {
        window.mountedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-alphanode-mounted"] });
  });
  const timing = () =>
    page.evaluate(() => {
      const post = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/fault/counted.json"));
      return { postStart: post?.startTime, mountedAt: window.mountedAt };
    });
  // Two widgets on one URL: the first takes the early request over, the second shares it.
  const [a, b] = await hostPage(page, ["/fault/counted.json", "/fault/counted.json"]);
  assert.equal(a.state, "ready");
  assert.equal(b.state, "ready");
  assert.match(a.text, /back again/);
  assert.match(b.text, /back again/);
  assert.equal(counted.length, 1, "one early request, shared by both widgets");
  assert.ok(counted.every((accept) => accept === "application/json"), `Accept headers: ${counted}`);
  const { postStart, mountedAt } = await timing();
  assert.ok(postStart < mountedAt, `the post was requested (${postStart} ms) before any widget was mounted (${mountedAt} ms)`);
  await page.close();
});

test("a request started early still fails clearly: statuses, wrong content, timeouts", async () => {
  const page = await newPage(ctx);
  const results = await hostPage(
    page,
    ["/fault/404.json", "/fault/html.json", "/fault/hang.json", "/fault/loop.json", "/fault/huge.json", "/fault/half.json", "/fault/huge-chunked.json"],
    // Long enough that twenty redirects finish first on a loaded machine.
    "3000",
  );
  assert.deepEqual(
    results.map((r) => r.state),
    ["error", "error", "error", "error", "error", "error", "error"],
  );
  assert.match(results[0].text, /HTTP 404 Not Found/);
  assert.match(results[1].text, /expected JSON, but the server sent text\/html/);
  assert.match(results[2].text, /no answer within 3 s \(timed out\)/);
  assert.match(results[3].text, /request failed .*too many redirects/);
  // The page leaves a body declared too large unread; the widget refuses it.
  assert.match(results[4].text, /20971520 bytes, more than the 10485760-byte limit/);
  // A body that breaks off while the page reads it fails that widget only.
  assert.match(results[5].text, /broke off|ends too early|request failed/);
  assert.match(results[6].text, /more than the 10485760-byte limit|no answer within 3 s/);
  await page.close();
});

test("retry after an early request failed fetches afresh", () =>
  retryAfterRecovery(async (page) => (await hostPage(page, ["/fault/flaky.json"]))[0], "w0"));

test("a wasm served as application/octet-stream still runs", async () => {
  counted.length = 0;
  const page = await newPage(ctx);
  await openPage(page, "/octet/page.html");
  assert.equal(await page.getAttribute("#w", "data-state"), "ready");
  assert.equal(await page.textContent("#w .anp-article__title"), "Recovered");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a wasm that cannot be loaded puts every widget in the error state, with the reason", async () => {
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    window.errors = [];
    document.addEventListener("alphanode:error", (e) => window.errors.push(e.detail.message));
  });
  await openPage(page, "/nowasm/page.html");
  assert.equal(await page.getAttribute("#w", "data-state"), "error");
  const [message] = await page.evaluate(() => window.errors);
  assert.match(message, /the widget failed to load: .*404/);
  // Said once on the console; nothing thrown at the page. (The browser itself reports
  // that the 404 body failed the wasm's integrity check before embed.js asks why.)
  const browserSri = /Failed to find a valid digest in the 'integrity' attribute|SRI's integrity checks failed/;
  assert.ok(
    page.problems.every((p) => p.startsWith("console: alphanode: the widget failed to load") || browserSri.test(p)),
    page.problems.join("\n"),
  );
  assert.equal(page.problems.filter((p) => p.startsWith("console: alphanode:")).length, 1);
  await page.close();
});

test("a wasm that is not the one embed.js was built with is refused (integrity)", async () => {
  counted.length = 0;
  const page = await newPage(ctx);
  const wasmRequests = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasmRequests.push(r.url()));
  await page.addInitScript(() => {
    window.errors = [];
    document.addEventListener("alphanode:error", (e) => window.errors.push(e.detail.message));
  });
  await openPage(page, "/tampered/page.html");
  assert.equal(await page.getAttribute("#w", "data-state"), "error");
  const [message] = await page.evaluate(() => window.errors);
  assert.match(message, /the widget failed to load: .*alphanode-embed_bg\.wasm is not the wasm this embed\.js was built with \(integrity sha384-/);
  // The checked request, and one for the headers to tell a wrong file from an error status.
  assert.deepEqual(wasmRequests, [`${ctx.url}/tampered/alphanode-embed_bg.wasm`, `${ctx.url}/tampered/alphanode-embed_bg.wasm`]);
  assert.equal(await page.$("#w .anp-article__title"), null);
  await page.close();
});

test("a glue that is not the one embed.js was built with never runs (integrity)", async () => {
  const page = await newPage(ctx);
  const glue = [];
  page.on("request", (r) => r.url().endsWith("/alphanode-embed.js") && glue.push(r.method()));
  await page.addInitScript(() => {
    window.errors = [];
    document.addEventListener("alphanode:error", (e) => window.errors.push(e.detail.message));
  });
  await openPage(page, "/badglue/page.html");
  assert.equal(await page.getAttribute("#w", "data-state"), "error");
  const [message] = await page.evaluate(() => window.errors);
  assert.match(message, /the widget failed to load: .*alphanode-embed\.js is not the glue this embed\.js was built with \(integrity sha384-/);
  assert.equal(await page.evaluate(() => window.tamperedGlueRan), undefined);
  // The checked load, and one request for the headers to say why it failed.
  assert.deepEqual(glue, ["GET", "HEAD"]);
  await page.close();
});

test("a language's strings that are not the ones embed.js was built with are not used (integrity)", async () => {
  const page = await newPage(ctx);
  await openPage(page, "/badlocale/page.html");
  assert.equal(await page.getAttribute("#w", "data-state"), "error");
  // The changed word never shows; the widget's words fall back to English.
  assert.equal(await page.textContent("#w .anp-article__retry"), "Try again");
  await page.close();
});

test("README's integrity snippet: embed.js with its hash pins the glue, the wasm and the stylesheet", async () => {
  const integrity = JSON.parse(await readFile("dist/integrity.json", "utf8"));
  const page = await newPage(ctx);
  const loads = [];
  page.on("request", (r) => /\/(alphanode-embed\.js|alphanode-embed_bg\.wasm|alphanode\.css)$/.test(r.url()) && loads.push(r.url().split("/").pop()));
  await page.route(`${ctx.url}/sri.html`, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>sri</title>
<script type="module" src="/embed.js" integrity="${integrity["embed.js"]}" crossorigin="anonymous"></script></head>
<body><div id="w" data-alphanode-post="/fault/counted.json"></div></body></html>`,
    }),
  );
  await openPage(page, "/sri.html");
  assert.equal(await page.getAttribute("#w", "data-state"), "ready");
  // Each file once, each with the hash integrity.json gives for it.
  assert.deepEqual(loads.sort(), ["alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css"]);
  const pins = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="modulepreload"], link[data-alphanode-css]')].map((l) => [l.href.split("/").pop(), l.integrity]),
  );
  assert.deepEqual(pins.sort(), [
    ["alphanode-embed.js", integrity["alphanode-embed.js"]],
    ["alphanode.css", integrity["alphanode.css"]],
  ]);
  // The stylesheet applied (a widget colour from alphanode.css, not the browser's).
  assert.notEqual(await page.$eval("#w", (el) => getComputedStyle(el).getPropertyValue("--anp-fg").trim()), "");
  await page.close();
});

test("a host page whose fetch wrapper returns no Response gets a clear error, not a broken page", async () => {
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    const real = (window.realFetch = window.fetch);
    window.fetch = (input, init) =>
      String(input?.url ?? input).endsWith(".json") ? Promise.resolve({ ok: true, status: 200 }) : real(input, init);
  });
  const [result] = await hostPage(page, ["/fault/counted.json"]);
  assert.equal(result.state, "error");
  assert.match(result.text, /the page's fetch did not return a Response/);
  // A retry sends a new request through the same wrapper: still a clear error.
  await page.click("#w0 .anp-article__retry");
  await page.waitForFunction(() => document.querySelector("#w0 .anp-article__retry"));
  assert.match(squash(await page.textContent("#w0")), /the page's fetch did not return a Response/);
  // A wrapper that rejects with a bare string (not an Error) is reported too.
  await page.evaluate(() => {
    window.fetch = () => Promise.reject("offline for maintenance");
  });
  await page.click("#w0 .anp-article__retry");
  await page.waitForFunction(() => /offline for maintenance/.test(document.getElementById("w0").textContent));
  assert.equal(await page.getAttribute("#w0", "data-state"), "error");
  // The widget (and the wasm behind every widget) is still alive: it loads once
  // fetch works again.
  await page.evaluate(() => {
    window.fetch = window.realFetch;
  });
  await page.click("#w0 .anp-article__retry");
  await page.waitForFunction(() => document.getElementById("w0").dataset.state === "ready");
  assert.equal(await page.textContent("#w0 .anp-article__title"), "Recovered");
  assert.deepEqual(page.problems, []);
  await page.close();
});
