//! The body for a chart kind this build cannot draw yet: a quiet panel that says so.

use super::scene::{Align, Font, Rect, Shape, Weight};
use super::{Body, Ctx};
use crate::format::words;
use crate::model::ChartModel;
use crate::theme::Ink;

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    let kind = if chart.series.is_empty() { chart.kind.name().to_string() } else { format!("{} + series", chart.kind.name()) };
    let font = Font::new(14.0, Weight::Normal);
    let height = 96.0;
    let lines = super::text::wrap(cx.measure, &words::not_supported(cx.words.lang, &kind), font, width - 24.0, 3);
    let lh = font.line_height();
    let mut y = top + (height - lh * lines.len() as f64) / 2.0;
    let mut shapes = vec![Shape::Rect { rect: Rect::new(0.0, top, width, height), ink: Ink::Panel }];
    for line in lines {
        shapes.push(Shape::Text { x: width / 2.0, y: y + (lh - font.size) / 2.0, text: line, font, ink: Ink::Muted, align: Align::Center });
        y += lh;
    }
    Body { shapes, hits: Vec::new(), height }
}
