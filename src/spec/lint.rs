//! Fields the format does not read whose names are a slip away from one it
//! does (`units`, `qualifer`, `vlaue`): the document is valid, so it is
//! drawn, but not as the editor meant it (a figure in the chart's unit,
//! 3,2 kg for 3,2 t; «1 251 кг» for «более 1 250 кг»). `newsplot check` and
//! the widget's console name them.

use super::json::{self, Node, Tree, Val};
use super::path::Path;
use crate::format::Lang;

const DOCUMENT: &[&str] = &["version", "locale", "title", "subtitle", "source", "charts"];
const SOURCE: &[&str] = &["name", "url", "date"];
const CHART: &[&str] = &["id", "type", "title", "subtitle", "note", "unit", "series", "stacked", "items"];
const ITEM: &[&str] = &["label", "date", "value", "values", "unit", "qualifier", "parts", "note"];
const PART: &[&str] = &["label", "value", "qualifier", "unit"];

/// A field that looks like a misspelt one: where it is and the field meant.
#[derive(Debug, Clone, PartialEq)]
pub struct Slip {
    /// `charts[0].items[3].units`
    pub path: String,
    /// `units` (a key may hold a dot: not read back from the path)
    pub key: String,
    pub meant: &'static str,
}

impl Slip {
    /// The warning an editor reads (`newsplot check`, the widget's console,
    /// `validate`'s `warnings`), in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let template = match lang {
            Lang::Ru => "{0}: поля «{1}» в формате нет, и оно пропущено; может быть, имелось в виду «{2}»?",
            Lang::Kk => "{0}: форматта «{1}» өрісі жоқ, ол ескерілмеді; мүмкін, «{2}» болуы керек пе?",
            Lang::En => "{0}: the format has no field \"{1}\", so it is ignored; did you mean \"{2}\"?",
        };
        crate::format::fill(template, &[&self.path, &self.key, self.meant])
    }
}

/// Every slip in a document's text, in document order (none for text that
/// is not JSON: its error says more).
pub fn slips(text: &str) -> Vec<Slip> {
    json::tree(text).map(|t| in_tree(&t, usize::MAX)).unwrap_or_default()
}

/// How many items of each chart the widget and `validate` look at: a slip in
/// generated data repeats in every item, and looking at all 55,550 of the
/// benchmark's line added ~15 % to its parse.
pub const WIDGET_ITEMS: usize = 1000;

/// The slips of a parsed document, in the first `per_chart` items of each
/// chart: the widget looks at the tree it has read already (a second parse
/// of a 3,6 MB line would double its reading).
pub fn in_tree(tree: &Tree, per_chart: usize) -> Vec<Slip> {
    let mut out = Vec::new();
    let (root, p) = (tree.root(), Path::ROOT);
    look(root, &p, DOCUMENT, &mut out);
    if let Some(s) = root.get("source") {
        look(s, &p.key("source"), SOURCE, &mut out);
    }
    // Plain loops over the nodes (iterator adapters cost the wasm more).
    let charts = p.key("charts");
    let cs = root.get("charts");
    for (c, chart) in nodes(cs).iter().enumerate() {
        let (chart, cp) = (root.at(chart), charts.index(c));
        look(chart, &cp, CHART, &mut out);
        let items = cp.key("items");
        for (i, item) in nodes(chart.get("items")).iter().enumerate().take(per_chart) {
            let (item, ip) = (root.at(item), items.index(i));
            look(item, &ip, ITEM, &mut out);
            let parts = ip.key("parts");
            for (k, part) in nodes(item.get("parts")).iter().enumerate() {
                look(root.at(part), &parts.index(k), PART, &mut out);
            }
        }
    }
    out
}

/// An array's nodes (none for anything else).
fn nodes<'t, 'a>(v: Option<Val<'t, 'a>>) -> &'t [Node<'a>] {
    v.and_then(Val::items).unwrap_or_default()
}

/// The slips among an object's keys: a key the level does not know, one or
/// two keystrokes from a field it does (one for short names), that the
/// object does not have already (`labels` beside `label` is a field of the
/// editor's own).
fn look(v: Val, at: &Path, known: &[&'static str], out: &mut Vec<Slip>) {
    for (key, _) in v.entries() {
        if known.contains(&key) || key.starts_with('/') {
            continue;
        }
        let lower = key.to_ascii_lowercase();
        let close = |f: &&&str| {
            let d = distance(&lower, f);
            d <= if f.len() <= 4 { 1 } else { 2 }
        };
        if let Some(meant) = known.iter().find(close).filter(|f| v.get(f).is_none()) {
            out.push(Slip { path: at.key(key).text(), key: key.to_string(), meant });
        }
    }
}

/// Edits between two names: insertions, deletions, substitutions and
/// swaps of neighbours (`vlaue`), counted in bytes (3 for names past 15
/// bytes or 2 bytes apart in length: no field is that near).
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() > 15 || b.len() > 15 || a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    // Rows i-2, i-1 and i of the table, as fixed arrays (no allocation).
    let mut rows = [[0usize; 16]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (now, prev, back) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[now][0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev][j] + 1).min(rows[now][j - 1] + 1).min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[back][j - 2] + 1);
            }
            rows[now][j] = d;
        }
    }
    rows[a.len() % 3][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_fields_are_named_with_the_field_meant() {
        let text = r#"{"version":1,"Locale":"kk","source":{"nmae":"МВД","url":"x"},"charts":[{"id":"a","type":"bar","titel":"x","items":[
            {"label":"Прекурсоры","value":3.2,"units":"t"},
            {"label":"Марихуана","value":1251,"qualifer":"more_than"},
            {"label":"a","vlaue":5,"value":1},
            {"label":"b","value":1,"labels":"своё поле","comment":"своё","//":"комментарий","parts":[{"label":"c","valeu":1}]}]}]}"#;
        let got: Vec<(String, &str)> = slips(text).into_iter().map(|s| (s.path, s.meant)).collect();
        assert_eq!(
            got,
            [
                ("Locale".to_string(), "locale"),
                ("source.nmae".to_string(), "name"),
                ("charts[0].titel".to_string(), "title"),
                ("charts[0].items[0].units".to_string(), "unit"),
                ("charts[0].items[1].qualifer".to_string(), "qualifier"),
                ("charts[0].items[3].parts[0].valeu".to_string(), "value"),
            ]
        );
        // The widget finds the same on the parse it draws from, and words them.
        let valid = text.replace(r#""valeu":1"#, r#""value":1,"qualifer":"about""#);
        let (_, noted) = crate::spec::parse_noting(&valid).unwrap();
        assert_eq!(noted, slips(&valid));
        assert_eq!(noted.last().unwrap().path, "charts[0].items[3].parts[0].qualifer");
        // The widget looks at each chart's first thousand items; `check` at all.
        let mut items: Vec<String> = (0..1500).map(|i| format!(r#"{{"label":"{i}","value":1}}"#)).collect();
        items[1400] = r#"{"label":"x","value":1,"qualifer":"about"}"#.to_string();
        let long = format!(r#"{{"version":1,"charts":[{{"id":"a","type":"bar","items":[{}]}}]}}"#, items.join(","));
        assert_eq!(slips(&long).len(), 1);
        assert!(crate::spec::parse_noting(&long).unwrap().1.is_empty());
        // A key with a dot in it is named whole.
        let dotted = valid.replace(r#""units""#, r#""u.nit""#);
        assert!(crate::spec::parse_noting(&dotted).unwrap().1.iter().any(|s| s.message(Lang::En).contains("no field \"u.nit\"")));
        assert_eq!(
            noted[4].message(Lang::Ru),
            "charts[0].items[1].qualifer: поля «qualifer» в формате нет, и оно пропущено; может быть, имелось в виду «qualifier»?"
        );
        assert_eq!(noted[0].message(Lang::En), "Locale: the format has no field \"Locale\", so it is ignored; did you mean \"locale\"?");
        // «vlaue» beside a «value» is no slip for the figure (the figure is there);
        // neither are names far from any field, nor text that is not JSON.
        assert!(slips("{").is_empty());
        assert_eq!(distance("vlaue", "value"), 1);
        assert_eq!(distance("qualifer", "qualifier"), 1);
        assert_eq!(distance("id", "ids"), 1);
        assert_eq!(distance("comment", "note"), 3);
        // Every letter counts, the first too (row 0 of the table is 0, 1, 2…).
        assert!(distance("id", "unit") >= 3);
        assert_eq!(distance("ote", "note"), 1);
        assert_eq!(distance("ote", "date"), 2);
        assert!(distance("src", "parts") >= 3);
        assert_eq!(distance("", "id"), 2);
        let doc = r#"{"version":1,"charts":[{"id":"a","type":"bar","items":[{"label":"a","value":1,"id":"x","src":"y","ote":"z","pe":"w"}]}]}"#;
        let got: Vec<(String, &str)> = slips(doc).into_iter().map(|s| (s.path, s.meant)).collect();
        assert_eq!(got, [("charts[0].items[0].ote".to_string(), "note")]);
    }
}
