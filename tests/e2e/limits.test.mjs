// Documents at the edges of what a page can show: charts taller than the
// browser's largest canvas, bytes that are not UTF-8, numbers JSON cannot hold.
// Each is drawn, or named in a message; never a blank chart said to be ready.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, canvasStats, alertOf, minDrawnPixels, waitUntil } from './helpers.mjs';

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

/** Mounts a <news-plot> with `doc` (a string: inline JSON; else set as `data`) and waits for its state. */
async function mount(page, id, doc, { asData = false, src = null } = {}) {
  await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
  await page.evaluate(
    ({ id, doc, asData, src }) => {
      const el = document.createElement('news-plot');
      el.id = id;
      el.setAttribute('eager', '');
      if (src) el.setAttribute('src', src);
      else if (asData) el.data = doc;
      else {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = doc;
        el.append(s);
      }
      document.getElementById('mount').append(el);
    },
    { id, doc, asData, src },
  );
  await waitUntil(page, (id) => ['ready', 'error'].includes(document.getElementById(id).getAttribute('state')), id, `#${id} settled`, 30000);
  return page.getAttribute(`#${id}`, 'state');
}

test('a chart taller than the largest canvas says so; a tall one that fits is drawn', async () => {
  const { page, context, pageErrors, consoleErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    // ~700 rows: past Safari's 16.7 M-pixel canvas at this width, within Chromium's.
    assert.equal(await mount(page, 'tall', hbar(700)), 'ready');
    const [c] = await canvasStats(page, '#tall');
    assert.ok(c.height > 30000, `a tall canvas: ${JSON.stringify(c)}`);
    assert.ok(c.opaque >= minDrawnPixels(c), `and drawn: ${JSON.stringify(c)}`);
    // The last row's bar is drawn at the bottom: the whole canvas draws, not only its top.
    const bottomInk = await page.evaluate(() => {
      const cv = document.getElementById('tall').shadowRoot.querySelector('canvas.plot');
      const ctx = cv.getContext('2d');
      const data = ctx.getImageData(0, cv.height - 120, cv.width, 120).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    assert.ok(bottomInk > 100, `the last rows are drawn: ${bottomInk} pixels`);

    // 3,000 rows: ~170,000 px, past every browser's limit.
    assert.equal(await mount(page, 'taller', hbar(3000)), 'error');
    const message = await alertOf(page, '#taller');
    assert.match(message, /«many»: 3\s000 строк/, message);
    assert.match(message, /разделите данные/, message);
    assert.ok(consoleErrors.some((t) => t.includes('«many»')), 'logged');
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
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
