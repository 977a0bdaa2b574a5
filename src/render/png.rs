//! Native PNG output: the same scene and the same `render::draw` as the canvas
//! and SVG, through a plotters `DrawingBackend` over a tiny-skia pixmap
//! (anti-aliased shapes) whose text is Roboto's outlines (`font.rs`).

use std::convert::Infallible;

use ab_glyph::{point, Font as _, PxScale};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
};
use tiny_skia::{Color, FillRule, Paint, Path, PathBuilder, Pixmap, PremultipliedColorU8, Rect, Stroke, Transform};

use super::font::{faces, FAMILY};
use super::Device;
use crate::layout::Scene;
use crate::theme::Theme;

/// The largest PNG side drawn, in device pixels: beyond it a typo in `--width`
/// or `--scale` would allocate gigabytes.
pub const MAX_SIDE: u32 = 16_384;

/// The scene as PNG bytes at `scale` device pixels per CSS pixel, on the theme's
/// page colour. Fails only for a drawing too large (or empty) to allocate.
pub fn to_png(scene: &Scene, theme: &Theme, scale: f64) -> Result<Vec<u8>, String> {
    let w = (scene.width * scale).ceil();
    let h = (scene.height * scale).ceil();
    if !(w >= 1.0 && h >= 1.0 && w <= f64::from(MAX_SIDE) && h <= f64::from(MAX_SIDE)) {
        return Err(format!("a {w}×{h} px image is out of range (1 to {MAX_SIDE} px a side)"));
    }
    let mut pixmap = Pixmap::new(w as u32, h as u32).ok_or_else(|| format!("cannot allocate a {w}×{h} px image"))?;
    let bg = theme.background;
    pixmap.fill(Color::from_rgba8(bg.0, bg.1, bg.2, (bg.3.clamp(0.0, 1.0) * 255.0).round() as u8));
    let mut backend = PixmapBackend { pixmap };
    let device = Device { scale, font_scale: 1.0 };
    // Drawing into memory cannot fail: the error type is `Infallible`.
    let _ = super::draw_in(&mut backend, &scene.shapes, theme, device, FAMILY);
    backend.pixmap.encode_png().map_err(|e| format!("PNG encoding: {e}"))
}

pub struct PixmapBackend {
    pub pixmap: Pixmap,
}

type Res = Result<(), DrawingErrorKind<Infallible>>;

fn paint(c: BackendColor) -> Paint<'static> {
    let mut p = Paint::default();
    let a = (c.alpha.clamp(0.0, 1.0) * 255.0).round() as u8;
    p.set_color_rgba8(c.rgb.0, c.rgb.1, c.rgb.2, a);
    p.anti_alias = true;
    p
}

fn polyline(points: impl IntoIterator<Item = BackendCoord>, close: bool) -> Option<Path> {
    let mut pb = PathBuilder::new();
    for (i, (x, y)) in points.into_iter().enumerate() {
        if i == 0 {
            pb.move_to(x as f32, y as f32);
        } else {
            pb.line_to(x as f32, y as f32);
        }
    }
    if close {
        pb.close();
    }
    pb.finish()
}

impl PixmapBackend {
    fn stroke(&mut self, path: Option<Path>, style: &impl BackendStyle) {
        if let Some(path) = path {
            // Round joins, as the canvas draws them (no mitre spike past a peak's point).
            let stroke = Stroke { width: style.stroke_width() as f32, line_join: tiny_skia::LineJoin::Round, ..Stroke::default() };
            self.pixmap.stroke_path(&path, &paint(style.color()), &stroke, Transform::identity(), None);
        }
    }

    fn fill(&mut self, path: Option<Path>, color: BackendColor) {
        if let Some(path) = path {
            self.pixmap.fill_path(&path, &paint(color), FillRule::Winding, Transform::identity(), None);
        }
    }

    /// Source-over of `color` at `coverage` (0..1) onto one pixel.
    fn blend(&mut self, x: i32, y: i32, color: BackendColor, coverage: f32) {
        let (w, h) = (self.pixmap.width() as i32, self.pixmap.height() as i32);
        if x < 0 || y < 0 || x >= w || y >= h || coverage <= 0.0 {
            return;
        }
        let a = (color.alpha as f32).clamp(0.0, 1.0) * coverage.min(1.0);
        let px = &mut self.pixmap.pixels_mut()[(y * w + x) as usize];
        let mix = |src: u8, dst: u8| (f32::from(src) * a + f32::from(dst) * (1.0 - a)).round() as u8;
        let (r, g, b) = color.rgb;
        let out_a = (a * 255.0 + f32::from(px.alpha()) * (1.0 - a)).round() as u8;
        // Premultiplied: each channel is at most alpha.
        let c = |v: u8| v.min(out_a);
        if let Some(p) = PremultipliedColorU8::from_rgba(c(mix(r, px.red())), c(mix(g, px.green())), c(mix(b, px.blue())), out_a) {
            *px = p;
        }
    }
}

impl DrawingBackend for PixmapBackend {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        (self.pixmap.width(), self.pixmap.height())
    }

    fn ensure_prepared(&mut self) -> Res {
        Ok(())
    }

    fn present(&mut self) -> Res {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Res {
        self.blend(point.0, point.1, color, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Res {
        self.stroke(polyline([from, to], false), style);
        Ok(())
    }

    /// Like the SVG and canvas backends: the rectangle spans `upper_left` to
    /// `bottom_right` exclusive.
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> Res {
        let rect = Rect::from_ltrb(ul.0 as f32, ul.1 as f32, br.0 as f32, br.1 as f32);
        if let Some(rect) = rect {
            if fill {
                let mut p = paint(style.color());
                // Pixel-aligned fills stay crisp, as on the canvas.
                p.anti_alias = false;
                self.pixmap.fill_rect(rect, &p, Transform::identity(), None);
            } else {
                self.stroke(Some(PathBuilder::from_rect(rect)), style);
            }
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Res {
        self.stroke(polyline(path, false), style);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Res {
        let path = PathBuilder::from_circle(center.0 as f32, center.1 as f32, radius as f32);
        if fill {
            self.fill(path, style.color());
        } else {
            self.stroke(path, style);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Res {
        self.fill(polyline(vert, true), style.color());
        Ok(())
    }

    /// Roboto's glyph outlines, anchored like plotters' SVG backend anchors text
    /// (`VPos::Top`: the baseline 0.76 em below the point), so PNG and SVG match.
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Res {
        let color = style.color();
        let size = style.size();
        if color.alpha <= 0.0 || size <= 0.0 || text.is_empty() {
            return Ok(());
        }
        let bold = matches!(style.style(), FontStyle::Bold);
        let faces = faces();
        let face = faces.face(bold);
        let glyphs: Vec<_> = faces.advances(bold, text, size).collect();
        let width: f64 = glyphs.iter().map(|g| g.2).sum();
        let anchor = style.anchor();
        let mut x = f64::from(pos.0)
            - match anchor.h_pos {
                HPos::Left => 0.0,
                HPos::Center => width / 2.0,
                HPos::Right => width,
            };
        let baseline = f64::from(pos.1)
            + size
                * match anchor.v_pos {
                    VPos::Top => 0.76,
                    VPos::Center => 0.25,
                    VPos::Bottom => -0.25,
                };
        // ab_glyph scales by ascent-to-descent height; layout sizes are em sizes.
        let em = face.units_per_em().unwrap_or(2048.0);
        let scale = PxScale::from(size as f32 * face.height_unscaled() / em);
        for (_, id, advance) in glyphs {
            let glyph = id.with_scale_and_position(scale, point(x as f32, baseline as f32));
            if let Some(outline) = face.outline_glyph(glyph) {
                let b = outline.px_bounds();
                let (ox, oy) = (b.min.x as i32, b.min.y as i32);
                outline.draw(|gx, gy, c| self.blend(ox + gx as i32, oy + gy as i32, color, c));
            }
            x += advance;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Align, Font, Shape, Weight};
    use crate::theme::Ink;

    fn scene(shapes: Vec<Shape>) -> Scene {
        Scene { width: 200.0, height: 60.0, shapes, hits: Vec::new(), points: Vec::new(), rows: Vec::new(), kind: None, foot: 0.0, credit: None }
    }

    fn decode(bytes: &[u8]) -> Pixmap {
        Pixmap::decode_png(bytes).expect("a PNG")
    }

    #[test]
    fn size_is_the_scene_times_the_scale_and_text_leaves_ink() {
        let theme = Theme::light();
        let text = Shape::Text {
            x: 10.0,
            y: 10.0,
            text: "Қазақстан ₸".into(),
            font: Font::new(20.0, Weight::Bold),
            ink: Ink::Text,
            align: Align::Start,
        };
        let blank = decode(&to_png(&scene(vec![]), &theme, 2.0).unwrap());
        assert_eq!((blank.width(), blank.height()), (400, 120));
        let drawn = decode(&to_png(&scene(vec![text]), &theme, 2.0).unwrap());
        let changed = blank.pixels().iter().zip(drawn.pixels()).filter(|(a, b)| a != b).count();
        assert!(changed > 500, "only {changed} pixels of text");
        // Text stays inside its line: nothing above the top or far below.
        let row_inked = |y: u32| (0..400).any(|x| blank.pixel(x, y) != drawn.pixel(x, y));
        assert!(!(0..18).any(row_inked), "ink above the text's top");
        assert!(!(80..120).any(row_inked), "ink far below the text");
    }

    #[test]
    fn refuses_absurd_sizes_without_panicking() {
        let theme = Theme::light();
        let mut s = scene(vec![]);
        assert!(to_png(&s, &theme, 1000.0).is_err());
        s.width = 0.0;
        assert!(to_png(&s, &theme, 1.0).is_err());
        s.width = f64::NAN;
        assert!(to_png(&s, &theme, 1.0).is_err());
    }
}
