//! Horizontal bars, one row per item: the label above its bar (so long labels
//! wrap, whole, instead of squeezing the bars on a phone), or beside it on a
//! wide chart whose names are all short, the worded value at the bar's
//! end, "of which" parts as a darker segment inside the bar and a caption under it.
//! With series the row holds one thinner bar per shown series (grouped) or one
//! bar of segments (stacked); parts are then only captioned, as they belong to
//! the item, not to a series.

use super::bars::{self, Bar, Mode};
use super::frame::SMALL;
use super::scale::Linear;
use super::scene::{Align, Font, Hit, Mark, Rect, Region, Shape, Weight};
use super::text::wrap;
use super::{Body, Ctx};
use crate::model::{ChartModel, Datum};
use crate::spec::ChartKind;
use crate::format::{words, Lang};
use crate::theme::Ink;

const LABEL: Font = Font::new(14.0, Weight::Normal);
const VALUE: Font = Font::new(14.0, Weight::Bold);
const BAR_H: f64 = 22.0;
/// Grouped bars are thinner so a group stays compact.
const GROUPED_H: f64 = 18.0;
const BAR_GAP: f64 = 4.0;
const ROW_GAP: f64 = 14.0;
/// Between single bars whose names stand beside them: no name line parts
/// them (groups keep [`ROW_GAP`], or they would run together).
const SIDE_ROW_GAP: f64 = 10.0;
/// The widest a column of names beside the bars may be: a third of the chart,
/// of one no narrower than this (on a phone the bars keep the width).
const SIDE_COLUMN: f64 = 1.0 / 3.0;
const SIDE_MIN_WIDTH: f64 = 480.0;
/// Rows whose ink is measured for tooltips beside them (`Scene::rows`): past
/// this a list's tooltips stand above or under their rows, and its layout
/// does not measure every row's words a second time.
const ROWS_INKED: usize = 500;

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    let bars = bars::of(chart, cx);
    let bar_h = if bars.mode == Mode::Grouped { GROUPED_H } else { BAR_H };
    let label_w = |b: &Bar| b.label.as_ref().map_or(0.0, |l| cx.measure.width(l, VALUE));
    let value_w = bars::flat(&bars.items).into_iter().map(label_w).fold(0.0, f64::max);
    // Names beside their bars where each fits a narrow column on one line
    // (a desk's bar chart on a wide page): a row is then as tall as its bars,
    // not a name's line over them. Else (and on a phone) above, whole,
    // however many lines.
    // (Measured until one is too wide: a 100,000-row list measures its names
    // once more at most.)
    let mut names_w = 0.0f64;
    let mut side = width >= SIDE_MIN_WIDTH;
    for d in &chart.items {
        if !side {
            break;
        }
        names_w = names_w.max(cx.measure.width(&super::text::one_line(&d.label), LABEL));
        side = names_w <= width * SIDE_COLUMN;
    }
    let (x0, row_gap) = if side { (names_w + 12.0, if bars.mode == Mode::Grouped { ROW_GAP } else { SIDE_ROW_GAP }) } else { (0.0, ROW_GAP) };
    let bars_w = width - x0;
    // Room for the widest label after the longest bar; on a narrow screen the
    // bars keep 40 % of the width unless a label would then run off the edge:
    // then the longest the bars can be with every label beside its bar.
    let room = bars_w - value_w - 8.0;
    let pixels = if room >= bars_w * 0.4 {
        room
    } else {
        let fits = |b: &Bar| if b.end > 0.0 { (bars_w - 8.0 - label_w(b)) * bars.max / b.end } else { f64::INFINITY };
        bars::flat(&bars.items).into_iter().map(fits).fold(bars_w * 0.4, f64::min).max(bars_w * 0.2)
    };
    let scale = Linear::new(bars.max, pixels);

    let inside = bars::inside_fits(cx, &bars, &scale, |len| (len, bar_h));
    let mut shapes = Vec::new();
    let mut hits = Vec::new();
    let mut y = top;
    // Each row's top and where its ink ends on the right, for its tooltip (below).
    let inked = chart.items.len() <= ROWS_INKED;
    let mut ink = Vec::new();
    for (i, (d, group)) in chart.items.iter().zip(&bars.items).enumerate() {
        let (row_top, first_shape) = (y, shapes.len());
        if side {
            // Level with the middle of its bars.
            let n = group.len() as f64;
            let bars_h = (n * bar_h + (n - 1.0) * BAR_GAP).max(0.0);
            let name = [super::text::one_line(&d.label)];
            bars::lines(&mut shapes, &name, 0.0, y + (bars_h - LABEL.line_height()) / 2.0, LABEL, Ink::Text, Align::Start);
        } else {
            // The whole name, however many lines: a bar's row has the width to spare.
            let text = wrap(cx.measure, &d.label, LABEL, width, 0);
            y = bars::lines(&mut shapes, &text, 0.0, y, LABEL, Ink::Text, Align::Start) + 4.0;
        }
        // Each bar with its segments and their series, for the hit map.
        let mut drawn = Vec::new();
        for (k, b) in group.iter().enumerate() {
            if k > 0 {
                y += BAR_GAP;
            }
            let (bar, segs) = bars::draw(&mut shapes, cx, b, &scale, bars.mode, inside, |at, len| Rect::new(x0 + at, y, len, bar_h));
            if bars.mode == Mode::Single {
                draw_parts(&mut shapes, d, &scale, bar);
            }
            end_label(&mut shapes, b, bar, bars.mode, width - label_w(b), cx.words.lang);
            drawn.push((bar, segs));
            y += bar_h;
        }
        if let Some(caption) = cx.words.parts(&d.parts, true) {
            let text = wrap(cx.measure, &caption, SMALL, bars_w, 0);
            y = bars::lines(&mut shapes, &text, x0, y + 3.0, SMALL, Ink::Muted, Align::Start);
        }
        // The pointer finds a bar anywhere in its row; the first and last areas
        // reach out to the row's label and caption so there are no dead bands.
        let (row_y, row_end) = (row_top - row_gap / 2.0, y + row_gap / 2.0);
        let last = drawn.len().saturating_sub(1);
        for (k, (bar, segs)) in drawn.iter().enumerate() {
            let y0 = if k == 0 { row_y } else { bar.y - BAR_GAP / 2.0 };
            let y1 = if k == last { row_end } else { bar.bottom() + BAR_GAP / 2.0 };
            let seg_last = segs.len().saturating_sub(1);
            for (j, &(seg, s)) in segs.iter().enumerate() {
                let (mark, from, to) = match bars.mode {
                    Mode::Stacked => (seg, if j == 0 { 0.0 } else { seg.x }, if j == seg_last { width } else { seg.right() }),
                    _ => (*bar, 0.0, width),
                };
                let area = Rect::new(from, y0, to - from, y1 - y0);
                let anchor = (mark.right(), mark.y + mark.h / 2.0);
                // The tooltip keeps off the row's name and its bars up to this one,
                // across the chart's width: above or under them, if not beside
                // the row's end (`Scene::rows`, below).
                let avoid = Rect::new(0.0, row_top, width, mark.bottom() - row_top);
                hits.push(Hit { item: i, series: s, area: Region::Rect(area), mark: Mark::Rect(mark), anchor, avoid });
            }
        }
        if inked {
            ink.push((row_top, ink_right(&shapes[first_shape..], cx)));
        }
        y += row_gap;
    }
    // Each row's band: its name, bars, caption and the gap under them, as
    // wide as its ink; nothing else is in it, so a tooltip may stand beside
    // it. A name over its bar has 2 px of air above its letters (14 px
    // centred in an 18 px line): the bands start 2 px down their rows, and
    // the last one ends 8 px under the rows, short of the note or credit.
    let air = if side { 0.0 } else { 2.0 };
    let mut rows = Vec::with_capacity(ink.len());
    for (i, &(row_top, right)) in ink.iter().enumerate() {
        let bottom = ink.get(i + 1).map_or(y - row_gap + row_gap.min(8.0), |next| next.0 + air);
        rows.push(Rect::new(0.0, row_top + air, right.min(width), bottom - row_top - air));
    }
    Body { shapes, hits, height: (y - top - row_gap).max(0.0), points: Vec::new(), rows, kind: ChartKind::HBar }
}

/// Where `shapes` (a row's name, bars, figures, caption) end on the right.
fn ink_right(shapes: &[Shape], cx: &Ctx) -> f64 {
    let mut right = 0.0f64;
    for sh in shapes {
        right = right.max(match sh {
            Shape::Rect { rect, .. } => rect.right(),
            Shape::Text { x, text, font, align, .. } => match align {
                Align::Start => x + cx.measure.width(text, *font),
                Align::Center => x + cx.measure.width(text, *font) / 2.0,
                Align::End => *x,
            },
            _ => 0.0,
        });
    }
    right
}

/// The worded value at a bar's end; «нет данных» where a grouped bar or a stack is a gap,
/// so a missing figure does not read as zero. It starts no later than `last_x`, so
/// it stays inside when even the shortest bars leave it no room beside them.
fn end_label(out: &mut Vec<Shape>, b: &Bar, bar: Rect, mode: Mode, last_x: f64, lang: Lang) {
    let (text, ink) = match &b.label {
        Some(l) => (l.clone(), Ink::Text),
        None if b.segs.is_empty() && mode != Mode::Single => (words::no_data(lang).to_string(), Ink::Muted),
        None => (String::new(), Ink::Text),
    };
    if !text.is_empty() || mode == Mode::Single {
        let x = (bar.right() + 6.0).min(last_x).max(0.0);
        out.push(Shape::Text { x, y: bar.y + (bar.h - VALUE.size) / 2.0, text, font: VALUE, ink, align: Align::Start });
    }
}

/// "Of which" parts of a single-series bar, as darker segments from its start.
/// Several parts are parted by a 1 px gap, or two would read as one segment.
fn draw_parts(out: &mut Vec<Shape>, d: &Datum, scale: &Linear, bar: Rect) {
    let mut x = 0.0;
    for (k, p) in d.parts.iter().enumerate() {
        let w = bars::visible(scale.px(p.figure.scaled), p.figure.scaled).min(bar.w - x);
        let gap = if k > 0 && w > 2.0 { 1.0 } else { 0.0 };
        out.push(Shape::Rect { rect: Rect::new(bar.x + x + gap, bar.y, w - gap, bar.h), ink: Ink::Part });
        x += w;
    }
}
