// newsplot — the page's entry: `<script type="module" src=".../newsplot.js">`.
// Defines <news-plot>, loads the one shared wasm instance (found next to this
// file through import.meta.url, so dist/ can live at any path or CDN), fetches
// documents, and hands them to the Rust side, which owns the shadow root.
import init, { Widget } from './newsplot_core.js';

let wasm = null;
const load = () =>
  (wasm ??= init({ module_or_path: new URL('newsplot_core_bg.wasm', import.meta.url) }));

class NewsPlot extends HTMLElement {
  static observedAttributes = ['src', 'chart', 'locale', 'theme'];
  #widget = null;
  #run = 0;

  connectedCallback() {
    this.#update();
  }

  disconnectedCallback() {
    this.#run++;
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback(name, old, value) {
    if (old !== value && this.isConnected && this.#widget) this.#update();
  }

  async #update() {
    const run = ++this.#run;
    this.setAttribute('state', 'loading');
    let text = null;
    let failure = null;
    try {
      await load();
      text = await this.#read();
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
    if (run !== this.#run) return; // a newer update or a removal won
    try {
      this.#widget ??= new Widget(this);
      if (failure !== null) this.#widget.fail(failure);
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
      if (!inline) throw new Error('no data: give the element a src attribute or a <script type="application/json"> child');
      return inline.textContent;
    }
    const url = new URL(src, document.baseURI).href;
    let response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch {
      throw new Error(`src: could not load ${url} (network error)`);
    }
    if (!response.ok) throw new Error(`src: could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    return response.text();
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
