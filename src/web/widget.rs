//! One `<news-plot>` element's shadow root: the charts' canvases, the tooltip,
//! the alert, and the pointer and resize listeners that drive them.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlCanvasElement, HtmlElement, ShadowRoot};

use super::intl;
use super::listen::Listener;
use super::measure::CanvasMeasure;
use crate::format::Wording;
use crate::interact::{describe, highlight, Hover, Tooltip};
use crate::layout::{self, ApproxMeasure, Ctx, Scene, TextMeasure};
use crate::model::Model;
use crate::render::{self, Device};
use crate::spec;
use crate::theme::Theme;

thread_local! {
    static MEASURE: Option<CanvasMeasure> = CanvasMeasure::new();
    static SHEET: Option<web_sys::CssStyleSheet> = stylesheet();
}

/// One stylesheet object adopted by every widget's shadow root: allowed under a
/// strict CSP (`style-src 'self'`), unlike `<style>` elements or `style` attributes.
fn stylesheet() -> Option<web_sys::CssStyleSheet> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(include_str!("style.css")).ok()?;
    Some(sheet)
}

fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a page with a document")
}

fn el(tag: &str, class: &str) -> HtmlElement {
    let e = document().create_element(tag).expect("valid tag name");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e.unchecked_into()
}

/// A `<news-plot>` element's Rust side: created by the JS entry on connect,
/// freed on disconnect, which drops and so removes every listener and observer.
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<RefCell<Inner>>,
    listeners: Vec<Listener>,
    _resize: Option<Resize>,
}

struct Resize {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Resize {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

struct Inner {
    host: HtmlElement,
    content: HtmlElement,
    tooltip: HtmlElement,
    view: Option<View>,
}

/// A rendered document: the model and one `ChartView` per chart shown.
struct View {
    model: Model,
    source: Option<spec::Source>,
    numbers: Box<dyn crate::format::NumberFormat>,
    theme: Theme,
    width: f64,
    charts: Vec<ChartView>,
}

struct ChartView {
    index: usize,
    stage: HtmlElement,
    plot: HtmlCanvasElement,
    overlay: HtmlCanvasElement,
    scene: Scene,
    hover: Hover,
}

#[wasm_bindgen]
impl Widget {
    /// Builds the shadow root of `host` (reusing it when the element comes back).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> Result<Widget, JsValue> {
        let root: ShadowRoot = match host.shadow_root() {
            Some(r) => r,
            None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
        };
        root.set_inner_html("");
        SHEET.with(|s| {
            if let Some(sheet) = s {
                root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
            }
        });
        // The editor's fallback (a summary, an image) shows until the charts are ready.
        let slot = el("slot", "fallback");
        let content = el("div", "content");
        let tooltip = el("div", "");
        tooltip.set_attribute("role", "tooltip")?;
        tooltip.set_hidden(true);
        root.append_child(&slot)?;
        root.append_child(&content)?;
        root.append_child(&tooltip)?;

        let inner = Rc::new(RefCell::new(Inner { host: host.clone(), content: content.clone(), tooltip, view: None }));
        let weak = Rc::downgrade(&inner);
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| {
            with(&weak, |inner| inner.resized());
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())?;
        observer.observe(&content);
        Ok(Widget { inner, listeners: Vec::new(), _resize: Some(Resize { observer, _callback: callback }) })
    }

    /// Parses, validates and draws a document. Returns false (and shows the
    /// message in place of the charts) when it is invalid.
    pub fn show(&mut self, text: &str, chart: Option<String>, locale: Option<String>, theme: Option<String>) -> bool {
        self.listeners.clear();
        let doc = match spec::parse(text) {
            Ok(d) => d,
            Err(e) => {
                self.fail(&e.to_string());
                return false;
            }
        };
        let model = Model::new(&doc, locale.as_deref());
        let selected = match model.select(chart.as_deref()) {
            Ok(s) => s,
            Err(msg) => {
                self.fail(&msg);
                return false;
            }
        };
        let dark = match theme.as_deref() {
            Some("dark") => true,
            Some("light") => false,
            _ => prefers_dark(),
        };
        let result = self.inner.borrow_mut().build(model, doc.source, &selected, chart.is_none(), dark);
        match result {
            Ok(()) => {
                self.listen();
                self.inner.borrow_mut().draw_all();
                let _ = self.inner.borrow().host.set_attribute("state", "ready");
                true
            }
            Err(e) => {
                self.fail(&format!("{e:?}"));
                false
            }
        }
    }

    /// Shows `message` in place of the charts, logs it, and sets `state="error"`.
    pub fn fail(&mut self, message: &str) {
        self.listeners.clear();
        let mut inner = self.inner.borrow_mut();
        inner.view = None;
        inner.tooltip.set_hidden(true);
        inner.content.set_inner_html("");
        let alert = el("div", "");
        let _ = alert.set_attribute("role", "alert");
        alert.set_text_content(Some(message));
        let _ = inner.content.append_child(&alert);
        web_sys::console::error_1(&JsValue::from_str(&format!("newsplot: {message}")));
        let _ = inner.host.set_attribute("state", "error");
    }
}

impl Widget {
    /// Pointer listeners on each chart's overlay canvas.
    fn listen(&mut self) {
        let overlays: Vec<HtmlCanvasElement> = match &self.inner.borrow().view {
            Some(v) => v.charts.iter().map(|c| c.overlay.clone()).collect(),
            None => return,
        };
        for (i, overlay) in overlays.iter().enumerate() {
            let weak = Rc::downgrade(&self.inner);
            self.listeners.push(Listener::new(overlay, "pointermove", move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::PointerEvent>() {
                    let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
                    with(&weak, |inner| inner.pointer(i, Some((x, y))));
                }
            }));
            let weak = Rc::downgrade(&self.inner);
            self.listeners.push(Listener::new(overlay, "pointerleave", move |_| {
                with(&weak, |inner| inner.pointer(i, None));
            }));
        }
    }
}

/// Runs `f` on a widget that may already be gone, and never re-entrantly.
fn with(weak: &Weak<RefCell<Inner>>, f: impl FnOnce(&mut Inner)) {
    if let Some(rc) = weak.upgrade() {
        if let Ok(mut inner) = rc.try_borrow_mut() {
            f(&mut inner);
        }
    }
}

fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

fn device_pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 4.0)
}

impl Inner {
    fn build(&mut self, model: Model, source: Option<spec::Source>, selected: &[usize], whole: bool, dark: bool) -> Result<(), JsValue> {
        self.content.set_inner_html("");
        self.tooltip.set_hidden(true);
        let _ = self.host.set_attribute("data-theme", if dark { "dark" } else { "light" });
        if whole && (model.title.is_some() || model.subtitle.is_some()) {
            let head = el("div", "head");
            if let Some(t) = &model.title {
                let h = el("h2", "");
                h.set_text_content(Some(t));
                head.append_child(&h)?;
            }
            if let Some(s) = &model.subtitle {
                let p = el("p", "");
                p.set_text_content(Some(s));
                head.append_child(&p)?;
            }
            self.content.append_child(&head)?;
        }
        let mut charts = Vec::new();
        for &index in selected {
            let figure = el("figure", "");
            figure.set_attribute("data-chart", &model.charts[index].id)?;
            let stage = el("div", "stage");
            let plot: HtmlCanvasElement = el("canvas", "plot").unchecked_into();
            plot.set_attribute("role", "img")?;
            let overlay: HtmlCanvasElement = el("canvas", "overlay").unchecked_into();
            overlay.set_attribute("aria-hidden", "true")?;
            stage.append_child(&plot)?;
            stage.append_child(&overlay)?;
            figure.append_child(&stage)?;
            self.content.append_child(&figure)?;
            charts.push(ChartView { index, stage, plot, overlay, scene: Scene::default(), hover: Hover::default() });
        }
        let numbers = intl::numbers(model.lang);
        let theme = if dark { Theme::dark() } else { Theme::light() };
        self.view = Some(View { model, source, numbers, theme, width: 0.0, charts });
        Ok(())
    }

    fn resized(&mut self) {
        let width = f64::from(self.content.client_width());
        if self.view.as_ref().is_some_and(|v| (v.width - width).abs() >= 1.0) {
            self.draw_all();
        }
    }

    /// Lays out and draws every chart at the content's width and the screen's pixel ratio.
    fn draw_all(&mut self) {
        let width = match f64::from(self.content.client_width()) {
            w if w >= 1.0 => w,
            _ => 640.0,
        };
        let dpr = device_pixel_ratio();
        let Some(view) = self.view.as_mut() else { return };
        view.width = width;
        self.tooltip.set_hidden(true);
        let words = Wording::new(view.model.lang, view.numbers.as_ref());
        MEASURE.with(|m| {
            let measure: &dyn TextMeasure = match m {
                Some(m) => m,
                None => &ApproxMeasure,
            };
            let cx = Ctx { measure, words: &words, source: view.source.as_ref(), shown: &[] };
            for cv in &mut view.charts {
                cv.scene = layout::chart(&view.model, cv.index, &cx, width);
                cv.hover = Hover::default();
                let label = describe(&view.model.charts[cv.index], &words);
                let _ = cv.plot.set_attribute("aria-label", &label);
                for canvas in [&cv.plot, &cv.overlay] {
                    size_canvas(canvas, width, cv.scene.height, dpr);
                }
                if let Some(mut backend) = CanvasBackend::with_canvas_object(cv.plot.clone()) {
                    let _ = render::draw(&mut backend, &cv.scene.shapes, &view.theme, Device::canvas(dpr));
                }
            }
        });
    }

    /// The pointer moved over chart `i` (None: it left). Redraws only the overlay,
    /// and only when the hovered datum changed.
    fn pointer(&mut self, i: usize, at: Option<(f64, f64)>) {
        let Some(view) = self.view.as_mut() else { return };
        let Some(cv) = view.charts.get_mut(i) else { return };
        let changed = match at {
            Some((x, y)) => cv.hover.pointer_at(&cv.scene, x, y),
            None => cv.hover.leave(),
        };
        if !changed {
            return;
        }
        clear(&cv.overlay);
        let Some(hit) = cv.hover.current(&cv.scene) else {
            self.tooltip.set_hidden(true);
            return;
        };
        if let Some(mut backend) = CanvasBackend::with_canvas_object(cv.overlay.clone()) {
            let _ = render::draw(&mut backend, &highlight(hit), &view.theme, Device::canvas(device_pixel_ratio()));
        }
        let words = Wording::new(view.model.lang, view.numbers.as_ref());
        let chart = &view.model.charts[cv.index];
        if let Some(tip) = Tooltip::new(chart, hit.item, hit.series, &words) {
            fill_tooltip(&self.tooltip, &tip);
            place_tooltip(&self.host, &cv.stage, &self.tooltip, hit.anchor, hit.avoid.bottom());
        }
    }
}

/// Sets a canvas's CSS size and its backing store to CSS × devicePixelRatio.
fn size_canvas(canvas: &HtmlCanvasElement, width: f64, height: f64, dpr: f64) {
    canvas.set_width((width * dpr).round() as u32);
    canvas.set_height((height * dpr).round() as u32);
    let style = canvas.style();
    let _ = style.set_property("width", &format!("{width}px"));
    let _ = style.set_property("height", &format!("{height}px"));
}

fn clear(canvas: &HtmlCanvasElement) {
    if let Some(ctx) = canvas.get_context("2d").ok().flatten() {
        let ctx: web_sys::CanvasRenderingContext2d = ctx.unchecked_into();
        ctx.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    }
}

/// The tooltip's lines, as text nodes only: labels from documents never become HTML.
/// Hidden separators make its text read as one sentence (`Label: figure, parts`).
fn fill_tooltip(tooltip: &HtmlElement, tip: &Tooltip) {
    tooltip.set_inner_html("");
    let add = |tag: &str, class: &str, text: &str| {
        let e = el(tag, class);
        e.set_text_content(Some(text));
        let _ = tooltip.append_child(&e);
    };
    add("div", "label", &tip.label);
    for (i, row) in tip.rows.iter().enumerate() {
        add("span", "sep", if i == 0 { ": " } else { "; " });
        let line = el("div", "figure");
        if let Some(name) = &row.series {
            let key = el("span", "series");
            key.set_text_content(Some(&format!("{name}: ")));
            let _ = line.append_child(&key);
        }
        let value = el("span", "");
        value.set_text_content(Some(&row.figure));
        let _ = line.append_child(&value);
        let _ = tooltip.append_child(&line);
    }
    if let Some(p) = &tip.parts {
        add("span", "sep", ", ");
        add("div", "parts", p);
    }
    if let Some(n) = &tip.note {
        add("span", "sep", ". ");
        add("div", "note", n);
    }
}

/// Above the anchor if it fits, else below the mark; always inside the element's width.
fn place_tooltip(host: &HtmlElement, stage: &HtmlElement, tooltip: &HtmlElement, anchor: (f64, f64), mark_bottom: f64) {
    tooltip.set_hidden(false);
    let host_box = host.get_bounding_client_rect();
    let stage_box = stage.get_bounding_client_rect();
    let (dx, dy) = (stage_box.left() - host_box.left(), stage_box.top() - host_box.top());
    let (w, h) = (f64::from(tooltip.offset_width()), f64::from(tooltip.offset_height()));
    let left = (dx + anchor.0 - w / 2.0).clamp(0.0, (host_box.width() - w).max(0.0));
    let mut top = dy + anchor.1 - h - 10.0;
    // Not above the top of the visible window.
    if top + host_box.top() < 0.0 || top < 0.0 {
        top = dy + mark_bottom + 10.0;
    }
    let style = tooltip.style();
    let _ = style.set_property("left", &format!("{left}px"));
    let _ = style.set_property("top", &format!("{top}px"));
}

