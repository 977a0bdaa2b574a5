//! Dates through the browser's `Intl.DateTimeFormat`, at the data's precision.

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::format::date::NativeDates;
use crate::format::{DateFormat, Lang};
use crate::spec::Date;

/// The reader's date formatter: Intl where the browser has the language's month
/// names, else the native tables (Chromium has no kk data: `2025 M03`).
pub fn dates(lang: Lang) -> Box<dyn DateFormat> {
    let intl = IntlDates::new(lang);
    let native = NativeDates::of(lang);
    let probe = ["2025-03", "2025-03-13", "2024-05-01"].map(|s| Date::parse(s).expect("a probe date"));
    let same = probe.iter().all(|d| intl.long(*d) == native.long(*d))
        && (1..=12).all(|m| intl.month(m) == native.month(m) && intl.day(m, 3) == native.day(m, 3));
    if same {
        Box::new(intl)
    } else {
        Box::new(NativeDates { lang })
    }
}

pub struct IntlDates {
    month_year: Long,
    day_month_year: Long,
    month: Function,
    day: Function,
}

/// A long-date formatter: its bound `format` (one call per date, where
/// `formatToParts` costs an array of part objects to read back) and the
/// literal its pattern ends with, which `long` drops.
struct Long {
    format: Function,
    tail: String,
}

impl Long {
    fn new(f: Intl::DateTimeFormat) -> Long {
        // The pattern is fixed per formatter, so one probe date tells its last part.
        let tail = trailing_literal(&f, &js_date(2025, 3, 13));
        Long { format: f.format(), tail }
    }

    fn text(&self, date: &js_sys::Date) -> String {
        let mut s = call(&self.format, date);
        if !self.tail.is_empty() && s.ends_with(&self.tail) {
            s.truncate(s.len() - self.tail.len());
        }
        s
    }
}

fn formatter(lang: Lang, opts: &[(&str, &str)]) -> Intl::DateTimeFormat {
    let o = Object::new();
    // Dates in the data are calendar dates: read them in UTC, never shifted a day.
    for (k, v) in [("timeZone", "UTC")].iter().chain(opts) {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(lang.tag())), &o)
}

fn js_date(year: i32, m: u8, day: u8) -> js_sys::Date {
    let ms = js_sys::Date::utc(f64::from(year), f64::from(m.clamp(1, 12) - 1)) + f64::from(day.max(1) - 1) * 86_400_000.0;
    js_sys::Date::new(&JsValue::from_f64(ms))
}

/// The literal that ends the formatted text, if its last part is one: the
/// year's ` г.` in Russian (`март 2025 г.`), which the native tables leave out.
fn trailing_literal(f: &Intl::DateTimeFormat, date: &js_sys::Date) -> String {
    let parts = f.format_to_parts(date);
    let last = parts.get(parts.length().saturating_sub(1));
    let get = |k: &str| Reflect::get(&last, &JsValue::from_str(k)).ok().and_then(|v| v.as_string()).unwrap_or_default();
    if get("type") == "literal" { get("value") } else { String::new() }
}

impl IntlDates {
    pub fn new(lang: Lang) -> IntlDates {
        // English abbreviates the month of a date (`Mar 2025`); ru and kk name it in full.
        let width = if lang == Lang::En { "short" } else { "long" };
        IntlDates {
            month_year: Long::new(formatter(lang, &[("year", "numeric"), ("month", width)])),
            day_month_year: Long::new(formatter(lang, &[("year", "numeric"), ("month", width), ("day", "numeric")])),
            month: formatter(lang, &[("month", "short")]).format(),
            day: formatter(lang, &[("month", "short"), ("day", "numeric")]).format(),
        }
    }
}

fn call(f: &Function, d: &js_sys::Date) -> String {
    f.call1(&JsValue::NULL, d.unchecked_ref()).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

impl DateFormat for IntlDates {
    fn long(&self, d: Date) -> String {
        match (d.month, d.day) {
            (Some(m), Some(day)) => self.day_month_year.text(&js_date(d.year, m, day)),
            (Some(m), None) => self.month_year.text(&js_date(d.year, m, 1)),
            // A year alone is its number in every language (no `г.`/`ж.`).
            _ => d.year.to_string(),
        }
    }

    fn month(&self, m: u8) -> String {
        call(&self.month, &js_date(2025, m, 1))
    }

    fn day(&self, m: u8, day: u8) -> String {
        call(&self.day, &js_date(2025, m, day))
    }
}
