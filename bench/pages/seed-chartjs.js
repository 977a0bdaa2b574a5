// Seed document with Chart.js 4: the same hbar, bar and line charts from the
// same JSON, at the sizes newsplot drew them, animation off. "Drawn" = every
// chart constructed (Chart.js draws synchronously without animation), then the
// next frame is produced.
import { afterFrame, hoverProbe, COLOURS } from './common.js';
import { readDoc, frame } from './seed-shared.js';

const probe = hoverProbe();
const HOVER_CHART = 'blocked';
const charts = {};

// Detector: after a draw of the "blocked" chart whose tooltip is visible on item k.
const detector = {
  id: 'benchHover',
  afterDraw(chart) {
    if (chart !== charts[HOVER_CHART]) return;
    const tip = chart.tooltip;
    const active = tip?.getActiveElements?.() ?? [];
    if (tip && tip.opacity > 0 && active.length) probe.shown(active[0].index);
  },
};

async function main() {
  const doc = await (await fetch('/data/almaty-2025.json')).json();
  const list = readDoc(doc);
  const boxes = frame(doc, list, document.getElementById('col'));
  Chart.defaults.animation = false;
  Chart.defaults.locale = 'ru';
  for (const c of list) {
    if (c.type === 'tiles') continue;
    const canvas = document.createElement('canvas');
    boxes[c.id].append(canvas);
    const line = c.type === 'line';
    charts[c.id] = new Chart(canvas, {
      type: line ? 'line' : 'bar',
      data: {
        labels: c.labels,
        datasets: c.series.map((s, k) => ({
          label: s.name,
          data: s.values,
          backgroundColor: COLOURS[k],
          borderColor: COLOURS[k],
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: c.type === 'hbar' ? 'y' : 'x',
        plugins: { legend: { display: c.series.length > 1 } },
      },
      plugins: [detector],
    });
  }
  return afterFrame();
}

const seed = main().then((t) => ({ ready: t }));

window.bench = {
  lib: 'chartjs',
  seed,
  /** Centre of each bar of the "blocked" chart, in viewport coordinates. */
  targets() {
    const chart = charts[HOVER_CHART];
    const r = chart.canvas.getBoundingClientRect();
    return chart.getDatasetMeta(0).data.map((el, k) => {
      const p = el.getCenterPoint();
      return { k, x: r.left + p.x, y: r.top + p.y, label: chart.data.labels[k] };
    });
  },
  arm: (k) => probe.arm(k),
  result: () => probe.result(),
};
