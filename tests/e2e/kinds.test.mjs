// Every chart kind on the gallery (www/gallery.html): each widget gets ready, and
// the mouse finds, for every item of the chart, a tooltip with its figure worded
// as the document words it (label, qualifier, the exact number, parts, notes;
// every series of a line chart). Expectations come from www/data/gallery-ru.json.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  widgetStates,
  chartById,
  plain,
  writesValue,
  aboutItem,
  sweepTooltips,
  hoverAt,
  waitForTooltip,
  pointOutside,
  screenshotElement,
  KIND_CHARTS,
  QUALIFIER_WORDS,
  openGallery,
} from './helpers.mjs';

const Q = QUALIFIER_WORDS.ru;

let h, doc, page, context, pageErrors;
before(async () => {
  ({ h, doc, page, context, pageErrors } = await openGallery());
});
after(async () => {
  await context?.close();
  await h?.close();
});

/** What a tooltip says after "series: ", up to the next "; " or ". " (a note). */
const figureOf = (text, series) => {
  const t = plain(text);
  const at = t.indexOf(`${series}: `);
  return at < 0 ? null : t.slice(at + series.length + 2).split(/; |\. /)[0];
};
/** The tooltip shows a number for `series`. */
const numberFor = (text, series) => /\d/.test(figureOf(text, series) ?? '');

/**
 * What the tooltips of `chart` must say: one entry per item (per item and series
 * for bars with series), { name, ok(text) }.
 */
function expectations(chart) {
  const out = [];
  const qualified = (text, q) => !q || q === 'exact' || plain(text).includes(Q[q]);
  for (const item of chart.items) {
    const name = item.label ?? item.date;
    const common = (t) =>
      aboutItem(t, item) &&
      qualified(t, item.qualifier) &&
      (item.note === undefined || plain(t).includes(plain(item.note))) &&
      (item.parts ?? []).every((p) => plain(t).includes(plain(p.label)) && writesValue(t, p.value) && qualified(t, p.qualifier));
    if (!chart.series) {
      out.push({ name, ok: (t) => common(t) && writesValue(t, item.value) });
    } else if (chart.type === 'line') {
      // A date lists every series; a gap shows no number.
      out.push({
        name,
        ok: (t) =>
          common(t) &&
          chart.series.every((s, i) =>
            figureOf(t, s) !== null && (item.values[i] === null ? !numberFor(t, s) : writesValue(figureOf(t, s), item.values[i])),
          ),
      });
    } else {
      chart.series.forEach((s, i) => {
        if (item.values[i] === null) return;
        out.push({ name: `${name} / ${s}`, ok: (t) => common(t) && writesValue(figureOf(t, s) ?? '', item.values[i]) });
      });
    }
  }
  return out;
}

test('every widget of the gallery is ready, without errors', async () => {
  const states = await widgetStates(page);
  const kinds = Object.values(KIND_CHARTS);
  for (const theme of ['light', 'dark']) {
    for (const id of kinds) {
      const w = states.find((s) => s.id === `${theme}-${id}`);
      assert.ok(w, `the gallery has #${theme}-${id}`);
      assert.equal(w.state, 'ready', `#${theme}-${id} is ready`);
    }
  }
  assert.equal(states.length, 2 * kinds.length, 'one light and one dark widget per chart');
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => r.name),
  );
  assert.equal(wasm.length, 1, `the ${states.length} widgets share one wasm download: ${wasm}`);
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

for (const [kind, id] of Object.entries(KIND_CHARTS)) {
  test(`${kind} (#light-${id}): the mouse finds every item's worded figure`, async () => {
    const host = `#light-${id}`;
    const chart = chartById(doc, id);
    // A tiny donut slice is a sliver: sweep it finer.
    const seen = await sweepTooltips(page, host, { step: kind === 'donut' ? 2 : 4 });
    const texts = seen.map((r) => plain(r.text));
    assert.ok(seen.length > 0, `${host}: some point of the chart shows a tooltip`);

    for (const e of expectations(chart)) {
      const match = seen.find((r) => e.ok(r.text));
      assert.ok(match, `${host}: a tooltip for "${e.name}" with its worded figure; seen: ${JSON.stringify(texts, null, 1)}`);
      // The real mouse at that point shows it too.
      await hoverAt(page, host, match, match.text);
    }

    if (chart.series && chart.type !== 'line') {
      // A missing value (null) is not drawn: no tooltip gives it a number.
      chart.items.forEach((item, i) =>
        chart.series.forEach((s, k) => {
          if (item.values[k] !== null) return;
          const bad = seen.find((r) => aboutItem(r.text, item) && numberFor(r.text, s));
          assert.equal(bad, undefined, `${host}: no figure for the gap ${item.label} / ${s}`);
        }),
      );
    }
    if (kind === 'line') await screenshotElement(page, host, 'tooltip-line.png', 64);
  });
}

test('the tooltip can be hovered itself; it goes when the pointer leaves both', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  const [first] = chartById(doc, KIND_CHARTS.hbar).items;
  const at = (await sweepTooltips(page, host)).find((r) => r.text.startsWith(first.label));
  await hoverAt(page, host, at, first.label);
  const tip = await page.evaluate((host) => {
    const r = document.querySelector(host).shadowRoot.querySelector('[role="tooltip"]').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, host);
  // Onto the tooltip (in a few steps, as a hand would): it stays.
  await page.mouse.move(tip.x, tip.y, { steps: 5 });
  const over = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return (el.shadowRoot?.elementFromPoint(x, y) ?? el).closest('[role="tooltip"]') !== null;
  }, tip);
  assert.ok(over, 'the pointer is over the tooltip');
  await waitForTooltip(page, host, { hidden: false, contains: first.label });
  // Away from both: it goes.
  const away = await pointOutside(page, host);
  await page.mouse.move(away.x, away.y);
  await waitForTooltip(page, host, { hidden: true });
});

test('the tooltip text is the same in the dark theme', async () => {
  const id = KIND_CHARTS.hbar;
  const light = await sweepTooltips(page, `#light-${id}`);
  const dark = await sweepTooltips(page, `#dark-${id}`);
  assert.deepEqual(
    dark.map((r) => r.text),
    light.map((r) => r.text),
    'the dark widget words the same figures',
  );
});
