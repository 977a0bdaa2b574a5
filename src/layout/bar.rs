//! Vertical columns: a value axis of light gridlines with round ticks (the unit on
//! the top tick only), worded values above the columns, category labels wrapped
//! under them. With series, a category holds one narrower column per shown
//! series side by side (grouped) or one column of segments (stacked); "of which"
//! parts are then captioned under the category label, as they belong to the item.
//! When the category names would be cut mid-word under the columns (a phone),
//! the chart is laid out as horizontal bars instead, whose labels get the width.

use super::axis::{self, TICK};
use super::bars::{self, Mode};
use super::frame::SMALL;
use super::scale::{nice_ticks, Linear};
use super::scene::{Align, Font, Hit, Mark, Rect, Region, Shape, Weight};
use super::text::{ellipsize, words_fit, wrap};
use super::{hbar, Body, Ctx};
use crate::model::{ChartModel, Datum};
use crate::spec::ChartKind;
use crate::theme::Ink;

const VALUE: Font = Font::new(13.0, Weight::Bold);
/// Values over grouped columns: narrower room.
const SMALL_VALUE: Font = Font::new(12.0, Weight::Bold);
const LABEL: Font = Font::new(13.0, Weight::Normal);
const COL_GAP: f64 = 2.0;
/// At most this many categories turn into horizontal bars when their names do
/// not fit under columns (Kazakhstan's 20 regions do), or their figures over
/// them.
const MAX_FLIPPED: usize = 30;
/// Up to this many categories too dense to name even every few columns are a
/// list of bars; more stay columns (a year of days), read by the tooltip and
/// table, but for the names of places (regions), a list however many.
const MAX_LISTED: usize = 100;
/// Names of places, not of a sequence: some name too long to show every few
/// columns, and most names without a digit (regions, not «2025-01-01»,
/// «январь 2015» or «Week 1, 2024», which stay columns past a hundred).
fn named_places(chart: &ChartModel, cx: &Ctx) -> bool {
    let numbered = chart.items.iter().filter(|d| d.label.bytes().any(|b| b.is_ascii_digit())).count();
    2 * numbered < chart.items.len() && chart.items.iter().any(|d| cx.measure.width(&d.label, LABEL) > SHORT_NAME)
}

/// The sparsest names under columns: every sixth.
const MAX_THIN: usize = 6;
/// Names this wide at most (CSS px) may be shown every few columns.
const SHORT_NAME: f64 = 72.0;

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    let bars = bars::of(chart, cx);
    let n = chart.items.len().max(1) as f64;
    // Columns or bars is decided with every series shown, so switching one off
    // in the legend (which may change the axis's labels) never turns the chart.
    let (ticks, tick_labels, axis_w) = axis(chart, cx, &bars);
    let all_axis_w = if cx.shown.iter().all(|s| *s) {
        axis_w
    } else {
        let all = Ctx { measure: cx.measure, words: cx.words, source: cx.source, shown: &[], legend: cx.legend, corner: cx.corner };
        axis(chart, &all, &bars::of(chart, &all)).2
    };
    let whole_slot = (width - all_axis_w).max(40.0) / n;
    // Bars too when the values would not fit over the columns: a column chart
    // without its figures on a phone leaves them all to the tooltip.
    let names = names_fit(chart, cx, bars.mode, whole_slot - 6.0);
    // More categories than that: bars when their names would not fit even
    // every few columns (regions, not years: 120 districts are a list, each
    // named, not 120 nameless columns), else columns with every k-th name.
    let listed = !names && thinning(chart, cx, whole_slot).is_none() && (chart.items.len() <= MAX_LISTED || named_places(chart, cx));
    if chart.items.len() <= MAX_FLIPPED && !(names && values_fit(chart, cx, whole_slot)) || listed {
        return hbar::layout(chart, cx, top, width);
    }
    let plot_x = axis_w;
    let plot_w = (width - plot_x).max(40.0);
    let slot = plot_w / n;
    let (col_w, gap) = columns(&bars, slot);
    let pitch = col_w + gap;

    let (ends, value_font) = end_labels(cx, &bars, slot, pitch);
    let plot_h = (width * 0.42).clamp(150.0, 260.0);
    let scale = Linear::new(*ticks.last().unwrap_or(&1.0), plot_h);
    // Each column's height, and the room above the top gridline for the
    // values that stand higher than it (a short column's two-line figure needs
    // none), and for the top tick's text.
    let vlh = value_font.line_height();
    let heights: Vec<f64> = bars::flat(&bars.items).into_iter().map(|b| bars::spans(b, &scale).last().map_or(0.0, |(at, len)| at + len)).collect();
    let lines = || bars::flat(&ends).into_iter().map(|l| l.len() as f64 * vlh);
    let headroom = heights.iter().zip(lines()).map(|(px, h)| h + 4.0 - (plot_h - px)).fold(axis::HEADROOM, f64::max).ceil();
    let plot_top = top + headroom;
    let base_y = plot_top + plot_h;

    // Where each figure stands over its column, before anything is drawn, so
    // that a gridline breaks round the letters of one standing across it.
    let centre = |i: usize, k: usize, group: usize| plot_x + slot * (i as f64 + 0.5) + (k as f64 - (group as f64 - 1.0) / 2.0) * pitch;
    let mut figures = Vec::new();
    let mut px = heights.iter().zip(lines());
    for (i, group) in ends.iter().enumerate() {
        for (k, text) in group.iter().enumerate() {
            let Some((px, h)) = px.next() else { break };
            if text.is_empty() {
                continue;
            }
            // The letters' em boxes, a pixel round them: a line clearing them
            // by a few pixels runs on whole.
            let w = text.iter().map(|t| cx.measure.width(t, value_font)).fold(0.0, f64::max);
            let pad = (vlh - value_font.size) / 2.0 - 1.0;
            figures.push(Rect::new(centre(i, k, group.len()) - w / 2.0 - 3.0, base_y - px - 4.0 - h + pad, w + 6.0, h - 2.0 * pad));
        }
    }

    let mut shapes = Vec::new();
    for (t, label) in ticks.iter().zip(&tick_labels) {
        let y = (base_y - scale.px(*t)).round();
        if *t > 0.0 {
            axis::gridline(&mut shapes, y, width, &figures);
        }
        shapes.push(axis::label(y, label));
    }

    // A name wraps under its column at spaces, three lines at most. Too many
    // columns to become bars: a name with a word too wide for its slot is one
    // line cut short with an ellipsis, never a word broken across lines, and
    // slots narrower than a couple of letters leave it out (cut to a letter a
    // line, names would collide); "of which" captions then go too. The tooltip
    // and the table give them all.
    let w = slot - 6.0;
    let room = w >= cx.measure.width("ЖЖ", LABEL);
    let fit = names_fit(chart, cx, bars.mode, w);
    // Short names too many for their columns (days, years): every k-th, whole.
    let every = if fit { None } else { thinning(chart, cx, slot) };
    // Plain loops here: iterator chains brought their own code into the wasm.
    let mut labels: Vec<Vec<String>> = Vec::new();
    // Where each name is centred: under its column; a name every k-th, wider
    // than its slot, is kept inside the chart and off the one before it
    // (dropped where the edge pushes them together).
    let mut label_x: Vec<f64> = Vec::new();
    for (i, d) in chart.items.iter().enumerate() {
        labels.push(if let Some(k) = every {
            if i % k == 0 { vec![d.label.clone()] } else { Vec::new() }
        } else if words_fit(cx.measure, &d.label, LABEL, w) {
            wrap(cx.measure, &d.label, LABEL, w, 3)
        } else if room {
            vec![ellipsize(cx.measure, &d.label, LABEL, w)]
        } else {
            Vec::new()
        });
        label_x.push(plot_x + slot * (i as f64 + 0.5));
    }
    if every.is_some() {
        let mut last_right = f64::NEG_INFINITY;
        for (i, l) in labels.iter_mut().enumerate() {
            let Some(name) = l.first() else { continue };
            let half = cx.measure.width(name, LABEL) / 2.0;
            let x = label_x[i].clamp(half, (width - half).max(half));
            if x - half < last_right + 6.0 {
                l.clear();
            } else {
                (label_x[i], last_right) = (x, x + half);
            }
        }
    }
    let mut captions: Vec<Vec<String>> = Vec::new();
    for d in &chart.items {
        captions.push(match cx.words.parts(&d.parts, true) {
            Some(c) if bars.mode != Mode::Single && fit => wrap(cx.measure, &c, SMALL, w, 3),
            _ => Vec::new(),
        });
    }
    let under = |i: usize| labels[i].len() as f64 * LABEL.line_height() + caption_h(&captions[i]);
    let mut bottom: f64 = 0.0;
    for i in 0..chart.items.len() {
        bottom = bottom.max(under(i));
    }
    let bottom = base_y + 8.0 + bottom;

    let inside = bars::inside_fits(cx, &bars, &scale, |len| (col_w, len));
    let mut hits = Vec::new();
    for (i, (d, group)) in chart.items.iter().zip(&bars.items).enumerate() {
        let cx_mid = plot_x + slot * (i as f64 + 0.5);
        let (slot_x0, slot_x1) = (cx_mid - slot / 2.0, cx_mid + slot / 2.0);
        let last = group.len().saturating_sub(1);
        for (k, b) in group.iter().enumerate() {
            let centre = centre(i, k, group.len());
            let x = centre - col_w / 2.0;
            let (col, segs) = bars::draw(&mut shapes, cx, b, &scale, bars.mode, inside, |at, len| Rect::new(x, base_y - at - len, col_w, len));
            if bars.mode == Mode::Single {
                draw_parts(&mut shapes, d, &scale, col, base_y);
            }
            if b.segs.is_empty() && bars.mode != Mode::Single && cx.measure.width("—", value_font) <= pitch {
                // A gap keeps its place; a dash says the figure is missing, not zero.
                bars::lines(&mut shapes, &["—".to_string()], centre, base_y - vlh - 2.0, value_font, Ink::Muted, Align::Center);
            }
            let value_top = col.y - 4.0 - vlh * ends[i][k].len() as f64;
            bars::lines(&mut shapes, &ends[i][k], centre, value_top, value_font, Ink::Text, Align::Center);
            // Each column catches the pointer in its share of the slot; stacked
            // segments split the slot's height, the outer ones reaching its ends.
            let x0 = if k == 0 { slot_x0 } else { col.x - gap / 2.0 };
            let x1 = if k == last { slot_x1 } else { col.right() + gap / 2.0 };
            let seg_last = segs.len().saturating_sub(1);
            for (j, &(seg, s)) in segs.iter().enumerate() {
                let (mark, area) = match bars.mode {
                    Mode::Stacked => {
                        let y0 = if j == seg_last { top } else { seg.y };
                        let y1 = if j == 0 { bottom } else { seg.bottom() };
                        (seg, Rect::new(slot_x0, y0, slot, y1 - y0))
                    }
                    Mode::Single => (col, Rect::new(slot_x0, top, slot, bottom - top)),
                    Mode::Grouped => (col, Rect::new(x0, top, x1 - x0, bottom - top)),
                };
                // The tooltip keeps off the column and the figure over it.
                let top = if ends[i][k].is_empty() { mark.y } else { value_top.min(mark.y) };
                let avoid = Rect::new(mark.x, top, mark.w, mark.bottom() - top);
                hits.push(Hit { item: i, series: s, area: Region::Rect(area), mark: Mark::Rect(mark), anchor: (centre, mark.y), avoid });
            }
        }
        let y = bars::lines(&mut shapes, &labels[i], label_x[i], base_y + 8.0, LABEL, Ink::Text, Align::Center);
        bars::lines(&mut shapes, &captions[i], cx_mid, y + 2.0, SMALL, Ink::Muted, Align::Center);
    }
    shapes.push(Shape::Line { from: (0.0, base_y), to: (width, base_y), ink: Ink::Axis, width: 1.0 });
    Body { shapes, hits, height: bottom - top, points: Vec::new(), rows: Vec::new(), kind: ChartKind::Bar }
}

/// How sparsely names may be shown under too many columns: every k-th, k ≤ 6,
/// each on one line across k columns; None when the widest needs more room
/// (long names, better read as a list of bars).
fn thinning(chart: &ChartModel, cx: &Ctx, slot: f64) -> Option<usize> {
    let widest = chart.items.iter().map(|d| cx.measure.width(&d.label, LABEL)).fold(0.0, f64::max);
    // Only short names (`2025`, `12.03`, `янв. 24`): a sequence read along the
    // axis; every sixth region named would leave the rest unnamed.
    if widest > SHORT_NAME {
        return None;
    }
    (2..=MAX_THIN).find(|k| widest <= *k as f64 * slot - 6.0)
}

/// Whether every category name fits under its column in at most three lines
/// without a word cut in two, and so does every "of which" caption shown there.
fn names_fit(chart: &ChartModel, cx: &Ctx, mode: Mode, w: f64) -> bool {
    let fits = |text: &str, font: Font| words_fit(cx.measure, text, font, w) && wrap(cx.measure, text, font, w, 0).len() <= 3;
    chart.items.iter().all(|d| {
        let caption = if mode == Mode::Single { None } else { cx.words.parts(&d.parts, true) };
        fits(&d.label, LABEL) && caption.map_or(true, |c| fits(&c, SMALL))
    })
}

/// A column's width and the gap between a group's columns in a slot.
fn columns(bars: &bars::Bars, slot: f64) -> (f64, f64) {
    let per_group = bars.items.iter().map(Vec::len).max().unwrap_or(1).max(1) as f64;
    // Grouped columns keep their gaps to a quarter of a column when crowded,
    // so a column never comes out of zero or negative width.
    let gap = COL_GAP.min(slot * 0.8 / per_group / 4.0);
    let col_w = match bars.mode {
        Mode::Grouped => ((slot * 0.8 - (per_group - 1.0) * gap) / per_group).min(64.0),
        _ => (slot * 0.62).min(96.0),
    };
    (col_w, gap)
}

/// Whether the values go over the columns with every series shown (or, as
/// with names, switching a series off could turn the chart). Grouped columns
/// are read against their axis and legend, their figures in the tooltip, as
/// news charts usually leave them: they stay columns.
fn values_fit(chart: &ChartModel, cx: &Ctx, slot: f64) -> bool {
    let all = Ctx { measure: cx.measure, words: cx.words, source: cx.source, shown: &[], legend: cx.legend, corner: cx.corner };
    let bars = bars::of(chart, &all);
    if bars.mode == Mode::Grouped {
        return true;
    }
    let (col_w, gap) = columns(&bars, slot);
    let (ends, _) = end_labels(&all, &bars, slot, col_w + gap);
    let labelled = bars::flat(&bars.items).into_iter().any(|b| b.label.is_some());
    !labelled || bars::flat(&ends).into_iter().any(|lines| !lines.is_empty())
}

/// The value axis: round ticks, their labels (the unit on the top one), and
/// the width the labels take.
fn axis(chart: &ChartModel, cx: &Ctx, bars: &bars::Bars) -> (Vec<f64>, Vec<String>, f64) {
    let labels_of = |ticks: &[f64]| {
        let top = ticks.last().copied().unwrap_or(0.0);
        let mut labels: Vec<String> = Vec::new();
        for (i, t) in ticks.iter().enumerate() {
            labels.push(if i + 1 == ticks.len() { cx.words.tick(*t, chart.unit) } else { cx.words.tick_under(*t, top, chart.unit) });
        }
        axis::drop_shared_magnitude(ticks, &mut labels);
        labels
    };
    let mut ticks = nice_ticks(bars.max, 4);
    let mut labels = labels_of(&ticks);
    // A first column about as tall as the axis has its figure beside the top
    // label, at its height: «100 кг 100 кг», «100 кг 99,9 кг» read as one
    // muddle. One step more sets them apart.
    if let ([.., a, b], Some(first)) = (&ticks[..], bars.items.first()) {
        let next = 2.0 * b - a;
        if next.is_finite() && first.iter().any(|bar| bar.label.is_some() && (bar.end > b - (b - a) / 4.0 || bar.label.as_ref() == labels.last())) {
            ticks.push(next);
            labels = labels_of(&ticks);
        }
    }
    // The top label too: a tall first column's figure may stand beside it.
    let w = labels.iter().map(|t| cx.measure.width(t, TICK)).fold(0.0, f64::max) + 8.0;
    (ticks, labels, w)
}

fn caption_h(lines: &[String]) -> f64 {
    if lines.is_empty() { 0.0 } else { 2.0 + lines.len() as f64 * SMALL.line_height() }
}

/// The worded values over each column, per item and bar. A single column or a
/// stack wraps its value to the slot; grouped columns get one line each, and
/// only when every one fits its column's pitch: a half-labelled chart would
/// read as if the unlabelled columns were different (the tooltip has them all).
fn end_labels(cx: &Ctx, bars: &bars::Bars, slot: f64, pitch: f64) -> (Vec<Vec<Vec<String>>>, Font) {
    let each = |f: &dyn Fn(&String) -> Vec<String>| -> Vec<Vec<Vec<String>>> {
        let mut out = Vec::new();
        for g in &bars.items {
            let mut group = Vec::new();
            for b in g {
                group.push(b.label.as_ref().map(f).unwrap_or_default());
            }
            out.push(group);
        }
        out
    };
    if bars.mode != Mode::Grouped {
        // Two lines at most, never a word cut in two; if any value cannot, none
        // is shown (a half-labelled chart misleads), and the tooltip has them all.
        let w = slot - 4.0;
        let fits = bars::flat(&bars.items).into_iter().filter_map(|b| b.label.as_ref()).all(|l| {
            words_fit(cx.measure, l, VALUE, w) && wrap(cx.measure, l, VALUE, w, 0).len() <= 2
        });
        return (each(&|l| if fits { wrap(cx.measure, l, VALUE, w, 2) } else { Vec::new() }), VALUE);
    }
    let fits = bars::flat(&bars.items).into_iter().filter_map(|b| b.label.as_ref()).all(|l| cx.measure.width(l, SMALL_VALUE) <= pitch);
    (each(&|l| if fits { vec![l.clone()] } else { Vec::new() }), SMALL_VALUE)
}

/// "Of which" parts of a single-series column, as darker segments from the base.
fn draw_parts(out: &mut Vec<Shape>, d: &Datum, scale: &Linear, col: Rect, base_y: f64) {
    let mut py = base_y;
    for (k, p) in d.parts.iter().enumerate() {
        let ph = scale.px(p.figure.scaled).max(1.5).min(py - col.y);
        // A 1 px gap parts one from the next, as in horizontal bars.
        let gap = if k > 0 && ph > 2.0 { 1.0 } else { 0.0 };
        out.push(Shape::Rect { rect: Rect::new(col.x, py - ph, col.w, ph - gap), ink: Ink::Part });
        py -= ph;
    }
}
