//! Horizontal bars, one row per item: the label above its bar (so long labels
//! wrap instead of squeezing the bars on a phone), the worded value at the bar's
//! end, "of which" parts as a darker segment inside the bar and a caption under it.

use super::frame::SMALL;
use super::scale::Linear;
use super::scene::{Align, Font, Hit, Mark, Rect, Region, Shape, Weight};
use super::text::wrap;
use super::{Body, Ctx};
use crate::model::ChartModel;
use crate::theme::Ink;

const LABEL: Font = Font::new(14.0, Weight::Normal);
const VALUE: Font = Font::new(14.0, Weight::Bold);
const BAR_H: f64 = 22.0;
const ROW_GAP: f64 = 14.0;
/// The smallest width a non-zero bar or part is drawn at, so it stays visible.
const MIN_VISIBLE: f64 = 1.5;

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    let values: Vec<String> = chart.items.iter().map(|d| d.figure().map(|f| cx.words.of(f, true)).unwrap_or_default()).collect();
    let value_w = values.iter().map(|v| cx.measure.width(v, VALUE)).fold(0.0, f64::max);
    let scale = Linear::new(chart.max_scaled(), (width - value_w - 8.0).max(width * 0.4));

    let mut shapes = Vec::new();
    let mut hits = Vec::new();
    let mut y = top;
    for (i, (d, value)) in chart.items.iter().zip(values).enumerate() {
        let row_top = y;
        let lh = LABEL.line_height();
        for line in wrap(cx.measure, &d.label, LABEL, width, 2) {
            shapes.push(Shape::Text { x: 0.0, y: y + (lh - LABEL.size) / 2.0, text: line, font: LABEL, ink: Ink::Text, align: Align::Start });
            y += lh;
        }
        y += 4.0;
        let scaled = d.figure().map_or(0.0, |f| f.scaled);
        let bar_w = visible(scale.px(scaled), scaled);
        let bar = Rect::new(0.0, y, bar_w, BAR_H);
        shapes.push(Shape::Rect { rect: bar, ink: Ink::Series(0) });
        let mut x = 0.0;
        for p in &d.parts {
            let w = visible(scale.px(p.figure.scaled), p.figure.scaled).min(bar_w - x);
            shapes.push(Shape::Rect { rect: Rect::new(x, y, w, BAR_H), ink: Ink::Part });
            x += w;
        }
        shapes.push(Shape::Text {
            x: bar_w + 6.0,
            y: y + (BAR_H - VALUE.size) / 2.0,
            text: value,
            font: VALUE,
            ink: Ink::Text,
            align: Align::Start,
        });
        y += BAR_H;
        if let Some(caption) = cx.words.parts(&d.parts, true) {
            y += 3.0;
            for line in wrap(cx.measure, &caption, SMALL, width, 2) {
                let slh = SMALL.line_height();
                shapes.push(Shape::Text { x: 0.0, y: y + (slh - SMALL.size) / 2.0, text: line, font: SMALL, ink: Ink::Muted, align: Align::Start });
                y += slh;
            }
        }
        let area = Rect::new(0.0, row_top - ROW_GAP / 2.0, width, y - row_top + ROW_GAP);
        hits.push(Hit { item: i, series: 0, area: Region::Rect(area), mark: Mark::Rect(bar), anchor: (bar.right(), bar.y + BAR_H / 2.0), avoid: bar });
        y += ROW_GAP;
    }
    Body { shapes, hits, height: y - top - ROW_GAP }
}

fn visible(px: f64, value: f64) -> f64 {
    if value > 0.0 { px.max(MIN_VISIBLE) } else { 0.0 }
}
