//! The tooltip element: its lines (text nodes only) and where it goes.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Node};

use super::dom::{append, document, el, set_attr, set_style};
use crate::format::{cat, int};
use crate::interact::Tooltip;
use crate::layout::Rect;
use crate::spec::ChartKind;

/// What the tooltip element holds: its layout (which rows have a series name,
/// whether parts and a note follow) and its text nodes with their text, so the
/// next datum of the same layout (a line's next date) only changes the text
/// that differs, in place, instead of rebuilding the elements.
#[derive(Default)]
pub struct Filled {
    layout: Option<(Vec<RowLayout>, bool, bool)>,
    texts: Vec<(Node, String)>,
    /// The size measured after the last rebuild: the same rows keep it, so a
    /// line's next date is placed without forcing a layout to measure it.
    size: Option<(f64, f64)>,
    /// Whether it is set up to stand beside a line's guide (None: not yet either way).
    beside: Option<bool>,
    /// Beside a guide on a phone: across the chart's width instead.
    wide: bool,
    /// Which of a line's tooltip heights was chosen last ([`crate::interact::freest`]).
    spot: usize,
    /// Whether the tooltip carries `data-key` (None: not known), so a pointer
    /// move does not remove an attribute that is not there.
    pub keyed: Option<bool>,
}

/// A row's shape: whether it names a series, the series whose colour it
/// shows, whether it is the stack's segment pointed at.
type RowLayout = (bool, Option<usize>, bool);

/// Fills the tooltip. Hidden separators make its text read as one sentence
/// (`Label: figure, parts`) for assistive technology and for copying.
pub fn fill(tooltip: &HtmlElement, tip: &Tooltip, filled: &mut Filled, theme: &crate::theme::Theme) {
    let layout = (tip.rows.iter().map(|r| (r.series.is_some(), r.key, r.current)).collect::<Vec<_>>(), tip.parts.is_some(), tip.note.is_some());
    let mut texts: Vec<String> = vec![tip.label.clone()];
    for row in &tip.rows {
        if let Some(name) = &row.series {
            texts.push(cat(&[name, ": "]));
        }
        texts.push(unbroken(&row.figure));
    }
    texts.extend(tip.parts.iter().cloned());
    texts.extend(tip.note.iter().cloned());
    if filled.layout.as_ref() == Some(&layout) && filled.texts.len() == texts.len() {
        for ((node, old), new) in filled.texts.iter_mut().zip(texts) {
            if *old != new {
                node.set_node_value(Some(&new));
                *old = new;
            }
        }
        return;
    }
    super::dom::clear(tooltip);
    let mut nodes: Vec<(Node, String)> = Vec::with_capacity(texts.len());
    let mut texts = texts.into_iter();
    // An element holding the next text as its own text node, kept for updates.
    let mut holder = |tag: &str, class: &str| {
        let e = el(tag, class);
        let t = texts.next().unwrap_or_default();
        let node: Node = document().create_text_node(&t).unchecked_into();
        append(&e, &node);
        nodes.push((node, t));
        e
    };
    let add = |e: &HtmlElement| {
        append(&tooltip, e);
    };
    let sep = |text: &str| {
        let e = el("span", "sep");
        e.set_text_content(Some(text));
        e
    };
    add(&holder("div", "label"));
    for (i, row) in tip.rows.iter().enumerate() {
        add(&sep(if i == 0 { ": " } else { "; " }));
        let line = el("div", if row.current { "figure current" } else { "figure" });
        // The series' colour, as its line or bars and its legend button show it.
        if let Some(s) = row.key {
            let key = el("span", "key");
            set_style(&key.style(), "--swatch", theme.series_hex(s));
            set_attr(&key, "aria-hidden", "true");
            append(&line, &key);
        }
        if row.series.is_some() {
            append(&line, &holder("span", "series"));
        }
        append(&line, &holder("span", ""));
        add(&line);
    }
    if tip.parts.is_some() {
        add(&sep(", "));
        add(&holder("div", "parts"));
    }
    if tip.note.is_some() {
        add(&sep(". "));
        add(&holder("div", "note"));
    }
    *filled = Filled { layout: Some(layout), texts: nodes, size: None, beside: filled.beside, wide: filled.wide, spot: filled.spot, keyed: filled.keyed };
}

/// Where the stage sits in the host, and their sizes (CSS px): read once after
/// each draw, so placing the tooltip on a pointer move reads no layout.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    dx: f64,
    dy: f64,
    host_w: f64,
    stage_h: f64,
    /// The host's top in the window and the window's height (read again after a scroll).
    host_top: f64,
    view_h: f64,
    /// The CSS zoom the chart and tooltip are under: rects come in screen px,
    /// and everything here is in the chart's own px (screen px / zoom).
    zoom: f64,
}

impl Frame {
    pub fn read(host: &HtmlElement, stage: &HtmlElement, zoom: f64) -> Frame {
        let (h, s) = (host.get_bounding_client_rect(), stage.get_bounding_client_rect());
        let view_h = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(f64::INFINITY);
        let z = |v: f64| v / zoom;
        Frame { dx: z(s.left() - h.left()), dy: z(s.top() - h.top()), host_w: z(h.width()), stage_h: z(s.height()), host_top: z(h.top()), view_h: z(view_h), zoom }
    }

    /// `top` (host px) moved into the window, if a tooltip `h` tall fits there.
    fn seen(&self, top: f64, h: f64) -> f64 {
        // Taller than the window: its top (the date, the first rows) at the window's.
        if h <= self.view_h { top.clamp(-self.host_top, self.view_h - self.host_top - h) } else { -self.host_top }
    }
}

/// Shows the tooltip next to `anchor` (stage coordinates) without covering
/// `avoid`, where `interact::tooltip::spot` puts it (beside a column, above or
/// under a row, a slice or a tile), narrowed first if it says so; a donut
/// slice's (`hole`: the slice, and the size of what its hole holds) in the
/// ring's hole if it fits there ([`crate::interact::tooltip::in_hole`]), else
/// over the hole and the other slices if it keeps off this one (`over_hole`);
/// either way at least as large as the hole's total, which it hides; a
/// `tile`'s over the tile itself if it fits there; a horizontal bar's beside
/// its row's end if there is room (`rows`: [`crate::layout::Scene::rows`],
/// which is its own, and whether it may stand apart from its row).
/// `beside`: a line chart's guide (the scene's guide points and the guide's
/// top and bottom), which the tooltip stands next to, not over, towards the
/// roomier side, so neither the points on the guide nor the legend above the
/// chart are covered (on a phone: across the plot's top or bottom, away from
/// the points); of centred on the points, at the plot's top or at its foot,
/// at the height covering fewest points around them ([`crate::interact::freest`]).
/// That case runs on every pointer move, so it reads no layout: the tooltip
/// is right-aligned to its spot by a transform instead of by its measured
/// width, kept inside by a max-width, and placed by the size measured once
/// per tooltip layout.
pub fn place(
    host: &HtmlElement,
    frame: Frame,
    tooltip: &HtmlElement,
    filled: &mut Filled,
    (anchor, avoid, hole, kind, rows): ((f64, f64), Rect, Option<(crate::layout::Sector, (f64, f64))>, Option<ChartKind>, (&[Rect], usize, bool)),
    beside: Option<(&[(f64, f64, usize)], f64, f64)>,
) {
    let Frame { dx, dy, host_w, stage_h, .. } = frame;
    tooltip.set_hidden(false);
    let style = tooltip.style();
    if let Some((points, plot_top, plot_bottom)) = beside {
        // On a phone half the width beside the guide wraps a date and a note
        // into a narrow column: the tooltip spans the chart instead, at the
        // plot's top or bottom, away from the points it describes.
        let wide = host_w < WIDE_BELOW;
        if filled.beside != Some(true) || filled.wide != wide {
            // Pinned to the host's corner and moved by a transform alone; the
            // class's max-width (half the host) keeps either side inside.
            tooltip.set_class_name(if wide { "beside wide" } else { "beside" });
            style.set_css_text("");
            (filled.beside, filled.wide, filled.size) = (Some(true), wide, None);
        }
        let (w, h) = match filled.size {
            Some(size) => size,
            None => {
                let size = (f64::from(tooltip.offset_width()), f64::from(tooltip.offset_height()));
                filled.size = Some(size);
                size
            }
        };
        // On the stage, and in the window (a short one: a phone held
        // sideways, 400 % zoom) even if that takes it off the stage.
        if wide {
            // Off the hovered points: at the stage's edge away from them, or
            // over the chart's head or foot if the window shows it there.
            let top = crate::interact::across((dy, dy + stage_h), h, (dy + avoid.y, dy + avoid.bottom()), |t| frame.seen(t, h));
            set_style(&style, "transform", cat(&["translateY(", &pxs(top), "px)"]));
            return;
        }
        let x = dx + anchor.0;
        let (left, shift, span) = if x > host_w / 2.0 {
            (x - 14.0, " translateX(-100%)", (anchor.0 - 14.0 - w, anchor.0 - 14.0))
        } else {
            (x + 14.0, "", (anchor.0 + 14.0, anchor.0 + 14.0 + w))
        };
        // Each height as the window will show it, so the one judged free is
        // where the tooltip lands (a chart half scrolled off pushes it in).
        let seen = |top: f64| frame.seen(dy + top.clamp(0.0, (stage_h - h).max(0.0)), h) - dy;
        let tops = [seen(avoid.y + avoid.h / 2.0 - h / 2.0), seen(plot_top), seen(plot_bottom - h)];
        filled.spot = crate::interact::freest(points, span, h, tops, filled.spot);
        let top = dy + tops[filled.spot];
        set_style(&style, "transform", cat(&["translate(", &pxs(left), "px,", &pxs(top), "px)", shift]));
        return;
    }
    if filled.beside != Some(false) {
        tooltip.set_class_name("");
        filled.beside = Some(false);
    }
    // Bars and slices: a new spot only when the pointer reaches another datum,
    // so measuring is affordable here.
    style.set_css_text("left:0;top:0");
    let (host_top, view_h) = (host.get_bounding_client_rect().top() / frame.zoom, frame.view_h);
    // Fractional sizes, rounded up with a pixel to spare for the rounded left:
    // offsetWidth rounds down as often as up, and a box placed in exactly that
    // much room wraps a line more, taller than measured (off a short window).
    let measure = || {
        let r = tooltip.get_bounding_client_rect();
        ((r.width() / frame.zoom).ceil() + 1.0, (r.height() / frame.zoom).ceil())
    };
    // A hole's total is avoided whole where the tooltip cannot cover it: a
    // tooltip half over «5 068» is worse than either.
    let avoid = match hole {
        Some((s, (w, h))) if w > 0.0 => {
            let (x, y) = (avoid.x.min(s.cx - w / 2.0), avoid.y.min(s.cy - h / 2.0));
            Rect::new(x, y, avoid.right().max(s.cx + w / 2.0) - x, avoid.bottom().max(s.cy + h / 2.0) - y)
        }
        _ => avoid,
    };
    let find = |size, rows| crate::interact::tooltip::spot((dx, dy), (host_w, stage_h), size, anchor, avoid, (host_top, view_h), rows);
    let size = measure();
    // Narrowed to `w` px (its name wraps), the size it then takes; None if a
    // word or figure longer than the line runs out of it (into the padding,
    // or past the border).
    let narrowed = |w: i64| {
        style.set_css_text(&cat(&["left:0;top:0;max-width:", &int(w, 0), "px"]));
        let mut whole = true;
        let mut line = tooltip.first_element_child();
        while let Some(l) = line {
            // (The hidden separators are 1 px boxes by design.)
            whole &= l.class_name() == "sep" || l.scroll_width() <= l.client_width();
            line = l.next_element_sibling();
        }
        whole.then(measure)
    };
    if let Some((slice, held)) = hole {
        use crate::interact::tooltip::covering;
        // At least as large as what the hole holds (its total): none of it
        // shows round the tooltip.
        let min = if held.0 > 0.0 { cat(&[";min-width:", &pxs(held.0), "px;min-height:", &pxs(held.1), "px"]) } else { String::new() };
        let fit = |size| crate::interact::tooltip::in_hole((dx, dy), covering(size, held), slice, (host_top, view_h));
        // Too wide for the hole: narrowed to the hole's width a line lower
        // down, its name wraps (a one-word name that cannot goes elsewhere).
        let (r, h) = (slice.r_inner - 3.0, covering((0.0, size.1 + 20.0), held).1);
        let width = px(2.0 * (r * r - h * h / 4.0).max(0.0).sqrt());
        let (spot, narrow) = match fit(size) {
            Some(spot) => (Some(spot), String::new()),
            None if width >= 80 && width as f64 >= held.0 => (narrowed(width).and_then(fit), cat(&[";max-width:", &int(width, 0), "px"])),
            None => (None, String::new()),
        };
        if let Some(spot) = spot {
            style.set_css_text(&cat(&["left:", &pxs(spot.left), "px;top:", &pxs(spot.top), "px", &narrow, &min]));
            return;
        }
        // As measured first; over the hole and the ring's other slices if
        // that keeps off the hovered one.
        style.set_css_text("left:0;top:0");
        if let Some(spot) = crate::interact::tooltip::over_hole((dx, dy), covering(size, held), slice, (host_top, view_h)) {
            style.set_css_text(&cat(&["left:", &pxs(spot.left), "px;top:", &pxs(spot.top), "px", &min]));
            return;
        }
    }
    if kind == Some(ChartKind::Tiles) {
        // Narrowed to the tile if need be (a measured box is a pixel wider);
        // as large as the tile's inside, so no piece of its words peeks out.
        let full = (avoid.w - 8.0, avoid.h - 8.0);
        let min = cat(&[";min-width:", &pxs(full.0), "px;min-height:", &pxs(full.1), "px"]);
        let on = |size| crate::interact::tooltip::on_tile((dx, dy), crate::interact::tooltip::covering(size, full), avoid, (host_top, view_h));
        let width = px(avoid.w - 10.0);
        let (spot, narrow) = match on(size) {
            Some(spot) => (Some(spot), String::new()),
            None if width >= 80 => (narrowed(width).and_then(on), cat(&[";max-width:", &int(width, 0), "px"])),
            None => (None, String::new()),
        };
        if let Some(spot) = spot {
            style.set_css_text(&cat(&["left:", &pxs(spot.left), "px;top:", &pxs(spot.top), "px", &narrow, &min]));
            return;
        }
        style.set_css_text("left:0;top:0");
    }
    let mut spot = find(size, rows);
    let mut narrow = String::new();
    if let Some(w) = spot.narrow_to {
        // Narrowed to the side it fits, then measured again (for its height:
        // its width is the side's at most, whatever the measure's spare pixel
        // says, which would otherwise find the side too narrow again).
        let w = w.floor();
        narrow = cat(&[";max-width:", &pxs(w), "px"]);
        style.set_css_text(&cat(&["left:0;top:0", &narrow]));
        let (mw, mh) = measure();
        spot = find((mw.min(w), mh), rows);
        if spot.narrow_to.is_some() {
            // Narrowed beside a bar's rows, it grew too tall for the spot it
            // was narrowed for: above or under the row, as narrowed.
            spot = find((mw.min(w), mh), (&[], 0, false));
        }
    }
    style.set_css_text(&cat(&["left:", &pxs(spot.left), "px;top:", &pxs(spot.top), "px", &narrow]));
}

/// A figure as the tooltip shows it: a word joiner after each hyphen that
/// joins an ending to it, so a line never breaks there («650-» / «ден астам»);
/// it still wraps at its spaces, in a narrow tooltip.
fn unbroken(figure: &str) -> String {
    let mut out = String::with_capacity(figure.len() + 6);
    for c in figure.chars() {
        out.push(c);
        if c == '-' {
            out.push('\u{2060}');
        }
    }
    out
}

/// Hosts narrower than this (CSS px) show a line's tooltip across the chart.
const WIDE_BELOW: f64 = 480.0;

/// Whole CSS pixels as text: positions need no finer, and integers keep
/// float formatting out of the wasm.
fn px(v: f64) -> i64 {
    v.round() as i64
}

/// `px(v)` written out (`{}` of it, without `core::fmt`).
fn pxs(v: f64) -> String {
    int(px(v), 0)
}
