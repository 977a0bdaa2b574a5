//! Keyboard focus within a chart: which hit the arrow keys move to. Hits are in
//! reading order (item, then series), so the walk follows the chart.

use crate::layout::Hit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Left/Right arrows: the previous or next item.
    Prev,
    Next,
    /// Up/Down arrows: the series above or below at the same item (grouped
    /// bars, lines); in a single-series chart, the previous or next item.
    Up,
    Down,
    Home,
    End,
}

impl Key {
    /// Up and Down swapped: a column's stack has its first series at the bottom.
    pub fn upside_down(self) -> Key {
        match self {
            Key::Up => Key::Down,
            Key::Down => Key::Up,
            k => k,
        }
    }

    /// The key named by a DOM `KeyboardEvent.key`.
    pub fn from_dom(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowLeft" => Key::Prev,
            "ArrowRight" => Key::Next,
            "ArrowUp" => Key::Up,
            "ArrowDown" => Key::Down,
            "Home" => Key::Home,
            "End" => Key::End,
            _ => return None,
        })
    }
}

/// The hit focus moves to from `current` (None: nothing focused yet). A datum
/// with several hits (a donut slice and its list row) is one stop: its first hit
/// (layouts list a datum's hits one after another, see `Scene::hits`).
/// Linear in the number of hits, so a 166,650-point line still steps at once.
pub fn step(hits: &[Hit], current: Option<usize>, key: Key) -> Option<usize> {
    let datum = |i: usize| (hits[i].item, hits[i].series);
    // Plain loops: iterator chains brought their own code into the wasm.
    let (mut stops, mut keys): (Vec<usize>, Vec<(usize, usize)>) = (Vec::new(), Vec::new());
    for i in 0..hits.len() {
        if i == 0 || datum(i) != datum(i - 1) {
            stops.push(i);
            keys.push(datum(i));
        }
    }
    let current = current.and_then(|c| hits.get(c)).and_then(|h| keys.iter().position(|k| *k == (h.item, h.series)));
    step_keys(&keys, current, key).map(|i| stops[i])
}

/// Steps over (item, series) stops in reading order.
fn step_keys(keys: &[(usize, usize)], current: Option<usize>, key: Key) -> Option<usize> {
    if keys.is_empty() {
        return None;
    }
    let last = keys.len() - 1;
    let Some(cur) = current.filter(|c| *c <= last) else {
        return Some(if key == Key::End { last } else { 0 });
    };
    let (item, series) = keys[cur];
    // Up/Down move within an item when some item has several stops (grouped
    // columns, stacks, a donut's rings); a line's one stop a date, whichever
    // series comes first there (a gap), steps on as Left/Right.
    let mut seen = vec![false; keys.iter().map(|k| k.0 + 1).max().unwrap_or(0)];
    let multi = keys.iter().any(|k| std::mem::replace(&mut seen[k.0], true));
    let find = |pred: &dyn Fn(&(usize, usize)) -> bool, forward: bool| -> Option<usize> {
        if forward {
            (cur + 1..keys.len()).find(|&i| pred(&keys[i]))
        } else {
            (0..cur).rev().find(|&i| pred(&keys[i]))
        }
    };
    let next = match key {
        Key::Home => Some(0),
        Key::End => Some(last),
        // Next item: the same series there if it has a value, else the stop
        // reached (the item's first going on: a donut's next ring from the
        // last slice of one, never back to the first of the same ring).
        Key::Next | Key::Prev => find(&|k| k.0 != item, key == Key::Next).map(|i| {
            let it = keys[i].0;
            let same = |f: &dyn Fn(&(usize, usize)) -> bool| if key == Key::Next { (i..keys.len()).find(|&j| f(&keys[j])) } else { (0..=i).rev().find(|&j| f(&keys[j])) };
            same(&|k| *k == (it, series)).unwrap_or(i)
        }),
        Key::Up | Key::Down if multi => find(&|k| k.0 == item, key == Key::Down),
        Key::Up => cur.checked_sub(1),
        Key::Down => (cur < last).then_some(cur + 1),
    };
    Some(next.unwrap_or(cur))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Mark, Rect, Region};

    fn hits(spec: &[(usize, usize)]) -> Vec<Hit> {
        spec.iter()
            .map(|&(item, series)| Hit {
                item,
                series,
                area: Region::Rect(Rect::default()),
                mark: Mark::Rect(Rect::default()),
                anchor: (0.0, 0.0),
                avoid: Rect::default(),
            })
            .collect()
    }

    #[test]
    fn arrows_walk_items_in_order_and_stop_at_the_ends() {
        let h = hits(&[(0, 0), (1, 0), (2, 0)]);
        assert_eq!(step(&h, None, Key::Next), Some(0));
        assert_eq!(step(&h, Some(0), Key::Next), Some(1));
        assert_eq!(step(&h, Some(2), Key::Next), Some(2));
        assert_eq!(step(&h, Some(0), Key::Prev), Some(0));
        assert_eq!(step(&h, Some(1), Key::Down), Some(2), "single series: down = next");
        // A line's one hit a date, its series the first with a value there: a
        // gap in series 0 makes a date's hit series 1, and Up/Down still step.
        let line = hits(&[(0, 0), (1, 1), (2, 0)]);
        assert_eq!(step(&line, Some(0), Key::Down), Some(1), "a line with a gap: down = next");
        assert_eq!(step(&line, Some(1), Key::Down), Some(2));
        assert_eq!(step(&line, Some(2), Key::Up), Some(1));
        // A donut's rings, one after another: Down goes to the item's next ring.
        let rings = hits(&[(0, 0), (1, 0), (0, 1), (1, 1)]);
        assert_eq!(step(&rings, Some(1), Key::Down), Some(3));
        assert_eq!(step(&rings, Some(3), Key::Up), Some(1));
        // Right from a ring's last slice reads on into the next ring, and Left
        // back: no loop round the first ring.
        let rings = hits(&[(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (2, 1)]);
        assert_eq!(step(&rings, Some(2), Key::Next), Some(3));
        assert_eq!(step(&rings, Some(3), Key::Prev), Some(2));
        assert_eq!(step(&rings, Some(5), Key::Next), Some(5), "the last stays");
        assert_eq!(step(&h, Some(1), Key::Up), Some(0));
        assert_eq!(step(&h, Some(1), Key::End), Some(2));
        assert_eq!(step(&h, Some(2), Key::Home), Some(0));
        assert_eq!(step(&[], None, Key::Next), None);
    }

    #[test]
    fn grouped_charts_keep_the_series_across_items_and_switch_with_up_down() {
        // Item 1 has no value in series 1 (a gap).
        let h = hits(&[(0, 0), (0, 1), (1, 0), (2, 0), (2, 1)]);
        assert_eq!(step(&h, Some(1), Key::Next), Some(2), "series 1 missing at item 1: its first");
        assert_eq!(step(&h, Some(2), Key::Next), Some(3));
        assert_eq!(step(&h, Some(4), Key::Prev), Some(2));
        assert_eq!(step(&h, Some(0), Key::Down), Some(1));
        assert_eq!(step(&h, Some(1), Key::Down), Some(1), "no series below");
        assert_eq!(step(&h, Some(4), Key::Up), Some(3));
        assert_eq!(step(&h, Some(2), Key::Down), Some(2));
    }

    #[test]
    fn a_datum_with_two_hits_is_one_stop() {
        // A donut: slice hit then list-row hit for each item.
        let h = hits(&[(0, 0), (0, 0), (1, 0), (1, 0), (2, 0), (2, 0)]);
        assert_eq!(step(&h, Some(0), Key::Next), Some(2));
        assert_eq!(step(&h, Some(1), Key::Next), Some(2), "from the row hit too");
        assert_eq!(step(&h, Some(2), Key::Down), Some(4));
        assert_eq!(step(&h, Some(2), Key::Up), Some(0));
        assert_eq!(step(&h, None, Key::End), Some(4));
    }
}
