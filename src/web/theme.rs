//! The theme of one element: its `theme` attribute, else the reader's
//! `prefers-color-scheme`, with the host page's `--newsplot-*` properties on top.

use web_sys::HtmlElement;

use crate::theme::Theme;

pub const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

pub fn is_dark(attr: Option<&str>, host: &HtmlElement) -> bool {
    match attr {
        Some("dark") => true,
        Some("light") => false,
        _ => {
            web_sys::window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten()).is_some_and(|m| m.matches())
                && page_has_dark(host)
        }
    }
}

/// Whether the page itself turns dark for a reader who prefers it: it says so
/// with `color-scheme` (CSS, inherited by the element, or the `<meta>` tag).
/// A page that does not stays white, and light text on it would be unreadable.
fn page_has_dark(host: &HtmlElement) -> bool {
    let css = web_sys::window()
        .and_then(|w| w.get_computed_style(host).ok().flatten())
        .and_then(|s| s.get_property_value("color-scheme").ok())
        .is_some_and(|v| says_dark(&v));
    css || web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=\"color-scheme\"]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .is_some_and(|c| says_dark(&c))
}

/// Whether a `color-scheme` value lists `dark` (a word test: `str::contains`
/// would bring the wasm a substring searcher for this one use).
fn says_dark(v: &str) -> bool {
    v.split_ascii_whitespace().any(|w| w == "dark")
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
