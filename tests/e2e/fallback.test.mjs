// What the editor puts inside <news-plot> (an image made by `newsplot render`,
// a table): shown to readers without JavaScript and while the widget loads,
// hidden once the chart is ready. If the widget itself cannot start (the wasm
// does not load), the fallback stays, with the message under it; for an
// invalid document the widget's message takes its place (the editor must see it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitForWidgets, canvasStats, minDrawnPixels, alertOf, screenshot, waitUntil } from './helpers.mjs';

const PAGE = '/tests/e2e/pages/fallback.html';

let h;
before(async () => {
  h = await startHarness({ testRoutes: true });
});
after(() => h?.close());

/** Whether the light-DOM element `selector` is rendered (has a box, in the flat tree too) and its size. */
function shown(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const r = el.getBoundingClientRect();
    return { visible: el.checkVisibility(), width: Math.round(r.width), height: Math.round(r.height) };
  }, selector);
}

test('without JavaScript the fallback content is what readers see', async () => {
  const context = await h.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(h.url + PAGE);
    await page.waitForFunction(() => document.querySelector('#image img').complete);
    assert.deepEqual(await shown(page, '#image img'), { visible: true, width: 640, height: 302 }, 'the image');
    assert.equal((await page.evaluate(() => document.querySelector('#image img').naturalWidth)) > 0, true, 'the image file loads');
    const table = await shown(page, '#table table');
    assert.ok(table.visible && table.height > 40, `the table: ${JSON.stringify(table)}`);
    assert.ok((await shown(page, '#invalid .summary')).visible, 'the summary');
    assert.equal(await page.evaluate(() => document.querySelector('news-plot').shadowRoot), null, 'no widget');
    await screenshot(page, 'fallback-no-js.png', { fullPage: true });
  } finally {
    await context.close();
  }
});

test('the fallback shows while the widget loads and is replaced by the chart when ready', async () => {
  const { page, context, pageErrors } = await h.open(PAGE);
  try {
    // #image's document takes 2.5 s; #table's comes at once.
    await waitUntil(page, () => document.querySelector('#table').getAttribute('state') === 'ready', null, '#table ready', 10000);
    assert.equal(await page.getAttribute('#image', 'state'), 'loading');
    assert.deepEqual(await shown(page, '#image img'), { visible: true, width: 640, height: 302 }, 'the image while loading');
    const loadingBox = await page.evaluate(() => document.querySelector('#image').getBoundingClientRect().height);
    assert.ok(loadingBox >= 320, `the element keeps its reserved height while loading: ${loadingBox}`);
    await screenshot(page, 'fallback-loading.png');

    assert.equal((await shown(page, '#table table')).visible, false, 'the table is hidden once #table is ready');
    await waitForWidgets(page);
    assert.equal(await page.getAttribute('#image', 'state'), 'ready');
    assert.equal((await shown(page, '#image img')).visible, false, 'the image is hidden once the chart is ready');
    for (const host of ['#image', '#table']) {
      const [plot] = await canvasStats(page, host);
      assert.ok(plot.opaque >= minDrawnPixels(plot), `${host} is drawn`);
    }
    // The fallback is still in the page (light DOM), only not rendered.
    assert.equal(await page.evaluate(() => document.querySelectorAll('#image img, #table table').length), 2);
    await screenshot(page, 'fallback-ready.png');

    // An invalid document: the message, not the fallback.
    assert.equal(await page.getAttribute('#invalid', 'state'), 'error');
    assert.match(await alertOf(page, '#invalid'), /charts\[0\]\.items\[0\]\.value/);
    assert.equal((await shown(page, '#invalid .summary')).visible, false, 'the message replaces the fallback');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('when the wasm cannot load, the fallback stays and the message follows it', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    // Missing on the server (its message names the wasm's whole URL).
    await context.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    const page = await context.newPage();
    const pageErrors = [];
    const consoleErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(h.url + PAGE);
    await waitForWidgets(page);
    for (const [host, fallback] of [['#image', 'img'], ['#table', 'table'], ['#invalid', '.summary']]) {
      assert.equal(await page.getAttribute(host, 'state'), 'error', host);
      // In the page's language (lang="ru"): the wasm that words every other message
      // is missing. Readers get the status; the console, the glue's whole message.
      assert.match(await alertOf(page, host), /^График не загрузился \(newsplot_core_bg\.[0-9a-f]{8}\.wasm\): HTTP 404$/, `${host}: the message`);
      assert.ok((await shown(page, `${host} ${fallback}`)).visible, `${host}: the fallback stays`);
    }
    assert.ok(consoleErrors.some((t) => /HTTP 404 \(failed to fetch Wasm: 404 .*fetching 'http/.test(t)), `the console has the URL: ${JSON.stringify(consoleErrors)}`);
    await screenshot(page, 'fallback-no-wasm.png');
    // On a phone the message's long URL wraps inside it, as other messages' do.
    await page.setViewportSize({ width: 320, height: 900 });
    for (const host of ['#image', '#table', '#invalid']) {
      const box = await page.evaluate((host) => {
        const el = document.querySelector(host);
        const a = el.shadowRoot.querySelector('[role="alert"]');
        return { alert: a.getBoundingClientRect().right, host: el.getBoundingClientRect().right, wide: a.scrollWidth > a.clientWidth };
      }, host);
      assert.ok(box.alert <= box.host + 0.5 && !box.wide, `${host}: the message fits the element at 320 px: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a wasm the browser refuses without a status (blocked, a CSP) shows readers a short message; the console has the reason and the URL', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    await context.route(/\.wasm$/, (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(h.url + PAGE);
    await waitForWidgets(page);
    // No browser English («Failed to fetch», «…violates the following Content Security policy…») for readers.
    assert.match(await alertOf(page, '#image'), /^График не загрузился \(newsplot_core_bg\.[0-9a-f]{8}\.wasm\)$/);
    assert.ok(consoleErrors.some((t) => /newsplot_core_bg\.[0-9a-f]{8}\.wasm\)\)?$/.test(t) && /http:\/\/\S+\.wasm/.test(t)), `the console names the reason and the URL: ${JSON.stringify(consoleErrors)}`);
  } finally {
    await context.close();
  }
});

test('while the wasm loads, an element holds about the height its charts will take, so the article barely moves', async () => {
  for (const width of [360, 1280]) {
    for (const path of ['/', '/gallery.html', '/tests/e2e/pages/guess.html']) {
      const ctx = await h.browser.newContext({ viewport: { width, height: 900 } });
      try {
        const p = await ctx.newPage();
        let release;
        const gate = new Promise((r) => (release = r));
        await p.route('**/*.wasm', async (r) => {
          await gate;
          await r.continue();
        });
        await p.goto(h.url + path);
        // Every element near enough to load: all of them, at once.
        await p.evaluate(() => document.querySelectorAll('news-plot').forEach((e) => e.setAttribute('eager', '')));
        await waitUntil(p, () => [...document.querySelectorAll('news-plot')].every((e) => e.style.getPropertyValue('--np-guess')), null, 'every element to hold a guessed height');
        const before = await p.evaluate(() => [...document.querySelectorAll('news-plot')].map((e) => e.getBoundingClientRect().height));
        release();
        await waitForWidgets(p);
        const after = await p.evaluate(() => [...document.querySelectorAll('news-plot')].map((e) => e.getBoundingClientRect().height));
        const off = after.map((a, i) => Math.abs(before[i] - a) / a);
        assert.ok(off.every((o) => o < 0.25), `${path} at ${width}: held vs drawn ${JSON.stringify(before.map((b, i) => [Math.round(b), Math.round(after[i])]))}`);
        // All the charts together: within a tenth of what they take.
        const [sb, sa] = [before, after].map((hs) => hs.reduce((x, y) => x + y, 0));
        assert.ok(Math.abs(sa - sb) / sa < 0.1, `${path} at ${width}: all elements ${Math.round(sb)} → ${Math.round(sa)} px`);
        assert.equal(await p.evaluate(() => [...document.querySelectorAll('news-plot')].filter((e) => e.style.getPropertyValue('--np-guess')).length), 0, 'the guess goes once drawn');
      } finally {
        await ctx.close();
      }
    }
  }
});
