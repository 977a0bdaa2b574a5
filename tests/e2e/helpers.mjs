// Shared helpers for the end-to-end tests (node --test tests/e2e/).
//
// One harness per test file: a static server on a free port plus one
// headless Chromium. Pages are opened in their own browser context so each
// test can pick its own deviceScaleFactor.

import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, ROOT, DEFAULT_MOUNTS } from '../../scripts/serve.mjs';

export { ROOT };
export const RESULTS_DIR = path.join(ROOT, 'test-results');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function startHarness() {
  await fs.access(path.join(ROOT, 'dist/newsplot.js')).catch(() => {
    throw new Error('dist/newsplot.js does not exist: build the widget first');
  });
  const server = await startServer({ port: 0, mounts: DEFAULT_MOUNTS });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    url: server.url,
    browser,
    /** Opens `urlPath` in a fresh context; returns { page, consoleErrors, pageErrors, badResponses }. */
    async open(urlPath, { deviceScaleFactor = 1, viewport = { width: 1024, height: 900 } } = {}) {
      const context = await browser.newContext({ deviceScaleFactor, viewport });
      const page = await context.newPage();
      const consoleErrors = [];
      const pageErrors = [];
      const badResponses = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => pageErrors.push(String(err?.stack ?? err)));
      page.on('response', (res) => {
        if (res.status() >= 400) badResponses.push(`${res.status()} ${res.url()}`);
      });
      // Anything not on our server is refused: the tests must not need the network.
      await context.route((u) => !u.href.startsWith(server.url), (route) => route.abort());
      const response = await page.goto(server.url + urlPath);
      if (!response || !response.ok()) {
        throw new Error(`GET ${urlPath}: ${response ? response.status() : 'no response'}`);
      }
      return { page, context, consoleErrors, pageErrors, badResponses };
    },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/** Waits until <news-plot> is defined and every instance is `ready` or `error`. */
export async function waitForWidgets(page, { timeout = 15000 } = {}) {
  try {
    await page.waitForFunction(
      () => {
        const els = [...document.querySelectorAll('news-plot')];
        return (
          customElements.get('news-plot') !== undefined &&
          els.length > 0 &&
          els.every((e) => ['ready', 'error'].includes(e.getAttribute('state')))
        );
      },
      null,
      { timeout },
    );
  } catch (err) {
    const states = await page
      .evaluate(() => ({
        defined: customElements.get('news-plot') !== undefined,
        states: [...document.querySelectorAll('news-plot')].map((e) => e.getAttribute('state')),
      }))
      .catch(() => null);
    throw new Error(`widgets did not settle within ${timeout} ms: ${JSON.stringify(states)}\n${err.message}`);
  }
}

/** States of all <news-plot> elements, keyed by a short description of each. */
export function widgetStates(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('news-plot')].map((e) => ({
      id: e.id || null,
      src: e.getAttribute('src'),
      chart: e.getAttribute('chart'),
      state: e.getAttribute('state'),
    })),
  );
}

/**
 * Reads back every canvas matching `canvasSelector` in the shadow root of the
 * element matching `hostSelector` (first match). For each: its aria attributes,
 * sizes, devicePixelRatio, the number of non-transparent pixels and of colours
 * that cover at least `minPixelsPerColour` pixels.
 */
export function canvasStats(page, hostSelector, canvasSelector = 'canvas[role="img"]', minPixelsPerColour = 20) {
  return page.evaluate(
    ({ hostSelector, canvasSelector, minPixelsPerColour }) => {
      const host = document.querySelector(hostSelector);
      if (!host) throw new Error(`no element ${hostSelector}`);
      if (!host.shadowRoot) throw new Error(`${hostSelector} has no open shadow root`);
      return [...host.shadowRoot.querySelectorAll(canvasSelector)].map((canvas) => {
        const rect = canvas.getBoundingClientRect();
        const out = {
          ariaLabel: canvas.getAttribute('aria-label'),
          ariaHidden: canvas.getAttribute('aria-hidden'),
          width: canvas.width,
          height: canvas.height,
          clientWidth: canvas.clientWidth,
          clientHeight: canvas.clientHeight,
          rectWidth: rect.width,
          rectHeight: rect.height,
          dpr: window.devicePixelRatio,
          opaque: 0,
          colours: 0,
          error: null,
        };
        if (canvas.width === 0 || canvas.height === 0) return out;
        let data;
        try {
          const ctx = canvas.getContext('2d');
          if (!ctx) throw new Error('getContext("2d") returned null');
          data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        } catch (err) {
          out.error = String(err);
          return out;
        }
        const counts = new Map();
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 0) continue;
          out.opaque++;
          const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        for (const n of counts.values()) if (n >= minPixelsPerColour) out.colours++;
        return out;
      });
    },
    { hostSelector, canvasSelector, minPixelsPerColour },
  );
}

/** The tooltip of a widget: { hidden, text } (or null if there is none). */
export function tooltipOf(page, hostSelector) {
  return page.evaluate((hostSelector) => {
    const tip = document.querySelector(hostSelector)?.shadowRoot?.querySelector('[role="tooltip"]');
    return tip ? { hidden: tip.hidden, text: tip.textContent.trim() } : null;
  }, hostSelector);
}

/** The [role=alert] text in a widget's shadow root, or null. */
export function alertOf(page, hostSelector) {
  return page.evaluate((hostSelector) => {
    const el = document.querySelector(hostSelector)?.shadowRoot?.querySelector('[role="alert"]');
    return el ? el.textContent.trim() : null;
  }, hostSelector);
}

/** Polls `array` (filled by event listeners) until an entry satisfies `predicate`. */
export async function waitForEntry(array, predicate, { timeout = 5000, what = 'entry' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = array.find(predicate);
    if (found !== undefined) return found;
    if (Date.now() > deadline) {
      throw new Error(`no matching ${what} within ${timeout} ms; got ${JSON.stringify(array, null, 1)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Enough drawn pixels to be a chart rather than a stray line: 0.2 % of the canvas, at least 200. */
export function minDrawnPixels({ width, height }) {
  return Math.max(200, Math.round(width * height * 0.002));
}

export async function screenshot(page, name, options = {}) {
  await fs.mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  await page.screenshot({ path: file, ...options });
  return file;
}
