// Lazy loading: the wasm is fetched once per page, only when the first
// <news-plot> comes within 200 px of the viewport (`eager` opts out); elements
// sharing one `src` URL share one request.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitForWidgets, canvasStats, minDrawnPixels, waitUntil } from './helpers.mjs';

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

/** Opens `path` counting requests by URL path (listening from before navigation). */
async function openCounting(path) {
  const context = await h.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  const pageErrors = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(h.url + path);
  const count = (re) => requests.filter((p) => re.test(p)).length;
  return { page, context, requests, pageErrors, count };
}

const WASM = /\.wasm$/;
const DOC = /^\/data\/almaty-2025\.json$/;
/** Time for a frame or two, in which an IntersectionObserver would have reported. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));

test('a chart far below the fold loads nothing until scrolled to, then the wasm once', async () => {
  const { page, context, pageErrors, count } = await openCounting('/tests/e2e/pages/lazy.html?below=1500');
  try {
    await page.waitForLoadState('load');
    await page.evaluate(() => customElements.whenDefined('news-plot'));
    await settle(page);
    await page.waitForTimeout(700);
    assert.equal(count(WASM), 0, 'no wasm request before scrolling');
    assert.equal(count(DOC), 0, 'no document request either');
    assert.equal(await page.getAttribute('#below', 'state'), 'loading');

    // Scrolling to 100 px above it (within 200 px): it loads.
    await page.evaluate(() => scrollTo(0, document.getElementById('below').offsetTop - innerHeight - 100));
    await waitForWidgets(page);
    assert.equal(count(WASM), 1, 'one wasm request');
    assert.equal(count(DOC), 1, 'one document request for two elements with the same src');
    for (const host of ['#below', '#further']) {
      assert.equal(await page.getAttribute(host, 'state'), 'ready', host);
      const [plot] = await canvasStats(page, host);
      assert.ok(plot.opaque >= minDrawnPixels(plot), `${host} is drawn`);
    }
    // Scrolling on loads nothing more.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await settle(page);
    assert.equal(count(WASM), 1, 'still one wasm request');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('within 200 px of the viewport counts as near; 600 px away does not', async () => {
  for (const [below, loads] of [[120, true], [600, false]]) {
    const { page, context, count } = await openCounting(`/tests/e2e/pages/lazy.html?below=${below}`);
    try {
      await page.waitForLoadState('load');
      if (loads) {
        await waitForWidgets(page);
        assert.equal(await page.getAttribute('#below', 'state'), 'ready', `${below} px below: loaded without scrolling`);
      } else {
        await settle(page);
        await page.waitForTimeout(700);
        assert.equal(await page.getAttribute('#below', 'state'), 'loading', `${below} px below: waits`);
      }
      assert.equal(count(WASM), loads ? 1 : 0, `${below} px below: wasm requests`);
    } finally {
      await context.close();
    }
  }
});

test('`eager` loads at once, without scrolling', async () => {
  const { page, context, pageErrors, count } = await openCounting('/tests/e2e/pages/lazy.html?below=3000&eager=1');
  try {
    await waitForWidgets(page);
    assert.equal(await page.evaluate(() => scrollY), 0, 'the page was not scrolled');
    assert.equal(count(WASM), 1, 'one wasm request');
    const [plot] = await canvasStats(page, '#below');
    assert.ok(plot.opaque >= minDrawnPixels(plot), 'drawn off-screen');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('setting `eager` on a waiting element loads it', async () => {
  const { page, context, count } = await openCounting('/tests/e2e/pages/lazy.html?below=3000');
  try {
    await page.waitForLoadState('load');
    await settle(page);
    assert.equal(count(WASM), 0, 'waiting');
    await page.evaluate(() => (document.getElementById('below').eager = true));
    await waitForWidgets(page);
    assert.equal(count(WASM), 1);
  } finally {
    await context.close();
  }
});

test('elements with the same src (however written) share one request; a later one reuses it', async () => {
  const { page, context, pageErrors, count } = await openCounting('/tests/e2e/pages/shared.html');
  try {
    await waitForWidgets(page);
    const states = await page.evaluate(() => [...document.querySelectorAll('news-plot')].map((e) => `${e.id}:${e.getAttribute('state')}`));
    assert.deepEqual(states, ['one:ready', 'two:ready', 'three:ready', 'other:ready']);
    assert.equal(count(/^\/data\/gallery-ru\.json$/), 1, 'three elements, one request');
    assert.equal(count(/^\/data\/almaty-2025\.json$/), 1);
    // Each drew its own chart of the shared document.
    const labels = [];
    for (const host of ['#one', '#two', '#three']) labels.push((await canvasStats(page, host))[0].ariaLabel);
    assert.equal(new Set(labels).size, 3, `three different charts: ${labels.join(' | ')}`);

    // A fourth element added later with the same URL: no new request.
    await page.evaluate(() => {
      const el = document.createElement('news-plot');
      el.id = 'late';
      el.setAttribute('src', '/data/gallery-ru.json');
      el.setAttribute('chart', 'energy');
      document.body.prepend(el);
    });
    await waitUntil(page, () => document.getElementById('late').getAttribute('state') === 'ready', null, '#late ready');
    assert.equal(count(/^\/data\/gallery-ru\.json$/), 1, 'still one request');
    assert.equal(count(WASM), 1, 'one wasm request for the page');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the document is requested while the wasm is still loading, not after it', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  // The wasm's response is held until the documents have been asked for (or
  // 5 s): loading them one after the other would ask only once it is let go.
  let docsAsked = 0;
  const asked = new Promise((resolve) => {
    page.on('request', (r) => {
      if (/\/data\/.*\.json$/.test(new URL(r.url()).pathname) && ++docsAsked === 2) resolve(true);
    });
  });
  let whileHeld = null;
  await context.route(WASM, async (route) => {
    whileHeld = await Promise.race([asked, new Promise((r) => setTimeout(() => r(false), 5000))]);
    await route.continue();
  });
  try {
    await page.goto(h.url + '/tests/e2e/pages/shared.html');
    await waitForWidgets(page);
    assert.equal(whileHeld, true, 'both documents were requested before the wasm arrived');
    const states = await page.evaluate(() => [...document.querySelectorAll('news-plot')].map((e) => e.getAttribute('state')));
    assert.deepEqual(states, ['ready', 'ready', 'ready', 'ready']);
  } finally {
    await context.close();
  }
});
