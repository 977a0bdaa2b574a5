//! `validate(text, locale, page)`: the JS API's check of a document without
//! drawing it. The same `spec::parse` and the same wording as the widget, so a
//! CMS can show an editor exactly what the chart would say.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::format::Lang;
use crate::spec::{self, Problem};

/// `{ ok, message, path, line, column }`: `message` is the widget's text (path
/// included), in `locale`, else the document's `locale`, else `page` (the page's
/// `lang`), else Russian (the format's default); `line`/`column` only for a syntax error.
/// A valid document also has `warnings`: `{ path, message }` for each field that
/// looks misspelt, in `locale`, else the document's.
#[wasm_bindgen]
pub fn validate(text: &str, locale: Option<String>, page: Option<String>) -> Object {
    let out = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&out, &JsValue::from_str(k), &v);
    };
    let lang = |tag: Option<String>| Lang::from_tag(&tag.unwrap_or_else(|| spec::DEFAULT_LOCALE.to_string())).0;
    match spec::parse_noting(text) {
        Ok((doc, slips)) => {
            set("ok", JsValue::TRUE);
            for k in ["message", "path", "line", "column"] {
                set(k, JsValue::NULL);
            }
            // Valid, but a field that looks misspelt is not read: each one's
            // path, then its message (the JS API pairs them into objects; a
            // key may hold any character, so no separator would do).
            let l = lang(locale.or(Some(doc.locale)));
            let flat = js_sys::Array::new();
            for slip in &slips {
                flat.push(&JsValue::from_str(&slip.path));
                flat.push(&JsValue::from_str(&slip.message(l)));
            }
            set("warnings", flat.into());
        }
        Err(e) => {
            let l = lang(locale.or_else(|| spec::declared_locale(text)).or(page));
            set("ok", JsValue::FALSE);
            set("message", JsValue::from_str(&e.message(l)));
            set("path", JsValue::from_str(&e.path));
            let (line, column) = match e.problem {
                Problem::Syntax { line, column, .. } => (JsValue::from(line as u32), JsValue::from(column as u32)),
                _ => (JsValue::NULL, JsValue::NULL),
            };
            set("line", line);
            set("column", column);
        }
    }
    out
}

/// A document the loader could not read (`kind` as `LoadError`'s: for
/// `validate` a `data` object JSON cannot hold), worded as the widget words it:
/// in `locale`, else `page`, else Russian.
#[wasm_bindgen]
pub fn load_message(kind: &str, url: &str, detail: &str, locale: Option<String>, page: Option<String>) -> String {
    let tag = locale.or(page).unwrap_or_else(|| spec::DEFAULT_LOCALE.to_string());
    crate::format::words::load_error(Lang::from_tag(&tag).0, kind, url, detail)
}
