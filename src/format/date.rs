//! Native dates: what `Intl.DateTimeFormat` prints for ru, kk and en (CLDR),
//! written out, so the pure core words dates like the browser does. The one
//! change: Russian drops the year's `г.` (`март 2025`), as chart captions do.

use super::{cat, DateFormat, Lang};
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

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NativeDates {
    pub lang: Lang,
    /// English outside the US: `13 Mar 2025`, `13 Mar` (en-GB, en-AU, en-IN…).
    pub day_first: bool,
}

static RU: NativeDates = NativeDates { lang: Lang::Ru, day_first: true };
static KK: NativeDates = NativeDates { lang: Lang::Kk, day_first: true };
static EN: NativeDates = NativeDates { lang: Lang::En, day_first: false };
static EN_DAY_FIRST: NativeDates = NativeDates { lang: Lang::En, day_first: true };

/// English regions that write the month before the day, as CLDR has them.
const MONTH_FIRST: [&str; 10] = ["US", "CA", "PH", "UM", "AS", "GU", "MP", "PR", "VI", "MH"];

impl NativeDates {
    /// The formatter of a language, for borrowing without an owner.
    pub fn of(lang: Lang) -> &'static NativeDates {
        match lang {
            Lang::Ru => &RU,
            Lang::Kk => &KK,
            Lang::En => &EN,
        }
    }

    /// The formatter of a BCP 47 tag: `en` and `en-US` write `Mar 13, 2025`,
    /// `en-GB` and the other English regions `13 Mar 2025`.
    pub fn of_tag(tag: &str) -> &'static NativeDates {
        let (lang, fell_back) = Lang::from_tag(tag);
        // The region: the first two-letter or three-digit subtag after the
        // language, before any extension (`en-u-nu-latn`: a singleton, then keys).
        let mut subtags = tag.split(|c: char| c == '-' || c == '_');
        subtags.next(); // the language
        let region = subtags.take_while(|s| s.len() > 1).find(|s| s.len() == 2 || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())));
        match region {
            Some(r) if lang == Lang::En && !fell_back && !MONTH_FIRST.iter().any(|m| m.eq_ignore_ascii_case(r)) => &EN_DAY_FIRST,
            _ => NativeDates::of(lang),
        }
    }

    /// The tag Intl gets for these dates: one English region stands for all the day-first ones.
    pub fn intl_tag(&self) -> &'static str {
        if self.lang == Lang::En && self.day_first {
            "en-GB"
        } else {
            self.lang.tag()
        }
    }

    /// A slot per formatter: ru, kk, en, day-first en.
    pub fn slot(&self) -> usize {
        if self.lang == Lang::En && self.day_first {
            3
        } else {
            self.lang as usize
        }
    }
}

impl NativeDates {
    /// English's short month: British English (CLDR's en-001 and en-GB) writes `Sept`.
    fn en_short(&self, m: u8) -> &'static str {
        if self.day_first && m == 9 {
            "Sept"
        } else {
            at(&EN_SHORT, m)
        }
    }
}

fn at(names: &[&'static str; 12], m: u8) -> &'static str {
    names[usize::from(m.clamp(1, 12) - 1)]
}

impl DateFormat for NativeDates {
    fn long(&self, d: Date) -> String {
        let y = &super::int(d.year.into(), 0);
        let day = &super::int(d.day.unwrap_or(0).into(), 0);
        match (d.month, d.day, self.lang) {
            (Some(m), Some(_), Lang::Ru) => cat(&[day, " ", at(&RU_OF, m), " ", y]),
            (Some(m), Some(_), Lang::Kk) => cat(&[y, " ж. ", day, " ", at(&KK_FULL, m)]),
            (Some(m), Some(_), Lang::En) if self.day_first => cat(&[day, " ", self.en_short(m), " ", y]),
            (Some(m), Some(_), Lang::En) => cat(&[self.en_short(m), " ", day, ", ", y]),
            (Some(m), None, Lang::Ru) => cat(&[at(&RU_FULL, m), " ", y]),
            (Some(m), None, Lang::Kk) => cat(&[y, " ж. ", at(&KK_FULL, m)]),
            (Some(m), None, Lang::En) => cat(&[self.en_short(m), " ", y]),
            _ => y.clone(),
        }
    }

    fn month(&self, m: u8) -> String {
        match self.lang {
            Lang::En => self.en_short(m),
            lang => at([&RU_ALONE, &KK_SHORT][lang as usize], m),
        }
        .to_string()
    }

    fn month_long(&self, m: u8) -> String {
        at([&RU_FULL, &KK_FULL, &EN_FULL][self.lang as usize], m).to_string()
    }

    fn day(&self, m: u8, day: u8) -> String {
        let day = &super::int(day.into(), 0);
        match self.lang {
            Lang::Ru => cat(&[day, " ", at(&RU_SHORT_OF, m)]),
            Lang::Kk => cat(&[day, " ", at(&KK_SHORT, m)]),
            Lang::En if self.day_first => cat(&[day, " ", self.en_short(m)]),
            Lang::En => cat(&[self.en_short(m), " ", day]),
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

    #[test]
    fn english_outside_the_us_puts_the_day_first() {
        for tag in ["en-GB", "en_gb", "en-AU", "en-IN", "en-001", "en-Latn-IE", "en-GB-u-ca-gregory"] {
            let dates = NativeDates::of_tag(tag);
            assert_eq!(dates.long(d("2025-03-13")), "13 Mar 2025", "{tag}");
            assert_eq!(dates.day(3, 13), "13 Mar", "{tag}");
            assert_eq!(dates.long(d("2025-03")), "Mar 2025", "{tag}");
            assert_eq!(dates.long(d("2025-09-01")), "1 Sept 2025", "{tag}");
            assert_eq!(dates.month(9), "Sept", "{tag}");
            assert_eq!(dates.intl_tag(), "en-GB");
        }
        for tag in ["en", "en-US", "en-us", "en-CA", "en-PH", "EN", "fr-FR", "en-u-nu-latn", "en-u-hc-h23", "en-US-u-hc-h23", "en-x-gb"] {
            let dates = NativeDates::of_tag(tag);
            assert_eq!(dates.long(d("2025-03-13")), "Mar 13, 2025", "{tag}");
            assert_eq!(dates.month(9), "Sep", "{tag}");
            assert_eq!(dates.intl_tag(), "en", "{tag}");
        }
        assert_eq!(NativeDates::of_tag("ru-KZ").long(d("2025-03-13")), "13 марта 2025");
        assert_eq!(NativeDates::of_tag("kk-KZ").intl_tag(), "kk");
        let slots: Vec<usize> = ["ru", "kk", "en", "en-GB"].iter().map(|t| NativeDates::of_tag(t).slot()).collect();
        assert_eq!(slots, [0, 1, 2, 3]);
    }
}
