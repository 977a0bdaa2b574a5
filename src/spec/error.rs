//! The one message an invalid document gets: what is wrong, and where.

use std::fmt;

use super::json::JsonFault;
use crate::format::Lang;

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
    pub fn at(path: impl fmt::Display, problem: Problem) -> Self {
        Self::at_dyn(&path, problem)
    }

    // One copy of the path rendering for every kind of path (wasm size).
    #[cold]
    #[inline(never)]
    fn at_dyn(path: &dyn fmt::Display, problem: Problem) -> Self {
        SpecError { path: path.to_string(), problem }
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
        use Problem::*;
        match self {
            Syntax { line, column, what } => {
                write!(f, "not valid JSON at line {line}, column {column}: {}", what.words(Lang::En))
            }
            TooLarge { bytes } => {
                let g = |n| crate::format::plural::grouped(Lang::En, n);
                write!(f, "the document is {} bytes; the limit is {} bytes (10 MB)", g(*bytes), g(MAX_BYTES))
            }
            Missing => f.write_str("required field is missing"),
            Repeated => f.write_str("written twice in one object; keep one"),
            WrongType { expected, found } => write!(f, "expected {expected}, found {}", found.word(Lang::En)),
            OutOfRange { found } => write!(f, "the number {found} is too large"),
            Version { found } => write!(f, "unsupported version {found}; expected 1"),
            UnknownChartType(t) => write!(f, "unknown chart type \"{t}\"; expected one of {}", super::ChartKind::NAMES),
            UnknownUnit(u) => write!(
                f,
                "unknown unit \"{u}\"; expected count, g, kg, t, percent or an ISO 4217 currency code such as KZT"
            ),
            UnknownQualifier(q) => write!(f, "unknown qualifier \"{q}\"; expected one of {}", super::Qualifier::NAMES),
            Empty { what } => write!(f, "expected at least one {what}, found none"),
            Negative { value, kind } => write!(f, "{} is negative; a {kind} chart needs values of 0 or more", num(*value)),
            PartsExceed { sum, value, unit, of } => write!(
                f,
                "the parts add up to {}, more than the item's {}",
                measured(crate::format::Lang::En, *sum, *unit),
                named_value(*of, measured(crate::format::Lang::En, *value, *unit), "value ")
            ),
            ValuesLength { found, expected } => write!(
                f,
                "has {found} {} but the chart has {expected} series",
                crate::format::plural(crate::format::Lang::En, *found as f64, ["value", "values", "values"])
            ),
            ValueShape { series: true } => f.write_str(
                "the chart has `series`, so each item needs `values` (one per series), not `value`",
            ),
            ValueShape { series: false } => f.write_str(
                "`values` needs the chart's `series`; without series give one `value`",
            ),
            DuplicateId { id, first } => write!(f, "id \"{id}\" is already used by charts[{first}]"),
            BadDate(d) => write!(f, "\"{d}\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"),
            DateOrder { date, previous } if date == previous => {
                write!(f, "date \"{date}\" is repeated; each item has its own date")
            }
            DateOrder { date, previous } => write!(
                f,
                "dates out of order: \"{date}\" comes after \"{previous}\"; items must go from earliest to latest"
            ),
            TooLong { chars } => write!(f, "text of {chars} characters; the limit is {MAX_STRING_CHARS}"),
            KeyTooLong { key, chars } => write!(f, "key {key} of {chars} characters; the limit is {MAX_STRING_CHARS}"),
            TooManyItems { count } => {
                let g = |n| crate::format::plural::grouped(crate::format::Lang::En, n);
                write!(f, "{} items; the limit is {}", g(*count), g(MAX_ITEMS))
            }
            UnitKind { unit, chart_unit } if chart_unit.is_empty() => write!(
                f,
                "unit \"{unit}\" needs a chart unit of the same kind, and the chart has no \"unit\": its values are counts (\"count\")"
            ),
            UnitKind { unit, chart_unit } => write!(
                f,
                "unit \"{unit}\" cannot be mixed with the chart's unit \"{chart_unit}\" (a different kind of quantity)"
            ),
            Currency { unit, chart_unit } => write!(
                f,
                "currency \"{unit}\" differs from the chart's \"{chart_unit}\"; one chart shows one currency"
            ),
        }
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
        Some(i) => format!("values[{i}] = {figure}"),
        None => format!("{single}{figure}"),
    }
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
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
        Bool(b) => b.to_string(),
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
        format!("\"{short}…\"")
    } else {
        format!("\"{s}\"")
    }
}
