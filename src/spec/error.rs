//! The one message an invalid document gets: what is wrong, and where.

use std::fmt;

use super::json::JsonFault;
use crate::format::{cat, int, Lang};

/// The first problem found in a document, with its JSON path (empty for the
/// whole document) or, for a syntax error, its line and column.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecError {
    /// `charts[1].items[2].value`; empty when the problem is the whole text.
    pub path: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Not JSON at all: why, and where the reader stopped.
    Syntax { line: usize, column: usize, what: JsonFault },
    TooLarge { bytes: usize },
    Missing,
    /// A field written twice in its object.
    Repeated,
    WrongType { expected: &'static str, found: Found },
    /// A number past the largest a figure can be (`1e400`), as written.
    OutOfRange { found: String },
    Version { found: String },
    UnknownChartType(String),
    UnknownUnit(String),
    UnknownQualifier(String),
    Empty { what: &'static str },
    Negative { value: f64, kind: &'static str },
    /// `of`: which of a series item's `values` the parts exceed.
    PartsExceed { sum: f64, value: f64, unit: super::Unit, of: Option<usize> },
    ValuesLength { found: usize, expected: usize },
    /// The chart has `series`, so the item needs `values` (or the reverse).
    ValueShape { series: bool },
    DuplicateId { id: String, first: usize },
    BadDate(String),
    DateOrder { date: String, previous: String },
    TooLong { chars: usize },
    /// A key over the limit, at its object; `key` its start, quoted as a found value.
    KeyTooLong { key: String, chars: usize },
    TooManyItems { count: usize },
    UnitKind { unit: String, chart_unit: String },
    Currency { unit: String, chart_unit: String },
}

/// A value found where another was expected: a scalar as written (numbers
/// as in the text, strings quoted and shortened), a container by its kind,
/// which each language names in its own words.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Array,
    Object,
    Value(String),
}

pub const MAX_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_STRING_CHARS: usize = 500;
pub const MAX_ITEMS: usize = 100_000;

impl SpecError {
    pub fn at<'a>(path: impl std::borrow::Borrow<super::path::Path<'a>>, problem: Problem) -> Self {
        Self::at_path(path.borrow(), problem)
    }

    // One copy of the path rendering for a path and a borrowed one (wasm size).
    #[cold]
    #[inline(never)]
    fn at_path(path: &super::path::Path, problem: Problem) -> Self {
        SpecError { path: path.text(), problem }
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        self.problem.fmt(f)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// A number as JSON would write it, without a trailing `.0`.
/// A figure of a message in `lang`'s decimal sign, with its unit's sign (`3,5 т`).
pub fn measured(lang: crate::format::Lang, v: f64, unit: super::Unit) -> String {
    let n = num(v);
    let mut n = if lang == crate::format::Lang::En { n } else { crate::format::swap_char(&n, '.', ',') };
    match (crate::format::words::unit_sign(lang, unit), unit) {
        (Some(sign), _) => {
            n.push(' ');
            n.push_str(sign);
        }
        (None, super::Unit::Currency(code)) => {
            n.push(' ');
            n.extend(code.iter().map(|b| char::from(*b)));
        }
        _ => {}
    }
    n
}

/// A series item's value named by its place (`values[1] = 3 kg`), or the
/// item's one value after `single` (`value 3 kg`, or nothing in ru and kk).
pub fn named_value(of: Option<usize>, figure: String, single: &str) -> String {
    match of {
        Some(i) => cat(&["values[", &int(i as i64, 0), "] = ", &figure]),
        None => cat(&[single, &figure]),
    }
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        int(v as i64, 0)
    } else if v.is_infinite() {
        // A sum past the largest double (parts of 1e308 each).
        (if v < 0.0 { "-∞" } else { "∞" }).into()
    } else if v.abs() >= 1e21 || (v != 0.0 && v.abs() < 1e-6) {
        // As JSON writes it, not 309 digits or 300 zeros: 1e308, 1.5e22, 3.3e-300.
        let text = crate::format::decimal::shortest(v.abs());
        let point = text.bytes().position(|b| b == b'.').unwrap_or(text.len());
        let digits: Vec<u8> = text.bytes().filter(|b| *b != b'.').collect();
        let lead = digits.iter().take_while(|d| **d == b'0').count();
        let end = digits.iter().rposition(|d| *d != b'0').map_or(lead, |i| i + 1);
        let mut out = String::from(if v < 0.0 { "-" } else { "" });
        for (i, d) in digits[lead..end].iter().enumerate() {
            if i == 1 {
                out.push('.');
            }
            out.push(char::from(*d));
        }
        out.push('e');
        crate::format::decimal::push_int(&mut out, point as i64 - 1 - lead as i64);
        out
    } else {
        crate::format::decimal::shortest(v)
    }
}

/// How a found JSON value is named in a message: numbers as written, strings
/// quoted (and shortened), arrays and objects by kind.
pub fn describe(v: &super::json::Value) -> Found {
    use super::json::Value::*;
    Found::Value(match v {
        Null => "null".into(),
        Bool(b) => (if *b { "true" } else { "false" }).into(),
        Number(n) => n.raw.to_string(),
        String(s) => quoted(s),
        Array(_) => return Found::Array,
        Object(_) => return Found::Object,
    })
}

/// A string as a message quotes it: in quotes, shortened to 40 characters.
pub fn quoted(s: &str) -> String {
    let short: std::string::String = s.chars().take(40).collect();
    if short.len() < s.len() {
        cat(&["\"", &short, "…\""])
    } else {
        cat(&["\"", s, "\""])
    }
}
