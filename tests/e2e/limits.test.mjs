// Documents at the edges of what a page can show: charts taller than the
// browser's largest canvas (drawn in a window that follows the scroll), bytes
// that are not UTF-8, numbers JSON cannot hold. Each is drawn, or named in a
// message; never a blank chart said to be ready.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, alertOf, mountPlot } from './helpers.mjs';

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

const hbar = (n, locale = 'ru') =>
  JSON.stringify({
    version: 1,
    locale,
    charts: [{ id: 'many', type: 'hbar', items: Array.from({ length: n }, (_, i) => ({ label: `Пункт ${i + 1}`, value: n - i })) }],
  });

/** Mounts hbar text inline (or a `src`) as `#id` and waits for its state. */
const mount = (page, id, doc, { src = null } = {}) => mountPlot(page, id, src ? { src } : { inline: doc });

/** Ink in a band of rows (device px) of the plot canvas. */
const inkIn = (page, id, y0, y1) =>
  page.evaluate(({ id, y0, y1 }) => {
    const cv = document.getElementById(id).shadowRoot.querySelector('canvas.plot');
    const data = cv.getContext('2d').getImageData(0, y0, cv.width, y1 - y0).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  }, { id, y0, y1 });

test('a chart taller than any canvas is drawn in a window that follows the scroll', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html', { viewport: { width: 1024, height: 800 } });
  try {
    // 3,000 rows: ~96,000 px (names beside the bars), past every browser's largest canvas.
    assert.equal(await mount(page, 'tall', hbar(3000)), 'ready');
    const geo = () =>
      page.evaluate(() => {
        const root = document.getElementById('tall').shadowRoot;
        const stage = root.querySelector('.stage');
        const plot = root.querySelector('canvas.plot');
        const overlay = root.querySelector('canvas.overlay');
        const s = stage.getBoundingClientRect();
        const p = plot.getBoundingClientRect();
        const o = overlay.getBoundingClientRect();
        return { stageTop: s.top + scrollY, stageH: s.height, plotTop: p.top - s.top, plotH: p.height, overlayTop: o.top - s.top, backing: plot.height };
      });
    let g = await geo();
    assert.ok(g.stageH > 90000, `the stage keeps the chart's height: ${JSON.stringify(g)}`);
    assert.ok(g.plotH < 3000 && g.backing < 32767, `the canvas covers a window: ${JSON.stringify(g)}`);
    assert.equal(g.overlayTop, g.plotTop, 'the overlay covers the same window');
    assert.ok((await inkIn(page, 'tall', 0, 400)) > 1000, 'the window is drawn');

    // Scroll to the chart's last rows: the window follows, drawn there.
    await page.evaluate((y) => scrollTo(0, y), g.stageTop + g.stageH - 600);
    await page.waitForFunction(() => {
      const root = document.getElementById('tall').shadowRoot;
      const p = root.querySelector('canvas.plot').getBoundingClientRect();
      const s = root.querySelector('.stage').getBoundingClientRect();
      return p.top < 0 && Math.abs(p.bottom - s.bottom) < 1;
    }, null, { timeout: 3000 });
    g = await geo();
    assert.ok(g.plotTop > 90000, `the window moved down: ${JSON.stringify(g)}`);
    assert.ok((await inkIn(page, 'tall', g.backing - 600, g.backing)) > 1000, 'the last rows are drawn');

    // The pointer finds the row under it there: the last bar is «Пункт 3000».
    const last = await page.evaluate(() => {
      const o = document.getElementById('tall').shadowRoot.querySelector('canvas.overlay').getBoundingClientRect();
      // Above the footer (the download button's corner of an untitled chart).
      return { x: o.left + 5, y: o.bottom - 64 };
    });
    await page.mouse.move(last.x, last.y);
    await page.waitForFunction(() => {
      const t = document.getElementById('tall').shadowRoot.querySelector('[role="tooltip"]');
      return !t.hidden && t.textContent.includes('Пункт 3000');
    }, null, { timeout: 3000 });

    // Keys reach a row off the screen: Home scrolls the page back to the first.
    await page.evaluate(() => document.getElementById('tall').shadowRoot.querySelector('canvas.plot').focus());
    await page.keyboard.press('Home');
    await page.waitForFunction(() => {
      const t = document.getElementById('tall').shadowRoot.querySelector('[role="tooltip"]');
      const s = document.getElementById('tall').shadowRoot.querySelector('.stage').getBoundingClientRect();
      return !t.hidden && /Пункт 1\b/.test(t.textContent) && s.top > -innerHeight && s.top < innerHeight;
    }, null, { timeout: 3000 });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('on a phone, keys scroll a chart taller than the screen, and its tooltip stays in the window', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html', { viewport: { width: 360, height: 640 } });
  try {
    // 25 bars: about twice the screen's height, not tall enough for a window.
    assert.equal(await mount(page, 'kbd', hbar(25)), 'ready');
    const before = await page.evaluate(() => scrollY);
    await page.evaluate(() => document.getElementById('kbd').shadowRoot.querySelector('canvas.plot').focus());
    for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => {
      const t = document.getElementById('kbd').shadowRoot.querySelector('[role="tooltip"]');
      return !t.hidden && /Пункт 25\b/.test(t.textContent);
    }, null, { timeout: 3000 });
    const seen = await page.evaluate(() => {
      const r = document.getElementById('kbd').shadowRoot.querySelector('[role="tooltip"]').getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, scroll: scrollY, h: innerHeight };
    });
    assert.ok(seen.scroll > before, `the page scrolled to the last bar (${before} → ${seen.scroll})`);
    assert.ok(seen.top >= 0 && seen.bottom <= seen.h, `the tooltip is in the window: ${JSON.stringify(seen)}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a fetched document that is not JSON names its URL; inline JSON may start with a byte-order mark', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    await context.route('**/empty.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' }));
    assert.equal(await mount(page, 'empty', null, { src: '/empty.json' }), 'error');
    assert.match(await alertOf(page, '#empty'), /^src: \/empty\.json: not valid JSON at line 1, column 1/);
    // Pasted from a file Windows Notepad saved: the mark is not part of the document.
    assert.equal(await mount(page, 'bom', '\uFEFF' + hbar(2)), 'ready');
    // Text that is not JSON under lang="" (the language unknown): the format's default, Russian.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.lang = '';
      box.id = 'unknown-lang';
      document.getElementById('mount').append(box);
    });
    assert.equal(await mountPlot(page, 'nolang', { data: '{"version": 1,', parent: '#unknown-lang' }), 'error');
    assert.match(await alertOf(page, '#nolang'), /^не JSON: строка 1/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a document that is not UTF-8 is refused by name, not drawn with \uFFFD', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    const doc = Buffer.concat([
      Buffer.from('{"version":1,"locale":"ru","charts":[{"id":"c","type":"bar","items":[{"label":"'),
      Buffer.from([0xcf, 0xf0, 0xe8]), // "При" in Windows-1251
      Buffer.from('","value":5}]}]}'),
    ]);
    await context.route('**/cp1251.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: doc }));
    assert.equal(await mount(page, 'cp', null, { src: '/cp1251.json' }), 'error');
    const message = await alertOf(page, '#cp');
    assert.match(message, /cp1251\.json/, message);
    assert.match(message, /UTF-8/, message);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('NaN and Infinity set as data are named with their path, not read as gaps', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
    const line = await page.evaluate(() => {
      const doc = { version: 1, locale: 'en', charts: [{ id: 'l', type: 'line', items: [{ date: '2025-01', value: 1 }, { date: '2025-02', value: NaN }] }] };
      return window.newsplot.validate(doc);
    });
    assert.equal(line.ok, false, JSON.stringify(line));
    assert.match(JSON.stringify(line), /charts\[0\]\.items\[1\]\.value/);
    assert.match(JSON.stringify(line), /NaN/);
    await page.evaluate(() => {
      window.infDoc = { version: 1, locale: 'en', charts: [{ id: 'b', type: 'bar', items: [{ label: 'a', value: Infinity }] }] };
    });
    const state = await page.evaluate(async () => {
      const el = document.createElement('news-plot');
      el.id = 'inf';
      el.setAttribute('eager', '');
      el.data = window.infDoc;
      document.getElementById('mount').append(el);
      await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state !== 'loading' && r(), { once: false }));
      return el.getAttribute('state');
    });
    assert.equal(state, 'error');
    const message = await alertOf(page, '#inf');
    assert.match(message, /charts\[0\]\.items\[0\]\.value/, message);
    assert.match(message, /Infinity/, message);
    // A string with half of a UTF-16 pair (no UTF-8 for it): named by its path
    // too, not as a syntax error at a line of text the page never wrote.
    const broken = await page.evaluate(() =>
      window.newsplot.validate({ version: 1, charts: [{ id: 'b', type: 'bar', items: [{ label: 'ok', value: 1 }, { label: 'x\uD800y', value: 2 }] }] }, { locale: 'en' }),
    );
    assert.equal(broken.message, 'charts[0].items[1].label: invalid \\u escape: a lone surrogate (\\uD800–\\uDFFF come only in pairs)');
    assert.equal(broken.path, 'charts[0].items[1].label');
    // In a key too (stringify writes it escaped, and the reader would name a column of that text).
    const key = await page.evaluate(() =>
      window.newsplot.validate({ version: 1, charts: [{ id: 'b', type: 'bar', items: [{ label: 'ok', value: 1, ['n\uD800']: 2 }] }] }, { locale: 'en' }),
    );
    assert.equal(key.message, 'charts[0].items[0].n\\ud800: invalid \\u escape: a lone surrogate (\\uD800–\\uDFFF come only in pairs)');
    assert.equal(key.line, null, 'named by path, not a line of text the page never wrote');
    // A string that only holds the characters `\ud800` is drawn.
    const literal = await page.evaluate(() =>
      window.newsplot.validate({ version: 1, charts: [{ id: 'b', type: 'bar', items: [{ label: 'a \\ud800 b', value: 1 }] }] }),
    );
    assert.equal(literal.ok, true, JSON.stringify(literal));
    // In the document's language, as its other messages; as JSON text, refused where it stands.
    const more = await page.evaluate(async () => {
      const v = window.newsplot.validate;
      const kk = await v({ version: 1, locale: 'kk', charts: [{ id: 'b', type: 'bar', items: [{ label: 'x\uD800', value: 1 }] }] });
      const text = await v('{"version":1,"locale":"en","charts":[{"id":"b","type":"bar","items":[{"label":"x\uD800","value":1}]}]}');
      return { kk: kk.message, text: [text.ok, text.line, text.message] };
    });
    assert.equal(more.kk, 'charts[0].items[0].label: \\u тізбегі қате: жалғыз суррогат (\\uD800–\\uDFFF тек жұппен жазылады)');
    assert.deepEqual(more.text.slice(0, 2), [false, 1]);
    assert.match(more.text[2], /^not valid JSON at line 1, column \d+: invalid \\u escape: a lone surrogate/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
