// Elements created, changed and removed by script: removing one releases its
// listeners and nodes; changing `chart`, `locale` or `theme` re-renders it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  fetchJson,
  chartById,
  plain,
  focusPlot,
  canvasHash,
  waitUntil,
  GALLERY_DATA,
} from './helpers.mjs';

const PAGE = '/tests/e2e/pages/lifecycle.html';

let h, doc;
before(async () => {
  h = await startHarness();
  doc = await fetchJson(h, GALLERY_DATA);
});
after(() => h?.close());

/**
 * In the page: `n` times, adds a <news-plot> with the document inline, waits for
 * state="ready", focuses its chart (so keyboard state exists too) and removes it.
 */
function cycles(page, n, json) {
  return page.evaluate(
    async ({ n, json }) => {
      const stage = document.getElementById('stage');
      for (let i = 0; i < n; i++) {
        const el = document.createElement('news-plot');
        el.setAttribute('chart', 'cyber');
        const data = document.createElement('script');
        data.type = 'application/json';
        data.textContent = json;
        el.append(data);
        stage.append(el);
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`cycle ${i}: state=${el.getAttribute('state')}`)), 5000);
          const check = () => {
            const state = el.getAttribute('state');
            if (state !== 'ready' && state !== 'error') return;
            observer.disconnect();
            clearTimeout(timer);
            if (state === 'ready') resolve();
            else reject(new Error(`cycle ${i}: state=error`));
          };
          const observer = new MutationObserver(check);
          observer.observe(el, { attributes: true, attributeFilter: ['state'] });
          check();
        });
        el.shadowRoot.querySelector('canvas[role="img"]')?.focus();
        el.remove();
      }
      return document.querySelectorAll('news-plot').length;
    },
    { n, json },
  );
}

test('100 create–ready–remove cycles leave no event listeners or DOM nodes behind', async () => {
  const { page, context, pageErrors } = await h.open(PAGE);
  try {
    await page.evaluate(() => customElements.whenDefined('news-plot'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Counts after garbage collection; a few rounds, a frame apart, so that
    // whatever the last frame still held is gone too.
    const metrics = async () => {
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.filter((m) => ['JSEventListeners', 'Nodes'].includes(m.name)).map((m) => [m.name, m.value]));
    };
    const json = JSON.stringify(doc);

    assert.equal(await cycles(page, 10, json), 0, 'warm-up: every element removed');
    const warm = await metrics();
    assert.equal(await cycles(page, 100, json), 0, 'every element removed');
    const end = await metrics();

    const detail = JSON.stringify({ afterWarmUp: warm, after100More: end });
    assert.ok(end.JSEventListeners - warm.JSEventListeners <= 5, `event listeners do not grow: ${detail}`);
    assert.ok(end.Nodes - warm.Nodes <= 50, `DOM nodes do not grow: ${detail}`);
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

test('changing chart, locale and theme re-renders the element', async () => {
  const { page, context, pageErrors } = await h.open(PAGE, { colorScheme: 'light' });
  const host = '#changing';
  const read = () =>
    page.evaluate((host) => {
      const el = document.querySelector(host);
      const canvas = el.shadowRoot?.querySelector('canvas[role="img"]');
      return {
        state: el.getAttribute('state'),
        theme: el.dataset.newsplotTheme ?? null,
        charts: [...(el.shadowRoot?.querySelectorAll('figure') ?? [])].map((f) => f.dataset.chart),
        label: canvas?.getAttribute('aria-label') ?? null,
      };
    }, host);
  const settle = (what, predicate, arg) =>
    waitUntil(
      page,
      ({ host, predicate, arg }) => {
        const el = document.querySelector(host);
        if (el.getAttribute('state') !== 'ready') return false;
        return new Function('el', 'arg', `return (${predicate})(el, arg)`)(el, arg);
      },
      { host, predicate: predicate.toString(), arg },
      what,
    );
  try {
    await page.evaluate((src) => {
      const el = document.createElement('news-plot');
      el.id = 'changing';
      el.setAttribute('src', src);
      el.setAttribute('chart', 'damage');
      document.getElementById('stage').append(el);
    }, GALLERY_DATA);
    const damage = chartById(doc, 'damage');
    const cyber = chartById(doc, 'cyber');
    await settle('the damage chart', (el, id) => el.shadowRoot.querySelector(`figure[data-chart="${id}"]`), 'damage');
    const first = await read();
    assert.ok(plain(first.label).includes(plain(damage.title)), `aria-label names «${damage.title}»: ${first.label}`);

    // chart
    await page.evaluate((host) => document.querySelector(host).setAttribute('chart', 'cyber'), host);
    await settle('chart="cyber" to be drawn', (el, id) => el.shadowRoot.querySelector(`figure[data-chart="${id}"]`), 'cyber');
    const second = await read();
    assert.deepEqual(second.charts, ['cyber'], 'only the new chart is shown');
    assert.ok(plain(second.label).includes(plain(cyber.title)), `aria-label names «${cyber.title}»: ${second.label}`);
    assert.ok(plain(second.label).includes('более'), `in Russian: ${second.label}`);

    // locale
    await page.evaluate((host) => document.querySelector(host).setAttribute('locale', 'en'), host);
    await settle('locale="en" wording', (el) => /more than/.test(el.shadowRoot.querySelector('canvas[role="img"]').getAttribute('aria-label').replace(/\u00a0/g, ' ')));
    const english = await read();
    assert.ok(!plain(english.label).includes('более'), `no Russian qualifier left: ${english.label}`);
    const tip = await focusPlot(page, host);
    assert.ok(plain(tip.text).includes('more than'), `the tooltip is in English: ${JSON.stringify(tip.text)}`);
    assert.ok(plain(tip.text).includes('14,200') || plain(tip.text).includes('14 200'), `with the figure: ${JSON.stringify(tip.text)}`);
    await page.keyboard.press('Escape');

    // Other tags fall back to the closest language: Kazakh puts "more than" after the figure.
    for (const [tag, word] of [['kk', 'астам'], ['en-GB', 'more than'], ['ru-KZ', 'более']]) {
      await page.evaluate(({ host, tag }) => document.querySelector(host).setAttribute('locale', tag), { host, tag });
      await settle(
        `locale="${tag}" wording («${word}»)`,
        (el, word) => el.shadowRoot.querySelector('canvas[role="img"]').getAttribute('aria-label').replace(/\u00a0/g, ' ').includes(word),
        word,
      );
    }

    // theme
    assert.equal(english.theme, 'light', 'a light reader gets the light theme');
    const lightPixels = await canvasHash(page, host);
    await page.evaluate((host) => document.querySelector(host).setAttribute('theme', 'dark'), host);
    await settle('theme="dark"', (el) => el.dataset.newsplotTheme === 'dark');
    assert.notEqual(await canvasHash(page, host), lightPixels, 'theme="dark" redraws in other colours');
    await page.evaluate((host) => document.querySelector(host).removeAttribute('theme'), host);
    await settle('the theme attribute removed', (el) => el.dataset.newsplotTheme === 'light');
    assert.equal(await canvasHash(page, host), lightPixels, 'without it, the light drawing again');

    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});
