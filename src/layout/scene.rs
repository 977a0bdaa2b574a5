//! What layout produces: shapes to draw (in CSS pixels) and the hit map that says
//! which datum is where. Drawing and hit testing read the same data, so they
//! cannot disagree.

use crate::theme::Ink;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn contains(&self, px: f64, py: f64) -> bool {
        px >= self.x && px < self.x + self.w && py >= self.y && py < self.y + self.h
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Squared distance from a point to the rectangle (0 inside).
    pub fn distance2(&self, px: f64, py: f64) -> f64 {
        let dx = (self.x - px).max(0.0).max(px - self.right());
        let dy = (self.y - py).max(0.0).max(py - self.bottom());
        dx * dx + dy * dy
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Normal,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub weight: Weight,
}

impl Font {
    pub const fn new(size: f64, weight: Weight) -> Font {
        Font { size, weight }
    }

    /// The height of one line of this font in a block of text.
    pub fn line_height(&self) -> f64 {
        (self.size * 1.3).round()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Center,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect { rect: Rect, ink: Ink },
    /// An outline drawn inside `rect`'s edges.
    Frame { rect: Rect, ink: Ink, width: f64 },
    Line { from: (f64, f64), to: (f64, f64), ink: Ink, width: f64 },
    /// One line of text; `y` is the top of its em box.
    Text { x: f64, y: f64, text: String, font: Font, ink: Ink, align: Align },
}

/// Where a datum is: `area` catches the pointer (a whole row, say), `mark` is the
/// drawn bar to highlight, `anchor` is the point a tooltip points at.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub item: usize,
    pub series: usize,
    pub area: Rect,
    pub mark: Rect,
    pub anchor: (f64, f64),
}

/// A chart laid out at one width: its size, what to draw, and what is where.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    pub hits: Vec<Hit>,
}

impl Scene {
    /// The datum under a point, if any.
    pub fn hit_at(&self, x: f64, y: f64) -> Option<&Hit> {
        self.hits.iter().find(|h| h.area.contains(x, y))
    }
}
