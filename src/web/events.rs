//! `newsplot:hover`, `newsplot:select` and `newsplot:download` events for the
//! host page (analytics).

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use crate::model::ChartModel;

/// An event to send once the widget's state is no longer borrowed.
pub struct Emit {
    pub name: &'static str,
    pub detail: Object,
}

/// `detail`: chart id, item label, date, series name, value, unit, qualifier.
pub fn detail(name: &'static str, chart: &ChartModel, item: usize, series: usize) -> Option<Emit> {
    let d = chart.items.get(item)?;
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    set("chart", JsValue::from_str(&chart.id));
    set("label", JsValue::from_str(&d.label));
    set("date", d.date.map_or(JsValue::NULL, |dt| JsValue::from_str(&dt.to_string())));
    set("series", chart.series.get(series).map_or(JsValue::NULL, |s| JsValue::from_str(s)));
    let f = d.values.get(series).copied().flatten();
    set("value", f.map_or(JsValue::NULL, |f| JsValue::from_f64(f.value)));
    set("unit", JsValue::from_str(f.map_or(chart.unit, |f| f.unit).code()));
    set("qualifier", JsValue::from_str(f.map_or("exact", |f| f.qualifier.code())));
    Some(Emit { name, detail: o })
}

/// `newsplot:download`: the reader saved chart `chart` as `format` (`png` or `csv`).
pub fn download(chart: &str, format: &str) -> Emit {
    let o = Object::new();
    let _ = Reflect::set(&o, &JsValue::from_str("format"), &JsValue::from_str(format));
    let _ = Reflect::set(&o, &JsValue::from_str("chart"), &JsValue::from_str(chart));
    Emit { name: "newsplot:download", detail: o }
}

pub fn dispatch(host: &HtmlElement, emit: Emit) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&emit.detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(emit.name, &init) {
        let _ = host.dispatch_event(&ev);
    }
}
