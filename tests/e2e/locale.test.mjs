// The reader's language (issue 4): the demo's ru, kk and en documents show
// their figures worded as each language writes them — in the tooltip, in the
// hidden data table (axis ticks are pixels, the table is their text) and in the
// canvas's aria-label — and invalid documents are explained in the `locale`'s
// language. Pages: www/index.html with its switch (www/lang-switch.js) and
// tests/e2e/pages/locale.html.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitForWidgets, tooltipOf, alertOf, focusPlot, plain, waitUntil, waitForEntry, fetchJson, mountPlot } from './helpers.mjs';

const FULL = 'news-plot:not([chart])';
const BLOCKED = 'news-plot[chart="blocked"]';
const DOCS = { ru: '/data/almaty-2025.json', kk: '/data/almaty-2025.kk.json', en: '/data/almaty-2025.en.json' };

// What each language must show (no-break spaces read as plain spaces).
const EXPECT = {
  ru: {
    tooltip: 'Иностранные банковские карты: более 5 000',
    head: ['Показатель', 'Значение', 'В том числе'],
    seized: [
      ['Наркотические средства', 'более 525 кг', 'синтетические — 52 кг'],
      ['Прекурсоры БК-4', 'более 3 т', ''],
    ],
    blocked: ['более 5 000', 'более 2 200', 'около 1 500', '312'],
    money: ['более 255 млн ₸', '68 млн ₸'],
    monthly: { head: ['Дата', '2024', '2025'], first: ['январь', '41,2 кг', '38 кг'] },
    label: 'Горизонтальная столбчатая диаграмма «Изъято из незаконного оборота»: Наркотические средства — более 525 кг; Прекурсоры БК-4 — более 3 т',
    line: 'Линейный график «Изъято наркотиков по месяцам», 5 значений; 2024: растёт с 41,2 кг (январь) до 52 кг (март)',
  },
  kk: {
    tooltip: 'Шетелдік банк карталары: 5 000-нан астам',
    head: ['Көрсеткіш', 'Мәні', 'Оның ішінде'],
    seized: [
      ['Есірткі заттары', '525 кг-нан астам', 'синтетикалық — 52 кг'],
      ['БК-4 прекурсорлары', '3 т-дан астам', ''],
    ],
    blocked: ['5 000-нан астам', '2 200-ден астам', 'шамамен 1 500', '312'],
    money: ['255 млн ₸-ден астам', '68 млн ₸'],
    monthly: { head: ['Күні', '2024', '2025'], first: ['қаңтар', '41,2 кг', '38 кг'] },
    label: 'Көлденең бағанды диаграмма «Заңсыз айналымнан алынды»: Есірткі заттары — 525 кг-нан астам; БК-4 прекурсорлары — 3 т-дан астам',
    line: 'Сызықтық график «Айлар бойынша алынған есірткі», 5 мән; 2024: 41,2 кг-нан (қаңтар) 52 кг-ға (наурыз) дейін өседі',
  },
  en: {
    tooltip: 'Foreign bank cards: more than 5,000',
    head: ['Item', 'Value', 'Of which'],
    seized: [
      ['Narcotic drugs', 'more than 525 kg', 'synthetic — 52 kg'],
      ['BK-4 precursors', 'more than 3 t', ''],
    ],
    blocked: ['more than 5,000', 'more than 2,200', 'about 1,500', '312'],
    money: ['more than KZT 255M', 'KZT 68M'],
    monthly: { head: ['Date', '2024', '2025'], first: ['January', '41.2 kg', '38 kg'] },
    label: 'Bar chart “Seized from illegal trafficking”: Narcotic drugs — more than 525 kg; BK-4 precursors — more than 3 t',
    line: 'Line chart “Drugs seized by month”, 5 values; 2024: rises from 41.2 kg (January) to 52 kg (March)',
  },
};

let h;
before(async () => {
  h = await startHarness();
});
after(() => h?.close());

/** Every figure of a widget: { id, label, head, rows } from its hidden tables and canvases. */
function figures(page, host) {
  return page.evaluate((host) => {
    const text = (el) => el.textContent.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
    return [...document.querySelector(host).shadowRoot.querySelectorAll('figure[data-chart]')].map((f) => ({
      id: f.dataset.chart,
      label: f.querySelector('canvas[role="img"]').getAttribute('aria-label').replace(/[\u00a0\u202f]/g, ' '),
      head: [...f.querySelectorAll('table thead th')].map(text),
      rows: [...f.querySelectorAll('table tbody tr')].map((tr) => [...tr.cells].map(text)),
    }));
  }, host);
}

/** Waits until every widget showing the Almaty document shows `lang`'s version and is ready. */
function settled(page, lang) {
  return waitUntil(
    page,
    ({ src, lang }) =>
      [...document.querySelectorAll('news-plot')].every(
        (e) => e.getAttribute('src') === src && e.getAttribute('locale') === lang && e.getAttribute('state') === 'ready',
      ),
    { src: DOCS[lang].slice(1), lang },
    `every widget on ${lang}`,
    15000,
  );
}

async function assertLanguage(page, lang) {
  const want = EXPECT[lang];
  const byId = Object.fromEntries((await figures(page, FULL)).map((f) => [f.id, f]));
  assert.deepEqual(byId.seized.head, want.head, `${lang}: table headers`);
  assert.deepEqual(byId.seized.rows, want.seized, `${lang}: mass, "more than" and "of which"`);
  assert.deepEqual(byId.blocked.rows.map((r) => r[1]), want.blocked, `${lang}: counts, "more than" and "about"`);
  assert.deepEqual(byId.money.rows.map((r) => r[1]), want.money, `${lang}: money in tenge`);
  assert.deepEqual(byId.monthly.head, want.monthly.head, `${lang}: a line's table headers`);
  assert.deepEqual(byId.monthly.rows[0], want.monthly.first, `${lang}: a month and decimal figures`);
  assert.equal(byId.seized.label, want.label, `${lang}: the canvas's aria-label reads every value`);
  assert.ok(byId.monthly.label.startsWith(want.line), `${lang}: the line's aria-label: ${JSON.stringify(byId.monthly.label)}`);

  // The tooltip of the first bar, shown by keyboard focus.
  await focusPlot(page, BLOCKED);
  const tip = await tooltipOf(page, BLOCKED);
  assert.equal(plain(tip.text), want.tooltip, `${lang}: the tooltip`);
}

test('the three versions of the seed document carry the same figures', async () => {
  const [ru, kk, en] = await Promise.all(Object.values(DOCS).map((p) => fetchJson(h, p)));
  const figuresOf = (doc) =>
    doc.charts.map((c) => ({
      id: c.id,
      type: c.type,
      unit: c.unit,
      series: c.series?.length,
      items: c.items.map((i) => [i.value, i.values, i.unit, i.qualifier, i.date, i.parts?.map((p) => p.value)]),
    }));
  assert.deepEqual([ru.locale, kk.locale, en.locale], ['ru', 'kk', 'en']);
  assert.deepEqual(figuresOf(kk), figuresOf(ru), 'kk has the figures of ru');
  assert.deepEqual(figuresOf(en), figuresOf(ru), 'en has the figures of ru');
  assert.notEqual(kk.title, ru.title, 'kk is translated');
  assert.notEqual(en.source.name, ru.source.name, 'en is translated');
});

for (const lang of ['ru', 'kk', 'en']) {
  test(`the demo in ${lang} (?lang=${lang}): tooltip, table and aria-label words`, async () => {
    const { page, context, pageErrors, consoleErrors } = await h.open(`/?lang=${lang}`);
    try {
      await waitForWidgets(page);
      await settled(page, lang);
      await assertLanguage(page, lang);
      assert.deepEqual(pageErrors, [], 'no uncaught errors');
      assert.deepEqual(consoleErrors, [], 'nothing logged with console.error');
    } finally {
      await context.close();
    }
  });
}

test('the language switch re-renders every widget in place', async () => {
  const { page, context, pageErrors } = await h.open('/');
  try {
    await waitForWidgets(page);
    for (const lang of ['kk', 'en', 'ru']) {
      await page.click(`.lang-switch a[data-lang="${lang}"]`);
      await settled(page, lang);
      assert.equal(await page.getAttribute(`.lang-switch a[data-lang="${lang}"]`, 'aria-current'), 'true');
      assert.equal(new URL(page.url()).searchParams.get('lang'), lang, 'the address keeps the choice');
      await assertLanguage(page, lang);
    }
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

test('errors speak the locale; the attribute overrides the document; unknown tags fall back to en', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/locale.html');
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    await waitForWidgets(page);
    const messages = {
      '#bad-ru': 'charts[0].items[0].value: ожидалось число, получено "5 тыс."',
      '#bad-kk': 'charts[0].items[0].value: сан күтілді, "5 тыс." келді',
      '#bad-en': 'charts[0].items[0].value: expected a number, found "5 тыс."',
      '#bad-doc-kk': 'charts[0].items[0].value: сан күтілді, "5 тыс." келді',
    };
    for (const [host, message] of Object.entries(messages)) {
      assert.equal(await page.getAttribute(host, 'state'), 'error', `${host} is in error`);
      assert.equal(await alertOf(page, host), message, `${host}: the message in its language`);
    }

    // An English document shown with locale="ru": Russian numbers and words, English labels.
    const [ru] = await figures(page, '#en-as-ru');
    assert.deepEqual(ru.head, EXPECT.ru.head);
    assert.deepEqual(ru.rows[0], ['Narcotic drugs', 'более 525 кг', 'synthetic — 52 кг']);
    // locale="de-AT": English, with a warning rather than an error.
    const [de] = await figures(page, '#de');
    assert.deepEqual(de.rows[0], EXPECT.en.seized[0]);
    // Set again while listening (the first warning may precede the listener).
    await page.evaluate(() => document.querySelector('#de').setAttribute('locale', 'de-CH'));
    await waitForWidgets(page);
    await waitForEntry(warnings, (w) => w.includes('de-CH'), { what: 'a console warning naming the unsupported locale' });
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  } finally {
    await context.close();
  }
});

/** The axis is pixels: its ticks are read from the canvas's text calls, into `window.__drawn`. */
function recordCanvasText(page) {
  return page.evaluate(() => {
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (t, ...a) {
      (window.__drawn ||= []).push(String(t).replace(/[\u00a0\u202f]/g, ' '));
      return fill.call(this, t, ...a);
    };
  });
}

test('English outside the US puts the day first (en-GB), in the table, tooltip and axis; en-US and en keep the month first', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    const doc = {
      version: 1,
      locale: 'en',
      charts: [{ id: 'daily', type: 'line', title: 'Daily', items: [13, 14, 15, 16].map((d, i) => ({ date: `2025-03-${d}`, value: i + 1 })) }],
    };
    await recordCanvasText(page);
    const got = {};
    for (const [id, locale] of [['gb', 'en-GB'], ['au', 'en-AU'], ['us', 'en-US'], ['plain', null]]) {
      const attrs = locale ? { locale } : {};
      await page.evaluate(() => (window.__drawn = []));
      assert.equal(await mountPlot(page, id, { data: doc, attrs }), 'ready', `${id} drawn`);
      await focusPlot(page, `#${id}`);
      const tip = plain((await tooltipOf(page, `#${id}`)).text);
      const [fig] = await figures(page, `#${id}`);
      const ticks = await page.evaluate(() => window.__drawn);
      got[id] = { tip, first: fig.rows[0][0], label: fig.label, ticks };
    }
    assert.equal(got.gb.first, '13 Mar 2025', 'en-GB: the table');
    assert.ok(got.gb.tip.startsWith('13 Mar 2025'), `en-GB: the tooltip: ${got.gb.tip}`);
    assert.ok(got.gb.label.includes('(13 Mar 2025)'), `en-GB: the description: ${got.gb.label}`);
    assert.ok(got.gb.ticks.includes('13 Mar'), `en-GB: an axis tick: ${got.gb.ticks}`);
    assert.equal(got.au.first, '13 Mar 2025', 'en-AU as en-GB');
    assert.ok(got.us.ticks.includes('Mar 13'), `en-US: an axis tick: ${got.us.ticks}`);
    for (const id of ['us', 'plain']) {
      assert.equal(got[id].first, 'Mar 13, 2025', `${id}: the table`);
      assert.ok(got[id].tip.startsWith('Mar 13, 2025'), `${id}: the tooltip: ${got[id].tip}`);
    }
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('locale="" (a CMS template\'s empty field) is no attribute: the document\'s own language, no warning', async () => {
  const { page, context, pageErrors, consoleWarnings } = await h.open('/tests/e2e/pages/api.html');
  try {
    const doc = { version: 1, locale: 'ru', charts: [{ id: 'b', type: 'hbar', items: [{ label: 'Карты', value: 5000, qualifier: 'more_than' }] }] };
    for (const [id, locale] of [['empty', ''], ['blank', '  ']]) {
      assert.equal(await mountPlot(page, id, { data: doc, attrs: { locale } }), 'ready');
      const [fig] = await figures(page, `#${id}`);
      assert.deepEqual(fig.rows[0].slice(0, 2), ['Карты', 'более 5 000'], `locale=${JSON.stringify(locale)}: Russian, as the document says`);
    }
    assert.deepEqual(consoleWarnings.filter((w) => w.includes('locale')), [], 'no "not supported" warning');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a value axis names its unit and magnitude once, on top, where every lower label shares them; a currency code is no magnitude', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    await recordCanvasText(page);
    const line = (locale, values) => ({
      version: 1,
      locale,
      charts: [{ id: 'l', type: 'line', unit: 'KZT', items: values.map((value, i) => ({ date: `2025-0${i + 1}`, value })) }],
    });
    const drawn = async (id, doc) => {
      await page.evaluate(() => (window.__drawn = []));
      assert.equal(await mountPlot(page, id, { data: doc }), 'ready', `${id} drawn`);
      return page.evaluate(() => window.__drawn);
    };
    // Billions in Russian (Intl's own words): «3 млрд ₸» on top, bare digits under it.
    const ru = await drawn('ru', line('ru', [1.2e9, 1.9e9, 2.95e9]));
    assert.ok(ru.includes('3 млрд ₸'), `ru: the top label: ${ru}`);
    for (const t of ['0', '1', '2']) assert.ok(ru.includes(t), `ru: «${t}» under it: ${ru}`);
    assert.ok(!ru.includes('2 млрд'), `ru: no magnitude repeated: ${ru}`);
    // Thousands in English under a top label of millions: «KZT 1M» carries a K
    // in its code, not in its magnitude, so every lower label keeps its K.
    const en = await drawn('en', line('en', [120000, 480000, 910000]));
    assert.ok(en.some((t) => /^KZT ?1M$/.test(t)), `en: the top label: ${en}`);
    assert.ok(en.includes('800K') || en.includes('500K'), `en: thousands keep their K: ${en}`);
    assert.ok(!en.includes('800') && !en.includes('500'), `en: no bare hundreds under «KZT 1M»: ${en}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('negative figures carry a minus sign (U+2212), not the hyphen Intl writes, on the canvas and in the table', async () => {
  const { page, context, pageErrors } = await h.open('/tests/e2e/pages/api.html');
  try {
    await recordCanvasText(page);
    const hyphen = /-\s?[$€₸]?\s?\d/;
    for (const [locale, unit] of [['ru', 'kg'], ['en', 'USD'], ['kk', 'KZT']]) {
      const doc = {
        version: 1,
        locale,
        charts: [{ id: 'l', type: 'line', unit, items: [-1500.5, 200, 900].map((value, i) => ({ date: `2025-0${i + 1}`, value })) }],
      };
      await page.evaluate(() => (window.__drawn = []));
      assert.equal(await mountPlot(page, locale, { data: doc }), 'ready', `${locale} drawn`);
      const drawn = await page.evaluate(() => window.__drawn);
      const [fig] = await figures(page, `#${locale}`);
      const cells = [...fig.rows.flat(), fig.label];
      assert.ok(drawn.some((t) => /\u2212/.test(t)), `${locale}: a negative axis label: ${drawn}`);
      assert.ok(cells.some((t) => /\u2212/.test(t) && t.includes('1')), `${locale}: the table's −1 500,5: ${cells}`);
      for (const t of [...drawn, ...cells]) assert.ok(!hyphen.test(t), `${locale}: «${t}» has a hyphen for a minus`);
    }
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
