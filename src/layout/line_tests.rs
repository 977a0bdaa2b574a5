use super::*;
use crate::format::native::NativeNumbers;
use crate::format::{Lang, Wording};
use crate::layout::{ApproxMeasure, Scene, TextMeasure};
use crate::model::{Datum, Model};
use crate::spec::{self, ChartKind, Qualifier, Unit};
use std::collections::HashSet;

/// A one-chart line document: `items` are `(date, values)` with `null` for gaps.
fn doc(series: &[&str], items: &[(&str, &str)]) -> String {
    let names: Vec<String> = series.iter().map(|s| format!("\"{s}\"")).collect();
    let key = if series.is_empty() { "value" } else { "values" };
    let rows: Vec<String> = items.iter().map(|(d, v)| format!(r#"{{"date":"{d}","{key}":{v}}}"#)).collect();
    let series = if series.is_empty() { String::new() } else { format!(r#""series":[{}],"#, names.join(",")) };
    format!(r#"{{"version":1,"charts":[{{"id":"l","type":"line","unit":"kg",{series}"items":[{}]}}]}}"#, rows.join(","))
}

/// A line of `n` series named «Серия 1»… over six months, series k's value
/// in month m given by `value(m, k)`.
fn numbered(n: usize, value: impl Fn(usize, usize) -> usize) -> String {
    let names: Vec<String> = (1..=n).map(|k| format!("Серия {k}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let rows: Vec<(String, String)> =
        (0..6).map(|m| (format!("2024-0{}", m + 1), format!("[{}]", (0..n).map(|k| value(m, k).to_string()).collect::<Vec<_>>().join(",")))).collect();
    let items: Vec<(&str, &str)> = rows.iter().map(|(d, v)| (d.as_str(), v.as_str())).collect();
    doc(&refs, &items)
}

fn scene(doc: &str, width: f64, shown: &[bool]) -> Scene {
    let d = spec::parse(doc).unwrap();
    let model = Model::new(&d, None);
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: None, shown, legend: false, corner: 0.0 };
    crate::layout::chart(&model, 0, &cx, width)
}

/// Each hit's guide: its x and the (y, series) of its points.
fn guides(s: &Scene) -> Vec<(f64, Vec<(f64, usize)>)> {
    s.hits
        .iter()
        .map(|h| match &h.mark {
            Mark::Guide { x, points, .. } => (*x, s.points[points.clone()].iter().map(|p| (p.1, p.2)).collect()),
            other => panic!("{other:?}"),
        })
        .collect()
}

fn paths(s: &Scene, series: u8) -> Vec<&Vec<(f64, f64)>> {
    s.shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Path { points, ink, .. } if *ink == Ink::Series(series) => Some(points),
            _ => None,
        })
        .collect()
}

#[test]
fn x_follows_real_time_at_every_precision() {
    let months = scene(&doc(&[], &[("2025-01", "1"), ("2025-02", "2"), ("2025-04", "3")]), 640.0, &[]);
    let x: Vec<f64> = guides(&months).iter().map(|g| g.0).collect();
    assert!(((x[2] - x[1]) - 2.0 * (x[1] - x[0])).abs() < 1e-9, "{x:?}");
    // Leap day counted; a mixed-precision chart places a year at its first day.
    let days = scene(&doc(&[], &[("2024-02-28", "1"), ("2024-02-29", "2"), ("2024-03-02", "3")]), 640.0, &[]);
    let x: Vec<f64> = guides(&days).iter().map(|g| g.0).collect();
    assert!(((x[2] - x[1]) - 2.0 * (x[1] - x[0])).abs() < 1e-9, "{x:?}");
    let mixed = scene(&doc(&[], &[("2024", "1"), ("2024-01-11", "2"), ("2024-01-31", "3")]), 640.0, &[]);
    let x: Vec<f64> = guides(&mixed).iter().map(|g| g.0).collect();
    assert!(((x[2] - x[1]) - 2.0 * (x[1] - x[0])).abs() < 1e-9, "{x:?}");
    // One point alone sits in the middle of the plot.
    let one = scene(&doc(&[], &[("2025-03", "5")]), 640.0, &[]);
    // The plot: from its hit strip's left (past the value labels) to its
    // gridlines' right end (a single value's axis is off zero: no axis line).
    let right = one.shapes.iter().find_map(|sh| match sh {
        Shape::Line { from, to, ink: Ink::Axis | Ink::Grid, .. } if from.1 == to.1 => Some(to.0),
        _ => None,
    });
    let Region::Rect(strip) = one.hits[0].area else { panic!("a line's hit is a strip") };
    let (left, right) = (strip.x, right.unwrap());
    assert!(left > 10.0, "the data start past the value labels: {left}");
    assert!((guides(&one)[0].0 - (left + right) / 2.0).abs() < 1e-9, "centred on the plot");
}

#[test]
fn y_is_proportional_to_values_and_negatives_sit_below_zero() {
    let s = scene(&doc(&[], &[("2025-01", "10"), ("2025-02", "30"), ("2025-03", "50"), ("2025-04", "-20")]), 640.0, &[]);
    let y: Vec<f64> = guides(&s).iter().map(|g| g.1[0].0).collect();
    assert!(((y[0] - y[1]) / (y[0] - y[2]) - 0.5).abs() < 1e-9, "{y:?}");
    let zero = s
        .shapes
        .iter()
        .find_map(|sh| match sh {
            Shape::Line { from, ink: Ink::Axis, .. } if from.0 < 100.0 && sh_is_horizontal(sh) => Some(from.1),
            _ => None,
        })
        .unwrap();
    assert!(y[3] > zero && y[0] < zero, "zero line between {} and {}: {zero}", y[0], y[3]);
    assert!(((zero - y[2]) / (y[3] - zero) - 50.0 / 20.0).abs() < 0.1);
}

fn sh_is_horizontal(s: &Shape) -> bool {
    matches!(s, Shape::Line { from, to, .. } if from.1 == to.1)
}

#[test]
fn gaps_break_the_line_and_isolated_points_get_markers() {
    let values = ["1", "2", "null", "4", "5", "null", "7", "null"];
    let items: Vec<(String, &str)> = values.iter().enumerate().map(|(i, v)| (format!("2025-{:02}", i + 1), *v)).collect();
    let items: Vec<(&str, &str)> = items.iter().map(|(d, v)| (d.as_str(), *v)).collect();
    let s = scene(&doc(&[], &items), 640.0, &[]);
    let p = paths(&s, 0);
    assert_eq!(p.len(), 2, "one path per continuous run");
    assert!(p.iter().all(|run| run.len() == 2));
    let lone = guides(&s)[6].clone();
    assert!(s.shapes.iter().any(|sh| matches!(sh, Shape::Circle { center, .. } if *center == (lone.0, lone.1[0].0))));
    // A date with only gaps still catches the pointer, with no points.
    assert_eq!(s.hits.len(), 8);
    assert!(guides(&s)[7].1.is_empty());
    // The lone series is labelled with its last value.
    assert!(s.shapes.iter().any(|sh| matches!(sh, Shape::Text { text, .. } if text == "7\u{a0}кг")));
}

#[test]
fn hidden_series_leave_the_scale() {
    let d = doc(&["small", "big"], &[("2025-01", "[10, 1000]"), ("2025-02", "[5, 900]")]);
    let all = scene(&d, 600.0, &[]);
    let only_small = scene(&d, 600.0, &[true, false]);
    let top = |s: &Scene| match &s.hits[0].mark {
        Mark::Guide { top, .. } => *top,
        _ => unreachable!(),
    };
    let y10 = |s: &Scene| guides(s)[0].1.iter().find(|p| p.1 == 0).unwrap().0;
    assert!((y10(&only_small) - top(&only_small)).abs() < 1e-9, "10 is the top of its own scale");
    assert!(y10(&all) - top(&all) > 100.0, "10 is low on a scale to 1000");
    assert!(paths(&only_small, 1).is_empty());
    assert!(guides(&only_small).iter().all(|g| g.1.iter().all(|p| p.1 == 0)));
    assert!(!only_small.shapes.iter().any(|sh| matches!(sh, Shape::Text { text, .. } if text == "big")));
}

#[test]
fn direct_labels_never_overlap() {
    let d = doc(&["Алматы", "Астана", "Шымкент"], &[("2025-01", "[10, 20, 30]"), ("2025-02", "[50, 50.5, 51]")]);
    for width in [320.0, 640.0] {
        let s = scene(&d, width, &[]);
        let mut ys: Vec<f64> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { y, font, text, .. } if *font == LABEL && ["Алматы", "Астана", "Шымкент"].contains(&text.as_str()) => Some(*y),
                _ => None,
            })
            .collect();
        assert_eq!(ys.len(), 3);
        ys.sort_by(f64::total_cmp);
        assert!(ys.windows(2).all(|p| p[1] - p[0] >= LABEL.size), "{ys:?}");
    }
}

#[test]
fn hits_cover_each_date_as_a_strip() {
    let d = doc(&["a", "b"], &[("2025-01", "[1, 2]"), ("2025-02", "[null, 3]"), ("2025-05", "[4, null]"), ("2025-06", "[null, null]")]);
    let s = scene(&d, 640.0, &[]);
    assert_eq!(s.hits.len(), 4);
    for (i, h) in s.hits.iter().enumerate() {
        let Region::Rect(r) = h.area else { panic!() };
        for fx in [0.001, 0.5, 0.999] {
            for fy in [0.01, 0.5, 0.99] {
                assert_eq!(s.hit_at(r.x + r.w * fx, r.y + r.h * fy).map(|h| h.item), Some(i));
            }
        }
        if let Some(next) = s.hits.get(i + 1) {
            let Region::Rect(n) = next.area else { panic!() };
            assert!((r.right() - n.x).abs() < 1e-9, "strips meet halfway");
        }
    }
    assert_eq!(s.hits[1].series, 1, "first shown series with a value");
    assert_eq!(s.hits[3].series, 0);
    assert_eq!(s.hits[0].anchor.1, guides(&s)[0].1.iter().map(|p| p.0).fold(f64::INFINITY, f64::min));
}

/// The date labels under the plot (centred, muted) as boxes.
fn date_labels(s: &Scene) -> Vec<(f64, f64, f64, String)> {
    s.shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { x, y, text, font, ink: Ink::Muted, align: Align::Center } => {
                let w = ApproxMeasure.width(text, *font);
                Some((x - w / 2.0, x + w / 2.0, *y, text.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn date_ticks_never_overlap_on_a_phone() {
    let items: Vec<(String, String)> =
        (0..120).map(|i| (format!("{}-{:02}", 2015 + i / 12, i % 12 + 1), format!("{}", 50 + (i * 7) % 40))).collect();
    let items: Vec<(&str, &str)> = items.iter().map(|(d, v)| (d.as_str(), v.as_str())).collect();
    for width in [320.0, 480.0, 1200.0] {
        let s = scene(&doc(&[], &items), width, &[]);
        let labels = date_labels(&s);
        assert!(labels.len() >= 3, "{width}: {labels:?}");
        for (i, a) in labels.iter().enumerate() {
            assert!(a.0 >= 0.0 && a.1 <= width, "{width}: {a:?}");
            for b in &labels[i + 1..] {
                let same_row = (a.2 - b.2).abs() < 1.0;
                assert!(!same_row || a.1 <= b.0 || b.1 <= a.0, "{width}: {a:?} overlaps {b:?}");
            }
        }
    }
    // A short monthly span reads in months, with the year under the first.
    let s = scene(&doc(&[], &[("2025-01", "1"), ("2025-02", "2"), ("2025-03", "3")]), 640.0, &[]);
    let t: Vec<String> = date_labels(&s).into_iter().map(|l| l.3).collect();
    assert_eq!(t, ["янв.", "2025", "февр.", "март"]);
    // Days read as `3 мар.` (CLDR's abbreviations, as Intl writes them).
    let s = scene(&doc(&[], &[("2025-03-01", "1"), ("2025-03-03", "2"), ("2025-03-05", "3")]), 640.0, &[]);
    assert!(date_labels(&s).iter().any(|l| l.3 == "3 мар."), "{:?}", date_labels(&s));
}

#[test]
fn huge_series_are_decimated_per_pixel_column() {
    const N: usize = 166_650;
    let start = days(1700, 1, 1);
    let items: Vec<Datum> = (0..N)
        .map(|i| {
            let (year, m, d) = civil(start + i as i64);
            let v = (i as f64 * 0.013).sin() * 100.0 + if i == 77_777 { 900.0 } else { 0.0 } - if i == 123_456 { 700.0 } else { 0.0 };
            Datum {
                label: String::new(),
                date: Some(Date { year, month: Some(m), day: Some(d) }),
                values: vec![Some(Figure { value: v, unit: Unit::Count, qualifier: Qualifier::Exact, scaled: v })],
                parts: vec![],
                note: None,
            }
        })
        .collect();
    let chart = ChartModel {
        id: "huge".into(),
        kind: ChartKind::Line,
        title: None,
        subtitle: None,
        note: None,
        unit: Unit::Count,
        series: vec![],
        stacked: false,
        items,
        seasonal: false,
    };
    let numbers = NativeNumbers::new(Lang::En);
    let words = Wording::new(Lang::En, &numbers);
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: None, shown: &[], legend: false, corner: 0.0 };
    let width = 640.0;
    let body = layout(&chart, &cx, 0.0, width);
    assert_eq!(body.hits.len(), N, "hits stay per item");
    let path: Vec<(f64, f64)> = body
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Path { points, .. } => Some(points.clone()),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(path.len() < 4 * width as usize, "{} points", path.len());
    // Every column's highest and lowest original point is on the path.
    let kept: HashSet<(u64, u64)> = path.iter().map(|(x, y)| (x.to_bits(), y.to_bits())).collect();
    type Point = (f64, f64);
    let mut extremes: std::collections::HashMap<i64, (Point, Point)> = Default::default();
    for h in &body.hits {
        let Mark::Guide { x, points, .. } = &h.mark else { panic!() };
        let p = (*x, body.points[points.start].1);
        let e = extremes.entry(x.floor() as i64).or_insert((p, p));
        if p.1 < e.0 .1 {
            e.0 = p;
        }
        if p.1 > e.1 .1 {
            e.1 = p;
        }
    }
    for (lo, hi) in extremes.values() {
        assert!(kept.contains(&(lo.0.to_bits(), lo.1.to_bits())) && kept.contains(&(hi.0.to_bits(), hi.1.to_bits())));
    }
    // Each column is a vertical run of at most four points, left to right.
    assert!(path.windows(2).all(|p| p[1].0 >= p[0].0));
}

/// A line of shares close to the whole: its axis reads each tick apart
/// («99,9», «99,95», «100 %»), not «100 %, 100, 100, 99,9».
#[test]
fn ticks_close_together_keep_their_digits() {
    let d = r#"{"version":1,"charts":[{"id":"l","type":"line","unit":"percent","items":[
        {"date":"2021","value":99.91},{"date":"2022","value":99.95},{"date":"2023","value":99.99}]}]}"#;
    let s = scene(d, 640.0, &[true]);
    let ticks: Vec<String> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { text, ink: Ink::Muted, align: Align::Start, .. } => Some(text.replace('\u{a0}', " ")),
            _ => None,
        })
        .collect();
    assert!(ticks.len() >= 3, "{ticks:?}");
    let mut seen = ticks.clone();
    seen.dedup();
    assert_eq!(seen.len(), ticks.len(), "every tick reads apart: {ticks:?}");
    assert!(ticks.iter().any(|t| t.contains(",9")), "{ticks:?}");
}

/// Value labels stand on their gridlines; only the top one says «млрд» and
/// the unit, so on a phone the data start right past «2», not «2 млрд ₸».
#[test]
fn value_labels_stand_on_gridlines_and_leave_a_phone_its_width() {
    let d = doc(&[], &[("2025-01", "1200000"), ("2025-02", "1900000"), ("2025-03", "2950000")]).replace("\"kg\"", "\"KZT\"");
    let s = scene(&d, 320.0, &[true]);
    let labels: Vec<(f64, f64, String)> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { x, y, text, ink: Ink::Muted, align: Align::Start, .. } => Some((*x, *y, text.replace('\u{a0}', " "))),
            _ => None,
        })
        .collect();
    let grid: Vec<f64> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Line { from, to, ink: Ink::Grid | Ink::Axis, .. } if from.1 == to.1 => Some(from.1),
            _ => None,
        })
        .collect();
    let texts: Vec<&str> = labels.iter().map(|l| l.2.as_str()).collect();
    assert_eq!(texts.first(), Some(&"0"), "{texts:?}");
    assert!(texts.last().is_some_and(|t| t.contains("млн") && t.contains('₸')), "{texts:?}");
    assert!(texts[1..texts.len() - 1].iter().all(|t| t.chars().all(|c| c.is_ascii_digit() || c == ',')), "{texts:?}");
    for (x, y, t) in &labels {
        assert_eq!(*x, 0.0, "{t} at the left edge");
        // Its em box ends just above a gridline: it stands on it.
        assert!(grid.iter().any(|g| (g - (y + 12.0)) > 0.0 && (g - (y + 12.0)) <= 6.0), "{t} at {y} stands on none of {grid:?}");
    }
    let Region::Rect(strip) = s.hits[0].area else { panic!("a strip") };
    let lower = labels[..labels.len() - 1].iter().map(|l| ApproxMeasure.width(&l.2, axis::TICK)).fold(0.0, f64::max);
    assert!(strip.x < lower * 1.1 + 10.0 && strip.x < 40.0, "the data start past the lower labels only: {}", strip.x);
}

/// The lines of text at the first series' end.
fn end_labels(s: &Scene) -> Vec<&str> {
    s.shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { text, ink: Ink::Series(0), .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_lone_line_s_end_figure_is_never_cut() {
    // A figure is one word (no-break space): on the narrowest phones it keeps
    // its unit whole and the plot gives way.
    let d = doc(&[], &[("2016", "17670000"), ("2025", "20287000")]);
    for width in [200.0, 240.0, 296.0, 360.0] {
        let s = scene(&d, width, &[true]);
        assert_eq!(end_labels(&s), ["20,3\u{a0}тыс.\u{a0}т"], "at {width}");
    }
}

/// A qualified figure wraps after its qualifier on a phone («more than» /
/// «€7.25M»), never inside the figure («more than €7.» / «25M» was drawn),
/// and the plot keeps more than half the width.
#[test]
fn a_lone_line_s_qualified_end_figure_wraps_after_its_qualifier() {
    let d = r#"{"version":1,"locale":"en","charts":[{"id":"l","type":"line","unit":"EUR","items":[
        {"date":"2023-01","value":1500000},{"date":"2024-12","value":7250000,"qualifier":"more_than"}]}]}"#;
    for width in [296.0, 351.0] {
        let s = scene(d, width, &[true]);
        let ends = end_labels(&s);
        assert!(ends == ["more\u{a0}than", "€7.25M"] || ends == ["more\u{a0}than €7.25M"], "at {width}: {ends:?}");
        let right = s.shapes.iter().filter_map(|sh| match sh {
            Shape::Path { points, .. } => points.last().map(|p| p.0),
            _ => None,
        });
        assert!(right.fold(0.0, f64::max) > width * 0.6, "at {width}: the plot squeezed");
    }
}

#[test]
fn a_line_with_every_value_missing_says_so() {
    let d = doc(&["a", "b"], &[("2025-01", "[null,null]"), ("2025-02", "[null,null]")]);
    let said = |s: &Scene| s.shapes.iter().any(|sh| matches!(sh, Shape::Text { text, ink: Ink::Muted, .. } if text == "нет данных"));
    assert!(said(&scene(&d, 640.0, &[true, true])));
    // Series the reader hid are not missing data.
    assert!(!said(&scene(&d, 640.0, &[false, false])));
    let some = doc(&["a", "b"], &[("2025-01", "[1,null]"), ("2025-02", "[null,null]")]);
    assert!(!said(&scene(&some, 640.0, &[true, true])));
}

/// Markers are the chart's choice, not each series': a series with gaps (fewer
/// points) got a dot on every date where its neighbour had none.
#[test]
fn series_with_and_without_gaps_get_markers_alike() {
    let items: Vec<(String, String)> = (1..=24)
        .map(|m| {
            let date = format!("{}-{:02}", 2024 + (m - 1) / 12, (m - 1) % 12 + 1);
            let b = if (8..=12).contains(&m) { "null".to_string() } else { format!("{}", 250 + m) };
            (date, format!("[{}, {b}]", 200 + m))
        })
        .collect();
    let items: Vec<(&str, &str)> = items.iter().map(|(d, v)| (d.as_str(), v.as_str())).collect();
    let d = doc(&["a", "b"], &items);
    for width in (280..=480).step_by(4) {
        let s = scene(&d, f64::from(width), &[]);
        let dots = |series: u8| s.shapes.iter().filter(|x| matches!(x, Shape::Circle { ink: Ink::Series(n), .. } if *n == series)).count();
        let (a, b) = (dots(0), dots(1));
        // With markers: a dot per value (24 and 19); without: the end's dot only.
        assert!((a, b) == (24, 19) || (a, b) == (1, 1), "at {width} px: {a} dots on a, {b} on b");
    }
}

/// A line far from zero gets an axis around its values (read by its slope),
/// ending in a plain gridline, not the zero axis; near zero, zero stays.
#[test]
fn a_line_far_from_zero_gets_an_axis_around_its_values() {
    let items: Vec<(String, String)> = (1..=12).map(|m| (format!("2025-{m:02}"), format!("{}", 205 + m * 7))).collect();
    let items: Vec<(&str, &str)> = items.iter().map(|(d, v)| (d.as_str(), v.as_str())).collect();
    let s = scene(&doc(&[], &items), 640.0, &[]);
    let ys: Vec<f64> = guides(&s).iter().map(|g| g.1[0].0).collect();
    let (top, bottom) = (ys.iter().copied().fold(f64::MAX, f64::min), ys.iter().copied().fold(0.0, f64::max));
    // The values span most of the plot's height (from zero: under a third).
    let grid: Vec<f64> = s.shapes.iter().filter_map(|sh| match sh {
        Shape::Line { from, to, ink: Ink::Grid, .. } if from.1 == to.1 => Some(from.1),
        _ => None,
    }).collect();
    let plot_h = grid.iter().copied().fold(0.0, f64::max) - grid.iter().copied().fold(f64::MAX, f64::min);
    assert!((bottom - top) / plot_h > 0.6, "{} of {plot_h}", bottom - top);
    assert!(!s.shapes.iter().any(|sh| matches!(sh, Shape::Line { ink: Ink::Axis, from, to, .. } if from.1 == to.1)), "no zero axis");
    // Near zero (10..50): the axis starts at zero.
    let near = scene(&doc(&[], &[("2025-01", "10"), ("2025-02", "50")]), 640.0, &[]);
    assert!(near.shapes.iter().any(|sh| matches!(sh, Shape::Line { ink: Ink::Axis, from, to, .. } if from.1 == to.1)));
}

/// A long series name at its line's end on a phone is cut short at a word
/// or with «…», never hyphenated, and leaves the plot most of the width.
#[test]
fn long_series_names_are_cut_short_not_hyphenated() {
    let d = doc(
        &["Многоквартирные жилые дома в городах республиканского значения", "Индивидуальные жилые дома"],
        &[("2021", "[10, 20]"), ("2022", "[13, 19]"), ("2023", "[16, 18]")],
    );
    for width in [320.0, 700.0] {
        let s = scene(&d, width, &[true, true]);
        let labels = end_labels(&s);
        assert!(!labels.is_empty() && labels.len() <= 2, "{labels:?}");
        assert!(labels.iter().all(|l| !l.ends_with('-')), "{labels:?}");
        assert!(labels.last().is_some_and(|l| l.ends_with('…')), "the name is cut short: {labels:?}");
        let guide = |i: usize| match &s.hits[i].mark {
            Mark::Guide { x, .. } => *x,
            _ => panic!("a guide"),
        };
        assert!(guide(2) - guide(0) >= width * 0.45, "{width}: the plot spans {} of {width}", guide(2) - guide(0));
    }
}

/// A lone Kazakh line's end figure keeps its postposition: «98,7 млрд $-дан» /
/// «астам», never cut to «98,7 млрд» / «$-дан…» on a phone.
#[test]
fn a_kazakh_end_figure_keeps_its_qualifier_on_a_phone() {
    for (unit, value, q, word) in [("USD", "98700000000", "more_than", "астам"), ("KZT", "1500000", "up_to", "дейін"), ("KZT", "255000000", "less_than", "кем")] {
        let d = format!(
            r#"{{"version":1,"locale":"kk","charts":[{{"id":"l","type":"line","unit":"{unit}","items":[{{"date":"2024","value":1}},{{"date":"2025","value":{value},"qualifier":"{q}"}}]}}]}}"#
        );
        for width in (240..=400).step_by(10) {
            let s = scene(&d, f64::from(width), &[]);
            let ends = end_labels(&s);
            assert!(ends.iter().any(|l| l.ends_with(word)) && !ends.iter().any(|l| l.contains('…')), "{unit} {q} at {width}: {ends:?}");
        }
    }
}

/// A one-word name as long as «Маркетплейсы» stays whole at its line's end on
/// a phone (it had been cut to «Маркетпле…»).
#[test]
fn a_one_word_name_stays_whole_on_a_phone() {
    let d = doc(&["Маркетплейсы", "Соцсети", "Мессенджеры"], &[("2023", "[120, 80, 40]"), ("2024", "[260, 110, 90]")]);
    for width in [300.0, 320.0, 343.0, 375.0] {
        let s = scene(&d, width, &[true, true, true]);
        let mut labels: Vec<&str> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { text, ink: Ink::Series(_), .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        labels.sort_unstable();
        assert_eq!(labels, ["Маркетплейсы", "Мессенджеры", "Соцсети"], "{width}");
    }
}

/// Fourteen series on a phone: a whole name each at the lines' ends, none
/// over another, the plot as tall as they stand.
#[test]
fn many_series_on_a_phone_keep_their_names_apart() {
    let s = scene(&numbered(14, |m, k| 100 + 5 * k + m), 320.0, &[]);
    let mut ends: Vec<(f64, String)> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Text { y, text, ink: Ink::Series(_), .. } => Some((*y, text.clone())),
            _ => None,
        })
        .collect();
    let mut said: Vec<&str> = ends.iter().map(|e| e.1.as_str()).collect();
    said.sort_unstable();
    let names: Vec<String> = (1..=14).map(|k| format!("Серия {k}")).collect();
    let mut want: Vec<&str> = names.iter().map(String::as_str).collect();
    want.sort_unstable();
    assert_eq!(said, want, "every name whole, on one line each");
    ends.sort_by(|a, b| a.0.total_cmp(&b.0));
    for w in ends.windows(2) {
        assert!(w[1].0 - w[0].0 >= LABEL.size, "{} and {} overlap", w[0].1, w[1].1);
    }
}

/// Labels that would overlap move apart around where they want to be, not
/// all down from the first: a knot of three keeps its middle one in place.
#[test]
fn a_knot_of_labels_spreads_both_ways_within_bounds() {
    let mut b = [(100.0, 10.0), (101.0, 10.0), (102.0, 10.0)];
    spread(&mut b, 0.0, 1000.0);
    assert_eq!(b.map(|x| x.0), [89.0, 101.0, 113.0]);
    // Near the top the run stops at it and the rest go down.
    let mut b = [(3.0, 10.0), (1.0, 10.0), (2.0, 10.0)];
    spread(&mut b, 0.0, 1000.0);
    assert_eq!(b.map(|x| x.0), [24.0, 0.0, 12.0], "kept in order of wanted place");
    // Apart already: nobody moves; a lone block is only kept inside.
    let mut b = [(10.0, 10.0), (50.0, 10.0), (995.0, 10.0)];
    spread(&mut b, 0.0, 1000.0);
    assert_eq!(b.map(|x| x.0), [10.0, 50.0, 990.0]);
}

/// Seven lines ending in a knot on a phone: their names stand above and below
/// the knot, and each name moved off its line's end is tied to that end by a
/// leader in its colour; a name left at its end gets none.
#[test]
fn names_moved_off_their_lines_are_joined_by_leaders() {
    let s = scene(&numbered(7, |m, k| 60 + 10 * m + k), 320.0, &[]);
    let (end_x, ends) = guides(&s).pop().unwrap();
    let mut offsets = Vec::new();
    for (end_y, k) in ends {
        let (x, y) = s
            .shapes
            .iter()
            .find_map(|sh| match sh {
                Shape::Text { x, y, ink, font, .. } if *ink == Ink::Series(k as u8) && *font == LABEL => Some((*x, *y)),
                _ => None,
            })
            .unwrap();
        let centre = y + LABEL.size / 2.0;
        let leaders: Vec<((f64, f64), (f64, f64))> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line { from, to, ink, .. } if *ink == Ink::Series(k as u8) => Some((*from, *to)),
                _ => None,
            })
            .collect();
        if (centre - end_y).abs() > LABEL.line_height() / 2.0 {
            assert_eq!(leaders.len(), 1, "series {k}: one leader");
            let (from, to) = leaders[0];
            assert!((from.1 - end_y).abs() < 0.01 && from.0 > end_x && from.0 < end_x + 8.0, "series {k}: from its end, {from:?}");
            assert!((to.1 - centre).abs() < 1.0 && to.0 < x && to.0 > x - 6.0, "series {k}: to its name, {to:?} vs {x},{centre}");
        } else {
            assert!(leaders.is_empty(), "series {k} at its end needs no leader");
        }
        offsets.push(centre - end_y);
    }
    assert!(offsets.iter().any(|o| *o < -LABEL.size) && offsets.iter().any(|o| *o > LABEL.size), "above and below the knot: {offsets:?}");

    // Ten names moved: their leaders would bunch into a strip too narrow to
    // follow one by one, so none is drawn (order and colour link them).
    let s = scene(&numbered(10, |m, k| 60 + 10 * m + k), 320.0, &[]);
    assert!(!s.shapes.iter().any(|sh| matches!(sh, Shape::Line { ink: Ink::Series(_), .. })), "no leaders past seven");
}

/// A name wrapped to two lines beside one-line names keeps the order of the
/// lines' ends (sorted by their tops, it went below a line ending higher and
/// the leaders crossed).
#[test]
fn names_keep_the_order_of_their_lines_ends() {
    let names = ["Западно-Казахстанская область", "Атырау", "Актобе", "Шымкент"];
    let d = doc(&names, &[("2024-01", "[40, 130, 10, 60]"), ("2024-12", "[100, 101, 99, 98]")]);
    for width in [320.0, 375.0, 700.0] {
        let s = scene(&d, width, &[]);
        let (_, ends) = guides(&s).pop().unwrap();
        let first_line = |k: usize| {
            s.shapes
                .iter()
                .find_map(|sh| match sh {
                    Shape::Text { y, ink, font, .. } if *ink == Ink::Series(k as u8) && *font == LABEL => Some(*y),
                    _ => None,
                })
                .unwrap()
        };
        let mut by_end: Vec<usize> = ends.iter().map(|e| e.1).collect();
        by_end.sort_by(|a, b| ends.iter().find(|e| e.1 == *a).unwrap().0.total_cmp(&ends.iter().find(|e| e.1 == *b).unwrap().0));
        let mut by_label = by_end.clone();
        by_label.sort_by(|a, b| first_line(*a).total_cmp(&first_line(*b)));
        assert_eq!(by_label, by_end, "at {width}: names in the order of the ends");
        // Leaders, where drawn, never cross: their ends on the labels keep their starts' order.
        let mut leaders: Vec<((f64, f64), (f64, f64))> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Line { from, to, ink: Ink::Series(_), .. } => Some((*from, *to)),
                _ => None,
            })
            .collect();
        leaders.sort_by(|a, b| a.0 .1.total_cmp(&b.0 .1));
        assert!(leaders.windows(2).all(|w| w[0].1 .1 <= w[1].1 .1), "at {width}: leaders cross: {leaders:?}");
    }
}

/// A line ending before the last date is named at its end, inside the plot:
/// a later stretch of another line running through that place moves the
/// name over or under the end, clear of it (it ran through the «К»).
#[test]
fn a_name_inside_the_plot_keeps_off_the_other_lines() {
    // «Рост» climbs through where «Кошельки» ends (month 10 of 20, both at
    // 50) and on up; «Фон» lies flat at the foot.
    let rows: Vec<(String, String)> = (0..20)
        .map(|m| {
            let ended = if m <= 10 { (40 + m).to_string() } else { "null".into() };
            (format!("{}-{:02}", 2023 + m / 12, m % 12 + 1), format!("[{},{ended},5]", 5 * m))
        })
        .collect();
    let items: Vec<(&str, &str)> = rows.iter().map(|(d, v)| (d.as_str(), v.as_str())).collect();
    let d = doc(&["Рост", "Кошельки", "Фон"], &items);
    for width in [340.0, 480.0, 640.0, 900.0] {
        let s = scene(&d, width, &[]);
        let name = s
            .shapes
            .iter()
            .find_map(|sh| match sh {
                Shape::Text { x, y, text, font, ink: Ink::Series(1), .. } => Some(Rect::new(*x, *y, ApproxMeasure.width(text, *font), font.size)),
                _ => None,
            })
            .expect("the ended line's name");
        for path in paths(&s, 0) {
            for seg in path.windows(2) {
                assert!(!segment_meets(name, seg[0], seg[1]), "at {width}: «Рост» runs through the name {name:?}: {seg:?}");
            }
        }
        // Still beside its own end: within a line's height of it.
        let end = paths(&s, 1)[0].last().copied().unwrap();
        assert!(name.x > end.0 && name.x - end.0 < 20.0 && (name.y - end.1).abs() < 2.0 * LABEL.line_height(), "at {width}: {name:?} far from {end:?}");
    }
}

/// A two-line name of a line that ends where another runs on (both at 150,
/// the other climbing through where the name would stand, a third under
/// it): the name goes as far off its end as it must, with a leader, but
/// crossed by no other line.
#[test]
fn a_two_line_name_where_two_lines_meet_keeps_off_both() {
    let rows: Vec<(String, String)> = (0..12)
        .map(|m| {
            let ended = if m <= 5 { (100 + 10 * m).to_string() } else { "null".into() };
            (format!("2025-{:02}", m + 1), format!("[{ended},{},{}]", 140 + 2 * m, 80 + 5 * m))
        })
        .collect();
    let items: Vec<(&str, &str)> = rows.iter().map(|(d, v)| (d.as_str(), v.as_str())).collect();
    let d = doc(&["Алматы (прекращено)", "Астана", "Шымкент"], &items);
    for width in [340.0, 360.0, 480.0, 640.0] {
        let s = scene(&d, width, &[]);
        let lines: Vec<Rect> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { x, y, text, font, ink: Ink::Series(0), .. } => Some(Rect::new(*x, *y, ApproxMeasure.width(text, *font), font.size)),
                _ => None,
            })
            .collect();
        assert!(!lines.is_empty(), "at {width}: the ended line's name");
        for other in [1, 2] {
            for path in paths(&s, other) {
                for seg in path.windows(2) {
                    for r in &lines {
                        assert!(!segment_meets(*r, seg[0], seg[1]), "at {width}: series {other} runs through {r:?}");
                    }
                }
            }
        }
    }
}
