// `make test` checks only that the benchmark runs end to end on a tiny size and
// that every metric has a number for each library. No timing is asserted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run, LIBS, METRICS } from './run.mjs';

test('bench/run.mjs --size tiny: every metric has a number for each library', { timeout: 300000 }, async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsplot-bench-'));
  const out = path.join(dir, 'results.json');
  try {
    await run(['--size', 'tiny', '--out', out, '--quiet']);
    const results = JSON.parse(await fs.readFile(out, 'utf8'));
    assert.deepEqual(Object.keys(results), Object.keys(METRICS), 'every metric, in order');
    for (const [metric, row] of Object.entries(results)) {
      assert.equal(typeof row.unit, 'string', `${metric}: a unit`);
      for (const lib of LIBS) {
        assert.ok(typeof row[lib] === 'number' && Number.isFinite(row[lib]) && row[lib] >= 0, `${metric}.${lib} is a number: ${JSON.stringify(row[lib])}`);
      }
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
