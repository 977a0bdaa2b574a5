// Type declarations for the `newsplot` package: the <news-plot> custom element,
// its events, and the JS API (`render`, `validate`).

/**
 * Statistics JSON v1 (the input contract: stats-format.md). As the format says,
 * `null` counts as an absent field, and fields it does not define are allowed.
 */
export interface StatsDocument {
  /** Fields the format does not define are allowed (extensions) and ignored. */
  [extension: string]: unknown;
  $schema?: string | null;
  version: 1;
  /** BCP 47 tag: `ru` (default), `kk`, `en`… */
  locale?: string | null;
  title?: string | null;
  subtitle?: string | null;
  source?: StatsSource | null;
  charts: StatsChart[];
}

export interface StatsSource {
  /** Fields the format does not define are allowed (extensions) and ignored. */
  [extension: string]: unknown;
  name?: string | null;
  url?: string | null;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string | null;
}

export type ChartType = 'bar' | 'hbar' | 'line' | 'donut' | 'tiles';

/** `count`, `g`, `kg`, `t`, `percent`, or an ISO 4217 currency code (`KZT`, `RUB`, `USD`…). */
export type Unit = 'count' | 'g' | 'kg' | 't' | 'percent' | (string & {});

export type Qualifier = 'exact' | 'about' | 'more_than' | 'at_least' | 'less_than' | 'up_to';

export interface StatsChart {
  /** Fields the format does not define are allowed (extensions) and ignored. */
  [extension: string]: unknown;
  id: string;
  type: ChartType;
  title?: string | null;
  subtitle?: string | null;
  note?: string | null;
  unit?: Unit | null;
  /** Names of several series: each item then has `values` instead of `value`. */
  series?: string[] | null;
  /** With `series` on `bar`/`hbar`: stack instead of group. */
  stacked?: boolean | null;
  items: StatsItem[];
}

export interface StatsItem {
  /** Fields the format does not define are allowed (extensions) and ignored. */
  [extension: string]: unknown;
  /** Required for every chart type except `line`. */
  label?: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; required for `line`. */
  date?: string | null;
  /** Without `series`; `null` is a gap in a `line` chart. */
  value?: number | null;
  /** With `series`: one per series, `null` = missing. */
  values?: (number | null)[] | null;
  unit?: Unit | null;
  qualifier?: Qualifier | null;
  parts?: StatsPart[] | null;
  note?: string | null;
}

export interface StatsPart {
  /** Fields the format does not define are allowed (extensions) and ignored. */
  [extension: string]: unknown;
  label: string;
  value: number;
  qualifier?: Qualifier | null;
  /** An extension: the part's own unit, of its item's kind (3 t, of which 500 kg). */
  unit?: Unit | null;
}

/** The element's `state` attribute. */
export type NewsPlotState = 'loading' | 'ready' | 'error';

/** Where a document comes from: an object, JSON text (starting with `{`), or a URL. */
export type DocumentSource = StatsDocument | string | URL;

/** `detail` of `newsplot:hover` and `newsplot:select`: the value under the pointer, focus or tap. */
export interface NewsPlotPointDetail {
  /** The chart's `id`. */
  chart: string;
  /** The item's `label` (for a `line` chart, its date as written). */
  label: string;
  /** The item's `date` as written in the document, or null. */
  date: string | null;
  /** The series name, or null for a chart without series. */
  series: string | null;
  /** The figure, or null for a missing value. */
  value: number | null;
  unit: Unit;
  qualifier: Qualifier;
}

/** `detail` of `newsplot:state`: after `state === "error"`, `message` is a string. */
export type NewsPlotStateDetail =
  | { state: 'error'; /** The error shown in place of the chart. */ message: string }
  | { state: Exclude<NewsPlotState, 'error'>; message: null };

/** What `ready` and `update()` resolve with: the document drawn, or why not. */
export type NewsPlotReadyDetail =
  | { state: 'error'; /** The error shown in place of the chart. */ message: string }
  | { state: 'ready'; message: null };

/** `detail` of `newsplot:download`: the reader saved a chart from its menu. */
export interface NewsPlotDownloadDetail {
  format: 'png' | 'csv';
  /** The chart's `id`. */
  chart: string;
}

export interface NewsPlotEventMap {
  'newsplot:download': CustomEvent<NewsPlotDownloadDetail>;
  'newsplot:hover': CustomEvent<NewsPlotPointDetail>;
  'newsplot:select': CustomEvent<NewsPlotPointDetail>;
  'newsplot:state': CustomEvent<NewsPlotStateDetail>;
}

/**
 * `<news-plot>`. Attributes: `src`, `chart`, `locale`, `theme` (`light` | `dark`),
 * `timeout` (seconds), `eager`, `heading-level` (`1`–`6`: the top heading's level in
 * the page's outline); set by the element: `state`.
 */
export class NewsPlotElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** URL of the document (the `src` attribute). */
  src: string | null;
  /** The `id` of one chart of the document; null: every chart. */
  chart: string | null;
  locale: string | null;
  theme: 'light' | 'dark' | (string & {}) | null;
  /** Load at once instead of when the element nears the viewport. */
  eager: boolean;
  /** Seconds to wait for `src` (the `timeout` attribute as a number); null: the default, 10. */
  timeout: number | null;
  /** The level (1–6) of the widget's top heading in the page's outline (the `heading-level` attribute as a number); null: h2 and h3. */
  headingLevel: number | null;
  /** The document as an object or JSON text; set, it wins over `src` and inline JSON. */
  get data(): StatsDocument | null;
  set data(doc: StatsDocument | string | null);
  readonly state: NewsPlotState | null;
  /** Resolves once the current document is drawn (`ready`) or has failed (`error`). */
  readonly ready: Promise<NewsPlotReadyDetail>;

  addEventListener<K extends keyof NewsPlotEventMap>(
    type: K,
    listener: (this: NewsPlotElement, ev: NewsPlotEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: NewsPlotElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof NewsPlotEventMap>(
    type: K,
    listener: (this: NewsPlotElement, ev: NewsPlotEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: NewsPlotElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export interface RenderOptions {
  /** The `id` of one chart; without it, every chart of the document. */
  chart?: string;
  /** Language of numbers, words and messages; overrides the document's `locale`. */
  locale?: string;
  theme?: 'light' | 'dark';
  /** Seconds to wait for a URL (default 10). */
  timeout?: number;
  /** Load the wasm now rather than when the chart nears the viewport. */
  eager?: boolean;
  /** The level (1–6) of the widget's top heading in the page's outline (`heading-level`). */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface NewsPlotHandle {
  /** The <news-plot> drawing the chart. */
  readonly element: NewsPlotElement;
  /** Resolves once the current document is drawn or has failed. */
  readonly ready: Promise<NewsPlotReadyDetail>;
  /** Redraws with another document (object, JSON text or URL). */
  update(doc: DocumentSource): Promise<NewsPlotReadyDetail>;
  /** Removes the chart, its listeners and observers. */
  destroy(): void;
}

/**
 * Draws a document into `element`: a new <news-plot> is appended to it (given a
 * <news-plot>, that one is used). The editor's content of a <news-plot> stays as
 * its fallback until the chart is ready.
 */
export function render(element: Element, documentOrUrl: DocumentSource, options?: RenderOptions): NewsPlotHandle;

/**
 * Loads the wasm now rather than when the first chart nears the viewport; every
 * waiting <news-plot> then goes on too. Resolves with the instance's exports
 * (its `memory`, for diagnostics).
 */
export function preload(): Promise<{ readonly memory: WebAssembly.Memory }>;

export type ValidationResult =
  | {
      ok: true;
      message: null;
      path: null;
      line: null;
      column: null;
      /** Fields the format does not read whose names look misspelt (`qualifer`): the chart is drawn without them. */
      warnings: ValidationWarning[];
    }
  | {
      ok: false;
      /** The widget's message, path included: `charts[1].items[2].value: expected a number, found "5 тыс."`. */
      message: string;
      /** JSON path of the problem; `""` for the whole text (a syntax error, a document too large). */
      path: string;
      /** Where a syntax error is (1-based), else null. */
      line: number | null;
      /** In UTF-16 units, as VS Code and `JSON.parse` count (an emoji is two). */
      column: number | null;
    };

export interface ValidationWarning {
  /** JSON path of the field: `charts[0].items[1].qualifer`. */
  path: string;
  /** `charts[0].items[1].qualifer: the format has no field "qualifer", so it is ignored; did you mean "qualifier"?` */
  message: string;
}

export interface ValidateOptions {
  /** Language of the message; default: the document's `locale` (Russian when it names none), else the page's `lang`, else Russian. */
  locale?: string;
}

/** Checks a document (object or JSON text) exactly as the widget does, without drawing it. Loads the wasm. */
export function validate(document: unknown, options?: ValidateOptions): Promise<ValidationResult>;

declare global {
  interface HTMLElementTagNameMap {
    'news-plot': NewsPlotElement;
  }
  interface DocumentEventMap {
    'newsplot:download': CustomEvent<NewsPlotDownloadDetail>;
    'newsplot:hover': CustomEvent<NewsPlotPointDetail>;
    'newsplot:select': CustomEvent<NewsPlotPointDetail>;
    'newsplot:state': CustomEvent<NewsPlotStateDetail>;
  }
}
