// Driving the designer preview (/preview) and the host pages its exports go into,
// shared by the tests of its panels (tokens.test.mjs, preview-profile.test.mjs) and
// of the whole designer flow (designer-flow.test.mjs).
import { readFile } from "node:fs/promises";
import { newPage, openPage } from "./harness.mjs";

/** The preview has rendered: its frame's article is ready, or the compare grid shows. */
export const PREVIEW_READY = ".anp-preview__frame .anp-article[data-state=ready], .anp-preview__compare-grid";

/** Opens /preview (with `suffix`, a fragment or query) once it has rendered. */
export const openPreview = (page, suffix = "") => openPage(page, `/preview${suffix}`, { ready: { selector: PREVIEW_READY } });

/** Opens the Theme tokens panel and waits until its controls show the theme's values. */
export async function openTokensPanel(page) {
  await page.click(".anp-preview__tokens > summary");
  await page.waitForFunction(() => /^#[0-9a-f]{6}$/.test(document.querySelector("#anp-token-accent")?.value ?? ""));
}

/** Types `value` into a token's text field and waits for the link to have it. */
export async function setToken(page, name, value) {
  await page.fill(`#anp-token-${name}`, value);
  await page.waitForFunction(
    ([name, value]) => location.hash.includes(`tok.${name}=${encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`),
    [name, value],
  );
}

/** Opens the Meta profile panel. */
export async function openProfilePanel(page) {
  await page.click(".anp-preview__profile > summary");
  await page.waitForSelector("#anp-profile-json", { state: "visible" });
}

/**
 * A fresh page of `ctx`'s browser showing the whole HTML document `html`, served at
 * `path` (beside dist/, so `/embed.js` and `/alphanode.css` are the build's), once
 * `ready` (see `openPage`; default: a widget of the page is ready).
 */
export async function hostDocument(ctx, html, { path = "/host.html", ready = { selector: "[data-alphanode-post][data-state=ready]" } } = {}) {
  const host = await newPage(ctx);
  await host.route(`${ctx.url}${path}`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  await openPage(host, path, { ready });
  return host;
}

/** `hostDocument` of tests/e2e/pages/blank.html (which imports the embed) with `html` in its slot. */
export async function hostPage(ctx, html, options) {
  const blank = await readFile("tests/e2e/pages/blank.html", "utf8");
  return hostDocument(ctx, blank.replace('<div id="slot"></div>', html), options);
}
