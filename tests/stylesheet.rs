//! The build's stylesheet minifier (build/css.rs): only comments and
//! whitespace that separates nothing go.

include!("../build/css.rs");

/// What must survive: everything but comments, whitespace and `;` before `}`.
fn essence(css: &str) -> String {
    let mut s = String::new();
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        s.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    s.push_str(rest);
    s.split_whitespace().collect::<String>().replace(";}", "}")
}

#[test]
fn the_widget_sheet_keeps_every_rule_and_loses_comments_and_layout() {
    let css = std::fs::read_to_string("src/web/style.css").unwrap();
    let min = minify(&css);
    assert_eq!(essence(&min), essence(&css));
    assert!(!min.contains("/*") && !min.contains('\n') && !min.contains(";}"), "{min}");
    assert!(min.len() * 100 < css.len() * 85, "{} of {} bytes", min.len(), css.len());
}

#[test]
fn spaces_that_mean_something_stay() {
    let css = "a :hover , b > c {\n  top: calc(100% + 4px);\n  font-family: \"Segoe  UI\", Arial; /* why */\n}\n@media (min-width: 30em) and (hover: hover) { .x .y { margin: 0 -1px ; } }";
    assert_eq!(
        minify(css),
        "a :hover,b>c{top:calc(100% + 4px);font-family:\"Segoe  UI\",Arial}@media (min-width:30em) and (hover:hover){.x .y{margin:0 -1px}}"
    );
}
