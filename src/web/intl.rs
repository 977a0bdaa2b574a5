//! Numbers through the browser's `Intl.NumberFormat`: the grouping, decimal sign
//! and compact words (`тыс.`, `млн`, `K`) of each language, from CLDR.

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::format::native::NativeNumbers;
use crate::format::{Lang, NumberFormat};

/// The reader's number formatter: Intl where the browser has the language's data,
/// else the native tables. Chromium's reduced ICU data, for one, lists `kk` as
/// supported but formats it as English (`41.2`, `3.2G`).
pub fn numbers(lang: Lang) -> Box<dyn NumberFormat> {
    let intl = IntlNumbers::new(lang);
    let native = NativeNumbers::new(lang);
    let probe = [1.5, 12_500.0, 3.2e9];
    if probe.iter().all(|v| intl.exact(*v) == native.exact(*v) && intl.compact(*v) == native.compact(*v)) {
        Box::new(intl)
    } else {
        Box::new(native)
    }
}

pub struct IntlNumbers {
    exact: Function,
    short: Function,
    compact: Function,
}

fn formatter(lang: Lang, opts: &[(&str, JsValue)]) -> Function {
    let o = Object::new();
    for (k, v) in opts {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    let locales = Array::of1(&JsValue::from_str(lang.tag()));
    Intl::NumberFormat::new(&locales, &o).format()
}

impl IntlNumbers {
    pub fn new(lang: Lang) -> IntlNumbers {
        IntlNumbers {
            exact: formatter(lang, &[("maximumFractionDigits", 3.into())]),
            short: formatter(lang, &[("maximumFractionDigits", 1.into())]),
            compact: formatter(lang, &[("notation", "compact".into()), ("compactDisplay", "short".into())]),
        }
    }
}

fn call(f: &Function, v: f64) -> String {
    f.call1(&JsValue::NULL, &JsValue::from_f64(v)).ok().and_then(|s| s.as_string()).unwrap_or_else(|| v.to_string())
}

impl NumberFormat for IntlNumbers {
    fn exact(&self, v: f64) -> String {
        call(&self.exact, v)
    }

    fn compact(&self, v: f64) -> String {
        // Same rule as the native formatter: under 10,000 a figure stays whole.
        if v.abs() < 10_000.0 {
            call(&self.short, if v.abs() >= 100.0 { v.round() } else { v })
        } else {
            call(&self.compact, v)
        }
    }
}
