// Strings from the wasm's memory, for wasm-bindgen's glue (scripts/dist.mjs
// routes its `getStringFromWasm0` here). A short string is decoded by this
// loop: `TextDecoder.decode` on a fresh `subarray` costs a few µs per call in
// Chromium, and a line chart's pointer move passes half a dozen short strings
// (the tooltip's date and figures, the cursor's style, the hover event's
// label): by A/B runs of the benchmark's moves, a fifth of their script time.
// Rust's strings are valid UTF-8, so nothing here validates; a 4-byte
// sequence (outside the BMP, needing a surrogate pair) and long strings go to
// the decoder.

const SHORT = 64;

/** The UTF-8 text at `mem[ptr..ptr + len]`; `decode(bytes)` for what the loop leaves. */
export function stringFromWasm(mem, ptr, len, decode) {
  if (len > SHORT) return decode(mem.subarray(ptr, ptr + len));
  let s = '';
  for (let i = ptr, end = ptr + len; i < end; ) {
    const b = mem[i++];
    if (b < 0x80) s += String.fromCharCode(b);
    else if (b < 0xe0) s += String.fromCharCode(((b & 0x1f) << 6) | (mem[i++] & 0x3f));
    else if (b < 0xf0) s += String.fromCharCode(((b & 0x0f) << 12) | ((mem[i++] & 0x3f) << 6) | (mem[i++] & 0x3f));
    else return decode(mem.subarray(ptr, ptr + len));
  }
  return s;
}
