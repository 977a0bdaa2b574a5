//! A long-date pattern as `Intl.DateTimeFormat` lays it out (`13 марта 2025 г.`,
//! `Mar 3, 2025`), read once from its `formatToParts` (`web::intl_dates`), so
//! a line's tooltip words each date without an Intl call per pointer move.

use super::decimal::{push_uint, uint};

/// One piece of a formatted date.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Day,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DatePattern {
    pieces: Vec<Piece>,
    /// The twelve months as this pattern names them (case and width included:
    /// `марта` after a day, `март` before a year).
    months: Vec<String>,
}

impl DatePattern {
    /// From the parts (`type`, `value`) of the probe date `year`-m-`day`
    /// formatted for each month m = 1…12. None unless all twelve have the same
    /// pieces and literals, and the day and year are plain unpadded digits
    /// (probe a one-digit day, so a padded `03` shows).
    pub fn from_parts(by_month: &[Vec<(String, String)>], year: i32, day: u8) -> Option<DatePattern> {
        if by_month.len() != 12 {
            return None;
        }
        let mut first: Option<Vec<Piece>> = None;
        let mut months = Vec::with_capacity(12);
        for parts in by_month {
            let mut pieces = Vec::with_capacity(parts.len());
            let mut month = None;
            for (kind, value) in parts {
                pieces.push(match kind.as_str() {
                    "literal" => Piece::Text(value.clone()),
                    "day" if *value == uint(u64::from(day)) => Piece::Day,
                    "year" if u64::try_from(year).is_ok_and(|y| *value == uint(y)) => Piece::Year,
                    "month" if month.is_none() => {
                        month = Some(value.clone());
                        Piece::Month
                    }
                    _ => return None,
                });
            }
            months.push(month.unwrap_or_default());
            match &first {
                Some(f) if *f != pieces => return None,
                Some(_) => {}
                None => first = Some(pieces),
            }
        }
        Some(DatePattern { pieces: first?, months })
    }

    /// The date in this pattern; None for a year Intl would write with an era
    /// (before year 1) or other digits (after 9999).
    pub fn format(&self, year: i32, month: u8, day: u8) -> Option<String> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        let mut out = String::with_capacity(32);
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Day => push_uint(&mut out, u64::from(day)),
                Piece::Month => out.push_str(&self.months[usize::from(month - 1)]),
                Piece::Year => push_uint(&mut out, year as u64),
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    const RU_OF: [&str; 12] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    fn ru_day() -> Vec<Vec<(String, String)>> {
        RU_OF.iter().map(|m| parts(&[("day", "3"), ("literal", " "), ("month", m), ("literal", " "), ("year", "2025"), ("literal", " г.")])).collect()
    }

    #[test]
    fn fills_the_pattern_read_from_the_parts() {
        let p = DatePattern::from_parts(&ru_day(), 2025, 3).unwrap();
        assert_eq!(p.format(2024, 2, 29).as_deref(), Some("29 февраля 2024 г."));
        assert_eq!(p.format(1900, 12, 1).as_deref(), Some("1 декабря 1900 г."));
        assert_eq!(p.format(5, 1, 1).as_deref(), Some("1 января 5 г."));
        assert_eq!(p.format(0, 1, 1), None);
        assert_eq!(p.format(10_000, 1, 1), None);
        let en: Vec<_> = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            .iter()
            .map(|m| parts(&[("month", m), ("literal", " "), ("year", "2025")]))
            .collect();
        assert_eq!(DatePattern::from_parts(&en, 2025, 3).unwrap().format(2052, 2, 2).as_deref(), Some("Feb 2052"));
    }

    #[test]
    fn refuses_what_it_cannot_repeat() {
        // Padded days, other digits, eras and literals that change with the month.
        let mut padded = ru_day();
        padded[4][0].1 = "03".into();
        assert_eq!(DatePattern::from_parts(&padded, 2025, 3), None);
        let mut arabic = ru_day();
        arabic[0][4].1 = "٢٠٢٥".into();
        assert_eq!(DatePattern::from_parts(&arabic, 2025, 3), None);
        let mut era = ru_day();
        era[7].push(("era".into(), "н. э.".into()));
        assert_eq!(DatePattern::from_parts(&era, 2025, 3), None);
        let mut literal = ru_day();
        literal[3][1].1 = " d’".into();
        assert_eq!(DatePattern::from_parts(&literal, 2025, 3), None);
        assert_eq!(DatePattern::from_parts(&ru_day()[..11], 2025, 3), None);
    }
}
