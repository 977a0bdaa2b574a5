// Writes dist/ from pkg/ (wasm-pack's output) and js/: an npm package `newsplot`
// that is also a folder to copy to any static host or CDN.
//
//   newsplot.js                    the ES module entry with wasm-bindgen's glue
//                                  bundled in (stable name: cache briefly)
//   newsplot-embed.js              a classic script that loads newsplot.js (stable name)
//   newsplot_core_bg.<hash>.wasm   the widget (content-hashed name: cache forever)
//   *.map                          source maps of the two scripts
//
// The glue is bundled, not a file of its own, because a page finds it only
// after the entry has arrived and been parsed: one more round trip in turn
// before the wasm is even asked for (~10 ms on localhost, a mobile network's
// latency on a phone), for 4 KB gzip that rarely changes without the entry.
//   newsplot.d.ts, package.json, README.md
//
// JS is minified with esbuild. The new tree is built beside dist/ and swapped in
// at the end, so a page being served from dist/ never sees half a build.
//
//   node scripts/dist.mjs [--out dist]

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, transform } from 'esbuild';
import { ROOT } from './serve.mjs';

const at = (...p) => path.join(ROOT, ...p);
const hash8 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);

/** Replaces `from` by `to` in `text`, which must hold it exactly once. */
function swap(text, from, to, file) {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`${file}: expected ${JSON.stringify(from)} once, found it ${n} times`);
  return text.replace(from, () => to);
}

/** A classic script minified (ending in a link to `<name>.map`), and its source map. */
async function minify(code, sourcefile) {
  const out = await transform(code, {
    minify: true,
    sourcemap: 'external',
    sourcesContent: true,
    sourcefile,
    target: 'es2022',
    legalComments: 'none',
  });
  return { code: out.code, map: out.map, linked: (name) => `${out.code}//# sourceMappingURL=${name}.map\n` };
}

function version() {
  return fs.readFile(at('Cargo.toml'), 'utf8').then((toml) => {
    const pkg = toml.split(/^\[/m).find((s) => s.startsWith('package]'));
    const v = pkg?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
    if (!v) throw new Error('Cargo.toml: no [package] version');
    return v;
  });
}

function gzipSize(body) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c'], { input: body, maxBuffer: 64 << 20 }).length;
  } catch {
    return zlib.gzipSync(body, { level: 9 }).length;
  }
}

export async function buildDist(outDir = at('dist')) {
  const tmp = `${outDir}.tmp-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  await fs.mkdir(tmp, { recursive: true });
  const files = {};
  const write = async (name, body) => {
    await fs.writeFile(path.join(tmp, name), body);
    files[name] = Buffer.byteLength(body);
  };

  // 1. The wasm, named by its content.
  const wasmBytes = await fs.readFile(at('pkg/newsplot_core_bg.wasm'));
  const wasmName = `newsplot_core_bg.${hash8(wasmBytes)}.wasm`;
  await write(wasmName, wasmBytes);

  // 2. The entry with the glue bundled in, both pointing at the hashed wasm.
  const src = path.join(tmp, 'src');
  await fs.mkdir(src);
  let glue = await fs.readFile(at('pkg/newsplot_core.js'), 'utf8');
  glue = swap(glue, "'newsplot_core_bg.wasm'", `'${wasmName}'`, 'pkg/newsplot_core.js');
  // Short strings from the wasm decoded in JS (js/wasm-strings.js says why).
  glue = swap(
    glue,
    'return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));',
    'return stringFromWasm(getUint8ArrayMemory0(), ptr, len, decodeText);',
    'pkg/newsplot_core.js',
  );
  glue = `import { stringFromWasm } from './wasm-strings.js';\n${glue}`;
  await fs.writeFile(path.join(src, 'newsplot_core.js'), glue);
  await fs.copyFile(at('js/wasm-strings.js'), path.join(src, 'wasm-strings.js'));
  let entry = await fs.readFile(at('js/newsplot.js'), 'utf8');
  entry = swap(entry, "const WASM = 'newsplot_core_bg.wasm'", `const WASM = '${wasmName}'`, 'js/newsplot.js');
  await fs.writeFile(path.join(src, 'newsplot.js'), entry);
  const bundled = await build({
    entryPoints: [path.join(src, 'newsplot.js')],
    absWorkingDir: src,
    outfile: path.join(tmp, 'newsplot.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: 'linked',
    sourcesContent: true,
    target: 'es2022',
    legalComments: 'none',
    write: false,
  });
  for (const f of bundled.outputFiles) {
    let body = f.contents;
    if (f.path.endsWith('.map')) {
      // Sources named as in the repository (pkg/'s glue, js/'s entry), not the build's scratch folder.
      const map = JSON.parse(f.text);
      map.sources = map.sources.map((s) => path.basename(s));
      body = JSON.stringify(map);
    }
    await write(path.basename(f.path), body);
  }
  await fs.rm(src, { recursive: true });

  // 4. The classic-script embed (no format: it stays a classic script).
  const embed = await minify(await fs.readFile(at('js/newsplot-embed.js'), 'utf8'), 'newsplot-embed.js');
  await write('newsplot-embed.js', embed.linked('newsplot-embed.js'));
  await write('newsplot-embed.js.map', embed.map);

  // 5. Types, README, package.json.
  await write('newsplot.d.ts', await fs.readFile(at('js/newsplot.d.ts')));
  await write('README.md', packageReadme(await fs.readFile(at('README.md'), 'utf8')));
  // The format's JSON Schema, for documents' `$schema` (README "Data format").
  await write('stats-v1.schema.json', await fs.readFile(at('schema/stats-v1.schema.json')));
  const pkg = {
    name: 'newsplot',
    version: await version(),
    description: 'Chart widget for news pages: statistics JSON to accessible, interactive canvas charts (Rust + WebAssembly)',
    license: 'MIT',
    keywords: ['chart', 'charts', 'news', 'statistics', 'webassembly', 'web-component', 'custom-element'],
    type: 'module',
    main: './newsplot.js',
    module: './newsplot.js',
    types: './newsplot.d.ts',
    exports: {
      '.': { types: './newsplot.d.ts', default: './newsplot.js' },
      './embed': './newsplot-embed.js',
      './package.json': './package.json',
    },
    // Importing defines <news-plot>: bundlers must keep the entry even when no export is used.
    sideEffects: ['./newsplot.js', './newsplot-embed.js'],
    files: ['newsplot.js', 'newsplot.d.ts', 'newsplot-embed.js', wasmName, '*.map', 'stats-v1.schema.json'],
  };
  await write('package.json', JSON.stringify(pkg, null, 2) + '\n');

  // Swap the new tree in.
  const old = `${outDir}.old-${process.pid}`;
  await fs.rename(outDir, old).catch((e) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await fs.rename(tmp, outDir);
  await fs.rm(old, { recursive: true, force: true });
  return { files, wasmName, pkg };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === at('scripts/dist.mjs')) {
  const i = process.argv.indexOf('--out');
  const out = i !== -1 ? path.resolve(process.argv[i + 1]) : at('dist');
  const { files } = await buildDist(out);
  const rel = path.relative(ROOT, out) || '.';
  let wire = [0, 0];
  for (const [name, raw] of Object.entries(files)) {
    const gz = gzipSize(await fs.readFile(path.join(out, name)));
    if (/\.(js|wasm)$/.test(name) && name !== 'newsplot-embed.js') wire = [wire[0] + raw, wire[1] + gz];
    console.log(`${rel}/${name.padEnd(36)} ${String(raw).padStart(8)} B  ${String(gz).padStart(7)} B gzip`);
  }
  console.log(`wire (entry with glue + wasm): ${wire[0]} B, ${wire[1]} B gzip`);
}

/**
 * The repository's README as the package's: its screenshots (docs/) are not in
 * the package, so an image becomes its alt text and a link its words; the
 * schema sits beside the README there.
 */
export function packageReadme(text) {
  return text
    .replace(/!\[([^\]]*)\]\(docs\/[^)]+\)/g, '*$1*')
    .replace(/\[([^\]]*)\]\(docs\/[^)]+\)/g, '$1')
    .replaceAll('[`schema/stats-v1.schema.json`](schema/stats-v1.schema.json)', '[`stats-v1.schema.json`](stats-v1.schema.json)')
    .replaceAll('](schema/stats-v1.schema.json)', '](stats-v1.schema.json)')
    // The contract lives beside the repository, not in the package.
    .replaceAll('`../shared/spec/stats-format.md`', "`stats-format.md` (the format's specification, in the project's repository)");
}
