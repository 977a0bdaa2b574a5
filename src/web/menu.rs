//! The reader's download menu in a chart's corner, after the WAI-ARIA menu
//! button pattern: a button (`aria-haspopup="menu"`, `aria-expanded`) opening
//! a menu of two items, PNG and CSV. Enter, Space or ArrowDown open it on the
//! first item (ArrowUp on the last), arrows, Home and End move, Escape closes
//! it and returns focus to the button, Tab closes it and moves on from the
//! button; a press anywhere else closes it. It never takes keys from the
//! chart: its listeners are on its own elements, and the chart's arrows only
//! act on the focused canvas.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use super::dom::{append, document, el, set_attr, text_el};
use super::listen::Listener;
use crate::format::words::Download;

/// What the reader picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Csv,
}

impl Format {
    /// The name in `newsplot:download`'s detail and the file's extension.
    pub fn code(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Csv => "csv",
        }
    }
}

#[derive(Clone)]
pub struct Menu {
    /// `div.menu`: the button and the list.
    pub root: HtmlElement,
    button: HtmlElement,
    list: HtmlElement,
    /// PNG, CSV: in the order of [`FORMATS`].
    items: [HtmlElement; 2],
}

const FORMATS: [Format; 2] = [Format::Png, Format::Csv];

/// A download arrow over a tray, drawn in the text colour. Made as elements,
/// not parsed markup, so pages enforcing Trusted Types show it too.
fn icon() -> Option<web_sys::Element> {
    const SVG: &str = "http://www.w3.org/2000/svg";
    let doc = document();
    let svg = doc.create_element_ns(Some(SVG), "svg").ok()?;
    for (k, v) in [("viewBox", "0 0 20 20"), ("width", "18"), ("height", "18"), ("aria-hidden", "true"), ("focusable", "false")] {
        set_attr(&svg, k, v);
    }
    let path = doc.create_element_ns(Some(SVG), "path").ok()?;
    let d = "M10 3v9m-4-4 4 4 4-4M4 14v2.5h12V14";
    for (k, v) in [("d", d), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.8"), ("stroke-linecap", "round"), ("stroke-linejoin", "round")] {
        set_attr(&path, k, v);
    }
    svg.append_child(&path).ok()?;
    Some(svg)
}

/// The menu of a chart titled `title` (its button is named after it: a page
/// of charts would list many buttons called just «Скачать»).
pub fn build(w: &Download, title: Option<&str>) -> Menu {
    let root = el("div", "menu");
    let button = el("button", "");
    set_attr(&button, "type", "button");
    set_attr(&button, "aria-haspopup", "menu");
    set_attr(&button, "aria-expanded", "false");
    // Its title is its name too: an aria-label as well was read twice.
    let name = title.map(str::trim).filter(|t| !t.is_empty()).map(|t| crate::format::cat(&[w.menu, ": ", t]));
    button.set_title(name.as_deref().unwrap_or(w.menu));
    if let Some(svg) = icon() {
        append(&button, &svg);
    }
    let list = el("div", "");
    set_attr(&list, "role", "menu");
    set_attr(&list, "aria-label", w.menu);
    list.set_hidden(true);
    let items = [w.png, w.csv].map(|name| {
        let item = text_el("button", "", name);
        set_attr(&item, "type", "button");
        set_attr(&item, "role", "menuitem");
        set_attr(&item, "tabindex", "-1");
        append(&list, &item);
        item
    });
    append(&root, &button);
    append(&root, &list);
    Menu { root, button, list, items }
}

impl Menu {
    fn is_open(&self) -> bool {
        !self.list.hidden()
    }

    /// Opens the list with item `at` focused.
    fn open(&self, at: usize) {
        self.list.set_hidden(false);
        // A bare chart's list opens upward, unless that is above the page's
        // top, where no scrolling reaches it: then downward.
        let _ = self.root.remove_attribute("data-down");
        let scroll = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
        if self.list.get_bounding_client_rect().top() + scroll < 0.0 {
            set_attr(&self.root, "data-down", "");
        }
        // A list opening under the window's bottom edge (a button low on a
        // phone's screen) is scrolled up into view whole: focus alone shows
        // its first item, and a swipe to see the rest would close it.
        let view_h = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(f64::INFINITY);
        if self.list.get_bounding_client_rect().bottom() > view_h {
            self.list.scroll_into_view_with_bool(false);
        }
        set_attr(&self.button, "aria-expanded", "true");
        self.focus(at);
    }

    /// Closes the list; `refocus`: focus goes back to the button (Escape, a pick).
    fn close(&self, refocus: bool) {
        if self.is_open() {
            self.list.set_hidden(true);
            set_attr(&self.button, "aria-expanded", "false");
        }
        if refocus {
            let _ = self.button.focus();
        }
    }

    fn focus(&self, at: usize) {
        if let Some(item) = self.items.get(at) {
            let _ = item.focus();
        }
    }
}

/// The events the menu listens to, delegated on its root, and pointer presses
/// anywhere on the page. One closure type for all keeps the wasm small.
const EVENTS: [&str; 5] = ["pointerover", "click", "keydown", "focusout", "pointerdown"];

/// The menu's listeners; `pick` runs after the menu has closed.
pub fn listen(m: &Menu, pick: impl Fn(Format) + Clone + 'static) -> Vec<Listener> {
    let page = document();
    EVENTS
        .into_iter()
        .map(|kind| {
            let (menu, pick) = (m.clone(), pick.clone());
            let target: &web_sys::EventTarget = if kind == "pointerdown" { &page } else { &m.root };
            Listener::new(target, kind, move |e| menu.handle(&e, &pick))
        })
        .collect()
}

impl Menu {
    /// Which of `self`'s parts an event happened in: None the button, Some(n) item n.
    fn part(&self, e: &web_sys::Event) -> Option<Option<usize>> {
        let node = e.target()?.dyn_into::<web_sys::Node>().ok()?;
        if self.button.contains(Some(&node)) {
            return Some(None);
        }
        self.items.iter().position(|i| i.contains(Some(&node))).map(Some)
    }

    fn handle(&self, e: &web_sys::Event, pick: &dyn Fn(Format)) {
        match e.type_().as_str() {
            // A press in the menu moves no focus (Safari would blur the item and
            // close the menu before its click; the clicks set focus). A press
            // elsewhere closes it: a tap on iOS moves no focus, so focusout
            // alone would leave it open.
            "pointerdown" if e.composed_path().includes(&self.root, 0) => e.prevent_default(),
            "pointerdown" => self.close(false),
            // The pointer moves focus along, so one item is highlighted, not two.
            "pointerover" => {
                if let Some(Some(at)) = self.part(e) {
                    self.focus(at);
                }
            }
            "click" => match self.part(e) {
                Some(None) if self.is_open() => self.close(true),
                Some(None) => self.open(0),
                Some(Some(at)) => {
                    self.close(true);
                    pick(FORMATS[at]);
                }
                None => {}
            },
            "keydown" => self.key(e),
            // Focus leaving the menu (Tab, a click anywhere else) closes it.
            "focusout" => {
                let inside = e
                    .dyn_ref::<web_sys::FocusEvent>()
                    .and_then(|f| f.related_target())
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|n| self.root.contains(Some(&n)));
                if !inside {
                    self.close(false);
                }
            }
            _ => {}
        }
    }

    fn key(&self, e: &web_sys::Event) {
        let Some(k) = e.dyn_ref::<KeyboardEvent>().filter(|k| !(k.alt_key() || k.ctrl_key() || k.meta_key())) else { return };
        let (n, key) = (self.items.len(), k.key());
        let next = match (self.part(e), key.as_str()) {
            // On the button: the arrows open the menu too (Enter and Space click it).
            (Some(None), "ArrowDown") => return self.prevent(e, |m| m.open(0)),
            (Some(None), "ArrowUp") => return self.prevent(e, |m| m.open(n - 1)),
            (Some(Some(cur)), "ArrowDown") => (cur + 1) % n,
            (Some(Some(cur)), "ArrowUp") => (cur + n - 1) % n,
            (Some(Some(_)), "Home") => 0,
            (Some(Some(_)), "End") => n - 1,
            (Some(Some(_)), "Escape") => {
                // The page's own Escape handlers (a lightbox) are not for us.
                e.stop_propagation();
                return self.prevent(e, |m| m.close(true));
            }
            // Focus moves on by itself from the button, after it or before
            // (from an item being hidden it went back to the chart's start);
            // the menu is not left open behind it.
            (Some(Some(_)), "Tab") => return self.close(true),
            _ => return,
        };
        self.prevent(e, |m| m.focus(next));
    }

    fn prevent(&self, e: &web_sys::Event, f: impl FnOnce(&Menu)) {
        e.prevent_default();
        f(self);
    }
}
