// Shortens the wasm's import names, in the wasm and in wasm-bindgen's glue alike:
// `"./newsplot_core_bg.js"."__wbg_get_d7176cfb76d71114"` becomes `"a"."b"`. The
// 16 hex digits of hash in each of ~135 names do not compress (~2.8 KB gzip of
// wasm and ~1.8 KB of glue). Likewise the exports the glue reads as `wasm.NAME`
// (closure shims such as `wasm_bindgen_<hash>___convert__closures_____invoke…`:
// ~800 B of names); `memory` keeps its name. Run after wasm-opt, on
// wasm-bindgen's `--target web` output:
//
//   node scripts/short-imports.mjs pkg/newsplot_core_bg.wasm pkg/newsplot_core.js

import fs from 'node:fs';

const MODULE = 'a';

function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function encode(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

const utf8 = (s) => [...Buffer.from(s, 'utf8')];
const name = (s) => [...encode(Buffer.byteLength(s)), ...utf8(s)];

/** a, b, … z, A … Z, aa, ab, …: valid JS property names, none quoted. */
function short(k) {
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  for (k += 1; k > 0; k = Math.floor((k - 1) / 52)) s = abc[(k - 1) % 52] + s;
  return s;
}

/** The import section's entry descriptor after the kind byte: its length. */
function descEnd(b, p, kind) {
  const limits = (p) => {
    const flags = b[p++];
    [, p] = uleb(b, p);
    if (flags & 1) [, p] = uleb(b, p);
    return p;
  };
  if (kind === 0) return uleb(b, p)[1]; // function: type index
  if (kind === 1) return limits(p + 1); // table: reftype, limits
  if (kind === 2) return limits(p); // memory
  if (kind === 3) return p + 2; // global: valtype, mutability
  throw new Error(`import kind ${kind} not handled`);
}

/**
 * The wasm with section `id` rewritten entry by entry: `entry(body, p)`
 * returns the bytes to write for the entry at `p` and where the next starts.
 */
function rewriteSection(wasm, id, entry) {
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const head = at;
    const sid = wasm[at++];
    const [size, start] = uleb(wasm, at);
    at = start + size;
    if (sid !== id) {
      parts.push(wasm.subarray(head, at));
      continue;
    }
    const body = wasm.subarray(start, at);
    let [count, p] = uleb(body, 0);
    const next = encode(count);
    while (count--) {
      let bytes;
      [bytes, p] = entry(body, p);
      next.push(...bytes);
    }
    parts.push(Buffer.from([sid, ...encode(next.length), ...next]));
  }
  return Buffer.concat(parts);
}

/** A name (length-prefixed UTF-8) at `p`, and where it ends. */
function readName(body, p) {
  let len;
  [len, p] = uleb(body, p);
  return [body.subarray(p, p + len).toString('utf8'), p + len];
}

/** The wasm with its imports from `module` renamed, and the map old → new. */
export function shorten(wasm, module) {
  const renamed = new Map();
  const out = rewriteSection(wasm, 2, (body, p) => {
    let mod, field;
    [mod, p] = readName(body, p);
    [field, p] = readName(body, p);
    const end = descEnd(body, p + 1, body[p]);
    const desc = [...body.subarray(p, end)];
    if (mod !== module) return [[...name(mod), ...name(field), ...desc], end];
    if (!renamed.has(field)) renamed.set(field, short(renamed.size));
    return [[...name(MODULE), ...name(renamed.get(field)), ...desc], end];
  });
  return [out, renamed];
}

/** The wasm with the exports in `names` renamed, and the map old → new. */
export function shortenExports(wasm, names) {
  const renamed = new Map();
  const out = rewriteSection(wasm, 7, (body, p) => {
    let field;
    [field, p] = readName(body, p);
    if (body[p] > 3) throw new Error(`export kind ${body[p]} not handled`);
    const end = uleb(body, p + 1)[1];
    if (names.has(field)) renamed.set(field, short(renamed.size));
    return [[...name(renamed.get(field) ?? field), ...body.subarray(p, end)], end];
  });
  return [out, renamed];
}

/** The exports the glue reads as `wasm.NAME`, but `memory` (pages may read it). */
export function glueExports(js) {
  const names = new Set([...js.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  names.delete('memory');
  return names;
}

/** The glue reading the renamed exports: `wasm.NAME` → `wasm.b`. */
export function rewriteGlueExports(js, renamed) {
  for (const [from, to] of renamed) {
    js = js.replace(new RegExp(`\\bwasm\\.${from.replace(/[$]/g, '\\$')}\\b`, 'g'), `wasm.${to}`);
  }
  const left = [...glueExports(js)].filter((n) => ![...renamed.values()].includes(n));
  if (left.length) throw new Error(`glue: exports not found in the wasm: ${left.join(', ')}`);
  return js;
}

/** The glue with the same names: object keys in its import object. */
export function rewriteGlue(js, module, renamed) {
  const key = JSON.stringify(module) + ':';
  if (js.split(key).length !== 2) throw new Error(`glue: expected ${key} once`);
  js = js.replace(key, `${MODULE}:`);
  for (const [from, to] of renamed) {
    const re = new RegExp(`\\b${from.replace(/[$]/g, '\\$')}\\b`, 'g');
    const n = (js.match(re) || []).length;
    if (n !== 1) throw new Error(`glue: expected ${from} once, found it ${n} times`);
    js = js.replace(re, to);
  }
  return js;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [wasmPath, gluePath] = process.argv.slice(2);
  if (!wasmPath || !gluePath) {
    console.error('usage: node scripts/short-imports.mjs WASM GLUE_JS');
    process.exit(2);
  }
  const module = `./${gluePath.split('/').pop().replace(/\.js$/, '')}_bg.js`;
  const [wasm, renamed] = shorten(fs.readFileSync(wasmPath), module);
  if (renamed.size === 0) throw new Error(`${wasmPath}: no imports from ${module}`);
  let glue = rewriteGlue(fs.readFileSync(gluePath, 'utf8'), module, renamed);
  const [smaller, exported] = shortenExports(wasm, glueExports(glue));
  glue = rewriteGlueExports(glue, exported);
  fs.writeFileSync(wasmPath, smaller);
  fs.writeFileSync(gluePath, glue);
  console.log(`${wasmPath}: ${renamed.size} imports and ${exported.size} exports renamed`);
}
