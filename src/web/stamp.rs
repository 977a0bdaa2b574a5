//! A line's hover dots (filled dot and ring per series), drawn once per chart
//! draw on small canvases and stamped onto the overlay: a pointer move then
//! costs one `drawImage` per series instead of two arcs with their styles.
//! Each stamp is kept as an `ImageBitmap` where the browser has
//! `OffscreenCanvas`: drawing a canvas element snapshots it on every call
//! (600 moves: `drawImage` 30 → 12 ms of self time, measured).

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap, OffscreenCanvas, OffscreenCanvasRenderingContext2d};

use super::canvas::Canvas;
use super::dom::el;
use crate::interact::{highlight, ink_bounds};
use crate::layout::{Hit, Mark, Rect, Region, Shape};
use crate::render::{self, Device};
use crate::theme::Theme;

pub struct Stamps {
    dpr: f64,
    /// Half the stamps' side, in device pixels.
    half: f64,
    by_series: Vec<Stamp>,
}

enum Stamp {
    Bitmap(ImageBitmap),
    Canvas(HtmlCanvasElement),
}

/// An immutable copy of `canvas`, made synchronously (`createImageBitmap` is async).
fn bitmap(canvas: &HtmlCanvasElement, side: u32) -> Option<ImageBitmap> {
    let off = OffscreenCanvas::new(side, side).ok()?;
    let ctx: OffscreenCanvasRenderingContext2d = off.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.draw_image_with_html_canvas_element(canvas, 0.0, 0.0).ok()?;
    off.transfer_to_image_bitmap().ok()
}

/// The dot shapes `highlight` draws for series `s` at (c, c) on a guide.
fn dots(s: usize, c: f64) -> Vec<Shape> {
    let hit = Hit {
        item: 0,
        series: s,
        area: Region::Rect(Rect::new(0.0, 0.0, 0.0, 0.0)),
        mark: Mark::Guide { x: c, top: c, bottom: c, points: 0..1 },
        anchor: (c, c),
        avoid: Rect::new(c, c, 0.0, 0.0),
    };
    // The first shape is the guide line itself.
    highlight(&hit, &[(c, c, s)]).split_off(1)
}

impl Stamps {
    pub fn new(series: usize, theme: &Theme, dpr: f64) -> Stamps {
        // An even number of device pixels, so the centre falls on a pixel
        // corner, where the overlay's rounded centres fall too.
        let side = (ink_bounds(&dots(0, 0.0)).map_or(0.0, |b| b.w) * dpr / 2.0).ceil() * 2.0;
        let by_series = (0..series)
            .map(|s| {
                let canvas: HtmlCanvasElement = el("canvas", "").unchecked_into();
                canvas.set_width(side as u32);
                canvas.set_height(side as u32);
                if let Some(mut pen) = Canvas::new(&canvas) {
                    let _ = render::draw(&mut pen, &dots(s, side / 2.0 / dpr), theme, Device::canvas(dpr));
                }
                // No OffscreenCanvas (Safari before 16.4): the canvas itself.
                bitmap(&canvas, side as u32).map_or(Stamp::Canvas(canvas), Stamp::Bitmap)
            })
            .collect();
        Stamps { dpr, half: side / 2.0, by_series }
    }

    /// Series `s`'s dots centred on (x, y) in CSS px, as `render::draw` would
    /// place them (centre rounded to a device pixel).
    pub fn put(&self, ctx: &CanvasRenderingContext2d, s: usize, x: f64, y: f64) {
        let (x, y) = ((x * self.dpr).round() - self.half, (y * self.dpr).round() - self.half);
        let _ = match self.by_series.get(s) {
            Some(Stamp::Bitmap(b)) => ctx.draw_image_with_image_bitmap(b, x, y),
            Some(Stamp::Canvas(c)) => ctx.draw_image_with_html_canvas_element(c, x, y),
            None => Ok(()),
        };
    }
}
