//! Browser unit tests of the `web` layer (wasm-bindgen-test in headless Chromium):
//! the Intl formatter and canvas text metrics the pure core relies on.
#![cfg(target_arch = "wasm32")]

use newsplot::format::native::NativeNumbers;
use newsplot::format::{Lang, NumberFormat};
use newsplot::layout::{Font, TextMeasure, Weight};
use newsplot::web::intl::{numbers, IntlNumbers};
use newsplot::web::measure::CanvasMeasure;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const VALUES: [f64; 12] = [0.0, 27.0, 41.2, 52.35, 312.0, 1500.0, 5000.0, 12_500.0, 68e6, 255e6, 1.5e6, 3.2e9];

/// The native formatter promises the browser's strings for the cases we use.
#[wasm_bindgen_test]
fn intl_and_native_numbers_agree_where_the_browser_has_the_data() {
    for lang in [Lang::Ru, Lang::En] {
        let intl = IntlNumbers::new(lang);
        let native = NativeNumbers::new(lang);
        for v in VALUES {
            assert_eq!(intl.exact(v), native.exact(v), "{lang:?} exact {v}");
            assert_eq!(intl.compact(v), native.compact(v), "{lang:?} compact {v}");
        }
    }
}

/// Whatever the browser's ICU data, the reader gets the language's own numbers.
#[wasm_bindgen_test]
fn chosen_formatter_writes_each_language_correctly() {
    for lang in [Lang::Ru, Lang::En, Lang::Kk] {
        let chosen = numbers(lang);
        let native = NativeNumbers::new(lang);
        for v in VALUES {
            assert_eq!(chosen.exact(v), native.exact(v), "{lang:?} exact {v}");
            assert_eq!(chosen.compact(v), native.compact(v), "{lang:?} compact {v}");
        }
    }
}

#[wasm_bindgen_test]
fn canvas_measures_real_text_widths() {
    let m = CanvasMeasure::new().expect("a canvas");
    let f = Font::new(14.0, Weight::Normal);
    let short = m.width("312", f);
    let long = m.width("Иностранные банковские карты", f);
    assert!(short > 10.0 && short < 40.0, "{short}");
    assert!(long > 150.0 && long < 260.0, "{long}");
    assert!(m.width("312", Font::new(28.0, Weight::Normal)) > short * 1.8);
}
