//! The tooltip element: its lines (text nodes only) and where it goes.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Node};

use super::dom::{document, el};
use crate::interact::Tooltip;
use crate::layout::Rect;

/// What the tooltip element holds: its layout (which rows have a series name,
/// whether parts and a note follow) and its text nodes with their text, so the
/// next datum of the same layout (a line's next date) only changes the text
/// that differs, in place, instead of rebuilding the elements.
#[derive(Default)]
pub struct Filled {
    layout: Option<(Vec<bool>, bool, bool)>,
    texts: Vec<(Node, String)>,
}

/// Fills the tooltip. Hidden separators make its text read as one sentence
/// (`Label: figure, parts`) for assistive technology and for copying.
pub fn fill(tooltip: &HtmlElement, tip: &Tooltip, filled: &mut Filled) {
    let layout = (tip.rows.iter().map(|r| r.series.is_some()).collect::<Vec<_>>(), tip.parts.is_some(), tip.note.is_some());
    let mut texts: Vec<String> = vec![tip.label.clone()];
    for row in &tip.rows {
        if let Some(name) = &row.series {
            texts.push(format!("{name}: "));
        }
        texts.push(row.figure.clone());
    }
    texts.extend(tip.parts.iter().cloned());
    texts.extend(tip.note.iter().cloned());
    if filled.layout.as_ref() == Some(&layout) && filled.texts.len() == texts.len() {
        for ((node, old), new) in filled.texts.iter_mut().zip(texts) {
            if *old != new {
                node.set_node_value(Some(&new));
                *old = new;
            }
        }
        return;
    }
    tooltip.set_inner_html("");
    let mut nodes: Vec<(Node, String)> = Vec::with_capacity(texts.len());
    let mut texts = texts.into_iter();
    // An element holding the next text as its own text node, kept for updates.
    let mut holder = |tag: &str, class: &str| {
        let e = el(tag, class);
        let t = texts.next().unwrap_or_default();
        let node: Node = document().create_text_node(&t).unchecked_into();
        let _ = e.append_child(&node);
        nodes.push((node, t));
        e
    };
    let add = |e: &HtmlElement| {
        let _ = tooltip.append_child(e);
    };
    let sep = |text: &str| {
        let e = el("span", "sep");
        e.set_text_content(Some(text));
        e
    };
    add(&holder("div", "label"));
    for (i, row) in tip.rows.iter().enumerate() {
        add(&sep(if i == 0 { ": " } else { "; " }));
        let line = el("div", "figure");
        if row.series.is_some() {
            let _ = line.append_child(&holder("span", "series"));
        }
        let _ = line.append_child(&holder("span", ""));
        add(&line);
    }
    if tip.parts.is_some() {
        add(&sep(", "));
        add(&holder("div", "parts"));
    }
    if tip.note.is_some() {
        add(&sep(". "));
        add(&holder("div", "note"));
    }
    *filled = Filled { layout: Some(layout), texts: nodes };
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
