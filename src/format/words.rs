//! The widget's fixed words in each language: qualifiers, unit names, "of which".

use super::Lang;
use crate::spec::{Qualifier, Unit};

/// Puts a qualifier around an already formatted figure (`525 кг` → `более 525 кг`).
pub fn qualify(lang: Lang, q: Qualifier, figure: &str) -> String {
    use Qualifier::*;
    let before = |w: &str| format!("{w}\u{a0}{figure}");
    match (lang, q) {
        (_, Exact) => figure.to_string(),
        (Lang::Ru, About) => before("около"),
        (Lang::Ru, MoreThan) => before("более"),
        (Lang::Ru, AtLeast) => before("не\u{a0}менее"),
        (Lang::Ru, LessThan) => before("менее"),
        (Lang::Ru, UpTo) => before("до"),
        (Lang::En, About) => before("about"),
        (Lang::En, MoreThan) => before("more than"),
        (Lang::En, AtLeast) => before("at least"),
        (Lang::En, LessThan) => before("less than"),
        (Lang::En, UpTo) => before("up to"),
        // Kazakh puts most of these after the figure, as postpositions.
        (Lang::Kk, About) => before("шамамен"),
        (Lang::Kk, MoreThan) => format!("{figure} астам"),
        (Lang::Kk, AtLeast) => before("кемінде"),
        (Lang::Kk, LessThan) => format!("{figure} кем"),
        (Lang::Kk, UpTo) => format!("{figure} дейін"),
    }
}

/// The short unit sign written after a figure; None for plain counts.
pub fn unit_sign(lang: Lang, unit: Unit) -> Option<&'static str> {
    Some(match (lang, unit) {
        (_, Unit::Count) => return None,
        (_, Unit::Percent) => "%",
        (Lang::En, Unit::Gram) => "g",
        (Lang::En, Unit::Kilogram) => "kg",
        (Lang::En, Unit::Tonne) => "t",
        (_, Unit::Gram) => "г",
        (_, Unit::Kilogram) => "кг",
        (_, Unit::Tonne) => "т",
        (_, Unit::Currency(c)) => currency_sign(&c)?,
    })
}

fn currency_sign(code: &[u8; 3]) -> Option<&'static str> {
    Some(match code {
        b"KZT" => "₸",
        b"RUB" => "₽",
        b"USD" => "$",
        b"EUR" => "€",
        b"GBP" => "£",
        b"CNY" => "¥",
        b"KGS" => "сом",
        b"UZS" => "сўм",
        _ => return None,
    })
}

/// "of which" (в том числе) before the parts of a figure.
pub fn of_which(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "в\u{a0}т.ч.",
        Lang::Kk => "оның ішінде",
        Lang::En => "of which",
    }
}

/// The credit line's lead word.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "Источник",
        Lang::Kk => "Дереккөз",
        Lang::En => "Source",
    }
}

/// The placeholder for chart kinds this build cannot draw yet.
pub fn not_supported(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::Ru => format!("Тип графика «{kind}» пока не поддерживается"),
        Lang::Kk => format!("«{kind}» диаграмма түрі әзірге қолдау көрсетілмейді"),
        Lang::En => format!("Chart type \"{kind}\" is not supported yet"),
    }
}

/// The kind of chart, for a screen reader's first words.
pub fn kind_name(lang: Lang, kind: crate::spec::ChartKind) -> &'static str {
    use crate::spec::ChartKind::*;
    match (lang, kind) {
        (Lang::Ru, Bar) => "Столбчатая диаграмма",
        (Lang::Ru, HBar) => "Горизонтальная столбчатая диаграмма",
        (Lang::Ru, Line) => "Линейный график",
        (Lang::Ru, Donut) => "Кольцевая диаграмма",
        (Lang::Ru, Tiles) => "Ключевые цифры",
        (Lang::Kk, Bar) => "Бағанды диаграмма",
        (Lang::Kk, HBar) => "Көлденең бағанды диаграмма",
        (Lang::Kk, Line) => "Сызықтық график",
        (Lang::Kk, Donut) => "Сақиналы диаграмма",
        (Lang::Kk, Tiles) => "Негізгі сандар",
        (Lang::En, Bar) => "Column chart",
        (Lang::En, HBar) => "Bar chart",
        (Lang::En, Line) => "Line chart",
        (Lang::En, Donut) => "Donut chart",
        (Lang::En, Tiles) => "Key figures",
    }
}

/// The error shown when the element's `chart` attribute names no chart.
pub fn no_such_chart(lang: Lang, id: &str, ids: &str) -> String {
    match lang {
        Lang::Ru => format!("chart: в документе нет графика «{id}»; есть: {ids}"),
        Lang::Kk => format!("chart: құжатта «{id}» диаграммасы жоқ; бары: {ids}"),
        Lang::En => format!("chart: the document has no chart \"{id}\"; it has: {ids}"),
    }
}
