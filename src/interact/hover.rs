//! Hover state of one chart: which datum the pointer is on, changed only when it
//! moves to another, so the overlay is redrawn only then.

use crate::layout::{Hit, Mark, Rect, Scene, Sector, Shape};
use crate::theme::Ink;

#[derive(Debug, Default)]
pub struct Hover {
    /// Index into the scene's hits.
    current: Option<usize>,
}

impl Hover {
    pub fn current<'s>(&self, scene: &'s Scene) -> Option<&'s Hit> {
        scene.hits.get(self.current?)
    }

    /// The pointer is at (x, y) in CSS pixels; true when the hovered datum changed.
    pub fn pointer_at(&mut self, scene: &Scene, x: f64, y: f64) -> bool {
        let next = scene.hit_index_at(x, y);
        std::mem::replace(&mut self.current, next) != next
    }

    /// The pointer left the chart; true when something was hovered.
    pub fn leave(&mut self) -> bool {
        self.current.take().is_some()
    }
}

/// The overlay's shapes for a hovered or focused datum.
pub fn highlight(hit: &Hit) -> Vec<Shape> {
    match &hit.mark {
        Mark::Rect(m) => {
            // An outline just outside the mark, kept inside the canvas.
            let (x, y) = ((m.x - 2.0).max(0.0), (m.y - 2.0).max(0.0));
            let rect = Rect::new(x, y, m.right() + 2.0 - x, m.bottom() + 2.0 - y);
            vec![Shape::Frame { rect, ink: Ink::Highlight, width: 2.0 }]
        }
        Mark::Sector(s) => {
            // The slice's outline, pushed out a little.
            let grown = Sector { r_outer: s.r_outer + 4.0, ..*s };
            vec![Shape::Path { points: grown.outline(), ink: Ink::Highlight, width: 2.0 }]
        }
        Mark::Guide { x, top, bottom, points } => {
            let mut out = vec![Shape::Line { from: (*x, *top), to: (*x, *bottom), ink: Ink::Muted, width: 1.0 }];
            for (px, py, s) in points {
                out.push(Shape::Circle { center: (*px, *py), radius: 5.0, ink: Ink::Series(*s as u8), width: 0.0 });
                out.push(Shape::Circle { center: (*px, *py), radius: 6.0, ink: Ink::Highlight, width: 2.0 });
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Hit;

    fn scene() -> Scene {
        let hit = |item: usize, y: f64| Hit {
            item,
            series: 0,
            area: crate::layout::Region::Rect(Rect::new(0.0, y, 100.0, 20.0)),
            mark: Mark::Rect(Rect::new(0.0, y + 5.0, 50.0, 10.0)),
            anchor: (50.0, y + 10.0),
            avoid: Rect::new(0.0, y + 5.0, 50.0, 10.0),
        };
        Scene { width: 100.0, height: 60.0, shapes: vec![], hits: vec![hit(0, 0.0), hit(1, 30.0)] }
    }

    #[test]
    fn changes_only_when_the_datum_under_the_pointer_changes() {
        let s = scene();
        let mut h = Hover::default();
        assert!(h.pointer_at(&s, 10.0, 10.0));
        assert_eq!(h.current(&s).unwrap().item, 0);
        assert!(!h.pointer_at(&s, 60.0, 12.0), "same row: no redraw");
        assert!(h.pointer_at(&s, 10.0, 25.0), "the gap between rows");
        assert!(h.current(&s).is_none());
        assert!(h.pointer_at(&s, 10.0, 35.0));
        assert_eq!(h.current(&s).unwrap().item, 1);
        assert!(h.leave());
        assert!(!h.leave());
    }

    #[test]
    fn highlight_outlines_the_mark_inside_the_canvas() {
        let s = scene();
        match highlight(&s.hits[1]).as_slice() {
            [Shape::Frame { rect, .. }] => assert_eq!(*rect, Rect::new(0.0, 33.0, 52.0, 14.0)),
            other => panic!("{other:?}"),
        }
    }
}
