//! newsplot: statistics JSON → accessible charts on a canvas.
//!
//! One direction of flow: `spec` (the format, validated) → `model` (normalised
//! units) → `layout` (a scene and a hit map, pure) → `render` (the scene through
//! a plotters `DrawingBackend`) and `interact` (what is under the pointer, what
//! the tooltip says) → `web` (the only module touching the DOM; wasm only).
//! `format` words figures for each language; `theme` colours the scene.

pub mod format;
pub mod interact;
pub mod layout;
pub mod model;
pub mod render;
pub mod spec;
pub mod theme;

#[cfg(target_arch = "wasm32")]
pub mod web;
