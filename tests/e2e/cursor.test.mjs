// A line's hover cursor (src/web/cursor.rs): the guide and a dot per series
// are elements over the plot, moved with the pointer; the overlay canvas stays
// empty for lines. Real mouse moves over the gallery's line chart.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openGallery, chartById, plotBox, pointOutside, waitForTooltip, canvasStats, focusPlot, pressForTooltip, KIND_CHARTS, plain } from './helpers.mjs';

const HOST = `#light-${KIND_CHARTS.line}`;

let h, doc, page, context;
before(async () => {
  ({ h, doc, page, context } = await openGallery());
});
after(async () => {
  await context?.close();
  await h?.close();
});

/** The cursor's state after the next frame: shown or not, and its parts' boxes (viewport px). */
function cursorOf(on = page) {
  return on.evaluate(
    (host) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const root = document.querySelector(host).shadowRoot;
          const cursor = root.querySelector('.cursor');
          const box = (e) => {
            const r = e.getBoundingClientRect();
            return { x: r.x, y: r.y, w: r.width, h: r.height, cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
          };
          resolve(
            cursor && {
              hidden: cursor.hidden,
              ariaHidden: cursor.getAttribute('aria-hidden'),
              guide: box(cursor.querySelector('.guide')),
              dots: [...cursor.querySelectorAll('.dot')].map(box),
            },
          );
        }),
      ),
    HOST,
  );
}

/**
 * For each dot (viewport boxes, in series order): how far in colour the chart
 * canvas's pixels within 2 px of its centre come to its own series' swatch
 * colour (`own`) and to the other series' (`other`), the nearest of each.
 */
function linePixels(dots) {
  return page.evaluate(
    ({ host, dots }) => {
      const root = document.querySelector(host).shadowRoot;
      const canvas = root.querySelector('canvas[role="img"]');
      const r = canvas.getBoundingClientRect();
      const k = canvas.width / r.width;
      const ctx = canvas.getContext('2d');
      const rgb = (css) => css.match(/\d+/g).slice(0, 3).map(Number);
      const swatches = [...root.querySelectorAll('button[aria-pressed] .swatch')].map((e) => rgb(getComputedStyle(e).backgroundColor));
      const dist = (p, c) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]);
      return dots.map((d, s) => {
        const x = Math.round((d.cx - r.x) * k);
        const y = Math.round((d.cy - r.y) * k);
        const data = ctx.getImageData(x - 2 * k, y - 2 * k, 4 * k + 1, 4 * k + 1).data;
        let own = Infinity;
        let other = Infinity;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] < 200) continue;
          const p = [data[i], data[i + 1], data[i + 2]];
          own = Math.min(own, dist(p, swatches[s]));
          other = Math.min(other, ...swatches.filter((_, j) => j !== s).map((c) => dist(p, c)));
        }
        return { own: Math.round(own), other: Math.round(other) };
      });
    },
    { host: HOST, dots },
  );
}

async function hover(x, y) {
  const away = await pointOutside(page, HOST);
  await page.mouse.move(away.x, away.y);
  await page.mouse.move(x, y);
  return waitForTooltip(page, HOST, { hidden: false });
}

test('the cursor follows the pointer date by date, a dot per series on its line, and hides when the pointer leaves', async () => {
  const chart = chartById(doc, KIND_CHARTS.line);
  const plot = await plotBox(page, HOST);
  const y = plot.y + plot.height / 2;
  // The dates are evenly spaced months: a strip per date at most this wide.
  const strip = plot.width / (chart.items.length - 1);

  const seen = [];
  // (Both away from AИ-95's gap in August and September 2024, about 0.3.)
  for (const f of [0.2, 0.7]) {
    const x = plot.x + plot.width * f;
    const tip = await hover(x, y);
    const c = await cursorOf();
    assert.ok(c && !c.hidden, `cursor shown at ${f}`);
    assert.equal(c.ariaHidden, 'true', 'decoration, hidden from assistive technology');
    assert.ok(Math.abs(c.guide.cx - x) <= strip / 2 + 2, `the guide (${c.guide.cx}) is at the date under the pointer (${x}), strips ${strip} px`);
    assert.ok(c.guide.y >= plot.y - 1 && c.guide.y + c.guide.h <= plot.y + plot.height + 1 && c.guide.h > plot.height / 3, `the guide spans the plot: ${JSON.stringify(c.guide)}`);
    assert.equal(c.dots.length, chart.series.length, 'a dot per series');
    for (const d of c.dots) {
      assert.ok(Math.abs(d.cx - c.guide.cx) <= 1.5, `each dot sits on the guide: ${d.cx} vs ${c.guide.cx}`);
      assert.ok(d.cy > plot.y && d.cy < plot.y + plot.height, `each dot is inside the plot: ${d.cy}`);
    }
    // Each dot's centre lies on its own line: the chart canvas there has that
    // series' colour (its legend swatch), not the other's.
    const under = await linePixels(c.dots);
    under.forEach((u, s) => assert.ok(u.own < u.other, `dot ${s} sits on its line: ${JSON.stringify(u)}`));
    assert.ok(plain(tip.text).length > 0);
    seen.push(c.guide.cx);
  }
  assert.ok(seen[1] - seen[0] > plot.width * 0.3, `the guide moved with the pointer: ${seen}`);

  const [overlay] = await canvasStats(page, HOST, 'canvas.overlay');
  assert.equal(overlay.opaque, 0, `the overlay canvas stays empty for a line: ${JSON.stringify(overlay)}`);

  const away = await pointOutside(page, HOST);
  await page.mouse.move(away.x, away.y);
  await waitForTooltip(page, HOST, { hidden: true });
  assert.equal((await cursorOf()).hidden, true, 'hidden once the pointer leaves');
});

test('a series switched off in the legend has no dot', async () => {
  const chart = chartById(doc, KIND_CHARTS.line);
  const button = page.locator(`${HOST} button[aria-pressed]`, { hasText: chart.series[1] });
  await button.click();
  try {
    const plot = await plotBox(page, HOST);
    await hover(plot.x + plot.width / 2, plot.y + plot.height / 2);
    const c = await cursorOf();
    assert.ok(!c.hidden);
    assert.ok(c.dots[0].cy > plot.y && c.dots[0].cy < plot.y + plot.height, `${chart.series[0]}'s dot is on the plot`);
    assert.ok(c.dots[1].cy < plot.y - 1000, `${chart.series[1]}'s dot is out of sight: ${JSON.stringify(c.dots[1])}`);
  } finally {
    await button.click();
  }
});

test('the keyboard moves the cursor too: focus puts it on the first date, End on the last, Escape hides it', async () => {
  const plot = await plotBox(page, HOST);
  let tip = await focusPlot(page, HOST);
  const first = await cursorOf();
  assert.ok(!first.hidden, 'shown from the keyboard');
  assert.ok(first.guide.cx < plot.x + plot.width * 0.2, `focus: the guide at the left (${first.guide.cx} in ${plot.x}..${plot.x + plot.width})`);
  tip = await pressForTooltip(page, HOST, 'End', tip);
  const last = await cursorOf();
  assert.ok(last.guide.cx > plot.x + plot.width * 0.6, `End: the guide at the right (${last.guide.cx})`);
  for (const d of last.dots) assert.ok(Math.abs(d.cx - last.guide.cx) <= 1.5, 'the dots moved along');
  await page.keyboard.press('Escape');
  await waitForTooltip(page, HOST, { hidden: true });
  assert.equal((await cursorOf()).hidden, true, 'Escape hides it');
  assert.ok(plain(tip.text).length > 0);
});

test('a tap on a phone shows the cursor at the tapped date; a tap outside hides it', async () => {
  const phone = await h.open('/gallery.html', { viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    await phone.page.waitForFunction(() => [...document.querySelectorAll('news-plot')].every((e) => e.getAttribute('state') === 'ready'));
    const plot = await plotBox(phone.page, HOST);
    const x = plot.x + plot.width * 0.5;
    await phone.page.touchscreen.tap(x, plot.y + plot.height * 0.6);
    await waitForTooltip(phone.page, HOST, { hidden: false });
    const c = await cursorOf(phone.page);
    assert.ok(!c.hidden, 'shown by a tap');
    assert.ok(Math.abs(c.guide.cx - x) <= plot.width / 20, `at the tapped date: ${c.guide.cx} vs ${x}`);
    for (const d of c.dots) assert.ok(Math.abs(d.cx - c.guide.cx) <= 1.5 && d.cy > plot.y && d.cy < plot.y + plot.height, 'its dots on the guide, in the plot');
    const away = await pointOutside(phone.page, HOST);
    await phone.page.touchscreen.tap(away.x, away.y);
    await waitForTooltip(phone.page, HOST, { hidden: true });
    assert.equal((await cursorOf(phone.page)).hidden, true, 'a tap outside hides it');
  } finally {
    await phone.context.close();
  }
});

test("a line's tooltip keeps off the points of the dates either side of the hovered one", async () => {
  for (const host of [HOST, '#light-population']) {
    const plot = await plotBox(page, host);
    const y = plot.y + plot.height / 2;
    // Each date once: its dots and the tooltip's box (viewport px), by the guide's x.
    const dates = new Map();
    const away = await pointOutside(page, host);
    for (let x = plot.x + 2; x < plot.x + plot.width - 2; x += 6) {
      // From outside each time: the pointer crossing the tooltip keeps its date.
      await page.mouse.move(away.x, away.y);
      await page.mouse.move(x, y);
      const seen = await page.evaluate(
        (host) =>
          new Promise((resolve) =>
            requestAnimationFrame(() => {
              const root = document.querySelector(host).shadowRoot;
              const cursor = root.querySelector('.cursor');
              // Left of the first date's strip (over the value labels) nothing is hovered.
              if (!cursor || cursor.hidden) return resolve(null);
              const c = (e) => {
                const r = e.getBoundingClientRect();
                return { cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
              };
              const r = root.querySelector('[role="tooltip"]').getBoundingClientRect();
              resolve({ guide: c(cursor.querySelector('.guide')).cx, dots: [...cursor.querySelectorAll('.dot')].map(c), tip: { x: r.x, y: r.y, right: r.right, bottom: r.bottom } });
            }),
          ),
        host,
      );
      if (seen && !dates.has(Math.round(seen.guide))) dates.set(Math.round(seen.guide), seen);
    }
    const list = [...dates.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    assert.ok(list.length >= 10, `${host}: every date hovered: ${list.length}`);
    // A lone line (no "series") has its dot too.
    assert.ok(list.every((d) => d.dots.length >= 1), `${host}: a dot on every hovered date`);
    const inside = (d, r) => d.cx > r.x - 2 && d.cx < r.right + 2 && d.cy > r.y - 2 && d.cy < r.bottom + 2;
    const covered = [];
    list.forEach(({ tip }, i) => {
      for (const j of [i - 1, i + 1]) {
        for (const d of list[j]?.dots ?? []) if (d.cy > plot.y && inside(d, tip)) covered.push({ hovered: i, covers: j, dot: d, tip });
      }
    });
    assert.deepEqual(covered, [], `${host}: no neighbouring date's point under the tooltip`);
  }
});

test("a pointer moving along a line passes through its tooltip: no date is skipped", async () => {
  const chart = chartById(doc, KIND_CHARTS.line);
  const plot = await plotBox(page, HOST);
  const away = await pointOutside(page, HOST);
  await page.mouse.move(away.x, away.y);
  const guides = new Set();
  for (const f of [0.35, 0.5, 0.65]) {
    for (let x = plot.x + 2; x < plot.x + plot.width - 2; x += 6) {
      await page.mouse.move(x, plot.y + plot.height * f);
      const c = await cursorOf();
      if (c && !c.hidden) guides.add(`${f}:${Math.round(c.guide.cx)}`);
    }
    const seen = [...guides].filter((g) => g.startsWith(`${f}:`)).length;
    assert.equal(seen, chart.items.length, `at ${f} of the height: every date under the pointer in turn`);
  }
});
