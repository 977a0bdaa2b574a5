//! `web`: the only module that touches the DOM (wasm only). The JS entry
//! (`js/newsplot.js`) defines `<news-plot>` and fetches documents; everything
//! inside the element's shadow root is built and drawn from here.

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
mod validate;
mod view;
mod widget;
