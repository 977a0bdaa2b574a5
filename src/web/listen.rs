//! Event listeners that remove themselves when dropped, so a removed widget
//! leaves nothing behind (no `Closure::forget`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::EventTarget;

pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    /// What was added: the closure itself, or the JS wrapper around it.
    added: js_sys::Function,
    _closure: Box<dyn std::any::Any>,
}

impl Listener {
    pub fn new(target: &EventTarget, kind: &'static str, f: impl FnMut(web_sys::Event) + 'static) -> Listener {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        let added: js_sys::Function = closure.as_ref().clone().unchecked_into();
        Self::add(target, kind, added, Box::new(closure))
    }

    /// A listener in the capture phase: on the document, it hears every
    /// element's `scroll`, which does not bubble.
    pub fn capture(target: &EventTarget, kind: &'static str, f: impl FnMut(web_sys::Event) + 'static) -> Listener {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        let added: js_sys::Function = closure.as_ref().clone().unchecked_into();
        let _ = target.add_event_listener_with_callback_and_bool(kind, &added, true);
        Listener { target: target.clone(), kind, capture: true, added, _closure: Box::new(closure) }
    }

    /// A `pointermove` on `target` as its offset (x, y) and whether a finger's
    /// sideways drag: `wrap` (js/newsplot.js) reads the event in JS, so a move
    /// crosses into wasm once, with plain values (not an event object with an
    /// `instanceof` check and a `pointerType` string).
    pub fn mouse_moves(target: &EventTarget, wrap: &js_sys::Function, f: impl FnMut(f64, f64, bool) + 'static) -> Option<Listener> {
        let closure = Closure::<dyn FnMut(f64, f64, bool)>::new(f);
        let added = wrap.call1(&wasm_bindgen::JsValue::NULL, closure.as_ref()).ok()?.dyn_into().ok()?;
        Some(Self::add(target, "pointermove", added, Box::new(closure)))
    }

    fn add(target: &EventTarget, kind: &'static str, added: js_sys::Function, closure: Box<dyn std::any::Any>) -> Listener {
        // Adding a listener to a live element cannot fail.
        let _ = target.add_event_listener_with_callback(kind, &added);
        Listener { target: target.clone(), kind, capture: false, added, _closure: closure }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(self.kind, &self.added, self.capture);
    }
}
