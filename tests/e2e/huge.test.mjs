// A chart with more items than the hidden table holds (interact/table.rs,
// PAGE_ROWS = 250): the table keeps evenly spaced rows, the first and last
// among them, its caption says how many of how many, it is in the
// accessibility tree, and the
// arrow keys on the chart still reach every item, including those the table
// leaves out.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, plain, focusPlot, pressForTooltip, liveTextOf, namesDate } from './helpers.mjs';

const N = 1200;
const PAGE_ROWS = 250;
const HOST = '#huge';

/** `N` daily dates from 2000-01-01 (UTC) and two series whose values name their index. */
function document_() {
  const items = Array.from({ length: N }, (_, i) => ({
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    values: [1000 + i, 5000 + i],
  }));
  return { version: 1, locale: 'en', charts: [{ id: 'huge', type: 'line', title: 'Huge line', unit: 'count', series: ['A', 'B'], items }] };
}
const DOC = document_();

let h, page, context, pageErrors;
before(async () => {
  h = await startHarness();
  ({ page, context, pageErrors } = await h.open('/tests/e2e/pages/lifecycle.html', { viewport: { width: 1000, height: 900 } }));
  await page.evaluate((doc) => {
    const el = document.createElement('news-plot');
    el.id = 'huge';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(doc);
    el.append(script);
    document.getElementById('stage').append(el);
  }, DOC);
  await page.waitForFunction((host) => document.querySelector(host)?.getAttribute('state') === 'ready', HOST, { timeout: 15000 });
});
after(async () => {
  await context?.close();
  await h?.close();
});

/** The hidden table: caption, header cells, each row's header and value cells. */
const readTable = () =>
  page.evaluate((host) => {
    const t = document.querySelector(host).shadowRoot.querySelector('table');
    return {
      caption: t.caption.textContent,
      head: [...t.querySelectorAll('thead th')].map((c) => c.textContent),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({ th: tr.cells[0].textContent, td: [...tr.cells].slice(1).map((c) => c.textContent) })),
    };
  }, HOST);

/** The index a value cell names: series A holds 1000 + i. */
const indexOf = (cell) => Number(plain(cell).replace(/[^\d]/g, '')) - 1000;

test('the table keeps 250 evenly spaced rows, the first and the last among them', async () => {
  const t = await readTable();
  assert.deepEqual(t.head.slice(1), ['A', 'B']);
  assert.equal(t.rows.length, PAGE_ROWS);
  const idx = t.rows.map((r) => indexOf(r.td[0]));
  assert.equal(idx[0], 0, 'the first item');
  assert.equal(idx.at(-1), N - 1, 'the last item');
  const gaps = idx.slice(1).map((x, i) => x - idx[i]);
  const step = (N - 1) / (PAGE_ROWS - 1);
  assert.ok(gaps.every((g) => g >= Math.floor(step) && g <= Math.ceil(step)), `even gaps of ${step}: ${[...new Set(gaps)]}`);
  for (const [k, r] of t.rows.entries()) {
    const item = DOC.charts[0].items[idx[k]];
    assert.ok(namesDate(r.th, item.date), `row ${k}: its header ${JSON.stringify(r.th)} names ${item.date}`);
    assert.equal(indexOf(r.td[1]), 4000 + idx[k], `row ${k}: series B of the same item`);
  }
});

test('the caption says the table is sampled and how to hear every value', async () => {
  const { caption } = await readTable();
  const text = plain(caption);
  assert.ok(text.startsWith('Huge line'), text);
  assert.match(text, /250 of 1,200 rows/);
  assert.match(text, /arrow keys/);
});

test('the sampled table is still in the accessibility tree', async () => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const roles = (r) => nodes.filter((n) => n.role?.value === r && !n.ignored);
  assert.equal(roles('table').length, 1, 'one table');
  assert.equal(roles('row').length, PAGE_ROWS + 1, 'its header row and 250 rows');
  const names = new Set(roles('cell').map((n) => plain(n.name?.value ?? '')));
  const { rows } = await readTable();
  assert.ok(names.has(plain(rows.at(-1).td[0])), 'the last row\'s cells are exposed with their text');
  await cdp.detach();
});

test('the arrow keys reach items the table leaves out, and the live region reads them', async () => {
  const { rows } = await readTable();
  const inTable = new Set(rows.map((r) => indexOf(r.td[0])));
  let tip = await focusPlot(page, HOST);
  tip = await pressForTooltip(page, HOST, 'End', tip);
  const items = DOC.charts[0].items;
  assert.ok(namesDate(tip.text, items[N - 1].date), `End: the last date: ${tip.text}`);
  // Back from the end: every item in turn, those missing from the table included.
  let missing = 0;
  for (let i = N - 2; i >= N - 8; i--) {
    tip = await pressForTooltip(page, HOST, 'ArrowLeft', tip);
    assert.ok(namesDate(tip.text, items[i].date), `item ${i}: ${tip.text}`);
    assert.ok(plain(tip.text).includes(plain((1000 + i).toLocaleString('en'))), `item ${i}: its value is read: ${tip.text}`);
    assert.equal(await liveTextOf(page, HOST), tip.text, 'the live region reads it');
    if (!inTable.has(i)) missing++;
  }
  assert.ok(missing >= 3, `some of the items stepped through are not in the table (${missing})`);
  assert.deepEqual(pageErrors, []);
});
