//! The validity messages in Russian, Kazakh and English (`Problem`'s Display).
//! The JSON path and found values stay as written; only our words change.

use super::error::{measured, named_value, Found, Problem, SpecError, MAX_BYTES};
use super::json::JsonFault;
use crate::format::{plural, Lang};

impl SpecError {
    /// The full message in a language: `charts[0].items[3].value: ожидалось число, получено "5 тыс."`.
    pub fn message(&self, lang: Lang) -> String {
        let text = self.problem.message(lang);
        if self.path.is_empty() { text } else { crate::format::fill("{0}: {1}", &[&self.path, &text]) }
    }
}

/// The verb agrees with the noun: ожидалось число, ожидалась строка, ожидался массив.
fn expected_ru(e: &str) -> &str {
    match e {
        "a number" => "ожидалось число",
        "a string" => "ожидалась строка",
        "an object" => "ожидался объект",
        "an array" => "ожидался массив",
        "true or false" => "ожидалось true или false",
        "the number 1" => "ожидалось число 1",
        other => other,
    }
}

fn expected_kk(e: &str) -> &str {
    match e {
        "a number" => "сан",
        "a string" => "жол",
        "an object" => "объект",
        "an array" => "массив",
        "true or false" => "true не false",
        "the number 1" => "1 саны",
        other => other,
    }
}

/// Every [`JsonFault`] in ru, kk and en (in the enum's order): what a
/// newsroom editor needs to mend the text, the English as serde_json words it
/// (but for the lone surrogate and the depth).
const FAULT_WORDS: [[&str; 3]; 19] = [
    ["документ оборван: не хватает значения", "құжат үзіліп қалған: мән жетіспейді", "the document is cut off: a value is missing"],
    ["документ оборван: список не закрыт скобкой ]", "құжат үзіліп қалған: тізім ] жақшасымен жабылмаған", "the document is cut off: a list is not closed with ]"],
    ["документ оборван: объект не закрыт скобкой }", "құжат үзіліп қалған: объект } жақшасымен жабылмаған", "the document is cut off: an object is not closed with }"],
    ["документ оборван: строка не закрыта кавычкой", "құжат үзіліп қалған: жол тырнақшамен жабылмаған", "the document is cut off: a string is not closed with a quote"],
    ["ожидалось значение", "мән күтілді", "expected a value"],
    ["неизвестное слово: допустимы только true, false и null", "белгісіз сөз: тек true, false және null болады", "unknown word: only true, false and null are allowed"],
    ["ожидалась запятая или ]", "үтір не ] күтілді", "expected a comma or ]"],
    ["ожидалась запятая или }", "үтір не } күтілді", "expected a comma or }"],
    ["ожидалось двоеточие", "қос нүкте күтілді", "expected a colon"],
    ["ключ должен быть строкой в кавычках", "кілт тырнақшадағы жол болуы керек", "a key must be a string in quotes"],
    ["лишняя запятая", "артық үтір", "a comma too many"],
    ["лишний текст после конца документа", "құжат аяқталғаннан кейін артық мәтін", "extra text after the end of the document"],
    ["число записано неверно", "сан қате жазылған", "a number written wrongly"],
    ["неверная последовательность после \\", "\\ белгісінен кейінгі тізбек қате", "an invalid sequence after \\"],
    ["неверная последовательность \\u: одиночный суррогат (\\uD800–\\uDFFF пишутся только парой)", "\\u тізбегі қате: жалғыз суррогат (\\uD800–\\uDFFF тек жұппен жазылады)", "invalid \\u escape: a lone surrogate (\\uD800–\\uDFFF come only in pairs)"],
    ["в строке управляющий символ (\\u0000–\\u001F): перенос строки пишется как \\n, табуляция — \\t", "жолда басқару таңбасы бар (\\u0000–\\u001F): жаңа жол \\n, табуляция \\t деп жазылады", "a control character in a string (\\u0000–\\u001F): write a line break as \\n and a tab as \\t"],
    ["вложенность глубже 128 уровней", "кірістіру 128 деңгейден терең", "nested deeper than 128 levels"],
    [
        "похоже, JSON экранирован для HTML (&quot; вместо кавычек): вставьте его в <script type=\"application/json\"> как есть",
        "JSON HTML үшін экрандалған сияқты (тырнақша орнына &quot;): оны <script type=\"application/json\"> ішіне сол күйінде қойыңыз",
        "the JSON looks HTML-escaped (&quot; for quotes): put it in the <script type=\"application/json\"> as it is",
    ],
    ["документ пуст: в нём нет ни одного символа JSON", "құжат бос: онда JSON таңбасы жоқ", "the document is empty: it has no JSON at all"],
];

impl JsonFault {
    pub fn words(self, lang: Lang) -> &'static str {
        FAULT_WORDS[self as usize][lang as usize]
    }
}

impl Found {
    /// The found value in a language: an array or object by name, a scalar as written.
    pub fn word(&self, lang: Lang) -> &str {
        match self {
            Found::Array => ["массив", "массив", "an array"][lang as usize],
            Found::Object => ["объект", "объект", "an object"][lang as usize],
            Found::Value(v) => v,
        }
    }
}

/// «нужен хотя бы один график», «нужно хотя бы одно название ряда»: the words agree in gender.
fn what_ru(w: &str) -> &str {
    match w {
        "chart" => "нужен хотя бы один график",
        "item" => "нужен хотя бы один элемент",
        "series name" => "нужно хотя бы одно название ряда",
        other => other,
    }
}

fn what_kk(w: &str) -> &str {
    match w {
        "chart" => "диаграмма",
        "item" => "элемент",
        "series name" => "қатар атауы",
        other => other,
    }
}

/// Every problem's words in ru, kk and en (see [`Problem::message`] for the
/// order and the `{0}`…`{3}` each fills in). One table and one `fill` rather
/// than a `format!` per problem and language: the wasm carries less code.
const PROBLEM_WORDS: [[&str; 3]; 26] = [
    // Syntax: line, column, what.
    ["не JSON: строка {0}, столбец {1}: {2}", "JSON емес: {0}-жол, {1}-баған: {2}", "not valid JSON at line {0}, column {1}: {2}"],
    // TooLarge: bytes grouped, the limit grouped, the Russian word for the bytes.
    ["документ занимает {0} {2}; предел — {1} байт (10 МБ)", "құжат көлемі {0} байт; шегі — {1} байт (10 МБ)", "the document is {0} bytes; the limit is {1} bytes (10 MB)"],
    ["обязательное поле отсутствует", "міндетті өріс жоқ", "required field is missing"],
    ["указано дважды в одном объекте; оставьте одно", "бір объектіде екі рет жазылған; біреуін қалдырыңыз", "written twice in one object; keep one"],
    // WrongType: expected, the Russian verb, found.
    // получен объект / массив (masculine), получено 12 / null / "5 тыс." (a value as written).
    ["{0}, {1} {2}", "{0} күтілді, {2} келді", "expected {0}, found {2}"],
    ["число {0} слишком велико", "{0} саны тым үлкен", "the number {0} is too large"],
    ["версия {0} не поддерживается; ожидалась 1", "{0} нұсқасына қолдау жоқ; 1 күтілді", "unsupported version {0}; expected 1"],
    // Unknown…: the name, the names allowed.
    ["неизвестный тип графика \"{0}\"; допустимы: {1}", "белгісіз диаграмма түрі \"{0}\"; рұқсат етілгендері: {1}", "unknown chart type \"{0}\"; expected one of {1}"],
    [
        "неизвестная единица \"{0}\"; допустимы count, g, kg, t, percent или код валюты ISO 4217, например KZT",
        "белгісіз өлшем бірлігі \"{0}\"; рұқсат етілгендері: count, g, kg, t, percent немесе ISO 4217 валюта коды, мысалы KZT",
        "unknown unit \"{0}\"; expected count, g, kg, t, percent or an ISO 4217 currency code such as KZT",
    ],
    ["неизвестный квалификатор \"{0}\"; допустимы: {1}", "белгісіз анықтауыш \"{0}\"; рұқсат етілгендері: {1}", "unknown qualifier \"{0}\"; expected one of {1}"],
    ["{0}, а их нет", "кемінде бір {0} қажет, бірақ жоқ", "expected at least one {0}, found none"],
    // Negative: the value, the chart kind.
    ["{0} — отрицательное число; в графике {1} значения не меньше 0", "{0} — теріс сан; {1} диаграммасында мәндер 0-ден кем емес", "{0} is negative; a {1} chart needs values of 0 or more"],
    // PartsExceed: the sum, the item's value.
    ["части в сумме дают {0}, больше значения {1}", "бөліктердің қосындысы {0}, бұл {1} мәнінен көп", "the parts add up to {0}, more than the item's {1}"],
    // ValuesLength: found, expected, the English word for found.
    ["значений {0}, а рядов в графике {1}", "{0} мән бар, ал диаграммада {1} қатар", "has {0} {2} but the chart has {1} series"],
    [
        "у графика есть `series`, поэтому у элемента нужен `values` (по одному на ряд), а не `value`",
        "диаграммада `series` бар, сондықтан элементке `value` емес, `values` (әр қатарға бір) керек",
        "the chart has `series`, so each item needs `values` (one per series), not `value`",
    ],
    ["`values` требует `series` у графика; без рядов укажите одно `value`", "`values` үшін диаграммада `series` керек; қатарсыз бір `value` беріңіз", "`values` needs the chart's `series`; without series give one `value`"],
    ["id \"{0}\" уже занят графиком charts[{1}]", "\"{0}\" id-і charts[{1}] диаграммасында бұрыннан бар", "id \"{0}\" is already used by charts[{1}]"],
    ["\"{0}\" — не дата; ожидается ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД", "\"{0}\" — күн емес; ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК күтіледі", "\"{0}\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"],
    // DateOrder: the date, the one before it (the same, then not).
    ["дата \"{0}\" повторяется: у каждого элемента своя дата", "\"{0}\" күні қайталанады: әр элементтің өз күні болады", "date \"{0}\" is repeated; each item has its own date"],
    [
        "даты не по порядку: \"{0}\" стоит после \"{1}\"; элементы идут от ранних к поздним",
        "күндер ретсіз: \"{0}\" \"{1}\" күнінен кейін тұр; элементтер ерте күннен кейінгіге қарай жүреді",
        "dates out of order: \"{0}\" comes after \"{1}\"; items must go from earliest to latest",
    ],
    // TooLong, KeyTooLong: the characters, the key, the Russian word for the characters.
    ["текст из {0} {2}; предел — 500", "{0} таңбадан тұратын мәтін; шегі — 500", "text of {0} characters; the limit is 500"],
    ["ключ {1} из {0} {2}; предел — 500", "{0} таңбадан тұратын {1} кілті; шегі — 500", "key {1} of {0} characters; the limit is 500"],
    // TooManyItems: the count grouped, the limit grouped.
    ["элементов {0}; предел — 100 000", "{0} элемент; шегі — 100 000", "{0} items; the limit is {1}"],
    // UnitKind (the chart without a unit, then with one), Currency: the unit, the chart's.
    [
        "единица \"{0}\" требует единицы того же рода у графика, а у графика нет поля unit: его значения — количества (count)",
        "\"{0}\" бірлігі үшін диаграммада да сол тектес бірлік керек, ал диаграммада unit өрісі жоқ: оның мәндері — сандар (count)",
        "unit \"{0}\" needs a chart unit of the same kind, and the chart has no \"unit\": its values are counts (\"count\")",
    ],
    ["единицу \"{0}\" нельзя смешивать с единицей графика \"{1}\": это другая величина", "\"{0}\" бірлігін диаграмманың \"{1}\" бірлігімен араластыруға болмайды: бұл басқа шама", "unit \"{0}\" cannot be mixed with the chart's unit \"{1}\" (a different kind of quantity)"],
    ["валюта \"{0}\" отличается от валюты графика \"{1}\"; в одном графике одна валюта", "\"{0}\" валютасы диаграмманың \"{1}\" валютасынан өзгеше; бір диаграммада бір валюта", "currency \"{0}\" differs from the chart's \"{1}\"; one chart shows one currency"],
];

impl Problem {
    /// The problem in a language: its row of [`PROBLEM_WORDS`], filled.
    pub fn message(&self, lang: Lang) -> String {
        use std::borrow::Cow;
        use Problem::*;
        let l = lang as usize;
        let int = |n: usize| Cow::Owned(crate::format::decimal::uint(n as u64));
        let grouped = |n: usize| Cow::Owned(crate::format::plural::grouped(lang, n));
        let ru_plural = |n: usize, words| Cow::Borrowed(plural(Lang::Ru, n as f64, words));
        let none = || Cow::Borrowed("");
        let (row, args): (usize, [Cow<str>; 3]) = match self {
            Syntax { line, column, what } => (0, [int(*line), int(*column), what.words(lang).into()]),
            TooLarge { bytes } => (1, [grouped(*bytes), grouped(MAX_BYTES), ru_plural(*bytes, ["байт", "байта", "байт"])]),
            Missing => (2, [none(), none(), none()]),
            Repeated => (3, [none(), none(), none()]),
            WrongType { expected, found } => (
                4,
                [
                    [expected_ru(expected), expected_kk(expected), expected][l].into(),
                    (if matches!(found, Found::Value(_)) { "получено" } else { "получен" }).into(),
                    found.word(lang).into(),
                ],
            ),
            OutOfRange { found } => (5, [found.into(), none(), none()]),
            Version { found } => (6, [found.into(), none(), none()]),
            UnknownChartType(t) => (7, [t.into(), super::ChartKind::NAMES.into(), none()]),
            UnknownUnit(u) => (8, [u.into(), none(), none()]),
            UnknownQualifier(q) => (9, [q.into(), super::Qualifier::NAMES.into(), none()]),
            Empty { what } => (10, [[what_ru(what), what_kk(what), what][l].into(), none(), none()]),
            Negative { value, kind } => (11, [measured(lang, *value, crate::spec::Unit::Count).into(), (*kind).into(), none()]),
            PartsExceed { sum, value, unit, of } => (
                12,
                [
                    measured(lang, *sum, *unit).into(),
                    named_value(*of, measured(lang, *value, *unit), if lang == Lang::En { "value " } else { "" }).into(),
                    none(),
                ],
            ),
            ValuesLength { found, expected } => {
                (13, [int(*found), int(*expected), plural(Lang::En, *found as f64, ["value", "values", "values"]).into()])
            }
            ValueShape { series } => (if *series { 14 } else { 15 }, [none(), none(), none()]),
            DuplicateId { id, first } => (16, [id.into(), int(*first), none()]),
            BadDate(d) => (17, [d.into(), none(), none()]),
            DateOrder { date, previous } => (if date == previous { 18 } else { 19 }, [date.into(), previous.into(), none()]),
            TooLong { chars } => (20, [int(*chars), none(), ru_plural(*chars, ["символа", "символов", "символов"])]),
            KeyTooLong { key, chars } => (21, [int(*chars), key.into(), ru_plural(*chars, ["символа", "символов", "символов"])]),
            TooManyItems { count } => (22, [grouped(*count), grouped(super::MAX_ITEMS), none()]),
            UnitKind { unit, chart_unit } => (if chart_unit.is_empty() { 23 } else { 24 }, [unit.into(), chart_unit.into(), none()]),
            Currency { unit, chart_unit } => (25, [unit.into(), chart_unit.into(), none()]),
        };
        crate::format::fill(PROBLEM_WORDS[row][l], &[&args[0], &args[1], &args[2]])
    }
}

/// The document's own `locale`, read from text that failed validation, so its
/// error can be worded in its language: a document object without one is in
/// the format's default, Russian, as its chart would be; so is one with a
/// syntax error before any `locale`. None for text that is not a JSON object
/// (its language is unknown).
pub fn declared_locale(text: &str) -> Option<String> {
    if text.len() > MAX_BYTES {
        return None;
    }
    match super::json::parse(text) {
        Ok(super::json::Value::Object(m)) => match m.get("locale") {
            Some(super::json::Value::String(s)) => Some(s.to_string()),
            None | Some(super::json::Value::Null) => Some(super::read::DEFAULT_LOCALE.to_string()),
            _ => None,
        },
        // A document with a syntax error: its locale if it comes before the
        // fault, else the format's default, as for a document that names none.
        Err(_) if text.trim_start().starts_with('{') => {
            Some(super::json::locale_before_fault(text).unwrap_or_else(|| super::read::DEFAULT_LOCALE.to_string()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_example_reads_in_russian() {
        let doc = r#"{"version":1,"locale":"ru","charts":[{"id":"a","type":"bar","items":[{"label":"x","value":1},{"label":"y","value":"5 тыс."}]}]}"#;
        let e = crate::spec::parse(doc).unwrap_err();
        assert_eq!(e.message(Lang::Ru), "charts[0].items[1].value: ожидалось число, получено \"5 тыс.\"");
        assert_eq!(e.message(Lang::En), e.to_string());
        assert_eq!(e.message(Lang::Kk), "charts[0].items[1].value: сан күтілді, \"5 тыс.\" келді");
        assert_eq!(declared_locale(doc).as_deref(), Some("ru"));
        assert_eq!(Problem::TooLong { chars: 501 }.message(Lang::Ru), "текст из 501 символа; предел — 500");
        assert_eq!(Problem::TooLong { chars: 600 }.message(Lang::Ru), "текст из 600 символов; предел — 500");
        assert_eq!(Problem::TooLarge { bytes: 10_485_762 }.message(Lang::Ru), "документ занимает 10\u{a0}485\u{a0}762 байта; предел — 10\u{a0}485\u{a0}760 байт (10 МБ)");
        assert_eq!(Problem::ValuesLength { found: 1, expected: 2 }.message(Lang::En), "has 1 value but the chart has 2 series");
        // A document broken further on: its locale when it comes first, else Russian.
        assert_eq!(declared_locale(r#"{"locale":"kk","version":1,"charts":[,]}"#).as_deref(), Some("kk"));
        assert_eq!(declared_locale(r#" {"version":1,"charts":[{"id":"a","locale":"en"}],"locale":"en""#).as_deref(), Some("en"));
        assert_eq!(declared_locale(r#"{"version":1,"charts":[{"id":"a","locale":"en",]}"#).as_deref(), Some("ru"), "not the root's");
        assert_eq!(declared_locale(r#"{"version":1,"charts":[,],"locale":"kk"}"#).as_deref(), Some("ru"), "after the fault");
        assert_eq!(declared_locale("{oops").as_deref(), Some("ru"));
        assert_eq!(declared_locale("<html>"), None);
        assert_eq!(declared_locale(""), None);
        // Without a locale, the format's default: the chart would be drawn in Russian.
        assert_eq!(declared_locale(r#"{"version":1,"charts":[]}"#).as_deref(), Some("ru"));
        assert_eq!(declared_locale(r#"{"locale":null}"#).as_deref(), Some("ru"));
        assert_eq!(declared_locale(r#"{"locale":5}"#), None);
        assert_eq!(declared_locale("[]"), None);
    }

    #[test]
    fn found_values_are_named_in_the_documents_language() {
        // (a chart's field or the whole document, then en, ru, kk): every kind of found value.
        let chart = |field: &str| format!(r#"{{"version":1,"charts":[{{"id":"a","type":"bar",{field},"items":[{{"label":"x","value":1}}]}}]}}"#);
        let cases = [
            (chart(r#""note":{}"#), "charts[0].note: expected a string, found an object", "charts[0].note: ожидалась строка, получен объект", "charts[0].note: жол күтілді, объект келді"),
            (chart(r#""note":true"#), "charts[0].note: expected a string, found true", "charts[0].note: ожидалась строка, получено true", "charts[0].note: жол күтілді, true келді"),
            (chart(r#""note":12"#), "charts[0].note: expected a string, found 12", "charts[0].note: ожидалась строка, получено 12", "charts[0].note: жол күтілді, 12 келді"),
            (chart(r#""title":[1]"#), "charts[0].title: expected a string, found an array", "charts[0].title: ожидалась строка, получен массив", "charts[0].title: жол күтілді, массив келді"),
            (chart(r#""stacked":"yes""#), "charts[0].stacked: expected true or false, found \"yes\"", "charts[0].stacked: ожидалось true или false, получено \"yes\"", "charts[0].stacked: true не false күтілді, \"yes\" келді"),
            (r#"{"version":1,"charts":[{"id":"a","type":"bar","items":{}}]}"#.into(), "charts[0].items: expected an array, found an object", "charts[0].items: ожидался массив, получен объект", "charts[0].items: массив күтілді, объект келді"),
            (r#"{"version":1,"charts":[{"id":"a","type":"bar","items":[{"label":"x","value":{}}]}]}"#.into(), "charts[0].items[0].value: expected a number, found an object", "charts[0].items[0].value: ожидалось число, получен объект", "charts[0].items[0].value: сан күтілді, объект келді"),
            (r#"{"version":1,"charts":[{"id":"a","type":"bar","items":[{"label":"x","value":null}]}]}"#.into(), "charts[0].items[0].value: expected a number, found null", "charts[0].items[0].value: ожидалось число, получено null", "charts[0].items[0].value: сан күтілді, null келді"),
            (r#"{"version":1,"charts":[{"id":"a","type":"bar","items":["x"]}]}"#.into(), "charts[0].items[0]: expected an object, found \"x\"", "charts[0].items[0]: ожидался объект, получено \"x\"", "charts[0].items[0]: объект күтілді, \"x\" келді"),
            ("[]".into(), "expected an object, found an array", "ожидался объект, получен массив", "объект күтілді, массив келді"),
            (r#"{"version":"1"}"#.into(), "version: expected the number 1, found \"1\"", "version: ожидалось число 1, получено \"1\"", "version: 1 саны күтілді, \"1\" келді"),
        ];
        for (doc, en, ru, kk) in cases {
            let e = crate::spec::parse(&doc).unwrap_err();
            assert_eq!([e.message(Lang::En), e.message(Lang::Ru), e.message(Lang::Kk)], [en, ru, kk]);
        }
    }

    #[test]
    fn syntax_errors_are_worded_in_every_language() {
        // (text, en, ru, kk): every way the reader can stop.
        let cases = [
            ("", "not valid JSON at line 1, column 1: the document is empty: it has no JSON at all", "не JSON: строка 1, столбец 1: документ пуст: в нём нет ни одного символа JSON", "JSON емес: 1-жол, 1-баған: құжат бос: онда JSON таңбасы жоқ"),
            ("{\"a\":", "not valid JSON at line 1, column 5: the document is cut off: a value is missing", "не JSON: строка 1, столбец 5: документ оборван: не хватает значения", "JSON емес: 1-жол, 5-баған: құжат үзіліп қалған: мән жетіспейді"),
            ("[1", "not valid JSON at line 1, column 2: the document is cut off: a list is not closed with ]", "не JSON: строка 1, столбец 2: документ оборван: список не закрыт скобкой ]", "JSON емес: 1-жол, 2-баған: құжат үзіліп қалған: тізім ] жақшасымен жабылмаған"),
            ("{\"a\":1", "not valid JSON at line 1, column 6: the document is cut off: an object is not closed with }", "не JSON: строка 1, столбец 6: документ оборван: объект не закрыт скобкой }", "JSON емес: 1-жол, 6-баған: құжат үзіліп қалған: объект } жақшасымен жабылмаған"),
            ("\"abc", "not valid JSON at line 1, column 4: the document is cut off: a string is not closed with a quote", "не JSON: строка 1, столбец 4: документ оборван: строка не закрыта кавычкой", "JSON емес: 1-жол, 4-баған: құжат үзіліп қалған: жол тырнақшамен жабылмаған"),
            ("Изъято", "not valid JSON at line 1, column 1: expected a value", "не JSON: строка 1, столбец 1: ожидалось значение", "JSON емес: 1-жол, 1-баған: мән күтілді"),
            ("[tru]", "not valid JSON at line 1, column 5: unknown word: only true, false and null are allowed", "не JSON: строка 1, столбец 5: неизвестное слово: допустимы только true, false и null", "JSON емес: 1-жол, 5-баған: белгісіз сөз: тек true, false және null болады"),
            ("[1 2]", "not valid JSON at line 1, column 4: expected a comma or ]", "не JSON: строка 1, столбец 4: ожидалась запятая или ]", "JSON емес: 1-жол, 4-баған: үтір не ] күтілді"),
            ("{\"a\":1 \"b\":2}", "not valid JSON at line 1, column 8: expected a comma or }", "не JSON: строка 1, столбец 8: ожидалась запятая или }", "JSON емес: 1-жол, 8-баған: үтір не } күтілді"),
            ("{\"a\" 1}", "not valid JSON at line 1, column 6: expected a colon", "не JSON: строка 1, столбец 6: ожидалось двоеточие", "JSON емес: 1-жол, 6-баған: қос нүкте күтілді"),
            ("{version: 1}", "not valid JSON at line 1, column 2: a key must be a string in quotes", "не JSON: строка 1, столбец 2: ключ должен быть строкой в кавычках", "JSON емес: 1-жол, 2-баған: кілт тырнақшадағы жол болуы керек"),
            ("[1,\n]", "not valid JSON at line 2, column 1: a comma too many", "не JSON: строка 2, столбец 1: лишняя запятая", "JSON емес: 2-жол, 1-баған: артық үтір"),
            ("{} x", "not valid JSON at line 1, column 4: extra text after the end of the document", "не JSON: строка 1, столбец 4: лишний текст после конца документа", "JSON емес: 1-жол, 4-баған: құжат аяқталғаннан кейін артық мәтін"),
            ("[01]", "not valid JSON at line 1, column 3: a number written wrongly", "не JSON: строка 1, столбец 3: число записано неверно", "JSON емес: 1-жол, 3-баған: сан қате жазылған"),
            ("\"\\x\"", "not valid JSON at line 1, column 3: an invalid sequence after \\", "не JSON: строка 1, столбец 3: неверная последовательность после \\", "JSON емес: 1-жол, 3-баған: \\ белгісінен кейінгі тізбек қате"),
            ("\"a\nb\"", "not valid JSON at line 2, column 1: a control character in a string (\\u0000–\\u001F): write a line break as \\n and a tab as \\t", "не JSON: строка 2, столбец 1: в строке управляющий символ (\\u0000–\\u001F): перенос строки пишется как \\n, табуляция — \\t", "JSON емес: 2-жол, 1-баған: жолда басқару таңбасы бар (\\u0000–\\u001F): жаңа жол \\n, табуляция \\t деп жазылады"),
        ];
        for (text, en, ru, kk) in cases {
            let e = crate::spec::parse(text).unwrap_err();
            assert_eq!([e.message(Lang::En), e.message(Lang::Ru), e.message(Lang::Kk)], [en, ru, kk], "{text:?}");
        }
        // A \u escape of half a surrogate pair, alone: the error is where that escape ends.
        for text in ["\"\\ud800\"", "\"\\uDE00\"", "\"\\uD83D\\u0041\"", "\"\\uD83Dx\"", "\"\\uD83D\\n\""] {
            let e = crate::spec::parse(text).unwrap_err();
            assert_eq!(
                [e.message(Lang::En), e.message(Lang::Ru), e.message(Lang::Kk)],
                [
                    "not valid JSON at line 1, column 7: invalid \\u escape: a lone surrogate (\\uD800–\\uDFFF come only in pairs)",
                    "не JSON: строка 1, столбец 7: неверная последовательность \\u: одиночный суррогат (\\uD800–\\uDFFF пишутся только парой)",
                    "JSON емес: 1-жол, 7-баған: \\u тізбегі қате: жалғыз суррогат (\\uD800–\\uDFFF тек жұппен жазылады)",
                ],
                "{text}"
            );
        }
        // 128 levels are read; the 129th `[` is too deep.
        let e = crate::spec::parse(&"[".repeat(129)).unwrap_err();
        assert_eq!(
            [e.message(Lang::En), e.message(Lang::Ru), e.message(Lang::Kk)],
            [
                "not valid JSON at line 1, column 129: nested deeper than 128 levels",
                "не JSON: строка 1, столбец 129: вложенность глубже 128 уровней",
                "JSON емес: 1-жол, 129-баған: кірістіру 128 деңгейден терең",
            ]
        );
    }

    #[test]
    fn every_problem_has_russian_and_kazakh_words() {
        use Problem::*;
        let all = [
            Syntax { line: 1, column: 2, what: JsonFault::TrailingComma },
            TooLarge { bytes: 1 },
            Missing,
            Repeated,
            WrongType { expected: "a number", found: Found::Object },
            OutOfRange { found: "1e400".into() },
            Version { found: "2".into() },
            UnknownChartType("pie".into()),
            UnknownUnit("kgs".into()),
            UnknownQualifier("over".into()),
            Empty { what: "item" },
            Negative { value: -1.0, kind: "bar" },
            PartsExceed { sum: 2.0, value: 1.0, unit: crate::spec::Unit::Kilogram, of: None },
            PartsExceed { sum: 2.0, value: 1.0, unit: crate::spec::Unit::Kilogram, of: Some(1) },
            ValuesLength { found: 1, expected: 2 },
            ValueShape { series: true },
            ValueShape { series: false },
            DuplicateId { id: "a".into(), first: 0 },
            BadDate("x".into()),
            DateOrder { date: "a".into(), previous: "b".into() },
            TooLong { chars: 501 },
            KeyTooLong { key: "\"ЖЖ…\"".into(), chars: 501 },
            TooManyItems { count: 100_001 },
            UnitKind { unit: "kg".into(), chart_unit: "KZT".into() },
            Currency { unit: "USD".into(), chart_unit: "KZT".into() },
        ];
        for p in &all {
            let (en, ru, kk) = (p.message(Lang::En), p.message(Lang::Ru), p.message(Lang::Kk));
            assert!(ru != en && kk != en && ru != kk, "{en}");
            // No English word of ours left in the translations.
            for w in ["expected", "found", "unknown", "limit"] {
                assert!(!ru.contains(w) && !kk.contains(w), "{ru} / {kk}");
            }
        }
        // Every reason a text is not JSON, the last of the enum last.
        assert_eq!(FAULT_WORDS.len(), JsonFault::Empty as usize + 1);
        for [ru, kk, en] in FAULT_WORDS {
            assert!(ru != en && kk != en && ru != kk, "{en}");
            for w in ["EOF", "while", "expected", "must", "trailing", "escape", "invalid", "limit", "found", "an "] {
                assert!(!ru.contains(w) && !kk.contains(w), "{ru} / {kk}");
            }
        }
    }
}
