// Themes: theme="light" and theme="dark" draw in different colours and paint the
// element's background; without the attribute the reader's prefers-color-scheme
// decides (live) on a page that has a dark scheme (color-scheme); a page's
// --newsplot-* custom properties override colours.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  waitForWidgets,
  dominantColours,
  screenshot,
  waitUntil,
  mountPlot,
  countCanvasText,
  GALLERY,
  KIND_CHARTS,
} from './helpers.mjs';

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

/** Relative luminance (0…1) of a CSS rgb()/rgba() colour. */
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number);
  const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const hostStyle = (page, host) =>
  page.evaluate((host) => {
    const el = document.querySelector(host);
    // `data-theme` is the site's (daisyUI styles every [data-theme] element), never the widget's.
    return { theme: el.dataset.newsplotTheme ?? null, background: getComputedStyle(el).backgroundColor, siteAttr: el.hasAttribute('data-theme') };
  }, host);

/** The three most common colours of a widget's chart. */
const top3 = async (page, host) => (await dominantColours(page, host)).slice(0, 3).map((c) => c.hex);

test('gallery: theme="light" and theme="dark" draw each chart in different colours on their own background', async () => {
  const { page, context } = await h.open(GALLERY, { viewport: { width: 1200, height: 900 } });
  try {
    await waitForWidgets(page);
    for (const id of Object.values(KIND_CHARTS)) {
      const light = await dominantColours(page, `#light-${id}`);
      const dark = await dominantColours(page, `#dark-${id}`);
      assert.ok(light.length > 0 && dark.length > 0, `${id}: both are drawn`);
      assert.notEqual(dark[0].hex, light[0].hex, `${id}: the most common colour differs: ${JSON.stringify({ light, dark })}`);

      const ls = await hostStyle(page, `#light-${id}`);
      const ds = await hostStyle(page, `#dark-${id}`);
      assert.equal(ls.theme, 'light', `#light-${id} data-newsplot-theme`);
      assert.equal(ds.theme, 'dark', `#dark-${id} data-newsplot-theme`);
      assert.ok(!ls.siteAttr && !ds.siteAttr, `#${id}: no data-theme of the widget's on the element, for site CSS to match`);
      assert.ok(luminance(ls.background) > 0.8, `#light-${id} paints a light background: ${ls.background}`);
      assert.ok(luminance(ds.background) < 0.05, `#dark-${id} paints a dark background: ${ds.background}`);
    }
  } finally {
    await context.close();
  }
});

test('a page that does not turn dark keeps the widget light for a reader who prefers dark', async () => {
  // api.html declares no color-scheme: it stays white, and a dark widget's light text would vanish on it.
  const { page, context } = await h.open('/tests/e2e/pages/api.html', { colorScheme: 'dark' });
  try {
    await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
    const themeOf = () =>
      page.evaluate(async () => {
        const el = document.createElement('news-plot');
        el.setAttribute('eager', '');
        el.data = { version: 1, charts: [{ id: 'c', type: 'hbar', items: [{ label: 'a', value: 1 }] }] };
        document.getElementById('mount').append(el);
        await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state !== 'loading' && r()));
        const t = el.dataset.newsplotTheme;
        el.remove();
        return t;
      });
    assert.equal(await themeOf(), 'light', 'no color-scheme on the page: light');
    // Once the page says it has a dark scheme, the widget follows the reader.
    await page.evaluate(() => (document.documentElement.style.colorScheme = 'light dark'));
    assert.equal(await themeOf(), 'dark', 'color-scheme: light dark: dark');
  } finally {
    await context.close();
  }
});

test('the background the widget sits on decides: a dark-only page, a page dark by a media query, a white box on a dark-scheme page', async () => {
  for (const reader of ['light', 'dark']) {
    const { page, context } = await h.open('/tests/e2e/pages/api.html', { colorScheme: reader });
    try {
      await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
      // The page's CSS, then a widget mounted inside `box` (its own CSS too): the theme it takes.
      const themeOf = (css, boxCss = '') =>
        page.evaluate(
          async ({ css, boxCss }) => {
            const style = document.createElement('style');
            style.textContent = css;
            document.head.append(style);
            const box = document.createElement('div');
            box.style.cssText = boxCss;
            const el = document.createElement('news-plot');
            el.setAttribute('eager', '');
            el.data = { version: 1, charts: [{ id: 'c', type: 'hbar', items: [{ label: 'a', value: 1 }] }] };
            box.append(el);
            document.getElementById('mount').append(box);
            await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state !== 'loading' && r()));
            const t = el.dataset.newsplotTheme;
            box.remove();
            style.remove();
            return t;
          },
          { css, boxCss },
        );
      // A dark-only special: dark for every reader (light text on it, not dark).
      assert.equal(await themeOf(':root { color-scheme: dark; } body { background: #121417; }'), 'dark', `${reader} reader, dark-only page`);
      // color-scheme: dark alone, no background set: the browser paints the page dark.
      assert.equal(await themeOf(':root { color-scheme: dark; }'), 'dark', `${reader} reader, color-scheme: dark`);
      // A page painted with a gradient: by its first colour.
      assert.equal(await themeOf('body { background: linear-gradient(#000, #222) #fff; }'), 'dark', `${reader} reader, a dark gradient`);
      // A site dark by a media query, without color-scheme: as the page is painted.
      const mq = '@media (prefers-color-scheme: dark) { body { background: #1b1b1b; color: #eee; } }';
      assert.equal(await themeOf(mq), reader, `${reader} reader, dark by a media query`);
      // A light card on a page that has a dark scheme: light on the card.
      assert.equal(await themeOf(':root { color-scheme: light dark; }', 'background: rgb(250, 250, 247)'), 'light', `${reader} reader, light card`);
      // A half-transparent dark overlay counts; a faint tint does not.
      assert.equal(await themeOf('body { background: white; }', 'background: rgba(0, 0, 0, 0.85)'), 'dark', `${reader} reader, dark overlay`);
      assert.equal(await themeOf('body { background: white; }', 'background: rgba(0, 0, 0, 0.1)'), 'light', `${reader} reader, faint tint`);
    } finally {
      await context.close();
    }
  }
});

test('a theme that is neither light nor dark, or a timeout that is no number, is named in a console warning and ignored', async () => {
  const { page, context } = await h.open('/tests/e2e/pages/api.html');
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
    const theme = await page.evaluate(async () => {
      const el = document.createElement('news-plot');
      el.setAttribute('eager', '');
      el.setAttribute('theme', 'blue');
      el.data = { version: 1, charts: [{ id: 'c', type: 'hbar', items: [{ label: 'a', value: 1 }] }] };
      document.getElementById('mount').append(el);
      await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state !== 'loading' && r()));
      return el.dataset.newsplotTheme;
    });
    assert.equal(theme, 'light');
    assert.ok(warnings.some((w) => w.includes('theme "blue" is neither "light" nor "dark"')), warnings.join('\n'));
    // So is a timeout that is no number of seconds: the default is used.
    const state = await page.evaluate(async () => {
      const el = document.createElement('news-plot');
      el.setAttribute('eager', '');
      el.setAttribute('timeout', 'abc');
      el.setAttribute('src', '/data/almaty-2025.json');
      document.getElementById('mount').append(el);
      await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state !== 'loading' && r()));
      return el.getAttribute('state');
    });
    assert.equal(state, 'ready');
    assert.ok(warnings.some((w) => w.includes('timeout "abc" is not a number of seconds above 0; using 10')), warnings.join('\n'));
  } finally {
    await context.close();
  }
});

test('without a theme attribute the widget follows prefers-color-scheme, also when it changes', async () => {
  const { page, context } = await h.open('/tests/e2e/pages/theme.html', { colorScheme: 'dark' });
  try {
    await waitForWidgets(page);
    assert.equal((await hostStyle(page, '#auto')).theme, 'dark', 'dark scheme: the host gets data-newsplot-theme="dark"');
    const dark = await top3(page, '#dark');
    const light = await top3(page, '#light');
    assert.notDeepEqual(dark, light, 'the two themes differ');
    assert.deepEqual(await top3(page, '#auto'), dark, 'dark scheme: drawn with the dark palette');
    await screenshot(page, 'theme-auto-dark.png', { fullPage: true });

    // The reader switches to light while the page is open.
    await page.emulateMedia({ colorScheme: 'light' });
    await waitUntil(page, () => document.querySelector('#auto').dataset.newsplotTheme === 'light', null, '#auto to get data-newsplot-theme="light"');
    assert.deepEqual(await top3(page, '#auto'), light, 'light scheme: redrawn with the light palette');
    // Elements with a theme attribute keep theirs.
    assert.deepEqual(await top3(page, '#dark'), dark, 'theme="dark" stays dark');
  } finally {
    await context.close();
  }
});

test('a page stylesheet setting --newsplot-series-1: #ff0000 on the element makes the columns red', async () => {
  const { page, context } = await h.open('/tests/e2e/pages/custom.html');
  try {
    await waitForWidgets(page);
    const red = await dominantColours(page, '#red', { share: 0.005 });
    const plain = await dominantColours(page, '#plain', { share: 0.005 });
    const redPixels = (cs) => cs.find((c) => c.hex === '#ff0000')?.n ?? 0;
    assert.ok(redPixels(red) > 2000, `#red draws its columns in #ff0000: ${JSON.stringify(red)}`);
    assert.equal(redPixels(plain), 0, `#plain does not: ${JSON.stringify(plain)}`);
    // Exactly the series colour was replaced: the colour #plain has and #red lacks
    // covers as many pixels as #red's red.
    const replaced = plain.filter((c) => !red.some((r) => r.hex === c.hex));
    assert.equal(replaced.length, 1, `one colour of #plain is replaced in #red: ${JSON.stringify({ red, plain })}`);
    assert.ok(Math.abs(replaced[0].n - redPixels(red)) <= replaced[0].n * 0.05, `the red covers what ${replaced[0].hex} covered`);
  } finally {
    await context.close();
  }
});

test('--newsplot-font sets the house font for the titles and the canvas; one still loading is drawn again once in', async () => {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  // Any TrueType file will do as the "house font": one that ships with playwright-core.
  const find = async (dir) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        const f = await find(p);
        if (f) return f;
      } else if (e.name.endsWith('.ttf')) return p;
    }
    return null;
  };
  const ttf = await find('node_modules/playwright-core/lib');
  assert.ok(ttf, 'a .ttf in playwright-core');
  const { page, context } = await h.open('/tests/e2e/pages/api.html');
  try {
    let release;
    const gate = new Promise((r) => (release = r));
    await page.route('**/__house.ttf', async (r) => {
      await gate;
      await r.fulfill({ body: await fs.readFile(ttf), contentType: 'font/ttf' });
    });
    await page.waitForFunction(() => document.documentElement.dataset.api === 'ready');
    await countCanvasText(page); // to see a redraw
    const drawn = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = '@font-face { font-family: House; src: url(/__house.ttf); } news-plot { --newsplot-font: House, monospace; }';
      document.head.append(style);
      const el = document.createElement('news-plot');
      el.setAttribute('eager', '');
      el.data = { version: 1, charts: [{ id: 'c', type: 'hbar', title: 'Заголовок', items: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] }] };
      document.getElementById('mount').append(el);
      await new Promise((r) => el.addEventListener('newsplot:state', (e) => e.detail.state !== 'loading' && r()));
      const root = el.shadowRoot;
      return { texts: window.__texts, title: getComputedStyle(root.querySelector('h3')).fontFamily, canvas: root.querySelector('canvas.plot').getContext('2d').font, fonts: document.fonts.status };
    });
    assert.match(drawn.title, /House/, 'the title in the house font');
    assert.match(drawn.canvas, /House/, `the canvas in the house font: ${drawn.canvas}`);
    assert.ok(drawn.texts > 0);
    assert.equal(drawn.fonts, 'loading', 'the font still loading when the chart was drawn');
    release();
    await page.evaluate(() => document.fonts.ready);
    await waitUntil(page, (n) => window.__texts > n, drawn.texts, 'the chart to be drawn again once the font is in');
  } finally {
    await context.close();
  }
});

test('a site that switches its own dark mode by a class is followed; other class changes redraw nothing', async () => {
  const { page, context } = await h.open('/tests/e2e/pages/api.html', { colorScheme: 'light' });
  try {
    await page.addStyleTag({ content: 'body.night { background: #15171a; color: #eee; }' }); // mountPlot waits for the page's API
    const doc = { version: 1, charts: [{ id: 'c', type: 'hbar', title: 'Изъято', items: [{ label: 'Героин', value: 120 }, { label: 'Гашиш', value: 80 }] }] };
    assert.equal(await mountPlot(page, 'site', { data: doc }), 'ready');
    await countCanvasText(page);
    const theme = () => page.evaluate(() => document.getElementById('site').dataset.newsplotTheme);
    assert.equal(await theme(), 'light');
    const light = await top3(page, '#site');
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    // A class that changes nothing the widget sits on (some sites toggle one on scroll).
    await page.evaluate(() => document.body.classList.add('scrolled'));
    await frames();
    assert.equal(await page.evaluate(() => window.__texts), 0, 'an unrelated class: nothing redrawn');

    await page.evaluate(() => document.body.classList.add('night'));
    await waitUntil(page, () => document.getElementById('site').dataset.newsplotTheme === 'dark', null, 'dark after body.night');
    assert.ok((await page.evaluate(() => window.__texts)) > 0, 'redrawn');
    const dark = await top3(page, '#site');
    assert.notDeepEqual(dark, light, 'drawn in the dark palette');
    const host = await hostStyle(page, '#site');
    assert.ok(luminance(host.background) < 0.05, `dark background: ${host.background}`);

    await page.evaluate(() => document.documentElement.setAttribute('data-reading', 'on'));
    await page.evaluate(() => document.body.classList.remove('night'));
    await waitUntil(page, () => document.getElementById('site').dataset.newsplotTheme === 'light', null, 'light again');
    assert.deepEqual(await top3(page, '#site'), light, 'the light palette again');
  } finally {
    await context.close();
  }
});

test('a background that fades into dark mode is judged again when the fade ends; an error in place of a chart is readable on it', async () => {
  const { page, context } = await h.open('/tests/e2e/pages/api.html', { colorScheme: 'light' });
  try {
    await page.addStyleTag({ content: 'body { background: #fff; transition: background-color 0.4s; } html.night body { background: #15171a; color: #eee; }' }); // mountPlot waits for the page's API
    const doc = { version: 1, charts: [{ id: 'c', type: 'hbar', items: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] }] };
    assert.equal(await mountPlot(page, 'faded', { data: doc }), 'ready');
    assert.equal(await mountPlot(page, 'broken', { data: { version: 1, charts: [] } }), 'error');
    const themes = () => page.evaluate(() => ['faded', 'broken'].map((id) => document.getElementById(id).dataset.newsplotTheme));
    assert.deepEqual(await themes(), ['light', 'light']);
    await page.evaluate(() => document.documentElement.classList.add('night'));
    // At the next frame the fade has barely begun: still light there.
    await waitUntil(page, () => ['faded', 'broken'].every((id) => document.getElementById(id).dataset.newsplotTheme === 'dark'), null, 'dark once the fade ends', 3000);
    const alert = await page.evaluate(() => getComputedStyle(document.getElementById('broken').shadowRoot.querySelector('[role="alert"]')).color);
    assert.ok(luminance(alert) > 0.5, `the message in light text on the dark page: ${alert}`);
    await page.evaluate(() => document.documentElement.classList.remove('night'));
    await waitUntil(page, () => document.getElementById('faded').dataset.newsplotTheme === 'light', null, 'light again once the fade ends', 3000);
  } finally {
    await context.close();
  }
});

test('printed, a dark chart keeps its dark background and the legend its swatches; a chart drawn wider than the page shrinks to it', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html', { viewport: { width: 1400, height: 900 } });
  try {
    await page.evaluate(() => {
      const wrap = document.createElement('div');
      wrap.id = 'darkwrap';
      wrap.style.cssText = 'background:#111;color:#eee;padding:10px';
      document.body.append(wrap);
    });
    const doc = { version: 1, charts: [{ id: 'g', type: 'bar', series: ['a', 'b'], items: [{ label: 'x', values: [1, 2] }, { label: 'y', values: [3, 4] }] }] };
    assert.equal(await mountPlot(page, 'inherits', { data: doc, parent: '#darkwrap' }), 'ready');
    assert.equal(await mountPlot(page, 'light', { data: doc }), 'ready');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() =>
      ['inherits', 'light'].map((id) => {
        const el = document.getElementById(id);
        const css = getComputedStyle(el);
        const swatch = getComputedStyle(el.shadowRoot.querySelector('.legend .swatch'));
        const plot = getComputedStyle(el.shadowRoot.querySelector('canvas.plot'));
        return { background: css.backgroundColor, exact: css.printColorAdjust, swatch: swatch.printColorAdjust, maxWidth: plot.maxWidth, overlay: getComputedStyle(el.shadowRoot.querySelector('canvas.overlay')).display };
      }),
    );
    assert.equal(printed[0].background, 'rgb(18, 20, 23)', 'a chart dark by its surroundings paints its own dark background on paper');
    assert.equal(printed[0].exact, 'exact', 'and asks the browser to print it');
    assert.equal(printed[1].exact, 'economy', 'a light chart leaves the reader\'s ink alone');
    for (const p of printed) {
      assert.equal(p.swatch, 'exact', 'legend swatches print filled (hollow reads as switched off)');
      assert.equal(p.maxWidth, '100%');
      assert.equal(p.overlay, 'none', 'no hover highlight on paper');
    }
    // The real print: the PDF renders without errors.
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
