//! The native number formatter: what `Intl.NumberFormat` prints for ru, kk and en,
//! written out for the cases we use, so the pure core is tested without a browser.

use super::digits::Digits;
use super::{Lang, NumberFormat};

pub struct NativeNumbers {
    pub lang: Lang,
    /// The language's symbols, made once.
    digits: Digits,
}

impl NativeNumbers {
    pub fn new(lang: Lang) -> Self {
        NativeNumbers { lang, digits: symbols(lang) }
    }

    /// `v` with at most `decimals` fraction digits, trailing zeros dropped, grouped.
    fn fixed(&self, v: f64, decimals: usize) -> String {
        self.digits.fixed(v, decimals)
    }
}

/// The language's symbols. CLDR: ru and kk group with a no-break space and
/// use a decimal comma; all three group from 1 000.
fn symbols(lang: Lang) -> Digits {
    let (group, decimal) = match lang {
        Lang::Ru | Lang::Kk => ("\u{a0}", ","),
        Lang::En => (",", "."),
    };
    Digits { minus: "-".into(), group: group.into(), decimal: decimal.into(), min_grouping: 1 }
}

impl NumberFormat for NativeNumbers {
    fn exact(&self, v: f64) -> String {
        super::true_minus(self.exact_hyphen(v))
    }

    fn compact(&self, v: f64) -> String {
        super::true_minus(self.compact_hyphen(v))
    }

    fn money(&self, v: f64, code: &str, compact: bool) -> String {
        let n = if compact { self.compact_hyphen(v) } else { self.exact_hyphen(v) };
        super::true_minus(super::money::place(self.lang, &n, code))
    }
}

/// Figures with Intl's own hyphen-minus, which [`super::money::place`] finds.
impl NativeNumbers {
    fn exact_hyphen(&self, v: f64) -> String {
        super::astronomical(v, self.lang, true).unwrap_or_else(|| self.digits.exact(v))
    }

    fn compact_hyphen(&self, v: f64) -> String {
        if let Some(s) = super::astronomical(v, self.lang, false) {
            return s;
        }
        let a = v.abs();
        if a < 10_000.0 {
            return self.fixed(v, super::bound::label_decimals(v));
        }
        // Three significant digits (`14,2 тыс.`, `1,25 млрд`), then the word of
        // the rounded figure: 999 999 is `1 млн`, not `1 000 тыс.`.
        let r = super::bound::three_digits(v);
        let steps: [(f64, [&str; 3]); 3] = [
            (1e12, ["\u{a0}трлн", "\u{a0}трлн", "T"]),
            (1e9, ["\u{a0}млрд", "\u{a0}млрд", "B"]),
            (1e6, ["\u{a0}млн", "\u{a0}млн", "M"]),
        ];
        let (div, names) = steps
            .iter()
            .find(|(d, _)| r.abs() >= *d)
            .copied()
            .unwrap_or((1e3, ["\u{a0}тыс.", "\u{a0}мың", "K"]));
        let scaled = r / div;
        let digits = if scaled.abs() >= 100.0 { 0 } else if scaled.abs() >= 10.0 { 1 } else { 2 };
        let name = match self.lang {
            Lang::Ru => names[0],
            Lang::Kk => names[1],
            Lang::En => names[2],
        };
        self.fixed(scaled, digits) + name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_numbers_group_as_each_language_writes_them() {
        let ru = NativeNumbers::new(Lang::Ru);
        let en = NativeNumbers::new(Lang::En);
        assert_eq!(ru.exact(5000.0), "5\u{a0}000");
        assert_eq!(ru.exact(255_000_000.0), "255\u{a0}000\u{a0}000");
        assert_eq!(ru.exact(41.2), "41,2");
        assert_eq!(ru.exact(312.0), "312");
        assert_eq!(en.exact(1500.0), "1,500");
        assert_eq!(en.exact(0.125), "0.125");
        assert_eq!(en.exact(-2200.5), "\u{2212}2,200.5");
        assert_eq!(ru.compact(-15_000.0), "\u{2212}15\u{a0}тыс.");
        assert_eq!(ru.money(-5.0, "KZT", false), "\u{2212}5\u{a0}₸");
    }

    #[test]
    fn compact_numbers_for_labels() {
        let ru = NativeNumbers::new(Lang::Ru);
        let en = NativeNumbers::new(Lang::En);
        let kk = NativeNumbers::new(Lang::Kk);
        assert_eq!(ru.compact(255_000_000.0), "255\u{a0}млн");
        assert_eq!(ru.compact(68_000_000.0), "68\u{a0}млн");
        assert_eq!(ru.compact(15_000.0), "15\u{a0}тыс.");
        assert_eq!(ru.compact(1_500_000.0), "1,5\u{a0}млн");
        assert_eq!(ru.compact(5000.0), "5\u{a0}000");
        assert_eq!(en.compact(255_000_000.0), "255M");
        assert_eq!(en.compact(12_500.0), "12.5K");
        assert_eq!(ru.compact(14_200.0), "14,2\u{a0}тыс.");
        assert_eq!(ru.compact(1_250_000_000.0), "1,25\u{a0}млрд");
        assert_eq!(ru.compact(20_287_000.0), "20,3\u{a0}млн");
        assert_eq!(ru.compact(999_999.0), "1\u{a0}млн");
        assert_eq!(en.compact(99_950.0), "100K");
        assert_eq!(kk.compact(20_000.0), "20\u{a0}мың");
        assert_eq!(en.compact(41.25), "41.3");
    }
}
