//! What a screen reader hears for a whole chart: its kind, title and figures.

use crate::format::{words, Wording};
use crate::model::ChartModel;

/// Items read out in full before the description says "and N more".
const READ_OUT: usize = 12;

/// `Горизонтальная столбчатая диаграмма «Выявлено и заблокировано»: Иностранные
/// банковские карты — более 5 000; …`.
pub fn describe(chart: &ChartModel, words: &Wording) -> String {
    let mut s = words::kind_name(words.lang, chart.kind).to_string();
    if let Some(t) = &chart.title {
        s.push_str(" «");
        s.push_str(t);
        s.push('»');
    }
    let figures: Vec<String> = chart
        .items
        .iter()
        .take(READ_OUT)
        .map(|d| match d.figure() {
            Some(f) => format!("{} — {}", d.label, words.of(f, false)),
            None => d.label.clone(),
        })
        .collect();
    if !figures.is_empty() {
        s.push_str(": ");
        s.push_str(&figures.join("; "));
    }
    if chart.items.len() > READ_OUT {
        s.push_str(&format!("; … (+{})", chart.items.len() - READ_OUT));
    }
    s
}
