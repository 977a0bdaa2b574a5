use newsplot::format::native::NativeNumbers;
use newsplot::format::Wording;
use newsplot::layout::{self, ApproxMeasure, Ctx};
use newsplot::model::Model;
use newsplot::spec;
#[test]
fn scratch() {
    let doc = std::fs::read_to_string(std::env::var("DOC").unwrap()).unwrap();
    let t = std::time::Instant::now();
    let d = spec::parse(&doc).unwrap();
    println!("parse {:?}", t.elapsed());
    let m = Model::new(&d, None);
    let n = NativeNumbers::new(m.lang);
    let w = Wording::new(m.lang, &n);
    let cx = Ctx { measure: &ApproxMeasure, words: &w, source: d.source.as_ref(), shown: &[], legend: false };
    for width in [120.0, 640.0, 1400.0] {
    for i in 0..m.charts.len() {
        let t = std::time::Instant::now();
        let s = layout::chart(&m, i, &cx, width);
        let a = t.elapsed();
        let t = std::time::Instant::now();
        let _ = newsplot::interact::describe(&m.charts[i], &w);
        let _ = newsplot::interact::table(&m.charts[i], &w);
        println!("w {width} chart {i} {:?} layout {:?} interact {:?} shapes {}", m.charts[i].kind, a, t.elapsed(), s.shapes.len());
    }}
}
