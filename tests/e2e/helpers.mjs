// Shared helpers for the end-to-end tests (node --test tests/e2e/).
//
// One harness per test file: a static server on a free port plus one
// headless Chromium. Pages are opened in their own browser context so each
// test can pick its own deviceScaleFactor.

import fs from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../../scripts/browser.mjs';
import { startServer, ROOT, DEFAULT_MOUNTS } from '../../scripts/serve.mjs';

export { ROOT };
export const RESULTS_DIR = path.join(ROOT, 'test-results');


/** `serverOptions` go to startServer (e.g. `{ testRoutes: true }` for the /__test/ failure routes). */
export async function startHarness(serverOptions = {}) {
  await fs.access(path.join(ROOT, 'dist/newsplot.js')).catch(() => {
    throw new Error('dist/newsplot.js does not exist: build the widget first');
  });
  const server = await startServer({ port: 0, mounts: DEFAULT_MOUNTS, ...serverOptions });
  let browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    url: server.url,
    browser,
    /**
     * Opens `urlPath` in a fresh context; returns { page, context, consoleErrors, pageErrors, badResponses }.
     * Options besides deviceScaleFactor and viewport (colorScheme, hasTouch, isMobile…) go to newContext.
     */
    async open(urlPath, { deviceScaleFactor = 1, viewport = { width: 1024, height: 900 }, ...contextOptions } = {}) {
      const context = await browser.newContext({ deviceScaleFactor, viewport, ...contextOptions });
      const page = await context.newPage();
      const consoleErrors = [];
      const consoleWarnings = [];
      const pageErrors = [];
      const badResponses = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
        if (msg.type() === 'warning') consoleWarnings.push(msg.text());
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
      return { page, context, consoleErrors, consoleWarnings, pageErrors, badResponses };
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
 * (fully opaque, each covering at least `minPixelsPerColour` pixels and 0.1 % of
 * the opaque ones).
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
        // Colours are counted over fully opaque pixels only, and must each cover a
        // share of them, so anti-aliasing shades of one colour do not count.
        const counts = new Map();
        let solid = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 0) continue;
          out.opaque++;
          if (data[i + 3] !== 255) continue;
          solid++;
          const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const min = Math.max(minPixelsPerColour, solid * 0.001);
        for (const n of counts.values()) if (n >= min) out.colours++;
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

// ---------------------------------------------------------------------------
// The gallery (www/gallery.html) and reading a chart as a reader does: hover,
// keyboard, pixels. Used by kinds, keyboard, touch, a11y, theme, layout,
// lifecycle and events tests.

export const GALLERY = '/gallery.html';
export const GALLERY_DATA = '/data/gallery-ru.json';

/**
 * Chart ids of www/data/gallery-ru.json by the kind they show. The gallery embeds
 * each twice: `#light-ID` (theme="light") and `#dark-ID` (theme="dark").
 */
export const KIND_CHARTS = {
  hbar: 'cyber',
  bar: 'damage',
  grouped: 'roads',
  stacked: 'housing',
  line: 'fuel',
  yearly: 'population',
  donut: 'energy',
  tiles: 'summary',
};

export async function fetchJson(h, urlPath) {
  const res = await fetch(h.url + urlPath);
  if (!res.ok) throw new Error(`GET ${urlPath}: ${res.status}`);
  return res.json();
}

/**
 * Starts a harness and opens the gallery (every kind, light and dark) at
 * 1200 × 900 with every widget settled; `doc` is the gallery's document.
 * Returns what `h.open` returns plus `h` and `doc`.
 */
export async function openGallery() {
  const h = await startHarness();
  const doc = await fetchJson(h, GALLERY_DATA);
  const opened = await h.open(GALLERY, { viewport: { width: 1200, height: 900 } });
  await waitForWidgets(opened.page);
  return { h, doc, ...opened };
}

export function chartById(doc, id) {
  const chart = doc.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}" in the document`);
  return chart;
}

/** No-break and thin spaces as plain spaces, word joiners dropped, white space collapsed, trimmed. */
export function plain(text) {
  // (A word joiner keeps a tooltip's «5 000-нан» from breaking at its hyphen: invisible.)
  return String(text ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
}

/** How each qualifier is worded (stats-format.md), by language. */
export const QUALIFIER_WORDS = {
  ru: { about: 'около', more_than: 'более', at_least: 'не менее', less_than: 'менее', up_to: 'до' },
  en: { about: 'about', more_than: 'more than', at_least: 'at least', less_than: 'less than', up_to: 'up to' },
};

/** 4800000000 → "48", 65.6 → "656", 0.2 → "2". */
function significantDigits(value) {
  return String(value).replace('.', '').replace(/^0+/, '').replace(/0+$/, '') || '0';
}

/**
 * Whether `text` writes `value` without rounding: some number in it (digits with
 * single spaces, commas or dots between them) has the value's significant digits
 * followed by zeros only. "14 200", "14,2 тыс." and "14.2K" write 14200; "14 тыс." does not.
 */
export function writesValue(text, value) {
  const want = significantDigits(value);
  const numbers = plain(text).match(/\d(?:[ ,.]?\d)*/g) ?? [];
  return numbers.some((n) => {
    const digits = n.replace(/\D/g, '').replace(/^0+/, '');
    return digits.startsWith(want) && /^0*$/.test(digits.slice(want.length));
  });
}

const MONTH_STEMS = [
  ['янв', 'jan', 'қаң'], ['фев', 'feb', 'ақп'], ['мар', 'mar', 'нау'], ['апр', 'apr', 'сәу'],
  ['ма[йя]', 'may', 'мам'], ['июн', 'jun', 'мау'], ['июл', 'jul', 'шіл'], ['авг', 'aug', 'там'],
  ['сен', 'sep', 'қыр'], ['окт', 'oct', 'қаз'], ['ноя', 'nov', 'қар'], ['дек', 'dec', 'жел'],
];

/**
 * Whether `text` (a tooltip's head, a table's row header) names the date `date`
 * (YYYY, YYYY-MM or YYYY-MM-DD) as written or in words: the year, and the month
 * by number or by name.
 */
export function namesDate(text, date, { year: withYear = true } = {}) {
  const t = plain(text).toLowerCase();
  if (t.startsWith(date)) return true;
  const [year, month, day] = date.split('-');
  // A year-on-year chart's dates name no year (see `seasonal`).
  if (t.includes(year) !== withYear) return false;
  const rest = t.replace(year, ' ');
  if (day && !new RegExp(`(^|\\D)0?${Number(day)}(\\D|$)`).test(rest)) return false;
  if (!month) return true;
  const m = Number(month);
  return new RegExp(`(^|\\D)0?${m}(\\D|$)`).test(rest) || MONTH_STEMS[m - 1].some((s) => new RegExp(s).test(rest));
}

/** The part of a tooltip's text before its first ": " (the item's label or date). */
export function tooltipHead(text) {
  return plain(text).split(': ')[0];
}

/**
 * Series named by years over the months of one year: a year-on-year chart,
 * whose dates the widget words without their year (ChartModel::seasonal).
 */
export function seasonal(chart) {
  const years = chart?.series?.length > 1 && chart.series.every((s) => /^\d{4}$/.test(s));
  const first = chart?.items?.[0]?.date?.slice(0, 4);
  return Boolean(years && first && chart.items.every((i) => i.date?.length >= 7 && i.date.startsWith(first)));
}

/**
 * Whether a tooltip's (or table row's) text is about `item`: starts with its
 * label, or names its date (without the year in a `seasonal` chart).
 */
export function aboutItem(text, item, chart = null) {
  return item.label !== undefined ? plain(text).startsWith(plain(item.label)) : namesDate(tooltipHead(text), item.date, { year: !seasonal(chart) });
}

/** The viewport box of a widget's index-th chart canvas, after scrolling it to the middle of the window. */
export function plotBox(page, host, index = 0) {
  return page.evaluate(
    ({ host, index }) => {
      const el = document.querySelector(host);
      const canvas = el?.shadowRoot?.querySelectorAll('canvas[role="img"]')[index];
      if (!canvas) throw new Error(`${host} has no chart canvas #${index}`);
      canvas.scrollIntoView({ block: 'center' });
      const r = canvas.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, vw: innerWidth, vh: innerHeight };
    },
    { host, index },
  );
}

/**
 * Finds what a widget's chart canvas shows under the pointer: sweeps a grid of
 * points (`step` px apart) with pointermove events dispatched in the page and
 * records each tooltip text with a point well inside the area that shows it:
 * [{ text, x, y, n }] (viewport coordinates, n = grid points showing it), in the
 * order first seen. Points covered by the tooltip itself are skipped, as a real
 * mouse would hit the tooltip there. Then the pointer "leaves" the chart.
 *
 * In-page events only locate the targets quickly (real mouse moves are
 * frame-synchronised, ~16 ms each); tests then hover the found points with the
 * real mouse (`hoverAt`) before asserting anything about them.
 */
export async function sweepTooltips(page, host, { step = 4, index = 0 } = {}) {
  await plotBox(page, host, index);
  return page.evaluate(
    ({ host, step, index }) => {
      const root = document.querySelector(host).shadowRoot;
      const canvas = root.querySelectorAll('canvas[role="img"]')[index];
      const tip = root.querySelector('[role="tooltip"]');
      const box = canvas.getBoundingClientRect();
      // What the pointer hits over the chart when no tooltip is in the way (the
      // highlight overlay, or the canvas itself).
      const target = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!target || target.tagName !== 'CANVAS') throw new Error(`${host}: no canvas under the chart's centre`);
      const send = (type, x, y) =>
        target.dispatchEvent(
          new PointerEvent(type, { clientX: x, clientY: y, bubbles: type !== 'pointerleave', composed: true, pointerType: 'mouse', pointerId: 1, isPrimary: true }),
        );
      const found = new Map(); // text -> points
      let tipBox = null;
      for (let y = Math.max(box.top, 0) + 1; y < Math.min(box.bottom, innerHeight); y += step) {
        for (let x = Math.max(box.left, 0) + 1; x < Math.min(box.right, innerWidth); x += step) {
          // A real mouse would be on the tooltip there.
          if (tipBox && x >= tipBox.left && x <= tipBox.right && y >= tipBox.top && y <= tipBox.bottom) continue;
          send('pointermove', x, y);
          const text = tip.hidden ? '' : tip.textContent.trim();
          tipBox = text ? tip.getBoundingClientRect() : null;
          if (!text) continue;
          if (!found.has(text)) found.set(text, []);
          found.get(text).push([x, y]);
        }
      }
      send('pointerleave', -1, -1);
      // For each text, the point of its area nearest the area's mean.
      return [...found].map(([text, pts]) => {
        const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
        const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
        const [x, y] = pts.reduce((a, b) => (Math.hypot(b[0] - mx, b[1] - my) < Math.hypot(a[0] - mx, a[1] - my) ? b : a));
        return { text, x, y, n: pts.length };
      });
    },
    { host, step, index },
  );
}

/**
 * Moves the real mouse off the element (so no earlier tooltip covers the point),
 * then to `point` ({ x, y }); waits for the tooltip to contain `contains` and returns it.
 */
export async function hoverAt(page, host, point, contains = '') {
  const away = await pointOutside(page, host);
  if (away) await page.mouse.move(away.x, away.y);
  await page.mouse.move(point.x, point.y);
  return waitForTooltip(page, host, { hidden: false, contains });
}

/** Waits until a widget's tooltip is shown (`hidden: false`) or hidden, containing `contains` (and not `lacks`). */
export async function waitForTooltip(page, host, { hidden = false, contains = '', lacks = null } = {}, timeout = 3000) {
  try {
    await page.waitForFunction(
      ({ host, hidden, contains, lacks }) => {
        const tip = document.querySelector(host)?.shadowRoot?.querySelector('[role="tooltip"]');
        if (!tip || tip.hidden !== hidden) return false;
        const norm = (t) => t.replace(/[\u00a0\u202f]/g, ' ');
        const text = norm(tip.textContent);
        return text.includes(norm(contains)) && (lacks === null || !text.includes(norm(lacks)));
      },
      { host, hidden, contains, lacks },
      { timeout },
    );
  } catch (err) {
    const tip = await tooltipOf(page, host).catch((e) => String(e));
    throw new Error(`${host}: tooltip never became ${JSON.stringify({ hidden, contains, lacks })}: ${JSON.stringify(tip)}\n${err.message}`);
  }
  return tooltipOf(page, host);
}

/** Focuses a widget's chart canvas from script at its first datum (Home) and waits for the tooltip it shows. */
export async function focusPlot(page, host, index = 0) {
  await page.evaluate(
    ({ host, index }) => document.querySelector(host).shadowRoot.querySelectorAll('canvas[role="img"]')[index].focus(),
    { host, index },
  );
  await waitForTooltip(page, host, { hidden: false });
  // Focus comes back where the keys last left the chart: Home starts afresh.
  await page.keyboard.press('Home');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return waitForTooltip(page, host, { hidden: false });
}

/** Presses `key` and waits until the tooltip differs from `before` ({ hidden, text }); returns it. */
export async function pressForTooltip(page, host, key, before, timeout = 3000) {
  await page.keyboard.press(key);
  try {
    await page.waitForFunction(
      ({ host, before }) => {
        const tip = document.querySelector(host)?.shadowRoot?.querySelector('[role="tooltip"]');
        return tip && (tip.hidden !== before.hidden || tip.textContent.trim() !== before.text);
      },
      { host, before },
      { timeout },
    );
  } catch (err) {
    throw new Error(`${host}: ${key} did not change the tooltip from ${JSON.stringify(before)}\n${err.message}`);
  }
  return tooltipOf(page, host);
}

/**
 * The text of a widget's aria-live region, with «в том числе» (spoken in
 * full there) as the tooltip abbreviates it, so the two compare equal.
 */
export async function liveTextOf(page, host) {
  const text = await page.evaluate((host) => {
    const live = document.querySelector(host)?.shadowRoot?.querySelector('[aria-live]');
    return live ? live.textContent.trim() : null;
  }, host);
  return text?.replace('в\u00a0том числе', 'в\u00a0т.ч.') ?? null;
}

/** FNV-1a hash of a widget's canvas pixels (with its size), to tell two drawings apart. */
export function canvasHash(page, host, { canvasSelector = 'canvas[role="img"]', index = 0 } = {}) {
  return page.evaluate(
    ({ host, canvasSelector, index }) => {
      const c = document.querySelector(host).shadowRoot.querySelectorAll(canvasSelector)[index];
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let h = 0x811c9dc5;
      for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i], 0x01000193) >>> 0;
      return `${c.width}x${c.height}:${h.toString(16)}`;
    },
    { host, canvasSelector, index },
  );
}

/**
 * The fully opaque colours of a widget's chart canvas that each cover at least
 * `share` of its opaque pixels, most common first: [{ hex, n }].
 */
export function dominantColours(page, host, { share = 0.01, index = 0 } = {}) {
  return page.evaluate(
    ({ host, share, index }) => {
      const c = document.querySelector(host).shadowRoot.querySelectorAll('canvas[role="img"]')[index];
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const counts = new Map();
      let opaque = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] !== 255) continue;
        opaque++;
        const key = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts]
        .filter(([, n]) => n >= opaque * share)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => ({ hex: '#' + k.toString(16).padStart(6, '0'), n }));
    },
    { host, share, index },
  );
}

/** A point on screen outside the element `host` (and not inside it), or null. */
export function pointOutside(page, host) {
  return page.evaluate((host) => {
    const el = document.querySelector(host);
    const r = el.getBoundingClientRect();
    const candidates = [
      [r.x + r.width / 2, r.y - 12],
      [r.x + r.width / 2, r.bottom + 12],
      [r.x - 8, r.y + r.height / 2],
      [r.right + 8, r.y + r.height / 2],
      [4, 4],
      [innerWidth - 4, innerHeight - 4],
    ];
    for (const [x, y] of candidates) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit)) return { x, y };
    }
    return null;
  }, host);
}

/**
 * A screenshot of the element `host` with `margin` px around it (a tooltip or focus
 * ring may stick out), taken in the viewport: a full-page capture resizes the
 * window, and a resize lays the widget out again (hiding its tooltip).
 */
export async function screenshotElement(page, host, name, margin = 24) {
  const clip = await page.evaluate(
    ({ host, margin }) => {
      const el = document.querySelector(host);
      el.scrollIntoView({ block: 'center' });
      const b = el.getBoundingClientRect();
      const x = Math.max(b.x - margin, 0);
      const y = Math.max(b.y - margin, 0);
      return { x, y, width: Math.min(b.right + margin, innerWidth) - x, height: Math.min(b.bottom + margin, innerHeight) - y };
    },
    { host, margin },
  );
  return screenshot(page, name, { clip });
}

/** page.waitForFunction with a message saying what was awaited (and the last value seen) on timeout. */
export async function waitUntil(page, fn, arg, what, timeout = 3000) {
  try {
    return await page.waitForFunction(fn, arg, { timeout });
  } catch (err) {
    const last = await page.evaluate(fn, arg).catch((e) => String(e));
    throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})\n${err.message}`);
  }
}

/**
 * A one-finger vertical swipe from (x, y) by `dy` px (negative: finger moves up,
 * the page scrolls down), as raw touch events through CDP (Playwright has no
 * swipe); resolves after two frames so the scroll has landed.
 */
export async function swipe(page, x, y, dy, steps = 10) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / steps }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach().catch(() => {});
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Mounts `<news-plot id=…>` (eager) on the API page (pages/api.html) inside
 * `parent` and resolves with its settled state, 'ready' or 'error'. The
 * document: `inline` JSON text in a child <script type="application/json">,
 * `data` set as the property (an object or text), or a `src` URL; `attrs`
 * adds attributes (chart, locale, theme…).
 */
export async function mountPlot(page, id, { inline = null, data = undefined, src = null, attrs = {}, parent = '#mount', timeout = 30000 } = {}) {
  await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
  await page.evaluate(
    ({ id, inline, data, src, attrs, parent }) => {
      const el = document.createElement('news-plot');
      el.id = id;
      el.setAttribute('eager', '');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      if (src !== null) el.setAttribute('src', src);
      else if (inline !== null) {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = inline;
        el.append(s);
      } else el.data = data;
      document.querySelector(parent).append(el);
    },
    { id, inline, data, src, attrs, parent },
  );
  await waitUntil(page, (id) => ['ready', 'error'].includes(document.getElementById(id).getAttribute('state')), id, `#${id} settled`, timeout);
  return page.getAttribute(`#${id}`, 'state');
}

/** Counts the canvas text drawn on the page from now on (`window.__texts`): whether something was redrawn. */
export function countCanvasText(page) {
  return page.evaluate(() => {
    window.__texts = 0;
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (...a) {
      window.__texts++;
      return fill.apply(this, a);
    };
  });
}
