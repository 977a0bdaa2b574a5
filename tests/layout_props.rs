//! Property tests of layout invariants (proptest), on generated valid documents:
//! random kinds (bar, hbar, tiles, line, donut), 1–40 items (columns turn into
//! bars up to 30), values from 0 to 1e9
//! with tiny and huge ratios, labels long and short, Latin, Cyrillic and Kazakh,
//! qualifiers, units, "of which" parts within their values, optional series,
//! widths 240–1400 px, all three languages. Text is measured with `ApproxMeasure`,
//! the metric the layout itself is given here, so measured extents are exact.
//!
//! Properties:
//! - `marks_stay_inside_the_scene`: every rect, frame, line, path, polygon and
//!   circle lies in [0, width] × [0, height]; every text's anchor x is in
//!   [0, width], its em box in [0, height], and its measured extent (from its
//!   alignment) within [-1, width + 1].
//! - `bars_are_proportional_to_values` (bar and hbar without series): a bar's
//!   length is its value on the chart's scale: length / value is one constant
//!   (within 1e-6, relative) for every bar longer than the minimum visible size
//!   (1.5 px); zero is drawn as nothing, any other value at least that size,
//!   and a larger value never gets a shorter bar.
//! - `texts_do_not_overlap` (bar, hbar, tiles, with or without series): no two
//!   non-empty texts of a chart overlap, boxes being the measured width × the
//!   font's line height around the em box (more than 0.5 px each way counts).
//! - `hit_testing_agrees_with_drawing` (every kind): see `check_hits`.
//! - `every_value_can_be_pointed_at` (bar, hbar, tiles): every figure that is
//!   drawn (every item, every shown series with a value) has a hit.

// Native only: proptest and the SVG backend are not built for wasm (`wasm-pack test` builds every test).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};

use newsplot::format::native::NativeNumbers;
use newsplot::format::Wording;
use newsplot::layout::{self, Align, ApproxMeasure, Ctx, Font, Mark, Rect, Scene, Shape, TextMeasure};
use newsplot::model::{ChartModel, Model};
use newsplot::spec::{self, ChartKind};

/// The smallest length a non-zero bar is drawn at (layout::bars::MIN_VISIBLE).
const MIN_VISIBLE: f64 = 1.5;
const EPS: f64 = 1e-6;

// ---------------------------------------------------------------------------
// Generators

const UNITS: &[&str] = &["count", "kg", "g", "t", "percent", "KZT", "USD", "RUB"];
const MASS: &[&str] = &["g", "kg", "t"];
const QUALIFIERS: &[&str] = &["exact", "about", "more_than", "at_least", "less_than", "up_to"];

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        2 => Just(0.0),
        2 => 1e-6..1.0f64,
        4 => 1.0..1e4f64,
        4 => (1u64..=1_000_000_000).prop_map(|v| v as f64),
        3 => 1e6..1e9f64,
        1 => Just(1e9),
    ]
}

fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,12}( [a-z]{1,10}){0,4}",
        6 => "[А-ЯЁ]?[а-яё]{1,14}( [а-яё]{1,12}){0,6}",
        2 => "[А-Я][а-я]{30,60}",
        2 => "[әғқңөұүһіа-я]{1,10}( [әғқңөұүһіа-я]{1,10}){0,8}",
        2 => "(Наркотические средства |Иностранные банковские карты |Telegram-каналы ){1,8}".prop_map(|s| s.trim().to_string()),
        1 => Just(String::new()),
        1 => "[<>&\"' a-zA-Z0-9/=]{0,40}",
        1 => "[ЖЩШЮМWm—]{1,8}( [ЖЩШЮМWm—]{1,8}){0,3}",
    ]
}

/// Items of one chart. `series`: number of series (0: single `value`).
fn items(kind: &'static str, n: usize, series: usize, unit: &'static str) -> impl Strategy<Value = Vec<Value>> {
    let line = kind == "line";
    let one = (
        label(),
        prop::collection::vec(prop::option::weighted(if line || series > 0 { 0.85 } else { 0.99 }, value()), series.max(1)),
        prop::option::of(prop::sample::select(QUALIFIERS)),
        prop::option::weighted(0.3, prop::sample::select(if MASS.contains(&unit) { MASS } else { UNITS })),
        prop::collection::vec((label(), 0.0..0.6f64, prop::option::of(prop::sample::select(QUALIFIERS))), 0..=2),
        prop::option::weighted(0.2, label()),
        any::<bool>(),
    );
    let date_start = (1990i32..2020, 1u32..=12, 1u32..=28, 0usize..3);
    (prop::collection::vec(one, n), date_start).prop_map(move |(raw, (year, month, day, precision))| {
        raw.into_iter()
            .enumerate()
            .map(|(i, (label, values, qualifier, own_unit, parts, note, negate))| {
                let mut it = serde_json::Map::new();
                let values: Vec<Option<f64>> = values
                    .into_iter()
                    .map(|v| {
                        let v = v.map(|v| if line && negate { -v } else { v });
                        // Only a line (or a series) may have a gap.
                        if !line && series == 0 { Some(v.unwrap_or(0.0)) } else { v }
                    })
                    .collect();
                if line {
                    let m = month - 1 + i as u32;
                    let date = match precision {
                        0 => format!("{:04}", year + i as i32),
                        1 => format!("{:04}-{:02}", year + (m / 12) as i32, m % 12 + 1),
                        _ => format!("{:04}-{:02}-{:02}", year + (m / 12) as i32, m % 12 + 1, day),
                    };
                    it.insert("date".into(), json!(date));
                    if !label.is_empty() && negate {
                        it.insert("label".into(), json!(label));
                    }
                } else {
                    it.insert("label".into(), json!(label));
                }
                if series == 0 {
                    it.insert("value".into(), json!(values[0]));
                } else {
                    it.insert("values".into(), json!(values));
                }
                if let Some(q) = qualifier {
                    it.insert("qualifier".into(), json!(q));
                }
                let own_unit = own_unit.filter(|u| *u == unit || MASS.contains(u) && MASS.contains(&unit));
                if let Some(u) = own_unit {
                    it.insert("unit".into(), json!(u));
                }
                // Parts within the item's smallest figure (each of its values), shares summing to at most 1.
                let base = values.iter().flatten().copied().fold(f64::INFINITY, f64::min);
                if base.is_finite() && base >= 0.0 && !parts.is_empty() {
                    let mut left = 1.0f64;
                    let parts: Vec<Value> = parts
                        .into_iter()
                        .map(|(l, share, q)| {
                            let share = share.min(left);
                            left -= share;
                            let mut p = json!({ "label": l, "value": base * share * 0.999 });
                            if let Some(q) = q {
                                p["qualifier"] = json!(q);
                            }
                            p
                        })
                        .collect();
                    it.insert("parts".into(), json!(parts));
                }
                if let Some(n) = note {
                    it.insert("note".into(), json!(n));
                }
                Value::Object(it)
            })
            .collect()
    })
}

#[derive(Debug, Clone)]
struct Case {
    doc: String,
    width: f64,
    /// The legend row (static output) or not (the browser's DOM legend).
    legend: bool,
    /// Series switched off in the legend (never all of them).
    hidden: Vec<bool>,
}

/// A valid one-chart document of one of `kinds`; `with_series`: may have series.
fn case(kinds: &'static [&'static str], with_series: bool) -> impl Strategy<Value = Case> {
    let max_series = if with_series { 4 } else { 0 };
    (prop::sample::select(kinds), 1usize..=40, 0usize..=max_series, prop::sample::select(UNITS))
        .prop_flat_map(move |(kind, n, series, unit)| {
            // Donuts and tiles draw one figure per item.
            let series = if matches!(kind, "donut" | "tiles") || series < 2 { 0 } else { series };
            (
                Just((kind, series, unit)),
                items(kind, n, series, unit),
                prop::collection::vec(label(), series),
                any::<bool>(),
                prop::option::of(label()),
                prop::option::weighted(0.3, label()),
                prop::option::weighted(0.3, label()),
                prop::sample::select(&["ru", "kk", "en"][..]),
                prop::option::of(("[A-ZА-Я][a-zа-я ]{0,40}", prop::option::of(Just("2025-10-13")))),
                240.0..1400.0f64,
                any::<bool>(),
                prop::collection::vec(prop::bool::weighted(0.3), series),
            )
        })
        .prop_map(|((kind, series, unit), items, names, stacked, title, subtitle, note, locale, source, width, legend, mut hidden)| {
            let mut chart = json!({ "id": "c", "type": kind, "unit": unit, "items": items });
            if series > 0 {
                chart["series"] = json!(names);
                chart["stacked"] = json!(stacked);
            }
            for (k, v) in [("title", title), ("subtitle", subtitle), ("note", note)] {
                if let Some(v) = v {
                    chart[k] = json!(v);
                }
            }
            let mut doc = json!({ "version": 1, "locale": locale, "charts": [chart] });
            if let Some((name, date)) = source {
                doc["source"] = json!({ "name": name, "date": date });
            }
            if hidden.iter().all(|h| *h) {
                if let Some(h) = hidden.first_mut() {
                    *h = false;
                }
            }
            Case { doc: doc.to_string(), width, legend, hidden }
        })
}

// ---------------------------------------------------------------------------
// Layout of a case

struct Laid {
    chart: ChartModel,
    scene: Scene,
    shown: Vec<bool>,
}

fn lay_out(case: &Case) -> Result<Laid, TestCaseError> {
    let doc = spec::parse(&case.doc).map_err(|e| TestCaseError::fail(format!("generated an invalid document: {e}\n{}", case.doc)))?;
    let model = Model::new(&doc, None);
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let shown: Vec<bool> = case.hidden.iter().map(|h| !h).collect();
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: doc.source.as_ref(), shown: &shown, legend: case.legend, corner: 0.0 };
    let scene = layout::chart(&model, 0, &cx, case.width);
    Ok(Laid { chart: model.charts[0].clone(), scene, shown })
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, max_shrink_iters: 1000, max_shrink_time: 10_000, failure_persistence: None, ..ProptestConfig::default() }
}

const ALL: &[&str] = &["bar", "hbar", "tiles", "line", "donut"];
const BARS_AND_TILES: &[&str] = &["bar", "hbar", "tiles"];
const BARS: &[&str] = &["bar", "hbar"];

// ---------------------------------------------------------------------------
// Checks

/// The horizontal extent of a text as drawn: from its anchor by its alignment.
fn text_span(x: f64, text: &str, font: Font, align: Align) -> (f64, f64) {
    let w = ApproxMeasure.width(text, font);
    match align {
        Align::Start => (x, x + w),
        Align::Center => (x - w / 2.0, x + w / 2.0),
        Align::End => (x - w, x),
    }
}

fn inside(p: (f64, f64), scene: &Scene) -> bool {
    p.0 >= -EPS && p.0 <= scene.width + EPS && p.1 >= -EPS && p.1 <= scene.height + EPS
}

fn rect_inside(r: &Rect, scene: &Scene) -> bool {
    r.w >= 0.0 && r.h >= 0.0 && inside((r.x, r.y), scene) && inside((r.right(), r.bottom()), scene)
}

fn check_bounds(scene: &Scene) -> Result<(), TestCaseError> {
    prop_assert!(scene.height.is_finite() && scene.height > 0.0, "scene height {}", scene.height);
    for shape in &scene.shapes {
        match shape {
            Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => {
                prop_assert!(rect_inside(rect, scene), "{shape:?} outside {}×{}", scene.width, scene.height)
            }
            Shape::Line { from, to, .. } => {
                prop_assert!(inside(*from, scene) && inside(*to, scene), "{shape:?} outside {}×{}", scene.width, scene.height)
            }
            Shape::Path { points, .. } | Shape::Polygon { points, .. } => {
                for p in points {
                    prop_assert!(inside(*p, scene), "point {p:?} of {shape:?} outside {}×{}", scene.width, scene.height);
                }
            }
            Shape::Circle { center, radius, .. } => {
                let r = *radius;
                prop_assert!(
                    inside((center.0 - r, center.1 - r), scene) && inside((center.0 + r, center.1 + r), scene),
                    "{shape:?} outside {}×{}",
                    scene.width,
                    scene.height
                )
            }
            Shape::Text { x, y, text, font, align, .. } => {
                prop_assert!(*x >= -EPS && *x <= scene.width + EPS, "text anchor outside the width {}: {shape:?}", scene.width);
                prop_assert!(*y >= -EPS && y + font.size <= scene.height + EPS, "text outside the height {}: {shape:?}", scene.height);
                if !text.is_empty() {
                    let (x0, x1) = text_span(*x, text, *font, *align);
                    prop_assert!(
                        x0 >= -1.0 && x1 <= scene.width + 1.0,
                        "text measured {x0:.1}..{x1:.1} does not fit the width {}: {shape:?}",
                        scene.width
                    );
                }
            }
        }
    }
    Ok(())
}

/// Text boxes: measured width × line height, centred on the em box.
fn text_boxes(scene: &Scene) -> Vec<(Rect, &str)> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { x, y, text, font, align, .. } if !text.trim().is_empty() => {
                let (x0, x1) = text_span(*x, text, *font, *align);
                let lh = font.line_height();
                Some((Rect::new(x0, y - (lh - font.size) / 2.0, x1 - x0, lh), text.as_str()))
            }
            _ => None,
        })
        .collect()
}

fn check_no_overlap(scene: &Scene) -> Result<(), TestCaseError> {
    let boxes = text_boxes(scene);
    for (i, (a, ta)) in boxes.iter().enumerate() {
        for (b, tb) in &boxes[i + 1..] {
            let dx = a.right().min(b.right()) - a.x.max(b.x);
            let dy = a.bottom().min(b.bottom()) - a.y.max(b.y);
            prop_assert!(dx <= 0.5 || dy <= 0.5, "texts overlap by {dx:.1}×{dy:.1} px: {ta:?} at {a:?} and {tb:?} at {b:?}");
        }
    }
    Ok(())
}

fn mark_centre(m: &Mark) -> (f64, f64) {
    match m {
        Mark::Rect(r) => (r.x + r.w / 2.0, r.y + r.h / 2.0),
        Mark::Sector(s) => {
            let a = (s.start + s.end) / 2.0;
            let r = (s.r_inner + s.r_outer) / 2.0;
            (s.cx + r * a.sin(), s.cy - r * a.cos())
        }
        Mark::Guide { x, top, bottom, .. } => (*x, (top + bottom) / 2.0),
    }
}

/// Whether a mark has something a pointer can be on: at least half a pixel each
/// way (a rect's sides, a sector's outer arc and ring, a guide's length). A zero
/// figure's mark, or a slice of a billionth of the whole, has nothing.
fn visible(m: &Mark) -> bool {
    const PX: f64 = 0.5;
    match m {
        Mark::Rect(r) => r.w >= PX && r.h >= PX,
        Mark::Sector(s) => (s.end - s.start) * s.r_outer >= PX && s.r_outer - s.r_inner >= PX,
        Mark::Guide { top, bottom, .. } => bottom - top >= PX,
    }
}

/// Hit testing agrees with drawing. A datum (an item and series) may have several
/// hits: several areas catch the pointer for it (a donut's slice and its row in
/// the list), all with the same mark. For every datum whose mark is visible:
/// 1. the centre of its mark lies in one of its own areas (the pointer on the
///    bar, slice or date finds it);
/// 2. `Scene::hit_at` at that centre returns a hit of the same datum. The rule:
///    hits are searched in order and the first area containing the point wins,
///    so an earlier hit may take the point only if it is about the same datum;
///    another datum there means a reader pointing at this mark would be told
///    about another one: a failure.
///    Data whose marks are under half a pixel either way (zero figures, a
///    slice of a billionth) are exempt: nothing is drawn to point at; the
///    keyboard and a donut's list row still reach them.
/// 3. every hit names an item of the chart and a series it has, and its anchor
///    lies inside the scene (the tooltip points at something on the canvas);
///    a datum's hits follow one another.
fn check_hits(laid: &Laid) -> Result<(), TestCaseError> {
    let Laid { chart, scene, .. } = laid;
    let series = chart.series.len().max(1);
    for (k, h) in scene.hits.iter().enumerate() {
        prop_assert!(h.item < chart.items.len() && h.series < series, "hit {k} names item {} series {}", h.item, h.series);
        prop_assert!(inside(h.anchor, scene), "hit {k}'s anchor {:?} is outside {}×{}", h.anchor, scene.width, scene.height);
        // A datum's hits follow one another (keyboard focus makes them one stop).
        let earlier = scene.hits[..k.saturating_sub(1)].iter().any(|o| o.item == h.item && o.series == h.series);
        let previous = k > 0 && scene.hits[k - 1].item == h.item && scene.hits[k - 1].series == h.series;
        prop_assert!(previous || !earlier, "hit {k} (item {}, series {}) is apart from the datum's earlier hits", h.item, h.series);
    }
    for (k, h) in scene.hits.iter().enumerate() {
        if !visible(&h.mark) {
            continue;
        }
        let same = |o: &newsplot::layout::Hit| o.item == h.item && o.series == h.series;
        let (x, y) = mark_centre(&h.mark);
        prop_assert!(
            scene.hits.iter().any(|o| same(o) && o.area.contains(x, y)),
            "hit {k} (item {}, series {}): its mark's centre ({x:.2}, {y:.2}) is outside its areas; area {:?}, mark {:?}",
            h.item,
            h.series,
            h.area,
            h.mark
        );
        let found = scene.hit_at(x, y).expect("the datum's own area contains the point");
        prop_assert!(
            same(found),
            "pointing at the centre ({x:.2}, {y:.2}) of item {} series {} finds item {} series {} (area {:?}); mark {:?}",
            h.item,
            h.series,
            found.item,
            found.series,
            found.area,
            h.mark
        );
    }
    Ok(())
}

fn check_proportional(laid: &Laid) -> Result<(), TestCaseError> {
    let Laid { chart, scene, .. } = laid;
    // Columns turn into horizontal bars when their names do not fit under them
    // (the scene's kind says which it drew).
    let hbar = chart.kind == ChartKind::HBar || scene.kind == Some(ChartKind::HBar);
    prop_assert_eq!(scene.hits.len(), chart.items.len(), "one hit per item");
    // (value on the chart's scale, bar length) per item, from the hits' marks.
    let mut bars: Vec<(f64, f64)> = Vec::new();
    for h in &scene.hits {
        let Mark::Rect(r) = h.mark else { return Err(TestCaseError::fail(format!("a bar's mark is a rect: {:?}", h.mark))) };
        let v = chart.items[h.item].figure().expect("single-series bars have values").scaled;
        bars.push((v, if hbar { r.w } else { r.h }));
    }
    // The bar is drawn as a series rect exactly where its mark is.
    for h in &scene.hits {
        if let Mark::Rect(r) = h.mark {
            if r.w > 0.0 && r.h > 0.0 {
                let drawn = scene.shapes.iter().any(|s| matches!(s, Shape::Rect { rect, ink: newsplot::theme::Ink::Series(0) } if *rect == r));
                prop_assert!(drawn, "item {}'s mark {r:?} is not a drawn bar", h.item);
            }
        }
    }
    for &(v, len) in &bars {
        if v == 0.0 {
            prop_assert!(len == 0.0, "a zero is drawn as nothing, not {len}");
        } else {
            prop_assert!(len >= MIN_VISIBLE - EPS, "a value {v} is drawn at least {MIN_VISIBLE} px, not {len}");
        }
    }
    let big: Vec<(f64, f64)> = bars.iter().copied().filter(|&(v, len)| v > 0.0 && len > MIN_VISIBLE + 1e-9).collect();
    if let Some(&(v0, l0)) = big.iter().max_by(|a, b| a.0.total_cmp(&b.0)) {
        let k = l0 / v0;
        for &(v, len) in &big {
            let ratio = (len / v) / k;
            prop_assert!((ratio - 1.0).abs() <= 1e-6, "bar of {v} is {len} px; the largest, {v0}, is {l0} px: ratio off by {:e}", ratio - 1.0);
        }
    }
    for &(va, la) in &bars {
        for &(vb, lb) in &bars {
            if va > vb {
                prop_assert!(la >= lb - EPS, "{va} is drawn shorter ({la}) than {vb} ({lb})");
            }
        }
    }
    Ok(())
}

fn check_reachable(laid: &Laid) -> Result<(), TestCaseError> {
    let Laid { chart, scene, shown } = laid;
    for (i, d) in chart.items.iter().enumerate() {
        for (s, v) in d.values.iter().enumerate() {
            let on = chart.series.is_empty() || shown.get(s).copied().unwrap_or(true);
            if v.is_some() && on {
                prop_assert!(scene.hits.iter().any(|h| h.item == i && h.series == s), "item {i} series {s} has no hit");
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn marks_stay_inside_the_scene(case in case(ALL, true)) {
        let laid = lay_out(&case)?;
        check_bounds(&laid.scene)?;
    }

    #[test]
    fn bars_are_proportional_to_values(case in case(BARS, false)) {
        let laid = lay_out(&case)?;
        check_proportional(&laid)?;
    }

    #[test]
    fn texts_do_not_overlap(case in case(BARS_AND_TILES, true)) {
        let laid = lay_out(&case)?;
        check_no_overlap(&laid.scene)?;
    }

    #[test]
    fn hit_testing_agrees_with_drawing(case in case(ALL, true)) {
        let laid = lay_out(&case)?;
        check_hits(&laid)?;
    }

    #[test]
    fn every_value_can_be_pointed_at(case in case(BARS_AND_TILES, true)) {
        let laid = lay_out(&case)?;
        check_reachable(&laid)?;
    }
}

/// The generator itself: it makes valid documents of every kind, with series,
/// parts, gaps and negative line values among them (a generator that silently
/// produced only easy cases would make the properties above hollow).
#[test]
fn the_generator_covers_the_format() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = case(ALL, true);
    let (mut kinds, mut series, mut parts, mut gaps, mut negative, mut stacked) = (Vec::new(), 0, 0, 0, 0, 0);
    for _ in 0..300 {
        let c = strategy.new_tree(&mut runner).unwrap().current();
        let doc = spec::parse(&c.doc).unwrap_or_else(|e| panic!("{e}\n{}", c.doc));
        let chart = &doc.charts[0];
        if !kinds.contains(&chart.kind) {
            kinds.push(chart.kind);
        }
        series += usize::from(!chart.series.is_empty());
        stacked += usize::from(chart.stacked && !chart.series.is_empty());
        parts += usize::from(chart.items.iter().any(|i| !i.parts.is_empty()));
        gaps += usize::from(chart.items.iter().any(|i| i.values.iter().any(Option::is_none)));
        negative += usize::from(chart.items.iter().any(|i| i.values.iter().flatten().any(|v| *v < 0.0)));
    }
    assert_eq!(kinds.len(), 5, "{kinds:?}");
    for (what, n) in [("series", series), ("stacked", stacked), ("parts", parts), ("gaps", gaps), ("negative", negative)] {
        assert!(n >= 10, "only {n} of 300 documents have {what}");
    }
}

// ---------------------------------------------------------------------------
// Cases the properties found, kept as fixed examples (minimal documents).

fn fixed(doc: &str, width: f64) -> Laid {
    lay_out(&Case { doc: doc.to_string(), width, legend: false, hidden: Vec::new() }).expect("a valid document")
}

fn run(check: impl FnOnce() -> Result<(), TestCaseError>) {
    if let Err(e) = check() {
        panic!("{e}");
    }
}

/// Tiles: a worded figure still too wide at the smallest size must not run out
/// of its tile (and, in the last column, off the chart).
#[test]
fn tiles_keep_a_wide_figure_inside() {
    let laid = fixed(
        r#"{"version":1,"locale":"ru","charts":[{"id":"t","type":"tiles","unit":"USD","items":[
            {"label":"a","value":100000000,"qualifier":"about"},
            {"label":"b","value":842000000,"qualifier":"more_than"},
            {"label":"c","value":100000000,"qualifier":"about"}]}]}"#,
        490.0,
    );
    run(|| check_bounds(&laid.scene));
    run(|| check_no_overlap(&laid.scene));
}

/// Columns: thirty-one categories on a phone (too many to turn into bars) leave
/// each a few pixels; their labels must not be drawn over each other.
#[test]
fn crowded_column_labels_do_not_overlap() {
    let items: Vec<String> = (0..31).map(|i| format!(r#"{{"label":"Жж{i}","value":{}}}"#, i + 1)).collect();
    let doc = format!(r#"{{"version":1,"charts":[{{"id":"c","type":"bar","items":[{}]}}]}}"#, items.join(","));
    let laid = fixed(&doc, 320.0);
    assert_columns(&laid);
    run(|| check_bounds(&laid.scene));
    run(|| check_no_overlap(&laid.scene));
}

/// Stacked columns: segments raised to the visible minimum must not push the
/// stack, and its total above it, out of the top of the chart.
#[test]
fn a_stack_of_tiny_segments_stays_inside() {
    let laid = fixed(
        r#"{"version":1,"locale":"en","charts":[{"id":"s","type":"bar","unit":"KZT","series":["a","b","c","d"],"stacked":true,"items":[
            {"label":"x","values":[99999999.99,0.000001,0.000001,0.000001]},{"label":"y","values":[1,2,3,4]}]}]}"#,
        600.0,
    );
    run(|| check_bounds(&laid.scene));
}

/// Values near the largest double are valid (the format asks only for finite
/// numbers): the value axis must stay finite (found by fuzzing: the last round
/// tick overflows to ∞ and the scale's gridlines and bars become NaN).
#[test]
fn a_value_near_the_largest_double_keeps_the_axis_finite() {
    let laid = fixed(r#"{"version":1,"locale":"en","charts":[{"id":"h","type":"bar","items":[{"label":"a","value":1.6e308},{"label":"b","value":1e308}]}]}"#, 600.0);
    run(|| check_bounds(&laid.scene));
}

/// Subnormal values (1e-323) are valid numbers: laying them out must not panic
/// (found by fuzzing: the tick step underflows to 0 and `nice_ticks` /
/// `nice_range` ask for usize::MAX ticks: "capacity overflow").
#[test]
fn subnormal_values_do_not_panic() {
    for kind in ALL {
        let item = if *kind == "line" { r#"{"date":"2025","value":1e-323},{"date":"2026","value":0}"# } else { r#"{"label":"x","value":1e-323}"# };
        let doc = format!(r#"{{"version":1,"charts":[{{"id":"c","type":"{kind}","items":[{item}]}}]}}"#);
        let laid = std::panic::catch_unwind(|| fixed(&doc, 600.0)).unwrap_or_else(|_| panic!("{kind}: laying out 1e-323 panicked"));
        run(|| check_bounds(&laid.scene));
    }
}

/// Horizontal bars on a phone: the bars kept 40 % of the width even when the
/// widest label then ran off the edge ("more than KZT 100M" beside a 97 px bar
/// in 241 px). Now the bars shorten until every label fits beside its bar.
#[test]
fn hbar_labels_stay_inside_a_narrow_chart() {
    let doc = r#"{"version":1,"locale":"en","charts":[{"id":"c","type":"hbar","unit":"KZT","series":["a","b"],"stacked":true,
        "items":[{"label":"A","values":[null,null]},{"label":"a","qualifier":"more_than","values":[99500000.0,null]},{"label":"A","values":[null,null]}]}]}"#;
    for width in [241.45154515995338, 260.0, 300.0] {
        let laid = lay_out(&Case { doc: doc.to_string(), width, legend: false, hidden: vec![false, true] }).expect("a valid document");
        run(|| check_bounds(&laid.scene));
    }
    // Single series, a long label on the longest bar.
    let doc = r#"{"version":1,"locale":"en","charts":[{"id":"c","type":"hbar","unit":"KZT","items":[
        {"label":"a","qualifier":"more_than","value":99500000},{"label":"b","value":1000}]}]}"#;
    for width in [240.0, 250.0, 280.0] {
        let laid = fixed(doc, width);
        run(|| check_bounds(&laid.scene));
        run(|| check_proportional(&laid));
    }
}

/// Stacked columns too narrow for labels: their "of which" captions were still
/// wrapped into the slot, a letter a line, and collided with the next column's
/// (the case proptest found, as it found it: 30 items in 247 px).
#[test]
fn narrow_stacked_columns_caption_nothing_that_collides() {
    let text = std::fs::read_to_string("tests/fixtures/props/narrow-stacked-captions.json").unwrap();
    let case: Value = serde_json::from_str(&text).unwrap();
    let hidden = case["hidden"].as_array().unwrap().iter().map(|h| h.as_bool().unwrap()).collect();
    let mut case = Case { doc: case["doc"].to_string(), width: case["width"].as_f64().unwrap(), legend: false, hidden };
    let laid = lay_out(&case).expect("a valid document");
    run(|| check_no_overlap(&laid.scene));
    run(|| check_bounds(&laid.scene));
    // Its 30 columns now turn into bars; with one more they stay columns, the
    // case as it was found.
    let mut doc: Value = serde_json::from_str(&case.doc).unwrap();
    let items = doc["charts"][0]["items"].as_array_mut().unwrap();
    assert_eq!(items.len(), 30);
    items.push(items[0].clone());
    case.doc = doc.to_string();
    let laid = lay_out(&case).expect("a valid document");
    assert_columns(&laid);
    run(|| check_no_overlap(&laid.scene));
    run(|| check_bounds(&laid.scene));
}

/// The chart was laid out as columns (they stand right of the value axis).
fn assert_columns(laid: &Laid) {
    assert!(laid.scene.hits.iter().any(|h| matches!(h.mark, Mark::Rect(r) if r.x > 0.0)), "columns, not bars");
}

/// Forty grouped columns of four series on a phone: the gaps between a group's
/// columns (2 px each) took more than the slot, and columns came out of
/// negative width (the case proptest found once the generator reached 40 items).
#[test]
fn crowded_grouped_columns_keep_a_positive_width() {
    let text = std::fs::read_to_string("tests/fixtures/props/crowded-grouped-columns.json").unwrap();
    let case: Value = serde_json::from_str(&text).unwrap();
    let hidden = case["hidden"].as_array().unwrap().iter().map(|h| h.as_bool().unwrap()).collect();
    // Its 40 groups now become bars; long names are a list however many, but
    // over a hundred short ones (years, days) stay columns, narrower still than
    // the case as it was found.
    let mut doc = case["doc"].clone();
    let items = doc["charts"][0]["items"].as_array_mut().unwrap();
    assert_eq!(items.len(), 40);
    let more: Vec<Value> = items.iter().cycle().take(61).cloned().collect();
    items.extend(more);
    for (i, item) in items.iter_mut().enumerate() {
        item["label"] = Value::from((1900 + i).to_string());
    }
    let case = Case { doc: doc.to_string(), width: case["width"].as_f64().unwrap(), legend: case["legend"].as_bool().unwrap(), hidden };
    let laid = lay_out(&case).expect("a valid document");
    assert_columns(&laid);
    run(|| check_bounds(&laid.scene));
    run(|| check_hits(&laid));
}
