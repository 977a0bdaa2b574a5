//! Donut: one ring slice per item, clockwise from 12 o'clock in display order,
//! sized by its share of the total; the total in the hole; direct labels
//! (swatch, label, value, share) listed beside the ring on wide screens and under
//! it on narrow ones. Every slice and every list row is a hit.

use std::f64::consts::TAU;

use super::frame::SMALL;
use super::scene::{Align, Font, Hit, Mark, Rect, Region, Sector, Shape, Weight};
use super::text::{words_fit, wrap};
use super::{Body, Ctx};
use crate::format::words;
use crate::model::{ChartModel, Figure};
use crate::spec::{ChartKind, Qualifier, Unit};
use crate::theme::Ink;

/// Below this width the list goes under the ring instead of beside it.
const NARROW: f64 = 480.0;
/// Room around the ring for the hover outline (drawn 4 px out, 2 px wide).
const PAD: f64 = 6.0;
/// The hole's radius as a share of the ring's.
const HOLE: f64 = 0.6;
/// The gap between slices at the outer radius: there is no background ink, so
/// slices of a repeated colour are told apart by leaving the page showing.
const GAP: f64 = 2.0;
/// The narrowest slice drawn, at the ring's outer edge (px): with its quarter
/// insets a line of 1,5 px between gaps of 1,75.
const MIN_SLICE: f64 = 3.0;
/// At most this part of the ring goes to widening slices to `MIN_SLICE`.
const MAX_LENT: f64 = 0.05;
/// Colours a ring tells apart: the theme's series colours, then the same shaded
/// (`Theme::color`); past this they repeat.
const COLOURS: usize = 2 * crate::theme::SERIES_COLOURS;
const LABEL: Font = Font::new(14.0, Weight::Normal);
const VALUE: Font = Font::new(14.0, Weight::Bold);
const SHARE: Font = Font::new(13.0, Weight::Normal);
const SWATCH: f64 = 12.0;
const ROW_GAP: f64 = 8.0;
/// Between label, value and share columns: generous, as native widths are estimates.
const COL_GAP: f64 = 16.0;
const LIST_PAD: f64 = 8.0;

/// Between one series' donut and the next one's name.
const MULTIPLE_GAP: f64 = 20.0;
const SERIES_NAME: Font = Font::new(15.0, Weight::Bold);

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    if chart.series.len() < 2 {
        return one(chart, cx, top, width, (0..chart.series.len().max(1)).find(|&s| cx.shown(s)));
    }
    // Several series: one donut each, under its name, one after another
    // (small multiples), so no series is left out.
    let mut body = Body { shapes: Vec::new(), hits: Vec::new(), height: 0.0, points: Vec::new(), rows: Vec::new(), kind: ChartKind::Donut };
    let mut y = top;
    for (s, name) in chart.series.iter().enumerate().filter(|(s, _)| cx.shown(*s)) {
        if y > top {
            y += MULTIPLE_GAP;
        }
        y = super::frame::paragraph(&mut body.shapes, cx, name, SERIES_NAME, Ink::Text, y, width);
        let b = one(chart, cx, y + 6.0, width, Some(s));
        y += 6.0 + b.height;
        body.shapes.extend(b.shapes);
        body.hits.extend(b.hits);
    }
    body.height = y - top;
    body
}

/// Whether the shares of series `s` of a percent donut add up past 100 %
/// (beyond rounding; a figure bounded from above, «менее 10 %», counted at its
/// least, 0): answers that do not exclude each other (a poll with several
/// choices). Its ring can then show only how they compare, and says so under it.
pub fn overlapping(chart: &ChartModel, s: usize) -> bool {
    let mut shares: Vec<&Figure> = Vec::new();
    for d in &chart.items {
        if let Some(Some(f)) = d.values.get(s) {
            if f.scaled > 0.0 {
                shares.push(f);
            }
        }
    }
    let least = |f: &&Figure| if matches!(f.qualifier, Qualifier::LessThan | Qualifier::UpTo) { 0.0 } else { f.scaled };
    chart.unit == Unit::Percent && shares.len() >= 2 && shares.iter().map(least).sum::<f64>() > 101.0
}

/// One donut: series `series` (None: every series is switched off).
fn one(chart: &ChartModel, cx: &Ctx, top: f64, width: f64, series: Option<usize>) -> Body {
    let (mut figures, mut values): (Vec<Option<&Figure>>, Vec<f64>) = (Vec::new(), Vec::new());
    for d in &chart.items {
        let f = series.and_then(|s| d.values.get(s)?.as_ref());
        values.push(f.map_or(0.0, |f| f.scaled.max(0.0)));
        figures.push(f);
    }
    let mut total: f64 = values.iter().sum();
    // Figures near the largest double sum past it: shares are then taken of
    // the figures scaled down, and the sum, which no double holds, is not said.
    let sayable = total.is_finite();
    if !sayable {
        let big = values.iter().copied().fold(0.0, f64::max);
        values.iter_mut().for_each(|v| *v /= big);
        total = values.iter().sum();
    }
    // A missing figure leaves the whole unknown: shares of it are not given, and
    // the total is what it is at least (as a stack with a gap), or nothing.
    let complete = figures.iter().all(Option::is_some);

    let wide = width >= NARROW;
    let r = if wide { (width * 0.19).clamp(75.0, 130.0) } else { ((width - 2.0 * PAD) / 2.0).min(120.0) };
    let ring = 2.0 * (r + PAD);
    // The list keeps LIST_PAD clear at its sides for a listed zero's hover frame.
    let (list_x, mut list_w) =
        if wide { (ring + 24.0, width - ring - 24.0 - LIST_PAD) } else { (LIST_PAD, width - 2.0 * LIST_PAD) };
    let list = List::new(chart, cx, &figures, &values, if complete { total } else { 0.0 }, list_w);
    if wide {
        // Keep values and shares near their labels instead of across an empty gulf.
        list_w = list_w.min(list.natural);
    }
    // The list keeps 4 px above and below for the same frame.
    let (height, center, list_top) = if wide {
        let h = ring.max(list.height + 8.0);
        (h, (PAD + r, top + h / 2.0), top + (h - list.height) / 2.0)
    } else {
        (ring + 16.0 + list.height + 4.0, (width / 2.0, top + PAD + r), top + ring + 16.0)
    };

    let percent = chart.unit == Unit::Percent;
    // Percentages are shares of 100: short of it (a partial survey, a missing
    // share) they fill that much of the ring, the rest grey; stretched to a
    // full ring, 40 % would look like 62 %. Within rounding of 100 they close it.
    let whole = if percent && total < 99.0 { 100.0 } else { total };
    let slices = slices(&values, total, whole, center, r);
    let mut shapes = Vec::new();
    let ring = |start: f64, end: f64| Sector { cx: center.0, cy: center.1, r_inner: r * HOLE, r_outer: r, start, end };
    if slices.is_empty() {
        // Nothing to divide: an empty grey ring keeps the chart's shape.
        shapes.push(Shape::Polygon { points: ring(0.0, TAU).outline(), ink: Ink::Grid });
    } else if whole > total {
        // The rest starts where the slices end (a tiny one may have borrowed from it).
        let filled = slices.last().map_or(total / whole * TAU, |s| s.hit.end);
        let gap = GAP / r / 2.0;
        shapes.push(Shape::Polygon { points: ring(filled + gap, TAU - gap).outline(), ink: Ink::Grid });
    }
    for s in &slices {
        shapes.push(Shape::Polygon { points: s.drawn.outline(), ink: Ink::Series(s.colour) });
    }
    let known = total_qualifier(figures.iter().flatten().map(|f| f.qualifier));
    let q = match (complete, percent, known) {
        // Shares of one whole add up to 100 %: «100 % всего» says nothing (and
        // overstates shares that add to 99,8 % and «менее 0,2 %»); past it
        // (answers that do not exclude each other) their sum means nothing.
        (true, true, _) if total >= 99.0 => None,
        (true, ..) => Some(known),
        // A percent total short of a missing share is no total at all.
        (false, true, _) => None,
        (false, false, q) => q.with_a_gap(),
    };
    if let Some(q) = q.filter(|_| sayable && figures.iter().any(Option::is_some)) {
        // As a column's label: the qualifier joined by a plain space, where the
        // total may break (`более` / `3 525 кг`, `3 525 кг-нан` / `астам`).
        let wrapped = cx.words.label(&Figure { value: total, unit: chart.unit, qualifier: q, scaled: total });
        hole(&mut shapes, cx, &cx.words.figure(total, chart.unit, q, true), &wrapped, center, r * HOLE);
    }

    // Each item's slice hit comes just before its row's: keyboard focus walks
    // items in hit order. Slices and rows never overlap, so `hit_at` is unambiguous.
    let mut hits = Vec::new();
    let mut y = list_top;
    // Each item's slice, found in one pass (a search per row was quadratic:
    // 30 s for the format's 100,000 items).
    let mut slice_of: Vec<Option<&Slice>> = vec![None; list.rows.len()];
    for sl in &slices {
        if let Some(at) = slice_of.get_mut(sl.item) {
            *at = Some(sl);
        }
    }
    for (i, row) in list.rows.iter().enumerate() {
        let slice = slice_of[i];
        list.draw(&mut shapes, row, slice.map(|s| s.colour), list_x, y, list_w);
        // Rows share their gaps, so neighbouring rows' hits meet without overlap.
        let y0 = (y - ROW_GAP / 2.0).max(list_top);
        let y1 = (y + row.height + ROW_GAP / 2.0).min(list_top + list.height);
        let area = Rect::new(list_x, y0, list_w, y1 - y0);
        let s = series.unwrap_or(0);
        match slice {
            Some(sl) => {
                // The tooltip points at the slice and keeps off it and its row
                // in the list (its figure), whichever of the two is hovered.
                let (mark, anchor, avoid) = (Mark::Sector(sl.drawn), outer_mid(&sl.drawn), union(bbox(&sl.drawn), area));
                hits.push(Hit { item: i, series: s, area: Region::Sector(sl.hit), mark: mark.clone(), anchor, avoid });
                hits.push(Hit { item: i, series: s, area: Region::Rect(area), mark, anchor, avoid });
            }
            None => {
                // No slice to outline: the overlay frames the row instead.
                let row_box = Rect::new(list_x - LIST_PAD + 2.0, y - 2.0, list_w + 2.0 * LIST_PAD - 4.0, row.height + 4.0);
                let anchor = (list_x + SWATCH / 2.0, y);
                hits.push(Hit { item: i, series: s, area: Region::Rect(area), mark: Mark::Rect(row_box), anchor, avoid: row_box });
            }
        }
        y += row.height + ROW_GAP;
    }
    let mut height = height;
    if series.is_some_and(|s| overlapping(chart, s)) {
        let y = super::frame::paragraph(&mut shapes, cx, words::overlapping_shares(cx.words.lang), SMALL, Ink::Muted, top + height + 8.0, width);
        height = y - top;
    }
    Body { shapes, hits, height, points: Vec::new(), rows: Vec::new(), kind: ChartKind::Donut }
}

/// A drawn slice and the wider-or-equal sector that catches the pointer for it.
#[derive(Debug)]
struct Slice {
    item: usize,
    drawn: Sector,
    hit: Sector,
    colour: u8,
}

/// Slices of the items with a value above zero, by share of `total`.
fn slices(values: &[f64], total: f64, whole: f64, (cx, cy): (f64, f64), r: f64) -> Vec<Slice> {
    let last = values.len().saturating_sub(1);
    let mut items: Vec<usize> = Vec::new();
    for (i, v) in values.iter().enumerate() {
        if *v > 0.0 {
            items.push(i);
        }
    }
    if total <= 0.0 {
        return Vec::new();
    }
    // Each slice's width (and a percent donut's grey rest after them, which
    // lends too), then the bounds between them.
    let mut bounds = vec![0.0; items.len() + 2];
    for (j, &i) in items.iter().enumerate() {
        bounds[j + 1] = values[i] / whole * TAU;
    }
    bounds[items.len() + 1] = (1.0 - total / whole).max(0.0) * TAU;
    visible(&mut bounds[1..], MIN_SLICE / r);
    bounds.pop();
    for j in 1..bounds.len() {
        bounds[j] += bounds[j - 1];
    }
    // Rounding never leaves a sliver: a whole ring closes at 12 o'clock.
    if whole == total {
        *bounds.last_mut().unwrap() = TAU;
    }
    let gap = if items.len() > 1 { GAP / r } else { 0.0 };
    let hit_bounds = hit_bounds(&bounds, (6f64).to_radians().max(12.0 / r));
    let ring = |start: f64, end: f64, grow: f64| Sector { cx, cy, r_inner: r * HOLE, r_outer: r + grow, start, end };
    items
        .iter()
        .enumerate()
        .map(|(j, &item)| {
            // Half a gap off each side, but never more than a quarter of a thin slice.
            let inset = (gap / 2.0).min((bounds[j + 1] - bounds[j]) / 4.0);
            // Each item keeps its colour in every ring of a chart with series
            // (and when its neighbour is zero). The last item meets the first
            // at 12 o'clock: never the first's colour.
            let colour = if item > 0 && item == last && item % COLOURS == 0 { 2 } else { item % COLOURS };
            Slice {
                item,
                drawn: ring(bounds[j] + inset, bounds[j + 1] - inset, 0.0),
                hit: ring(hit_bounds[j], hit_bounds[j + 1], PAD),
                colour: colour as u8,
            }
        })
        .collect()
}

/// Slices narrower than `min` (radians) widened to it, so that no item
/// vanishes from the ring (a 0,04 % share is a quarter of a pixel, less than
/// its gaps), the width taken from the wider slices (and a percent donut's
/// grey rest) in proportion. At most `MAX_LENT` of the ring goes to it: past
/// that the narrow ones get the widest line they can all have within it, so
/// one more tiny item never turns the others back into nothing, and a donut
/// of thousands stays to scale. The list and the tooltips keep the exact shares.
fn visible(w: &mut [f64], min: f64) {
    // The grey rest, last, only lends: it is not an item to keep in sight.
    let n = w.len() - 1;
    let (w, rest) = w.split_at_mut(n);
    let rest = &mut rest[0];
    let lent_at = |w: &[f64], m: f64| {
        let mut lent = 0.0;
        for &x in w {
            if x < m {
                lent += m - x;
            }
        }
        lent
    };
    let cap = MAX_LENT * TAU;
    let mut min = min;
    if lent_at(w, min) > cap {
        let (mut lo, mut hi) = (0.0, min);
        for _ in 0..32 {
            let mid = (lo + hi) / 2.0;
            if lent_at(w, mid) > cap { hi = mid } else { lo = mid }
        }
        min = lo;
    }
    let (mut lent, mut above) = (0.0, (*rest - min).max(0.0));
    for &x in w.iter() {
        if x < min {
            lent += min - x;
        } else {
            above += x - min;
        }
    }
    // The wide ones shrink toward `min` by one factor: none falls under it,
    // as `lent` is less than what they have above it.
    if lent == 0.0 || above <= lent {
        return;
    }
    let k = 1.0 - lent / above;
    for x in w {
        *x = if *x < min { min } else { min + (*x - min) * k };
    }
    if *rest > min {
        *rest = min + (*rest - min) * k;
    }
}

/// Hit boundaries: the share boundaries (gaps included), moved apart around
/// slices narrower than `min` so that a reader can still point at them. A
/// neighbour lends at most half of what it has beyond `min` on each side, so the
/// hit sectors never overlap and every slice keeps at least `min` or its own
/// width. 12 o'clock stays put: a `Sector` does not wrap past it.
fn hit_bounds(b: &[f64], min: f64) -> Vec<f64> {
    let n = b.len() - 1;
    let span = |j: usize| b[j + 1] - b[j];
    let spare = |j: usize| ((span(j) - min) / 2.0).max(0.0);
    let mut h = b.to_vec();
    for j in 0..n {
        let need = min - span(j);
        if need <= 0.0 {
            continue;
        }
        let left = if j > 0 { spare(j - 1) } else { 0.0 };
        let right = if j + 1 < n { spare(j + 1) } else { 0.0 };
        // Symmetric where both neighbours can lend; the rest from whichever can.
        let l = (need / 2.0).min(left);
        let r = (need - l).min(right);
        let l = (need - r).min(left);
        h[j] = b[j] - l;
        h[j + 1] = b[j + 1] + r;
    }
    h
}

/// The qualifier the sum of figures honestly keeps. Lower bounds add up to a
/// lower bound (more than 500 + exactly 20 is more than 520), upper bounds to an
/// upper bound, and estimates to an estimate. When bounds point both ways, or
/// mix with estimates, no bound holds for the sum: it is only an estimate, so
/// "about". (Percent donuts skip this: their total is just the sum.)
fn total_qualifier(qs: impl Iterator<Item = Qualifier>) -> Qualifier {
    use Qualifier::*;
    let (mut lower, mut upper, mut about) = (Exact, Exact, false);
    for q in qs {
        match q {
            Exact => {}
            MoreThan => lower = MoreThan,
            AtLeast if lower == Exact => lower = AtLeast,
            AtLeast => {}
            LessThan => upper = LessThan,
            UpTo if upper == Exact => upper = UpTo,
            UpTo => {}
            About => about = true,
        }
    }
    match (lower, upper, about) {
        (Exact, Exact, false) => Exact,
        (q, Exact, false) => q,
        (Exact, q, false) => q,
        _ => About,
    }
}

/// The total, big and bold, with a small muted "всего" under it, in the hole:
/// shrunk to fit, and on a small ring its qualifier on a line of its own (never a
/// break inside the number). `wrapped` is the total with its qualifier joined
/// by the one plain space it may break at.
fn hole(out: &mut Vec<Shape>, cx: &Ctx, total: &str, wrapped: &str, (x, y): (f64, f64), r: f64) {
    let avail = 1.5 * r;
    let fit = |text: &str| {
        let mut f = Font::new((r * 0.42).clamp(14.0, 32.0).round(), Weight::Bold);
        while f.size > 12.0 && cx.measure.width(text, f) > avail {
            f.size -= 1.0;
        }
        f
    };
    let mut big = fit(total);
    let mut lines = vec![total.to_string()];
    let split = crate::format::split_byte(wrapped, b' ').filter(|_| big.size < 18.0 || cx.measure.width(total, big) > avail);
    if let Some((first, second)) = split {
        let split = vec![first.to_string(), second.to_string()];
        let f = Font::new(split.iter().map(|l| fit(l).size).fold(f64::MAX, f64::min), Weight::Bold);
        if f.size > big.size || cx.measure.width(total, big) > avail {
            (lines, big) = (split, f);
        }
    }
    let ty = y - (big.line_height() * lines.len() as f64 + SMALL.line_height()) / 2.0;
    // The shared stacking of lines, not a loop of its own (wasm size).
    let ty = super::bars::lines(out, &lines, x, ty, big, Ink::Text, Align::Center);
    super::bars::lines(out, &[words::total(cx.words.lang).to_string()], x, ty, SMALL, Ink::Muted, Align::Center);
}

/// One row of the direct-label list, measured before it is placed.
struct Row {
    label: Vec<String>,
    value: String,
    share: String,
    /// Under the label: the value's line, then the share's if it did not fit beside.
    below: usize,
    height: f64,
}

/// The list: values right-aligned in one column and shares in the next; when
/// that would squeeze the labels or cut a word, each value goes under its label.
struct List {
    rows: Vec<Row>,
    share_w: f64,
    height: f64,
    /// The width it needs: every label on one line beside its value, or,
    /// with values under their labels, the widest label or value and share.
    natural: f64,
}

impl List {
    fn new(chart: &ChartModel, cx: &Ctx, figures: &[Option<&Figure>], values: &[f64], total: f64, w: f64) -> List {
        // A percent value already is a share: a second percentage beside it confuses.
        let shares = chart.unit != Unit::Percent && total > 0.0;
        let approx = figures.iter().flatten().any(|f| f.qualifier != Qualifier::Exact);
        // Plain loops here: iterator chains brought their own code into the wasm.
        let mut texts: Vec<(String, String)> = Vec::new();
        let (mut value_w, mut share_w): (f64, f64) = (0.0, 0.0);
        for (f, v) in figures.iter().zip(values) {
            let t = match f {
                Some(f) => (cx.words.of(f, true), if shares { share(cx.words, v / total * 100.0, approx) } else { String::new() }),
                None => (words::no_data(cx.words.lang).to_string(), String::new()),
            };
            value_w = value_w.max(cx.measure.width(&t.0, VALUE));
            share_w = share_w.max(cx.measure.width(&t.1, SHARE));
            texts.push(t);
        }
        let cols = value_w + if share_w > 0.0 { share_w + COL_GAP } else { 0.0 };
        let label_w = chart.items.iter().map(|d| cx.measure.width(&d.label, LABEL)).fold(0.0, f64::max);
        let natural = (SWATCH + 8.0 + label_w + COL_GAP + cols).ceil();
        let text_w = w - SWATCH - 8.0;
        let beside = text_w - COL_GAP - cols;
        // A label wraps beside its own value (right-aligned, so a short value
        // leaves its label more room); values go under the labels when that
        // would squeeze them all, or cut any word in two. Names are never cut
        // short: the list is the only key to the slices.
        let share_col = if share_w > 0.0 { share_w + COL_GAP } else { 0.0 };
        let beside_of = |value: &str| text_w - COL_GAP - cx.measure.width(value, VALUE) - share_col;
        let stacked = natural > w
            && (beside < (text_w * 0.45).max(90.0)
                || chart.items.iter().zip(&texts).any(|(d, t)| !words_fit(cx.measure, &d.label, LABEL, beside_of(&t.0))));
        let lh = LABEL.line_height();
        let mut rows: Vec<Row> = Vec::new();
        for (d, (value, share)) in chart.items.iter().zip(texts) {
            let label = wrap(cx.measure, &d.label, LABEL, if stacked { text_w } else { beside_of(&value) }, 0);
            let inline = cx.measure.width(&value, VALUE) + COL_GAP + cx.measure.width(&share, SHARE) <= text_w;
            let below = if !stacked { 0 } else if share.is_empty() || inline { 1 } else { 2 };
            let height = lh * (label.len().max(1) + below) as f64;
            rows.push(Row { label, value, share, below, height });
        }
        let height = rows.iter().map(|r| r.height + ROW_GAP).sum::<f64>() - ROW_GAP;
        let natural = if stacked { (SWATCH + 8.0 + label_w.max(cols)).ceil().min(w) } else { natural };
        List { rows, share_w, height: height.max(0.0), natural }
    }

    /// Draws a row at (x, y): a colour swatch (an empty box when the item has no
    /// slice), the label, then the value and share beside or under it.
    fn draw(&self, out: &mut Vec<Shape>, row: &Row, colour: Option<u8>, x: f64, y: f64, w: f64) {
        let lh = LABEL.line_height();
        let at = |line: usize, font: Font| y + line as f64 * lh + (lh - font.size) / 2.0;
        let swatch = Rect::new(x, y + (lh - SWATCH) / 2.0, SWATCH, SWATCH);
        out.push(match colour {
            Some(c) => Shape::Rect { rect: swatch, ink: Ink::Series(c) },
            None => Shape::Frame { rect: swatch, ink: Ink::Muted, width: 1.0 },
        });
        let tx = x + SWATCH + 8.0;
        for (k, line) in row.label.iter().enumerate() {
            out.push(Shape::Text { x: tx, y: at(k, LABEL), text: line.clone(), font: LABEL, ink: Ink::Text, align: Align::Start });
        }
        let text = |x: f64, y: f64, s: &str, font: Font, ink: Ink, align: Align| Shape::Text { x, y, text: s.to_string(), font, ink, align };
        if row.below == 0 {
            let share_x = x + w;
            let value_x = if self.share_w > 0.0 { share_x - self.share_w - COL_GAP } else { share_x };
            out.push(text(value_x, at(0, VALUE), &row.value, VALUE, Ink::Text, Align::End));
            if !row.share.is_empty() {
                out.push(text(share_x, at(0, SHARE), &row.share, SHARE, Ink::Muted, Align::End));
            }
            return;
        }
        let line = row.label.len().max(1);
        out.push(text(tx, at(line, VALUE), &row.value, VALUE, Ink::Text, Align::Start));
        if !row.share.is_empty() {
            // Still a column at the right end; on a line of its own if it must.
            let (sx, sl, align) = if row.below == 1 { (x + w, line, Align::End) } else { (tx, line + 1, Align::Start) };
            out.push(text(sx, at(sl, SHARE), &row.share, SHARE, Ink::Muted, align));
        }
    }
}

/// A share of the total as news pages print it: whole percent, one decimal
/// under 1 % so a small slice does not read as nothing, `<0.1 %` below that.
/// A slice's share of the whole, rounded so that no part reads 0 % or 100 %;
/// `approx`: the whole is not exact (an item «более 1»), nor then is the share.
pub fn share(words: &crate::format::Wording, pct: f64, approx: bool) -> String {
    if pct > 0.0 && pct < 0.05 {
        return crate::format::cat(&["<", &words.tick(0.1, Unit::Percent)]);
    }
    if (99.95..100.0).contains(&pct) {
        return crate::format::cat(&[">", &words.tick(99.9, Unit::Percent)]);
    }
    let v = if pct < 1.0 || (99.5..100.0).contains(&pct) { (pct * 10.0).round() / 10.0 } else { pct.round() };
    let text = words.tick(v, Unit::Percent);
    if approx && pct > 0.0 { words::qualify(words.lang, Qualifier::About, &text, Unit::Percent) } else { text }
}

/// The middle of a slice's outer arc: where its tooltip points.
fn outer_mid(s: &Sector) -> (f64, f64) {
    let a = (s.start + s.end) / 2.0;
    let (sin, cos) = super::trig::sin_cos(a);
    (s.cx + s.r_outer * sin, s.cy - s.r_outer * cos)
}

/// The box around a slice and its hover outline, which the tooltip keeps off.
fn bbox(s: &Sector) -> Rect {
    let grown = Sector { r_outer: s.r_outer + PAD, ..*s };
    let pts = grown.outline();
    let (x0, y0) = pts.iter().fold((f64::MAX, f64::MAX), |(x, y), p| (x.min(p.0), y.min(p.1)));
    let (x1, y1) = pts.iter().fold((f64::MIN, f64::MIN), |(x, y), p| (x.max(p.0), y.max(p.1)));
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

fn union(a: Rect, b: Rect) -> Rect {
    let (x, y) = (a.x.min(b.x), a.y.min(b.y));
    Rect::new(x, y, a.right().max(b.right()) - x, a.bottom().max(b.bottom()) - y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::native::NativeNumbers;
    use crate::format::Wording;
    use crate::layout::{ApproxMeasure, Scene, TextMeasure};
    use crate::model::Model;

    const EN: &str = include_str!("../../tests/fixtures/valid/donut-percent-en.json");

    fn doc(locale: &str, unit: &str, items: &str) -> String {
        format!(r#"{{"version":1,"locale":"{locale}","charts":[{{"id":"d","type":"donut","title":"T","unit":"{unit}","items":[{items}]}}]}}"#)
    }

    fn items(values: &[f64]) -> String {
        let v: Vec<String> = values.iter().enumerate().map(|(i, v)| format!(r#"{{"label":"item {i}","value":{v}}}"#)).collect();
        v.join(",")
    }

    fn scene(doc: &str, width: f64) -> Scene {
        scene_shown(doc, width, &[])
    }

    /// (item, drawn slice, hit sector) of every slice, in hit order.
    fn slices_of(s: &Scene) -> Vec<(usize, Sector, Sector)> {
        s.hits
            .iter()
            .filter_map(|h| match (&h.area, &h.mark) {
                (Region::Sector(hit), Mark::Sector(drawn)) => Some((h.item, *drawn, *hit)),
                _ => None,
            })
            .collect()
    }

    fn rows_of(s: &Scene) -> Vec<(usize, Rect)> {
        s.hits.iter().filter_map(|h| if let Region::Rect(r) = h.area { Some((h.item, r)) } else { None }).collect()
    }

    fn point(s: &Sector, a: f64, r: f64) -> (f64, f64) {
        (s.cx + r * a.sin(), s.cy - r * a.cos())
    }

    fn texts(s: &Scene) -> Vec<String> {
        s.shapes.iter().filter_map(|x| if let Shape::Text { text, .. } = x { Some(text.replace('\u{a0}', " ")) } else { None }).collect()
    }

    #[test]
    fn slices_are_proportional_and_run_clockwise_from_twelve() {
        let s = scene(&doc("en", "count", &items(&[50.0, 30.0, 20.0])), 640.0);
        let sl = slices_of(&s);
        assert_eq!(sl.iter().map(|x| x.0).collect::<Vec<_>>(), [0, 1, 2]);
        let gap = GAP / sl[0].1.r_outer;
        let spans: Vec<f64> = sl.iter().map(|x| x.1.end - x.1.start).collect();
        for (span, v) in spans.iter().zip([0.5, 0.3, 0.2]) {
            assert!((span + gap - v * TAU).abs() < 1e-9, "{span} for {v}");
        }
        assert!((spans.iter().sum::<f64>() - (TAU - 3.0 * gap)).abs() < 1e-9);
        // From 12 o'clock, in display order, clockwise on screen.
        assert!((sl[0].1.start - gap / 2.0).abs() < 1e-12);
        assert!(sl.windows(2).all(|w| w[1].1.start > w[0].1.end));
        let d = &sl[0].1;
        let (x, y) = point(d, (d.start + d.end) / 2.0, d.r_outer);
        assert!(x > d.cx + d.r_outer - 1.0 && (y - d.cy).abs() < 1.0, "half the ring ends at 6: its middle is at 3 o'clock");
        match &s.shapes.iter().find(|x| matches!(x, Shape::Polygon { .. })) {
            Some(Shape::Polygon { points, .. }) => {
                assert!(points[0].0 > d.cx && (points[0].1 - (d.cy - d.r_outer)).abs() < 0.1, "starts at the top: {:?}", points[0]);
            }
            _ => panic!("no slice drawn"),
        }
    }

    #[test]
    fn hit_test_finds_each_slice_and_never_the_hole() {
        let s = scene(&doc("en", "count", &items(&[50.0, 30.0, 20.0])), 640.0);
        for (item, d, _) in slices_of(&s) {
            let (x, y) = point(&d, (d.start + d.end) / 2.0, (d.r_inner + d.r_outer) / 2.0);
            assert!(d.contains(x, y));
            assert_eq!(s.hit_at(x, y).unwrap().item, item);
        }
        let d = slices_of(&s)[0].1;
        assert!(s.hit_at(d.cx, d.cy).is_none(), "the hole shows the total, not a datum");
        let (x, y) = point(&d, 0.5, d.r_inner - 1.0);
        assert!(s.hit_at(x, y).is_none());
    }

    #[test]
    fn a_half_percent_slice_stays_honest_but_reachable() {
        // In the middle, it borrows from both neighbours; at the end, only from the
        // one before, since hit sectors do not wrap past 12 o'clock.
        for (values, tiny) in [([60.0, 0.5, 39.5], 1), ([60.0, 39.5, 0.5], 2)] {
            let s = scene(&doc("en", "count", &items(&values)), 640.0);
            let sl = slices_of(&s);
            let (_, d, hit) = sl[tiny];
            assert!(d.end - d.start <= 0.005 * TAU, "drawn no wider than its share");
            assert!(hit.end - hit.start >= 6f64.to_radians() - 1e-9, "but easy to point at");
            let mid = (d.start + d.end) / 2.0;
            let r = (d.r_inner + d.r_outer) / 2.0;
            // Past its drawn edges: both sides, or only the side away from 12 o'clock.
            let after = if tiny == 1 { 1.5f64.to_radians() } else { 0.0 };
            for a in [mid, mid - 2.0f64.to_radians(), mid + after] {
                let (x, y) = point(&d, a, r);
                assert_eq!(s.hit_at(x, y).unwrap().item, tiny, "at {a}");
            }
            // The hit sectors still tile the ring without overlapping.
            for w in sl.windows(2) {
                assert!((w[0].2.end - w[1].2.start).abs() < 1e-12);
            }
            assert_eq!((sl[0].2.start, sl[2].2.end), (0.0, TAU));
        }
    }

    #[test]
    fn a_tiny_share_is_a_visible_line_unless_many_are() {
        // 4 of 10 002 is a quarter of a pixel of the ring: drawn as a line of 1,5 px.
        let s = scene(&doc("ru", "count", &items(&[5000.0, 4998.0, 4.0])), 640.0);
        let sl = slices_of(&s);
        let px = |x: &Sector| (x.end - x.start) * x.r_outer;
        assert!((px(&sl[2].1) - MIN_SLICE / 2.0).abs() < 1e-9, "{}", px(&sl[2].1));
        assert!((sl[2].1.start + sl[2].1.end) / 2.0 > TAU - MIN_SLICE / sl[2].1.r_outer, "at the end, by 12 o'clock");
        // Its neighbours gave the width in proportion, a fraction of a pixel each.
        let r = sl[0].1.r_outer;
        for (i, v) in [(0, 5000.0), (1, 4998.0)] {
            let to_scale = v / 10_002.0 * TAU * r - GAP;
            assert!(px(&sl[i].1) < to_scale && px(&sl[i].1) > to_scale - 2.0, "{i}: {} of {to_scale}", px(&sl[i].1));
        }
        assert!(px(&sl[0].1) > px(&sl[1].1));
        // Without the widening it would have been under a pixel.
        assert!(4.0 / 10_002.0 * TAU * r < 0.5);
        // Many tiny shares: each gets the widest line they can all have
        // within 5 % of the ring, so one more never blanks the others (at
        // 2 % a sixth had); a thousand stay about to scale.
        let mut widths = Vec::new();
        for n in [5, 6, 10, 20, 40, 1000] {
            let mut many = vec![10_000.0];
            many.extend(vec![1.0; n]);
            let s = scene(&doc("ru", "count", &items(&many)), 640.0);
            let sl = slices_of(&s);
            let r = sl[0].1.r_outer;
            let px = |i: usize| (sl[i].1.end - sl[i].1.start) * r;
            let big = 10_000.0 / (10_000.0 + n as f64) * TAU * r;
            assert!(px(0) >= big - 0.05 * TAU * r - GAP - 1e-9 && px(0) < big, "{n}: the big slice gives at most 5 % of the ring");
            widths.push(px(n / 2));
        }
        assert!(widths[0] >= MIN_SLICE / 2.0 - 1e-9 && widths[1] >= MIN_SLICE / 2.0 - 1e-9, "{widths:?}");
        assert!(widths.windows(2).all(|w| w[1] <= w[0] + 1e-9), "narrower as there are more: {widths:?}");
        assert!(widths[4] > 0.25 && widths[5] < 0.1, "{widths:?}");
    }

    #[test]
    fn a_lone_tiny_percent_borrows_from_the_grey_rest() {
        // 0,04 % of 100 %: the only slice, the rest grey. It is a line, and the grey starts after it.
        let s = scene(&doc("ru", "percent", &items(&[0.04])), 640.0);
        let sl = slices_of(&s);
        let d = sl[0].1;
        assert!(((d.end - d.start) * d.r_outer - MIN_SLICE).abs() < 1e-9, "{}", (d.end - d.start) * d.r_outer);
        let grey = s.shapes.iter().find_map(|x| match x {
            Shape::Polygon { points, ink: Ink::Grid } => Some(points.clone()),
            _ => None,
        });
        assert!(grey.is_some());
    }

    #[test]
    fn list_rows_are_hits_too_and_zero_items_are_listed() {
        let s = scene(&doc("ru", "count", &items(&[40.0, 0.0, 60.0])), 640.0);
        let sl = slices_of(&s);
        assert_eq!(sl.iter().map(|x| x.0).collect::<Vec<_>>(), [0, 2], "no slice for zero");
        let rows = rows_of(&s);
        assert_eq!(rows.iter().map(|x| x.0).collect::<Vec<_>>(), [0, 1, 2]);
        for (item, r) in &rows {
            let h = s.hit_at(r.x + r.w / 2.0, r.y + r.h / 2.0).unwrap();
            assert_eq!(h.item, *item);
            match sl.iter().find(|x| x.0 == *item) {
                Some((_, d, _)) => assert_eq!(h.mark, Mark::Sector(*d), "the row highlights its slice"),
                None => assert!(matches!(h.mark, Mark::Rect(_))),
            }
        }
        assert!(rows.windows(2).all(|w| w[1].1.y >= w[0].1.bottom()), "rows do not overlap");
        let t = texts(&s);
        assert!(t.contains(&"item 1".to_string()) && t.contains(&"0 %".to_string()), "{t:?}");
    }

    /// On a phone a long one-word label ("Гидроэлектростанции") beside the
    /// widest value's column was cut mid-word; it wraps beside its own value,
    /// or the values go under the labels, and no word is cut.
    #[test]
    fn list_labels_keep_their_words_whole_on_a_phone() {
        let labels = ["Угольные станции", "Гидроэлектростанции", "Биоэнергетика", "Электроэнергетические"];
        let items: Vec<String> = labels.iter().zip([60.0, 30.0, 0.2, 9.8]).map(|(l, v)| format!(r#"{{"label":"{l}","value":{v}}}"#)).collect();
        let items = items.join(",").replacen("0.2}", r#"0.2,"qualifier":"less_than"}"#, 1);
        for width in [220.0, 260.0, 300.0, 360.0] {
            let s = scene(&doc("ru", "percent", &items), width);
            let words: Vec<&str> = labels.iter().flat_map(|l| l.split(' ')).collect();
            let t = texts(&s);
            for w in &words {
                assert!(t.iter().any(|line| line.split(' ').any(|x| x == *w)), "{width} px: {w} not whole in {t:?}");
            }
        }
    }

    /// The list is the slices' only key: a long name is shown whole, never
    /// ended with "…", and the next row starts below its last line.
    #[test]
    fn a_long_list_name_is_shown_whole() {
        let long = "Доходы от реализации конфискованного имущества, изъятого по уголовным делам о наркопреступлениях";
        let items = format!(r#"{{"label":"{long}","value":60}},{{"label":"Прочее","value":40}}"#);
        for width in [260.0, 640.0] {
            let s = scene(&doc("ru", "count", &items), width);
            let t = texts(&s);
            let lines: Vec<&String> = t.iter().filter(|x| long.contains(x.as_str())).collect();
            assert!(lines.len() > 3, "{width} px: {t:?}");
            assert_eq!(lines.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(" "), long, "{width} px");
            assert!(!t.iter().any(|x| x.contains('…')), "{width} px: {t:?}");
            let rows = rows_of(&s);
            assert!(rows[1].1.y >= rows[0].1.bottom(), "{width} px: rows overlap");
        }
    }

    #[test]
    fn the_list_sits_beside_the_ring_when_wide_and_under_it_when_narrow() {
        let d = doc("ru", "count", &items(&[5.0, 3.0, 2.0]));
        let wide = scene(&d, 640.0);
        let ring = slices_of(&wide)[0].1;
        assert!(rows_of(&wide).iter().all(|(_, r)| r.x > ring.cx + ring.r_outer));
        // Short labels keep their values close, on the same line.
        assert!(rows_of(&wide).iter().all(|(_, r)| r.w < 200.0));
        assert_eq!(wide.shapes.iter().filter(|x| matches!(x, Shape::Text { align: Align::End, .. })).count(), 6);
        let narrow = scene(&d, 340.0);
        let ring = slices_of(&narrow)[0].1;
        assert!((ring.cx - 170.0).abs() < 1e-9, "centred");
        assert!(rows_of(&narrow).iter().all(|(_, r)| r.y > ring.cy + ring.r_outer && r.x == LIST_PAD && r.right() == 340.0 - LIST_PAD));
    }

    #[test]
    fn the_total_keeps_only_an_honest_qualifier() {
        use Qualifier::*;
        let q = |qs: &[Qualifier]| total_qualifier(qs.iter().copied());
        assert_eq!(q(&[Exact, Exact]), Exact);
        assert_eq!(q(&[MoreThan, Exact, AtLeast]), MoreThan);
        assert_eq!(q(&[AtLeast, Exact]), AtLeast);
        assert_eq!(q(&[LessThan, UpTo]), LessThan);
        assert_eq!(q(&[UpTo, Exact]), UpTo);
        assert_eq!(q(&[About, Exact]), About);
        assert_eq!(q(&[MoreThan, LessThan]), About, "bounds both ways: only an estimate");
        assert_eq!(q(&[MoreThan, About]), About);

        // The hole's lines: the only centred texts of a donut.
        let hole = |s: &Scene| -> Vec<String> {
            s.shapes
                .iter()
                .filter_map(|x| match x {
                    Shape::Text { text, align: Align::Center, .. } => Some(text.replace('\u{a0}', " ")),
                    _ => None,
                })
                .collect()
        };
        let ru = doc("ru", "kg", r#"{"label":"a","value":525,"qualifier":"more_than"},{"label":"b","value":3,"unit":"t"}"#);
        assert_eq!(hole(&scene(&ru.replace("kg", "count").replace(r#","unit":"t""#, ""), 640.0)), ["более 528", "всего"]);
        // Rather than shrink a long total, the qualifier takes its own line; the
        // number stays whole.
        assert_eq!(hole(&scene(&ru, 640.0)), ["более", "3 525 кг", "всего"]);
        assert_eq!(hole(&scene(&ru, 160.0)), ["более", "3 525 кг", "всего"]);
        let mixed = doc("kk", "count", r#"{"label":"a","value":500,"qualifier":"more_than"},{"label":"b","value":20,"qualifier":"less_than"}"#);
        assert_eq!(hole(&scene(&mixed, 640.0)), ["шамамен", "520", "барлығы"]);
        // A Kazakh postposition follows the figure, so it takes the second line.
        let kk = doc("kk", "kg", r#"{"label":"a","value":525,"qualifier":"more_than"},{"label":"b","value":3,"unit":"t"}"#);
        assert_eq!(hole(&scene(&kk, 160.0)), ["3 525 кг-нан", "астам", "барлығы"]);
        // Shares of a whole (99.9 % here, rounded): no «100 % total» in the hole.
        assert_eq!(hole(&scene(EN, 640.0)), Vec::<String>::new());
        // Shares of part of a whole: their sum, keeping the qualifier it keeps
        // honestly; past 100 % (answers that do not exclude each other), none.
        let part = doc("en", "percent", r#"{"label":"a","value":50,"qualifier":"about"},{"label":"b","value":30}"#);
        assert_eq!(hole(&scene(&part, 640.0)), ["about 80%", "total"]);
        let more = doc("ru", "percent", r#"{"label":"a","value":50},{"label":"b","value":30,"qualifier":"more_than"}"#);
        assert_eq!(hole(&scene(&more, 640.0)), ["более 80 %", "всего"]);
        let over = doc("ru", "percent", r#"{"label":"a","value":70},{"label":"b","value":60},{"label":"c","value":30}"#);
        assert_eq!(hole(&scene(&over, 640.0)), Vec::<String>::new());
    }

    #[test]
    fn shares_of_an_inexact_whole_are_approximate_and_no_part_reads_100() {
        let list_shares = |sc: &Scene| -> Vec<String> {
            sc.shapes
                .iter()
                .filter_map(|x| match x {
                    Shape::Text { text, font, .. } if *font == SHARE => Some(text.replace('\u{a0}', " ")),
                    _ => None,
                })
                .collect()
        };
        let inexact = doc("ru", "count", r#"{"label":"a","value":1,"qualifier":"more_than"},{"label":"b","value":2},{"label":"c","value":0},{"label":"d","value":3}"#);
        assert_eq!(list_shares(&scene(&inexact, 640.0)), ["около 17 %", "около 33 %", "0 %", "около 50 %"]);
        let lopsided = doc("ru", "count", r#"{"label":"a","value":998},{"label":"b","value":2}"#);
        assert_eq!(list_shares(&scene(&lopsided, 640.0)), ["99,8 %", "0,2 %"]);
        let tiny = doc("en", "count", r#"{"label":"a","value":99999},{"label":"b","value":1}"#);
        assert_eq!(list_shares(&scene(&tiny, 640.0)), [">99.9%", "<0.1%"]);
    }

    /// Percentages short of 100 fill that much of the ring, the rest grey; within
    /// rounding of 100, or past it, the slices close the ring.
    #[test]
    fn percentages_short_of_100_fill_that_much_of_the_ring() {
        let arc = |sc: &Scene, grey: bool| -> f64 {
            sc.shapes
                .iter()
                .filter_map(|x| match x {
                    Shape::Polygon { points, ink } if (*ink == Ink::Grid) == grey && matches!(ink, Ink::Grid | Ink::Series(_)) => Some(points),
                    _ => None,
                })
                .map(|p| {
                    // A ring sector's area, as a share of the ring's.
                    // The shoelace formula over each edge (the last back to the first).
                    (0..p.len()).map(|i| p[i].0 * p[(i + 1) % p.len()].1 - p[(i + 1) % p.len()].0 * p[i].1).sum::<f64>().abs() / 2.0
                })
                .sum()
        };
        let of = |sc: Scene| {
            let (coloured, grey) = (arc(&sc, false), arc(&sc, true));
            coloured / (coloured + grey)
        };
        let share = |items: &str| of(scene(&doc("ru", "percent", items), 640.0));
        let partial = share(r#"{"label":"a","value":40},{"label":"b","value":25,"qualifier":"about"}"#);
        assert!((partial - 0.65).abs() < 0.02, "40 % + 25 % cover {partial} of the ring");
        // A missing share in 2025: its known 80 % cover four fifths of its ring
        // (2024's is whole): nine tenths of the two.
        let two = r#"{"version":1,"charts":[{"id":"d","type":"donut","unit":"percent","series":["2024","2025"],"items":[
            {"label":"a","values":[60,65.6]},{"label":"b","values":[20,null]},{"label":"c","values":[20,14.4]}]}]}"#;
        let gap = of(scene(two, 640.0));
        assert!((gap - 0.9).abs() < 0.02, "{gap}");
        assert_eq!(share(r#"{"label":"a","value":65.6},{"label":"b","value":34.3}"#), 1.0);
        // (Shares past 100 %, a poll of several answers, are drawn as bars:
        // `shares_past_a_hundred_percent_are_said_to_overlap`.)
    }

    /// Two series; b is missing in 2025, c is 0 in 2024.
    const TWO_SERIES: &str = r#"{"version":1,"charts":[{"id":"d","type":"donut","series":["2024","2025"],"items":[
            {"label":"a","values":[1,30]},{"label":"b","values":[3,null]},{"label":"c","values":[0,10]}]}]}"#;

    /// A poll with several answers (62 + 48 + 35 = 145 %) is no whole: its
    /// shares are drawn as bars; a ring of series that does overlap says so
    /// under it and in the description; shares of one whole (with rounding:
    /// 33,4 × 3) and counts stay rings.
    #[test]
    fn shares_past_a_hundred_percent_are_said_to_overlap() {
        let hint = |s: &Scene| texts(s).join(" ").contains("(they overlap)");
        let ring = |s: &Scene| s.kind == Some(ChartKind::Donut) && s.hits.iter().any(|h| matches!(h.mark, Mark::Sector(_)));
        let poll = doc("en", "percent", &items(&[62.0, 48.0, 35.0]));
        for width in [320.0, 640.0] {
            let s = scene(&poll, width);
            assert!(s.kind == Some(ChartKind::HBar) && !ring(&s) && !hint(&s), "{width}: {:?}", texts(&s));
            assert!(["62%", "48%", "35%"].iter().all(|v| texts(&s).iter().any(|t| t == v)), "{width}: each share written: {:?}", texts(&s));
        }
        for whole in [items(&[33.4, 33.4, 33.4]), items(&[40.0, 25.0])] {
            let s = scene(&doc("en", "percent", &whole), 640.0);
            assert!(ring(&s) && !hint(&s));
        }
        assert!(ring(&scene(&doc("en", "count", &items(&[62.0, 48.0, 35.0])), 640.0)));

        // Bounds from above may add up to less («менее 10 %» counts 0); one
        // share past 100 % overlaps nothing.
        let bounded = doc("en", "percent", r#"{"label":"a","value":60},{"label":"b","value":45,"qualifier":"up_to"}"#);
        assert!(ring(&scene(&bounded, 640.0)) && !hint(&scene(&bounded, 640.0)));
        assert!(ring(&scene(&doc("en", "percent", &items(&[150.0])), 640.0)));

        // With series: said under the ring that overlaps, and only that one
        // (the 2024 ring's shares add up to 100 %).
        let two = r#"{"version":1,"locale":"en","charts":[{"id":"d","type":"donut","unit":"percent","series":["2024","2025"],
            "items":[{"label":"a","values":[50,70]},{"label":"b","values":[50,60]}]}]}"#;
        let both = scene_shown(two, 640.0, &[]);
        let at = |s: &Scene, t: &str| s.shapes.iter().find_map(|x| match x { Shape::Text { text, y, .. } if text.contains(t) => Some(*y), _ => None });
        assert_eq!(texts(&both).iter().filter(|t| t.contains("(they overlap)")).count(), 1, "{:?}", texts(&both));
        assert!(at(&both, "(they overlap)") > at(&both, "2025"), "under the 2025 ring: {:?}", texts(&both));
        assert!(hint(&scene_shown(two, 640.0, &[false, true])));
        assert!(!hint(&scene_shown(two, 640.0, &[true, false])));

        let d = crate::spec::parse(&poll).unwrap();
        let m = Model::new(&d, None);
        let n = NativeNumbers::new(m.lang);
        let said = crate::interact::describe(&m.charts[0], ChartKind::HBar, &Wording::new(m.lang, &n), &[]);
        assert!(!said.contains("overlap"), "drawn as bars, each share stands alone: {said}");
        let d = crate::spec::parse(two).unwrap();
        let m = Model::new(&d, None);
        let said = crate::interact::describe(&m.charts[0], ChartKind::Donut, &Wording::new(m.lang, &n), &[]);
        assert!(said.ends_with(". 2025: The shares add up to more than 100% (they overlap): the ring shows only how they compare."), "{said}");
        assert_eq!(said.matches("overlap").count(), 1, "{said}");
        // Both rings past 100 %: two sentences, one full stop between them.
        let both = two.replace("[50,70]", "[60,70]");
        let m = Model::new(&crate::spec::parse(&both).unwrap(), None);
        let said = crate::interact::describe(&m.charts[0], ChartKind::Donut, &Wording::new(m.lang, &n), &[]);
        assert!(said.contains("compare. 2025: The shares") && !said.contains(".."), "{said}");
    }

    /// Beside a wide ring, a share stands near its value, not across the
    /// width the list could take (long names with qualified figures had put
    /// values under their names and shares 300 px off at 1000 px).
    #[test]
    fn a_share_stands_near_its_value() {
        let blocked = doc(
            "en",
            "count",
            r#"{"label":"Telegram channels and bots","value":2215,"qualifier":"more_than"},{"label":"Websites","value":1480},
               {"label":"Instagram accounts","value":960,"qualifier":"about"},{"label":"TikTok","value":312}"#,
        );
        for width in [640.0, 1000.0, 1400.0] {
            let s = scene(&blocked, width);
            // (left, right) of a text as drawn.
            let span = |t: &str| {
                s.shapes.iter().find_map(|sh| match sh {
                    Shape::Text { text, x, font, align, .. } if text.replace('\u{a0}', " ") == t => {
                        let w = ApproxMeasure.width(text, *font);
                        Some(match align { Align::End => (x - w, *x), Align::Center => (x - w / 2.0, x + w / 2.0), _ => (*x, x + w) })
                    }
                    _ => None,
                })
            };
            let (value, share) = (span("more than 2,215").expect("the value"), span("about 45%").unwrap_or_else(|| panic!("{:?}", texts(&s))));
            assert!(share.0 - value.1 < 60.0, "at {width}: the share at {share:?}, the value at {value:?}");
        }
    }

    /// A slice's tooltip in a hole that holds the total hides all of it: the
    /// box `held` gives takes in every glyph written there, and a tooltip
    /// grown to it and centred on the hole covers them (a small one had left
    /// pieces of the total showing round it).
    #[test]
    fn a_tooltip_in_the_hole_covers_the_total() {
        use crate::interact::tooltip::{covering, held, in_hole};
        for width in [320.0, 640.0] {
            let s = scene(&doc("ru", "kg", &items(&[5400.0, 800.0, 750.0, 600.0])), width);
            let (_, slice, _) = slices_of(&s)[2];
            let box_ = held(&s.shapes, &slice, &ApproxMeasure);
            let size = covering((60.0, 30.0), box_);
            assert!(size.0 > 60.0 && size.1 > 30.0, "at {width}: a small tooltip grows to the total's box: {box_:?}");
            let spot = in_hole((0.0, 0.0), size, slice, (0.0, 4000.0)).expect("fits the hole");
            let cover = Rect::new(spot.left, spot.top, size.0, size.1);
            let mut written = 0;
            for sh in &s.shapes {
                if let Shape::Text { x, y, text, font, .. } = sh {
                    if (x - slice.cx).hypot(y - slice.cy) < slice.r_inner {
                        written += 1;
                        let w = ApproxMeasure.width(text, *font);
                        let glyphs = Rect::new(x - w / 2.0, y - font.size * 0.3, w, font.size * 1.3);
                        assert!(cover.x <= glyphs.x && glyphs.right() <= cover.right() && cover.y <= glyphs.y && glyphs.bottom() <= cover.bottom(), "at {width}: {text} at {glyphs:?} shows round {cover:?}");
                    }
                }
            }
            assert_eq!(written, 2, "at {width}: the total and «всего»");
        }
        // A percent donut's complete shares have no total: an empty hole.
        let s = scene(&doc("ru", "percent", &items(&[60.0, 40.0])), 640.0);
        assert_eq!(held(&s.shapes, &slices_of(&s)[0].1, &ApproxMeasure), (0.0, 0.0));
    }

    /// A document's first chart at `width` with the series `shown`.
    fn scene_shown(doc: &str, width: f64, shown: &[bool]) -> Scene {
        let d = crate::spec::parse(doc).unwrap();
        let model = Model::new(&d, None);
        let numbers = NativeNumbers::new(model.lang);
        let words = Wording::new(model.lang, &numbers);
        let cx = Ctx { measure: &ApproxMeasure, words: &words, source: d.source.as_ref(), shown, legend: false, corner: 0.0 };
        crate::layout::chart(&model, 0, &cx, width)
    }

    #[test]
    fn with_series_each_has_its_own_donut_under_its_name() {
        for width in [320.0, 640.0] {
            let s = scene_shown(TWO_SERIES, width, &[true, true]);
            let t = texts(&s);
            let (y24, y25) = (t.iter().position(|x| x == "2024").unwrap(), t.iter().position(|x| x == "2025").unwrap());
            assert!(y24 < y25, "2024's donut, then 2025's");
            // Slices of both: a and b in 2024 (c is 0), a and c in 2025 (b missing).
            let by: Vec<(usize, usize)> = s.hits.iter().filter(|h| matches!(h.area, Region::Sector(_))).map(|h| (h.series, h.item)).collect();
            assert_eq!(by, [(0, 0), (0, 1), (1, 0), (1, 2)], "@{width}");
            // The second donut lies wholly below the first.
            let bottom0 = s.hits.iter().filter(|h| h.series == 0).map(|h| h.avoid.bottom()).fold(0.0, f64::max);
            let top1 = s.hits.iter().filter(|h| h.series == 1).map(|h| h.avoid.y).fold(f64::INFINITY, f64::min);
            assert!(top1 > bottom0, "@{width}: {top1} > {bottom0}");
            assert!(s.height > 2.0 * 240.0_f64.min(width * 0.38), "@{width}: two rings tall");
        }
    }

    #[test]
    fn figures_summing_past_the_largest_double_keep_honest_shares() {
        let s = scene(&doc("en", "count", &items(&[1e308, 1e308])), 640.0);
        let t = texts(&s);
        assert!(t.iter().all(|x| !x.contains('∞')), "no infinite total: {t:?}");
        assert_eq!(t.iter().filter(|x| x.as_str() == "50%" || x.as_str() == "50 %").count(), 2, "{t:?}");
        let sl = slices_of(&s);
        assert_eq!(sl.len(), 2);
        assert!(((sl[0].1.end - sl[0].1.start) - (sl[1].1.end - sl[1].1.start)).abs() < 1e-9);
    }

    #[test]
    fn the_formats_most_items_are_laid_out() {
        // 100,000 items (the format's limit): each slice and row is a hit.
        let values: Vec<f64> = (0..100_000).map(|i| f64::from(i % 7 + 1)).collect();
        let s = scene(&doc("en", "count", &items(&values)), 640.0);
        assert_eq!(s.hits.len(), 200_000);
    }

    #[test]
    fn an_item_keeps_its_colour_in_every_ring() {
        // b is missing in 2025 and zero in 2026: c stays green in all three.
        let d = r#"{"version":1,"charts":[{"id":"d","type":"donut","series":["2024","2025","2026"],"items":[
            {"label":"a","values":[1,2,3]},{"label":"b","values":[1,null,0]},{"label":"c","values":[1,2,3]}]}]}"#;
        let s = scene_shown(d, 640.0, &[]);
        let inks: Vec<(usize, Ink)> = s
            .hits
            .iter()
            .filter(|h| matches!(h.area, Region::Sector(_)))
            .map(|h| {
                let Mark::Sector(drawn) = &h.mark else { panic!() };
                let ink = s.shapes.iter().find_map(|x| match x { Shape::Polygon { points, ink } if *points == drawn.outline() => Some(*ink), _ => None });
                (h.item, ink.unwrap())
            })
            .collect();
        for (item, ink) in &inks {
            assert_eq!(*ink, Ink::Series(*item as u8), "{inks:?}");
        }
    }

    #[test]
    fn series_switched_off_get_no_donut() {
        let s = scene_shown(TWO_SERIES, 640.0, &[false, true]);
        let sl = slices_of(&s);
        assert_eq!(sl.iter().map(|x| x.0).collect::<Vec<_>>(), [0, 2], "b is missing in 2025");
        assert!(((sl[0].1.end - sl[0].1.start) / (sl[1].1.end - sl[1].1.start) - 3.0).abs() < 0.05);
        assert!(s.hits.iter().all(|h| h.series == 1));
        let t = texts(&s);
        assert!(t.contains(&"нет данных".to_string()), "a missing value is said to be missing: {t:?}");
        // The whole is unknown: its total is a lower bound, and no shares of it are given.
        assert!(t.contains(&"не менее 40".to_string()) && !t.iter().any(|x| x.contains('%')), "{t:?}");
    }

    #[test]
    fn colours_cycle_but_the_last_slice_never_matches_the_first() {
        let s = scene(&doc("en", "count", &items(&[1.0; 6])), 640.0);
        let inks: Vec<Ink> = s.shapes.iter().filter_map(|x| if let Shape::Polygon { ink, .. } = x { Some(*ink) } else { None }).collect();
        assert_eq!(inks.len(), 6);
        assert_ne!(inks[5], inks[0]);
        assert_ne!(inks[5], inks[4]);
    }

    #[test]
    fn everything_stays_inside_the_width_and_height() {
        let long = r#"{"label":"Синтетические наркотики (мефедрон, альфа-PVP и другие соли) из трёх регионов","value":52,"qualifier":"more_than"}"#;
        let ru = doc("ru", "KZT", &format!(r#"{long},{{"label":"Героин","value":255000000}},{{"label":"б","value":0.5}},{{"label":"в","value":0}}"#));
        for d in [EN, ru.as_str()] {
            for width in [200.0, 280.0, 340.0, 479.0, 480.0, 640.0, 1000.0] {
                let s = scene(d, width);
                let inside = |x: f64, y: f64| x >= -1e-6 && x <= width + 1e-6 && y >= -1e-6 && y <= s.height + 1e-6;
                for sh in &s.shapes {
                    match sh {
                        Shape::Polygon { points, .. } => assert!(points.iter().all(|p| inside(p.0, p.1)), "@{width}"),
                        Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => {
                            assert!(inside(rect.x, rect.y) && inside(rect.right(), rect.bottom()), "@{width}: {rect:?}")
                        }
                        Shape::Text { x, y, text, font, align, .. } => {
                            let w = ApproxMeasure.width(text, *font);
                            let x0 = match align {
                                Align::Start => *x,
                                Align::Center => x - w / 2.0,
                                Align::End => x - w,
                            };
                            assert!(inside(x0, *y) && inside(x0 + w, y + font.size), "@{width}: {text} at {x0}..{}", x0 + w);
                        }
                        _ => {}
                    }
                }
                // So do the hover overlays, and every hit.
                for h in &s.hits {
                    for sh in crate::interact::highlight(h, &s.points, (s.width, s.height)) {
                        match sh {
                            Shape::Path { points, width: w, .. } => {
                                assert!(points.iter().all(|p| inside(p.0 - w / 2.0, p.1 - w / 2.0) && inside(p.0 + w / 2.0, p.1 + w / 2.0)))
                            }
                            Shape::Frame { rect, .. } => assert!(inside(rect.x, rect.y) && inside(rect.right(), rect.bottom()), "{rect:?}"),
                            _ => {}
                        }
                    }
                    let r = match h.area {
                        Region::Rect(r) => r,
                        Region::Sector(d) => Rect::new(d.cx - d.r_outer, d.cy - d.r_outer, 2.0 * d.r_outer, 2.0 * d.r_outer),
                    };
                    assert!(inside(r.x, r.y) && inside(r.right(), r.bottom()), "@{width}: {r:?}");
                }
            }
        }
    }
}
