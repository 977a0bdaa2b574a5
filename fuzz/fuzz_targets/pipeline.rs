//! parse → validate → model → layout → hit testing → interact, on any input.
//!
//! The whole input is the document's text (so the seed corpus is plain JSON);
//! everything else (width, locale, hidden series, probe points) is derived from
//! a hash of it, so one input always replays the same way. Any panic is a bug:
//! the widget must survive every document with a message or a chart.

#![no_main]

use libfuzzer_sys::fuzz_target;

use newsplot::format::native::NativeNumbers;
use newsplot::format::{Lang, Wording};
use newsplot::interact::{self, focus, Tooltip};
use newsplot::layout::{self, ApproxMeasure, Ctx, Mark, Region, Scene, Shape};
use newsplot::model::Model;
use newsplot::spec;

/// FNV-1a, then splitmix: a stream of numbers derived from the input.
struct Dice(u64);

impl Dice {
    fn new(data: &[u8]) -> Dice {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in data {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        Dice(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A float in [lo, hi).
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (self.next() >> 11) as f64 / (1u64 << 53) as f64 * (hi - lo)
    }
}

const LANGS: [Lang; 3] = [Lang::Ru, Lang::Kk, Lang::En];
const TAGS: [Option<&str>; 5] = [None, Some("ru"), Some("kk"), Some("en-GB"), Some("xx")];

fuzz_target!(|data: &[u8]| {
    let mut dice = Dice::new(data);
    // The browser hands the widget a string; invalid UTF-8 never reaches `parse`
    // (TextDecoder replaces it), so do the same here.
    let text = String::from_utf8_lossy(data);

    // The locale sniffed for error messages must never panic either.
    let _ = spec::declared_locale(&text);

    let doc = match spec::parse(&text) {
        Ok(doc) => doc,
        Err(e) => {
            for lang in LANGS {
                let m = e.message(lang);
                assert!(!m.is_empty(), "an error message is never empty");
            }
            return;
        }
    };

    let model = Model::new(&doc, TAGS[dice.below(TAGS.len() as u64) as usize]);
    let _ = model.select(None);
    let _ = model.select(Some("no-such-chart"));
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);

    for (index, chart) in model.charts.iter().enumerate() {
        assert!(model.select(Some(&chart.id)).is_ok());
        // Legend state: all on, or some series hidden (never all: the legend refuses).
        let mut shown = vec![true; chart.series.len()];
        if !shown.is_empty() && dice.below(2) == 0 {
            for s in 0..shown.len() {
                if dice.below(2) == 0 {
                    interact::legend::toggle(&mut shown, s);
                }
            }
        }
        let cx = Ctx { measure: &ApproxMeasure, words: &words, source: doc.source.as_ref(), shown: &shown, legend: dice.below(2) == 0, corner: 0.0 };
        let width = 120.0 + dice.below(1281) as f64;
        let scene = layout::chart(&model, index, &cx, width);
        check_scene(&scene, chart.items.len(), chart.series.len().max(1));

        // Probe points: random ones, every hit's anchor and mark centre, and the edges.
        let mut probes: Vec<(f64, f64)> = (0..8)
            .map(|_| (dice.range(-10.0, scene.width + 10.0), dice.range(-10.0, scene.height + 10.0)))
            .collect();
        probes.extend([(0.0, 0.0), (scene.width, scene.height), (f64::NAN, 1.0), (1.0, f64::INFINITY)]);
        for h in scene.hits.iter().take(64) {
            probes.push(h.anchor);
            probes.push(centre(&h.mark));
        }
        let mut hover = interact::Hover::default();
        let index = interact::HitIndex::new(&scene.hits);
        for (x, y) in probes {
            // The fast lookup must agree with the plain scan, whatever the scene.
            assert_eq!(index.at(&scene.hits, x, y), scene.hit_index_at(x, y), "HitIndex disagrees at ({x}, {y})");
            hover.pointer_at(&scene, &index, x, y);
            if let Some(hit) = scene.hit_at(x, y) {
                let _ = interact::highlight(hit, &scene.points, (scene.width, scene.height));
                let tip = Tooltip::with_shown(chart, hit.item, hit.series, &words, &shown);
                let tip = tip.expect("a hit names an item and series of its chart");
                let _ = tip.text();
                let _ = Tooltip::new(chart, hit.item, hit.series, &words);
            }
        }
        hover.leave();

        // Keyboard walk over the hits.
        let keys = [focus::Key::Next, focus::Key::Prev, focus::Key::Up, focus::Key::Down, focus::Key::Home, focus::Key::End];
        let mut cur = None;
        for _ in 0..16 {
            cur = focus::step(&scene.hits, cur, keys[dice.below(keys.len() as u64) as usize]);
            if let Some(c) = cur {
                assert!(c < scene.hits.len());
            }
        }

        let _ = interact::describe(chart, scene.kind.unwrap_or(chart.kind), &words, &[]);
        let t = interact::table(chart, &words);
        assert_eq!(t.rows.len(), chart.items.len());
    }
});

fn centre(m: &Mark) -> (f64, f64) {
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

/// Cheap sanity of a scene: finite size, finite coordinates, hits that name real data.
/// (Values up to ±1.8e308 are valid, so sums and shares that overflow to ∞ or NaN
/// would draw nothing, or garbage, without panicking: they are caught here.)
fn check_scene(scene: &Scene, items: usize, series: usize) {
    assert!(scene.width.is_finite() && scene.height.is_finite(), "scene size {}×{}", scene.width, scene.height);
    assert!(scene.height >= 0.0);
    let finite = |p: &(f64, f64)| p.0.is_finite() && p.1.is_finite();
    for shape in &scene.shapes {
        let ok = match shape {
            Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => [rect.x, rect.y, rect.w, rect.h].iter().all(|v| v.is_finite()),
            Shape::Line { from, to, .. } => finite(from) && finite(to),
            Shape::Text { x, y, .. } => x.is_finite() && y.is_finite(),
            Shape::Path { points, .. } | Shape::Polygon { points, .. } => points.iter().all(finite),
            Shape::Circle { center, radius, .. } => finite(center) && radius.is_finite(),
        };
        assert!(ok, "a shape with a coordinate that is not finite: {shape:?}");
    }
    for h in &scene.hits {
        assert!(h.item < items, "hit item {} of {items}", h.item);
        assert!(h.series < series, "hit series {} of {series}", h.series);
        match &h.area {
            Region::Rect(r) => assert!(r.x.is_finite() && r.y.is_finite() && r.w.is_finite() && r.h.is_finite(), "{r:?}"),
            Region::Sector(s) => assert!(s.cx.is_finite() && s.r_outer.is_finite() && s.start.is_finite() && s.end.is_finite(), "{s:?}"),
        }
    }
}
