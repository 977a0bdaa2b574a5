//! A figure worded as the source worded it: number, unit and qualifier together.

use super::date::NativeDates;
use super::{bound, words, DateFormat, Lang, NumberFormat};
use crate::model::{Figure, PartFigure};
use crate::spec::{Date, Qualifier, Unit};

/// Everything needed to word figures for one reader: the language, its numbers
/// and its dates.
pub struct Wording<'a> {
    pub lang: Lang,
    pub numbers: &'a dyn NumberFormat,
    pub dates: &'a dyn DateFormat,
}

impl<'a> Wording<'a> {
    /// With the native dates of `lang`; the browser swaps in Intl's (`with_dates`).
    pub fn new(lang: Lang, numbers: &'a dyn NumberFormat) -> Self {
        Wording { lang, numbers, dates: NativeDates::of(lang) }
    }

    pub fn with_dates(self, dates: &'a dyn DateFormat) -> Self {
        Wording { dates, ..self }
    }

    /// `более 525 кг`, `about 1,500`, `255 млн ₸`, `KZT 68M`, `525 кг-нан астам`:
    /// exact for tooltips and tables, compact for labels on the chart. The one
    /// place that puts number, unit and qualifier together.
    /// A compact figure of a bound is rounded the way that keeps it true (see [`bound`]).
    pub fn figure(&self, value: f64, unit: Unit, q: Qualifier, compact: bool) -> String {
        let v = if compact { bound::toward(value, q) } else { value };
        let (v, unit) = written(v, unit, compact);
        words::qualify(self.lang, q, &self.with_unit(v, unit, compact), unit)
    }

    /// A model figure worded: exact, or compact for labels.
    pub fn of(&self, f: &Figure, compact: bool) -> String {
        self.figure(f.value, f.unit, f.qualifier, compact)
    }

    /// A compact figure for a bar's end, which may wrap after its qualifier
    /// (`около` / `47 тыс.`), in Kazakh before its inflected unit too
    /// (`98,7 млрд` / `₸-ден астам`), but never inside the number.
    pub fn label(&self, f: &Figure) -> String {
        self.compact_label(f, true)
    }

    /// As [`Self::label`], but a tile's headline keeps its unit by its number
    /// (no «255 млн» / «₸-ден астам»: the tiles take fewer columns instead).
    pub fn headline(&self, f: &Figure) -> String {
        self.compact_label(f, false)
    }

    fn compact_label(&self, f: &Figure, unit_apart: bool) -> String {
        let (v, unit) = written(bound::toward(f.value, f.qualifier), f.unit, true);
        words::qualify_joined(self.lang, f.qualifier, &self.with_unit(v, unit, true), unit, ' ', unit_apart)
    }

    /// As [`Self::headline`], every digit the source gave (a tile's headline figure).
    pub fn label_exact(&self, f: &Figure) -> String {
        let (v, unit) = written(f.value, f.unit, false);
        words::qualify_joined(self.lang, f.qualifier, &self.with_unit(v, unit, false), unit, ' ', false)
    }

    /// `в т.ч. синтетические — 52 кг` (None without parts).
    pub fn parts(&self, parts: &[PartFigure], compact: bool) -> Option<String> {
        if parts.is_empty() {
            return None;
        }
        let list: Vec<String> = parts.iter().map(|p| super::cat(&[&p.label, "\u{a0}— ", &self.of(&p.figure, compact)])).collect();
        Some(super::cat(&[words::of_which(self.lang), " ", &super::join(&list, ", ")]))
    }

    /// A date at its precision: `март 2025`, `Mar 13, 2025` (tooltips, tables).
    pub fn date(&self, d: Date) -> String {
        self.dates.long(d)
    }

    /// A datum's date in a chart: without its year where the chart compares
    /// years month by month (`январь`, `13 мар.`; see `ChartModel::seasonal`).
    pub fn date_in(&self, d: Date, seasonal: bool) -> String {
        match (seasonal, d.month, d.day) {
            (true, Some(m), None) => self.dates.month_long(m),
            (true, Some(m), Some(day)) => self.dates.day(m, day),
            _ => self.dates.long(d),
        }
    }

    /// A bare number with its unit and no qualifier: axis ticks.
    pub fn tick(&self, value: f64, unit: Unit) -> String {
        self.with_unit(value, unit, true)
    }

    /// An axis label under the top one: its number alone, in the unit the
    /// top label `top` is written in («30 т», then «20», «10»).
    pub fn tick_under(&self, value: f64, top: f64, unit: Unit) -> String {
        self.numbers.compact(value / mass_up(top, unit).0)
    }

    fn with_unit(&self, value: f64, unit: Unit, compact: bool) -> String {
        let (value, unit) = written(value, unit, compact);
        let compact = compact || super::in_words(value);
        if let Unit::Currency(_) = unit {
            // Past a thousand trillion (or under a millionth) money has no word
            // either: `2×10²⁰ ₸`, as every other unit, not a row of digits.
            if let Some(n) = super::astronomical(value, self.lang, !compact) {
                return super::money::place(self.lang, &n, unit.code());
            }
            let money = self.numbers.money(value, unit.code(), compact);
            return if compact { money } else { cents(&money, if self.lang == Lang::En { '.' } else { ',' }) };
        }
        let mut n = if compact { self.numbers.compact(value) } else { self.numbers.exact(value) };
        // A share short of the whole is never rounded up to it: 99.96 % is
        // «99,96 %», not «100 %» (all of it); closer still, «>99,99 %», as a
        // donut's list says, not every digit (a tile's «99,99999999 %» wrapped).
        if compact && unit == Unit::Percent && value < 100.0 && n == self.numbers.compact(100.0) {
            let hundredths = (value * 100.0).round() / 100.0;
            n = if hundredths < 100.0 { self.numbers.exact(hundredths) } else { super::cat(&[">", &self.numbers.exact(99.99)]) };
        }
        match words::unit_sign(self.lang, unit) {
            None => n,
            // CLDR: en and kk write percent tight (`12,5%`), ru with a no-break space.
            Some("%") if self.lang != Lang::Ru => n + "%",
            Some(s) => super::cat(&[&n, "\u{a0}", s]),
        }
    }
}

/// A figure in the unit it is written in: a mass in the next unit up, as a
/// desk writes it («18,3 т», not «18,3 тыс. кг»), in short figures and in
/// exact ones that words hold («1 200 т»); other exact ones as the source
/// gave them. The qualifier's Kazakh ending follows the unit written.
fn written(value: f64, unit: Unit, compact: bool) -> (f64, Unit) {
    let (k, up) = mass_up(value, unit);
    if k > 1.0 && (compact || super::in_words(value)) { (value / k, up) } else { (value, unit) }
}

/// The factor and unit a short figure of a mass `value` is written in: where
/// it would take a word («18,3 тыс. кг», from ten thousand), the next unit up.
pub fn mass_up(value: f64, unit: Unit) -> (f64, Unit) {
    let (mut k, mut unit) = (1.0, unit);
    // Past words (`1×10¹⁶ кг`), the source's unit.
    if !(value.abs() < 1e15) {
        return (k, unit);
    }
    loop {
        let up = match unit {
            Unit::Gram => Unit::Kilogram,
            Unit::Kilogram => Unit::Tonne,
            _ => return (k, unit),
        };
        if (value / k).abs() < 1e4 {
            return (k, unit);
        }
        (k, unit) = (k * 1e3, up);
    }
}

/// An exact sum of money with one decimal written to the cent: `1 250 000,50 ₸`,
/// `$1,250,000.50` (`,5` reads as a fraction, not as money); other sums as given.
fn cents(money: &str, decimal: char) -> String {
    let Some(at) = super::rfind_char(money, decimal) else { return money.to_string() };
    let after = &money[at + decimal.len_utf8()..];
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 1 {
        return money.to_string();
    }
    let cut = at + decimal.len_utf8() + 1;
    let mut out = String::with_capacity(money.len() + 1);
    out.push_str(&money[..cut]);
    out.push('0');
    out.push_str(&money[cut..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::native::NativeNumbers;

    fn plain(s: String) -> String {
        s.replace('\u{a0}', " ")
    }

    #[test]
    fn figures_read_as_the_source_said_them() {
        let ru_n = NativeNumbers::new(Lang::Ru);
        let ru = Wording::new(Lang::Ru, &ru_n);
        assert_eq!(plain(ru.figure(525.0, Unit::Kilogram, Qualifier::MoreThan, false)), "более 525 кг");
        assert_eq!(plain(ru.figure(3.0, Unit::Tonne, Qualifier::MoreThan, false)), "более 3 т");
        assert_eq!(plain(ru.figure(1500.0, Unit::Count, Qualifier::About, false)), "около 1 500");
        assert_eq!(plain(ru.figure(255e6, Unit::Currency(*b"KZT"), Qualifier::MoreThan, true)), "более 255 млн ₸");
        assert_eq!(plain(ru.figure(2e20, Unit::Currency(*b"KZT"), Qualifier::Exact, true)), "2×10²⁰ ₸");
        assert_eq!(plain(ru.figure(1e15, Unit::Currency(*b"KZT"), Qualifier::MoreThan, true)), "более 1×10¹⁵ ₸");
        assert_eq!(plain(ru.figure(10.0, Unit::Percent, Qualifier::AtLeast, false)), "не менее 10 %");
        // Every digit, unless a million or more reads in words without losing one.
        assert_eq!(plain(ru.figure(68_000_500.0, Unit::Currency(*b"USD"), Qualifier::Exact, false)), "68 000 500 $");
        assert_eq!(plain(ru.figure(68e6, Unit::Currency(*b"USD"), Qualifier::Exact, false)), "68 млн $");
        assert_eq!(plain(ru.figure(24.8e12, Unit::Currency(*b"KZT"), Qualifier::About, false)), "около 24,8 трлн ₸");
        assert_eq!(plain(ru.figure(1_520_000.0, Unit::Count, Qualifier::Exact, false)), "1,52 млн");
        assert_eq!(plain(ru.figure(1_521_000.0, Unit::Count, Qualifier::Exact, false)), "1 521 000");
        assert_eq!(plain(ru.figure(999_000.0, Unit::Count, Qualifier::Exact, false)), "999 000");
        assert_eq!(plain(ru.figure(3_420_500_000.75, Unit::Currency(*b"KZT"), Qualifier::Exact, false)), "3 420 500 000,75 ₸");
        // A thousand of a mass is the next unit up in short figures; exact ones
        // keep the source's unit unless words hold them.
        assert_eq!(plain(ru.figure(18_349.0, Unit::Kilogram, Qualifier::MoreThan, true)), "более 18,3 т");
        assert_eq!(plain(ru.figure(18_300.0, Unit::Kilogram, Qualifier::Exact, false)), "18 300 кг");
        assert_eq!(plain(ru.figure(1_200_000.0, Unit::Kilogram, Qualifier::About, false)), "около 1 200 т");
        assert_eq!(plain(ru.figure(15_000.0, Unit::Gram, Qualifier::Exact, true)), "15 кг");
        assert_eq!(plain(ru.figure(25_000_000.0, Unit::Gram, Qualifier::Exact, true)), "25 т");
        assert_eq!(plain(ru.figure(9_999.0, Unit::Kilogram, Qualifier::Exact, true)), "9 999 кг");
        assert_eq!(plain(ru.figure(-50_000.0, Unit::Kilogram, Qualifier::Exact, true)), "\u{2212}50 т");
        assert_eq!(plain(ru.tick(30_000.0, Unit::Kilogram)), "30 т");
        // Money to the cent where it has a fraction; labels stay compact.
        assert_eq!(plain(ru.figure(1_250_000.5, Unit::Currency(*b"KZT"), Qualifier::Exact, false)), "1 250 000,50 ₸");
        assert_eq!(plain(ru.figure(1_250_000.25, Unit::Currency(*b"KZT"), Qualifier::Exact, false)), "1 250 000,25 ₸");
        assert_eq!(plain(ru.figure(0.125, Unit::Currency(*b"KZT"), Qualifier::Exact, false)), "0,125 ₸");
        let en_n = NativeNumbers::new(Lang::En);
        let en = Wording::new(Lang::En, &en_n);
        assert_eq!(plain(en.figure(5000.0, Unit::Count, Qualifier::MoreThan, false)), "more than 5,000");
        assert_eq!(plain(en.figure(68e6, Unit::Currency(*b"USD"), Qualifier::Exact, true)), "$68M");
        assert_eq!(plain(en.figure(68e6, Unit::Currency(*b"KZT"), Qualifier::UpTo, true)), "up to KZT 68M");
        assert_eq!(plain(en.figure(-5e6, Unit::Currency(*b"EUR"), Qualifier::Exact, true)), "\u{2212}€5M", "a minus sign, not a hyphen");
        assert_eq!(plain(en.figure(1_250_000.5, Unit::Currency(*b"USD"), Qualifier::Exact, false)), "$1,250,000.50");
        assert_eq!(plain(en.figure(-1500.5, Unit::Currency(*b"KZT"), Qualifier::Exact, false)), "\u{2212}KZT 1,500.50");
        assert_eq!(plain(en.tick(255e6, Unit::Currency(*b"KZT"))), "KZT 255M");
        assert_eq!(plain(en.figure(12.5, Unit::Percent, Qualifier::LessThan, false)), "less than 12.5%");
        let kk_n = NativeNumbers::new(Lang::Kk);
        let kk = Wording::new(Lang::Kk, &kk_n);
        assert_eq!(plain(kk.figure(525.0, Unit::Kilogram, Qualifier::MoreThan, false)), "525 кг-нан астам");
        assert_eq!(plain(kk.figure(500.0, Unit::Count, Qualifier::MoreThan, false)), "500-ден астам");
        assert_eq!(plain(kk.figure(1500.0, Unit::Count, Qualifier::About, true)), "шамамен 1 500");
        assert_eq!(plain(kk.figure(1.5e6, Unit::Count, Qualifier::About, true)), "шамамен 1,5 млн");
        assert_eq!(plain(kk.figure(10.0, Unit::Count, Qualifier::AtLeast, false)), "кемінде 10");
        assert_eq!(plain(kk.figure(100.0, Unit::Count, Qualifier::LessThan, false)), "100-ден кем");
        assert_eq!(plain(kk.figure(300.0, Unit::Count, Qualifier::UpTo, false)), "300-ге дейін");
        assert_eq!(plain(kk.figure(255e6, Unit::Currency(*b"KZT"), Qualifier::MoreThan, true)), "255 млн ₸-ден астам");
        // The ending of the unit written: tonnes, not the source's kilograms.
        assert_eq!(plain(kk.figure(18_349.0, Unit::Kilogram, Qualifier::MoreThan, true)), "18,3 т-дан астам");
        assert_eq!(plain(kk.figure(25e6, Unit::Gram, Qualifier::UpTo, true)), "25 т-ға дейін");
        assert_eq!(plain(kk.label(&Figure { value: 18_349.0, scaled: 0.0, unit: Unit::Kilogram, qualifier: Qualifier::MoreThan })), "18,3 т-дан астам");
    }
}
