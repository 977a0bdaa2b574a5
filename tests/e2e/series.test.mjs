// Donuts and tiles with series in the browser (one ring per series, one tile
// per item and series), a keyboard tooltip that lets clicks through to the
// legend under it, and a tap near a phone's bottom edge whose tooltip stays
// in the window.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, tooltipOf, pressForTooltip, focusPlot, screenshotElement, waitUntil, mountPlot } from './helpers.mjs';

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

const DOC = {
  version: 1,
  locale: 'ru',
  charts: [
    {
      id: 'rings', type: 'donut', title: 'Доли', unit: 'percent', series: ['2024', '2025'],
      items: [{ label: 'Уголь', values: [68, 65.6] }, { label: 'Газ', values: [19, 20.1] }, { label: 'Вода', values: [13, 14.3] }],
    },
    {
      id: 'tiles', type: 'tiles', title: 'Итоги', series: ['2024', '2025'],
      items: [{ label: 'задержано', values: [900, 1200], qualifier: 'more_than' }, { label: 'сайтов', values: [2100, null] }],
    },
  ],
};

/** Mounts one chart of DOC as `#id` and waits until it is drawn. */
async function mount(page, id, chart) {
  assert.equal(await mountPlot(page, id, { data: DOC, attrs: { chart } }), 'ready', `#${id} drawn`);
}

test('a donut with series: a ring per series, Up and Down move between them', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    await mount(page, 'rings', 'rings');
    const label = await page.evaluate(() => document.getElementById('rings').shadowRoot.querySelector('canvas.plot').getAttribute('aria-label'));
    assert.match(label, /2024/);
    assert.match(label, /2025/);
    let tip = await focusPlot(page, '#rings');
    assert.match(tip.text, /Уголь/);
    assert.match(tip.text, /2024/, `the first ring first: ${tip.text}`);
    tip = await pressForTooltip(page, '#rings', 'ArrowDown', tip);
    assert.match(tip.text, /2025/, `Down moves to the next ring: ${tip.text}`);
    assert.match(tip.text, /65,6/);
    await screenshotElement(page, '#rings', 'series-donut.png');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('tiles with series: a tile per item and series; a keyboard tooltip over the legend lets a click through', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    await mount(page, 'tiles', 'tiles');
    const table = await page.evaluate(() => [...document.getElementById('tiles').shadowRoot.querySelectorAll('tbody tr')].map((tr) => tr.textContent));
    assert.equal(table.length, 2);
    let tip = await focusPlot(page, '#tiles');
    tip = await pressForTooltip(page, '#tiles', 'ArrowDown', tip);
    assert.match(tip.text, /1\u00a0200/, `the 2025 tile: ${tip.text}`);
    await screenshotElement(page, '#tiles', 'series-tiles.png');
    // Shown by a key, the tooltip takes no pointer: a click where it lies reaches what is under it.
    const under = await page.evaluate(() => {
      const root = document.getElementById('tiles').shadowRoot;
      const t = root.querySelector('[role="tooltip"]');
      const r = t.getBoundingClientRect();
      const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { keyed: t.hasAttribute('data-key'), onTooltip: Boolean(hit && t.contains(hit)) };
    });
    assert.deepEqual(under, { keyed: true, onTooltip: false });
    // Escape ends the keyboard's datum; the pointer's own tooltip takes pointers again.
    await page.keyboard.press('Escape');
    const box = await page.locator('#tiles canvas.overlay').boundingBox();
    await page.mouse.move(box.x + 20, box.y + 20);
    await waitUntil(page, () => {
      const t = document.getElementById('tiles').shadowRoot.querySelector('[role="tooltip"]');
      return !t.hidden && !t.hasAttribute('data-key');
    }, null, 'a pointer tooltip');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a tap on a slice at a phone\'s bottom edge shows its tooltip inside the window', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html', {
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true,
  });
  try {
    await page.evaluate(() => (document.getElementById('mount').style.width = '340px'));
    await mount(page, 'edge', 'rings');
    // The first ring's bottom at the window's bottom edge.
    const ring = await page.evaluate(() => {
      const r = document.getElementById('edge').shadowRoot.querySelector('canvas.overlay').getBoundingClientRect();
      return { left: r.left, top: r.top + scrollY, width: r.width };
    });
    // Tap the lower half of the first ring (its slices' lower part): the ring is
    // a square of the stage's width under its name.
    const tapY = ring.top + 30 + ring.width * 0.85;
    await page.evaluate((y) => scrollTo(0, y - innerHeight + 20), tapY);
    const y = await page.evaluate((y) => y - scrollY, tapY);
    await page.touchscreen.tap(ring.left + ring.width / 2, y);
    const tip = await tooltipOf(page, '#edge');
    assert.ok(!tip.hidden, 'a slice was tapped');
    const r = await page.evaluate(() => {
      const b = document.getElementById('edge').shadowRoot.querySelector('[role="tooltip"]').getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, h: innerHeight };
    });
    assert.ok(r.top >= 0 && r.bottom <= r.h, `the tooltip is in the window: ${JSON.stringify(r)}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
