//! A plotters `DrawingBackend` over a canvas 2D context, in place of
//! plotters-canvas: only what `render` draws, colours as `#rrggbb[aa]` and font
//! sizes as hand-written decimals, so no float formatting enters the wasm for it.

use std::fmt;

use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::render::css::{css_color, css_font};

/// Draws on one canvas; cheap to keep per chart (two JS references).
pub struct Canvas {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    /// The styles last set, so repeating one costs no call (a font string is
    /// parsed by the browser on every set). Resizing the canvas resets the
    /// context's state: make a new `Canvas` after that.
    fill: String,
    stroke: String,
    /// Line width: the context starts at 1.
    width: u32,
    font: String,
}

/// Never built: the context calls made here only throw for non-finite or
/// negative arguments, which integer coordinates and radii cannot be.
#[derive(Debug)]
pub enum CanvasError {}

impl fmt::Display for CanvasError {
    fn fmt(&self, _: &mut fmt::Formatter) -> fmt::Result {
        match *self {}
    }
}

impl std::error::Error for CanvasError {}

type Res = Result<(), DrawingErrorKind<CanvasError>>;

impl Canvas {
    /// None when the browser gives no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Canvas> {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.unchecked_into();
        // Round joins: a line's sharp peak ends at its point, not in a mitre
        // spike past the gridline above it.
        ctx.set_line_join("round");
        Some(Canvas { canvas: canvas.clone(), ctx, fill: String::new(), stroke: String::new(), width: 1, font: String::new() })
    }

    pub fn context(&self) -> &CanvasRenderingContext2d {
        &self.ctx
    }

    pub fn clear_rect(&self, x: f64, y: f64, w: f64, h: f64) {
        self.ctx.clear_rect(x, y, w, h);
    }

    fn fill_color(&mut self, c: BackendColor) {
        let css = css_color(c);
        if css != self.fill {
            self.ctx.set_fill_style_str(&css);
            self.fill = css;
        }
    }

    fn line_style(&mut self, style: &impl BackendStyle) {
        let css = css_color(style.color());
        if css != self.stroke {
            self.ctx.set_stroke_style_str(&css);
            self.stroke = css;
        }
        let w = style.stroke_width();
        if w != self.width {
            self.ctx.set_line_width(f64::from(w));
            self.width = w;
        }
    }

    /// Starts a path through `points`; false when there are none.
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        self.ctx.begin_path();
        let mut any = false;
        for (x, y) in points {
            let (x, y) = (f64::from(x), f64::from(y));
            if any {
                self.ctx.line_to(x, y);
            } else {
                self.ctx.move_to(x, y);
                any = true;
            }
        }
        any
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Res {
        Ok(())
    }

    fn present(&mut self) -> Res {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Res {
        if color.alpha > 0.0 {
            self.fill_color(color);
            self.ctx.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Res {
        if style.color().alpha > 0.0 {
            // A one-pixel line on a pixel boundary would blur across two: off by half.
            let h = |a: i32, b: i32| if a == b { -0.5 } else { 0.0 };
            let (dx, dy) = (h(from.0, to.0), h(from.1, to.1));
            self.line_style(style);
            self.ctx.begin_path();
            self.ctx.move_to(f64::from(from.0) + dx, f64::from(from.1) + dy);
            self.ctx.line_to(f64::from(to.0) + dx, f64::from(to.1) + dy);
            self.ctx.stroke();
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, style: &S, fill: bool) -> Res {
        if style.color().alpha > 0.0 {
            let (x, y) = (f64::from(a.0), f64::from(a.1));
            let (w, h) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
            if fill {
                self.fill_color(style.color());
                self.ctx.fill_rect(x, y, w, h);
            } else {
                self.line_style(style);
                self.ctx.stroke_rect(x, y, w, h);
            }
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Res {
        if style.color().alpha > 0.0 && self.trace(path) {
            self.line_style(style);
            self.ctx.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Res {
        if style.color().alpha > 0.0 && self.trace(path) {
            self.ctx.close_path();
            self.fill_color(style.color());
            self.ctx.fill();
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, radius: u32, style: &S, fill: bool) -> Res {
        if style.color().alpha > 0.0 {
            self.ctx.begin_path();
            let _ = self.ctx.arc(f64::from(c.0), f64::from(c.1), f64::from(radius), 0.0, std::f64::consts::TAU);
            if fill {
                self.fill_color(style.color());
                self.ctx.fill();
            } else {
                self.line_style(style);
                self.ctx.stroke();
            }
        }
        Ok(())
    }

    /// Texts are anchored at their top (the only anchor `render` uses), never rotated.
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> Res {
        let color = style.color();
        if color.alpha > 0.0 {
            self.ctx.set_text_baseline("top");
            self.ctx.set_text_align(match style.anchor().h_pos {
                HPos::Left => "start",
                HPos::Center => "center",
                HPos::Right => "end",
            });
            self.fill_color(color);
            let bold = matches!(style.style(), FontStyle::Bold);
            let font = css_font(bold, style.size(), style.family().as_str());
            if font != self.font {
                self.ctx.set_font(&font);
                self.font = font;
            }
            let _ = self.ctx.fill_text(text, f64::from(x), f64::from(y));
        }
        Ok(())
    }
}
