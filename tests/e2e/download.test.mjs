// The reader's download menu in each chart's corner: reachable and operable by
// keyboard (menu button pattern), a PNG at 2× with the titles and credit drawn
// in, a CSV holding every figure of the document exactly, and a
// `newsplot:download` event for the host page's analytics.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import {
  waitForWidgets,
  fetchJson,
  chartById,
  focusPlot,
  pressForTooltip,
  waitUntil,
  screenshotElement,
  screenshot,
  QUALIFIER_WORDS,
  GALLERY,
  KIND_CHARTS,
  openGallery,
} from './helpers.mjs';

let h, gallery, page, context, pageErrors, consoleErrors;
before(async () => {
  ({ h, doc: gallery, page, context, pageErrors, consoleErrors } = await openGallery());
  await page.evaluate(() => {
    window.__downloads = [];
    document.addEventListener('newsplot:download', (e) =>
      window.__downloads.push({ target: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: JSON.parse(JSON.stringify(e.detail)) }),
    );
  });
});
after(async () => {
  await context?.close();
  await h?.close();
});

const button = (p, host, id) => p.locator(`${host} figure${id ? `[data-chart="${id}"]` : ''} .menu > button`);
const items = (p, host, id) => p.locator(`${host} figure${id ? `[data-chart="${id}"]` : ''} [role="menuitem"]`);

/** What has focus inside the widget `host`: 'button', 'item:N', or another tag (null: not in the widget). */
function focusIn(p, host) {
  return p.evaluate((host) => {
    const el = document.querySelector(host);
    if (document.activeElement !== el) return null;
    const a = el.shadowRoot.activeElement;
    if (!a) return null;
    if (a.matches('.menu > button')) return 'button';
    if (a.matches('[role="menuitem"]')) return `item:${[...a.parentElement.children].indexOf(a)}`;
    return a.tagName.toLowerCase() + (a.getAttribute('role') ? `[${a.getAttribute('role')}]` : '');
  }, host);
}

async function waitFocus(p, host, want, what) {
  await waitUntil(
    p,
    ({ host, want }) => {
      const el = document.querySelector(host);
      const a = document.activeElement === el ? el.shadowRoot.activeElement : null;
      if (!a) return want === null;
      if (want === 'button') return a.matches('.menu > button');
      if (want.startsWith('item:')) return a.matches('[role="menuitem"]') && [...a.parentElement.children].indexOf(a) === Number(want.slice(5));
      return false;
    },
    { host, want },
    what,
  );
}

/** The menu of `host`'s first (or `id`'s) figure: { expanded, hidden }. */
function menuState(p, host, id) {
  return p.evaluate(
    ({ host, id }) => {
      const fig = document.querySelector(host).shadowRoot.querySelector(id ? `figure[data-chart="${id}"]` : 'figure');
      const b = fig.querySelector('.menu > button');
      const list = fig.querySelector('[role="menu"]');
      return { expanded: b.getAttribute('aria-expanded'), hidden: list.hidden || getComputedStyle(list).display === 'none' };
    },
    { host, id },
  );
}

/** Picks item `index` (0 PNG, 1 CSV) with the mouse; returns the download's { name, bytes }. */
async function download(p, host, index, id) {
  const waiting = p.waitForEvent('download', { timeout: 10000 });
  await button(p, host, id).click();
  await items(p, host, id).nth(index).click();
  const d = await waiting;
  return { name: d.suggestedFilename(), bytes: await fs.readFile(await d.path()) };
}

/** An RFC 4180 reader: rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

/**
 * Checks a chart's CSV against the chart in the JSON document: every item's
 * figure (and every part's) in its row and column, exactly; gaps empty;
 * qualifiers worded in the row they belong to.
 */
function checkCsv(chart, bytes, lang = 'ru') {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${chart.id}: UTF-8 with a BOM`);
  const table = parseCsv(bytes.subarray(3).toString('utf8'));
  const [head, ...rows] = table;
  for (const r of table) assert.equal(r.length, head.length, `${chart.id}: every row as wide as the header: ${JSON.stringify(r)}`);
  const series = chart.series ?? null;
  const labelled = chart.items.some((it) => it.date !== undefined && it.label !== undefined);
  const columns = series ? series.map((s) => head.findIndex((c) => c === s || c.startsWith(`${s}, `))) : [labelled ? 2 : 1];
  assert.ok(columns.every((c) => c > 0), `${chart.id}: a column per series: ${JSON.stringify(head)}`);
  const parts = chart.items.reduce((n, it) => n + (it.parts?.length ?? 0), 0);
  assert.equal(rows.length, chart.items.length + parts, `${chart.id}: one row per item and per part`);
  const qualified = (row, q) => {
    const word = q && q !== 'exact' ? QUALIFIER_WORDS[lang][q] : null;
    return word ? row.includes(word) : true;
  };
  let r = 0;
  for (const item of chart.items) {
    const row = rows[r++];
    assert.equal(row[0], item.date ?? item.label, `${chart.id}: row ${r} names the item`);
    const values = item.values ?? [item.value];
    values.forEach((v, s) => {
      const cell = row[columns[s]];
      if (v === null) assert.equal(cell, '', `${chart.id}: ${row[0]} series ${s} is a gap`);
      else assert.ok(cell !== '' && Number(cell) === v && !/[\s,]/.test(cell), `${chart.id}: ${row[0]} series ${s}: ${JSON.stringify(cell)} is ${v}`);
    });
    assert.ok(qualified(row, item.qualifier), `${chart.id}: ${row[0]} says "${item.qualifier}": ${JSON.stringify(row)}`);
    if (item.note) assert.ok(row.includes(item.note), `${chart.id}: ${row[0]} keeps its note`);
    for (const part of item.parts ?? []) {
      const prow = rows[r++];
      assert.equal(prow[0], part.label, `${chart.id}: the part row follows its item`);
      assert.equal(Number(prow[columns[0]]), part.value, `${chart.id}: part ${part.label}`);
      assert.ok(prow.includes(item.label), `${chart.id}: part ${part.label} names its item`);
      assert.ok(qualified(prow, part.qualifier), `${chart.id}: part ${part.label} says "${part.qualifier}"`);
    }
  }
  return { head, rows };
}

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the menu button is reachable by Tab and works by keyboard: Enter, arrows, Enter downloads', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  const chart = chartById(gallery, KIND_CHARTS.hbar);
  const b = await page.evaluate((host) => {
    const btn = document.querySelector(host).shadowRoot.querySelector('.menu > button');
    return { popup: btn.getAttribute('aria-haspopup'), expanded: btn.getAttribute('aria-expanded'), name: btn.title, label: btn.getAttribute('aria-label'), type: btn.type };
  }, host);
  // Named by its title alone (an aria-label as well made screen readers say it
  // twice), after the chart: a page's buttons are not all just «Скачать».
  assert.deepEqual(b, { popup: 'menu', expanded: 'false', name: `Скачать: ${chart.title}`, label: null, type: 'button' });

  // From the chart, Tab moves on to the menu button (the chart comes first).
  await focusPlot(page, host);
  for (let i = 0; i < 6 && (await focusIn(page, host)) !== 'button'; i++) await page.keyboard.press('Tab');
  assert.equal(await focusIn(page, host), 'button', 'Tab from the chart reaches the menu button');
  assert.deepEqual(await menuState(page, host), { expanded: 'false', hidden: true }, 'closed until asked');

  await page.keyboard.press('Enter');
  await waitFocus(page, host, 'item:0', 'focus on the first item after Enter');
  assert.deepEqual(await menuState(page, host), { expanded: 'true', hidden: false });
  await page.keyboard.press('ArrowDown');
  await waitFocus(page, host, 'item:1', 'ArrowDown to the second item');
  await page.keyboard.press('ArrowDown');
  await waitFocus(page, host, 'item:0', 'ArrowDown wraps to the first');
  await page.keyboard.press('ArrowUp');
  await waitFocus(page, host, 'item:1', 'ArrowUp wraps to the last');
  await page.keyboard.press('Home');
  await waitFocus(page, host, 'item:0', 'Home');
  await page.keyboard.press('End');
  await waitFocus(page, host, 'item:1', 'End');

  await page.evaluate(() => (window.__downloads.length = 0));
  const waiting = page.waitForEvent('download', { timeout: 10000 });
  await page.keyboard.press('Enter');
  const d = await waiting;
  assert.equal(d.suggestedFilename(), `${chart.id}.csv`, 'named after the chart id');
  checkCsv(chart, await fs.readFile(await d.path()));
  await waitFocus(page, host, 'button', 'focus back on the button after a pick');
  assert.deepEqual(await menuState(page, host), { expanded: 'false', hidden: true }, 'closed after a pick');

  // ArrowUp on the button opens on the last item; Space on an item picks it too.
  await page.keyboard.press('ArrowUp');
  await waitFocus(page, host, 'item:1', 'ArrowUp on the button opens on the last item');
  await page.keyboard.press('Escape');
  await waitFocus(page, host, 'button', 'Escape returns focus to the button');
  assert.deepEqual(await menuState(page, host), { expanded: 'false', hidden: true }, 'Escape closes');
  await page.keyboard.press(' ');
  await waitFocus(page, host, 'item:0', 'Space on the button opens on the first item');
  const png = page.waitForEvent('download', { timeout: 10000 });
  await page.keyboard.press(' ');
  assert.equal((await png).suggestedFilename(), `${chart.id}.png`);
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

test('Tab leaves the open menu closed; a click outside closes it; the chart keys still work', async () => {
  const host = `#light-${KIND_CHARTS.bar}`;
  await button(page, host).focus();
  await page.keyboard.press('Enter');
  await waitFocus(page, host, 'item:0', 'open');
  await page.keyboard.press('Tab');
  await waitUntil(page, (host) => document.querySelector(host).shadowRoot.querySelector('[role="menu"]').hidden, host, 'Tab closes the menu');
  assert.ok(!(await focusIn(page, host))?.startsWith('item'), 'focus left the menu');
  // Forward, past this chart (it went back to the chart's canvas once).
  const forward = await page.evaluate((host) => {
    const el = document.querySelector(host);
    const a = document.activeElement;
    return a !== el && Boolean(el.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, host);
  assert.ok(forward, 'Tab from the open menu moves focus on to what follows the chart');

  await button(page, host).click();
  assert.equal((await menuState(page, host)).expanded, 'true', 'a click opens it');
  await page.mouse.click(5, 450);
  await waitUntil(page, (host) => document.querySelector(host).shadowRoot.querySelector('[role="menu"]').hidden, host, 'a click outside closes the menu');
  assert.equal((await menuState(page, host)).expanded, 'false');

  // The chart's own arrows are untouched by the menu next to it.
  let tip = await focusPlot(page, host);
  tip = await pressForTooltip(page, host, 'ArrowRight', tip);
  assert.ok(!tip.hidden, 'ArrowRight still moves the chart to its next value');
  assert.deepEqual(await menuState(page, host), { expanded: 'false', hidden: true }, 'chart keys never open the menu');
  await page.keyboard.press('Escape');
});

test('the CSV of every gallery chart holds every value of the document, exactly', async () => {
  for (const chart of gallery.charts) {
    const host = `#light-${chart.id}`;
    const { name, bytes } = await download(page, host, 1);
    assert.equal(name, `${chart.id}.csv`);
    const { head } = checkCsv(chart, bytes);
    if (chart.unit && !['count', 'percent'].includes(chart.unit)) {
      assert.ok(head.some((c) => c.endsWith(`, ${chart.unit}`)), `${chart.id}: the unit ${chart.unit} is in the header: ${JSON.stringify(head)}`);
    }
  }
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

test('the demo document: mixed kg and t keep their own units; every chart of a whole-document embed', async () => {
  const almaty = await fetchJson(h, '/data/almaty-2025.json');
  const demo = await h.open('/', { viewport: { width: 1100, height: 900 } });
  try {
    await waitForWidgets(demo.page);
    const host = 'news-plot:not([chart])';
    for (const chart of almaty.charts) {
      const { name, bytes } = await download(demo.page, host, 1, chart.id);
      assert.equal(name, `${chart.id}.csv`);
      const { rows } = checkCsv(chart, bytes);
      for (const item of chart.items) {
        const unit = item.unit ?? chart.unit;
        if (unit && unit !== chart.unit) {
          const row = rows.find((r) => r[0] === item.label);
          assert.ok(row.includes({ t: 'т', g: 'г', kg: 'кг' }[unit]), `${chart.id}: ${item.label} is in ${unit}: ${JSON.stringify(row)}`);
        }
      }
    }
    assert.deepEqual(demo.pageErrors, []);
  } finally {
    await demo.context.close();
  }
});

test('the PNG is a PNG at 2× the chart with a margin, titles and credit drawn in, on the theme colour', async () => {
  for (const [theme, background] of [['light', [255, 255, 255]], ['dark', [0x12, 0x14, 0x17]]]) {
    const id = KIND_CHARTS.grouped;
    const host = `#${theme}-${id}`;
    const { name, bytes } = await download(page, host, 0);
    assert.equal(name, `${id}.png`);
    const size = pngSize(bytes);
    const css = await page.evaluate((host) => {
      const c = document.querySelector(host).shadowRoot.querySelector('canvas[role="img"]');
      return { width: c.getBoundingClientRect().width, height: c.getBoundingClientRect().height };
    }, host);
    // The scene is laid out at the chart's CSS width, with 16 px all round.
    assert.equal(size.width, Math.round(2 * (css.width + 32)), `${theme}: 2× the chart's width ${css.width} plus the margin`);
    // On screen the title, subtitle and legend are HTML above the canvas; in the file they are drawn.
    assert.ok(size.height >= 2 * (css.height + 32 + 18 + 14 + 13), `${theme}: ${size.height} px leaves room for title, subtitle and legend over ${css.height} CSS px`);

    const pixels = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set();
      for (let i = 0; i < d.length; i += 4) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      // The title's band: from the top margin down one title line, over the left half.
      let ink = 0;
      const [x0, y0] = [32, 32];
      for (let y = y0; y < y0 + 44; y++) for (let x = x0; x < c.width / 2; x++) {
        const i = (y * c.width + x) * 4;
        if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 200) ink++;
      }
      return { corner: [d[0], d[1], d[2], d[3]], colours: colours.size, ink };
    }, bytes.toString('base64'));
    assert.deepEqual(pixels.corner, [...background, 255], `${theme}: the page colour is painted, opaque`);
    assert.ok(pixels.colours > 20, `${theme}: a drawn chart, not a blank (${pixels.colours} colours)`);
    assert.ok(pixels.ink > 300, `${theme}: the title is drawn at the top (${pixels.ink} inked pixels)`);
    await fs.writeFile(`${process.cwd()}/test-results/download-${theme}-${id}.png`, bytes).catch(() => {});
  }
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

test('newsplot:download names the chart and format, bubbling out of the shadow root', async () => {
  const host = `#light-${KIND_CHARTS.line}`;
  await page.evaluate(() => (window.__downloads.length = 0));
  await download(page, host, 1);
  await download(page, host, 0);
  const events = await page.evaluate(() => window.__downloads);
  assert.deepEqual(
    events,
    [
      { target: host.slice(1), bubbles: true, composed: true, detail: { format: 'csv', chart: KIND_CHARTS.line } },
      { target: host.slice(1), bubbles: true, composed: true, detail: { format: 'png', chart: KIND_CHARTS.line } },
    ],
  );
  assert.deepEqual(consoleErrors, [], 'nothing logged with console.error');
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

test('the menu speaks the chart language; it never covers the chart, on a phone either', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  await page.evaluate((host) => document.querySelector(host).setAttribute('locale', 'en'), host);
  await waitUntil(page, (host) => document.querySelector(host).shadowRoot.querySelector('.menu > button')?.title.startsWith('Download: '), host, 'an English menu');
  const words = await page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent), host);
  assert.deepEqual(words.length, 2);
  assert.ok(/PNG/.test(words[0]) && /CSV/.test(words[1]), JSON.stringify(words));
  const { bytes } = await download(page, host, 1);
  checkCsv(chartById(gallery, KIND_CHARTS.hbar), bytes, 'en');
  await page.evaluate((host) => document.querySelector(host).removeAttribute('locale'), host);

  for (const [viewport, colorScheme] of [[{ width: 1200, height: 900 }, 'light'], [{ width: 375, height: 812 }, 'dark']]) {
    const p = await h.open(GALLERY, { viewport, colorScheme, hasTouch: viewport.width < 500 });
    try {
      await waitForWidgets(p.page);
      const boxes = await p.page.evaluate(() =>
        [...document.querySelectorAll('news-plot')].flatMap((el) =>
          [...el.shadowRoot.querySelectorAll('figure')].map((f) => {
            const r = (e) => e.getBoundingClientRect();
            const b = r(f.querySelector('.menu > button'));
            return { host: el.id, button: [b.left, b.top, b.right, b.bottom], plot: r(f.querySelector('canvas[role="img"]')), figure: r(f), head: f.querySelector('.chart-head, .legend') && r(f.querySelector('.chart-head, .legend')) };
          }),
        ),
      );
      for (const { host, button: [l, t, r, b], plot, figure, head } of boxes) {
        assert.ok(r - l >= 24 && b - t >= 24, `${host}: a target of at least 24 px`);
        assert.ok(l >= figure.left && r <= figure.right + 4 && r <= viewport.width, `${host}: inside the figure and the window`);
        assert.ok(b <= plot.top || t >= plot.bottom, `${host} at ${viewport.width}: the button stays off the chart canvas`);
        if (head) assert.ok(head.right <= l, `${host}: titles and legend end before the button`);
      }
      const phoneHost = `#${viewport.width < 500 ? 'dark' : 'light'}-${KIND_CHARTS.tiles}`;
      await button(p.page, phoneHost).click();
      const list = await p.page.evaluate((host) => {
        const r = document.querySelector(host).shadowRoot.querySelector('[role="menu"]').getBoundingClientRect();
        return { left: r.left, right: r.right };
      }, phoneHost);
      assert.ok(list.left >= 0 && list.right <= viewport.width, `the open menu fits the window: ${JSON.stringify(list)}`);
      await screenshotElement(p.page, phoneHost, `download-menu-${viewport.width}-${colorScheme}.png`);
      assert.deepEqual(p.pageErrors, []);
    } finally {
      await p.context.close();
    }
  }
  await button(page, `#dark-${KIND_CHARTS.grouped}`).click();
  await screenshotElement(page, `#dark-${KIND_CHARTS.grouped}`, 'download-menu-dark.png');
  await page.keyboard.press('Escape');
  await screenshot(page, 'download-gallery.png');
});

test('an untitled chart has no band above it for the button: it sits in the corner beside the source, over blank canvas', async () => {
  for (const [viewport, touch] of [[{ width: 1100, height: 900 }, false], [{ width: 360, height: 740 }, true]]) {
    const p = await h.open('/', { viewport, hasTouch: touch, isMobile: touch });
    try {
      await waitForWidgets(p.page);
      const r = await p.page.evaluate(() => {
        const f = document.querySelector('news-plot').shadowRoot.querySelector('figure[data-chart="totals"]');
        const box = (e) => e.getBoundingClientRect().toJSON();
        const plot = f.querySelector('canvas.plot');
        const [b, c] = [box(f.querySelector('.menu > button')), box(plot)];
        // The canvas's pixels under the button: all the corner's background?
        const ctx = plot.getContext('2d');
        const k = plot.width / c.width;
        const bg = [...ctx.getImageData(plot.width - 1, plot.height - 1, 1, 1).data].join();
        const px = ctx.getImageData(Math.floor((b.left - c.left) * k), Math.floor((b.top - c.top) * k), Math.floor(Math.min(b.width, c.right - b.left) * k), Math.floor(b.height * k)).data;
        let inked = 0;
        for (let i = 0; i < px.length; i += 4) if ([px[i], px[i + 1], px[i + 2], px[i + 3]].join() !== bg) inked++;
        return { button: b, plot: c, figure: box(f), inked, bare: f.classList.contains('bare'), name: f.querySelector('.menu > button').title, caption: f.querySelector('table caption')?.textContent };
      });
      assert.ok(r.bare, 'the tiles chart has no title or legend');
      // Named by its kind, as its table: not a bare «Скачать» among «Скачать: …» buttons.
      assert.equal(r.name, `Скачать: ${r.caption}`);
      assert.equal(r.caption, 'Ключевые цифры');
      assert.ok(Math.abs(r.figure.top - r.plot.top) < 1, `no band above the chart: figure ${r.figure.top}, canvas ${r.plot.top}`);
      assert.ok(r.button.top >= r.plot.top && r.button.bottom <= r.plot.bottom + 0.5, `the button within the chart's height: ${JSON.stringify(r)}`);
      assert.ok(r.button.right <= viewport.width && r.button.right <= r.plot.right + 4, 'in the right-hand corner');
      assert.ok(r.button.width >= (touch ? 40 : 32), 'a full-size target');
      assert.equal(r.inked, 0, `the canvas under the button is blank at ${viewport.width} px`);
      await p.page.locator('news-plot figure[data-chart="totals"] .menu > button').click();
      const [list, button] = await p.page.evaluate(() => {
        const f = document.querySelector('news-plot').shadowRoot.querySelector('figure[data-chart="totals"]');
        return ['[role="menu"]', '.menu > button'].map((s) => f.querySelector(s).getBoundingClientRect().toJSON());
      });
      assert.ok(list.bottom <= button.top + 1 && list.left >= 0, `the list opens upward, in the window: ${JSON.stringify(list)}`);
      await screenshotElement(p.page, 'news-plot', `download-bare-${viewport.width}.png`);
      assert.deepEqual(p.pageErrors, []);
    } finally {
      await p.context.close();
    }
  }
});

test('a bare chart at the very top of the page opens its menu downward, where it can be seen', async () => {
  const p = await h.open('/tests/e2e/pages/bare-top.html', { viewport: { width: 320, height: 600 } });
  try {
    await waitForWidgets(p.page);
    await p.page.locator('#top .menu > button').click();
    const [list, button] = await p.page.evaluate(() => {
      const f = document.querySelector('#top').shadowRoot.querySelector('figure');
      return ['[role="menu"]', '.menu > button'].map((s) => f.querySelector(s).getBoundingClientRect().toJSON());
    });
    assert.ok(list.top + (await p.page.evaluate(() => scrollY)) >= 0, `the list starts on the page: ${JSON.stringify(list)}`);
    assert.ok(list.top >= button.bottom - 1, 'under its button');
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.context.close();
  }
});

test('a menu opened low on a phone\'s screen is scrolled into view whole, both items tappable', async () => {
  const p = await h.open(GALLERY, { viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    const host = `#light-${KIND_CHARTS.bar}`;
    await p.page.locator(host).scrollIntoViewIfNeeded();
    await p.page.waitForFunction((host) => document.querySelector(host).getAttribute('state') === 'ready', host);
    // The button's bottom 10 px above the window's.
    await p.page.evaluate((host) => {
      const b = document.querySelector(host).shadowRoot.querySelector('.menu > button').getBoundingClientRect();
      scrollBy(0, b.bottom - (innerHeight - 10));
    }, host);
    const b = await p.page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('.menu > button').getBoundingClientRect().toJSON(), host);
    assert.ok(b.bottom > 780 && b.bottom <= 800, `the button low on the screen: ${JSON.stringify(b)}`);
    await p.page.touchscreen.tap(b.left + b.width / 2, b.top + b.height / 2);
    await p.page.waitForFunction((host) => !document.querySelector(host).shadowRoot.querySelector('[role="menu"]').hidden, host);
    await p.page.waitForTimeout(100);
    const items = await p.page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll('[role="menuitem"]')].map((i) => i.getBoundingClientRect().toJSON()), host);
    for (const r of items) assert.ok(r.top >= 0 && r.bottom <= 800, `every item in the window: ${JSON.stringify(items)}`);
    // The second (CSV) is tappable where it is.
    const csv = items[1];
    const download = p.page.waitForEvent('download');
    await p.page.touchscreen.tap(csv.left + csv.width / 2, csv.top + csv.height / 2);
    assert.match((await download).suggestedFilename(), /\.csv$/);
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.context.close();
  }
});
