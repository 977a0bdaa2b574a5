// The demo page (www/index.html): every widget renders, accessibly and sharply.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  waitForWidgets,
  widgetStates,
  canvasStats,
  minDrawnPixels,
  screenshot,
} from './helpers.mjs';

const FULL = 'news-plot:not([chart])';
const BLOCKED = 'news-plot[chart="blocked"]';

let h;
let doc; // the demo's statistics document, for the number of charts
before(async () => {
  h = await startHarness();
  const res = await fetch(h.url + '/data/almaty-2025.json');
  assert.equal(res.status, 200, 'www/data/almaty-2025.json is served');
  doc = await res.json();
});
after(() => h?.close());

for (const deviceScaleFactor of [1, 2]) {
  test(`demo page renders every widget (devicePixelRatio ${deviceScaleFactor})`, async () => {
    const { page, context, pageErrors, consoleErrors, badResponses } = await h.open('/', { deviceScaleFactor });
    try {
      await waitForWidgets(page);

      const states = await widgetStates(page);
      assert.ok(states.length >= 2, `the demo has at least two widgets: ${JSON.stringify(states)}`);
      for (const w of states) assert.equal(w.state, 'ready', `widget ${JSON.stringify(w)} is ready`);
      assert.deepEqual(pageErrors, [], 'no uncaught errors');
      assert.deepEqual(consoleErrors, [], 'nothing logged with console.error');
      assert.deepEqual(badResponses.filter((r) => !r.endsWith('/favicon.ico')), [], 'no failed requests');
      assert.equal(await page.evaluate(() => window.devicePixelRatio), deviceScaleFactor);

      const full = await canvasStats(page, FULL);
      const blocked = await canvasStats(page, BLOCKED);
      assert.equal(full.length, doc.charts.length, 'the whole-document widget has one canvas[role=img] per chart');
      assert.equal(blocked.length, 1, 'chart="blocked" has exactly one canvas[role=img]');

      const lineIndex = doc.charts.findIndex((c) => c.type === 'line');
      const canvases = [
        ...full.map((c, i) => ({ ...c, name: `whole document, chart ${doc.charts[i]?.id}`, isLine: i === lineIndex })),
        { ...blocked[0], name: 'chart="blocked"', isLine: false },
      ];
      for (const c of canvases) {
        const where = `${c.name} ${JSON.stringify({ ...c, name: undefined })}`;
        assert.equal(c.error, null, `${where}: pixels can be read back`);
        assert.ok(c.ariaLabel && c.ariaLabel.trim().length > 0, `${where}: has a non-empty aria-label`);
        assert.notEqual(c.ariaHidden, 'true', `${where}: the chart canvas is not aria-hidden`);

        // Backing store = CSS size × devicePixelRatio (exactly, allowing for sub-pixel layout).
        for (const [store, client, rect] of [
          [c.width, c.clientWidth, c.rectWidth],
          [c.height, c.clientHeight, c.rectHeight],
        ]) {
          assert.ok(client > 0, `${where}: has a CSS size`);
          assert.ok(
            store === Math.round(client * c.dpr) || Math.abs(store - rect * c.dpr) <= 1,
            `${where}: backing store ${store} = round(${client} × ${c.dpr})`,
          );
        }

        assert.ok(c.opaque >= minDrawnPixels(c), `${where}: has drawn pixels (${c.opaque} ≥ ${minDrawnPixels(c)})`);
        // A line chart may only show a "not supported yet" message in one colour.
        if (!c.isLine) assert.ok(c.colours >= 2, `${where}: uses more than one colour (${c.colours})`);
      }

      if (deviceScaleFactor === 1) await screenshot(page, 'demo.png', { fullPage: true });
    } finally {
      await context.close();
    }
  });
}

test('a whole document credits its source under its last chart (and beside a bare chart\'s button), not under each; a single chart keeps its own', async () => {
  const { page, context, pageErrors } = await h.open('/', { viewport: { width: 1100, height: 900 } });
  try {
    await waitForWidgets(page);
    const credits = await page.evaluate(
      ({ full, blocked }) =>
        [full, blocked].map((sel) =>
          [...document.querySelector(sel).shadowRoot.querySelectorAll('figure')].map((f) => /Источник/.test((f.querySelector('p.sr')?.textContent ?? '') + (f.querySelector('a.source')?.textContent ?? ''))),
        ),
      { full: FULL, blocked: BLOCKED },
    );
    // The untitled tiles keep theirs: their download button stands beside it.
    assert.deepEqual(credits[0], doc.charts.map((c, i) => i === doc.charts.length - 1 || c.id === 'totals'), 'the whole document: the last figure and the bare one');
    assert.deepEqual(credits[1], [true], 'a single chart: its own credit');
    // Drawn too: the first figure's canvas is shorter than with its credit line.
    const heights = await page.evaluate((full) => [...document.querySelector(full).shadowRoot.querySelectorAll('canvas.plot')].map((c) => c.getBoundingClientRect().height), FULL);
    const single = await page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('canvas.plot').getBoundingClientRect().height, BLOCKED);
    const blockedIndex = doc.charts.findIndex((c) => c.id === 'blocked');
    assert.ok(single - heights[blockedIndex] >= 14, `the credit's line is only under the single chart: ${single} vs ${heights[blockedIndex]}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test("a source with a web address links its credit: over the canvas's words, reached by Tab, read once; never a script address", async () => {
  const { page, context, pageErrors } = await h.open('/', { viewport: { width: 1100, height: 900 } });
  try {
    await waitForWidgets(page);
    const links = await page.evaluate((sel) => {
      const root = document.querySelector(sel).shadowRoot;
      return [...root.querySelectorAll('a.source')].map((a) => {
        const r = a.getBoundingClientRect();
        const c = a.parentElement.querySelector('canvas.plot').getBoundingClientRect();
        const f = a.closest('figure');
        return { href: a.href, target: a.target, rel: a.rel, text: a.textContent, color: getComputedStyle(a).color, box: [r.left - c.left, r.top - c.top, r.width, r.height], canvas: [c.width, c.height], sr: f.querySelector('p.sr')?.textContent ?? '', order: [...f.querySelectorAll('canvas.plot, table, p.sr, a.source')].map((e) => e.localName) };
      });
    }, BLOCKED);
    assert.equal(links.length, 1, JSON.stringify(links));
    const [a] = links;
    assert.equal(a.href, doc.source.url);
    assert.equal(a.target, '_blank');
    assert.equal(a.rel, 'noopener');
    assert.match(a.text, new RegExp(`^Источник: ${doc.source.name}`));
    assert.equal(a.color, 'rgba(0, 0, 0, 0)', 'its words are the canvas\'s, not drawn twice');
    assert.ok(!a.sr.includes('Источник'), `read once: ${a.sr}`);
    // Read after the chart's table and note, as it stands under them.
    assert.deepEqual(a.order.slice(0, 2), ['canvas', 'table'], a.order.join());
    assert.equal(a.order.at(-1), 'a', a.order.join());
    // On the credit's line, the canvas's last: its foot, a line high, as wide as the words.
    const [x, y, w, hgt] = a.box;
    assert.ok(x === 0 && hgt >= 14 && hgt <= 40 && y + hgt <= a.canvas[1] + 1 && y > a.canvas[1] - 50 && w > 100 && w < a.canvas[0], JSON.stringify(a));
    // The canvas has ink under it: the words the link stands for.
    const inked = await page.evaluate(([sel, box]) => {
      const c = document.querySelector(sel).shadowRoot.querySelector('canvas.plot');
      const k = c.width / c.getBoundingClientRect().width;
      const d = c.getContext('2d').getImageData(box[0] * k, box[1] * k, box[2] * k, box[3] * k).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) n += d[i] > 0 ? 1 : 0;
      return n;
    }, [BLOCKED, a.box]);
    assert.ok(inked > 200, `the credit drawn under the link: ${inked} inked pixels`);
    // Tab from the chart's canvas reaches it; Enter opens it in a new tab.
    await page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('canvas.plot').focus(), BLOCKED);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate((sel) => document.querySelector(sel).shadowRoot.activeElement?.className, BLOCKED), 'source');
    await screenshot(page, 'source-link-focus.png');
    const popup = context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const opened = await popup;
    assert.match(opened.url(), /^(https:\/\/polisia\.kz\/|about:blank|chrome-error)/);
    await opened.close();
    // A script address is no link (and no script runs): the credit stays words.
    await page.evaluate(() => {
      const el = document.createElement('news-plot');
      el.id = 'js';
      el.setAttribute('eager', '');
      el.data = { version: 1, source: { name: 'X', url: 'javascript:alert(1)' }, charts: [{ id: 'a', type: 'bar', items: [{ label: 'a', value: 1 }] }] };
      document.body.append(el);
    });
    await page.waitForFunction(() => document.getElementById('js')?.getAttribute('state') === 'ready');
    assert.equal(await page.evaluate(() => document.getElementById('js').shadowRoot.querySelectorAll('a').length), 0);
    assert.match(await page.evaluate(() => document.getElementById('js').shadowRoot.querySelector('p.sr').textContent), /Источник: X/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
