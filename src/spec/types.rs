//! The statistics JSON v1 document as written (../shared/spec/stats-format.md),
//! after type checks and validation. Values are still in the units the source used.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub version: u32,
    /// BCP 47 tag as written; `ru` when absent.
    pub locale: String,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub source: Option<Source>,
    pub charts: Vec<Chart>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub name: Option<String>,
    pub url: Option<String>,
    pub date: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub id: String,
    pub kind: ChartKind,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
    pub unit: Unit,
    /// Names of the series; empty when the chart has a single `value` per item.
    pub series: Vec<String>,
    pub stacked: bool,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub label: Option<String>,
    pub date: Option<Date>,
    /// One entry per series, or exactly one without series; `None` is a gap.
    pub values: Vec<Option<f64>>,
    /// The item's own unit when it overrides the chart's.
    pub unit: Option<Unit>,
    pub qualifier: Qualifier,
    pub parts: Vec<Part>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub label: String,
    pub value: f64,
    pub qualifier: Qualifier,
    /// Its own unit, of its item's kind (an extension: «3 т, в т.ч. 500 кг»);
    /// None: the item's.
    pub unit: Option<Unit>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Bar,
    HBar,
    Line,
    Donut,
    Tiles,
}

impl ChartKind {
    pub const NAMES: &'static str = "bar, hbar, line, donut, tiles";

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "bar" => Self::Bar,
            "hbar" => Self::HBar,
            "line" => Self::Line,
            "donut" => Self::Donut,
            "tiles" => Self::Tiles,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Bar => "bar",
            Self::HBar => "hbar",
            Self::Line => "line",
            Self::Donut => "donut",
            Self::Tiles => "tiles",
        }
    }

    /// Kinds whose values are amounts that cannot be negative.
    pub fn forbids_negative(self) -> bool {
        !matches!(self, Self::Line)
    }
}

/// How the source states a figure: "более 500", "около 1,5 тыс.".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Qualifier {
    #[default]
    Exact,
    About,
    MoreThan,
    AtLeast,
    LessThan,
    UpTo,
}

impl Qualifier {
    /// The qualifier a sum of figures so qualified keeps when one of them is
    /// missing (figures never negative): it holds at least the rest, so exact or
    /// at-least sums are «не менее», more-than stays «более»; an estimate or an
    /// upper bound plus an unknown says nothing (None).
    pub fn with_a_gap(self) -> Option<Qualifier> {
        match self {
            Qualifier::Exact | Qualifier::AtLeast => Some(Qualifier::AtLeast),
            Qualifier::MoreThan => Some(Qualifier::MoreThan),
            _ => None,
        }
    }

    pub const NAMES: &'static str = "exact, about, more_than, at_least, less_than, up_to";

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "exact" => Self::Exact,
            "about" => Self::About,
            "more_than" => Self::MoreThan,
            "at_least" => Self::AtLeast,
            "less_than" => Self::LessThan,
            "up_to" => Self::UpTo,
            _ => return None,
        })
    }

    /// The name as written in documents.
    pub fn code(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::About => "about",
            Self::MoreThan => "more_than",
            Self::AtLeast => "at_least",
            Self::LessThan => "less_than",
            Self::UpTo => "up_to",
        }
    }
}

/// Units of the format. Mass units share one scale; a currency is an ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Count,
    Gram,
    Kilogram,
    Tonne,
    Percent,
    Currency([u8; 3]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Count,
    Mass,
    Money,
    Share,
}

impl Unit {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "count" => Self::Count,
            "g" => Self::Gram,
            "kg" => Self::Kilogram,
            "t" => Self::Tonne,
            "percent" => Self::Percent,
            code if super::currency::is_iso4217(code) => {
                let b = code.as_bytes();
                Self::Currency([b[0], b[1], b[2]])
            }
            _ => return None,
        })
    }

    pub fn kind(self) -> UnitKind {
        match self {
            Self::Count => UnitKind::Count,
            Self::Gram | Self::Kilogram | Self::Tonne => UnitKind::Mass,
            Self::Percent => UnitKind::Share,
            Self::Currency(_) => UnitKind::Money,
        }
    }

    /// How many grams one of this unit is, for mass units; 1 for the rest.
    pub fn grams(self) -> f64 {
        match self {
            Self::Gram => 1.0,
            Self::Kilogram => 1e3,
            Self::Tonne => 1e6,
            _ => 1.0,
        }
    }

    /// The code as written in documents.
    pub fn code(&self) -> &str {
        match self {
            Self::Count => "count",
            Self::Gram => "g",
            Self::Kilogram => "kg",
            Self::Tonne => "t",
            Self::Percent => "percent",
            // Built only from ASCII letters in `parse`.
            Self::Currency(c) => std::str::from_utf8(c).unwrap_or("XXX"),
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A calendar date at the precision the source gave: a year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    /// 1–12, or None for a whole year.
    pub month: Option<u8>,
    /// 1–31, or None for a whole month.
    pub day: Option<u8>,
}

impl Date {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a day that exists in its month.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r)?.iter().try_fold(0, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
        };
        let year = digits(0..4)? as i32;
        let (month, day) = match b.len() {
            4 => (None, None),
            7 if b[4] == b'-' => (Some(digits(5..7)?), None),
            10 if b[4] == b'-' && b[7] == b'-' => (Some(digits(5..7)?), Some(digits(8..10)?)),
            _ => return None,
        };
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d < 1 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(Date { year, month: month.map(|m| m as u8), day: day.map(|d| d as u8) })
    }

    /// The date as `Display` writes it, without the formatting machinery
    /// (a big line labels 55,550 dates so).
    pub fn iso(&self) -> String {
        let (Ok(year @ 0..=9999), month @ (None | Some(0..=99)), day @ (None | Some(0..=99))) =
            (u16::try_from(self.year), self.month, self.day)
        else {
            // What `Display` writes (`{:04}`, `-{:02}`), without `core::fmt`.
            let mut out = crate::format::int(self.year.into(), 4);
            for part in [self.month, self.day].into_iter().flatten() {
                out.push('-');
                out.push_str(&crate::format::int(part.into(), 2));
            }
            return out;
        };
        let mut buf = *b"0000-00-00";
        put_digits(&mut buf[..4], year);
        let mut len = 4;
        for part in [month, day].into_iter().flatten() {
            put_digits(&mut buf[len + 1..len + 3], part.into());
            len += 3;
        }
        std::str::from_utf8(&buf[..len]).map_or_else(|_| String::new(), String::from)
    }

    /// A key that orders dates of mixed precision by the day they start on.
    pub fn start_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// `n` in exactly `out.len()` decimal digits (it has no more).
fn put_digits(out: &mut [u8], mut n: u16) {
    for b in out.iter_mut().rev() {
        *b = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_at_three_precisions() {
        assert_eq!(Date::parse("2025"), Some(Date { year: 2025, month: None, day: None }));
        assert_eq!(Date::parse("2025-03").unwrap().month, Some(3));
        assert_eq!(Date::parse("2024-02-29").unwrap().day, Some(29));
        for bad in ["2025-02-29", "2025-13", "2025-00", "25-01", "2025/01", "2025-1", "2025-01-32", "", "abcd"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2025-03-07").unwrap().to_string(), "2025-03-07");
        // `iso` writes what `Display` writes, out-of-range fields included.
        for (year, month, day) in [(2025, Some(3), Some(7)), (7, Some(12), None), (1900, None, None), (12345, Some(1), Some(2)), (-3, Some(1), None), (2025, Some(123), None), (2025, None, Some(5))] {
            let d = Date { year, month, day };
            assert_eq!(d.iso(), d.to_string());
        }
    }

    #[test]
    fn units_and_kinds() {
        assert_eq!(Unit::parse("t").unwrap().kind(), UnitKind::Mass);
        assert_eq!(Unit::parse("KZT"), Some(Unit::Currency(*b"KZT")));
        assert_eq!(Unit::parse("KZT").unwrap().code(), "KZT");
        assert_eq!(Unit::parse("kzt"), None);
        assert_eq!(Unit::parse("ABC"), None);
        assert_eq!(Unit::Tonne.grams() / Unit::Kilogram.grams(), 1000.0);
    }
}
