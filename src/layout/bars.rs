//! What `bar` and `hbar` share: which series are drawn, how each item becomes
//! bars (one bar; one per shown series when grouped; one stack when stacked),
//! the words at a bar's end, and the pixel lengths of its segments.

use super::scale::Linear;
use super::scene::{Align, Font, Rect, Shape, Weight};
use super::Ctx;
use crate::model::{ChartModel, Figure};
use crate::theme::Ink;

/// The smallest length a non-zero bar or segment is drawn at, so it stays visible.
pub const MIN_VISIBLE: f64 = 1.5;
/// Values inside stacked segments (white on every series colour, ≥ 4.5:1).
const INSIDE: Font = Font::new(12.0, Weight::Bold);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Single,
    Grouped,
    Stacked,
}

/// One series' figure inside a bar.
pub struct Seg<'a> {
    pub series: usize,
    pub figure: &'a Figure,
}

/// One bar: its segments from the baseline (empty for a gap) and its end label.
pub struct Bar<'a> {
    pub segs: Vec<Seg<'a>>,
    /// The bar's length on the chart's scale (a stack's total).
    pub end: f64,
    /// The compact worded figure at the bar's end; None: no label.
    pub label: Option<String>,
    /// The series a gap (no segments) stands for: its hit says «нет данных».
    pub series: usize,
}

/// A chart's bars, item by item, and the scale end they need.
pub struct Bars<'a> {
    pub mode: Mode,
    pub items: Vec<Vec<Bar<'a>>>,
    pub max: f64,
}

/// Series that are drawn: all of a single-series chart, else those left on.
pub fn shown_series(chart: &ChartModel, cx: &Ctx) -> Vec<usize> {
    if chart.series.is_empty() {
        return vec![0];
    }
    let mut out = Vec::new();
    for s in 0..chart.series.len() {
        if cx.shown(s) {
            out.push(s);
        }
    }
    out
}

pub fn of<'a>(chart: &'a ChartModel, cx: &Ctx) -> Bars<'a> {
    let mode = match (chart.series.is_empty(), chart.stacked) {
        (true, _) => Mode::Single,
        (false, false) => Mode::Grouped,
        (false, true) => Mode::Stacked,
    };
    let shown = shown_series(chart, cx);
    // Plain loops: iterator chains brought their own code into the wasm.
    let mut items: Vec<Vec<Bar>> = Vec::new();
    for d in &chart.items {
        let seg = |s: usize| d.values.get(s).and_then(Option::as_ref).map(|figure| Seg { series: s, figure });
        let mut bars = Vec::new();
        match mode {
            Mode::Single | Mode::Grouped => {
                for &s in &shown {
                    bars.push(bar(seg(s).into_iter().collect(), cx, true, s));
                }
            }
            // Every series switched off: no stack, nor a gap's hit.
            Mode::Stacked if shown.is_empty() => {}
            Mode::Stacked => {
                let mut segs: Vec<Seg> = Vec::new();
                for &s in &shown {
                    segs.extend(seg(s));
                }
                let complete = segs.len() == shown.len();
                bars.push(bar(segs, cx, complete, shown.first().copied().unwrap_or(0)));
            }
        }
        items.push(bars);
    }
    let max = flat(&items).into_iter().map(|b| b.end).fold(0.0, f64::max);
    Bars { mode, items, max }
}

/// Every element of `items` in order, as `items.iter().flatten()` gives
/// them, gathered once: each use then walks a plain list, where each
/// `flatten()` brought its own copy of the flattening iterator (wasm size).
pub fn flat<T>(items: &[Vec<T>]) -> Vec<&T> {
    let mut out = Vec::new();
    for v in items {
        for x in v {
            out.push(x);
        }
    }
    out
}

/// A bar of `segs`, labelled with their sum. All figures of one item share its
/// unit and qualifier, and bounds add up (more than a and more than b is more
/// than a + b; about a and about b is about a + b), so the sum keeps the
/// item's qualifier honestly. A stack with a gap (`complete` false) holds at
/// least the rest, bar figures being never negative: `не менее 12 тыс.` for an
/// exact or lower-bound sum; about or below a bound plus an unknown says
/// nothing, so no label.
fn bar<'a>(segs: Vec<Seg<'a>>, cx: &Ctx, complete: bool, series: usize) -> Bar<'a> {
    let end = segs.iter().map(|s| s.figure.scaled).sum();
    let label = segs.first().and_then(|first| {
        let mut total = *first.figure;
        total.value = segs.iter().map(|s| s.figure.value).sum();
        total.scaled = end;
        if !complete {
            total.qualifier = total.qualifier.with_a_gap()?;
        }
        Some(cx.words.label(&total))
    });
    Bar { segs, end, label, series }
}

/// Where each segment starts and how long it is, in pixels from the baseline.
/// Segments follow each other, so a tiny one shown at its visible minimum
/// pushes the rest out a little instead of overlapping them.
/// The longest segment gives back what the visible minimums added, so a stack
/// never grows past its true total (and off the chart).
pub fn spans(bar: &Bar, scale: &Linear) -> Vec<(f64, f64)> {
    let mut lens: Vec<f64> = bar.segs.iter().map(|s| visible(scale.px(s.figure.scaled), s.figure.scaled)).collect();
    let extra = lens.iter().sum::<f64>() - scale.px(bar.end);
    if extra > 0.0 {
        if let Some(longest) = lens.iter_mut().max_by(|a, b| a.total_cmp(b)) {
            *longest = (*longest - extra).max(MIN_VISIBLE);
        }
    }
    let mut at = 0.0;
    lens.into_iter()
        .map(|len| {
            let span = (at, len);
            at += len;
            span
        })
        .collect()
}

/// Draws a bar's segments, each placed by `place(start, length)` along the
/// value axis, and values inside stacked segments with room for them. Returns
/// the whole bar and its segments with their series (for the hit map).
/// `inside`: whether stacks carry their segments' values ([`inside_fits`]).
pub fn draw(out: &mut Vec<Shape>, cx: &Ctx, b: &Bar, scale: &Linear, mode: Mode, inside: bool, place: impl Fn(f64, f64) -> Rect) -> (Rect, Vec<(Rect, usize)>) {
    let spans = spans(b, scale);
    let bar = place(0.0, spans.last().map_or(0.0, |(at, len)| at + len));
    let mut segs = Vec::new();
    for (k, (seg, &(at, len))) in b.segs.iter().zip(&spans).enumerate() {
        let rect = place(at, len);
        // A stack's series are parted by a 1 px gap: blue against orange is
        // 1.4:1, too close to see where one ends (WCAG 1.4.11). Hits keep the
        // whole segment.
        let drawn = if k > 0 && len > 2.0 { place(at + 1.0, len - 1.0) } else { rect };
        out.push(Shape::Rect { rect: drawn, ink: ink(seg.series) });
        segs.push((rect, seg.series));
    }
    if mode == Mode::Single && b.segs.is_empty() {
        // A single-series item always has its (empty) bar and hit.
        out.push(Shape::Rect { rect: bar, ink: Ink::Series(0) });
        segs.push((bar, 0));
    } else if b.segs.is_empty() {
        // A gap draws nothing but keeps a hit, so pointer and keys reach its
        // «нет данных» (keys walking a series would skip to the next one).
        segs.push((bar, b.series));
    }
    if inside && labels_inside(b, mode) {
        for (seg, &(rect, _)) in b.segs.iter().zip(&segs) {
            if let Some(text) = inside_lines(cx, seg.figure, rect.w, rect.h) {
                let y = rect.y + (rect.h - text.len() as f64 * INSIDE.line_height()) / 2.0;
                lines(out, &text, rect.x + rect.w / 2.0, y, INSIDE, Ink::OnBar, Align::Center);
            }
        }
    }
    (bar, segs)
}

/// Whether stacks carry their segments' values: only if every segment with
/// room for a line of text holds its figure (wrapped after its qualifier at
/// most, `около` / `35,2 тыс.`); otherwise none does, as a chart labelled in
/// some stacks and not in others reads as if those were different. Segments
/// too small for any text never carry one. `size`: a segment's (width,
/// height) from its length.
pub fn inside_fits(cx: &Ctx, bars: &Bars, scale: &Linear, size: impl Fn(f64) -> (f64, f64)) -> bool {
    flat(&bars.items).into_iter().filter(|b| labels_inside(b, bars.mode)).all(|b| {
        b.segs.iter().zip(spans(b, scale)).all(|(seg, (_, len))| {
            let (w, h) = size(len);
            too_small(w, h) || inside_lines(cx, seg.figure, w, h).is_some()
        })
    })
}

fn too_small(w: f64, h: f64) -> bool {
    h < INSIDE.line_height() + 4.0 || w < 28.0
}

/// A segment's figure in at most two lines that fit it, else None.
fn inside_lines(cx: &Ctx, f: &Figure, w: f64, h: f64) -> Option<Vec<String>> {
    if too_small(w, h) {
        return None;
    }
    let text = cx.words.label(f);
    let room = w - 8.0;
    if !super::text::words_fit(cx.measure, &text, INSIDE, room) {
        return None;
    }
    let lines = super::text::wrap(cx.measure, &text, INSIDE, room, 0);
    (lines.len() <= 2 && lines.len() as f64 * INSIDE.line_height() + 4.0 <= h).then_some(lines)
}

/// Whether a stack's segments carry their own values: not when one segment
/// makes the whole stack and its value already stands at the stack's end.
fn labels_inside(b: &Bar, mode: Mode) -> bool {
    let drawn = b.segs.iter().filter(|s| s.figure.scaled > 0.0).count();
    mode == Mode::Stacked && (drawn > 1 || b.label.is_none())
}

pub fn visible(px: f64, value: f64) -> f64 {
    if value > 0.0 { px.max(MIN_VISIBLE) } else { 0.0 }
}

/// The colour of series `s` (the palette cycles, so the cast is only a slot).
pub fn ink(s: usize) -> Ink {
    Ink::Series((s % 256) as u8)
}

/// Stacks lines of text from `y` (each centred in its line height) around `x`;
/// returns the y below them.
pub fn lines(out: &mut Vec<Shape>, lines: &[String], x: f64, y: f64, font: Font, ink: Ink, align: Align) -> f64 {
    let lh = font.line_height();
    let mut y = y;
    for line in lines {
        out.push(Shape::Text { x, y: y + (lh - font.size) / 2.0, text: line.clone(), font, ink, align });
        y += lh;
    }
    y
}
