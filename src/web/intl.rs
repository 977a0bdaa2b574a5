//! Numbers through the browser's `Intl.NumberFormat`: the grouping, decimal sign,
//! compact words (`тыс.`, `млн`, `K`) and currency signs of each language, from CLDR.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::format::native::NativeNumbers;
use crate::format::{money, Lang, NumberFormat};

pub use super::intl_dates::{dates, IntlDates};

/// The reader's number formatter: Intl where the browser has the language's data,
/// else the native tables. Chromium's reduced ICU data, for one, lists `kk` as
/// supported but formats it as English (`41.2`, `3.2G`, `KZT 255M`).
pub fn numbers(lang: Lang) -> Box<dyn NumberFormat> {
    let intl = IntlNumbers::new(lang);
    let native = NativeNumbers::new(lang);
    let probe = [1.5, 12_500.0, 3.2e9];
    let same = |v: f64| {
        intl.exact(v) == native.exact(v)
            && intl.compact(v) == native.compact(v)
            && ["KZT", "USD"].iter().all(|c| intl.money(v, c, true) == native.money(v, c, true))
    };
    if probe.iter().all(|v| same(*v)) {
        Box::new(intl)
    } else {
        Box::new(native)
    }
}

/// Exact, short (under 10,000) and compact formatters of one style.
struct Trio {
    exact: Function,
    short: Function,
    compact: Function,
}

pub struct IntlNumbers {
    lang: Lang,
    plain: Trio,
    /// Currency formatters, made on first use of each code.
    money: RefCell<Vec<(String, Trio)>>,
}

fn formatter(lang: Lang, opts: &[(&str, JsValue)]) -> Function {
    let o = Object::new();
    for (k, v) in opts {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    let locales = Array::of1(&JsValue::from_str(lang.tag()));
    Intl::NumberFormat::new(&locales, &o).format()
}

impl Trio {
    /// `base`: the style options shared by the three (empty for plain numbers).
    fn new(lang: Lang, base: &[(&str, JsValue)]) -> Trio {
        let with = |extra: &[(&str, JsValue)]| {
            let all: Vec<(&str, JsValue)> = base.iter().chain(extra).cloned().collect();
            formatter(lang, &all)
        };
        Trio {
            // minimumFractionDigits 0: a currency would otherwise always show cents.
            exact: with(&[("minimumFractionDigits", 0.into()), ("maximumFractionDigits", 3.into())]),
            short: with(&[("minimumFractionDigits", 0.into()), ("maximumFractionDigits", 1.into())]),
            compact: with(&[("notation", "compact".into()), ("compactDisplay", "short".into())]),
        }
    }

    fn format(&self, v: f64, compact: bool) -> String {
        if !compact {
            call(&self.exact, v)
        } else if v.abs() < 10_000.0 {
            // Same rule as the native formatter: under 10,000 a figure stays whole.
            call(&self.short, if v.abs() >= 100.0 { v.round() } else { v })
        } else {
            call(&self.compact, v)
        }
    }
}

impl IntlNumbers {
    pub fn new(lang: Lang) -> IntlNumbers {
        IntlNumbers { lang, plain: Trio::new(lang, &[]), money: RefCell::new(Vec::new()) }
    }
}

fn call(f: &Function, v: f64) -> String {
    f.call1(&JsValue::NULL, &JsValue::from_f64(v)).ok().and_then(|s| s.as_string()).unwrap_or_else(|| crate::format::decimal::shortest(v))
}

impl NumberFormat for IntlNumbers {
    fn exact(&self, v: f64) -> String {
        self.plain.format(v, false)
    }

    fn compact(&self, v: f64) -> String {
        if let Some(s) = crate::format::astronomical(v, self.lang) {
            return s;
        }
        self.plain.format(v, true)
    }

    fn money(&self, v: f64, code: &str, compact: bool) -> String {
        let mut cache = self.money.borrow_mut();
        if !cache.iter().any(|(c, _)| c == code) {
            let base = [
                ("style", JsValue::from_str("currency")),
                ("currency", JsValue::from_str(code)),
                ("currencyDisplay", JsValue::from_str(money::display(self.lang, code))),
            ];
            cache.push((code.to_string(), Trio::new(self.lang, &base)));
        }
        let trio = cache.iter().find(|(c, _)| c == code).map(|(_, t)| t);
        trio.map(|t| t.format(v, compact)).unwrap_or_default()
    }
}
