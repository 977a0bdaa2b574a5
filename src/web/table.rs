//! The visually hidden data table of a chart, for screen readers.

use web_sys::HtmlElement;

use super::dom::{el, text_el};
use crate::interact::Table;

/// The table inside a visually hidden box: a table ignores `width: 1px` itself,
/// and the box's `contain: strict` keeps its (possibly 100,000-row) layout from
/// being redone whenever the tooltip changes.
pub fn build(t: &Table) -> HtmlElement {
    let boxed = el("div", "sr table-box");
    let _ = boxed.append_child(&table(t));
    boxed
}

fn table(t: &Table) -> HtmlElement {
    let table = el("table", "");
    let _ = table.append_child(&text_el("caption", "", &t.caption));
    let thead = el("thead", "");
    let tr = el("tr", "");
    for h in &t.head {
        let th = text_el("th", "", h);
        let _ = th.set_attribute("scope", "col");
        let _ = tr.append_child(&th);
    }
    let _ = thead.append_child(&tr);
    let _ = table.append_child(&thead);
    let tbody = el("tbody", "");
    for row in &t.rows {
        let tr = el("tr", "");
        for (i, cell) in row.iter().enumerate() {
            let c = text_el(if i == 0 { "th" } else { "td" }, "", cell);
            if i == 0 {
                let _ = c.set_attribute("scope", "row");
            }
            let _ = tr.append_child(&c);
        }
        let _ = tbody.append_child(&tr);
    }
    let _ = table.append_child(&tbody);
    table
}
