// Seed document with uPlot: bars through uPlot.paths.bars (horizontal ones by
// turning the x scale, ori: 1), the line on a time axis, at the sizes newsplot
// drew them. uPlot's hover feedback is its cursor plus the live legend (it has
// no tooltip of its own): "shown" = the setLegend hook reports item k.
import { afterFrame, hoverProbe, COLOURS } from './common.js';
import { readDoc, frame } from './seed-shared.js';

const probe = hoverProbe();
const HOVER_CHART = 'blocked';
const plots = {};

function barOpts(c, w, h) {
  const horizontal = c.type === 'hbar';
  const n = c.labels.length;
  const max = Math.max(...c.series.flatMap((s) => s.values.filter((v) => v !== null)));
  const labelAxis = {
    side: horizontal ? 3 : 2,
    size: horizontal ? 200 : 50,
    splits: () => c.labels.map((_, i) => i),
    values: (u, splits) => splits.map((i) => c.labels[i] ?? ''),
    gap: 6,
  };
  return {
    width: w,
    height: h,
    scales: {
      x: { time: false, ori: horizontal ? 1 : 0, dir: horizontal ? -1 : 1, range: [-0.5, n - 0.5] },
      y: { ori: horizontal ? 0 : 1, dir: horizontal ? 1 : 1, range: [0, max * 1.05] },
    },
    axes: [labelAxis, { side: horizontal ? 2 : 3, size: horizontal ? 40 : 100 }],
    series: [
      {},
      ...c.series.map((s, k) => ({
        label: s.name,
        fill: COLOURS[k],
        stroke: COLOURS[k],
        paths: uPlot.paths.bars({ size: [0.6, 100] }),
        points: { show: false },
      })),
    ],
    legend: { show: true },
    hooks: c.id === HOVER_CHART ? { setLegend: [(u) => u.cursor.idx != null && probe.shown(u.cursor.idx)] } : {},
  };
}

function lineOpts(c, w, h) {
  return {
    width: w,
    height: h,
    series: [{}, ...c.series.map((s, k) => ({ label: s.name, stroke: COLOURS[k], width: 2.5 }))],
  };
}

async function main() {
  const doc = await (await fetch('/data/almaty-2025.json')).json();
  const list = readDoc(doc);
  const boxes = frame(doc, list, document.getElementById('col'));
  for (const c of list) {
    if (c.type === 'tiles') continue;
    const box = boxes[c.id];
    const [w, h] = [parseFloat(box.style.width), parseFloat(box.style.height)];
    box.style.height = ''; // uPlot adds its legend under the canvas
    if (c.type === 'line') {
      const xs = c.items.map((i) => Date.UTC(+i.date.slice(0, 4), +(i.date.slice(5, 7) || 1) - 1, +(i.date.slice(8, 10) || 1)) / 1000);
      plots[c.id] = new uPlot(lineOpts(c, w, h), [xs, ...c.series.map((s) => s.values)], box);
    } else {
      plots[c.id] = new uPlot(barOpts(c, w, h), [c.labels.map((_, i) => i), ...c.series.map((s) => s.values)], box);
    }
  }
  return afterFrame();
}

const seed = main().then((t) => ({ ready: t }));

window.bench = {
  lib: 'uplot',
  seed,
  /** Middle of each bar of the "blocked" chart, in viewport coordinates. */
  targets() {
    const u = plots[HOVER_CHART];
    const r = u.over.getBoundingClientRect();
    return u.data[0].map((_, k) => {
      const along = u.valToPos(k, 'x'); // category axis: vertical for hbar
      const across = u.valToPos(u.data[1][k] / 2, 'y');
      return { k, x: r.left + across, y: r.top + along, label: String(k) };
    });
  },
  arm: (k) => probe.arm(k),
  result: () => probe.result(),
};
