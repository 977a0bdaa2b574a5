//! Native dates: what `Intl.DateTimeFormat` prints for ru, kk and en (CLDR),
//! written out, so the pure core words dates like the browser does. The one
//! change: Russian drops the year's `г.` (`март 2025`), as chart captions do.

use super::{DateFormat, Lang};
use crate::spec::Date;

/// Stand-alone abbreviations (a month alone on an axis): CLDR keeps short
/// months whole (`март`, `май`, `июнь`).
const RU_ALONE: [&str; 12] = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];
/// Abbreviations after a day, in the genitive: `3 мар.`, `3 мая`.
const RU_SHORT_OF: [&str; 12] = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."];
const RU_FULL: [&str; 12] =
    ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
/// Russian names a day's month in the genitive: `13 марта`.
const RU_OF: [&str; 12] =
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const KK_SHORT: [&str; 12] = ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."];
const KK_FULL: [&str; 12] =
    ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const EN_SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const EN_FULL: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

pub struct NativeDates {
    pub lang: Lang,
}

static RU: NativeDates = NativeDates { lang: Lang::Ru };
static KK: NativeDates = NativeDates { lang: Lang::Kk };
static EN: NativeDates = NativeDates { lang: Lang::En };

impl NativeDates {
    /// The formatter of a language, for borrowing without an owner.
    pub fn of(lang: Lang) -> &'static NativeDates {
        match lang {
            Lang::Ru => &RU,
            Lang::Kk => &KK,
            Lang::En => &EN,
        }
    }
}

fn at(names: &[&'static str; 12], m: u8) -> &'static str {
    names[usize::from(m.clamp(1, 12) - 1)]
}

impl DateFormat for NativeDates {
    fn long(&self, d: Date) -> String {
        let y = d.year;
        match (d.month, d.day, self.lang) {
            (Some(m), Some(day), Lang::Ru) => format!("{day} {} {y}", at(&RU_OF, m)),
            (Some(m), Some(day), Lang::Kk) => format!("{y} ж. {day} {}", at(&KK_FULL, m)),
            (Some(m), Some(day), Lang::En) => format!("{} {day}, {y}", at(&EN_SHORT, m)),
            (Some(m), None, Lang::Ru) => format!("{} {y}", at(&RU_FULL, m)),
            (Some(m), None, Lang::Kk) => format!("{y} ж. {}", at(&KK_FULL, m)),
            (Some(m), None, Lang::En) => format!("{} {y}", at(&EN_SHORT, m)),
            _ => y.to_string(),
        }
    }

    fn month(&self, m: u8) -> String {
        at([&RU_ALONE, &KK_SHORT, &EN_SHORT][self.lang as usize], m).to_string()
    }

    fn month_long(&self, m: u8) -> String {
        at([&RU_FULL, &KK_FULL, &EN_FULL][self.lang as usize], m).to_string()
    }

    fn day(&self, m: u8, day: u8) -> String {
        match self.lang {
            Lang::Ru => format!("{day} {}", at(&RU_SHORT_OF, m)),
            Lang::Kk => format!("{day} {}", at(&KK_SHORT, m)),
            Lang::En => format!("{} {day}", at(&EN_SHORT, m)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_read_at_their_precision_in_each_language() {
        let (ru, kk, en) = (NativeDates::of(Lang::Ru), NativeDates::of(Lang::Kk), NativeDates::of(Lang::En));
        assert_eq!(ru.long(d("2025")), "2025");
        assert_eq!(ru.long(d("2025-03")), "март 2025");
        assert_eq!(ru.long(d("2025-03-13")), "13 марта 2025");
        assert_eq!(kk.long(d("2025")), "2025");
        assert_eq!(kk.long(d("2025-03")), "2025 ж. наурыз");
        assert_eq!(kk.long(d("2025-03-13")), "2025 ж. 13 наурыз");
        assert_eq!(en.long(d("2025")), "2025");
        assert_eq!(en.long(d("2025-03")), "Mar 2025");
        assert_eq!(en.long(d("2025-03-13")), "Mar 13, 2025");
        assert_eq!(ru.long(d("2024-05-01")), "1 мая 2024");
    }

    #[test]
    fn month_and_day_ticks() {
        let (ru, kk, en) = (NativeDates::of(Lang::Ru), NativeDates::of(Lang::Kk), NativeDates::of(Lang::En));
        assert_eq!(ru.month(1), "янв.");
        assert_eq!(ru.month(3), "март");
        assert_eq!(kk.month(12), "жел.");
        assert_eq!(en.month(9), "Sep");
        assert_eq!(ru.day(3, 3), "3 мар.");
        assert_eq!(ru.day(5, 9), "9 мая");
        assert_eq!(en.day(3, 3), "Mar 3");
        assert_eq!(kk.day(3, 3), "3 нау.");
    }
}
