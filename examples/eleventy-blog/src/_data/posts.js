// Every post of the posts folder (POSTS_DIR, by default the repository's sample posts),
// rendered to HTML once, at build time. The widget gets the same options as
// renderToString (its data-alphanode-* attributes in _includes/post.njk), so it takes
// the HTML over unchanged.
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { renderToString } from "alphanode-widgets/server";

const POSTS_DIR = resolve(process.env.POSTS_DIR ?? "../../public/posts");
// Similar posts link to their pages on this site.
const LINK = "/posts/{slug}/";
// Where the site is published (SITE_URL=https://blog.example), for posts with relative
// URLs: the widget resolves them against its page's address, so the server must too.
const SITE_URL = process.env.SITE_URL;

export default async function () {
  const files = (await readdir(POSTS_DIR)).filter((f) => f.endsWith(".json") && f !== "index.json").sort();
  const posts = [];
  for (const file of files) {
    // The text, not JSON.parse's object: it keeps the publisher's key order and digits.
    const text = await readFile(join(POSTS_DIR, file), "utf8");
    let post;
    try {
      post = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}: not JSON (${error.message})`);
    }
    const slug = typeof post.slug === "string" && post.slug ? post.slug : file.replace(/\.json$/, "");
    let html;
    try {
      const baseUrl = SITE_URL ? new URL(`/posts/${slug}/`, SITE_URL).href : undefined;
      // Heading 1: the post is the page (its title is the page's h1).
      html = await renderToString(text, { heading: 1, link: LINK, baseUrl });
    } catch (error) {
      // AlphanodeError: its detail names the JSON path of each problem.
      const where = (error.detail?.diagnostics ?? []).map((d) => `${d.path}: ${d.message}`).join("; ");
      throw new Error(`${file}: ${error.message}${where ? ` (${where})` : ""}`);
    }
    posts.push({
      slug,
      title: typeof post.title === "string" ? post.title : slug,
      summary: typeof post.meta?.summary === "string" ? post.meta.summary : "",
      html,
      // The post travels with its page (no request of the widget's own); `<` escaped so
      // no text in it can close the script element.
      json: text.replace(/</g, "\\u003c"),
    });
  }
  return posts;
}
