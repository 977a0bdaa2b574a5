// The 166,650-point line with uPlot: n dates × 3 series on one y scale, its
// default cursor and live legend (its hover feedback), line width as
// newsplot's. Timed from just before `new uPlot` to the next frame.
import { afterFrame, params, lineData, SERIES, COLOURS, LINE_WIDTH, countMoves } from './common.js';

const N = params.n ?? 55550;
const W = params.w ?? 1920;
const H = params.h ?? 400;
const moves = countMoves();
let u = null;
let input = null;

window.bench = {
  lib: 'uplot',
  loaded: Promise.resolve(true),
  /** Builds the input (not timed as the draw); returns its time in ms. */
  prepare() {
    const p0 = performance.now();
    const { days, ys } = lineData(N);
    const xs = days.map((ms) => ms / 1000);
    const data = [xs, ...ys];
    const box = document.getElementById('box');
    input = { data, box };
    return performance.now() - p0;
  },
  /** Draws the prepared input; returns ms from just before the draw to the next frame. */
  async draw() {
    const { data, box } = input;
    input = null;
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
    return (await afterFrame()) - t0;
  },
  async start() {
    const prep = this.prepare();
    return { prep, draw: await this.draw() };
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
