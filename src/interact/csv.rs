//! A chart's data as a CSV file for the reader's "download" menu: the figures
//! exactly as the document gives them, for a spreadsheet.
//!
//! The shape (RFC 4180, UTF-8 with a BOM so Excel reads Cyrillic, CRLF lines):
//! - header: the first column is `Дата` for a time series (ISO dates as the
//!   document writes them, `2025-03`), else `Показатель`; a time series whose
//!   items also have labels gets a label column after the date;
//! - one value column per series (named after it), or one named after the
//!   chart's title (`Значение` without one); numbers as given: a dot for the
//!   decimal sign, no grouping, never rounded; a gap (`null`) is an empty cell;
//! - the unit joins each value header (`…, кг`, `…, %`, `…, KZT`; nothing for
//!   counts) when every figure of the chart is in the chart's unit; a chart that
//!   mixes g, kg and t gets a unit column instead, so every value stays as written;
//! - a qualifier column (`более`, `около`…, empty when exact) when any figure has one;
//! - "of which" parts are rows of their own right after their item, with the
//!   item's label in an extra `В том числе из` column (empty on item rows), so
//!   summing the rows with that column empty sums the items. With series, a
//!   part belongs to the item's figure in every series (as the format says), so
//!   its value fills each series column where the item has one;
//! - a note column when any item has a note.
//!
//! The chart's own note and the source credit are not rows: they would break
//! the table for a spreadsheet (the PNG carries the credit).

use crate::format::{words, Lang};
use crate::model::{ChartModel, Figure};
use crate::spec::Unit;

/// Byte order mark: without it Excel reads UTF-8 as the system's code page.
pub const BOM: char = '\u{feff}';

/// The file: BOM, header and rows, CRLF after each line.
pub fn csv(chart: &ChartModel, lang: Lang) -> String {
    let a = words::a11y(lang);
    let w = words::download(lang);
    // Every figure, values then parts, gathered by plain loops (a `flat_map`
    // and `chain` brought their own iterator code into the wasm).
    let mut figures = Vec::new();
    for d in &chart.items {
        for f in d.values.iter().filter_map(Option::as_ref) {
            figures.push(f);
        }
        for p in &d.parts {
            figures.push(&p.figure);
        }
    }
    let dated = chart.items.iter().any(|d| d.date.is_some());
    let labelled = dated && chart.items.iter().any(|d| d.date.is_some_and(|dt| d.label != dt.iso()));
    let mixed = figures.iter().any(|f| f.unit != chart.unit);
    let on = Columns {
        mixed,
        qualified: figures.iter().any(|f| f.qualifier != crate::spec::Qualifier::Exact),
        parts: chart.items.iter().any(|d| !d.parts.is_empty()),
        notes: chart.items.iter().any(|d| d.note.is_some()),
    };

    let mut out = Writer { out: String::new(), fresh: true };
    out.out.push(BOM);
    out.cell(if dated { a.date } else { a.category });
    if labelled {
        out.cell(a.category);
    }
    let suffix = if mixed { None } else { unit_name(lang, &chart.unit) };
    let title = [chart.title.as_deref().unwrap_or(a.value)];
    let names = if chart.series.is_empty() { &title[..] } else { &[][..] };
    for name in names.iter().copied().chain(chart.series.iter().map(String::as_str)) {
        match suffix {
            Some(u) => {
                // Not `concat`: std's joiner costs the wasm ~1 KB for this one use.
                let mut cell = String::from(name);
                cell.push_str(", ");
                cell.push_str(u);
                out.cell(&cell)
            }
            None => out.cell(name),
        }
    }
    for (shown, name) in [(on.mixed, w.unit), (on.qualified, w.qualifier), (on.parts, w.part_of), (on.notes, a.note)] {
        if shown {
            out.cell(name);
        }
    }
    out.end();

    let columns = chart.series.len().max(1);
    for d in &chart.items {
        match d.date {
            Some(dt) => {
                let iso = dt.iso();
                out.cell(&iso);
                if labelled {
                    out.cell(if d.label == iso { "" } else { &d.label });
                }
            }
            None => {
                out.cell(&d.label);
                if labelled {
                    out.cell("");
                }
            }
        }
        for s in 0..columns {
            match d.values.get(s).copied().flatten() {
                Some(f) => out.number(f.value),
                None => out.cell(""),
            }
        }
        out.tail(&on, d.values.iter().flatten().next(), "", d.note.as_deref().unwrap_or(""), lang);
        for p in &d.parts {
            out.cell(&p.label);
            if labelled {
                out.cell("");
            }
            for s in 0..columns {
                match d.values.get(s).copied().flatten() {
                    Some(_) => out.number(p.figure.value),
                    None => out.cell(""),
                }
            }
            out.tail(&on, Some(&p.figure), &d.label, "", lang);
        }
    }
    out.out
}

/// Which optional columns a chart's file has (each only when some row fills it).
struct Columns {
    mixed: bool,
    qualified: bool,
    parts: bool,
    notes: bool,
}

/// Writes the file straight into one String: commas between cells, CRLF after rows.
struct Writer {
    out: String,
    fresh: bool,
}

impl Writer {
    /// A text cell. One that starts like a formula (`=`, `+`, `-`, `@`, a tab
    /// or carriage return) gets a leading apostrophe: a spreadsheet would run
    /// `=HYPERLINK(…)` in a label as a formula when the reader opens the file.
    fn cell(&mut self, text: &str) {
        self.sep();
        let mut quoted = String::new();
        let text = match text.as_bytes().first() {
            Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => {
                quoted.push('\'');
                quoted.push_str(text);
                &quoted
            }
            _ => text,
        };
        quote(&mut self.out, text);
    }

    /// A number cell, written as is (a negative value keeps its minus).
    fn number(&mut self, v: f64) {
        self.sep();
        self.out.push_str(&number(v));
    }

    fn sep(&mut self) {
        if !self.fresh {
            self.out.push(',');
        }
        self.fresh = false;
    }

    fn end(&mut self) {
        self.out.push_str("\r\n");
        self.fresh = true;
    }

    /// The optional cells after the values (unit, qualifier, parent item, note), then the row's end.
    fn tail(&mut self, on: &Columns, f: Option<&Figure>, parent: &str, note: &str, lang: Lang) {
        if on.mixed {
            self.cell(f.and_then(|f| unit_name(lang, &f.unit)).unwrap_or(""));
        }
        if on.qualified {
            self.cell(f.map_or("", |f| words::qualifier_word(lang, f.qualifier)));
        }
        if on.parts {
            self.cell(parent);
        }
        if on.notes {
            self.cell(note);
        }
        self.end();
    }
}

/// The unit as a header or cell names it: `кг`, `%`, `KZT`; None for counts.
fn unit_name(lang: Lang, unit: &Unit) -> Option<&str> {
    match unit {
        Unit::Currency(_) => Some(unit.code()),
        _ => words::unit_sign(lang, *unit),
    }
}

/// A figure as the document gives it: Rust's shortest exact decimal, which never
/// groups digits nor uses an exponent (`41.2`, `255000000`, `0.0001`).
fn number(v: f64) -> String {
    crate::format::decimal::shortest(v)
}

/// Appends a field, in quotes (inner quotes doubled) when it holds a comma, a
/// quote or a line break. (Byte and char loops: no string pattern machinery in the wasm.)
fn quote(out: &mut String, cell: &str) {
    if !cell.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n')) {
        out.push_str(cell);
        return;
    }
    out.push('"');
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

/// A download's file name from a chart id: ASCII letters and digits, `-`, `_`
/// and any other script's characters kept; ASCII punctuation (slashes, dots),
/// spaces and control characters become `-`; `chart` when nothing is left.
/// (No Unicode letter tables: they would weigh kilobytes in the wasm.)
pub fn file_name(id: &str, ext: &str) -> String {
    let keep = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || (!c.is_ascii() && !c.is_whitespace() && !c.is_control());
    let mut stem: String = id.chars().take(80).map(|c| if keep(c) { c } else { '-' }).collect();
    if stem.bytes().all(|b| b == b'-') {
        stem = "chart".into();
    }
    stem.push('.');
    stem.push_str(ext);
    stem
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Model;

    fn model(json: &str) -> Model {
        Model::new(&crate::spec::parse(json).expect("a valid document"), None)
    }

    /// The file as the test's own reader reads it.
    fn rows(chart: &ChartModel, lang: Lang) -> Vec<Vec<String>> {
        parse(&csv(chart, lang))
    }

    fn strs(rows: &[Vec<String>]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect()
    }

    /// An RFC 4180 reader written for the test (not the encoder run backwards).
    fn parse(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("the file starts with a BOM");
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let mut chars = body.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => {
                    assert!(cell.is_empty(), "a quote inside an unquoted field: {cell:?}");
                    quoted = true;
                }
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR only before LF");
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, '\n') => panic!("a bare LF ends a line"),
                (false, c) => cell.push(c),
            }
        }
        assert!(!quoted && cell.is_empty() && row.is_empty(), "the file ends with CRLF");
        rows
    }

    const ALMATY: &str = include_str!("../../www/data/almaty-2025.json");

    #[test]
    fn mixed_mass_units_get_a_unit_column_and_parts_their_own_rows() {
        let m = model(ALMATY);
        assert_eq!(
            strs(&rows(&m.charts[0], Lang::Ru)),
            vec![
                vec!["Показатель", "Изъято из незаконного оборота", "Единица", "Оговорка", "В том числе из"],
                vec!["Наркотические средства", "525", "кг", "более", ""],
                vec!["синтетические", "52", "кг", "", "Наркотические средства"],
                vec!["Прекурсоры БК-4", "3", "т", "более", ""],
            ]
        );
    }

    #[test]
    fn a_time_series_has_iso_dates_a_column_per_series_and_empty_gaps() {
        let m = model(ALMATY);
        assert_eq!(
            strs(&rows(&m.charts[4], Lang::Ru)),
            vec![
                vec!["Дата", "2024, кг", "2025, кг"],
                vec!["2025-01", "41.2", "38"],
                vec!["2025-02", "35.5", "61.3"],
                vec!["2025-03", "52", ""],
            ]
        );
    }

    #[test]
    fn money_is_written_whole_with_its_currency_in_the_header() {
        let m = model(ALMATY);
        assert_eq!(
            strs(&rows(&m.charts[2], Lang::Ru)),
            vec![
                vec!["Показатель", "Денежные средства, KZT", "Оговорка"],
                vec!["Легализовано в доход государства", "255000000", "более"],
                vec!["Приостановлено подозрительных операций", "68000000", ""],
            ]
        );
    }

    #[test]
    fn headers_follow_the_language() {
        let en = model(include_str!("../../www/data/almaty-2025.en.json"));
        // Tiles have no title: the value column is "Value"; counts have no unit.
        assert_eq!(rows(&en.charts[3], Lang::En)[0], vec!["Item", "Value", "Qualifier"]);
        assert_eq!(rows(&en.charts[3], Lang::En)[1][2], "more than");
        let kk = model(include_str!("../../www/data/almaty-2025.kk.json"));
        let head = &rows(&kk.charts[0], Lang::Kk)[0];
        assert_eq!(head[0], "Көрсеткіш");
        assert_eq!(&head[2..], ["Өлшем бірлігі", "Дәлдігі", "Құрамына кіреді"]);
        assert_eq!(rows(&kk.charts[0], Lang::Kk)[1][3], "астам");
    }

    #[test]
    fn file_is_utf8_with_bom_crlf_and_rfc4180_quoting() {
        let m = model(
            r#"{"version":1,"locale":"en","charts":[{"id":"q","type":"bar","unit":"percent","title":"Share, \"adjusted\"",
                "items":[{"label":"Almaty, city","value":12.5,"note":"said \"about\"\nthen revised"},{"label":"plain","value":0.0001}]}]}"#,
        );
        let text = csv(&m.charts[0], Lang::En);
        assert!(text.as_bytes().starts_with(&[0xef, 0xbb, 0xbf]), "UTF-8 BOM first");
        assert_eq!(
            &text[3..],
            "Item,\"Share, \"\"adjusted\"\", %\",Note\r\n\
             \"Almaty, city\",12.5,\"said \"\"about\"\"\nthen revised\"\r\n\
             plain,0.0001,\r\n"
        );
        assert_eq!(
            parse(&text),
            vec![
                vec!["Item", "Share, \"adjusted\", %", "Note"],
                vec!["Almaty, city", "12.5", "said \"about\"\nthen revised"],
                vec!["plain", "0.0001", ""],
            ]
        );
    }

    #[test]
    fn labelled_dates_keep_both_and_parts_of_series_fill_each_series() {
        let m = model(
            r#"{"version":1,"locale":"ru","charts":[{"id":"l","type":"line","unit":"t","series":["a","b"],"items":[
                {"date":"2024","label":"до реформы","values":[1e-7,null]},
                {"date":"2025","values":[150000000000000000000,2.5],"qualifier":"about","parts":[{"label":"p","value":1e-7,"qualifier":"up_to"}]}]}]}"#,
        );
        assert_eq!(
            strs(&rows(&m.charts[0], Lang::Ru)),
            vec![
                vec!["Дата", "Показатель", "a, т", "b, т", "Оговорка", "В том числе из"],
                vec!["2024", "до реформы", "0.0000001", "", "", ""],
                vec!["2025", "", "150000000000000000000", "2.5", "около", ""],
                vec!["p", "", "0.0000001", "0.0000001", "до", "2025"],
            ]
        );
    }

    /// Every figure of every chart of the shipped documents is in the file, in its
    /// row and column, exactly (parsed back to the same f64), gaps empty.
    #[test]
    fn every_value_of_every_chart_is_in_the_file() {
        for (json, lang) in [
            (ALMATY, Lang::Ru),
            (include_str!("../../www/data/almaty-2025.kk.json"), Lang::Kk),
            (include_str!("../../www/data/almaty-2025.en.json"), Lang::En),
            (include_str!("../../www/data/gallery-ru.json"), Lang::Ru),
        ] {
            let m = model(json);
            for chart in &m.charts {
                let table = parse(&csv(chart, lang));
                let width = table[0].len();
                assert!(table.iter().all(|r| r.len() == width), "{}: every row as wide as the header", chart.id);
                let first = if chart.items.iter().any(|d| d.date.is_some() && d.label != d.date.unwrap().to_string()) { 2 } else { 1 };
                let mut r = 1;
                for d in &chart.items {
                    let row = &table[r];
                    assert_eq!(row[0], d.date.map_or(d.label.clone(), |dt| dt.to_string()), "{}: row {r}", chart.id);
                    for (s, v) in d.values.iter().enumerate() {
                        let cell = &row[first + s];
                        match v {
                            Some(f) => assert_eq!(cell.parse::<f64>().ok(), Some(f.value), "{}: {} series {s}", chart.id, d.label),
                            None => assert_eq!(cell, "", "{}: a gap is empty", chart.id),
                        }
                        assert!(!cell.contains([' ', '\u{a0}', '\u{202f}']) && !cell.contains(','), "no grouping: {cell:?}");
                    }
                    r += 1;
                    for p in &d.parts {
                        assert_eq!(table[r][0], p.label);
                        assert_eq!(table[r][first].parse::<f64>().ok(), Some(p.figure.value), "{}: part {}", chart.id, p.label);
                        assert!(table[r].contains(&d.label), "{}: the part names its item", chart.id);
                        r += 1;
                    }
                }
                assert_eq!(r, table.len(), "{}: no other rows", chart.id);
            }
        }
    }

    #[test]
    fn text_that_starts_like_a_formula_is_not_one_and_negative_numbers_stay_numbers() {
        let m = model(
            r#"{"version":1,"charts":[{"id":"f","type":"line","title":"T","unit":"count","series":["=SUM(A1)","@x"],"items":[
            {"date":"2025-01","values":[-5,2],"note":"+cmd|calc!A0"},{"date":"2025-02","values":[3,-0.5],"note":"-1"}]},
            {"id":"g","type":"bar","title":"T","unit":"count","items":[{"label":"=HYPERLINK(\"http://x\",\"y\")","value":1},{"label":"\tTab","value":2}]}]}"#,
        );
        let line = rows(&m.charts[0], Lang::En);
        assert_eq!(&line[0][1..3], ["'=SUM(A1)", "'@x"], "series names in the header");
        assert_eq!(strs(&line[1..]), [vec!["2025-01", "-5", "2", "'+cmd|calc!A0"], vec!["2025-02", "3", "-0.5", "'-1"]]);
        let bar = rows(&m.charts[1], Lang::En);
        assert_eq!(strs(&bar[1..]), [vec!["'=HYPERLINK(\"http://x\",\"y\")", "1"], vec!["'\tTab", "2"]]);
    }

    #[test]
    fn file_names_come_from_the_chart_id() {
        assert_eq!(file_name("seized", "csv"), "seized.csv");
        assert_eq!(file_name("Изъято_2025", "png"), "Изъято_2025.png");
        assert_eq!(file_name("../etc/passwd", "csv"), "---etc-passwd.csv");
        assert_eq!(file_name("a b.c", "png"), "a-b-c.png");
        assert_eq!(file_name("//", "csv"), "chart.csv");
        assert_eq!(file_name("", "png"), "chart.png");
        assert_eq!(file_name("ДТП\u{a0}2025\u{85}", "png"), "ДТП-2025-.png");
    }
}
