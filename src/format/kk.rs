//! Kazakh case endings on a written figure: `525 кг-нан астам`, `300-ге дейін`.
//!
//! Kazakh puts "more than", "less than" and "up to" after the figure, as
//! postpositions that govern a case: `астам`, `кем` the ablative, `дейін` the
//! dative. The ending is chosen by the figure's last word *as read aloud*
//! (`525 кг` is read "…килограмм", `500` "бес жүз", `1,5` "…оннан бес"):
//!
//! - vowel harmony: the last vowel of that word, back (а о ұ ы я ё) or front
//!   (ә е ө ү і э); `у` and `и` follow the vowel before them; a soft sign in
//!   the last syllable makes it front (рубль → рубльге);
//! - its last sound: ablative -нан/-нен after м н ң, -дан/-ден after a vowel
//!   or ж з л р й у, -тан/-тен after a voiceless consonant and after б в г д ғ
//!   (devoiced at a word's end); dative -ға/-ге after a vowel or a voiced
//!   consonant (nasals too), -қа/-ке after a voiceless one and б в г д ғ.
//!
//! Kazakh spelling joins an ending to a figure in digits, an abbreviation or a
//! sign with a hyphen (`6-дан 7-ге`, `кг-нан`, `₸-ден`); to a whole word directly
//! (`мыңнан`).

use super::Lang;
use crate::spec::Unit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// шығыс септік: "from", governed by `астам` (more than) and `кем` (less than).
    Ablative,
    /// барыс септік: "to", governed by `дейін` (up to).
    Dative,
}

/// `figure` (a number with its unit sign, as formatted) with the case ending.
pub fn inflect(figure: &str, unit: Unit, case: Case) -> String {
    let written = last_token(figure);
    let spoken = spoken_unit(unit, written).map(str::to_string).unwrap_or_else(|| spoken_token(written));
    let ending = ending(&spoken, case);
    let joiner = if written == spoken { "" } else { "-" };
    super::cat(&[figure, joiner, ending])
}

/// The last word of a figure: a number with its grouping (`5 000`, `1,5`) or a
/// unit sign or scale word (`кг`, `млн`, `мың`).
fn last_token(figure: &str) -> &str {
    let numeric = |c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}');
    let trimmed = figure.trim_end();
    if trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        let start = trimmed.rfind(|c: char| !numeric(c)).map_or(0, |i| i + trimmed[i..].chars().next().map_or(1, char::len_utf8));
        return trimmed[start..].trim_start();
    }
    // What `rsplit` on the three spaces would give first, without its
    // reverse searcher in the wasm for this one use.
    match trimmed.char_indices().rev().find(|&(_, c)| matches!(c, ' ' | '\u{a0}' | '\u{202f}')) {
        Some((i, c)) => &trimmed[i + c.len_utf8()..],
        None => trimmed,
    }
}

/// How a unit's sign is read, when the written token is that sign.
fn spoken_unit(unit: Unit, written: &str) -> Option<&'static str> {
    let is_sign = match unit {
        Unit::Count => false,
        Unit::Percent => written.ends_with('%'),
        Unit::Currency(_) => written == super::money::sign(Lang::Kk, unit.code()).unwrap_or(unit.code()),
        _ => Some(written) == super::words::unit_sign(Lang::Kk, unit),
    };
    if !is_sign {
        return None;
    }
    Some(match unit {
        Unit::Gram => "грамм",
        Unit::Kilogram => "килограмм",
        Unit::Tonne => "тонна",
        Unit::Percent => "пайыз",
        Unit::Currency(c) => currency_word(&c)?,
        Unit::Count => return None,
    })
}

/// Currencies as Kazakh names them.
fn currency_word(code: &[u8; 3]) -> Option<&'static str> {
    Some(match code {
        b"KZT" => "теңге",
        b"RUB" => "рубль",
        b"USD" => "доллар",
        b"EUR" => "еуро",
        b"GBP" => "фунт",
        b"CNY" => "юань",
        b"JPY" => "иена",
        b"KGS" | b"UZS" => "сом",
        _ => return None,
    })
}

const ONES: [&str; 10] = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const TENS: [&str; 10] = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
const SCALES: [&str; 5] = ["мың", "миллион", "миллиард", "триллион", "квадриллион"];
/// English names of Latin letters, as a code such as `CHF` is read out.
const LETTERS: [&str; 26] = [
    "эй", "би", "си", "ди", "и", "эф", "джи", "эйч", "ай", "джей", "кей", "эл", "эм", "эн", "оу", "пи", "кью", "ар", "эс", "ти",
    "ю", "ви", "дабл-ю", "экс", "уай", "зед",
];

/// The word a written token ends in when read aloud.
fn spoken_token(token: &str) -> String {
    if token.ends_with(|c: char| c.is_ascii_digit()) {
        return number_word(token).to_string();
    }
    let word = token.trim_end_matches('.');
    match word {
        "млн" => "миллион".into(),
        "млрд" => "миллиард".into(),
        "трлн" => "триллион".into(),
        "тыс" => "мың".into(),
        _ => match word.chars().last() {
            Some(c) if c.is_ascii_alphabetic() => LETTERS[usize::from(c.to_ascii_uppercase() as u8 - b'A')].into(),
            _ => word.chars().map(lower).collect(),
        },
    }
}

/// The last word of a number read aloud: a fraction is read "…оннан бес", so
/// its digits decide; a whole number ends in the word of its last non-zero
/// group (`5 000` "бес мың", `525` "…жиырма бес", `500` "бес жүз").
fn number_word(text: &str) -> &'static str {
    let (int, frac) = text.split_once([',', '.']).unwrap_or((text, ""));
    let digits: String = if frac.trim_end_matches('0').is_empty() { int } else { frac }.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return ONES[0];
    }
    let bytes = digits.as_bytes();
    // Groups of three from the right; the lowest one that is not 000.
    let groups = (bytes.len() + 2) / 3;
    for k in 0..groups {
        let end = bytes.len() - 3 * k;
        let g: usize = digits[end.saturating_sub(3)..end].parse().unwrap_or(0);
        if g == 0 {
            continue;
        }
        if k > 0 {
            return SCALES[(k - 1).min(SCALES.len() - 1)];
        }
        return match (g % 10, g / 10 % 10) {
            (0, 0) => "жүз",
            (0, t) => TENS[t],
            (u, _) => ONES[u],
        };
    }
    ONES[0]
}

/// The ending for `word` in `case`, by harmony and last sound.
fn ending(word: &str, case: Case) -> &'static str {
    let front = is_front(word);
    let last = word.chars().rev().find(|c| !matches!(c, 'ь' | 'ъ')).unwrap_or('а');
    // (`chars().any`: `str::contains` with a non-ASCII char brings a substring searcher.)
    let one_of = |set: &str| set.chars().any(|c| c == last);
    let vowel = one_of("аәеёиоөуұүыіэюя");
    let nasal = one_of("мнң");
    let voiced = one_of("жзлрй");
    // б в г д ғ are devoiced at a word's end and take the voiceless endings.
    match case {
        Case::Ablative => match (nasal, vowel || voiced, front) {
            (true, _, false) => "нан",
            (true, _, true) => "нен",
            (_, true, false) => "дан",
            (_, true, true) => "ден",
            (_, false, false) => "тан",
            (_, false, true) => "тен",
        },
        Case::Dative => match (vowel || voiced || nasal, front) {
            (true, false) => "ға",
            (true, true) => "ге",
            (false, false) => "қа",
            (false, true) => "ке",
        },
    }
}

/// Lower case for the letters a figure's words are written in here: Latin and
/// Cyrillic (Kazakh letters included); any other letter is left as it is. Not
/// `str::to_lowercase`, whose full Unicode tables would cost the wasm a few KB.
fn lower(c: char) -> char {
    let u = u32::from(c);
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x4C0 => 0x4CF,
        // Pairs: capital on the even code point (from Ӂ to Ӎ, on the odd one).
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Front or back by the last clear vowel; `у`/`и` take the one before them.
fn is_front(word: &str) -> bool {
    let mut soft = false;
    for c in word.chars().rev().map(lower) {
        match c {
            'ь' => soft = true,
            'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' | 'ю' => return true,
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' => return soft,
            _ => {}
        }
    }
    // Only у/и (фунт, би): и reads front, у back.
    soft || word.chars().any(|c| c == 'и')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_agrees_with_unicode_on_latin_and_cyrillic() {
        let ranges = [0x20..0x100u32, 0x400..0x530];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut full = c.to_lowercase();
            let want = if full.len() == 1 { full.next().unwrap() } else { c };
            assert_eq!(lower(c), want, "U+{:04X}", u32::from(c));
        }
        // Letters of other scripts are kept as written.
        assert_eq!(lower('Ω'), 'Ω');
        assert_eq!(lower('Ā'), 'Ā');
    }

    #[test]
    fn numbers_end_in_the_word_they_are_read_with() {
        for (n, w) in [
            ("0", "нөл"),
            ("1", "бір"),
            ("3", "үш"),
            ("10", "он"),
            ("20", "жиырма"),
            ("40", "қырық"),
            ("50", "елу"),
            ("100", "жүз"),
            ("312", "екі"),
            ("500", "жүз"),
            ("525", "бес"),
            ("1\u{a0}500", "жүз"),
            ("5\u{a0}000", "мың"),
            ("2\u{a0}000\u{a0}000", "миллион"),
            ("3\u{a0}000\u{a0}000\u{a0}000", "миллиард"),
            ("41,2", "екі"),
            ("1,5", "бес"),
            ("0,125", "бес"),
            ("12,8", "сегіз"),
        ] {
            assert_eq!(number_word(n), w, "{n}");
        }
    }

    #[test]
    fn endings_follow_harmony_and_the_last_sound() {
        let abl = |w: &str| format!("{w}{}", ending(w, Case::Ablative));
        let dat = |w: &str| format!("{w}{}", ending(w, Case::Dative));
        let ablatives = [
            "бірден", "екіден", "үштен", "төрттен", "бестен", "алтыдан", "жетіден", "сегізден", "тоғыздан", "оннан", "жиырмадан",
            "отыздан", "қырықтан", "елуден", "алпыстан", "жетпістен", "сексеннен", "тоқсаннан", "жүзден", "мыңнан", "миллионнан",
            "миллиардтан", "нөлден", "килограммнан", "граммнан", "тоннадан", "пайыздан", "теңгеден", "доллардан", "рубльден",
        ];
        for w in ablatives {
            let stem = w.strip_suffix(&w[w.len() - "нан".len()..]).unwrap();
            assert_eq!(abl(stem), w);
        }
        let datives = [
            "бірге", "екіге", "үшке", "төртке", "беске", "алтыға", "жетіге", "сегізге", "тоғызға", "онға", "жиырмаға", "отызға",
            "қырыққа", "елуге", "алпысқа", "жетпіске", "сексенге", "тоқсанға", "жүзге", "мыңға", "миллионға", "миллиардқа",
            "килограммға", "тоннаға", "пайызға", "теңгеге", "долларға", "рубльге", "еуроға", "фунтқа",
        ];
        for w in datives {
            let stem = w.strip_suffix(&w[w.len() - "ға".len()..]).unwrap();
            assert_eq!(dat(stem), w);
        }
    }

    #[test]
    fn figures_take_the_ending_with_a_hyphen_after_digits_and_signs() {
        let nb = |s: &str| s.replace(' ', "\u{a0}");
        let case = |f: &str, u: Unit, c: Case| inflect(&nb(f), u, c).replace('\u{a0}', " ");
        assert_eq!(case("525 кг", Unit::Kilogram, Case::Ablative), "525 кг-нан");
        assert_eq!(case("500", Unit::Count, Case::Ablative), "500-ден");
        assert_eq!(case("300", Unit::Count, Case::Dative), "300-ге");
        assert_eq!(case("5 000", Unit::Count, Case::Ablative), "5 000-нан");
        assert_eq!(case("20 мың", Unit::Count, Case::Ablative), "20 мыңнан");
        assert_eq!(case("255 млн ₸", Unit::Currency(*b"KZT"), Case::Ablative), "255 млн ₸-ден");
        assert_eq!(case("68 млн", Unit::Count, Case::Dative), "68 млн-ға");
        assert_eq!(case("3 т", Unit::Tonne, Case::Dative), "3 т-ға");
        assert_eq!(case("12,5%", Unit::Percent, Case::Ablative), "12,5%-дан");
        assert_eq!(case("68 млн CHF", Unit::Currency(*b"CHF"), Case::Ablative), "68 млн CHF-тен");
        // A qualified figure ends in its postposition, which takes the case itself.
        assert_eq!(case("525 кг-нан астам", Unit::Kilogram, Case::Ablative), "525 кг-нан астамнан");
    }
}
