//! The visually hidden data table of a chart, for screen readers.

use web_sys::HtmlElement;

use super::dom::el;
use crate::interact::Table;

/// The table inside a visually hidden box: a table ignores `width: 1px` itself,
/// and the box's `contain: strict` keeps its layout from being redone whenever
/// the tooltip changes. Parsed from escaped HTML in one call (`Table::to_html`).
pub fn build(t: &Table) -> HtmlElement {
    let boxed = el("div", "sr table-box");
    boxed.set_inner_html(&t.to_html());
    boxed
}
