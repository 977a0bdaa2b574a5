// newsplot — the page's entry: `<script type="module" src=".../newsplot.js">`.
// Defines <news-plot>, loads the one shared wasm instance (found next to this
// file through import.meta.url, so dist/ can live at any path or CDN), fetches
// documents, and hands them to the Rust side, which owns the shadow root and
// words every message in the reader's language.
import init, { Widget } from './newsplot_core.js';

const MAX_BYTES = 10 * 1024 * 1024; // the format's limit, enforced while reading
const DEFAULT_TIMEOUT_S = 10;

let wasm = null;
const load = () =>
  (wasm ??= init({ module_or_path: new URL('newsplot_core_bg.wasm', import.meta.url) }));

/** A loading failure, worded later by the Rust side: kind, URL, detail. */
class LoadError extends Error {
  constructor(kind, url, detail = '') {
    super(`${kind}: ${url} ${detail}`);
    this.kind = kind;
    this.url = url;
    this.detail = String(detail);
  }
}

// Content types that can carry JSON; anything else is refused with its own message.
const JSONISH = /^(application\/(json|[\w.+-]+\+json|octet-stream)|text\/(json|plain))\b/i;

async function readLimited(response, url) {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) throw new LoadError('too_large', url, declared);
  if (!response.body) return response.text();
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
  return new TextDecoder().decode(bytes);
}

class NewsPlot extends HTMLElement {
  static observedAttributes = ['src', 'chart', 'locale', 'theme', 'timeout'];
  #widget = null;
  #run = 0;
  #abort = null;

  connectedCallback() {
    this.#update();
  }

  disconnectedCallback() {
    this.#run++;
    this.#abort?.abort();
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback(name, old, value) {
    if (old !== value && this.isConnected && this.#widget) this.#update();
  }

  // The language of the widget's own messages before a document says otherwise.
  #locale() {
    return this.getAttribute('locale') ?? this.closest('[lang]')?.getAttribute('lang') ?? null;
  }

  async #update() {
    const run = ++this.#run;
    this.#abort?.abort();
    this.setAttribute('state', 'loading');
    let text = null;
    let failure = null;
    try {
      await load();
    } catch (e) {
      if (run === this.#run) this.#broken(`newsplot.wasm could not be loaded: ${e?.message ?? e}`);
      return;
    }
    try {
      text = await this.#read();
    } catch (e) {
      failure = e instanceof LoadError ? e : new LoadError('network', this.getAttribute('src') ?? '', e?.message ?? e);
    }
    if (run !== this.#run) return; // a newer update or a removal won
    try {
      this.#widget ??= new Widget(this);
      if (failure) this.#widget.fail_load(failure.kind, failure.url, failure.detail, this.#locale());
      else this.#widget.show(text, this.getAttribute('chart'), this.getAttribute('locale'), this.getAttribute('theme'));
    } catch (e) {
      // An internal failure: this element shows it; the others keep working.
      this.#widget = null;
      this.#broken(`internal error: ${e instanceof Error ? e.message : e}`);
    }
  }

  // The document: from `src`, or inline in a child <script type="application/json">.
  async #read() {
    const src = this.getAttribute('src');
    if (src === null) {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (!inline) throw new LoadError('no_data', '');
      return inline.textContent;
    }
    const url = new URL(src, document.baseURI).href;
    const seconds = Number(this.getAttribute('timeout') ?? DEFAULT_TIMEOUT_S);
    const limit = Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_S;
    const abort = (this.#abort = new AbortController());
    const timer = setTimeout(() => abort.abort(new LoadError('timeout', url, limit)), limit * 1000);
    try {
      let response;
      try {
        response = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
      } catch (e) {
        throw e instanceof LoadError ? e : abort.signal.reason instanceof LoadError ? abort.signal.reason : new LoadError('network', url, e?.message ?? '');
      }
      if (!response.ok) throw new LoadError('http', url, `${response.status} ${response.statusText}`.trim());
      const type = (response.headers.get('content-type') ?? '').trim();
      if (/^text\/html\b/i.test(type)) throw new LoadError('html', url, type);
      if (type && !JSONISH.test(type)) throw new LoadError('content_type', url, type);
      let text;
      try {
        text = await readLimited(response, url);
      } catch (e) {
        throw e instanceof LoadError ? e : abort.signal.reason instanceof LoadError ? abort.signal.reason : new LoadError('network', url, e?.message ?? '');
      }
      // An error page served as JSON or plain text is still not a document.
      if (/^\s*</.test(text)) throw new LoadError('html', url, type);
      return text;
    } finally {
      clearTimeout(timer);
    }
  }

  #broken(message) {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = message;
    root.replaceChildren(alert);
    console.error(`newsplot: ${message}`);
    this.setAttribute('state', 'error');
  }
}

if (!customElements.get('news-plot')) customElements.define('news-plot', NewsPlot);
