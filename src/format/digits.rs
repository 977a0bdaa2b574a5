//! A number in a language's symbols, rounded and grouped as `Intl.NumberFormat`
//! does it: the native formatter's tables fill the symbols in, and in the
//! browser `web::intl` reads them from Intl itself (`formatToParts`), so a
//! tooltip's figures cost no Intl call per pointer move.

use super::decimal;

/// What a plain (latn-digit) number pattern is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct Digits {
    pub minus: String,
    pub group: String,
    pub decimal: String,
    /// Digits the integer part needs beyond three before it is grouped: 1 in
    /// most languages (`1 000`), 2 where `1000` stays whole but `10 000` does not.
    pub min_grouping: usize,
}

impl Digits {
    /// `v` with at most `max_frac` fraction digits, trailing zeros dropped,
    /// grouped by thousands. Intl's rounding: the shortest decimal that reads
    /// back as `v` (`1.0005`, not the binary 1.000499…), then half away from
    /// zero (→ `1.001`). A negative number that rounds to zero keeps its sign
    /// (`-0`), as Intl's default `signDisplay` does. `v` must be finite.
    pub fn fixed(&self, v: f64, max_frac: usize) -> String {
        self.round(&decimal::shortest(v.abs()), v.is_sign_negative(), max_frac)
    }

    /// [`Digits::fixed`] where it is certain to match Intl: None for a value
    /// that is not finite, or whose shortest decimal has more than 15 significant digits. There two
    /// decimals of that length can be equally near `v` (1394865425023536.25
    /// between `…536.2` and `…536.3`); Rust takes the upper, ICU's
    /// double-conversion the even one. Up to 15 digits only one reads back as `v`.
    pub fn fixed_as_intl(&self, v: f64, max_frac: usize) -> Option<String> {
        if !v.is_finite() {
            return None;
        }
        let text = decimal::shortest(v.abs());
        let significant = text.bytes().filter(u8::is_ascii_digit).skip_while(|d| *d == b'0').collect::<Vec<_>>();
        let trailing = significant.iter().rev().take_while(|d| **d == b'0').count();
        (significant.len() - trailing <= 15).then(|| self.round(&text, v.is_sign_negative(), max_frac))
    }

    /// `v` with every digit of its shortest decimal (what the source wrote:
    /// `0,0001`, `1 234,5678`), rounded to 15 significant digits, so a sum's
    /// binary noise (`0.30000000000000004`) does not show: `Intl`'s
    /// `maximumSignificantDigits: 15`. `v` must be finite.
    pub fn exact(&self, v: f64) -> String {
        let text = decimal::shortest(v.abs());
        self.round(&text, v.is_sign_negative(), fifteen_digits(&text))
    }

    /// [`Digits::exact`] where it is certain to match Intl (see [`Digits::fixed_as_intl`]).
    pub fn exact_as_intl(&self, v: f64) -> Option<String> {
        self.fixed_as_intl(v, usize::MAX)
    }

    fn round(&self, text: &str, negative: bool, max_frac: usize) -> String {
        let (int, frac) = super::split_byte(text, b'.').unwrap_or((text, ""));
        let mut digits: Vec<u8> = int.as_bytes().to_vec();
        digits.extend_from_slice(&frac.as_bytes()[..frac.len().min(max_frac)]);
        let mut int_len = int.len();
        if frac.as_bytes().get(max_frac).is_some_and(|d| *d >= b'5') {
            round_up(&mut digits, &mut int_len);
        }
        let mut end = digits.len();
        while end > int_len && digits[end - 1] == b'0' {
            end -= 1;
        }
        let mut out = String::with_capacity(end + 8);
        if negative {
            out.push_str(&self.minus);
        }
        let grouped = int_len >= 3 + self.min_grouping.max(1);
        for (i, d) in digits[..int_len].iter().enumerate() {
            if grouped && i > 0 && (int_len - i) % 3 == 0 {
                out.push_str(&self.group);
            }
            out.push(char::from(*d));
        }
        if end > int_len {
            out.push_str(&self.decimal);
            out.extend(digits[int_len..end].iter().map(|d| char::from(*d)));
        }
        out
    }
}

/// The fraction digits that keep 15 significant digits of a plain decimal text.
fn fifteen_digits(text: &str) -> usize {
    let (int, frac) = super::split_byte(text, b'.').unwrap_or((text, ""));
    if int != "0" {
        15usize.saturating_sub(int.len())
    } else {
        frac.bytes().take_while(|d| *d == b'0').count() + 15
    }
}

/// Adds one in the last place of ASCII `digits`, carrying (`9.99` → `10.00`).
fn round_up(digits: &mut Vec<u8>, int_len: &mut usize) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
    *int_len += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru() -> Digits {
        Digits { minus: "-".into(), group: "\u{a0}".into(), decimal: ",".into(), min_grouping: 1 }
    }

    #[test]
    fn rounds_the_shortest_decimal_half_away_from_zero() {
        let d = ru();
        // What node's Intl.NumberFormat('ru', {maximumFractionDigits: 3}) prints.
        let cases = [
            (1.0005, "1,001"),
            (2.0005, "2,001"),
            (1.0045, "1,005"),
            (8.0125, "8,013"),
            (0.1 + 0.2, "0,3"),
            (9.9996, "10"),
            (999.9999, "1\u{a0}000"),
            (1234567.8915, "1\u{a0}234\u{a0}567,892"),
            (1e21, "1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000"),
            (5e-324, "0"),
            (-0.0, "-0"),
            (-0.0001, "-0"),
            (-52.35, "-52,35"),
            (100.0, "100"),
        ];
        for (v, want) in cases {
            assert_eq!(d.fixed(v, 3), want, "{v}");
        }
        assert_eq!(d.fixed(0.05, 1), "0,1");
        assert_eq!(d.fixed(0.04999, 1), "0");
        assert_eq!(d.fixed(2.5, 0), "3");
    }

    #[test]
    fn exact_figures_keep_every_digit_the_source_gave() {
        let d = ru();
        // What Intl.NumberFormat('ru', {maximumSignificantDigits: 15}) prints.
        let cases = [
            (0.0001, "0,0001"),
            (0.0000015, "0,0000015"),
            (1234.5678, "1\u{a0}234,5678"),
            (0.1 + 0.2, "0,3"),
            (52.35, "52,35"),
            (255e6, "255\u{a0}000\u{a0}000"),
            (-0.0001, "-0,0001"),
            (1e21, "1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000"),
        ];
        for (v, want) in cases {
            assert_eq!(d.exact(v), want, "{v}");
        }
        assert_eq!(d.exact_as_intl(0.0001).as_deref(), Some("0,0001"));
        assert_eq!(d.exact_as_intl(0.1 + 0.2), None, "17 digits: left to Intl");
    }

    #[test]
    fn leaves_sixteen_digit_ties_to_intl() {
        let d = ru();
        let tie = f64::from_bits(0x4313_d27d_a8ac_08c1); // 1394865425023536.25
        assert_eq!(d.fixed_as_intl(tie, 3), None);
        assert_eq!(d.fixed_as_intl(0.1 + 0.2, 3), None); // 0.30000000000000004
        assert_eq!(d.fixed_as_intl(123_456_789_012_345.0, 3).as_deref(), Some("123\u{a0}456\u{a0}789\u{a0}012\u{a0}345"));
        assert_eq!(d.fixed_as_intl(1e23, 3).map(|s| s.len()), Some(d.fixed(1e23, 3).len()));
        assert_eq!(d.fixed_as_intl(-0.0005, 3).as_deref(), Some("-0,001"));
        assert_eq!(d.fixed_as_intl(f64::NAN, 3), None);
        assert_eq!(d.fixed_as_intl(f64::INFINITY, 3), None);
    }

    #[test]
    fn groups_from_the_languages_minimum() {
        let mut d = ru();
        assert_eq!(d.fixed(1000.0, 3), "1\u{a0}000");
        assert_eq!(d.fixed(999.0, 3), "999");
        d.min_grouping = 2;
        assert_eq!(d.fixed(1000.0, 3), "1000");
        assert_eq!(d.fixed(10000.0, 3), "10\u{a0}000");
        d = Digits { minus: "\u{2212}".into(), group: ",".into(), decimal: ".".into(), min_grouping: 1 };
        assert_eq!(d.fixed(-1234.5, 3), "\u{2212}1,234.5");
    }
}
