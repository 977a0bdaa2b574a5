//! `model`: a valid document made ready to draw. Every figure keeps its value,
//! unit and qualifier as the source gave them, plus `scaled`, its value on the
//! chart's one scale (3 t in a kg chart scales to 3000). Nothing about pixels.

use crate::format::Lang;
use crate::spec::{self, ChartKind, Date, Qualifier, Unit};

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub lang: Lang,
    /// How the reader's locale writes dates natively (`en-GB`: the day first).
    pub dates: &'static crate::format::date::NativeDates,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub source: Option<spec::Source>,
    pub charts: Vec<ChartModel>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartModel {
    pub id: String,
    pub kind: ChartKind,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
    /// The unit every `scaled` value of this chart is in.
    pub unit: Unit,
    pub series: Vec<String>,
    pub stacked: bool,
    pub items: Vec<Datum>,
    /// Series named by years over dates of one year (`"series": ["2024",
    /// "2025"]`, dates `2025-01`…): a year-on-year comparison whose dates give
    /// only the month, so their year is not shown (`январь 2025: 2024: …` would
    /// contradict itself).
    pub seasonal: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Datum {
    /// The category name; for a time series without labels, the date as written.
    pub label: String,
    pub date: Option<Date>,
    /// One per series (one without series); None is a gap.
    pub values: Vec<Option<Figure>>,
    /// "Of which" parts, in the item's own unit.
    pub parts: Vec<PartFigure>,
    pub note: Option<String>,
}

/// A figure as the source stated it, and where it sits on the chart's scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    pub scaled: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartFigure {
    pub label: String,
    pub figure: Figure,
}

impl Figure {
    fn new(value: f64, unit: Unit, qualifier: Qualifier, chart_unit: Unit) -> Self {
        Figure { value, unit, qualifier, scaled: value * unit.grams() / chart_unit.grams() }
    }
}

impl Datum {
    /// The first series' figure: the one figure of a single-series item.
    pub fn figure(&self) -> Option<&Figure> {
        self.values.first().and_then(Option::as_ref)
    }
}

impl ChartModel {
    /// The largest scaled value (0 when all are gaps): the end of a value axis.
    pub fn max_scaled(&self) -> f64 {
        // Plain loops in this module: iterator chains brought their own code into the wasm.
        let mut max: f64 = 0.0;
        for d in &self.items {
            for f in d.values.iter().filter_map(Option::as_ref) {
                max = max.max(f.scaled);
            }
        }
        max
    }
}

impl Model {
    /// The model of a valid document, in the language of `locale` (the element's
    /// attribute) or else the document's own.
    pub fn new(doc: &spec::Document, locale: Option<&str>) -> Model {
        let tag = locale.unwrap_or(&doc.locale);
        let (lang, _) = Lang::from_tag(tag);
        Model {
            lang,
            dates: crate::format::date::NativeDates::of_tag(tag),
            title: doc.title.clone(),
            subtitle: doc.subtitle.clone(),
            source: doc.source.clone(),
            charts: doc.charts.iter().map(chart).collect(),
        }
    }
}

impl Model {
    /// The charts an embed shows: the one named by its `chart` attribute, or all.
    /// The error names the ids there are, in the reader's language.
    pub fn select(&self, id: Option<&str>) -> Result<Vec<usize>, String> {
        match id {
            None => Ok((0..self.charts.len()).collect()),
            Some(id) => match self.charts.iter().position(|c| c.id == id) {
                Some(i) => Ok(vec![i]),
                None => {
                    let ids: Vec<&str> = self.charts.iter().map(|c| c.id.as_str()).collect();
                    Err(crate::format::words::no_such_chart(self.lang, id, &crate::format::join(&ids, ", ")))
                }
            },
        }
    }
}

fn chart(c: &spec::Chart) -> ChartModel {
    let mut items: Vec<Datum> = Vec::with_capacity(c.items.len());
    for it in &c.items {
        let unit = it.unit.unwrap_or(c.unit);
        let mut values = Vec::with_capacity(it.values.len());
        for v in &it.values {
            values.push(v.map(|v| Figure::new(v, unit, it.qualifier, c.unit)));
        }
        let mut parts = Vec::with_capacity(it.parts.len());
        for p in &it.parts {
            parts.push(PartFigure { label: p.label.clone(), figure: Figure::new(p.value, p.unit.unwrap_or(unit), p.qualifier, c.unit) });
        }
        items.push(Datum {
            label: it
                .label
                .clone()
                .or_else(|| it.date.map(|d| d.iso()))
                .unwrap_or_default(),
            date: it.date,
            values,
            parts,
            note: it.note.clone(),
        });
    }
    let years = |s: &String| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let year = items.first().and_then(|d| d.date).map(|d| d.year);
    let seasonal = c.series.len() > 1
        && c.series.iter().all(years)
        && items.iter().all(|d| d.date.is_some_and(|dt| Some(dt.year) == year && dt.month.is_some()));
    ChartModel {
        id: c.id.clone(),
        kind: c.kind,
        title: c.title.clone(),
        subtitle: c.subtitle.clone(),
        note: c.note.clone(),
        unit: c.unit,
        series: c.series.clone(),
        stacked: c.stacked,
        items,
        seasonal,
    }
}

#[cfg(test)]
mod tests;
