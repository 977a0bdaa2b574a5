// The JS API: `import { render, validate } from "newsplot"`.
// validate() words every problem exactly as the widget does, with its JSON path;
// render() draws into an element, update() redraws, destroy() removes it all.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startHarness, ROOT, canvasStats, minDrawnPixels, canvasHash, fetchJson, screenshotElement, mountPlot } from './helpers.mjs';

const PAGE = '/tests/e2e/pages/api.html';
const FIXTURES = path.join(ROOT, 'tests/fixtures');

let h, expected, invalid, valid;
before(async () => {
  h = await startHarness();
  expected = JSON.parse(await fs.readFile(path.join(FIXTURES, 'invalid/expected.json'), 'utf8'));
  const read = async (dir) =>
    Promise.all(
      (await fs.readdir(path.join(FIXTURES, dir)))
        .filter((f) => f.endsWith('.json') && f !== 'expected.json')
        .sort()
        .map(async (f) => [f, await fs.readFile(path.join(FIXTURES, dir, f), 'utf8')]),
    );
  invalid = await read('invalid');
  valid = await read('valid');
});
after(() => h?.close());

async function openApi() {
  const opened = await h.open(PAGE);
  await opened.page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
  return opened;
}

// A JSON path at the start of a message, before ": " (none for whole-document problems).
const PATH = /^((?:[A-Za-z_$][\w$]*|\[\d+\])(?:\.[A-Za-z_$][\w$]*|\[\d+\])*): /;

test('validate(): every invalid fixture gets its expected message and path; valid ones pass', async () => {
  const { page, context, pageErrors } = await openApi();
  try {
    assert.ok(invalid.length >= 40 && valid.length >= 1, `fixtures found: ${invalid.length} invalid, ${valid.length} valid`);
    const results = await page.evaluate(
      async (docs) => Promise.all(docs.map(async ([name, text]) => [name, await window.newsplot.validate(text, { locale: 'en' })])),
      invalid,
    );
    for (const [name, r] of results) {
      const want = expected[name];
      assert.ok(want, `${name} has an expected message`);
      assert.equal(r.ok, false, name);
      assert.equal(r.message, want, `${name}: the message`);
      const syntax = want.match(/^not valid JSON at line (\d+), column (\d+)/);
      assert.equal(r.path, want.match(PATH)?.[1] ?? '', `${name}: the path`);
      assert.deepEqual([r.line, r.column], syntax ? [Number(syntax[1]), Number(syntax[2])] : [null, null], `${name}: line and column`);
    }
    const ok = await page.evaluate(
      async (docs) => Promise.all(docs.map(async ([name, text]) => [name, await window.newsplot.validate(JSON.parse(text))])),
      valid,
    );
    for (const [name, r] of ok) assert.deepEqual(r, { ok: true, message: null, path: null, line: null, column: null, warnings: [] }, name);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('validate() says exactly what the widget shows, in the same language', async () => {
  const { page, context, pageErrors } = await openApi();
  try {
    const pairs = await page.evaluate(async (docs) => {
      const out = [];
      for (const [name, text] of docs) {
        for (const locale of [null, 'kk']) {
          const el = document.createElement('news-plot');
          el.eager = true;
          if (locale) el.locale = locale;
          el.data = text;
          document.getElementById('mount').append(el);
          const settled = await el.ready;
          const alert = el.shadowRoot.querySelector('[role="alert"]')?.textContent ?? null;
          const lang = el.shadowRoot.querySelector('[role="alert"]')?.closest('[lang]')?.getAttribute('lang') ?? null;
          const v = await window.newsplot.validate(text, locale ? { locale } : {});
          out.push({ name, locale, state: settled.state, alert, lang, readyMessage: settled.message, validate: v.message });
          el.remove();
        }
      }
      return out;
    }, invalid);
    assert.equal(pairs.length, invalid.length * 2);
    for (const p of pairs) {
      const what = `${p.name} (${p.locale ?? 'document/page locale'})`;
      assert.equal(p.state, 'error', what);
      assert.ok(p.alert, `${what}: the widget shows a message`);
      assert.equal(p.validate, p.alert, `${what}: validate() and the widget agree`);
      assert.equal(p.readyMessage, p.alert, `${what}: ready resolves with the message`);
    }
    // The fixtures are Russian documents on an English page: the document's language wins.
    const ru = pairs.find((p) => p.name === 'value-is-string.json' && p.locale === null);
    assert.equal(ru.validate, 'charts[1].items[2].value: ожидалось число, получено "5 тыс."');
    // And marked so: a screen reader reads it in a Russian (or Kazakh) voice on this English page.
    assert.equal(ru.lang, 'ru');
    assert.equal(pairs.find((p) => p.name === 'value-is-string.json' && p.locale === 'kk').lang, 'kk');
    // So for a syntax error: the locale the document gives before the fault,
    // else the format's Russian; text that is no document at all, the page's.
    const syntax = await page.evaluate(async () => {
      const v = window.newsplot.validate;
      return [await v('{"locale":"kk","version":1,"charts":[,]}'), await v('{"version":1,"charts":[,]}'), await v('<html>')].map((r) => r.message);
    });
    assert.match(syntax[0], /^JSON емес: 1-жол, 38-баған: /);
    assert.match(syntax[1], /^не JSON: строка 1, столбец 24: /);
    assert.match(syntax[2], /^not valid JSON at line 1, column 1: /);
    // What JSON cannot hold is refused with a message, not an exception.
    // Each named with the path of the value at fault, in the language asked
    // for, else the document's (Russian when it names none, as its other
    // messages); a value that is no document, in the page's (English here).
    const odd = await page.evaluate(async () => {
      const v = window.newsplot.validate;
      const loop = { version: 1, charts: [{ id: 'a', type: 'bar', items: [] }] };
      loop.charts[0].items.push({ label: 'x', value: 1, back: loop.charts[0] });
      const shared = { label: 'x', value: 1 };
      const dag = { version: 1, charts: [{ id: 'a', type: 'bar', items: [shared, { ...shared, label: 'y' }] }, { id: 'b', type: 'bar', items: [shared] }] };
      const big = { version: 1, charts: [{ id: 'a', type: 'bar', items: [{ label: 'x', value: 5n }] }] };
      const throws = { get version() { throw new Error('no version for you'); } };
      return [await v(loop), await v(undefined, { locale: 'en' }), await v(big, { locale: 'ru' }), await v(dag), await v(() => 1, { locale: 'kk' }), await v(throws)];
    });
    const [loop, undef, big, dag, fn, throws] = odd;
    assert.deepEqual(loop, { ok: false, message: 'charts[0].items[0].back: объект ссылается сам на себя (круговая ссылка); такой объект не записать в JSON', path: 'charts[0].items[0].back', line: null, column: null });
    assert.deepEqual(undef, { ok: false, message: 'data: got undefined, not a document (an object or JSON text)', path: '', line: null, column: null });
    assert.equal(big.message, 'charts[0].items[0].value: число BigInt не записывается в JSON; передайте обычное число');
    assert.equal(big.path, 'charts[0].items[0].value');
    assert.equal(dag.ok, true, `an object used twice is no cycle: ${dag.message}`);
    assert.equal(fn.message, 'data: function алынды, ал құжат керек (объект не JSON мәтіні)');
    assert.match(throws.message, /^data: the object cannot be written as JSON \(.*no version for you/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('render(), update() and destroy()', async () => {
  const { page, context, pageErrors } = await openApi();
  const almaty = await fetchJson(h, '/data/almaty-2025.json');
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const listeners = async () => {
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSEventListeners').value;
    };
    const baseline = await listeners();

    // A document object, one chart.
    const first = await page.evaluate(async (doc) => {
      window.states = [];
      document.addEventListener('newsplot:state', (e) => window.states.push(e.detail.state));
      window.chart = window.newsplot.render(document.getElementById('mount'), doc, { chart: 'blocked', locale: 'ru', eager: true });
      const r = await window.chart.ready;
      const el = window.chart.element;
      return { r, tag: el.localName, parent: el.parentElement.id, chart: el.chart, locale: el.locale, eager: el.eager, states: window.states.slice() };
    }, almaty);
    assert.deepEqual(first.r, { state: 'ready', message: null });
    assert.deepEqual(
      { tag: first.tag, parent: first.parent, chart: first.chart, locale: first.locale, eager: first.eager },
      { tag: 'news-plot', parent: 'mount', chart: 'blocked', locale: 'ru', eager: true },
    );
    assert.deepEqual(first.states, ['loading', 'ready'], 'newsplot:state events');
    const [plot] = await canvasStats(page, '#mount news-plot');
    assert.ok(plot.opaque >= minDrawnPixels(plot), 'drawn');
    assert.match(plot.ariaLabel, /Выявлено и заблокировано/);
    const before = await canvasHash(page, '#mount news-plot');
    await screenshotElement(page, '#mount', 'api-render.png');

    // update(): another document object.
    const changed = structuredClone(almaty);
    changed.charts.find((c) => c.id === 'blocked').title = 'Заблокировано за год';
    changed.charts.find((c) => c.id === 'blocked').items[0].value = 100;
    assert.deepEqual(await page.evaluate((doc) => window.chart.update(doc), changed), { state: 'ready', message: null });
    assert.match((await canvasStats(page, '#mount news-plot'))[0].ariaLabel, /Заблокировано за год/);
    assert.notEqual(await canvasHash(page, '#mount news-plot'), before, 'the drawing changed');

    // update(): a URL, then JSON text. Each swaps `data` and `src` (two
    // changes, one new document): one "loading", then "ready".
    await page.evaluate(() => (window.states = []));
    assert.equal((await page.evaluate(() => window.chart.update('/data/almaty-2025.en.json'))).state, 'ready');
    assert.deepEqual(await page.evaluate(() => window.states), ['loading', 'ready'], 'data → src: states announced');
    assert.equal(await page.evaluate(() => window.chart.element.getAttribute('src')), '/data/almaty-2025.en.json');
    const english = (await canvasStats(page, '#mount news-plot'))[0].ariaLabel;
    assert.match(english, /Found and blocked/, 'the English document');
    assert.match(english.replace(/\s/g, ' '), /более 5 000/, 'worded in Russian: locale "ru" still wins over the document');
    const text = JSON.stringify({ version: 1, charts: [{ id: 'blocked', type: 'bar', title: 'From text', items: [{ label: 'a', value: 3 }] }] });
    await page.evaluate(() => (window.states = []));
    assert.equal((await page.evaluate((t) => window.chart.update(t), text)).state, 'ready');
    assert.deepEqual(await page.evaluate(() => window.states), ['loading', 'ready'], 'src → data: states announced');
    assert.equal(await page.evaluate(() => window.chart.element.hasAttribute('src')), false, 'src gone');
    assert.match((await canvasStats(page, '#mount news-plot'))[0].ariaLabel, /From text/);

    // update(): an invalid document shows validate()'s message.
    const bad = { version: 1, charts: [{ id: 'blocked', type: 'bar', items: [{ label: 'a', value: -1 }] }] };
    const failed = await page.evaluate(async (doc) => [await window.chart.update(doc), await window.newsplot.validate(doc, { locale: 'ru' })], bad);
    assert.equal(failed[0].state, 'error');
    assert.equal(failed[0].message, failed[1].message);
    assert.equal(failed[1].path, 'charts[0].items[0].value');

    // destroy(): the element, its listeners and observers are gone.
    const gone = await page.evaluate(() => {
      window.chart.destroy();
      window.chart.destroy(); // twice is harmless
      let threw = null;
      try {
        window.chart.update({});
      } catch (e) {
        threw = e.message;
      }
      return { children: document.getElementById('mount').childElementCount, threw };
    });
    assert.deepEqual(gone, { children: 0, threw: 'newsplot: update() after destroy()' });

    // Five more render/destroy rounds leave no listeners behind.
    await page.evaluate(async (doc) => {
      for (let i = 0; i < 5; i++) {
        const c = window.newsplot.render(document.getElementById('mount'), doc, { eager: true, theme: 'dark' });
        if ((await c.ready).state !== 'ready') throw new Error('not ready');
        c.destroy();
      }
      window.states = null;
    }, almaty);
    const end = await listeners();
    assert.ok(end - baseline <= 2, `event listeners back to the baseline: ${baseline} → ${end}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('render() into a <news-plot>, lazily by default; bad arguments', async () => {
  const { page, context, pageErrors } = await openApi();
  try {
    const r = await page.evaluate(async () => {
      const spacer = document.createElement('div');
      spacer.style.height = `${innerHeight + 2000}px`;
      const el = document.createElement('news-plot');
      document.body.append(spacer, el);
      const c = window.newsplot.render(el, '/data/almaty-2025.json', { chart: 'money' });
      await new Promise((r) => setTimeout(r, 800));
      const waiting = el.state;
      el.scrollIntoView();
      const settled = await c.ready;
      let typeError = null;
      try {
        window.newsplot.render(null, {});
      } catch (e) {
        typeError = e instanceof TypeError;
      }
      return { same: c.element === el, waiting, settled, typeError, wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length };
    });
    assert.deepEqual(r, { same: true, waiting: 'loading', settled: { state: 'ready', message: null }, typeError: true, wasm: 1 });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('chart="" (a CMS template\'s empty field) draws every chart, as no attribute', async () => {
  const { page, context, pageErrors } = await openApi();
  try {
    const figures = await page.evaluate(async () => {
      const el = document.createElement('news-plot');
      el.setAttribute('eager', '');
      el.setAttribute('chart', '');
      el.data = { version: 1, charts: [{ id: 'a', type: 'hbar', items: [{ label: 'x', value: 1 }] }, { id: 'b', type: 'bar', items: [{ label: 'y', value: 2 }] }] };
      document.getElementById('mount').append(el);
      await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state !== 'loading' && r()));
      return { state: el.getAttribute('state'), ids: [...el.shadowRoot.querySelectorAll('figure')].map((f) => f.dataset.chart) };
    });
    assert.deepEqual(figures, { state: 'ready', ids: ['a', 'b'] });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a misspelt field: validate() lists it, the widget draws without it and names it in the console', async () => {
  const { page, context, pageErrors, consoleWarnings, consoleErrors } = await openApi();
  try {
    const doc = { version: 1, locale: 'ru', charts: [{ id: 'm', type: 'hbar', unit: 'kg', titel: 'Изъято', items: [
      { label: 'Марихуана', value: 1251, qualifer: 'more_than' }, { label: 'Гашиш', value: 498, comment: 'своё поле', 'unit\n': 't' },
    ] }] };
    const r = await page.evaluate((d) => window.newsplot.validate(d), doc);
    const ru = (path, key, meant) => `${path}: поля «${key}» в формате нет, и оно пропущено; может быть, имелось в виду «${meant}»?`;
    assert.deepEqual(r, { ok: true, message: null, path: null, line: null, column: null, warnings: [
      { path: 'charts[0].titel', message: ru('charts[0].titel', 'titel', 'title') },
      { path: 'charts[0].items[0].qualifer', message: ru('charts[0].items[0].qualifer', 'qualifer', 'qualifier') },
      // A key may hold any character, a line break too.
      { path: 'charts[0].items[1].unit\n', message: ru('charts[0].items[1].unit\n', 'unit\n', 'unit') },
    ] });
    // In the language asked for.
    const en = await page.evaluate((d) => window.newsplot.validate(d, { locale: 'en' }), doc);
    assert.equal(en.warnings[1].message, 'charts[0].items[0].qualifer: the format has no field "qualifer", so it is ignored; did you mean "qualifier"?');
    // The widget draws the figure as written, without «более», and says why in the console.
    assert.equal(await mountPlot(page, 'slip', { data: doc }), 'ready');
    const table = await page.evaluate(() => [...document.getElementById('slip').shadowRoot.querySelectorAll('table tr')].map((r) => [...r.cells].map((c) => c.textContent.replace(/\s+/g, ' ')).join('|')).join('\n'));
    assert.match(table, /^Марихуана\|1 251 кг$/m);
    assert.doesNotMatch(table, /более/);
    // A redraw of the same document (another theme) does not name them again.
    const drawn = await page.evaluate(() => document.getElementById('slip').shadowRoot.querySelector('canvas.plot').toDataURL());
    await page.evaluate(() => document.getElementById('slip').setAttribute('theme', 'dark'));
    await page.waitForFunction((before) => document.getElementById('slip').shadowRoot.querySelector('canvas.plot')?.toDataURL() !== before, drawn);
    const named = consoleWarnings.filter((w) => w.startsWith('newsplot: charts[0]'));
    assert.deepEqual(named, [`newsplot: ${ru('charts[0].titel', 'titel', 'title')}`, `newsplot: ${ru('charts[0].items[0].qualifer', 'qualifer', 'qualifier')}`, `newsplot: ${ru('charts[0].items[1].unit\n', 'unit\n', 'unit')}`]);
    // Another language names them again, in it.
    await page.evaluate(() => document.getElementById('slip').setAttribute('locale', 'en'));
    const ours = () => consoleWarnings.filter((w) => w.startsWith('newsplot: charts[0]'));
    for (let i = 0; i < 100 && ours().length < 6; i++) await new Promise((r) => setTimeout(r, 50));
    const english = consoleWarnings.filter((w) => w.startsWith('newsplot: charts[0]')).slice(3);
    assert.deepEqual(english.map((w) => w.match(/did you mean "(\w+)"\?$/)?.[1]), ['title', 'qualifier', 'unit'], english.join('\n'));
    assert.ok(english.every((w) => w.includes(': the format has no field ')), english.join('\n'));
    assert.deepEqual([consoleErrors, pageErrors], [[], []]);
  } finally {
    await context.close();
  }
});

test('a share of 0.04 % is still a line on the ring, in its swatch\'s colour', async () => {
  const { page, context, pageErrors } = await openApi();
  try {
    const doc = { version: 1, charts: [{ id: 'd', type: 'donut', items: [{ label: 'Героин', value: 5000 }, { label: 'Гашиш', value: 4998 }, { label: 'Кокаин', value: 4 }] }] };
    await page.setViewportSize({ width: 700, height: 900 });
    // The third colour made pure green, to count it.
    assert.equal(await mountPlot(page, 'tiny', { data: doc, attrs: { style: '--newsplot-series-3: #00c000' } }), 'ready');
    const green = await page.evaluate(() => {
      const c = document.getElementById('tiny').shadowRoot.querySelector('canvas.plot');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 40 && d[i + 1] > 150 && d[i + 2] < 40) n++;
      return n;
    });
    // The list's swatch is 12 × 12 px; the rest is the ring's line, 1,5 px wide across
    // its ~60 px: to scale it would be a quarter of a pixel, blended away.
    assert.ok(green - 144 >= 40, `the third colour on the ring: ${green - 144} px`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('heading-level fits the widget\'s headings into the page\'s outline', async () => {
  const { page, context, pageErrors, consoleWarnings: warnings } = await openApi();
  try {
    const levels = await page.evaluate(async () => {
      const doc = { version: 1, title: 'Doc', charts: [{ id: 'a', type: 'hbar', title: 'A', items: [{ label: 'x', value: 1 }] }, { id: 'b', type: 'bar', title: 'B', items: [{ label: 'y', value: 2 }] }] };
      const mount = async (attrs) => {
        const el = document.createElement('news-plot');
        el.setAttribute('eager', '');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        el.data = doc;
        document.getElementById('mount').append(el);
        await el.ready;
        const read = () => [...el.shadowRoot.querySelectorAll('h2, h3')].map((h) => `${h.localName}:${h.getAttribute('aria-level')}`);
        const first = read();
        // Changed later, the headings follow.
        el.setAttribute('heading-level', '5');
        await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state === 'ready' && r()));
        const changed = read();
        el.remove();
        return { first, changed };
      };
      return [await mount({}), await mount({ 'heading-level': '3' }), await mount({ 'heading-level': '3', chart: 'b' }), await mount({ 'heading-level': 'x' })];
    });
    assert.deepEqual(levels[0].first, ['h2:null', 'h3:null', 'h3:null'], 'without it: h2 and h3');
    assert.deepEqual(levels[1].first, ['h2:3', 'h3:4', 'h3:4'], 'the document at 3, its charts under it');
    assert.deepEqual(levels[2].first, ['h3:3'], 'a chart alone at the level given');
    assert.deepEqual(levels[3].first, ['h2:null', 'h3:null'].concat(['h3:null']), 'a value that is no level is ignored');
    assert.deepEqual(levels[1].changed, ['h2:5', 'h3:6', 'h3:6']);
    assert.deepEqual(levels[2].changed, ['h3:5']);
    // render()'s option sets the attribute.
    const viaRender = await page.evaluate(async () => {
      const box = document.createElement('div');
      document.getElementById('mount').append(box);
      const handle = window.newsplot.render(box, { version: 1, charts: [{ id: 'a', type: 'bar', title: 'A', items: [{ label: 'x', value: 1 }] }] }, { headingLevel: 4, eager: true });
      await handle.ready;
      const got = handle.element.shadowRoot.querySelector('h3').getAttribute('aria-level');
      handle.destroy();
      return got;
    });
    assert.equal(viaRender, '4');
    // The same as a property (a number), as the element's other attributes are.
    const viaProperty = await page.evaluate(async () => {
      const el = document.createElement('news-plot');
      el.eager = true;
      el.headingLevel = 4;
      el.data = { version: 1, charts: [{ id: 'a', type: 'bar', title: 'A', items: [{ label: 'x', value: 1 }] }] };
      document.getElementById('mount').append(el);
      await el.ready;
      const got = [el.getAttribute('heading-level'), el.headingLevel, el.shadowRoot.querySelector('h3').getAttribute('aria-level')];
      el.headingLevel = null;
      got.push(el.hasAttribute('heading-level'));
      // What is no level reads as none, an empty attribute too.
      for (const v of ['', 'abc', '7']) {
        el.setAttribute('heading-level', v);
        got.push(el.headingLevel);
      }
      el.remove();
      return got;
    });
    assert.deepEqual(viaProperty, ['4', 4, '4', false, null, null, null]);
    assert.ok(warnings.some((w) => w.includes('heading-level "x"')), `a value that is no level is said in the console: ${warnings}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
