// A newsroom developer's use of the package, checked against dist/newsplot.d.ts
// by `tsc --noEmit` (tests/package/package.test.mjs). The @ts-expect-error lines
// are misuses the declarations must reject: if they stop being errors, tsc fails.
import { render, validate, preload, NewsPlotElement } from 'newsplot';
import type { StatsDocument, NewsPlotPointDetail, ValidationResult, NewsPlotHandle } from 'newsplot';
// A document kept as a .json file: TypeScript types its words as plain strings.
import seed from './seed.json';

const doc: StatsDocument = {
  version: 1,
  locale: 'ru',
  title: 'Борьба с наркопреступностью в Алматы',
  source: { name: 'Департамент полиции Алматы', date: '2025-10-13' },
  charts: [
    {
      id: 'blocked',
      type: 'hbar',
      unit: 'count',
      items: [
        { label: 'Иностранные банковские карты', value: 5000, qualifier: 'more_than' },
        { label: 'Интернет-ресурсы', value: 2200, qualifier: 'more_than', parts: [{ label: 'Telegram-каналы', value: 27 }] },
      ],
    },
    { id: 'monthly', type: 'line', unit: 'KZT', series: ['2024', '2025'], items: [{ date: '2025-01', values: [41.2, null] }] },
  ],
};

export async function example(mount: HTMLElement): Promise<void> {
  const el0 = document.createElement('news-plot');
  // A JSON import goes in with a cast (README): its `type` is a string, not "hbar".
  render(mount, seed as StatsDocument);
  // @ts-expect-error without the cast, string is not one of the format's chart types
  render(mount, seed);
  // The JS API.
  const chart: NewsPlotHandle = render(mount, doc, { chart: 'blocked', locale: 'kk', theme: 'dark', eager: true });
  const settled = await chart.ready;
  // Settled: never "loading".
  const done: 'ready' | 'error' = settled.state;
  const updated: 'ready' | 'error' = (await el0.ready).state;
  console.log(done, updated);
  // A discriminated union: an error's message is a string, no `?.` needed.
  if (settled.state === 'error') console.warn(settled.message.toUpperCase());
  else {
    const none: null = settled.message;
    console.log(none);
  }
  await chart.update('/data/almaty-2025.json');
  await chart.update(new URL('https://example.com/doc.json'));
  await chart.update('{"version":1,"charts":[]}');
  chart.destroy();

  const result: ValidationResult = await validate(JSON.parse('{}'), { locale: 'ru' });
  if (!result.ok) {
    const where: string = result.path;
    const text: string = result.message;
    console.log(where, text, result.line ?? 0);
  } else {
    const nothing: null = result.message;
    console.log(nothing);
  }
  const memory: WebAssembly.Memory = (await preload()).memory;
  console.log(memory.buffer.byteLength);

  // The element: typed by tag name, with its properties.
  const el = document.createElement('news-plot');
  const same: NewsPlotElement = el;
  el.src = '/data/almaty-2025.json';
  el.chart = 'blocked';
  el.eager = true;
  el.data = doc;
  el.data = JSON.stringify(doc);
  el.timeout = 5;
  const wait: number | null = el.timeout;
  el.headingLevel = 3;
  const level: number | null = el.headingLevel;
  console.log(level);
  // As the format allows: null for an absent field, and fields of its own (extensions).
  el.data = { version: 1, title: null, charts: [{ id: 'a', type: 'bar', note: null, source_table: 'T-12', items: [{ label: 'x', value: 1, unit: null }] }] };
  console.log(wait);
  const state: 'loading' | 'ready' | 'error' | null = el.state;
  console.log(same, state, el.data?.charts.length);
  document.querySelector('news-plot')?.setAttribute('theme', 'dark');

  // Its events, on the element and on the document.
  el.addEventListener('newsplot:select', (e) => {
    const d: NewsPlotPointDetail = e.detail;
    console.log(d.chart, d.label, d.value?.toFixed(1), d.series ?? '', d.qualifier, d.unit);
  });
  document.addEventListener('newsplot:download', (e) => console.log(e.detail.format === 'png', e.detail.chart));
  el.addEventListener('newsplot:state', (e) => console.log(e.detail.state, e.detail.message));
  document.addEventListener('newsplot:hover', (e) => console.log(e.detail.date ?? e.detail.label));
  el.addEventListener('click', (e) => console.log(e.clientX));

  // Misuses.
  // @ts-expect-error: the element comes first
  render(doc, mount);
  // @ts-expect-error: "pie" is not a chart type
  const pie: StatsDocument = { version: 1, charts: [{ id: 'a', type: 'pie', items: [] }] };
  // @ts-expect-error: version 2 does not exist
  const v2: StatsDocument = { version: 2, charts: [] };
  // @ts-expect-error: the qualifier is not a free string
  el.addEventListener('newsplot:hover', (e) => { const q: 'approx' = e.detail.qualifier; console.log(q); });
  // @ts-expect-error: validate() is asynchronous
  const sync: boolean = validate(doc).ok;
  // @ts-expect-error: state is read-only
  el.state = 'ready';
  // @ts-expect-error: theme is light or dark
  render(mount, doc, { theme: 'sepia' });
  // @ts-expect-error: no such method
  chart.redraw();
  console.log(pie, v2, sync);
}
