//! A JS string into wasm memory as UTF-8 by the browser's `encodeInto`,
//! straight into a Rust buffer: wasm-bindgen's own string copy walks a
//! multi-megabyte document char by char in JS, and `TextEncoder.encode`
//! allocates a JS buffer of the same size (and a garbage collection).

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, text: &JsString, into: &Uint8Array) -> Progress;

    type Progress;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Progress) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Progress) -> u32;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// `text` as a Rust string (lone surrogates become U+FFFD, as `encodeInto` does).
pub fn to_string(text: &JsString) -> String {
    let n = text.length();
    // One byte per UTF-16 unit fits ASCII; more room is made only if needed.
    let mut buf: Vec<u8> = Vec::with_capacity(n as usize + 8);
    let mut read = 0;
    ENCODER.with(|enc| {
        while read < n {
            let rest = if read == 0 { text.clone() } else { text.slice(read, n) };
            let spare = buf.capacity() - buf.len();
            // SAFETY: a view of the buffer's spare capacity, used at once and
            // dropped before anything can allocate (and move wasm memory).
            let view = unsafe { Uint8Array::view_mut_raw(buf.as_mut_ptr().add(buf.len()), spare) };
            let p = enc.encode_into(&rest, &view);
            // SAFETY: `written` bytes of the spare capacity were just filled.
            unsafe { buf.set_len(buf.len() + p.written() as usize) };
            read += p.read();
            if read < n {
                // At most three bytes per UTF-16 unit left.
                buf.reserve(3 * (n - read) as usize);
            }
        }
    });
    // encodeInto writes only whole, valid UTF-8 sequences; were it ever not
    // to, the document reads as empty (and says so) rather than as garbage.
    String::from_utf8(buf).unwrap_or_default()
}
