//! Build step: the widget's stylesheet, minified into OUT_DIR (see build/css.rs).

include!("build/css.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/web/style.css");
    println!("cargo:rerun-if-changed=build/css.rs");
    let css = std::fs::read_to_string("src/web/style.css").expect("src/web/style.css");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("style.css");
    std::fs::write(out, minify(&css)).expect("writing the minified stylesheet");
}
