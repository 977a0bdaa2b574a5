// What assistive technology gets from the gallery's charts: a labelled
// role="img" canvas, a visually hidden table with every value worded as the
// tooltip words it, and legend buttons that say whether a series is shown.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  chartById,
  plain,
  writesValue,
  aboutItem,
  focusPlot,
  pressForTooltip,
  canvasHash,
  waitForTooltip,
  KIND_CHARTS,
  QUALIFIER_WORDS,
  openGallery,
} from './helpers.mjs';

let h, doc, page, context, pageErrors;
before(async () => {
  ({ h, doc, page, context, pageErrors } = await openGallery());
  page.setDefaultTimeout(5000); // locator clicks fail fast
});
after(async () => {
  await context?.close();
  await h?.close();
});

const HOSTS = Object.values(KIND_CHARTS).flatMap((id) => [`#light-${id}`, `#dark-${id}`]);
const idOf = (host) => host.replace(/^#(light|dark)-/, '');

/** The figure's chart canvases and hidden table, read from the shadow root. */
function readFigure(host) {
  return page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const figures = [...root.querySelectorAll('figure')];
    const table = figures[0]?.querySelector('table');
    // Visually hidden: no point of its box is hit (clipped away), or the box is at most 1 px.
    table?.scrollIntoView({ block: 'center' });
    const box = table?.getBoundingClientRect();
    const hits = [];
    if (box && box.width > 1 && box.height > 1) {
      for (const fx of [0.1, 0.5, 0.9]) {
        for (const fy of [0.1, 0.5, 0.9]) {
          const x = Math.min(box.x + box.width * fx, innerWidth - 1);
          const y = Math.min(Math.max(box.y + box.height * fy, 0), innerHeight - 1);
          const el = root.elementFromPoint(x, y);
          if (el && table.contains(el)) hits.push([x, y]);
        }
      }
    }
    return {
      figures: figures.map((f) => f.dataset.chart),
      canvases: [...root.querySelectorAll('canvas[role="img"]')].map((c) => c.getAttribute('aria-label')),
      table: table && {
        hits,
        head: [...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent.trim()),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
          th: [...tr.querySelectorAll('th[scope="row"]')].map((th) => th.textContent.trim()),
          td: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
        })),
      },
    };
  }, host);
}

test('every chart canvas is a role="img" whose aria-label names the chart title', async () => {
  for (const host of HOSTS) {
    const chart = chartById(doc, idOf(host));
    const { figures, canvases } = await readFigure(host);
    assert.deepEqual(figures, [chart.id], `${host}: one <figure data-chart="${chart.id}">`);
    assert.equal(canvases.length, 1, `${host}: one canvas[role=img]`);
    assert.ok(plain(canvases[0]).includes(plain(chart.title)), `${host}: aria-label names «${chart.title}»: ${JSON.stringify(canvases[0])}`);
  }
});

test('the aria-label of bars with series names every series', async () => {
  for (const id of [KIND_CHARTS.grouped, KIND_CHARTS.stacked]) {
    const chart = chartById(doc, id);
    const [label] = (await readFigure(`#light-${id}`)).canvases;
    for (const s of chart.series) assert.ok(plain(label).includes(s), `#light-${id}: the aria-label names series «${s}»: ${JSON.stringify(label)}`);
  }
});

test('each figure has a visually hidden table: one row per item, every value worded', async () => {
  const Q = QUALIFIER_WORDS.ru;
  for (const host of HOSTS) {
    const chart = chartById(doc, idOf(host));
    const { table } = await readFigure(host);
    assert.ok(table, `${host}: the figure holds a <table>`);
    assert.deepEqual(table.hits, [], `${host}: the table is visually hidden (no point of it can be hit)`);
    assert.equal(table.rows.length, chart.items.length, `${host}: one row per item`);
    for (const s of chart.series ?? []) assert.ok(table.head.includes(s), `${host}: a column for series ${s}: ${table.head}`);

    chart.items.forEach((item, i) => {
      const row = table.rows[i];
      const where = `${host} row ${i} ${JSON.stringify(row)}`;
      assert.equal(row.th.length, 1, `${where}: one th[scope=row]`);
      assert.ok(aboutItem(row.th[0], item, chart), `${where}: the row header is "${item.label ?? item.date}"`);
      const values = chart.series ? item.values : [item.value];
      values.forEach((v, k) => {
        const cell = row.td[k] ?? '';
        if (v === null) assert.doesNotMatch(cell, /\d/, `${where}: the gap in column ${k} has no number`);
        else assert.ok(writesValue(cell, v), `${where}: column ${k} writes ${v}: ${JSON.stringify(cell)}`);
      });
      if (item.qualifier && item.qualifier !== 'exact') {
        assert.ok(plain(row.td.join(' ')).includes(Q[item.qualifier]), `${where}: worded «${Q[item.qualifier]}»`);
      }
      for (const p of item.parts ?? []) {
        assert.ok(plain(row.td.join(' ')).includes(plain(p.label)), `${where}: lists the part «${p.label}»`);
      }
    });
  }
});

test('the table words each value exactly as the tooltip does', async () => {
  for (const id of Object.values(KIND_CHARTS)) {
    const host = `#light-${id}`;
    const chart = chartById(doc, id);
    const { table } = await readFigure(host);
    // Keyboard walk: the first series of each item (every series for a line).
    let tip = await focusPlot(page, host);
    for (let i = 0; i < chart.items.length; i++) {
      if (i > 0) tip = await pressForTooltip(page, host, 'ArrowRight', tip);
      const cells = chart.type === 'line' && chart.series ? table.rows[i].td.slice(0, chart.series.length) : [table.rows[i].td[0]];
      for (const cell of cells) {
        assert.ok(plain(tip.text).includes(plain(cell)), `${host} item ${i}: the tooltip ${JSON.stringify(tip.text)} has the table's ${JSON.stringify(cell)}`);
      }
    }
    await page.keyboard.press('Escape');
  }
});

/** The legend button of `series` in a widget. */
const legendButton = (host, series) => page.locator(`${host} button[aria-pressed]`, { hasText: series });

test('line chart legend: a button hides a series from the drawing and the tooltip, and shows it again', async () => {
  const host = `#light-${KIND_CHARTS.line}`;
  const chart = chartById(doc, KIND_CHARTS.line);
  const [kept, hidden] = chart.series;
  assert.equal(await page.locator(`${host} button[aria-pressed]`).count(), chart.series.length, 'one legend button per series');
  for (const s of chart.series) assert.equal(await legendButton(host, s).getAttribute('aria-pressed'), 'true', `${s} starts shown`);

  const before = await canvasHash(page, host);
  let tip = await focusPlot(page, host);
  assert.ok(plain(tip.text).includes(hidden), `before: the tooltip lists ${hidden}: ${JSON.stringify(tip.text)}`);
  await page.keyboard.press('Escape'); // the tooltip may sit over the legend

  await legendButton(host, hidden).click();
  assert.equal(await legendButton(host, hidden).getAttribute('aria-pressed'), 'false', `${hidden}'s button is no longer pressed`);
  assert.equal(await legendButton(host, kept).getAttribute('aria-pressed'), 'true', `${kept}'s button still is`);
  const without = await canvasHash(page, host);
  assert.notEqual(without, before, 'hiding a series changes the drawing');
  tip = await focusPlot(page, host);
  assert.ok(plain(tip.text).includes(kept), `the tooltip lists ${kept}: ${JSON.stringify(tip.text)}`);
  assert.ok(!plain(tip.text).includes(hidden), `the tooltip no longer lists ${hidden}: ${JSON.stringify(tip.text)}`);
  tip = await pressForTooltip(page, host, 'End', tip);
  assert.ok(!plain(tip.text).includes(hidden), `nor at the last date: ${JSON.stringify(tip.text)}`);
  await page.keyboard.press('Escape');

  await legendButton(host, hidden).click();
  assert.equal(await legendButton(host, hidden).getAttribute('aria-pressed'), 'true', `${hidden} is shown again`);
  assert.equal(await canvasHash(page, host), before, 'showing it again restores the drawing');
  await focusPlot(page, host);
  await waitForTooltip(page, host, { hidden: false, contains: hidden });
  await page.keyboard.press('Escape');
});

test('grouped bars legend: a hidden series is skipped by ArrowDown', async () => {
  const host = `#light-${KIND_CHARTS.grouped}`;
  const [first, middle, last] = chartById(doc, KIND_CHARTS.grouped).series;
  const before = await canvasHash(page, host);
  await legendButton(host, middle).click();
  assert.equal(await legendButton(host, middle).getAttribute('aria-pressed'), 'false');
  assert.notEqual(await canvasHash(page, host), before, 'hiding a series changes the drawing');

  let tip = await focusPlot(page, host);
  assert.ok(plain(tip.text).includes(`${first}:`), `focus shows ${first}: ${JSON.stringify(tip.text)}`);
  tip = await pressForTooltip(page, host, 'ArrowDown', tip);
  assert.ok(plain(tip.text).includes(`${last}:`), `ArrowDown skips the hidden ${middle} to ${last}: ${JSON.stringify(tip.text)}`);

  await page.keyboard.press('Escape');
  await legendButton(host, middle).click();
  assert.equal(await canvasHash(page, host), before, 'showing it again restores the drawing');
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

test('a column stack: ArrowUp climbs its segments, the tooltip marks the one focused and the live region reads it alone; rows carry their series colour', async () => {
  const host = `#light-${KIND_CHARTS.stacked}`;
  const chart = chartById(doc, KIND_CHARTS.stacked);
  const [bottom, top] = chart.series;
  const state = () =>
    page.evaluate((host) => {
      const root = document.querySelector(host).shadowRoot;
      const tip = root.querySelector('[role="tooltip"]');
      return {
        current: tip.querySelector('.current .series')?.textContent,
        keys: [...tip.querySelectorAll('.key')].map((k) => k.style.getPropertyValue('--swatch')),
        legend: [...root.querySelectorAll('.legend button')].map((b) => b.style.getPropertyValue('--swatch')),
        live: root.querySelector('[aria-live]').textContent,
      };
    }, host);
  await focusPlot(page, host);
  let s = await state();
  assert.equal(s.current, `${bottom}: `, 'focus starts on the bottom segment');
  assert.deepEqual(s.keys, s.legend, 'each series row has its legend colour');
  await page.keyboard.press('ArrowUp');
  await page
    .waitForFunction(({ host, top }) => document.querySelector(host).shadowRoot.querySelector('[role="tooltip"] .current .series')?.textContent === `${top}: `, { host, top }, { timeout: 2000 })
    .catch(() => {});
  s = await state();
  assert.equal(s.current, `${top}: `, 'ArrowUp goes up the stack');
  const { label, values } = chart.items[0];
  assert.equal(plain(s.live), plain(`${label}: ${top}: ${values[1].toLocaleString('ru-RU')}`), 'the live region reads the segment alone');
  await page.keyboard.press('ArrowDown');
  assert.equal((await state()).current, `${bottom}: `, 'ArrowDown goes back down');
  // In forced colours the tint is gone: the focused row keeps a ring.
  await page.emulateMedia({ forcedColors: 'active' });
  const ring = await page.evaluate((host) => getComputedStyle(document.querySelector(host).shadowRoot.querySelector('[role="tooltip"] .current')).outlineStyle, host);
  await page.emulateMedia({ forcedColors: 'none' });
  assert.equal(ring, 'solid', 'forced colours: the focused segment\'s row is ringed');
  await page.keyboard.press('Escape');
  assert.deepEqual(pageErrors, [], 'no uncaught errors');
});

test('the last series shown says it cannot be switched off (aria-disabled), and stays on', async () => {
  const host = `#light-${KIND_CHARTS.grouped}`;
  const [first, middle, last] = chartById(doc, KIND_CHARTS.grouped).series;
  const disabled = () => page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll('button[aria-pressed]')].map((b) => b.getAttribute('aria-disabled')), host);
  assert.deepEqual(await disabled(), [null, null, null], 'all shown: each can be switched off');
  await legendButton(host, first).click();
  await legendButton(host, middle).click();
  assert.deepEqual(await disabled(), [null, null, 'true'], `${last} is the last one shown`);
  await legendButton(host, last).click({ force: true });
  assert.equal(await legendButton(host, last).getAttribute('aria-pressed'), 'true', 'and it stays on');
  await legendButton(host, first).click();
  assert.deepEqual(await disabled(), [null, null, null], 'two shown again: neither is the last');
  await legendButton(host, middle).click();
});

test('a page\'s text spacing (WCAG 1.4.12) does not reach the canvas, whose labels were measured without it', async () => {
  const host = `#light-${KIND_CHARTS.line}`;
  const series = chartById(doc, KIND_CHARTS.line).series[0];
  const redraw = async () => {
    await legendButton(host, series).click();
    await legendButton(host, series).click();
  };
  await redraw();
  const before = await canvasHash(page, host);
  const style = await page.addStyleTag({ content: '* { letter-spacing: .12em !important; word-spacing: .16em !important; line-height: 1.5 !important; }' });
  try {
    await redraw();
    assert.equal(await canvasHash(page, host), before, 'the same drawing: labels neither spaced out nor cut');
  } finally {
    await style.evaluate((s) => s.remove());
  }
});

test('the tooltip and live region carry the chart\'s language, as its content does', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  const langs = () => page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return ['.content', '[role="tooltip"]', '[aria-live]'].map((s) => root.querySelector(s).getAttribute('lang'));
  }, host);
  assert.deepEqual(await langs(), ['ru', 'ru', 'ru']);
  await page.evaluate((host) => document.querySelector(host).setAttribute('locale', 'en'), host);
  try {
    await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('.content').getAttribute('lang') === 'en', host);
    // On a Russian page, an English chart's tooltip is read in an English voice.
    assert.deepEqual(await langs(), ['en', 'en', 'en']);
  } finally {
    await page.evaluate((host) => document.querySelector(host).removeAttribute('locale'), host);
    await page.waitForFunction((host) => document.querySelector(host).shadowRoot.querySelector('.content').getAttribute('lang') === 'ru', host);
  }
});

test('what the canvas alone shows is in the DOM too: each chart\'s note and source credit, in the language of its words', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  const got = await page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const figure = root.querySelector('figure');
    const footer = figure.querySelector('p.sr');
    const box = footer?.getBoundingClientRect();
    return {
      lang: figure.closest('[lang]')?.getAttribute('lang') ?? null,
      footer: footer?.textContent ?? null,
      hidden: Boolean(box) && box.width <= 1 && box.height <= 1,
    };
  }, host);
  assert.equal(got.lang, 'ru', 'the widget\'s words carry their language');
  assert.ok(got.footer?.includes(`Источник: ${doc.source.name}`), `the credit is read: ${got.footer}`);
  assert.ok(got.hidden, 'visually hidden: the canvas shows it');
});

test('forced colours keep the canvas on its theme\'s background and the legend\'s swatches coloured', async () => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  try {
    const got = await page.evaluate(() => {
      // A light chart with a legend (series).
      const el = [...document.querySelectorAll('news-plot[id^="light-"]')].find((e) => e.shadowRoot.querySelector('.legend .swatch'));
      const root = el.shadowRoot;
      const swatch = root.querySelector('.legend .swatch');
      return {
        stage: getComputedStyle(root.querySelector('.stage')).backgroundColor,
        swatch: swatch && getComputedStyle(swatch).backgroundColor,
        series: swatch && getComputedStyle(swatch).getPropertyValue('--swatch').trim(),
      };
    });
    assert.equal(got.stage, 'rgb(255, 255, 255)', 'dark canvas text stays on white, not on the forced black');
    const hex = got.series.replace('#', '');
    const rgb = `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    assert.equal(got.swatch, rgb, 'the swatch keeps its series colour');
    // The chart's focus ring in the system's Highlight colour, dark theme too.
    const series = chartById(doc, KIND_CHARTS.line).series;
    for (const host of [`#light-${KIND_CHARTS.line}`, `#dark-${KIND_CHARTS.line}`]) {
      // By Tab from the last legend button: keyboard focus, so :focus-visible.
      await legendButton(host, series.at(-1)).focus();
      await page.keyboard.press('Tab');
      const ring = await page.evaluate((host) => {
        const root = document.querySelector(host).shadowRoot;
        if (!root.querySelector('canvas.plot').matches(':focus-visible')) return 'the chart has no keyboard focus';
        const probe = document.createElement('div');
        probe.style.color = 'Highlight';
        document.body.append(probe);
        const highlight = getComputedStyle(probe).color;
        probe.remove();
        return { outline: getComputedStyle(root.querySelector('canvas.overlay')).outlineColor, highlight };
      }, host);
      assert.equal(ring.outline, ring.highlight, `${host}: the ring is Highlight`);
      await page.keyboard.press('Escape');
    }
  } finally {
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  }
});

test('the live region reads «в т.ч.» in full, as «в том числе»', async () => {
  const host = `#light-${KIND_CHARTS.hbar}`;
  const chart = chartById(doc, KIND_CHARTS.hbar);
  assert.ok(chart.items[0].parts?.length, 'the first bar has parts');
  // Focus (anew: an earlier test may have left it there) shows the first value.
  await page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.blur());
  const tip = await focusPlot(page, host);
  assert.ok(!tip.hidden, 'the first value is shown');
  assert.match(tip.text, /в\u00a0т\.ч\./, 'the tooltip abbreviates');
  const live = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('[aria-live]').textContent, host);
  assert.match(live, /в\u00a0том числе/, `spoken in full: ${live}`);
  assert.doesNotMatch(live, /т\.ч\./);
  await page.keyboard.press('Escape');
});
