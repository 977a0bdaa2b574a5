//! `newsplot:hover`, `newsplot:select` and `newsplot:download` events for the
//! host page (analytics). The element's JS (`sendEvent` in js/newsplot.js)
//! builds and dispatches each in one call: a hover costs a pointer move one
//! crossing into JS instead of a dozen property sets, and the strings that
//! repeat (names, ids, series, units) cross as JS strings made once.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::model::ChartModel;

#[wasm_bindgen]
extern "C" {
    /// `sendEvent(name, chart, a, b, c, value, unit, qualifier)`, called with the host as `this`.
    #[wasm_bindgen(js_name = Function)]
    #[derive(Clone)]
    pub type Sender;
    #[wasm_bindgen(method, js_name = call)]
    #[allow(clippy::too_many_arguments)]
    fn send(this: &Sender, host: &HtmlElement, name: &JsValue, chart: &JsValue, a: &str, b: Option<String>, c: &JsValue, value: Option<f64>, unit: &JsValue, qualifier: &JsValue);
}

thread_local! {
    static WORDS: RefCell<Vec<(String, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// A short string from a small set (event names, units, qualifiers) as a JS
/// string, made on first use and kept.
fn word(s: &str) -> JsValue {
    WORDS.with(|w| {
        let mut w = w.borrow_mut();
        if let Some((_, v)) = w.iter().find(|(k, _)| k == s) {
            return v.clone();
        }
        let v = JsValue::from_str(s);
        w.push((s.to_string(), v.clone()));
        v
    })
}

/// A chart's id and series names as JS strings, made once per document.
pub struct ChartStrings {
    id: JsValue,
    series: Vec<JsValue>,
}

impl ChartStrings {
    pub fn new(chart: &ChartModel) -> ChartStrings {
        ChartStrings { id: JsValue::from_str(&chart.id), series: chart.series.iter().map(|s| JsValue::from_str(s)).collect() }
    }
}

/// An event to send once the widget's state is no longer borrowed.
pub struct Emit {
    name: JsValue,
    chart: JsValue,
    /// hover/select: the item's label; download: the format.
    a: String,
    /// hover/select: the date, and the series name (null when none).
    b: Option<String>,
    c: JsValue,
    value: Option<f64>,
    unit: JsValue,
    qualifier: JsValue,
}

/// `detail`: chart id, item label, date, series name, value, unit, qualifier.
pub fn detail(name: &'static str, chart: &ChartModel, strings: &ChartStrings, item: usize, series: usize) -> Option<Emit> {
    let d = chart.items.get(item)?;
    let f = d.values.get(series).copied().flatten();
    Some(Emit {
        name: word(name),
        chart: strings.id.clone(),
        a: d.label.clone(),
        b: d.date.map(|dt| dt.iso()),
        c: strings.series.get(series).cloned().unwrap_or(JsValue::NULL),
        value: f.map(|f| f.value),
        unit: word(f.map_or(chart.unit, |f| f.unit).code()),
        qualifier: word(f.map_or("exact", |f| f.qualifier.code())),
    })
}

/// `newsplot:download`: the reader saved chart `chart` as `format` (`png` or `csv`).
pub fn download(chart: &str, format: &'static str) -> Emit {
    let none = JsValue::UNDEFINED;
    Emit { name: word("newsplot:download"), chart: JsValue::from_str(chart), a: format.to_string(), b: None, c: none.clone(), value: None, unit: none.clone(), qualifier: none }
}

pub fn dispatch(sender: &Sender, host: &HtmlElement, e: Emit) {
    sender.send(host, &e.name, &e.chart, &e.a, e.b, &e.c, e.value, &e.unit, &e.qualifier);
}
