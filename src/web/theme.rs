//! The theme of one element: its `theme` attribute, else the background it
//! sits on, else the page's `color-scheme` and the reader's
//! `prefers-color-scheme`, with the host page's `--newsplot-*` properties on top.

use web_sys::HtmlElement;

use crate::theme::Theme;

pub const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

pub fn is_dark(attr: Option<&str>, host: &HtmlElement) -> bool {
    match attr {
        Some("dark") => true,
        Some("light") => false,
        // What the text will sit on decides, where the page paints it (a
        // dark-only special, a site dark by a media query without
        // `color-scheme`); else the page's declared scheme, as the browser
        // would paint it.
        _ => backdrop(host).unwrap_or_else(|| {
            let prefers = web_sys::window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten()).is_some_and(|m| m.matches());
            let (dark, only_dark) = page_scheme(host);
            only_dark || prefers && dark
        }),
    }
}

/// Whether the first background under the element (itself, then its
/// ancestors, out of shadow roots too) that is at least half opaque is dark
/// (a gradient by its first stop; an image cannot be judged and is passed
/// over); None when none is (the browser's canvas shows through).
fn backdrop(host: &HtmlElement) -> Option<bool> {
    let win = web_sys::window()?;
    let mut at: Option<web_sys::Element> = Some(host.clone().into());
    while let Some(el) = at {
        let style = win.get_computed_style(&el).ok().flatten();
        let css = |name: &str| style.as_ref().and_then(|s| s.get_property_value(name).ok());
        // A gradient paints over the colour: its first stop, then the colour.
        let dark = css("background-image").as_deref().and_then(crate::theme::gradient_is_dark);
        if let Some(dark) = dark.or_else(|| css("background-color").as_deref().and_then(crate::theme::backdrop_is_dark)) {
            return Some(dark);
        }
        at = el.parent_element().or_else(|| {
            let root = el.get_root_node();
            wasm_bindgen::JsCast::dyn_ref::<web_sys::ShadowRoot>(&root).map(web_sys::ShadowRoot::host)
        });
    }
    None
}

/// The page's `color-scheme` (CSS, inherited by the element, or the `<meta>`
/// tag): whether it lists dark, and whether dark alone (dark for every reader).
fn page_scheme(host: &HtmlElement) -> (bool, bool) {
    let win = web_sys::window();
    let css = win.as_ref().and_then(|w| w.get_computed_style(host).ok().flatten()).and_then(|s| s.get_property_value("color-scheme").ok());
    let meta = || {
        win.as_ref()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("meta[name=\"color-scheme\"]").ok().flatten())
            .and_then(|m| m.get_attribute("content"))
    };
    let v = css.filter(|v| says(v, "dark") || says(v, "light")).or_else(meta).unwrap_or_default();
    (says(&v, "dark"), says(&v, "dark") && !says(&v, "light"))
}

/// Whether a `color-scheme` value lists `word` (a word test: `str::contains`
/// would bring the wasm a substring searcher for this one use).
fn says(v: &str, word: &str) -> bool {
    v.split_ascii_whitespace().any(|w| w == word)
}

pub fn resolve(host: &HtmlElement, dark: bool) -> Theme {
    let base = if dark { Theme::dark() } else { Theme::light() };
    let style = web_sys::window().and_then(|w| w.get_computed_style(host).ok().flatten());
    match style {
        Some(style) => base.with_overrides(|name| {
            let v = style.get_property_value(&crate::format::cat(&["--newsplot-", name])).ok()?;
            let v = v.trim();
            (!v.is_empty()).then(|| v.to_string())
        }),
        None => base,
    }
}
