#!/usr/bin/env node
// newsplot against Chart.js and uPlot, in one headless Chromium run (issue 6).
//
//   node bench/run.mjs                 # full: 7 repetitions, 166,650 points, 2,000 moves
//   node bench/run.mjs --size tiny     # smoke: 1 repetition, small data, few moves
//   options: --reps N  --out FILE  --only wire,seed,line,memory  --no-readme
//            --libs newsplot,uplot (a quick comparison without Chart.js's long moves)
//            --quiet (no progress, no table: for the smoke test)
//
// Libraries run interleaved (newsplot, Chart.js, uPlot, newsplot, …), each page
// in a fresh browser context; the table shows medians over the repetitions and
// ratios newsplot ÷ peer. Writes FILE (default bench/results.json) as
// {"metric": {"newsplot": x, "chartjs": y, "uplot": z, "unit": "…"}} and, after
// a full run to the default file, the table in bench/README.md.
// What each metric measures and how: bench/README.md.

import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/browser.mjs';
import { startServer, ROOT } from '../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const LIBS = ['newsplot', 'chartjs', 'uplot'];
const NAMES = { newsplot: 'newsplot', chartjs: 'Chart.js', uplot: 'uPlot' };

/** dist/'s entry (the glue bundled in) and wasm, whose content-hashed name dist/package.json lists. */
function newsplotWire() {
  let files = [];
  try {
    files = JSON.parse(readFileSync(path.join(ROOT, 'dist/package.json'), 'utf8')).files ?? [];
  } catch {} // no dist/ yet: wireSizes() says to run make dist
  const pick = (re, plain) => `dist/${files.find((f) => re.test(f)) ?? plain}`;
  return ['dist/newsplot.js', pick(/^newsplot_core_bg\.\w+\.wasm$/, 'newsplot_core_bg.wasm')];
}

/** Files a page downloads to show a chart, per library (minified builds for the peers). */
export const WIRE = {
  newsplot: newsplotWire(),
  chartjs: ['node_modules/chart.js/dist/chart.umd.min.js'],
  uplot: ['node_modules/uplot/dist/uPlot.iife.min.js', 'node_modules/uplot/dist/uPlot.min.css'],
};

const SIZES = {
  // 55,550 dates × 3 series = 166,650 points: the shape of uPlot's benchmark.
  full: { reps: 7, days: 55550, moves: 2000, hovers: 60, width: 1920 },
  tiny: { reps: 1, days: 200, moves: 20, hovers: 8, width: 800 },
};

/** Metric keys, in table order: label, unit, and how to show a value. */
export const METRICS = {
  wire_raw: { label: 'wire size, raw', unit: 'bytes' },
  wire_gzip: { label: 'wire size, gzip -9', unit: 'bytes' },
  wire_brotli: { label: 'wire size, brotli 11', unit: 'bytes' },
  seed_ready: { label: 'seed document: navigation → all charts drawn', unit: 'ms' },
  seed_mobile: { label: 'the same on a throttled mobile network (Lighthouse: 150 ms RTT, 1.6 Mbit/s)', unit: 'ms' },
  line_draw: { label: '166,650-point line: draw', unit: 'ms' },
  line_prep: { label: '166,650-point line: page builds the input (not in draw)', unit: 'ms' },
  moves_script: { label: '2,000 pointer moves: JS time (ScriptDuration)', unit: 'ms' },
  moves_task: { label: '2,000 pointer moves: main-thread tasks (TaskDuration)', unit: 'ms' },
  hover_p50: { label: 'hover → tooltip shown + frame, p50', unit: 'ms' },
  hover_p95: { label: 'hover → tooltip shown + frame, p95', unit: 'ms' },
  hover_update_p95: { label: 'hover → tooltip in DOM/drawn, p95', unit: 'ms' },
  memory_peak: { label: '166,650-point line: peak JS heap + DOM heap + wasm', unit: 'MB' },
  memory_js_peak: { label: '  of which JS (V8) heap peak', unit: 'MB' },
  memory_dom: { label: '  of which DOM (Blink) heap after draw', unit: 'MB' },
  memory_wasm: { label: '  of which wasm linear memory', unit: 'MB' },
  memory_retained: { label: '166,650-point line: retained after GC (all three)', unit: 'MB' },
};

/**
 * Lighthouse's mobile network, as DevTools-style throttling applies it (its
 * 150 ms RTT and 1,638.4 kbit/s scaled by 3.75 and 0.9): every request waits
 * 562.5 ms for its response, and bytes arrive at ~1.5 Mbit/s. Round trips in
 * turn and bytes both count, as on a reader's phone.
 */
const MOBILE = { latency: 562.5, downloadThroughput: (1638.4 * 0.9 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

// ---------------------------------------------------------------- helpers

function parseArgs(argv) {
  const out = { size: 'full', reps: null, out: null, only: null, libs: null, readme: true, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (argv[i + 1] === undefined) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a.startsWith('--size')) out.size = val();
    else if (a.startsWith('--reps')) out.reps = Number(val());
    else if (a.startsWith('--out')) out.out = path.resolve(val());
    else if (a.startsWith('--only')) out.only = val().split(',');
    else if (a.startsWith('--libs')) out.libs = val().split(',');
    else if (a === '--no-readme') out.readme = false;
    else if (a === '--quiet') out.quiet = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (out.libs && (!out.libs.includes('newsplot') || out.libs.some((l) => !LIBS.includes(l)))) {
    throw new Error(`--libs must name newsplot and any of ${LIBS.slice(1).join(', ')}`);
  }
  if (!SIZES[out.size]) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  if (out.reps !== null && !(Number.isInteger(out.reps) && out.reps > 0)) throw new Error('--reps must be a positive integer');
  return out;
}

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs, p) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

const MB = 1e6;

/**
 * gzip -9 size: GNU gzip when it is installed (as the Makefile reports dist/),
 * else node's zlib at level 9 (Node bundles Chromium's zlib, whose output is
 * ~2-3 % larger on these files).
 */
function gzipSize(body) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c'], { input: body, maxBuffer: 64 << 20 }).length;
  } catch {
    return zlib.gzipSync(body, { level: 9 }).length;
  }
}

async function wireSizes() {
  const out = { wire_raw: {}, wire_gzip: {}, wire_brotli: {} };
  const files = {};
  for (const lib of LIBS) {
    let raw = 0, gz = 0, br = 0;
    files[lib] = [];
    for (const rel of WIRE[lib]) {
      const body = await fs.readFile(path.join(ROOT, rel)).catch(() => {
        throw new Error(`${rel} is missing (${lib === 'newsplot' ? 'run make dist' : 'run npm ci'})`);
      });
      const g = gzipSize(body);
      const b = zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length;
      raw += body.length;
      gz += g;
      br += b;
      files[lib].push({ file: rel, raw: body.length, gzip: g, brotli: b });
    }
    out.wire_raw[lib] = raw;
    out.wire_gzip[lib] = gz;
    out.wire_brotli[lib] = br;
  }
  return { metrics: out, files };
}

function machine(browserVersion) {
  const sh = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const cpu = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no']);
  return {
    nproc: Number(sh('nproc', [])) || os.cpus().length,
    cpu,
    memory_gb: Math.round(os.totalmem() / 1e9),
    chromium: browserVersion,
    node: process.version,
    chartjs: pkg('chart.js'),
    uplot: pkg('uplot'),
    newsplot: commit ? `${commit}${dirty ? ' + uncommitted changes' : ''}` : 'unknown',
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

// ---------------------------------------------------------------- browser runs

class Bench {
  constructor(browser, server, cfg, log) {
    Object.assign(this, { browser, server, cfg, log });
  }

  async open(urlPath, viewport, network = null) {
    const context = await this.browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e?.stack ?? e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await context.route((u) => !u.href.startsWith(this.server.url), (r) => r.abort());
    const res = await page.goto(this.server.url + urlPath);
    if (!res?.ok()) throw new Error(`GET ${urlPath}: ${res ? res.status() : 'no response'}`);
    page.setDefaultTimeout(600000);
    const check = () => {
      if (errors.length) throw new Error(`${urlPath}: page errors:\n${errors.join('\n')}`);
    };
    return { context, page, check };
  }

  /**
   * Metrics 2 and 5: the seed document drawn, then hovers over the "blocked"
   * bars. With `network` (CDP's emulated conditions), only the time to drawn.
   */
  async seed(lib, sizes, network = null) {
    const q = lib === 'newsplot' || !sizes ? '' : `?sizes=${encodeURIComponent(JSON.stringify(sizes))}`;
    const { context, page, check } = await this.open(`/bench/pages/seed-${lib}.html${q}`, { width: 1280, height: 1800 }, network);
    try {
      const { ready } = await page.evaluate(() => window.bench.seed);
      check();
      if (network) return { ready };
      const out = { ready, hover: [], update: [], misses: 0 };
      if (lib === 'newsplot') out.sizes = await page.evaluate(() => window.bench.sizes());
      const targets = await page.evaluate(() => window.bench.targets());
      const away = { x: 5, y: 5 };
      for (let i = 0; i < this.cfg.hovers; i++) {
        const t = targets[i % targets.length];
        // From nothing shown (the pointer off every chart, a frame later) to bar k.
        await page.mouse.move(away.x, away.y);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        await page.evaluate((k) => window.bench.arm(k), t.k);
        await page.mouse.move(t.x, t.y);
        const r = await page.evaluate(() => window.bench.result());
        if (r.timeout) {
          out.misses++;
          continue;
        }
        out.hover.push(r.t2 - r.t0);
        out.update.push(r.t1 - r.t0);
      }
      check();
      return out;
    } finally {
      await context.close();
    }
  }

  bigUrl(lib, h) {
    const { days, width } = this.cfg;
    return `/bench/pages/big-${lib}.html?n=${days}&w=${width}${lib !== 'newsplot' && h ? `&h=${h}` : ''}`;
  }

  /** Metrics 3 and 4: the big line drawn, then 2,000 pointer moves across it. */
  async line(lib, h) {
    const { context, page, check } = await this.open(this.bigUrl(lib, h), { width: this.cfg.width + 32, height: 1000 });
    try {
      await page.evaluate(() => window.bench.loaded);
      const cdp = await context.newCDPSession(page);
      // The input's garbage (newsplot's page builds 55,550 item strings for
      // its JSON text) collected before the clock, for every library alike.
      const prep = await page.evaluate(() => window.bench.prepare());
      await cdp.send('HeapProfiler.collectGarbage');
      const draw = await page.evaluate(() => window.bench.draw());
      check();
      const rect = await page.evaluate(() => window.bench.plotRect());
      await cdp.send('Performance.enable');
      const metric = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const get = (k) => metrics.find((m) => m.name === k)?.value ?? NaN;
        return { script: get('ScriptDuration'), task: get('TaskDuration') };
      };
      const n = this.cfg.moves;
      const events0 = await page.evaluate(() => window.bench.moves());
      const m0 = await metric();
      const w0 = performance.now();
      for (let i = 0; i < n; i++) {
        // Back and forth over 5–95 % of the plot's width, 500 moves a way, weaving up and down.
        const f = (i % 1000) / 500;
        const tri = f <= 1 ? f : 2 - f;
        await page.mouse.move(rect.left + rect.width * (0.05 + 0.9 * tri), rect.top + rect.height * (0.5 + 0.3 * Math.sin(i / 17)));
      }
      // Work the last move scheduled (a throttled redraw) belongs to the moves.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const m1 = await metric();
      const wall = performance.now() - w0;
      const events = (await page.evaluate(() => window.bench.moves())) - events0;
      const shown = await page.evaluate(() => window.bench.tooltipShown());
      check();
      return {
        draw,
        prep,
        canvasH: rect.canvasH,
        moves: { script: (m1.script - m0.script) * 1000, task: (m1.task - m0.task) * 1000, wall, events, shown },
      };
    } finally {
      await context.close();
    }
  }

  /**
   * Metric 6: the big line drawn again, in a traced page. V8 heap peak = the
   * largest "used heap before" of any GC during the draw (trace events
   * MinorGC/MajorGC) or the used heap right after it; DOM heap = Blink's
   * (Oilpan) heap right after the draw; wasm = the linear memory's size
   * (it never shrinks, so it is its peak).
   */
  async memory(lib, h) {
    const { context, page, check } = await this.open(this.bigUrl(lib, h), { width: this.cfg.width + 32, height: 1000 });
    try {
      await page.evaluate(() => window.bench.loaded);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await page.evaluate(() => window.bench.prepare());
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await cdp.send('Runtime.getHeapUsage');
      const events = [];
      const onData = (e) => events.push(...e.value);
      cdp.on('Tracing.dataCollected', onData);
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: ['devtools.timeline', 'v8'], excludedCategories: ['*'] },
        transferMode: 'ReportEvents',
      });
      await page.evaluate(() => window.bench.draw());
      const after = await cdp.send('Runtime.getHeapUsage');
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      const wasm = await page.evaluate(() => window.bench.wasmBytes());
      let v8Peak = Math.max(before.usedSize, after.usedSize);
      for (const e of events) {
        const b = e.args?.usedHeapSizeBefore ?? e.args?.data?.usedHeapSizeBefore;
        if (Number.isFinite(b)) v8Peak = Math.max(v8Peak, b);
      }
      await cdp.send('HeapProfiler.collectGarbage');
      const kept = await cdp.send('Runtime.getHeapUsage');
      check();
      return {
        js: v8Peak / MB,
        dom: (after.embedderHeapUsedSize ?? 0) / MB,
        wasm: wasm / MB,
        peak: (v8Peak + (after.embedderHeapUsedSize ?? 0) + wasm) / MB,
        retained: (kept.usedSize + (kept.embedderHeapUsedSize ?? 0) + wasm) / MB,
      };
    } finally {
      await context.close();
    }
  }
}

// ---------------------------------------------------------------- report

const fmt = (v, unit) => {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (unit === 'bytes') return v.toLocaleString('en-US');
  if (unit === 'MB') return v.toFixed(1);
  return v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1);
};
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

export function table(results) {
  const rows = [
    '| metric | unit | newsplot | Chart.js | uPlot | newsplot ÷ Chart.js | newsplot ÷ uPlot |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const [key, m] of Object.entries(METRICS)) {
    const r = results[key];
    if (!r) continue;
    rows.push(
      `| ${m.label} | ${r.unit} | ${fmt(r.newsplot, r.unit)} | ${fmt(r.chartjs, r.unit)} | ${fmt(r.uplot, r.unit)} | ${ratio(r.newsplot, r.chartjs)} | ${ratio(r.newsplot, r.uplot)} |`,
    );
  }
  return rows.join('\n');
}

function machineLine(m, cfg, reps) {
  return (
    `${m.date}; ${m.nproc} CPUs (${m.cpu}), ${m.memory_gb} GB; ${m.chromium} headless; Node ${m.node}; ` +
    `Chart.js ${m.chartjs}, uPlot ${m.uplot}, newsplot ${m.newsplot}; ` +
    `${reps} repetitions, medians; line: ${cfg.days.toLocaleString('en-US')} dates × 3 series at ${cfg.width} px; ` +
    `${cfg.moves.toLocaleString('en-US')} moves; ${cfg.hovers} hovers per repetition.`
  );
}

// ---------------------------------------------------------------- main

export async function run(argv = process.argv.slice(2)) {
  const opt = parseArgs(argv);
  const cfg = { ...SIZES[opt.size] };
  if (opt.reps) cfg.reps = opt.reps;
  const log = opt.quiet ? () => {} : (...a) => console.error(...a);
  const want = (part) => !opt.only || opt.only.includes(part);
  const outFile = opt.out ?? path.join(HERE, 'results.json');

  const results = {};
  const set = (key, values) => {
    results[key] = { newsplot: values.newsplot ?? null, chartjs: values.chartjs ?? null, uplot: values.uplot ?? null, unit: METRICS[key].unit };
  };

  if (want('wire')) {
    const { metrics, files } = await wireSizes();
    for (const [k, v] of Object.entries(metrics)) set(k, v);
    for (const lib of LIBS) for (const f of files[lib]) log(`wire ${lib}: ${f.file} raw ${f.raw} gzip ${f.gzip} brotli ${f.brotli}`);
  }

  const server = await startServer({
    port: 0,
    mounts: { '/dist/': 'dist', '/bench/': 'bench', '/node_modules/': 'node_modules', '/': 'www' },
    // Compressed as a CDN sends them (the wire sizes above are gzip -9 too).
    gzip: true,
  });
  const browser = await launchChromium();
  const info = machine(browser.version());
  // The libraries this run draws (all unless --libs): newsplot first, always.
  const libs = LIBS.filter((l) => !opt.libs || opt.libs.includes(l));
  const raw = Object.fromEntries(LIBS.map((l) => [l, { ready: [], mobile: [], hover: [], update: [], misses: 0, draw: [], prep: [], script: [], task: [], events: [], wall: [], mem: [] }]));
  try {
    const b = new Bench(browser, server, cfg, log);
    for (let rep = 1; rep <= cfg.reps; rep++) {
      // newsplot first in every round: the peers draw at the sizes it drew.
      let sizes = null;
      if (want('seed')) {
        for (const lib of libs) {
          const r = await b.seed(lib, sizes);
          if (r.sizes) sizes = r.sizes;
          raw[lib].ready.push(r.ready);
          raw[lib].hover.push(...r.hover);
          raw[lib].update.push(...r.update);
          raw[lib].misses += r.misses;
          log(`rep ${rep} seed ${lib}: ready ${r.ready.toFixed(1)} ms, hover p50 ${percentile(r.hover, 50)?.toFixed(1)} p95 ${percentile(r.hover, 95)?.toFixed(1)} ms, misses ${r.misses}`);
        }
        for (const lib of libs) {
          const r = await b.seed(lib, sizes, MOBILE);
          raw[lib].mobile.push(r.ready);
          log(`rep ${rep} seed ${lib} on the mobile network: ready ${r.ready.toFixed(1)} ms`);
        }
      }
      let h = null;
      if (want('line')) {
        for (const lib of libs) {
          const r = await b.line(lib, h);
          if (lib === 'newsplot') h = r.canvasH;
          raw[lib].draw.push(r.draw);
          raw[lib].prep.push(r.prep);
          raw[lib].script.push(r.moves.script);
          raw[lib].task.push(r.moves.task);
          raw[lib].events.push(r.moves.events);
          raw[lib].wall.push(r.moves.wall);
          log(
            `rep ${rep} line ${lib}: draw ${r.draw.toFixed(1)} ms (prep ${r.prep.toFixed(1)}), ${cfg.moves} moves: script ${r.moves.script.toFixed(1)} ms, ` +
              `tasks ${r.moves.task.toFixed(1)} ms, wall ${(r.moves.wall / 1000).toFixed(1)} s, ${r.moves.events} pointermove events, tooltip ${r.moves.shown ? 'shown' : 'NOT shown'}`,
          );
        }
      }
      if (want('memory')) {
        for (const lib of libs) {
          const r = await b.memory(lib, h);
          raw[lib].mem.push(r);
          log(`rep ${rep} memory ${lib}: peak ${r.peak.toFixed(1)} MB (JS ${r.js.toFixed(1)}, DOM ${r.dom.toFixed(1)}, wasm ${r.wasm.toFixed(1)}), retained ${r.retained.toFixed(1)} MB`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const per = (f) => Object.fromEntries(LIBS.map((l) => [l, f(raw[l])]));
  if (want('seed')) {
    set('seed_ready', per((r) => median(r.ready)));
    set('seed_mobile', per((r) => median(r.mobile)));
    set('hover_p50', per((r) => percentile(r.hover, 50)));
    set('hover_p95', per((r) => percentile(r.hover, 95)));
    set('hover_update_p95', per((r) => percentile(r.update, 95)));
  }
  if (want('line')) {
    set('line_draw', per((r) => median(r.draw)));
    set('line_prep', per((r) => median(r.prep)));
    set('moves_script', per((r) => median(r.script)));
    set('moves_task', per((r) => median(r.task)));
  }
  if (want('memory')) {
    set('memory_peak', per((r) => median(r.mem.map((m) => m.peak))));
    set('memory_js_peak', per((r) => median(r.mem.map((m) => m.js))));
    set('memory_dom', per((r) => median(r.mem.map((m) => m.dom))));
    set('memory_wasm', per((r) => median(r.mem.map((m) => m.wasm))));
    set('memory_retained', per((r) => median(r.mem.map((m) => m.retained))));
  }

  // Keep the table's order in the file.
  const ordered = Object.fromEntries(Object.keys(METRICS).filter((k) => results[k]).map((k) => [k, results[k]]));
  await fs.writeFile(outFile, JSON.stringify(ordered, null, 2) + '\n');

  const notes = [];
  if (want('line')) {
    notes.push(
      `Pointer moves: ${libs.map((l) => `${NAMES[l]} ${median(raw[l].events)} pointermove events in ${(median(raw[l].wall) / 1000).toFixed(1)} s`).join(', ')} (median per run).`,
    );
  }
  if (want('seed')) {
    const misses = LIBS.filter((l) => raw[l].misses).map((l) => `${NAMES[l]} ${raw[l].misses}`);
    notes.push(`Hovers: ${libs.map((l) => `${NAMES[l]} ${raw[l].hover.length}`).join(', ')} measured${misses.length ? `; no tooltip within 3 s: ${misses.join(', ')}` : ''}.`);
  }
  const md = `${table(ordered)}\n\n${notes.join('\n')}\n\nMachine: ${machineLine(info, cfg, cfg.reps)}\n`;
  if (!opt.quiet) console.log(md);
  log(`wrote ${path.relative(process.cwd(), outFile)}`);

  if (opt.size === 'full' && opt.readme && !opt.out && !opt.only && !opt.libs) {
    const readme = path.join(HERE, 'README.md');
    const text = await fs.readFile(readme, 'utf8').catch(() => null);
    const start = '<!-- bench:results:start -->';
    const end = '<!-- bench:results:end -->';
    if (text && text.includes(start) && text.includes(end)) {
      const next = text.slice(0, text.indexOf(start) + start.length) + '\n' + md + text.slice(text.indexOf(end));
      await fs.writeFile(readme, next);
      log('updated the table in bench/README.md');
    }
  }
  return { results: ordered, raw, machine: info };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().catch((err) => {
    console.error(`bench: ${err.stack ?? err}`);
    process.exit(1);
  });
}
