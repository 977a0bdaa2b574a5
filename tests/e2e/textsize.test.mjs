// A reader who set a larger default font size in the browser (Chromium's
// Settings → Appearance → Font size; CDP Page.setFontSizes here) gets the
// charts' text larger too, as the article's: the widget is zoomed by the ratio
// to 16 px. The canvas stays sharp (its backing store follows the zoom) and the
// pointer still finds what is under it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/browser.mjs';
import { screenshotElement, hoverAt, mountPlot } from './helpers.mjs';

let server, browser;
before(async () => {
  server = await startServer({ port: 0 });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const DOC = {
  version: 1,
  locale: 'ru',
  charts: [
    {
      id: 'c',
      type: 'bar',
      title: 'Изъято наркотиков',
      unit: 'kg',
      items: [
        { label: 'Героин', value: 120 },
        { label: 'Гашиш', value: 80, qualifier: 'more_than' },
        { label: 'Марихуана', value: 210 },
        { label: 'Синтетика', value: 45 },
      ],
    },
  ],
};

/** The API page at a default font size of `px` (and the page's own `css`). */
async function open(px, { css = '', viewport = { width: 800, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + '/tests/e2e/pages/api.html');
  if (css) await page.addStyleTag({ content: css });
  return { page, context, errors };
}

/** Opens the API page at a default font size of `px`, mounts DOC and reads what is drawn. */
async function mounted(px, css = '') {
  const { page, context, errors } = await open(px, { css });
  assert.equal(await mountPlot(page, 'sized', { data: DOC }), 'ready');
  const drawn = await page.evaluate(() => {
    const el = document.getElementById('sized');
    const root = el.shadowRoot;
    const plot = root.querySelector('canvas.plot');
    const r = plot.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    // Columns: runs of backing-store pixel columns holding saturated colour.
    const ctx = plot.getContext('2d');
    const { data, width, height } = ctx.getImageData(0, 0, plot.width, plot.height);
    const coloured = (x, y) => {
      const i = (y * width + x) * 4;
      const [red, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      return a > 200 && Math.abs(red - g) + Math.abs(g - b) > 80;
    };
    const spans = [];
    for (let x = 0; x < width; x++) {
      let top = -1, bottom = -1;
      for (let y = 0; y < height; y++) if (coloured(x, y)) { if (top < 0) top = y; bottom = y; }
      const last = spans[spans.length - 1];
      if (top >= 0 && bottom - top > 8) {
        if (last && last.x1 === x - 1) Object.assign(last, { x1: x, top: Math.min(last.top, top), bottom: Math.max(last.bottom, bottom) });
        else spans.push({ x0: x, x1: x, top, bottom });
      }
    }
    // The first column's value label: the rows of dark ink just above it.
    const first = spans.find((s) => s.x1 - s.x0 > 10);
    let inkTop = -1, inkBottom = -1;
    for (let y = 0; y < first.top; y++) {
      for (let x = first.x0; x <= first.x1; x++) {
        const i = (y * width + x) * 4;
        if (data[i + 3] > 200 && data[i] < 90 && data[i + 1] < 90 && data[i + 2] < 90) {
          if (inkTop < 0) inkTop = y;
          inkBottom = y;
        }
      }
    }
    const sx = r.width / width, sy = r.height / height;
    return {
      zoom: el.style.getPropertyValue('--np-zoom') || '1',
      hostWidth: host.width,
      canvas: { width: r.width, height: r.height, left: r.left, top: r.top, backing: [plot.width, plot.height] },
      label: (inkBottom - inkTop + 1) * sy,
      title: parseFloat(getComputedStyle(root.querySelector('.chart-head h3')).fontSize) * (root.querySelector('.chart-head h3').currentCSSZoom ?? 1),
      columns: spans.filter((s) => s.x1 - s.x0 > 10).map((s) => ({ x: r.left + ((s.x0 + s.x1) / 2) * sx, y: r.top + ((s.top + s.bottom) / 2) * sy, w: (s.x1 - s.x0) * sx })),
    };
  });
  return { page, context, drawn, errors };
}

test('a larger default font size zooms the chart: its text, its canvas, sharp; hovering finds each column', async () => {
  const normal = await mounted(16);
  const large = await mounted(24);
  try {
    assert.equal(normal.drawn.zoom, '1');
    assert.equal(large.drawn.zoom, '1.5', 'zoomed by 24 / 16');
    for (const { drawn } of [normal, large]) {
      // The chart keeps to the element's width, whatever the zoom…
      assert.ok(Math.abs(drawn.canvas.width - drawn.hostWidth) < 1.5, `canvas ${drawn.canvas.width} px in a ${drawn.hostWidth} px element`);
      // …and its backing store has a device pixel for each screen pixel (not blurred by the zoom).
      assert.ok(Math.abs(drawn.canvas.backing[0] - drawn.canvas.width) <= 1, `backing ${drawn.canvas.backing} for ${drawn.canvas.width} px`);
      assert.equal(drawn.columns.length, 4, JSON.stringify(drawn.columns));
    }
    assert.ok(large.drawn.title >= normal.drawn.title * 1.45, `title ${normal.drawn.title} → ${large.drawn.title} screen px`);
    // The canvas's text grew too: the first column's value label, in screen px.
    assert.ok(normal.drawn.label > 6 && large.drawn.label >= normal.drawn.label * 1.35, `value label ${normal.drawn.label} → ${large.drawn.label} px tall`);
    assert.ok(large.drawn.columns[0].w > normal.drawn.columns[0].w * 1.05, 'columns wider on the screen');

    const names = DOC.charts[0].items.map((i) => i.label);
    for (const { page, drawn } of [normal, large]) {
      for (const [k, col] of drawn.columns.entries()) {
        // From outside the chart: a tooltip left by the last column may cover this one.
        const tip = await hoverAt(page, '#sized', col, names[k]);
        assert.ok(tip.text.includes(names[k]), `column ${k} at zoom ${drawn.zoom}: ${tip.text}`);
      }
    }
    // The tooltip's text grew with the chart's.
    const size = (page) => page.evaluate(() => document.querySelector('#sized').shadowRoot.querySelector('[role="tooltip"]').getBoundingClientRect().height);
    const [a, b] = [await size(normal.page), await size(large.page)];
    assert.ok(b > a * 1.35, `tooltip ${a} → ${b} px tall`);
    await screenshotElement(large.page, '#sized', 'textsize-24px.png');
    assert.deepEqual([...normal.errors, ...large.errors], []);
  } finally {
    await normal.context.close();
    await large.context.close();
  }
});

test('a page that zooms its column below 1 (body { zoom: 0.8 }): drawn, and hovering still finds each column', async () => {
  const { page, context, drawn, errors } = await mounted(16, 'body { zoom: 0.8 }');
  try {
    assert.equal(drawn.columns.length, 4, JSON.stringify(drawn.columns));
    const names = DOC.charts[0].items.map((i) => i.label);
    for (const [k, col] of drawn.columns.entries()) {
      const tip = await hoverAt(page, '#sized', col, names[k]);
      assert.ok(tip.text.includes(names[k]), `column ${k}: ${tip.text}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('at 2× a stack\'s tall tooltip, narrowed beside its column, stays in the window with the chart\'s top scrolled off', async () => {
  const { page, context, errors } = await open(32, { viewport: { width: 1280, height: 900 } });
  try {
    await page.evaluate(() => {
      document.getElementById('mount').style.cssText = 'width: 700px; max-width: none';
      document.body.style.paddingBottom = '2000px'; // room to scroll
    });
    assert.equal(await mountPlot(page, 'stack', { src: '/data/gallery-ru.json', attrs: { chart: 'housing' } }), 'ready');
    // The chart's title scrolled above the window.
    await page.evaluate(() => window.scrollTo(0, document.getElementById('stack').getBoundingClientRect().top + scrollY + 300));
    const box = await page.evaluate(() => {
      const r = document.getElementById('stack').shadowRoot.querySelector('canvas.overlay').getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    });
    let seen = 0;
    for (let x = box.x + 0.1 * box.w; x < box.x + box.w; x += box.w / 8) {
      const y = Math.min(850, box.y + box.h * 0.75);
      await page.mouse.move(1, 1);
      await page.mouse.move(x, y);
      await page.waitForTimeout(100);
      const tip = await page.evaluate(() => {
        const t = document.getElementById('stack').shadowRoot.querySelector('[role="tooltip"]');
        const r = t.getBoundingClientRect();
        return { hidden: t.hidden, left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: t.textContent };
      });
      if (tip.hidden) continue;
      seen++;
      assert.ok(tip.top >= -1 && tip.bottom <= 901, `in the window: ${JSON.stringify(tip)}`);
    }
    assert.ok(seen >= 3, `tooltips seen: ${seen}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('on a phone with larger text a line\'s tooltip keeps off the points it names, over the chart\'s head or foot if the plot is too short', async () => {
  // The chart mid-window, its plot at the window's top (its head scrolled
  // off: the tooltip goes under its foot) and the chart at the window's bottom.
  for (const [px, block] of [[16, 'center'], [20, 'center'], [20, 'plot'], [20, 'end']]) {
    const { page, context, errors } = await open(px, { viewport: { width: 375, height: 800 } });
    try {
      await page.evaluate(() => (document.getElementById('mount').style.cssText = 'width: 343px; max-width: none; margin: 0 16px'));
      assert.equal(await mountPlot(page, 'fuel', { src: '/data/gallery-ru.json', attrs: { chart: 'fuel', theme: 'light' } }), 'ready');
      await page.evaluate(() => (document.body.style.paddingBottom = '1200px'));
      await page.evaluate((block) => {
        const el = document.getElementById('fuel');
        if (block !== 'plot') return el.scrollIntoView({ block });
        window.scrollBy(0, el.shadowRoot.querySelector('canvas.overlay').getBoundingClientRect().top);
      }, block);
      const box = await page.evaluate(() => {
        const r = document.getElementById('fuel').shadowRoot.querySelector('canvas.overlay').getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height };
      });
      let checked = 0;
      for (const f of [0.08, 0.12, 0.16, 0.2, 0.25, 0.3, 0.5, 0.7]) {
        await page.mouse.move(box.x + box.w * f, box.y + box.h * 0.5);
        await page.waitForTimeout(80);
        const seen = await page.evaluate(() => {
          const root = document.getElementById('fuel').shadowRoot;
          const tip = root.querySelector('[role="tooltip"]');
          const t = tip.getBoundingClientRect();
          // The hovered points: the cursor's dots (a series without a value here is parked far off).
          const dots = [...root.querySelectorAll('.cursor .dot')].map((d) => d.getBoundingClientRect()).filter((r) => r.top > -1000);
          return { hidden: tip.hidden, tip: [t.left, t.top, t.right, t.bottom], dots: dots.map((r) => [r.left, r.top, r.right, r.bottom]) };
        });
        if (seen.hidden || !seen.dots.length) continue;
        checked++;
        const [l, t, r, b] = seen.tip;
        for (const [dl, dt, dr, db] of seen.dots) {
          // Not a pixel of the dot's ring under the tooltip.
          const overlap = Math.min(r, dr) - Math.max(l, dl) > 0 && Math.min(b, db) - Math.max(t, dt) > 1;
          assert.ok(!overlap, `${px} px, ${block}: a point under the tooltip: ${JSON.stringify(seen)}`);
        }
      }
      assert.ok(checked >= 3, `${px} px, ${block}: tooltips checked: ${checked}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});
