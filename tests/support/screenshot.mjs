// node tests/support/screenshot.mjs URL OUT.png [width] [height] [--full]
import { launch } from "./browser.mjs";

const [url, out, width = "1280", height = "900"] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on("console", (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on("pageerror", (e) => console.log(`[pageerror] ${e}`));
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: process.argv.includes("--full") });
await browser.close();
