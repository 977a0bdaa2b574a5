//! The face of native output: Roboto (Apache-2.0), embedded from the
//! `damascene-fonts-roboto` crate so that no system font is assumed. PNG text is
//! drawn with its outlines, and native layout measures with its advance widths
//! (`FontMeasure`), so labels sized for it fit in the PNG and in an SVG that names
//! it first. The browser keeps measuring with canvas `measureText`.

use std::sync::OnceLock;

use ab_glyph::{Font as _, FontRef, GlyphId};

use crate::layout::{Font, TextMeasure, Weight};

/// The SVG font stack when layout was measured with Roboto: Roboto first, then the
/// system faces the browser widget uses.
pub const FAMILY: &str = "Roboto, system-ui, -apple-system, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/// Regular and bold Roboto, parsed once.
pub struct Faces {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

/// The embedded faces. The bytes are compiled in, so parsing cannot fail at run
/// time unless the crate ships a broken file (a unit test would catch it).
pub fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        regular: FontRef::try_from_slice(damascene_fonts_roboto::ROBOTO_REGULAR).expect("embedded Roboto Regular"),
        bold: FontRef::try_from_slice(damascene_fonts_roboto::ROBOTO_BOLD).expect("embedded Roboto Bold"),
    })
}

impl Faces {
    pub fn face(&self, bold: bool) -> &FontRef<'static> {
        if bold { &self.bold } else { &self.regular }
    }

    /// The glyph of `c`: no-break and other spaces the face lacks take the
    /// space's glyph, so they neither show as boxes nor change widths.
    pub fn glyph(&self, bold: bool, c: char) -> GlyphId {
        let face = self.face(bold);
        match face.glyph_id(c) {
            GlyphId(0) if c.is_whitespace() => face.glyph_id(' '),
            id => id,
        }
    }

    /// Whether the face draws `c` with a real glyph (not the missing-glyph box).
    pub fn covers(&self, bold: bool, c: char) -> bool {
        self.glyph(bold, c) != GlyphId(0)
    }

    /// Advance widths of `text`'s glyphs at em size `size`, in pixels, and units per em.
    pub fn advances<'a>(&'a self, bold: bool, text: &'a str, size: f64) -> impl Iterator<Item = (char, GlyphId, f64)> + 'a {
        let face = self.face(bold);
        let em = f64::from(face.units_per_em().unwrap_or(2048.0));
        text.chars().map(move |c| {
            let id = self.glyph(bold, c);
            (c, id, f64::from(face.h_advance_unscaled(id)) / em * size)
        })
    }
}

/// Text widths from Roboto's advance widths (no kerning, as the PNG draws it).
pub struct FontMeasure;

impl TextMeasure for FontMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        faces().advances(font.weight == Weight::Bold, text, font.size).map(|(_, _, w)| w).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Font = Font::new(14.0, Weight::Normal);

    #[test]
    fn covers_russian_kazakh_and_the_tenge_sign_in_both_weights() {
        let text = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя\
                    ӘҒҚҢӨҰҮҺІәғқңөұүһі₸₽$€%–—«»…·0123456789 \u{a0}\u{202f}";
        for bold in [false, true] {
            let missing: String = text.chars().filter(|c| !faces().covers(bold, *c)).collect();
            assert!(missing.is_empty(), "bold={bold}: no glyph for {missing:?}");
        }
    }

    #[test]
    fn widths_are_real_advances() {
        let m = FontMeasure;
        // Proportional: an i is narrower than an m, and width scales with size.
        assert!(m.width("iiii", F) < m.width("mmmm", F) / 2.0);
        let big = Font::new(28.0, Weight::Normal);
        assert!((m.width("Алматы ₸", big) - 2.0 * m.width("Алматы ₸", F)).abs() < 1e-9);
        // Bold is wider; a no-break space is as wide as a space.
        assert!(m.width("Қазақстан", Font::new(14.0, Weight::Bold)) > m.width("Қазақстан", F));
        assert_eq!(m.width("5\u{a0}000", F), m.width("5 000", F));
        // Digits are tabular in Roboto: every figure has one width.
        let w: Vec<f64> = "0123456789".chars().map(|c| m.width(&c.to_string(), F)).collect();
        assert!(w.iter().all(|x| (x - w[0]).abs() < 1e-9), "{w:?}");
        assert!(w[0] > 0.4 * 14.0 && w[0] < 0.7 * 14.0, "{}", w[0]);
    }
}
