//! How far a label on the chart rounds a figure, and rounding that keeps a
//! bound true. «более 5 000,5 кг» drawn as «более 5 001 кг» would claim more
//! than the source does, so a lower bound (more than, at least) rounds down
//! and an upper bound (less than, up to) rounds up: «более 5 000 кг»,
//! «менее 0,8 кг» for less than 0.74.

use super::decimal;
use crate::spec::Qualifier;

/// Fraction digits a label keeps for `|v|` under 10,000: three significant
/// digits under 100 (`41,3`, `0,75`, `0,0001`, never a bare `0` for a small
/// figure), whole numbers from 100. From the shortest decimal, not a
/// logarithm, so powers of ten land on the right side.
pub fn label_decimals(v: f64) -> usize {
    let a = v.abs();
    if a >= 100.0 || a == 0.0 || !a.is_finite() {
        return 0;
    }
    let text = decimal::shortest(a);
    let (int, frac) = super::split_byte(&text, b'.').unwrap_or((&text, ""));
    if int != "0" {
        3usize.saturating_sub(int.len())
    } else {
        frac.bytes().take_while(|d| *d == b'0').count() + 3
    }
}

/// The place a label rounds `|v|` to: see [`label_decimals`] under 10,000;
/// above, a compact word (`тыс.`, `млн`, `K`…) with three significant digits
/// (`14,2 тыс.`, `1,25 млрд`, `255 млн`), as `Intl` writes them with
/// `maximumSignificantDigits: 3`; from 10^15 too (`1,23×10¹⁸`).
fn label_step(a: f64) -> Step {
    if a < 1e-6 {
        // Two decimals of the mantissa (`1,23×10⁻⁷`); none past 10^-300.
        let exp = super::mantissa(a).1;
        return Step::Tenths(if exp < -300 { 0 } else { (2 - exp) as u32 });
    }
    if a < 10_000.0 {
        return Step::Tenths(label_decimals(a) as u32);
    }
    // Three significant digits past it (`14,2 тыс.`, `1,23×10¹⁸`).
    let (_, exp) = super::mantissa(a);
    Step::Whole(pow10(exp - 2))
}

/// 10^e for 0 ≤ e ≤ 308, exact to 10^22.
fn pow10(e: i32) -> f64 {
    (0..e).fold(1.0, |p, _| p * 10.0)
}

/// `v` rounded to three significant digits, half away from zero (`v` ≥ 10,000
/// or so: whole places only).
pub fn three_digits(v: f64) -> f64 {
    let s = pow10(super::mantissa(v).1 - 2);
    (v / s).round() * s
}

/// A rounding place: 10^-k, or a whole power of ten.
enum Step {
    Tenths(u32),
    Whole(f64),
}

/// `v` rounded to its label's place in the direction that keeps `q` true:
/// down for a lower bound, up for an upper one; other qualifiers unchanged
/// (the label rounds them to the nearest).
pub fn toward(v: f64, q: Qualifier) -> f64 {
    let up = match q {
        Qualifier::MoreThan | Qualifier::AtLeast => false,
        Qualifier::LessThan | Qualifier::UpTo => true,
        Qualifier::Exact | Qualifier::About => return v,
    };
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    // x: v in units of the place; `tenths` says whether to divide back or multiply.
    let (x, unit, tenths) = match label_step(v.abs()) {
        Step::Tenths(k) => {
            let p = (0..k).fold(1.0, |p, _| p * 10.0);
            (v * p, p, true)
        }
        Step::Whole(s) => (v / s, s, false),
    };
    // 0.3 × 10 is 3.0000000000000004 in binary: already on the place, not past
    // it (a few units in the last place; a 12-digit 999.999999999 is not 1000).
    let near = x.round();
    let x = if (x - near).abs() <= 4.0 * f64::EPSILON * near.abs().max(1.0) { near } else { x };
    let n = if up { x.ceil() } else { x.floor() };
    let r = if tenths { n / unit } else { n * unit };
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    #[test]
    fn labels_keep_three_significant_digits_under_a_hundred() {
        let cases = [(41.25, 1), (0.75, 3), (1.234, 2), (0.0001, 6), (0.000123, 6), (0.002, 5), (99.96, 1), (100.0, 0), (5000.5, 0), (0.0, 0), (10.0, 1), (1.0, 2), (-0.5, 3)];
        for (v, d) in cases {
            assert_eq!(label_decimals(v), d, "{v}");
        }
    }

    #[test]
    fn bounds_round_the_way_that_keeps_them_true() {
        let cases = [
            (5000.5, MoreThan, 5000.0),
            (5000.5, LessThan, 5001.0),
            (0.87, AtLeast, 0.87),
            (0.8765, AtLeast, 0.876),
            (0.8765, UpTo, 0.877),
            (0.74, LessThan, 0.74),
            (0.7449, LessThan, 0.745),
            (99.96, MoreThan, 99.9),
            (99.96, UpTo, 100.0),
            (0.04, LessThan, 0.04),
            (999_999_999_999.0, MoreThan, 999e9),
            (14_200.0, MoreThan, 14_200.0),
            (999_999_999_999.0, LessThan, 1e12),
            (12_500.0, MoreThan, 12_500.0),
            (12_550.0, MoreThan, 12_500.0),
            (12_550.0, UpTo, 12_600.0),
            (1_255_000.0, MoreThan, 1_250_000.0),
            (1_255_000.0, LessThan, 1_260_000.0),
            (255e6, MoreThan, 255e6),
            (0.3, LessThan, 0.3),
            (-5.255, MoreThan, -5.26),
            (-5.255, LessThan, -5.25),
            (1.555e18, MoreThan, 1.55e18),
            (1.237e-7, MoreThan, 1.23e-7),
            (1.237e-7, UpTo, 1.24e-7),
            (5000.5, Exact, 5000.5),
            (5000.5, About, 5000.5),
        ];
        for (v, q, want) in cases {
            let got = toward(v, q);
            assert!((got - want).abs() <= want.abs() * 1e-12, "{v} {}: {got}, want {want}", q.code());
        }
    }
}
