//! The canvas backend (`web::canvas`) in headless Chromium: colours with alpha,
//! device-pixel scaling, top-anchored text and clearing, read back as pixels.
#![cfg(target_arch = "wasm32")]

use newsplot::layout::{Align, Font, Rect, Shape, Weight};
use newsplot::render::{self, Device};
use newsplot::theme::{Ink, Rgba, Theme};
use newsplot::web::canvas::Canvas;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

fn canvas(w: u32, h: u32) -> (HtmlCanvasElement, Canvas) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: HtmlCanvasElement = doc.create_element("canvas").unwrap().unchecked_into();
    el.set_width(w);
    el.set_height(h);
    let c = Canvas::new(&el).expect("a 2D context");
    (el, c)
}

fn pixels(c: &Canvas, w: u32, h: u32) -> Vec<u8> {
    c.context().get_image_data(0.0, 0.0, f64::from(w), f64::from(h)).unwrap().data().to_vec()
}

fn at(px: &[u8], w: u32, x: u32, y: u32) -> [u8; 4] {
    let i = ((y * w + x) * 4) as usize;
    [px[i], px[i + 1], px[i + 2], px[i + 3]]
}

#[wasm_bindgen_test]
fn rectangles_keep_colour_and_alpha_at_the_device_scale() {
    let (_el, mut c) = canvas(20, 20);
    let mut theme = Theme::light();
    theme.grid = Rgba(0x20, 0x40, 0x80, 0.5);
    let shapes = [Shape::Rect { rect: Rect::new(1.0, 1.0, 4.0, 4.0), ink: Ink::Grid }];
    render::draw(&mut c, &shapes, &theme, Device::canvas(2.0)).unwrap();
    let px = pixels(&c, 20, 20);
    // Device pixels 2..10 are covered, 1 and 10 are not.
    let inside = at(&px, 20, 5, 5);
    assert_eq!(inside[3], 128, "{inside:?}");
    for (got, want) in inside[..3].iter().zip([0x20, 0x40, 0x80]) {
        assert!(got.abs_diff(want) <= 2, "{inside:?}");
    }
    assert_eq!(at(&px, 20, 1, 1), [0, 0, 0, 0]);
    assert_eq!(at(&px, 20, 10, 5), [0, 0, 0, 0]);
}

#[wasm_bindgen_test]
fn text_hangs_below_its_anchor_in_its_colour_and_clear_empties_the_canvas() {
    let (_el, mut c) = canvas(60, 40);
    let theme = Theme::light();
    let text = |y: f64| Shape::Text { x: 2.0, y, text: "Ш".into(), font: Font::new(24.5, Weight::Bold), ink: Ink::Text, align: Align::Start };
    render::draw(&mut c, &[text(10.0)], &theme, Device::canvas(1.0)).unwrap();
    let px = pixels(&c, 60, 40);
    let inked: Vec<(u32, u32)> = (0..40).flat_map(|y| (0..60).map(move |x| (x, y))).filter(|&(x, y)| at(&px, 60, x, y)[3] > 200).collect();
    assert!(inked.len() > 20, "{}", inked.len());
    assert!(inked.iter().all(|&(_, y)| y >= 10), "ink above the top anchor");
    let (x, y) = inked[inked.len() / 2];
    assert_eq!(&at(&px, 60, x, y)[..3], &[0x1a, 0x1a, 0x1a]);
    c.clear_rect(0.0, 0.0, 60.0, 40.0);
    assert!(pixels(&c, 60, 40).iter().all(|b| *b == 0));
}

/// A line's sharp peak ends at its point: round joins, not a mitre spike
/// that poked past the gridline above it.
#[wasm_bindgen_test]
fn a_sharp_peak_ends_at_its_point() {
    let (_el, mut c) = canvas(40, 60);
    let theme = Theme::light();
    let peak = Shape::Path { points: vec![(10.0, 50.0), (20.0, 20.0), (30.0, 50.0)], ink: Ink::Text, width: 4.0 };
    render::draw(&mut c, &[peak], &theme, Device::canvas(1.0)).unwrap();
    let px = pixels(&c, 40, 60);
    let inked_rows: Vec<u32> = (0..60).filter(|&y| (0..40).any(|x| at(&px, 40, x, y)[3] > 64)).collect();
    // A mitre at this angle reaches ~6 px above the point; a round join 2 (half the width).
    assert!(inked_rows[0] >= 17, "ink from row {} for a peak at 20", inked_rows[0]);
}
