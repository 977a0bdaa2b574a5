//! The widget's fixed words in each language: qualifiers, unit names, "of which".

use super::Lang;
use crate::spec::{Qualifier, Unit};

/// Puts a qualifier around an already formatted figure (`525 кг` → `более 525 кг`).
/// `unit` is the figure's unit: Kazakh endings follow how its sign is read.
pub fn qualify(lang: Lang, q: Qualifier, figure: &str, unit: Unit) -> String {
    qualify_joined(lang, q, figure, unit, '\u{a0}', false)
}

/// As [`qualify`], a qualifier before the figure joined to it by `join`: a
/// plain space where a label may wrap between them (`около` / `47 тыс.`).
/// `unit_apart`: a Kazakh label may also wrap before its inflected unit (see [`after`]).
pub fn qualify_joined(lang: Lang, q: Qualifier, figure: &str, unit: Unit, join: char, unit_apart: bool) -> String {
    use super::kk::{inflect, Case};
    use Qualifier::*;
    let before = |w: &str| {
        let mut s = String::from(w);
        s.push(join);
        s + figure
    };
    match (lang, q) {
        (_, Exact) => figure.to_string(),
        // A qualifier of two words holds them together (`не менее`, `more than`):
        // a label wraps after it, not inside it.
        (Lang::Ru, About) => before("около"),
        (Lang::Ru, MoreThan) => before("более"),
        (Lang::Ru, AtLeast) => before("не\u{a0}менее"),
        (Lang::Ru, LessThan) => before("менее"),
        (Lang::Ru, UpTo) => before("до"),
        (Lang::En, About) => before("about"),
        (Lang::En, MoreThan) => before("more\u{a0}than"),
        (Lang::En, AtLeast) => before("at\u{a0}least"),
        (Lang::En, LessThan) => before("less\u{a0}than"),
        (Lang::En, UpTo) => before("up\u{a0}to"),
        // Kazakh: "about" and "at least" are adverbs before the figure; "more
        // than", "less than" and "up to" are postpositions after it, and the
        // figure takes the case they govern (see `kk`).
        (Lang::Kk, About) => before("шамамен"),
        (Lang::Kk, AtLeast) => before("кемінде"),
        (Lang::Kk, MoreThan) => after(inflect(figure, unit, Case::Ablative), " астам", unit_apart),
        (Lang::Kk, LessThan) => after(inflect(figure, unit, Case::Ablative), " кем", unit_apart),
        (Lang::Kk, UpTo) => after(inflect(figure, unit, Case::Dative), " дейін", unit_apart),
    }
}

/// A Kazakh postposition after its inflected figure. A chart's label
/// (`unit_apart`) may also wrap between a magnitude word and the unit that
/// takes the ending: «98,7 млрд» / «₸-ден астам», where «98,7 млрд ₸-ден» is
/// wider than a column and «астам» alone would leave it so. Never between
/// digits and their unit («18,3» / «т-дан астам»).
fn after(figure: String, word: &str, unit_apart: bool) -> String {
    let b = figure.as_bytes();
    // The last no-break space (C2 A0) with a letter before it: magnitude
    // words end in a Latin letter or a Cyrillic one (lead byte D0–D3, which
    // holds Kazakh's too), never a digit, a superscript one (`10¹⁵`) or a dot.
    let at = (1..b.len().saturating_sub(1)).rev().find(|&i| b[i] == 0xC2 && b[i + 1] == 0xA0);
    let letter = |i: usize| b[i - 1].is_ascii_alphabetic() || i >= 2 && (0xD0..=0xD3).contains(&b[i - 2]) && b[i - 1] >= 0x80;
    let mut out = String::new();
    match at.filter(|&i| unit_apart && letter(i)) {
        Some(i) => {
            out.push_str(&figure[..i]);
            out.push(' ');
            out.push_str(&figure[i + 2..]);
        }
        None => out.push_str(&figure),
    }
    out.push_str(word);
    out
}

/// The sign written after a figure in a mass or share unit; None for plain
/// counts and for money (see [`super::money`]).
pub fn unit_sign(lang: Lang, unit: Unit) -> Option<&'static str> {
    Some(match (lang, unit) {
        (_, Unit::Count | Unit::Currency(_)) => return None,
        (_, Unit::Percent) => "%",
        (Lang::En, Unit::Gram) => "g",
        (Lang::En, Unit::Kilogram) => "kg",
        (Lang::En, Unit::Tonne) => "t",
        (_, Unit::Gram) => "г",
        (_, Unit::Kilogram) => "кг",
        (_, Unit::Tonne) => "т",
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

/// The small word under a donut's total, in its hole.
pub fn total(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "всего",
        Lang::Kk => "барлығы",
        Lang::En => "total",
    }
}

/// Under a percent donut whose shares add up past 100 % (layout::donut::overlapping), under its ring.
pub fn overlapping_shares(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "Доли в сумме больше 100 % (они пересекаются): кольцо показывает только их соотношение.",
        Lang::Kk => "Үлестердің қосындысы 100%-дан асады (олар бір-бірімен қиылысады): сақина тек олардың арақатынасын көрсетеді.",
        Lang::En => "The shares add up to more than 100% (they overlap): the ring shows only how they compare.",
    }
}

/// Said when Right or Left finds no value further that way: the keys
/// otherwise do nothing a screen reader's user could hear.
pub fn edge(lang: Lang, last: bool) -> &'static str {
    match (lang, last) {
        (Lang::Ru, true) => "Последнее значение",
        (Lang::Ru, false) => "Первое значение",
        (Lang::Kk, true) => "Соңғы мән",
        (Lang::Kk, false) => "Алғашқы мән",
        (Lang::En, true) => "Last value",
        (Lang::En, false) => "First value",
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

/// A missing figure where there is room to say so (a grouped bar's gap).
pub fn no_data(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "нет данных",
        Lang::Kk => "дерек жоқ",
        Lang::En => "no data",
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
        Lang::Ru => super::cat(&["chart: в документе нет графика «", id, "»; есть: ", ids]),
        Lang::Kk => super::cat(&["chart: құжатта «", id, "» диаграммасы жоқ; бары: ", ids]),
        Lang::En => super::cat(&["chart: the document has no chart \"", id, "\"; it has: ", ids]),
    }
}

/// Words of the screen-reader texts and the data table.
pub struct A11y {
    pub largest: &'static str,
    pub smallest: &'static str,
    /// A line's peak and low between its ends (`largest`/`smallest` but in English).
    pub peak: &'static str,
    pub low: &'static str,
    /// The word after a count of values, in its three plural forms (see `plural`).
    pub items: [&'static str; 3],
    pub rises: &'static str,
    pub falls: &'static str,
    pub flat: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub category: &'static str,
    pub date: &'static str,
    pub value: &'static str,
    pub parts: &'static str,
    pub note: &'static str,
    pub keys: &'static str,
    pub legend: &'static str,
}

pub fn a11y(lang: Lang) -> &'static A11y {
    const RU: A11y = A11y {
        largest: "наибольшее",
        smallest: "наименьшее",
        peak: "наибольшее",
        low: "наименьшее",
        items: ["значение", "значения", "значений"],
        rises: "растёт",
        falls: "снижается",
        flat: "не меняется",
        from: "с",
        to: "до",
        category: "Показатель",
        date: "Дата",
        value: "Значение",
        parts: "В том числе",
        note: "Примечание",
        keys: "Стрелки — перейти к значению, Escape — скрыть подсказку",
        legend: "Легенда: нажмите, чтобы скрыть или показать ряд",
    };
    const KK: A11y = A11y {
        largest: "ең үлкені",
        smallest: "ең кішісі",
        peak: "ең үлкені",
        low: "ең кішісі",
        items: ["мән"; 3],
        rises: "өседі",
        falls: "төмендейді",
        flat: "өзгермейді",
        // Kazakh says "from X to Y" with case endings instead (see `describe`).
        from: "",
        to: "дейін",
        category: "Көрсеткіш",
        date: "Күні",
        value: "Мәні",
        parts: "Оның ішінде",
        note: "Ескерту",
        keys: "Көрсеткілер — мәнге өту, Escape — кеңесті жасыру",
        legend: "Аңыз: қатарды жасыру не көрсету үшін басыңыз",
    };
    const EN: A11y = A11y {
        largest: "largest",
        smallest: "smallest",
        peak: "highest",
        low: "lowest",
        items: ["value", "values", "values"],
        rises: "rises",
        falls: "falls",
        flat: "holds steady",
        from: "from",
        to: "to",
        category: "Item",
        date: "Date",
        value: "Value",
        parts: "Of which",
        note: "Note",
        keys: "Arrow keys move between values, Escape hides the tooltip",
        legend: "Legend: press to hide or show a series",
    };
    match lang {
        Lang::Ru => &RU,
        Lang::Kk => &KK,
        Lang::En => &EN,
    }
}

/// Why a document could not be loaded, in the reader's language. `kind` comes
/// from the JS loader: http, network, cors (a network failure from another
/// origin), timeout, too_large, content_type, html,
/// encoding, bad_url, no_data; not_json: a `data` value JSON cannot hold
/// (`url` its path, `detail` why: see [`data_error`]).
pub fn load_error(lang: Lang, kind: &str, url: &str, detail: &str) -> String {
    if kind == "not_json" {
        return data_error(lang, url, detail);
    }
    // A byte count grouped as the language groups it (`10 485 761`).
    let bytes = detail.parse::<usize>().ok();
    let grouped = bytes.map_or_else(|| detail.to_string(), |n| super::plural::grouped(lang, n));
    let word = super::plural(lang, bytes.map_or(0.0, |n| n as f64), ["байт", "байта", "байт"]);
    let seconds = super::swap_char(detail, '.', ',');
    // One table and one `fill` rather than a `format!` per case (wasm size):
    // {0} the url, {1} the detail, {2} the grouped byte count, {3} its Russian
    // word, {4} the detail with a decimal comma. The last kind is any other
    // failure (network).
    const KINDS: [&str; 9] = ["http", "timeout", "too_large", "content_type", "html", "encoding", "bad_url", "no_data", "cors"];
    const TEMPLATES: [[&str; 10]; 3] = [
        [
            "src: не удалось загрузить {0}: сервер ответил HTTP {1}",
            "src: {0} не загрузился за {4} с",
            "src: {0} больше 10 МБ ({2} {3} и более); такой документ не читается",
            "src: {0} — не JSON (тип содержимого {1})",
            "src: вместо JSON по адресу {0} пришла HTML-страница (вероятно, страница ошибки)",
            "src: {0} — не текст в UTF-8 (байты, которых нет в этой кодировке); сохраните документ в UTF-8",
            "src: \"{0}\" — неправильный адрес; проверьте, как он записан",
            "нет данных: укажите атрибут src или вложите <script type=\"application/json\">",
            "src: не удалось загрузить {0}: сеть недоступна, или сервер этого адреса не разрешает читать его с других сайтов (CORS: нужен заголовок Access-Control-Allow-Origin) ({1})",
            "src: не удалось загрузить {0}: сеть недоступна или адрес запрещён ({1})",
        ],
        [
            "src: {0} жүктелмеді: сервер HTTP {1} деп жауап берді",
            "src: {0} {4} секунд ішінде жүктелмеді",
            "src: {0} 10 МБ-тан үлкен ({2} байт не одан көп)",
            "src: {0} — JSON емес (мазмұн түрі {1})",
            "src: {0} мекенжайынан JSON орнына HTML-бет келді (қате беті болуы мүмкін)",
            "src: {0} — UTF-8 мәтіні емес (бұл кодтауда жоқ байттар бар); құжатты UTF-8 түрінде сақтаңыз",
            "src: \"{0}\" — қате мекенжай; жазылуын тексеріңіз",
            "дерек жоқ: src атрибутын немесе <script type=\"application/json\"> қосыңыз",
            "src: {0} жүктелмеді: желі қолжетімсіз, не бұл мекенжайдың сервері оны басқа сайттардан оқуға рұқсат бермейді (CORS: Access-Control-Allow-Origin тақырыбы керек) ({1})",
            "src: {0} жүктелмеді: желі қолжетімсіз немесе мекенжайға тыйым салынған ({1})",
        ],
        [
            "src: could not load {0}: HTTP {1}",
            "src: {0} did not load within {1} s",
            "src: {0} is over 10 MB ({2} bytes or more); it is not read",
            "src: {0} is not JSON (content type {1})",
            "src: {0} returned an HTML page instead of JSON (an error page?)",
            "src: {0} is not UTF-8 text (it has bytes that are not UTF-8); save the document as UTF-8",
            "src: \"{0}\" is not a valid address; check how it is written",
            "no data: give the element a src attribute or a <script type=\"application/json\"> child",
            "src: could not load {0}: network error, or its server does not let other sites read it (CORS: it must send Access-Control-Allow-Origin) ({1})",
            "src: could not load {0}: network error or blocked address ({1})",
        ],
    ];
    let k = KINDS.iter().position(|k| *k == kind).unwrap_or(KINDS.len());
    super::fill(TEMPLATES[lang as usize][k], &[url, detail, &grouped, word, &seconds])
}

/// A `data` value JSON cannot hold, at `at` (`data.charts[0].items[1].value`):
/// `why` circular, bigint, the type of a document that is no value
/// (undefined, function, symbol), else the browser's reason.
fn data_error(lang: Lang, at: &str, why: &str) -> String {
    // Paths inside the document as every other message gives them (`charts[0]…`).
    let at = at.strip_prefix("data.").unwrap_or(at);
    // A string with half of a UTF-16 pair: worded as the JSON reader words it, with its path.
    let surrogate = crate::spec::JsonFault::LoneSurrogate.words(lang);
    // {0} the path, {1} why, {2} the JSON reader's words for a lone surrogate
    // (as in `load_error`, one table rather than a `format!` each).
    const TEMPLATES: [[&str; 5]; 3] = [
        [
            "{0}: {2}",
            "{0}: объект ссылается сам на себя (круговая ссылка); такой объект не записать в JSON",
            "{0}: число BigInt не записывается в JSON; передайте обычное число",
            "{0}: получено {1}, а нужен документ (объект или текст JSON)",
            "{0}: объект нельзя записать как JSON ({1})",
        ],
        [
            "{0}: {2}",
            "{0}: объект өзіне-өзі сілтеме жасайды (тұйық сілтеме); мұндай объектіні JSON ретінде жазу мүмкін емес",
            "{0}: BigInt саны JSON-да жазылмайды; кәдімгі сан беріңіз",
            "{0}: {1} алынды, ал құжат керек (объект не JSON мәтіні)",
            "{0}: объектіні JSON ретінде жазу мүмкін емес ({1})",
        ],
        [
            "{0}: {2}",
            "{0}: the object refers to itself (a circular reference); it cannot be written as JSON",
            "{0}: a BigInt cannot be written as JSON; pass an ordinary number",
            "{0}: got {1}, not a document (an object or JSON text)",
            "{0}: the object cannot be written as JSON ({1})",
        ],
    ];
    let k = match why {
        "surrogate" => 0,
        "circular" => 1,
        "bigint" => 2,
        "undefined" | "function" | "symbol" => 3,
        _ => 4,
    };
    super::fill(TEMPLATES[lang as usize][k], &[at, why, surrogate])
}

/// A chart the browser cannot draw: its canvas would be taller than the
/// largest it draws into even at one pixel per CSS pixel.
/// `n`: the number of items, worded.
pub fn too_tall(lang: Lang, id: &str, items: usize, n: &str) -> String {
    match lang {
        Lang::Ru => super::cat(&["«", id, "»: ", n, " ", super::plural(lang, items as f64, ["строка", "строки", "строк"]), " — слишком высокий график, этот браузер не может его нарисовать; разделите данные на несколько графиков"]),
        Lang::Kk => super::cat(&["«", id, "»: ", n, " жол — график тым биік, бұл браузер оны сала алмайды; деректерді бірнеше графикке бөліңіз"]),
        Lang::En => super::cat(&["\"", id, "\": ", n, " rows make a chart too tall for this browser to draw; split the data into several charts"]),
    }
}

/// Words of the reader's download menu and of the CSV file's header.
pub struct Download {
    /// The menu button's accessible name (and its hover title).
    pub menu: &'static str,
    pub png: &'static str,
    pub csv: &'static str,
    /// CSV columns: each row's unit (when a chart mixes g, kg and t), the
    /// qualifier word, and the item an "of which" part row belongs to.
    pub unit: &'static str,
    pub qualifier: &'static str,
    pub part_of: &'static str,
}

pub fn download(lang: Lang) -> &'static Download {
    const RU: Download = Download { menu: "Скачать", png: "Картинка PNG", csv: "Данные CSV", unit: "Единица", qualifier: "Оговорка", part_of: "В том числе из" };
    const KK: Download = Download { menu: "Жүктеу", png: "PNG сурет", csv: "CSV деректер", unit: "Өлшем бірлігі", qualifier: "Дәлдігі", part_of: "Құрамына кіреді" };
    const EN: Download = Download { menu: "Download", png: "PNG image", csv: "CSV data", unit: "Unit", qualifier: "Qualifier", part_of: "Part of" };
    match lang {
        Lang::Ru => &RU,
        Lang::Kk => &KK,
        Lang::En => &EN,
    }
}

/// A qualifier as a word of its own (a CSV cell): `более`, `about`, `астам`;
/// empty for an exact figure.
pub fn qualifier_word(lang: Lang, q: Qualifier) -> &'static str {
    use Qualifier::*;
    match (lang, q) {
        (_, Exact) => "",
        (Lang::Ru, About) => "около",
        (Lang::Ru, MoreThan) => "более",
        (Lang::Ru, AtLeast) => "не менее",
        (Lang::Ru, LessThan) => "менее",
        (Lang::Ru, UpTo) => "до",
        (Lang::Kk, About) => "шамамен",
        (Lang::Kk, MoreThan) => "астам",
        (Lang::Kk, AtLeast) => "кемінде",
        (Lang::Kk, LessThan) => "кем",
        (Lang::Kk, UpTo) => "дейін",
        (Lang::En, About) => "about",
        (Lang::En, MoreThan) => "more than",
        (Lang::En, AtLeast) => "at least",
        (Lang::En, LessThan) => "less than",
        (Lang::En, UpTo) => "up to",
    }
}
