// The 166,650-point line with Chart.js 4: the shape of uPlot's benchmark page
// for Chart.js (n dates × 3 series, point radius 0, `animation: false`,
// `parsing: false`, `normalized: true`, index tooltips along x), decimation
// plugin left at its default (off); a linear x axis of epoch ms with date tick
// labels (the time scale would need a date adapter). Timed from just before
// `new Chart` to the next frame.
import { afterFrame, params, lineData, SERIES, COLOURS, LINE_WIDTH, countMoves } from './common.js';

const N = params.n ?? 55550;
const W = params.w ?? 1920;
const H = params.h ?? 400;
const moves = countMoves();
let chart = null;
let input = null;

window.bench = {
  lib: 'chartjs',
  loaded: Promise.resolve(true),
  /** Builds the input (not timed as the draw); returns its time in ms. */
  prepare() {
    const p0 = performance.now();
    const { days, ys } = lineData(N);
    const datasets = SERIES.map((name, s) => {
      const data = new Array(N);
      for (let i = 0; i < N; i++) data[i] = { x: days[i], y: ys[s][i] };
      return { label: name, data, borderColor: COLOURS[s], backgroundColor: COLOURS[s], borderWidth: LINE_WIDTH, pointRadius: 0 };
    });
    const box = document.getElementById('box');
    box.style.width = `${W}px`;
    box.style.height = `${H}px`;
    const canvas = document.createElement('canvas');
    box.append(canvas);
    input = { days, datasets, canvas };
    return performance.now() - p0;
  },
  /** Draws the prepared input; returns ms from just before the draw to the next frame. */
  async draw() {
    const { days, datasets, canvas } = input;
    input = null;
    const t0 = performance.now();
    chart = new Chart(canvas, {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', axis: 'x', intersect: false },
        scales: {
          x: { type: 'linear', min: days[0], max: days[N - 1], ticks: { callback: (v) => new Date(v).toISOString().slice(0, 10), maxRotation: 0 } },
        },
      },
    });
    return (await afterFrame()) - t0;
  },
  async start() {
    const prep = this.prepare();
    return { prep, draw: await this.draw() };
  },
  plotRect() {
    const r = chart.canvas.getBoundingClientRect();
    const a = chart.chartArea;
    return { left: r.left + a.left, top: r.top + a.top, width: a.right - a.left, height: a.bottom - a.top, canvasW: r.width, canvasH: r.height };
  },
  tooltipShown: () => chart.tooltip.opacity > 0 && chart.tooltip.getActiveElements().length > 0,
  wasmBytes: () => 0,
  moves: () => moves.n,
};
