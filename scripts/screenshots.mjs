// Regenerates the README's screenshots under docs/ from the real build:
// `make dist && node scripts/screenshots.mjs`. Uses Debian's Chromium.
import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const server = await startServer({});
const browser = await launchChromium();

async function page(width, { scheme = 'light', dpr = 1, touch = false } = {}) {
  const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: dpr, hasTouch: touch, isMobile: touch });
  return p;
}

async function ready(p, path) {
  await p.goto(server.url + path);
  await p.waitForFunction(() => [...document.querySelectorAll('news-plot')].every((e) => ['ready', 'error'].includes(e.getAttribute('state'))));
}

// The demo article, the whole-document widget on a desktop.
let p = await page(1100);
await ready(p, '/');
await p.locator('news-plot').first().screenshot({ path: 'docs/demo.png' });
// Hovering the largest bar of the in-text `blocked` chart.
const blocked = p.locator('news-plot[chart="blocked"]');
await blocked.scrollIntoViewIfNeeded();
const box = await blocked.locator('canvas.plot').boundingBox();
for (let y = box.y; y < box.y + box.height; y += 4) {
  await p.mouse.move(box.x + 60, y);
  const text = await blocked.evaluate((e) => (e.shadowRoot.querySelector('[role=tooltip]').hidden ? '' : e.shadowRoot.querySelector('[role=tooltip]').textContent));
  if (text.includes('Иностранные')) break;
}
// The tooltip may stand above the element: take the page around it.
const eb = await blocked.boundingBox();
await p.screenshot({ path: 'docs/hover.png', clip: { x: eb.x - 10, y: eb.y - 70, width: eb.width + 20, height: eb.height + 80 } });
await p.close();

// A phone in dark mode.
p = await page(375, { scheme: 'dark', dpr: 2 });
await ready(p, '/');
await p.locator('news-plot').first().screenshot({ path: 'docs/demo-phone-dark.png' });
await p.close();

// The gallery: every kind, light and dark, desktop and phone.
p = await page(1200);
await ready(p, '/gallery.html');
await p.screenshot({ path: 'docs/gallery-desktop.png', fullPage: true });
await p.close();
p = await page(375, { dpr: 1 });
await ready(p, '/gallery.html');
await p.screenshot({ path: 'docs/gallery-phone.png', fullPage: true });
await p.close();

await browser.close();
await server.close();
console.log('docs/*.png written');
