//! Every qualifier × language × unit the spec allows, worded in full: the
//! table the native formatter promises (and the browser's Intl matches, see
//! tests/web.rs). No-break spaces are compared as plain spaces.

use super::native::NativeNumbers;
use super::{Lang, Wording};
use crate::spec::{Qualifier, Unit};

/// Qualifiers in the order of each row: exact, about, more_than, at_least, less_than, up_to.
const QUALIFIERS: [Qualifier; 6] =
    [Qualifier::Exact, Qualifier::About, Qualifier::MoreThan, Qualifier::AtLeast, Qualifier::LessThan, Qualifier::UpTo];

/// (unit, value, compact, language, the six wordings).
type Row = (&'static str, f64, bool, Lang, [&'static str; 6]);

#[rustfmt::skip]
const TABLE: &[Row] = &[
    ("count", 500.0, false, Lang::Ru, ["500", "около 500", "более 500", "не менее 500", "менее 500", "до 500"]),
    ("count", 500.0, false, Lang::Kk, ["500", "шамамен 500", "500-ден астам", "кемінде 500", "500-ден кем", "500-ге дейін"]),
    ("count", 500.0, false, Lang::En, ["500", "about 500", "more than 500", "at least 500", "less than 500", "up to 500"]),
    ("count", 1.5e6, true, Lang::Ru, ["1,5 млн", "около 1,5 млн", "более 1,5 млн", "не менее 1,5 млн", "менее 1,5 млн", "до 1,5 млн"]),
    ("count", 15e3, true, Lang::Kk, ["15 мың", "шамамен 15 мың", "15 мыңнан астам", "кемінде 15 мың", "15 мыңнан кем", "15 мыңға дейін"]),
    ("count", 1.5e6, true, Lang::En, ["1.5M", "about 1.5M", "more than 1.5M", "at least 1.5M", "less than 1.5M", "up to 1.5M"]),
    ("g", 250.0, false, Lang::Ru, ["250 г", "около 250 г", "более 250 г", "не менее 250 г", "менее 250 г", "до 250 г"]),
    ("g", 250.0, false, Lang::Kk, ["250 г", "шамамен 250 г", "250 г-нан астам", "кемінде 250 г", "250 г-нан кем", "250 г-ға дейін"]),
    ("g", 250.0, false, Lang::En, ["250 g", "about 250 g", "more than 250 g", "at least 250 g", "less than 250 g", "up to 250 g"]),
    ("kg", 525.0, false, Lang::Ru, ["525 кг", "около 525 кг", "более 525 кг", "не менее 525 кг", "менее 525 кг", "до 525 кг"]),
    ("kg", 525.0, false, Lang::Kk, ["525 кг", "шамамен 525 кг", "525 кг-нан астам", "кемінде 525 кг", "525 кг-нан кем", "525 кг-ға дейін"]),
    ("kg", 525.0, false, Lang::En, ["525 kg", "about 525 kg", "more than 525 kg", "at least 525 kg", "less than 525 kg", "up to 525 kg"]),
    ("t", 3.0, false, Lang::Ru, ["3 т", "около 3 т", "более 3 т", "не менее 3 т", "менее 3 т", "до 3 т"]),
    ("t", 3.0, false, Lang::Kk, ["3 т", "шамамен 3 т", "3 т-дан астам", "кемінде 3 т", "3 т-дан кем", "3 т-ға дейін"]),
    ("t", 3.0, false, Lang::En, ["3 t", "about 3 t", "more than 3 t", "at least 3 t", "less than 3 t", "up to 3 t"]),
    ("percent", 12.5, false, Lang::Ru, ["12,5 %", "около 12,5 %", "более 12,5 %", "не менее 12,5 %", "менее 12,5 %", "до 12,5 %"]),
    ("percent", 12.5, false, Lang::Kk, ["12,5%", "шамамен 12,5%", "12,5%-дан астам", "кемінде 12,5%", "12,5%-дан кем", "12,5%-ға дейін"]),
    ("percent", 12.5, false, Lang::En, ["12.5%", "about 12.5%", "more than 12.5%", "at least 12.5%", "less than 12.5%", "up to 12.5%"]),
    ("KZT", 255e6, true, Lang::Ru, ["255 млн ₸", "около 255 млн ₸", "более 255 млн ₸", "не менее 255 млн ₸", "менее 255 млн ₸", "до 255 млн ₸"]),
    ("KZT", 255e6, true, Lang::Kk, ["255 млн ₸", "шамамен 255 млн ₸", "255 млн ₸-ден астам", "кемінде 255 млн ₸", "255 млн ₸-ден кем", "255 млн ₸-ге дейін"]),
    ("KZT", 255e6, true, Lang::En, ["KZT 255M", "about KZT 255M", "more than KZT 255M", "at least KZT 255M", "less than KZT 255M", "up to KZT 255M"]),
    ("KZT", 68_000_500.0, false, Lang::Ru, ["68 000 500 ₸", "около 68 000 500 ₸", "более 68 000 500 ₸", "не менее 68 000 500 ₸", "менее 68 000 500 ₸", "до 68 000 500 ₸"]),
    ("KZT", 68_000_500.0, false, Lang::Kk, ["68 000 500 ₸", "шамамен 68 000 500 ₸", "68 000 500 ₸-ден астам", "кемінде 68 000 500 ₸", "68 000 500 ₸-ден кем", "68 000 500 ₸-ге дейін"]),
    ("KZT", 68_000_500.0, false, Lang::En, ["KZT 68,000,500", "about KZT 68,000,500", "more than KZT 68,000,500", "at least KZT 68,000,500", "less than KZT 68,000,500", "up to KZT 68,000,500"]),
    ("USD", 68e6, true, Lang::Ru, ["68 млн $", "около 68 млн $", "более 68 млн $", "не менее 68 млн $", "менее 68 млн $", "до 68 млн $"]),
    ("USD", 68e6, true, Lang::Kk, ["68 млн $", "шамамен 68 млн $", "68 млн $-дан астам", "кемінде 68 млн $", "68 млн $-дан кем", "68 млн $-ға дейін"]),
    ("USD", 68e6, true, Lang::En, ["$68M", "about $68M", "more than $68M", "at least $68M", "less than $68M", "up to $68M"]),
    ("RUB", 1500.0, false, Lang::Ru, ["1 500 ₽", "около 1 500 ₽", "более 1 500 ₽", "не менее 1 500 ₽", "менее 1 500 ₽", "до 1 500 ₽"]),
    ("RUB", 1500.0, false, Lang::Kk, ["1 500 ₽", "шамамен 1 500 ₽", "1 500 ₽-ден астам", "кемінде 1 500 ₽", "1 500 ₽-ден кем", "1 500 ₽-ге дейін"]),
    ("RUB", 1500.0, false, Lang::En, ["RUB 1,500", "about RUB 1,500", "more than RUB 1,500", "at least RUB 1,500", "less than RUB 1,500", "up to RUB 1,500"]),
    ("EUR", 41.2, false, Lang::Ru, ["41,20 €", "около 41,20 €", "более 41,20 €", "не менее 41,20 €", "менее 41,20 €", "до 41,20 €"]),
    ("EUR", 41.2, false, Lang::Kk, ["41,20 €", "шамамен 41,20 €", "41,20 €-дан астам", "кемінде 41,20 €", "41,20 €-дан кем", "41,20 €-ға дейін"]),
    ("EUR", 41.2, false, Lang::En, ["€41.20", "about €41.20", "more than €41.20", "at least €41.20", "less than €41.20", "up to €41.20"]),
];

#[test]
fn every_qualifier_in_every_language_and_unit() {
    let mut failures = Vec::new();
    for (unit, value, compact, lang, want) in TABLE {
        let numbers = NativeNumbers::new(*lang);
        let w = Wording::new(*lang, &numbers);
        let u = Unit::parse(unit).unwrap();
        for (q, want) in QUALIFIERS.iter().zip(want) {
            let got = w.figure(*value, u, *q, *compact).replace('\u{a0}', " ");
            if got != *want {
                failures.push(format!("{lang:?} {unit} {value} {}: got {got:?}, want {want:?}", q.code()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every spec unit in every language is in the table.
    for unit in ["count", "g", "kg", "t", "percent", "KZT", "USD", "RUB", "EUR"] {
        for lang in [Lang::Ru, Lang::Kk, Lang::En] {
            assert!(TABLE.iter().any(|r| r.0 == unit && r.3 == lang), "{unit} {lang:?}");
        }
    }
}

/// A line break never separates a qualifier from its figure, nor a figure from its unit.
#[test]
fn qualifiers_and_units_hold_to_their_figures() {
    let numbers = NativeNumbers::new(Lang::Ru);
    let w = Wording::new(Lang::Ru, &numbers);
    assert_eq!(w.figure(10.0, Unit::Percent, Qualifier::AtLeast, false), "не\u{a0}менее\u{a0}10\u{a0}%");
    assert_eq!(w.figure(255e6, Unit::Currency(*b"KZT"), Qualifier::MoreThan, true), "более\u{a0}255\u{a0}млн\u{a0}₸");
    let numbers = NativeNumbers::new(Lang::En);
    let w = Wording::new(Lang::En, &numbers);
    assert_eq!(w.figure(68e6, Unit::Currency(*b"KZT"), Qualifier::Exact, true), "KZT\u{a0}68M");
}

#[test]
fn join_and_swap_char_match_std() {
    use super::{join, swap_char};
    let parts = ["a", "бб", "", "c"];
    assert_eq!(join(&parts, "; "), parts.join("; "));
    assert_eq!(join::<String>(&[], ", "), "");
    assert_eq!(join(&[String::from("x")], ", "), "x");
    assert_eq!(swap_char("1\u{a0}500\u{a0}кг", '\u{a0}', ' '), "1 500 кг");
    assert_eq!(swap_char("1.5", '.', ','), "1,5");
}

/// A label rounds a bound the way that keeps it true, and never turns a small
/// figure into `0`; tooltips and tables keep every digit the source gave.
#[test]
fn labels_round_bounds_honestly_and_keep_small_figures() {
    use Qualifier::*;
    let ru = NativeNumbers::new(Lang::Ru);
    let w = Wording::new(Lang::Ru, &ru);
    let kg = Unit::parse("kg").unwrap();
    let kzt = Unit::Currency(*b"KZT");
    let label = |v: f64, u: Unit, q: Qualifier| w.figure(v, u, q, true).replace('\u{a0}', " ");
    let exact = |v: f64, u: Unit| w.figure(v, u, Exact, false).replace('\u{a0}', " ");
    let cases = [
        (label(5000.5, kg, MoreThan), "более 5 000 кг"),
        (label(5000.5, kg, LessThan), "менее 5 001 кг"),
        (label(0.87, kg, AtLeast), "не менее 0,87 кг"),
        (label(0.74, kg, LessThan), "менее 0,74 кг"),
        (label(1.04, kg, UpTo), "до 1,04 кг"),
        (label(0.75, Unit::parse("t").unwrap(), Exact), "0,75 т"),
        (label(999_999_999_999.0, kzt, MoreThan), "более 999 млрд ₸"),
        (label(99.96, Unit::Percent, MoreThan), "более 99,9 %"),
        // A share short of the whole is not labelled as the whole.
        (label(99.96, Unit::Percent, Exact), "99,96 %"),
        (label(99.95, Unit::Percent, About), "около 99,95 %"),
        (label(99.954, Unit::Percent, Exact), "99,95 %"),
        (label(99.99999999, Unit::Percent, Exact), ">99,99 %"),
        (label(99.94, Unit::Percent, Exact), "99,9 %"),
        (label(100.0, Unit::Percent, Exact), "100 %"),
        (label(99.96, Unit::Count, Exact), "100"),
        (label(0.04, Unit::Percent, LessThan), "менее 0,04 %"),
        (label(0.0001, kg, Exact), "0,0001 кг"),
        (label(0.000123, Unit::Count, Exact), "0,000123"),
        (label(41.25, kg, About), "около 41,3 кг"),
        (exact(0.0001, kg), "0,0001 кг"),
        (exact(1234.5678, kg), "1 234,5678 кг"),
        (exact(0.1 + 0.2, kg), "0,3 кг"),
        (exact(1.5e-7, kg), "1,5×10⁻⁷ кг"),
        (label(1.237e-7, kg, MoreThan), "более 1,23×10⁻⁷ кг"),
        (label(1e-323, kg, Exact), "9,88×10⁻³²⁴ кг"),
        // A mantissa that rounds up to 10 moves the exponent on.
        (label(9.999e15, kg, Exact), "1×10¹⁶ кг"),
        (label(1e100, kg, Exact), "1×10¹⁰⁰ кг"),
        (label(1e300, kg, Exact), "1×10³⁰⁰ кг"),
        (label(1e308, kg, Exact), "1×10³⁰⁸ кг"),
        (label(9.996e-7, kg, Exact), "1×10⁻⁶ кг"),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
    let kk = NativeNumbers::new(Lang::Kk);
    let w = Wording::new(Lang::Kk, &kk);
    assert_eq!(w.figure(5000.5, kg, MoreThan, true).replace('\u{a0}', " "), "5 000 кг-нан астам");
}

#[test]
fn a_too_large_documents_bytes_are_grouped_in_each_language() {
    use super::words::load_error;
    let said = |lang| load_error(lang, "too_large", "/big.json", "10485761").replace('\u{a0}', " ");
    assert_eq!(said(Lang::En), "src: /big.json is over 10 MB (10,485,761 bytes or more); it is not read");
    assert_eq!(said(Lang::Ru), "src: /big.json больше 10 МБ (10 485 761 байт и более); такой документ не читается");
    assert_eq!(said(Lang::Kk), "src: /big.json 10 МБ-тан үлкен (10 485 761 байт не одан көп)");
}

#[test]
fn rfind_char_is_rfind() {
    for (s, c) in [("1\u{a0}250\u{a0}000,50", ','), ("a b c", ' '), ("abc", ' '), ("", ' '), ("é ü ₸", '₸'), ("₸₸", '₸')] {
        assert_eq!(super::rfind_char(s, c), s.rfind(c), "{s:?} {c:?}");
    }
}

#[test]
fn int_and_cat_write_what_format_writes() {
    for n in [0i64, 7, -7, 9, 10, 99, 100, -100, 2025, -2025, 12345, i64::MAX, i64::MIN] {
        assert_eq!(super::int(n, 0), n.to_string());
        assert_eq!(super::int(n, 2), format!("{n:02}"));
        assert_eq!(super::int(n, 4), format!("{n:04}"));
    }
    assert_eq!(super::cat(&["a", "", "бв", " ₸"]), "aбв ₸");
    let mut s = String::from("x");
    super::put(&mut s, &[": ", "1"]);
    assert_eq!(s, "x: 1");
}

#[test]
fn split_byte_is_split_once() {
    for s in ["1.5", "15", ".5", "5.", "", "a b c", "1 200 ₸", "₸.₸"] {
        assert_eq!(super::split_byte(s, b'.'), s.split_once('.'), "{s:?}");
        assert_eq!(super::split_byte(s, b' '), s.split_once(' '), "{s:?}");
    }
}
