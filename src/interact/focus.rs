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
/// with several hits (a donut slice and its list row) is one stop: its first hit.
pub fn step(hits: &[Hit], current: Option<usize>, key: Key) -> Option<usize> {
    let stops: Vec<usize> = (0..hits.len())
        .filter(|&i| !hits[..i].iter().any(|h| h.item == hits[i].item && h.series == hits[i].series))
        .collect();
    let stop_hits: Vec<Hit> = stops.iter().map(|&i| hits[i].clone()).collect();
    let current = current.and_then(|c| hits.get(c)).and_then(|h| stop_hits.iter().position(|s| s.item == h.item && s.series == h.series));
    step_stops(&stop_hits, current, key).map(|i| stops[i])
}

fn step_stops(hits: &[Hit], current: Option<usize>, key: Key) -> Option<usize> {
    if hits.is_empty() {
        return None;
    }
    let last = hits.len() - 1;
    let Some(cur) = current.filter(|c| *c <= last) else {
        return Some(if key == Key::End { last } else { 0 });
    };
    let (item, series) = (hits[cur].item, hits[cur].series);
    let multi = hits.iter().any(|h| h.series != hits[0].series);
    let find = |pred: &dyn Fn(&Hit) -> bool, forward: bool| -> Option<usize> {
        if forward {
            (cur + 1..hits.len()).find(|&i| pred(&hits[i]))
        } else {
            (0..cur).rev().find(|&i| pred(&hits[i]))
        }
    };
    let next = match key {
        Key::Home => Some(0),
        Key::End => Some(last),
        // Next item: the same series there if it has a hit, else the item's first.
        Key::Next | Key::Prev => {
            let forward = key == Key::Next;
            let other_item = find(&|h: &Hit| h.item != item, forward).map(|i| hits[i].item);
            other_item.map(|it| {
                hits.iter()
                    .position(|h| h.item == it && h.series == series)
                    .or_else(|| hits.iter().position(|h| h.item == it))
                    .unwrap_or(cur)
            })
        }
        Key::Up | Key::Down if multi => find(&|h: &Hit| h.item == item, key == Key::Down),
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
