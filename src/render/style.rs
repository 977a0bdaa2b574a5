//! The small style objects plotters' backends read colours, widths and fonts from.

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, FontFamily, FontStyle};

use crate::layout::{Align, Font, Weight};
use crate::theme::Rgba;

fn backend_color(c: Rgba) -> BackendColor {
    BackendColor { alpha: c.3, rgb: (c.0, c.1, c.2) }
}

pub struct Fill {
    color: BackendColor,
    width: f64,
}

impl Fill {
    pub fn new(c: Rgba, width: f64) -> Fill {
        Fill { color: backend_color(c), width }
    }
}

impl BackendStyle for Fill {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width.round().max(1.0) as u32
    }
}

/// A text style for backends that lay out text themselves (canvas and SVG).
pub struct Text<'a> {
    color: BackendColor,
    size: f64,
    bold: bool,
    align: Align,
    family: &'a str,
}

impl<'a> Text<'a> {
    pub fn new(c: Rgba, font: Font, align: Align, scale: f64, family: &'a str) -> Text<'a> {
        Text { color: backend_color(c), size: font.size * scale, bold: font.weight == Weight::Bold, align, family }
    }
}

impl BackendTextStyle for Text<'_> {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn style(&self) -> FontStyle {
        if self.bold { FontStyle::Bold } else { FontStyle::Normal }
    }
    fn anchor(&self) -> Pos {
        let h = match self.align {
            Align::Start => HPos::Left,
            Align::Center => HPos::Center,
            Align::End => HPos::Right,
        };
        Pos::new(h, VPos::Top)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        let w = (text.chars().count() as f64 * self.size * 0.55) as i32;
        Ok(((0, 0), (w, self.size as i32)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        // Only backends with their own text engines (canvas, SVG) are used.
        Err(std::fmt::Error)
    }
}
