//! The tooltip's text: the label, then the figure worded as the source worded it
//! (one row per series where a chart shows several at once), then its "of which"
//! parts and its note. Built here and only here; and where the box goes ([`spot`]).

use crate::format::{cat, Wording};
use crate::layout::{Rect, Sector, Shape, TextMeasure};
use crate::model::ChartModel;
use crate::spec::ChartKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Tooltip {
    /// The item's full label (never shortened, unlike the one drawn).
    pub label: String,
    /// One figure, or one per series for a line chart's date.
    pub rows: Vec<Row>,
    /// `в т.ч. синтетические — 52 кг`.
    pub parts: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The series' name, when the chart has series.
    pub series: Option<String>,
    /// The exact figure: `более 525 кг`; `—` for a gap.
    pub figure: String,
    /// The series whose colour keys the row (not a donut's: its colours are its slices').
    pub key: Option<usize>,
    /// The segment pointed at, among a stack's rows (the tooltip reads the whole stack).
    pub current: bool,
}

impl Tooltip {
    /// The tooltip for item `item`, series `series`; a line chart lists every
    /// shown series at that date.
    pub fn new(chart: &ChartModel, item: usize, series: usize, words: &Wording) -> Option<Tooltip> {
        Self::with_shown(chart, item, series, words, &[])
    }

    pub fn with_shown(chart: &ChartModel, item: usize, series: usize, words: &Wording, shown: &[bool]) -> Option<Tooltip> {
        let d = chart.items.get(item)?;
        d.values.get(series)?;
        // A line's date and a stack are read whole: every shown series (a
        // stack's segments may be too thin to tap one by one), a stack's sum last.
        let stack = chart.stacked && chart.series.len() > 1 && matches!(chart.kind, ChartKind::Bar | ChartKind::HBar);
        let row = |s: usize| Row {
            series: chart.series.get(s).cloned(),
            figure: match d.values.get(s).copied().flatten() {
                Some(f) => words.of(&f, false),
                None => crate::format::words::no_data(words.lang).to_string(),
            },
            key: (!chart.series.is_empty() && chart.kind != ChartKind::Donut).then_some(s),
            current: stack && s == series,
        };
        let on = |s: usize| shown.get(s).copied().unwrap_or(true);
        let mut rows: Vec<Row> = Vec::new();
        if chart.kind == ChartKind::Line || stack {
            for s in 0..d.values.len() {
                if on(s) {
                    rows.push(row(s));
                }
            }
        } else {
            rows.push(row(series));
        }
        if stack {
            if let Some(figure) = stack_total(&d.values, &on) {
                rows.push(Row { series: Some(crate::format::words::total(words.lang).to_string()), figure: words.of(&figure, false), key: None, current: false });
            }
        }
        // A dated item reads its date in words, at the precision it was given.
        // Donuts only: the share walks the whole ring (a line's 55,550 dates, per move).
        if chart.kind == ChartKind::Donut {
            if let (Some(share), Some(r)) = (donut_share(chart, item, series, words), rows.first_mut()) {
                r.figure = cat(&[&r.figure, " (", &share, ")"]);
            }
        }
        let label = d.date.map(|dt| words.date_in(dt, chart.seasonal)).unwrap_or_else(|| d.label.clone());
        Some(Tooltip { label, rows, parts: words.parts(&d.parts, false), note: d.note.clone() })
    }

    /// The segment pointed at in a stack, read alone (`IV квартал:
    /// Индивидуальные дома: около 11 900`): what a screen reader hears when
    /// the arrows move within a stack, whose tooltip reads the same throughout.
    pub fn current_text(&self) -> Option<String> {
        let r = self.rows.iter().find(|r| r.current)?;
        Some(cat(&[&self.label, ": ", r.series.as_deref().unwrap_or_default(), ": ", &r.figure]))
    }

    /// One line for screen readers and logs:
    /// `Наркотические средства: более 525 кг, в том числе синтетические — 52 кг`.
    pub fn text(&self) -> String {
        let rows: Vec<String> = self
            .rows
            .iter()
            .map(|r| match &r.series {
                Some(s) => cat(&[s, ": ", &r.figure]),
                None => r.figure.clone(),
            })
            .collect();
        let mut s = cat(&[&self.label, ": ", &crate::format::join(&rows, "; ")]);
        if let Some(p) = &self.parts {
            s.push_str(", ");
            // Read aloud in full: «в т.ч.» is spoken letter by letter.
            match p.strip_prefix("в\u{a0}т.ч.") {
                Some(rest) => {
                    s.push_str("в\u{a0}том числе");
                    s.push_str(rest);
                }
                None => s.push_str(p),
            }
        }
        if let Some(n) = &self.note {
            s.push_str(". ");
            s.push_str(n);
        }
        s
    }
}

/// A donut slice's share of its ring, as its list gives it: none for a
/// percentage (already a share) or a ring with a missing figure.
fn donut_share(chart: &ChartModel, item: usize, series: usize, words: &Wording) -> Option<String> {
    if chart.unit == crate::spec::Unit::Percent {
        return None;
    }
    let mut ring: Vec<&crate::model::Figure> = Vec::new();
    for d in &chart.items {
        ring.push(d.values.get(series)?.as_ref()?);
    }
    let total: f64 = ring.iter().map(|f| f.scaled.max(0.0)).sum();
    let approx = ring.iter().any(|f| f.qualifier != crate::spec::Qualifier::Exact);
    let mine = ring.get(item)?.scaled.max(0.0);
    (total > 0.0 && total.is_finite()).then(|| crate::layout::donut_share(words, mine / total * 100.0, approx))
}

/// The sum of a stack's shown figures, with the qualifier the sum keeps
/// honestly (as its end label, `layout::bars`): None for fewer than two figures
/// or a gap after which nothing can be said. `on`: whether a series is shown
/// (a list and a predicate, not a generic iterator: one copy in the wasm).
pub(crate) fn stack_total(values: &[Option<crate::model::Figure>], on: &dyn Fn(usize) -> bool) -> Option<crate::model::Figure> {
    let (mut total, mut count, mut complete) = (None::<crate::model::Figure>, 0, true);
    for (s, f) in values.iter().enumerate() {
        if !on(s) {
            continue;
        }
        match (f, total.as_mut()) {
            (None, _) => complete = false,
            (Some(f), None) => (total, count) = (Some(*f), 1),
            (Some(f), Some(t)) => {
                (t.value, t.scaled, count) = (t.value + f.value, t.scaled + f.scaled, count + 1);
            }
        }
    }
    let mut total = total.filter(|_| count >= 2)?;
    if !complete {
        total.qualifier = total.qualifier.with_a_gap()?;
    }
    Some(total)
}

/// The narrowest a tooltip beside a column is made to fit there (CSS px).
pub const MIN_BESIDE: f64 = 160.0;

/// Where a tooltip goes (host px), and the width to narrow it to first, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    pub left: f64,
    pub top: f64,
    /// Narrow the tooltip to this width, measure it again and ask again.
    pub narrow_to: Option<f64>,
}

/// Where a tooltip `h` tall may stand beside row band `rows[at]`: its top
/// and how far right the ink of the rows it spans reaches (stage px); in
/// order: level with the row's top, reaching down; level with its foot,
/// reaching up; right under it, beside the rows below; right over it,
/// beside the rows above (only if `apart`: a mouse must cross the next row
/// to reach a tooltip there, and would hover that row instead). Never past
/// the first row's top or the last one's foot (the chart's head, its note
/// and credit).
fn beside_rows(rows: &[Rect], at: usize, h: f64, apart: bool) -> [Option<(f64, f64)>; 4] {
    let (Some(row), Some(first), Some(last)) = (rows.get(at), rows.first(), rows.last()) else { return [None; 4] };
    let span = |top: f64| {
        let mut right = 0.0f64;
        for band in rows {
            if band.y < top + h && band.bottom() > top {
                right = right.max(band.right());
            }
        }
        (top >= first.y && top + h <= last.bottom()).then_some((top, right))
    };
    let away = |top: f64| if apart { span(top) } else { None };
    [span(row.y), span(row.bottom() - h), away(row.bottom()), away(row.y - h)]
}

/// Where a tooltip of `size` goes (host px) for a bar, column, slice or tile:
/// beside a narrow mark (a column), level with its figure's top, so neither it
/// nor its figure is covered, narrowed to the roomier side if it must be (to no
/// less than [`MIN_BESIDE`]); else above the mark and its labels while that
/// stays on the stage (not over the chart's title, legend or menu), else under
/// them. The window comes first: a spot it shows, on the stage if one is,
/// else over the title rather than off the screen (a tap near a phone's
/// bottom edge). `stage`: the stage's offset in the host; `room`: the host's
/// width and the stage's height; `window`: the host's top in the window and
/// the window's height; `anchor` and `avoid` in stage px.
/// `rows`: for a horizontal bar, its chart's rows (`Scene::rows`; its own is
/// `rows[at]`): nothing stands to the right of their ink, so the tooltip
/// goes there first ([`beside_rows`]; `apart`: also right under or over its
/// row, for a tap or a key), however long the bar (above or under the row
/// it would cover the next row's name, or the one above's bar).
pub fn spot(stage: (f64, f64), room: (f64, f64), (w, h): (f64, f64), anchor: (f64, f64), avoid: Rect, window: (f64, f64), (rows, at, apart): (&[Rect], usize, bool)) -> Spot {
    let ((dx, dy), (host_w, stage_h), (host_top, view_h)) = (stage, room, window);
    let on_stage = |top: f64| top >= dy && top + h <= dy + stage_h;
    let seen = |top: f64| host_top + top >= 0.0 && host_top + top + h <= view_h;
    // Beside a bar's rows; else narrowed (its name wrapped) to the most room
    // one of those spots leaves, if that is not too little.
    let mut most = 0.0f64;
    for beside in beside_rows(rows, at, h, apart) {
        if let Some((top, right)) = beside {
            let (left, top) = (dx + right + 12.0, dy + top);
            if seen(top) && on_stage(top) {
                if left + w <= host_w {
                    return Spot { left, top, narrow_to: None };
                }
                most = most.max(host_w - left);
            }
        }
    }
    if most >= MIN_BESIDE {
        return Spot { left: 0.0, top: 0.0, narrow_to: Some(most) };
    }
    if rows.is_empty() && avoid.w < host_w / 4.0 {
        let (right, left) = (dx + avoid.right() + 8.0, dx + avoid.x - 8.0);
        // Level with the figure, on the stage and on the screen as far as they allow.
        let lo = dy.max(-host_top);
        let hi = (dy + stage_h).min(view_h - host_top) - h;
        let top = (dy + avoid.y).min(hi).max(lo);
        if right + w <= host_w {
            return Spot { left: right, top, narrow_to: None };
        }
        if left - w >= 0.0 {
            return Spot { left: left - w, top, narrow_to: None };
        }
        let side = (host_w - right).max(left);
        if side >= MIN_BESIDE {
            return Spot { left: 0.0, top: 0.0, narrow_to: Some(side) };
        }
    }
    let left = (dx + anchor.0 - w / 2.0).clamp(0.0, (host_w - w).max(0.0));
    let above = dy + avoid.y.min(anchor.1) - h - 8.0;
    let below = dy + avoid.bottom().max(anchor.1) + 8.0;
    let top = if seen(above) && on_stage(above) {
        above
    } else if seen(below) && on_stage(below) {
        below
    } else if seen(above) {
        above
    } else if seen(below) {
        below
    } else if on_stage(above) || !on_stage(below) && host_top + above >= 0.0 {
        // Taller than the window shows: on the stage, above first.
        above
    } else {
        below
    };
    // Neither side is on the screen (a short window: 400 % zoom, a phone held
    // sideways): over the mark, where the reader sees it, if it fits at all.
    // Taller than the window: its top (the label, the first rows) at the window's.
    let top = if h > view_h {
        -host_top
    } else if seen(top) {
        top
    } else {
        top.clamp(-host_top, view_h - host_top - h)
    };
    Spot { left, top, narrow_to: None }
}

/// The box, centred on slice `s`'s hole, that holds what is written there
/// (its total and «всего»): a tooltip standing in the hole is made at least
/// this large (with [`covering`]), so that no piece of the total shows round
/// it. (0, 0) for an empty hole.
pub fn held(shapes: &[Shape], s: &Sector, measure: &dyn TextMeasure) -> (f64, f64) {
    let (mut w, mut h) = (0.0f64, 0.0f64);
    for sh in shapes {
        if let Shape::Text { x, y, text, font, .. } = sh {
            let (dx, dy) = (x - s.cx, y - s.cy);
            if dx * dx + dy * dy < s.r_inner * s.r_inner {
                // Centred texts; glyphs from a little over `y` to a line under it.
                w = w.max(2.0 * dx.abs() + measure.width(text, *font) + 8.0);
                h = h.max(2.0 * (dy - font.size * 0.3).abs()).max(2.0 * (dy + font.line_height()).abs());
            }
        }
    }
    (w, h)
}

/// A tooltip's `size` grown to cover what its hole holds (`held`).
pub fn covering((w, h): (f64, f64), held: (f64, f64)) -> (f64, f64) {
    (w.max(held.0), h.max(held.1))
}

/// A tooltip of `size` centred on the hole of slice `s`'s ring, if the
/// window shows it there whole. `stage`, `window`: as for [`spot`].
fn on_hole(stage: (f64, f64), (w, h): (f64, f64), s: &Sector, (host_top, view_h): (f64, f64)) -> Option<Spot> {
    let (left, top) = (stage.0 + s.cx - w / 2.0, stage.1 + s.cy - h / 2.0);
    (host_top + top >= 0.0 && host_top + top + h <= view_h).then_some(Spot { left, top, narrow_to: None })
}

/// A tile's tooltip over the tile itself, whose words it repeats (the label
/// in full, a note), when it fits inside with 4 px to spare: anywhere else it
/// covered the figures of the tiles round it. `stage`, `window`: as for [`spot`].
pub fn on_tile(stage: (f64, f64), (w, h): (f64, f64), tile: Rect, (host_top, view_h): (f64, f64)) -> Option<Spot> {
    let (left, top) = (stage.0 + tile.x + (tile.w - w) / 2.0, stage.1 + tile.y + (tile.h - h) / 2.0);
    (w + 8.0 <= tile.w && h + 8.0 <= tile.h && host_top + top >= 0.0 && host_top + top + h <= view_h).then_some(Spot { left, top, narrow_to: None })
}

/// A donut's tooltip in the ring's hole, when it fits there whole: beside
/// its slice `s` and over nothing else (the list's figures, the title),
/// which any spot round a large slice would cover. Its corners (rounded:
/// ~2 px in) inside the ring's inner edge.
pub fn in_hole(stage: (f64, f64), (w, h): (f64, f64), s: Sector, window: (f64, f64)) -> Option<Spot> {
    (w * w + h * h <= 4.0 * s.r_inner * s.r_inner).then(|| on_hole(stage, (w, h), &s, window))?
}

/// A donut's tooltip too wide for the hole (a name that cannot wrap,
/// «Гидроэлектростанции» on a phone): centred on the hole all the same,
/// over the ring's other slices, if it stays off the hovered slice `s` (and
/// the few pixels of its highlight) and inside the ring's outer edge:
/// better than over the list's figures.
pub fn over_hole(stage: (f64, f64), (w, h): (f64, f64), s: Sector, window: (f64, f64)) -> Option<Spot> {
    let b = Rect::new(s.cx - w / 2.0 - 3.0, s.cy - h / 2.0 - 3.0, w + 6.0, h + 6.0);
    let ring = w * w + h * h <= 4.0 * s.r_outer * s.r_outer;
    // The slice's edge in the box, or the box's corners and mid-edges in the slice.
    let probes = [(0.0, 0.0), (0.5, 0.0), (1.0, 0.0), (0.0, 0.5), (1.0, 0.5), (0.0, 1.0), (0.5, 1.0), (1.0, 1.0)];
    let meets = s.outline().iter().any(|&(x, y)| b.contains(x, y)) || probes.iter().any(|(fx, fy)| s.contains(b.x + fx * b.w, b.y + fy * b.h));
    (ring && !meets).then(|| on_hole(stage, (w, h), &s, window))?
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::native::NativeNumbers;
    use crate::model::Model;

    #[test]
    fn a_column_s_tooltip_stands_beside_it_and_a_bar_s_above_its_row() {
        let (w, h) = (160.0, 60.0);
        // A column at x 100–130 whose figure starts at y 40, on a stage 300 high at (0, 50) in a 600 px host.
        let col = Rect::new(100.0, 40.0, 30.0, 200.0);
        let at = |s: Spot| (s.left, s.top);
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (115.0, 60.0), col, TALL, (&[], 0, false))), (138.0, 90.0));
        // Near the right edge: on its left.
        let last = Rect::new(560.0, 40.0, 30.0, 200.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (575.0, 60.0), last, TALL, (&[], 0, false)).left, 560.0 - 8.0 - w);
        // A phone: no side holds 280 px, the left has 190: narrowed to fit there.
        let mid = Rect::new(198.0, 40.0, 40.0, 200.0);
        let wide = (280.0, 60.0);
        assert_eq!(spot((0.0, 50.0), (375.0, 300.0), wide, (218.0, 60.0), mid, TALL, (&[], 0, false)).narrow_to, Some(190.0));
        assert_eq!(spot((0.0, 50.0), (375.0, 300.0), (190.0, 80.0), (218.0, 60.0), mid, TALL, (&[], 0, false)).left, 0.0);
        // A bar's row whose ink (name, bar, figure) ends at 300: beside its end, level with its name.
        let short = Rect::new(0.0, 120.0, 300.0, 60.0);
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (250.0, 140.0), short, TALL, (&[short], 0, false))), (312.0, 170.0));
        // Not where a column would go: a 300 px bar is wider than a quarter of the host.
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (250.0, 140.0), short, TALL, (&[], 0, false))), (170.0, 50.0 + 120.0 - h - 8.0));
        // A row whose ink leaves no room beside it: above it while that stays on the stage...
        let row = Rect::new(0.0, 120.0, 500.0, 60.0);
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (400.0, 140.0), row, TALL, (&[row], 0, false))), (320.0, 50.0 + 120.0 - h - 8.0));
        // ...the first row goes under, not over the title above the stage.
        let first = Rect::new(0.0, 0.0, 500.0, 60.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (400.0, 20.0), first, TALL, (&[first], 0, false)).top, 50.0 + 60.0 + 8.0);
        // Taller than its band (a caption under the bar): beside this row and the next, past both.
        let thin = Rect::new(0.0, 120.0, 300.0, 50.0);
        let next = Rect::new(0.0, 170.0, 350.0, 50.0);
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (250.0, 140.0), thin, TALL, (&[thin, next], 0, false))), (362.0, 170.0));
        // The last row's band alone: level with its foot, reaching up past the row above.
        let above = Rect::new(0.0, 70.0, 280.0, 50.0);
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (250.0, 140.0), thin, TALL, (&[above, thin], 1, false))), (312.0, 50.0 + 170.0 - h));
        // With no room past either neighbour (or none above): above the row instead.
        let long = Rect::new(0.0, 170.0, 450.0, 50.0);
        let wide_above = Rect::new(0.0, 70.0, 450.0, 50.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (250.0, 140.0), thin, TALL, (&[wide_above, thin, long], 1, false)).top, 50.0 + 120.0 - h - 8.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (250.0, 140.0), thin, TALL, (&[thin], 0, false)).top, 50.0 + 120.0 - h - 8.0);
        // A first row with no room beside it (its bar runs the width): right
        // under it, beside the rows below, where their ink leaves room...
        let full = Rect::new(0.0, 0.0, 590.0, 50.0);
        let (a, b) = (Rect::new(0.0, 50.0, 300.0, 50.0), Rect::new(0.0, 100.0, 200.0, 50.0));
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (590.0, 25.0), full, TALL, (&[full, a, b], 0, true))), (312.0, 100.0));
        // (Not for a mouse, which would cross the next row to reach it: under the row.)
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (590.0, 25.0), full, TALL, (&[full, a, b], 0, false)).top, 50.0 + 50.0 + 8.0);
        // ...and the last row's right over it, beside the rows above.
        let end = Rect::new(0.0, 150.0, 590.0, 50.0);
        assert_eq!(at(spot((0.0, 50.0), (600.0, 300.0), (w, h), (590.0, 175.0), end, TALL, (&[a, b, end], 2, true))), (312.0, 50.0 + 150.0 - h));
        // Too wide for the room there: narrowed to it (not under 160 px).
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (300.0, 60.0), (590.0, 25.0), full, TALL, (&[full, a, b], 0, true)).narrow_to, Some(288.0));
        // Never below the last row (the credit) nor above the first (the head).
        let lone = Rect::new(0.0, 0.0, 590.0, 50.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (590.0, 25.0), lone, TALL, (&[lone], 0, false)).top, 50.0 + 50.0 + 8.0);
        // Beside the row but off the screen (the window ends at the row's name): above it, as ever.
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (250.0, 140.0), short, (0.0, 200.0), (&[short], 0, false)).top, 50.0 + 120.0 - h - 8.0);
    }

    /// A window far taller than any test's host: everything in it is seen.
    const TALL: (f64, f64) = (0.0, 10_000.0);

    #[test]
    fn a_tooltip_stays_on_the_screen() {
        let (w, h) = (160.0, 60.0);
        // The first row (tooltip under it on the stage), its host's top at 600
        // in a 740 px window: under the row is off the screen (600 + 98 + 60 >
        // 740), so above it, over the title (600 + 50 - 68 ≥ 0).
        let first = Rect::new(0.0, 0.0, 400.0, 40.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (400.0, 20.0), first, (600.0, 740.0), (&[], 0, false)).top, 50.0 - h - 8.0);
        // Scrolled so the host starts 100 px above the window: a row whose
        // space above is off the top goes under it.
        let row = Rect::new(0.0, 80.0, 400.0, 40.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (400.0, 100.0), row, (-100.0, 740.0), (&[], 0, false)).top, 50.0 + 120.0 + 8.0);
        // A column's tooltip beside it is pulled up into the window.
        let col = Rect::new(100.0, 200.0, 30.0, 100.0);
        assert_eq!(spot((0.0, 50.0), (600.0, 300.0), (w, h), (115.0, 220.0), col, (500.0, 740.0), (&[], 0, false)).top, 740.0 - 500.0 - h);
    }

    #[test]
    fn in_a_short_window_a_tooltip_covers_the_mark_rather_than_leave_the_screen() {
        // 400 % zoom: a 225 px window, a donut slice and its row 200 px tall
        // from the window's top: neither above nor under it is on the screen.
        let (w, h) = (160.0, 70.0);
        let slice = Rect::new(10.0, 20.0, 300.0, 200.0);
        let s = spot((0.0, 40.0), (320.0, 400.0), (w, h), (150.0, 30.0), slice, (0.0, 225.0), (&[], 0, false));
        assert!(s.top >= 0.0 && s.top + h <= 225.0, "{s:?}");
        // Scrolled 100 px down the host: still in the window.
        let s = spot((0.0, 40.0), (320.0, 400.0), (w, h), (150.0, 30.0), slice, (-100.0, 225.0), (&[], 0, false));
        assert!(s.top >= 100.0 && s.top + h <= 325.0, "{s:?}");
        // Taller than the window: its top at the window's, the label seen.
        let s = spot((0.0, 40.0), (320.0, 400.0), (w, 300.0), (150.0, 30.0), slice, (-111.0, 225.0), (&[], 0, false));
        assert_eq!(s.top, 111.0);
    }

    /// A document's model and its native wording, for `test`.
    fn with_words(json: &str, test: impl FnOnce(&Model, &Wording)) {
        let m = Model::new(&crate::spec::parse(json).unwrap(), None);
        let n = NativeNumbers::new(m.lang);
        test(&m, &Wording::new(m.lang, &n));
    }

    #[test]
    fn a_stack_s_tooltip_lists_its_shown_series_and_their_sum() {
        with_words(include_str!("../../www/data/gallery-ru.json"), |m, w| {
            let housing = m.charts.iter().find(|c| c.id == "housing").unwrap();
            // Whichever segment is pointed at, the whole stack, the sum keeping «около».
            for s in 0..2 {
                let tip = Tooltip::new(housing, 3, s, w).unwrap();
                assert_eq!(
                    tip.text().replace('\u{a0}', " "),
                    "IV квартал: Многоквартирные дома: около 35 200; Индивидуальные дома: около 11 900; всего: около 47 100. Оценка по данным за октябрь–ноябрь"
                );
            }
            // The segment pointed at is marked, and read alone; each series keys its colour.
            let tip = Tooltip::new(housing, 3, 1, w).unwrap();
            assert_eq!(tip.rows.iter().map(|r| (r.key, r.current)).collect::<Vec<_>>(), [(Some(0), false), (Some(1), true), (None, false)]);
            assert_eq!(tip.current_text().unwrap().replace('\u{a0}', " "), "IV квартал: Индивидуальные дома: около 11 900");
            // One series hidden by the legend: no sum of one.
            let tip = Tooltip::with_shown(housing, 0, 1, w, &[false, true]).unwrap();
            assert_eq!(tip.text().replace('\u{a0}', " "), "I квартал: Индивидуальные дома: 9 800");
            // A gap: the sum is a lower bound; grouped bars keep one row.
            let gap = r#"{"version":1,"charts":[{"id":"s","type":"bar","stacked":true,"series":["a","b","c"],"items":[{"label":"x","values":[5,null,7]}]},
                {"id":"g","type":"bar","series":["a","b"],"items":[{"label":"x","values":[5,6]}]}]}"#;
            let m = Model::new(&crate::spec::parse(gap).unwrap(), None);
            assert_eq!(Tooltip::new(&m.charts[0], 0, 0, w).unwrap().text().replace('\u{a0}', " "), "x: a: 5; b: нет данных; c: 7; всего: не менее 12");
            assert_eq!(Tooltip::new(&m.charts[1], 0, 1, w).unwrap().text(), "x: b: 6");
        });
    }

    #[test]
    fn a_slice_s_tooltip_gives_its_share_as_the_list_does() {
        let d = r#"{"version":1,"charts":[{"id":"c","type":"donut","unit":"kg","items":[{"label":"a","value":1,"qualifier":"more_than"},{"label":"b","value":2},{"label":"c","value":1}]},
            {"id":"p","type":"donut","unit":"percent","items":[{"label":"a","value":60},{"label":"b","value":40}]},
            {"id":"s","type":"donut","series":["x","y"],"items":[{"label":"a","values":[1,null]},{"label":"b","values":[3,2]}]}]}"#;
        with_words(d, |m, w| {
            let text = |c: usize, i: usize, s: usize| Tooltip::new(&m.charts[c], i, s, w).unwrap().text().replace('\u{a0}', " ");
            assert_eq!(text(0, 1, 0), "b: 2 кг (около 50 %)");
            // A percentage is its own share; a ring with a gap has no whole to share.
            assert_eq!(text(1, 0, 0), "a: 60 %");
            assert_eq!(text(2, 1, 0), "b: x: 3 (75 %)");
            assert_eq!(text(2, 1, 1), "b: y: 2");
        // A ring's colours are its slices', not its series'; nothing is "current" outside a stack.
        let ring = Tooltip::new(&m.charts[2], 1, 1, w).unwrap();
        assert_eq!((ring.rows[0].key, ring.rows[0].current, ring.current_text()), (None, false, None));
        });
    }

    #[test]
    fn tooltip_words_the_figure_with_its_parts() {
        with_words(include_str!("../../www/data/almaty-2025.json"), |m, w| {
            let tip = Tooltip::new(&m.charts[0], 0, 0, w).unwrap();
            assert_eq!(
                tip.text().replace('\u{a0}', " "),
                "Наркотические средства: более 525 кг, в том числе синтетические — 52 кг"
            );
            let tip = Tooltip::new(&m.charts[2], 0, 0, w).unwrap();
            assert_eq!(tip.text().replace('\u{a0}', " "), "Легализовано в доход государства: более 255 млн ₸");
            assert_eq!(Tooltip::new(&m.charts[0], 9, 0, w), None);
            // A line chart's date lists every series; a gap says it has no data. Its
            // series are years compared month by month: the date names no year
            // («март 2025: 2024: …» contradicted itself).
            let tip = Tooltip::new(&m.charts[4], 2, 0, w).unwrap();
            assert_eq!(tip.text().replace('\u{a0}', " "), "март: 2024: 52 кг; 2025: нет данных");
            assert_eq!(tip.rows.iter().map(|r| (r.key, r.current)).collect::<Vec<_>>(), [(Some(0), false), (Some(1), false)]);
        let only_2025 = Tooltip::with_shown(&m.charts[4], 1, 1, w, &[false, true]).unwrap();
            assert_eq!(only_2025.text().replace('\u{a0}', " "), "февраль: 2025: 61,3 кг");
        });
    }

    #[test]
    fn a_donut_tooltip_stands_in_the_hole_when_it_fits() {
        // A ring centred at (200, 150) on a stage at (0, 50), its hole 72 px across the radius.
        let hole = crate::layout::Sector { cx: 200.0, cy: 150.0, r_inner: 72.0, r_outer: 120.0, start: 0.0, end: 1.0 };
        let spot = in_hole((0.0, 50.0), (110.0, 44.0), hole, (0.0, 800.0)).expect("fits");
        assert_eq!((spot.left, spot.top), (145.0, 178.0));
        // Its corners must stay in the hole: 136 × 48 has a corner 72.1 px out, past 72.
        assert_eq!(in_hole((0.0, 50.0), (136.0, 48.0), hole, (0.0, 800.0)), None);
        assert!(in_hole((0.0, 50.0), (136.0, 46.0), hole, (0.0, 800.0)).is_some());
        // Scrolled so the hole is off the window: the other rules decide.
        assert_eq!(in_hole((0.0, 50.0), (110.0, 44.0), hole, (-190.0, 800.0)), None);
        assert_eq!(in_hole((0.0, 50.0), (110.0, 44.0), hole, (600.0, 800.0)), None);
    }

    #[test]
    fn a_tile_s_tooltip_stands_over_its_own_tile_when_it_fits() {
        // A tile 160 × 140 at (180, 10) of a stage at (0, 50).
        let tile = Rect::new(180.0, 10.0, 160.0, 140.0);
        let spot = on_tile((0.0, 50.0), (120.0, 60.0), tile, (0.0, 800.0)).expect("fits");
        assert_eq!((spot.left, spot.top), (200.0, 100.0));
        // 4 px to spare each side, or elsewhere.
        assert!(on_tile((0.0, 50.0), (152.0, 60.0), tile, (0.0, 800.0)).is_some());
        assert_eq!(on_tile((0.0, 50.0), (153.0, 60.0), tile, (0.0, 800.0)), None);
        assert_eq!(on_tile((0.0, 50.0), (120.0, 133.0), tile, (0.0, 800.0)), None);
        // Half scrolled off the window: the other rules decide.
        assert_eq!(on_tile((0.0, 50.0), (120.0, 60.0), tile, (-120.0, 800.0)), None);
    }

    #[test]
    fn a_wide_donut_tooltip_stands_over_the_hole_only_off_its_slice() {
        use crate::layout::Sector;
        use std::f64::consts::PI;
        // A ring at (200, 150): hole 72, outer 120; a tooltip 160 × 44 is wider than the hole.
        let slice = |start: f64, end: f64| Sector { cx: 200.0, cy: 150.0, r_inner: 72.0, r_outer: 120.0, start, end };
        assert_eq!(in_hole((0.0, 50.0), (160.0, 44.0), slice(-0.3, 0.3), (0.0, 800.0)), None);
        // A slice at the top (angles from 12 o'clock, clockwise): the box's ends, at 3 and 9 o'clock, are clear.
        let top = over_hole((0.0, 50.0), (160.0, 44.0), slice(-0.3, 0.3), (0.0, 800.0)).expect("off a top slice");
        assert_eq!((top.left, top.top), (120.0, 178.0));
        // A slice at 3 o'clock, where the box's right end lies: not there.
        assert_eq!(over_hole((0.0, 50.0), (160.0, 44.0), slice(PI / 2.0 - 0.3, PI / 2.0 + 0.3), (0.0, 800.0)), None);
        // Two thirds of the ring: it reaches round to 3 and 9 o'clock.
        assert_eq!(over_hole((0.0, 50.0), (160.0, 44.0), slice(0.0, 4.0 * PI / 3.0), (0.0, 800.0)), None);
        // Wider than the ring: not there.
        assert_eq!(over_hole((0.0, 50.0), (250.0, 44.0), slice(-0.3, 0.3), (0.0, 800.0)), None);
    }
}
