//! Text widths and line wrapping. The browser measures with canvas `measureText`
//! (see `web::measure`); natively an average-width metric stands in.

use crate::format::cat;
use super::scene::{Font, Weight};

pub trait TextMeasure {
    fn width(&self, text: &str, font: Font) -> f64;
}

/// Widths from per-character classes of a typical sans-serif face. Close enough
/// for native tests and SVG output; the browser uses real metrics.
pub struct ApproxMeasure;

impl TextMeasure for ApproxMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let em: f64 = text
            .chars()
            .map(|c| match c {
                'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'I' => 0.28,
                ' ' | '\u{a0}' | 'f' | 't' | 'r' | '(' | ')' | '-' => 0.33,
                '0'..='9' => 0.56,
                'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ю' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'ы' | 'Ы' | '—' => 0.82,
                c if c.is_uppercase() => 0.66,
                _ => 0.55,
            })
            .sum();
        let bold = if font.weight == Weight::Bold { 1.07 } else { 1.0 };
        em * font.size * bold
    }
}

/// The words `wrap` breaks a text into (no-break spaces hold theirs together).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() && c != '\u{a0}').filter(|w| !w.is_empty())
}

/// `text` on one line: its words parted by one space each, as `wrap` writes
/// them (no line breaks, doubled or edge spaces from the source).
pub fn one_line(text: &str) -> String {
    let mut line = String::new();
    for w in words(text) {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    line
}

/// The width of `text`'s widest word: the narrowest it wraps to uncut.
pub fn widest_word(m: &dyn TextMeasure, text: &str, font: Font) -> f64 {
    words(text).map(|w| m.width(w, font)).fold(0.0, f64::max)
}

/// Whether every word of `text` fits on a line of `max_w`, so `wrap` cuts none.
pub fn words_fit(m: &dyn TextMeasure, text: &str, font: Font, max_w: f64) -> bool {
    words(text).all(|w| m.width(w, font) <= max_w)
}

/// Greedy word wrap into lines no wider than `max_w`. A word wider than a line is
/// cut. With `max_lines`, the last line ends in `…` when text is left over.
pub fn wrap(m: &dyn TextMeasure, text: &str, font: Font, max_w: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // No-break spaces (`более\u{a0}525\u{a0}кг`) hold their words together;
    // a group too wide for a line of its own breaks at them before any word
    // of it is cut (`7,25` / `млн ₸`, not `7,25 м` / `лн ₸`).
    for group in words(text) {
        let pieces: Vec<&str> =
            if m.width(group, font) <= max_w { vec![group] } else { group.split(|c: char| c == '\u{a0}').filter(|w| !w.is_empty()).collect() };
        for (k, word) in pieces.into_iter().enumerate() {
            let sep = if k == 0 { ' ' } else { '\u{a0}' };
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                let mut c = line.clone();
                c.push(sep);
                c + word
            };
            if m.width(&candidate, font) <= max_w || line.is_empty() && m.width(word, font) <= max_w {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // Cut a word that does not fit on a line of its own: between two
            // letters with a hyphen («Республикан-» / «ский»), room kept for it.
            let mut rest = word.to_string();
            while m.width(&rest, font) > max_w && rest.chars().count() > 1 {
                let mut cut = String::new();
                for ch in rest.chars() {
                    let mut next = cut.clone();
                    next.push(ch);
                    if m.width(&next, font) + m.width("-", font) > max_w && !cut.is_empty() {
                        break;
                    }
                    cut = next;
                }
                rest = rest[cut.len()..].to_string();
                // Letters: Latin, and past Latin-1's symbols (Cyrillic, Kazakh);
                // `char::is_alphabetic` would bring its 1.5 KB Unicode table.
                let letter = |c: char| c.is_ascii_alphabetic() || c >= 'À';
                let letters = cut.chars().last().is_some_and(letter) && rest.chars().next().is_some_and(letter);
                if letters {
                    cut.push('-');
                }
                lines.push(cut);
            }
            line = rest;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if max_lines > 0 && lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        *last = ellipsize(m, last, font, max_w);
    }
    lines
}

/// Whole words on at most `max_lines` lines of `max_w`, for a name that is
/// whole elsewhere (a legend): what is left over ends in `…` after the last
/// whole word that leaves room for it, and a word wider than a line is cut
/// short with `…` («Многокварти…»), never broken across lines with a hyphen
/// of its own. A compound breaks after its own hyphen, as print does
/// («Telegram-» / «каналы», not «Telegram-к…»).
pub fn wrap_whole(m: &dyn TextMeasure, text: &str, font: Font, max_w: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let pieces = words(text).flat_map(|word| {
        let mut rest = word;
        let mut first = true;
        std::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            // After a hyphen between two letters of it.
            let cut = rest.char_indices().find(|&(i, c)| c == '-' && i > 0 && i + 1 < rest.len()).map_or(rest.len(), |(i, _)| i + 1);
            let (piece, tail) = rest.split_at(cut);
            rest = tail;
            let glued = !std::mem::replace(&mut first, false);
            Some((piece, glued))
        })
    });
    for (w, glued) in pieces {
        let candidate = if line.is_empty() { w.to_string() } else { cat(&[&line, if glued { "" } else { " " }, w]) };
        if m.width(&candidate, font) <= max_w {
            line = candidate;
            continue;
        }
        if !line.is_empty() && lines.len() + 1 < max_lines {
            lines.push(std::mem::take(&mut line));
            if m.width(w, font) <= max_w {
                line = w.to_string();
                continue;
            }
        }
        // Out of lines, or a word too wide for one: the text stops here.
        let mut last = if line.is_empty() { w.to_string() } else { line };
        while m.width(&cat(&[&last, "…"]), font) > max_w {
            match crate::format::rfind_char(&last, ' ') {
                Some(i) => last.truncate(i),
                None => {
                    last = ellipsize(m, &last, font, max_w);
                    lines.push(last);
                    return lines;
                }
            }
        }
        last.push('…');
        lines.push(last);
        return lines;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Shortens `text` so that it and a trailing `…` fit in `max_w`.
pub fn ellipsize(m: &dyn TextMeasure, text: &str, font: Font, max_w: f64) -> String {
    let mut s: String = text.trim_end().to_string();
    loop {
        let candidate = cat(&[s.trim_end(), "…"]);
        if m.width(&candidate, font) <= max_w || s.is_empty() {
            return candidate;
        }
        s.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Font = Font::new(14.0, Weight::Normal);

    #[test]
    fn whole_words_end_in_an_ellipsis_never_a_hyphen() {
        let m = ApproxMeasure;
        let name = "Многоквартирные жилые дома в городах республиканского значения";
        let w = m.width("Многоквартирные жилые", F) + 1.0;
        let lines = wrap_whole(&m, name, F, w, 2);
        assert_eq!(lines, ["Многоквартирные жилые", "дома в городах…"]);
        // A first word wider than the line: cut short, one line, no hyphen.
        let narrow = m.width("Многоквартир", F);
        let lines = wrap_whole(&m, name, F, narrow, 2);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].ends_with('…') && !lines[0].contains('-') && m.width(&lines[0], F) <= narrow, "{lines:?}");
        // A word too wide on the second line: the first line kept, the word cut.
        let lines = wrap_whole(&m, "Дома республиканского", F, m.width("Дома", F) + 30.0, 2);
        assert_eq!(lines[0], "Дома");
        assert!(lines[1].ends_with('…') && lines[1].starts_with("респ"), "{lines:?}");
        // What fits is as `wrap` makes it.
        assert_eq!(wrap_whole(&m, "Индивидуальные дома", F, 500.0, 2), ["Индивидуальные дома"]);
        // A compound breaks after its hyphen, whole, rather than be cut short.
        let tg = "Telegram-каналы";
        assert_eq!(wrap_whole(&m, tg, F, m.width("Telegram-", F) + 10.0, 2), ["Telegram-", "каналы"]);
        assert_eq!(wrap_whole(&m, tg, F, m.width(tg, F), 2), [tg]);
        assert_eq!(wrap_whole(&m, "Сайты и Telegram-каналы", F, m.width("Сайты и Telegram-", F) + 2.0, 2), ["Сайты и Telegram-", "каналы"]);
        // Not at a leading or trailing one.
        assert_eq!(wrap_whole(&m, "-5 000-", F, 500.0, 2), ["-5 000-"]);
        for l in wrap_whole(&m, name, F, 90.0, 3) {
            assert!(m.width(&l, F) <= 90.0, "{l}");
        }
    }

    #[test]
    fn wraps_at_words_and_never_exceeds_the_width() {
        let m = ApproxMeasure;
        let lines = wrap(&m, "Легализовано в доход государства", F, 120.0, 0);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(m.width(l, F) <= 120.0, "{l}");
        }
        assert_eq!(lines.join(" "), "Легализовано в доход государства");
    }

    #[test]
    fn cuts_long_words_and_ellipsizes_extra_lines() {
        let m = ApproxMeasure;
        let lines = wrap(&m, "Сверхдлинноесловокотороенепомещается", F, 60.0, 0);
        assert!(lines.len() > 2);
        // Each cut between letters is marked by a hyphen, kept within the width.
        assert!(lines[..lines.len() - 1].iter().all(|l| l.ends_with('-') && m.width(l, F) <= 60.0), "{lines:?}");
        assert_eq!(lines.iter().map(|l| l.trim_end_matches('-')).collect::<String>(), "Сверхдлинноесловокотороенепомещается");
        // Figures are not hyphenated: 12 345 678 cut is not «12-» / «345».
        let digits = wrap(&m, "123456789012345678901234567890", F, 60.0, 0);
        assert!(digits.iter().all(|l| !l.ends_with('-')), "{digits:?}");
        let short = wrap(&m, "один два три четыре пять шесть семь", F, 60.0, 2);
        assert_eq!(short.len(), 2);
        assert!(short[1].ends_with('…'));
    }

    #[test]
    fn a_group_too_wide_for_a_line_breaks_at_its_no_break_spaces_before_any_word_is_cut() {
        let m = ApproxMeasure;
        let group = "около\u{a0}7,25\u{a0}млн\u{a0}₸";
        // Whole where it fits.
        assert_eq!(wrap(&m, group, F, 200.0, 0), [group]);
        // Too wide: at its no-break spaces, the pieces of a line still held by them.
        let w = m.width("около\u{a0}7,25", F) + 1.0;
        assert_eq!(wrap(&m, group, F, w, 0), ["около\u{a0}7,25", "млн\u{a0}₸"]);
        // Words around it join with plain spaces.
        let lines = wrap(&m, &format!("итого {group}"), F, w, 0);
        assert!(lines.iter().all(|l| !l.ends_with('-') && m.width(l, F) <= w), "{lines:?}");
        assert_eq!(lines.join(" ").replace('\u{a0}', " "), "итого около 7,25 млн ₸");
    }
}
