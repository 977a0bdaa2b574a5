//! Colours by role. The scene names roles (`Ink`), a `Theme` gives them colours,
//! so light and dark (and a host's `--newsplot-*` overrides) need no new layout.

/// A colour with alpha, 0–255 per channel and 0.0–1.0 alpha.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub f64);

impl Rgba {
    /// This colour `t` of the way to `other` (opaque).
    pub fn mix(self, other: Rgba, t: f64) -> Rgba {
        let c = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgba(c(self.0, other.0), c(self.1, other.1), c(self.2, other.2), 1.0)
    }

    /// `#rrggbb` or `#rgb`; None for anything else.
    pub fn from_hex(s: &str) -> Option<Rgba> {
        let h = s.trim().strip_prefix('#')?;
        let v = |i: usize, n: usize| u8::from_str_radix(h.get(i..i + n)?, 16).ok();
        match h.len() {
            6 => Some(Rgba(v(0, 2)?, v(2, 2)?, v(4, 2)?, 1.0)),
            3 => Some(Rgba(v(0, 1)? * 17, v(1, 1)? * 17, v(2, 1)? * 17, 1.0)),
            _ => None,
        }
    }
}

/// Whether a computed `background-color` (`rgb(18, 20, 23)`, `rgba(0, 0, 0,
/// 0.5)`) is dark: Some when it is at least half opaque, None when it is
/// transparent or written otherwise. Dark: its luma under that of mid grey
/// (where black and white text contrast with it equally, ~#767676).
pub fn backdrop_is_dark(css: &str) -> Option<bool> {
    let body = css.trim().strip_prefix("rgb")?;
    // Up to four numbers: integer part, first decimal, whether a percentage
    // (read by bytes: `split` and `parse` cost the wasm a kilobyte here).
    let mut nums = [(0u32, 0u32, false); 4];
    // 0 between numbers, 1 in the integer part, 2 at the first decimal, 3 past it.
    let (mut n, mut state) = (0usize, 0u8);
    for &c in body.as_bytes() {
        if state == 0 && (c.is_ascii_digit() || c == b'.') {
            if n == nums.len() {
                return None;
            }
            n += 1;
            state = 1;
        }
        let Some(v) = n.checked_sub(1).and_then(|i| nums.get_mut(i)) else { continue };
        match (c, state) {
            (b'0'..=b'9', 1) => v.0 = v.0.saturating_mul(10).saturating_add(u32::from(c - b'0')),
            (b'0'..=b'9', 2) => (v.1, state) = (u32::from(c - b'0'), 3),
            (b'0'..=b'9', _) => {}
            (b'.', 1) => state = 2,
            (b'%', _) => (v.2, state) = (true, 0),
            _ => state = 0,
        }
    }
    if n < 3 {
        return None;
    }
    // Alpha, if any: 1, 0, 0.7, .7 or 70% (only whether it reaches one half matters).
    let (a, d, pc) = nums[3];
    if n == 4 && !(if pc { a >= 50 } else { a >= 1 || d >= 5 }) {
        return None;
    }
    let ch = |i: usize| nums[i].0.min(255);
    Some(2126 * ch(0) + 7152 * ch(1) + 722 * ch(2) < 118 * 10_000)
}

/// Whether a computed `background-image` gradient is dark, judged by its first
/// colour stop (`linear-gradient(rgb(0, 0, 0), rgb(34, 34, 34))`); None for
/// none, an image or a stop that is not rgb.
pub fn gradient_is_dark(css: &str) -> Option<bool> {
    let b = css.as_bytes();
    if css.starts_with("none") || css.starts_with("url(") {
        return None;
    }
    // By bytes: `str::find` would bring the wasm a substring searcher.
    let at = b.windows(3).position(|w| w == b"rgb")?;
    let end = at + b[at..].iter().position(|c| *c == b')')?;
    backdrop_is_dark(&css[at..=end])
}

/// What a mark is, for colour: the theme decides how it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ink {
    /// Titles, labels and values.
    Text,
    /// Subtitles, notes, the source line, axis ticks.
    Muted,
    /// Light gridlines of the value axis.
    Grid,
    /// The zero line.
    Axis,
    /// Series `n`'s marks.
    Series(u8),
    /// "Of which" parts inside a bar: a darker shade of the bar.
    Part,
    /// Text drawn on top of a bar.
    OnBar,
    /// Tile background.
    Panel,
    /// The outline of the hovered or focused mark.
    Highlight,
}

/// How many distinct series colours every theme has before they repeat.
pub const SERIES_COLOURS: usize = 7;

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// The page colour the palette was checked against; painted only by static
    /// output (SVG), since in the browser the canvas is transparent over the page.
    pub background: Rgba,
    pub text: Rgba,
    pub muted: Rgba,
    pub grid: Rgba,
    pub axis: Rgba,
    pub series: Vec<Rgba>,
    /// How far each colour's second round (series 8–14) goes toward the text
    /// colour, or toward the background where negative: each by its own amount,
    /// so all fourteen stay apart (one shade for all left two 8 ΔE apart).
    pub shades: [f64; SERIES_COLOURS],
    pub part: Rgba,
    pub on_bar: Rgba,
    pub panel: Rgba,
    pub highlight: Rgba,
    /// The page's house font stack (`--newsplot-font`), for canvas text;
    /// None: the widget's own (`render::FONT_FAMILY`).
    pub font: Option<String>,
}

impl Theme {
    /// On white: text 16:1, muted 5.9:1 (WCAG AA ≥ 4.5), series ≥ 3:1 for marks.
    /// Series colours are Okabe–Ito-derived, distinguishable with colour-blindness.
    pub fn light() -> Theme {
        Theme {
            background: Rgba(0xff, 0xff, 0xff, 1.0),
            text: Rgba(0x1a, 0x1a, 0x1a, 1.0),
            muted: Rgba(0x5f, 0x63, 0x68, 1.0),
            grid: Rgba(0xe3, 0xe5, 0xe8, 1.0),
            axis: Rgba(0x33, 0x33, 0x33, 1.0),
            series: vec![
                Rgba(0x1f, 0x5f, 0x9e, 1.0), // blue
                // Dark enough for white value labels inside its bars (4.6:1).
                Rgba(0xbd, 0x57, 0x00, 1.0), // vermilion-orange
                Rgba(0x00, 0x7a, 0x5e, 1.0), // bluish green
                Rgba(0x8e, 0x44, 0x8a, 1.0), // reddish purple
                Rgba(0x6b, 0x6b, 0x6b, 1.0), // grey
                // Umber and raspberry: the darkened Okabe–Ito yellow and pink
                // they replace were vermilion's twin to protanopes (ΔE 1.7).
                Rgba(0x6b, 0x4f, 0x2f, 1.0), // umber
                Rgba(0xc2, 0x18, 0x5b, 1.0), // raspberry
            ],
            // Chosen (a search over steps of 0.05) so that colour-blind readers
            // tell the second round apart too: ≥ 8 ΔE, where 4.6 was.
            shades: [0.35, 0.25, 0.6, 0.45, 0.4, 0.4, 0.3],
            part: Rgba(0x0b, 0x2e, 0x52, 1.0),
            on_bar: Rgba(0xff, 0xff, 0xff, 1.0),
            panel: Rgba(0xf2, 0xf4, 0xf7, 1.0),
            highlight: Rgba(0x1a, 0x1a, 0x1a, 1.0),
            font: None,
        }
    }

    /// On #121417: text 15:1, muted 7:1, series ≥ 3:1.
    pub fn dark() -> Theme {
        Theme {
            background: Rgba(0x12, 0x14, 0x17, 1.0),
            text: Rgba(0xec, 0xee, 0xf0, 1.0),
            muted: Rgba(0xa6, 0xad, 0xb4, 1.0),
            grid: Rgba(0x33, 0x38, 0x3e, 1.0),
            axis: Rgba(0xc8, 0xcc, 0xd0, 1.0),
            series: vec![
                Rgba(0x6c, 0xa8, 0xe6, 1.0),
                Rgba(0xf0, 0x9a, 0x4a, 1.0),
                Rgba(0x3f, 0xc0, 0x9c, 1.0),
                Rgba(0xd0, 0x8c, 0xcc, 1.0),
                Rgba(0xa8, 0xa8, 0xa8, 1.0),
                Rgba(0xe8, 0xd0, 0x60, 1.0),
                Rgba(0xff, 0xb0, 0xc0, 1.0),
            ],
            // As the light theme's: ≥ 4.1 ΔE to colour-blind readers, where 2.9 was.
            shades: [-0.25, 0.45, 0.5, -0.25, -0.25, -0.4, -0.4],
            // 3.1:1 on the background its edges touch (#2b5f94 was 2.8:1).
            part: Rgba(0x2f, 0x66, 0xa0, 1.0),
            on_bar: Rgba(0x10, 0x12, 0x14, 1.0),
            panel: Rgba(0x1d, 0x21, 0x25, 1.0),
            highlight: Rgba(0xff, 0xff, 0xff, 1.0),
            font: None,
        }
    }

    pub fn color(&self, ink: Ink) -> Rgba {
        match ink {
            Ink::Text => self.text,
            Ink::Muted => self.muted,
            Ink::Grid => self.grid,
            Ink::Axis => self.axis,
            Ink::Series(n) => {
                // Past the palette (a donut of 12 parties), a second round of
                // its colours shaded toward the text or the background, so
                // slice 8 is not slice 1 again; then they repeat.
                let len = self.series.len();
                let base = self.series[n as usize % len];
                if (n as usize / len) % 2 == 0 {
                    return base;
                }
                match self.shades[n as usize % len % SERIES_COLOURS] {
                    t if t >= 0.0 => base.mix(self.text, t),
                    t => base.mix(self.background, -t),
                }
            }
            Ink::Part => self.part,
            Ink::OnBar => self.on_bar,
            Ink::Panel => self.panel,
            Ink::Highlight => self.highlight,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: Rgba) -> f64 {
        let ch = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    }

    fn contrast(a: Rgba, b: Rgba) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn a_page_s_background_is_read_as_dark_or_light() {
        assert_eq!(backdrop_is_dark("rgb(18, 20, 23)"), Some(true));
        assert_eq!(backdrop_is_dark("rgb(255, 255, 255)"), Some(false));
        assert_eq!(backdrop_is_dark("rgba(0, 0, 0, 0)"), None);
        assert_eq!(backdrop_is_dark("rgba(0, 0, 0, 0.3)"), None);
        assert_eq!(backdrop_is_dark("rgba(0, 0, 0, 0.8)"), Some(true));
        assert_eq!(backdrop_is_dark("rgb(250 250 245 / 90%)"), Some(false));
        assert_eq!(backdrop_is_dark("rgb(0 0 0 / .5)"), Some(true));
        assert_eq!(backdrop_is_dark("transparent"), None);
        assert_eq!(backdrop_is_dark("oklch(0.2 0 0)"), None);
        // Either side of mid grey, by the text that reads on it.
        for (grey, dark) in [(100, true), (110, true), (130, false), (160, false)] {
            let c = Rgba(grey, grey, grey, 1.0);
            assert_eq!(backdrop_is_dark(&format!("rgb({grey}, {grey}, {grey})")), Some(dark));
            let (white, black) = (contrast(c, Rgba(255, 255, 255, 1.0)), contrast(c, Rgba(0, 0, 0, 1.0)));
            assert_eq!(white > black, dark, "grey {grey}: white {white:.2}, black {black:.2}");
        }
    }

    #[test]
    fn a_gradient_is_judged_by_its_first_stop() {
        assert_eq!(gradient_is_dark("linear-gradient(rgb(0, 0, 0), rgb(34, 34, 34))"), Some(true));
        assert_eq!(gradient_is_dark("radial-gradient(circle, rgb(250, 250, 250) 0%, rgb(0, 0, 0) 100%)"), Some(false));
        assert_eq!(gradient_is_dark("none"), None);
        assert_eq!(gradient_is_dark("url(\"https://x/bg.png\")"), None);
        assert_eq!(gradient_is_dark("linear-gradient(rgba(0, 0, 0, 0), rgb(0, 0, 0))"), None);
    }

    #[test]
    fn palettes_meet_wcag_contrast() {
        assert_eq!(Theme::light().series.len(), SERIES_COLOURS);
        assert_eq!(Theme::dark().series.len(), SERIES_COLOURS);
        for (theme, bg) in [(Theme::light(), Rgba(255, 255, 255, 1.0)), (Theme::dark(), Rgba(0x12, 0x14, 0x17, 1.0))] {
            assert!(contrast(theme.text, bg) >= 4.5);
            assert!(contrast(theme.muted, bg) >= 4.5, "muted {}", contrast(theme.muted, bg));
            assert!(contrast(theme.text, theme.panel) >= 4.5);
            for s in &theme.series {
                assert!(contrast(*s, bg) >= 3.0, "series {s:?}: {}", contrast(*s, bg));
            }
            // Value labels inside bars (stacked segments of every series).
            for s in &theme.series {
                assert!(contrast(theme.on_bar, *s) >= 4.5, "on bar {s:?}: {}", contrast(theme.on_bar, *s));
            }
            // The palette's second round (a donut's slices 8 to 14): as legible,
            // and told from the first round by lightness (which colour-blind readers see).
            for (n, s) in theme.series.iter().enumerate() {
                let shade = theme.color(Ink::Series((n + SERIES_COLOURS) as u8));
                assert!(contrast(shade, bg) >= 3.0 && contrast(theme.on_bar, shade) >= 4.5, "shade {shade:?}");
                assert!(contrast(shade, *s) >= 1.3, "shade {shade:?} of {s:?}: {}", contrast(shade, *s));
                assert_eq!(theme.color(Ink::Series((n + 2 * SERIES_COLOURS) as u8)), *s, "then they repeat");
            }
            // All fourteen told apart by eye (CIE76 ΔE; 2.3 is the least difference seen).
            let all: Vec<Rgba> = (0..2 * SERIES_COLOURS).map(|n| theme.color(Ink::Series(n as u8))).collect();
            for (i, a) in all.iter().enumerate() {
                for (j, b) in all.iter().enumerate().filter(|(j, _)| *j > i) {
                    let d = delta_e(*a, *b);
                    assert!(d >= 13.0, "series {} and {} are {d:.1} apart", i + 1, j + 1);
                }
                // Never taken for the axis line or the text (a 12th series along zero).
                for other in [theme.axis, theme.text] {
                    assert!(delta_e(*a, other) >= 10.0, "series {} is {:.1} from {other:?}", i + 1, delta_e(*a, other));
                }
            }
            // Parts must stand out from their bar (a 1 px gap parts them
            // too) and from the background their edges touch.
            assert!(contrast(theme.part, theme.series[0]) >= 1.8);
            assert!(contrast(theme.part, bg) >= 3.0, "part {}", contrast(theme.part, bg));
        }
    }

    /// `c` as a reader with protanopia (`protan`) or deuteranopia sees it
    /// (Machado, Oliveira and Fernandes 2009, full severity, on linear RGB).
    fn as_dichromat(c: Rgba, protan: bool) -> Rgba {
        const PROTAN: [[f64; 3]; 3] = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]];
        const DEUTAN: [[f64; 3]; 3] = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]];
        let lin = |u: u8| {
            let u = f64::from(u) / 255.0;
            if u <= 0.04045 { u / 12.92 } else { ((u + 0.055) / 1.055).powf(2.4) }
        };
        let enc = |v: f64| {
            let v = v.clamp(0.0, 1.0);
            (255.0 * if v <= 0.0031308 { 12.92 * v } else { 1.055 * v.powf(1.0 / 2.4) - 0.055 }).round() as u8
        };
        let v = [lin(c.0), lin(c.1), lin(c.2)];
        let m = if protan { PROTAN } else { DEUTAN };
        let row = |r: [f64; 3]| enc(r[0] * v[0] + r[1] * v[1] + r[2] * v[2]);
        Rgba(row(m[0]), row(m[1]), row(m[2]), 1.0)
    }

    /// The palette's seven apart for readers with protanopia or deuteranopia
    /// too: the darkened Okabe–Ito yellow was vermilion's twin (ΔE 1.7).
    #[test]
    fn the_first_seven_stay_apart_for_colour_blind_readers() {
        for theme in [Theme::light(), Theme::dark()] {
            for protan in [true, false] {
                let seen: Vec<Rgba> = theme.series.iter().map(|c| as_dichromat(*c, protan)).collect();
                for (i, a) in seen.iter().enumerate() {
                    for (j, b) in seen.iter().enumerate().filter(|(j, _)| *j > i) {
                        let d = delta_e(*a, *b);
                        assert!(d >= 4.5, "series {} and {} are {d:.1} apart (protan: {protan})", i + 1, j + 1);
                    }
                }
            }
        }
    }

    /// A donut of twelve parties: its second round of colours (series 8–14)
    /// apart from each other and from the first round for colour-blind readers
    /// too (series 12 and 14 were 2.9 ΔE apart to protanopes on dark).
    #[test]
    fn all_fourteen_stay_apart_for_colour_blind_readers() {
        for (theme, least) in [(Theme::light(), 8.0), (Theme::dark(), 4.1)] {
            for protan in [true, false] {
                let seen: Vec<Rgba> = (0..2 * SERIES_COLOURS).map(|n| as_dichromat(theme.color(Ink::Series(n as u8)), protan)).collect();
                for j in SERIES_COLOURS..seen.len() {
                    for i in 0..j {
                        let d = delta_e(seen[i], seen[j]);
                        assert!(d >= least, "series {} and {} are {d:.1} apart (protan: {protan}, {:?})", i + 1, j + 1, theme.background);
                    }
                }
            }
        }
    }

    /// CIE76 colour difference, through CIE Lab (D65).
    fn delta_e(a: Rgba, b: Rgba) -> f64 {
        fn lab(c: Rgba) -> [f64; 3] {
            let lin = |u: u8| {
                let u = f64::from(u) / 255.0;
                if u <= 0.04045 { u / 12.92 } else { ((u + 0.055) / 1.055).powf(2.4) }
            };
            let (r, g, b) = (lin(c.0), lin(c.1), lin(c.2));
            let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
            let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
            let f = |t: f64| if t > 0.008856 { t.cbrt() } else { 7.787 * t + 16.0 / 116.0 };
            [116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))]
        }
        let (p, q) = (lab(a), lab(b));
        p.iter().zip(&q).map(|(u, v)| (u - v) * (u - v)).sum::<f64>().sqrt()
    }

    #[test]
    fn hex_colours() {
        assert_eq!(Rgba::from_hex("#1f5f9e"), Some(Rgba(0x1f, 0x5f, 0x9e, 1.0)));
        assert_eq!(Rgba::from_hex(" #fff"), Some(Rgba(255, 255, 255, 1.0)));
        assert_eq!(Rgba::from_hex("red"), None);
    }
}

impl Theme {
    /// The theme with a host page's `--newsplot-*` custom properties applied:
    /// `get("series-1")` returns the value of `--newsplot-series-1`, if set.
    pub fn with_overrides(mut self, get: impl Fn(&str) -> Option<String>) -> Theme {
        let set = |name: &str, slot: &mut Rgba| {
            if let Some(c) = get(name).as_deref().and_then(Rgba::from_hex) {
                *slot = c;
            }
        };
        set("background", &mut self.background);
        set("text", &mut self.text);
        set("muted", &mut self.muted);
        set("grid", &mut self.grid);
        set("axis", &mut self.axis);
        set("part", &mut self.part);
        set("on-bar", &mut self.on_bar);
        set("panel", &mut self.panel);
        set("highlight", &mut self.highlight);
        for (i, slot) in self.series.iter_mut().enumerate() {
            set(&crate::format::cat(&["series-", &crate::format::int(i as i64 + 1, 0)]), slot);
        }
        // A font stack, not a colour; a semicolon or brace would end the
        // canvas's font shorthand early (it is set whole), so such is ignored.
        self.font = get("font").filter(|f| !f.bytes().any(|b| matches!(b, b';' | b'{' | b'}')));
        self
    }

    /// `#rrggbb` of a series colour, for DOM swatches (legend buttons).
    pub fn series_hex(&self, s: usize) -> String {
        let c = self.color(Ink::Series(s as u8));
        let mut out = String::from("#");
        for b in [c.0, c.1, c.2] {
            for d in [b >> 4, b & 15] {
                out.push(char::from(if d < 10 { b'0' + d } else { b'a' + d - 10 }));
            }
        }
        out
    }
}

#[cfg(test)]
mod override_tests {
    use super::*;

    #[test]
    fn host_custom_properties_override_roles() {
        let t = Theme::light().with_overrides(|n| match n {
            "series-1" => Some(" #ff0000".into()),
            "text" => Some("not a colour".into()),
            _ => None,
        });
        assert_eq!(t.series[0], Rgba(255, 0, 0, 1.0));
        assert_eq!(t.text, Theme::light().text, "invalid values are ignored");
        assert_eq!(t.series_hex(0), "#ff0000");
    }
}
