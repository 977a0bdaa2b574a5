//! A line's hover cursor, its guide and a dot per series, as elements over the
//! plot that a pointer move shifts by writing one style string: CSS variables
//! (device pixels) that the elements' transforms read, with the ratio each
//! part holds. Drawing them on the overlay canvas cost a clear, the guide and
//! a `drawImage` per series on every move (~60 µs of a move's script in the
//! benchmark, by ablation). The dots are drawn once per chart draw, each on a
//! small canvas of its own.

use plotters_backend::BackendColor;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleDeclaration, HtmlCanvasElement, HtmlElement};

use super::canvas::Canvas;
use super::dom::{append, el, set_attr, set_px, set_style};
use crate::format::decimal::{push_int, push_uint, shortest};
use crate::interact::{highlight, ink_bounds};
use crate::layout::{Hit, Mark, Rect, Region, Shape};
use crate::render::{self, css::css_color, Device};
use crate::theme::{Ink, Theme};

/// Where a series' dot goes at a date it has no value for: far outside the
/// cursor's box, which clips it.
const AWAY: i64 = -100_000;

pub struct Cursor {
    root: HtmlElement,
    /// The root's style, fetched once: each move writes its text.
    style: CssStyleDeclaration,
    dpr: f64,
    series: usize,
    shown: bool,
}

/// The dot shapes `highlight` draws for series `s` at (c, c) on a guide.
fn dots(s: usize, c: f64) -> Vec<Shape> {
    let hit = Hit {
        item: 0,
        series: s,
        area: Region::Rect(Rect::new(0.0, 0.0, 0.0, 0.0)),
        mark: Mark::Guide { x: c, top: c, bottom: c, points: 0..1 },
        anchor: (c, c),
        avoid: Rect::new(c, c, 0.0, 0.0),
    };
    // The first shape is the guide line itself.
    highlight(&hit, &[(c, c, s)], (f64::INFINITY, f64::INFINITY)).split_off(1)
}

/// Series `s`'s dots drawn at the centre of a canvas, and its side in device
/// pixels: an even number, so the centre falls on a pixel corner, where the
/// cursor puts a point's rounded position.
pub fn dot_canvas(s: usize, theme: &Theme, dpr: f64) -> (HtmlCanvasElement, f64) {
    let side = (ink_bounds(&dots(0, 0.0)).map_or(0.0, |b| b.w) * dpr / 2.0).ceil() * 2.0;
    let canvas: HtmlCanvasElement = el("canvas", "").unchecked_into();
    canvas.set_width(side as u32);
    canvas.set_height(side as u32);
    if let Some(mut pen) = Canvas::new(&canvas) {
        let _ = render::draw(&mut pen, &dots(s, side / 2.0 / dpr), theme, Device::canvas(dpr));
    }
    (canvas, side)
}

impl Cursor {
    /// A hidden cursor for `series` series over a plot from `top` to `bottom`
    /// (CSS px), the last child of `stage`.
    pub fn new(stage: &HtmlElement, series: usize, theme: &Theme, dpr: f64, top: f64, bottom: f64) -> Cursor {
        let root = el("div", "cursor");
        root.set_hidden(true);
        // Decoration: the tooltip and the live region say what it points at.
        set_attr(&root, "aria-hidden", "true");
        let css_px = |v: f64| shortest(v) + "px";
        // The ratio on each part, not in the root's style string, which a
        // move rewrites whole: the string stays the positions alone.
        let ratio = shortest(dpr);
        let guide = el("div", "guide");
        let style = guide.style();
        set_px(&style, "top", top);
        set_px(&style, "height", bottom - top);
        // Whole device pixels, as the canvas draws a 1 px line.
        set_px(&style, "width", dpr.round().max(1.0) / dpr);
        set_style(&style, "--dpr", ratio.clone());
        // Its left edge half its width before x.
        set_style(&style, "--h", crate::format::int((dpr.round().max(1.0) as i64) / 2, 0));
        let muted = theme.color(Ink::Muted);
        set_style(&style, "background", css_color(BackendColor { rgb: (muted.0, muted.1, muted.2), alpha: muted.3 }));
        append(&root, &guide);
        for s in 0..series {
            let (canvas, side) = dot_canvas(s, theme, dpr);
            canvas.set_class_name("dot");
            let style = canvas.style();
            set_px(&style, "width", side / dpr);
            set_px(&style, "height", side / dpr);
            let m = css_px(side / 2.0 / dpr);
            set_style(&style, "margin", crate::format::cat(&["-", &m, " 0 0 -", &m]));
            set_style(&style, "--y", crate::format::cat(&["var(--y", &crate::format::int(s as i64, 0), ")"]));
            set_style(&style, "--dpr", ratio.clone());
            append(&root, &canvas);
        }
        append(&stage, &root);
        let style = root.style();
        Cursor { root, style, dpr, series, shown: false }
    }

    /// Moves the guide to `x` and each series' dot to its point among `points`
    /// (this date's `(x, y, series)`; a series without one is hidden), and shows it.
    pub fn show(&mut self, x: f64, points: &[(f64, f64, usize)]) {
        let device = |v: f64| (v * self.dpr).round() as i64;
        let mut css = String::with_capacity(8 + 16 * self.series);
        css.push_str("--x:");
        push_int(&mut css, device(x));
        for s in 0..self.series {
            css.push_str(";--y");
            push_uint(&mut css, s as u64);
            css.push(':');
            push_int(&mut css, points.iter().find(|p| p.2 == s).map_or(AWAY, |p| device(p.1)));
        }
        self.style.set_css_text(&css);
        if !self.shown {
            self.root.set_hidden(false);
            self.shown = true;
        }
    }

    pub fn hide(&mut self) {
        if self.shown {
            self.root.set_hidden(true);
            self.shown = false;
        }
    }

    /// Takes it out of the page (a new draw makes a new one when needed).
    pub fn remove(&self) {
        self.root.remove();
    }
}
