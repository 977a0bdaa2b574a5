//! `layout`: a chart model and a width → a [`Scene`] (shapes and hit map).
//! Pure: no DOM, no drawing. One module per chart kind; each lays out its body
//! and records where each datum is. `frame` adds the titles and credit line.

mod axis;
mod bar;
mod bars;
pub(crate) mod donut;
mod frame;
pub use frame::credit;
pub use donut::share as donut_share;
mod hbar;
mod legend;
pub mod calendar;
mod line;
pub mod scale;
pub mod scene;
pub mod text;
mod tiles;
pub(crate) mod trig;

pub use scene::{Align, Font, Hit, Mark, Rect, Region, Scene, Sector, Shape, Weight};
pub use text::{ApproxMeasure, TextMeasure};

use crate::format::Wording;
use crate::model::{ChartModel, Model};
use crate::spec::{ChartKind, Source};

/// What every layout step needs besides the chart: text metrics and wording.
pub struct Ctx<'a> {
    pub measure: &'a dyn TextMeasure,
    pub words: &'a Wording<'a>,
    pub source: Option<&'a Source>,
    /// Which series the reader has left switched on (legend); empty: all of them.
    pub shown: &'a [bool],
    /// Static output (SVG, PNG): the scene draws the title, subtitle and a legend
    /// row. The web layer sets it false and builds them as DOM (headings and
    /// legend buttons that can be focused and toggled).
    pub legend: bool,
    /// The side of a square the footer keeps free in the chart's bottom right
    /// corner (CSS px; 0: none): the web's download button sits there when the
    /// chart has no title or legend row to sit beside.
    pub corner: f64,
}

impl Ctx<'_> {
    /// Whether series `s` is drawn and counts towards the scale.
    pub fn shown(&self, s: usize) -> bool {
        self.shown.get(s).copied().unwrap_or(true)
    }
}

/// A chart kind's body, laid out below the titles from `top`.
pub struct Body {
    pub shapes: Vec<Shape>,
    pub hits: Vec<Hit>,
    pub height: f64,
    /// The hits' guide points (lines only), see [`Scene::points`].
    pub points: Vec<(f64, f64, usize)>,
    /// Horizontal bars' rows, see [`Scene::rows`].
    pub rows: Vec<Rect>,
    /// The kind as drawn: columns too narrow for their names come out as bars.
    pub kind: ChartKind,
}

/// Lays out one chart of the model at `width` CSS pixels.
pub fn chart(model: &Model, index: usize, cx: &Ctx, width: f64) -> Scene {
    let chart = &model.charts[index];
    frame::layout(chart, cx, width.max(120.0), body)
}

/// The body of a chart kind: the one place that knows which module draws which kind.
fn body(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    match chart.kind {
        ChartKind::HBar => hbar::layout(chart, cx, top, width),
        ChartKind::Bar => bar::layout(chart, cx, top, width),
        ChartKind::Tiles => tiles::layout(chart, cx, top, width),
        ChartKind::Line => line::layout(chart, cx, top, width),
        // A poll of several answers (64 + 41 + 22 %) is no whole to cut into
        // slices: its shares stand as bars, each against the full scale.
        ChartKind::Donut if chart.series.is_empty() && donut::overlapping(chart, 0) => hbar::layout(chart, cx, top, width),
        ChartKind::Donut => donut::layout(chart, cx, top, width),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod bars_tests;
