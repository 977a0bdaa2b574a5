//! Text widths from the browser's own font engine: canvas `measureText`, on one
//! detached canvas shared by every widget (no DOM layout involved).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

use crate::layout::{Font, TextMeasure, Weight};
use crate::render::css::css_font;
use crate::render::FONT_FAMILY;

pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    font: RefCell<String>,
    /// The font stack measured in: the widget's, or the page's house font.
    family: RefCell<String>,
}

impl CanvasMeasure {
    pub fn new() -> Option<CanvasMeasure> {
        let canvas = web_sys::window()?.document()?.create_element("canvas").ok()?;
        let canvas: web_sys::HtmlCanvasElement = canvas.dyn_into().ok()?;
        let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(CanvasMeasure { ctx, font: RefCell::new(String::new()), family: RefCell::new(FONT_FAMILY.to_string()) })
    }

    /// Measures in `family` (None: the widget's own stack) from now on.
    pub fn set_family(&self, family: Option<&str>) {
        let family = family.unwrap_or(FONT_FAMILY);
        if *self.family.borrow() != family {
            *self.family.borrow_mut() = family.to_string();
        }
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let css = css_font(font.weight == Weight::Bold, font.size, &self.family.borrow());
        let mut current = self.font.borrow_mut();
        if *current != css {
            self.ctx.set_font(&css);
            *current = css;
        }
        self.ctx.measure_text(text).map(|m| m.width()).unwrap_or(text.chars().count() as f64 * font.size * 0.55)
    }
}
