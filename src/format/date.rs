//! Dates worded per language: month names, a date at its own precision (for
//! tooltips and tables) and the short forms of a time axis's ticks.

use super::Lang;
use crate::spec::Date;

const RU_SHORT: [&str; 12] = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const RU_FULL: [&str; 12] =
    ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
/// Russian names a day's month in the genitive: `13 марта`.
const RU_OF: [&str; 12] =
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const KK_SHORT: [&str; 12] = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"];
const KK_FULL: [&str; 12] =
    ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const EN_SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const EN_FULL: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A month's name (1–12), short (`мар`, `нау`, `Mar`) or full (`март`, `наурыз`, `March`).
pub fn month(lang: Lang, m: u8, short: bool) -> &'static str {
    let i = usize::from(m.clamp(1, 12) - 1);
    match (lang, short) {
        (Lang::Ru, true) => RU_SHORT[i],
        (Lang::Ru, false) => RU_FULL[i],
        (Lang::Kk, true) => KK_SHORT[i],
        (Lang::Kk, false) => KK_FULL[i],
        (Lang::En, true) => EN_SHORT[i],
        (Lang::En, false) => EN_FULL[i],
    }
}

/// A date at the precision it was given: `2025`; `март 2025`, `Mar 2025`,
/// `2025 ж. наурыз`; `13 марта 2025`, `13 Mar 2025`, `2025 ж. 13 наурыз`.
pub fn long(lang: Lang, d: Date) -> String {
    let y = d.year;
    match (d.month, d.day, lang) {
        (Some(m), Some(day), Lang::Ru) => format!("{day} {} {y}", RU_OF[usize::from(m.clamp(1, 12) - 1)]),
        (Some(m), Some(day), Lang::Kk) => format!("{y} ж. {day} {}", month(lang, m, false)),
        (Some(m), Some(day), Lang::En) => format!("{day} {} {y}", month(lang, m, true)),
        (Some(m), None, Lang::Ru) => format!("{} {y}", month(lang, m, false)),
        (Some(m), None, Lang::Kk) => format!("{y} ж. {}", month(lang, m, false)),
        (Some(m), None, Lang::En) => format!("{} {y}", month(lang, m, true)),
        _ => y.to_string(),
    }
}

/// A day on a time axis, without its year: `3 мар`, `3 нау`, `3 Mar`.
pub fn day_tick(lang: Lang, m: u8, day: u8) -> String {
    format!("{day} {}", month(lang, m, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_read_at_their_precision_in_each_language() {
        assert_eq!(long(Lang::Ru, d("2025")), "2025");
        assert_eq!(long(Lang::Ru, d("2025-03")), "март 2025");
        assert_eq!(long(Lang::Ru, d("2025-03-13")), "13 марта 2025");
        assert_eq!(long(Lang::Kk, d("2025")), "2025");
        assert_eq!(long(Lang::Kk, d("2025-03")), "2025 ж. наурыз");
        assert_eq!(long(Lang::Kk, d("2025-03-13")), "2025 ж. 13 наурыз");
        assert_eq!(long(Lang::En, d("2025")), "2025");
        assert_eq!(long(Lang::En, d("2025-03")), "Mar 2025");
        assert_eq!(long(Lang::En, d("2025-03-13")), "13 Mar 2025");
        assert_eq!(long(Lang::Ru, d("2024-05-01")), "1 мая 2024");
    }

    #[test]
    fn month_names_and_ticks() {
        assert_eq!(month(Lang::Ru, 1, true), "янв");
        assert_eq!(month(Lang::Ru, 2, true), "фев");
        assert_eq!(month(Lang::Kk, 12, false), "желтоқсан");
        assert_eq!(month(Lang::En, 9, false), "September");
        assert_eq!(day_tick(Lang::Ru, 3, 3), "3 мар");
        assert_eq!(day_tick(Lang::En, 3, 3), "3 Mar");
        assert_eq!(day_tick(Lang::Kk, 3, 3), "3 нау");
    }
}
