//! The tooltip element: its lines (text nodes only) and where it goes.

use web_sys::HtmlElement;

use super::dom::{el, text_el};
use crate::interact::Tooltip;
use crate::layout::Rect;

/// Fills the tooltip. Hidden separators make its text read as one sentence
/// (`Label: figure, parts`) for assistive technology and for copying.
pub fn fill(tooltip: &HtmlElement, tip: &Tooltip) {
    tooltip.set_inner_html("");
    let add = |e: HtmlElement| {
        let _ = tooltip.append_child(&e);
    };
    add(text_el("div", "label", &tip.label));
    for (i, row) in tip.rows.iter().enumerate() {
        add(text_el("span", "sep", if i == 0 { ": " } else { "; " }));
        let line = el("div", "figure");
        if let Some(name) = &row.series {
            let _ = line.append_child(&text_el("span", "series", &format!("{name}: ")));
        }
        let _ = line.append_child(&text_el("span", "", &row.figure));
        add(line);
    }
    if let Some(p) = &tip.parts {
        add(text_el("span", "sep", ", "));
        add(text_el("div", "parts", p));
    }
    if let Some(n) = &tip.note {
        add(text_el("span", "sep", ". "));
        add(text_el("div", "note", n));
    }
}

/// Shows the tooltip next to `anchor` (stage coordinates) without covering
/// `avoid`: above it if there is room in the window, else below; clamped to the
/// element's width.
/// `beside`: a line chart's guide, which the tooltip stands next to, not over.
pub fn place(host: &HtmlElement, stage: &HtmlElement, tooltip: &HtmlElement, anchor: (f64, f64), avoid: Rect, beside: bool) {
    tooltip.set_hidden(false);
    let host_box = host.get_bounding_client_rect();
    let stage_box = stage.get_bounding_client_rect();
    let (dx, dy) = (stage_box.left() - host_box.left(), stage_box.top() - host_box.top());
    let (w, h) = (f64::from(tooltip.offset_width()), f64::from(tooltip.offset_height()));
    let style = tooltip.style();
    if beside {
        // A line chart's guide: beside it, towards the roomier side, so neither
        // the points on the guide nor the legend above the chart are covered.
        let x = dx + anchor.0;
        let left = if x > host_box.width() / 2.0 { x - w - 14.0 } else { x + 14.0 };
        let top = (dy + avoid.y + avoid.h / 2.0 - h / 2.0).clamp(dy, (dy + stage_box.height() - h).max(dy));
        let _ = style.set_property("left", &format!("{}px", left.clamp(0.0, (host_box.width() - w).max(0.0))));
        let _ = style.set_property("top", &format!("{top}px"));
        return;
    }
    let left = (dx + anchor.0 - w / 2.0).clamp(0.0, (host_box.width() - w).max(0.0));
    let above = dy + avoid.y.min(anchor.1) - h - 8.0;
    let top = if host_box.top() + above >= 0.0 { above } else { dy + avoid.bottom().max(anchor.1) + 8.0 };
    let _ = style.set_property("left", &format!("{left}px"));
    let _ = style.set_property("top", &format!("{top}px"));
}
