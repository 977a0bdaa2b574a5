//! The data table behind every chart (visually hidden, read by screen readers,
//! and the source of CSV downloads later): every value, worded exactly.
//!
//! The page's copy of a huge chart's table is capped ([`page_table`]): a
//! 55,550-row table took seconds of layout and hundreds of MB of DOM, and no
//! one reads it row by row. It keeps evenly spaced rows, the first and last
//! among them, and its caption says so and where every value is: the arrow
//! keys on the chart step through each item and the live region reads it.

use crate::format::{cat, put, words, Lang, Wording};
use crate::model::ChartModel;

/// The most rows the page's hidden table holds: twenty years of monthly
/// figures still fit whole. Each row costs the page about 0.3 ms to build and
/// lay out (it cannot skip rendering the table: content-visibility would hide
/// it from the accessibility tree too).
pub const PAGE_ROWS: usize = 250;

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table as HTML, every text escaped: the page parses it in one go,
    /// far faster than a thousand cells made one by one through the DOM.
    pub fn to_html(&self) -> String {
        let mut h = String::with_capacity(64 + self.rows.len() * 96);
        h.push_str("<table><caption>");
        escape(&mut h, &self.caption);
        h.push_str("</caption><thead><tr>");
        for c in &self.head {
            h.push_str("<th scope=\"col\">");
            escape(&mut h, c);
            h.push_str("</th>");
        }
        h.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            h.push_str("<tr>");
            for (i, c) in row.iter().enumerate() {
                h.push_str(if i == 0 { "<th scope=\"row\">" } else { "<td>" });
                escape(&mut h, c);
                h.push_str(if i == 0 { "</th>" } else { "</td>" });
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table>");
        h
    }
}

/// Text as HTML text content: a document's labels never become markup.
fn escape(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
}

/// Every row of the chart's table.
pub fn table(chart: &ChartModel, words: &Wording) -> Table {
    table_of(chart, words, &(0..chart.items.len()).collect::<Vec<_>>())
}

/// The table the page holds: every row up to `max`, else `max` evenly spaced
/// rows with a caption that says how many of how many, and how to hear the rest.
pub fn page_table(chart: &ChartModel, words: &Wording, max: usize) -> Table {
    let n = chart.items.len();
    let rows = sample(n, max);
    let mut t = table_of(chart, words, &rows);
    if rows.len() < n {
        let note = sampled_note(words, rows.len(), n);
        t.caption = cat(&[t.caption.trim_end_matches('.'), ". ", &note]);
    }
    t
}

/// `max` (at least 2) indices spread evenly over `0..n`, the first and last
/// among them; all of `0..n` when it has no more than `max`.
pub fn sample(n: usize, max: usize) -> Vec<usize> {
    let max = max.max(2);
    if n <= max {
        return (0..n).collect();
    }
    // Rounded positions k·(n−1)/(max−1): strictly increasing because n > max.
    (0..max).map(|k| (k * (n - 1) + (max - 1) / 2) / (max - 1)).collect()
}

/// The caption's note on a sampled table, in the document's language.
fn sampled_note(words: &Wording, shown: usize, total: usize) -> String {
    let (m, n) = (words.numbers.exact(shown as f64), words.numbers.exact(total as f64));
    match words.lang {
        Lang::Ru => cat(&["Строк в таблице: ", &m, " из ", &n, ", через равные промежутки; стрелки на самой диаграмме читают каждое значение, а все строки — в CSV из меню «Скачать»"]),
        Lang::Kk => cat(&["Кестеде ", &n, " жолдың ", &m, " жолы ғана, бірдей аралықпен; әр мәнді диаграмманың өзінде көрсеткі пернелерімен тыңдауға болады, ал барлық жол «Жүктеу» мәзіріндегі CSV-да"]),
        _ => cat(&["The table lists ", &m, " of ", &n, " rows, evenly spaced; the arrow keys on the chart itself read every value, and the CSV in the Download menu holds every row"]),
    }
}

fn table_of(chart: &ChartModel, words: &Wording, rows: &[usize]) -> Table {
    let w = words::a11y(words.lang);
    let dated = chart.items.iter().any(|d| d.date.is_some());
    let mut head = vec![if dated { w.date } else { w.category }.to_string()];
    if chart.series.is_empty() {
        head.push(w.value.to_string());
    } else {
        head.extend(chart.series.iter().cloned());
    }
    // A stack's total, as the chart writes it over each column or bar.
    let totals = chart.stacked && chart.series.len() > 1;
    if totals {
        head.push(match words.lang {
            Lang::Ru => "Всего",
            Lang::Kk => "Барлығы",
            Lang::En => "Total",
        }.to_string());
    }
    let has_parts = chart.items.iter().any(|d| !d.parts.is_empty());
    let has_notes = chart.items.iter().any(|d| d.note.is_some());
    if has_parts {
        head.push(w.parts.to_string());
    }
    if has_notes {
        head.push(w.note.to_string());
    }
    // Plain loops: iterator chains brought their own code into the wasm.
    let mut out = Vec::new();
    for d in rows.iter().filter_map(|&i| chart.items.get(i)) {
        let mut row = vec![d.date.map(|dt| words.date_in(dt, chart.seasonal)).unwrap_or_else(|| d.label.clone())];
        for v in &d.values {
            row.push(v.as_ref().map(|f| words.of(f, false)).unwrap_or_else(|| words::no_data(words.lang).into()));
        }
        if totals {
            // None: a lone segment (its own cell says it) or none at all.
            let none = d.values.iter().all(Option::is_none);
            let total = super::tooltip::stack_total(&d.values, &|_| true).map(|t| words.of(&t, false));
            row.push(total.unwrap_or_else(|| if none { words::no_data(words.lang).into() } else { String::new() }));
        }
        if has_parts {
            let mut parts = String::new();
            for (k, p) in d.parts.iter().enumerate() {
                put(&mut parts, &[if k > 0 { "; " } else { "" }, &p.label, " — ", &words.of(&p.figure, false)]);
            }
            row.push(parts);
        }
        if has_notes {
            row.push(d.note.clone().unwrap_or_default());
        }
        out.push(row);
    }
    let rows = out;
    // An untitled chart's table is named by its kind ("Ключевые цифры"), not by
    // its id: a screen reader would read an internal name such as "totals".
    let caption = chart.title.clone().unwrap_or_else(|| words::kind_name(words.lang, chart.kind).to_string());
    Table { caption, head, rows }
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
        assert_eq!(line.rows[2][2], "нет данных");
        // The untitled tiles are named by their kind, not by their id ("totals").
        assert_eq!(table(&m.charts[3], &w).caption, "Ключевые цифры");
    }

    /// A stack's table ends in its total, as the chart writes it over each
    /// column, with the qualifier the sum keeps; grouped columns have none.
    #[test]
    fn a_stack_s_table_has_its_totals() {
        let m = Model::new(&crate::spec::parse(include_str!("../../www/data/gallery-ru.json")).unwrap(), None);
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        let housing = m.charts.iter().find(|c| c.id == "housing").unwrap();
        let t = table(housing, &w);
        assert_eq!(t.head[1..], ["Многоквартирные дома", "Индивидуальные дома", "Всего", "Примечание"]);
        let plain = |r: &Vec<String>| r.iter().map(|c| c.replace('\u{a0}', " ")).collect::<Vec<_>>();
        assert_eq!(plain(&t.rows[0])[1..4], ["21 500", "9 800", "31 300"]);
        assert_eq!(plain(&t.rows[3])[3], "около 47 100");
        let roads = m.charts.iter().find(|c| c.id == "roads").unwrap();
        assert!(!table(roads, &w).head.iter().any(|h| h == "Всего"), "grouped: no total");
    }

    /// A line of `n` dates (from 2000-01-01, 28 days a month) and two series, in `lang`.
    fn daily(n: usize, lang: &str) -> Model {
        let items: Vec<String> = (0..n)
            .map(|i| {
                let (y, d) = (2000 + i / 336, i % 336);
                let (m, day) = (d / 28 + 1, d % 28 + 1);
                format!(r#"{{"date":"{y}-{m:02}-{day:02}","values":[{i},{}]}}"#, n - i)
            })
            .collect();
        let doc = format!(
            r#"{{"version":1,"locale":"{lang}","charts":[{{"id":"big","type":"line","title":"Big.","unit":"count","series":["A","B"],"items":[{}]}}]}}"#,
            items.join(",")
        );
        Model::new(&crate::spec::parse(&doc).unwrap(), None)
    }

    #[test]
    fn sample_spreads_evenly_and_keeps_both_ends() {
        assert_eq!(sample(5, 10), vec![0, 1, 2, 3, 4], "small: every row");
        assert_eq!(sample(0, 10), Vec::<usize>::new());
        assert_eq!(sample(11, 3), vec![0, 5, 10]);
        for (n, max) in [(1001, 500), (55_550, 500), (100_000, 7), (502, 500), (3, 0)] {
            let s = sample(n, max);
            assert_eq!(s.len(), max.max(2), "{n}/{max}: as many rows as allowed");
            assert_eq!((s[0], *s.last().unwrap()), (0, n - 1), "{n}/{max}: first and last");
            assert!(s.windows(2).all(|w| w[0] < w[1]), "{n}/{max}: strictly increasing");
            let gaps: Vec<usize> = s.windows(2).map(|w| w[1] - w[0]).collect();
            let (lo, hi) = (gaps.iter().min().unwrap(), gaps.iter().max().unwrap());
            assert!(hi - lo <= 1, "{n}/{max}: even gaps, got {lo}..{hi}");
        }
    }

    #[test]
    fn a_huge_table_is_sampled_and_says_so() {
        let m = daily(1_200, "en");
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        let full = table(&m.charts[0], &w);
        assert_eq!(full.rows.len(), 1_200, "the whole table (CSV) keeps every row");
        assert_eq!(full.caption, "Big.");
        let page = page_table(&m.charts[0], &w, 100);
        assert_eq!(page.rows.len(), 100);
        assert_eq!(page.head, full.head);
        let picks = sample(1_200, 100);
        for (row, i) in page.rows.iter().zip(&picks) {
            assert_eq!(row, &full.rows[*i], "a sampled row is the full table's row {i}, worded alike");
        }
        let plain = page.caption.replace('\u{a0}', " ");
        assert!(plain.starts_with("Big. "), "{plain}");
        assert!(plain.contains("100 of 1,200 rows") && plain.contains("arrow keys"), "{plain}");
        // Up to the cap nothing changes.
        assert_eq!(page_table(&m.charts[0], &w, 1_200), full);
    }

    #[test]
    fn the_sampled_note_is_in_the_documents_language() {
        for (lang, words) in [("ru", ["из", "стрелки"]), ("kk", ["жолдың", "көрсеткі"])] {
            let m = daily(600, lang);
            let n = NativeNumbers::new(m.lang);
            let w = Wording::new(m.lang, &n);
            let caption = page_table(&m.charts[0], &w, 500).caption.replace('\u{a0}', " ");
            assert!(caption.contains("500") && caption.contains("600"), "{lang}: {caption}");
            for word in words {
                assert!(caption.contains(word), "{lang}: {caption} has {word}");
            }
        }
    }

    #[test]
    fn html_escapes_every_text_and_keeps_headers() {
        let t = Table {
            caption: "A <b>&</b>".into(),
            head: vec!["Item".into(), "\"kg\"".into()],
            rows: vec![vec!["<script>x</script>".into(), "1 & 2".into()], vec!["b".into(), "3".into()]],
        };
        assert_eq!(
            t.to_html(),
            "<table><caption>A &lt;b&gt;&amp;&lt;/b&gt;</caption><thead><tr><th scope=\"col\">Item</th><th scope=\"col\">&quot;kg&quot;</th></tr></thead>\
             <tbody><tr><th scope=\"row\">&lt;script&gt;x&lt;/script&gt;</th><td>1 &amp; 2</td></tr><tr><th scope=\"row\">b</th><td>3</td></tr></tbody></table>"
        );
    }
}
