import { chromium } from "playwright";
import { chromiumPath } from "/work/main/tests/e2e/chromium-path.mjs";
const browser = await chromium.launch({ executablePath: chromiumPath() });
const [url, width, out, full] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
await page.goto(`http://127.0.0.1:4321${url}`);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();
