//! The news-graphics frame around a chart body: title, subtitle, then the body,
//! then note and source credit, each a step down in weight and colour.

use super::scene::{Align, Font, Rect, Scene, Shape, Weight};
use super::text::wrap;
use super::{Body, Ctx};
use crate::format::{cat, int, words, Lang};
use crate::model::ChartModel;
use crate::spec::Date;
use crate::theme::Ink;

pub const TITLE: Font = Font::new(18.0, Weight::Bold);
pub const SUBTITLE: Font = Font::new(14.0, Weight::Normal);
pub const SMALL: Font = Font::new(12.0, Weight::Normal);

/// Stacks lines of wrapped text from `y`; returns the y below them.
pub fn paragraph(out: &mut Vec<Shape>, cx: &Ctx, text: &str, font: Font, ink: Ink, y: f64, width: f64) -> f64 {
    super::bars::lines(out, &wrap(cx.measure, text, font, width, 0), 0.0, y, font, ink, Align::Start)
}

pub fn layout(chart: &ChartModel, cx: &Ctx, width: f64, body: fn(&ChartModel, &Ctx, f64, f64) -> Body) -> Scene {
    let mut shapes = Vec::new();
    let mut y = 0.0;
    // In the browser the title, subtitle and legend are DOM (headings, buttons);
    // static output draws them here.
    if cx.legend {
        if let Some(t) = &chart.title {
            y = paragraph(&mut shapes, cx, t, TITLE, Ink::Text, y, width);
        }
        if let Some(s) = &chart.subtitle {
            y = paragraph(&mut shapes, cx, s, SUBTITLE, Ink::Muted, y + 2.0, width);
        }
    }
    // Lines name their series at the line ends, donuts over each ring (their
    // colours are items'): no series legend for either.
    if cx.legend && !chart.series.is_empty() && !matches!(chart.kind, crate::spec::ChartKind::Line | crate::spec::ChartKind::Donut) {
        y = super::legend::layout(&mut shapes, chart, cx, if y > 0.0 { y + 8.0 } else { y }, width);
    }
    if y > 0.0 {
        y += 12.0;
    }
    let b = body(chart, cx, y, width);
    shapes.extend(b.shapes);
    y += b.height;

    let credit = credit(cx.words, cx.source);
    let body_end = y;
    let mut credit_box = None;
    if chart.note.is_some() || credit.is_some() {
        y += 10.0;
        // Wrapped short of the corner's button, if one sits there.
        let room = if cx.corner > 0.0 { (width - cx.corner - 8.0).max(width / 2.0) } else { width };
        if let Some(n) = &chart.note {
            y = paragraph(&mut shapes, cx, n, SMALL, Ink::Muted, y, room);
        }
        if let Some(c) = &credit {
            let (top, first) = (y, shapes.len());
            y = paragraph(&mut shapes, cx, c, SMALL, Ink::Muted, y, room);
            let w = shapes[first..].iter().map(|s| if let Shape::Text { text, .. } = s { cx.measure.width(text, SMALL) } else { 0.0 }).fold(0.0, f64::max);
            credit_box = Some(Rect::new(0.0, top, w.min(room), y - top));
        }
    }
    // The corner's button stands 4 px below the body, beside the footer.
    y = y.max(body_end + 4.0 + cx.corner);
    Scene { width, height: (y + 4.0).ceil(), shapes, hits: b.hits, points: b.points, rows: b.rows, kind: Some(b.kind), foot: body_end, credit: credit_box }
}

/// `Источник: Департамент полиции Алматы, 13.10.2025` (also the DOM's
/// hidden footer, for screen readers: the canvas's text is not read).
pub fn credit(words: &crate::format::Wording, source: Option<&crate::spec::Source>) -> Option<String> {
    let src = source?;
    let lang = words.lang;
    let mut text = match &src.name {
        Some(n) => crate::format::cat(&[words::source(lang), ": ", n]),
        None => return None,
    };
    if let Some(d) = src.date {
        // «…Алматы, 13.10.2025», not «…Алматы., 13.10.2025».
        text.truncate(text.trim_end_matches('.').len());
        text.push_str(", ");
        text.push_str(&date(words, d));
    }
    Some(text)
}

/// A source date as each language writes it in a credit line: `13.10.2025`;
/// English has no such numeric form for every reader, so `Oct 13, 2025`.
fn date(words: &crate::format::Wording, d: Date) -> String {
    match (words.lang, d.month, d.day) {
        (Lang::En, ..) => words.date(d),
        (_, Some(m), Some(day)) => cat(&[&int(day.into(), 2), ".", &int(m.into(), 2), ".", &int(d.year.into(), 0)]),
        (_, Some(m), None) => cat(&[&int(m.into(), 2), ".", &int(d.year.into(), 0)]),
        _ => int(d.year.into(), 0),
    }
}
