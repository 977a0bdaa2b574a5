//! The form of a word written after a number (CLDR plural rules): `1 значение`,
//! `2 значения`, `5 значений`; `1 value`, `2 values`.

use super::Lang;

/// Picks one of `[one, few, many]` for the count `n`.
///
/// - ru: one for 1, 21, 101… (not 11); few for 2–4, 22–24… (not 12–14); many
///   for the rest; a fraction (CLDR "other") takes the few form: `1,5 значения`.
/// - en: one for exactly 1, else many (`few` is unused).
/// - kk: a Kazakh noun stays singular after a numeral (`4 мән`); callers give
///   the same word in all three places, and the rule is English's.
pub fn plural<'a>(lang: Lang, n: f64, forms: [&'a str; 3]) -> &'a str {
    let [one, few, many] = forms;
    let whole = n.fract() == 0.0;
    match lang {
        Lang::Ru if !whole => few,
        Lang::Ru => {
            let i = last_two_digits(n.abs());
            match (i % 10, i) {
                (1, i) if i != 11 => one,
                (2..=4, i) if !(12..=14).contains(&i) => few,
                _ => many,
            }
        }
        Lang::Kk | Lang::En => {
            if whole && n.abs() == 1.0 {
                one
            } else {
                many
            }
        }
    }
}

/// `x % 100.0` for a whole, finite, non-negative `x`, in integers: the float
/// remainder links fmod and 128-bit division into the wasm build (~2 KB).
fn last_two_digits(x: f64) -> u32 {
    if x < 1.8e19 {
        return (x as u64 % 100) as u32;
    }
    // x = mantissa · 2^exp exactly, exp ≥ 11 here.
    let bits = x.to_bits();
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let exp = ((bits >> 52) & 0x7ff) as u32 - 1075;
    (0..exp).fold((mantissa % 100) as u32, |r, _| r * 2 % 100)
}

/// `4 значения`: the count, a no-break space and the word in its form.
pub fn count(lang: Lang, n: usize, forms: [&str; 3]) -> String {
    super::cat(&[&grouped(lang, n), "\u{a0}", plural(lang, n as f64, forms)])
}

/// A whole count in thousands as the language groups them: `100 000`
/// (no-break spaces) in Russian and Kazakh, `100,000` in English.
pub fn grouped(lang: Lang, n: usize) -> String {
    let digits = super::int(n as i64, 0);
    let sep = if lang == Lang::En { ',' } else { '\u{a0}' };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const RU: [&str; 3] = ["значение", "значения", "значений"];

    #[test]
    fn counts_group_their_thousands() {
        assert_eq!(count(Lang::Ru, 100_000, RU), "100\u{a0}000\u{a0}значений");
        assert_eq!(grouped(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(grouped(Lang::Kk, 999), "999");
        assert_eq!(grouped(Lang::Ru, 1000), "1\u{a0}000");
    }

    #[test]
    fn russian_has_three_forms_after_numbers() {
        let f = |n: f64| plural(Lang::Ru, n, RU);
        for n in [1.0, 21.0, 101.0, 1001.0, 91.0] {
            assert_eq!(f(n), "значение", "{n}");
        }
        for n in [2.0, 3.0, 4.0, 22.0, 34.0, 102.0, 1.5, 0.5] {
            assert_eq!(f(n), "значения", "{n}");
        }
        for n in [0.0, 5.0, 9.0, 10.0, 11.0, 12.0, 14.0, 19.0, 20.0, 100.0, 111.0, 112.0, 1000.0] {
            assert_eq!(f(n), "значений", "{n}");
        }
    }

    #[test]
    fn english_and_kazakh() {
        assert_eq!(plural(Lang::En, 1.0, ["value", "values", "values"]), "value");
        assert_eq!(plural(Lang::En, 4.0, ["value", "values", "values"]), "values");
        assert_eq!(plural(Lang::En, 1.5, ["value", "values", "values"]), "values");
        assert_eq!(plural(Lang::En, 0.0, ["value", "values", "values"]), "values");
        assert_eq!(plural(Lang::Kk, 4.0, ["мән"; 3]), "мән");
        assert_eq!(count(Lang::Ru, 4, RU), "4\u{a0}значения");
    }

    #[test]
    fn last_two_digits_agrees_with_the_float_remainder() {
        let mut xs: Vec<f64> = (0..2000).map(f64::from).collect();
        xs.extend([1e15, 123_456_789_012_345.0, 9_007_199_254_740_993.0, 1.8e19, 1.9e19, 2f64.powi(64), 2f64.powi(64) * 3.0, 1e20, 1.2345e25, 1e300, f64::MAX]);
        for x in xs {
            assert_eq!(last_two_digits(x), (x % 100.0) as u32, "{x:e}");
        }
        // 2^64 = 18446744073709551616.
        assert_eq!(last_two_digits(2f64.powi(64)), 16);
    }
}
