//! Native SVG output through plotters' SVG backend: snapshots in tests and
//! server-side fallbacks, from the very scene the browser draws.

use plotters::backend::SVGBackend;
use plotters_backend::DrawingBackend;

use crate::layout::Scene;
use crate::theme::Theme;

/// The scene as an SVG document at 1 CSS pixel per unit.
pub fn to_svg(scene: &Scene, theme: &Theme) -> String {
    to_svg_in(scene, theme, super::FONT_FAMILY)
}

/// `to_svg` naming the font stack `family` on every text (the CLI lays out with
/// Roboto's widths and names it first: `font::FAMILY`).
pub fn to_svg_in(scene: &Scene, theme: &Theme, family: &'static str) -> String {
    let mut out = String::new();
    {
        let size = (scene.width.ceil() as u32, scene.height.ceil() as u32);
        let mut backend = SVGBackend::with_string(&mut out, size);
        // A file stands alone: it carries the page colour its palette is made for.
        let c = theme.background;
        let _ = backend.draw_rect((0, 0), (size.0 as i32, size.1 as i32), &super::style::Fill::new(c, 1.0), true);
        // Writing into a String cannot fail.
        let _ = super::draw_in(&mut backend, &scene.shapes, theme, super::Device { scale: 1.0, font_scale: 1.24 }, family);
        let _ = backend.present();
    }
    // Round joins, as the canvas draws them: a line's sharp peak ends at its
    // point, not in a mitre spike past the gridline above.
    out.replace("<polyline ", "<polyline stroke-linejoin=\"round\" ")
}
