use super::*;

const SEED: &str = include_str!("../../www/data/almaty-2025.json");

fn seed() -> Model {
    Model::new(&spec::parse(SEED).expect("seed document is valid"), None)
}

#[test]
fn mass_units_share_the_charts_scale_and_keep_their_own_unit() {
    let m = seed();
    let seized = &m.charts[0];
    assert_eq!(seized.unit, Unit::Kilogram);
    let drugs = seized.items[0].figure().unwrap();
    assert_eq!((drugs.value, drugs.unit, drugs.scaled), (525.0, Unit::Kilogram, 525.0));
    let precursors = seized.items[1].figure().unwrap();
    assert_eq!((precursors.value, precursors.unit, precursors.scaled), (3.0, Unit::Tonne, 3000.0));
    assert_eq!(seized.max_scaled(), 3000.0);
}

#[test]
fn qualifiers_and_parts_carry_through() {
    let m = seed();
    let drugs = &m.charts[0].items[0];
    assert_eq!(drugs.figure().unwrap().qualifier, Qualifier::MoreThan);
    assert_eq!(drugs.parts.len(), 1);
    assert_eq!(drugs.parts[0].label, "синтетические");
    assert_eq!(drugs.parts[0].figure.value, 52.0);
    assert_eq!(drugs.parts[0].figure.unit, Unit::Kilogram);
    assert_eq!(drugs.parts[0].figure.qualifier, Qualifier::Exact);
    let wallets = &m.charts[1].items[3];
    assert_eq!(wallets.figure().unwrap().qualifier, Qualifier::Exact);
    assert_eq!(m.charts[1].items[2].figure().unwrap().qualifier, Qualifier::About);
}

#[test]
fn grams_in_a_tonne_chart_scale_down() {
    let doc = r#"{"version":1,"charts":[{"id":"a","type":"bar","unit":"t","items":[
        {"label":"x","value":500,"unit":"kg"},{"label":"y","value":250000,"unit":"g"},{"label":"z","value":2}]}]}"#;
    let m = Model::new(&spec::parse(doc).unwrap(), None);
    let scaled: Vec<f64> = m.charts[0].items.iter().map(|d| d.figure().unwrap().scaled).collect();
    assert_eq!(scaled, vec![0.5, 0.25, 2.0]);
}

#[test]
fn series_values_keep_gaps_and_line_labels_fall_back_to_dates() {
    let m = seed();
    let monthly = &m.charts[4];
    assert_eq!(monthly.series, vec!["2024", "2025"]);
    assert_eq!(monthly.items[2].values[1], None);
    assert_eq!(monthly.items[2].values[0].unwrap().value, 52.0);
    assert_eq!(monthly.items[0].label, "2025-01");
}

#[test]
fn language_comes_from_the_attribute_then_the_document() {
    let doc = spec::parse(SEED).unwrap();
    assert_eq!(Model::new(&doc, None).lang, Lang::Ru);
    assert_eq!(Model::new(&doc, Some("en-GB")).lang, Lang::En);
    assert_eq!(Model::new(&doc, Some("kk")).lang, Lang::Kk);
    assert_eq!(Model::new(&doc, Some("fr")).lang, Lang::En);
}

#[test]
fn an_embed_selects_one_chart_or_all() {
    let m = seed();
    assert_eq!(m.select(None).unwrap(), vec![0, 1, 2, 3, 4]);
    assert_eq!(m.select(Some("blocked")).unwrap(), vec![1]);
    let err = m.select(Some("nope")).unwrap_err();
    assert!(err.contains("«nope»") && err.contains("seized, blocked, money, totals, monthly"), "{err}");
}

/// Years as series over the months of one year: a year-on-year chart, whose
/// dates' year is only a placeholder. Anything else keeps its dates whole.
#[test]
fn years_compared_month_by_month_are_seasonal() {
    let m = seed();
    assert!(m.charts[4].seasonal, "the seed's monthly 2024 vs 2025");
    assert!(!m.charts[0].seasonal);
    let line = |series: &str, dates: [&str; 2]| {
        let doc = format!(
            r#"{{"version":1,"charts":[{{"id":"l","type":"line","series":{series},"items":[{{"date":"{}","values":[1,2]}},{{"date":"{}","values":[3,4]}}]}}]}}"#,
            dates[0], dates[1]
        );
        Model::new(&spec::parse(&doc).unwrap(), None).charts[0].seasonal
    };
    assert!(line(r#"["2023","2024"]"#, ["2025-01", "2025-02"]));
    assert!(line(r#"["2023","2024"]"#, ["2025-01-05", "2025-02-05"]));
    assert!(!line(r#"["АИ-92","АИ-95"]"#, ["2025-01", "2025-02"]), "series are not years");
    assert!(!line(r#"["2023","2024"]"#, ["2024-12", "2025-01"]), "dates span two years");
    assert!(!line(r#"["2023","2024"]"#, ["2024", "2025"]), "yearly dates");
}
