// The 166,650-point line with newsplot: the page writes the statistics JSON
// document (a `line` chart, n daily dates × 3 series), puts it in a child
// <script type="application/json"> of a new <news-plot>, and times from just
// before connecting the element to state="ready" plus the next frame.
//
// The wasm is instantiated before the clock starts (the entry's preload(); the
// same instance the element uses), as the other libraries' scripts are parsed
// before theirs starts.
import { preload } from '/dist/newsplot.js';
import { afterFrame, params, lineData, SERIES, countMoves } from './common.js';

const N = params.n ?? 55550;
const W = params.w ?? 1920;
const moves = countMoves();
let wasm = null;
let el = null;

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

window.bench = {
  lib: 'newsplot',
  loaded: preload().then((w) => {
    wasm = w;
    return true;
  }),
  /** Builds the input (not timed as the draw); returns its time in ms. */
  prepare() {
    const p0 = performance.now();
    const { days, ys } = lineData(N);
    const items = new Array(N);
    for (let i = 0; i < N; i++) items[i] = `{"date":"${iso(days[i])}","values":[${ys[0][i]},${ys[1][i]},${ys[2][i]}]}`;
    const text = `{"version":1,"locale":"en","charts":[{"id":"big","type":"line","title":"${(3 * N).toLocaleString('en')} points","unit":"count","series":${JSON.stringify(SERIES)},"items":[${items.join(',')}]}]}`;
    el = document.createElement('news-plot');
    el.style.width = `${W}px`;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
    return performance.now() - p0;
  },
  /** Draws the prepared input; returns ms from just before the draw to the next frame. */
  async draw() {
    const ready = new Promise((resolve, reject) => {
      const mo = new MutationObserver(() => {
        const s = el.getAttribute('state');
        if (s === 'ready') resolve();
        if (s === 'error') reject(new Error(el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? 'state=error'));
        if (s === 'ready' || s === 'error') mo.disconnect();
      });
      mo.observe(el, { attributes: true, attributeFilter: ['state'] });
    });
    const t0 = performance.now();
    document.getElementById('box').append(el);
    await ready;
    return (await afterFrame()) - t0;
  },
  async start() {
    const prep = this.prepare();
    return { prep, draw: await this.draw() };
  },
  /** The plot canvas (the strip the pointer sweeps), viewport coordinates. */
  plotRect() {
    const c = el.shadowRoot.querySelector('canvas.overlay');
    const r = c.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height, canvasW: c.clientWidth, canvasH: c.clientHeight };
  },
  tooltipShown: () => !el.shadowRoot.querySelector('[role="tooltip"]').hidden,
  wasmBytes: () => (wasm ? wasm.memory.buffer.byteLength : 0),
  moves: () => moves.n,
};
