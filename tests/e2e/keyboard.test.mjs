// Keyboard reading of the gallery's charts: Tab reaches a chart (with a focus
// ring) and shows its first value; the arrows visit every item in the
// document's order; Home/End jump; Escape hides; Up/Down switch series; the
// aria-live region reads what the tooltip shows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  chartById,
  plain,
  aboutItem,
  focusPlot,
  pressForTooltip,
  liveTextOf,
  tooltipOf,
  waitForTooltip,
  screenshotElement,
  KIND_CHARTS,
  openGallery,
} from './helpers.mjs';

let h, doc, page, context, pageErrors;
before(async () => {
  ({ h, doc, page, context, pageErrors } = await openGallery());
});
after(async () => {
  await context?.close();
  await h?.close();
});

const itemName = (item) => item.label ?? item.date;

/** Presses `key` on the focused chart; checks the live region reads the new tooltip. */
async function press(host, key, before) {
  const tip = await pressForTooltip(page, host, key, before);
  if (!tip.hidden) {
    assert.equal(await liveTextOf(page, host), tip.text, `${host}: after ${key}, the aria-live region reads the tooltip`);
  }
  return tip;
}

test('Tab reaches the first chart: focus ring and the first value', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  const chart = chartById(doc, KIND_CHARTS.hbar);
  // The last link before the first widget (in the lead), then Tab.
  await page.focus('.article__lead a:last-of-type');
  await page.keyboard.press('Tab');
  await page.waitForFunction(
    (host) => {
      const el = document.querySelector(host);
      return document.activeElement === el && el.shadowRoot.activeElement?.matches('canvas[role="img"]');
    },
    host,
    { timeout: 3000 },
  );
  assert.ok(
    await page.evaluate((host) => document.querySelector(host).shadowRoot.activeElement.matches(':focus-visible'), host),
    'the focused canvas is :focus-visible (the focus ring shows)',
  );
  const tip = await waitForTooltip(page, host, { hidden: false });
  assert.ok(aboutItem(tip.text, chart.items[0]), `focus shows the first item: ${JSON.stringify(tip.text)}`);
  assert.equal(await liveTextOf(page, host), tip.text, 'the aria-live region reads it');
  await screenshotElement(page, host, 'keyboard-focus.png', 64);
});

for (const [kind, id] of Object.entries(KIND_CHARTS)) {
  test(`${kind} (#light-${id}): arrows visit every item in order; End, Home, Escape`, async () => {
    const host = `#light-${id}`;
    const { items } = chartById(doc, id);
    let tip = await focusPlot(page, host);
    const visited = [tip.text];
    for (let i = 1; i < items.length; i++) {
      tip = await press(host, 'ArrowRight', tip);
      visited.push(tip.text);
    }
    const wrong = items.findIndex((item, i) => !aboutItem(visited[i] ?? '', item));
    assert.equal(
      wrong,
      -1,
      `${host}: ArrowRight step ${wrong} should show "${itemName(items[wrong] ?? {})}"; visited: ${JSON.stringify(visited.map(plain), null, 1)}`,
    );

    if (items.length > 2) {
      tip = await press(host, 'Home', tip);
      assert.ok(aboutItem(tip.text, items[0]), `${host}: Home shows the first item: ${JSON.stringify(tip.text)}`);
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('[aria-live]').textContent === 'Первое значение', host, { timeout: 3000 });
      assert.equal((await tooltipOf(page, host)).text, tip.text, `${host}: ArrowLeft before the first keeps the first value`);
      tip = await press(host, 'End', tip);
      assert.ok(aboutItem(tip.text, items.at(-1)), `${host}: End shows the last item: ${JSON.stringify(tip.text)}`);
      // Nothing further: said, the tooltip left on the last value.
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('[aria-live]').textContent === 'Последнее значение', host, { timeout: 3000 });
      assert.equal((await tooltipOf(page, host)).text, tip.text, `${host}: ArrowRight past the end keeps the last value`);
      tip = await press(host, 'ArrowLeft', tip);
      assert.ok(aboutItem(tip.text, items.at(-2)), `${host}: ArrowLeft goes back one: ${JSON.stringify(tip.text)}`);
    }
    tip = await press(host, 'Escape', tip);
    assert.equal(tip.hidden, true, `${host}: Escape hides the tooltip`);
    assert.equal(
      await page.evaluate((host) => document.querySelector(host).shadowRoot.activeElement?.matches('canvas[role="img"]'), host),
      true,
      `${host}: the chart keeps the focus after Escape`,
    );
  });
}

test('grouped bars: ArrowDown and ArrowUp switch series at the same item', async () => {
  const host = `#light-${KIND_CHARTS.grouped}`;
  const chart = chartById(doc, KIND_CHARTS.grouped);
  const [first, second] = chart.series;
  let tip = await focusPlot(page, host);
  const has = (text, s) => plain(text).includes(`${s}:`);
  assert.ok(aboutItem(tip.text, chart.items[0]) && has(tip.text, first), `focus shows ${first}: ${JSON.stringify(tip.text)}`);

  tip = await press(host, 'ArrowDown', tip);
  assert.ok(aboutItem(tip.text, chart.items[0]), `ArrowDown stays at "${chart.items[0].label}": ${JSON.stringify(tip.text)}`);
  assert.ok(has(tip.text, second) && !has(tip.text, first), `ArrowDown shows series ${second}: ${JSON.stringify(tip.text)}`);

  // ArrowRight keeps the series.
  tip = await press(host, 'ArrowRight', tip);
  assert.ok(aboutItem(tip.text, chart.items[1]) && has(tip.text, second), `ArrowRight keeps ${second}: ${JSON.stringify(tip.text)}`);

  tip = await press(host, 'ArrowUp', tip);
  assert.ok(aboutItem(tip.text, chart.items[1]) && has(tip.text, first), `ArrowUp goes back to ${first}: ${JSON.stringify(tip.text)}`);

  await press(host, 'Escape', tip);
  assert.equal((await tooltipOf(page, host)).hidden, true);
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

test('a missing figure in grouped bars is reached by the keys and read as «нет данных»', async () => {
  const host = '#light-roads';
  await page.locator(host).scrollIntoViewIfNeeded();
  // Focus starts afresh (an earlier test may have left it on this chart), at the first datum.
  await page.evaluate((host) => document.querySelector(host).shadowRoot.activeElement?.blur(), host);
  let tip = await focusPlot(page, host);
  const seen = [tip.text];
  // Down to the row's 2025 bar, then Right along 2025: Шымкент's is the gap
  // (Right used to leave the series there, for Шымкент's 2023).
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) {
    tip = await pressForTooltip(page, host, key, tip);
    seen.push(tip.text);
  }
  assert.match(tip.text, /Шымкент.*2025.*нет данных/s, JSON.stringify(seen));
  assert.match(tip.text, /не опубликованы/, 'its note too');
  tip = await pressForTooltip(page, host, 'ArrowRight', tip);
  assert.match(tip.text, /Караганда.*2025/s, 'and on along 2025');
  await page.keyboard.press('Escape');
  assert.deepEqual(pageErrors, []);
});

test('the keys carry on from the last value read: after Escape, after Tab out and back, after a resize', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  const { items } = chartById(doc, KIND_CHARTS.hbar);
  let tip = await focusPlot(page, host);
  tip = await press(host, 'ArrowRight', tip);
  assert.ok(aboutItem(tip.text, items[1]), `the second: ${JSON.stringify(tip.text)}`);
  tip = await press(host, 'Escape', tip);
  assert.equal(tip.hidden, true);
  tip = await press(host, 'ArrowRight', tip);
  assert.ok(aboutItem(tip.text, items[2]), `Escape, then → reads the third: ${JSON.stringify(tip.text)}`);
  // Tab away and back (Shift+Tab): the third again, not the first.
  await page.keyboard.press('Tab');
  await waitForTooltip(page, host, { hidden: true });
  await page.keyboard.press('Shift+Tab');
  tip = await waitForTooltip(page, host, { hidden: false });
  assert.ok(aboutItem(tip.text, items[2]), `Tab back in shows the third: ${JSON.stringify(tip.text)}`);
  // A resize redraws; → then reads the fourth.
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width - 200, height: size.height });
  await page.waitForTimeout(300);
  await page.setViewportSize(size);
  await page.waitForTimeout(300);
  tip = await pressForTooltip(page, host, 'ArrowRight', await tooltipOf(page, host));
  assert.ok(aboutItem(tip.text, items[3]), `after a resize → reads the fourth: ${JSON.stringify(tip.text)}`);
  await page.keyboard.press('Escape');
  assert.deepEqual(pageErrors, []);
});
