//! Money as `Intl.NumberFormat` writes it with `style: "currency"`, and the
//! `currencyDisplay` we ask it for, so the browser and the native tables agree.
//!
//! ru and kk take the narrow local sign after the figure, `255 млн ₸`: ru's own
//! CLDR symbol for KZT is the bare code, but readers in Kazakhstan know ₸. en
//! keeps Intl's default: a sign where it is unambiguous (`$68M`, `€5K`), else
//! the code before the figure (`KZT 255M`, `RUB 3M`), as English-language
//! business news writes it. Currencies without a sign here (KGS's new ⃀ is
//! missing from most fonts) are written with their code in every language.

use super::Lang;

/// The sign of `code` in `lang`, or None when the code itself is written.
pub fn sign(lang: Lang, code: &str) -> Option<&'static str> {
    Some(match (lang, code) {
        (Lang::Ru | Lang::Kk, "KZT") => "₸",
        (Lang::Ru | Lang::Kk, "RUB") => "₽",
        (Lang::Ru | Lang::Kk, "CNY") => "¥",
        (_, "USD") => "$",
        (_, "EUR") => "€",
        (_, "GBP") => "£",
        (_, "JPY") => "¥",
        (Lang::En, "CNY") => "CN¥",
        _ => return None,
    })
}

/// The `currencyDisplay` option that makes Intl print what [`place`] prints.
pub fn display(lang: Lang, code: &str) -> &'static str {
    match (sign(lang, code), lang) {
        (None, _) => "code",
        (Some(_), Lang::En) => "symbol",
        (Some(_), _) => "narrowSymbol",
    }
}

/// An already formatted number with its currency: after it with a no-break space
/// in ru and kk, before it in en (a code with a no-break space), minus first.
pub fn place(lang: Lang, number: &str, code: &str) -> String {
    let mark = sign(lang, code).unwrap_or(code);
    if lang != Lang::En {
        return super::cat(&[number, "\u{a0}", mark]);
    }
    let (minus, abs) = match number.strip_prefix('-') {
        Some(abs) => ("-", abs),
        None => ("", number),
    };
    let gap = if sign(lang, code).is_some() { "" } else { "\u{a0}" };
    super::cat(&[minus, mark, gap, abs])
}
