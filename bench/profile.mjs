#!/usr/bin/env node
// CPU profile of newsplot on the benchmark's big line: the draw, then pointer
// moves; prints the functions with the most self time (CDP Profiler, sampling
// every 100 µs). Not part of `make bench`.
//
// Function names in the wasm need a build that keeps its name section, outside
// dist/ (a separate target dir leaves the normal build's cache alone; the
// profiling profile's wasm-opt -O drops names, so optimise by hand with -g):
//   CARGO_PROFILE_RELEASE_STRIP=none CARGO_TARGET_DIR=/tmp/target-prof \
//     wasm-pack build --profiling --no-opt --target web --mode no-install --no-pack \
//     --out-dir /tmp/pkg-prof --out-name newsplot_core
//   mkdir -p /tmp/dist-prof
//   wasm-opt -Oz -g /tmp/pkg-prof/newsplot_core_bg.wasm -o /tmp/dist-prof/newsplot_core_bg.wasm
//   cp /tmp/pkg-prof/newsplot_core.js js/newsplot.js /tmp/dist-prof/
//   node bench/profile.mjs --dist /tmp/dist-prof [--days 55550] [--moves 300] [--top 25] [--save DIR]
//
// --save DIR writes the two CPU profiles (draw.cpuprofile, moves.cpuprofile),
// which Chromium's DevTools Performance panel opens, for call trees.
//
// After each CPU profile, the same step again under a trace: main-thread time
// by renderer event (script, style, layout, paint…), which the CPU profile
// lumps into "(program)".
//
// Without --dist it profiles dist/ (wasm functions then show as wasm-function[N]).

import fs from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const DIST = path.resolve(opt('--dist', 'dist'));
const DAYS = Number(opt('--days', 55550));
const MOVES = Number(opt('--moves', 300));
const TOP = Number(opt('--top', 25));
const SAVE = opt('--save', null);
const WIDTH = 1920;

/** Self time per function (ms) from a CDP profile, largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const f = byId.get(id).callFrame;
    const file = f.url ? path.basename(f.url.split('?')[0]) : '';
    const key = `${f.functionName || '(anonymous)'}${file ? ` — ${file}${f.lineNumber >= 0 && !file.endsWith('.wasm') ? `:${f.lineNumber + 1}` : ''}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return { total, rows: [...self].sort((a, b) => b[1] - a[1]) };
}

/** Main-thread time by trace event name (complete events; nested ones overlap their parents). */
const TIMELINE = ['RunTask', 'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'v8.run', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'MinorGC', 'MajorGC', 'ParseHTML', 'EvaluateScript'];
async function traced(cdp, step) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink'], excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  await step();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !TIMELINE.includes(e.name) || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
    const v = sums.get(e.name) ?? { ms: 0, n: 0 };
    v.ms += (e.dur ?? 0) / 1000;
    v.n++;
    sums.set(e.name, v);
  }
  const out = ['| event | total ms | count |', '|---|---:|---:|'];
  for (const name of TIMELINE) if (sums.has(name)) out.push(`| ${name} | ${sums.get(name).ms.toFixed(1)} | ${sums.get(name).n} |`);
  return out.join('\n');
}

function report(title, profile) {
  const { total, rows } = selfTimes(profile);
  const out = [`### ${title} (${total.toFixed(0)} ms sampled)`, '', '| self ms | share | function |', '|---:|---:|---|'];
  for (const [name, ms] of rows.slice(0, TOP)) out.push(`| ${ms.toFixed(1)} | ${((100 * ms) / total).toFixed(1)} % | \`${name.replace(/\|/g, '\\|')}\` |`);
  return out.join('\n');
}

const server = await startServer({ port: 0, mounts: { '/dist/': DIST, '/bench/': 'bench', '/node_modules/': 'node_modules', '/': 'www' } });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: WIDTH + 32, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(600000);
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`${server.url}/bench/pages/big-newsplot.html?n=${DAYS}&w=${WIDTH}`);
  await page.evaluate(() => window.bench.loaded);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });

  await cdp.send('Profiler.start');
  const drawn = await page.evaluate(() => window.bench.start());
  const { profile: draw } = await cdp.send('Profiler.stop');
  console.log(`draw: ${drawn.draw.toFixed(0)} ms for ${(3 * DAYS).toLocaleString('en-US')} points\n`);
  console.log(report(`newsplot: drawing ${(3 * DAYS).toLocaleString('en-US')} points`, draw));
  if (SAVE) await fs.mkdir(SAVE, { recursive: true }).then(() => fs.writeFile(path.join(SAVE, 'draw.cpuprofile'), JSON.stringify(draw)));

  const rect = await page.evaluate(() => window.bench.plotRect());
  const sweep = async () => {
    for (let i = 0; i < MOVES; i++) {
      const f = (i % 1000) / 500;
      const tri = f <= 1 ? f : 2 - f;
      await page.mouse.move(rect.left + rect.width * (0.05 + 0.9 * tri), rect.top + rect.height * (0.5 + 0.3 * Math.sin(i / 17)));
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  };
  await cdp.send('Profiler.start');
  await sweep();
  const { profile: moves } = await cdp.send('Profiler.stop');
  console.log('\n' + report(`newsplot: ${MOVES} pointer moves`, moves));
  if (SAVE) await fs.writeFile(path.join(SAVE, 'moves.cpuprofile'), JSON.stringify(moves));
  console.log(`\n### newsplot: ${MOVES} pointer moves, main thread by trace event\n\n` + (await traced(cdp, sweep)));
  await context.close();

  // The draw again, traced, in a fresh page.
  const context2 = await browser.newContext({ viewport: { width: WIDTH + 32, height: 1000 } });
  const page2 = await context2.newPage();
  page2.setDefaultTimeout(600000);
  await page2.goto(`${server.url}/bench/pages/big-newsplot.html?n=${DAYS}&w=${WIDTH}`);
  await page2.evaluate(() => window.bench.loaded);
  const cdp2 = await context2.newCDPSession(page2);
  console.log(`\n### newsplot: drawing, main thread by trace event\n\n` + (await traced(cdp2, () => page2.evaluate(() => window.bench.start()))));
  await context2.close();
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
