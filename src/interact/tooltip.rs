//! The tooltip's text: the label, then the figure worded as the source worded it
//! (one row per series where a chart shows several at once), then its "of which"
//! parts and its note. Built here and only here.

use crate::format::Wording;
use crate::model::ChartModel;
use crate::spec::ChartKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Tooltip {
    /// The item's full label (never shortened, unlike the one drawn).
    pub label: String,
    /// One figure, or one per series for a line chart's date.
    pub rows: Vec<Row>,
    /// `в т.ч. синтетические — 52 кг`.
    pub parts: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The series' name, when the chart has series.
    pub series: Option<String>,
    /// The exact figure: `более 525 кг`; `—` for a gap.
    pub figure: String,
}

impl Tooltip {
    /// The tooltip for item `item`, series `series`; a line chart lists every
    /// shown series at that date.
    pub fn new(chart: &ChartModel, item: usize, series: usize, words: &Wording) -> Option<Tooltip> {
        Self::with_shown(chart, item, series, words, &[])
    }

    pub fn with_shown(chart: &ChartModel, item: usize, series: usize, words: &Wording, shown: &[bool]) -> Option<Tooltip> {
        let d = chart.items.get(item)?;
        d.values.get(series)?;
        let row = |s: usize| Row {
            series: chart.series.get(s).cloned(),
            figure: match d.values.get(s).copied().flatten() {
                Some(f) => words.of(&f, false),
                None => "—".to_string(),
            },
        };
        let rows = if chart.kind == ChartKind::Line {
            (0..d.values.len()).filter(|s| shown.get(*s).copied().unwrap_or(true)).map(row).collect()
        } else {
            vec![row(series)]
        };
        // A dated item reads its date in words, at the precision it was given.
        let label = d.date.map(|dt| words.date(dt)).unwrap_or_else(|| d.label.clone());
        Some(Tooltip { label, rows, parts: words.parts(&d.parts, false), note: d.note.clone() })
    }

    /// One line for screen readers and logs:
    /// `Наркотические средства: более 525 кг, в т.ч. синтетические — 52 кг`.
    pub fn text(&self) -> String {
        let rows: Vec<String> = self
            .rows
            .iter()
            .map(|r| match &r.series {
                Some(s) => format!("{s}: {}", r.figure),
                None => r.figure.clone(),
            })
            .collect();
        let mut s = format!("{}: {}", self.label, crate::format::join(&rows, "; "));
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
        // A line chart's date lists every series; a gap reads as a dash.
        let tip = Tooltip::new(&m.charts[4], 2, 0, &w).unwrap();
        assert_eq!(tip.text().replace('\u{a0}', " "), "март 2025: 2024: 52 кг; 2025: —");
        let only_2025 = Tooltip::with_shown(&m.charts[4], 1, 1, &w, &[false, true]).unwrap();
        assert_eq!(only_2025.text().replace('\u{a0}', " "), "февраль 2025: 2025: 61,3 кг");
    }
}
