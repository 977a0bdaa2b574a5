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
    /// An open polyline (a series' line); drawn as one path, not per segment.
    Path { points: Vec<(f64, f64)>, ink: Ink, width: f64 },
    /// A filled polygon (a donut slice, an area).
    Polygon { points: Vec<(f64, f64)>, ink: Ink },
    /// A dot (a line's marker): filled, or a ring of `width` when `width > 0`.
    Circle { center: (f64, f64), radius: f64, ink: Ink, width: f64 },
}

impl Shape {
    /// Its highest and lowest y (strokes and glyphs included, roughly): what a
    /// window on a tall chart draws is what overlaps it.
    pub fn y_span(&self) -> (f64, f64) {
        let of = |pts: &[(f64, f64)], pad: f64| pts.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| (a.min(p.1 - pad), b.max(p.1 + pad)));
        match self {
            Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => (rect.y, rect.bottom()),
            Shape::Line { from, to, width, .. } => of(&[*from, *to], *width),
            Shape::Text { y, font, .. } => (*y - font.size * 0.3, *y + font.line_height()),
            Shape::Path { points, width, .. } => of(points, *width),
            Shape::Polygon { points, .. } => of(points, 1.0),
            Shape::Circle { center, radius, width, .. } => (center.1 - radius - width, center.1 + radius + width),
        }
    }

    /// The same shape moved by (`dx`, `dy`): a scene drawn inside a margin.
    pub fn moved(&self, dx: f64, dy: f64) -> Shape {
        let by = |p: &(f64, f64)| (p.0 + dx, p.1 + dy);
        let mut s = self.clone();
        match &mut s {
            Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => (rect.x, rect.y) = (rect.x + dx, rect.y + dy),
            Shape::Line { from, to, .. } => (*from, *to) = (by(from), by(to)),
            Shape::Text { x, y, .. } => (*x, *y) = (*x + dx, *y + dy),
            Shape::Path { points, .. } | Shape::Polygon { points, .. } => points.iter_mut().for_each(|p| *p = by(p)),
            Shape::Circle { center, .. } => *center = by(center),
        }
        s
    }

    /// The same shape `dy` higher: drawn on a window whose top is at `dy`.
    pub fn raised(&self, dy: f64) -> Shape {
        let up = |p: &(f64, f64)| (p.0, p.1 - dy);
        let mut s = self.clone();
        match &mut s {
            Shape::Rect { rect, .. } | Shape::Frame { rect, .. } => rect.y -= dy,
            Shape::Line { from, to, .. } => (*from, *to) = (up(from), up(to)),
            Shape::Text { y, .. } => *y -= dy,
            Shape::Path { points, .. } | Shape::Polygon { points, .. } => points.iter_mut().for_each(|p| *p = up(p)),
            Shape::Circle { center, .. } => *center = up(center),
        }
        s
    }
}

/// A ring sector: angles in radians, clockwise from 12 o'clock.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sector {
    pub cx: f64,
    pub cy: f64,
    pub r_inner: f64,
    pub r_outer: f64,
    pub start: f64,
    pub end: f64,
}

impl Sector {
    pub fn contains(&self, px: f64, py: f64) -> bool {
        let (dx, dy) = (px - self.cx, py - self.cy);
        let r = (dx * dx + dy * dy).sqrt();
        if r < self.r_inner || r > self.r_outer {
            return false;
        }
        // atan2 measured clockwise from 12 o'clock, in [0, 2π).
        // atan2 is within [-π, π], so this is rem_euclid(TAU) without fmod.
        let a = dx.atan2(-dy);
        let a = if a < 0.0 { a + std::f64::consts::TAU } else { a };
        a >= self.start && a < self.end
    }

    /// A closed outline as points: the outer arc clockwise, then the inner arc
    /// back. Chords of at most 4 px on the outer arc (sagitta well under 0.1 px),
    /// so arcs stay smooth at 2× device pixels.
    pub fn outline(&self) -> Vec<(f64, f64)> {
        let at = |r: f64, a: f64| {
            let (sin, cos) = super::trig::sin_cos(a);
            (self.cx + r * sin, self.cy - r * cos)
        };
        let span = self.end - self.start;
        let step = (4.0 / self.r_outer.max(1.0)).min(0.04);
        let steps = ((span / step).ceil() as usize).max(2);
        let angle = |i: usize| self.start + span * i as f64 / steps as f64;
        let mut pts: Vec<(f64, f64)> = Vec::new();
        for i in 0..=steps {
            pts.push(at(self.r_outer, angle(i)));
        }
        for i in (0..=steps).rev() {
            pts.push(at(self.r_inner, angle(i)));
        }
        pts.push(pts[0]);
        pts
    }
}

/// The part of the chart that catches the pointer for one datum.
#[derive(Debug, Clone, PartialEq)]
pub enum Region {
    Rect(Rect),
    Sector(Sector),
}

impl Region {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        match self {
            Region::Rect(r) => r.contains(x, y),
            Region::Sector(s) => s.contains(x, y),
        }
    }
}

/// What the overlay highlights for a datum.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// A bar, a column or a tile.
    Rect(Rect),
    /// A donut slice.
    Sector(Sector),
    /// A vertical guide at a date from `top` to `bottom`, with each series'
    /// point there: `points` indexes [`Scene::points`] (one shared list, not a
    /// list per date: a big line has 55,550 guides).
    Guide { x: f64, top: f64, bottom: f64, points: std::ops::Range<usize> },
}

/// Where a datum is: `area` catches the pointer (a whole row, say), `mark` is
/// what the overlay highlights, `anchor` is the point a tooltip points at, and
/// `avoid` the box the tooltip must not cover.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub item: usize,
    pub series: usize,
    pub area: Region,
    pub mark: Mark,
    pub anchor: (f64, f64),
    pub avoid: Rect,
}

/// A chart laid out at one width: its size, what to draw, and what is where.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    /// In reading order (item, then series); a datum's several hits (a donut
    /// slice and its list row) follow one another.
    pub hits: Vec<Hit>,
    /// The guides' points: (x, y, series index).
    pub points: Vec<(f64, f64, usize)>,
    /// Horizontal bars' rows, one per item: bands one after another, each
    /// from its row's first ink to the next row's, as wide as its own ink. A
    /// tooltip may stand beside them (`interact::tooltip::spot`). Empty for
    /// other kinds, and for lists of over 500 rows (`hbar::ROWS_INKED`).
    pub rows: Vec<Rect>,
    /// The kind as drawn (a `bar` chart may come out as horizontal bars).
    pub kind: Option<crate::spec::ChartKind>,
    /// Where the body ends and the footer (note, credit) begins.
    pub foot: f64,
    /// The source credit's lines as drawn (the web layer lays its link there).
    pub credit: Option<Rect>,
}

impl Scene {
    /// The datum under a point, if any.
    pub fn hit_at(&self, x: f64, y: f64) -> Option<&Hit> {
        self.hits.iter().find(|h| h.area.contains(x, y))
    }

    /// The index of the hit under a point, if any.
    pub fn hit_index_at(&self, x: f64, y: f64) -> Option<usize> {
        self.hits.iter().position(|h| h.area.contains(x, y))
    }
}
