//! `spec`: the statistics JSON v1 format (../shared/spec/stats-format.md):
//! its text parsed, every validity rule checked, errors with JSON paths.

mod currency;
mod error;
mod json;
mod lint;
mod messages;
mod path;
mod read;
mod types;

pub use error::{Found, Problem, SpecError, MAX_BYTES, MAX_ITEMS, MAX_STRING_CHARS};
pub use json::JsonFault;
pub use lint::{slips, Slip};
pub use messages::declared_locale;
pub use read::DEFAULT_LOCALE;
pub use types::*;

/// Parses and validates a document. Over-large text is refused before parsing;
/// nesting deeper than 128 levels is a syntax error.
pub fn parse(text: &str) -> Result<Document, SpecError> {
    parse_into(text, None)
}

/// [`parse`], and the fields of a valid document that look misspelt
/// ([`Slip`]) in each chart's first `WIDGET_ITEMS` (1,000) items, found on the same parse:
/// what the widget and `validate` warn of (`newsplot check` looks at all).
pub fn parse_noting(text: &str) -> Result<(Document, Vec<Slip>), SpecError> {
    let mut slips = Vec::new();
    parse_into(text, Some(&mut slips)).map(|d| (d, slips))
}

/// Parses, validates and, given `slips`, fills it from the same tree.
fn parse_into(text: &str, slips: Option<&mut Vec<Slip>>) -> Result<Document, SpecError> {
    if text.len() > MAX_BYTES {
        return Err(SpecError::at(path::Path::ROOT, Problem::TooLarge { bytes: text.len() }));
    }
    let tree = json::tree(text).map_err(|e| {
        SpecError::at(path::Path::ROOT, Problem::Syntax { line: e.line, column: e.column, what: e.what })
    })?;
    let doc = read::document(&tree)?;
    if let Some(out) = slips {
        *out = lint::in_tree(&tree, lint::WIDGET_ITEMS);
    }
    Ok(doc)
}

/// The path of the first name left empty where a reader needs one (an item's
/// `label` outside a line chart, a part's `label`): valid as the format
/// stands, but a bar with no name: `newsplot check` warns the editor (the
/// widget does not: a warning costs the page ~0.4 KB, and the nameless bar shows).
pub fn first_empty_name(doc: &Document) -> Option<String> {
    let blank = |s: &str| s.chars().all(char::is_whitespace);
    for (c, chart) in doc.charts.iter().enumerate() {
        for (i, item) in chart.items.iter().enumerate() {
            let at = || format!("charts[{c}].items[{i}]");
            if chart.kind != ChartKind::Line && item.label.as_deref().is_some_and(blank) {
                return Some(at() + ".label");
            }
            if let Some(p) = item.parts.iter().position(|p| blank(&p.label)) {
                return Some(format!("{}.parts[{p}].label", at()));
            }
        }
    }
    None
}

#[cfg(test)]
mod empty_names {
    #[test]
    fn the_first_empty_name_is_found_by_its_path() {
        let at = |items: &str, kind: &str| super::first_empty_name(&super::parse(&format!(r#"{{"version":1,"charts":[{{"id":"a","type":"bar","items":[{{"label":"x","value":1}}]}},{{"id":"b","type":"{kind}","items":[{items}]}}]}}"#)).unwrap());
        assert_eq!(at(r#"{"label":"x","value":1},{"label":" ","value":2}"#, "hbar").as_deref(), Some("charts[1].items[1].label"));
        assert_eq!(at(r#"{"label":"x","value":3,"parts":[{"label":"y","value":1},{"label":"","value":1}]}"#, "donut").as_deref(), Some("charts[1].items[0].parts[1].label"));
        assert_eq!(at(r#"{"label":"x","value":1}"#, "tiles"), None);
        // A line's items are named by their dates.
        assert_eq!(at(r#"{"label":"","date":"2025","value":1}"#, "line"), None);
    }
}

