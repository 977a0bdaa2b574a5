// dist/ as the npm package `newsplot`: package.json fields, what `npm pack`
// puts in it (nothing more), content-hashed names that the scripts really load,
// and the TypeScript declarations checked against tests/types/example.ts with
// `tsc --noEmit`, installed from the packed tarball as a user would get it.
// Needs `make dist`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const TSC = path.join(ROOT, 'node_modules/.bin/tsc');

let pkg, tmp;
before(async () => {
  pkg = JSON.parse(await fs.readFile(path.join(DIST, 'package.json'), 'utf8'));
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'newsplot-package-'));
});
after(() => tmp && fs.rm(tmp, { recursive: true, force: true }));

const sha8 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('package.json: name, version from Cargo.toml, ES module, exports with types, files, side effects', async () => {
  const cargo = await fs.readFile(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const version = cargo.match(/\[package\][^[]*?\nversion\s*=\s*"([^"]+)"/)[1];
  assert.equal(pkg.name, 'newsplot');
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './newsplot.d.ts');
  assert.deepEqual(pkg.exports['.'], { types: './newsplot.d.ts', default: './newsplot.js' });
  assert.equal(Object.keys(pkg.exports['.'])[0], 'types', '"types" comes first, as TypeScript requires');
  assert.equal(pkg.exports['./embed'], './newsplot-embed.js');
  assert.deepEqual(pkg.sideEffects, ['./newsplot.js', './newsplot-embed.js'], 'importing defines <news-plot>');
  assert.equal(pkg.private, undefined, 'publishable');
  for (const target of [pkg.main, pkg.types, ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))]) {
    await fs.access(path.join(DIST, target));
  }
});

test('npm pack --dry-run lists exactly the package files', () => {
  const [report] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], DIST));
  const files = report.files.map((f) => f.path).sort();
  const wasm = files.filter((f) => /^newsplot_core_bg\.[0-9a-f]{8}\.wasm$/.test(f));
  assert.equal(wasm.length, 1, `one hashed wasm: ${files.join(', ')}`);
  const want = [
    'README.md',
    'newsplot-embed.js',
    'newsplot-embed.js.map',
    'newsplot.d.ts',
    'newsplot.js',
    'newsplot.js.map',
    wasm[0],
    'package.json',
    'stats-v1.schema.json',
  ].sort();
  assert.deepEqual(files, want);
  assert.equal(report.name, 'newsplot');
});

test('the package README links only to files the package has', async () => {
  const readme = await fs.readFile(path.join(DIST, 'README.md'), 'utf8');
  const local = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]).filter((u) => !/^[a-z]+:/i.test(u));
  assert.ok(local.includes('stats-v1.schema.json'), 'the schema, beside it');
  for (const target of local) await fs.access(path.join(DIST, target)).catch(() => assert.fail(`README links to ${target}, not in the package`));
  assert.doesNotMatch(readme, /\]\(docs\//, 'no screenshots the package does not carry');
  assert.doesNotMatch(readme, /schema\/stats-v1/, 'the schema named where it is in the package');
  // The schema itself is the repository's.
  assert.deepEqual(JSON.parse(await fs.readFile(path.join(DIST, 'stats-v1.schema.json'), 'utf8')), JSON.parse(await fs.readFile(path.join(ROOT, 'schema/stats-v1.schema.json'), 'utf8')));
});

test('the wasm is named by its content; the entry holds the glue and loads that name', async () => {
  const names = await fs.readdir(DIST);
  const wasm = names.find((n) => n.endsWith('.wasm'));
  assert.equal(wasm, `newsplot_core_bg.${sha8(await fs.readFile(path.join(DIST, wasm)))}.wasm`, 'the wasm name is its hash');
  assert.deepEqual(names.filter((n) => n.endsWith('.js')).sort(), ['newsplot-embed.js', 'newsplot.js'], 'no glue file of its own');
  const entry = await fs.readFile(path.join(DIST, 'newsplot.js'), 'utf8');
  assert.ok(entry.includes(wasm), 'the entry loads the hashed wasm');
  assert.ok(!/newsplot_core(_bg)?\.(js|wasm)\b/.test(entry.replaceAll(wasm, '')), 'no unhashed name in the entry');
  // The glue is bundled: no static import of another file, and its wasm imports are in it.
  assert.ok(!/(^|[;}])\s*import\s*[{*\w"']/.test(entry), 'no static import in the entry');
  assert.match(entry, /instantiateStreaming/, 'the glue is in the entry');
  const sources = JSON.parse(await fs.readFile(path.join(DIST, 'newsplot.js.map'), 'utf8')).sources;
  assert.deepEqual([...sources].sort(), ['newsplot.js', 'newsplot_core.js', 'wasm-strings.js'], 'the map names the three sources');
  assert.match(entry, /fromCharCode/, "the glue's short strings go through js/wasm-strings.js");
  // Minified: no comment lines left besides the source map link, few lines.
  for (const name of ['newsplot.js', 'newsplot-embed.js']) {
    const text = await fs.readFile(path.join(DIST, name), 'utf8');
    assert.ok(text.split('\n').length < 40, `${name} is minified`);
    assert.ok(text.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`), `${name} links its source map`);
    const map = JSON.parse(await fs.readFile(path.join(DIST, `${name}.map`), 'utf8'));
    assert.ok((map.sourcesContent ?? []).join('').length > text.length / 2, `${name}.map holds the readable source`);
  }
  // The embed is a classic script: no import/export statements (only import()).
  const embed = await fs.readFile(path.join(DIST, 'newsplot-embed.js'), 'utf8');
  assert.ok(!/(^|[;}])\s*(import\s*[{*\w"']|export\s)/.test(embed), 'no static import/export in the embed');
  assert.match(embed, /import\(/);
});

test('the declarations type-check an example (tsc --noEmit, from the packed tarball)', async () => {
  npm(['pack', '--ignore-scripts', '--pack-destination', tmp], DIST);
  const tarball = (await fs.readdir(tmp)).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote a tarball');
  const installed = path.join(tmp, 'node_modules/newsplot');
  await fs.mkdir(installed, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(tmp, tarball), '-C', installed, '--strip-components=1']);
  const config = JSON.parse(await fs.readFile(path.join(ROOT, 'tests/types/tsconfig.json'), 'utf8'));
  delete config.compilerOptions.paths; // resolved from node_modules through `exports`
  config.compilerOptions.moduleResolution = 'bundler';
  await fs.writeFile(path.join(tmp, 'tsconfig.json'), JSON.stringify(config));
  await fs.copyFile(path.join(ROOT, 'tests/types/example.ts'), path.join(tmp, 'example.ts'));
  await fs.copyFile(path.join(ROOT, 'tests/types/seed.json'), path.join(tmp, 'seed.json'));

  const run = () => spawnSync(TSC, ['--noEmit', '-p', tmp], { encoding: 'utf8' });
  const ok = run();
  assert.equal(ok.status, 0, `tsc --noEmit: ${ok.stdout}${ok.stderr}`);

  // The same example with one line misused: tsc must catch it, at that line.
  const source = await fs.readFile(path.join(tmp, 'example.ts'), 'utf8');
  await fs.writeFile(path.join(tmp, 'example.ts'), source.replace("el.chart = 'blocked';", 'el.chart = 42;'));
  const bad = run();
  assert.notEqual(bad.status, 0, 'a number for `chart` is refused');
  assert.match(bad.stdout, /example\.ts\(\d+,\d+\): error TS2322/, bad.stdout);
});
