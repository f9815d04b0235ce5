// The baseline's single-page app: routes `/` and `/posts/:slug` with
// history.pushState, a per-session post cache like the library's app (src/app/api.rs),
// and the same shell classes. Similar-post links are taken over through the
// cancelable `alphanode:navigate` event, so following them never reloads the page.
import { fetchPost, releaseArticle, renderArticle } from "/baseline.js";

const cache = new Map(); // slug → Promise<{ post, warnings } | { error }>
let generation = 0;
let current = null; // the article on screen, released (its checklists' watches) when replaced

function h(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

const app = h("div", "anp-app anp-theme");
app.dataset.theme = "auto";
const skip = h("a", "anp-app__skip", "Skip to content");
skip.href = "#main";
const header = h("header", "anp-app__header");
const brand = h("a", "anp-app__brand", "alphanode");
brand.href = "/";
header.append(brand, h("span", "anp-app__tagline", "engineering posts"));
const main = h("main", "anp-app__main");
main.id = "main";
main.tabIndex = -1;
app.append(skip, header, main);
document.body.append(app);

function load(slug) {
  let p = cache.get(slug);
  if (!p) {
    p = fetchPost(`/posts/${encodeURIComponent(slug)}.json`).then((r) => {
      if (r.error) cache.delete(slug); // failures are not cached, like the app
      return r;
    });
    cache.set(slug, p);
  }
  return p;
}

async function showPost(slug) {
  const mine = ++generation;
  if (current) releaseArticle(current);
  main.textContent = "";
  const crumbs = h("nav", "anp-page__crumbs");
  crumbs.setAttribute("aria-label", "Breadcrumb");
  const home = h("a", "anp-page__link", "← All posts");
  home.href = "/";
  crumbs.append(home);
  const article = (current = h("article"));
  main.append(crumbs, article);
  const options = { link: "/posts/{slug}", host: main, onRetry: () => showPost(slug) };
  renderArticle(article, { state: "loading" }, options);
  document.title = "Loading… — alphanode";
  const result = await load(slug);
  if (mine !== generation) return;
  if (result.error) {
    renderArticle(article, { state: "error", error: result.error }, options);
    document.title = "Post unavailable — alphanode";
  } else {
    renderArticle(article, { state: "ready", post: result.post, warnings: result.warnings }, options);
    document.title = `${result.post.title} — alphanode`;
  }
}

function route() {
  const m = /^\/posts\/([^/]+)\/?$/.exec(location.pathname);
  if (m) return showPost(decodeURIComponent(m[1]));
  generation++;
  if (current) releaseArticle(current);
  current = null;
  main.textContent = "";
  main.append(h("p", "anp-page", "The baseline app shows posts at /posts/{slug}."));
}

main.addEventListener("alphanode:navigate", (e) => {
  const url = new URL(e.detail.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  history.pushState(null, "", url.pathname);
  route();
});
addEventListener("popstate", route);
route();
