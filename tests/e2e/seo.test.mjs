// What search engines, link previews and feed readers read (issue 29): the app's head
// follows navigation (title, description, canonical link, <html lang dir>) and says
// what the static export's page of the same post says; the static export's pages
// carry description, canonical, Open Graph, Twitter and BlogPosting JSON-LD; the
// sitemap, the feed and robots.txt are served and parse.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch } from "../support/browser.mjs";
import { startServer } from "../support/server.mjs";
import { newPage, openPage } from "../support/harness.mjs";

const ctx = {};
let exported;
const INDEX = JSON.parse(await readFile("dist/posts/index.json", "utf8")).posts;
const LOCAL = INDEX.filter((e) => !e.href);

// The descriptions of the app's own pages, from the one place they are written.
const SEO_SOURCE = await readFile("src/seo/mod.rs", "utf8");
const constant = (name) => {
  const found = new RegExp(`pub const ${name}: &str =\\s*"([^"]+)"`).exec(SEO_SOURCE);
  assert.ok(found, `src/seo/mod.rs defines ${name}`);
  return found[1];
};
const SITE_DESCRIPTION = constant("DEFAULT_SITE_DESCRIPTION");
const PREVIEW_DESCRIPTION = constant("PREVIEW_DESCRIPTION");
const NOT_FOUND_DESCRIPTION = constant("NOT_FOUND_DESCRIPTION");

before(async () => {
  ctx.url = "";
  const app = await startServer({ dirs: ["dist"] });
  ctx.app = app;
  ctx.url = app.url;
  exported = await startServer({ dirs: ["target/static"] });
  ctx.browser = await launch();
});
after(async () => {
  await ctx.browser?.close();
  await ctx.app?.close();
  await exported?.close();
});

/** What the document's head says now. */
const head = (page) =>
  page.evaluate(() => ({
    title: document.title,
    description: [...document.querySelectorAll('meta[name="description"]')].map((m) => m.getAttribute("content")),
    canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.href),
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/** Waits until the head's title is `title` (the app sets it as the page shows), then reads it. */
async function headOnceTitled(page, title, what) {
  await page.waitForFunction((t) => document.title === t, title, { timeout: 20000 }).catch((e) => {
    e.message = `${what}: the title never became ${JSON.stringify(title)}\n${e.message}`;
    throw e;
  });
  return head(page);
}

/** The static export's page for `path`, as a crawler without script reads it. */
async function staticHead(path) {
  const page = await newPage(ctx, { javaScriptEnabled: false });
  await page.goto(`${exported.url}${path}`);
  const got = await page.evaluate(() => {
    const attr = (sel, name) => document.querySelector(sel)?.getAttribute(name) ?? null;
    return {
      title: document.title,
      description: attr('meta[name="description"]', "content"),
      descriptions: document.querySelectorAll('meta[name="description"]').length,
      canonical: attr('link[rel="canonical"]', "href"),
      feed: attr('link[rel="alternate"][type="application/atom+xml"]', "href"),
      og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute("property"), m.getAttribute("content")])),
      twitter: Object.fromEntries([...document.querySelectorAll('meta[name^="twitter:"]')].map((m) => [m.getAttribute("name"), m.getAttribute("content")])),
      ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    };
  });
  await page.close();
  return got;
}

/** A post listed on the index's first page whose similar posts include another post of the corpus. */
async function similarPair() {
  for (const e of LOCAL.slice(0, 10)) {
    const post = JSON.parse(await readFile(`dist/posts/${e.slug}.json`, "utf8"));
    for (const ref of post.similar ?? []) {
      if (ref.slug && !ref.href && ref.slug !== e.slug && LOCAL.some((o) => o.slug === ref.slug)) return [e, LOCAL.find((o) => o.slug === ref.slug)];
    }
  }
  assert.fail("a post of the index's first page links to another post of the corpus");
}

test("the app's head follows the page shown: index, a post, a similar post, Back, the preview, a missing slug", async () => {
  const [from, to] = await similarPair();
  const page = await newPage(ctx);
  const expectHead = (got, want, what) => {
    assert.equal(got.title, want.title, `${what}: title`);
    assert.deepEqual(got.description, [want.description], `${what}: one description`);
    assert.deepEqual(got.canonical, [want.canonical], `${what}: one canonical link`);
    assert.equal(got.lang, want.lang ?? "en", `${what}: <html lang>`);
    assert.equal(got.dir, want.dir ?? "ltr", `${what}: <html dir>`);
  };
  // A post's head in the app is its static page's: one way to say it.
  const asStatic = async (entry) => {
    const s = await staticHead(`/posts/${entry.slug}/`);
    assert.ok(s.description, `${entry.slug}: the static page has a description`);
    return { title: s.title, description: s.description, canonical: `${ctx.url}/posts/${entry.slug}` };
  };

  await openPage(page, "/?sort=title", { ready: { selector: "a.anp-index__link" } });
  expectHead(await headOnceTitled(page, "Posts — alphanode", "index"), { title: "Posts — alphanode", description: SITE_DESCRIPTION, canonical: `${ctx.url}/` }, "index (its query is not part of the canonical link)");

  await openPage(page, "/", { ready: { selector: `a.anp-index__link[href="/posts/${from.slug}"]` } });
  await page.click(`a.anp-index__link[href="/posts/${from.slug}"]`);
  await page.waitForURL(`${ctx.url}/posts/${from.slug}`);
  const fromHead = await asStatic(from);
  expectHead(await headOnceTitled(page, fromHead.title, "post"), fromHead, `post ${from.slug}`);

  await page.waitForSelector(`a.anp-similar__link[href="/posts/${to.slug}"]`);
  await page.click(`a.anp-similar__link[href="/posts/${to.slug}"]`);
  await page.waitForURL(`${ctx.url}/posts/${to.slug}`);
  const toHead = await asStatic(to);
  expectHead(await headOnceTitled(page, toHead.title, "similar post"), toHead, `similar post ${to.slug}`);

  await page.goBack();
  await page.waitForURL(`${ctx.url}/posts/${from.slug}`);
  expectHead(await headOnceTitled(page, fromHead.title, "back"), fromHead, "Back to the first post");

  await page.click(".anp-app__preview-link");
  await page.waitForURL((u) => u.pathname === "/preview");
  expectHead(await headOnceTitled(page, "Preview — alphanode", "preview"), { title: "Preview — alphanode", description: PREVIEW_DESCRIPTION, canonical: `${ctx.url}/preview` }, "the preview (its JSON in the fragment is not part of the canonical link)");

  // The preview is a page of its own (its own bundle); Back returns to the reader's app.
  await page.goBack();
  await page.waitForURL(`${ctx.url}/posts/${from.slug}`);
  await page.waitForSelector(".anp-article[data-state=ready]");
  // A slug nothing has, reached inside the app (no reload).
  await page.evaluate(() => {
    history.pushState(null, "", "/posts/no-such-post");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await page.waitForSelector("[data-page=not-found]");
  expectHead(await headOnceTitled(page, "Not found — alphanode", "not found"), { title: "Not found — alphanode", description: NOT_FOUND_DESCRIPTION, canonical: `${ctx.url}/posts/no-such-post` }, "a missing slug");

  // The reader's language switches the page's language and direction, and its words.
  await page.selectOption(".anp-app__lang-select", "ar");
  expectHead(await headOnceTitled(page, "غير موجود — alphanode", "not found in Arabic"), { title: "غير موجود — alphanode", description: NOT_FOUND_DESCRIPTION, canonical: `${ctx.url}/posts/no-such-post`, lang: "ar", dir: "rtl" }, "a missing slug, read in Arabic");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the app started from a static page keeps that page's tags, and drops them on the next page", async () => {
  const [from, to] = await similarPair();
  const page = await newPage(ctx);
  await openPage(page, `${exported.url}/posts/${from.slug}/`, { ready: { selector: ".anp-article[data-state=ready]" } });
  const ld = () => page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => JSON.parse(e.textContent).headline));
  assert.deepEqual(await ld(), [from.title], "the started page's BlogPosting stays");
  assert.equal(await page.getAttribute('meta[property="og:title"]', "content"), from.title);
  await page.click(`a.anp-similar__link[href="/posts/${to.slug}"]`);
  await page.waitForURL(`${exported.url}/posts/${to.slug}`);
  await page.waitForFunction((t) => document.title === `${t} — alphanode`, to.title);
  assert.deepEqual(await ld(), [], "no BlogPosting of the post the reader left");
  const left = await page.$$eval('meta[property^="og:"], meta[name^="twitter:"], meta[property^="article:"]', (els) => els.map((e) => e.getAttribute("property") ?? e.getAttribute("name")));
  assert.deepEqual(left, ["og:site_name"], "no Open Graph or Twitter tag of the post the reader left");
  assert.equal(await page.getAttribute('link[rel="canonical"]', "href"), `${exported.url}/posts/${to.slug}`);
  assert.equal(await page.getAttribute('meta[name="description"]', "content"), (await staticHead(`/posts/${to.slug}/`)).description);
  await page.close();
});

test("every static post page has a description, a canonical link, Open Graph, Twitter and a BlogPosting", async () => {
  const index = await staticHead("/");
  assert.ok(index.description, "the index has a description");
  assert.equal(index.descriptions, 1, "one description");
  assert.match(index.canonical ?? "", /^https?:\/\/[^/]+\/$/, "the index's canonical link is the site's absolute URL");
  const site = index.canonical;
  assert.equal(index.og["og:type"], "website");
  assert.equal(index.feed, `${site}feed.xml`);
  assert.deepEqual(index.ld, [], "the index is no BlogPosting");

  for (const entry of LOCAL) {
    const post = JSON.parse(await readFile(`dist/posts/${entry.slug}.json`, "utf8"));
    const got = await staticHead(`/posts/${entry.slug}/`);
    const what = entry.slug;
    assert.equal(got.title, `${post.title} — alphanode`, `${what}: title`);
    assert.ok(got.description && got.description.length <= 160, `${what}: a description of at most 160 characters: ${got.description}`);
    assert.equal(got.descriptions, 1, `${what}: one description`);
    assert.equal(got.canonical, `${site}posts/${encodeURIComponent(entry.slug)}`, `${what}: canonical`);
    assert.equal(got.og["og:title"], post.title, `${what}: og:title`);
    assert.equal(got.og["og:description"], got.description, `${what}: og:description`);
    assert.equal(got.og["og:type"], "article", `${what}: og:type`);
    assert.equal(got.og["og:url"], got.canonical, `${what}: og:url`);
    const figure = post.body.find((b) => b.type === "image" && b.src);
    if (figure) assert.ok(/^https?:\/\//.test(got.og["og:image"] ?? ""), `${what}: an absolute og:image`);
    if (post.lang) assert.ok(got.og["og:locale"], `${what}: og:locale`);
    assert.ok(["summary", "summary_large_image"].includes(got.twitter["twitter:card"]), `${what}: twitter:card`);
    assert.equal(got.twitter["twitter:title"], post.title, `${what}: twitter:title`);
    assert.equal(got.ld.length, 1, `${what}: one JSON-LD script`);
    const ld = JSON.parse(got.ld[0]);
    assert.equal(ld["@context"], "https://schema.org", `${what}: @context`);
    assert.equal(ld["@type"], "BlogPosting", `${what}: @type`);
    assert.equal(ld.headline, post.title, `${what}: headline`);
    assert.equal(ld.description, got.description, `${what}: description`);
    assert.equal(ld.url, got.canonical, `${what}: url`);
    if (figure) assert.deepEqual(ld.image, [got.og["og:image"]], `${what}: image`);
  }
});

test("the static export serves its sitemap, its Atom feed and robots.txt, and they parse", async () => {
  const page = await newPage(ctx);
  await page.goto(`${exported.url}/robots.txt`);
  const site = (await staticHead("/")).canonical;
  const fetchText = async (path) => {
    const response = await fetch(`${exported.url}/${path}`);
    assert.equal(response.status, 200, `${path} is served`);
    return response.text();
  };
  const robots = await fetchText("robots.txt");
  assert.match(robots, new RegExp(`^Sitemap: ${site}sitemap\\.xml$`, "m"), "robots.txt names the sitemap");
  // The browser's XML parser: a document that does not parse gives <parsererror>.
  const parse = (text) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
      const root = doc.documentElement;
      const texts = (name) => [...root.getElementsByTagNameNS(root.namespaceURI, name)].map((e) => e.textContent.trim());
      return {
        root: root.localName,
        ns: root.namespaceURI,
        locs: texts("loc"),
        entries: [...root.getElementsByTagNameNS(root.namespaceURI, "entry")].map((e) => ({
          id: e.getElementsByTagNameNS(root.namespaceURI, "id")[0]?.textContent,
          title: e.getElementsByTagNameNS(root.namespaceURI, "title")[0]?.textContent,
          updated: e.getElementsByTagNameNS(root.namespaceURI, "updated")[0]?.textContent,
          link: e.getElementsByTagNameNS(root.namespaceURI, "link")[0]?.getAttribute("href"),
        })),
        feed: ["id", "title", "updated"].map((n) => root.querySelector(`:scope > ${n}`)?.textContent ?? null),
      };
    }, text);

  const sitemap = await parse(await fetchText("sitemap.xml"));
  assert.equal(sitemap.error, undefined, `sitemap.xml parses: ${sitemap.error}`);
  assert.equal(sitemap.ns, "http://www.sitemaps.org/schemas/sitemap/0.9");
  let urls = sitemap.locs;
  if (sitemap.root === "sitemapindex") {
    urls = [];
    for (const loc of sitemap.locs) {
      const part = await parse(await fetchText(loc.slice(site.length)));
      assert.equal(part.root, "urlset", `${loc} is a urlset`);
      urls.push(...part.locs);
    }
  } else assert.equal(sitemap.root, "urlset");
  assert.ok(urls.includes(site), "the sitemap lists the index");
  for (const entry of LOCAL) assert.ok(urls.includes(`${site}posts/${encodeURIComponent(entry.slug)}`), `the sitemap lists ${entry.slug}`);

  const feed = await parse(await fetchText("feed.xml"));
  assert.equal(feed.error, undefined, `feed.xml parses: ${feed.error}`);
  assert.equal(feed.root, "feed");
  assert.equal(feed.ns, "http://www.w3.org/2005/Atom");
  assert.ok(feed.feed.every((v) => v), `the feed has its id, title and updated: ${feed.feed}`);
  assert.ok(feed.entries.length > 0, "the feed has entries");
  for (const e of feed.entries) {
    assert.ok(e.id && e.title && e.updated, `every entry has id, title and updated: ${JSON.stringify(e)}`);
    assert.ok(e.link?.startsWith(`${site}posts/`), `an entry links to its post page: ${e.link}`);
  }
  await page.close();
});
