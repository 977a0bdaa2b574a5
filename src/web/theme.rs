//! The theme of one element: its `theme` attribute, else the reader's
//! `prefers-color-scheme`, with the host page's `--newsplot-*` properties on top.

use web_sys::HtmlElement;

use crate::theme::Theme;

pub const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

pub fn is_dark(attr: Option<&str>) -> bool {
    match attr {
        Some("dark") => true,
        Some("light") => false,
        _ => web_sys::window()
            .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

pub fn resolve(host: &HtmlElement, dark: bool) -> Theme {
    let base = if dark { Theme::dark() } else { Theme::light() };
    let style = web_sys::window().and_then(|w| w.get_computed_style(host).ok().flatten());
    match style {
        Some(style) => base.with_overrides(|name| {
            let v = style.get_property_value(&format!("--newsplot-{name}")).ok()?;
            let v = v.trim();
            (!v.is_empty()).then(|| v.to_string())
        }),
        None => base,
    }
}
