// The 166,650-point line with uPlot: n dates × 3 series on one y scale, its
// default cursor and live legend (its hover feedback), line width as
// newsplot's. Timed from just before `new uPlot` to the next frame.
import { afterFrame, params, lineData, SERIES, COLOURS, LINE_WIDTH, countMoves } from './common.js';

const N = params.n ?? 55550;
const W = params.w ?? 1920;
const H = params.h ?? 400;
const moves = countMoves();
let u = null;

window.bench = {
  lib: 'uplot',
  loaded: Promise.resolve(true),
  async start() {
    const p0 = performance.now();
    const { days, ys } = lineData(N);
    const xs = days.map((ms) => ms / 1000);
    const data = [xs, ...ys];
    const box = document.getElementById('box');
    const p1 = performance.now();

    const t0 = performance.now();
    u = new uPlot(
      {
        width: W,
        height: H,
        series: [{}, ...SERIES.map((label, s) => ({ label, stroke: COLOURS[s], width: LINE_WIDTH }))],
      },
      data,
      box,
    );
    const t1 = await afterFrame();
    return { prep: p1 - p0, draw: t1 - t0 };
  },
  plotRect() {
    const r = u.over.getBoundingClientRect();
    const c = u.root.querySelector('canvas').getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height, canvasW: c.width, canvasH: c.height };
  },
  tooltipShown: () => u.cursor.idx != null,
  wasmBytes: () => 0,
  moves: () => moves.n,
};
