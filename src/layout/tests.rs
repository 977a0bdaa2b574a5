use super::*;
use crate::format::native::NativeNumbers;
use crate::format::Wording;
use crate::model::Model;
use crate::spec;
use crate::theme::Ink;

const SEED: &str = include_str!("../../www/data/almaty-2025.json");

fn scene_of(doc: &str, chart_id: &str, width: f64) -> (Model, Scene) {
    let d = spec::parse(doc).unwrap();
    let model = Model::new(&d, None);
    let index = model.charts.iter().position(|c| c.id == chart_id).unwrap();
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: d.source.as_ref(), shown: &[], legend: true, corner: 0.0 };
    let scene = chart(&model, index, &cx, width);
    (model, scene)
}

fn series_rects(scene: &Scene) -> Vec<Rect> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Rect { rect, ink: Ink::Series(0) } => Some(*rect),
            _ => None,
        })
        .collect()
}

fn texts(scene: &Scene) -> Vec<String> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.replace('\u{a0}', " ")),
            _ => None,
        })
        .collect()
}

#[test]
fn hbar_lengths_are_proportional_to_values() {
    let (model, scene) = scene_of(SEED, "blocked", 600.0);
    let bars = series_rects(&scene);
    assert_eq!(bars.len(), 4);
    let values: Vec<f64> = model.charts[1].items.iter().map(|d| d.figure().unwrap().scaled).collect();
    for (bar, v) in bars.iter().zip(&values) {
        let ratio = bar.w / bars[0].w;
        assert!((ratio - v / values[0]).abs() < 1e-9, "{} vs {}", ratio, v / values[0]);
        assert_eq!(bar.x, 0.0);
    }
    // The largest bar leaves room for its value label inside the width.
    assert!(bars[0].w < 600.0 && bars[0].w > 300.0, "{}", bars[0].w);
    // Rows go down in display order and never overlap.
    for pair in bars.windows(2) {
        assert!(pair[1].y >= pair[0].bottom());
    }
}

#[test]
fn hbar_mixed_mass_units_draw_on_one_scale() {
    let (_, scene) = scene_of(SEED, "seized", 600.0);
    let bars = series_rects(&scene);
    // 525 kg against 3 t = 3000 kg.
    assert!((bars[0].w / bars[1].w - 525.0 / 3000.0).abs() < 1e-9);
    let t = texts(&scene);
    assert!(t.contains(&"более 525 кг".to_string()), "{t:?}");
    assert!(t.contains(&"более 3 т".to_string()), "{t:?}");
}

#[test]
fn hbar_parts_sit_inside_their_bar_with_a_caption() {
    let (_, scene) = scene_of(SEED, "seized", 600.0);
    let bar = series_rects(&scene)[0];
    let part = scene
        .shapes
        .iter()
        .find_map(|s| match s {
            Shape::Rect { rect, ink: Ink::Part } => Some(*rect),
            _ => None,
        })
        .expect("a part segment");
    assert_eq!((part.x, part.y, part.h), (bar.x, bar.y, bar.h));
    assert!((part.w / bar.w - 52.0 / 525.0).abs() < 1e-9);
    assert!(texts(&scene).contains(&"в т.ч. синтетические — 52 кг".to_string()));
}

#[test]
fn a_long_hbar_name_is_shown_whole_above_its_bar() {
    // Five lines at a phone's width: every word is drawn, none cut to "…",
    // and the bar starts below the last line.
    let name = "Сайты и страницы в социальных сетях, распространявшие рекламу синтетических наркотиков и вербовавшие закладчиков через мессенджеры";
    let doc = format!(r#"{{"version":1,"charts":[{{"id":"c","type":"hbar","items":[{{"label":"{name}","value":5}},{{"label":"Прочие","value":3}}]}}]}}"#);
    let (_, scene) = scene_of(&doc, "c", 240.0);
    let lines: Vec<(f64, String)> = scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { y, text, .. } if name.contains(text.as_str()) => Some((*y, text.clone())),
            _ => None,
        })
        .collect();
    assert!(lines.len() > 2, "{lines:?}");
    assert_eq!(lines.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(" "), name);
    let bar = series_rects(&scene)[0];
    assert!(lines.iter().all(|(y, _)| *y + 14.0 <= bar.y), "{lines:?} {bar:?}");
    assert!(!texts(&scene).iter().any(|t| t.contains('…')));
}

#[test]
fn two_parts_of_a_bar_are_parted_by_a_gap() {
    let doc = r#"{"version":1,"charts":[{"id":"c","type":"hbar","items":[{"label":"a","value":100,"parts":[{"label":"x","value":40},{"label":"y","value":30}]}]},
        {"id":"v","type":"bar","items":[{"label":"a","value":100,"parts":[{"label":"x","value":40},{"label":"y","value":30}]}]}]}"#;
    for id in ["c", "v"] {
        let (_, scene) = scene_of(doc, id, 600.0);
        let parts: Vec<Rect> = scene.shapes.iter().filter_map(|s| match s { Shape::Rect { rect, ink: Ink::Part } => Some(*rect), _ => None }).collect();
        assert_eq!(parts.len(), 2, "{id}");
        let gap = if id == "c" { parts[1].x - parts[0].right() } else { parts[0].y - parts[1].bottom() };
        assert!((gap - 1.0).abs() < 1e-9, "{id}: {parts:?}");
    }
}

#[test]
fn a_part_in_its_own_unit_is_worded_and_drawn_in_it() {
    // 3 t of precursors, of which 500 kg: a sixth of the bar, captioned in kg.
    let doc = SEED.replacen(r#""unit": "t", "qualifier": "more_than" }"#, r#""unit": "t", "qualifier": "more_than", "parts": [{ "label": "ацетон", "value": 500, "unit": "kg" }] }"#, 1);
    assert_ne!(doc, SEED);
    let (_, scene) = scene_of(&doc, "seized", 600.0);
    assert!(texts(&scene).contains(&"в т.ч. ацетон — 500 кг".to_string()), "{:?}", texts(&scene));
    let bar = series_rects(&scene)[1];
    let part = scene.shapes.iter().filter_map(|s| match s { Shape::Rect { rect, ink: Ink::Part } => Some(*rect), _ => None }).last().unwrap();
    assert!((part.w / bar.w - 500.0 / 3000.0).abs() < 1e-9, "{part:?} of {bar:?}");
}

#[test]
fn bar_columns_rise_from_one_baseline_in_proportion() {
    let (_, scene) = scene_of(SEED, "money", 500.0);
    let cols = series_rects(&scene);
    assert_eq!(cols.len(), 2);
    assert!((cols[0].bottom() - cols[1].bottom()).abs() < 1e-9);
    assert!((cols[1].h / cols[0].h - 68.0 / 255.0).abs() < 1e-9);
    let t = texts(&scene);
    assert!(t.iter().any(|s| s.contains("255 млн ₸")), "{t:?}");
    // Gridlines only horizontal: no vertical mesh.
    for s in &scene.shapes {
        if let Shape::Line { from, to, ink: Ink::Grid, .. } = s {
            assert_eq!(from.1, to.1);
        }
    }
}

/// Region names under five columns on a phone would be cut mid-word
/// ("Кара/ганд/ин…"): there the chart becomes horizontal bars, each name whole
/// above its bar; with room for the names it stays columns.
#[test]
fn columns_whose_names_would_be_cut_become_bars_on_a_phone() {
    let doc = r#"{"version":1,"charts":[{"id":"r","type":"bar","unit":"KZT","items":[
        {"label":"Алматы","value":4800000000},{"label":"Астана","value":3100000000},{"label":"Шымкент","value":1250000000},
        {"label":"Карагандинская область","value":870000000},{"label":"Актюбинская область","value":640000000}]}]}"#;
    let names = ["Алматы", "Астана", "Шымкент", "Карагандинская область", "Актюбинская область"];
    let (_, phone) = scene_of(doc, "r", 300.0);
    assert_eq!(phone.kind, Some(ChartKind::HBar), "named as drawn");
    let bars = series_rects(&phone);
    assert_eq!(bars.len(), 5);
    for pair in bars.windows(2) {
        assert_eq!(pair[0].x, 0.0);
        assert!(pair[1].y > pair[0].bottom(), "rows downwards: {pair:?}");
        assert!(pair[1].w < pair[0].w && pair[0].h == pair[1].h, "lengths carry the values: {pair:?}");
    }
    let t = texts(&phone);
    for name in names {
        assert!(t.iter().any(|s| s == name), "{name} whole in {t:?}");
    }
    let (_, wide) = scene_of(doc, "r", 900.0);
    assert_eq!(wide.kind, Some(ChartKind::Bar));
    let cols = series_rects(&wide);
    assert!(cols.windows(2).all(|p| p[0].bottom() == p[1].bottom() && p[1].x > p[0].right()), "columns at 900 px: {cols:?}");
    let t = texts(&wide);
    assert!(t.iter().any(|s| s == "Алматы") && t.iter().any(|s| s.starts_with("Карагандинская")), "{t:?}");
}

/// Short names but figures too wide for their columns on a phone: bars, so
/// every figure is on the chart; with room, columns with their figures.
#[test]
fn columns_whose_values_would_be_dropped_become_bars_on_a_phone() {
    let doc = r#"{"version":1,"charts":[{"id":"r","type":"bar","unit":"KZT","items":[
        {"label":"2021","value":999999999999,"qualifier":"more_than"},{"label":"2022","value":870000000000,"qualifier":"about"},
        {"label":"2023","value":640000000000,"qualifier":"at_least"},{"label":"2024","value":455000000000},{"label":"2025","value":120500000000,"qualifier":"up_to"}]}]}"#;
    let want = ["более 999 млрд ₸", "около 870 млрд ₸", "не менее 640 млрд ₸", "455 млрд ₸", "до 121 млрд ₸"];
    let (_, phone) = scene_of(doc, "r", 340.0);
    assert_eq!(phone.kind, Some(ChartKind::HBar));
    let t = texts(&phone);
    for v in want {
        assert!(t.iter().any(|s| s == v), "{v} in {t:?}");
    }
    let (_, wide) = scene_of(doc, "r", 900.0);
    assert_eq!(wide.kind, Some(ChartKind::Bar));
    let t = texts(&wide).join(" ");
    for v in want {
        assert!(t.contains(v), "{v} in {t:?}");
    }
}

/// A hundred and twenty districts: names too long for their columns even
/// every few are a list of bars, each named whole (they were 120 nameless
/// columns past a hundred); short names in the mix stay whole too. Past a
/// hundred, a sequence (dates, months, weeks: names with digits) stays columns.
#[test]
fn crowded_place_names_become_a_list_each_named_and_sequences_stay_columns() {
    // Names without digits: «Карагандинская Абай», «Жамбылская Кенесары»…
    let (a, b) = (["Карагандинская", "Жамбылская", "Павлодарская", "Туркестанская", "Мангистауская", "Костанайская", "Акмолинская", "Атырауская", "Кызылординская", "Алматинская"],
        ["Абай", "Кенесары", "Жетысу", "Улытау", "Шыгыс", "Батыс", "Орталык", "Онтустик", "Солтустик", "Ертис", "Есиль", "Тобол"]);
    let items: Vec<String> = (0..120)
        .map(|i| if i % 2 == 0 { format!(r#"{{"label":"{} {}","value":{}}}"#, a[i % 10], b[i / 10], i + 1) } else { format!(r#"{{"label":"Ю{}","value":{}}}"#, b[i / 10], i + 1) })
        .collect();
    let doc = format!(r#"{{"version":1,"charts":[{{"id":"c","type":"bar","items":[{}]}}]}}"#, items.join(","));
    for width in [351.0, 1000.0, 3400.0] {
        let (model, scene) = scene_of(&doc, "c", width);
        assert_eq!(scene.kind, Some(ChartKind::HBar), "{width} px");
        let t = texts(&scene);
        for d in &model.charts[0].items {
            assert!(t.iter().any(|s| *s == d.label), "{width} px: {} named", d.label);
        }
    }
    let sequence = |name: &dyn Fn(usize) -> String, n: usize| {
        let items: Vec<String> = (0..n).map(|i| format!(r#"{{"label":"{}","value":{}}}"#, name(i), i + 1)).collect();
        format!(r#"{{"version":1,"charts":[{{"id":"c","type":"bar","items":[{}]}}]}}"#, items.join(","))
    };
    for doc in [sequence(&|i| format!("2025-{:02}-{:02}", i / 28 + 1, i % 28 + 1), 336), sequence(&|i| format!("январь {}", 1900 + i), 120)] {
        for width in [351.0, 1000.0] {
            assert_eq!(scene_of(&doc, "c", width).1.kind, Some(ChartKind::Bar), "a sequence past a hundred stays columns at {width} px");
        }
    }
}

/// Forty columns on a desktop: long names (regions) become a list of bars with
/// every name; short ones (years) stay columns, named every few columns, whole,
/// the first one named, none over another.
#[test]
fn many_columns_name_every_few_or_become_bars() {
    let doc = |name: &dyn Fn(usize) -> String| {
        let items: Vec<String> = (0..40).map(|i| format!(r#"{{"label":"{}","value":{}}}"#, name(i), i + 1)).collect();
        format!(r#"{{"version":1,"charts":[{{"id":"c","type":"bar","items":[{}]}}]}}"#, items.join(","))
    };
    let regions = doc(&|i| format!("Карагандинская область {i}"));
    let (_, scene) = scene_of(&regions, "c", 1024.0);
    assert_eq!(scene.kind, Some(ChartKind::HBar));
    assert!(texts(&scene).iter().any(|t| t == "Карагандинская область 39"));
    let years = doc(&|i| (1986 + i).to_string());
    let (_, scene) = scene_of(&years, "c", 1024.0);
    assert_eq!(scene.kind, Some(ChartKind::Bar));
    let named: Vec<String> = texts(&scene).into_iter().filter(|t| t.len() == 4 && t.starts_with(['1', '2'])).collect();
    assert!(named.len() >= 5 && named.len() < 40, "every few: {named:?}");
    assert_eq!(named[0], "1986");
    let step: usize = named[1].parse::<usize>().unwrap() - 1986;
    assert!(named.windows(2).all(|p| p[1].parse::<usize>().unwrap() - p[0].parse::<usize>().unwrap() == step), "evenly: {named:?}");
}

/// Ten one-letter names on a phone: slots narrower than two letters, yet each
/// name fits whole under its column, so each is shown (not left to the tooltip).
#[test]
fn short_names_stay_under_narrow_columns() {
    let items: Vec<String> = ('A'..='J').map(|c| format!(r#"{{"label":"{c}","value":{}}}"#, c as u32 - 60)).collect();
    let doc = format!(r#"{{"version":1,"charts":[{{"id":"c","type":"bar","items":[{}]}}]}}"#, items.join(","));
    let (_, scene) = scene_of(&doc, "c", 250.0);
    let cols = series_rects(&scene);
    assert!(cols.len() == 10 && cols.iter().all(|r| r.x > 0.0), "columns: {cols:?}");
    let t = texts(&scene);
    for c in 'A'..='J' {
        assert!(t.contains(&c.to_string()), "{c} under its column: {t:?}");
    }
}

/// A column's value too wide for its slot wraps after its qualifier
/// ("около" / "47,1 тыс."), never inside the figure ("около 4" / "7,1 тыс.").
#[test]
fn column_values_wrap_after_the_qualifier_not_inside_the_figure() {
    const GALLERY: &str = include_str!("../../www/data/gallery-ru.json");
    let mut wrapped = false;
    for width in (300..=520).step_by(10) {
        let (_, scene) = scene_of(GALLERY, "housing", width as f64);
        let t = texts(&scene);
        assert!(t.iter().any(|s| s.ends_with("47,1 тыс.")), "{width} px: the figure whole in {t:?}");
        assert!(!t.iter().any(|s| s.starts_with("7,1 тыс.") || s.starts_with("1 тыс.")), "{width} px: {t:?}");
        wrapped |= t.iter().any(|s| s == "около");
    }
    assert!(wrapped, "some width wraps the value after its qualifier");
}

#[test]
fn tiles_wrap_into_rows_on_narrow_screens() {
    let (_, wide) = scene_of(SEED, "totals", 700.0);
    let (_, narrow) = scene_of(SEED, "totals", 300.0);
    let tiles = |s: &Scene| -> Vec<Rect> { s.hits.iter().map(|h| h.avoid).collect() };
    let w = tiles(&wide);
    assert_eq!(w.len(), 3);
    assert!(w.iter().all(|t| t.y == w[0].y), "one row at 700 px");
    let n = tiles(&narrow);
    assert!(n.iter().any(|t| t.y > n[0].y), "wraps at 300 px");
    for t in n.iter().chain(&w) {
        assert!(t.right() <= 700.0 + 1e-9);
    }
    assert!(texts(&wide).contains(&"более 500".to_string()));
}

/// A pasted run with no spaces (no real word is 800 px) is cut in its tile,
/// not made room for: seven tiles at 1000 px stay a grid, not seven full-width rows.
#[test]
fn a_monster_word_does_not_make_every_tile_full_width() {
    let monster = "Есірткіқылмысынақарсыкүресдепартаментініңаумақтықбөлімшелерініңжиынтықкөрсеткіштерібойыншаесеп";
    let items: Vec<String> = (0..7).map(|i| format!(r#"{{"label":"{}","value":{}}}"#, if i == 2 { monster } else { "наркопреступлений" }, i + 1)).collect();
    let doc = format!(r#"{{"version":1,"charts":[{{"id":"t","type":"tiles","items":[{}]}}]}}"#, items.join(","));
    let (_, scene) = scene_of(&doc, "t", 1000.0);
    let tops: Vec<f64> = scene.hits.iter().map(|h| h.avoid.y).collect();
    assert!(tops.iter().filter(|y| **y == tops[0]).count() >= 3, "a row of several tiles: {tops:?}");
    // Its label is cut within its tile; a real long word stays whole.
    let t = texts(&scene);
    assert!(t.iter().any(|s| s == "наркопреступлений"), "{t:?}");
    let tile = scene.hits[2].avoid;
    for sh in &scene.shapes {
        if let Shape::Text { x, text, .. } = sh {
            if text.starts_with("Есірткі") {
                assert!(*x >= tile.x && *x < tile.right(), "{text} at {x}");
            }
        }
    }
}

/// A figure too wide for its tile even at the smallest size wraps after its
/// qualifier, never between the number and its unit (`более 15` / `тыс.`).
/// Rows of tiles as even as the columns allow: no lone tile under a full row.
#[test]
fn tile_rows_are_even() {
    for n in 2..=7usize {
        let items: Vec<String> = (0..n).map(|i| format!(r#"{{"label":"показатель {i}","value":{}}}"#, i + 1)).collect();
        let doc = format!(r#"{{"version":1,"charts":[{{"id":"t","type":"tiles","items":[{}]}}]}}"#, items.join(","));
        for width in (240..=1000).step_by(20) {
            let (_, scene) = scene_of(&doc, "t", width as f64);
            let mut rows: Vec<(f64, usize)> = Vec::new();
            for h in &scene.hits {
                match rows.iter_mut().find(|r| r.0 == h.avoid.y) {
                    Some(r) => r.1 += 1,
                    None => rows.push((h.avoid.y, 1)),
                }
            }
            let counts: Vec<usize> = rows.iter().map(|r| r.1).collect();
            // A grid's last row may be short, but not by more than the grid allows
            // (3 + 1 of four tiles is 2 + 2), and three tiles are never 2 + 1.
            let cols = counts[0];
            assert!(counts.len() == n.div_ceil(cols) && n.div_ceil(n.div_ceil(cols)) == cols, "{n} tiles at {width} px: rows {counts:?}");
            assert!(!(n == 3 && counts == [2, 1]), "{n} tiles at {width} px: a lone tile");
        }
    }
}

#[test]
fn a_tile_figure_wraps_after_its_qualifier() {
    let doc = r#"{"version":1,"locale":"ru","charts":[{"id":"t","type":"tiles","items":[
        {"label":"SIM-карт изъято","value":15000,"qualifier":"more_than"},
        {"label":"сайтов","value":2700,"qualifier":"about"}]}]}"#;
    let mut wrapped = false;
    for width in (240..=420).step_by(10) {
        let (_, scene) = scene_of(doc, "t", f64::from(width));
        let t = texts(&scene);
        // Exact where every tile holds it at a headline size, else compact; never cut.
        assert!(t.iter().any(|s| s.ends_with("15 000") || s.ends_with("15 тыс.")), "{width} px: the figure whole in {t:?}");
        assert!(!t.iter().any(|s| s == "тыс." || s == "000" || s.ends_with(" 15")), "{width} px: the figure cut in {t:?}");
        wrapped |= t.iter().any(|s| s == "более");
    }
    assert!(wrapped, "some width wraps the figure after its qualifier");
}

/// A tile's figure is exact where every tile of the chart holds its own at a
/// headline size, else every one is compact (never a mix); a million or more
/// is in words, whole where words hold every digit («255 млн»), else compact.
#[test]
fn tiles_show_every_digit_where_they_hold_them() {
    let doc = r#"{"version":1,"locale":"ru","charts":[{"id":"t","type":"tiles","items":[
        {"label":"a","value":14250},{"label":"b","value":312},{"label":"c","value":255000000,"unit":"KZT"}]}]}"#;
    let doc = doc.replace(r#","unit":"KZT""#, "");
    let wide = texts(&scene_of(&doc, "t", 900.0).1);
    assert!(wide.iter().any(|s| s == "14 250") && wide.iter().any(|s| s == "255 млн"), "{wide:?}");
    let odd = texts(&scene_of(&doc.replace("255000000", "3420500000.75"), "t", 900.0).1);
    assert!(odd.iter().any(|s| s == "14,3 тыс.") && odd.iter().any(|s| s == "3,42 млрд"), "no tiyn in a headline: {odd:?}");
    let long = doc.replace("255000000", "1234567890123");
    let narrow = texts(&scene_of(&long, "t", 200.0).1);
    assert!(narrow.iter().any(|s| s == "14,3 тыс.") && narrow.iter().any(|s| s == "1,23 трлн"), "all compact when one does not fit: {narrow:?}");
}

/// Every tile's figure is set in one size, however long its wording, so that
/// `14` does not stand out over `более 1 200`; at each width every figure
/// line fits its tile.
#[test]
fn tiles_share_one_figure_size() {
    let doc = r#"{"version":1,"locale":"ru","charts":[{"id":"t","type":"tiles","items":[
        {"label":"задержано","value":1200,"qualifier":"more_than"},
        {"label":"сайтов","value":2700,"qualifier":"about"},
        {"label":"SIM-карт","value":15000,"qualifier":"more_than"},
        {"label":"колл-центров","value":14}]}]}"#;
    // Kazakh puts "more than" and "up to" after the number: `255 млн ₸-ден` / `астам`.
    let kk = r#"{"version":1,"locale":"kk","charts":[{"id":"t","type":"tiles","unit":"KZT","items":[
        {"label":"заңдастырылды","value":255000000,"qualifier":"more_than"},
        {"label":"тоқтатылды","value":2000},
        {"label":"өтелді","value":15000000,"qualifier":"up_to"}]}]}"#;
    for (doc, width) in [doc, kk].into_iter().flat_map(|d| (240..=900).step_by(20).map(move |w| (d, w))) {
        let (_, scene) = scene_of(doc, "t", f64::from(width));
        let figures: Vec<(f64, f64, f64)> = scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { x, text, font, ink: Ink::Series(0), .. } => Some((*x, font.size, ApproxMeasure.width(text, *font))),
                _ => None,
            })
            .collect();
        assert!(figures.len() >= 3, "{width} px: {figures:?}");
        assert!(figures.iter().all(|f| f.1 == figures[0].1), "{width} px: one size for all in {figures:?}");
        // Inside each tile's padding (14 px).
        for hit in &scene.hits {
            let inside = figures.iter().filter(|f| f.0 >= hit.avoid.x && f.0 < hit.avoid.right());
            for f in inside {
                assert!(f.0 + f.2 <= hit.avoid.right() - 14.0 + 1e-9, "{width} px: a figure line runs into its tile's padding: {f:?}");
            }
        }
        // In a row, the lines with the numbers stand level, and so do the labels' first.
        let in_tile = |t: &Rect, ink: Ink| -> Vec<(f64, bool)> {
            scene
                .shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Text { x, y, ink: i, text, .. } if *i == ink && *x >= t.x && *x < t.right() && *y >= t.y && *y < t.bottom() => {
                        Some((*y, text.bytes().any(|b| b.is_ascii_digit())))
                    }
                    _ => None,
                })
                .collect()
        };
        for a in &scene.hits {
            for b in scene.hits.iter().filter(|b| b.avoid.y == a.avoid.y) {
                let number = |t: &Rect| in_tile(t, Ink::Series(0)).into_iter().find(|l| l.1).map(|l| l.0);
                let first = |t: &Rect| in_tile(t, Ink::Text).into_iter().map(|l| l.0).fold(f64::MAX, f64::min);
                assert_eq!(number(&a.avoid), number(&b.avoid), "{width} px: numbers not level in a row");
                assert!((first(&a.avoid) - first(&b.avoid)).abs() < 1e-9, "{width} px: labels not level in a row");
            }
        }
    }
}

/// English qualifiers of two words (`more than`) stay together when a tile's
/// figure wraps: never `more` / `than 15K`.
#[test]
fn an_english_qualifier_stays_whole_in_a_tile() {
    let doc = r#"{"version":1,"locale":"en","charts":[{"id":"t","type":"tiles","items":[
        {"label":"cards","value":15000,"qualifier":"more_than"},
        {"label":"sites","value":15000,"qualifier":"at_least"}]}]}"#;
    for width in (240..=700).step_by(10) {
        let (_, scene) = scene_of(doc, "t", f64::from(width));
        let t = texts(&scene);
        assert!(!t.iter().any(|s| s == "more" || s == "at" || s.starts_with("than") || s.starts_with("least")), "{width} px: a qualifier split in {t:?}");
        assert!(t.iter().any(|s| s.starts_with("more than")), "{width} px: {t:?}");
    }
}

#[test]
fn every_mark_and_text_stays_inside_the_scene() {
    for width in [320.0, 480.0, 760.0, 1200.0] {
        for id in ["seized", "blocked", "money", "totals", "monthly"] {
            let (_, scene) = scene_of(SEED, id, width);
            for s in &scene.shapes {
                if let Shape::Rect { rect, .. } = s {
                    assert!(rect.x >= 0.0 && rect.right() <= width + 1e-6, "{id}@{width}: {rect:?}");
                    assert!(rect.y >= 0.0 && rect.bottom() <= scene.height, "{id}@{width}: {rect:?}");
                }
                if let Shape::Text { x, text, font, align: Align::Start, .. } = s {
                    let w = ApproxMeasure.width(text, *font);
                    assert!(x + w <= width + 1.0, "{id}@{width}: {text} overflows ({x} + {w})");
                }
            }
        }
    }
}

#[test]
fn hit_map_finds_each_bar_and_nothing_between_charts() {
    let (_, scene) = scene_of(SEED, "blocked", 600.0);
    let bars = series_rects(&scene);
    for (i, bar) in bars.iter().enumerate() {
        let hit = scene.hit_at(bar.x + bar.w / 2.0, bar.y + bar.h / 2.0).expect("hit on the bar");
        assert_eq!(hit.item, i);
        assert_eq!(hit.mark, Mark::Rect(*bar));
        // The row catches the pointer beyond the bar's end too.
        assert_eq!(scene.hit_at(590.0, bar.y + 1.0).unwrap().item, i);
    }
    assert!(scene.hit_at(10.0, 5.0).is_none(), "the title is not a datum");
}

#[test]
fn frame_has_title_then_credit() {
    let (_, scene) = scene_of(SEED, "blocked", 600.0);
    let t = texts(&scene);
    assert_eq!(t[0], "Выявлено и заблокировано");
    assert_eq!(t.last().unwrap(), "Источник: Департамент полиции Алматы, 13.10.2025");
    // A source named with a closing period keeps one mark before its date.
    let dotted = SEED.replacen("Департамент полиции Алматы\"", "Департамент полиции Алматы.\"", 1);
    assert_ne!(dotted, SEED);
    let (_, scene) = scene_of(&dotted, "blocked", 600.0);
    assert_eq!(texts(&scene).last().unwrap(), "Источник: Департамент полиции Алматы, 13.10.2025");
    // English has no numeric date every reader reads alike: the month's name.
    let en = SEED.replacen(r#""locale": "ru""#, r#""locale": "en""#, 1);
    let (_, scene) = scene_of(&en, "blocked", 600.0);
    assert_eq!(texts(&scene).last().unwrap(), "Source: Департамент полиции Алматы, Oct 13, 2025");
}

/// What a tooltip keeps off: a bar's whole row across the chart (its name, and
/// in a group the bars above it), unless it stands beside the row's end,
/// past the ink of its band (name, bars, caption, to the next row's first
/// ink); and a slice together with its row in the list.
#[test]
fn tooltips_keep_off_names_and_figures() {
    let (_, hbar) = scene_of(SEED, "blocked", 360.0);
    let names: Vec<(String, f64)> = hbar.shapes.iter().filter_map(|s| match s { Shape::Text { text, y, .. } => Some((text.clone(), *y)), _ => None }).collect();
    for hit in &hbar.hits {
        assert_eq!((hit.avoid.x, hit.avoid.w), (0.0, 360.0), "across the chart: {:?}", hit.avoid);
        let Mark::Rect(bar) = hit.mark else { panic!() };
        // The row's name is the last text above its bar and inside the no-go box.
        let name = names.iter().filter(|(_, y)| *y < bar.y).last().unwrap();
        assert!(name.1 >= hit.avoid.y, "{name:?} inside {:?}", hit.avoid);
        // Its band holds it, from the name's letters (2 px down its line).
        let band = hbar.rows[hit.item];
        assert!(band.y == hit.avoid.y + 2.0 && bar.bottom() < band.bottom() && bar.right() <= band.right(), "{band:?} holds {bar:?}");
    }
    // Where the rows end (the credit follows).
    let end = hbar.hits.iter().map(|h| match h.area { Region::Rect(r) => r.bottom(), _ => 0.0 }).fold(0.0, f64::max);
    assert_eq!(hbar.rows.len(), 4);
    let mut short = 0;
    for (k, band) in hbar.rows.iter().enumerate() {
        assert_eq!(band.x, 0.0);
        assert!(band.w <= 360.0, "{band:?}");
        short += (band.w < 300.0) as usize;
        // The bands follow one another.
        if let Some(next) = hbar.rows.get(k + 1) {
            assert_eq!(next.y, band.bottom());
        }
        // Nothing inside the band reaches past its right: a tooltip beside it
        // covers no name or figure.
        for sh in &hbar.shapes {
            let (y, right) = match sh {
                Shape::Text { x, y, text, font, .. } => (*y, x + ApproxMeasure.width(text, *font)),
                Shape::Rect { rect, .. } => (rect.y, rect.right()),
                _ => continue,
            };
            if y >= band.y && y < band.bottom().min(end) {
                assert!(right <= band.right() + 1e-9, "{sh:?} past {band:?}");
            }
        }
    }
    // The short rows (312 wallets, 1,5 thousand cards) leave room beside them.
    assert!(short >= 2, "{:?}", hbar.rows);
    // The last band stops short of the credit under the rows.
    let credit = hbar.shapes.iter().filter_map(|s| match s { Shape::Text { y, text, .. } if text.starts_with("Источник") => Some(*y), _ => None }).next().unwrap();
    assert!(hbar.rows[3].bottom() <= credit, "{:?} over the credit at {credit}", hbar.rows[3]);
    // A list of 600 rows measures no bands: its tooltips stand above or under.
    let items: Vec<String> = (0..600).map(|i| format!(r#"{{"label":"Пункт {i}","value":{i}}}"#)).collect();
    let long = format!(r#"{{"version":1,"charts":[{{"id":"l","type":"hbar","items":[{}]}}]}}"#, items.join(","));
    assert!(scene_of(&long, "l", 700.0).1.rows.is_empty());
    // Other kinds have no rows.
    assert!(scene_of(SEED, "money", 600.0).1.rows.is_empty());
    let doc = r#"{"version":1,"charts":[{"id":"d","type":"donut","items":[{"label":"a","value":60},{"label":"b","value":40}]}]}"#;
    let (_, donut) = scene_of(doc, "d", 340.0);
    for pair in donut.hits.chunks(2) {
        assert_eq!(pair[0].avoid, pair[1].avoid, "the slice and its row keep the tooltip off both");
        let Region::Rect(row) = pair[1].area else { panic!() };
        assert!(pair[0].avoid.y <= row.y && pair[0].avoid.bottom() >= row.bottom());
    }
}

#[test]
fn tiles_with_series_give_each_series_its_tile() {
    let doc = r#"{"version":1,"locale":"ru","charts":[{"id":"t","type":"tiles","series":["2024","2025"],"items":[
        {"label":"задержано","values":[900,1200],"qualifier":"more_than"},
        {"label":"сайтов","values":[2100,null]}]}]}"#;
    let (_, scene) = scene_of(doc, "t", 640.0);
    let order: Vec<(usize, usize)> = scene.hits.iter().map(|h| (h.item, h.series)).collect();
    assert_eq!(order, [(0, 0), (0, 1), (1, 0), (1, 1)]);
    // Each figure in its series' colour, a missing one worded; the series named in each tile.
    let figures: Vec<(String, Ink)> = scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, ink: ink @ (Ink::Series(_) | Ink::Muted), font, .. } if font.size > 16.0 => Some((text.replace('\u{a0}', " "), *ink)),
            _ => None,
        })
        .collect();
    assert!(figures.contains(&("1 200".to_string(), Ink::Series(1))), "{figures:?}");
    assert!(figures.contains(&("900".to_string(), Ink::Series(0))), "{figures:?}");
    assert!(figures.iter().any(|(t, ink)| t.contains("нет") && *ink == Ink::Muted), "{figures:?}");
    let t = texts(&scene);
    assert_eq!(t.iter().filter(|x| *x == "2025").count(), 3, "the legend and two tiles: {t:?}");
    // An item's tiles share a row at every width where they fit side by side.
    let three = r#"{"version":1,"locale":"ru","charts":[{"id":"t","type":"tiles","series":["2023","2024","2025"],"items":[
        {"label":"а","values":[1,2,3]},{"label":"б","values":[4,5,6]},{"label":"в","values":[7,8,9]}]}]}"#;
    for width in (300..=1400).step_by(50) {
        let (_, scene) = scene_of(three, "t", f64::from(width));
        for item in 0..3 {
            let rows: Vec<f64> = scene.hits.iter().filter(|h| h.item == item).map(|h| h.avoid.y).collect();
            let wide_enough = f64::from(width) >= 3.0 * 140.0 + 2.0 * 10.0;
            assert!(!wide_enough || rows.iter().all(|y| *y == rows[0]), "{width} px: item {item} in rows {rows:?}");
            // Narrower, each item starts a row of its own: no other item's tile shares its rows.
            let others: Vec<f64> = scene.hits.iter().filter(|h| h.item != item).map(|h| h.avoid.y).collect();
            assert!(wide_enough || rows.iter().all(|y| !others.contains(y)), "{width} px: item {item} shares a row");
        }
    }
}

/// A bare chart (the web's: no title or legend row) keeps its bottom right
/// corner free for the download button: the credit wraps short of it and the
/// scene is tall enough to hold it below the body.
#[test]
fn a_corner_kept_for_the_menu_wraps_the_credit_short_of_it() {
    let d = spec::parse(SEED).unwrap();
    let model = Model::new(&d, None);
    let index = model.charts.iter().position(|c| c.id == "totals").unwrap();
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let lay = |corner: f64, source: bool, width: f64| {
        let src = if source { d.source.as_ref() } else { None };
        let cx = Ctx { measure: &ApproxMeasure, words: &words, source: src, shown: &[], legend: false, corner };
        chart(&model, index, &cx, width)
    };
    let footer = |s: &Scene| -> Vec<(f64, f64)> {
        s.shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { x, y, text, font, ink: Ink::Muted, .. } if *font == frame::SMALL => Some((*y, x + ApproxMeasure.width(text, *font))),
                _ => None,
            })
            .collect()
    };
    for width in [280.0, 360.0, 700.0] {
        let (plain, kept) = (lay(0.0, true, width), lay(40.0, true, width));
        let lines = footer(&kept);
        assert!(!lines.is_empty());
        for (_, right) in &lines {
            assert!(*right <= width - 48.0, "credit runs to {right} under the button at {width}");
        }
        // The body is the same; only the footer moved.
        assert_eq!(kept.hits, plain.hits);
        let last = lines.iter().map(|l| l.0).fold(0.0, f64::max);
        assert!(kept.height >= last + frame::SMALL.line_height());
        // Without a footer, room for the button under the body all the same.
        let (bare_plain, bare_kept) = (lay(0.0, false, width), lay(40.0, false, width));
        assert!(bare_kept.height >= bare_plain.height - 4.0 + 40.0, "{} vs {}", bare_kept.height, bare_plain.height);
    }
    // Somewhere a credit that fits the width wraps with the corner kept.
    let wraps = (250..700).step_by(10).any(|w| footer(&lay(40.0, true, w as f64)).len() > footer(&lay(0.0, true, w as f64)).len());
    assert!(wraps);
}

/// A short figure is never split from its currency to stand two tiles to a
/// row («255 млн» / «₸-ден астам»): where no tile that narrow holds it whole,
/// the tiles take fewer columns.
#[test]
fn a_tile_figure_keeps_its_currency_on_its_line() {
    let doc = r#"{"version":1,"locale":"kk","charts":[{"id":"m","type":"tiles","unit":"KZT","items":[
        {"label":"мемлекет кірісіне айналдырылды","value":255000000,"qualifier":"more_than"},
        {"label":"күдікті операциялар тоқтатылды","value":68400000}]}]}"#;
    for width in (240..=480).step_by(10) {
        let t = texts(&scene_of(doc, "m", f64::from(width)).1);
        assert!(!t.iter().any(|s| s.trim_end().ends_with("млн")), "{width} px: a figure split from its ₸ in {t:?}");
    }
}
