// Touch on a phone-sized screen: a tap on a bar shows its tooltip; a tap
// outside the element, or on an empty part of the chart, dismisses it.

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
  GALLERY,
  GALLERY_DATA,
  KIND_CHARTS,
} from './helpers.mjs';

const HOST = `#light-${KIND_CHARTS.bar}`;

let h, doc;
before(async () => {
  h = await startHarness();
  doc = await fetchJson(h, GALLERY_DATA);
});
after(() => h?.close());

/** The tooltip after a tap at (x, y) and the next animation frame. */
async function tapAndRead(page, x, y) {
  await page.touchscreen.tap(x, y);
  return page.evaluate(
    (host) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const tip = document.querySelector(host).shadowRoot.querySelector('[role="tooltip"]');
          resolve({ hidden: tip.hidden, text: tip.textContent.trim() });
        }),
      ),
    HOST,
  );
}

test('tap shows a bar’s tooltip; a tap outside or on an empty spot dismisses it', async () => {
  const { page, context, pageErrors } = await h.open(GALLERY, {
    viewport: { width: 390, height: 800 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  });
  try {
    await waitForWidgets(page);
    const { items } = chartById(doc, KIND_CHARTS.bar);
    const box = await plotBox(page, HOST);
    assert.ok(box.width > 0 && box.width <= 390, `the chart fits the phone: ${JSON.stringify(box)}`);

    // Tap along the lower third of the canvas until a column answers (columns
    // stand on the baseline, so some are found there).
    let hit = null;
    let empty = null;
    for (let fy = 0.55; fy <= 0.85 && !hit; fy += 0.1) {
      for (let fx = 0.1; fx <= 0.95 && !hit; fx += 0.08) {
        const x = box.x + box.width * fx;
        const y = box.y + box.height * fy;
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

    // Tap the column again: shown; then the top left corner of the chart (its title
    // area, not a column): dismissed.
    await page.touchscreen.tap(hit.x, hit.y);
    await waitForTooltip(page, HOST, { hidden: false, contains: item.label });
    empty = { x: box.x + 3, y: box.y + 3 };
    await page.touchscreen.tap(empty.x, empty.y);
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
