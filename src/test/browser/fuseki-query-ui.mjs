// Opens Fuseki's query UI for the "kg" dataset in headless Chromium, runs the editor's query and
// prints how many result rows the page shows, as JSON. usage: node fuseki-query-ui.mjs BASE_URL SCREENSHOT.png
import { launch } from './chromium.mjs';

const [base, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  await page.goto(base + '/#/dataset/kg/query', { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForSelector('.yasqe_queryButton', { timeout: 30000 });
  await page.click('.yasqe_queryButton');
  await page.waitForFunction(() => document.querySelectorAll('.yasr table tbody tr').length > 0, { timeout: 30000 });
  const rows = await page.evaluate(() => document.querySelectorAll('.yasr table tbody tr').length);
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ rows }));
} finally {
  await browser.close();
}
