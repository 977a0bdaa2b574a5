//! Scene snapshots: every chart kind drawn through plotters' SVG backend and
//! compared with the committed SVG under tests/snapshots/. A change in layout or
//! drawing shows up as a diff to review; `UPDATE_SNAPSHOTS=1 cargo test --test
//! snapshots` rewrites them (a missing snapshot is written and the test fails).

// Native only: proptest and the SVG backend are not built for wasm (`wasm-pack test` builds every test).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use newsplot::format::native::NativeNumbers;
use newsplot::format::Wording;
use newsplot::layout::{self, ApproxMeasure, Ctx};
use newsplot::model::Model;
use newsplot::render::svg::to_svg;
use newsplot::spec;
use newsplot::theme::Theme;

fn svg(doc_text: &str, chart: &str, width: f64, dark: bool) -> String {
    let doc = spec::parse(doc_text).expect("valid document");
    let model = Model::new(&doc, None);
    let index = model.charts.iter().position(|c| c.id == chart).expect("chart id");
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: doc.source.as_ref(), shown: &[], legend: true, corner: 0.0 };
    let scene = layout::chart(&model, index, &cx, width);
    to_svg(&scene, &if dark { Theme::dark() } else { Theme::light() })
}


const SEED: &str = include_str!("../www/data/almaty-2025.json");
const GALLERY: &str = include_str!("../www/data/gallery-ru.json");

#[test]
fn every_kind_matches_its_snapshot() {
    let mut cases: Vec<(String, String)> = Vec::new();
    for id in ["seized", "blocked", "money", "totals", "monthly"] {
        cases.push((format!("seed-{id}-640"), svg(SEED, id, 640.0, false)));
    }
    cases.push(("seed-blocked-320".into(), svg(SEED, "blocked", 320.0, false)));
    cases.push(("seed-totals-320".into(), svg(SEED, "totals", 320.0, false)));
    let gallery = spec::parse(GALLERY).expect("gallery document");
    for chart in &gallery.charts {
        cases.push((format!("gallery-{}-640", chart.id), svg(GALLERY, &chart.id, 640.0, false)));
        cases.push((format!("gallery-{}-360-dark", chart.id), svg(GALLERY, &chart.id, 360.0, true)));
    }
    let failures: Vec<String> = cases.into_iter().filter_map(|(name, actual)| common::snapshot(&name, &actual).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn snapshots_are_well_formed_svg_with_drawn_marks() {
    let s = svg(SEED, "blocked", 640.0, false);
    assert!(s.starts_with("<svg") && s.trim_end().ends_with("</svg>"));
    assert_eq!(s.matches("<rect").count(), 6, "the background, four bars and one part segment");
    // A bar's value may wrap after its qualifier, never inside the figure.
    assert!(s.contains("более 5\u{a0}000"));
}
