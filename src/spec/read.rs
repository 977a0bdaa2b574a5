//! Walks a parsed JSON value into a `Document`, checking every rule of the
//! format on the way, so the first problem found is reported with its path.

use super::json::{Map, Value};

use super::error::{describe, Problem, SpecError, MAX_ITEMS, MAX_STRING_CHARS};
use super::path::Path;
use super::types::*;

type Result<T> = std::result::Result<T, SpecError>;

#[cold]
#[inline(never)]
fn wrong(path: &Path, expected: &'static str, found: &Value) -> SpecError {
    SpecError::at(path, Problem::WrongType { expected, found: describe(found) })
}

/// A JSON object with the path it was found at.
struct Obj<'a> {
    map: &'a Map<'a>,
    path: &'a Path<'a>,
}

impl<'a> Obj<'a> {
    fn new(v: &'a Value<'a>, path: &'a Path<'a>) -> Result<Self> {
        match v {
            Value::Object(map) => Ok(Obj { map, path }),
            other => Err(wrong(path, "an object", other)),
        }
    }

    /// The field, treating `null` as absent (editors' spreadsheets export empty cells so).
    fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn required(&self, key: &'static str) -> Result<&'a Value<'a>> {
        self.get(key).ok_or_else(|| SpecError::at(self.path.key(key), Problem::Missing))
    }

    fn opt_string(&self, key: &'static str) -> Result<Option<String>> {
        self.get(key).map(|v| string(v, &self.path.key(key))).transpose()
    }

    fn req_string(&self, key: &'static str) -> Result<String> {
        string(self.required(key)?, &self.path.key(key))
    }
}

fn string(v: &Value, path: &Path) -> Result<String> {
    match v {
        Value::String(s) => {
            let chars = s.chars().count();
            if chars > MAX_STRING_CHARS {
                return Err(SpecError::at(path, Problem::TooLong { chars }));
            }
            Ok(s.to_string())
        }
        other => Err(wrong(path, "a string", other)),
    }
}

fn number(v: &Value, path: &Path) -> Result<f64> {
    match v {
        // Always finite: the reader refuses numbers out of range.
        Value::Number(n) => Ok(n.value),
        _ => Err(wrong(path, "a number", v)),
    }
}

fn array<'a>(v: &'a Value<'a>, path: &Path) -> Result<&'a Vec<Value<'a>>> {
    match v {
        Value::Array(a) => Ok(a),
        other => Err(wrong(path, "an array", other)),
    }
}

pub fn document(root: &Value) -> Result<Document> {
    let path = Path::ROOT;
    let obj = Obj::new(root, &path)?;

    let version_v = obj.required("version")?;
    // Only the integer 1: `1.0` and `1e0` are floats, as serde_json read them.
    if !matches!(version_v, Value::Number(n) if n.raw == "1") {
        let found = describe(version_v);
        return Err(if matches!(version_v, Value::Number(_)) {
            SpecError::at(path.key("version"), Problem::Version { found })
        } else {
            wrong(&path.key("version"), "the number 1", version_v)
        });
    }
    let locale = obj.opt_string("locale")?.unwrap_or_else(|| "ru".to_string());
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
    // The 500-character limit holds for every string, those in fields the
    // format does not know (extensions, editors' notes) included.
    bounded_strings(root, &path)?;
    Ok(Document { version: 1, locale, title, subtitle, source, charts })
}

/// Checks the length of every string under `v` (depth is bounded by the parser).
fn bounded_strings(v: &Value, path: &Path) -> Result<()> {
    match v {
        Value::String(_) => string(v, path).map(drop),
        Value::Array(a) => a.iter().enumerate().try_for_each(|(i, x)| bounded_strings(x, &path.index(i))),
        Value::Object(m) => m.iter().try_for_each(|(k, x)| bounded_strings(x, &path.key(k))),
        _ => Ok(()),
    }
}

fn source(v: &Value, path: &Path) -> Result<Source> {
    let obj = Obj::new(v, path)?;
    let date = match obj.opt_string("date")? {
        Some(s) => Some(Date::parse(&s).ok_or_else(|| SpecError::at(path.key("date"), Problem::BadDate(s)))?),
        None => None,
    };
    Ok(Source { name: obj.opt_string("name")?, url: obj.opt_string("url")?, date })
}

fn chart(v: &Value, path: &Path) -> Result<Chart> {
    let obj = Obj::new(v, path)?;
    let id = obj.req_string("id")?;
    let type_s = obj.req_string("type")?;
    let kind = ChartKind::parse(&type_s)
        .ok_or_else(|| SpecError::at(path.key("type"), Problem::UnknownChartType(type_s)))?;
    let title = obj.opt_string("title")?;
    let subtitle = obj.opt_string("subtitle")?;
    let note = obj.opt_string("note")?;
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
            a.iter().enumerate().map(|(i, s)| string(s, &series_path.index(i))).collect::<Result<Vec<_>>>()?
        }
        None => Vec::new(),
    };
    let stacked = match obj.get("stacked") {
        Some(Value::Bool(b)) => *b,
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
    let ctx = ChartCtx { kind, unit, series: series.len() };
    let mut items: Vec<Item> = Vec::with_capacity(items_v.len());
    for (i, v) in items_v.iter().enumerate() {
        let item_path = items_path.index(i);
        let it = item(v, &item_path, &ctx)?;
        if let (Some(date), Some(prev)) = (it.date, items.last().and_then(|p| p.date)) {
            if date.start_key() <= prev.start_key() {
                return Err(SpecError::at(
                    item_path.key("date"),
                    Problem::DateOrder { date: date.to_string(), previous: prev.to_string() },
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
    series: usize,
}

fn unit(s: &str, path: &Path) -> Result<Unit> {
    Unit::parse(s).ok_or_else(|| SpecError::at(path, Problem::UnknownUnit(s.to_string())))
}

fn qualifier(obj: &Obj) -> Result<Qualifier> {
    match obj.opt_string("qualifier")? {
        Some(q) => Qualifier::parse(&q)
            .ok_or_else(|| SpecError::at(obj.path.key("qualifier"), Problem::UnknownQualifier(q))),
        None => Ok(Qualifier::Exact),
    }
}

fn item(v: &Value, path: &Path, ctx: &ChartCtx) -> Result<Item> {
    let obj = Obj::new(v, path)?;
    let is_line = ctx.kind == ChartKind::Line;
    let label = if is_line { obj.opt_string("label")? } else { Some(obj.req_string("label")?) };
    let date = match obj.get("date") {
        Some(dv) => {
            let s = string(dv, &path.key("date"))?;
            Some(Date::parse(&s).ok_or_else(|| SpecError::at(path.key("date"), Problem::BadDate(s)))?)
        }
        None if is_line => return Err(SpecError::at(path.key("date"), Problem::Missing)),
        None => None,
    };

    let unit_path = path.key("unit");
    let own_unit = match obj.opt_string("unit")? {
        Some(u) => {
            let u = unit(&u, &unit_path)?;
            check_same_kind(u, ctx.unit, &unit_path)?;
            Some(u)
        }
        None => None,
    };
    let qualifier = qualifier(&obj)?;

    let values = if ctx.series > 0 {
        let vpath = path.key("values");
        let Some(vv) = obj.get("values") else {
            return Err(SpecError::at(
                vpath,
                if obj.get("value").is_some() { Problem::ValueShape { series: true } } else { Problem::Missing },
            ));
        };
        let arr = array(vv, &vpath)?;
        if arr.len() != ctx.series {
            return Err(SpecError::at(vpath, Problem::ValuesLength { found: arr.len(), expected: ctx.series }));
        }
        arr.iter()
            .enumerate()
            .map(|(i, x)| {
                let p = vpath.index(i);
                if x.is_null() {
                    Ok(None)
                } else {
                    non_negative(number(x, &p)?, &p, ctx.kind).map(Some)
                }
            })
            .collect::<Result<Vec<_>>>()?
    } else {
        let vpath = path.key("value");
        match obj.map.get("value") {
            Some(Value::Null) if is_line => vec![None],
            Some(x) => vec![Some(non_negative(number(x, &vpath)?, &vpath, ctx.kind)?)],
            None if obj.get("values").is_some() => {
                return Err(SpecError::at(path.key("values"), Problem::ValueShape { series: false }))
            }
            None => return Err(SpecError::at(vpath, Problem::Missing)),
        }
    };

    let parts_path = path.key("parts");
    let parts = match obj.get("parts") {
        Some(pv) => array(pv, &parts_path)?
            .iter()
            .enumerate()
            .map(|(i, p)| part(p, &parts_path.index(i), ctx.kind))
            .collect::<Result<Vec<_>>>()?,
        None => Vec::new(),
    };
    if !parts.is_empty() {
        let sum: f64 = parts.iter().map(|p| p.value).sum();
        // Parts belong to the item's figure: with series, to each of its values.
        for v in values.iter().flatten() {
            if sum > *v * (1.0 + 1e-12) {
                return Err(SpecError::at(parts_path, Problem::PartsExceed { sum, value: *v }));
            }
        }
    }
    let note = obj.opt_string("note")?;
    Ok(Item { label, date, values, unit: own_unit, qualifier, parts, note })
}

fn part(v: &Value, path: &Path, kind: ChartKind) -> Result<Part> {
    let obj = Obj::new(v, path)?;
    let label = obj.req_string("label")?;
    let vpath = path.key("value");
    let value = non_negative(number(obj.required("value")?, &vpath)?, &vpath, kind)?;
    Ok(Part { label, value, qualifier: qualifier(&obj)? })
}

fn non_negative(v: f64, path: &Path, kind: ChartKind) -> Result<f64> {
    if v < 0.0 && kind.forbids_negative() {
        Err(SpecError::at(path, Problem::Negative { value: v, kind: kind.name() }))
    } else {
        Ok(v)
    }
}

fn check_same_kind(u: Unit, chart: Unit, path: &Path) -> Result<()> {
    let (unit, chart_unit) = (u.to_string(), chart.to_string());
    if u.kind() != chart.kind() {
        Err(SpecError::at(path, Problem::UnitKind { unit, chart_unit }))
    } else if matches!(u, Unit::Currency(_)) && u != chart {
        Err(SpecError::at(path, Problem::Currency { unit, chart_unit }))
    } else {
        Ok(())
    }
}
