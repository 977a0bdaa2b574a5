// The classic-script embed: `<script src=".../newsplot-embed.js" async>` alone
// (no module script on the page) loads newsplot.js from beside itself and draws.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitForWidgets, canvasStats, minDrawnPixels, screenshotElement } from './helpers.mjs';

let h;
before(async () => {
  h = await startHarness({ testRoutes: true });
});
after(() => h?.close());

test('a classic async script draws <news-plot src> from the entry next to it', async () => {
  const { page, context, pageErrors, consoleErrors, badResponses } = await h.open('/tests/e2e/pages/embed.html');
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  try {
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ type: s.type, src: s.getAttribute('src'), async: s.async })));
    assert.deepEqual(scripts, [{ type: '', src: '/dist/newsplot-embed.js', async: true }], 'one classic async script, nothing else');
    await waitForWidgets(page);
    assert.equal(await page.getAttribute('#classic', 'state'), 'ready');
    const [plot] = await canvasStats(page, '#classic');
    assert.ok(plot.opaque >= minDrawnPixels(plot), `the chart is drawn: ${plot.opaque} px`);
    assert.match(plot.ariaLabel, /Выявлено и заблокировано/, 'the chart of the document');
    // The module came from /dist/ (beside the embed), not from the page's folder.
    const entry = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(entry.includes('/dist/newsplot.js'), `newsplot.js loaded from /dist/: ${entry.join(', ')}`);
    assert.ok(entry.some((p) => /^\/dist\/newsplot_core_bg\.[0-9a-f]{8}\.wasm$/.test(p)), `the hashed wasm: ${entry.join(', ')}`);
    // Served as application/wasm (streaming compilation needs it; README "Deploying").
    const wasm = entry.find((p) => p.endsWith('.wasm'));
    const type = await page.evaluate(async (url) => (await fetch(url)).headers.get('content-type'), wasm);
    assert.equal(type, 'application/wasm');
    await screenshotElement(page, '#classic', 'embed-classic.png');
    assert.deepEqual(badResponses, []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await context.close();
  }
});

test('the classic embed waits for inline JSON the page has not yet delivered', async () => {
  const { page, context, pageErrors } = await h.open('/__test/streamed-page');
  try {
    await page.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('streamed')?.getAttribute('state')), null, { timeout: 15000 });
    assert.equal(await page.getAttribute('#streamed', 'state'), 'ready', 'drawn from the JSON that arrived after the embed ran');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('properties a page sets before newsplot.js has loaded are not lost', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/early-props.html');
  try {
    await page.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('early')?.getAttribute('state')), null, { timeout: 15000 });
    const got = await page.evaluate(() => {
      const el = document.getElementById('early');
      return {
        state: el.getAttribute('state'),
        charts: [...el.shadowRoot.querySelectorAll('figure')].map((f) => f.dataset.chart),
        timeout: el.getAttribute('timeout'),
        own: Object.keys(el),
      };
    });
    assert.deepEqual(got, { state: 'ready', charts: ['b'], timeout: '5', own: [] });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('changing `chart` while its document loads asks the server once', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  const asked = [];
  page.on('request', (r) => r.url().includes('/__test/slow') && asked.push(r.url()));
  try {
    await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
    const state = await page.evaluate(async () => {
      const el = document.createElement('news-plot');
      el.setAttribute('eager', '');
      el.setAttribute('src', '/__test/slow?ms=800');
      document.getElementById('mount').append(el);
      await new Promise((r) => setTimeout(r, 150));
      el.setAttribute('chart', 'a'); // mid-load: the same document, another chart
      return (await el.ready).state;
    });
    assert.equal(state, 'ready');
    assert.equal(asked.length, 1, `one request: ${asked.join(', ')}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
