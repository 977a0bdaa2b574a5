//! `format`: numbers, units and qualifiers worded for the reader's language.
//!
//! Numbers and dates go through a [`NumberFormat`] and a [`DateFormat`]: in the
//! browser `Intl.NumberFormat` and `Intl.DateTimeFormat` (see `web::intl`),
//! natively [`native::NativeNumbers`] and [`date::NativeDates`], which give the
//! same strings for the cases the tests cover. Words (qualifiers, unit names,
//! "of which", plural forms, Kazakh case endings) are the same everywhere.

pub mod date;
pub mod bound;
pub mod decimal;
pub mod digits;
pub mod figure;
pub mod kk;
pub mod money;
pub mod native;
pub mod pattern;
pub mod plural;
pub mod words;

#[cfg(test)]
mod tests;

pub use figure::Wording;
pub use plural::plural;

use crate::spec::Date;

/// The languages the widget speaks; other locales fall back to the closest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ru,
    Kk,
    En,
}

impl Lang {
    /// The closest supported language to a BCP 47 tag (`ru-KZ` → ru, `kk-Cyrl` → kk),
    /// `en` for anything else. The bool says whether it was a fallback.
    pub fn from_tag(tag: &str) -> (Lang, bool) {
        let primary = tag[..tag.bytes().position(|b| b == b'-' || b == b'_').unwrap_or(tag.len())].to_ascii_lowercase();
        match primary.as_str() {
            "ru" => (Lang::Ru, false),
            "kk" | "kz" => (Lang::Kk, primary != "kk"),
            "en" => (Lang::En, false),
            // Readers of Kyrgyz, Uzbek, Belarusian… in this region read Russian news.
            "be" | "uk" | "ky" | "uz" | "tg" | "tt" => (Lang::Ru, true),
            _ => (Lang::En, true),
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::En => "en",
        }
    }
}

/// Locale number formatting: the one piece the browser does better than a table.
pub trait NumberFormat {
    /// The exact figure with the language's grouping and decimal sign, every
    /// digit the source gave (up to 15 significant): `5 000`, `1,5`, `0,0001`.
    fn exact(&self, v: f64) -> String;
    /// A short figure for labels and ticks: three significant digits under 100
    /// (`41,3`, `0,75`), whole numbers to 10,000 (`5 001`), then a compact
    /// word (`15 тыс.`, `1,5 млн`, `255 млн`, `5K`); see [`bound`].
    fn compact(&self, v: f64) -> String;
    /// A sum in the ISO 4217 currency `code`, exact or compact, with the sign or
    /// code where the language puts it (see [`money`]): `255 млн ₸`, `KZT 255M`, `$68M`.
    fn money(&self, v: f64, code: &str, compact: bool) -> String;
}

/// Locale date formatting, at the precision the data gives.
pub trait DateFormat {
    /// A date for tooltips and tables: `2025`; `март 2025`, `Mar 2025`,
    /// `2025 ж. наурыз`; `13 марта 2025`, `Mar 13, 2025`, `2025 ж. 13 наурыз`.
    fn long(&self, d: Date) -> String;
    /// A month (1–12) on a time axis, without its year: `янв.`, `қаң.`, `Jan`.
    fn month(&self, m: u8) -> String;
    /// A month named in full, without its year: `январь`, `қаңтар`, `January`.
    fn month_long(&self, m: u8) -> String;
    /// A day on a time axis, without its year: `3 мар.`, `3 нау.`, `Mar 3`.
    fn day(&self, m: u8, day: u8) -> String;
}

/// `items` with `sep` between them: std's `join`, as one small loop the wasm
/// carries once for every item type (std's is large and instantiated per type).
pub fn join<S: AsRef<str>>(items: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// The pieces one after another: a `format!` of strings only, without
/// `core::fmt` (its `Formatter`, padding and `write` machinery; wasm size).
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    put(&mut out, parts);
    out
}

/// The pieces pushed onto `out` one after another (a `write!` of strings).
pub fn put(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

/// `s.split_once(b)` for an ASCII `b`: std's with a char pattern brings its
/// char searcher (and `memchr`) into the wasm.
pub fn split_byte(s: &str, b: u8) -> Option<(&str, &str)> {
    let i = s.bytes().position(|x| x == b)?;
    Some((&s[..i], &s[i + 1..]))
}

/// `n` in decimal digits, as `n.to_string()` writes it (`-12`), and at least
/// `width` digits with leading zeros, as `{:0width$}` does (`07`, `-07`).
pub fn int(n: i64, width: usize) -> String {
    let mut digits = String::new();
    decimal::push_uint(&mut digits, n.unsigned_abs());
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    // `{:03}` of -7 is `-07`: the sign counts towards the width.
    for _ in digits.len() + usize::from(n < 0)..width {
        out.push('0');
    }
    out + &digits
}

/// `template` with each `{0}`…`{9}` replaced by that entry of `args`. The
/// messages worded in three languages pick a template from a table and fill
/// it here once, where a `format!` per language and case would each carry its
/// own code (wasm size). Templates hold no other `{`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let b = template.as_bytes();
    let mut out = String::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'{' {
            out.push_str(&template[start..i]);
            out.push_str(args[usize::from(b[i + 1] - b'0')]);
            i += 3;
            start = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&template[start..]);
    out
}

/// Where the last `c` in `s` starts: `str::rfind` with a char, whose reverse
/// searcher (with its `memrchr`) the wasm need not carry for two uses.
pub fn rfind_char(s: &str, c: char) -> Option<usize> {
    s.char_indices().rev().find(|&(_, x)| x == c).map(|(i, _)| i)
}

/// A negative figure with the minus sign typesetters use (U+2212), not the
/// hyphen Intl writes in ru, kk and en: «−500», «−$5M», as long as a plus.
/// Both formatters pass what they return through it.
pub fn true_minus(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) => {
            let mut out = String::with_capacity(s.len() + 2);
            out.push('\u{2212}');
            out.push_str(rest);
            out
        }
        None => s,
    }
}

/// `s` with every `from` made `to` (std's `replace` with a char pattern is a
/// searcher the wasm need not carry for two uses).
pub fn swap_char(s: &str, from: char, to: char) -> String {
    s.chars().map(|c| if c == from { to } else { c }).collect()
}

/// Whether a figure of a million or more reads in words without losing a
/// digit: 24 800 000 000 000 is «24,8 трлн» exactly, as a source would say it,
/// where a row of fourteen digits reads as nothing; 3 420 500 000,75 is not.
pub fn in_words(v: f64) -> bool {
    let a = v.abs();
    // Three significant digits, as every compact figure.
    (1e6..1e15).contains(&a) && bound::three_digits(a) == a
}

/// Figures beyond a thousand trillion, or under a millionth, have no word and
/// would be a long row of digits: written as `1.6×10³⁰⁸`, `1,5×10⁻⁷` (with
/// the language's decimal sign). Labels (`exact` false) round the mantissa to
/// two decimals (three significant digits, as every label); tooltips and tables keep its digits, and write
/// big figures out in full (None).
pub fn astronomical(v: f64, lang: Lang, exact: bool) -> Option<String> {
    let a = v.abs();
    if !a.is_finite() || a == 0.0 || (1e-6..1e15).contains(&a) || exact && a >= 1e15 {
        return None;
    }
    let (mut mant, mut exp) = mantissa(v);
    let places = if exact { 14 } else { 2 };
    let mut m = decimal::fixed(mant, places);
    // 9,99×10¹⁵ rounds to a mantissa of 10: written 1×10¹⁶, not 10×10¹⁵.
    if m.bytes().take_while(|b| *b != b'.').filter(u8::is_ascii_digit).count() > 1 {
        mant /= 10.0;
        exp += 1;
        m = decimal::fixed(mant, places);
    }
    let m = m.trim_end_matches('0').trim_end_matches('.');
    let m = if lang == Lang::En { m.to_string() } else { swap_char(m, '.', ',') };
    let mut out = m;
    out.push_str("×10");
    // The exponent raised (`1,5×10⁻⁷`), not after a caret.
    let mut e = String::new();
    decimal::push_int(&mut e, exp.into());
    out.extend(e.chars().map(|c| match c {
        '-' => '⁻',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        d => char::from_u32(0x2070 + d.to_digit(10).unwrap_or(0)).unwrap_or(d),
    }));
    Some(out)
}

/// `v` as `m × 10^exp` with 1 ≤ |m| < 10 (`v` finite, not zero).
pub fn mantissa(v: f64) -> (f64, i32) {
    let mut exp = v.abs().log10().floor() as i32;
    // 10^-323 is not a double: scale subnormals up first.
    let at = |e: i32| if e < -300 { v * 1e300 / 10f64.powi(e + 300) } else { v / 10f64.powi(e) };
    let mut m = at(exp);
    if m.abs() >= 10.0 {
        exp += 1;
        m = at(exp);
    } else if m.abs() < 1.0 {
        exp -= 1;
        m = at(exp);
    }
    (m, exp)
}
