//! Time series: one line per series on a date axis placed by real time, light
//! gridlines with round value ticks, and each line named at its end (colour is
//! never the only cue). Huge series are drawn min/max per pixel column, while the
//! hit map keeps one strip per date.

use super::axis::{self, TICK};
use super::calendar::{civil, days};
use super::scale::{nice_span, nice_range, Span};
use super::scene::{Align, Font, Hit, Mark, Rect, Region, Shape, Weight};
use super::text::{wrap, wrap_whole};
use super::{Body, Ctx};
use crate::model::{ChartModel, Figure};
use crate::spec::{ChartKind, Date};
use crate::theme::Ink;

const LABEL: Font = Font::new(13.0, Weight::Bold);
const LINE_W: f64 = 2.5;
const DOT: f64 = 3.5;
/// Markers on every point only while a line has this few (and they do not touch).
const MARKERS_UP_TO: usize = 40;
/// Inset of the first and last dates so their markers are not cut at the edges.
const PAD: f64 = 5.0;
const LABEL_GAP: f64 = 6.0;
/// From a line's end to its name as drawn: clear of the hover ring (radius 7
/// with its stroke). The room counted is `LABEL_GAP`: the last date's inset
/// (`PAD`) and the 10 % slack pay for the rest.
const NAME_X: f64 = 9.0;
/// Extra room between a line's end and its label when a label had to move
/// off its end and a leader joins them.
const LEADER: f64 = 14.0;
/// How far round a point the tooltip keeps off: the hover dot's ring (radius
/// 6, 2 px wide) and some air.
const REACH: f64 = 10.0;
/// Room to spare around measured text (see `layout`).
const SLACK: f64 = 1.1;
/// Clear space between two date labels, and the least distance between ticks.
const TICK_GAP: f64 = 12.0;
const TICK_SPACING: f64 = 40.0;

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    // (Plain loops in this function: iterator chains brought their own code into the wasm.)
    let mut shown: Vec<usize> = Vec::new();
    for s in 0..chart.series.len().max(1) {
        if cx.shown(s) {
            shown.push(s);
        }
    }
    let fig = |i: usize, s: usize| chart.items[i].values.get(s).copied().flatten();
    let n = chart.items.len();

    // Value axis: only shown series count, so hiding one rescales the rest.
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for d in &chart.items {
        for &s in &shown {
            if let Some(Some(f)) = d.values.get(s) {
                (lo, hi) = (lo.min(f.scaled), hi.max(f.scaled));
            }
        }
    }
    let plot_h = (width * 0.45).clamp(160.0, 300.0);
    let target = (plot_h / 55.0).round() as usize;
    // A line is read by its slope, not its height: values far from zero (fuel
    // at 205–296 ₸) get an axis around them instead of a flat line in the top
    // third. Zero stays in when it costs less than the values' own span.
    let off_zero = lo > 0.0 && (hi - lo) < lo || hi < 0.0 && (hi - lo) < -hi;
    let ticks = if !lo.is_finite() {
        nice_range(0.0, 0.0, target)
    } else if off_zero {
        nice_span(lo, hi, target)
    } else {
        nice_range(lo, hi, target)
    };
    let top_tick = ticks.last().copied().unwrap_or(0.0);
    let label = |i: usize, t: f64, compact: bool| match (i + 1 == ticks.len(), compact) {
        (true, true) => cx.words.tick(t, chart.unit),
        (true, false) => cx.words.figure(t, chart.unit, crate::spec::Qualifier::Exact, false),
        (false, true) => cx.words.tick_under(t, top_tick, chart.unit),
        (false, false) => cx.words.numbers.exact(t),
    };
    let labels = |compact: bool| {
        let mut out = Vec::new();
        for (i, t) in ticks.iter().enumerate() {
            out.push(label(i, *t, compact));
        }
        out
    };
    let mut tick_labels: Vec<String> = labels(true);
    // Ticks close together off zero (99,90 … 100 %) read alike when short
    // («100 %, 100, 100, 99,9»): then every digit, as the ticks are round.
    let alike = |a: &str, b: &str| b.strip_prefix(a).is_some_and(|rest| rest.is_empty() || rest.starts_with(['\u{a0}', ' ', '%']));
    if tick_labels.windows(2).any(|w| alike(&w[0], &w[1])) {
        tick_labels = labels(false);
    }

    // Direct labels at each line's end: series names, or the last value of a lone series.
    let mut ends: Vec<(usize, usize, Figure)> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for &s in &shown {
        let mut i = n;
        while i > 0 {
            i -= 1;
            if let Some(f) = fig(i, s) {
                ends.push((s, i, f));
                // A figure may wrap after its qualifier («more than» / «€7.25M»), never inside it
                // (a Kazakh one keeps «98,7 млрд ₸-ден» whole: its margin is that wide).
                names.push(chart.series.get(s).cloned().unwrap_or_else(|| cx.words.headline(&f)));
                break;
            }
        }
    }
    let natural = names.iter().map(|t| cx.measure.width(t, LABEL)).fold(0.0, f64::max);
    // Long names wrap rather than squeeze the plot on a phone, between words:
    // a figure («20,3 млн») is one word and never cut («20,3 мл» / «н»), nor
    // is a series name's word («Маркетплейсы» had read «Маркетпле…»), up to
    // 45 % of the width for a figure, 42 % for a name's word, which past that
    // is cut short with «…» (the legend has it whole).
    let widest = |of_names: bool| {
        let words = names.iter().zip(&ends).filter(|(_, e)| chart.series.get(e.0).is_some() == of_names);
        words.map(|(t, _)| super::text::widest_word(cx.measure, t, LABEL)).fold(0.0, f64::max)
    };
    let whole = |w: f64, share: f64| (w * SLACK + LABEL_GAP).min(width * share);
    let mut margin = if names.is_empty() {
        0.0
    } else {
        whole(natural, 0.28).max(whole(widest(false), 0.45)).max(whole(widest(true), 0.42))
    };
    // Each value label stands on its gridline at the left edge. Only the top
    // one carries the unit and magnitude («3 млрд ₸», then «2», «1», «0»), and
    // it stands above the data, so the data start past the lower labels alone:
    // a side axis of «2 млрд ₸» had cost a phone a quarter of its width.
    axis::drop_shared_magnitude(&ticks, &mut tick_labels);
    let lower = &tick_labels[..tick_labels.len() - 1];
    // 10% slack: native SVG viewers may set a wider face than the metric assumes.
    let plot_x = lower.iter().map(|t| cx.measure.width(t, TICK)).fold(0.0, f64::max) * SLACK + 6.0;
    // The labels at the lines' ends, worked out before the plot's height.
    let lh = LABEL.line_height();
    // The epsilon absorbs the float round trip of `natural * SLACK / SLACK`.
    let room = |margin: f64| ((margin - LABEL_GAP) / SLACK).max(10.0) + 1e-9;
    // Wrap only what does not fit: `wrap` would turn a no-break space into a
    // space. A series name too long is cut short at a word, never hyphenated
    // («Многоквартирные жилые» / «дома в городах…»): the legend and tooltip
    // have it whole. A figure wraps after its qualifier.
    let block = |lines: usize, room: f64| -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for (t, (s, ..)) in names.iter().zip(&ends) {
            out.push(match () {
                _ if cx.measure.width(t, LABEL) <= room => vec![t.clone()],
                _ if chart.series.get(*s).is_some() => wrap_whole(cx.measure, t, LABEL, room, lines),
                _ => wrap(cx.measure, t, LABEL, room, 2),
            });
        }
        out
    };
    let stacked = |b: &[Vec<String>]| b.iter().map(|l| l.len() as f64 * lh + 2.0).sum::<f64>();
    let mut blocks = block(2, room(margin));
    // Many series on a phone: a line each (whole, up to 35 % of the width:
    // «Серия 10», not «Серия…»), and the plot as tall as they stand, rather
    // than names piled on each other.
    if stacked(&blocks) > plot_h + axis::HEADROOM {
        margin = margin.max(whole(natural, 0.35));
        blocks = block(1, room(margin));
    }
    let plot_h = plot_h.max(stacked(&blocks) - axis::HEADROOM);

    // Room over the top gridline for its label.
    let plot_top = top + axis::HEADROOM;
    let plot_bottom = plot_top + plot_h;
    let span = Span::new(ticks[0], *ticks.last().unwrap_or(&1.0), plot_h);
    let y_of = |v: f64| plot_bottom - span.px(v);

    // Labels, nudged apart vertically so none overlaps another. One moved off
    // its line's end is tied back to it by a thin leader in its colour, as
    // colour alone does not tell seven lines apart: the labels then stand
    // `LEADER` further right, and the plot gives up that width.
    let mut tops: Vec<(f64, f64)> = Vec::new();
    for ((_, _, f), b) in ends.iter().zip(&blocks) {
        tops.push((y_of(f.scaled) - lh * b.len() as f64 / 2.0, lh * b.len() as f64));
    }
    spread(&mut tops, top, plot_bottom);
    let mut moved: Vec<bool> = Vec::new();
    for ((_, _, f), (y, h)) in ends.iter().zip(&tops) {
        moved.push((y + h / 2.0 - y_of(f.scaled)).abs() > lh / 2.0);
    }
    // Past seven (the palette's own colours), leaders bunch into a strip too
    // narrow to follow one by one: the names' order and colours link them.
    if moved.iter().filter(|m| **m).count() > 7 {
        moved.fill(false);
    }
    let lead = if moved.contains(&true) { LEADER } else { 0.0 };
    let plot_w = (width - margin - plot_x - lead).max(40.0);

    // Time axis: dates to x, at their real distance apart.
    let scale = TimeScale::of(chart);
    let mut times: Vec<f64> = Vec::with_capacity(chart.items.len());
    for (i, d) in chart.items.iter().enumerate() {
        times.push(d.date.map_or(i as f64, |d| scale.at(d)));
    }
    let (t0, t1) = (times.first().copied().unwrap_or(0.0), times.last().copied().unwrap_or(0.0));
    let x_of = |t: f64| {
        if t1 > t0 { plot_x + PAD + (t - t0) / (t1 - t0) * (plot_w - 2.0 * PAD) } else { plot_x + plot_w / 2.0 }
    };
    let mut xs: Vec<f64> = Vec::with_capacity(times.len());
    for t in &times {
        xs.push(x_of(*t));
    }
    let date_ticks = if chart.items.iter().all(|d| d.date.is_some()) {
        time_ticks(cx, chart, scale, (t0, t1), &x_of, width, plot_w)
    } else {
        Vec::new()
    };

    let plot_right = plot_x + plot_w;
    // Each shown series' y at each date (None: a gap), worked out once for
    // both the lines and the hit map: `ys[i * k + j]` for date i, shown series j.
    let k = shown.len();
    let mut ys: Vec<Option<f64>> = Vec::with_capacity(n * k);
    for i in 0..n {
        ys.extend(shown.iter().map(|&s| fig(i, s).map(|f| y_of(f.scaled))));
    }

    let mut shapes = Vec::new();
    for (t, label) in ticks.iter().zip(&tick_labels) {
        let y = y_of(*t).round();
        if *t != 0.0 {
            axis::gridline(&mut shapes, y, plot_right, &[]);
        }
        shapes.push(axis::label(y, label));
    }
    // The axis line marks zero; an axis that does not reach it ends in a
    // plain gridline, so the baseline is not mistaken for zero.
    if ticks[0] <= 0.0 && *ticks.last().unwrap_or(&0.0) >= 0.0 {
        let zero = y_of(0.0).round();
        shapes.push(Shape::Line { from: (0.0, zero), to: (plot_right, zero), ink: Ink::Axis, width: 1.0 });
    }
    // Every value missing: an empty plot would look like a drawing failure.
    if !shown.is_empty() && ys.iter().all(Option::is_none) {
        let (x, y) = ((plot_x + plot_right) / 2.0, plot_top + plot_h / 2.0 - LABEL.size / 2.0);
        let text = crate::format::words::no_data(cx.words.lang).to_string();
        shapes.push(Shape::Text { x, y, text, font: LABEL, ink: Ink::Muted, align: Align::Center });
    }

    // Later series first, so the first (usually the story's) lies on top.
    let mut run: Vec<(f64, f64)> = Vec::with_capacity(n);
    for (j, &s) in shown.iter().enumerate().rev() {
        let ink = Ink::Series(s as u8);
        let column = || ys[j..].iter().step_by(k.max(1));
        // Markers by the dates, not the series' own points: a series with
        // gaps would get dots where its neighbour, with none, has none.
        let count = column().count();
        let markers = count <= MARKERS_UP_TO && plot_w / count.max(1) as f64 >= 3.0 * DOT;
        let dense = count as f64 > 2.0 * plot_w;
        let points = column().zip(&xs).map(|(y, x)| y.map(|y| (*x, y)));
        for point in points.chain([None]) {
            if let Some(p) = point {
                run.push(p);
                continue;
            }
            // A gap (or the end) closes the run: the line breaks, never bridges.
            match run.len() {
                0 => {}
                // An isolated point between gaps is only visible as a marker.
                1 => shapes.push(Shape::Circle { center: run[0], radius: DOT, ink, width: 0.0 }),
                _ => {
                    let points = if dense { decimate(&run) } else { run.clone() };
                    shapes.push(Shape::Path { points, ink, width: LINE_W });
                    if markers {
                        shapes.extend(run.iter().map(|p| Shape::Circle { center: *p, radius: DOT, ink, width: 0.0 }));
                    }
                }
            }
            run.clear();
        }
        // The labelled end always gets a dot.
        if let Some((_, i, f)) = ends.iter().find(|e| e.0 == s) {
            if !markers {
                shapes.push(Shape::Circle { center: (xs[*i], y_of(f.scaled)), radius: DOT, ink, width: 0.0 });
            }
        }
    }

    // A line ending before the last date has its name inside the plot, where
    // later dates of the other lines may run through it: over or under its
    // end instead, whichever crosses fewest of them (ties keep it level).
    let boxes: Vec<Rect> = ends
        .iter()
        .zip(&blocks)
        .zip(&tops)
        .zip(&moved)
        .map(|((((_, i, _), block), (y, h)), moved)| {
            let shift = if *moved || *i + 1 == n { lead } else { 0.0 };
            Rect::new(xs[*i] + NAME_X + shift, *y, block.iter().map(|l| cx.measure.width(l, LABEL)).fold(0.0, f64::max), *h)
        })
        .collect();
    for (e, (s, i, f)) in ends.iter().enumerate() {
        if let (Some(j), false) = (shown.iter().position(|x| x == s), *i + 1 == n) {
            let end_y = y_of(f.scaled);
            tops[e].0 = clear_of_lines(&boxes, e, end_y, lh, (top, plot_bottom), &xs[*i..], &ys[*i * k..], k, j);
            // Moved off its end: a leader ties it back.
            moved[e] = (tops[e].0 + tops[e].1 / 2.0 - end_y).abs() > lh / 2.0;
        }
    }
    for ((((s, i, f), block), (y, h)), moved) in ends.iter().zip(&blocks).zip(&tops).zip(&moved) {
        // The names at the last date stand in one column; a line that ends
        // earlier keeps its name at its end, off that column's leaders.
        let lead = if *moved || *i + 1 == n { lead } else { 0.0 };
        let (x, ink) = (xs[*i] + NAME_X + lead, Ink::Series(*s as u8));
        if *moved {
            let from = (xs[*i] + DOT + 2.0, y_of(f.scaled));
            shapes.push(Shape::Line { from, to: (x - 3.0, y + h / 2.0), ink, width: 1.0 });
        }
        for (k, line) in block.iter().enumerate() {
            let ty = y + k as f64 * lh + (lh - LABEL.size) / 2.0;
            shapes.push(Shape::Text { x, y: ty, text: line.clone(), font: LABEL, ink, align: Align::Start });
        }
    }

    // Date ticks under the plot: a short mark and one or two lines of text.
    let tlh = TICK.line_height();
    let lines = date_ticks.iter().map(|t| t.lines.len()).max().unwrap_or(0) as f64;
    for t in &date_ticks {
        shapes.push(Shape::Line { from: (t.x, plot_bottom), to: (t.x, plot_bottom + 4.0), ink: Ink::Axis, width: 1.0 });
        for (k, line) in t.lines.iter().enumerate() {
            let ty = plot_bottom + 8.0 + k as f64 * tlh + (tlh - TICK.size) / 2.0;
            shapes.push(Shape::Text { x: t.center, y: ty, text: line.clone(), font: TICK, ink: Ink::Muted, align: Align::Center });
        }
    }
    let bottom = plot_bottom + 8.0 + lines * tlh;

    // One strip per date, from halfway to the previous date to halfway to the
    // next; every strip's points in one list, sized once.
    let mut points: Vec<(f64, f64, usize)> = Vec::with_capacity(n * k);
    // A plain loop (sized as `collect` sized it): the chain brought its own code.
    let mut hits = Vec::with_capacity(n);
    for i in 0..n {
        let x = xs[i];
        let left = if i == 0 { plot_x } else { (xs[i - 1] + x) / 2.0 };
        let right = if i + 1 == n { width } else { (x + xs[i + 1]) / 2.0 };
        let first = points.len();
        let (mut y_min, mut y_max) = (f64::INFINITY, f64::NEG_INFINITY);
        for (y, &s) in ys[i * k..(i + 1) * k].iter().zip(&shown) {
            if let Some(y) = *y {
                (y_min, y_max) = (y_min.min(y), y_max.max(y));
                points.push((x, y, s));
            }
        }
        let mine = first..points.len();
        let (anchor, avoid) = if mine.is_empty() {
            ((x, plot_top), Rect::new(x - REACH, plot_top, 2.0 * REACH, 2.0 * REACH))
        } else {
            ((x, y_min), Rect::new(x - REACH, y_min - REACH, 2.0 * REACH, y_max - y_min + 2.0 * REACH))
        };
        hits.push(Hit {
            item: i,
            series: if mine.is_empty() { 0 } else { points[first].2 },
            area: Region::Rect(Rect::new(left, plot_top, right - left, plot_h)),
            mark: Mark::Guide { x, top: plot_top, bottom: plot_bottom, points: mine },
            anchor,
            avoid,
        });
    }
    Body { shapes, hits, height: bottom - top, points, rows: Vec::new(), kind: ChartKind::Line }
}

/// The top of name `e` (`boxes[e]`, as spread put it) nearest its line's end
/// (at `end_y`) that meets fewest segments of the other lines after the end
/// (`xs` and `ys` from the end's date on, `k` series a date, the name's own
/// `j`): level with the end, else half a line (`lh`) at a time over or under
/// it, up to four lines away; never onto another name, never out of `bounds`.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn clear_of_lines(boxes: &[Rect], e: usize, end_y: f64, lh: f64, bounds: (f64, f64), xs: &[f64], ys: &[Option<f64>], k: usize, j: usize) -> f64 {
    let r = boxes[e];
    let (mut best, mut least) = (r.y, (usize::MAX, f64::INFINITY));
    for step in 0..18 {
        // Level with the end, then −½, +½, −1, +1… lines from it; last where spread put it.
        let y = match step {
            17 => r.y,
            _ => end_y - r.h / 2.0 + ((step + 1) / 2) as f64 * if step % 2 == 1 { -lh / 2.0 } else { lh / 2.0 },
        };
        if y < bounds.0 || y + r.h > bounds.1 {
            continue;
        }
        let b = Rect { y, ..r };
        let mut c = 0;
        for (o, other) in boxes.iter().enumerate() {
            c += 1000 * usize::from(o != e && other.y < b.bottom() && b.y < other.bottom() && other.x < b.right() && b.x < other.right());
        }
        for a in 1..xs.len() {
            if xs[a - 1] > b.right() {
                break;
            }
            for jj in 0..k {
                if let (Some(ya), Some(yb), true) = (ys[(a - 1) * k + jj], ys[a * k + jj], jj != j) {
                    c += usize::from(segment_meets(b, (xs[a - 1], ya), (xs[a], yb)));
                }
            }
        }
        let off = (y + r.h / 2.0 - end_y).abs();
        if (c, off) < least {
            (best, least) = (y, (c, off));
        }
    }
    best
}

/// Whether the segment `a`–`b` (a line between two dates) passes through `r`.
fn segment_meets(r: Rect, a: (f64, f64), b: (f64, f64)) -> bool {
    let (x0, x1) = (a.0.max(r.x), b.0.min(r.right()));
    if x0 > x1 {
        return false;
    }
    let at = |x: f64| if b.0 > a.0 { a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0) } else { a.1 };
    let (y0, y1) = (at(x0), at(x1));
    y0.min(y1) < r.bottom() && y0.max(y1) > r.y
}

/// M4 decimation: per pixel column the first, lowest, highest and last points,
/// in order, so a 100,000-point line has O(width) points yet keeps every spike.
fn decimate(run: &[(f64, f64)]) -> Vec<(f64, f64)> {
    // At most four points per column the run spans.
    let columns = match (run.first(), run.last()) {
        (Some(a), Some(b)) => (b.0.floor() - a.0.floor()) as usize + 1,
        _ => 0,
    };
    let mut out = Vec::with_capacity(run.len().min(4 * columns));
    let mut i = 0;
    while i < run.len() {
        let col = run[i].0.floor();
        let (mut lo, mut hi, mut j) = (i, i, i);
        while j < run.len() && run[j].0.floor() == col {
            if run[j].1 < run[lo].1 {
                lo = j;
            }
            if run[j].1 > run[hi].1 {
                hi = j;
            }
            j += 1;
        }
        let mut keep = [i, lo, hi, j - 1];
        keep.sort_unstable();
        let mut last = usize::MAX;
        for k in keep {
            if k != last {
                out.push(run[k]);
                last = k;
            }
        }
        i = j;
    }
    out
}

/// Moves label blocks `(top, height)` apart so none overlap, within `lo..hi`,
/// each as near its wanted place as the others allow: neighbours that would
/// overlap join a run placed at the mean of their wanted places (the least
/// squares answer for blocks kept in order), so a knot of lines gets its names
/// above and below it, not all pushed down from the first.
fn spread(blocks: &mut [(f64, f64)], lo: f64, hi: f64) {
    const GAP: f64 = 2.0;
    // By wanted centre (a two-line name beside a one-line one keeps the order
    // of their lines' ends), ties in series order (an unstable sort: a smaller
    // one in the wasm).
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    let centre = |k: usize| blocks[k].0 + blocks[k].1 / 2.0;
    order.sort_unstable_by(|a, b| centre(*a).total_cmp(&centre(*b)).then(a.cmp(b)));
    // Runs of `order`: (first, count, height with gaps, Σ wanted top − offset in the run, top).
    let mut runs: Vec<(usize, usize, f64, f64, f64)> = Vec::new();
    let place = |sum: f64, count: usize, h: f64| (sum / count as f64).min(hi - h).max(lo);
    for (at, &k) in order.iter().enumerate() {
        let (want, h) = blocks[k];
        let mut run = (at, 1, h, want, place(want, 1, h));
        while let Some(&prev) = runs.last().filter(|p| p.4 + p.2 + GAP > run.4) {
            runs.pop();
            let (count, h) = (prev.1 + run.1, prev.2 + GAP + run.2);
            let sum = prev.3 + run.3 - run.1 as f64 * (prev.2 + GAP);
            run = (prev.0, count, h, sum, place(sum, count, h));
        }
        runs.push(run);
    }
    for (first, count, _, _, top) in runs {
        let mut y = top;
        for &k in &order[first..first + count] {
            blocks[k].0 = y;
            y += blocks[k].1 + GAP;
        }
    }
}

/// Where dates sit on the x axis: months when no date has a day, so that months
/// are evenly spaced as readers expect; days otherwise. A date sits at its start.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TimeScale {
    Months,
    Days,
}

impl TimeScale {
    fn of(chart: &ChartModel) -> TimeScale {
        if chart.items.iter().any(|d| d.date.is_some_and(|d| d.day.is_some())) { TimeScale::Days } else { TimeScale::Months }
    }

    fn at(self, d: Date) -> f64 {
        let m = d.month.unwrap_or(1);
        match self {
            TimeScale::Months => f64::from(d.year) * 12.0 + f64::from(m - 1),
            TimeScale::Days => days(d.year, m, d.day.unwrap_or(1)) as f64,
        }
    }

    /// The year and month a position falls in.
    fn month_at(self, t: f64) -> (i32, u8) {
        match self {
            TimeScale::Months => {
                let i = t.floor() as i64;
                (i.div_euclid(12) as i32, (i.rem_euclid(12) + 1) as u8)
            }
            TimeScale::Days => {
                let (y, m, _) = civil(t.floor() as i64);
                (y, m)
            }
        }
    }
}


/// A tick interval on the time axis, finest first.
#[derive(Debug, Clone, Copy)]
enum Step {
    Days(i64),
    DaysOfMonth(&'static [u8]),
    Months(u8),
    Years(i32),
}

const STEPS: [Step; 19] = [
    Step::Days(1),
    Step::Days(2),
    Step::DaysOfMonth(&[1, 8, 15, 22]),
    Step::DaysOfMonth(&[1, 15]),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
    Step::Years(5000),
];

impl Step {
    /// Roughly how many ticks over `days`: to skip hopeless steps before listing them.
    fn count(self, days: f64) -> f64 {
        match self {
            Step::Days(k) => days / k as f64,
            Step::DaysOfMonth(set) => days / 30.4 * set.len() as f64,
            Step::Months(k) => days / 30.4 / f64::from(k),
            Step::Years(k) => days / 365.25 / f64::from(k),
        }
    }

    /// Ticks never come finer than the data: no month ticks on yearly figures.
    fn finer_than(self, dates: (bool, bool)) -> bool {
        match self {
            Step::Days(_) | Step::DaysOfMonth(_) => !dates.1,
            Step::Months(_) => !dates.0,
            Step::Years(_) => false,
        }
    }

    /// The tick dates within `t0..=t1`.
    fn dates(self, scale: TimeScale, (t0, t1): (f64, f64)) -> Vec<Date> {
        let inside = |d: Date| (t0 - 1e-9..=t1 + 1e-9).contains(&scale.at(d));
        let (y0, m0) = scale.month_at(t0);
        let (y1, _) = scale.month_at(t1);
        // Plain loops: each filter/map/collect chain brought its own iterator code (wasm size).
        let mut out = Vec::new();
        match self {
            Step::Years(k) => {
                for y in y0..=y1 {
                    let d = Date { year: y, month: None, day: None };
                    if y.rem_euclid(k) == 0 && inside(d) {
                        out.push(d);
                    }
                }
                out
            }
            Step::Months(k) => {
                let (mut y, mut m) = (y0, m0);
                while y <= y1 {
                    let d = Date { year: y, month: Some(m), day: None };
                    if (m - 1) % k == 0 && inside(d) {
                        out.push(d);
                    }
                    (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                }
                out
            }
            Step::Days(_) | Step::DaysOfMonth(_) => {
                for z in (t0.ceil() as i64)..=(t1.floor() as i64) {
                    let on = match self {
                        Step::Days(k) => z.rem_euclid(k) == 0,
                        Step::DaysOfMonth(set) => set.contains(&civil(z).2),
                        _ => false,
                    };
                    if on {
                        let (year, m, d) = civil(z);
                        out.push(Date { year, month: Some(m), day: Some(d) });
                    }
                }
                out
            }
        }
    }
}

/// A date tick: where it is, where its (clamped) label is centred, its text lines.
struct DateTick {
    x: f64,
    center: f64,
    lines: Vec<String>,
}

/// The finest ticks whose labels fit without overlapping: days (`3 мар.`), months
/// (`янв.`) or years (`2023`), the year under the first tick and each new year's.
fn time_ticks(cx: &Ctx, chart: &ChartModel, scale: TimeScale, range: (f64, f64), x_of: &dyn Fn(f64) -> f64, width: f64, plot_w: f64) -> Vec<DateTick> {
    let dates = (chart.items.iter().any(|d| d.date.is_some_and(|d| d.month.is_some())), scale == TimeScale::Days);
    let span_days = (range.1 - range.0) * if scale == TimeScale::Months { 30.4 } else { 1.0 };
    let most = plot_w / TICK_SPACING + 1.0;
    let mut single = None;
    for step in STEPS.iter().copied().filter(|s| !s.finer_than(dates) && s.count(span_days) <= most + 1.0) {
        let ticks = labelled(step, &step.dates(scale, range), scale, x_of, cx, width, chart.seasonal);
        if ticks.len() >= 2 && fits(&ticks, cx) {
            return ticks;
        }
        if ticks.len() == 1 && single.is_none() {
            single = Some(ticks);
        }
    }
    single.unwrap_or_default()
}

fn labelled(step: Step, dates: &[Date], scale: TimeScale, x_of: &dyn Fn(f64) -> f64, cx: &Ctx, width: f64, seasonal: bool) -> Vec<DateTick> {
    let mut prev_year = None;
    let mut out = Vec::new();
    for d in dates {
        let mut lines = vec![match (step, d.month, d.day) {
            (Step::Years(_), ..) => crate::format::int(d.year.into(), 0),
            (_, Some(m), Some(day)) => cx.words.dates.day(m, day),
            (_, Some(m), None) => cx.words.dates.month(m),
            _ => crate::format::int(d.year.into(), 0),
        }];
        // The year under the first tick of each (not where the chart compares years).
        if !seasonal && !matches!(step, Step::Years(_)) && prev_year != Some(d.year) {
            lines.push(crate::format::int(d.year.into(), 0));
        }
        prev_year = Some(d.year);
        let x = x_of(scale.at(*d));
        let w = lines.iter().map(|l| cx.measure.width(l, TICK)).fold(0.0, f64::max);
        out.push(DateTick { x, center: x.clamp(w / 2.0, (width - w / 2.0).max(w / 2.0)), lines });
    }
    out
}

/// Whether neighbouring labels keep clear of each other and ticks are not crowded.
fn fits(ticks: &[DateTick], cx: &Ctx) -> bool {
    let w = |t: &DateTick| t.lines.iter().map(|l| cx.measure.width(l, TICK)).fold(0.0, f64::max);
    ticks.windows(2).all(|p| {
        p[1].x - p[0].x >= TICK_SPACING && (p[1].center - w(&p[1]) / 2.0) - (p[0].center + w(&p[0]) / 2.0) >= TICK_GAP
    })
}

#[cfg(test)]
#[path = "line_tests.rs"]
mod tests;
