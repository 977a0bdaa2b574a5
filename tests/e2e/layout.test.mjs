// Layout at phone and desktop widths: no horizontal scrolling, every canvas
// inside its element, and a new layout when the window is resized.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitForWidgets, screenshot, waitUntil, GALLERY } from './helpers.mjs';

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

/** Page scroll width and, per widget, its box and every canvas's box (CSS px). */
function measure(page) {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    widgets: [...document.querySelectorAll('news-plot')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        name: el.id || el.getAttribute('chart') || 'document',
        state: el.getAttribute('state'),
        left: r.left,
        right: r.right,
        canvases: [...el.shadowRoot.querySelectorAll('canvas')].map((c) => {
          const b = c.getBoundingClientRect();
          return { left: b.left, right: b.right, width: b.width, store: c.width, dpr: devicePixelRatio };
        }),
      };
    }),
  }));
}

function assertFits(m, width, where) {
  assert.ok(m.scrollWidth <= width, `${where}: no horizontal overflow (scrollWidth ${m.scrollWidth} > ${width})`);
  for (const w of m.widgets) {
    assert.equal(w.state, 'ready', `${where} ${w.name}: ready`);
    assert.ok(w.canvases.length >= 2, `${where} ${w.name}: has its canvases`);
    assert.ok(w.right <= width + 0.5, `${where} ${w.name}: the element fits the window (${w.right})`);
    for (const c of w.canvases) {
      const fits = c.width > 0 && c.left >= w.left - 0.5 && c.right <= w.right + 0.5;
      assert.ok(fits, `${where} ${w.name}: canvas ${JSON.stringify(c)} inside the element [${w.left}, ${w.right}]`);
    }
  }
}

/** Waits until every chart canvas has been laid out again at its element's width. */
function waitForRelayout(page, what) {
  return waitUntil(
    page,
    () =>
      [...document.querySelectorAll('news-plot')].every((el) =>
        [...el.shadowRoot.querySelectorAll('canvas[role="img"]')].every((c) => {
          const w = c.getBoundingClientRect().width;
          return w <= el.clientWidth + 0.5 && w >= el.clientWidth - 40 && c.width === Math.round(w * devicePixelRatio);
        }),
      ),
    null,
    what,
  );
}

test('demo page at 320 px, then resized to 1200 px: no horizontal overflow, every canvas fits', async () => {
  const { page, context } = await h.open('/', { viewport: { width: 320, height: 800 } });
  try {
    await waitForWidgets(page);
    assertFits(await measure(page), 320, 'demo @320');
    await page.setViewportSize({ width: 1200, height: 800 });
    await waitForRelayout(page, 'the demo laid out at 1200 px');
    assertFits(await measure(page), 1200, 'demo resized to 1200');
  } finally {
    await context.close();
  }
});

test('gallery loaded at 320 px: no horizontal overflow, every canvas fits', async () => {
  const { page, context } = await h.open(GALLERY, { viewport: { width: 320, height: 800 } });
  try {
    await waitForWidgets(page);
    assertFits(await measure(page), 320, 'gallery @320');
  } finally {
    await context.close();
  }
});

test('gallery at 1200 px, resized to 400, 375 and 320: the charts follow, nothing overflows', async () => {
  const { page, context } = await h.open(GALLERY, { viewport: { width: 1200, height: 800 } });
  const host = '#light-damage';
  const plotWidth = () =>
    page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('canvas[role="img"]').getBoundingClientRect().width, host);
  try {
    await waitForWidgets(page);
    assertFits(await measure(page), 1200, 'gallery @1200');
    const wide = await plotWidth();
    assert.ok(wide > 600, `at 1200 px the chart is wide: ${wide}`);
    await screenshot(page, 'gallery-1200.png', { fullPage: true });

    for (const width of [400, 375, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await waitForRelayout(page, `the gallery laid out at ${width} px`);
      assertFits(await measure(page), width, `gallery resized to ${width}`);
      assert.ok((await plotWidth()) < width, `the chart canvas narrowed below ${width} px`);
      if (width === 375) await screenshot(page, 'gallery-375.png', { fullPage: true });
    }
  } finally {
    await context.close();
  }
});

/**
 * Bars that start at the canvas's left edge: runs of the chart's first saturated
 * colour (a series colour; text, gridlines and background are greys) down the
 * canvas's third device-pixel column. Columns stand right of their value axis,
 * so a column chart has none.
 */
function barsAtLeftEdge(page, host) {
  return page.evaluate((host) => {
    const c = document.querySelector(host).shadowRoot.querySelector('canvas[role="img"]');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const at = (x, y) => { const i = (y * c.width + x) * 4; return d[i + 3] === 255 ? (d[i] << 16) | (d[i + 1] << 8) | d[i + 2] : -1; };
    const saturated = (k) => k >= 0 && Math.max(k >> 16, (k >> 8) & 255, k & 255) - Math.min(k >> 16, (k >> 8) & 255, k & 255) > 60;
    let series = -1;
    for (let y = 0; y < c.height && series < 0; y++) for (let x = 0; x < c.width && series < 0; x += 2) if (saturated(at(x, y))) series = at(x, y);
    let runs = 0;
    for (let y = 0, inside = false; y < c.height; y++) {
      const on = at(2, y) === series;
      if (on && !inside) runs++;
      inside = on;
    }
    return runs;
  }, host);
}

test('columns whose names would be cut under them turn into horizontal bars on a phone, and back when wide', async () => {
  const { page, context, pageErrors } = await h.open(GALLERY, { viewport: { width: 1200, height: 800 } });
  const host = '#light-damage';
  try {
    // Screen readers hear the chart named as drawn: the kind once, first in its name.
    const role = () =>
      page.evaluate((host) => {
        const c = document.querySelector(host).shadowRoot.querySelector('canvas[role="img"]');
        if (c.hasAttribute('aria-roledescription')) return 'a roledescription repeats the kind';
        return c.getAttribute('aria-label').split(' «')[0];
      }, host);
    await waitForWidgets(page);
    assert.equal(await barsAtLeftEdge(page, host), 0, 'columns at 1200 px');
    assert.equal(await role(), 'Столбчатая диаграмма');
    await page.setViewportSize({ width: 375, height: 800 });
    await waitForRelayout(page, 'the gallery laid out at 375 px');
    assert.equal(await barsAtLeftEdge(page, host), 5, 'five horizontal bars at 375 px');
    assert.equal(await role(), 'Горизонтальная столбчатая диаграмма');
    await page.setViewportSize({ width: 1000, height: 800 });
    await waitForRelayout(page, 'the gallery laid out at 1000 px');
    assert.equal(await barsAtLeftEdge(page, host), 0, 'columns again at 1000 px');
    assert.equal(await role(), 'Столбчатая диаграмма');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
