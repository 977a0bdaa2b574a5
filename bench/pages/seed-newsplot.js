// Seed document with newsplot: one <news-plot> drawing every chart of
// www/data/almaty-2025.json. "Drawn" = every <news-plot> has state="ready",
// then the next frame is produced.
import { afterFrame, hoverProbe } from './common.js';

const probe = hoverProbe();
const HOVER_CHART = 'blocked';

function allReady() {
  const els = [...document.querySelectorAll('news-plot')];
  return els.length > 0 && els.every((e) => e.getAttribute('state') === 'ready');
}

const drawn = new Promise((resolve) => {
  if (allReady()) return resolve();
  const mo = new MutationObserver(() => {
    if (allReady()) {
      mo.disconnect();
      resolve();
    }
  });
  mo.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['state'] });
}).then(afterFrame);

const norm = (t) => t.replace(/[\u00a0\u202f]/g, ' ');
let labels = [];
/** The item whose label the tooltip text names (the longest match: one label may contain another). */
function labelIn(text) {
  let best = -1;
  labels.forEach((l, k) => {
    if (text.includes(norm(l)) && (best < 0 || l.length > labels[best].length)) best = k;
  });
  return best;
}

window.bench = {
  lib: 'newsplot',
  seed: drawn.then((t) => ({ ready: t })),
  /** CSS size of each chart's canvas, by chart id (the other pages draw at these sizes). */
  sizes() {
    const root = document.querySelector('news-plot').shadowRoot;
    return Object.fromEntries(
      [...root.querySelectorAll('figure[data-chart]')].map((f) => {
        const c = f.querySelector('canvas.plot');
        return [f.dataset.chart, [c.clientWidth, c.clientHeight]];
      }),
    );
  },
  /**
   * Hover targets on the "blocked" chart: for each item, a viewport point that
   * shows its tooltip, found by sweeping synthetic pointer events over the chart
   * (then the pointer "leaves").
   */
  async targets() {
    const doc = await (await fetch('/data/almaty-2025.json')).json();
    labels = doc.charts.find((c) => c.id === HOVER_CHART).items.map((i) => i.label);
    const root = document.querySelector('news-plot').shadowRoot;
    const overlay = root.querySelector(`figure[data-chart="${HOVER_CHART}"] canvas.overlay`);
    const tip = root.querySelector('[role="tooltip"]');
    const box = overlay.getBoundingClientRect();
    const send = (type, x, y) =>
      overlay.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: type !== 'pointerleave', composed: true, pointerType: 'mouse', pointerId: 1, isPrimary: true }));
    const found = labels.map(() => []);
    for (let y = box.top + 1; y < box.bottom; y += 3) {
      for (let x = box.left + 1; x < box.right; x += 8) {
        send('pointermove', x, y);
        if (tip.hidden) continue;
        const text = norm(tip.textContent);
        const k = labelIn(text);
        if (k >= 0) found[k].push([x, y]);
      }
    }
    send('pointerleave', -1, -1);
    return found.map((pts, k) => {
      if (!pts.length) throw new Error(`no point shows the tooltip of «${labels[k]}»`);
      const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
      const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
      const [x, y] = pts.reduce((a, b) => (Math.hypot(b[0] - mx, b[1] - my) < Math.hypot(a[0] - mx, a[1] - my) ? b : a));
      return { k, x, y, label: labels[k] };
    });
  },
  arm: (k) => probe.arm(k),
  result: () => probe.result(),
};

// Detector: the shadow root's tooltip is shown with item k's label.
drawn.then(() => {
  const root = document.querySelector('news-plot').shadowRoot;
  const tip = root.querySelector('[role="tooltip"]');
  new MutationObserver(() => {
    if (tip.hidden || !labels.length) return;
    const k = labelIn(norm(tip.textContent));
    if (k >= 0) probe.shown(k);
  }).observe(tip, { attributes: true, childList: true, subtree: true, characterData: true });
});
