//! The native SVG render (`newsplot::render::svg::to_svg`) of every chart of any
//! valid document, in both themes, plus the hover overlay of each datum, at a
//! width derived from the input. Any panic is a bug.

#![no_main]

use libfuzzer_sys::fuzz_target;

use newsplot::format::native::NativeNumbers;
use newsplot::format::Wording;
use newsplot::interact;
use newsplot::layout::{self, ApproxMeasure, Ctx, Scene};
use newsplot::model::Model;
use newsplot::render::svg::to_svg;
use newsplot::spec;
use newsplot::theme::Theme;

fn hash(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}

fuzz_target!(|data: &[u8]| {
    let h = hash(data);
    let text = String::from_utf8_lossy(data);
    let Ok(doc) = spec::parse(&text) else { return };
    let model = Model::new(&doc, None);
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let theme = if h & 1 == 0 { Theme::light() } else { Theme::dark() };
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: doc.source.as_ref(), shown: &[], legend: true, corner: 0.0 };
    let width = 120.0 + ((h >> 8) % 1281) as f64;
    for index in 0..model.charts.len() {
        let scene = layout::chart(&model, index, &cx, width);
        let svg = to_svg(&scene, &theme);
        assert!(svg.starts_with("<svg"), "an SVG document: {:?}", &svg[..svg.len().min(80)]);
        // The overlay the browser draws on hover, through the same renderer.
        let overlay: Vec<_> = scene.hits.iter().take(32).flat_map(|h| interact::highlight(h, &scene.points, (scene.width, scene.height))).collect();
        let _ = to_svg(&Scene { shapes: overlay, hits: Vec::new(), ..scene }, &theme);
    }
});
