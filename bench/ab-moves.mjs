#!/usr/bin/env node
// A/B of the big line's pointer moves between builds of dist/: each build's
// page loaded in turn in one browser (a fresh context per page), the line
// drawn, 50 moves to warm up, then the benchmark's moves (the same path as
// bench/run.mjs), timed by ScriptDuration. Prints each page's figure and the
// medians. Not part of `make bench`.
//
//   node bench/ab-moves.mjs /tmp/distA /tmp/distB [--pages 6] [--moves 600]
//
// A variant may also be `uplot` (its page, for the ratio).

import path from 'node:path';
import { launchChromium } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args.splice(i, 2)[1]) : fallback;
};
const PAGES = opt('--pages', 6);
const MOVES = opt('--moves', 600);
const variants = args.length ? args : ['dist'];
const DAYS = 55550;
const WIDTH = 1920;

const servers = await Promise.all(
  variants.map((v) => startServer({ port: 0, mounts: { '/dist/': v === 'uplot' ? 'dist' : path.resolve(v), '/bench/': 'bench', '/node_modules/': 'node_modules', '/': 'www' } })),
);
const browser = await launchChromium();
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function one(k) {
  const lib = variants[k] === 'uplot' ? 'uplot' : 'newsplot';
  const context = await browser.newContext({ viewport: { width: WIDTH + 32, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.goto(`${servers[k].url}/bench/pages/big-${lib}.html?n=${DAYS}&w=${WIDTH}`);
    await page.evaluate(() => window.bench.loaded);
    const cdp = await context.newCDPSession(page);
    await page.evaluate(() => window.bench.prepare());
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => window.bench.draw());
    const rect = await page.evaluate(() => window.bench.plotRect());
    await cdp.send('Performance.enable');
    const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    const move = (i) => {
      const f = (i % 1000) / 500;
      const tri = f <= 1 ? f : 2 - f;
      return page.mouse.move(rect.left + rect.width * (0.05 + 0.9 * tri), rect.top + rect.height * (0.5 + 0.3 * Math.sin(i / 17)));
    };
    for (let i = 0; i < 50; i++) await move(i + 1000);
    // For ablations: patched copies of dist/ may test this flag.
    if (process.env.ABLATE) await page.evaluate(() => (globalThis.__ablate = true));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const s0 = await script();
    for (let i = 0; i < MOVES; i++) await move(i);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const ms = ((await script()) - s0) * 1000;
    const shown = await page.evaluate(() => window.bench.tooltipShown());
    if (!shown && !process.env.ABLATE) throw new Error(`${variants[k]}: tooltip not shown`);
    return ms;
  } finally {
    await context.close();
  }
}

const times = variants.map(() => []);
try {
  for (let p = 0; p < PAGES; p++) {
    // Alternate the order each round.
    const order = variants.map((_, k) => k);
    if (p % 2) order.reverse();
    for (const k of order) {
      const ms = await one(k);
      times[k].push(ms);
      console.log(`page ${p + 1} ${variants[k]}: ${ms.toFixed(1)} ms`);
    }
  }
  for (let k = 0; k < variants.length; k++) {
    const t = times[k];
    console.log(`${variants[k]}: median ${median(t).toFixed(1)} ms (${Math.min(...t).toFixed(1)}–${Math.max(...t).toFixed(1)}) per ${MOVES} moves over ${t.length} pages`);
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close?.();
}
