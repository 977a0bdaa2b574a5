//! The value axis of lines and columns, news style: light gridlines across
//! the chart, each label standing on its line at the left edge, the unit on
//! the top one only.

use super::scene::{Align, Font, Rect, Shape, Weight};
use crate::theme::Ink;

pub const TICK: Font = Font::new(12.0, Weight::Normal);
/// A label's em box top above its gridline: the text stands on the line.
/// (5 px: a descender clears a point's marker on the line below it.)
const RISE: f64 = TICK.size + 5.0;
/// Room over the top gridline for its label.
pub const HEADROOM: f64 = RISE + 3.0;

/// The label of the gridline at `y`.
pub fn label(y: f64, text: &str) -> Shape {
    Shape::Text { x: 0.0, y: y - RISE, text: text.to_string(), font: TICK, ink: Ink::Muted, align: Align::Start }
}

/// The gridline at `y` across the chart (from 0 to `right`), broken where a
/// figure stands across it: a column that reaches just under a gridline has
/// its value standing over it, and the line would run through the letters.
pub fn gridline(out: &mut Vec<Shape>, y: f64, right: f64, figures: &[Rect]) {
    let mut x = 0.0;
    // Box by box along the line, left to right (no sort: std's is large in the wasm).
    let across = |b: &&Rect, x: f64| b.y < y + 1.0 && b.bottom() > y - 1.0 && b.right() > x;
    while let Some(b) = figures.iter().filter(|b| across(b, x)).min_by(|a, b| a.x.total_cmp(&b.x)) {
        if b.x > x {
            out.push(Shape::Line { from: (x, y), to: (b.x.min(right), y), ink: Ink::Grid, width: 1.0 });
        }
        x = b.right();
    }
    if x < right {
        out.push(Shape::Line { from: (x, y), to: (right, y), ink: Ink::Grid, width: 1.0 });
    }
}

/// Lower tick labels drop the magnitude word («млрд», «M») that every one of
/// them shares with the top label, which keeps it: «3 млрд ₸», «2», «1», «0».
/// Mixed magnitudes («500», «1 тыс.») keep their words, and so do an axis
/// off zero («10,6 тыс.» over «10,4» would read as ten and a bit) and powers
/// of ten («2×10¹⁵» is not «2×10»).
pub fn drop_shared_magnitude(ticks: &[f64], labels: &mut [String]) {
    let tail = |s: &str| s.rfind(|c: char| c.is_ascii_digit()).map(|i| s.len() - i - 1);
    let Some((top, lower)) = labels.split_last_mut() else { return };
    // `chars().any`, not `contains('×')`: a non-ASCII char pattern is a
    // substring search, whose searcher the wasm would carry for this one use.
    if !ticks.contains(&0.0) || top.chars().any(|c| c == '×') {
        return;
    }
    // Zero has no magnitude: it keeps «0» whatever the others say.
    let mut named = lower.iter().zip(ticks).filter(|(_, t)| **t != 0.0).map(|(l, _)| l);
    let Some(first) = named.next() else { return };
    let Some(n) = tail(first).filter(|n| *n > 0) else { return };
    let word = &first[first.len() - n..];
    // The top label's own magnitude, right after its digits: «KZT 1M» is not
    // a label of thousands for carrying a K in its code.
    let top_word = tail(top).map(|k| &top[top.len() - k..]);
    if !named.all(|l| l.ends_with(word) && tail(l) == Some(n)) || !top_word.is_some_and(|t| t.starts_with(word)) {
        return;
    }
    let word = word.to_string();
    for (l, t) in lower.iter_mut().zip(ticks) {
        if *t != 0.0 {
            l.truncate(l.len() - word.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::drop_shared_magnitude;

    fn dropped(ticks: &[f64], labels: &[&str]) -> Vec<String> {
        let mut l: Vec<String> = labels.iter().map(|s| s.to_string()).collect();
        drop_shared_magnitude(ticks, &mut l);
        l
    }

    #[test]
    fn lower_labels_drop_the_magnitude_the_top_one_names() {
        let ticks = [0.0, 1e9, 2e9, 3e9];
        assert_eq!(dropped(&ticks, &["0", "1\u{a0}млрд", "2\u{a0}млрд", "3\u{a0}млрд\u{a0}₸"]), ["0", "1", "2", "3\u{a0}млрд\u{a0}₸"]);
        assert_eq!(dropped(&[-1e6, 0.0, 1e6], &["−1M", "0", "$1M"]), ["−1", "0", "$1M"]);
    }

    #[test]
    fn mixed_or_unshared_magnitudes_keep_their_words() {
        // 500 has no word, 1 000 has one: «1» would read as one.
        let mixed = ["0", "500", "1\u{a0}тыс.", "1,5\u{a0}тыс.\u{a0}кг"];
        assert_eq!(dropped(&[0.0, 500.0, 1e3, 1.5e3], &mixed), mixed);
        // A word the top label does not carry stays where it is.
        let unshared = ["900\u{a0}тыс.", "950\u{a0}тыс.", "1\u{a0}млн"];
        assert_eq!(dropped(&[9e5, 9.5e5, 1e6], &unshared), unshared);
        // A currency code's letter is no magnitude: «KZT 1M» over «800K».
        let code = ["0", "200K", "400K", "600K", "800K", "KZT\u{a0}1M"];
        assert_eq!(dropped(&[0.0, 2e5, 4e5, 6e5, 8e5, 1e6], &code), code);
        assert_eq!(dropped(&[0.0, 5e5, 1e6], &["0", "500M", "MXN\u{a0}1B"]), ["0", "500M", "MXN\u{a0}1B"]);
        assert_eq!(dropped(&[0.0, 1e6, 2e6], &["0", "1M", "KZT\u{a0}2M"]), ["0", "1", "KZT\u{a0}2M"]);
        // Off zero, every label says its size; a power of ten is kept whole.
        let off = ["10,2\u{a0}тыс.", "10,4\u{a0}тыс.", "10,6\u{a0}тыс."];
        assert_eq!(dropped(&[10_200.0, 10_400.0, 10_600.0], &off), off);
        let powers = ["0", "1×10¹⁵", "2×10¹⁵", "3×10¹⁵\u{a0}₸"];
        assert_eq!(dropped(&[0.0, 1e15, 2e15, 3e15], &powers), powers);
        // Plain numbers have nothing to drop.
        assert_eq!(dropped(&[0.0, 50.0, 100.0], &["0", "50", "100\u{a0}%"]), ["0", "50", "100\u{a0}%"]);
    }
}
