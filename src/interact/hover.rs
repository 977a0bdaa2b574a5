//! Hover state of one chart: which datum the pointer is on, changed only when it
//! moves to another, so the overlay is redrawn only then.

use crate::layout::{Hit, Rect, Scene, Shape};
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
        let next = scene.hits.iter().position(|h| h.area.contains(x, y));
        std::mem::replace(&mut self.current, next) != next
    }

    /// The pointer left the chart; true when something was hovered.
    pub fn leave(&mut self) -> bool {
        self.current.take().is_some()
    }
}

/// The overlay's shapes for a hovered datum: an outline just outside its mark.
pub fn highlight(hit: &Hit) -> Vec<Shape> {
    let m = hit.mark;
    let rect = Rect::new(m.x - 2.0, m.y - 2.0, m.w + 4.0, m.h + 4.0);
    vec![Shape::Frame { rect, ink: Ink::Highlight, width: 2.0 }]
}
