// Opens an entity page in headless Chromium, waits for the page to load its data, and prints what a
// person would see as JSON: the name, how many nodes the drawing has, the evidence sentences.
// usage: node entity-page.mjs URL SCREENSHOT.png
import { launch } from './chromium.mjs';

const [url, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.ready, { timeout: 60000 });
  await new Promise((r) => setTimeout(r, 1500)); // let the force layout settle before the picture
  const seen = await page.evaluate(() => {
    const chart = window.echarts && echarts.getInstanceByDom(document.querySelector('#graph'));
    const series = chart ? chart.getOption().series[0] : { data: [], links: [] };
    return {
      ready: document.body.dataset.ready,
      name: document.querySelector('#name').textContent,
      nodes: series.data.length,
      edges: series.links.length,
      canvas: !!document.querySelector('#graph canvas'),
      evidence: [...document.querySelectorAll('td.evidence div')].map((d) => d.textContent),
      relations: [...document.querySelectorAll('td .rel')].map((d) => d.textContent),
      message: document.querySelector('#message').textContent,
    };
  });
  seen.failedRequests = failed;
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
