//! `render`: a scene's shapes through any plotters `DrawingBackend`: the canvas
//! backend in the browser, the SVG backend natively. `scale` maps CSS pixels to
//! device pixels (devicePixelRatio), which the canvas backend leaves to us.

pub mod css;
pub(crate) mod style;

use plotters_backend::{BackendCoord, DrawingBackend, DrawingErrorKind};

use crate::layout::{Rect, Shape};
use crate::theme::Theme;
use style::{Fill, Text};

/// The font stack of every text: the system UI face of each platform.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/// How CSS pixels become the backend's units.
#[derive(Debug, Clone, Copy)]
pub struct Device {
    /// Device pixels per CSS pixel (devicePixelRatio in the browser).
    pub scale: f64,
    /// Font size correction: plotters' SVG backend writes `size / 1.24`.
    pub font_scale: f64,
}

impl Device {
    pub fn canvas(scale: f64) -> Device {
        Device { scale, font_scale: 1.0 }
    }
}

pub fn draw<DB: DrawingBackend>(
    db: &mut DB,
    shapes: &[Shape],
    theme: &Theme,
    device: Device,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    draw_in(db, shapes, theme, device, theme.font.as_deref().unwrap_or(FONT_FAMILY))
}

/// `draw` with texts in another font stack: native output names the face its
/// layout was measured with (`font::FAMILY`).
pub fn draw_in<DB: DrawingBackend>(
    db: &mut DB,
    shapes: &[Shape],
    theme: &Theme,
    device: Device,
    family: &str,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let scale = device.scale;
    let p = |x: f64, y: f64| -> BackendCoord { ((x * scale).round() as i32, (y * scale).round() as i32) };
    for shape in shapes {
        match shape {
            Shape::Rect { rect, ink } => {
                if rect.w > 0.0 && rect.h > 0.0 {
                    let (a, b) = corners(rect, scale);
                    db.draw_rect(a, b, &Fill::new(theme.color(*ink), 1.0), true)?;
                }
            }
            Shape::Frame { rect, ink, width } => {
                // Four filled strips: crisp at any device pixel ratio.
                let w = width;
                let color = theme.color(*ink);
                for r in [
                    Rect::new(rect.x, rect.y, rect.w, *w),
                    Rect::new(rect.x, rect.bottom() - w, rect.w, *w),
                    Rect::new(rect.x, rect.y, *w, rect.h),
                    Rect::new(rect.right() - w, rect.y, *w, rect.h),
                ] {
                    let (a, b) = corners(&r, scale);
                    db.draw_rect(a, b, &Fill::new(color, 1.0), true)?;
                }
            }
            Shape::Line { from, to, ink, width } => {
                let color = theme.color(*ink);
                if from.0 == to.0 || from.1 == to.1 {
                    // Axis-aligned lines as filled rectangles, snapped to device pixels.
                    let r = Rect::new(
                        from.0.min(to.0),
                        from.1.min(to.1),
                        (to.0 - from.0).abs().max(*width),
                        (to.1 - from.1).abs().max(*width),
                    );
                    let (a, b) = corners(&r, scale);
                    db.draw_rect(a, b, &Fill::new(color, 1.0), true)?;
                } else {
                    db.draw_line(p(from.0, from.1), p(to.0, to.1), &Fill::new(color, width * scale))?;
                }
            }
            Shape::Path { points, ink, width } => {
                let style = Fill::new(theme.color(*ink), width * scale);
                db.draw_path(points.iter().map(|(x, y)| p(*x, *y)), &style)?;
            }
            Shape::Polygon { points, ink } => {
                db.fill_polygon(points.iter().map(|(x, y)| p(*x, *y)), &Fill::new(theme.color(*ink), 1.0))?;
            }
            Shape::Circle { center, radius, ink, width } => {
                let style = Fill::new(theme.color(*ink), width * scale);
                let r = (radius * scale).round().max(1.0) as u32;
                db.draw_circle(p(center.0, center.1), r, &style, *width <= 0.0)?;
            }
            Shape::Text { x, y, text, font, ink, align } => {
                let style = Text::new(theme.color(*ink), *font, *align, scale * device.font_scale, family);
                db.draw_text(text, &style, p(*x, *y))?;
            }
        }
    }
    Ok(())
}

/// Device-pixel corners of a rectangle, at least one device pixel wide and high.
fn corners(r: &Rect, scale: f64) -> (BackendCoord, BackendCoord) {
    let x0 = (r.x * scale).round() as i32;
    let y0 = (r.y * scale).round() as i32;
    let x1 = ((r.right() * scale).round() as i32).max(x0 + 1);
    let y1 = ((r.bottom() * scale).round() as i32).max(y0 + 1);
    (( x0, y0), (x1, y1))
}

#[cfg(not(target_arch = "wasm32"))]
pub mod svg;
#[cfg(not(target_arch = "wasm32"))]
pub mod font;
#[cfg(not(target_arch = "wasm32"))]
pub mod png;

#[cfg(test)]
mod tests {
    /// The entry warms the canvas's fonts while the wasm downloads
    /// (`warmFonts` in js/newsplot.js): in the family the charts draw in.
    #[test]
    fn the_entry_warms_the_family_the_charts_use() {
        let entry = include_str!("../../js/newsplot.js");
        let warm = &entry[entry.find("function warmFonts").expect("warmFonts in the entry")..];
        assert!(warm[..warm.find("\n}\n").unwrap()].contains(super::FONT_FAMILY), "warmFonts must use render::FONT_FAMILY");
    }
}
