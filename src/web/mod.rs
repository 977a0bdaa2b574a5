//! `web`: the only module that touches the DOM (wasm only). The JS entry
//! (`js/newsplot.js`) defines `<news-plot>` and fetches documents; everything
//! inside the element's shadow root is built and drawn from here.

pub mod canvas;
pub mod cursor;
mod dom;
mod download;
mod events;
pub mod intl;
mod intl_dates;
mod legend;
mod listen;
pub mod measure;
mod menu;
mod table;
mod theme;
mod tooltip;
pub mod utf8;
mod validate;
mod view;
mod widget;

// talc in place of std's dlmalloc: ~3.7 KB less wasm (1.6 KB gzip), parsing
// the 166,650-point document no slower. Single-threaded: no atomics build.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
