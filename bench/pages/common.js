// Shared by every benchmark page: deterministic data, frame timing, hover
// probes. Nothing here is part of the product.

/** Query parameters of the page: numbers where they parse as numbers. */
export const params = Object.fromEntries(
  [...new URLSearchParams(location.search)].map(([k, v]) => [k, v !== '' && Number.isFinite(Number(v)) ? Number(v) : v]),
);

/**
 * Resolves with performance.now() once the frame that presents a change made
 * now has been produced: a task posted after that frame's rAF callbacks, which
 * runs after its style, layout and paint on the main thread. Called inside a
 * rAF callback (raf.js counts them) that is the current frame; otherwise the
 * next one.
 */
export function afterFrame() {
  const post = (resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now());
    ch.port2.postMessage(0);
  };
  return new Promise((resolve) => {
    if (window.__benchRafDepth > 0) post(resolve);
    else requestAnimationFrame(() => post(resolve));
  });
}

/** Mulberry32: a small seeded PRNG, so every library draws the same numbers. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DAY_MS = 86400000;
export const START_MS = Date.UTC(1900, 0, 1);
export const SERIES = ['A', 'B', 'C'];

/**
 * The shape of uPlot's 166,650-point benchmark: `n` days (55,550 there) and three
 * series, so 3 × n points. Sines plus seeded noise, rounded to 2 decimals.
 * Returns { days: epoch ms per date, ys: [series][i] }.
 */
export function lineData(n, seed = 42) {
  const rnd = random(seed);
  const days = new Array(n);
  const ys = SERIES.map(() => new Array(n));
  for (let i = 0; i < n; i++) {
    days[i] = START_MS + i * DAY_MS;
    ys[0][i] = Math.round((50 + 20 * Math.sin(i / 500) + 6 * (rnd() - 0.5)) * 100) / 100;
    ys[1][i] = Math.round((30 + 10 * Math.sin(i / 1300 + 1) + 4 * (rnd() - 0.5)) * 100) / 100;
    ys[2][i] = Math.round((70 + 15 * Math.sin(i / 220 + 2) + 10 * (rnd() - 0.5)) * 100) / 100;
  }
  return { days, ys };
}

/** Series colours (newsplot's light palette), so every library draws alike. */
export const COLOURS = ['#1f5f9e', '#d9730d', '#2e8b57'];
/** Line width in CSS px: newsplot's. */
export const LINE_WIDTH = 2.5;

/**
 * Hover probe. The runner calls `arm(k)` before moving the real mouse onto
 * target k; the page's detector calls `shown(k)` when the library shows the
 * tooltip (or its equivalent) for k. The result: the pointermove's dispatch
 * time (t0, performance.now() in a capturing window listener, the first to
 * run), its input timestamp (event.timeStamp), when the tooltip for k was
 * shown (t1) and the end of the next frame after that (t2).
 */
export function hoverProbe() {
  let armed = null;
  addEventListener(
    'pointermove',
    (e) => {
      if (armed && armed.t0 === undefined) {
        armed.t0 = performance.now();
        armed.input = e.timeStamp;
      }
    },
    { capture: true, passive: true },
  );
  return {
    arm(k) {
      let resolve;
      const done = new Promise((r) => (resolve = r));
      armed = { k, t0: undefined, input: undefined, t1: undefined, done, resolve };
      return true;
    },
    shown(k) {
      const a = armed;
      if (!a || a.k !== k || a.t1 !== undefined || a.t0 === undefined) return;
      a.t1 = performance.now();
      afterFrame().then((t2) => a.resolve({ t0: a.t0, input: a.input, t1: a.t1, t2 }));
    },
    result(timeout = 3000) {
      const a = armed;
      return Promise.race([a.done, new Promise((r) => setTimeout(() => r({ timeout: true, k: a.k, t0: a.t0 }), timeout))]);
    },
  };
}

/** Counts real pointermove events reaching the page (to see coalescing). */
export function countMoves() {
  const c = { n: 0 };
  addEventListener('pointermove', () => c.n++, { capture: true, passive: true });
  return c;
}
