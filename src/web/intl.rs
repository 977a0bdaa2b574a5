//! Numbers through the browser's `Intl.NumberFormat`: the grouping, decimal sign,
//! compact words (`тыс.`, `млн`, `K`) and currency signs of each language, from CLDR.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::format::date::NativeDates;
use crate::format::native::NativeNumbers;
use crate::format::digits::Digits;
use crate::format::bound::label_decimals;
use crate::format::{money, true_minus, DateFormat, Lang, NumberFormat};

pub use super::intl_dates::{dates, IntlDates};

/// A language's number and date formatters.
type Pair = (Rc<dyn NumberFormat>, Rc<dyn DateFormat>);

thread_local! {
    /// The formatters made so far, a slot per language: making them (Intl's
    /// constructors, the probes that choose Intl or the native tables) costs a
    /// few milliseconds, which each chart of an article would pay again.
    /// (English twice: `Mar 13, 2025` and, for en-GB and the like, `13 Mar 2025`.)
    static MADE: RefCell<[Option<Pair>; 4]> = const { RefCell::new([None, None, None, None]) };
}

/// The page's number and date formatters for `lang` and its way with dates, made on first use.
pub fn formatters(lang: Lang, native: &'static NativeDates) -> Pair {
    MADE.with(|made| {
        let slot = &mut made.borrow_mut()[native.slot()];
        let (n, d) = slot.get_or_insert_with(|| (numbers(lang), dates(native)));
        (n.clone(), d.clone())
    })
}

/// The reader's number formatter: Intl where the browser has the language's data,
/// else the native tables. Chromium's reduced ICU data, for one, lists `kk` as
/// supported but formats it as English (`41.2`, `3.2G`, `KZT 255M`).
pub fn numbers(lang: Lang) -> Rc<dyn NumberFormat> {
    let intl = IntlNumbers::new(lang);
    let native = NativeNumbers::new(lang);
    let probe = [1.5, 12_500.0, 3.2e9];
    let same = |v: f64| {
        intl.exact(v) == native.exact(v)
            && intl.compact(v) == native.compact(v)
            && ["KZT", "USD"].iter().all(|c| intl.money(v, c, true) == native.money(v, c, true))
    };
    if probe.iter().all(|v| same(*v)) {
        Rc::new(intl)
    } else {
        Rc::new(native)
    }
}

/// Exact and compact formatters of one style.
struct Trio {
    exact: Function,
    compact: Function,
}

pub struct IntlNumbers {
    lang: Lang,
    plain: Trio,
    /// Intl's own symbols for plain numbers, when they reproduce what it
    /// prints (checked on probes): exact figures then cost no Intl call.
    digits: Option<Digits>,
    /// Currency formatters, made on first use of each code.
    money: RefCell<Vec<(String, Trio)>>,
}

fn number_format(lang: Lang, opts: &[(&str, JsValue)]) -> Intl::NumberFormat {
    let o = Object::new();
    for (k, v) in opts {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    let locales = Array::of1(&JsValue::from_str(lang.tag()));
    Intl::NumberFormat::new(&locales, &o)
}

fn formatter(lang: Lang, opts: &[(&str, JsValue)]) -> Function {
    number_format(lang, opts).format()
}

/// `(type, value)` of each part of a `formatToParts` result.
pub fn parts(list: &Array) -> Vec<(String, String)> {
    let get = |p: &JsValue, k: &str| Reflect::get(p, &JsValue::from_str(k)).ok().and_then(|v| v.as_string()).unwrap_or_default();
    list.iter().map(|p| (get(&p, "type"), get(&p, "value"))).collect()
}

/// The plain-number symbols Intl uses for `lang`, read from its parts for
/// -1234567.5 and 1000; None unless they are latn digits grouped by threes.
fn read_digits(lang: Lang) -> Option<Digits> {
    let nf = number_format(lang, &[("minimumFractionDigits", 0.into()), ("maximumFractionDigits", 3.into())]);
    let all = parts(&nf.format_to_parts(-1_234_567.5));
    let of = |kind: &str| all.iter().filter(|(k, _)| k == kind).map(|(_, v)| v.as_str()).collect::<Vec<_>>();
    let (minus, group, decimal) = (of("minusSign"), of("group"), of("decimal"));
    if of("integer") != ["1", "234", "567"] || of("fraction") != ["5"] || minus.len() != 1 || decimal.len() != 1 || group.len() != 2 || group[0] != group[1] {
        return None;
    }
    let thousand = parts(&nf.format_to_parts(1000.0));
    let min_grouping = if thousand.iter().any(|(k, _)| k == "group") { 1 } else { 2 };
    Some(Digits { minus: minus[0].into(), group: group[0].into(), decimal: decimal[0].into(), min_grouping })
}

impl Trio {
    /// `base`: the style options shared by the three (empty for plain numbers).
    fn new(lang: Lang, base: &[(&str, JsValue)]) -> Trio {
        let with = |extra: &[(&str, JsValue)]| {
            let all: Vec<(&str, JsValue)> = base.iter().chain(extra).cloned().collect();
            formatter(lang, &all)
        };
        Trio {
            // Every digit the source gave, up to 15 (no sum's binary noise), and
            // no cents a currency would otherwise always show.
            exact: with(&[("maximumSignificantDigits", 15.into())]),
            compact: with(&[("notation", "compact".into()), ("compactDisplay", "short".into()), ("maximumSignificantDigits", 3.into())]),
        }
    }

    fn format(&self, v: f64, compact: bool) -> String {
        if !compact {
            call(&self.exact, v)
        } else if v.abs() < 10_000.0 {
            // Same rule as the native formatter: under 10,000 no compact word,
            // three significant digits under 100 (bound::label_decimals).
            let p = (0..label_decimals(v)).fold(1.0, |p, _| p * 10.0);
            call(&self.exact, (v * p).round() / p)
        } else {
            call(&self.compact, v)
        }
    }
}

impl IntlNumbers {
    pub fn new(lang: Lang) -> IntlNumbers {
        let plain = Trio::new(lang, &[]);
        // Kept only if it prints what Intl prints: ties, carries, grouping, -0.
        let probe = [-1_234_567.5, 999.0, 1000.0, 10_000.0, 1.0005, 0.1 + 0.2, 9.9996, -0.0001, 52.35, 123_456_789.125, 1e21];
        let digits = read_digits(lang).filter(|d| probe.iter().all(|v| d.exact_as_intl(*v).is_none_or(|s| s == call(&plain.exact, *v))));
        IntlNumbers { lang, plain, digits, money: RefCell::new(Vec::new()) }
    }

    /// Every figure through an Intl call: what the read symbols are tested against.
    pub fn calling_intl(lang: Lang) -> IntlNumbers {
        IntlNumbers { digits: None, ..IntlNumbers::new(lang) }
    }

    /// Whether exact figures come from the symbols read from Intl.
    pub fn reads_digits(&self) -> bool {
        self.digits.is_some()
    }
}

fn call(f: &Function, v: f64) -> String {
    f.call1(&JsValue::NULL, &JsValue::from_f64(v)).ok().and_then(|s| s.as_string()).unwrap_or_else(|| crate::format::decimal::shortest(v))
}

impl NumberFormat for IntlNumbers {
    fn exact(&self, v: f64) -> String {
        if let Some(s) = crate::format::astronomical(v, self.lang, true) {
            return true_minus(s);
        }
        true_minus(self.digits.as_ref().and_then(|d| d.exact_as_intl(v)).unwrap_or_else(|| self.plain.format(v, false)))
    }

    fn compact(&self, v: f64) -> String {
        if let Some(s) = crate::format::astronomical(v, self.lang, false) {
            return true_minus(s);
        }
        let short = || self.digits.as_ref().filter(|_| v.abs() < 10_000.0).and_then(|d| d.fixed_as_intl(v, label_decimals(v)));
        true_minus(short().unwrap_or_else(|| self.plain.format(v, true)))
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
        true_minus(trio.map(|t| t.format(v, compact)).unwrap_or_default())
    }
}
