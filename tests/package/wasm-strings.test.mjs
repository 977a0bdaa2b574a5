// js/wasm-strings.js, the glue's decoder for short strings from the wasm,
// against TextDecoder on the same bytes: every UTF-8 length, the texts the
// widget shows (Cyrillic, Kazakh letters, ₸, no-break spaces), and random
// strings placed at random offsets in a larger memory.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringFromWasm } from '../../js/wasm-strings.js';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** `s` written at `at` in a memory with other bytes around it, decoded back; and how often the fallback ran. */
function roundTrip(s, at = 7) {
  const bytes = encoder.encode(s);
  const mem = new Uint8Array(at + bytes.length + 9).fill(0xab);
  mem.set(bytes, at);
  let fallbacks = 0;
  const out = stringFromWasm(mem, at, bytes.length, (b) => {
    fallbacks++;
    return decoder.decode(b);
  });
  return { out, fallbacks, len: bytes.length };
}

test('the widget\'s own texts decode as TextDecoder does, without the decoder', () => {
  for (const s of ['', 'a', '525 kg', 'более 525 кг', 'около 1,5 тыс.', '1\u00a0500\u202f₸', 'Қазақстан: ұлттық өнім, ғ', '--dpr:2;--x:1034;--g:1033;--y0:-100000', 'Mon, 3 Mar 2025']) {
    const { out, fallbacks } = roundTrip(s);
    assert.equal(out, s);
    assert.equal(fallbacks, 0, `"${s}" went to the decoder`);
  }
});

test('characters outside the BMP and strings over 64 bytes go to the decoder, and still decode', () => {
  for (const s of ['rise 📈', '𝟙𝟚', 'x'.repeat(65), 'я'.repeat(40)]) {
    const { out, fallbacks } = roundTrip(s);
    assert.equal(out, s);
    assert.equal(fallbacks, 1, `"${s}" did not go to the decoder`);
  }
  assert.equal(roundTrip('x'.repeat(64)).fallbacks, 0, '64 bytes is still short');
});

test('random strings of 1-, 2-, 3- and 4-byte characters at random offsets', () => {
  let seed = 20261129;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  // Code points from each UTF-8 length, avoiding lone surrogates (not valid in Rust strings).
  const ranges = [[0x00, 0x7f], [0x80, 0x7ff], [0x800, 0xd7ff], [0xe000, 0xffff], [0x10000, 0x10ffff]];
  for (let n = 0; n < 3000; n++) {
    let s = '';
    for (let k = rand(30); k > 0; k--) {
      const [lo, hi] = ranges[rand(ranges.length)];
      s += String.fromCodePoint(lo + rand(hi - lo + 1));
    }
    const { out } = roundTrip(s, rand(50));
    assert.equal(out, s);
  }
});
