//! Vertical columns: a value axis of light gridlines with round ticks (the unit on
//! the top tick only), worded values above the columns, category labels wrapped
//! under them.

use super::scale::{nice_ticks, Linear};
use super::scene::{Align, Font, Hit, Mark, Rect, Region, Shape, Weight};
use super::text::wrap;
use super::{Body, Ctx};
use crate::model::ChartModel;
use crate::theme::Ink;

const TICK: Font = Font::new(12.0, Weight::Normal);
const VALUE: Font = Font::new(13.0, Weight::Bold);
const LABEL: Font = Font::new(13.0, Weight::Normal);

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    let n = chart.items.len().max(1) as f64;
    let ticks = nice_ticks(chart.max_scaled(), 4);
    let tick_labels: Vec<String> = ticks
        .iter()
        .enumerate()
        .map(|(i, t)| if i + 1 == ticks.len() { cx.words.tick(*t, chart.unit) } else { cx.words.numbers.compact(*t) })
        .collect();
    let axis_w = tick_labels.iter().map(|t| cx.measure.width(t, TICK)).fold(0.0, f64::max) + 8.0;
    let plot_x = axis_w;
    let plot_w = (width - plot_x).max(40.0);
    let slot = plot_w / n;
    let col_w = (slot * 0.62).min(96.0);

    // Worded values above the columns wrap to the slot: reserve room for two lines.
    let values: Vec<Vec<String>> = chart
        .items
        .iter()
        .map(|d| d.figure().map(|f| wrap(cx.measure, &cx.words.of(f, true), VALUE, slot - 4.0, 2)).unwrap_or_default())
        .collect();
    let value_lines = values.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let headroom = value_lines * VALUE.line_height() + 4.0;
    let plot_h = (width * 0.42).clamp(150.0, 260.0);
    let plot_top = top + headroom;
    let base_y = plot_top + plot_h;
    let scale = Linear::new(*ticks.last().unwrap_or(&1.0), plot_h);

    let mut shapes = Vec::new();
    for (t, label) in ticks.iter().zip(&tick_labels) {
        let y = (base_y - scale.px(*t)).round();
        if *t > 0.0 {
            shapes.push(Shape::Line { from: (plot_x, y), to: (width, y), ink: Ink::Grid, width: 1.0 });
        }
        shapes.push(Shape::Text { x: axis_w - 8.0, y: y - TICK.size / 2.0, text: label.clone(), font: TICK, ink: Ink::Muted, align: Align::End });
    }

    let labels: Vec<Vec<String>> = chart.items.iter().map(|d| wrap(cx.measure, &d.label, LABEL, slot - 6.0, 3)).collect();
    let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let bottom = base_y + 8.0 + label_lines * LABEL.line_height();

    let mut hits = Vec::new();
    for (i, d) in chart.items.iter().enumerate() {
        let cx_mid = plot_x + slot * (i as f64 + 0.5);
        let scaled = d.figure().map_or(0.0, |f| f.scaled);
        let h = if scaled > 0.0 { scale.px(scaled).max(1.5) } else { 0.0 };
        let col = Rect::new(cx_mid - col_w / 2.0, base_y - h, col_w, h);
        shapes.push(Shape::Rect { rect: col, ink: Ink::Series(0) });
        let mut py = base_y;
        for p in &d.parts {
            let ph = scale.px(p.figure.scaled).max(1.5).min(py - col.y);
            shapes.push(Shape::Rect { rect: Rect::new(col.x, py - ph, col_w, ph), ink: Ink::Part });
            py -= ph;
        }
        let vlh = VALUE.line_height();
        let mut vy = col.y - 4.0 - vlh * values[i].len() as f64;
        for line in &values[i] {
            shapes.push(Shape::Text { x: cx_mid, y: vy + (vlh - VALUE.size) / 2.0, text: line.clone(), font: VALUE, ink: Ink::Text, align: Align::Center });
            vy += vlh;
        }
        let llh = LABEL.line_height();
        let mut ly = base_y + 8.0;
        for line in &labels[i] {
            shapes.push(Shape::Text { x: cx_mid, y: ly + (llh - LABEL.size) / 2.0, text: line.clone(), font: LABEL, ink: Ink::Text, align: Align::Center });
            ly += llh;
        }
        let area = Rect::new(cx_mid - slot / 2.0, top, slot, bottom - top);
        hits.push(Hit { item: i, series: 0, area: Region::Rect(area), mark: Mark::Rect(col), anchor: (cx_mid, col.y), avoid: col });
    }
    shapes.push(Shape::Line { from: (plot_x, base_y), to: (width, base_y), ink: Ink::Axis, width: 1.0 });
    Body { shapes, hits, height: bottom - top }
}
