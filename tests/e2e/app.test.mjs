// The single-page app: the index (search as you type, filters, sorting, pages, all in
// the query string), post pages, following similar posts without a reload, back and
// forward with the list state and scroll position, deep links, not-found and error
// pages, the post cache and prefetch, and both narrow and wide layouts; and (issue 13,
// items 8–12) the skip link, scroll positions in posts, the way back to the list as it
// was, URLs corrected to what the index knows, the status wording and pager, menus that
// fit, the brand's alignment and the icon.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { frames, newPage, openPage, quiet, signal, squash, useBrowser, REFERENCE_SLUG } from "../support/harness.mjs";
import { search } from "../support/search.mjs";

const PAGE_SIZE = 20;
const BROKEN = "/posts/broken-post.json";
let brokenRequests = 0;
const brokenRequested = signal();

const ctx = useBrowser({
  faults: {
    [BROKEN]: (req, res) => {
      brokenRequests++;
      brokenRequested.changed();
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end('{"title": "x", "body": [');
    },
  },
});

// ---- The corpus, and the app's search rules applied to it -------------------------

const INDEX = JSON.parse(await readFile("dist/posts/index.json", "utf8")).posts;
const post = async (slug) => JSON.parse(await readFile(`dist/posts/${slug}.json`, "utf8"));
const exists = (slug) => readFile(`dist/posts/${slug}.json`, "utf8").then(() => true, () => false);

/** What the index should list (tests/support/search.mjs: the app's rules). */
const expected = (query = {}) => search(INDEX, query);

function statusFor(total, page = 1) {
  if (total === 0) return "No posts match.";
  const start = (page - 1) * PAGE_SIZE;
  const shown = Math.min(PAGE_SIZE, total - start);
  const noun = total === 1 ? "post" : "posts";
  return shown === 1 ? `${start + 1} of ${total} ${noun}` : `${start + 1}–${start + shown} of ${total} ${noun}`;
}

// ---- Page helpers -----------------------------------------------------------------

/** In the page: the index has loaded (the status names a count or says nothing matches). */
const indexLoaded = () => /of [\d,]+ posts?\b|No posts match/.test(document.querySelector(".anp-index__status")?.textContent ?? "");

/** Waits until the index has loaded, after a navigation inside the app. */
async function indexReady(page) {
  await page.waitForFunction(indexLoaded, null, { timeout: 20000 });
}

const openIndex = (page, query = "") => openPage(page, `/${query}`, { ready: { until: indexLoaded } });

const status = (page) => page.textContent(".anp-index__status").then((s) => squash(s ?? ""));
const listedTitles = (page) => page.$$eval("a.anp-index__link", (els) => els.map((a) => a.textContent.trim()));
const params = (page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Waits for the status text to become `text`. */
async function statusIs(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector(".anp-index__status")?.textContent.replace(/\s+/g, " ").trim() === t,
    text,
    { timeout: 10000 },
  ).catch(async () => assert.equal(await status(page), text));
}

/** In the page: a ready article titled `t` is on screen. */
const showsArticle = (t) => {
  const a = document.querySelector(".anp-article[data-state=ready]");
  return a && a.querySelector(".anp-article__title")?.textContent === t;
};

/** Opens the post page of `slug` and waits until it shows `title`. */
const openPost = (page, slug, title) => openPage(page, `/posts/${slug}`, { ready: { until: showsArticle, arg: title } });

/** Waits for the post page to show `title` in a ready article. */
async function articleShows(page, title) {
  await page.waitForFunction(showsArticle, title, { timeout: 20000 }).catch(async () => {
    const state = await page.getAttribute(".anp-article", "data-state").catch(() => null);
    const shown = await page.textContent(".anp-article__title").catch(() => null);
    assert.fail(`expected a ready article titled ${JSON.stringify(title)}; state ${state}, title ${JSON.stringify(shown)}, at ${page.url()}`);
  });
}

const inputs = (page) =>
  page.evaluate(() => ({
    q: document.querySelector("input.anp-index__search")?.value,
    stack: document.querySelector("select[name=stack]")?.value,
    difficulty: document.querySelector("select[name=difficulty]")?.value,
    sort: document.querySelector("select[name=sort]")?.value,
  }));

/** A word of some title that occurs in no other title (lower case, letters only). */
function distinctiveWord() {
  const counts = new Map();
  for (const e of INDEX) {
    for (const w of new Set(e.title.toLowerCase().split(/[^a-z]+/))) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts].filter(([w, n]) => n === 1 && w.length >= 6).map(([w]) => w).sort();
  assert.ok(words.length > 0, "the corpus has a word unique to one title");
  // Prefer a word whose prefixes narrow step by step, to see the list follow the typing.
  return (
    words.find((w) => {
      const n = (q) => expected({ q }).length;
      return n(w.slice(0, 2)) > n(w.slice(0, 4)) && n(w.slice(0, 4)) >= n(w) && n(w) < INDEX.length;
    }) ?? words[0]
  );
}

// ---- Tests ------------------------------------------------------------------------

test("search narrows the list as you type, the status and URL follow, clearing restores all", async () => {
  const page = await newPage(ctx);
  await openIndex(page);
  assert.equal(await page.title(), "Posts — alphanode");
  await statusIs(page, statusFor(INDEX.length));
  assert.equal(await page.locator("li.anp-index__item").count(), Math.min(PAGE_SIZE, INDEX.length));
  assert.deepEqual(await listedTitles(page), INDEX.slice(0, PAGE_SIZE).map((e) => e.title));

  const word = distinctiveWord();
  const search = page.locator("input.anp-index__search");
  await search.click();
  // Type a prefix key by key, then the rest: the list follows each step.
  const prefix = word.slice(0, 4);
  await search.pressSequentially(prefix, { delay: 60 });
  const partial = expected({ q: prefix });
  await statusIs(page, statusFor(partial.length));
  assert.deepEqual(await listedTitles(page), partial.slice(0, PAGE_SIZE).map((e) => e.title));
  assert.equal(params(page).q, prefix);

  await search.pressSequentially(word.slice(4), { delay: 60 });
  const hits = expected({ q: word });
  assert.ok(hits.length >= 1 && hits.length < INDEX.length, `"${word}" narrows the list`);
  await statusIs(page, statusFor(hits.length));
  assert.deepEqual(await listedTitles(page), hits.slice(0, PAGE_SIZE).map((e) => e.title));
  assert.ok((await listedTitles(page)).some((t) => t.toLowerCase().includes(word)));
  assert.deepEqual(params(page), { q: word });
  assert.equal(await search.inputValue(), word, "typing is not disturbed by the URL updates");

  // Two words must both match.
  await search.pressSequentially(" zzzqqq", { delay: 20 });
  await statusIs(page, "No posts match.");
  assert.equal(await page.locator("li.anp-index__item").count(), 0);

  // Clearing restores everything.
  await search.fill("");
  await statusIs(page, statusFor(INDEX.length));
  assert.equal(await page.locator("li.anp-index__item").count(), Math.min(PAGE_SIZE, INDEX.length));
  assert.equal(new URL(page.url()).search, "");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the stack menu is A–Z with each stack's number of posts (issue 26, item 10)", async () => {
  // Some thirty languages, areas and systems in one menu: in order and counted, a
  // reader finds one by its first letter and sees which have many posts.
  const counts = new Map();
  for (const e of INDEX) for (const s of new Set(e.stack ?? [])) counts.set(s, (counts.get(s) ?? 0) + 1);
  const page = await newPage(ctx);
  await openIndex(page);
  await page.waitForFunction((n) => document.querySelectorAll("select[name=stack] option").length === n + 1, counts.size);
  const options = await page.$$eval("select[name=stack] option", (o) => o.slice(1).map((x) => [x.value, x.textContent.trim()]));
  const values = options.map(([v]) => v);
  assert.deepEqual(values, [...counts.keys()].sort(), "A–Z");
  for (const [value, label] of options) assert.equal(label, `${value} (${counts.get(value)})`);
  // Choosing one still filters by the name alone.
  await page.selectOption("select[name=stack]", "backend");
  await statusIs(page, statusFor(expected({ stack: "backend" }).length));
  assert.deepEqual(params(page), { stack: "backend" });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("stack and difficulty filters combine, and sorting by title orders the list", async () => {
  // A stack and a difficulty that together keep some, but not all, of the stack's posts.
  const stacks = [...new Set(INDEX.flatMap((e) => e.stack ?? []))];
  const difficulties = [...new Set(INDEX.map((e) => e.difficulty).filter(Boolean))];
  let pick = null;
  for (const stack of stacks.sort((a, b) => expected({ stack: b }).length - expected({ stack: a }).length)) {
    for (const difficulty of difficulties) {
      const n = expected({ stack, difficulty }).length;
      if (n > 1 && n <= PAGE_SIZE && n < expected({ stack }).length) pick ??= { stack, difficulty };
    }
  }
  assert.ok(pick, "the corpus has a stack/difficulty pair that narrows");
  const { stack, difficulty } = pick;

  const page = await newPage(ctx);
  await openIndex(page);
  // The menus list every stack and difficulty of the corpus.
  const stackOptions = await page.$$eval("select[name=stack] option", (o) => o.map((x) => x.value));
  assert.deepEqual(stackOptions.slice(1).sort(), [...stacks].sort());
  assert.equal(stackOptions[0], "");

  await page.selectOption("select[name=stack]", stack);
  const byStack = expected({ stack });
  await statusIs(page, statusFor(byStack.length));
  assert.deepEqual(params(page), { stack });

  await page.selectOption("select[name=difficulty]", difficulty);
  const both = expected({ stack, difficulty });
  await statusIs(page, statusFor(both.length));
  assert.deepEqual(params(page), { stack, difficulty });
  const metas = await page.$$eval("li.anp-index__item .anp-index__meta", (els) => els.map((e) => e.textContent));
  assert.equal(metas.length, both.length);
  for (const meta of metas) {
    const parts = meta.split(" · ");
    assert.ok(parts.some((p) => p.split(", ").includes(stack)), `meta names the stack ${stack}: ${meta}`);
    assert.ok(parts.includes(difficulty), `meta names the difficulty ${difficulty}: ${meta}`);
  }
  assert.deepEqual(await listedTitles(page), both.map((e) => e.title));

  await page.selectOption("select[name=sort]", "title");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "title");
  assert.deepEqual(params(page), { stack, difficulty, sort: "title" });
  await statusIs(page, statusFor(both.length));
  const sorted = expected({ stack, difficulty, sort: "title" }).map((e) => e.title);
  await page
    .waitForFunction((want) => JSON.stringify([...document.querySelectorAll("a.anp-index__link")].map((a) => a.textContent.trim())) === want, JSON.stringify(sorted), { timeout: 5000 })
    .catch(() => {});
  const titles = await listedTitles(page);
  const alphabetical = [...titles].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  assert.deepEqual(titles, alphabetical, "titles in alphabetical order");
  assert.deepEqual(titles, sorted);
  assert.deepEqual(await inputs(page), { q: "", stack, difficulty, sort: "title" });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("opening a post from the index shows it, with the page title", async () => {
  const entry = INDEX[1];
  const page = await newPage(ctx);
  await openIndex(page);
  await page.evaluate(() => (window.__marker = 1));
  await page.getByRole("link", { name: entry.title, exact: true }).click();
  await page.waitForURL(`${ctx.url}/posts/${entry.slug}`);
  await articleShows(page, (await post(entry.slug)).title);
  assert.equal(await page.textContent("h1.anp-article__title"), entry.title);
  await page.waitForFunction((t) => document.title === t, `${entry.title} — alphanode`, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.title(), `${entry.title} — alphanode`);
  assert.equal(await page.evaluate(() => window.__marker), 1, "opened inside the app, no reload");
  assert.equal(squash(await page.textContent(".anp-page__crumbs")), "← All posts");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a similar post opens inside the app without a reload", async () => {
  // A generated post whose similar refs point at other posts of the corpus.
  let from = null;
  let to = null;
  for (const e of INDEX) {
    if (e.slug === REFERENCE_SLUG) continue;
    const p = await post(e.slug);
    for (const ref of p.similar ?? []) {
      if (ref.slug && !ref.href && ref.slug !== e.slug && (await exists(ref.slug))) {
        from = e.slug;
        to = ref.slug;
        break;
      }
    }
    if (from) break;
  }
  assert.ok(from && to, "some post links to another post of the corpus");
  const target = await post(to);

  const page = await newPage(ctx);
  await openPost(page, from, (await post(from)).title);
  const links = await page.$$eval("a.anp-similar__link", (els) => els.map((a) => a.getAttribute("href")));
  assert.ok(links.includes(`/posts/${to}`), `similar links go to app routes: ${links}`);
  for (const href of links) assert.match(href, /^\/posts\/[a-z0-9-]+$/);

  await page.evaluate(() => (window.__marker = 1));
  await page.click(`a.anp-similar__link[href="/posts/${to}"]`);
  await page.waitForURL(`${ctx.url}/posts/${to}`);
  await articleShows(page, target.title);
  assert.equal(await page.evaluate(() => window.__marker), 1, "no reload");
  assert.equal(new URL(page.url()).pathname, `/posts/${to}`);
  await page.waitForFunction((t) => document.title === t, `${target.title} — alphanode`, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.title(), `${target.title} — alphanode`);
  // Only one article on the page: the new one replaced the old one.
  assert.equal(await page.locator(".anp-article").count(), 1);

  // Back goes to the first post, still without a reload.
  await page.goBack();
  await articleShows(page, (await post(from)).title);
  assert.equal(await page.evaluate(() => window.__marker), 1);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("back returns to the same filtered list and page; forward opens the post again", async () => {
  // A query and a stack with more than one page of results, if the corpus has one.
  const q = "summary";
  const stack = [...new Set(INDEX.flatMap((e) => e.stack ?? []))].sort(
    (a, b) => expected({ q, stack: b }).length - expected({ q, stack: a }).length,
  )[0];
  const hits = expected({ q, stack });
  assert.ok(hits.length > 0);
  const pageNo = hits.length > PAGE_SIZE ? 2 : 1;

  const page = await newPage(ctx);
  await openIndex(page);
  await page.locator("input.anp-index__search").pressSequentially(q, { delay: 20 });
  await statusIs(page, statusFor(expected({ q }).length));
  await page.selectOption("select[name=stack]", stack);
  await statusIs(page, statusFor(hits.length));
  if (pageNo === 2) {
    await page.evaluate(() => (window.__marker = 1));
    await page.click(".anp-pager a[rel=next]");
    await statusIs(page, statusFor(hits.length, 2));
    assert.equal(await page.evaluate(() => window.__marker), 1, "paging stays in the app");
  }
  const want = pageNo === 2 ? { q, stack, page: "2" } : { q, stack };
  assert.deepEqual(params(page), want);
  const listed = hits.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE);
  assert.deepEqual(await listedTitles(page), listed.map((e) => e.title));
  const listUrl = page.url();
  const listStatus = await status(page);

  const entry = listed[listed.length - 1];
  await page.getByRole("link", { name: entry.title, exact: true }).click();
  await articleShows(page, entry.title);

  await page.goBack();
  await page.waitForURL(listUrl);
  await indexReady(page);
  assert.equal(page.url(), listUrl);
  assert.equal(await status(page), listStatus);
  assert.deepEqual(await inputs(page), { q, stack, difficulty: "", sort: "index" });
  assert.deepEqual(await listedTitles(page), listed.map((e) => e.title));
  assert.equal(await page.title(), "Posts — alphanode");

  await page.goForward();
  await page.waitForURL(`${ctx.url}/posts/${entry.slug}`);
  await articleShows(page, entry.title);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("focus follows navigation: into the new page, back to the followed link, and the page is announced", async () => {
  const page = await newPage(ctx);
  await openIndex(page);
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      return { tag: a?.tagName, id: a?.id, href: a?.getAttribute("href"), inMain: Boolean(a?.closest("main")) };
    });
  // Enter on "Next →": the focus moves into the main region, never to <body>.
  const next = page.locator(".anp-pager a[rel=next]");
  if (await next.count()) {
    await next.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("page") === "2");
    await page.waitForFunction(() => document.activeElement?.id === "main");
    await page.keyboard.press("Tab");
    assert.ok((await focused()).inMain, "the next Tab stays in the page");
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.get("page"));
  }
  // Open a post with the keyboard, then Back: focus returns to that post's link.
  const slug = INDEX[0].slug;
  await page.locator(`a.anp-index__link[href="/posts/${slug}"]`).focus();
  await page.keyboard.press("Enter");
  await articleShows(page, INDEX[0].title);
  await page.waitForFunction(() => document.activeElement?.id === "main");
  await page.waitForFunction(
    (title) => document.querySelector(".anp-app [role=status].anp-visually-hidden")?.textContent === title,
    INDEX[0].title,
  );
  await page.goBack();
  await indexReady(page);
  await page.waitForFunction((href) => document.activeElement?.getAttribute("href") === href, `/posts/${slug}`);
  assert.equal((await focused()).href, `/posts/${slug}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("back restores the scroll position of the list", async () => {
  const page = await newPage(ctx);
  await openIndex(page);
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.waitForFunction(() => Math.abs(window.scrollY - 600) < 2);
  const y = await page.evaluate(() => window.scrollY);
  // A link that is on screen at this position.
  const slug = await onScreenSlug(page);
  const entry = INDEX.find((e) => e.slug === slug);
  await page.click(`a.anp-index__link[href="/posts/${slug}"]`);
  await articleShows(page, entry.title);
  assert.ok((await page.evaluate(() => window.scrollY)) < 50, "the post opens at its top");

  await page.goBack();
  await page.waitForURL(`${ctx.url}/`);
  await indexReady(page);
  // It must stay there once the page has settled (no later jump to the top).
  await scrolledTo(page, y, "back on the list");
  assert.equal(await status(page), statusFor(INDEX.length));

  await page.goForward();
  await articleShows(page, entry.title);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("deep links and reloads render the post and the filtered list", async () => {
  const entry = INDEX[INDEX.length - 1];
  const page = await newPage(ctx);
  await openPost(page, entry.slug, entry.title);
  assert.equal(await page.title(), `${entry.title} — alphanode`);
  await page.reload();
  await articleShows(page, entry.title);
  assert.equal(await page.title(), `${entry.title} — alphanode`);

  // The reference post too.
  await openPost(page, REFERENCE_SLUG, (await post(REFERENCE_SLUG)).title);
  assert.match(await page.textContent(".anp-similar"), /No similar posts yet\./);

  const word = distinctiveWord();
  const difficulty = INDEX.find((e) => e.title.toLowerCase().includes(word)).difficulty;
  const hits = expected({ q: word, difficulty });
  await openIndex(page, `?q=${word}&difficulty=${difficulty}`);
  await statusIs(page, statusFor(hits.length));
  assert.deepEqual(await inputs(page), { q: word, stack: "", difficulty, sort: "index" });
  assert.deepEqual(await listedTitles(page), hits.map((e) => e.title));
  await page.reload();
  await indexReady(page);
  await statusIs(page, statusFor(hits.length));
  assert.deepEqual(await inputs(page), { q: word, stack: "", difficulty, sort: "index" });

  // A deep link to page 3 of the unfiltered list.
  const pages = Math.ceil(INDEX.length / PAGE_SIZE);
  await openIndex(page, `?page=${pages}`);
  await statusIs(page, statusFor(INDEX.length, pages));
  assert.deepEqual(await listedTitles(page), INDEX.slice((pages - 1) * PAGE_SIZE).map((e) => e.title));
  assert.equal(await page.locator(".anp-pager a[rel=next]").count(), 0);
  assert.equal(await page.locator(".anp-pager a[rel=prev]").count(), 1);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("unknown slugs and unknown routes show the not-found page, with a way back", async () => {
  const page = await newPage(ctx);
  for (const path of ["/posts/no-such-post", "/nope/deeper"]) {
    await openPage(page, path, { ready: { selector: "[data-page=not-found]" } });
    assert.equal(squash(await page.textContent("[data-page=not-found] h1")), "Page not found");
    assert.equal(await page.locator("h1").count(), 1, `${path}: one heading`);
    assert.equal(await page.locator(".anp-article").count(), 0);
    await page.waitForFunction(() => document.title === "Not found — alphanode", null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.title(), "Not found — alphanode", path);
    if (path.startsWith("/posts/")) assert.match(await page.textContent("[data-page=not-found]"), /no-such-post/);

    await page.evaluate(() => (window.__marker = 1));
    await page.click("[data-page=not-found] a[href='/']");
    await page.waitForURL(`${ctx.url}/`);
    await indexReady(page);
    await statusIs(page, statusFor(INDEX.length));
    assert.equal(await page.title(), "Posts — alphanode");
    assert.equal(await page.evaluate(() => window.__marker), 1, "back to the index inside the app");
  }
  const problems = page.problems.filter((p) => !/404/.test(p));
  assert.deepEqual(problems, []);
  await page.close();
});

test("a post with broken JSON shows why, and Try again fetches it again", async () => {
  const page = await newPage(ctx);
  brokenRequests = 0;
  await openPage(page, "/posts/broken-post", { ready: { selector: ".anp-article[data-state=error]" } });
  assert.equal(squash(await page.textContent("h1")), "This post could not be loaded");
  const alert = squash(await page.textContent(".anp-article[data-state=error] [role=alert]"));
  assert.match(alert, /JSON/);
  assert.match(alert, /\$/, "names the JSON path");
  assert.match(alert, /line 1, column \d+/);
  assert.equal(await page.locator("[data-page=not-found]").count(), 0);
  assert.equal(brokenRequests, 1);

  await page.click(".anp-article__retry");
  await brokenRequested.until(() => brokenRequests >= 2, { what: "Try again to request the post once more" });
  await page.waitForSelector(".anp-article[data-state=error]", { timeout: 10000 });
  assert.match(squash(await page.textContent("[role=alert]")), /line 1, column \d+/);
  assert.equal(await page.locator(".anp-article__retry").count(), 1);
  // Once the error shows again and the page has gone quiet, no further request came.
  await quiet(page);
  assert.equal(brokenRequests, 2, "exactly one more request");
  await page.close();
});

test("fetched posts are cached, and hovering a link prefetches its post", async () => {
  const page = await newPage(ctx);
  const requests = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/posts/") && path.endsWith(".json")) requests.push(path);
  });
  await openIndex(page);
  const count = (slug) => requests.filter((p) => p === `/posts/${slug}.json`).length;

  const first = INDEX[2];
  await page.getByRole("link", { name: first.title, exact: true }).click();
  await articleShows(page, first.title);
  await page.goBack();
  await indexReady(page);
  await page.getByRole("link", { name: first.title, exact: true }).click();
  await articleShows(page, first.title);
  await quiet(page);
  assert.equal(count(first.slug), 1, `one request for ${first.slug}: ${requests}`);

  // Hover prefetches before any click.
  await page.goBack();
  await indexReady(page);
  const second = INDEX[3];
  assert.equal(count(second.slug), 0);
  await page.mouse.move(0, 0);
  const link = page.getByRole("link", { name: second.title, exact: true });
  await link.scrollIntoViewIfNeeded();
  const before = page.url();
  const prefetch = page.waitForRequest((r) => new URL(r.url()).pathname === `/posts/${second.slug}.json`, { timeout: 5000 });
  await link.hover();
  await prefetch;
  assert.equal(count(second.slug), 1, "hover requested the post");
  assert.equal(page.url(), before, "still on the index");
  await link.click();
  await articleShows(page, second.title);
  assert.equal(count(second.slug), 1, "the click used the prefetched post");

  // Focusing a link (keyboard) prefetches too.
  await page.goBack();
  await indexReady(page);
  const third = INDEX[4];
  const focused = page.waitForRequest((r) => new URL(r.url()).pathname === `/posts/${third.slug}.json`, { timeout: 5000 });
  await page.getByRole("link", { name: third.title, exact: true }).focus();
  await focused;
  assert.equal(count(third.slug), 1, "focus requested the post");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("narrow and wide layouts: screenshots, and no horizontal overflow", async () => {
  await mkdir("test-results", { recursive: true });
  const entry = INDEX[1];
  for (const [name, width, height] of [["narrow", 375, 812], ["wide", 1280, 900]]) {
    const page = await newPage(ctx, { viewport: { width, height } });
    await openIndex(page);
    const overflow = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    let o = await overflow();
    assert.ok(o.scroll <= o.inner, `${name} index: scrollWidth ${o.scroll} > innerWidth ${o.inner}`);
    await page.screenshot({ path: `test-results/app-index-${name}.png`, fullPage: true });

    await openPost(page, entry.slug, entry.title);
    o = await overflow();
    assert.ok(o.scroll <= o.inner, `${name} post: scrollWidth ${o.scroll} > innerWidth ${o.inner}`);
    await page.screenshot({ path: `test-results/app-post-${name}.png`, fullPage: true });

    await openPost(page, REFERENCE_SLUG, (await post(REFERENCE_SLUG)).title);
    o = await overflow();
    assert.ok(o.scroll <= o.inner, `${name} reference post: scrollWidth ${o.scroll} > innerWidth ${o.inner}`);
    await page.screenshot({ path: `test-results/app-reference-${name}.png`, fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

// ---- Issue 13, items 8–12 -----------------------------------------------------------

const scrollY = (page) => page.evaluate(() => window.scrollY);

/** Waits until the window is scrolled to about `y` and checks it stays there once the
 * list is no longer busy and two more frames have rendered. */
async function scrolledTo(page, y, what) {
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 50, y, { timeout: 5000 }).catch(() => {});
  await page.waitForFunction(() => !document.querySelector(".anp-index__list[aria-busy]"));
  await frames(page);
  const got = await scrollY(page);
  assert.ok(Math.abs(got - y) <= 50, `${what}: scrolled to about ${y}px, got ${got}px`);
}

/** A post whose similar posts include another post of the corpus, and that post. */
async function similarPair() {
  for (const e of INDEX) {
    if (e.slug === REFERENCE_SLUG) continue;
    const p = await post(e.slug);
    for (const ref of p.similar ?? []) {
      if (ref.slug && !ref.href && ref.slug !== e.slug && (await exists(ref.slug))) return [e.slug, ref.slug];
    }
  }
  assert.fail("some post links to another post of the corpus");
}

test("the skip link moves focus to the page's main content and never navigates", async () => {
  const entry = INDEX[1];
  const page = await newPage(ctx);
  for (const path of [`/posts/${entry.slug}`, "/?page=2", "/preview"]) {
    if (path.startsWith("/posts/")) await openPost(page, entry.slug, entry.title);
    else if (path === "/preview") await openPage(page, path, { ready: { selector: ".anp-preview__frame .anp-article[data-state=ready]" } });
    else {
      await openIndex(page, path.slice(1));
      await statusIs(page, statusFor(INDEX.length, 2));
    }
    await page.evaluate(() => (window.__marker = 1));
    const url = page.url();
    const length = await page.evaluate(() => history.length);

    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), "Skip to content", `${path}: first tab stop`);
    const box = await page.locator(".anp-app__skip").boundingBox();
    assert.ok(box && box.x >= 0 && box.y >= 0, `${path}: the focused skip link is on screen`);
    await page.keyboard.press("Enter");
    await page
      .waitForFunction(() => document.activeElement?.id === "main", null, { timeout: 5000 })
      .catch(() => {});
    await frames(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main", `${path}: focus is on the main content`);
    assert.equal(page.url(), url, `${path}: the URL did not change`);
    assert.equal(await page.evaluate(() => history.length), length, `${path}: no history entry`);
    assert.equal(await page.evaluate(() => window.__marker), 1, `${path}: no reload`);
    if (path.startsWith("/posts/")) await articleShows(page, entry.title);

    // The next Tab goes on inside the content, past the header.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest("main")), true, `${path}: Tab continues in main`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("back from a similar post returns to where the reader was in the previous post", async () => {
  const [from, to] = await similarPair();
  const page = await newPage(ctx, { viewport: { width: 1280, height: 600 } });
  await openPost(page, from, (await post(from)).title);
  const link = page.locator(`a.anp-similar__link[href="/posts/${to}"]`);
  await link.scrollIntoViewIfNeeded();
  const y = await scrollY(page);
  assert.ok(y > 300, `the similar posts are below the fold (${y}px)`);

  await link.click();
  await articleShows(page, (await post(to)).title);
  await frames(page);
  assert.ok((await scrollY(page)) < 50, "the similar post opens at its top");

  await page.goBack();
  await page.waitForURL(`${ctx.url}/posts/${from}`);
  await articleShows(page, (await post(from)).title);
  await scrolledTo(page, y, "back to the first post");

  // Forward returns to the similar post as it was left: at its top.
  await page.goForward();
  await articleShows(page, (await post(to)).title);
  await scrolledTo(page, 0, "forward to the similar post");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("“← All posts” returns to the list as the reader left it: filters, page and position", async () => {
  const page = await newPage(ctx);
  await openIndex(page);
  await page.selectOption("select[name=sort]", "title");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "title");
  const sorted = expected({ sort: "title" });
  assert.ok(sorted.length > PAGE_SIZE, "the corpus has more than one page");
  await page.click(".anp-pager a[rel=next]");
  await statusIs(page, statusFor(sorted.length, 2));
  assert.deepEqual(params(page), { sort: "title", page: "2" });
  const listUrl = page.url();
  const listed = await listedTitles(page);

  await page.evaluate(() => window.scrollTo(0, 500));
  await page.waitForFunction(() => Math.abs(window.scrollY - 500) < 2);
  const y = await scrollY(page);
  const slug = await onScreenSlug(page);
  const entry = INDEX.find((e) => e.slug === slug);
  await page.click(`a.anp-index__link[href="/posts/${slug}"]`);
  await articleShows(page, entry.title);
  assert.equal(await page.getAttribute(".anp-page__crumbs a", "href"), "/?sort=title&page=2");

  await page.evaluate(() => (window.__marker = 1));
  await page.click(".anp-page__crumbs a");
  await page.waitForURL(listUrl);
  await statusIs(page, statusFor(sorted.length, 2));
  assert.deepEqual(await inputs(page), { q: "", stack: "", difficulty: "", sort: "title" });
  assert.deepEqual(await listedTitles(page), listed);
  assert.equal(await page.evaluate(() => window.__marker), 1, "inside the app");
  await scrolledTo(page, y, "back on the list");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("unknown filter and sort values are dropped from the URL with a note; pages are clamped", async () => {
  const stacks = [...new Set(INDEX.flatMap((e) => e.stack ?? []))];
  const note = (page) => page.textContent(".anp-index__note[role=status]").then((s) => squash(s ?? ""));
  const pages = Math.ceil(INDEX.length / PAGE_SIZE);
  const cases = [
    ["?stack=nonexistent", "", ["Unknown stack “nonexistent” was ignored."], statusFor(INDEX.length)],
    [
      "?difficulty=impossible&sort=bogus",
      "",
      ["Unknown difficulty “impossible” was ignored.", "Unknown sort order “bogus” was ignored."],
      statusFor(INDEX.length),
    ],
    [
      `?${new URLSearchParams({ stack: stacks[0], difficulty: "nope" })}`,
      `?${new URLSearchParams({ stack: stacks[0] })}`,
      ["Unknown difficulty “nope” was ignored."],
      statusFor(expected({ stack: stacks[0] }).length),
    ],
    ["?page=99", `?page=${pages}`, [`There is no page 99; showing page ${pages}.`], statusFor(INDEX.length, pages)],
    ["?q=zzzqqq&page=2", "?q=zzzqqq", ["There is no page 2; showing page 1."], "No posts match."],
    ["?page=0", "", [], statusFor(INDEX.length)],
  ];
  for (const [query, cleaned, notes, wantStatus] of cases) {
    // A fresh page: its only history entry is this one, so a push would show.
    const page = await newPage(ctx);
    await openIndex(page, query);
    await page
      .waitForFunction((want) => location.search === want, cleaned, { timeout: 5000 })
      .catch(() => {});
    assert.equal(new URL(page.url()).search, cleaned, `${query}: the URL drops what the index does not know`);
    await statusIs(page, wantStatus);
    assert.equal(await note(page), notes.join(" "), `${query}: the note`);
    const want = Object.fromEntries(new URLSearchParams(cleaned));
    assert.deepEqual(await inputs(page), {
      q: want.q ?? "",
      stack: want.stack ?? "",
      difficulty: want.difficulty ?? "",
      sort: want.sort ?? "index",
    }, `${query}: the controls show what the list shows`);
    if (query === "?page=99") {
      assert.deepEqual(await listedTitles(page), INDEX.slice((pages - 1) * PAGE_SIZE).map((e) => e.title));
      assert.equal(squash(await page.textContent(".anp-pager__status")), `Page ${pages} of ${pages}`);
    }
    // The corrected address replaced the one asked for: back leaves the app.
    await page.goBack();
    assert.equal(page.url(), "about:blank", `${query}: the entry was replaced, not pushed`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }

  // The note goes once the reader changes something.
  const page = await newPage(ctx);
  await openIndex(page, "?stack=nonexistent");
  await page.waitForFunction(() => document.querySelector(".anp-index__note")?.textContent !== "");
  assert.equal(await page.locator(".anp-index__note").isVisible(), true);
  await page.selectOption("select[name=stack]", stacks[0]);
  await statusIs(page, statusFor(expected({ stack: stacks[0] }).length));
  assert.equal(await note(page), "");
  assert.equal(await page.locator(".anp-index__note").isVisible(), false);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the status reads in the singular for one post, and there is no pager for a single page", async () => {
  // A query with exactly one hit, and one with a few.
  const words = [...new Set(INDEX.flatMap((e) => e.title.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4))].sort();
  const one = words.find((w) => expected({ q: w }).length === 1);
  const few = words.find((w) => {
    const n = expected({ q: w }).length;
    return n > 1 && n <= PAGE_SIZE;
  });
  assert.ok(one && few, "the corpus has a word with one hit and one with a few");

  const page = await newPage(ctx);
  await openIndex(page, `?q=${one}`);
  await statusIs(page, "1 of 1 post");
  assert.equal(await page.locator("li.anp-index__item").count(), 1);
  assert.equal(await page.locator(".anp-pager").count(), 0, "no pager for one post");

  await openIndex(page, `?q=${few}`);
  const n = expected({ q: few }).length;
  await statusIs(page, `1–${n} of ${n} posts`);
  assert.equal(await page.locator(".anp-pager").count(), 0, "no pager for a single page");

  await openIndex(page, "?q=zzzqqq");
  await statusIs(page, "No posts match.");
  assert.equal(await page.locator(".anp-pager").count(), 0, "no pager without results");

  await openIndex(page);
  assert.equal(await page.locator(".anp-pager").count(), 1, "a pager when there are several pages");
  assert.equal(squash(await page.textContent(".anp-pager__status")), `Page 1 of ${Math.ceil(INDEX.length / PAGE_SIZE)}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("every menu shows its longest option in full, at 1280 and 375 px", async () => {
  for (const width of [1280, 375]) {
    const page = await newPage(ctx, { viewport: { width, height: 900 } });
    await openIndex(page);
    const cut = await page.$$eval("select.anp-index__select", (selects) =>
      selects.flatMap((select) => {
        const style = getComputedStyle(select);
        const probe = document.createElement("span");
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${style.font}`;
        document.body.append(probe);
        // Room for the text: the box minus borders, padding and the drop-down arrow (about 20px).
        const room =
          select.getBoundingClientRect().width -
          parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) -
          parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth) - 20;
        const out = [...select.options]
          .map((o) => {
            probe.textContent = o.textContent;
            return { name: select.name, label: o.textContent, text: Math.ceil(probe.getBoundingClientRect().width), room: Math.floor(room) };
          })
          .filter((o) => o.text > o.room);
        probe.remove();
        return out;
      }),
    );
    assert.deepEqual(cut, [], `${width}px: options wider than their menu`);
    const o = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    assert.ok(o.scroll <= o.inner, `${width}px: no horizontal overflow (${o.scroll} > ${o.inner})`);
    await mkdir("test-results", { recursive: true });
    await page.screenshot({ path: `test-results/app-controls-${width}.png` });
    await page.close();
  }
});

test("the brand lines up with the page's content, on the preview as on other pages", async () => {
  for (const width of [1280, 375]) {
    const page = await newPage(ctx, { viewport: { width, height: 900 } });
    for (const [path, ready] of [
      ["/", ".anp-index__item"],
      ["/preview", ".anp-preview__frame .anp-article[data-state=ready]"],
      ["/nope", "[data-page=not-found]"],
    ]) {
      await openPage(page, path, { ready: { selector: ready } });
      const [brand, title] = await page.evaluate(() =>
        [".anp-app__brand", "main .anp-page__title"].map((s) => document.querySelector(s).getBoundingClientRect().left),
      );
      assert.ok(Math.abs(brand - title) <= 1, `${width}px ${path}: brand at ${brand}px, page title at ${title}px`);
    }
    await page.close();
  }
});

test("no request answers 404: the app ships its icon", async () => {
  const entry = INDEX[1];
  const page = await newPage(ctx);
  const missing = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  for (const [path, ready] of [
    ["/", ".anp-index__item"],
    [`/posts/${entry.slug}`, ".anp-article[data-state=ready]"],
    ["/preview", ".anp-preview__frame .anp-article[data-state=ready]"],
  ]) {
    await openPage(page, path, { ready: { selector: ready } });
    await page.waitForLoadState("networkidle");
    const icon = await page.evaluate(async () => {
      const link = document.querySelector("link[rel~=icon]");
      if (!link) return null;
      const r = await fetch(link.href);
      return { status: r.status, type: r.headers.get("content-type"), size: (await r.text()).length };
    });
    assert.ok(icon, `${path}: the page names an icon`);
    assert.equal(icon.status, 200, `${path}: the icon is there`);
    assert.match(icon.type, /^image\//);
    assert.ok(icon.size > 0 && icon.size < 4096, `a small icon (${icon.size} B)`);
  }
  // For what has no link to the icon (the JSON, the embed demos), /favicon.ico exists too.
  const ico = await fetch(`${ctx.url}/favicon.ico`);
  assert.equal(ico.status, 200, "/favicon.ico");
  assert.equal(ico.headers.get("content-type"), "image/x-icon");
  assert.deepEqual(missing, [], "requests that answered 404");
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** The slug of an index link that is on screen at the current scroll position. */
function onScreenSlug(page) {
  return page.$$eval("a.anp-index__link", (els) => {
    const a = els.find((e) => {
      const r = e.getBoundingClientRect();
      return r.top > 50 && r.bottom < innerHeight - 50;
    });
    return a.getAttribute("href").replace(/^\/posts\//, "");
  });
}

test("every app page's console is clean: no warning about integrity on preloads (issue 26, item 10)", async () => {
  // Trunk's `integrity` on the wasm's `fetch` preload made Chromium warn on every page.
  const html = await readFile("dist/index.html", "utf8");
  const preloads = html.match(/<link[^>]*rel="(?:module)?preload"[^>]*>/g) ?? [];
  assert.ok(preloads.some((l) => /\.wasm"/.test(l)), "the wasm is preloaded");
  for (const link of preloads) assert.doesNotMatch(link, /integrity=/, link);
  for (const path of ["/", `/posts/${REFERENCE_SLUG}`, "/preview"]) {
    const page = await newPage(ctx);
    const messages = [];
    page.on("console", (m) => {
      // Images from the internet fail in the test machine (no network): not the page's fault.
      if ((m.type() === "warning" || m.type() === "error") && !/Failed to load resource/.test(m.text())) messages.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(path);
    await page.waitForSelector(".anp-index__item, .anp-article[data-state=ready], .anp-preview__frame .anp-article[data-state=ready]");
    // A preload that is never used is reported once the page has loaded.
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(messages, [], path);
    await page.close();
  }
});

test("the header links to the preview and switches the theme: system, light or dark, remembered (issue 26, item 10)", async () => {
  const page = await newPage(ctx, { colorScheme: "light" });
  await openIndex(page);
  const link = page.locator("header.anp-app__header a.anp-app__preview-link");
  assert.equal(await link.textContent(), "Preview");
  assert.equal(await link.getAttribute("href"), "/preview");
  const select = page.getByLabel("Theme");
  assert.deepEqual(
    await select.locator("option").evaluateAll((o) => o.map((x) => [x.value, x.textContent])),
    [["auto", "System"], ["light", "Light"], ["dark", "Dark"]],
  );
  assert.equal(await select.inputValue(), "auto");
  assert.equal(await page.getAttribute(".anp-app", "data-theme"), "auto");
  // The page's and the text's colours.
  const colours = () =>
    page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.querySelector(".anp-app")).color]);
  const light = await colours();
  await select.selectOption("dark");
  await page.waitForFunction(() => document.querySelector(".anp-app").dataset.theme === "dark");
  const dark = await colours();
  assert.notDeepEqual(dark, light, "the page turns dark");
  assert.equal(dark[0], "rgb(13, 15, 19)");
  // Remembered on the post pages and after a reload.
  await page.click("a.anp-index__link >> nth=0");
  await page.waitForSelector(".anp-article[data-state=ready]");
  assert.equal(await page.getAttribute(".anp-app", "data-theme"), "dark");
  assert.deepEqual(await colours(), dark);
  await page.reload();
  await page.waitForSelector(".anp-article[data-state=ready]");
  assert.equal(await page.getAttribute(".anp-app", "data-theme"), "dark");
  assert.equal(await page.getByLabel("Theme").inputValue(), "dark");
  // Back to the system's: light here.
  await page.getByLabel("Theme").selectOption("auto");
  await page.waitForFunction(() => document.querySelector(".anp-app").dataset.theme === "auto");
  assert.deepEqual(await colours(), light);
  // The preview link opens the preview inside the app.
  await page.click("a.anp-app__preview-link");
  await page.waitForSelector(".anp-preview");
  assert.equal(new URL(page.url()).pathname, "/preview");
  assert.deepEqual(page.problems, []);
  await page.close();
});
