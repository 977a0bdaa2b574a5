// Hovering the chart="blocked" widget of the demo page: tooltips and the
// highlight overlay. The bars are found by sweeping the mouse over the canvas,
// so the test does not depend on the layout.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitForWidgets, tooltipOf, canvasStats, screenshot, pointOutside } from './helpers.mjs';

const HOST = 'news-plot[chart="blocked"]';
const OVERLAY = 'canvas[aria-hidden="true"]';
const BIGGEST = 'Иностранные банковские карты';

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

/** Waits until the widget's overlay canvas is drawn on (`drawn`) or fully transparent (`!drawn`). */
async function waitForOverlay(page, drawn, timeout = 3000) {
  try {
    await page.waitForFunction(
      ({ host, overlay, drawn }) => {
        const c = document.querySelector(host)?.shadowRoot?.querySelector(overlay);
        if (!c || c.width === 0 || c.height === 0) return false;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++;
        return drawn ? n >= 50 : n === 0;
      },
      { host: HOST, overlay: OVERLAY, drawn },
      { timeout, polling: 'raf' },
    );
  } catch (err) {
    const stats = await canvasStats(page, HOST, OVERLAY).catch((e) => String(e));
    throw new Error(`overlay never became ${drawn ? 'drawn' : 'clear'}: ${JSON.stringify(stats)}\n${err.message}`);
  }
}

async function waitForTooltip(page, { hidden, contains = '' }, timeout = 3000) {
  try {
    await page.waitForFunction(
      ({ host, hidden, contains }) => {
        const tip = document.querySelector(host)?.shadowRoot?.querySelector('[role="tooltip"]');
        return tip && tip.hidden === hidden && tip.textContent.includes(contains);
      },
      { host: HOST, hidden, contains },
      { timeout },
    );
  } catch (err) {
    const tip = await tooltipOf(page, HOST).catch((e) => String(e));
    throw new Error(`tooltip never became ${JSON.stringify({ hidden, contains })}: ${JSON.stringify(tip)}\n${err.message}`);
  }
}

/** The tooltip after the next animation frame, so a redraw triggered by the last input has run. */
function tooltipAfterFrame(page) {
  return page.evaluate(
    (host) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const tip = document.querySelector(host)?.shadowRoot?.querySelector('[role="tooltip"]');
          resolve(tip ? { hidden: tip.hidden, text: tip.textContent.trim() } : null);
        }),
      ),
    HOST,
  );
}

test('hovering bars of chart="blocked" shows tooltips and a highlight', async () => {
  const { page, context, pageErrors } = await h.open('/');
  try {
    await waitForWidgets(page);
    assert.equal(await page.getAttribute(HOST, 'state'), 'ready');

    // The chart canvas, scrolled into view, in viewport coordinates.
    const box = await page.evaluate((host) => {
      const el = document.querySelector(host);
      el.scrollIntoView({ block: 'center' });
      const r = el.shadowRoot.querySelector('canvas[role="img"]').getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, vw: innerWidth, vh: innerHeight };
    }, HOST);
    assert.ok(box.width > 0 && box.height > 0, `the chart canvas has a size: ${JSON.stringify(box)}`);
    assert.ok((await tooltipOf(page, HOST)) !== null, 'the shadow root has a [role=tooltip]');

    // Sweep: every 6 px vertically, 13 positions across; remember where each tooltip text
    // appeared. Stops early once both bars looked for below have been seen.
    const seen = new Map(); // text -> {x, y}
    const found = () => [BIGGEST, 'Интернет-ресурсы'].every((l) => [...seen.keys()].some((t) => t.includes(l)));
    const top = Math.max(box.y, 0) + 2;
    const bottom = Math.min(box.y + box.height, box.vh) - 2;
    for (let y = top; y <= bottom && !found(); y += 6) {
      for (let i = 0; i <= 12; i++) {
        const x = box.x + box.width * (0.02 + 0.08 * i);
        await page.mouse.move(x, y);
        const tip = await tooltipAfterFrame(page);
        if (tip && !tip.hidden && tip.text && !seen.has(tip.text)) seen.set(tip.text, { x, y });
      }
    }
    const texts = [...seen.keys()];
    assert.ok(texts.length > 0, 'some point of the chart shows a tooltip');

    const biggest = texts.find((t) => t.includes(BIGGEST));
    assert.ok(biggest, `a tooltip names "${BIGGEST}"; seen: ${JSON.stringify(texts)}`);
    assert.ok(biggest.includes('более'), `the qualifier is worded: ${JSON.stringify(biggest)}`);
    assert.match(biggest, /5(?:[\s\u00a0\u202f]?000|[\s\u00a0\u202f]*тыс)/, 'the figure is 5 000 (or 5 тыс.)');

    const internet = texts.find((t) => t.includes('Интернет-ресурсы'));
    assert.ok(internet, `a tooltip names "Интернет-ресурсы"; seen: ${JSON.stringify(texts)}`);
    assert.ok(internet.includes('Telegram-каналы'), `it lists the part: ${JSON.stringify(internet)}`);
    assert.match(internet, /(?<!\d)27(?!\d)/, 'with its figure 27');

    // Back over the biggest bar: tooltip shown and the bar highlighted on the overlay.
    const at = seen.get(biggest);
    await page.mouse.move(at.x, at.y);
    await waitForTooltip(page, { hidden: false, contains: BIGGEST });
    await waitForOverlay(page, true);
    await screenshot(page, 'hover.png');

    // Leave the element: tooltip hidden, overlay cleared.
    const outside = await pointOutside(page, HOST);
    assert.ok(outside, 'there is a point on screen outside the widget');
    await page.mouse.move(outside.x, outside.y);
    await waitForTooltip(page, { hidden: true });
    await waitForOverlay(page, false);

    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

test('at 400 % zoom (a 320 × 225 window) tooltips stay in the window: a donut slice, a line date', async () => {
  const { GALLERY, KIND_CHARTS } = await import('./helpers.mjs');
  const { page, context, pageErrors } = await h.open(GALLERY, { viewport: { width: 320, height: 225 }, deviceScaleFactor: 4 });
  try {
    for (const [id, fx, fy] of [[KIND_CHARTS.donut, 0.3, 0.5], [KIND_CHARTS.line, 0.97, 0.5], [KIND_CHARTS.line, 0.5, 0.3]]) {
      const host = `#light-${id}`;
      // Charts load as they near the window.
      await page.locator(host).scrollIntoViewIfNeeded();
      await page.waitForFunction((host) => document.querySelector(host).getAttribute('state') === 'ready', host);
      // The plot's top at the window's top, as a reader scrolling to it sees it.
      await page.evaluate((host) => {
        const plot = document.querySelector(host).shadowRoot.querySelector('canvas.overlay');
        scrollBy(0, plot.getBoundingClientRect().top);
      }, host);
      const box = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('canvas.overlay').getBoundingClientRect().toJSON(), host);
      await page.mouse.move(box.x + box.width * fx, Math.min(box.y + box.height * fy, 200));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const tip = await page.evaluate((host) => {
        const t = document.querySelector(host).shadowRoot.querySelector('[role="tooltip"]');
        return { hidden: t.hidden, text: t.textContent, ...t.getBoundingClientRect().toJSON() };
      }, host);
      assert.equal(tip.hidden, false, `${id}: a tooltip`);
      assert.ok(tip.top >= -0.5 && tip.bottom <= 225.5, `${id} at ${fx},${fy}: the tooltip in the window: ${JSON.stringify(tip)}`);
      await screenshot(page, `zoom400-${id}-${fx}.png`);
      await page.mouse.move(1, 1);
    }
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

/** Whether the tooltip of `host` covers nothing drawn on its chart's canvas (a 9 × 5 grid of its points). */
async function tooltipOverBlank(page, host) {
  return page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const t = root.querySelector('[role="tooltip"]').getBoundingClientRect();
    const c = root.querySelector('canvas.plot');
    const r = c.getBoundingClientRect();
    const k = c.width / r.width;
    const ctx = c.getContext('2d');
    const inked = [];
    for (let i = 0; i <= 8; i++) {
      for (let j = 0; j <= 4; j++) {
        const x = t.left + 2 + ((t.width - 4) * i) / 8;
        const y = t.top + 2 + ((t.height - 4) * j) / 4;
        const a = ctx.getImageData(Math.floor((x - r.left) * k), Math.floor((y - r.top) * k), 1, 1).data[3];
        if (a !== 0) inked.push([Math.round(x), Math.round(y)]);
      }
    }
    return { inked, tip: [t.left, t.top, t.right, t.bottom].map(Math.round) };
  }, host);
}

test("a donut slice's tooltip stands in the ring's hole, over nothing drawn: tapped on a phone, focused by keyboard on a desktop", async () => {
  const { GALLERY, KIND_CHARTS } = await import('./helpers.mjs');
  const host = `#light-${KIND_CHARTS.donut}`;
  const phone = await h.open(GALLERY, { viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    const { page } = phone;
    await page.locator(host).scrollIntoViewIfNeeded();
    await page.waitForFunction((host) => document.querySelector(host).getAttribute('state') === 'ready', host);
    await page.evaluate((host) => document.querySelector(host).scrollIntoView({ block: 'start' }), host);
    const plot = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('canvas.overlay').getBoundingClientRect().toJSON(), host);
    // Down the ring's right side, the largest slice («Угольные станции», two thirds).
    let found = null;
    for (let y = plot.top + 20; y < plot.top + 300 && !found; y += 20) {
      await page.touchscreen.tap(plot.left + plot.width * 0.82, y);
      await page.waitForTimeout(60);
      const tip = await page.evaluate((host) => {
        const t = document.querySelector(host).shadowRoot.querySelector('[role="tooltip"]');
        return t.hidden ? null : t.textContent;
      }, host);
      if (tip?.includes('Угольные')) found = tip;
    }
    assert.ok(found, 'the largest slice tapped');
    const seen = await tooltipOverBlank(page, host);
    await screenshot(page, 'donut-hole-phone.png');
    assert.deepEqual(seen.inked, [], `the tooltip covers the chart's ink (list figures, ring) at ${JSON.stringify(seen)}`);
    // «Гидроэлектростанции» cannot wrap to fit the hole: over it and the
    // other slices, above the list (whose first swatch is the first ink down
    // the canvas's left edge, left of the ring).
    let hydro = false;
    for (let y = plot.top + 10; y < plot.top + 140 && !hydro; y += 8) {
      for (const fx of [0.22, 0.28, 0.34]) {
        await page.touchscreen.tap(plot.left + plot.width * fx, y);
        await page.waitForTimeout(40);
        const text = await page.evaluate((host) => {
          const t = document.querySelector(host).shadowRoot.querySelector('[role="tooltip"]');
          return t.hidden ? '' : t.textContent;
        }, host);
        if (text.includes('Гидро')) {
          hydro = true;
          break;
        }
      }
    }
    assert.ok(hydro, 'the hydro slice tapped');
    const place = await page.evaluate((host) => {
      const root = document.querySelector(host).shadowRoot;
      const t = root.querySelector('[role="tooltip"]').getBoundingClientRect();
      const c = root.querySelector('canvas.plot');
      const r = c.getBoundingClientRect();
      const k = c.width / r.width;
      // The first ink down a column of the canvas: the list's first swatch
      // at its left edge, the ring's top at its middle.
      const firstInk = (x) => {
        const col = c.getContext('2d').getImageData(Math.round(x * k), 0, 1, c.height).data;
        for (let i = 3; i < col.length; i += 4) if (col[i] > 0) return r.top + (i - 3) / 4 / k;
        return -1;
      };
      // (A few columns round the middle: a seam between slices is a gap.)
      const ring = Math.min(...[-40, -20, 20, 40].map((dx) => firstInk(r.width / 2 + dx)).filter((y) => y >= 0));
      return { top: t.top, bottom: t.bottom, list: firstInk(20), ring };
    }, host);
    assert.ok(place.top >= place.ring && place.bottom <= place.list, `the wide tooltip stays within the ring, off the title and the list: ${JSON.stringify(place)}`);
    assert.deepEqual(phone.pageErrors, []);
  } finally {
    await phone.context.close();
  }
  const desk = await h.open(GALLERY, { viewport: { width: 1024, height: 800 } });
  try {
    const { page } = desk;
    await page.locator(host).scrollIntoViewIfNeeded();
    await page.waitForFunction((host) => document.querySelector(host).getAttribute('state') === 'ready', host);
    await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('canvas.plot[tabindex], [tabindex="0"]').focus(), host);
    await page.waitForFunction((host) => !document.querySelector(host).shadowRoot.querySelector('[role="tooltip"]').hidden, host);
    const seen = await tooltipOverBlank(page, host);
    const title = await page.evaluate((host) => {
      const root = document.querySelector(host).shadowRoot;
      const t = root.querySelector('[role="tooltip"]').getBoundingClientRect();
      // The chart's headings (title, subtitle) are text in the shadow DOM.
      return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, p')].filter((e) => e.textContent.trim() && e.getClientRects().length).some((e) => {
        const r = e.getBoundingClientRect();
        return r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom;
      });
    }, host);
    assert.equal(title, false, 'the first tooltip keeps off the title and subtitle');
    assert.deepEqual(seen.inked, [], `the tooltip covers the chart's ink at ${JSON.stringify(seen)}`);
    assert.deepEqual(desk.pageErrors, []);
  } finally {
    await desk.context.close();
  }
});

/** A page of one element `id` holding `doc` at `width` (a touch phone under 500 px). */
async function openDoc(doc, id, width, lang) {
  const phone = width < 500;
  const opened = await h.open('/tests/e2e/pages/embed.html', { viewport: { width, height: 900 }, deviceScaleFactor: 2, hasTouch: phone, isMobile: phone });
  await opened.page.setContent(`<!doctype html><html lang="${lang}"><meta name="viewport" content="width=device-width, initial-scale=1"><body style="margin:16px"><script type="module" src="/dist/newsplot.js"></script>
    <news-plot id="${id}" eager><script type="application/json">${JSON.stringify(doc)}</script></news-plot></body></html>`);
  await opened.page.waitForFunction((id) => document.getElementById(id)?.getAttribute('state') === 'ready', id);
  return { ...opened, phone };
}

test("a slice's tooltip in a hole that holds the total hides all of it, or keeps off it, on a phone and a desktop", async () => {
  const votes = {
    version: 1,
    locale: 'ru',
    charts: [{ id: 'v', type: 'donut', unit: 'count', title: 'Голоса избирателей по партиям', items: [
      { label: 'Аманат', value: 5400 }, { label: 'Ак жол', value: 800 }, { label: 'Ауыл', value: 750 },
      { label: 'Народная партия', value: 600 }, { label: 'Респ.', value: 500 }, { label: 'ОСДП', value: 300 },
    ] }],
  };
  // Wide tooltips and a two-line total («about / 5,068») that no tooltip in the hole can cover.
  const blocked = {
    version: 1,
    locale: 'en',
    charts: [{ id: 'b', type: 'donut', unit: 'count', title: 'Drug-related resources blocked, by platform', items: [
      { label: 'Telegram channels and bots', value: 2215, qualifier: 'more_than' }, { label: 'Websites', value: 1480 },
      { label: 'Instagram accounts', value: 960, qualifier: 'about' }, { label: 'TikTok', value: 312 },
      { label: 'VKontakte', value: 87 }, { label: 'Other', value: 14 },
    ] }],
  };
  for (const [doc, name, width] of [[votes, 'Ауыл', 390], [votes, 'Ауыл', 900], [blocked, null, 375], [blocked, null, 1000]]) {
    const { page, context, pageErrors, phone } = await openDoc(doc, 'v', width, 'ru');
    try {
      // The ring: the rows and columns with many opaque coloured pixels (the
      // list's swatches are too small to count); the total: the dark ink
      // inside them (the list lies beside or under the ring).
      const geo = await page.evaluate(() => {
        const c = document.getElementById('v').shadowRoot.querySelector('canvas.plot');
        const r = c.getBoundingClientRect();
        const k = c.width / r.width;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const coloured = (x, y) => {
          const i = (y * c.width + x) * 4;
          return d[i + 3] > 250 && Math.max(d[i], d[i + 1], d[i + 2]) >= 90;
        };
        const span = (n) => [n.findIndex((v) => v > 100 * k), n.findLastIndex((v) => v > 100 * k)];
        const rows = new Array(c.height).fill(0);
        for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) rows[y] += coloured(x, y);
        const [ry0, ry1] = span(rows);
        // Columns within the ring's rows only (a phone's list under it has a column of swatches).
        const cols = new Array(c.width).fill(0);
        for (let y = ry0; y <= ry1; y++) for (let x = 0; x < c.width; x++) cols[x] += coloured(x, y);
        const [rx0, rx1] = span(cols);
        const ring = [rx0, ry0, rx1, ry1];
        const ink = [Infinity, Infinity, -Infinity, -Infinity];
        for (let y = ring[1]; y <= ring[3]; y++) for (let x = ring[0]; x <= ring[2]; x++) {
          const i = (y * c.width + x) * 4;
          if (d[i + 3] > 200 && d[i] < 90 && d[i + 1] < 90 && d[i + 2] < 90) ink.splice(0, 4, Math.min(ink[0], x), Math.min(ink[1], y), Math.max(ink[2], x), Math.max(ink[3], y));
        }
        const css = (b) => [r.left + b[0] / k, r.top + b[1] / k, r.left + (b[2] + 1) / k, r.top + (b[3] + 1) / k];
        return { ring: css(ring), total: css(ink) };
      });
      const [x0, y0, x1, y1] = geo.ring;
      const [cx, cy, R] = [(x0 + x1) / 2, (y0 + y1) / 2, (y1 - y0) / 2];
      assert.ok(geo.total[0] > x0 && geo.total[2] < x1 && geo.total[2] - geo.total[0] > 30, `the total found in the hole: ${JSON.stringify(geo)}`);
      // Round the ring: every slice's tooltip hides the whole total or none of it.
      const [l, t, r, b] = geo.total;
      let tip = null;
      const seen = new Set();
      for (let a = 3; a < 360; a += 6) {
        const [x, y] = [cx + 0.8 * R * Math.sin((a * Math.PI) / 180), cy - 0.8 * R * Math.cos((a * Math.PI) / 180)];
        if (phone) await page.touchscreen.tap(x, y);
        else await page.mouse.move(x, y);
        await page.waitForTimeout(40);
        const q = await page.evaluate(() => {
          const t = document.getElementById('v').shadowRoot.querySelector('[role="tooltip"]');
          return t.hidden ? null : { text: t.textContent, ...t.getBoundingClientRect().toJSON() };
        });
        if (!q) continue;
        seen.add(q.text.split(/\d/)[0]);
        const covers = q.left <= l && q.top <= t && q.right >= r && q.bottom >= b;
        const clear = q.right <= l || q.left >= r || q.bottom <= t || q.top >= b;
        assert.ok(covers || clear, `at ${width}, ${q.text}: the tooltip ${JSON.stringify(q)} half over the total at ${JSON.stringify(geo.total)}`);
        if (name && q.text.includes(name)) tip = q;
        if (!name && !covers && !tip) {
          tip = q;
          await screenshot(page, `donut-total-clear-${width}.png`);
        }
      }
      assert.ok(seen.size >= 5, `at ${width}: the slices hit: ${[...seen]}`);
      if (name) {
        assert.ok(tip, `at ${width}: ${name} hit ${JSON.stringify(geo)}`);
        assert.ok(tip.left <= l && tip.top <= t && tip.right >= r && tip.bottom >= b, `at ${width}: the tooltip ${JSON.stringify(tip)} hides the total at ${JSON.stringify(geo.total)}`);
        // Centred on the hole.
        const off = [tip.left + tip.width / 2 - cx, tip.top + tip.height / 2 - cy];
        assert.ok(Math.abs(off[0]) < 4 && Math.abs(off[1]) < 4, `at ${width}: centred on the hole, off by ${off}`);
      }
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  }
});

test("a tile's tooltip stands over its own tile, covering none of the others", async () => {
  const doc = {
    version: 1,
    locale: 'ru',
    charts: [{ id: 't', type: 'tiles', title: 'Итоги года', items: [
      { label: 'Изъято наркотиков, кг', value: 525.3, qualifier: 'more_than' }, { label: 'Заблокировано сайтов', value: 1520, qualifier: 'about' },
      { label: 'Telegram-каналов', value: 312 }, { label: 'Обращений граждан', value: 12500 },
    ] }],
  };
  const { page, context, pageErrors } = await openDoc(doc, 't', 390, 'ru');
  try {
    for (const [fx, fy, name] of [[0.44, 0.44, 'Изъято'], [0.96, 0.96, 'Обращений']]) {
      // The tile under the point: the drawn pixels joined to it (tiles stand apart on blank gaps).
      const tile = await page.evaluate(([fx, fy]) => {
        const c = document.getElementById('t').shadowRoot.querySelector('canvas.plot');
        const r = c.getBoundingClientRect();
        const k = c.width / r.width;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const start = [Math.floor(c.width * fx), Math.floor(c.height * fy)];
        const seen = new Uint8Array(c.width * c.height);
        const box = [Infinity, Infinity, -Infinity, -Infinity];
        const stack = [start];
        while (stack.length) {
          const [x, y] = stack.pop();
          if (x < 0 || y < 0 || x >= c.width || y >= c.height) continue;
          const i = y * c.width + x;
          if (seen[i] || d[i * 4 + 3] === 0) continue;
          seen[i] = 1;
          box.splice(0, 4, Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y));
          stack.push([x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]);
        }
        return { point: [r.left + start[0] / k, r.top + start[1] / k], box: [r.left + box[0] / k, r.top + box[1] / k, r.left + (box[2] + 1) / k, r.top + (box[3] + 1) / k] };
      }, [fx, fy]);
      await page.touchscreen.tap(...tile.point);
      await page.waitForTimeout(60);
      const tip = await page.evaluate(() => {
        const t = document.getElementById('t').shadowRoot.querySelector('[role="tooltip"]');
        return t.hidden ? null : { text: t.textContent, ...t.getBoundingClientRect().toJSON() };
      });
      assert.ok(tip?.text.includes(name), `${name}: its tooltip: ${JSON.stringify(tip)}`);
      const [l, t, r, b] = tile.box;
      const [tw, th] = [r - l, b - t];
      assert.ok(tw > 100 && tw < 200 && th > 80, `a tile found: ${JSON.stringify(tile)}`);
      assert.ok(tip.left >= l && tip.top >= t && tip.right <= r + 0.5 && tip.bottom <= b + 0.5, `${name}: the tooltip ${JSON.stringify(tip)} within its tile ${JSON.stringify(tile.box)}`);
      assert.ok(tip.width > tw - 12 && tip.height > th - 12, `${name}: over all of the tile's words`);
      await screenshot(page, `tile-tooltip-${fx}.png`);
    }
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a figure in a tooltip never breaks at its hyphen («650-ден астам»), and a long one wraps inside the box', async () => {
  const doc = {
    version: 1,
    locale: 'kk',
    charts: [
      { id: 's', type: 'hbar', stacked: true, series: ['Есірткі', 'Қаржы пирамидалары', 'Казино'], items: [
        { label: '2023 жыл', values: [1500, 400, 300] },
        { label: '2024 жыл', values: [2100, 650, 350], qualifier: 'more_than' },
      ] },
      { id: 'm', type: 'hbar', unit: 'KZT', items: [{ label: 'Залал', value: 1255000000.5, qualifier: 'more_than' }, { label: 'Б', value: 5 }] },
    ],
  };
  for (const [width, chart, want] of [[360, 's', '650-ден астам'], [1000, 's', '650-ден астам'], [320, 'm', '₸-ден астам']]) {
    const phone = width < 500;
    const { page, context, pageErrors } = await h.open('/tests/e2e/pages/embed.html', { viewport: { width, height: 900 }, deviceScaleFactor: 2, hasTouch: phone, isMobile: phone });
    try {
      await page.setContent(`<!doctype html><html lang="kk"><body style="margin:16px"><script type="module" src="/dist/newsplot.js"></script>
        <news-plot id="kk" eager chart="${chart}"><script type="application/json">${JSON.stringify(doc)}</script></news-plot></body></html>`);
      await page.waitForFunction(() => document.getElementById('kk')?.getAttribute('state') === 'ready');
      const b = await page.evaluate(() => document.getElementById('kk').shadowRoot.querySelector('canvas.overlay').getBoundingClientRect().toJSON());
      let seen = null;
      for (let f = 0.05; f < 1 && !seen; f += 0.05) {
        const [x, y] = [b.x + b.width * 0.15, b.y + b.height * f];
        if (phone) await page.touchscreen.tap(x, y);
        else await page.mouse.move(x, y);
        await page.waitForTimeout(60);
        seen = await page.evaluate((want) => {
          const t = document.getElementById('kk').shadowRoot.querySelector('[role="tooltip"]');
          const box = t.getBoundingClientRect();
          const spans = [...t.querySelectorAll('.figure > span:last-child')];
          const span = spans.find((e) => e.textContent.replace(/\u2060/g, '').includes(want));
          if (t.hidden || !span) return null;
          // The hyphen and the letter after it: on one line.
          const text = span.firstChild;
          const at = text.data.indexOf('-');
          const r = document.createRange();
          r.setStart(text, at);
          r.setEnd(text, at + 1);
          const hyphen = r.getBoundingClientRect();
          r.setStart(text, at + 2);
          r.setEnd(text, at + 3);
          const next = r.getBoundingClientRect();
          const rects = [...span.getClientRects()].map((q) => q.right);
          return { same: Math.abs(hyphen.top - next.top) < 2, right: Math.max(...rects), box: box.right, text: span.textContent };
        }, want);
      }
      assert.ok(seen, `a tooltip with «${want}» at ${width}`);
      assert.ok(seen.same, `at ${width}: «${seen.text}» broke at its hyphen`);
      assert.ok(seen.right <= seen.box + 0.5, `at ${width}: the figure inside the box: ${JSON.stringify(seen)}`);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  }
});

test('a bar\'s tooltip stands beside its row (and the next, if it is taller) when there is room, covering no name, bar or figure', async () => {
  // A short bar before a long name (its tooltip rises beside the row above
  // instead of reaching that name); a credit under the last row.
  const source = { name: 'Департамент полиции Алматы', date: '2025-10-13' };
  const drugs = { version: 1, locale: 'ru', source, charts: [{ id: 's', type: 'hbar', title: 'Изъято наркотиков', unit: 'kg', items: [
    { label: 'Героин', value: 525, qualifier: 'more_than' }, { label: 'Марихуана', value: 1251 }, { label: 'Гашиш', value: 412 },
    { label: 'Кокаин', value: 12 }, { label: 'Синтетические наркотики и психотропные вещества', value: 98 }, { label: 'Прочие', value: 40 },
    { label: 'Спайс', value: 5 }] }] };
  // A row with a caption under its bar, whose tooltip (three lines) is taller than the row.
  const blocked = { version: 1, locale: 'ru', source, charts: [{ id: 's', type: 'hbar', title: 'Выявлено', unit: 'count', items: [
    { label: 'Иностранные банковские карты', value: 5000, qualifier: 'more_than' },
    { label: 'Интернет-ресурсы', value: 2200, qualifier: 'more_than', parts: [{ label: 'Telegram-каналы', value: 27 }] },
    { label: 'Банковские карты', value: 1500, qualifier: 'about' }, { label: 'Криптокошельки', value: 312 }] }] };
  for (const [doc, width, names] of [[drugs, 375, ['Гашиш', 'Кокаин', 'Спайс']], [blocked, 800, ['Интернет-ресурсы', 'Криптокошельки']]]) {
    const phone = width < 500;
    const { page, context, pageErrors } = await h.open('/tests/e2e/pages/embed.html', { viewport: { width, height: 800 }, deviceScaleFactor: 1, hasTouch: phone, isMobile: phone });
    try {
      await page.setContent(`<!doctype html><html lang="ru"><meta name="viewport" content="width=device-width, initial-scale=1"><body style="margin:16px"><script type="module" src="/dist/newsplot.js"></script>
        <news-plot id="p" eager><script type="application/json">${JSON.stringify(doc)}</script></news-plot></body></html>`);
      await page.waitForFunction(() => document.getElementById('p')?.getAttribute('state') === 'ready');
      const b = await page.evaluate(() => document.getElementById('p').shadowRoot.querySelector('canvas.overlay').getBoundingClientRect().toJSON());
      // What the chart's canvas has inked under the tooltip (page px), counted after each tap.
      const under = () => page.evaluate(() => {
        const root = document.getElementById('p').shadowRoot;
        const t = root.querySelector('[role="tooltip"]');
        if (t.hidden) return null;
        const c = root.querySelector('canvas[role="img"]');
        const cr = c.getBoundingClientRect();
        const tr = t.getBoundingClientRect();
        const k = c.width / cr.width;
        const x0 = Math.max(0, Math.floor((tr.left - cr.left) * k)), y0 = Math.max(0, Math.floor((tr.top - cr.top) * k));
        const x1 = Math.min(c.width, Math.ceil((tr.right - cr.left) * k)), y1 = Math.min(c.height, Math.ceil((tr.bottom - cr.top) * k));
        if (x1 <= x0 || y1 <= y0) return { inked: 0, name: t.textContent, left: tr.left - cr.left, top: tr.top, bottom: tr.bottom };
        const px = c.getContext('2d').getImageData(x0, y0, x1 - x0, y1 - y0).data;
        let inked = 0;
        for (let i = 3; i < px.length; i += 4) inked += px[i] > 40;
        return { inked, name: t.textContent, left: tr.left - cr.left, top: tr.top, bottom: tr.bottom };
      });
      const seen = new Map();
      for (let f = 0.04; f < 1; f += 0.03) {
        const y = b.y + b.height * f;
        if (phone) await page.touchscreen.tap(b.x + 6, y);
        else await page.mouse.move(b.x + 6, y);
        await page.waitForTimeout(60);
        const u = await under();
        // The last touch in a row: on its bar (the first may be in the gap above its name).
        if (u) seen.set(u.name, { ...u, y });
      }
      // The short rows (and the last): beside their ends, over nothing drawn.
      for (const name of names) {
        const u = [...seen.entries()].find(([k]) => k.startsWith(name))?.[1];
        assert.ok(u, `tapped ${name}: ${[...seen.keys()]}`);
        assert.equal(u.inked, 0, `${name}'s tooltip covers ${u.inked} inked pixels`);
        // Beside the row, level with where it was touched (not above or under the row).
        assert.ok(u.left > 60 && u.top <= u.y && u.bottom >= u.y, `${name}'s tooltip beside its row: ${JSON.stringify(u)}`);
      }
      if (!phone) {
        // By keyboard, the first row (its bar as wide as the chart, no room
        // beside it) has its tooltip right under it, beside the shorter rows
        // below, over nothing drawn; a mouse gets it under the bar, where it
        // can reach it without crossing the next row.
        await page.evaluate(() => document.getElementById('p').shadowRoot.querySelector('canvas.plot').focus());
        await page.keyboard.press('Home');
        await page.waitForFunction(() => !document.getElementById('p').shadowRoot.querySelector('[role="tooltip"]').hidden);
        const u = await under();
        assert.ok(u.name.startsWith('Иностранные банковские карты'), u.name);
        assert.equal(u.inked, 0, `the first row's tooltip by keyboard covers ${u.inked} inked pixels`);
      }
      await screenshot(page, `hbar-tooltip-${width}.png`);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  }
});
