//! Times the pure-Rust path of the benchmark's big line document (see
//! bench/pages/big-newsplot.js): parse, model, layout, and dropping the parsed
//! document. `cargo run --release --example bigline`; see `main` for one phase
//! under callgrind, and `bigline memory` for the heap each step leaves.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use newsplot::format::native::NativeNumbers;
use newsplot::format::Wording;
use newsplot::layout::calendar::civil;
use newsplot::layout::{self, ApproxMeasure, Ctx};
use newsplot::model::Model;
use newsplot::spec;

const N: usize = 55_550;
const RUNS: usize = 9;

/// Counts the heap in use and its high-water mark, for `bigline memory`.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        // SAFETY: the caller's layout, passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: allocated above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static HEAP: Counting = Counting;

/// The widget's order of work (src/web/widget.rs `show`), with the heap in use
/// and its peak after each step. Native sizes: 64-bit pointers, so the wasm's
/// figures are somewhat smaller; what matters is which step sets the peak.
fn memory() {
    let mb = |b: usize| b as f64 / 1e6;
    let step = |name: &str| {
        println!("{name:<34}{:>9.1}{:>9.1}", mb(LIVE.load(Relaxed)), mb(PEAK.load(Relaxed)));
        PEAK.store(LIVE.load(Relaxed), Relaxed);
    };
    println!("{:<34}{:>9}{:>9}", "step (heap MB)", "live", "peak");
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let text = document();
    step("the text");
    let doc = spec::parse(&text).expect("valid document");
    step("spec::parse");
    drop(text);
    let model = Model::new(&doc, None);
    step("drop(text), Model::new");
    let source = { doc }.source;
    step("drop(Document)");
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: source.as_ref(), shown: &[], legend: false, corner: 0.0 };
    let scene = layout::chart(&model, 0, &cx, 1920.0);
    step("layout::chart @1920");
    drop(scene);
    step("drop(Scene)");
}

/// Mulberry32, as bench/pages/common.js `random`.
fn random(seed: u32) -> impl FnMut() -> f64 {
    let mut a = seed;
    move || {
        a = a.wrapping_add(0x6d2b_79f5);
        let mut t = a;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        f64::from(t ^ (t >> 14)) / 4_294_967_296.0
    }
}

fn document() -> String {
    let mut rnd = random(42);
    let round = |v: f64| (v * 100.0).round() / 100.0;
    let start = -25_567; // 1900-01-01
    let mut items = Vec::with_capacity(N);
    for i in 0..N {
        let x = i as f64;
        let a = round(50.0 + 20.0 * (x / 500.0).sin() + 6.0 * (rnd() - 0.5));
        let b = round(30.0 + 10.0 * (x / 1300.0 + 1.0).sin() + 4.0 * (rnd() - 0.5));
        let c = round(70.0 + 15.0 * (x / 220.0 + 2.0).sin() + 10.0 * (rnd() - 0.5));
        let (y, m, d) = civil(start + i as i64);
        items.push(format!("{{\"date\":\"{y:04}-{m:02}-{d:02}\",\"values\":[{a},{b},{c}]}}"));
    }
    format!(
        "{{\"version\":1,\"locale\":\"en\",\"charts\":[{{\"id\":\"big\",\"type\":\"line\",\"title\":\"166,650 points\",\"unit\":\"count\",\"series\":[\"A\",\"B\",\"C\"],\"items\":[{}]}}]}}",
        items.join(",")
    )
}

/// Median and least wall time in ms over `RUNS` runs of `f`, which times
/// itself (so a drop can be timed alone). The least is steadier on a busy machine.
fn time(mut f: impl FnMut() -> f64) -> (f64, f64) {
    let mut ms: Vec<f64> = (0..RUNS).map(|_| f()).collect();
    ms.sort_by(f64::total_cmp);
    (ms[RUNS / 2], ms[0])
}

fn timed<T>(f: impl FnOnce() -> T) -> f64 {
    let t = Instant::now();
    std::hint::black_box(f());
    t.elapsed().as_secs_f64() * 1e3
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("memory") {
        return memory();
    }
    let text = document();
    let doc = spec::parse(&text).expect("valid document");
    let model = Model::new(&doc, None);
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let cx = Ctx { measure: &ApproxMeasure, words: &words, source: doc.source.as_ref(), shown: &[], legend: false, corner: 0.0 };

    // `bigline PHASE` runs one phase once, for counting instructions under
    // callgrind (steadier than wall time when the machine is shared).
    if let Some(phase) = std::env::args().nth(1) {
        match phase.as_str() {
            "parse" => drop(spec::parse(&text)),
            "model" => drop(Model::new(&doc, None)),
            "layout" => drop(layout::chart(&model, 0, &cx, 1920.0)),
            // The document itself, to time the same text elsewhere (in wasm).
            "json" => print!("{text}"),
            _ => {}
        }
        return;
    }
    let parse = time(|| timed(|| spec::parse(&text).map(drop)));
    let drop_doc = time(|| {
        let d = spec::parse(&text).expect("valid");
        timed(|| drop(d))
    });
    let model_ms = time(|| timed(|| Model::new(&doc, None)));
    let layout_ms = time(|| timed(|| layout::chart(&model, 0, &cx, 1920.0)));
    let scene = layout::chart(&model, 0, &cx, 1920.0);

    println!("document: {:.2} MB, {} items, {} shapes, {} hits", text.len() as f64 / 1e6, N, scene.shapes.len(), scene.hits.len());
    println!("{:<28}{:>9}{:>9}", "step, ms", "median", "least");
    let total = (parse.0 + model_ms.0 + layout_ms.0, parse.1 + model_ms.1 + layout_ms.1);
    for (name, (median, least)) in [
        ("spec::parse (incl. drop)", parse),
        ("drop(Document)", drop_doc),
        ("Model::new", model_ms),
        ("layout::chart @1920", layout_ms),
        ("parse + model + layout", total),
    ] {
        println!("{name:<28}{median:>9.2}{least:>9.2}");
    }
}
