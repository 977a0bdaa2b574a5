//! CSS colour and font strings for the canvas, written by hand: the wasm then
//! needs no float formatting for them.

use plotters_backend::BackendColor;

use crate::format::decimal::push_uint;

/// `#rrggbb`, or `#rrggbbaa` when translucent (alpha in 1/255 steps, as the
/// canvas stores it).
pub fn css_color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    let mut s = String::with_capacity(9);
    s.push('#');
    let mut hex = |v: u8| {
        for d in [v >> 4, v & 15] {
            s.push(char::from(if d < 10 { b'0' + d } else { b'a' + d - 10 }));
        }
    };
    hex(r);
    hex(g);
    hex(b);
    if c.alpha < 1.0 {
        hex((c.alpha.max(0.0) * 255.0).round() as u8);
    }
    s
}

/// A CSS font shorthand: `bold 19.5px family`, the size to 1/100 px.
pub fn css_font(bold: bool, size: f64, family: &str) -> String {
    let mut s = String::from(if bold { "bold " } else { "normal " });
    let hundredths = (size.max(0.0) * 100.0).round() as u64;
    push_uint(&mut s, hundredths / 100);
    let frac = hundredths % 100;
    if frac != 0 {
        s.push('.');
        s.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            s.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    s.push_str("px ");
    s.push_str(family);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_hex_with_alpha_only_when_translucent() {
        assert_eq!(css_color(BackendColor { alpha: 1.0, rgb: (0, 15, 255) }), "#000fff");
        assert_eq!(css_color(BackendColor { alpha: 0.5, rgb: (18, 52, 171) }), "#1234ab80");
        assert_eq!(css_color(BackendColor { alpha: 0.0, rgb: (1, 2, 3) }), "#01020300");
    }

    #[test]
    fn font_sizes_keep_up_to_two_decimals() {
        assert_eq!(css_font(false, 13.0, "Arial"), "normal 13px Arial");
        assert_eq!(css_font(true, 19.5, "a, b"), "bold 19.5px a, b");
        assert_eq!(css_font(false, 13.0 * 1.3333333, "x"), "normal 17.33px x");
        assert_eq!(css_font(false, 0.05, "x"), "normal 0.05px x");
        assert_eq!(css_font(false, 120.999, "x"), "normal 121px x");
    }
}
