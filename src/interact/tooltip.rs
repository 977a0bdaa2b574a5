//! The tooltip's text: the label, then the figure worded as the source worded it,
//! then its "of which" parts and its note. Built here and only here.

use crate::format::Wording;
use crate::model::ChartModel;

#[derive(Debug, Clone, PartialEq)]
pub struct Tooltip {
    /// The item's full label (never shortened, unlike the one drawn).
    pub label: String,
    /// The exact figure: `более 525 кг`.
    pub figure: String,
    /// `в т.ч. синтетические — 52 кг`.
    pub parts: Option<String>,
    pub note: Option<String>,
}

impl Tooltip {
    pub fn new(chart: &ChartModel, item: usize, series: usize, words: &Wording) -> Option<Tooltip> {
        let d = chart.items.get(item)?;
        let figure = match d.values.get(series)? {
            Some(f) => words.of(f, false),
            None => "—".to_string(),
        };
        Some(Tooltip { label: d.label.clone(), figure, parts: words.parts(&d.parts, false), note: d.note.clone() })
    }

    /// One line for screen readers and logs:
    /// `Наркотические средства: более 525 кг, в т.ч. синтетические — 52 кг`.
    pub fn text(&self) -> String {
        let mut s = format!("{}: {}", self.label, self.figure);
        if let Some(p) = &self.parts {
            s.push_str(", ");
            s.push_str(p);
        }
        if let Some(n) = &self.note {
            s.push_str(". ");
            s.push_str(n);
        }
        s
    }
}
