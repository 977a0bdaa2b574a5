//! The reader's downloads: a chart's data as CSV, or the chart as a PNG of its
//! static scene (title, subtitle, legend and source credit drawn in, as the
//! native SVG) at twice the CSS pixels, on the theme's page colour. Each goes
//! out as a Blob through a hidden `<a download>`; its object URL is revoked later.

use plotters_backend::DrawingBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, HtmlCanvasElement, HtmlElement, Url};

use super::canvas::Canvas;
use super::dom::{append, el, set_attr};
use crate::format::Lang;
use crate::interact::csv;
use crate::layout::Scene;
use crate::model::ChartModel;
use crate::render::{self, style::Fill, Device};
use crate::theme::Theme;

/// Space around the chart in the image, in CSS pixels: text never touches the edge.
const PAD: f64 = 16.0;
/// Device pixels per CSS pixel: sharp on high-density screens and in print.
const SCALE: f64 = 2.0;
/// Canvas limits every browser honours (iOS Safari: 16.7 million pixels, 16,384
/// per side); a taller chart is drawn at a smaller scale rather than not at all.
const MAX_PIXELS: f64 = 16_000_000.0;
const MAX_SIDE: f64 = 16_000.0;
/// How long the browser gets to read a download's object URL before it goes.
const REVOKE_MS: i32 = 30_000;

pub fn csv(holder: &HtmlElement, chart: &ChartModel, lang: Lang) {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/csv;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(&csv::csv(chart, lang)));
    if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &bag) {
        save(holder, &blob, &csv::file_name(&chart.id, "csv"));
    }
}

/// Draws `scene` (laid out at the chart's width on screen, so it wraps and
/// shortens labels exactly as the reader saw them) with `PAD` around it into an
/// offscreen canvas, then saves it as `ID.png` once encoded.
pub fn png(holder: &HtmlElement, scene: &Scene, theme: &Theme, id: &str) {
    let w = scene.width + 2.0 * PAD;
    let h = scene.height + 2.0 * PAD;
    let scale = SCALE.min((MAX_PIXELS / (w * h)).sqrt()).min(MAX_SIDE / w.max(h));
    let canvas: HtmlCanvasElement = el("canvas", "").unchecked_into();
    canvas.set_width((w * scale).round() as u32);
    canvas.set_height((h * scale).round() as u32);
    let Some(mut backend) = Canvas::new(&canvas) else { return };
    let size = (canvas.width() as i32, canvas.height() as i32);
    let _ = backend.draw_rect((0, 0), size, &Fill::new(theme.background, 1.0), true);
    // The scene starts inside the padding.
    let _ = backend.context().translate(PAD * scale, PAD * scale);
    if render::draw(&mut backend, &scene.shapes, theme, Device::canvas(scale)).is_err() {
        return;
    }
    let (holder, name) = (holder.clone(), csv::file_name(id, "png"));
    let done = Closure::once_into_js(move |blob: JsValue| {
        // Null when the browser could not encode the canvas.
        if let Ok(blob) = blob.dyn_into::<Blob>() {
            save(&holder, &blob, &name);
        }
    });
    let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
}

/// Hands `blob` to the browser as a download named `name`.
fn save(holder: &HtmlElement, blob: &Blob, name: &str) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else { return };
    let a = el("a", "");
    set_attr(&a, "href", &url);
    set_attr(&a, "download", name);
    a.set_hidden(true);
    // In the document for browsers that ignore clicks on detached links; not in
    // the menu, whose click listener is the one running now.
    append(&holder, &a);
    a.click();
    a.remove();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), REVOKE_MS);
    }
}
