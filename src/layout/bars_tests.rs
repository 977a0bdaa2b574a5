//! Bars and columns with series: grouped, stacked, gaps, hidden series, hits,
//! and the static legend.

use super::*;
use crate::format::native::NativeNumbers;
use crate::format::Wording;
use crate::model::Model;
use crate::spec;
use crate::theme::Ink;

const FIXTURE: &str = include_str!("../../tests/fixtures/valid/bar-series-stacked.json");

const DOC: &str = r#"{
  "version": 1,
  "source": { "name": "Комитет по правовой статистике" },
  "charts": [
    { "id": "g-hbar", "type": "hbar", "title": "ДТП", "series": ["2024", "2025"],
      "items": [
        { "label": "Алмалинский", "values": [460, 410], "parts": [ { "label": "пешеходы", "value": 150 } ] },
        { "label": "Бостандыкский", "values": [null, 388] },
        { "label": "Медеуский", "values": [120, 0] } ] },
    { "id": "g-bar", "type": "bar", "title": "ДТП", "series": ["2024", "2025"],
      "items": [
        { "label": "Алмалинский", "values": [460, 410], "parts": [ { "label": "пешеходы", "value": 150 } ] },
        { "label": "Бостандыкский", "values": [null, 388] },
        { "label": "Медеуский", "values": [120, 0] } ] },
    { "id": "s-bar", "type": "bar", "stacked": true, "series": ["a", "b", "c"],
      "items": [
        { "label": "Алмалинский", "values": [120, 340, 40] },
        { "label": "Бостандыкский", "values": [98, null, 10] },
        { "label": "Медеуский", "values": [0, 77, 5], "qualifier": "at_least" } ] },
    { "id": "s-hbar", "type": "hbar", "stacked": true, "series": ["a", "b", "c"],
      "items": [
        { "label": "Алмалинский", "values": [120, 340, 40] },
        { "label": "Бостандыкский", "values": [98, null, 10] },
        { "label": "Медеуский", "values": [0, 77, 5], "qualifier": "at_least" } ] },
    { "id": "many", "type": "bar", "title": "Очень длинный заголовок графика с сериями",
      "series": ["Первая серия с длинным названием", "Вторая", "Третья", "Четвёртая", "Пятая"], "unit": "KZT",
      "items": [
        { "label": "Наркотические средства и психотропные вещества", "values": [255000000, 68000000, 1200000, 5, 0] },
        { "label": "Б", "values": [1, 2, 3, 4, 5] }, { "label": "В", "values": [5, null, 3, 2, 1] },
        { "label": "Г", "values": [9, 9, 9, 9, 9] }, { "label": "Д", "values": [1, 1, 1, 1, 1] },
        { "label": "Е", "values": [0, 0, 0, 0, 0] }, { "label": "Ж", "values": [7, 7, 7, 7, 7] } ] }
  ]
}"#;

fn scene_with(doc: &str, id: &str, width: f64, shown: &[bool], legend: bool) -> Scene {
    let d = spec::parse(doc).unwrap();
    let model = Model::new(&d, None);
    let index = model.charts.iter().position(|c| c.id == id).unwrap();
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: d.source.as_ref(), shown, legend, corner: 0.0 };
    chart(&model, index, &cx, width)
}

fn scene(id: &str, width: f64) -> Scene {
    scene_with(DOC, id, width, &[], false)
}

/// Every series-coloured rectangle, in drawing order, with its series.
fn bars(scene: &Scene) -> Vec<(usize, Rect)> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Rect { rect, ink: Ink::Series(n) } => Some((*n as usize, *rect)),
            _ => None,
        })
        .collect()
}

fn text_x(scene: &Scene, wanted: &str) -> Vec<(f64, f64)> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { x, y, text, .. } if text.replace('\u{a0}', " ") == wanted => Some((*x, *y)),
            _ => None,
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn grouped_lengths_are_proportional_across_series() {
    let values = [460.0, 410.0, 388.0, 120.0, 0.0];
    let h = bars(&scene("g-hbar", 600.0));
    let v = bars(&scene("g-bar", 600.0));
    assert_eq!(h.iter().map(|b| b.0).collect::<Vec<_>>(), [0, 1, 1, 0, 1]);
    assert_eq!(v.iter().map(|b| b.0).collect::<Vec<_>>(), [0, 1, 1, 0, 1]);
    for (k, value) in values.iter().enumerate() {
        assert!(close(h[k].1.w / h[0].1.w, value / 460.0), "hbar {k}");
        assert!(close(v[k].1.h / v[0].1.h, value / 460.0), "bar {k}");
        // Every bar starts at one line (past the names, here beside them).
        assert_eq!(h[k].1.x, h[0].1.x);
        assert!(close(v[k].1.bottom(), v[0].1.bottom()), "one baseline");
    }
    // Side by side in a group, the groups apart.
    assert!(v[1].1.x > v[0].1.right() && v[1].1.x - v[0].1.right() < v[2].1.x - v[1].1.right());
    assert!(h[1].1.y > h[0].1.bottom() && h[1].1.y - h[0].1.bottom() < h[2].1.y - h[1].1.bottom());
    // Each bar has its worded value.
    for label in ["460", "410", "388", "120", "0"] {
        assert_eq!(text_x(&scene("g-hbar", 600.0), label).len(), 1, "{label}");
    }
}

#[test]
fn gaps_draw_no_bar_but_keep_their_slot() {
    let v = scene("g-bar", 600.0);
    let cols = bars(&v);
    // Category labels are centred on their slots: the 2025 column of the second
    // category sits exactly one slot to the right of the first one's.
    let slot = text_x(&v, "Бостандыкский")[0].0 - text_x(&v, "Алмалинский")[0].0;
    assert!(close(cols[2].1.x - cols[1].1.x, slot));
    let h = scene("g-hbar", 600.0);
    let rows = bars(&h);
    let row0 = text_x(&h, "Алмалинский")[0].1;
    let row1 = text_x(&h, "Бостандыкский")[0].1;
    assert!(close(rows[2].1.y - row1, rows[1].1.y - row0), "the 2024 slot stays empty");
    assert_eq!(text_x(&h, "нет данных").len(), 1, "words mark the missing figure, which a dash alone left unexplained");
    // The gap keeps a hit (its tooltip says «нет данных»), in its slot.
    for s in [&h, &v] {
        let gap = s.hits.iter().find(|hit| (hit.item, hit.series) == (1, 0)).expect("a hit for the gap");
        let Mark::Rect(m) = gap.mark else { panic!() };
        assert!(m.w * m.h == 0.0, "nothing drawn for it: {m:?}");
    }
}

#[test]
fn hidden_series_leave_the_scale() {
    // Grouped: 2025 alone (410 < 460), "Вторая" alone (68 M < 255 M, past the
    // axis' round ticks); stacked: series a alone (120 < 500).
    let cases = [("g-hbar", &[false, true][..], 1), ("many", &[false, true, false, false, false], 1), ("s-bar", &[true, false, false], 0), ("s-hbar", &[true, false, false], 0)];
    for (id, mask, kept) in cases {
        let all = bars(&scene_with(DOC, id, 600.0, &[], false));
        let one = scene_with(DOC, id, 600.0, mask, false);
        let only = bars(&one);
        assert!(only.iter().all(|b| b.0 == kept), "{id}: only series {kept} drawn, in its own colour");
        assert!(one.hits.iter().all(|h| h.series == kept), "{id}");
        let longest = |bs: &[(usize, Rect)]| bs.iter().filter(|b| b.0 == kept).map(|b| b.1.w.max(b.1.h)).fold(0.0, f64::max);
        assert!(longest(&only) > longest(&all) + 1.0, "{id}: the kept series rescales to fill the plot");
        let none = scene_with(DOC, id, 600.0, &[false; 5], false);
        assert!(none.hits.is_empty() && bars(&none).is_empty(), "{id}: all switched off draws no bars");
    }
}

#[test]
fn stacks_are_adjacent_in_series_order_and_proportional_to_their_sums() {
    let v = scene("s-bar", 600.0);
    let cols = bars(&v);
    let h = bars(&scene("s-hbar", 600.0));
    // Items: [120, 340, 40], [98, –, 10], [0, 77, 5] → 8 segments.
    assert_eq!(cols.iter().map(|b| b.0).collect::<Vec<_>>(), [0, 1, 2, 0, 2, 0, 1, 2]);
    let stacks = [(0..3, 500.0), (3..5, 108.0), (5..8, 82.0)];
    // Each segment after a stack's first is drawn 1 px short: the gap that parts it from the one before.
    let firsts = [0, 3, 5];
    let gap = |i: usize| if firsts.contains(&i) { 0.0 } else { 1.0 };
    let total = |r: std::ops::Range<usize>, f: &dyn Fn(&Rect) -> f64| r.map(|i| f(&cols[i].1) + gap(i)).sum::<f64>();
    for (range, sum) in stacks.clone() {
        for i in range.start..range.end - 1 {
            assert!(close(cols[i + 1].1.bottom() + 1.0, cols[i].1.y), "columns: {i} then {}, 1 px apart", i + 1);
            assert!(close(h[i + 1].1.x, h[i].1.right() + 1.0), "bars: {i} then {}, 1 px apart", i + 1);
        }
        assert!(close(total(range.clone(), &|r| r.h) / total(0..3, &|r| r.h), sum / 500.0));
        let bar_len: f64 = range.map(|i| h[i].1.w + gap(i)).sum();
        assert!(close(bar_len / (h[0].1.w + h[1].1.w + 1.0 + h[2].1.w + 1.0), sum / 500.0));
    }
    // The total stands on a complete stack only; a gap leaves it unlabelled.
    assert_eq!(text_x(&v, "500").len(), 1);
    assert!(text_x(&v, "108").is_empty());
    assert!(text_x(&v, "не менее 82").len() == 1, "a sum keeps the item's qualifier");
}

#[test]
fn a_lone_segment_is_labelled_once() {
    let t = scene_with(FIXTURE, "accidents-stacked", 640.0, &[], false);
    assert_eq!(text_x(&t, "не менее 77").len(), 1);
    assert_eq!(text_x(&t, "460").len(), 1);
    assert_eq!(text_x(&t, "340").len(), 1, "segments wide enough carry their values");
}

#[test]
fn hits_walk_items_then_series_and_mark_their_bars() {
    for id in ["g-hbar", "g-bar", "s-bar", "s-hbar"] {
        let s = scene(id, 600.0);
        let drawn = bars(&s);
        let order: Vec<(usize, usize)> = s.hits.iter().map(|h| (h.item, h.series)).collect();
        let want: Vec<(usize, usize)> = if id.starts_with("g-") {
            // (1, 0) a gap: its hit marks nothing drawn.
            vec![(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
        } else {
            vec![(0, 0), (0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1), (2, 2)]
        };
        assert_eq!(order, want, "{id}");
        let drawn_hits = s.hits.iter().filter(|h| !(id.starts_with("g-") && (h.item, h.series) == (1, 0)));
        for (hit, (series, rect)) in drawn_hits.zip(&drawn) {
            assert_eq!(hit.series, *series, "{id}");
            // The hit is the whole segment; a stacked one is drawn 1 px short at its start.
            let Mark::Rect(whole) = hit.mark else { panic!("{id}: {:?}", hit.mark) };
            let short = (whole.w - rect.w) + (whole.h - rect.h);
            assert!(close(whole.right(), rect.right()) && close(whole.bottom(), rect.bottom()) || close(whole.x, rect.x) && close(whole.y, rect.y), "{id}");
            assert!(close(short, 0.0) || id.starts_with("s-") && close(short, 1.0), "{id}: {whole:?} drawn as {rect:?}");
            // The tooltip's no-go box holds the bar (and its figure and name above or beside it).
            let a = hit.avoid;
            assert!(a.x <= whole.x && a.y <= whole.y && a.right() >= whole.right() - 1e-9 && (a.bottom() - whole.bottom()).abs() < 1e-9, "{id}: {a:?} holds {whole:?}");
            if rect.w > 0.0 && rect.h > 0.0 {
                let found = s.hit_at(rect.x + rect.w / 2.0, rect.y + rect.h / 2.0).expect("a hit on the bar");
                assert_eq!((found.item, found.series), (hit.item, hit.series), "{id}");
            }
        }
    }
}

#[test]
fn everything_stays_inside_the_scene() {
    let charts = [(DOC, "g-hbar"), (DOC, "g-bar"), (DOC, "s-bar"), (DOC, "s-hbar"), (DOC, "many"), (FIXTURE, "accidents-stacked"), (FIXTURE, "accidents-grouped")];
    for width in [320.0, 1200.0] {
        for (doc, id) in charts {
            let s = scene_with(doc, id, width, &[], true);
            assert!(!s.hits.is_empty(), "{id}");
            for shape in &s.shapes {
                match shape {
                    Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => {
                        assert!(rect.x >= 0.0 && rect.right() <= width + 1e-6, "{id}@{width}: {rect:?}");
                        assert!(rect.y >= 0.0 && rect.bottom() <= s.height, "{id}@{width}: {rect:?}");
                    }
                    Shape::Text { x, y, text, font, align, .. } => {
                        let w = ApproxMeasure.width(text, *font);
                        let (x0, x1) = match align {
                            Align::Start => (*x, x + w),
                            Align::Center => (x - w / 2.0, x + w / 2.0),
                            Align::End => (x - w, *x),
                        };
                        assert!(x0 >= -1.0 && x1 <= width + 1.0, "{id}@{width}: {text} at {x0}..{x1}");
                        assert!(*y >= 0.0 && y + font.size <= s.height, "{id}@{width}: {text} at y {y}");
                    }
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn static_legend_names_every_series_under_the_titles() {
    let with = scene_with(DOC, "many", 320.0, &[true, false], true);
    let without = scene_with(DOC, "many", 320.0, &[true, false], false);
    assert!(with.height > without.height);
    for name in ["Вторая", "Пятая"] {
        assert_eq!(text_x(&with, name).len(), 1, "{name}");
        assert!(text_x(&without, name).is_empty());
    }
    // Wrapped into rows at 320 px; a switched-off series is an outline.
    let (x2, y2) = text_x(&with, "Вторая")[0];
    let (_, y5) = text_x(&with, "Пятая")[0];
    assert!(y5 > y2 && x2 > 0.0);
    assert!(with.shapes.iter().any(|s| matches!(s, Shape::Frame { ink: Ink::Series(1), .. })));
    // Under the title, above the bars.
    let title_y = with.shapes.iter().find_map(|s| if let Shape::Text { y, .. } = s { Some(*y) } else { None }).unwrap();
    let top_bar = with.hits.iter().map(|h| h.avoid.y).fold(f64::INFINITY, f64::min);
    assert!(title_y < y2 && y5 < top_bar);
    // Single-series charts have no legend: static output adds only the titles.
    let seed = include_str!("../../www/data/almaty-2025.json");
    let rects = |s: &Scene| s.shapes.iter().filter(|s| matches!(s, Shape::Rect { .. } | Shape::Frame { .. })).count();
    let plain = scene_with(seed, "blocked", 600.0, &[], true);
    assert_eq!(rects(&plain), rects(&scene_with(seed, "blocked", 600.0, &[], false)));
}

/// Whether columns were laid out on their side: horizontal bars start at the
/// left edge, columns stand right of their value axis.
fn on_its_side(scene: &Scene) -> bool {
    let b = bars(scene);
    !b.is_empty() && b.iter().all(|(_, r)| r.x == 0.0)
}

/// Switching a series off may change the value axis's labels and so the
/// columns' room; it must not turn the chart on its side, nor back.
#[test]
fn hiding_a_series_never_turns_columns_into_bars() {
    let doc = r#"{"version":1,"charts":[{"id":"c","type":"bar","unit":"KZT","series":["2024","2025"],"items":[
        {"label":"Алматы","values":[4800000000,5200]},{"label":"Астана","values":[3100000000,4100]},
        {"label":"Шымкент","values":[1250000000,900]},{"label":"Павлодарская","values":[870000000,700]}]}]}"#;
    let mut flips = 0;
    for width in (300..=700).step_by(1) {
        let width = width as f64;
        let all = on_its_side(&scene_with(doc, "c", width, &[], false));
        flips += usize::from(all);
        for shown in [[false, true], [true, false]] {
            assert_eq!(on_its_side(&scene_with(doc, "c", width, &shown, false)), all, "{width} px, shown {shown:?}");
        }
    }
    assert!(flips > 0 && flips < 401, "some widths turn the chart, some do not ({flips})");
}

/// Kazakh qualified money figures stand over columns wherever the Russian
/// ones do: «98,7 млрд» / «₸-ден астам» as «более» / «98,7 млрд ₸» (the
/// Kazakh chart had turned on its side where the Russian one did not).
#[test]
fn kazakh_qualified_columns_stay_columns_where_russian_ones_do() {
    let doc = |locale: &str| {
        format!(
            r#"{{"version":1,"locale":"{locale}","charts":[{{"id":"c","type":"bar","unit":"KZT","items":[
            {{"label":"2021","value":45200000000,"qualifier":"more_than"}},{{"label":"2022","value":61800000000,"qualifier":"more_than"}},
            {{"label":"2023","value":77400000000,"qualifier":"more_than"}},{{"label":"2024","value":98700000000,"qualifier":"more_than"}},
            {{"label":"2025","value":85100000000,"qualifier":"more_than"}}]}}]}}"#
        )
    };
    let (ru, kk) = (doc("ru"), doc("kk"));
    let mut columns = 0;
    for width in (320..=900).step_by(20) {
        let width = width as f64;
        let ru_side = on_its_side(&scene_with(&ru, "c", width, &[], false));
        assert_eq!(on_its_side(&scene_with(&kk, "c", width, &[], false)), ru_side, "{width} px");
        columns += usize::from(!ru_side);
    }
    assert!(columns > 0, "some widths hold columns");
}

/// Values inside stacked segments: in every stack or in none (a chart labelled
/// in three quarters and not the fourth reads as if that one were different);
/// a qualified figure wraps after its qualifier to fit.
#[test]
fn stacks_carry_their_values_in_every_stack_or_none() {
    let gallery = include_str!("../../www/data/gallery-ru.json");
    let on_bars = |s: &Scene| -> Vec<String> {
        s.shapes.iter().filter_map(|x| match x {
            Shape::Text { text, ink: Ink::OnBar, .. } => Some(text.replace('\u{a0}', " ")),
            _ => None,
        }).collect()
    };
    let mut both = (false, false);
    for width in (320..=1200).step_by(20) {
        let t = on_bars(&scene_with(gallery, "housing", width as f64, &[], false));
        // Eight segments, every one tall enough for a line: all eight figures, or none.
        let figures = t.iter().filter(|l| l.chars().any(|c| c.is_ascii_digit())).count();
        assert!(figures == 0 || figures == 8, "{width} px: {t:?}");
        both.0 |= figures == 0;
        both.1 |= figures == 8;
        if figures == 8 {
            assert!(t.iter().any(|l| l == "35,2 тыс.") && t.iter().any(|l| l == "около"), "{width} px: IV's figure wraps after its qualifier: {t:?}");
        }
    }
    assert!(both.0 && both.1, "narrow widths drop them, wide ones show them all");
}

/// A stack with a gap holds at least the rest (bar figures are never
/// negative): «не менее» its sum; an empty stack says it has no data; an
/// estimate plus an unknown says nothing.
#[test]
fn a_stack_with_a_gap_is_labelled_as_a_lower_bound() {
    let doc = r#"{"version":1,"charts":[{"id":"s","type":"hbar","series":["a","b"],"stacked":true,"items":[
        {"label":"full","values":[100,20]},{"label":"gap","values":[100,null]},{"label":"none","values":[null,null]},
        {"label":"est","values":[50,null],"qualifier":"about"},{"label":"more","values":[60,null],"qualifier":"more_than"}]}]}"#;
    let s = scene_with(doc, "s", 600.0, &[], false);
    // The texts at the stacks' ends (not the segments' own, inside them).
    let t: Vec<String> = s.shapes.iter().filter_map(|x| match x { Shape::Text { text, ink, .. } if *ink != Ink::OnBar => Some(text.replace('\u{a0}', " ")), _ => None }).collect();
    for want in ["120", "не менее 100", "нет данных", "более 60"] {
        assert!(t.iter().any(|x| x == want), "{want} in {t:?}");
    }
    assert!(!t.iter().any(|x| x.contains("около 50") || x == "100" || x == "50"), "{t:?}");
}

/// Columns start right under the titles: the room above the top gridline is
/// only what the highest figure needs (a two-line figure over a column well
/// under the top tick needed none, yet left ~50 px blank above the plot).
#[test]
fn columns_keep_no_blank_band_above_the_plot() {
    const GALLERY: &str = include_str!("../../www/data/gallery-ru.json");
    for (doc, id) in [(GALLERY, "housing"), (GALLERY, "roads"), (DOC, "g-bar"), (DOC, "s-bar")] {
        for width in [420.0, 640.0, 900.0] {
            let s = scene_with(doc, id, width, &[], false);
            if on_its_side(&s) {
                continue;
            }
            let top = s
                .shapes
                .iter()
                .filter_map(|sh| match sh {
                    Shape::Text { y, .. } => Some(*y),
                    Shape::Rect { rect, .. } => Some(rect.y),
                    Shape::Line { from, to, .. } => Some(from.1.min(to.1)),
                    _ => None,
                })
                .fold(f64::INFINITY, f64::min);
            assert!((0.0..=9.0).contains(&top), "{id} at {width}: the first ink at {top}");
        }
    }
}

/// A column just under a gridline has its figure standing across that line:
/// the line breaks round the figure's letters and runs on past them; it
/// breaks nowhere else (grouped columns too narrow for figures show none).
#[test]
fn gridlines_break_around_figures_standing_across_them() {
    let single = r#"{"version":1,"charts":[{"id":"b","type":"bar","unit":"kg","items":[
        {"label":"2021","value":56},{"label":"2022","value":30},{"label":"2023","value":39.5}]}]}"#;
    let grouped = r#"{"version":1,"charts":[{"id":"b","type":"bar","unit":"KZT","series":["Алматы","Астана","Шымкент","Караганда"],
        "items":[{"label":"2022","values":[5600000,3800000,5900000,1900000]},{"label":"2023","values":[5800000,1950000,3900000,5700000]}]}]}"#;
    for (doc, width, breaks) in [(single, 420.0, Some(1)), (single, 640.0, Some(1)), (grouped, 320.0, Some(0)), (grouped, 700.0, None)] {
        let s = scene_with(doc, "b", width, &[], false);
        let grid: Vec<(f64, f64, f64)> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line { from, to, ink: Ink::Grid, .. } => Some((from.1, from.0, to.0)),
                _ => None,
            })
            .collect();
        let letters: Vec<Rect> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { x, y, text, font, ink: Ink::Text, align: Align::Center } => {
                    let w = ApproxMeasure.width(text, *font);
                    Some(Rect::new(x - w / 2.0, *y, w, font.size))
                }
                _ => None,
            })
            .collect();
        for (y, x0, x1) in &grid {
            for r in &letters {
                let across = r.y <= *y && *y <= r.bottom() && *x0 < r.right() && *x1 > r.x;
                assert!(!across, "at {width}: the gridline at {y} ({x0}–{x1}) runs through {r:?}");
            }
        }
        // Each gap between two pieces of a gridline has a figure in it.
        let mut gaps = 0;
        for (y, _, x1) in &grid {
            if let Some(next) = grid.iter().filter(|g| g.0 == *y && g.1 > *x1).map(|g| g.1).reduce(f64::min) {
                gaps += 1;
                let mid = (x1 + next) / 2.0;
                assert!(letters.iter().any(|r| r.x < mid && mid < r.right() && (r.y - y).abs() < 20.0), "at {width}: a gap at {y} without a figure");
            }
        }
        if let Some(breaks) = breaks {
            assert_eq!(gaps, breaks, "at {width}: {grid:?}");
        }
    }
}

/// A first column about as tall as the axis would have its figure beside the
/// top tick's label, at its height («100 кг 100 кг», «100 кг 99,9 кг»): the
/// axis runs one step higher then, and only then.
#[test]
fn a_first_column_at_the_top_tick_does_not_repeat_its_label() {
    let doc = |first: f64| {
        format!(
            r#"{{"version":1,"locale":"ru","charts":[{{"id":"b","type":"bar","unit":"kg","items":[
            {{"label":"2021","value":{first}}},{{"label":"2022","value":60}},{{"label":"2023","value":35}}]}}]}}"#
        )
    };
    let texts = |s: &Scene, ink: Ink| -> Vec<(String, f64)> {
        s.shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { text, y, ink: i, .. } if *i == ink => Some((text.replace('\u{a0}', " "), *y)),
                _ => None,
            })
            .collect()
    };
    for width in [320.0, 640.0] {
        for (first, figure) in [(100.0, "100 кг"), (99.9, "99,9 кг"), (95.0, "95 кг")] {
            let s = scene_with(&doc(first), "b", width, &[], false);
            let ticks = texts(&s, Ink::Muted);
            assert!(ticks.iter().any(|(t, _)| t == "125 кг"), "at {width}, {first}: {ticks:?}");
            let figure = texts(&s, Ink::Text).into_iter().find(|(t, _)| t == figure).expect("the first column's figure");
            assert!(ticks.iter().all(|(t, y)| t != "100 кг" || (y - figure.1).abs() > 14.0), "at {width}: {ticks:?} beside {figure:?}");
        }
        // A first column well short of the top tick keeps the axis as it was.
        let s = scene_with(&doc(85.0), "b", width, &[], false);
        let ticks = texts(&s, Ink::Muted);
        assert!(ticks.iter().any(|(t, _)| t == "100 кг") && !ticks.iter().any(|(t, _)| t.starts_with("125")), "at {width}: {ticks:?}");
    }
}

/// Tens of thousands of kilograms are tonnes on the axis and over the
/// columns, as a desk writes them («30 т», «18,3 т»), not «30 тыс. кг».
#[test]
fn tonnes_not_thousands_of_kilograms() {
    let doc = r#"{"version":1,"locale":"ru","charts":[{"id":"b","type":"bar","unit":"kg","items":[
        {"label":"2023","value":18300,"qualifier":"more_than"},{"label":"2024","value":26500},{"label":"2025","value":9800}]}]}"#;
    for width in [320.0, 640.0] {
        let s = scene_with(doc, "b", width, &[], false);
        let all: Vec<String> = s.shapes.iter().filter_map(|sh| match sh { Shape::Text { text, .. } => Some(text.replace('\u{a0}', " ")), _ => None }).collect();
        assert!(!all.iter().any(|t| t.contains("тыс. кг")), "at {width}: {all:?}");
        assert!(all.iter().any(|t| t == "30 т") && all.iter().any(|t| t == "20") && all.iter().any(|t| t.ends_with("18,3 т")), "at {width}: {all:?}");
        // Under ten thousand a figure keeps its kilograms.
        assert!(all.iter().any(|t| t == "9 800 кг"), "at {width}: {all:?}");
    }
}

/// On a wide chart whose names each fit a third of it on one line, the names
/// stand beside their bars, level with the middle of each row's bars, and
/// every bar starts past the widest; a row is then as tall as its bars. On a
/// phone, or with one name too long, every name stands above its bars.
#[test]
fn short_names_stand_beside_their_bars_on_a_wide_chart() {
    let names = |s: &Scene| -> Vec<(String, f64, f64)> {
        s.shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { x, y, text, font, ink: Ink::Text, .. } if text.ends_with("ский") => Some((text.clone(), *x, *y + font.line_height() / 2.0 - (font.line_height() - font.size) / 2.0)),
                _ => None,
            })
            .collect()
    };
    // Where each datum's bar (or segment) starts: the bars' line is the least.
    let start = |s: &Scene| s.hits.iter().filter_map(|h| match h.mark { Mark::Rect(r) => Some(r.x), _ => None }).fold(f64::INFINITY, f64::min);
    for id in ["g-hbar", "s-hbar"] {
        let wide = scene(id, 700.0);
        let widest = ["Алмалинский", "Бостандыкский", "Медеуский"].iter().map(|n| ApproxMeasure.width(n, Font::new(14.0, Weight::Normal))).fold(0.0, f64::max);
        let found = names(&wide);
        assert_eq!(found.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(), ["Алмалинский", "Бостандыкский", "Медеуский"], "{id}");
        for (k, (name, x, mid)) in found.iter().enumerate() {
            assert_eq!(*x, 0.0, "{id}: {name}");
            // Level with the middle of its row's bars (a group's, or its stack).
            let own: Vec<Rect> = wide.hits.iter().filter(|h| h.item == k).filter_map(|h| match h.mark { Mark::Rect(r) => Some(r), _ => None }).collect();
            let (top, bottom) = (own.iter().map(|r| r.y).fold(f64::INFINITY, f64::min), own.iter().map(|r| r.bottom()).fold(0.0, f64::max));
            assert!((mid - (top + bottom) / 2.0).abs() < 1.0, "{id}: {name} at {mid}, bars {top}–{bottom}");
        }
        assert!(start(&wide) >= widest, "{id}: bars start past the names");
        // On a phone: above, at the bars' start, and the chart taller.
        let phone = scene(id, 360.0);
        assert_eq!(start(&phone), 0.0, "{id}");
        assert!(names(&phone).iter().all(|n| n.1 == 0.0));
        assert!(phone.height > wide.height, "{id}: {} vs {}", phone.height, wide.height);
    }
    // A name with a line break and doubled spaces stands beside its bar on one line, as wrapped words would read.
    let spaced = DOC.replacen("\"Медеуский\"", "\"  Медеуский\\n  район \"", 1);
    assert_ne!(spaced, DOC);
    let s = scene_with(&spaced, "g-hbar", 700.0, &[], true);
    assert!(s.shapes.iter().any(|sh| matches!(sh, Shape::Text { text, x, .. } if text == "Медеуский район" && *x == 0.0)));
    // One name too long for a third of the chart: all of them above their bars.
    let long = DOC.replacen("Медеуский", "Медеуский район города Алматы (бывший Ленинский)", 1);
    assert_eq!(start(&scene_with(&long, "g-hbar", 700.0, &[], true)), 0.0);
}
