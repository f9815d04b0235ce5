// The npm package in every common bundler, with no configuration: each host project
// in tests/bundlers/ (and examples/vite-react) gets the packed tarball
// (`npm pack ./target/npm`) in its node_modules, is built with its bundler's usual
// command, served, and opened in Chromium. On each page an <alphanode-article> and a
// mount()ed widget must reach data-state="ready" (one of them in German, so a locale
// module loads too), with one copy of the stylesheet, no failed request and nothing
// in the console. Their dependencies come from scripts/bundler-hosts.sh (npm ci).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { cp, mkdir, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { launch } from "../support/browser.mjs";
import { startServer } from "../support/server.mjs";

const run = promisify(execFile);
const ROOT = resolve(".");
const HOSTS = resolve("tests/bundlers");
const EXAMPLE = resolve("examples/vite-react");
const SCRATCH = resolve("target/bundlers");
const POST = "/posts/fixing-flaky-tests-react-frontends.json";
// Node's environment for the builds: no telemetry, no prompts.
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CI: "1" };

let browser;
let german; // a string of the German locale that the German widget must show

before(async () => {
  for (const dir of [HOSTS, EXAMPLE]) {
    await stat(join(dir, "node_modules/.alphanode-installed")).catch(() => {
      throw new Error(`${dir}: no dependencies, run scripts/bundler-hosts.sh`);
    });
  }
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(SCRATCH, { recursive: true });
  const [packed] = JSON.parse((await run("npm", ["pack", "./target/npm", "--json", "--pack-destination", SCRATCH])).stdout);
  // Installed as npm installs a tarball: unpacked into node_modules/alphanode-widgets
  // (replacing the example's link to target/npm, so it too gets the packed files).
  for (const dir of [HOSTS, EXAMPLE]) {
    const pkg = join(dir, "node_modules/alphanode-widgets");
    await rm(pkg, { recursive: true, force: true });
    await mkdir(pkg);
    await run("tar", ["-xzf", join(SCRATCH, packed.filename), "-C", pkg, "--strip-components=1"]);
  }
  // The files an assetsUrl points at: the package's own, served under /alphanode/.
  const assets = join(SCRATCH, "assets/alphanode");
  await mkdir(assets, { recursive: true });
  for (const f of ["alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css", "locales"]) {
    await cp(join(HOSTS, "node_modules/alphanode-widgets", f), join(assets, f), { recursive: true });
  }
  german = JSON.parse(await readFile("dist/locales/de.json", "utf8")).similar_title;
  browser = await launch();
});
after(() => browser?.close());

/** `npm run build` in a host project; fails with the bundler's output. */
async function build(dir) {
  await run("npm", ["run", "build"], { cwd: dir, env: ENV, maxBuffer: 16 << 20 }).catch((e) => {
    throw new Error(`npm run build in ${dir} failed:\n${e.stdout}\n${e.stderr}`);
  });
}

/** A free port on the loopback interface, for a dev server. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on("error", fail);
  });
}

/** Starts `node script args` in `cwd` and resolves once its output matches `ready`. */
function serve(cwd, script, args, ready) {
  const child = spawn(process.execPath, [script, ...args], { cwd, env: ENV, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const started = new Promise((done, fail) => {
    const look = (chunk) => {
      output += chunk;
      if (ready.test(output)) done();
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    child.on("exit", (code) => fail(new Error(`${script} exited (${code}) before it was ready:\n${output}`)));
  });
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.on("exit", () => done());
      child.kill();
    });
  return started.then(
    () => ({ stop, output: () => output }),
    async (error) => {
      await stop();
      throw error;
    },
  );
}

/**
 * Opens `url` and checks the widgets `#element` (<alphanode-article>) and `#mounted`
 * (mount()): both ready with one article each, the one in `germanId` in German, one
 * alphanode stylesheet however it came (the sentinel rule counted in the page's
 * sheets and adopted sheets), and no failed request, console error or warning.
 * Returns the URLs the page requested.
 */
async function expectWidgets(url, { germanId = "mounted" } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => ["element", "mounted"].every((id) => document.getElementById(id)?.dataset.state === "ready"), null, {
        timeout: 30000,
      })
      .catch(async (error) => {
        const states = await page.evaluate(() => ["element", "mounted"].map((id) => `${id}: ${document.getElementById(id)?.dataset.state}`));
        throw new Error(`${url}: widgets not ready (${states.join(", ")}); ${problems.join("; ")}\n${error.message}`);
      });
    const seen = await page.evaluate(() => {
      const sentinel = (sheet) => [...sheet.cssRules].some((r) => r instanceof CSSPropertyRule && r.name === "--alphanode-css");
      const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
      return {
        articles: ["element", "mounted"].map((id) => document.getElementById(id).querySelectorAll(".anp-article").length),
        stylesheets: sheets.filter(sentinel).length,
        // Styled: the stylesheet's own property has its value on the article.
        styled: getComputedStyle(document.querySelector(".anp-article")).getPropertyValue("--anp-gap").trim(),
        text: Object.fromEntries(["element", "mounted"].map((id) => [id, document.getElementById(id).textContent])),
      };
    });
    assert.deepEqual(seen.articles, [1, 1], `${url}: one article per widget`);
    assert.equal(seen.stylesheets, 1, `${url}: the alphanode stylesheet once`);
    assert.equal(seen.styled, "1rem", `${url}: the widget is styled`);
    assert.ok(seen.text[germanId].includes(german), `${url}: #${germanId} in German ("${german}")`);
    assert.deepEqual(problems, [], `${url}: no failed request, console error or warning`);
    return requests;
  } finally {
    await context.close();
  }
}

/** Serves `dirs` (the host's built files, then the sample posts) and checks `path`. */
async function checkStatic(dirs, path = "/", options) {
  const server = await startServer({ dirs: [...dirs, join(ROOT, "public")] });
  try {
    return await expectWidgets(server.url + path, options);
  } finally {
    await server.close();
  }
}

/** The requests of the page that went to files the bundler wrote (under `prefix`). */
const bundled = (requests, prefix) => requests.map((u) => new URL(u)).filter((u) => u.pathname.startsWith(prefix)).map((u) => u.pathname);

test("esbuild (esbuild --bundle): the wasm, glue, stylesheet and locales come inside the bundle", async () => {
  const dir = join(HOSTS, "esbuild");
  await build(dir);
  const requests = await checkStatic([dir]);
  assert.deepEqual(bundled(requests, "/dist/"), ["/dist/main.js"], "one file: esbuild without --splitting inlines the dynamic imports");
});

test("Rollup 4 with @rollup/plugin-node-resolve: each inlined file is a chunk loaded when needed", async () => {
  const dir = join(HOSTS, "rollup");
  await build(dir);
  const chunks = bundled(await checkStatic([dir]), "/dist/").map((p) => p.replace(/-[\w-]{8}\.js$/, ".js"));
  assert.deepEqual(chunks.sort(), ["/dist/de.js", "/dist/glue.js", "/dist/main.js", "/dist/style.js", "/dist/wasm.js"]);
});

test("assetsUrl: data-alphanode-assets loads the package's files from there, pinned, and no inlined chunk", async () => {
  const dir = join(HOSTS, "rollup"); // built by the test above (built again if run alone)
  await stat(join(dir, "dist/main.js")).catch(() => build(dir));
  const requests = await checkStatic([dir, join(SCRATCH, "assets")], "/assets.html");
  assert.deepEqual(bundled(requests, "/dist/"), ["/dist/main.js"], "no chunk of the inlined files");
  assert.deepEqual(bundled(requests, "/alphanode/").sort(), [
    "/alphanode/alphanode-embed.js",
    "/alphanode/alphanode-embed_bg.wasm",
    "/alphanode/alphanode.css",
    "/alphanode/locales/de.json",
  ]);
});

test("webpack 5 (webpack --mode production, no config file)", async () => {
  const dir = join(HOSTS, "webpack");
  await build(dir);
  await checkStatic([dir]);
});

test("Parcel 2 (parcel build), with import \"alphanode-widgets/style.css\": the widget adds no second copy", async () => {
  const dir = join(HOSTS, "parcel");
  await build(dir);
  const requests = await checkStatic([join(dir, "dist")]);
  assert.ok(!requests.some((u) => /\/style\.[\w]+\.js$/.test(u)), "the inlined stylesheet module is never loaded");
});

test("Vite 8 + React 19 example: vite build", async () => {
  await build(EXAMPLE); // tsc --noEmit first: the typed props and handles
  await checkStatic([join(EXAMPLE, "dist")], "/", { germanId: "element" });
});

test("Vite 8 + React 19 example: the dev server (pre-bundled dependency)", async () => {
  const port = await freePort();
  // --force: the package was just unpacked again, and Vite keys its pre-bundle cache on the lock file.
  const server = await serve(EXAMPLE, "node_modules/vite/bin/vite.js", ["--port", String(port), "--strictPort", "--host", "127.0.0.1", "--force"], /ready in/);
  try {
    const requests = await expectWidgets(`http://127.0.0.1:${port}/`, { germanId: "element" });
    assert.ok(requests.some((u) => u.includes("/node_modules/.vite/deps/alphanode-widgets.js")), "the package was pre-bundled");
  } finally {
    await server.stop();
  }
});

test("Next.js 16: a client component (next build, next start)", async () => {
  const dir = join(HOSTS, "next");
  await build(dir);
  const port = await freePort();
  const server = await serve(dir, join(HOSTS, "node_modules/next/dist/bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], /Ready/);
  try {
    await expectWidgets(`http://127.0.0.1:${port}/`);
  } finally {
    await server.stop();
  }
});
