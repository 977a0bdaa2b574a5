// The JSON Schema schema/stats-v1.schema.json against the shared fixtures:
// every valid document passes; every invalid one fails, except the rules a
// schema cannot express, listed below with the reason and asserted to pass (so
// the list stays honest: a schema that learns a rule must drop it here).
// Run: node --test tests/schema/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (...p) => readFileSync(join(root, ...p), 'utf8');
const schema = JSON.parse(read('schema', 'stats-v1.schema.json'));
// strictTypes off: the schema applies keywords without `type` on purpose
// (the "anything" bound, conditions on fields that may be absent).
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
const validate = ajv.compile(schema);

/** Why each invalid fixture that the schema accepts is beyond a schema. */
const INEXPRESSIBLE = {
  'chart-id-duplicate.json': 'ids unique across charts: uniqueItems compares whole items, not one field of them',
  'currency-mixed.json': "an item's currency equal to its chart's: needs one if/then per ISO 4217 code (no $data in 2020-12)",
  'line-date-duplicate.json': 'dates in increasing order: a comparison between sibling items',
  'line-dates-out-of-order.json': 'dates in increasing order: a comparison between sibling items',
  'parts-exceed-value.json': 'the sum of parts at most the value: arithmetic across fields',
  'values-length.json': '`values` as long as `series`: a length taken from another field',
};
/** Invalid fixtures that are not JSON at all: refused before any schema. */
const NOT_JSON = new Set(['empty-file.json', 'not-json.json', 'value-not-finite.json']);

const fixtures = (dir) => readdirSync(join(root, 'tests', 'fixtures', dir)).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
const errors = () => ajv.errorsText(validate.errors, { separator: '; ' });

test('the schema is a valid draft 2020-12 schema', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(ajv.validateSchema(schema), ajv.errorsText(ajv.errors));
});

test('every valid fixture and every example document passes', () => {
  const files = fixtures('valid').map((f) => ['tests', 'fixtures', 'valid', f]);
  const data = readdirSync(join(root, 'www', 'data')).filter((f) => f.endsWith('.json')).map((f) => ['www', 'data', f]);
  assert.ok(files.length >= 8 && data.length >= 3);
  for (const p of [...files, ...data]) {
    const doc = JSON.parse(read(...p));
    assert.ok(validate(doc), `${p.join('/')}: ${errors()}`);
  }
});

test('examples and valid fixtures name the schema in "$schema"', () => {
  for (const [dir, rel] of [['tests/fixtures/valid', '../../../schema/stats-v1.schema.json'], ['www/data', '../../schema/stats-v1.schema.json']]) {
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(read(dir, f));
      assert.equal(doc.$schema, rel, `${dir}/${f}`);
    }
  }
});

test('every invalid fixture fails, except those listed as inexpressible', () => {
  const files = fixtures('invalid');
  const expected = JSON.parse(read('tests', 'fixtures', 'invalid', 'expected.json'));
  assert.deepEqual(files, Object.keys(expected).sort(), 'the fixtures are those of expected.json');
  for (const f of [...Object.keys(INEXPRESSIBLE), ...NOT_JSON]) assert.ok(files.includes(f), `${f} is listed but is no fixture`);
  let failed = 0;
  for (const f of files) {
    const text = read('tests', 'fixtures', 'invalid', f);
    if (NOT_JSON.has(f)) {
      assert.throws(() => JSON.parse(text), `${f} is listed as not JSON but parses`);
      continue;
    }
    const doc = JSON.parse(text);
    if (f in INEXPRESSIBLE) {
      assert.ok(validate(doc), `${f} is listed as inexpressible but the schema rejects it: ${errors()}`);
    } else {
      assert.ok(!validate(doc), `${f} (${expected[f]}) passes the schema`);
      failed++;
    }
  }
  assert.ok(failed >= 50, `only ${failed} invalid fixtures fail`);
});

// A small valid document to vary, one rule at a time.
const base = () => ({
  version: 1,
  charts: [
    { id: 'b', type: 'bar', unit: 'kg', items: [{ label: 'x', value: 5, parts: [{ label: 'y', value: 2 }] }, { label: 'z', value: 3, unit: 't' }] },
    { id: 'l', type: 'line', series: ['2024', '2025'], items: [{ date: '2024-02-29', values: [1, null] }, { date: '2025', values: [-2, 3] }] },
  ],
});
const ok = (doc, why) => assert.ok(validate(doc), `${why}: ${errors()}`);
const bad = (doc, why) => assert.ok(!validate(doc), `${why}: passes`);
const tweak = (fn) => { const d = base(); fn(d); return d; };

test('rules beyond the fixtures: nulls, unknown fields, kinds of chart', () => {
  ok(base(), 'the base document');
  ok(tweak((d) => { d.$schema = 'x'; d.editor = { notes: ['a', { b: 'c' }] }; d.charts[0].color = 'red'; }), 'unknown fields');
  bad(tweak((d) => { d.editor = { notes: [{ b: 'я'.repeat(501) }] }; }), 'a long string deep in an unknown field');
  ok(tweak((d) => { d.editor = 'я'.repeat(500); }), '500 Cyrillic characters (characters, not bytes)');
  ok(tweak((d) => { d.title = null; d.source = null; d.charts[0].note = null; d.charts[0].items[0].qualifier = null; }), 'null as absent');
  ok(tweak((d) => { d.$schema = null; }), '"$schema": null, as the widget and the .d.ts take it');
  bad(tweak((d) => { d.charts[0].id = null; }), 'a required field null');
  bad(tweak((d) => { d.charts[0].items[0].value = null; }), 'a null value outside a line');
  ok(tweak((d) => { d.charts[1] = { id: 'l', type: 'line', items: [{ date: '2025-01', value: null }, { date: '2025-02', value: -1 }] }; }), 'a gap and a negative value in a line');
  bad(tweak((d) => { d.charts[0].items[1].value = -1; }), 'a negative bar');
  bad(tweak((d) => { d.charts[0].items[0].parts[0].value = -1; }), 'a negative part');
  bad(tweak((d) => { d.charts[0].items[1].unit = 'KZT'; }), 'money in a mass chart');
  bad(tweak((d) => { d.charts[0].unit = null; }), 'tonnes in a count chart (the default unit)');
  bad(tweak((d) => { d.charts[1].items[0].values = 1; }), '`values` not an array with series');
  bad(tweak((d) => { d.charts[1].items[0] = { date: '2024-02-29', value: 1 }; }), '`value` where series want `values`');
  bad(tweak((d) => { d.charts[0].items[0] = { label: 'x', values: [1] }; }), '`values` without series');
  bad(tweak((d) => { d.charts[1].items[0].date = null; }), 'a line item without a date');
  bad(tweak((d) => { d.charts[0].items[0].label = null; }), 'a bar item without a label');
  bad(tweak((d) => { d.charts[1].series = []; }), 'empty series');
  bad(tweak((d) => { d.charts[0].items[0].value = Infinity; }), 'an infinite value');
  bad(tweak((d) => { d.version = 2; }), 'version 2');
  ok(tweak((d) => { d.charts[0].unit = 'XAU'; d.charts[0].items[1].unit = 'XAU'; }), 'a currency the core knows');
  bad(tweak((d) => { d.charts[0].unit = 'XYZ'; d.charts[0].items[1].unit = null; }), 'a made-up currency');
});

// Days per month by the Gregorian rule, written independently of the pattern.
const daysIn = (y, m) => (m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const pad = (n, w) => String(n).padStart(w, '0');

test('the date pattern accepts exactly the calendar dates', () => {
  const re = new RegExp(schema.$defs.date.pattern, 'u');
  for (const y of [0, 4, 100, 400, 1600, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999]) {
    assert.ok(re.test(pad(y, 4)), `${y}`);
    for (let m = 0; m <= 13; m++) {
      assert.equal(re.test(`${pad(y, 4)}-${pad(m, 2)}`), m >= 1 && m <= 12, `${y}-${m}`);
      for (let d = 0; d <= 32; d++) {
        const valid = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
        assert.equal(re.test(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`), valid, `${y}-${m}-${d}`);
      }
    }
  }
  for (const s of ['25', '02025', '2025-1', '2025-01-1', '2025/01', 'январь 2025', '2025-01-01T00:00', ' 2025', '２０２５']) {
    assert.ok(!re.test(s), s);
  }
});

test('the currency list is the core\'s', () => {
  const rust = read('src', 'spec', 'currency.rs');
  const codes = rust.match(/const CODES: &str = "([^"]*)"/)[1].replace(/\\\n/g, ' ').split(/\s+/).filter(Boolean);
  assert.ok(codes.includes('KZT') && codes.length > 150);
  assert.deepEqual([...schema.$defs.currency.enum].sort(), [...codes].sort());
});

const block = (md, after) => {
  const from = md.indexOf('```json\n', md.indexOf(after));
  return md.slice(from + 8, md.indexOf('```\n', from + 8));
};
const readmeExample = block(read('README.md'), '## Data format');

test("the README's data format example passes the schema", () => {
  assert.ok(validate(JSON.parse(readmeExample)), errors());
});

// The spec lives beside the repository (../shared/spec), not in it: where a
// checkout has no such neighbour (a bare CI clone), this comparison says so
// and is skipped rather than passing without looking.
const specPath = join(root, '..', 'shared', 'spec', 'stats-format.md');
test("the README's data format example is the spec's", { skip: !existsSync(specPath) && `no spec at ${specPath}` }, () => {
  assert.equal(readmeExample, block(readFileSync(specPath, 'utf8'), '## Example'));
});
