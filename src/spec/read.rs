//! Walks a parsed JSON value into a `Document`, checking every rule of the
//! format on the way, so the first problem found is reported with its path.

use super::json::{Node, Tree, Val};

use super::error::{describe, quoted, Problem, SpecError, MAX_ITEMS, MAX_STRING_CHARS};
use super::path::Path;
use super::types::*;

/// The language of a document without `locale` (the format's default).
pub const DEFAULT_LOCALE: &str = "ru";

type Result<T> = std::result::Result<T, SpecError>;

/// A value in the parsed tree (one lifetime: the tree's borrow of the text
/// outlives the walk's borrow of the tree).
type V<'t> = Val<'t, 't>;

#[cold]
#[inline(never)]
fn wrong(path: &Path, expected: &'static str, found: V) -> SpecError {
    SpecError::at(path, Problem::WrongType { expected, found: describe(&found.shallow()) })
}

/// Every field the format reads, in any object.
const FIELDS: [&str; 21] = [
    "version", "locale", "title", "subtitle", "source", "charts", "name", "url", "date", "id", "type", "unit", "note", "series",
    "stacked", "items", "label", "value", "values", "qualifier", "parts",
];

/// A JSON object with the path it was found at.
struct Obj<'a> {
    v: V<'a>,
    path: &'a Path<'a>,
}

impl<'a> Obj<'a> {
    fn new(v: V<'a>, path: &'a Path<'a>) -> Result<Self> {
        match v.node {
            Node::Object(..) => {
                // A field written twice: which figure the editor meant is
                // unknown, so neither is drawn. Keys the format never reads
                // (`"//"` comments, written again and again) may repeat.
                if let Some(key) = v.repeated_keys().find(|k| FIELDS.contains(k)) {
                    return Err(SpecError::at(path.key(key), Problem::Repeated));
                }
                Ok(Obj { v, path })
            }
            _ => Err(wrong(path, "an object", v)),
        }
    }

    /// The field, treating `null` as absent (editors' spreadsheets export empty cells so).
    fn get(&self, key: &str) -> Option<V<'a>> {
        present(self.v.get(key))
    }

    fn required(&self, key: &'static str) -> Result<V<'a>> {
        self.get(key).ok_or_else(|| SpecError::at(self.path.key(key), Problem::Missing))
    }

    fn opt_string(&self, key: &'static str) -> Result<Option<String>> {
        opt_string(self.get(key), self.path, key)
    }

    fn req_string(&self, key: &'static str) -> Result<String> {
        string(self.required(key)?, &self.path.key(key))
    }
}

fn present(v: Option<V>) -> Option<V> {
    v.filter(|v| !v.is_null())
}

fn opt_string(v: Option<V>, path: &Path, key: &'static str) -> Result<Option<String>> {
    v.map(|v| string(v, &path.key(key))).transpose()
}

fn string(v: V, path: &Path) -> Result<String> {
    text(v, path).map(str::to_owned)
}

/// A string value, borrowed: most are only looked at (dates, codes).
fn text<'t>(v: V<'t>, path: &Path) -> Result<&'t str> {
    match v.str() {
        Some(s) => {
            // No more characters than bytes: short strings need no count.
            if s.len() > MAX_STRING_CHARS {
                let chars = s.chars().count();
                if chars > MAX_STRING_CHARS {
                    return Err(SpecError::at(path, Problem::TooLong { chars }));
                }
            }
            Ok(s)
        }
        _ => Err(wrong(path, "a string", v)),
    }
}

fn number(v: V, path: &Path) -> Result<f64> {
    match v.node {
        Node::Number(n) if n.value.is_finite() => Ok(n.value),
        // Past f64's range (`1e400`): the JSON reader's infinity.
        Node::Number(n) => Err(SpecError::at(path, Problem::OutOfRange { found: n.raw.to_string() })),
        _ => Err(wrong(path, "a number", v)),
    }
}

/// An array's items, with the tree to read them in.
struct Items<'t> {
    of: V<'t>,
    nodes: &'t [Node<'t>],
}

impl<'t> Items<'t> {
    fn len(&self) -> usize {
        self.nodes.len()
    }

    fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    fn iter(&self) -> impl Iterator<Item = V<'t>> {
        self.of.iter(self.nodes)
    }
}

fn array<'t>(v: V<'t>, path: &Path) -> Result<Items<'t>> {
    match v.items() {
        Some(nodes) => Ok(Items { of: v, nodes }),
        None => Err(wrong(path, "an array", v)),
    }
}

pub fn document(tree: &Tree) -> Result<Document> {
    let root = tree.root();
    let path = Path::ROOT;
    let obj = Obj::new(root, &path)?;

    let version_v = obj.required("version")?;
    // Any number equal to 1: JSON does not tell `1.0` or `1e0` from `1`.
    if !matches!(version_v.node, Node::Number(n) if n.value == 1.0) {
        return Err(match version_v.node {
            Node::Number(n) => SpecError::at(path.key("version"), Problem::Version { found: n.raw.to_string() }),
            _ => wrong(&path.key("version"), "the number 1", version_v),
        });
    }
    let locale = obj.opt_string("locale")?.unwrap_or_else(|| DEFAULT_LOCALE.to_string());
    let title = obj.opt_string("title")?;
    let subtitle = obj.opt_string("subtitle")?;
    let source = obj.get("source").map(|v| source(v, &path.key("source"))).transpose()?;

    let charts_path = path.key("charts");
    let charts_v = array(obj.required("charts")?, &charts_path)?;
    if charts_v.is_empty() {
        return Err(SpecError::at(charts_path, Problem::Empty { what: "chart" }));
    }
    let mut charts: Vec<Chart> = Vec::with_capacity(charts_v.len());
    for (i, v) in charts_v.iter().enumerate() {
        let chart_path = charts_path.index(i);
        let c = chart(v, &chart_path)?;
        if let Some(first) = charts.iter().position(|o| o.id == c.id) {
            return Err(SpecError::at(chart_path.key("id"), Problem::DuplicateId { id: c.id, first }));
        }
        charts.push(c);
    }
    // The 500-character limit holds for every string, keys and those in fields
    // the format does not know (extensions, editors' notes) included.
    // Only a string of more bytes than that can break it.
    if tree.longest > MAX_STRING_CHARS {
        bounded_strings(root, &path)?;
    }
    Ok(Document { version: 1, locale, title, subtitle, source, charts })
}

/// Checks the length of every string under `v`, keys included (depth is
/// bounded by the parser). A key over the limit is reported at its object.
fn bounded_strings(v: V, path: &Path) -> Result<()> {
    match v.node {
        Node::String(_) => text(v, path).map(drop),
        Node::Array(..) => array(v, path)?.iter().enumerate().try_for_each(|(i, x)| bounded_strings(x, &path.index(i))),
        Node::Object(..) => v.entries().try_for_each(|(k, x)| {
            if k.len() > MAX_STRING_CHARS {
                let chars = k.chars().count();
                if chars > MAX_STRING_CHARS {
                    return Err(SpecError::at(path, Problem::KeyTooLong { key: quoted(k), chars }));
                }
            }
            bounded_strings(x, &path.key(k))
        }),
        _ => Ok(()),
    }
}

fn source(v: V, path: &Path) -> Result<Source> {
    let obj = Obj::new(v, path)?;
    let date = match obj.opt_string("date")? {
        Some(s) => Some(Date::parse(&s).ok_or_else(|| SpecError::at(path.key("date"), Problem::BadDate(s)))?),
        None => None,
    };
    Ok(Source { name: obj.opt_string("name")?, url: obj.opt_string("url")?, date })
}

fn chart(v: V, path: &Path) -> Result<Chart> {
    let obj = Obj::new(v, path)?;
    let id = obj.req_string("id")?;
    let type_s = obj.req_string("type")?;
    let kind = ChartKind::parse(&type_s)
        .ok_or_else(|| SpecError::at(path.key("type"), Problem::UnknownChartType(type_s)))?;
    let title = obj.opt_string("title")?;
    let subtitle = obj.opt_string("subtitle")?;
    let note = obj.opt_string("note")?;
    let unit_given = obj.get("unit").is_some();
    let unit = match obj.opt_string("unit")? {
        Some(u) => unit(&u, &path.key("unit"))?,
        None => Unit::Count,
    };
    let series_path = path.key("series");
    let series = match obj.get("series") {
        Some(v) => {
            let a = array(v, &series_path)?;
            if a.is_empty() {
                return Err(SpecError::at(series_path, Problem::Empty { what: "series name" }));
            }
            // A loop, not `collect::<Result<Vec<_>>>()` (wasm size, as for parts).
            let mut names = Vec::with_capacity(a.len());
            for (i, s) in a.iter().enumerate() {
                names.push(string(s, &series_path.index(i))?);
            }
            names
        }
        None => Vec::new(),
    };
    let stacked = match obj.get("stacked") {
        Some(Val { node: Node::Bool(b), .. }) => *b,
        Some(other) => return Err(wrong(&path.key("stacked"), "true or false", other)),
        None => false,
    };

    let items_path = path.key("items");
    let items_v = array(obj.required("items")?, &items_path)?;
    if items_v.is_empty() {
        return Err(SpecError::at(items_path, Problem::Empty { what: "item" }));
    }
    if items_v.len() > MAX_ITEMS {
        return Err(SpecError::at(items_path, Problem::TooManyItems { count: items_v.len() }));
    }
    let ctx = ChartCtx { kind, unit, unit_given, series: series.len() };
    let mut items: Vec<Item> = Vec::with_capacity(items_v.len());
    for (i, v) in items_v.iter().enumerate() {
        let item_path = items_path.index(i);
        let it = item(v, &item_path, &ctx)?;
        if let (Some(date), Some(prev)) = (it.date, items.last().and_then(|p| p.date)) {
            if date.start_key() <= prev.start_key() {
                return Err(SpecError::at(
                    item_path.key("date"),
                    Problem::DateOrder { date: date.iso(), previous: prev.iso() },
                ));
            }
        }
        items.push(it);
    }
    Ok(Chart { id, kind, title, subtitle, note, unit, series, stacked, items })
}

struct ChartCtx {
    kind: ChartKind,
    unit: Unit,
    /// Whether the chart names its unit (else it counts: `count`).
    unit_given: bool,
    series: usize,
}

fn unit(s: &str, path: &Path) -> Result<Unit> {
    Unit::parse(s).ok_or_else(|| SpecError::at(path, Problem::UnknownUnit(s.to_string())))
}

fn qualifier(v: Option<V>, path: &Path) -> Result<Qualifier> {
    match opt_string(v, path, "qualifier")? {
        Some(q) => Qualifier::parse(&q).ok_or_else(|| SpecError::at(path.key("qualifier"), Problem::UnknownQualifier(q))),
        None => Ok(Qualifier::Exact),
    }
}

/// An item's fields (`null` counts as absent but for `value`), found in one
/// pass over its members: 55,550 items on a big line.
#[derive(Default)]
struct ItemFields<'a> {
    label: Option<V<'a>>,
    date: Option<V<'a>>,
    unit: Option<V<'a>>,
    qualifier: Option<V<'a>>,
    values: Option<V<'a>>,
    /// As written: a `null` value is a gap on a line.
    value: Option<V<'a>>,
    parts: Option<V<'a>>,
    note: Option<V<'a>>,
}

impl<'a> ItemFields<'a> {
    fn of(obj: V<'a>) -> Self {
        let mut f = ItemFields::default();
        for (k, v) in obj.entries() {
            let slot = match k {
                "label" => &mut f.label,
                "date" => &mut f.date,
                "unit" => &mut f.unit,
                "qualifier" => &mut f.qualifier,
                "values" => &mut f.values,
                "value" => {
                    f.value = Some(v);
                    continue;
                }
                "parts" => &mut f.parts,
                "note" => &mut f.note,
                _ => continue,
            };
            *slot = present(Some(v));
        }
        f
    }
}

fn item(v: V, path: &Path, ctx: &ChartCtx) -> Result<Item> {
    let obj = Obj::new(v, path)?;
    let f = ItemFields::of(v);
    let is_line = ctx.kind == ChartKind::Line;
    let label = if is_line { opt_string(f.label, path, "label")? } else { Some(obj.req_string("label")?) };
    let date = match f.date {
        Some(dv) => {
            let s = text(dv, &path.key("date"))?;
            Some(Date::parse(s).ok_or_else(|| SpecError::at(path.key("date"), Problem::BadDate(s.to_owned())))?)
        }
        None if is_line => return Err(SpecError::at(path.key("date"), Problem::Missing)),
        None => None,
    };

    let unit_path = path.key("unit");
    let own_unit = match opt_string(f.unit, path, "unit")? {
        Some(u) => {
            let u = unit(&u, &unit_path)?;
            check_same_kind(u, ctx, &unit_path)?;
            Some(u)
        }
        None => None,
    };
    let qualifier = qualifier(f.qualifier, path)?;
    let item_unit = own_unit.unwrap_or(ctx.unit);

    let values = if ctx.series > 0 {
        let vpath = path.key("values");
        let Some(vv) = f.values else {
            return Err(SpecError::at(
                vpath,
                if present(f.value).is_some() { Problem::ValueShape { series: true } } else { Problem::Missing },
            ));
        };
        let arr = array(vv, &vpath)?;
        if arr.len() != ctx.series {
            return Err(SpecError::at(vpath, Problem::ValuesLength { found: arr.len(), expected: ctx.series }));
        }
        let mut values = Vec::with_capacity(arr.len());
        for (i, x) in arr.iter().enumerate() {
            values.push(match x.node {
                Node::Null => None,
                Node::Number(n) if n.value.is_finite() && (n.value >= 0.0 || !ctx.kind.forbids_negative()) => Some(n.value),
                _ => {
                    let p = vpath.index(i);
                    Some(non_negative(number(x, &p)?, &p, ctx.kind)?)
                }
            });
        }
        values
    } else {
        let vpath = path.key("value");
        match f.value {
            Some(Val { node: Node::Null, .. }) if is_line => vec![None],
            Some(x) => vec![Some(non_negative(number(x, &vpath)?, &vpath, ctx.kind)?)],
            None if f.values.is_some() => {
                return Err(SpecError::at(path.key("values"), Problem::ValueShape { series: false }))
            }
            None => return Err(SpecError::at(vpath, Problem::Missing)),
        }
    };

    let parts_path = path.key("parts");
    // A loop, not `collect::<Result<Vec<_>>>()`: the wasm carries no
    // GenericShunt adapter for it (as for `series`).
    let mut parts = Vec::new();
    if let Some(pv) = f.parts {
        for (i, p) in array(pv, &parts_path)?.iter().enumerate() {
            parts.push(part(p, &parts_path.index(i), ctx)?);
        }
    }
    if !parts.is_empty() {
        // In the item's unit: a part of 500 kg in an item of 3 t is 0.5.
        let sum: f64 = parts.iter().map(|p| p.value * p.unit.unwrap_or(item_unit).grams() / item_unit.grams()).sum();
        // Parts belong to the item's figure: with series, to each of its values.
        for (i, v) in values.iter().enumerate() {
            if let Some(v) = *v {
                if sum > v * (1.0 + 1e-12) {
                    let of = (ctx.series > 0).then_some(i);
                    return Err(SpecError::at(parts_path, Problem::PartsExceed { sum, value: v, unit: item_unit, of }));
                }
            }
        }
    }
    let note = opt_string(f.note, path, "note")?;
    Ok(Item { label, date, values, unit: own_unit, qualifier, parts, note })
}

fn part(v: V, path: &Path, ctx: &ChartCtx) -> Result<Part> {
    let kind = ctx.kind;
    let obj = Obj::new(v, path)?;
    let label = obj.req_string("label")?;
    let vpath = path.key("value");
    let value = non_negative(number(obj.required("value")?, &vpath)?, &vpath, kind)?;
    // A part may name its own unit of its item's kind («3 т, в т.ч. 500 кг»):
    // read, not ignored, or 500 would be taken for tonnes.
    let unit_path = path.key("unit");
    let unit = match opt_string(obj.get("unit"), path, "unit")? {
        Some(u) => {
            let u = unit(&u, &unit_path)?;
            // The item's unit is of the chart's kind (and currency) already.
            check_same_kind(u, ctx, &unit_path)?;
            Some(u)
        }
        None => None,
    };
    Ok(Part { label, value, qualifier: qualifier(obj.get("qualifier"), path)?, unit })
}

fn non_negative(v: f64, path: &Path, kind: ChartKind) -> Result<f64> {
    if v < 0.0 && kind.forbids_negative() {
        Err(SpecError::at(path, Problem::Negative { value: v, kind: kind.name() }))
    } else {
        Ok(v)
    }
}

/// An item's or part's own unit against its chart's. A chart without `unit`
/// is named as "" in the problem: the editor never wrote "count".
fn check_same_kind(u: Unit, ctx: &ChartCtx, path: &Path) -> Result<()> {
    let chart = ctx.unit;
    let unit = u.code().to_string();
    let chart_unit = if ctx.unit_given { chart.code().to_string() } else { String::new() };
    if u.kind() != chart.kind() {
        Err(SpecError::at(path, Problem::UnitKind { unit, chart_unit }))
    } else if matches!(u, Unit::Currency(_)) && u != chart {
        Err(SpecError::at(path, Problem::Currency { unit, chart_unit }))
    } else {
        Ok(())
    }
}
