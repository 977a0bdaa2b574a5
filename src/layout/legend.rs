//! A static legend for charts with series (native SVG output): swatch and name
//! per series, wrapped into rows. In the browser the web layer builds a DOM
//! legend instead, which can be focused and toggled.

use super::scene::{Align, Font, Rect, Shape, Weight};
use super::text::ellipsize;
use super::Ctx;
use crate::model::ChartModel;
use crate::theme::Ink;

const FONT: Font = Font::new(13.0, Weight::Normal);
const SWATCH: f64 = 11.0;
/// Between a swatch and its name, and between entries.
const INNER: f64 = 6.0;
const OUTER: f64 = 16.0;

/// Draws the legend rows from `y`; returns the y below them.
pub fn layout(out: &mut Vec<Shape>, chart: &ChartModel, cx: &Ctx, y: f64, width: f64) -> f64 {
    let lh = FONT.line_height();
    let (mut x, mut y) = (0.0, y);
    for (s, name) in chart.series.iter().enumerate() {
        let room = width - SWATCH - INNER;
        let name = if cx.measure.width(name, FONT) > room { ellipsize(cx.measure, name, FONT, room) } else { name.clone() };
        let w = SWATCH + INNER + cx.measure.width(&name, FONT);
        if x > 0.0 && x + w > width {
            x = 0.0;
            y += lh + 2.0;
        }
        let swatch = Rect::new(x, y + (lh - SWATCH) / 2.0, SWATCH, SWATCH);
        let ink = Ink::Series((s % 256) as u8);
        // A series the reader switched off keeps its place, as an outline.
        let (mark, text_ink) = if cx.shown(s) {
            (Shape::Rect { rect: swatch, ink }, Ink::Text)
        } else {
            (Shape::Frame { rect: swatch, ink, width: 1.5 }, Ink::Muted)
        };
        out.push(mark);
        out.push(Shape::Text { x: x + SWATCH + INNER, y: y + (lh - FONT.size) / 2.0, text: name, font: FONT, ink: text_ink, align: Align::Start });
        x += w + OUTER;
    }
    y + lh
}
