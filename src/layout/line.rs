//! Placeholder until the line module lands: the "not supported yet" panel.

use super::{Body, Ctx};
use crate::model::ChartModel;

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    super::placeholder::layout(chart, cx, top, width)
}
