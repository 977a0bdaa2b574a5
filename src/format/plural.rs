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
            let i = (n.abs() % 100.0) as u32;
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

/// `4 значения`: the count, a no-break space and the word in its form.
pub fn count(lang: Lang, n: usize, forms: [&str; 3]) -> String {
    format!("{n}\u{a0}{}", plural(lang, n as f64, forms))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RU: [&str; 3] = ["значение", "значения", "значений"];

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
}
