//! The `Widget` the JS entry creates for each `<news-plot>`: it builds the
//! shadow root and owns every listener and observer, so freeing it (on
//! disconnect) removes them all.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};

use super::dom::{append, document, el, set_attr};
use super::events::{dispatch, Emit, Sender};
use super::listen::Listener;
use super::view::Inner;
use crate::format::cat;
use crate::model::Model;
use crate::spec;

thread_local! {
    static SHEET: Option<web_sys::CssStyleSheet> = stylesheet();
}

/// One stylesheet object adopted by every widget's shadow root: allowed under a
/// strict CSP (`style-src 'self'`), unlike `<style>` elements or `style` attributes.
fn stylesheet() -> Option<web_sys::CssStyleSheet> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    // Minified by build.rs from src/web/style.css.
    sheet.replace_sync(include_str!(concat!(env!("OUT_DIR"), "/style.css"))).ok()?;
    Some(sheet)
}

#[wasm_bindgen]
pub struct Widget {
    inner: Rc<RefCell<Inner>>,
    /// Listeners of the current document's charts: replaced on every `show`.
    listeners: Vec<Listener>,
    /// `mouseMoves` of js/newsplot.js: wraps a (x, y) callback as a pointermove listener.
    moves: js_sys::Function,
    /// The misspelt fields last named in the console, and in which language:
    /// a redraw of the same document (a theme or size change) does not name
    /// them again; another `locale` does.
    warned: (Option<crate::format::Lang>, Vec<spec::Slip>),
    /// Listeners for the element's whole life.
    _lasting: Vec<Listener>,
    _resize: Resize,
}

struct Resize {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Resize {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Runs `f` on a widget that may already be gone, never re-entrantly, then sends
/// the events it produced once the state is released.
fn with(weak: &Weak<RefCell<Inner>>, f: impl FnOnce(&mut Inner) -> Vec<Emit>) {
    let Some(rc) = weak.upgrade() else { return };
    let (host, sender, emits) = match rc.try_borrow_mut() {
        Ok(mut inner) => {
            let emits = f(&mut inner);
            if emits.is_empty() {
                return;
            }
            (inner.host.clone(), inner.sender.clone(), emits)
        }
        Err(_) => return,
    };
    for e in emits {
        dispatch(&sender, &host, e);
    }
}

fn pointer(e: &web_sys::Event) -> Option<&web_sys::PointerEvent> {
    e.dyn_ref::<web_sys::PointerEvent>()
}

#[wasm_bindgen]
impl Widget {
    /// Builds the shadow root of `host` (reusing it when the element comes
    /// back); `sender` dispatches the widget's events on it (js/newsplot.js).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, sender: Sender, moves: js_sys::Function) -> Result<Widget, JsValue> {
        let root: ShadowRoot = match host.shadow_root() {
            Some(r) => r,
            None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
        };
        // Not `innerHTML = ""`: pages enforcing Trusted Types refuse it.
        root.replace_children_with_node_0();
        SHEET.with(|s| {
            if let Some(sheet) = s {
                root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
            }
        });
        // The editor's fallback (a summary, an image) shows until the charts are ready.
        let slot = el("slot", "fallback");
        let content = el("div", "content");
        let tooltip = el("div", "");
        tooltip.set_attribute("role", "tooltip")?;
        tooltip.set_hidden(true);
        let live = el("div", "sr");
        live.set_attribute("aria-live", "polite")?;
        live.set_attribute("aria-atomic", "true")?;
        for e in [&slot, &content, &tooltip, &live] {
            root.append_child(e)?;
        }

        let inner = Rc::new(RefCell::new(Inner { host: host.clone(), sender, content: content.clone(), tooltip: tooltip.clone(), live, view: None }));
        let weak = Rc::downgrade(&inner);
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| {
            with(&weak, |inner| {
                inner.resized();
                Vec::new()
            });
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())?;
        observer.observe(&content);

        let mut lasting = Vec::new();
        // Leaving the tooltip (it is hoverable, WCAG 1.4.13) for anything but the chart hides it.
        let w = Rc::downgrade(&inner);
        lasting.push(Listener::new(&tooltip, "pointerleave", move |e| {
            let to_chart = pointer(&e)
                .and_then(|p| p.related_target())
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.class_name() == "overlay");
            if !to_chart {
                with(&w, |inner| {
                    inner.dismiss();
                    Vec::new()
                });
            }
        }));
        // So does a tap or click in the element off its charts' plots (a title,
        // the gap between a whole document's charts), as one outside it does.
        let w = Rc::downgrade(&inner);
        lasting.push(Listener::new(&content, "pointerdown", move |e| {
            if !e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t.class_name() == "overlay") {
                with(&w, |inner| {
                    inner.dismiss();
                    Vec::new()
                });
            }
        }));
        // A tap or click outside the element dismisses; so does Escape anywhere.
        let doc = document();
        let (w, h) = (Rc::downgrade(&inner), host.clone());
        lasting.push(Listener::new(&doc, "pointerdown", move |e| {
            if !e.composed_path().includes(&h, 0) {
                with(&w, |inner| {
                    inner.dismiss();
                    Vec::new()
                });
            }
        }));
        // A very tall chart's window follows the scrolling of the page or of
        // any box around it.
        let w = Rc::downgrade(&inner);
        lasting.push(Listener::capture(&doc, "scroll", move |_| {
            with(&w, |inner| {
                inner.scrolled();
                Vec::new()
            });
        }));
        let w = Rc::downgrade(&inner);
        lasting.push(Listener::new(&doc, "keydown", move |e| {
            if e.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
                with(&w, |inner| {
                    inner.dismiss();
                    Vec::new()
                });
            }
        }));
        // Following the reader's light/dark setting while the page is open.
        if let Some(mq) = web_sys::window().and_then(|win| win.match_media(super::theme::DARK_QUERY).ok().flatten()) {
            let w = Rc::downgrade(&inner);
            lasting.push(Listener::new(&mq, "change", move |_| {
                with(&w, |inner| {
                    inner.recolour(false);
                    Vec::new()
                });
            }));
        }
        Ok(Widget { inner, moves, listeners: Vec::new(), warned: (None, Vec::new()), _lasting: lasting, _resize: Resize { observer, _callback: callback } })
    }

    /// Parses, validates and draws a document. Returns false (and shows the
    /// message in place of the charts) when it is invalid.
    /// `src`: the URL the text came from, named in a syntax error (an empty
    /// or cut-off response reads «не JSON: строка 1…» and the editor must
    /// know which file).
    pub fn show(&mut self, text: js_sys::JsString, chart: Option<String>, locale: Option<String>, theme: Option<String>, src: Option<String>) -> bool {
        self.listeners.clear();
        let text = super::utf8::to_string(&text);
        // The width before the new DOM goes in: reading it after would force a
        // layout of everything built (a line's 250-row table), then another
        // once the canvases are sized.
        let width = f64::from(self.inner.borrow().content.client_width());
        let (doc, slips) = match spec::parse_noting(&text) {
            Ok(d) => d,
            Err(e) => {
                // In the element's language, else the document's, else the page's
                // (text that is not a JSON object has no locale to read), else the format's default.
                let tag = locale.or_else(|| spec::declared_locale(&text)).or_else(|| self.page_lang()).unwrap_or_else(|| spec::DEFAULT_LOCALE.to_string());
                let lang = crate::format::Lang::from_tag(&tag).0;
                let mut message = e.message(lang);
                // Syntax and the document's own shape (`null`, an array) are the file's problems: named by its URL.
                if let (Some(url), true) = (src, matches!(e.problem, spec::Problem::Syntax { .. }) || e.path.is_empty()) {
                    message = cat(&["src: ", &url, ": ", &message]);
                }
                self.fail_in(&message, Some(lang));
                return false;
            }
        };
        let tag = locale.as_deref().unwrap_or(&doc.locale);
        let (lang, fell_back) = crate::format::Lang::from_tag(tag);
        if fell_back {
            web_sys::console::warn_1(&JsValue::from_str(&cat(&["newsplot: locale \"", tag, "\" is not supported; using \"", lang.tag(), "\""])));
        }
        // Valid, so drawn; but a misspelt `qualifer` draws «1 251 кг» for «более 1 250 кг».
        if (Some(lang), &slips) != (self.warned.0, &self.warned.1) {
            for slip in &slips {
                web_sys::console::warn_1(&JsValue::from_str(&(String::from("newsplot: ") + &slip.message(lang))));
            }
            self.warned = (Some(lang), slips);
        }
        if let Some(t) = theme.as_deref().filter(|t| !matches!(*t, "light" | "dark")) {
            web_sys::console::warn_1(&JsValue::from_str(&cat(&["newsplot: theme \"", t, "\" is neither \"light\" nor \"dark\"; ignored"])));
        }
        // The text and then the document go as soon as they are used: wasm
        // memory never shrinks, so what is alive together sets its size for
        // the page's life (a 55,550-date line: the text is 3.6 MB, the
        // document about 9 MB, which the model and layout then reuse).
        drop(text);
        let model = Model::new(&doc, locale.as_deref());
        let source = { doc }.source;
        let selected = match model.select(chart.as_deref()) {
            Ok(s) => s,
            Err(msg) => {
                self.fail_in(&msg, Some(lang));
                return false;
            }
        };
        let built = self.inner.borrow_mut().build(model, source, &selected, chart.is_none(), theme);
        if let Err(e) = built {
            // The exception's message, not `{e:?}`: Debug on a JsValue pulls in
            // wasm-bindgen's debug-string glue (the release build has no Debug).
            let detail = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_default();
            self.fail_in(&cat(&["internal error: ", &detail]), Some(crate::format::Lang::En));
            return false;
        }
        self.listen();
        let drawn = self.inner.borrow_mut().draw_all(Some(width));
        if let Err(msg) = drawn {
            self.fail_in(&msg, Some(lang));
            return false;
        }
        set_attr(&self.inner.borrow().host, "state", "ready");
        true
    }

    /// Reads the theme and the page's `--newsplot-*` properties again and
    /// redraws: a house font (`--newsplot-font`) that finished loading after
    /// the first draw, which measured and drew in a fallback.
    pub fn restyle(&mut self) {
        self.inner.borrow_mut().recolour(true);
    }

    /// The page's own attributes changed (a site's dark mode switched by a
    /// class on `<html>` or `<body>`): follows the background and
    /// `--newsplot-*` properties it now gives, redrawing only if they differ.
    pub fn follow_page(&mut self) {
        self.inner.borrow_mut().recolour(false);
    }

    /// A document that could not be loaded (the JS loader's `kind`), worded in
    /// the language of `locale` (the element's attribute or the page's `lang`).
    pub fn fail_load(&mut self, kind: &str, url: &str, detail: &str, locale: Option<String>) {
        let (lang, _) = crate::format::Lang::from_tag(locale.or_else(|| self.page_lang()).as_deref().unwrap_or(spec::DEFAULT_LOCALE));
        self.fail_in(&crate::format::words::load_error(lang, kind, url, detail), Some(lang));
    }

    /// Shows `message` in place of the charts, logs it, and sets `state="error"`.
    pub fn fail(&mut self, message: &str) {
        self.fail_in(message, None);
    }
}

impl Widget {
    /// `fail`, with the message's language when known: a screen reader reads
    /// it in that voice (the page's may be another).
    fn fail_in(&mut self, message: &str, lang: Option<crate::format::Lang>) {
        self.listeners.clear();
        let mut inner = self.inner.borrow_mut();
        inner.view = None;
        inner.tooltip.set_hidden(true);
        super::dom::clear(&inner.content);
        // The message's language, not the last chart's.
        let _ = match lang {
            Some(l) => inner.content.set_attribute("lang", l.tag()),
            None => inner.content.remove_attribute("lang"),
        };
        // Readable on the page's background, as the charts would have been.
        inner.judge_theme(inner.host.get_attribute("theme").as_deref());
        let alert = super::dom::text_el("div", "", message);
        set_attr(&alert, "role", "alert");
        append(&inner.content, &alert);
        // The element too: on a page of several, the console shows which.
        web_sys::console::error_2(&JsValue::from_str(&cat(&["newsplot: ", message])), &inner.host);
        set_attr(&inner.host, "state", "error");
    }

    /// The `lang` of the nearest ancestor that has one (usually `<html lang>`).
    fn page_lang(&self) -> Option<String> {
        let host = self.inner.borrow().host.clone();
        // `lang=""` says the language is unknown: as no attribute.
        host.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang")).filter(|l| !l.is_empty())
    }

    /// Pointer, touch and keyboard listeners on each chart; legend buttons.
    fn listen(&mut self) {
        let targets: Vec<_> = match &self.inner.borrow().view {
            Some(v) => v.charts.iter().map(|c| (c.overlay.clone(), c.plot.clone(), c.legend.clone(), c.menu.clone())).collect(),
            None => return,
        };
        let l = &mut self.listeners;
        for (i, (overlay, plot, legend, menu)) in targets.into_iter().enumerate() {
            let w = Rc::downgrade(&self.inner);
            l.extend(super::menu::listen(&menu, move |format| with(&w, |inner| inner.download(i, format))));
            let w = Rc::downgrade(&self.inner);
            l.extend(Listener::mouse_moves(&overlay, &self.moves, move |x, y, touch| {
                with(&w, |inner| if touch { inner.scrub(i, x, y) } else { inner.pointer_move(i, x, y) });
            }));
            let w = Rc::downgrade(&self.inner);
            l.push(Listener::new(&overlay, "pointerleave", move |e| {
                let Some(p) = pointer(&e).filter(|p| p.pointer_type() != "touch") else { return };
                let into_tooltip = p
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|t| t.get_attribute("role").as_deref() == Some("tooltip") || t.closest("[role=tooltip]").ok().flatten().is_some());
                with(&w, |inner| inner.pointer_leave(i, into_tooltip));
            }));
            // A tap arrives as a click from a touch pointer (a swipe never does, so
            // scrolling the page over a chart shows nothing).
            let w = Rc::downgrade(&self.inner);
            l.push(Listener::new(&overlay, "click", move |e| match pointer(&e) {
                Some(p) if p.pointer_type() == "touch" => {
                    let (x, y) = (f64::from(p.offset_x()), f64::from(p.offset_y()));
                    with(&w, |inner| inner.tap(i, x, y));
                }
                _ => with(&w, |inner| inner.click(i)),
            }));
            let w = Rc::downgrade(&self.inner);
            l.push(Listener::new(&plot, "keydown", move |e| {
                let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if k.alt_key() || k.ctrl_key() || k.meta_key() {
                    return;
                }
                let key = k.key();
                let mut handled = false;
                with(&w, |inner| {
                    let (h, emits) = inner.key(i, &key);
                    handled = h;
                    emits
                });
                if handled {
                    e.prevent_default();
                }
            }));
            let w = Rc::downgrade(&self.inner);
            l.push(Listener::new(&plot, "focus", move |_| with(&w, |inner| inner.focus(i))));
            let w = Rc::downgrade(&self.inner);
            l.push(Listener::new(&plot, "blur", move |_| with(&w, |inner| inner.blur(i))));
            for (s, button) in legend.iter().enumerate() {
                let w = Rc::downgrade(&self.inner);
                l.push(Listener::new(button, "click", move |_| {
                    with(&w, |inner| {
                        inner.toggle_series(i, s);
                        Vec::new()
                    })
                }));
            }
        }
    }
}
