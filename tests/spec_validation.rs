//! The input contract, statistics JSON v1 (shared/spec/stats-format.md), checked
//! rule by rule against `newsplot::spec::parse`: every way a document can be
//! invalid gives the first problem with its exact JSON path and message, and
//! valid documents come out as the expected `Document`.
//!
//! The fixtures under tests/fixtures are shared with other test suites (CLI,
//! JSON Schema, browser): `valid/*.json` must parse, and each
//! `invalid/<rule>.json` must fail with the message recorded in
//! `invalid/expected.json`.

use std::fs;
use std::path::PathBuf;

use newsplot::spec::{
    self, Chart, ChartKind, Date, Document, Found, Item, JsonFault, Part, Problem, Qualifier, Source, SpecError, Unit, MAX_BYTES,
    MAX_ITEMS, MAX_STRING_CHARS,
};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The error for a text that must be invalid.
#[track_caller]
fn err(text: &str) -> SpecError {
    match spec::parse(text) {
        Ok(_) => panic!("expected an error, the document parsed: {}", shorten(text)),
        Err(e) => e,
    }
}

/// The document for a text that must be valid.
#[track_caller]
fn ok(text: &str) -> Document {
    spec::parse(text).unwrap_or_else(|e| panic!("expected a valid document, got `{e}` for {}", shorten(text)))
}

#[track_caller]
fn ok_v(doc: &Value) -> Document {
    ok(&doc.to_string())
}

fn shorten(text: &str) -> String {
    let s: String = text.chars().take(300).collect();
    if s.len() < text.len() {
        format!("{s}…")
    } else {
        s
    }
}

/// Asserts that `doc` is invalid with the first problem at `path` and the full
/// message `"<path>: <text>"` (just `<text>` for whole-document problems).
#[track_caller]
fn assert_invalid(doc: &Value, path: &str, text: &str) -> SpecError {
    assert_invalid_text(&doc.to_string(), path, text)
}

#[track_caller]
fn assert_invalid_text(doc: &str, path: &str, text: &str) -> SpecError {
    let e = err(doc);
    let message = if path.is_empty() { text.to_string() } else { format!("{path}: {text}") };
    assert_eq!(e.path, path, "path of `{e}`");
    assert_eq!(e.to_string(), message);
    e
}

/// `doc` with the value at the JSON pointer `ptr` set: an object gets the key
/// (added or replaced), an array gets the index replaced, or pushed when the
/// index is its length.
#[track_caller]
fn set(mut doc: Value, ptr: &str, v: Value) -> Value {
    let (parent, key) = ptr.rsplit_once('/').expect("a JSON pointer");
    match doc.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent} in the document")) {
        Value::Object(map) => {
            map.insert(key.to_string(), v);
        }
        Value::Array(a) => {
            let i: usize = key.parse().expect("an array index");
            if i == a.len() {
                a.push(v);
            } else {
                a[i] = v;
            }
        }
        other => panic!("{parent} is {other}, not an object or array"),
    }
    doc
}

/// `doc` without the object key at `ptr`.
#[track_caller]
fn remove(mut doc: Value, ptr: &str) -> Value {
    let (parent, key) = ptr.rsplit_once('/').expect("a JSON pointer");
    let map = doc.pointer_mut(parent).and_then(Value::as_object_mut).expect("an object");
    assert!(map.remove(key).is_some(), "no {ptr} in the document");
    doc
}

/// A small valid document: an `hbar` chart in kg, one item with parts and one
/// with its own unit.
fn doc() -> Value {
    json!({
        "version": 1,
        "title": "Изъято в Алматы",
        "charts": [{
            "id": "seized",
            "type": "hbar",
            "unit": "kg",
            "items": [
                { "label": "Наркотические средства", "value": 525, "qualifier": "more_than",
                  "parts": [ { "label": "синтетические", "value": 52 } ] },
                { "label": "Прекурсоры", "value": 3, "unit": "t" }
            ]
        }]
    })
}

/// A valid document with one monthly `line` chart.
fn line_doc() -> Value {
    json!({
        "version": 1,
        "charts": [{
            "id": "monthly",
            "type": "line",
            "unit": "kg",
            "items": [
                { "date": "2025-01", "value": 41.2 },
                { "date": "2025-02", "value": 35.5 },
                { "date": "2025-03", "value": 52.0 }
            ]
        }]
    })
}

/// A valid document with one `bar` chart of two series.
fn series_doc() -> Value {
    json!({
        "version": 1,
        "charts": [{
            "id": "by-year",
            "type": "bar",
            "series": ["2024", "2025"],
            "items": [
                { "label": "Алмалинский", "values": [120, 98] },
                { "label": "Бостандыкский", "values": [77, null] }
            ]
        }]
    })
}

/// A document with one chart of `kind` whose single item has `value`.
fn one_value(kind: &str, value: Value) -> Value {
    json!({
        "version": 1,
        "charts": [{ "id": "c", "type": kind, "items": [ { "label": "x", "date": "2025", "value": value } ] }]
    })
}

/// The text of a document with one bar chart of `n` items, built as text (fast).
fn bar_with_items(n: usize) -> String {
    let items: Vec<String> = (0..n).map(|i| format!(r#"{{"label":"n{i}","value":{i}}}"#)).collect();
    format!(r#"{{"version":1,"charts":[{{"id":"many","type":"bar","items":[{}]}}]}}"#, items.join(","))
}

/// The text of a document with one bar chart whose one item is `{<fields>}`,
/// for fields that `json!` cannot write (not JSON, or too deep for it).
fn with_raw_item(fields: &str) -> String {
    format!(r#"{{"version": 1, "charts": [{{"id": "a", "type": "bar", "items": [{{{fields}}}]}}]}}"#)
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture(path: &str) -> String {
    let p = fixtures().join(path);
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn fixture_json(path: &str) -> Value {
    serde_json::from_str(&fixture(path)).unwrap()
}

/// The `*.json` fixtures in `dir` (without `expected.json`), sorted.
fn fixture_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixtures().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.file_name().is_some_and(|n| n != "expected.json"))
        .collect();
    files.sort();
    files
}

fn cyrillic(n: usize) -> String {
    "Ж".repeat(n)
}

const UNKNOWN_UNIT: &str = "expected count, g, kg, t, percent or an ISO 4217 currency code such as KZT";
const QUALIFIERS: &str = "expected one of exact, about, more_than, at_least, less_than, up_to";

fn date(year: i32, month: Option<u8>, day: Option<u8>) -> Date {
    Date { year, month, day }
}

/// An item of a category chart with one exact value and nothing else.
fn item(label: &str, value: f64) -> Item {
    Item {
        label: Some(label.to_string()),
        date: None,
        values: vec![Some(value)],
        unit: None,
        qualifier: Qualifier::Exact,
        parts: vec![],
        note: None,
    }
}

/// An item of a line chart.
fn point(d: Date, values: &[Option<f64>]) -> Item {
    Item { label: None, date: Some(d), values: values.to_vec(), ..item("", 0.0) }
}

fn part(label: &str, value: f64) -> Part {
    Part { label: label.to_string(), value, qualifier: Qualifier::Exact, unit: None }
}

// ---------------------------------------------------------------------------
// Not JSON
// ---------------------------------------------------------------------------

#[test]
fn not_json_gives_line_and_column() {
    let text = r#"{
  "version": 1,
  "charts": [
    { "id": "a", "type": "bar", "items": [ { "label": "x", "value": 1 }, ] }
  ]
}"#;
    // serde_json points at the character that shows the comma was trailing: the `]`.
    let e = assert_invalid_text(text, "", "not valid JSON at line 4, column 74: a comma too many");
    assert_eq!(e.problem, Problem::Syntax { line: 4, column: 74, what: JsonFault::TrailingComma });
}

#[test]
fn not_json_variants() {
    // Columns count from 1, also where nothing is written before the error.
    let e = assert_invalid_text("", "", "not valid JSON at line 1, column 1: the document is empty: it has no JSON at all");
    assert_eq!(e.problem, Problem::Syntax { line: 1, column: 1, what: JsonFault::Empty });
    assert_invalid_text("{\"version\": 1,\n", "", "not valid JSON at line 2, column 1: the document is cut off: a value is missing");
    assert_invalid_text("{\"version\": 1,", "", "not valid JSON at line 1, column 14: the document is cut off: a value is missing");
    assert_invalid_text("{version: 1}", "", "not valid JSON at line 1, column 2: a key must be a string in quotes");
    assert_invalid_text("{\"version\": 1} x", "", "not valid JSON at line 1, column 16: extra text after the end of the document");
    assert_invalid_text("Изъято 525 кг", "", "not valid JSON at line 1, column 1: expected a value");
}

#[test]
fn value_that_is_not_a_finite_number_is_not_json() {
    for v in ["NaN", "Infinity"] {
        let text = with_raw_item(&format!(r#""label": "x", "value": {v}"#));
        let e = err(&text);
        assert_eq!(e.path, "");
        // The column is where the bad token starts.
        assert_eq!(e.problem, Problem::Syntax { line: 1, column: text.find(v).unwrap() + 1, what: JsonFault::ExpectedValue }, "{v}");
    }
}

/// A number past the largest double is valid JSON (the grammar has no
/// limit) but no figure: refused where it stands, by path, in any place a
/// number is read; unread fields may hold one.
#[test]
fn a_number_past_the_largest_double_is_named_by_its_path() {
    for (v, raw) in [("1e400", "1e400"), ("-1e400", "-1e400"), ("1e99999999999", "1e99999999999"), ("123456789e308", "123456789e308")] {
        let text = with_raw_item(&format!(r#""label": "x", "value": {v}"#));
        let e = err(&text);
        assert_eq!((e.path.as_str(), &e.problem), ("charts[0].items[0].value", &Problem::OutOfRange { found: raw.to_string() }), "{v}");
        assert_eq!(e.to_string(), format!("charts[0].items[0].value: the number {raw} is too large"));
    }
    let series = r#"{"version":1,"charts":[{"id":"s","type":"line","series":["a","b"],"items":[{"date":"2024","values":[1,1e400]}]}]}"#;
    assert_eq!(err(series).path, "charts[0].items[0].values[1]");
    let part = r#"{"version":1,"charts":[{"id":"p","type":"bar","items":[{"label":"a","value":5,"parts":[{"label":"b","value":1e400}]}]}]}"#;
    assert_eq!(err(part).path, "charts[0].items[0].parts[0].value");
    // Tiny numbers are zero, as ever; an unread field's huge number is no matter.
    let ok = r#"{"version":1,"note":1e400,"charts":[{"id":"z","type":"bar","items":[{"label":"a","value":1e-400}]}]}"#;
    assert!(newsplot::spec::parse(ok).is_ok());
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    // In a thread with a small stack (like a browser's), so a recursive
    // descent without a limit would overflow rather than pass by luck.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let arrays = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
            let objects = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
            let deep_note =
                format!(r#""label": "x", "value": 1, "note": {}{}"#, "[".repeat(10_000), "]".repeat(10_000));
            let inside = with_raw_item(&deep_note);
            [err(&arrays), err(&objects), err(&inside)]
        })
        .unwrap();
    let [arrays, objects, inside] = handle.join().expect("no stack overflow");
    assert_eq!(arrays.to_string(), "not valid JSON at line 1, column 129: nested deeper than 128 levels");
    assert!(
        matches!(objects.problem, Problem::Syntax { what: JsonFault::TooDeep, .. }),
        "{objects}"
    );
    assert!(
        matches!(inside.problem, Problem::Syntax { what: JsonFault::TooDeep, .. }),
        "{inside}"
    );
    // Moderate nesting in a field the format ignores is fine.
    ok(&with_raw_item(&format!(r#""label": "x", "value": 1, "extra": {}{}"#, "[".repeat(100), "]".repeat(100))));
}

#[test]
fn nesting_of_128_levels_is_read_and_129_is_too_deep() {
    // "Deeper than 128 levels" holds exactly (the document is level 1), on a
    // small stack, with a 600-byte title so every string is walked for length too.
    let nested = |levels: usize| {
        let arrays = levels - 1;
        format!(
            r#"{{"extra":{}{},"title":"{}","version":1,"charts":[{{"id":"a","type":"bar","items":[{{"label":"x","value":1}}]}}]}}"#,
            "[".repeat(arrays),
            "]".repeat(arrays),
            cyrillic(300)
        )
    };
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            ok(&nested(128));
            err(&nested(129))
        })
        .unwrap();
    let e = handle.join().expect("no panic and no stack overflow");
    // `{"extra":` is 9 bytes; the 128th `[` (level 129) is the 137th byte.
    assert_eq!(e.to_string(), "not valid JSON at line 1, column 137: nested deeper than 128 levels");
    assert_eq!(e.problem, Problem::Syntax { line: 1, column: 137, what: JsonFault::TooDeep });
}

// ---------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------

#[test]
fn document_must_be_an_object() {
    assert_invalid(&json!([doc()]), "", "expected an object, found an array");
    assert_invalid(&json!("charts"), "", "expected an object, found \"charts\"");
    assert_invalid(&json!(null), "", "expected an object, found null");
}

#[test]
fn missing_version() {
    let e = assert_invalid(&remove(doc(), "/version"), "version", "required field is missing");
    assert_eq!(e.problem, Problem::Missing);
    // An empty spreadsheet cell (null) is absence.
    assert_invalid(&set(doc(), "/version", json!(null)), "version", "required field is missing");
}

#[test]
fn version_must_be_1() {
    for v in [json!(2), json!(0), json!(-1), json!(1.5), json!(1.000001)] {
        let found = v.to_string();
        assert_invalid(&set(doc(), "/version", v), "version", &format!("unsupported version {found}; expected 1"));
    }
    assert_invalid_text(&doc().to_string().replace("\"version\":1", "\"version\":2e0"), "version", "unsupported version 2e0; expected 1");
    // JSON has one kind of number: 1.0 is 1.
    for one in ["1", "1.0", "1.00", "1e0", "10e-1", "0.1E1"] {
        let text = doc().to_string().replace("\"version\":1", &format!("\"version\":{one}"));
        assert!(text.ends_with(&format!("\"version\":{one}}}")), "{text}");
        assert_eq!(ok(&text).version, 1, "{one}");
    }
    assert_invalid(&set(doc(), "/version", json!("1")), "version", "expected the number 1, found \"1\"");
    assert_invalid(&set(doc(), "/version", json!(true)), "version", "expected the number 1, found true");
}

#[test]
fn missing_charts() {
    assert_invalid(&remove(doc(), "/charts"), "charts", "required field is missing");
}

#[test]
fn charts_empty() {
    let e = assert_invalid(&set(doc(), "/charts", json!([])), "charts", "expected at least one chart, found none");
    assert_eq!(e.problem, Problem::Empty { what: "chart" });
}

#[test]
fn object_where_array_expected() {
    let chart = doc()["charts"][0].clone();
    assert_invalid(&set(doc(), "/charts", chart), "charts", "expected an array, found an object");
    let first = doc()["charts"][0]["items"][0].clone();
    assert_invalid(&set(doc(), "/charts/0/items", first), "charts[0].items", "expected an array, found an object");
    assert_invalid(
        &set(doc(), "/charts/0/items/0/parts", json!({ "label": "синтетические", "value": 52 })),
        "charts[0].items[0].parts",
        "expected an array, found an object",
    );
    assert_invalid(
        &set(series_doc(), "/charts/0/series", json!("2024")),
        "charts[0].series",
        "expected an array, found \"2024\"",
    );
    assert_invalid(
        &set(series_doc(), "/charts/0/items/0/values", json!(120)),
        "charts[0].items[0].values",
        "expected an array, found 120",
    );
}

#[test]
fn array_or_scalar_where_object_expected() {
    assert_invalid(&set(doc(), "/charts/1", json!("monthly")), "charts[1]", "expected an object, found \"monthly\"");
    assert_invalid(&set(doc(), "/charts/0/items/2", json!(12)), "charts[0].items[2]", "expected an object, found 12");
    assert_invalid(
        &set(doc(), "/charts/0/items/0/parts/0", json!([52])),
        "charts[0].items[0].parts[0]",
        "expected an object, found an array",
    );
    assert_invalid(
        &set(doc(), "/source", json!("https://polisia.kz/")),
        "source",
        "expected an object, found \"https://polisia.kz/\"",
    );
}

#[test]
fn number_where_string_expected() {
    let cases = [
        ("/locale", "locale"),
        ("/title", "title"),
        ("/subtitle", "subtitle"),
        ("/charts/0/id", "charts[0].id"),
        ("/charts/0/type", "charts[0].type"),
        ("/charts/0/title", "charts[0].title"),
        ("/charts/0/note", "charts[0].note"),
        ("/charts/0/unit", "charts[0].unit"),
        ("/charts/0/items/1/label", "charts[0].items[1].label"),
        ("/charts/0/items/1/unit", "charts[0].items[1].unit"),
        ("/charts/0/items/1/note", "charts[0].items[1].note"),
        ("/charts/0/items/1/qualifier", "charts[0].items[1].qualifier"),
        ("/charts/0/items/0/parts/0/label", "charts[0].items[0].parts[0].label"),
    ];
    for (ptr, path) in cases {
        assert_invalid(&set(doc(), ptr, json!(2025)), path, "expected a string, found 2025");
    }
    assert_invalid(
        &set(series_doc(), "/charts/0/series/1", json!(2025)),
        "charts[0].series[1]",
        "expected a string, found 2025",
    );
    assert_invalid(
        &set(line_doc(), "/charts/0/items/0/date", json!(2025)),
        "charts[0].items[0].date",
        "expected a string, found 2025",
    );
    assert_invalid(
        &set(doc(), "/source", json!({ "name": ["ДП"] })),
        "source.name",
        "expected a string, found an array",
    );
    assert_invalid(&set(doc(), "/source", json!({ "url": false })), "source.url", "expected a string, found false");
}

#[test]
fn string_where_number_expected_the_spec_example() {
    // The message quoted in the spec, on the spec's own example.
    let almaty = fixture_json("valid/almaty-2025.json");
    let e = assert_invalid(
        &set(almaty, "/charts/1/items/2/value", json!("5 тыс.")),
        "charts[1].items[2].value",
        "expected a number, found \"5 тыс.\"",
    );
    assert_eq!(e.to_string(), r#"charts[1].items[2].value: expected a number, found "5 тыс.""#);
    assert_eq!(e.problem, Problem::WrongType { expected: "a number", found: Found::Value("\"5 тыс.\"".into()) });
}

#[test]
fn other_values_where_number_expected() {
    let path = "charts[0].items[1].value";
    assert_invalid(&set(doc(), "/charts/0/items/1/value", json!(true)), path, "expected a number, found true");
    assert_invalid(&set(doc(), "/charts/0/items/1/value", json!([3])), path, "expected a number, found an array");
    assert_invalid(&set(doc(), "/charts/0/items/1/value", json!({})), path, "expected a number, found an object");
    // A long string is shortened to 40 characters in the message.
    let long = format!("{}{}", cyrillic(40), "хвост");
    assert_invalid(
        &set(doc(), "/charts/0/items/1/value", json!(long)),
        path,
        &format!("expected a number, found \"{}…\"", cyrillic(40)),
    );
    assert_invalid(
        &set(doc(), "/charts/0/items/0/parts/0/value", json!("52")),
        "charts[0].items[0].parts[0].value",
        "expected a number, found \"52\"",
    );
    assert_invalid(
        &set(series_doc(), "/charts/0/items/0/values/1", json!("98")),
        "charts[0].items[0].values[1]",
        "expected a number, found \"98\"",
    );
}

#[test]
fn null_value_is_a_gap_only_in_line() {
    for kind in ["bar", "hbar", "donut", "tiles"] {
        assert_invalid(&one_value(kind, json!(null)), "charts[0].items[0].value", "expected a number, found null");
    }
    let d = ok_v(&set(line_doc(), "/charts/0/items/1/value", json!(null)));
    assert_eq!(d.charts[0].items[1].values, vec![None]);
}

#[test]
fn stacked_must_be_boolean() {
    assert_invalid(
        &set(series_doc(), "/charts/0/stacked", json!("yes")),
        "charts[0].stacked",
        "expected true or false, found \"yes\"",
    );
    assert_invalid(
        &set(series_doc(), "/charts/0/stacked", json!(1)),
        "charts[0].stacked",
        "expected true or false, found 1",
    );
}

#[test]
fn source_date_must_be_a_date() {
    assert_invalid(
        &set(doc(), "/source", json!({ "name": "ДП Алматы", "date": "13.10.2025" })),
        "source.date",
        "\"13.10.2025\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD",
    );
}

// ---------------------------------------------------------------------------
// Chart
// ---------------------------------------------------------------------------

#[test]
fn missing_chart_id() {
    assert_invalid(&remove(doc(), "/charts/0/id"), "charts[0].id", "required field is missing");
}

#[test]
fn missing_chart_type() {
    assert_invalid(&remove(doc(), "/charts/0/type"), "charts[0].type", "required field is missing");
}

#[test]
fn missing_items() {
    assert_invalid(&remove(doc(), "/charts/0/items"), "charts[0].items", "required field is missing");
}

#[test]
fn items_empty() {
    assert_invalid(
        &set(doc(), "/charts/0/items", json!([])),
        "charts[0].items",
        "expected at least one item, found none",
    );
}

#[test]
fn series_empty() {
    assert_invalid(
        &set(series_doc(), "/charts/0/series", json!([])),
        "charts[0].series",
        "expected at least one series name, found none",
    );
    // Russian words agree with what is missing: «одно название», «один элемент».
    let e = spec::parse(&set(series_doc(), "/charts/0/series", json!([])).to_string()).unwrap_err();
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].series: нужно хотя бы одно название ряда, а их нет");
    let e = spec::parse(&set(doc(), "/charts/0/items", json!([])).to_string()).unwrap_err();
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].items: нужен хотя бы один элемент, а их нет");
}

#[test]
fn unknown_chart_type() {
    for t in ["pie", "Bar", "column", ""] {
        let e = assert_invalid(
            &set(doc(), "/charts/0/type", json!(t)),
            "charts[0].type",
            &format!("unknown chart type \"{t}\"; expected one of bar, hbar, line, donut, tiles"),
        );
        assert_eq!(e.problem, Problem::UnknownChartType(t.into()));
    }
}

#[test]
fn unknown_unit() {
    for u in ["кг", "kilograms", "KG", "tons", "%", "pieces"] {
        let msg = format!("unknown unit \"{u}\"; {UNKNOWN_UNIT}");
        assert_invalid(&set(doc(), "/charts/0/unit", json!(u)), "charts[0].unit", &msg);
        assert_invalid(&set(doc(), "/charts/0/items/1/unit", json!(u)), "charts[0].items[1].unit", &msg);
    }
}

#[test]
fn unknown_currency_code() {
    for code in ["KTZ", "kzt", "USDT", "US", "XYZ", "ТЕНГЕ"] {
        let e = assert_invalid(
            &set(doc(), "/charts/0/unit", json!(code)),
            "charts[0].unit",
            &format!("unknown unit \"{code}\"; {UNKNOWN_UNIT}"),
        );
        assert_eq!(e.problem, Problem::UnknownUnit(code.into()));
    }
    for code in ["KZT", "RUB", "USD", "EUR", "KGS", "UZS", "CNY"] {
        assert_eq!(ok_v(&one_value("bar", json!(1))).charts[0].unit, Unit::Count);
        let d = ok_v(&set(one_value("bar", json!(1)), "/charts/0/unit", json!(code)));
        assert_eq!(d.charts[0].unit.code(), code);
    }
}

#[test]
fn duplicate_chart_id() {
    let mut d = doc();
    let chart = d["charts"][0].clone();
    let other = set(chart.clone(), "/id", json!("other"));
    d = set(d, "/charts/1", other);
    d = set(d, "/charts/2", chart);
    let e = assert_invalid(&d, "charts[2].id", "id \"seized\" is already used by charts[0]");
    assert_eq!(e.problem, Problem::DuplicateId { id: "seized".into(), first: 0 });
    // Ids are compared exactly.
    let d = set(doc(), "/charts/1", set(doc()["charts"][0].clone(), "/id", json!("Seized")));
    assert_eq!(ok_v(&d).charts.len(), 2);
}

#[test]
fn more_than_100_000_items_in_a_chart() {
    assert_eq!(MAX_ITEMS, 100_000);
    let e = assert_invalid_text(&bar_with_items(MAX_ITEMS + 1), "charts[0].items", "100,001 items; the limit is 100,000");
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].items: элементов 100\u{a0}001; предел — 100 000");
    assert_eq!(e.problem, Problem::TooManyItems { count: 100_001 });
}

#[test]
fn exactly_100_000_items_is_fine() {
    let d = ok(&bar_with_items(MAX_ITEMS));
    assert_eq!(d.charts[0].items.len(), 100_000);
    assert_eq!(d.charts[0].items[99_999].values, vec![Some(99_999.0)]);
}

// ---------------------------------------------------------------------------
// Item
// ---------------------------------------------------------------------------

#[test]
fn missing_label_outside_line() {
    for kind in ["bar", "hbar", "donut", "tiles"] {
        let d = remove(one_value(kind, json!(1)), "/charts/0/items/0/label");
        assert_invalid(&d, "charts[0].items[0].label", "required field is missing");
        let d = set(one_value(kind, json!(1)), "/charts/0/items/0/label", json!(null));
        assert_invalid(&d, "charts[0].items[0].label", "required field is missing");
    }
    // A line item needs no label.
    assert_eq!(ok_v(&line_doc()).charts[0].items[0].label, None);
}

#[test]
fn missing_value() {
    assert_invalid(&remove(doc(), "/charts/0/items/1/value"), "charts[0].items[1].value", "required field is missing");
    assert_invalid(
        &remove(line_doc(), "/charts/0/items/1/value"),
        "charts[0].items[1].value",
        "required field is missing",
    );
    assert_invalid(
        &remove(doc(), "/charts/0/items/0/parts/0/value"),
        "charts[0].items[0].parts[0].value",
        "required field is missing",
    );
    assert_invalid(
        &remove(doc(), "/charts/0/items/0/parts/0/label"),
        "charts[0].items[0].parts[0].label",
        "required field is missing",
    );
}

#[test]
fn missing_values_with_series() {
    assert_invalid(
        &remove(series_doc(), "/charts/0/items/1/values"),
        "charts[0].items[1].values",
        "required field is missing",
    );
}

#[test]
fn missing_date_in_line() {
    assert_invalid(
        &remove(line_doc(), "/charts/0/items/1/date"),
        "charts[0].items[1].date",
        "required field is missing",
    );
    assert_invalid(
        &set(line_doc(), "/charts/0/items/1/date", json!(null)),
        "charts[0].items[1].date",
        "required field is missing",
    );
}

#[test]
fn unknown_qualifier() {
    for q in ["более", "More_than", "approx", "greater_than"] {
        let msg = format!("unknown qualifier \"{q}\"; {QUALIFIERS}");
        let e =
            assert_invalid(&set(doc(), "/charts/0/items/1/qualifier", json!(q)), "charts[0].items[1].qualifier", &msg);
        assert_eq!(e.problem, Problem::UnknownQualifier(q.into()));
        assert_invalid(
            &set(doc(), "/charts/0/items/0/parts/0/qualifier", json!(q)),
            "charts[0].items[0].parts[0].qualifier",
            &msg,
        );
    }
}

#[test]
fn negative_value_outside_line() {
    for kind in ["bar", "hbar", "donut", "tiles"] {
        let e = assert_invalid(
            &one_value(kind, json!(-5)),
            "charts[0].items[0].value",
            &format!("-5 is negative; a {kind} chart needs values of 0 or more"),
        );
        assert_eq!(e.problem, Problem::Negative { value: -5.0, kind: ChartKind::parse(kind).unwrap().name() });
        assert_invalid(
            &one_value(kind, json!(-0.25)),
            "charts[0].items[0].value",
            &format!("-0.25 is negative; a {kind} chart needs values of 0 or more"),
        );
        // Zero is fine, negative zero too.
        ok_v(&one_value(kind, json!(0)));
        ok_v(&one_value(kind, json!(-0.0)));
    }
    assert_invalid(
        &set(series_doc(), "/charts/0/items/1/values/1", json!(-1.5)),
        "charts[0].items[1].values[1]",
        "-1.5 is negative; a bar chart needs values of 0 or more",
    );
    assert_invalid(
        &set(doc(), "/charts/0/items/0/parts/0/value", json!(-52)),
        "charts[0].items[0].parts[0].value",
        "-52 is negative; a hbar chart needs values of 0 or more",
    );
}

#[test]
fn negative_value_allowed_in_line() {
    let d = ok_v(&one_value("line", json!(-5)));
    assert_eq!(d.charts[0].items[0].values, vec![Some(-5.0)]);
    let d = set(line_doc(), "/charts/0/series", json!(["a", "b"]));
    let d = set(d, "/charts/0/items/0", json!({ "date": "2025-01", "values": [-1.5, null] }));
    let d = set(d, "/charts/0/items/1", json!({ "date": "2025-02", "values": [2, -3] }));
    let d = set(d, "/charts/0/items/2", json!({ "date": "2025-03", "values": [null, null] }));
    let items = &ok_v(&d).charts[0].items;
    assert_eq!(items[0].values, vec![Some(-1.5), None]);
    assert_eq!(items[1].values, vec![Some(2.0), Some(-3.0)]);
    assert_eq!(items[2].values, vec![None, None]);
}

#[test]
fn parts_sum_exceeding_value() {
    let d = set(doc(), "/charts/0/items/0/parts/1", json!({ "label": "растительные", "value": 500 }));
    let e = assert_invalid(&d, "charts[0].items[0].parts", "the parts add up to 552 kg, more than the item's value 525 kg");
    assert_eq!(e.problem, Problem::PartsExceed { sum: 552.0, value: 525.0, unit: newsplot::spec::Unit::Kilogram, of: None });
    let d = set(doc(), "/charts/0/items/0/parts/0/value", json!(525.5));
    let e = assert_invalid(&d, "charts[0].items[0].parts", "the parts add up to 525.5 kg, more than the item's value 525 kg");
    // In Russian, with its decimal comma and unit.
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].items[0].parts: части в сумме дают 525,5 кг, больше значения 525 кг");
}

#[test]
fn parts_sum_up_to_value_is_fine() {
    // Equal to the value, and equal up to floating-point rounding (0.1 + 0.2).
    let d = set(doc(), "/charts/0/items/0/parts/1", json!({ "label": "растительные", "value": 473 }));
    assert_eq!(ok_v(&d).charts[0].items[0].parts.len(), 2);
    let d = set(doc(), "/charts/0/items/0/value", json!(0.3));
    let d = set(d, "/charts/0/items/0/parts", json!([{ "label": "a", "value": 0.1 }, { "label": "b", "value": 0.2 }]));
    ok_v(&d);
}

/// An extension: a part may name its own unit of its item's kind («3 т, в т.ч.
/// 500 кг»); its share of the item is counted in the item's unit.
#[test]
fn a_part_may_have_its_own_unit_of_the_items_kind() {
    let d = set(doc(), "/charts/0/items/1/parts", json!([{ "label": "ацетон", "value": 500, "unit": "kg" }]));
    let parts = &ok_v(&d).charts[0].items[1].parts;
    assert_eq!((parts[0].value, parts[0].unit), (500.0, Some(Unit::Kilogram)));
    // 3,500 kg is more than the item's 3 t.
    let d = set(doc(), "/charts/0/items/1/parts", json!([{ "label": "ацетон", "value": 3500, "unit": "kg" }]));
    assert_invalid(&d, "charts[0].items[1].parts", "the parts add up to 3.5 t, more than the item's value 3 t");
    let d = set(doc(), "/charts/0/items/1/parts", json!([{ "label": "ацетон", "value": 5, "unit": "KZT" }]));
    assert_invalid(&d, "charts[0].items[1].parts[0].unit", "unit \"KZT\" cannot be mixed with the chart's unit \"kg\" (a different kind of quantity)");
}

#[test]
fn parts_with_series_must_fit_every_value() {
    let d = set(series_doc(), "/charts/0/items/1/parts", json!([{ "label": "из них", "value": 50 }]));
    ok_v(&d); // 50 ≤ 77; the null value is not compared
    let d = set(series_doc(), "/charts/0/items/0/parts", json!([{ "label": "из них", "value": 100 }]));
    // Named by its place among the item's values, as the editor wrote them.
    let e = assert_invalid(&d, "charts[0].items[0].parts", "the parts add up to 100, more than the item's values[1] = 98");
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].items[0].parts: части в сумме дают 100, больше значения values[1] = 98");
}

/// Figures past 1e21 are written as JSON writes them, and a sum past the
/// largest double as ∞, not as 309 digits and `inf`.
#[test]
fn huge_figures_in_messages_take_an_exponent() {
    let d = set(doc(), "/charts/0/items/0", json!({ "label": "x", "value": 1e308, "parts": [{ "label": "a", "value": 1e308 }, { "label": "b", "value": 1e308 }] }));
    assert_invalid(&d, "charts[0].items[0].parts", "the parts add up to ∞ kg, more than the item's value 1e308 kg");
    let d = set(doc(), "/charts/0/items/0", json!({ "label": "x", "value": 1.5e22, "parts": [{ "label": "a", "value": 2.25e22 }] }));
    let e = assert_invalid(&d, "charts[0].items[0].parts", "the parts add up to 2.25e22 kg, more than the item's value 1.5e22 kg");
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].items[0].parts: части в сумме дают 2,25e22 кг, больше значения 1,5e22 кг");
    // (The reader scales as serde_json does: 1.5e22 is exact, 1.25e300 an ulp off.)
    let d = set(doc(), "/charts/0/items/0/value", json!(-1.5e22));
    assert_invalid(&d, "charts[0].items[0].value", "-1.5e22 is negative; a hbar chart needs values of 0 or more");
    let d = set(doc(), "/charts/0/items/0/value", json!(-2.5e-7));
    assert_invalid(&d, "charts[0].items[0].value", "-2.5e-7 is negative; a hbar chart needs values of 0 or more");
    let d = set(doc(), "/charts/0/items/0/value", json!(-0.000025));
    assert_invalid(&d, "charts[0].items[0].value", "-0.000025 is negative; a hbar chart needs values of 0 or more");
}

#[test]
fn values_length_differs_from_series() {
    let e = assert_invalid(
        &set(series_doc(), "/charts/0/items/1/values", json!([77, 5, 9])),
        "charts[0].items[1].values",
        "has 3 values but the chart has 2 series",
    );
    assert_eq!(e.problem, Problem::ValuesLength { found: 3, expected: 2 });
    assert_invalid(
        &set(series_doc(), "/charts/0/items/0/values", json!([120])),
        "charts[0].items[0].values",
        "has 1 value but the chart has 2 series",
    );
    assert_invalid(
        &set(series_doc(), "/charts/0/items/0/values", json!([])),
        "charts[0].items[0].values",
        "has 0 values but the chart has 2 series",
    );
}

#[test]
fn value_versus_values_shape() {
    // Series, but the item gives one `value`.
    let d = remove(set(series_doc(), "/charts/0/items/1/value", json!(77)), "/charts/0/items/1/values");
    let e = assert_invalid(
        &d,
        "charts[0].items[1].values",
        "the chart has `series`, so each item needs `values` (one per series), not `value`",
    );
    assert_eq!(e.problem, Problem::ValueShape { series: true });
    // No series, but the item gives `values`.
    let d = remove(set(doc(), "/charts/0/items/1/values", json!([3, 4])), "/charts/0/items/1/value");
    let e = assert_invalid(
        &d,
        "charts[0].items[1].values",
        "`values` needs the chart's `series`; without series give one `value`",
    );
    assert_eq!(e.problem, Problem::ValueShape { series: false });
}

#[test]
fn mixed_unit_kinds() {
    let cases = [
        (doc(), "KZT", "kg"),
        (doc(), "count", "kg"),
        (doc(), "percent", "kg"),
        (set(one_value("bar", json!(1)), "/charts/0/unit", json!("KZT")), "t", "KZT"),
        (set(one_value("donut", json!(1)), "/charts/0/unit", json!("percent")), "count", "percent"),
    ];
    for (d, unit, chart_unit) in cases {
        let d = set(d, "/charts/0/items/0/unit", json!(unit));
        let e = assert_invalid(
            &d,
            "charts[0].items[0].unit",
            &format!(
                "unit \"{unit}\" cannot be mixed with the chart's unit \"{chart_unit}\" (a different kind of quantity)"
            ),
        );
        assert_eq!(e.problem, Problem::UnitKind { unit: unit.into(), chart_unit: chart_unit.into() });
    }
    // A chart without `unit` counts; the message says so rather than naming a
    // "count" the editor never wrote.
    let d = set(one_value("bar", json!(1)), "/charts/0/items/0/unit", json!("kg"));
    let e = assert_invalid(
        &d,
        "charts[0].items[0].unit",
        "unit \"kg\" needs a chart unit of the same kind, and the chart has no \"unit\": its values are counts (\"count\")",
    );
    assert_eq!(
        e.message(newsplot::format::Lang::Ru),
        "charts[0].items[0].unit: единица \"kg\" требует единицы того же рода у графика, а у графика нет поля unit: его значения — количества (count)"
    );
}

#[test]
fn mass_units_mix() {
    for (chart, own) in [("kg", "g"), ("kg", "t"), ("g", "t"), ("t", "kg"), ("kg", "kg")] {
        let d =
            set(set(one_value("hbar", json!(1)), "/charts/0/unit", json!(chart)), "/charts/0/items/0/unit", json!(own));
        let c = &ok_v(&d).charts[0];
        assert_eq!((c.unit.code(), c.items[0].unit.map(|u| u.code().to_string())), (chart, Some(own.to_string())));
    }
}

#[test]
fn two_currencies_in_one_chart() {
    let almaty = fixture_json("valid/almaty-2025.json");
    let e = assert_invalid(
        &set(almaty.clone(), "/charts/2/items/1/unit", json!("USD")),
        "charts[2].items[1].unit",
        "currency \"USD\" differs from the chart's \"KZT\"; one chart shows one currency",
    );
    assert_eq!(e.problem, Problem::Currency { unit: "USD".into(), chart_unit: "KZT".into() });
    // Naming the chart's own currency again is fine.
    let d = ok_v(&set(almaty, "/charts/2/items/1/unit", json!("KZT")));
    assert_eq!(d.charts[2].items[1].unit, Some(Unit::Currency(*b"KZT")));
}

// ---------------------------------------------------------------------------
// Dates in line charts
// ---------------------------------------------------------------------------

#[test]
fn line_item_with_invalid_date() {
    let bad = [
        "2025-02-30",
        "2025-13",
        "2025-00",
        "2025-01-00",
        "2025-01-32",
        "2025-04-31",
        "2023-02-29",
        "1900-02-29",
        "2025-1",
        "25-01",
        "2025/01",
        "01.02.2025",
        "2025-01-01T00:00",
        "январь 2025",
        "",
        " 2025",
    ];
    for d in bad {
        let e = assert_invalid(
            &set(line_doc(), "/charts/0/items/1/date", json!(d)),
            "charts[0].items[1].date",
            &format!("\"{d}\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"),
        );
        assert_eq!(e.problem, Problem::BadDate(d.into()));
    }
    // Leap days that exist.
    for good in ["2024-02-29", "2000-02-29"] {
        ok_v(&set(line_doc(), "/charts/0/items/0/date", json!(good)));
    }
}

#[test]
fn dates_out_of_order() {
    let e = assert_invalid(
        &set(line_doc(), "/charts/0/items/2/date", json!("2024-12")),
        "charts[0].items[2].date",
        "dates out of order: \"2024-12\" comes after \"2025-02\"; items must go from earliest to latest",
    );
    assert_eq!(e.problem, Problem::DateOrder { date: "2024-12".into(), previous: "2025-02".into() });
    let yearly = json!({ "version": 1, "charts": [{ "id": "y", "type": "line", "items": [
        { "date": "2024", "value": 1 }, { "date": "2023", "value": 2 } ] }] });
    assert_invalid(
        &yearly,
        "charts[0].items[1].date",
        "dates out of order: \"2023\" comes after \"2024\"; items must go from earliest to latest",
    );
}

#[test]
fn duplicate_date() {
    assert_invalid(
        &set(line_doc(), "/charts/0/items/2/date", json!("2025-02")),
        "charts[0].items[2].date",
        "date \"2025-02\" is repeated; each item has its own date",
    );
    let daily = json!({ "version": 1, "charts": [{ "id": "d", "type": "line", "items": [
        { "date": "2025-03-07", "value": 1 }, { "date": "2025-03-07", "value": 2 } ] }] });
    assert_invalid(
        &daily,
        "charts[0].items[1].date",
        "date \"2025-03-07\" is repeated; each item has its own date",
    );
    let e = spec::parse(&daily.to_string()).unwrap_err();
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].items[1].date: дата \"2025-03-07\" повторяется: у каждого элемента своя дата");
}

#[test]
fn date_outside_line_is_still_checked() {
    let d = set(doc(), "/charts/0/items/0/date", json!("2025-13"));
    assert_invalid(&d, "charts[0].items[0].date", "\"2025-13\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
}

// ---------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------

#[test]
fn string_over_500_characters() {
    assert_eq!(MAX_STRING_CHARS, 500);
    let long = json!(cyrillic(501));
    let cases = [
        (doc(), "/title", "title"),
        (doc(), "/subtitle", "subtitle"),
        (doc(), "/locale", "locale"),
        (set(doc(), "/source", json!({})), "/source/name", "source.name"),
        (set(doc(), "/source", json!({})), "/source/url", "source.url"),
        (doc(), "/charts/0/id", "charts[0].id"),
        (doc(), "/charts/0/title", "charts[0].title"),
        (doc(), "/charts/0/subtitle", "charts[0].subtitle"),
        (doc(), "/charts/0/note", "charts[0].note"),
        (doc(), "/charts/0/items/1/label", "charts[0].items[1].label"),
        (doc(), "/charts/0/items/1/note", "charts[0].items[1].note"),
        (doc(), "/charts/0/items/0/parts/0/label", "charts[0].items[0].parts[0].label"),
        (series_doc(), "/charts/0/series/0", "charts[0].series[0]"),
        (line_doc(), "/charts/0/items/0/label", "charts[0].items[0].label"),
    ];
    for (d, ptr, path) in cases {
        let e = assert_invalid(&set(d, ptr, long.clone()), path, "text of 501 characters; the limit is 500");
        assert_eq!(e.problem, Problem::TooLong { chars: 501 });
    }
    assert_invalid(
        &set(doc(), "/title", json!("ж".repeat(10_000))),
        "title",
        "text of 10000 characters; the limit is 500",
    );
}

#[test]
fn string_over_500_characters_in_a_field_the_format_does_not_know() {
    // "A string longer than 500 characters" makes any document invalid, wherever it is.
    let long = json!(cyrillic(501));
    let cases = [
        ("/comment", "comment"),
        ("/charts/0/items/1/color", "charts[0].items[1].color"),
        ("/charts/0/items/0/parts/0/source", "charts[0].items[0].parts[0].source"),
    ];
    for (ptr, path) in cases {
        assert_invalid(&set(doc(), ptr, long.clone()), path, "text of 501 characters; the limit is 500");
    }
    let nested = set(doc(), "/charts/0/extra", json!({ "notes": ["ok", cyrillic(501)] }));
    assert_invalid(&nested, "charts[0].extra.notes[1]", "text of 501 characters; the limit is 500");
    ok_v(&set(doc(), "/charts/0/extra", json!({ "notes": [cyrillic(500)] })));
}

#[test]
fn object_key_over_500_characters() {
    // The limit holds for keys too, reported at the object, with the key's start.
    let (long, shown) = (cyrillic(501), format!("\"{}…\"", cyrillic(40)));
    let cases = [
        (format!("/charts/0/{long}"), "charts[0]"),
        (format!("/charts/0/items/1/{long}"), "charts[0].items[1]"),
        (format!("/{long}"), ""),
    ];
    for (ptr, path) in cases {
        let e = assert_invalid(&set(doc(), &ptr, json!(1)), path, &format!("key {shown} of 501 characters; the limit is 500"));
        assert_eq!(e.problem, Problem::KeyTooLong { key: shown.clone(), chars: 501 });
    }
    let nested = set(doc(), "/charts/0/extra", json!({ "notes": [{ long.clone(): "x" }] }));
    let e = assert_invalid(&nested, "charts[0].extra.notes[0]", &format!("key {shown} of 501 characters; the limit is 500"));
    assert_eq!(
        e.message(newsplot::format::Lang::Ru),
        format!("charts[0].extra.notes[0]: ключ {shown} из 501 символа; предел — 500")
    );
    assert_eq!(
        e.message(newsplot::format::Lang::Kk),
        format!("charts[0].extra.notes[0]: 501 таңбадан тұратын {shown} кілті; шегі — 500")
    );
    // 500 characters (1000 bytes) are fine.
    ok_v(&set(doc(), &format!("/charts/0/items/1/{}", cyrillic(500)), json!("x")));
}

#[test]
fn negative_zero_is_read_as_zero() {
    // `-0` (or a negative number too small for f64) is 0, not a "-0" to show.
    for zero in ["-0", "-0.0", "-0e7", "-1e-400"] {
        let text = format!(
            r#"{{"version":1,"charts":[{{"id":"a","type":"bar","series":["x"],"items":[{{"label":"a","values":[{zero}],"parts":[{{"label":"p","value":{zero}}}]}}]}},{{"id":"b","type":"line","items":[{{"date":"2025","value":{zero}}}]}}]}}"#
        );
        let d = ok(&text);
        let read = [d.charts[0].items[0].values[0], Some(d.charts[0].items[0].parts[0].value), d.charts[1].items[0].values[0]];
        for v in read {
            assert_eq!(v.map(f64::to_bits), Some(0.0f64.to_bits()), "{zero}");
        }
    }
}

#[test]
fn string_of_exactly_500_characters_is_fine() {
    // 500 Cyrillic letters are 1000 bytes: characters are counted, not bytes.
    let s = cyrillic(500);
    assert_eq!(s.len(), 1000);
    let d = set(set(doc(), "/title", json!(s)), "/charts/0/items/1/label", json!(s));
    let d = ok_v(&d);
    assert_eq!(d.title.as_deref(), Some(s.as_str()));
    assert_eq!(d.charts[0].items[1].label.as_deref(), Some(s.as_str()));
    // 500 four-byte characters too.
    ok_v(&set(doc(), "/charts/0/note", json!("🚓".repeat(500))));
}

#[test]
fn document_over_10_mb() {
    assert_eq!(MAX_BYTES, 10 * 1024 * 1024);
    let valid = doc().to_string();
    let mut text = valid.clone();
    text.push_str(&" ".repeat(MAX_BYTES - valid.len()));
    assert_eq!(text.len(), MAX_BYTES);
    ok(&text); // exactly 10 MB, padding and all
    text.push(' ');
    let e = assert_invalid_text(&text, "", "the document is 10,485,761 bytes; the limit is 10,485,760 bytes (10 MB)");
    assert_eq!(e.problem, Problem::TooLarge { bytes: MAX_BYTES + 1 });
    // Measured in bytes: 10 MB of Cyrillic is fewer characters than that.
    let big = format!(r#"{{"version":1,"title":"{}","charts":[]}}"#, "ж".repeat(MAX_BYTES / 2));
    assert!(big.chars().count() < MAX_BYTES && big.len() > MAX_BYTES);
    assert!(matches!(err(&big).problem, Problem::TooLarge { .. }));
}

// ---------------------------------------------------------------------------
// First problem wins
// ---------------------------------------------------------------------------

#[test]
fn the_first_problem_is_reported() {
    // Version before charts; an earlier chart before a later one; an earlier
    // item before a later one.
    let d = set(remove(doc(), "/version"), "/charts", json!([]));
    assert_invalid(&d, "version", "required field is missing");
    let d = set(doc(), "/charts/1", json!({ "id": "b", "type": "pie", "items": [] }));
    let d = set(d, "/charts/0/items/1/value", json!("5 тыс."));
    assert_invalid(&d, "charts[0].items[1].value", "expected a number, found \"5 тыс.\"");
    let d = set(doc(), "/charts/0/items/0/qualifier", json!("around"));
    let d = set(d, "/charts/0/items/1/value", json!(-1));
    assert_invalid(&d, "charts[0].items[0].qualifier", &format!("unknown qualifier \"around\"; {QUALIFIERS}"));
}

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

#[test]
fn every_invalid_fixture_gives_its_expected_message() {
    let expected: serde_json::Map<String, Value> = match fixture_json("invalid/expected.json") {
        Value::Object(m) => m,
        other => panic!("expected.json is not an object: {other}"),
    };
    let files = fixture_files("invalid");
    assert!(files.len() >= 40, "only {} invalid fixtures", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_str().unwrap();
        let want =
            expected.get(name).and_then(Value::as_str).unwrap_or_else(|| panic!("{name} is not in expected.json"));
        let text = fs::read_to_string(file).unwrap();
        match spec::parse(&text) {
            Ok(_) => failures.push(format!("{name}: parsed, expected `{want}`")),
            Err(e) if e.to_string() != want => failures.push(format!("{name}:\n   got `{e}`\n  want `{want}`")),
            Err(_) => {}
        }
    }
    for name in expected.keys() {
        if !fixtures().join("invalid").join(name).is_file() {
            failures.push(format!("{name} is in expected.json but there is no such file"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_valid_fixture_parses() {
    let files = fixture_files("valid");
    assert!(files.len() >= 8, "only {} valid fixtures", files.len());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| spec::parse(&fs::read_to_string(f).unwrap()).err().map(|e| format!("{}: {e}", f.display())))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// What valid documents become
// ---------------------------------------------------------------------------

#[test]
fn the_spec_example_becomes_the_expected_document() {
    let d = ok(&fixture("valid/almaty-2025.json"));
    use Qualifier::*;
    let expected = Document {
        version: 1,
        locale: "ru".into(),
        title: Some("Борьба с наркопреступностью в Алматы".into()),
        subtitle: Some("Январь–сентябрь 2025 года".into()),
        source: Some(Source {
            name: Some("Департамент полиции Алматы".into()),
            url: Some("https://polisia.kz/".into()),
            date: Some(date(2025, Some(10), Some(13))),
        }),
        charts: vec![
            Chart {
                id: "seized".into(),
                kind: ChartKind::HBar,
                title: Some("Изъято из незаконного оборота".into()),
                subtitle: None,
                note: None,
                unit: Unit::Kilogram,
                series: vec![],
                stacked: false,
                items: vec![
                    Item {
                        qualifier: MoreThan,
                        parts: vec![part("синтетические", 52.0)],
                        ..item("Наркотические средства", 525.0)
                    },
                    Item { unit: Some(Unit::Tonne), qualifier: MoreThan, ..item("Прекурсоры БК-4", 3.0) },
                ],
            },
            Chart {
                id: "blocked".into(),
                kind: ChartKind::HBar,
                title: Some("Выявлено и заблокировано".into()),
                subtitle: None,
                note: None,
                unit: Unit::Count,
                series: vec![],
                stacked: false,
                items: vec![
                    Item {
                        qualifier: MoreThan, ..item("Иностранные банковские карты", 5000.0)
                    },
                    Item {
                        qualifier: MoreThan,
                        parts: vec![part("Telegram-каналы", 27.0)],
                        ..item("Интернет-ресурсы", 2200.0)
                    },
                    Item { qualifier: About, ..item("Банковские карты", 1500.0) },
                    item("Криптокошельки", 312.0),
                ],
            },
            Chart {
                id: "money".into(),
                kind: ChartKind::Bar,
                title: Some("Денежные средства".into()),
                subtitle: None,
                note: None,
                unit: Unit::Currency(*b"KZT"),
                series: vec![],
                stacked: false,
                items: vec![
                    Item {
                        qualifier: MoreThan, ..item("Легализовано в доход государства", 255_000_000.0)
                    },
                    item("Приостановлено подозрительных операций", 68_000_000.0),
                ],
            },
            Chart {
                id: "totals".into(),
                kind: ChartKind::Tiles,
                title: None,
                subtitle: None,
                note: None,
                unit: Unit::Count,
                series: vec![],
                stacked: false,
                items: vec![
                    Item { qualifier: MoreThan, ..item("наркопреступлений выявлено", 500.0) },
                    item("нарколаборатории ликвидированы", 2.0),
                    item("преступные группы ликвидированы", 3.0),
                ],
            },
            Chart {
                id: "monthly".into(),
                kind: ChartKind::Line,
                title: Some("Изъято наркотиков по месяцам".into()),
                subtitle: None,
                note: None,
                unit: Unit::Kilogram,
                series: vec!["2024".into(), "2025".into()],
                stacked: false,
                items: vec![
                    point(date(2025, Some(1), None), &[Some(41.2), Some(38.0)]),
                    point(date(2025, Some(2), None), &[Some(35.5), Some(61.3)]),
                    point(date(2025, Some(3), None), &[Some(52.0), None]),
                ],
            },
        ],
    };
    assert_eq!(d, expected);
}

#[test]
fn line_charts_at_three_date_precisions() {
    let d = ok(&fixture("valid/line-dates.json"));
    let [yearly, monthly, daily] = &d.charts[..] else { panic!("three charts") };
    assert!(d.charts.iter().all(|c| c.kind == ChartKind::Line));

    assert_eq!(yearly.unit, Unit::Count);
    let dates: Vec<Date> = yearly.items.iter().map(|i| i.date.unwrap()).collect();
    assert_eq!(dates, (2021..=2024).map(|y| date(y, None, None)).collect::<Vec<_>>());
    assert_eq!(yearly.items[1].values, vec![None]);
    assert_eq!(yearly.items[2], Item { qualifier: Qualifier::About, ..point(date(2023, None, None), &[Some(1377.0)]) });

    assert_eq!(monthly.series, vec!["2024", "2025"]);
    let values: Vec<_> = monthly.items.iter().map(|i| i.values.clone()).collect();
    assert_eq!(
        values,
        vec![vec![Some(41.2), Some(38.0)], vec![None, Some(61.3)], vec![Some(52.0), None], vec![None, None],]
    );
    assert_eq!(monthly.items[2].note.as_deref(), Some("данные за 2025 год уточняются"));
    assert_eq!(monthly.items[3].date, Some(date(2025, Some(4), None)));

    assert_eq!(daily.unit, Unit::Percent);
    assert_eq!(daily.items[0].label.as_deref(), Some("среда"));
    assert_eq!(daily.items[1].date, Some(date(2024, Some(2), Some(29))));
    assert_eq!(daily.items[1].values, vec![Some(-2.25)]);
    assert_eq!(daily.items[2].values, vec![Some(0.0)]);
    assert_eq!(daily.items[3].values, vec![None]);
    assert_eq!(daily.items[3].date.unwrap().to_string(), "2024-03-02");
}

#[test]
fn bar_with_series_grouped_and_stacked() {
    let d = ok(&fixture("valid/bar-series-stacked.json"));
    assert_eq!(d.locale, "ru", "locale defaults to ru");
    assert_eq!(
        d.source,
        Some(Source {
            name: Some("Комитет по правовой статистике".into()),
            url: Some("https://qamqor.gov.kz/".into()),
            date: Some(date(2025, Some(7), None)),
        })
    );
    let [stacked, grouped] = &d.charts[..] else { panic!("two charts") };
    assert_eq!((stacked.kind, stacked.stacked), (ChartKind::Bar, true));
    assert_eq!(stacked.series, vec!["с пострадавшими", "без пострадавших"]);
    assert_eq!(stacked.items[1].values, vec![Some(98.0), None]);
    assert_eq!(stacked.items[2].qualifier, Qualifier::AtLeast);
    assert_eq!((grouped.kind, grouped.stacked), (ChartKind::HBar, false));
    assert_eq!(grouped.items[0].parts, vec![part("с участием пешеходов", 150.0)]);
    assert_eq!(grouped.items[1].values, vec![None, Some(388.0)]);
}

#[test]
fn donut_in_percent_and_english() {
    let d = ok(&fixture("valid/donut-percent-en.json"));
    assert_eq!(d.locale, "en");
    let c = &d.charts[0];
    assert_eq!((c.kind, c.unit), (ChartKind::Donut, Unit::Percent));
    assert_eq!(c.note.as_deref(), Some("Shares do not add up to 100 because of rounding."));
    assert_eq!(c.items[1].note.as_deref(), Some("mephedrone and α-PVP"));
    assert_eq!(c.items[3], Item { qualifier: Qualifier::LessThan, note: None, ..item("Other", 1.2) });
}

#[test]
fn tiles_in_kazakh() {
    let d = ok(&fixture("valid/tiles-kk.json"));
    assert_eq!(d.locale, "kk");
    assert_eq!(d.source.as_ref().unwrap().url, None);
    let c = &d.charts[0];
    assert_eq!((c.kind, c.unit), (ChartKind::Tiles, Unit::Count));
    assert_eq!(c.items[0], Item { qualifier: Qualifier::MoreThan, ..item("есірткі қылмысы анықталды", 500.0) });
    assert_eq!(c.items[2].unit, Some(Unit::Count));
}

#[test]
fn money_in_dollars() {
    let d = ok(&fixture("valid/money-usd.json"));
    let c = &d.charts[0];
    assert_eq!(c.unit, Unit::Currency(*b"USD"));
    assert_eq!(c.unit.to_string(), "USD");
    assert_eq!(c.items[0], Item { unit: Some(Unit::Currency(*b"USD")), ..item("2023", 1_250_000.5) });
    assert_eq!(c.items[2].qualifier, Qualifier::UpTo);
    assert_eq!(
        c.items[2].parts,
        vec![Part { qualifier: Qualifier::AtLeast, ..part("returned to victims", 450_000.0) }]
    );
    assert_eq!(d.charts[1].unit, Unit::Currency(*b"KZT"));
}

#[test]
fn mixed_grams_kilograms_and_tonnes() {
    let d = ok(&fixture("valid/mass-mixed.json"));
    let c = &d.charts[0];
    assert_eq!(c.unit, Unit::Kilogram);
    let units: Vec<Option<Unit>> = c.items.iter().map(|i| i.unit).collect();
    assert_eq!(units, vec![Some(Unit::Gram), None, Some(Unit::Tonne), Some(Unit::Kilogram)]);
    // Values stay as written, in their own units.
    assert_eq!(c.items[0].values, vec![Some(850.0)]);
    assert_eq!(c.items[2].values, vec![Some(3.0)]);
    // A part in its own unit (an extension): 200 kg of a 3 t item.
    assert_eq!(c.items[2].parts, vec![part("дикорастущая конопля", 2.5), Part { unit: Some(Unit::Kilogram), ..part("семена", 200.0) }]);
    assert_eq!(d.charts[1].unit, Unit::Gram);
    assert_eq!(d.charts[1].items[1].unit, Some(Unit::Kilogram));
}

#[test]
fn every_qualifier() {
    use Qualifier::*;
    let d = ok(&fixture("valid/qualifiers.json"));
    let c = &d.charts[0];
    let on_items: Vec<Qualifier> = c.items.iter().map(|i| i.qualifier).collect();
    assert_eq!(on_items, vec![Exact, About, MoreThan, AtLeast, LessThan, UpTo, Exact]);
    let on_parts: Vec<Qualifier> = c.items[5].parts.iter().map(|p| p.qualifier).collect();
    assert_eq!(on_parts, vec![Exact, About, MoreThan, AtLeast, LessThan, UpTo, Exact]);
    let sum: f64 = c.items[5].parts.iter().map(|p| p.value).sum();
    assert_eq!(sum, 28.0);
}

#[test]
fn null_fields_are_absent() {
    let d = ok(&fixture("valid/nulls-as-absent.json"));
    assert_eq!((d.locale.as_str(), &d.title, &d.subtitle, &d.source), ("ru", &None, &None, &None));
    let c = &d.charts[0];
    assert_eq!((&c.title, &c.subtitle, &c.note), (&None, &None, &None));
    assert_eq!((c.unit, c.series.is_empty(), c.stacked), (Unit::Count, true, false));
    assert_eq!(c.items, vec![item("Январь", 12.0), item("Февраль", 15.0)]);
    let line = &d.charts[1];
    assert_eq!(line.items[0], point(date(2025, Some(1), None), &[Some(1.0)]));
    assert_eq!(line.items[1], point(date(2025, Some(2), None), &[None]));
}

#[test]
fn strings_of_500_characters_fixture() {
    let d = ok(&fixture("valid/strings-500-chars.json"));
    assert_eq!(d.title.as_deref().map(|s| s.chars().count()), Some(500));
    assert_eq!(d.charts[0].note.as_deref().map(|s| s.chars().count()), Some(500));
    assert_eq!(d.charts[0].items[0].label.as_deref().map(|s| s.chars().count()), Some(500));
}

#[test]
fn defaults_and_unknown_fields() {
    // Unknown fields are ignored, so the format can be extended.
    let d = set(set(doc(), "/theme", json!({ "dark": true })), "/charts/0/items/0/color", json!("#c00"));
    let d = ok_v(&d);
    assert_eq!(d.locale, "ru");
    assert_eq!(d.version, 1);
    let c = &ok_v(&one_value("bar", json!(7))).charts[0];
    assert_eq!((c.unit, c.stacked, c.items[0].qualifier), (Unit::Count, false, Qualifier::Exact));
    // A non-line item may carry a date; it is read.
    assert_eq!(c.items[0].date, Some(date(2025, None, None)));
}

/// A field written twice in one object: which figure the editor meant is
/// unknown, so the document is refused at that field's path. Keys the format
/// never reads (a `"//"` comment, again and again) may repeat.
#[test]
fn a_field_written_twice_is_named_by_its_path() {
    let text = r#"{"version":1,"charts":[{"id":"a","type":"bar","items":[{"label":"x","value":5,"note":"n","value":50}]}]}"#;
    let e = newsplot::spec::parse(text).unwrap_err();
    assert_eq!(e.to_string(), "charts[0].items[0].value: written twice in one object; keep one");
    assert_eq!(e.message(newsplot::format::Lang::Ru), "charts[0].items[0].value: указано дважды в одном объекте; оставьте одно");
    // In a large object too (over 8 members are searched by halves).
    let many = r#"{"version":1,"title":"t","subtitle":"s","locale":"en","a":1,"b":2,"c":3,"d":4,"title":"again","charts":[{"id":"a","type":"bar","items":[{"label":"x","value":5}]}]}"#;
    assert_eq!(newsplot::spec::parse(many).unwrap_err().to_string(), "title: written twice in one object; keep one");
    let part = r#"{"version":1,"charts":[{"id":"a","type":"bar","items":[{"label":"x","value":5,"parts":[{"label":"p","value":1,"label":"q"}]}]}]}"#;
    assert_eq!(newsplot::spec::parse(part).unwrap_err().path, "charts[0].items[0].parts[0].label");
    let comments = r#"{"version":1,"//":"a","//":"b","charts":[{"id":"a","type":"bar","items":[{"label":"x","value":5,"//":"c","//":"d"}]}]}"#;
    assert_eq!(newsplot::spec::parse(comments).unwrap().charts[0].items[0].values, vec![Some(5.0)]);
    // A repeated comment sorts before a repeated field (`"//"` < `"value"`): the field is still found.
    let both = r#"{"version":1,"charts":[{"id":"a","type":"bar","items":[{"//":"from the PDF","//":"checked","label":"Heroin","value":525,"value":52}]}]}"#;
    assert_eq!(newsplot::spec::parse(both).unwrap_err().path, "charts[0].items[0].value");
    let upper = r#"{"version":1,"_c":1,"_c":2,"Z":1,"Z":2,"title":"a","title":"b","charts":[{"id":"a","type":"bar","items":[{"label":"x","value":5}]}]}"#;
    assert_eq!(newsplot::spec::parse(upper).unwrap_err().path, "title");
}
