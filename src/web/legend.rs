//! The legend of a chart with series: real buttons (keyboard and screen-reader
//! reachable for free) that switch a series off and on.

use web_sys::HtmlElement;

use super::dom::{append, el, set_attr, set_style, text_el};
use crate::theme::Theme;

/// One `<button aria-pressed>` per series, with its colour as a swatch.
pub fn build(series: &[String], shown: &[bool], theme: &Theme, label: &str) -> (HtmlElement, Vec<HtmlElement>) {
    let group = el("div", "legend");
    set_attr(&group, "role", "group");
    set_attr(&group, "aria-label", label);
    let buttons = series
        .iter()
        .enumerate()
        .map(|(s, name)| {
            let b = el("button", "key");
            set_attr(&b, "type", "button");
            set_style(&b.style(), "--swatch", theme.series_hex(s));
            append(&b, &el("span", "swatch"));
            append(&b, &text_el("span", "", name));
            append(&group, &b);
            b
        })
        .collect::<Vec<_>>();
    mark(&buttons, shown);
    (group, buttons)
}

/// Each button's state: pressed while its series is shown; the last one shown
/// cannot be switched off (the chart would be empty), so it says so.
pub fn mark(buttons: &[HtmlElement], shown: &[bool]) {
    let on = shown.iter().filter(|v| **v).count();
    for (b, v) in buttons.iter().zip(shown) {
        set_attr(&b, "aria-pressed", if *v { "true" } else { "false" });
        let _ = if *v && on == 1 { b.set_attribute("aria-disabled", "true") } else { b.remove_attribute("aria-disabled") };
    }
}
