//! Small DOM helpers shared by the web layer.

use std::cell::Cell;

use crate::format::decimal::shortest;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleDeclaration, Document, Element, HtmlCanvasElement, HtmlElement, Node};

thread_local! {
    /// The page refused a string for `innerHTML` once (it enforces Trusted
    /// Types): no more attempts, each of which would report a violation.
    static REFUSED: Cell<bool> = const { Cell::new(false) };
}

/// Parses `html` into `e`; false where the page refuses a plain string (it
/// enforces Trusted Types), so the caller builds the elements one by one instead.
pub fn set_html(e: &Element, html: &str) -> bool {
    if REFUSED.get() {
        return false;
    }
    // Through `Reflect.set`, whose exception arrives as an Err (the setter's would not).
    let ok = js_sys::Reflect::set(e, &JsValue::from_str("innerHTML"), &JsValue::from_str(html)).is_ok();
    REFUSED.set(!ok);
    ok
}

/// Removes every child: `replaceChildren()`, which no Trusted Types policy
/// guards (`innerHTML = ""` is refused there like any string).
pub fn clear(e: &Element) {
    e.replace_children_with_node_0();
}

pub fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a page with a document")
}

/// `e.setAttribute(name, value)`, a failure (a name the DOM refuses: never
/// ours) ignored. One call in the wasm, where each `let _ = ….set_attribute`
/// carried its own drop of the Result.
#[inline(never)]
pub fn set_attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// `parent.appendChild(child)`, the returned node and any failure dropped
/// in one place (wasm size, as `set_attr`).
#[inline(never)]
pub fn append(parent: &Node, child: &Node) {
    let _ = parent.append_child(child);
}

/// `style.setProperty(name, value)`, a failure ignored and the value freed
/// here: one call for every inline style the layer sets (wasm size, as `set_attr`).
#[inline(never)]
pub fn set_style(style: &CssStyleDeclaration, name: &str, value: String) {
    let _ = style.set_property(name, &value);
}

/// A length in CSS px, as [`shortest`] writes it: `12.5px`.
pub fn set_px(style: &CssStyleDeclaration, name: &str, v: f64) {
    set_style(style, name, shortest(v) + "px");
}

/// A new element with a class (empty: none).
pub fn el(tag: &str, class: &str) -> HtmlElement {
    let e = document().create_element(tag).expect("valid tag name");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e.unchecked_into()
}

/// A new element holding `text` as a text node: document strings never become HTML.
pub fn text_el(tag: &str, class: &str, text: &str) -> HtmlElement {
    let e = el(tag, class);
    e.set_text_content(Some(text));
    e
}

/// How much CSS zoom scales `el` on the screen (its own and its ancestors':
/// the widget zooms for a reader's larger default text, a page may zoom a
/// column): pointer offsets and client rects come in screen px and are
/// divided by it; 1 where the browser has no `currentCSSZoom`.
pub fn css_zoom(el: &HtmlElement) -> f64 {
    js_sys::Reflect::get(el, &JsValue::from_str("currentCSSZoom")).ok().and_then(|z| z.as_f64()).filter(|z| z.is_finite() && *z > 0.0).unwrap_or(1.0)
}

pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

/// The largest backing stores browsers draw into: Chromium's (65,535 px a
/// side, 268 M pixels), then Firefox's side and Safari on iOS's area (32,767;
/// 16.7 M). Past its limit a browser still hands out a context, which draws nothing.
const CANVAS_LIMITS: [(f64, f64); 2] = [(65_535.0, 268_435_456.0), (32_767.0, 16_777_216.0)];

/// Sizes `canvas` at the highest pixel ratio up to `dpr` that this browser
/// really draws into (checked by drawing a pixel in its far corner, only for a
/// canvas past the smaller limits); None when even one pixel per CSS pixel fails.
pub fn size_drawable(canvas: &HtmlCanvasElement, width: f64, height: f64, dpr: f64) -> Option<f64> {
    let fit = |(side, area): (f64, f64)| dpr.min(side / width.max(height).max(1.0)).min((area / (width * height).max(1.0)).sqrt());
    let small = CANVAS_LIMITS[1];
    let mut last = 0.0;
    // Coarser than a device pixel per CSS px is a canvas too large, unless
    // the chart is drawn that coarse anyway (a page's `zoom` below 1).
    let floor = dpr.min(1.0);
    for r in [dpr, fit(CANVAS_LIMITS[0]), fit(small)] {
        if r < floor || r == last {
            continue;
        }
        last = r;
        size_canvas(canvas, width, height, r);
        if r <= fit(small) || draws(canvas) {
            return Some(r);
        }
    }
    None
}

/// Whether a pixel drawn in the canvas's far corner reads back.
fn draws(canvas: &HtmlCanvasElement) -> bool {
    let Some(ctx) = canvas.get_context("2d").ok().flatten() else { return false };
    let ctx: web_sys::CanvasRenderingContext2d = wasm_bindgen::JsCast::unchecked_into(ctx);
    let (x, y) = (f64::from(canvas.width()) - 1.0, f64::from(canvas.height()) - 1.0);
    ctx.fill_rect(x, y, 1.0, 1.0);
    let seen = ctx.get_image_data(x, y, 1.0, 1.0).is_ok_and(|d| d.data().get(3).is_some_and(|a| *a > 0));
    ctx.clear_rect(x, y, 1.0, 1.0);
    seen
}

/// Sets a canvas's CSS size and its backing store to CSS × devicePixelRatio.
pub fn size_canvas(canvas: &HtmlCanvasElement, width: f64, height: f64, dpr: f64) {
    canvas.set_width((width * dpr).round() as u32);
    canvas.set_height((height * dpr).round() as u32);
    let style = canvas.style();
    set_px(&style, "width", width);
    set_px(&style, "height", height);
}
