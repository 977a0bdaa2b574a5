//! The visually hidden data table of a chart, for screen readers.

use web_sys::HtmlElement;

use super::dom::{append, el, set_attr, set_html, text_el};
use crate::interact::Table;

/// The table inside a visually hidden box: a table ignores `width: 1px` itself,
/// and the box's `contain: strict` keeps its layout from being redone whenever
/// the tooltip changes. Parsed from escaped HTML in one call (`Table::to_html`);
/// where the page enforces Trusted Types, built cell by cell instead.
pub fn build(t: &Table) -> HtmlElement {
    let boxed = el("div", "sr table-box");
    if !set_html(&boxed, &t.to_html()) {
        append(&boxed, &cells(t));
    }
    boxed
}

/// The same table as `Table::to_html` writes, through the DOM.
fn cells(t: &Table) -> HtmlElement {
    let table = el("table", "");
    append(&table, &text_el("caption", "", &t.caption));
    let (head, body, tr) = (el("thead", ""), el("tbody", ""), el("tr", ""));
    let cell = |tag: &str, scope: &str, text: &str| {
        let c = text_el(tag, "", text);
        if !scope.is_empty() {
            set_attr(&c, "scope", scope);
        }
        c
    };
    for c in &t.head {
        append(&tr, &cell("th", "col", c));
    }
    append(&head, &tr);
    for row in &t.rows {
        let tr = el("tr", "");
        for (i, c) in row.iter().enumerate() {
            let c = if i == 0 { cell("th", "row", c) } else { cell("td", "", c) };
            append(&tr, &c);
        }
        append(&body, &tr);
    }
    append(&table, &head);
    append(&table, &body);
    table
}
