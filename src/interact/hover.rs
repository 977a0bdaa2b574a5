//! Hover state of one chart: which datum the pointer is on, changed only when it
//! moves to another, so the overlay is redrawn only then; and the lookup that
//! finds it in logarithmic time on a line's 55,550 date strips.

use crate::layout::{Hit, Mark, Rect, Region, Scene, Sector, Shape};
use crate::theme::Ink;

/// Finds the hit under a point exactly as [`Scene::hit_index_at`] does (the
/// first hit whose area contains it), but by binary search when the hits are
/// strips of one height side by side in x order (a line chart's dates), and by
/// a scan otherwise (bars, donuts: a few dozen hits).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HitIndex {
    strips: Option<Strips>,
}

#[derive(Debug, Clone, PartialEq)]
struct Strips {
    top: f64,
    height: f64,
    /// Each strip's left and right edges, both non-decreasing.
    left: Vec<f64>,
    right: Vec<f64>,
}

impl HitIndex {
    pub fn new(hits: &[Hit]) -> HitIndex {
        let mut rects = hits.iter().map(|h| match &h.area {
            Region::Rect(r) => Some(*r),
            Region::Sector(_) => None,
        });
        let Some(Some(first)) = rects.next() else { return HitIndex::default() };
        let mut strips = Strips { top: first.y, height: first.h, left: vec![first.x], right: vec![first.x + first.w] };
        for r in rects {
            let Some(r) = r else { return HitIndex::default() };
            // `x + w` as `Rect::contains` computes it, so both agree to the last bit.
            let (l, rt) = (r.x, r.x + r.w);
            let (pl, pr) = (strips.left[strips.left.len() - 1], strips.right[strips.right.len() - 1]);
            if r.y != strips.top || r.h != strips.height || !(l >= pl && rt >= pr) {
                return HitIndex::default();
            }
            strips.left.push(l);
            strips.right.push(rt);
        }
        HitIndex { strips: Some(strips) }
    }

    /// The index of the first hit whose area contains (x, y).
    pub fn at(&self, hits: &[Hit], x: f64, y: f64) -> Option<usize> {
        let Some(s) = self.strips.as_ref().filter(|s| s.left.len() == hits.len()) else {
            return hits.iter().position(|h| h.area.contains(x, y));
        };
        if !(y >= s.top && y < s.top + s.height) {
            return None;
        }
        // The strips containing x are a run: from the first whose right edge
        // passes x, while their left edges are at or before x.
        let i = s.right.partition_point(|r| *r <= x);
        (i < s.left.len() && s.left[i] <= x).then_some(i)
    }
}

#[derive(Debug, Default)]
pub struct Hover {
    /// Index into the scene's hits.
    current: Option<usize>,
}

impl Hover {
    pub fn current<'s>(&self, scene: &'s Scene) -> Option<&'s Hit> {
        scene.hits.get(self.current?)
    }

    /// The pointer is at (x, y) in CSS pixels; true when the hovered datum changed.
    pub fn pointer_at(&mut self, scene: &Scene, index: &HitIndex, x: f64, y: f64) -> bool {
        let next = index.at(&scene.hits, x, y);
        std::mem::replace(&mut self.current, next) != next
    }

    /// The pointer left the chart; true when something was hovered.
    pub fn leave(&mut self) -> bool {
        self.current.take().is_some()
    }
}

/// The overlay's shapes for a hovered or focused datum; `points`: the scene's
/// guide points ([`Scene::points`]).
/// `size`: the canvas's (CSS px), which a rectangle's outline stays inside.
pub fn highlight(hit: &Hit, points: &[(f64, f64, usize)], size: (f64, f64)) -> Vec<Shape> {
    match &hit.mark {
        Mark::Rect(m) => {
            // An outline just outside the mark, its whole stroke inside the
            // canvas (a tile at the right edge kept only three sides).
            let (x, y) = ((m.x - 2.0).max(1.0), (m.y - 2.0).max(1.0));
            let (r, b) = ((m.right() + 2.0).min(size.0 - 1.0), (m.bottom() + 2.0).min(size.1 - 1.0));
            let rect = Rect::new(x, y, r - x, b - y);
            vec![Shape::Frame { rect, ink: Ink::Highlight, width: 2.0 }]
        }
        Mark::Sector(s) => {
            // The slice's outline, pushed out a little.
            let grown = Sector { r_outer: s.r_outer + 4.0, ..*s };
            vec![Shape::Path { points: grown.outline(), ink: Ink::Highlight, width: 2.0 }]
        }
        Mark::Guide { x, top, bottom, points: range } => {
            let mut out = vec![Shape::Line { from: (*x, *top), to: (*x, *bottom), ink: Ink::Muted, width: 1.0 }];
            for (px, py, s) in points.get(range.clone()).unwrap_or_default() {
                out.push(Shape::Circle { center: (*px, *py), radius: 5.0, ink: Ink::Series(*s as u8), width: 0.0 });
                out.push(Shape::Circle { center: (*px, *py), radius: 6.0, ink: Ink::Highlight, width: 2.0 });
            }
            out
        }
    }
}

/// Where a tooltip `h` tall beside a line's guide stands: of the `tops` it
/// may take (centred on the hovered points, at the plot's top, at its foot),
/// the index of the one whose box, spanning `x0..x1`, covers the fewest points
/// of the lines under it, so a reader following a line sees where it goes
/// next. Ties go to `kept` (the last one chosen, so the tooltip does not flip
/// for one date and back), then to the first. `points`: the scene's guide
/// points, in x order, a date's points together; every series' points are
/// counted at up to 64 dates in range.
pub fn freest(points: &[(f64, f64, usize)], (x0, x1): (f64, f64), h: f64, tops: [f64; 3], kept: usize) -> usize {
    let first = points.partition_point(|p| p.0 < x0);
    let near = &points[first..first.max(points.partition_point(|p| p.0 <= x1))];
    let step = (near.len() / 64).max(1);
    let mut covered = [0usize; 3];
    let mut j = 0;
    while j < near.len() {
        // Back to the first point of this date, then all of its series.
        let x = near[j].0;
        let mut i = j;
        while i > 0 && near[i - 1].0 == x {
            i -= 1;
        }
        for p in near[i..].iter().take_while(|p| p.0 == x) {
            for (c, top) in covered.iter_mut().zip(tops) {
                *c += usize::from(p.1 > top - 4.0 && p.1 < top + h + 4.0);
            }
        }
        j += step;
    }
    let best = covered.iter().copied().min().unwrap_or(0);
    if covered.get(kept) == Some(&best) { kept } else { covered.iter().position(|c| *c == best).unwrap_or(0) }
}

/// Where a line's tooltip stands when it spans the chart (a phone): the
/// first of these tops (host px) that leaves the hovered points
/// (`points`: their top and bottom) uncovered as the window shows it: inside
/// the stage at the edge away from the points, outside the stage on that
/// side, outside on the other. None free (a plot too short, a chart that
/// fills the window): the first, as the window shows it. `stage`: its top and
/// bottom; `seen`: a top moved into the window.
pub fn across((top, bottom): (f64, f64), h: f64, points: (f64, f64), seen: impl Fn(f64) -> f64) -> f64 {
    let high = points.0 + points.1 < top + bottom;
    let inside = if high { (bottom - h).max(top) } else { top };
    let (above, below) = (top - h - 4.0, bottom + 4.0);
    let clear = |t: f64| t + h <= points.0 || t >= points.1;
    let inside_seen = seen(inside);
    if clear(inside_seen) {
        return inside_seen;
    }
    // Each as the window shows it: a chart whose head is half scrolled off
    // still has room over its plot's free top.
    let outside = if high { [below, above] } else { [above, below] };
    outside.into_iter().map(&seen).find(|&t| clear(t)).unwrap_or(inside_seen)
}

/// The box (CSS px) that drawing `shapes` can touch, strokes and anti-aliasing
/// included: the overlay clears only this much before the next highlight,
/// instead of the whole canvas on every pointer move.
pub fn ink_bounds(shapes: &[Shape]) -> Option<Rect> {
    let mut b: Option<(f64, f64, f64, f64)> = None;
    let mut add = |x: f64, y: f64, pad: f64| {
        let (x0, y0, x1, y1) = (x - pad, y - pad, x + pad, y + pad);
        b = Some(match b {
            None => (x0, y0, x1, y1),
            Some((a, c, d, e)) => (a.min(x0), c.min(y0), d.max(x1), e.max(y1)),
        });
    };
    // Half a stroke beyond the geometry, plus 2 px for anti-aliasing.
    for shape in shapes {
        match shape {
            Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => {
                add(rect.x, rect.y, 2.0);
                add(rect.right(), rect.bottom(), 2.0);
            }
            Shape::Line { from, to, width, .. } => {
                add(from.0, from.1, width / 2.0 + 2.0);
                add(to.0, to.1, width / 2.0 + 2.0);
            }
            Shape::Path { points, width, .. } => points.iter().for_each(|p| add(p.0, p.1, width / 2.0 + 2.0)),
            Shape::Polygon { points, .. } => points.iter().for_each(|p| add(p.0, p.1, 2.0)),
            Shape::Circle { center, radius, width, .. } => add(center.0, center.1, radius + width / 2.0 + 2.0),
            // Text is never part of a highlight; a generous box if it ever is.
            Shape::Text { x, y, .. } => add(*x, *y, 400.0),
        }
    }
    b.map(|(x0, y0, x1, y1)| Rect::new(x0, y0, x1 - x0, y1 - y0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Hit;

    fn scene() -> Scene {
        let hit = |item: usize, y: f64| Hit {
            item,
            series: 0,
            area: crate::layout::Region::Rect(Rect::new(0.0, y, 100.0, 20.0)),
            mark: Mark::Rect(Rect::new(0.0, y + 5.0, 50.0, 10.0)),
            anchor: (50.0, y + 10.0),
            avoid: Rect::new(0.0, y + 5.0, 50.0, 10.0),
        };
        Scene { width: 100.0, height: 60.0, shapes: vec![], hits: vec![hit(0, 0.0), hit(1, 30.0)], points: vec![], rows: vec![], kind: None, foot: 0.0, credit: None }
    }

    #[test]
    fn changes_only_when_the_datum_under_the_pointer_changes() {
        let s = scene();
        let ix = HitIndex::new(&s.hits);
        let mut h = Hover::default();
        assert!(h.pointer_at(&s, &ix, 10.0, 10.0));
        assert_eq!(h.current(&s).unwrap().item, 0);
        assert!(!h.pointer_at(&s, &ix, 60.0, 12.0), "same row: no redraw");
        assert!(h.pointer_at(&s, &ix, 10.0, 25.0), "the gap between rows");
        assert!(h.current(&s).is_none());
        assert!(h.pointer_at(&s, &ix, 10.0, 35.0));
        assert_eq!(h.current(&s).unwrap().item, 1);
        assert!(h.leave());
        assert!(!h.leave());
    }

    #[test]
    fn highlight_outlines_the_mark_inside_the_canvas() {
        let s = scene();
        match highlight(&s.hits[1], &s.points, (s.width, s.height)).as_slice() {
            [Shape::Frame { rect, .. }] => assert_eq!(*rect, Rect::new(1.0, 33.0, 51.0, 14.0)),
            other => panic!("{other:?}"),
        }
        // A mark at the canvas's right and bottom edges: the 2 px stroke stays inside.
        match highlight(&s.hits[1], &s.points, (40.0, 40.0)).as_slice() {
            [Shape::Frame { rect, .. }] => assert_eq!((rect.right(), rect.bottom()), (39.0, 39.0)),
            other => panic!("{other:?}"),
        }
    }

    fn laid_out(doc: &str, width: f64) -> Vec<Scene> {
        use crate::format::{native::NativeNumbers, Wording};
        use crate::layout::{ApproxMeasure, Ctx};
        let model = crate::model::Model::new(&crate::spec::parse(doc).unwrap(), None);
        let numbers = NativeNumbers::new(model.lang);
        let words = Wording::new(model.lang, &numbers);
        (0..model.charts.len())
            .map(|i| {
                let shown = vec![true; model.charts[i].series.len().max(1)];
                let cx = Ctx { measure: &ApproxMeasure, words: &words, source: None, shown: &shown, legend: false, corner: 0.0 };
                crate::layout::chart(&model, i, &cx, width)
            })
            .collect()
    }

    /// A line of `n` daily dates from 2001-01-01 (28-day months), every 7th of series B missing.
    fn line_doc(n: usize) -> String {
        let items: Vec<String> = (0..n)
            .map(|i| {
                let (y, d) = (2001 + i / 336, i % 336);
                let b = if i % 7 == 3 { "null".to_string() } else { format!("{}", (i * 37 % 101) as f64 / 3.0) };
                format!(r#"{{"date":"{y}-{:02}-{:02}","values":[{},{b}]}}"#, d / 28 + 1, d % 28 + 1, (i * 13 % 57) as f64)
            })
            .collect();
        format!(r#"{{"version":1,"charts":[{{"id":"l","type":"line","unit":"kg","series":["A","B"],"items":[{}]}}]}}"#, items.join(","))
    }

    /// Every point of a fine grid over the scene (and just outside it), plus
    /// each hit's exact edges: the index answers as the scan does.
    fn agrees(s: &Scene, ix: &HitIndex) {
        let mut xs: Vec<f64> = (-10..=(s.width as i64 * 2 + 10)).map(|k| k as f64 / 2.0).collect();
        let mut ys: Vec<f64> = (-2..=(s.height as i64 / 8 + 2)).map(|k| k as f64 * 8.0).collect();
        let step = (s.hits.len() / 300).max(1);
        for h in s.hits.iter().step_by(step) {
            if let Region::Rect(r) = &h.area {
                xs.extend([r.x, r.right(), r.x - 1e-9, r.right() - 1e-9]);
                ys.extend([r.y, r.bottom(), r.bottom() - 1e-9]);
            }
        }
        ys.sort_by(f64::total_cmp);
        ys.dedup();
        for &x in &xs {
            for &y in &ys {
                assert_eq!(ix.at(&s.hits, x, y), s.hit_index_at(x, y), "at ({x}, {y})");
            }
        }
    }

    #[test]
    fn line_strips_are_searched_and_agree_with_the_scan() {
        for (n, width) in [(3_000, 640.0), (40, 320.0), (1, 500.0), (2, 900.0)] {
            let s = &laid_out(&line_doc(n), width)[0];
            assert_eq!(s.hits.len(), n);
            let ix = HitIndex::new(&s.hits);
            assert!(ix.strips.is_some(), "{n} dates: a line's hits are strips");
            agrees(s, &ix);
        }
    }

    #[test]
    fn other_charts_fall_back_to_the_scan() {
        let scenes = laid_out(include_str!("../../www/data/almaty-2025.json"), 640.0);
        assert!(scenes.iter().any(|s| HitIndex::new(&s.hits).strips.is_none()), "bars and tiles are not strips");
        for s in &scenes {
            agrees(s, &HitIndex::new(&s.hits));
        }
        // Sectors, overlapping or out-of-order rectangles: never strips.
        let sc = scene();
        assert!(HitIndex::new(&sc.hits).strips.is_none(), "rows one under another");
        let mut h = sc.hits.clone();
        h[1].area = Region::Rect(Rect::new(50.0, 0.0, 100.0, 20.0));
        h[0].area = Region::Rect(Rect::new(60.0, 0.0, 10.0, 20.0));
        assert!(HitIndex::new(&h).strips.is_none(), "out of order");
        assert_eq!(HitIndex::new(&[]).at(&[], 1.0, 1.0), None);
        // An index built for other hits never answers for these.
        let stale = HitIndex::new(&laid_out(&line_doc(5), 300.0)[0].hits);
        assert_eq!(stale.at(&sc.hits, 10.0, 35.0), sc.hit_index_at(10.0, 35.0));
    }

    #[test]
    fn ink_bounds_cover_strokes_and_rings() {
        assert_eq!(ink_bounds(&[]), None);
        let guide = Hit {
            item: 0,
            series: 0,
            area: Region::Rect(Rect::new(0.0, 0.0, 10.0, 100.0)),
            mark: Mark::Guide { x: 50.0, top: 10.0, bottom: 90.0, points: 1..3 },
            anchor: (50.0, 40.0),
            avoid: Rect::new(50.0, 10.0, 0.0, 80.0),
        };
        // Points 1 and 2 of the scene's list are this guide's.
        let points = [(0.0, 0.0, 0), (50.0, 40.0, 0), (50.0, 95.0, 1), (0.0, 300.0, 2)];
        let b = ink_bounds(&highlight(&guide, &points, (1e9, 1e9))).unwrap();
        // The lower ring (radius 6, stroke 2) reaches 95 + 7 = 102, plus 2 of anti-aliasing.
        assert_eq!((b.x, b.y, b.right(), b.bottom()), (41.0, 7.5, 59.0, 104.0));
        let bar = Hit { mark: Mark::Rect(Rect::new(10.0, 20.0, 30.0, 5.0)), ..guide };
        let b = ink_bounds(&highlight(&bar, &points, (1e9, 1e9))).unwrap();
        // The outline sits 2 px outside the bar, plus 2 px.
        assert_eq!((b.x, b.y, b.right(), b.bottom()), (6.0, 16.0, 44.0, 29.0));
    }

    /// A rising line: hovered at its middle, a tooltip to the right of the
    /// guide stands at the foot, under where the line climbs to, not on it;
    /// a flat line in the middle leaves the tooltip centred only when nothing
    /// else is freer, and points outside the tooltip's width do not count.
    #[test]
    fn a_tooltip_beside_a_guide_keeps_off_the_line_ahead() {
        // 100 dates, x = 10·i, y falling from 300 to 0 (the line rises).
        let rising: Vec<(f64, f64, usize)> = (0..100).map(|i| (10.0 * i as f64, 300.0 - 3.0 * i as f64, 0)).collect();
        let (h, stage) = (60.0, 300.0);
        // Centred on the hovered points (kept inside), the top, the foot.
        let tops = |centre: f64| [(centre - h / 2.0).clamp(0.0, stage - h), 0.0, stage - h];
        // Hovered at i = 50 (y 150): a wide box right of the guide covers
        // i 52..=99, where the line climbs from y 144 to 3: the foot is free.
        assert_eq!(freest(&rising, (514.0, 990.0), h, tops(150.0), 0), 2, "at the foot");
        // Left of the guide, i 0..=48 (y 300..156): the top is free.
        assert_eq!(freest(&rising, (0.0, 486.0), h, tops(150.0), 0), 1, "at the top");
        // A flat line at y 150 and another at 280: the top is the one free place.
        let flat: Vec<(f64, f64, usize)> = (0..100).flat_map(|i| [(10.0 * i as f64, 150.0, 0), (10.0 * i as f64, 280.0, 1)]).collect();
        assert_eq!(freest(&flat, (514.0, 700.0), h, tops(150.0), 0), 1);
        // Lines at the top and the foot: centred, between them.
        let both: Vec<(f64, f64, usize)> = (0..100).flat_map(|i| [(10.0 * i as f64, 10.0, 0), (10.0 * i as f64, 290.0, 1)]).collect();
        assert_eq!(freest(&both, (514.0, 700.0), h, tops(150.0), 0), 0);
        // Nothing under the box: centred, clamped inside the chart.
        assert_eq!(freest(&rising, (2000.0, 2200.0), h, tops(10.0), 0), 0);
        assert_eq!(freest(&[], (0.0, 100.0), h, tops(150.0), 0), 0);
        // A tie keeps the height chosen last: no flip for one date and back.
        assert_eq!(freest(&[], (0.0, 100.0), h, tops(150.0), 2), 2);
        assert_eq!(freest(&rising, (0.0, 486.0), h, tops(150.0), 2), 1, "not when another is freer");
        // Dense: three series a date, 400 dates under the box. Every series
        // counts, not one in three (a step of 3 over interleaved points saw
        // only series 0): lines 1 and 2 at the top, series 0 at the foot.
        let dense: Vec<(f64, f64, usize)> = (0..400).flat_map(|i| [(i as f64, 290.0, 0), (i as f64, 10.0, 1), (i as f64, 20.0, 2)]).collect();
        assert_eq!(freest(&dense, (0.0, 400.0), h, [120.0, 0.0, stage - h], 0), 0, "between the lines");
        let dense: Vec<(f64, f64, usize)> = (0..400).flat_map(|i| [(i as f64, 150.0, 0), (i as f64, 10.0, 1), (i as f64, 20.0, 2)]).collect();
        assert_eq!(freest(&dense, (0.0, 400.0), h, [120.0, 0.0, stage - h], 0), 2, "the foot, not the top");
    }

    #[test]
    fn a_tooltip_across_the_chart_keeps_off_the_hovered_points() {
        // A stage 100..300 in the host, a tooltip 80 tall, a window showing 0..600.
        let window = |t: f64| t.clamp(0.0, 600.0 - 80.0);
        // Points low: at the stage's top; points high: at its foot.
        assert_eq!(across((100.0, 300.0), 80.0, (250.0, 260.0), window), 100.0);
        assert_eq!(across((100.0, 300.0), 80.0, (120.0, 130.0), window), 220.0);
        // Points spread over the stage: above it; when the window's top cuts
        // that off (the chart at the window's top), below it, not over the points.
        assert_eq!(across((100.0, 300.0), 80.0, (150.0, 290.0), window), 16.0);
        assert_eq!(across((100.0, 300.0), 80.0, (150.0, 290.0), |t: f64| t.clamp(100.0, 520.0)), 304.0);
        // Points high and spread, the window's foot at the stage's: above it.
        assert_eq!(across((100.0, 300.0), 80.0, (110.0, 240.0), |t: f64| t.clamp(0.0, 220.0)), 16.0);
        // No room anywhere: inside, as the window shows it.
        assert_eq!(across((100.0, 300.0), 80.0, (105.0, 295.0), |t: f64| t.clamp(100.0, 220.0)), 100.0);
        // The head half scrolled off (the window from 60) and the foot cut
        // (to 370): over the plot's free top, as the window shows it.
        assert_eq!(across((100.0, 300.0), 80.0, (150.0, 290.0), |t: f64| t.clamp(60.0, 290.0)), 60.0);
    }
}
