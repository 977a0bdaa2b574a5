// newsplot — the page's entry: `<script type="module" src=".../newsplot.js">`,
// or `import { render, validate } from "newsplot"`.
// Defines <news-plot>, loads the one shared wasm instance (found next to this
// file through import.meta.url, so dist/ can live at any path or CDN) once the
// first chart nears the viewport, fetches each document URL once, and hands
// the text to the Rust side, which owns the shadow root and words every
// message in the reader's language.
//
// `make dist` (scripts/dist.mjs) rewrites the two file names below to their
// content-hashed names and minifies this file.
import init, { Widget, validate as check, load_message as loadMessage } from './newsplot_core.js';

const WASM = 'newsplot_core_bg.wasm';
const MAX_BYTES = 10 * 1024 * 1024; // the format's limit, enforced while reading
const DEFAULT_TIMEOUT_S = 10;
const NEAR = 200; // how close to the viewport (CSS px) a chart must come to load

// ---------------------------------------------------------------------------
// The wasm: fetched once per page, when the first <news-plot> comes within
// NEAR of the viewport (or at once for an `eager` one, validate() or render()
// with `eager`). Every element waiting then goes on together.

let wasm = null;
let wasmReady = false;
const waiting = new Map(); // element → resolve
let observer = null;
let askedEarly = false; // whether an element has checked its place at connection (near)

function load() {
  release();
  if (!wasm) {
    wasm = init({ module_or_path: new URL(WASM, import.meta.url) });
    wasm.then(() => (wasmReady = true), () => {});
    warmIntl();
    warmFonts();
  }
  return wasm;
}

// While the wasm downloads: a page's first Intl formatter loads the browser's
// locale data (10-20 ms in Chromium, then under 0.2 ms a formatter), which the
// first chart's draw would otherwise wait for.
function warmIntl() {
  try {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat().format(0);
  } catch {}
}

// Likewise a canvas's first text in each font: the browser finds and loads the
// face and its glyphs then (0.5-6 ms per weight and size in Chromium, ~15 ms for
// the six the charts use), on the first draw's path otherwise. The family is
// render::FONT_FAMILY's.
function warmFonts() {
  try {
    const ctx = document.createElement('canvas').getContext('2d');
    for (const weight of ['normal', 'bold']) {
      for (const size of [12, 13, 14]) {
        ctx.font = `${weight} ${size}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;
        ctx.measureText('Янв 2025: 1 234,5 ₸ Ab');
      }
    }
  } catch {}
}

function release() {
  observer?.disconnect();
  observer = null;
  const all = [...waiting.values()];
  waiting.clear();
  for (const resolve of all) resolve();
}

/** Resolves once `el` may load the wasm. */
function near(el) {
  if (wasm || el.hasAttribute('eager') || typeof IntersectionObserver !== 'function') return Promise.resolve();
  // Already in view when it arrives (a chart at the top of an article): no
  // waiting a frame for the observer's first report (~10 ms, measured). Only
  // the page's first element asks: each question may cost the page a layout,
  // and thirty charts would ask thirty times; the others wait for the
  // observer, or for the wasm this one starts loading.
  if (!askedEarly) {
    askedEarly = true;
    const r = el.getBoundingClientRect();
    const shown = r.width > 0 || r.height > 0;
    if (shown && r.bottom > -NEAR && r.top < innerHeight + NEAR && r.right > -NEAR && r.left < innerWidth + NEAR) return Promise.resolve();
  }
  return new Promise((resolve) => {
    observer ??= new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && release(), { rootMargin: `${NEAR}px` });
    waiting.set(el, resolve);
    observer.observe(el);
  });
}

function forget(el) {
  if (waiting.delete(el)) observer?.unobserve(el);
}

// ---------------------------------------------------------------------------
// Documents: one request per URL per page. Elements with the same `src` share
// it (each with its own timeout); the text is kept for later elements. A
// failed request is forgotten, so the next attempt asks again.

/** A loading failure, worded later by the Rust side: kind, URL, detail. */
// The widget's newsplot:hover/select/download events, built here in one call
// from the wasm (`this`: the element). See the events in the README.
function sendEvent(name, chart, a, b, c, value, unit, qualifier) {
  const detail = name === 'newsplot:download'
    ? { format: a, chart }
    : { chart, label: a, date: b ?? null, series: c ?? null, value: value ?? null, unit, qualifier };
  this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

// A chart's pointermove listener for the wasm's `f(x, y, touch)`: the offset
// read here, so a move crosses into the wasm once. A finger scrubs once it has
// moved sideways 10 px more than up or down; a vertical swipe scrolls the page
// (touch-action: pan-y) and shows nothing.
function mouseMoves(f) {
  let start = null;
  return (e) => {
    if (e.pointerType !== 'touch') return f(e.offsetX, e.offsetY, false);
    if (start?.id !== e.pointerId) start = { id: e.pointerId, x: e.offsetX, y: e.offsetY, on: false };
    const dx = Math.abs(e.offsetX - start.x);
    start.on ||= dx >= 10 && dx > Math.abs(e.offsetY - start.y);
    if (start.on) f(e.offsetX, e.offsetY, true);
  };
}

// The one message the wasm cannot word (it did not load): in the element's
// or page's language, the format's default Russian otherwise.
function wasmFailed(tag) {
  const lang = /^(kk|en)\b/i.exec(tag ?? '')?.[1].toLowerCase();
  const words = lang === 'kk' ? 'Диаграмма жүктелмеді' : lang === 'en' ? 'The chart could not load' : 'График не загрузился';
  return `${words} (${WASM})`;
}

class LoadError extends Error {
  constructor(kind, url, detail = '') {
    super(`${kind}: ${url} ${detail}`);
    this.kind = kind;
    // As the editor wrote it: /данные/…, not /%D0%B4%D0%B0…
    try {
      this.url = decodeURI(url);
    } catch {
      this.url = url;
    }
    this.detail = String(detail);
  }
}

// Content types that can carry JSON; anything else is refused with its own message.
const JSONISH = /^(application\/(json|[\w.+-]+\+json|octet-stream)|text\/(json|plain))\b/i;

async function readLimited(response, url) {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) throw new LoadError('too_large', url, declared);
  if (!response.body) return utf8(new Uint8Array(await response.arrayBuffer()), url);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      reader.cancel().catch(() => {});
      throw new LoadError('too_large', url, total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return utf8(bytes, url);
}

// JSON is UTF-8: other bytes are refused, not shown as "\uFFFD" in a label.
function utf8(bytes, url) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError('encoding', url);
  }
}

// A fetch that fails from another origin is most often CORS: named so.
const asLoadError = (e, url) =>
  e instanceof LoadError ? e : new LoadError(new URL(url, location.href).origin === location.origin ? 'network' : 'cors', url, e?.message ?? '');

async function request(url, signal) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (e) {
    throw asLoadError(e, url);
  }
  if (!response.ok) throw new LoadError('http', url, `${response.status} ${response.statusText}`.trim());
  const type = (response.headers.get('content-type') ?? '').trim();
  // Served as HTML: an error page, unless the body is JSON after all (a host
  // that labels files by a wrong rule), which is drawn with a warning.
  const html = /^text\/html\b/i.test(type);
  if (type && !html && !JSONISH.test(type)) throw new LoadError('content_type', url, type);
  let text;
  try {
    text = await readLimited(response, url);
  } catch (e) {
    throw asLoadError(e, url);
  }
  // An error page served as JSON or plain text is still not a document.
  if (/^\s*</.test(text)) throw new LoadError('html', url, type);
  if (html) console.warn(`newsplot: ${url} is served as ${type}; a JSON file should be application/json`);
  return text;
}

const documents = new Map(); // absolute URL → { text: Promise<string>, done, users, abort }

/** The text at `url`, shared with every other caller; `signal` ends only this caller's wait. */
function fetchShared(url, signal) {
  let entry = documents.get(url);
  if (!entry) {
    const abort = new AbortController();
    const e = (entry = { done: false, users: 0, abort, text: null });
    e.text = request(url, abort.signal).then(
      (text) => {
        e.done = true;
        return text;
      },
      (err) => {
        if (documents.get(url) === e) documents.delete(url);
        throw err;
      },
    );
    documents.set(url, e);
  }
  if (entry.done) return entry.text;
  const e = entry;
  e.users++;
  return new Promise((resolve, reject) => {
    let left = false;
    const leave = () => {
      left = true;
      // The last one waiting gives up: so does the request, unless someone
      // asks again at once (an element whose `chart` changed mid-load).
      if (--e.users === 0 && !e.done) {
        setTimeout(() => {
          if (e.users > 0 || e.done) return;
          if (documents.get(url) === e) documents.delete(url);
          e.abort.abort();
        });
      }
      reject(signal.reason);
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    e.text.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', leave);
      if (!left) e.users--;
    });
  });
}

// The height a document's charts will likely take at `width` (CSS px), rough
// per kind (layout/*.rs has the truth), held while the wasm loads so the
// article moves less when they are drawn; null when there is nothing to go by.
function guessHeight(text, chart, width) {
  if (text.length > 200_000) return null; // parsing twice would cost more than it saves
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  const charts = Array.isArray(doc?.charts) ? doc.charts.filter((c) => c && (chart === null || c.id === chart)) : [];
  if (!charts.length) return null;
  const narrow = width < 480;
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  // Lines of text `chars` long at ~7.5 px a character (`px` for other sizes:
  // a character is about 0.6 of the font's size, wrapping wastes some more).
  const lines = (chars, w, px = 7.5) => Math.max(1, Math.ceil((chars * px) / Math.max(w, 60)));
  const len = (t) => (typeof t === 'string' ? t.length : 0);
  // The document's title (22 px bold) and subtitle (15 px), each as many lines as it takes.
  let h = chart === null ? (doc.title ? lines(len(doc.title), width, 14.5) * 27.5 + 16 : 0) + (doc.subtitle ? lines(len(doc.subtitle), width, 9.9) * 21 : 0) : 0;
  // The source credit under the last chart (13 px), its name and date.
  const source = doc.source && typeof doc.source === 'object' ? len(doc.source.name) + 30 : 0;
  for (const c of charts) {
    const items = Array.isArray(c.items) ? c.items : [];
    const n = items.length;
    const s = Array.isArray(c.series) ? c.series.length : 1;
    const label = (d) => String(d?.label ?? '').length;
    // The legend's buttons wrap like words, ~4 characters of swatch and gap each.
    const legend = s > 1 && c.type !== 'donut' ? lines(c.series.reduce((t, x) => t + String(x).length + 4, 0), width) * 28 : 0;
    // A chart's title (18 px bold) and subtitle (14 px) beside the download button; its note (13 px).
    const head = (c.title ? lines(len(c.title), width - 40, 11.9) * 23.4 : 0) + (c.subtitle ? lines(len(c.subtitle), width - 40, 9.2) * 19 : 0);
    // Under it, the source's credit line, if the document names a source.
    h += 28 + head + legend + (source ? 34 : 8) + (c.note ? lines(len(c.note), width, 8) * 17 : 0);
    // Bars: each row its name's lines, its bars, an "of which" caption; off a
    // phone, names that all fit a third of the width stand beside their bars.
    const rows = () => {
      // (Judged at 8.5 px a character, so a borderline name keeps them above.)
      const side = !narrow && (widest / 7.5) * 8.5 <= width / 3;
      return items.reduce((t, d) => t + (side ? 4 : lines(label(d), width) * 18 + (narrow ? 16 : 10)) + (s > 1 && !c.stacked ? 22 * s : 28) + (d?.parts ? 18 : 0), 0);
    };
    // Columns turn into bars where their names would not fit under them (up to 30),
    // or a lone series' figures over them (~95 px); more, where names would not
    // fit even every few columns (over ~72 px, or six slots): up to 100, or
    // however many when they name places (most without a digit), not a sequence.
    const slot = width / Math.max(n, 1);
    const words = items.flatMap((d) => String(d?.label ?? '').split(/\s+/));
    const longest = words.reduce((m, w) => Math.max(m, w.length), 0);
    const widest = items.reduce((m, d) => Math.max(m, label(d)), 0) * 7.5;
    const crowded = longest * 7.5 > slot - 6 && (widest > 72 || widest > 6 * slot - 6);
    const places = () => 2 * items.filter((d) => /\d/.test(String(d?.label ?? ''))).length < n && widest > 72;
    const flips = n <= 30 ? longest * 7.5 > slot - 6 || (s === 1 && slot < 95) : crowded && (n <= 100 || places());
    if (c.type === 'hbar' || (c.type === 'bar' && flips)) h += rows();
    else if (c.type === 'donut') {
      const ring = narrow ? 2 * (Math.min((width - 28) / 2, 120) + 14) + 16 + n * 26 : Math.max(2 * (clamp(width * 0.19, 75, 130) + 14), n * 26);
      h += s * (ring + (s > 1 ? 30 : 0));
    } else if (c.type === 'tiles') {
      // A tile is as wide as its longest word, 140 px at least.
      // (A word wider than any real one, 240 px, is cut instead.)
      const cols = Math.max(1, Math.min(n * s, Math.floor((width + 10) / (Math.max(140, Math.min(longest * 8.2, 240) + 30) + 10))));
      // A row: padding, the figure (two lines in a narrow tile), the longest name's lines.
      const tile = (width - 10 * (cols - 1)) / cols;
      const name = items.reduce((m, d) => Math.max(m, label(d)), 0);
      h += Math.ceil((n * s) / cols) * (38 + (tile < 200 ? 86 : 40) + lines(name, tile - 40) * 18);
    } else if (c.type === 'line') {
      // Years take one line of ticks; months and days a second for the year;
      // the top value label stands over the plot.
      const yearly = items.every((d) => String(d?.date ?? '').length === 4);
      // Many series on a phone: the plot as tall as their names, a line each.
      h += Math.max(clamp(width * 0.45, 160, 300), s * 17 - 20) + (yearly ? 51 : 81);
    } else h += clamp(width * 0.42, 150, 260) + 71;
  }
  // The last chart's figure has no margin under it; a long credit takes more lines than one.
  return Math.round(h - 28 + (source ? (lines(source, width, 8) - 1) * 17 : 0));
}

// A byte-order mark before inline JSON (pasted from a file saved by Windows
// Notepad, maybe after a line break) is not part of the document; TextDecoder
// drops it from fetched ones.
const withoutBom = (text) => text.replace(/^\s*\uFEFF/, '');

// Text with half of a UTF-16 pair (no UTF-8 for it, set from script): each
// written as its \u escape, which the reader refuses where it stands, not drawn as �.
// (A loop, not a regex lookbehind, which Safari before 16.4 cannot even parse.)
function escapeLone(t) {
  if (t.isWellFormed?.() !== false) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) out += t[i] + t[++i];
    else out += (c & 0xf800) === 0xd800 ? `\\u${c.toString(16)}` : t[i];
  }
  return out;
}

// Inline JSON: anywhere inside the element, its type with or without parameters.
const INLINE = 'script[type="application/json"], script[type^="application/json;"]';

/**
 * A document given as an object (or JSON text) → its text. What JSON cannot
 * hold throws a LoadError('not_json', where, why): `where` the value's path
 * (`data.charts[0].items[1].value`), `why` circular, bigint, the type of a
 * document that is no value (undefined, function, symbol), or the browser's reason.
 */
function serialise(doc) {
  if (typeof doc === 'string') return escapeLone(withoutBom(doc));
  if (['undefined', 'function', 'symbol'].includes(typeof doc)) throw new LoadError('not_json', 'data', typeof doc);
  // NaN and ±Infinity would be written null (a line's gap): as strings
  // instead, the widget names them and where they are (…value: "NaN").
  const finite = (v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
  // Half of a UTF-16 pair has no UTF-8: found with its path below.
  const broken = (v) => typeof v === 'string' && v.isWellFormed?.() === false;
  // Again, slower, to find where: each object's path; a value met again
  // under its own path is its ancestor, a cycle (one shared by two branches is not).
  const locate = () => {
    const paths = new Map();
    try {
      JSON.stringify(doc, function (k, v) {
        if (typeof v === 'bigint' || (v && typeof v === 'object') || broken(v)) {
          const up = paths.get(this) ?? 'data';
          const at = k === '' && !paths.has(this) ? up : Array.isArray(this) ? `${up}[${k}]` : `${up}.${k}`;
          if (typeof v === 'bigint') throw new LoadError('not_json', at, 'bigint');
          if (broken(v)) throw new LoadError('not_json', at, 'surrogate');
          // A key with half a pair (stringify escapes it, so the text's reader would name a column the page never wrote).
          if (v && typeof v === 'object' && !Array.isArray(v)) {
            const key = Object.keys(v).find(broken);
            if (key !== undefined) throw new LoadError('not_json', `${at}.${escapeLone(key)}`, 'surrogate');
          }
          const seen = paths.get(v);
          if (seen !== undefined && (at.startsWith(seen + '.') || at.startsWith(seen + '['))) throw new LoadError('not_json', at, 'circular');
          paths.set(v, at);
        }
        return finite(v);
      });
    } catch (f) {
      if (f instanceof LoadError) {
        // Worded in the document's language, as its other messages are.
        try {
          f.locale = typeof doc.locale === 'string' ? doc.locale : 'ru';
        } catch {} // a getter that throws: the page's language
        throw f;
      }
    }
  };
  let text;
  try {
    text = JSON.stringify(doc, (_, v) => {
      if (broken(v)) throw 0;
      return finite(v);
    });
  } catch (e) {
    locate();
    // A toJSON or getter that throws: the browser's reason.
    throw new LoadError('not_json', 'data', e?.message ?? e);
  }
  // Keys are not seen above: an escaped half pair in the text (or a key or
  // string that just holds `\ud…`) is looked for by path.
  if (text?.includes('\\ud')) locate();
  return text;
}

// ---------------------------------------------------------------------------
// <news-plot>

// Until the wasm takes over the shadow root: the editor's fallback content
// (slot) and the reserved height. A constructed sheet, allowed under a strict CSP.
let shellSheet = null;
function shell() {
  if (!shellSheet) {
    shellSheet = new CSSStyleSheet();
    shellSheet.replaceSync(
      ':host{display:block}:host([state="loading"]){min-height:var(--newsplot-reserve,var(--np-guess,320px))}' +
        // A themed element's card padding, as the widget's own sheet gives it: the
        // width guessed for while loading is the width then drawn at.
        ':host([theme="dark"]),:host([theme="light"]){padding:var(--newsplot-padding,12px)}' +
        // On paper a chart not yet loaded keeps no empty space: its fallback, if any, prints.
        '@media print{:host([state="loading"]){min-height:0}}' +
        '[role="alert"]{margin-top:8px;padding:10px 14px;border-left:4px solid var(--newsplot-error,#b00020);' +
        'font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}',
    );
  }
  return shellSheet;
}

const STRING_PROPS = ['src', 'chart', 'locale', 'theme'];
// Every property a page may set, for the ones set before the element is defined.
const PROPS = [...STRING_PROPS, 'timeout', 'headingLevel', 'eager', 'data'];

// A reader who set a larger default font size in the browser gets the article's
// text larger (where it is sized in rem or em); the canvas's text is in px, so
// the widget zooms by the same ratio (up to 2×), drawing and hit-testing in
// its own px (Rust reads currentCSSZoom). Browsers without standard CSS zoom
// (no currentCSSZoom) keep 1.
let textZoom = null;

function readerZoom() {
  if (textZoom === null) {
    textZoom = 1;
    if ('currentCSSZoom' in Element.prototype && document.body) {
      const probe = document.createElement('div');
      probe.style.cssText = 'font-size:medium;position:absolute;visibility:hidden';
      document.body.append(probe);
      textZoom = Math.min(2, Math.max(1, parseFloat(getComputedStyle(probe).fontSize) / 16 || 1));
      probe.remove();
    }
  }
  return textZoom;
}

// A site's own dark mode, switched by a class or data attribute on <html> or
// <body> while the page is open: every drawn widget reads its background
// again, once per frame, and redraws only if its colours changed (some sites
// toggle a class on every scroll).
const drawn = new Map(); // element with a widget → its follow_page
let pageWatch = null;
let pageFrame = 0;

function pageChanged() {
  pageFrame ||= requestAnimationFrame(() => {
    pageFrame = 0;
    for (const follow of drawn.values()) follow();
  });
}

function watchPage(el, follow) {
  drawn.set(el, follow);
  if (pageWatch || typeof MutationObserver !== 'function') return;
  pageWatch = new MutationObserver(pageChanged);
  for (const root of [document.documentElement, document.body]) if (root) pageWatch.observe(root, { attributes: true });
  // A site that fades its background into dark mode is mid-way at the next
  // frame: judged again when the fade ends (a fade behind a chart, not a
  // button's hover colour elsewhere on the page).
  const behind = (t) => [...drawn.keys()].some((el) => t.contains?.(el));
  addEventListener('transitionend', (e) => /^background/.test(e.propertyName) && behind(e.target) && pageChanged(), true);
}

export class NewsPlotElement extends HTMLElement {
  static observedAttributes = ['src', 'chart', 'locale', 'theme', 'timeout', 'eager', 'heading-level'];
  #widget = null;
  #run = 0;
  #abort = null;
  #data = undefined; // { text } or { error }: a document set as a property (render())
  #pending = null; // { promise, resolve } for `ready`
  #last = null; // the last { state, message }
  #loading = false; // whether "loading" was the last state announced

  connectedCallback() {
    // A page's script may set properties before this class is defined (the
    // module loads late, or the element was made first): they sit on the
    // element itself, hiding the accessors below. Hand them to the accessors.
    for (const name of PROPS) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#update();
  }

  disconnectedCallback() {
    this.#run++;
    this.#abort?.abort();
    forget(this);
    this.#widget?.free();
    this.#widget = null;
    drawn.delete(this);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected || this.#run === 0) return;
    if (name === 'eager') {
      if (value !== null && waiting.has(this)) load();
      return;
    }
    this.#update();
  }

  /** The document as an object or JSON text; set, it wins over `src` and inline JSON. */
  get data() {
    if (this.#data?.text === undefined) return null;
    try {
      return JSON.parse(this.#data.text);
    } catch {
      return null; // text that is not JSON: the widget shows why
    }
  }

  set data(doc) {
    if (doc === null || doc === undefined) {
      if (this.#data === undefined) return;
      this.#data = undefined;
    } else {
      try {
        this.#data = { text: serialise(doc) };
      } catch (e) {
        this.#data = { error: e };
      }
    }
    if (this.isConnected) this.#update();
  }

  /** Seconds to wait for `src`: the attribute as a number, null without it. */
  get timeout() {
    const t = this.getAttribute('timeout');
    return t === null ? null : Number(t);
  }

  set timeout(seconds) {
    if (seconds === null || seconds === undefined) this.removeAttribute('timeout');
    else this.setAttribute('timeout', String(seconds));
  }

  /** The `heading-level` attribute as a number (1–6), null without it (or with a value that is no level). */
  get headingLevel() {
    const l = Number(this.#attr('heading-level') ?? NaN);
    return Number.isInteger(l) && l >= 1 && l <= 6 ? l : null;
  }

  set headingLevel(level) {
    if (level === null || level === undefined) this.removeAttribute('heading-level');
    else this.setAttribute('heading-level', String(level));
  }

  get eager() {
    return this.hasAttribute('eager');
  }

  set eager(on) {
    this.toggleAttribute('eager', Boolean(on));
  }

  /** `loading`, `ready` or `error` (null before the element is first connected). */
  get state() {
    return this.getAttribute('state');
  }

  /** Resolves with `{ state, message }` once the current document is drawn or has failed. */
  get ready() {
    const state = this.state;
    if (!this.#pending && this.#last && (state === 'ready' || state === 'error')) return Promise.resolve(this.#last);
    return this.#deferred().promise;
  }

  #deferred() {
    if (!this.#pending) {
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      this.#pending = { promise, resolve };
    }
    return this.#pending;
  }

  // An attribute a CMS template left empty (src="", locale=" ") is no attribute:
  // src="" reads the inline document, locale="" the document's own language.
  #attr(name) {
    return this.getAttribute(name)?.trim() || null;
  }

  #src() {
    return this.#attr('src');
  }

  // The language of the widget's own messages before a document says otherwise.
  #locale() {
    return this.#attr('locale') ?? (this.closest('[lang]')?.getAttribute('lang') || null);
  }

  #emit(state) {
    // A document replaced while the last is still loading (update() swapping
    // `src` for `data` changes both) is one more wait, not a second "loading".
    if (state === 'loading' && this.#loading) return;
    this.#loading = state === 'loading';
    const alert = state === 'error' ? this.shadowRoot?.querySelector('[role="alert"]') : null;
    const detail = { state, message: state === 'error' ? (alert?.textContent ?? '') : null };
    if (state !== 'loading') {
      this.#last = detail;
      this.#pending?.resolve(detail);
      this.#pending = null;
    }
    this.dispatchEvent(new CustomEvent('newsplot:state', { bubbles: true, composed: true, detail }));
  }

  async #update() {
    const run = ++this.#run;
    this.#abort?.abort();
    this.#abort = null;
    this.#deferred();
    if (!this.shadowRoot) {
      // Shown until the chart is ready: whatever the editor put inside.
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [shell()];
      root.append(document.createElement('slot'));
    }
    this.setAttribute('state', 'loading');
    this.#emit('loading');
    // Not so far that the charts get less than ~280 px of their own (a phone
    // at 2×: titles broken mid-word, labels over their bars).
    // (The width only read for such a reader: it costs a layout.)
    const reader = readerZoom();
    const zoom = reader > 1 ? Math.min(reader, Math.max(1, this.clientWidth / 280)) : 1;
    if (zoom > 1) this.style.setProperty('--np-zoom', zoom);
    else this.style.removeProperty('--np-zoom');
    await near(this);
    if (run !== this.#run) return;
    // The document is fetched while the wasm loads: one round trip, not two in turn.
    const reading = this.#read().then(
      (text) => {
        if (!wasmReady) {
          // The content box: a themed element's padding is around the charts.
          const css = getComputedStyle(this);
          const px = (k) => parseFloat(css[k]) || 0;
          const guess = guessHeight(text, this.#attr('chart'), (this.clientWidth - px('paddingLeft') - px('paddingRight')) / zoom);
          // min-height counts the padding only on a page that sizes border boxes.
          const pad = css.boxSizing === 'border-box' ? px('paddingTop') + px('paddingBottom') + px('borderTopWidth') + px('borderBottomWidth') : 0;
          if (guess) this.style.setProperty('--np-guess', `${guess * zoom + pad}px`);
        }
        return { text, failure: null };
      },
      (e) => ({ text: null, failure: e instanceof LoadError || typeof e === 'string' ? e : new LoadError('network', this.getAttribute('src') ?? '', e?.message ?? e) }),
    );
    try {
      await load();
    } catch (e) {
      if (run === this.#run) {
        this.#abort?.abort();
        // The glue's «failed to fetch Wasm: 404 Not Found fetching 'https://…'»:
        // readers see the status; any other reason (a CSP without
        // 'wasm-unsafe-eval', a blocked request) is the browser's English,
        // for the console only, with the file's whole URL.
        const full = `${e?.message ?? e} (${new URL(WASM, import.meta.url)})`;
        const status = /^failed to fetch Wasm: (\d+)/.exec(full)?.[1];
        this.#broken(status ? `${wasmFailed(this.#locale())}: HTTP ${status}` : wasmFailed(this.#locale()), full);
      }
      return;
    }
    if (run !== this.#run) return;
    const { text, failure } = await reading;
    if (run !== this.#run) return; // a newer update or a removal won
    try {
      this.#widget ??= new Widget(this, sendEvent, mouseMoves);
      watchPage(this, () => this.#widget?.follow_page());
      if (typeof failure === 'string') this.#widget.fail(failure);
      else if (failure) this.#widget.fail_load(failure.kind, failure.url, failure.detail, this.#attr('locale') ?? failure.locale ?? this.#locale());
      else this.#widget.show(text, this.#attr('chart'), this.#attr('locale'), this.#attr('theme'), this.#data ? null : this.#src());
    } catch (e) {
      // An internal failure: this element shows it; the others keep working.
      this.#widget = null;
      this.#broken(`internal error: ${e instanceof Error ? e.message : e}`);
      return;
    }
    this.style.removeProperty('--np-guess');
    // A house font still loading was measured and drawn as its fallback: again once it is in.
    if (document.fonts?.status === 'loading' && getComputedStyle(this).getPropertyValue('--newsplot-font').trim()) {
      document.fonts.ready.then(() => run === this.#run && this.#widget?.restyle());
    }
    this.#emit(this.getAttribute('state'));
  }

  // The document: the `data` property, else from `src`, else inline in a child
  // <script type="application/json">. A string thrown is a message to show as is.
  async #read() {
    if (this.#data) {
      if (this.#data.error) throw this.#data.error;
      return this.#data.text;
    }
    const src = this.#src();
    if (src === null) {
      if (document.readyState === 'loading' && !this.#parsed()) {
        // An async script can define the element before the parser has
        // reached its children, or while it is half-way through the JSON.
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      }
      const inline = this.querySelector(INLINE);
      if (!inline) throw new LoadError('no_data', '');
      return escapeLone(withoutBom(inline.textContent));
    }
    let url;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      throw new LoadError('bad_url', src);
    }
    // ftp:, javascript:… cannot be fetched: named as a wrong address, not a network failure.
    if (!['http:', 'https:', 'data:', 'blob:', location.protocol].includes(url.protocol)) throw new LoadError('bad_url', src);
    url = url.href;
    const given = this.getAttribute('timeout');
    const seconds = Number(given ?? DEFAULT_TIMEOUT_S);
    const limit = Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_S;
    // As a bad theme or heading-level is: said, then the default.
    if (given !== null && given !== '' && limit !== seconds) console.warn(`newsplot: timeout "${given}" is not a number of seconds above 0; using ${DEFAULT_TIMEOUT_S}`);
    const abort = (this.#abort = new AbortController());
    const timer = setTimeout(() => abort.abort(new LoadError('timeout', url, limit)), limit * 1000);
    try {
      return await fetchShared(url, abort.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  // Whether the parser has passed this element's end: something follows it.
  #parsed() {
    for (let n = this; n; n = n.parentNode) if (n.nextSibling) return true;
    return false;
  }

  // The widget itself could not start: the editor's fallback stays, with the message under it.
  #broken(message, detail = '') {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = message;
    root.adoptedStyleSheets = [shell()];
    root.replaceChildren(document.createElement('slot'), alert);
    console.error(`newsplot: ${message}${detail && detail !== message ? ` (${detail})` : ''}`);
    this.setAttribute('state', 'error');
    this.#emit('error');
  }
}

for (const name of STRING_PROPS) {
  Object.defineProperty(NewsPlotElement.prototype, name, {
    configurable: true,
    get() {
      return this.getAttribute(name);
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
}

if (!customElements.get('news-plot')) {
  customElements.define('news-plot', NewsPlotElement);
  // Printing: charts still waiting for the reader to scroll to them start now,
  // so that a print after this one (or the preview, once redrawn) has them.
  addEventListener('beforeprint', () => waiting.size && load());
}

// ---------------------------------------------------------------------------
// The JS API

const OPTION_ATTRIBUTES = ['chart', 'locale', 'theme', 'timeout'];

// A document object, JSON text (starts with `{`), or a URL (string or URL).
function setSource(el, source) {
  if (source instanceof URL || (typeof source === 'string' && !/^\s*[{[]/.test(source))) {
    el.data = null;
    el.setAttribute('src', String(source));
  } else {
    el.removeAttribute('src');
    el.data = source;
  }
}

/**
 * Draws a document into `element`: a new <news-plot> is appended to it (or,
 * given a <news-plot>, that one is used). Returns { element, ready, update, destroy }.
 */
export function render(element, source, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('newsplot render(): the first argument must be an element');
  const own = element.localName !== 'news-plot';
  const el = own ? document.createElement('news-plot') : element;
  for (const name of OPTION_ATTRIBUTES) {
    const v = options?.[name];
    if (v !== undefined && v !== null) el.setAttribute(name, String(v));
  }
  if (options?.eager) el.setAttribute('eager', '');
  if (options?.headingLevel != null) el.setAttribute('heading-level', String(options.headingLevel));
  setSource(el, source);
  if (own) element.append(el);
  let destroyed = false;
  return {
    element: el,
    get ready() {
      return el.ready;
    },
    update(doc) {
      if (destroyed) throw new Error('newsplot: update() after destroy()');
      setSource(el, doc);
      return el.ready;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      el.remove(); // disconnecting frees the widget, its listeners and observers
    },
  };
}

/**
 * Loads the wasm now instead of when the first chart nears the viewport (every
 * waiting <news-plot> then goes on too). Resolves with the instance's exports.
 */
export function preload() {
  return load();
}

/**
 * Checks a document (object or JSON text) as the widget would:
 * { ok, message, path, line, column }, the message worded in `options.locale`,
 * else the document's `locale`, else the page's `lang`; a valid one also has
 * `warnings`, [{ path, message }] for fields that look misspelt.
 */
export async function validate(doc, options = {}) {
  await load();
  const page = document.documentElement?.getAttribute('lang') || null;
  let text;
  try {
    text = serialise(doc);
  } catch (e) {
    // Worded as the widget words it; the path without the `data` it starts with.
    const path = e.url.replace(/^data\.?/, '');
    return { ok: false, message: loadMessage(e.kind, e.url, e.detail, options?.locale ?? e.locale ?? null, page), path, line: null, column: null };
  }
  const result = check(text, options?.locale ?? null, page);
  // The wasm gives a valid document's warnings as path, message, path, message…
  if (result.ok) {
    const flat = result.warnings;
    result.warnings = [];
    for (let i = 0; i + 1 < flat.length; i += 2) result.warnings.push({ path: flat[i], message: flat[i + 1] });
  }
  return result;
}
