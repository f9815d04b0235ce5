// examples/eleventy-blog, a static blog built by Eleventy 3 from the packed package:
// every sample post rendered at build time by alphanode-widgets/server, each page
// readable without JavaScript and taken over by the widget in the browser with no
// layout shift, no request for the post, and the reader's ticks kept. Its dependencies
// come from scripts/bundler-hosts.sh (npm ci).
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { frames, newPage, openPage, useBrowser } from "../support/harness.mjs";

const run = promisify(execFile);
const EXAMPLE = resolve("examples/eleventy-blog");
const SITE = join(EXAMPLE, "_site");
const SCRATCH = resolve("target/eleventy");
const POSTS = resolve("public/posts");

let slugs; // the sample posts' slugs, in file order

before(async () => {
  await stat(join(EXAMPLE, "node_modules/.alphanode-installed")).catch(() => {
    throw new Error(`${EXAMPLE}: no dependencies, run scripts/bundler-hosts.sh`);
  });
  // Installed as npm installs the tarball (replacing the example's link to target/npm).
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(SCRATCH, { recursive: true });
  const [packed] = JSON.parse((await run("npm", ["pack", "./target/npm", "--json", "--pack-destination", SCRATCH])).stdout);
  const pkg = join(EXAMPLE, "node_modules/alphanode-widgets");
  await rm(pkg, { recursive: true, force: true });
  await mkdir(pkg);
  await run("tar", ["-xzf", join(SCRATCH, packed.filename), "-C", pkg, "--strip-components=1"]);
  await rm(SITE, { recursive: true, force: true });
  await run("npm", ["run", "build"], { cwd: EXAMPLE, env: { ...process.env, POSTS_DIR: POSTS }, maxBuffer: 16 << 20 }).catch((e) => {
    throw new Error(`npm run build in ${EXAMPLE} failed:\n${e.stdout}\n${e.stderr}`);
  });
  const files = (await readdir(POSTS)).filter((f) => f.endsWith(".json") && f !== "index.json").sort();
  slugs = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(POSTS, f), "utf8")).slug));
});

const ctx = useBrowser({ dirs: [SITE] });

test("every sample post has its page, and every link between the pages leads to one", async () => {
  const index = await readFile(join(SITE, "index.html"), "utf8");
  const listed = [...index.matchAll(/href="\/posts\/([^/"]+)\/"/g)].map((m) => m[1]);
  assert.deepEqual(listed, slugs, "the index lists every post, in order");
  let links = 0;
  for (const slug of slugs) {
    const html = await readFile(join(SITE, "posts", slug, "index.html"), "utf8");
    assert.match(html, /<article class="anp-article/, `${slug}: the post is rendered into the page`);
    for (const [, target] of html.matchAll(/href="\/posts\/([^/"]+)\/"/g)) {
      links++;
      await stat(join(SITE, "posts", target, "index.html")).catch(() => assert.fail(`${slug} links to /posts/${target}/, which was not built`));
    }
  }
  assert.ok(links > slugs.length, `similar posts link the pages (${links} links)`);
});

test("without JavaScript the index and a post read in full, the checklist with its ticks", async () => {
  const page = await newPage(ctx, { javaScriptEnabled: false });
  await page.goto("/");
  assert.equal(await page.locator(".post-list a").count(), slugs.length);
  await page.click(".post-list a >> nth=0");
  await page.waitForURL(`**/posts/${slugs[0]}/`);
  const post = JSON.parse(await readFile(join(POSTS, (await readdir(POSTS)).filter((f) => f.endsWith(".json") && f !== "index.json").sort()[0]), "utf8"));
  assert.equal((await page.textContent(".anp-article__title")).trim().toLowerCase(), post.title.toLowerCase());
  const checklist = post.body.find((b) => b.type === "checklist");
  if (checklist) {
    const ticked = checklist.items.filter((i) => i?.checked === true).length;
    const boxes = page.locator(".anp-checklist__checkbox");
    assert.equal(await boxes.count(), checklist.items.length);
    assert.equal(await page.locator(".anp-checklist__checkbox:checked").count(), ticked);
  }
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.ok(await page.locator(".site-header a[href='/']").count(), "a way back to the index");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the widget takes the built page over in place: no layout shift, no request for the post, ticks kept across a reload", async () => {
  const page = await newPage(ctx);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  const requests = [];
  const failed = [];
  page.on("request", (r) => requests.push(new URL(r.url())));
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  // The reference post has a checklist with a ticked and an unticked item.
  const slug = slugs.find((s) => s === "keeping-staging-close-to-production-python-services") ?? slugs[0];
  await openPage(page, `/posts/${slug}/`, { ready: { selector: ".post[data-state=ready]" } });
  await frames(page);
  assert.equal(await page.locator(".post .anp-article").count(), 1, "one article");
  const local = requests.filter((u) => u.origin === new URL(ctx.url).origin).map((u) => u.pathname);
  assert.deepEqual(local.filter((p) => p.endsWith(".json")), [], "no request for the post (nor for English strings)");
  for (const f of ["/alphanode/index.js", "/alphanode/alphanode-embed.js", "/alphanode/alphanode-embed_bg.wasm"]) assert.ok(local.includes(f), `${f} loaded`);
  assert.ok(!local.some((p) => p.includes("/inline/")), "data-alphanode-assets: the raw files, not the bundlers' inlined copies");
  assert.deepEqual(failed.filter((f) => f.includes(new URL(ctx.url).host)), [], "no failed request on the site");
  const box = page.locator(".post .anp-checklist__checkbox >> nth=0");
  const progress = page.locator(".post .anp-checklist__progress");
  const before = await box.isChecked();
  const text = await progress.textContent();
  await box.click();
  await page.waitForFunction((text) => document.querySelector(".post .anp-checklist__progress").textContent !== text, text);
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], "layout shifts");
  await page.reload();
  await page.waitForSelector(".post[data-state=ready]");
  assert.equal(await page.locator(".post .anp-checklist__checkbox >> nth=0").isChecked(), !before, "the tick is kept");
  assert.notEqual(await progress.textContent(), text);
  assert.deepEqual(page.problems, []);
  await page.close();
});
