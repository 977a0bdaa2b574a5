// newsplot:hover and newsplot:select, as a host page's analytics sees them:
// listened for on `document` (they bubble out of the shadow root), with the
// item in `detail`: { chart, label, date, series, value, unit, qualifier }.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  chartById,
  sweepTooltips,
  hoverAt,
  focusPlot,
  pressForTooltip,
  waitUntil,
  KIND_CHARTS,
  openGallery,
} from './helpers.mjs';

let h, doc, page, context, pageErrors;
before(async () => {
  ({ h, doc, page, context, pageErrors } = await openGallery());
  await page.evaluate(() => {
    window.__events = [];
    for (const type of ['newsplot:hover', 'newsplot:select']) {
      document.addEventListener(type, (e) =>
        window.__events.push({
          type,
          target: e.target.id,
          bubbles: e.bubbles,
          composed: e.composed,
          detail: JSON.parse(JSON.stringify(e.detail)),
        }),
      );
    }
  });
});
after(async () => {
  await context?.close();
  await h?.close();
});

const clearEvents = () => page.evaluate(() => (window.__events.length = 0));
const events = () => page.evaluate(() => window.__events);

/** Waits for an event of `type` whose detail has `label` (or `date`); returns it. */
async function waitForEvent(type, { label, date }) {
  await waitUntil(
    page,
    ({ type, label, date }) =>
      window.__events.some((e) => e.type === type && (label === undefined || e.detail.label === label) && (date === undefined || e.detail.date === date)),
    { type, label, date },
    `${type} for ${label ?? date} on document`,
  );
  return (await events()).find((e) => e.type === type && (label === undefined || e.detail.label === label) && (date === undefined || e.detail.date === date));
}

/** The contract's fields of an item without series, from the document. */
const expected = (chart, item) => ({
  chart: chart.id,
  label: item.label,
  value: item.value,
  unit: item.unit ?? chart.unit ?? 'count',
  qualifier: item.qualifier ?? 'exact',
});
const pick = (detail) => ({ chart: detail.chart, label: detail.label, value: detail.value, unit: detail.unit, qualifier: detail.qualifier });

test('hovering a column fires newsplot:hover once, clicking it newsplot:select, both on document', async () => {
  const chart = chartById(doc, KIND_CHARTS.bar);
  const host = `#light-${chart.id}`;
  const [first, second] = chart.items;
  const found = await sweepTooltips(page, host);
  const at = (item) => found.find((r) => r.text.startsWith(item.label));
  assert.ok(at(first) && at(second), `the sweep finds both columns: ${JSON.stringify(found)}`);
  await clearEvents();

  await hoverAt(page, host, at(first), first.label);
  const hover = await waitForEvent('newsplot:hover', { label: first.label });
  assert.equal(hover.target, host.slice(1), 'the event comes from the element');
  assert.ok(hover.bubbles && hover.composed, 'it bubbles and is composed');
  assert.deepEqual(pick(hover.detail), expected(chart, first), 'detail describes the column');
  assert.equal(hover.detail.date ?? null, null, 'no date for a category');
  assert.equal(hover.detail.series ?? null, null, 'no series');

  // Moving within the same column is no new value; another column is.
  await page.mouse.move(at(first).x + 2, at(first).y + 2);
  await hoverAt(page, host, at(second), second.label);
  await waitForEvent('newsplot:hover', { label: second.label });
  const hovers = (await events()).filter((e) => e.type === 'newsplot:hover').map((e) => e.detail.label);
  assert.deepEqual(hovers, [first.label, second.label], 'one hover event per new value');

  await clearEvents();
  await page.mouse.click(at(second).x, at(second).y);
  const select = await waitForEvent('newsplot:select', { label: second.label });
  assert.ok(select.bubbles && select.composed, 'select bubbles and is composed');
  assert.deepEqual(pick(select.detail), expected(chart, second), 'select names the clicked column');
});

test('Enter on a focused chart fires newsplot:select for the focused value', async () => {
  const chart = chartById(doc, KIND_CHARTS.hbar);
  const host = `#light-${chart.id}`;
  await clearEvents();
  let tip = await focusPlot(page, host);
  await waitForEvent('newsplot:hover', { label: chart.items[0].label });
  tip = await pressForTooltip(page, host, 'ArrowRight', tip);
  await waitForEvent('newsplot:hover', { label: chart.items[1].label });
  await page.keyboard.press('Enter');
  const select = await waitForEvent('newsplot:select', { label: chart.items[1].label });
  assert.deepEqual(pick(select.detail), expected(chart, chart.items[1]));
  assert.equal((await events()).filter((e) => e.type === 'newsplot:select').length, 1, 'one select per Enter');
  await page.keyboard.press('Escape');
});

test('detail names the date of a line chart and the series of grouped bars', async () => {
  const line = chartById(doc, KIND_CHARTS.line);
  await clearEvents();
  await focusPlot(page, `#light-${line.id}`);
  const first = await waitForEvent('newsplot:hover', { date: line.items[0].date });
  assert.equal(first.detail.chart, line.id);
  assert.ok(line.series.includes(first.detail.series), `series is one of ${line.series}: ${JSON.stringify(first.detail)}`);
  const s = line.series.indexOf(first.detail.series);
  assert.equal(first.detail.value, line.items[0].values[s], 'the value of that series at that date');
  assert.equal(first.detail.unit, line.unit);
  await page.keyboard.press('Escape');

  const grouped = chartById(doc, KIND_CHARTS.grouped);
  const host = `#light-${grouped.id}`;
  await clearEvents();
  const tip = await focusPlot(page, host);
  await pressForTooltip(page, host, 'ArrowDown', tip);
  await waitUntil(
    page,
    (series) => window.__events.some((e) => e.type === 'newsplot:hover' && e.detail.series === series),
    grouped.series[1],
    `a hover event for series ${grouped.series[1]}`,
  );
  const last = (await events()).at(-1);
  assert.deepEqual(
    { label: last.detail.label, series: last.detail.series, value: last.detail.value },
    { label: grouped.items[0].label, series: grouped.series[1], value: grouped.items[0].values[1] },
  );
  await page.keyboard.press('Escape');
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});
