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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::native::NativeNumbers;
    use crate::model::Model;

    #[test]
    fn tooltip_words_the_figure_with_its_parts() {
        let doc = crate::spec::parse(include_str!("../../www/data/almaty-2025.json")).unwrap();
        let m = Model::new(&doc, None);
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        let tip = Tooltip::new(&m.charts[0], 0, 0, &w).unwrap();
        assert_eq!(
            tip.text().replace('\u{a0}', " "),
            "Наркотические средства: более 525 кг, в т.ч. синтетические — 52 кг"
        );
        let tip = Tooltip::new(&m.charts[2], 0, 0, &w).unwrap();
        assert_eq!(tip.text().replace('\u{a0}', " "), "Легализовано в доход государства: более 255 000 000 ₸");
        assert_eq!(Tooltip::new(&m.charts[0], 9, 0, &w), None);
        // A gap in a series reads as a dash.
        assert_eq!(Tooltip::new(&m.charts[4], 2, 1, &w).unwrap().figure, "—");
    }
}
