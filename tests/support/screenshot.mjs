// node tests/support/screenshot.mjs URL OUT.png [width] [height] [--full]
// Shoots once the page is at rest: every widget or article ready (or failed), every
// image loaded or failed (lazy ones asked for now), fonts loaded, two frames rendered.
import { launch } from "./browser.mjs";
import { frames, settled } from "./harness.mjs";

const [url, out, width = "1280", height = "900"] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on("console", (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on("pageerror", (e) => console.log(`[pageerror] ${e}`));
await page.goto(url, { waitUntil: "networkidle" });
await settled(page, "[data-alphanode-post], alphanode-article, .anp-article");
await page.evaluate(() => document.querySelectorAll("img[loading=lazy]").forEach((i) => (i.loading = "eager")));
await page.waitForFunction(() => [...document.images].every((i) => i.complete));
await page.evaluate(() => document.fonts.ready);
await frames(page);
await page.screenshot({ path: out, fullPage: process.argv.includes("--full") });
await browser.close();
