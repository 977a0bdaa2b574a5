//! The state of one element's rendered document and everything the reader does
//! to it: pointer, touch, keyboard, legend. Methods return the host events to
//! send, so they go out only after the state is released.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{HtmlCanvasElement, HtmlElement};

use super::canvas::Canvas;
use super::dom::{device_pixel_ratio, el, set_attr, set_px, set_style, size_canvas, size_drawable, text_el};
use super::events::{detail, ChartStrings, Emit};
use super::measure::CanvasMeasure;
use super::menu::{self, Format, Menu};
use super::cursor::Cursor;
use super::{download, intl, legend, table, tooltip};
use crate::format::{words, DateFormat, NumberFormat, Wording};
use crate::interact::focus::{self, Key};
use crate::interact::window::Window;
use crate::interact::{describe, highlight, ink_bounds, HitIndex, Tooltip};
use crate::layout::{self, ApproxMeasure, Ctx, Mark, Rect, Scene, TextMeasure};
use crate::model::Model;
use crate::render::{self, Device};
use crate::spec::{self, ChartKind};
use crate::theme::Theme;

thread_local! {
    static MEASURE: Option<CanvasMeasure> = CanvasMeasure::new();
}

/// Runs `f` with the page's text measure in `font` (the house font, else the
/// widget's), or estimated widths where the browser gives no canvas.
fn measured<R>(font: Option<&str>, f: impl FnOnce(&dyn TextMeasure) -> R) -> R {
    MEASURE.with(|m| match m {
        Some(m) => {
            m.set_family(font);
            f(m)
        }
        None => f(&ApproxMeasure),
    })
}

pub struct Inner {
    pub host: HtmlElement,
    pub sender: super::events::Sender,
    pub content: HtmlElement,
    pub tooltip: HtmlElement,
    pub live: HtmlElement,
    pub view: Option<View>,
}

pub struct View {
    pub model: Model,
    source: Option<spec::Source>,
    numbers: Rc<dyn NumberFormat>,
    dates: Rc<dyn DateFormat>,
    pub theme_attr: Option<String>,
    theme: Theme,
    width: f64,
    pub charts: Vec<ChartView>,
    /// The tooltip's current elements, updated in place while their layout holds.
    tip: tooltip::Filled,
}

/// How the active datum was chosen: it decides what dismisses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    Pointer,
    Touch,
    Key,
}

pub struct ChartView {
    index: usize,
    stage: HtmlElement,
    pub plot: HtmlCanvasElement,
    pub overlay: HtmlCanvasElement,
    pub legend: Vec<HtmlElement>,
    /// The reader's download menu (PNG, CSV) in the chart's corner.
    pub menu: Menu,
    /// The chart's id and series names for its events, as JS strings.
    strings: ChartStrings,
    shown: Vec<bool>,
    scene: Scene,
    /// The scene's hits indexed for the pointer (binary search on a line's dates).
    lookup: HitIndex,
    active: Option<(usize, By)>,
    /// The datum (item, series) the keyboard reached last: where Tab back in,
    /// an arrow after Escape or after a redraw (a resize) carry on from.
    read: Option<(usize, usize)>,
    /// The source's link, laid over its credit on the canvas (the document's
    /// `source.url`, when this chart carries the credit).
    link: Option<HtmlElement>,
    /// The overlay's 2D context and drawing backend, fetched on the first
    /// highlight after each draw, and the pixel ratio and backing-store size it
    /// was drawn at: a hover then costs no context look-ups.
    pen: Option<Canvas>,
    /// A line's guide and hover dots, made on the first hover after each draw:
    /// a pointer move then writes one style string, and the overlay is left alone.
    cursor: Option<Cursor>,
    /// Device pixels per CSS px of the chart (the screen's ratio times `zoom`).
    dpr: f64,
    /// The CSS zoom the chart is drawn under (`dom::css_zoom`).
    zoom: f64,
    px: (f64, f64),
    /// What the overlay's highlight covers (CSS px): all a hover has to clear.
    inked: Option<Rect>,
    /// The stage's place in the host, read on the first hover after a draw.
    frame: Option<tooltip::Frame>,
    /// The part of a very tall chart its canvases cover (None: all of it).
    window: Option<Window>,
}

impl ChartView {
    /// The hit of the datum the keyboard reached last, in the scene as now
    /// laid out; its item's first if its series was switched off.
    fn last_read(&self) -> Option<usize> {
        let (item, series) = self.read?;
        let hits = &self.scene.hits;
        hits.iter().position(|h| h.item == item && h.series == series).or_else(|| hits.iter().position(|h| h.item == item))
    }

    /// Clears the overlay's highlight: only the box it inked, through the kept
    /// context (a full-canvas clear costs as much as the rest of a hover).
    fn clear_overlay(&mut self) {
        // Only the pen inks, and a draw drops both.
        let (Some(r), Some(pen)) = (self.inked.take(), &self.pen) else { return };
        let d = self.dpr;
        let (x0, y0) = ((r.x * d).floor().max(0.0), (r.y * d).floor().max(0.0));
        let (x1, y1) = ((r.right() * d).ceil().min(self.px.0), (r.bottom() * d).ceil().min(self.px.1));
        pen.clear_rect(x0, y0, x1 - x0, y1 - y0);
    }

    /// Shows the highlight of hit `h`: a line's cursor moved to it, or the
    /// mark's outline drawn on the overlay (remembering what that covers).
    fn highlight(&mut self, h: usize, theme: &Theme) {
        if let Mark::Guide { x, top, bottom, points } = &self.scene.hits[h].mark {
            let (stage, series, dpr) = (&self.stage, self.shown.len().max(1), self.dpr);
            let cursor = self.cursor.get_or_insert_with(|| Cursor::new(stage, series, theme, dpr, *top, *bottom));
            cursor.show(*x, self.scene.points.get(points.clone()).unwrap_or_default());
            return;
        }
        let mut shapes = highlight(&self.scene.hits[h], &self.scene.points, (self.scene.width, self.scene.height));
        if let Some(w) = self.window {
            shapes = w.shapes(&shapes);
        }
        self.inked = ink_bounds(&shapes);
        if self.pen.is_none() {
            self.pen = Canvas::new(&self.overlay);
        }
        if let Some(pen) = self.pen.as_mut() {
            let _ = render::draw(pen, &shapes, theme, Device::canvas(self.dpr));
        }
    }

    /// Sizes the canvases (all of the scene, or its window) and draws the
    /// chart on the plot; the overlay starts empty. Err(None): no canvas this
    /// size draws in this browser; Err(Some(why)): drawing failed.
    fn paint(&mut self, width: f64, dpr: f64, theme: &Theme) -> Result<(), Option<&'static str>> {
        let (top, h) = self.window.map_or((0.0, self.scene.height), |w| (w.top, w.h));
        let Some(dpr) = size_drawable(&self.plot, width, h, dpr) else {
            return Err(None);
        };
        size_canvas(&self.overlay, width, h, dpr);
        (self.inked, self.pen) = (None, None);
        // The backing store's size as `size_canvas` set it, for clearing the overlay.
        (self.dpr, self.px) = (dpr, ((width * dpr).round(), (h * dpr).round()));
        if self.window.is_some() {
            for c in [&self.plot, &self.overlay] {
                set_px(&c.style(), "top", top);
            }
        }
        let mut backend = Canvas::new(&self.plot).ok_or(Some("no 2D context"))?;
        let drawn = match self.window {
            Some(w) => render::draw(&mut backend, &w.shapes(&self.scene.shapes), theme, Device::canvas(dpr)),
            None => render::draw(&mut backend, &self.scene.shapes, theme, Device::canvas(dpr)),
        };
        // The variant's name only, as derived Debug used to print: the
        // release build has no Debug and Display pulls in more formatting.
        drawn.map_err(|e| match e {
            plotters_backend::DrawingErrorKind::DrawingError(_) => Some("DrawingError"),
            plotters_backend::DrawingErrorKind::FontError(_) => Some("FontError"),
        })
    }

    /// The scene's y range on the screen.
    fn on_screen(&self) -> (f64, f64) {
        // Screen px, in the chart's own (zoomed) px.
        let top = -self.stage.get_bounding_client_rect().top() / self.zoom;
        let view_h = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(800.0) / self.zoom;
        (top, top + view_h)
    }

    /// Moves a tall chart's window to where the page now shows it, redrawing
    /// the chart and the active datum's highlight there.
    fn follow(&mut self, width: f64, theme: &Theme) {
        let Some(w) = self.window else { return };
        let Some(top) = w.follow(self.on_screen(), self.scene.height) else { return };
        self.window = Some(Window { top, ..w });
        let _ = self.paint(width, device_pixel_ratio() * self.zoom, theme);
        if let Some((h, _)) = self.active {
            self.highlight(h, theme);
        }
    }

    /// A datum chosen by key off the screen (a chart taller than the phone's
    /// screen): the page scrolls it into view, a third down the screen; a
    /// windowed chart's window follows the scroll.
    fn reveal(&self, h: usize) {
        let (top, bottom) = self.on_screen();
        let a = self.scene.hits[h].avoid;
        if a.y < top || a.bottom() > bottom {
            if let Some(w) = web_sys::window() {
                w.scroll_by_with_x_and_y(0.0, (a.y - top - (bottom - top) / 3.0) * self.zoom);
            }
        }
    }

    /// Hides a line's cursor (the overlay's highlight is `clear_overlay`'s).
    fn hide_cursor(&mut self) {
        if let Some(c) = self.cursor.as_mut() {
            c.hide();
        }
    }
}

/// The square kept free for the download button in a bare chart's bottom
/// right corner (the button is 32 px, 40 for touch).
const MENU_CORNER: f64 = 40.0;

/// An address a credit may link to: the web's own (never `javascript:` or
/// `data:`, which a document could otherwise run on the page).
fn web_address(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") { &url[8..] } else if lower.starts_with("http://") { &url[7..] } else { return false };
    // A host to go to («https://» alone is none), and no control characters.
    !rest.is_empty() && !rest.starts_with('/') && !url.chars().any(char::is_control)
}

/// A chart with no title, subtitle or legend: a row above it for the download
/// button alone would be an empty band, so the button goes beside the footer.
fn is_bare(chart: &crate::model::ChartModel, legend: bool) -> bool {
    chart.title.is_none() && chart.subtitle.is_none() && !legend
}

impl Inner {
    pub fn build(&mut self, model: Model, source: Option<spec::Source>, selected: &[usize], whole: bool, theme_attr: Option<String>) -> Result<(), JsValue> {
        super::dom::clear(&self.content);
        self.tooltip.set_hidden(true);
        let dark = self.judge_theme(theme_attr.as_deref());
        let theme = super::theme::resolve(&self.host, dark);
        let a11y = words::a11y(model.lang);
        // The widget's own words (kind names, table headers, «нет данных») in
        // their language, whatever the page's: screen readers switch voice by it.
        // The tooltip and the live region sit outside the content, and say them too.
        for e in [&self.content, &self.tooltip, &self.live] {
            set_attr(&e, "lang", model.lang.tag());
        }
        // The page's outline: `heading-level="3"` makes the document's title a
        // level-3 heading and its charts' level 4 (a chart alone: level 3);
        // without it, h2 and h3 as they are.
        let top = match self.host.get_attribute("heading-level").as_deref().map(str::trim) {
            Some(l @ ("1" | "2" | "3" | "4" | "5" | "6")) => Some(l.as_bytes()[0] - b'0'),
            // An empty attribute (a template's field) is none; anything else is said, as a wrong `theme` is.
            Some(l) if !l.is_empty() => {
                web_sys::console::warn_1(&crate::format::cat(&["newsplot: heading-level \"", l, "\" is not 1–6; ignored"]).into());
                None
            }
            _ => None,
        };
        let titled = whole && model.title.is_some();
        let chart_level = top.map(|l| (l + u8::from(titled)).min(6));
        let level = |h: &HtmlElement, l: Option<u8>| {
            if let Some(l) = l {
                set_attr(&h, "aria-level", &crate::format::decimal::uint(u64::from(l)));
            }
        };
        if whole && (model.title.is_some() || model.subtitle.is_some()) {
            let head = el("div", "head");
            if let Some(t) = &model.title {
                let h = text_el("h2", "", t);
                level(&h, top);
                head.append_child(&h)?;
            }
            if let Some(s) = &model.subtitle {
                head.append_child(&text_el("p", "", s))?;
            }
            self.content.append_child(&head)?;
        }
        let (numbers, dates) = intl::formatters(model.lang, model.dates);
        let words = Wording::new(model.lang, numbers.as_ref()).with_dates(dates.as_ref());
        let mut charts = Vec::new();
        for (k, &index) in selected.iter().enumerate() {
            let chart = &model.charts[index];
            let figure = el("figure", "");
            figure.set_attribute("data-chart", &chart.id)?;
            let shown = vec![true; chart.series.len()];
            if chart.title.is_some() || chart.subtitle.is_some() {
                let head = el("div", "chart-head");
                if let Some(t) = &chart.title {
                    let h = text_el("h3", "", t);
                    level(&h, chart_level);
                    head.append_child(&h)?;
                }
                if let Some(s) = &chart.subtitle {
                    head.append_child(&text_el("p", "", s))?;
                }
                figure.append_child(&head)?;
            }
            // Donuts list their slices on the canvas; charts with series get buttons.
            let legend = if !chart.series.is_empty() && chart.kind != ChartKind::Donut {
                let (group, buttons) = legend::build(&chart.series, &shown, &theme, a11y.legend);
                figure.append_child(&group)?;
                buttons
            } else {
                Vec::new()
            };
            let stage = el("div", "stage");
            let plot: HtmlCanvasElement = wasm_bindgen::JsCast::unchecked_into(el("canvas", "plot"));
            plot.set_attribute("role", "img")?;
            plot.set_attribute("tabindex", "0")?;
            plot.set_attribute("aria-keyshortcuts", "ArrowLeft ArrowRight ArrowUp ArrowDown Home End Escape")?;
            let overlay: HtmlCanvasElement = wasm_bindgen::JsCast::unchecked_into(el("canvas", "overlay"));
            overlay.set_attribute("aria-hidden", "true")?;
            stage.append_child(&plot)?;
            stage.append_child(&overlay)?;
            figure.append_child(&stage)?;
            // Hidden from sight, in the stage so that a screen reader reads
            // the canvas, its table, the note and then the credit's link.
            stage.append_child(&table::build(&crate::interact::page_table(chart, &words, crate::interact::PAGE_ROWS)))?;
            // The note and source credit are drawn on the canvas, which screen
            // readers do not read: the same words after the table, for them;
            // a credit with a web address as a link over its canvas text,
            // which a pointer, the keyboard and a screen reader all reach.
            let credited = layout::credit(&words, source.as_ref()).filter(|_| k + 1 == selected.len() || is_bare(chart, !legend.is_empty()));
            let link = match (&credited, source.as_ref().and_then(|s| s.url.as_deref()).filter(|u| web_address(u))) {
                (Some(credit), Some(url)) => {
                    let a = text_el("a", "source", credit);
                    a.set_attribute("href", url)?;
                    a.set_attribute("target", "_blank")?;
                    a.set_attribute("rel", "noopener")?;
                    Some(a)
                }
                _ => None,
            };
            let mut footer = chart.note.clone().unwrap_or_default();
            if let Some(credit) = credited.filter(|_| link.is_none()) {
                if !footer.is_empty() {
                    // «…полиции. Источник», not «…полиции.. Источник».
                    footer.push_str(if footer.ends_with(['.', '!', '?', '…']) { " " } else { ". " });
                }
                footer.push_str(&credit);
            }
            if !footer.is_empty() {
                stage.append_child(&text_el("p", "sr", &footer))?;
            }
            if let Some(a) = &link {
                stage.append_child(a)?;
            }
            // Last in reading and Tab order; the stylesheet puts it in the top
            // corner, or the bottom one (beside the source) of a bare chart.
            // Named by the chart's title, else by its kind, as its table's
            // caption: among several «Скачать» buttons a reader knows which.
            let menu = menu::build(words::download(model.lang), Some(chart.title.as_deref().unwrap_or(words::kind_name(model.lang, chart.kind))));
            if is_bare(chart, !legend.is_empty()) {
                figure.set_class_name("bare");
            }
            figure.append_child(&menu.root)?;
            self.content.append_child(&figure)?;
            charts.push(ChartView { index, strings: ChartStrings::new(chart), stage, plot, overlay, legend, menu, shown, scene: Scene::default(), lookup: HitIndex::default(), active: None, read: None, link, pen: None, dpr: 1.0, zoom: 1.0, px: (0.0, 0.0), inked: None, frame: None, cursor: None, window: None });
        }
        self.view = Some(View { model, source, numbers, dates, theme_attr, theme, width: 0.0, charts, tip: tooltip::Filled::default() });
        Ok(())
    }

    /// The content's width changed: lay everything out again.
    pub fn resized(&mut self) {
        let width = f64::from(self.content.client_width());
        if self.view.as_ref().is_some_and(|v| (v.width - width).abs() >= 1.0) {
            let _ = self.draw_all(Some(width));
        }
    }

    /// The reader's colour scheme changed: recolour (no new layout needed, but
    /// the legend swatches and host overrides are re-read too).
    /// `always`: false when the page merely changed (a class on `<body>`, which
    /// some sites toggle on every scroll): nothing is redrawn unless the theme
    /// it reads now differs.
    pub fn recolour(&mut self, always: bool) {
        let Some(view) = self.view.as_mut() else {
            // An error in place of the charts: its text follows the page too.
            self.judge_theme(self.host.get_attribute("theme").as_deref());
            return;
        };
        let dark = super::theme::is_dark(view.theme_attr.as_deref(), &self.host);
        let theme = super::theme::resolve(&self.host, dark);
        if !always && theme == view.theme {
            return;
        }
        set_attr(&self.host, "data-newsplot-theme", if dark { "dark" } else { "light" });
        view.theme = theme;
        for cv in &view.charts {
            for (s, b) in cv.legend.iter().enumerate() {
                set_style(&b.style(), "--swatch", view.theme.series_hex(s));
            }
        }
        // A redraw, as after a resize: an open tooltip closes (the switch is
        // the reader's click elsewhere, or the system's scheme changing).
        let _ = self.draw_all(None);
    }

    /// Sets `data-newsplot-theme` as the element's `theme` attribute, else the page
    /// around it, says; returns whether it is dark. (Not `data-theme`: site CSS
    /// and kits such as daisyUI style every `[data-theme]` element.)
    pub fn judge_theme(&self, attr: Option<&str>) -> bool {
        let dark = super::theme::is_dark(attr, &self.host);
        set_attr(&self.host, "data-newsplot-theme", if dark { "dark" } else { "light" });
        dark
    }

    /// Draws every chart; Err names a chart the browser would not draw (no 2D
    /// context: too large a canvas, or a broken page), so nothing shows half-drawn.
    /// `width`: the content's width when the caller knows it, else read here.
    pub fn draw_all(&mut self, width: Option<f64>) -> Result<(), String> {
        let n = self.view.as_ref().map_or(0, |v| v.charts.len());
        self.tooltip.set_hidden(true);
        let width = width.unwrap_or_else(|| f64::from(self.content.client_width()));
        (0..n).try_for_each(|i| self.draw_chart(i, width))
    }

    /// Lays out and draws chart `i` at the content's width and the screen's pixel ratio.
    fn draw_chart(&mut self, i: usize, width: f64) -> Result<(), String> {
        // Not laid out (display: none, detached): a column's usual width.
        let width = if width >= 1.0 { width } else { 640.0 };
        // Under zoom (a reader's larger text) a CSS px covers more device pixels.
        let zoom = super::dom::css_zoom(&self.content);
        let dpr = device_pixel_ratio() * zoom;
        let Some(view) = self.view.as_mut() else { return Ok(()) };
        view.width = width;
        let last_chart = i + 1 == view.charts.len();
        let Some(cv) = view.charts.get_mut(i) else { return Ok(()) };
        cv.zoom = zoom;
        let words = Wording::new(view.model.lang, view.numbers.as_ref()).with_dates(view.dates.as_ref());
        let bare = is_bare(&view.model.charts[cv.index], !cv.legend.is_empty());
        // One document's charts share its source: credited once, under the last
        // (and beside a bare chart's button; a chart's PNG keeps its own credit).
        let last = last_chart;
        cv.scene = measured(view.theme.font.as_deref(), |measure| {
            // A bare chart keeps its credit: its download button stands beside it.
            let cx = Ctx { measure, words: &words, source: if last || bare { view.source.as_ref() } else { None }, shown: &cv.shown, legend: false, corner: if bare { MENU_CORNER } else { 0.0 } };
            layout::chart(&view.model, cv.index, &cx, width)
        });
        if let Some(a) = &cv.link {
            let r = cv.scene.credit.unwrap_or_default();
            let px = |v: f64| crate::format::decimal::shortest(v) + "px";
            a.style().set_css_text(&crate::format::cat(&["left:", &px(r.x), ";top:", &px(r.y), ";width:", &px(r.w), ";height:", &px(r.h)]));
            a.set_hidden(cv.scene.credit.is_none());
        }
        if bare {
            // Level with the footer's first line, in the corner layout kept free.
            set_px(&cv.menu.root.style(), "top", cv.scene.foot + 4.0);
        }
        cv.lookup = HitIndex::new(&cv.scene.hits);
        cv.active = None;
        // Resizing the canvases below wipes the overlay and may move the stage.
        // (Sizing also resets the context's state, which the pen remembers.)
        (cv.inked, cv.frame, cv.pen) = (None, None, None);
        if let Some(c) = cv.cursor.take() {
            c.remove();
        }
        // Named as drawn: a column chart too narrow for its names is read as bars.
        // The kind is said once, first in the name: an `aria-roledescription`
        // of it too was read again after the name («…диаграмма «…»: …, …диаграмма»).
        let chart = &view.model.charts[cv.index];
        let kind = cv.scene.kind.unwrap_or(chart.kind);
        set_attr(&cv.plot, "aria-label", &describe(chart, kind, &words, &cv.shown));
        // A chart of hundreds of rows is drawn in a window that follows the screen.
        let stage = cv.stage.style();
        cv.window = None;
        if crate::interact::window::needed(width, cv.scene.height, dpr) {
            set_px(&stage, "height", cv.scene.height);
            set_attr(&cv.stage, "data-window", "");
            let seen = cv.on_screen();
            let mut w = Window::new(seen.1 - seen.0, cv.scene.height);
            w.top = w.follow(seen, cv.scene.height).unwrap_or(0.0);
            cv.window = Some(w);
        } else {
            let _ = stage.remove_property("height");
            let _ = cv.stage.remove_attribute("data-window");
            for c in [&cv.plot, &cv.overlay] {
                let _ = c.style().remove_property("top");
            }
        }
        let id = &view.model.charts[cv.index].id;
        cv.paint(width, dpr, &view.theme).map_err(|why| match why {
            None => words::too_tall(view.model.lang, id, chart.items.len(), &view.numbers.exact(chart.items.len() as f64)),
            Some(kind) => crate::format::cat(&["internal error: drawing chart \"", id, "\" failed: ", kind]),
        })
    }

    /// The page scrolled: tall charts' windows follow it.
    pub fn scrolled(&mut self) {
        let Some(view) = self.view.as_mut() else { return };
        for cv in &mut view.charts {
            // The tooltip's frame holds the host's place in the window.
            cv.frame = None;
        }
        for cv in view.charts.iter_mut().filter(|c| c.window.is_some()) {
            cv.follow(view.width, &view.theme);
        }
    }

    /// Makes hit `hit` of chart `i` the active datum (None: nothing), redrawing
    /// only the overlay, and only when it changed.
    fn activate(&mut self, i: usize, hit: Option<usize>, by: By) -> Vec<Emit> {
        let Some(view) = self.view.as_mut() else { return Vec::new() };
        // One tooltip per element: whatever another chart showed goes, the
        // tooltip with it (a tap on this chart's blank corner after a slice
        // of another left it standing, and nothing active to dismiss it).
        for (j, other) in view.charts.iter_mut().enumerate() {
            if j != i && other.active.take().is_some() {
                other.clear_overlay();
                other.hide_cursor();
                self.tooltip.set_hidden(true);
            }
        }
        let Some(cv) = view.charts.get_mut(i) else { return Vec::new() };
        let next = hit.filter(|h| *h < cv.scene.hits.len()).map(|h| (h, by));
        if next.map(|n| n.0) == cv.active.map(|a| a.0) {
            cv.active = next;
            return Vec::new();
        }
        let prev_item = cv.active.and_then(|(h, _)| cv.scene.hits.get(h)).map(|h| h.item);
        cv.active = next;
        cv.clear_overlay();
        let Some((h, _)) = next else {
            cv.hide_cursor();
            self.tooltip.set_hidden(true);
            return Vec::new();
        };
        cv.highlight(h, &view.theme);
        if by == By::Key {
            cv.reveal(h);
            cv.read = Some((cv.scene.hits[h].item, cv.scene.hits[h].series));
        }
        // Read before the tooltip's text changes, while the page's layout is clean.
        let frame = *cv.frame.get_or_insert_with(|| tooltip::Frame::read(&self.host, &cv.stage, cv.zoom));
        let hit = &cv.scene.hits[h];
        let words = Wording::new(view.model.lang, view.numbers.as_ref()).with_dates(view.dates.as_ref());
        let chart = &view.model.charts[cv.index];
        if let Some(tip) = Tooltip::with_shown(chart, hit.item, hit.series, &words, &cv.shown) {
            tooltip::fill(&self.tooltip, &tip, &mut view.tip, &view.theme);
            let beside = match hit.mark {
                crate::layout::Mark::Guide { top, bottom, .. } => Some((&cv.scene.points[..], top, bottom)),
                _ => None,
            };
            // In the hole, over its total if it has one, hiding all of it.
            let hole = match hit.mark {
                crate::layout::Mark::Sector(s) => Some((s, measured(view.theme.font.as_deref(), |m| crate::interact::tooltip::held(&cv.scene.shapes, &s, m)))),
                _ => None,
            };
            tooltip::place(&self.host, frame, &self.tooltip, &mut view.tip, (hit.anchor, hit.avoid, hole, cv.scene.kind, (&cv.scene.rows, hit.item, by != By::Pointer)), beside);
            if by == By::Key {
                // Within a stack, whose tooltip reads the same for each segment,
                // the arrows' new segment alone; else the whole tooltip.
                let within = prev_item == Some(hit.item);
                let said = tip.current_text().filter(|_| within).unwrap_or_else(|| tip.text());
                self.live.set_text_content(Some(&said));
                set_attr(&self.tooltip, "data-key", "");
                view.tip.keyed = Some(true);
            } else if view.tip.keyed != Some(false) {
                let _ = self.tooltip.remove_attribute("data-key");
                view.tip.keyed = Some(false);
            }
        }
        detail("newsplot:hover", chart, &cv.strings, hit.item, hit.series).into_iter().collect()
    }

    fn active_hit(&self, i: usize) -> Option<(usize, By)> {
        self.view.as_ref()?.charts.get(i)?.active
    }

    /// The select event for chart `i`'s active datum.
    fn select(&self, i: usize) -> Option<Emit> {
        let view = self.view.as_ref()?;
        let cv = view.charts.get(i)?;
        let hit = cv.scene.hits.get(cv.active?.0)?;
        detail("newsplot:select", &view.model.charts[cv.index], &cv.strings, hit.item, hit.series)
    }

    fn hit_at(&self, i: usize, x: f64, y: f64) -> Option<usize> {
        let cv = self.view.as_ref()?.charts.get(i)?;
        // (x, y) on the overlay, which covers a tall chart's window only; the
        // pointer's offsets are screen px, zoomed.
        let (x, y) = (x / cv.zoom, y / cv.zoom);
        cv.lookup.at(&cv.scene.hits, x, y + cv.window.map_or(0.0, |w| w.top))
    }

    pub fn pointer_move(&mut self, i: usize, x: f64, y: f64) -> Vec<Emit> {
        // A tapped datum stays until the next tap, not the next stray move.
        if matches!(self.active_hit(i), Some((_, By::Touch | By::Key))) {
            return Vec::new();
        }
        let hit = self.hit_at(i, x, y);
        self.activate(i, hit, By::Pointer)
    }

    /// The mouse left the chart (`into_tooltip`: onto the tooltip, which keeps it).
    pub fn pointer_leave(&mut self, i: usize, into_tooltip: bool) -> Vec<Emit> {
        match self.active_hit(i) {
            Some((_, By::Pointer)) if !into_tooltip => self.activate(i, None, By::Pointer),
            _ => Vec::new(),
        }
    }

    /// A finger dragged sideways over the chart: what is under it, as a tap
    /// would show (kept over an empty spot: the last datum stays).
    pub fn scrub(&mut self, i: usize, x: f64, y: f64) -> Vec<Emit> {
        match self.hit_at(i, x, y) {
            Some(hit) => self.activate(i, Some(hit), By::Touch),
            None => Vec::new(),
        }
    }

    /// A tap: show what is under the finger, or dismiss on an empty spot.
    pub fn tap(&mut self, i: usize, x: f64, y: f64) -> Vec<Emit> {
        let hit = self.hit_at(i, x, y);
        let mut out = self.activate(i, hit, By::Touch);
        out.extend(self.select(i));
        out
    }

    pub fn click(&mut self, i: usize) -> Vec<Emit> {
        self.select(i).into_iter().collect()
    }

    /// A key on a focused chart; the bool says whether it was ours (prevent default).
    pub fn key(&mut self, i: usize, key: &str) -> (bool, Vec<Emit>) {
        match key {
            "Escape" => (true, self.activate(i, None, By::Key)),
            "Enter" | " " => (true, self.select(i).into_iter().collect()),
            _ => {
                let Some(k) = Key::from_dom(key) else { return (false, Vec::new()) };
                let Some(view) = self.view.as_ref() else { return (false, Vec::new()) };
                let Some(cv) = view.charts.get(i) else { return (false, Vec::new()) };
                // Up goes up the stack a column draws from its first series at the bottom.
                let chart = &view.model.charts[cv.index];
                let k = if chart.stacked && cv.scene.kind.unwrap_or(chart.kind) == ChartKind::Bar { k.upside_down() } else { k };
                let next = focus::step(&cv.scene.hits, cv.active.map(|a| a.0).or_else(|| cv.last_read()), k);
                if matches!(k, Key::Next | Key::Prev) && next.is_some() && next == cv.active.map(|a| a.0) {
                    self.live.set_text_content(Some(words::edge(view.model.lang, k == Key::Next)));
                    return (true, Vec::new());
                }
                (true, self.activate(i, next, By::Key))
            }
        }
    }

    /// Focus arrived on chart `i`: show its first datum, as the arrows would.
    pub fn focus(&mut self, i: usize) -> Vec<Emit> {
        if self.active_hit(i).is_some() {
            return Vec::new();
        }
        // Back where the reader left it (Tab out and in), else the first datum.
        let at = self.view.as_ref().and_then(|v| v.charts.get(i)).and_then(|cv| cv.last_read().or_else(|| focus::step(&cv.scene.hits, None, Key::Home)));
        self.activate(i, at, By::Key)
    }

    pub fn blur(&mut self, i: usize) -> Vec<Emit> {
        match self.active_hit(i) {
            Some((_, By::Key)) => self.activate(i, None, By::Key),
            _ => Vec::new(),
        }
    }

    /// Escape anywhere, or a tap outside the element: hide whatever is shown.
    pub fn dismiss(&mut self) {
        let n = self.view.as_ref().map_or(0, |v| v.charts.len());
        for i in 0..n {
            if self.active_hit(i).is_some() {
                self.activate(i, None, By::Pointer);
            }
        }
    }

    /// The download menu's pick for chart `i`: its data as CSV, or a PNG of its
    /// static scene (title, legend and credit drawn in) at the chart's width,
    /// with the series the reader left on.
    pub fn download(&self, i: usize, format: Format) -> Vec<Emit> {
        let Some(view) = self.view.as_ref() else { return Vec::new() };
        let Some(cv) = view.charts.get(i) else { return Vec::new() };
        let chart = &view.model.charts[cv.index];
        match format {
            Format::Csv => download::csv(&cv.stage, chart, view.model.lang),
            Format::Png => {
                let words = Wording::new(view.model.lang, view.numbers.as_ref()).with_dates(view.dates.as_ref());
                let scene = measured(view.theme.font.as_deref(), |measure| {
                    let cx = Ctx { measure, words: &words, source: view.source.as_ref(), shown: &cv.shown, legend: true, corner: 0.0 };
                    layout::chart(&view.model, cv.index, &cx, view.width)
                });
                download::png(&cv.stage, &scene, &view.theme, &chart.id);
            }
        }
        vec![super::events::download(&chart.id, format.code())]
    }

    /// A legend button: switch series `s` of chart `i`; the scale follows.
    pub fn toggle_series(&mut self, i: usize, s: usize) {
        let Some(cv) = self.view.as_mut().and_then(|v| v.charts.get_mut(i)) else { return };
        if crate::interact::legend::toggle(&mut cv.shown, s) {
            legend::mark(&cv.legend, &cv.shown);
            self.tooltip.set_hidden(true);
            let _ = self.draw_chart(i, f64::from(self.content.client_width()));
        }
    }
}
