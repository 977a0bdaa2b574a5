//! The data table behind every chart (visually hidden, read by screen readers,
//! and the source of CSV downloads later): every value, worded exactly.

use crate::format::{words, Wording};
use crate::model::ChartModel;

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn table(chart: &ChartModel, words: &Wording) -> Table {
    let w = words::a11y(words.lang);
    let dated = chart.items.iter().any(|d| d.date.is_some());
    let mut head = vec![if dated { w.date } else { w.category }.to_string()];
    if chart.series.is_empty() {
        head.push(w.value.to_string());
    } else {
        head.extend(chart.series.iter().cloned());
    }
    let has_parts = chart.items.iter().any(|d| !d.parts.is_empty());
    let has_notes = chart.items.iter().any(|d| d.note.is_some());
    if has_parts {
        head.push(w.parts.to_string());
    }
    if has_notes {
        head.push(w.note.to_string());
    }
    let rows = chart
        .items
        .iter()
        .map(|d| {
            let mut row = vec![d.date.map(|dt| words.date(dt)).unwrap_or_else(|| d.label.clone())];
            row.extend(d.values.iter().map(|v| v.as_ref().map(|f| words.of(f, false)).unwrap_or_else(|| "—".into())));
            if has_parts {
                let parts: Vec<String> = d.parts.iter().map(|p| format!("{} — {}", p.label, words.of(&p.figure, false))).collect();
                row.push(parts.join("; "));
            }
            if has_notes {
                row.push(d.note.clone().unwrap_or_default());
            }
            row
        })
        .collect();
    Table { caption: chart.title.clone().unwrap_or_else(|| chart.id.clone()), head, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::native::NativeNumbers;
    use crate::model::Model;

    #[test]
    fn every_value_has_a_cell() {
        let m = Model::new(&crate::spec::parse(include_str!("../../www/data/almaty-2025.json")).unwrap(), None);
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        let t = table(&m.charts[0], &w);
        assert_eq!(t.caption, "Изъято из незаконного оборота");
        assert_eq!(t.head, vec!["Показатель", "Значение", "В том числе"]);
        let plain: Vec<Vec<String>> = t.rows.iter().map(|r| r.iter().map(|c| c.replace('\u{a0}', " ")).collect()).collect();
        assert_eq!(plain[0], vec!["Наркотические средства", "более 525 кг", "синтетические — 52 кг"]);
        assert_eq!(plain[1], vec!["Прекурсоры БК-4", "более 3 т", ""]);
        let line = table(&m.charts[4], &w);
        assert_eq!(line.head, vec!["Дата", "2024", "2025"]);
        assert_eq!(line.rows.len(), 3);
        assert_eq!(line.rows[2][2], "—");
    }
}
