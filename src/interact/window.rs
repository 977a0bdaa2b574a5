//! A window on a chart too tall for one canvas (hundreds or thousands of bars):
//! its canvases cover only the part of the page around the screen, and follow
//! it as the reader scrolls, redrawn there. Browsers draw into canvases of
//! limited size (Safari on iOS: 16.7 M pixels, about 85 bars at a phone's 3×;
//! Chromium: 65,535 px a side); past that, they draw nothing.

use crate::layout::Shape;

/// What a window reaches beyond the screen, above and below (CSS px): the page
/// scrolls that far before the window must move.
pub const MARGIN: f64 = 400.0;

/// The largest canvas every browser draws into (Safari on iOS; Firefox's side).
const MAX_PIXELS: f64 = 16_777_216.0;
const MAX_SIDE: f64 = 32_767.0;

/// Whether a chart of this size needs a window at pixel ratio `dpr`.
pub fn needed(width: f64, height: f64, dpr: f64) -> bool {
    height * dpr > MAX_SIDE || width * height * dpr * dpr > MAX_PIXELS
}

/// The part of the scene the canvases cover: from `top`, `h` high.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub top: f64,
    pub h: f64,
}

impl Window {
    /// A window for a screen `view_h` high on a scene `scene_h` high, at its top.
    pub fn new(view_h: f64, scene_h: f64) -> Window {
        Window { top: 0.0, h: (view_h.max(400.0) + 2.0 * MARGIN).min(scene_h) }
    }

    /// Where the window's top must go so that `visible` (the scene's y range on
    /// the screen) lies inside it; None when it already does, or when none of
    /// the chart is on the screen.
    pub fn follow(&self, visible: (f64, f64), scene_h: f64) -> Option<f64> {
        let (a, b) = (visible.0.max(0.0), visible.1.min(scene_h));
        if a >= b || a >= self.top && b <= self.top + self.h {
            return None;
        }
        Some((a - MARGIN).min(scene_h - self.h).max(0.0))
    }

    /// Whether the vertical extent `y0..y1` lies within the window.
    pub fn shows(&self, y0: f64, y1: f64) -> bool {
        y0 >= self.top && y1 <= self.top + self.h
    }

    /// The shapes that reach into the window, moved up to its top.
    pub fn shapes(&self, shapes: &[Shape]) -> Vec<Shape> {
        let end = self.top + self.h;
        // A plain loop: a filter/map/collect chain brought its own code into the wasm.
        let mut out = Vec::new();
        for s in shapes {
            let (y0, y1) = s.y_span();
            if y1 >= self.top && y0 <= end {
                out.push(s.raised(self.top));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Align, Font, Rect, Weight};
    use crate::theme::Ink;

    #[test]
    fn tall_charts_need_a_window_at_the_smallest_limit() {
        assert!(!needed(1280.0, 600.0, 2.0));
        // 90 bars of 58 px at a phone's width and 3×: past Safari's 16.7 M pixels.
        assert!(needed(375.0, 90.0 * 58.0, 3.0));
        assert!(!needed(375.0, 60.0 * 58.0, 3.0));
        assert!(needed(100.0, 40_000.0, 1.0), "past a side's limit");
    }

    #[test]
    fn the_window_follows_the_screen_and_stays_on_the_scene() {
        let w = Window::new(800.0, 100_000.0);
        assert_eq!(w.h, 1600.0);
        assert_eq!(w.follow((0.0, 800.0), 100_000.0), None, "the screen is in it");
        assert_eq!(w.follow((-5_000.0, -4_000.0), 100_000.0), None, "the chart is off the screen");
        assert_eq!(w.follow((1_000.0, 1_800.0), 100_000.0), Some(600.0), "moved to a margin above the screen");
        let w = Window { top: 600.0, ..w };
        assert_eq!(w.follow((500.0, 1_300.0), 100_000.0), Some(100.0), "scrolling back up");
        assert_eq!(w.follow((99_500.0, 100_300.0), 100_000.0), Some(98_400.0), "no further than the scene's end");
        assert_eq!(Window::new(800.0, 1_000.0).h, 1_000.0, "never taller than the scene");
    }

    #[test]
    fn a_window_draws_what_reaches_into_it_moved_up() {
        let w = Window { top: 1_000.0, h: 500.0 };
        let shapes = vec![
            Shape::Rect { rect: Rect::new(0.0, 900.0, 50.0, 20.0), ink: Ink::Series(0) },
            Shape::Rect { rect: Rect::new(0.0, 990.0, 50.0, 20.0), ink: Ink::Series(0) },
            Shape::Text { x: 0.0, y: 1_200.0, text: "a".into(), font: Font::new(14.0, Weight::Normal), ink: Ink::Text, align: Align::Start },
            Shape::Rect { rect: Rect::new(0.0, 1_600.0, 50.0, 20.0), ink: Ink::Series(0) },
        ];
        let drawn = w.shapes(&shapes);
        assert_eq!(drawn.len(), 2);
        assert_eq!(drawn[0], Shape::Rect { rect: Rect::new(0.0, -10.0, 50.0, 20.0), ink: Ink::Series(0) });
        assert!(matches!(drawn[1], Shape::Text { y, .. } if y == 200.0));
        assert!(w.shows(1_000.0, 1_500.0) && !w.shows(990.0, 1_010.0));
    }
}
