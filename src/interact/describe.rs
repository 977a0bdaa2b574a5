//! What a screen reader hears for a whole chart: its kind and title, how many
//! values, the largest and smallest, and for lines the trend of each series.

// Pieces `put` into the description, not `push_str(&format!(…))`: no String
// made and freed for each piece, and no `core::fmt` (wasm size).
use crate::format::kk::{inflect, Case};
use crate::format::{cat, plural, put, words, Lang, Wording};
use crate::model::{ChartModel, Datum, Figure};
use crate::spec::{ChartKind, Qualifier};

/// Items read out one by one when a chart has this many or fewer.
const READ_ALL: usize = 6;

/// `Столбчатая диаграмма «…», 9 значений: наибольшее — Алматы — более 5 000;
/// наименьшее — …` (a count is followed by the word in its plural form); a chart
/// of six values or fewer reads every one instead.
/// `drawn`: the kind as drawn, which names it (columns may come out as bars).
/// `shown`: the series the reader left on (the legend); an empty slice is all.
pub fn describe(chart: &ChartModel, drawn: ChartKind, words: &Wording, shown: &[bool]) -> String {
    let mut s = figures(chart, drawn, words, shown);
    // What a ring cannot show, as the chart says it under the ring (naming
    // the series' ring when there are several).
    if drawn == ChartKind::Donut {
        for si in (0..chart.series.len().max(1)).filter(|&si| shown.get(si).copied().unwrap_or(true)) {
            if crate::layout::donut::overlapping(chart, si) {
                // After the last ring's sentence, which ends in its own full stop.
                s.push_str(if s.ends_with('.') { " " } else { ". " });
                if chart.series.len() > 1 {
                    s.push_str(&chart.series[si]);
                    s.push_str(": ");
                }
                s.push_str(words::overlapping_shares(words.lang));
            }
        }
    }
    s
}

/// The chart's kind, title and figures (all, or the extremes of many).
fn figures(chart: &ChartModel, drawn: ChartKind, words: &Wording, shown: &[bool]) -> String {
    let w = words::a11y(words.lang);
    let on = |si: usize| shown.get(si).copied().unwrap_or(true);
    let mut s = match (chart.stacked && chart.series.len() > 1, words.lang, drawn) {
        // Stacked: its segments add up, which the kind says first.
        (true, crate::format::Lang::Ru, ChartKind::Bar) => "Столбчатая диаграмма с накоплением",
        (true, crate::format::Lang::Ru, ChartKind::HBar) => "Горизонтальная столбчатая диаграмма с накоплением",
        (true, crate::format::Lang::Kk, ChartKind::Bar) => "Жинақталған бағанды диаграмма",
        (true, crate::format::Lang::Kk, ChartKind::HBar) => "Жинақталған көлденең бағанды диаграмма",
        (true, crate::format::Lang::En, ChartKind::Bar) => "Stacked column chart",
        (true, crate::format::Lang::En, ChartKind::HBar) => "Stacked bar chart",
        _ => words::kind_name(words.lang, drawn),
    }
    .to_string();
    if let Some(t) = &chart.title {
        // Each language's own quotation marks: «…» in Russian and Kazakh, “…” in English.
        let (open, close) = if words.lang == crate::format::Lang::En { ('“', '”') } else { ('«', '»') };
        s.push(' ');
        s.push(open);
        s.push_str(t);
        s.push(close);
    }
    let label = |d: &Datum| d.date.map(|dt| words.date_in(dt, chart.seasonal)).unwrap_or_else(|| d.label.clone());
    let worded = |d: &Datum, f: &Figure| cat(&[&label(d), " — ", &words.of(f, false)]);

    if chart.kind == ChartKind::Line {
        // Values, not dates: two series of three dates are six.
        let mut values = 0;
        for d in &chart.items {
            for (si, v) in d.values.iter().enumerate() {
                if on(si) && v.is_some() {
                    values += 1;
                }
            }
        }
        put(&mut s, &[", ", &plural::count(words.lang, values, w.items)]);
        let series = chart.series.len().max(1);
        for si in 0..series {
            if !on(si) {
                continue;
            }
            let mut points: Vec<(&Datum, &Figure)> = Vec::new();
            for d in &chart.items {
                if let Some(Some(f)) = d.values.get(si) {
                    points.push((d, f));
                }
            }
            let (Some(first), Some(last)) = (points.first(), points.last()) else { continue };
            let name = chart.series.get(si).map(|n| cat(&[n, ": "])).unwrap_or_default();
            if points.len() == 1 {
                // One point has no trend: "2025: 1 кг (2025)", not "holds steady from 1 to 1".
                put(&mut s, &["; ", &name, &words.of(first.1, false), " (", &label(first.0), ")"]);
                continue;
            }
            if first.1.qualifier != Qualifier::Exact || last.1.qualifier != Qualifier::Exact {
                // Bounds and estimates at either end: which way it went is not
                // known («растёт с менее 5 до до 50»), so the two ends as given.
                put(&mut s, &["; ", &name, &worded(first.0, first.1), ", ", &worded(last.0, last.1)]);
                continue;
            }
            // A peak or low between the ends, which the two ends hide («растёт с
            // 41,2 до 52» over a dip to 38): named with its date.
            let mut extremes = String::new();
            for (word, higher) in [(w.peak, true), (w.low, false)] {
                let mut best = 0;
                for (i, p) in points.iter().enumerate() {
                    if if higher { p.1.scaled > points[best].1.scaled } else { p.1.scaled < points[best].1.scaled } {
                        best = i;
                    }
                }
                let (d, f) = points[best];
                let end = |e: &(&Datum, &Figure)| if higher { e.1.scaled >= f.scaled } else { e.1.scaled <= f.scaled };
                if !end(first) && !end(last) {
                    put(&mut extremes, &[", ", word, " — ", &words.of(f, false), " (", &label(d), ")"]);
                }
            }
            let trend = match last.1.scaled.partial_cmp(&first.1.scaled) {
                Some(std::cmp::Ordering::Greater) => w.rises,
                Some(std::cmp::Ordering::Less) => w.falls,
                // Level ends around a spike or dip: not "holds steady", only from and to.
                _ if !extremes.is_empty() => "",
                _ => w.flat,
            };
            if words.lang == Lang::Kk {
                // "41,2 кг-нан (қаңтар) 52 кг-ға (наурыз) дейін өседі": from X to Y with case endings, verb last.
                let (a, b) = (words.of(first.1, false), words.of(last.1, false));
                put(
                    &mut s,
                    &[
                        "; ",
                        &name,
                        &inflect(&a, first.1.unit, Case::Ablative),
                        " (",
                        &label(first.0),
                        ") ",
                        &inflect(&b, last.1.unit, Case::Dative),
                        " (",
                        &label(last.0),
                        ") ",
                        w.to,
                    ],
                );
                if !trend.is_empty() {
                    s.push(' ');
                    s.push_str(trend);
                }
            } else {
                s.push_str("; ");
                s.push_str(&name);
                if !trend.is_empty() {
                    s.push_str(trend);
                    s.push(' ');
                }
                put(&mut s, &[w.from, " ", &words.of(first.1, false), " (", &label(first.0), ") ", w.to, " ", &words.of(last.1, false), " (", &label(last.0), ")"]);
            }
            s.push_str(&extremes);
        }
        return s;
    }

    if !chart.series.is_empty() {
        return s + &with_series(chart, words, &label, &on);
    }
    let mut figures: Vec<(&Datum, &Figure)> = Vec::new();
    for d in &chart.items {
        if let Some(f) = d.figure() {
            figures.push((d, f));
        }
    }
    if figures.len() <= READ_ALL {
        s.push_str(": ");
        for (k, (d, f)) in figures.iter().enumerate() {
            put(&mut s, &[if k > 0 { "; " } else { "" }, &worded(d, f)]);
        }
        return s;
    }
    put(&mut s, &[", ", &plural::count(words.lang, figures.len(), w.items)]);
    let by = |a: &&(&Datum, &Figure), b: &&(&Datum, &Figure)| a.1.scaled.total_cmp(&b.1.scaled);
    if let (Some(max), Some(min)) = (figures.iter().max_by(by), figures.iter().min_by(by)) {
        put(&mut s, &[": ", w.largest, " — ", &worded(max.0, max.1), "; ", w.smallest, " — ", &worded(min.0, min.1)]);
    }
    s
}

/// Grouped or stacked bars (and donuts with series): every series is named.
/// Small charts read each item's figures; larger ones the extremes.
fn with_series(chart: &ChartModel, words: &Wording, label: &dyn Fn(&Datum) -> String, on: &dyn Fn(usize) -> bool) -> String {
    let w = words::a11y(words.lang);
    let name = |si: usize| chart.series.get(si).cloned().unwrap_or_default();
    if chart.items.len() <= READ_ALL {
        let mut items: Vec<String> = Vec::new();
        for d in &chart.items {
            let mut figs: Vec<String> = Vec::new();
            for (si, v) in d.values.iter().enumerate().filter(|(si, _)| on(*si)) {
                figs.push(cat(&[&name(si), ": ", &v.as_ref().map_or(words::no_data(words.lang).to_string(), |f| words.of(f, false))]));
            }
            // A stack's total, as written over its column.
            if let Some(t) = super::tooltip::stack_total(&d.values, on).filter(|_| chart.stacked) {
                figs.push(cat(&[words::total(words.lang), " ", &words.of(&t, false)]));
            }
            items.push(cat(&[&label(d), " — ", &crate::format::join(&figs, ", ")]));
        }
        return cat(&[": ", &crate::format::join(&items, "; ")]);
    }
    let mut all: Vec<(&Datum, usize, &Figure)> = Vec::new();
    for d in &chart.items {
        for (si, v) in d.values.iter().enumerate() {
            if let Some(f) = v.as_ref().filter(|_| on(si)) {
                all.push((d, si, f));
            }
        }
    }
    let mut s = cat(&[", ", &plural::count(words.lang, chart.items.len(), w.items), " ("]);
    let mut first = true;
    for (si, n) in chart.series.iter().enumerate() {
        if on(si) {
            put(&mut s, &[if first { "" } else { ", " }, n]);
            first = false;
        }
    }
    s.push(')');
    let by = |a: &&(&Datum, usize, &Figure), b: &&(&Datum, usize, &Figure)| a.2.scaled.total_cmp(&b.2.scaled);
    if let (Some(max), Some(min)) = (all.iter().max_by(by), all.iter().min_by(by)) {
        let say = |(d, si, f): &(&Datum, usize, &Figure)| cat(&[&label(d), " (", &name(*si), ") — ", &words.of(f, false)]);
        put(&mut s, &[": ", w.largest, " — ", &say(max), "; ", w.smallest, " — ", &say(min)]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::native::NativeNumbers;
    use crate::model::Model;

    fn model(doc: &str) -> Model {
        Model::new(&crate::spec::parse(doc).unwrap(), None)
    }

    #[test]
    fn small_charts_read_every_value() {
        let m = model(include_str!("../../www/data/almaty-2025.json"));
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        let d = describe(&m.charts[1], m.charts[1].kind, &w, &[]).replace('\u{a0}', " ");
        assert!(d.starts_with("Горизонтальная столбчатая диаграмма «Выявлено и заблокировано»: "), "{d}");
        assert!(d.contains("Иностранные банковские карты — более 5 000; Интернет-ресурсы — более 2 200"), "{d}");
    }

    #[test]
    fn charts_with_series_name_every_series_shown() {
        let doc = r#"{"version":1,"locale":"en","charts":[{"id":"a","type":"bar","title":"T","series":["2024","2025"],
            "items":[{"label":"A","values":[1,2]},{"label":"B","values":[3,null]}]}]}"#;
        let m = model(doc);
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        assert_eq!(describe(&m.charts[0], m.charts[0].kind, &w, &[]), "Column chart “T”: A — 2024: 1, 2025: 2; B — 2024: 3, 2025: no data");
        // Series the reader hid with the legend are left out.
        assert_eq!(describe(&m.charts[0], m.charts[0].kind, &w, &[false, true]), "Column chart “T”: A — 2025: 2; B — 2025: no data");
        let line = r#"{"version":1,"locale":"en","charts":[{"id":"l","type":"line","series":["a","b"],
            "items":[{"date":"2025-01","values":[1,5]},{"date":"2025-02","values":[2,4]}]}]}"#;
        let m = model(line);
        let d = describe(&m.charts[0], m.charts[0].kind, &w, &[true, false]);
        assert!(d.contains("a: rises") && !d.contains("b: "), "{d}");
        // A stack says so, and reads each column's total as written over it
        // (of the series shown; none where a gap leaves nothing to add).
        let stacked = doc.replace(r#""title":"T","#, r#""title":"T","stacked":true,"#);
        let m = model(&stacked);
        assert_eq!(describe(&m.charts[0], m.charts[0].kind, &w, &[]), "Stacked column chart “T”: A — 2024: 1, 2025: 2, total 3; B — 2024: 3, 2025: no data");
        assert_eq!(describe(&m.charts[0], ChartKind::HBar, &w, &[true, false]), "Stacked bar chart “T”: A — 2024: 1; B — 2024: 3");
    }

    #[test]
    fn long_charts_name_the_largest_and_smallest() {
        let items: Vec<String> = (1..=9).map(|i| format!(r#"{{"label":"L{i}","value":{}}}"#, i * 10)).collect();
        let doc = format!(r#"{{"version":1,"locale":"en","charts":[{{"id":"a","type":"bar","title":"T","items":[{}]}}]}}"#, items.join(","));
        let m = model(&doc);
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        assert_eq!(describe(&m.charts[0], m.charts[0].kind, &w, &[]), "Column chart “T”, 9\u{a0}values: largest — L9 — 90; smallest — L1 — 10");
    }

    fn bars(lang: &str, n: usize) -> String {
        let items: Vec<String> = (1..=n).map(|i| format!(r#"{{"label":"L{i}","value":{}}}"#, i * 10)).collect();
        let doc = format!(r#"{{"version":1,"locale":"{lang}","charts":[{{"id":"a","type":"bar","title":"T","items":[{}]}}]}}"#, items.join(","));
        let m = model(&doc);
        let n = NativeNumbers::new(m.lang);
        describe(&m.charts[0], m.charts[0].kind, &Wording::new(m.lang, &n), &[]).replace('\u{a0}', " ")
    }

    #[test]
    fn counts_take_the_plural_form_of_their_word() {
        assert!(bars("ru", 9).starts_with("Столбчатая диаграмма «T», 9 значений: наибольшее"), "{}", bars("ru", 9));
        assert!(bars("ru", 21).contains("«T», 21 значение:"), "{}", bars("ru", 21));
        assert!(bars("ru", 22).contains("«T», 22 значения:"), "{}", bars("ru", 22));
        assert!(bars("ru", 111).contains("«T», 111 значений:"), "{}", bars("ru", 111));
        assert!(bars("kk", 22).contains("«T», 22 мән:"), "{}", bars("kk", 22));
        assert!(bars("en", 21).contains("“T”, 21 values:"), "{}", bars("en", 21));
    }

    #[test]
    fn a_line_of_one_point_has_no_trend() {
        let m = model(r#"{"version":1,"charts":[{"id":"l","type":"line","title":"T","unit":"kg","items":[{"date":"2025","value":1}]}]}"#);
        let n = NativeNumbers::new(m.lang);
        let d = describe(&m.charts[0], m.charts[0].kind, &Wording::new(m.lang, &n), &[]).replace('\u{a0}', " ");
        assert_eq!(d, "Линейный график «T», 1 значение; 1 кг (2025)");
    }

    #[test]
    fn kazakh_lines_go_from_one_figure_to_the_other() {
        let doc = include_str!("../../www/data/almaty-2025.json").replace(r#""locale": "ru""#, r#""locale": "kk""#);
        let m = model(&doc);
        assert_eq!(m.lang, crate::format::Lang::Kk);
        let n = NativeNumbers::new(m.lang);
        let d = describe(&m.charts[4], m.charts[4].kind, &Wording::new(m.lang, &n), &[]).replace('\u{a0}', " ");
        // Values, not dates: 2024's three and 2025's two (March missing).
        assert!(d.starts_with("Сызықтық график «Изъято наркотиков по месяцам», 5 мән; "), "{d}");
        // The series are years compared month by month: the dates name no year.
        assert!(d.contains("2024: 41,2 кг-нан (қаңтар) 52 кг-ға (наурыз) дейін өседі"), "{d}");
    }

    #[test]
    fn a_line_between_bounds_gives_its_ends_without_a_direction() {
        let doc = |locale: &str| {
            format!(
                r#"{{"version":1,"locale":"{locale}","charts":[{{"id":"a","type":"line","unit":"kg","items":[
                {{"date":"2025-01","value":5,"qualifier":"less_than"}},{{"date":"2025-02","value":50,"qualifier":"up_to"}}]}}]}}"#
            )
        };
        for (locale, want) in [
            ("ru", "Линейный график, 2 значения; январь 2025 — менее 5 кг, февраль 2025 — до 50 кг"),
            ("kk", "Сызықтық график, 2 мән; 2025 ж. қаңтар — 5 кг-нан кем, 2025 ж. ақпан — 50 кг-ға дейін"),
            ("en", "Line chart, 2 values; Jan 2025 — less than 5 kg, Feb 2025 — up to 50 kg"),
        ] {
            let m = model(&doc(locale));
            let n = NativeNumbers::new(m.lang);
            let d = describe(&m.charts[0], m.charts[0].kind, &Wording::new(m.lang, &n), &[]).replace('\u{a0}', " ");
            assert_eq!(d, want);
        }
    }

    #[test]
    fn lines_say_which_way_each_series_goes() {
        let m = model(include_str!("../../www/data/almaty-2025.json"));
        let n = NativeNumbers::new(m.lang);
        let w = Wording::new(m.lang, &n);
        let d = describe(&m.charts[4], m.charts[4].kind, &w, &[]).replace('\u{a0}', " ");
        assert!(d.contains("2024: растёт с 41,2 кг"), "{d}");
        // The dip between the ends is named; an end that is the extreme is not again.
        assert!(d.contains("2024: растёт с 41,2 кг (январь) до 52 кг (март), наименьшее — 35,5 кг (февраль); 2025:"), "{d}");
        assert!(!d.contains("наибольшее"), "a peak at an end is said once: {d}");
        assert!(d.contains("2025: растёт с 38 кг"), "{d}");
        assert!(d.contains("до 61,3 кг"), "{d}");
    }

    #[test]
    fn level_ends_around_a_spike_do_not_hold_steady() {
        for (locale, want) in [
            ("ru", "; с 1 (январь 2025) до 1 (март 2025), наибольшее — 9 (февраль 2025)"),
            ("en", "; from 1 (Jan 2025) to 1 (Mar 2025), highest — 9 (Feb 2025)"),
            ("kk", "; 1-ден (2025 ж. қаңтар) 1-ге (2025 ж. наурыз) дейін, ең үлкені — 9 (2025 ж. ақпан)"),
        ] {
            let m = model(&format!(
                r#"{{"version":1,"locale":"{locale}","charts":[{{"id":"l","type":"line","title":"T","items":[{{"date":"2025-01","value":1}},{{"date":"2025-02","value":9}},{{"date":"2025-03","value":1}}]}}]}}"#
            ));
            let n = NativeNumbers::new(m.lang);
            let w = Wording::new(m.lang, &n);
            let d = describe(&m.charts[0], m.charts[0].kind, &w, &[]).replace('\u{a0}', " ");
            assert!(d.ends_with(want), "{locale}: {d}");
        }
    }

    /// The seed's lines read without doubled or stray spaces in each language
    /// (Kazakh has no word for "from"; the text is not patched up afterwards).
    #[test]
    fn line_descriptions_have_single_spaces() {
        let seed = include_str!("../../www/data/almaty-2025.json");
        for locale in ["ru", "kk", "en"] {
            let m = model(&seed.replace(r#""locale": "ru""#, &format!(r#""locale": "{locale}""#)));
            let n = NativeNumbers::new(m.lang);
            let w = Wording::new(m.lang, &n);
            let lines: Vec<_> = m.charts.iter().filter(|c| c.kind == ChartKind::Line).collect();
            assert!(!lines.is_empty());
            for c in lines {
                let d = describe(c, c.kind, &w, &[]).replace('\u{a0}', " ");
                assert!(!d.contains("  ") && !d.contains(" ;") && !d.ends_with(' '), "{locale}: {d}");
            }
        }
    }
}
