//! Dates through the browser's `Intl.DateTimeFormat`, at the data's precision.

use std::rc::Rc;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::intl::parts;
use crate::format::date::NativeDates;
use crate::format::pattern::DatePattern;
use crate::layout::calendar;
use crate::format::{DateFormat, Lang};
use crate::spec::Date;

/// The reader's date formatter: Intl where the browser has the language's month
/// names, else the native tables (Chromium has no kk data: `2025 M03`).
pub fn dates(native: &'static NativeDates) -> Rc<dyn DateFormat> {
    let intl = IntlDates::new(native);
    let probe = ["2025-03", "2025-03-13", "2024-05-01"].map(|s| Date::parse(s).expect("a probe date"));
    let same = probe.iter().all(|d| intl.long(*d) == native.long(*d))
        && (1..=12).all(|m| intl.month(m) == native.month(m) && intl.month_long(m) == native.month_long(m) && intl.day(m, 3) == native.day(m, 3));
    if same {
        Rc::new(intl)
    } else {
        Rc::new(*native)
    }
}

pub struct IntlDates {
    month_year: Long,
    day_month_year: Long,
    month: Function,
    month_long: Function,
    day: Function,
}

/// A long-date formatter: its bound `format` (one call per date, where
/// `formatToParts` costs an array of part objects to read back) and the
/// literal its pattern ends with, which `long` drops.
struct Long {
    format: Function,
    tail: String,
    /// The formatter's pattern and month names, read from its parts, when it
    /// reproduces what the formatter prints (checked on probes): a date then
    /// costs no Intl call (a line's tooltip words one per pointer move).
    pattern: Option<DatePattern>,
}

impl Long {
    fn new(f: Intl::DateTimeFormat, day: bool) -> Long {
        let by_month: Vec<_> = (1..=12).map(|m| parts(&f.format_to_parts(&js_date(2025, m, 3)))).collect();
        // The pattern is fixed per formatter, so one probe date tells its last
        // part: the year's ` г.` in Russian (`март 2025 г.`), which the native
        // tables leave out.
        let tail = match by_month[2].last() {
            Some((kind, value)) if kind == "literal" => value.clone(),
            _ => String::new(),
        };
        let format = f.format();
        let probe = [(1900, 1, 1), (2052, 2, 2), (2024, 2, 29), (1999, 12, 31), (2025, 10, 28), (987, 5, 9)];
        let pattern = DatePattern::from_parts(&by_month, 2025, 3).filter(|p| {
            probe.iter().all(|&(y, m, d)| {
                let d = if day { d } else { 1 };
                p.format(y, m, d) == Some(call(&format, &js_date(y, m, d)))
            })
        });
        Long { format, tail, pattern }
    }

    fn text(&self, y: i32, m: u8, d: u8) -> String {
        let mut s = self.pattern.as_ref().and_then(|p| p.format(y, m, d)).unwrap_or_else(|| call(&self.format, &js_date(y, m, d)));
        if !self.tail.is_empty() && s.ends_with(&self.tail) {
            s.truncate(s.len() - self.tail.len());
        }
        s
    }
}

fn formatter(tag: &str, opts: &[(&str, &str)]) -> Intl::DateTimeFormat {
    let o = Object::new();
    // Dates in the data are calendar dates: read them in UTC, never shifted a day.
    for (k, v) in [("timeZone", "UTC")].iter().chain(opts) {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(tag)), &o)
}

/// Midnight UTC of a calendar date. (Not `Date.UTC`, which reads years 0–99 as 1900–1999.)
fn js_date(year: i32, m: u8, day: u8) -> js_sys::Date {
    let ms = calendar::days(year, m.clamp(1, 12), day.max(1)) as f64 * 86_400_000.0;
    js_sys::Date::new(&JsValue::from_f64(ms))
}

impl IntlDates {
    pub fn new(native: &NativeDates) -> IntlDates {
        let (lang, tag) = (native.lang, native.intl_tag());
        // English abbreviates the month of a date (`Mar 2025`); ru and kk name it in full.
        let width = if lang == Lang::En { "short" } else { "long" };
        IntlDates {
            month_year: Long::new(formatter(tag, &[("year", "numeric"), ("month", width)]), false),
            day_month_year: Long::new(formatter(tag, &[("year", "numeric"), ("month", width), ("day", "numeric")]), true),
            month: formatter(tag, &[("month", "short")]).format(),
            month_long: formatter(tag, &[("month", "long")]).format(),
            day: formatter(tag, &[("month", "short"), ("day", "numeric")]).format(),
        }
    }

    /// Every long date through an Intl call: what the read patterns are tested against.
    pub fn calling_intl(native: &NativeDates) -> IntlDates {
        let mut d = IntlDates::new(native);
        d.month_year.pattern = None;
        d.day_month_year.pattern = None;
        d
    }

    /// Whether long dates come from the patterns read from Intl.
    pub fn reads_patterns(&self) -> bool {
        self.month_year.pattern.is_some() && self.day_month_year.pattern.is_some()
    }
}

fn call(f: &Function, d: &js_sys::Date) -> String {
    f.call1(&JsValue::NULL, d.unchecked_ref()).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

impl DateFormat for IntlDates {
    fn long(&self, d: Date) -> String {
        match (d.month, d.day) {
            (Some(m), Some(day)) => self.day_month_year.text(d.year, m, day),
            (Some(m), None) => self.month_year.text(d.year, m, 1),
            // A year alone is its number in every language (no `г.`/`ж.`).
            _ => crate::format::int(d.year.into(), 0),
        }
    }

    fn month(&self, m: u8) -> String {
        call(&self.month, &js_date(2025, m, 1))
    }

    fn month_long(&self, m: u8) -> String {
        call(&self.month_long, &js_date(2025, m, 1))
    }

    fn day(&self, m: u8, day: u8) -> String {
        call(&self.day, &js_date(2025, m, day))
    }
}
