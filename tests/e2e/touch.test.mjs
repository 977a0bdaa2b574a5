// Touch on a phone-sized screen: a tap on a bar shows its tooltip; a tap
// outside the element, or on an empty part of the chart, dismisses it; a
// vertical swipe over a chart scrolls the page and is no tap.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  waitForWidgets,
  fetchJson,
  chartById,
  aboutItem,
  plotBox,
  tooltipOf,
  waitForTooltip,
  pointOutside,
  swipe,
  GALLERY,
  GALLERY_DATA,
  KIND_CHARTS,
} from './helpers.mjs';

// Columns on a phone: the stacked quarters (the regions' column chart turns
// into horizontal bars at this width, as its names would not fit under columns).
const HOST = `#light-${KIND_CHARTS.stacked}`;

let h, doc;
before(async () => {
  h = await startHarness();
  doc = await fetchJson(h, GALLERY_DATA);
});
after(() => h?.close());

/** The gallery on a phone: 390 px, dpr 2, touch. */
function openPhone() {
  return h.open(GALLERY, { viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
}

/** `host`'s tooltip after a tap at (x, y) and the next animation frame. */
async function tapAndRead(page, x, y, host = HOST) {
  await page.touchscreen.tap(x, y);
  return page.evaluate(
    (host) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const tip = document.querySelector(host).shadowRoot.querySelector('[role="tooltip"]');
          resolve({ hidden: tip.hidden, text: tip.textContent.trim() });
        }),
      ),
    host,
  );
}

test('tap shows a bar’s tooltip; a tap outside or on an empty spot dismisses it', async () => {
  const { page, context, pageErrors } = await openPhone();
  try {
    await waitForWidgets(page);
    const { items } = chartById(doc, KIND_CHARTS.stacked);
    const box = await plotBox(page, HOST);
    assert.ok(box.width > 0 && box.width <= 390, `the chart fits the phone: ${JSON.stringify(box)}`);

    // Tap along the lower third of the canvas until a column answers (columns
    // stand on the baseline, so some are found there).
    let hit = null;
    for (let row = 0; row < 4 && !hit; row++) {
      for (let col = 0; col < 12 && !hit; col++) {
        const x = box.x + box.width * (0.1 + 0.075 * col);
        const y = box.y + box.height * (0.55 + 0.1 * row);
        const tip = await tapAndRead(page, x, y);
        if (!tip.hidden && tip.text) hit = { x, y, text: tip.text };
      }
    }
    assert.ok(hit, 'tapping the lower part of the column chart shows some tooltip');
    const item = items.find((it) => aboutItem(hit.text, it));
    assert.ok(item, `the tooltip names a column of the chart: ${JSON.stringify(hit.text)}`);

    // Outside the element: dismissed.
    const outside = await pointOutside(page, HOST);
    assert.ok(outside, 'there is a point on screen outside the widget');
    await page.touchscreen.tap(outside.x, outside.y);
    await waitForTooltip(page, HOST, { hidden: true });

    // Tap the column again: shown; then the bottom left corner of the chart (its
    // source line, no datum's, whether the chart stands as columns or, on a
    // narrow phone, as bars): dismissed.
    await page.touchscreen.tap(hit.x, hit.y);
    await waitForTooltip(page, HOST, { hidden: false, contains: item.label });
    await page.touchscreen.tap(box.x + 3, box.y + box.height - 3);
    await waitForTooltip(page, HOST, { hidden: true });

    // A tap shows; a second tap on the same column keeps it (it does not toggle off).
    await page.touchscreen.tap(hit.x, hit.y);
    await waitForTooltip(page, HOST, { hidden: false, contains: item.label });
    const again = await tapAndRead(page, hit.x, hit.y);
    assert.equal(again.hidden, false, 'a second tap on the same column keeps the tooltip');
    assert.equal((await tooltipOf(page, HOST)).text, hit.text);

    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

// The regions' column chart becomes horizontal bars on a phone: a tap down its
// rows shows each region's own tooltip, top to bottom in the data's order.
test('on a phone the columns turned bars answer taps row by row', async () => {
  const { page, context, pageErrors } = await openPhone();
  const host = `#light-${KIND_CHARTS.bar}`;
  try {
    await waitForWidgets(page);
    const { items } = chartById(doc, KIND_CHARTS.bar);
    const box = await plotBox(page, host);
    const seen = [];
    for (let y = box.y + 2; y < box.y + box.height - 2; y += 6) {
      const tip = await tapAndRead(page, box.x + 8, y, host);
      const item = tip.hidden ? null : items.find((it) => aboutItem(tip.text, it));
      if (item && seen.at(-1) !== item.label) seen.push(item.label);
    }
    assert.deepEqual(seen, items.map((it) => it.label), 'each row answers with its own region, in order');
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

// A swipe that starts on a column must scroll the article, not show the column's
// tooltip or send newsplot:select (analytics would count every scroll).
test('a vertical swipe starting on a column scrolls the page, and is not a tap', async () => {
  const { page, context, pageErrors } = await openPhone();
  try {
    await waitForWidgets(page);
    await page.evaluate(() => {
      window.__selects = [];
      document.addEventListener('newsplot:select', (e) => window.__selects.push(e.detail.label));
    });
    const box = await plotBox(page, HOST);
    const before = await page.evaluate(() => scrollY);
    // From low on the first columns (the tallest), the finger moves up 250 px.
    await swipe(page, box.x + box.width * 0.3, box.y + box.height * 0.75, -250);
    const after = await page.evaluate(() => scrollY);
    assert.ok(after - before > 100, `the page scrolled (${before} → ${after})`);
    assert.deepEqual(await page.evaluate(() => window.__selects), [], 'no newsplot:select for a swipe');
    assert.equal((await tooltipOf(page, HOST)).hidden, true, 'no tooltip left by a swipe');
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

test('a finger dragged sideways over a line scrubs its dates; pinch-zoom stays with the page', async () => {
  const { page, context, pageErrors } = await openPhone();
  const host = `#light-${KIND_CHARTS.line}`;
  try {
    await waitForWidgets(page);
    await page.locator(host).scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      window.__selects = [];
      document.addEventListener('newsplot:select', (e) => window.__selects.push(e.detail.label));
    });
    const box = await plotBox(page, host);
    const y = box.y + box.height * 0.4;
    const before = await page.evaluate(() => scrollY);
    const cdp = await context.newCDPSession(page);
    const at = async (x) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      return tooltipOf(page, host);
    };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width * 0.15, y }] });
    // A few pixels of jitter is no drag yet.
    assert.equal((await at(box.x + box.width * 0.15 + 4)).hidden, true, 'no tooltip for a 4 px wobble');
    const seen = [];
    for (let k = 2; k <= 9; k++) {
      const tip = await at(box.x + (box.width * k) / 10);
      assert.equal(tip.hidden, false, `a tooltip under the finger at ${k}/10`);
      if (seen.at(-1) !== tip.text) seen.push(tip.text);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    assert.ok(seen.length >= 4, `the tooltip followed the finger through the dates: ${JSON.stringify(seen)}`);
    assert.equal(await page.evaluate(() => scrollY), before, 'a sideways drag does not scroll the page');
    assert.deepEqual(await page.evaluate(() => window.__selects), [], 'a drag is no tap');
    // The tooltip stays after the finger lifts, as a tap's does.
    assert.equal((await tooltipOf(page, host)).hidden, false);
    const touchAction = await page.evaluate((host) => getComputedStyle(document.querySelector(host).shadowRoot.querySelector('canvas.overlay')).touchAction, host);
    assert.match(touchAction, /pinch-zoom/, 'a pinch over the chart zooms the page');
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

// A whole-document embed: several charts in one element share its tooltip.
test("in a whole-document embed, a tap on one chart's blank corner or title dismisses another chart's tooltip, and a tap outside still does", async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/embed.html', { viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    await page.setContent(`<!doctype html><html lang="ru"><body style="margin:16px"><p id="text">Текст статьи.</p>
      <script type="module" src="/dist/newsplot.js"></script><news-plot id="all" eager src="${GALLERY_DATA}"></news-plot></body></html>`);
    await page.waitForFunction(() => document.getElementById('all')?.getAttribute('state') === 'ready');
    const plots = await page.evaluate(() => [...document.getElementById('all').shadowRoot.querySelectorAll('canvas.overlay')].map((c) => c.getBoundingClientRect().toJSON()));
    assert.ok(plots.length >= 2, `several charts: ${plots.length}`);
    const tip = () => page.evaluate(() => document.getElementById('all').shadowRoot.querySelector('[role="tooltip"]').hidden);
    // The first chart's datum: tapped along its middle until one answers.
    const first = async () => {
      await page.evaluate(() => scrollTo(0, 0));
      const a = await page.evaluate(() => document.getElementById('all').shadowRoot.querySelector('canvas.overlay').getBoundingClientRect().toJSON());
      for (let f = 0.1; f < 1; f += 0.1) {
        await page.touchscreen.tap(a.x + a.width * f, a.y + a.height * 0.6);
        await page.waitForTimeout(50);
        if (!(await tip())) return true;
      }
      return false;
    };
    assert.ok(await first(), "a tap on the first chart shows a tooltip");
    // The second chart's top left corner (its blank margin), brought into view.
    await page.evaluate(() => document.getElementById('all').shadowRoot.querySelectorAll('canvas.overlay')[1].scrollIntoView({ block: 'center' }));
    const b = await page.evaluate(() => document.getElementById('all').shadowRoot.querySelectorAll('canvas.overlay')[1].getBoundingClientRect().toJSON());
    await page.touchscreen.tap(b.x + 2, b.y + 2);
    await page.waitForTimeout(100);
    assert.equal(await tip(), true, "the first chart's tooltip goes with its highlight");
    // Shown again, then a tap on the second chart's title: dismissed too.
    assert.ok(await first());
    await page.evaluate(() => document.getElementById('all').shadowRoot.querySelectorAll('figure h3, figure .chart-head')[1].scrollIntoView({ block: 'center' }));
    const head = await page.evaluate(() => document.getElementById('all').shadowRoot.querySelectorAll('figure .chart-head')[1].getBoundingClientRect().toJSON());
    await page.touchscreen.tap(head.x + 10, head.y + head.height / 2);
    await page.waitForTimeout(100);
    assert.equal(await tip(), true, "a tap on another chart's title dismisses it");
    // Shown again, then a tap on the article's text: dismissed.
    assert.ok(await first());
    const t = await page.evaluate(() => document.getElementById('text').getBoundingClientRect().toJSON());
    await page.touchscreen.tap(t.x + 10, t.y + t.height / 2);
    await page.waitForTimeout(100);
    assert.equal(await tip(), true, 'a tap outside dismisses it');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
