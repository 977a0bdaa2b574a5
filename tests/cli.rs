//! The `newsplot` command as a user runs it (the built binary): `check` on every
//! fixture with the core's messages, `render` to SVG (snapshots, well-formed XML)
//! and PNG (decoded: size, colours, text), and exit code 2 for bad arguments.
//! `UPDATE_SNAPSHOTS=1 cargo test --test cli` rewrites the CLI's snapshots.

// Native only: the binary and its PNG renderer are not built for wasm.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use newsplot::format::native::NativeNumbers;
use newsplot::format::{Lang, Wording};
use newsplot::layout::{self, Align, Ctx, Shape, TextMeasure};
use newsplot::model::Model;
use newsplot::render::font::{faces, FontMeasure};
use newsplot::spec;
use newsplot::theme::Theme;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsplot")).args(args).current_dir(root()).output().expect("the binary runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited, not killed")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 on stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 on stderr")
}

/// A path for one test's output, under target/ (cargo's scratch space for tests).
fn temp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

fn fixtures(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/fixtures").join(dir))
        .expect("fixture dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n != "expected.json")
        .collect();
    files.sort();
    files
}

const SEED: &str = "www/data/almaty-2025.json";
const SEED_KK: &str = "www/data/almaty-2025.kk.json";
const GALLERY: &str = "www/data/gallery-ru.json";

// ---------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------

#[test]
fn check_accepts_every_valid_fixture() {
    let files = fixtures("valid");
    assert!(files.len() >= 8, "only {} valid fixtures", files.len());
    for name in files {
        let path = format!("tests/fixtures/valid/{name}");
        let o = run(&["check", &path]);
        assert_eq!(code(&o), 0, "{path}: {}", stderr(&o));
        // The count from the JSON itself, not from the core under test.
        let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root().join(&path)).unwrap()).unwrap();
        let n = doc["charts"].as_array().expect("charts").len();
        let plural = if n == 1 { "chart" } else { "charts" };
        assert_eq!(stdout(&o), format!("{path}: valid, {n} {plural}\n"));
        assert_eq!(stderr(&o), "");
    }
}

#[test]
fn check_rejects_every_invalid_fixture_with_the_pinned_message() {
    let expected: BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(root().join("tests/fixtures/invalid/expected.json")).unwrap())
            .expect("expected.json");
    let files = fixtures("invalid");
    assert_eq!(files.len(), expected.len(), "every invalid fixture has its message in expected.json");
    for name in files {
        let path = format!("tests/fixtures/invalid/{name}");
        let o = run(&["check", "--locale", "en", &path]);
        assert_eq!(code(&o), 1, "{path}");
        assert_eq!(stderr(&o), format!("{path}: {}\n", expected[&name]), "{path}");
        assert_eq!(stdout(&o), "");
    }
}

#[test]
fn check_words_messages_as_the_widget_does() {
    // No --locale: the document's own locale (this Russian document), as the widget.
    let path = "tests/fixtures/invalid/value-is-string.json";
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    assert_eq!(spec::declared_locale(&text).as_deref(), Some("ru"));
    let e = spec::parse(&text).unwrap_err();
    let o = run(&["check", path]);
    assert_eq!(code(&o), 1);
    assert_eq!(stderr(&o), format!("{path}: {}\n", e.message(Lang::Ru)));
    assert!(stderr(&o).contains("ожидалось число, получено \"5 тыс.\""), "{}", stderr(&o));
    // --locale kk and a fallback tag (en-GB → English) as `locale` attributes do.
    let kk = run(&["check", "--locale", "kk", path]);
    assert!(stderr(&kk).contains("сан күтілді, \"5 тыс.\" келді"), "{}", stderr(&kk));
    let en = run(&["check", "--locale=en-GB", path]);
    assert!(stderr(&en).contains("expected a number, found \"5 тыс.\""), "{}", stderr(&en));
}

/// Runs the binary with `input` on its standard input.
fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsplot"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// A name left empty is valid but warned of, by its path; the exit stays 0.
#[test]
fn check_warns_of_an_empty_name() {
    let doc = br#"{"version":1,"charts":[{"id":"a","type":"hbar","items":[{"label":"x","value":1},{"label":"","value":2}]}]}"#;
    let o = run_with_input(&["check", "-"], doc);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), "-: valid, 1 chart\n");
    assert_eq!(stderr(&o), "-: предупреждение: charts[0].items[1].label пусто: у отметки на графике не будет названия\n");
    let o = run_with_input(&["check", "--locale", "en", "-"], doc);
    assert_eq!(stderr(&o), "-: warning: charts[0].items[1].label is empty: readers get a mark with no name\n");
}

/// A field the format does not read, a keystroke from one it does, is named
/// with the field meant, in the document's language; the exit stays 0.
#[test]
fn check_warns_of_a_misspelt_field() {
    let doc = br#"{"version":1,"locale":"kk","charts":[{"id":"a","type":"hbar","unit":"kg","items":[{"label":"x","value":3.2,"units":"t"},{"label":"y","value":1251,"qualifer":"more_than","comment":"own"}]}]}"#;
    let o = run_with_input(&["check", "-"], doc);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), "-: valid, 1 chart\n");
    assert_eq!(
        stderr(&o),
        "-: ескерту: charts[0].items[0].units: форматта «units» өрісі жоқ, ол ескерілмеді; мүмкін, «unit» болуы керек пе?\n\
         -: ескерту: charts[0].items[1].qualifer: форматта «qualifer» өрісі жоқ, ол ескерілмеді; мүмкін, «qualifier» болуы керек пе?\n"
    );
    let o = run_with_input(&["check", "--locale", "ru", "-"], doc);
    assert!(stderr(&o).starts_with("-: предупреждение: charts[0].items[0].units: поля «units» в формате нет, и оно пропущено; может быть, имелось в виду «unit»?\n"), "{}", stderr(&o));
}

#[test]
fn check_and_render_read_standard_input_for_a_dash() {
    let text = std::fs::read(root().join("tests/fixtures/invalid/value-negative.json")).unwrap();
    let o = run_with_input(&["check", "--locale", "en", "-"], &text);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).starts_with("-: charts[0].items[1].value: "), "{}", stderr(&o));
    let o = run_with_input(&["render", "-", "--chart", "money"], &std::fs::read(root().join(SEED)).unwrap());
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), render_svg(&[SEED, "--chart", "money"]));
}

#[test]
fn check_reports_every_file_and_exits_with_the_worst() {
    let valid = "tests/fixtures/valid/money-usd.json";
    let invalid = "tests/fixtures/invalid/value-negative.json";
    let o = run(&["check", valid, invalid, valid]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o).lines().count(), 2, "{}", stdout(&o));
    assert!(stderr(&o).starts_with(&format!("{invalid}: ")), "{}", stderr(&o));
    // A file that cannot be read is an argument problem (2), even next to an invalid one.
    let o = run(&["check", invalid, "no/such/file.json"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("no/such/file.json"), "{}", stderr(&o));
}

// ---------------------------------------------------------------------------
// render: SVG
// ---------------------------------------------------------------------------


fn render_svg(args: &[&str]) -> String {
    let mut all = vec!["render"];
    all.extend_from_slice(args);
    let o = run(&all);
    assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// The SVG parsed as XML: its size and every text's content and font family.
fn parse_svg(svg: &str) -> ((f64, f64), Vec<(String, String)>) {
    let xml = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"));
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let num = |a: &str| root.attribute(a).and_then(|v| v.parse::<f64>().ok()).expect("numeric size");
    let texts = xml
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| (n.text().unwrap_or("").trim().to_string(), n.attribute("font-family").unwrap_or("").to_string()))
        .collect();
    ((num("width"), num("height")), texts)
}

#[test]
fn render_svg_matches_snapshots() {
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("cli-seed-seized-640", vec![SEED, "--chart", "seized"]),
        ("cli-seed-money-640", vec![SEED, "--chart", "money"]),
        ("cli-seed-monthly-640", vec![SEED, "--chart", "monthly"]),
        ("cli-seed-totals-kk-400-dark", vec![SEED_KK, "--chart", "totals", "--width", "400", "--theme", "dark"]),
        ("cli-seed-blocked-kk-640", vec![SEED_KK, "--chart", "blocked"]),
        ("cli-seed-blocked-en-locale-640", vec![SEED, "--chart", "blocked", "--locale", "en"]),
        ("cli-gallery-energy-360-dark", vec![GALLERY, "--chart", "energy", "--width", "360", "--theme", "dark"]),
        ("cli-gallery-housing-640", vec![GALLERY, "--chart", "housing"]),
    ];
    let failures: Vec<String> =
        cases.into_iter().filter_map(|(name, args)| common::snapshot(name, &render_svg(&args)).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn render_svg_is_well_formed_with_title_legend_source_and_roboto_first() {
    let svg = render_svg(&[GALLERY, "--chart", "housing", "--width", "500"]);
    let ((w, h), texts) = parse_svg(&svg);
    assert_eq!(w, 500.0);
    assert!(h > 200.0, "height {h}");
    let all: Vec<&str> = texts.iter().map(|(t, _)| t.as_str()).collect();
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root().join(GALLERY)).unwrap()).unwrap();
    let chart = doc["charts"].as_array().unwrap().iter().find(|c| c["id"] == "housing").unwrap();
    // Static output draws the title, the subtitle, a legend entry per series and the source.
    let title = chart["title"].as_str().unwrap();
    assert!(all.iter().any(|t| title.starts_with(t.trim_end_matches('…'))), "no title in {all:?}");
    for s in chart["series"].as_array().unwrap() {
        assert!(all.contains(&s.as_str().unwrap()), "no legend entry {s} in {all:?}");
    }
    let source = doc["source"]["name"].as_str().unwrap();
    assert!(all.iter().any(|t| t.contains(source)), "no source credit in {all:?}");
    for (t, family) in &texts {
        assert!(family.starts_with("Roboto,"), "{t}: font-family {family}");
    }
}

#[test]
fn render_without_chart_draws_the_first_and_says_so() {
    let o = run(&["render", SEED]);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), render_svg(&[SEED, "--chart", "seized"]));
    let note = stderr(&o);
    assert!(note.contains("\"seized\"") && note.contains("blocked, money, totals, monthly"), "{note}");
    // A document with one chart needs no note.
    let one = run(&["render", "tests/fixtures/valid/qualifiers.json"]);
    assert_eq!(code(&one), 0);
    assert_eq!(stderr(&one), "");
}

/// Every text of every chart of the demo documents, laid out with Roboto's
/// widths as the CLI does, stays inside the drawing and has real glyphs.
#[test]
fn native_text_fits_the_drawing_and_has_glyphs() {
    for (file, width) in [(SEED, 640.0), (SEED_KK, 360.0), ("www/data/almaty-2025.en.json", 480.0), (GALLERY, 360.0), (GALLERY, 900.0)] {
        each_scene(&root().join(file), &[width], |index, width, scene| {
            for shape in &scene.shapes {
                let Shape::Text { x, text, font, align, .. } = shape else { continue };
                let w = FontMeasure.width(text, *font);
                let (left, right) = match align {
                    Align::Start => (*x, x + w),
                    Align::Center => (x - w / 2.0, x + w / 2.0),
                    Align::End => (x - w, *x),
                };
                let at = format!("{file} chart {index} at {width}: {text:?}");
                assert!(left >= -0.5 && right <= scene.width + 0.5, "{at} spans {left:.1}..{right:.1}");
                let bold = font.weight == layout::Weight::Bold;
                let missing: String = text.chars().filter(|c| !faces().covers(bold, *c)).collect();
                assert!(missing.is_empty(), "{at}: no glyph for {missing:?}");
            }
        });
    }
}

// ---------------------------------------------------------------------------
// render: PNG
// ---------------------------------------------------------------------------

struct Image {
    width: u32,
    height: u32,
    rgba: Vec<u8>,
}

impl Image {
    fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        let i = ((y * self.width + x) * 4) as usize;
        [self.rgba[i], self.rgba[i + 1], self.rgba[i + 2], self.rgba[i + 3]]
    }
}

fn decode_png(path: &Path) -> Image {
    let file = std::fs::File::open(path).expect("PNG written");
    let mut decoder = png::Decoder::new(file);
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("PNG pixel data");
    assert_eq!(info.color_type, png::ColorType::Rgba, "8-bit RGBA");
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    buf.truncate(info.buffer_size());
    Image { width: info.width, height: info.height, rgba: buf }
}

fn render_png(name: &str, args: &[&str]) -> Image {
    let out = temp(name);
    let out_s = out.to_str().unwrap().to_string();
    let mut all = vec!["render"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", &out_s]);
    let o = run(&all);
    assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
    decode_png(&out)
}

#[test]
fn render_png_has_the_svg_layout_times_the_scale() {
    for (scale, scale_s) in [(1.0, "1"), (2.0, "2"), (1.5, "1.5")] {
        let img = render_png(&format!("money-{scale_s}.png"), &[SEED, "--chart", "money", "--width", "640", "--scale", scale_s]);
        let ((w, h), _) = parse_svg(&render_svg(&[SEED, "--chart", "money", "--width", "640"]));
        assert_eq!(img.width, (640.0 * scale) as u32, "width at scale {scale}");
        // The same scene: the SVG's height, scaled (both round the scene's height up).
        assert_eq!(img.height, (h * scale).ceil() as u32, "height at scale {scale} (SVG {w}×{h})");
    }
}

#[test]
fn render_png_draws_marks_and_text_on_the_theme_background() {
    for (theme, bg) in [("light", Theme::light().background), ("dark", Theme::dark().background)] {
        let img = render_png(&format!("blocked-{theme}.png"), &[SEED_KK, "--chart", "blocked", "--theme", theme, "--scale", "2"]);
        assert_eq!(img.width, 1280);
        let bg = [bg.0, bg.1, bg.2, 255];
        // The page colour in the corner (nothing is drawn at the bottom right).
        assert_eq!(img.pixel(img.width - 1, img.height - 1), bg, "{theme}");
        let colours: HashSet<[u8; 4]> = img.rgba.chunks(4).map(|p| [p[0], p[1], p[2], p[3]]).collect();
        assert!(colours.len() > 20, "{theme}: only {} colours (bars, text and its anti-aliasing)", colours.len());
        // A 16 px margin of pure background on every side (a social card, an e-mail).
        let m = 16 * 2;
        let blank = |xs: std::ops::Range<u32>, ys: std::ops::Range<u32>| ys.clone().all(|y| xs.clone().all(|x| img.pixel(x, y) == bg));
        assert!(blank(0..img.width, 0..m) && blank(0..m, 0..img.height), "{theme}: ink in the top or left margin");
        assert!(blank(img.width - m..img.width, 0..img.height) && blank(0..img.width, img.height - m..img.height), "{theme}: ink in the right or bottom margin");
        // The title: ink in the top band under the margin, left part, across many columns (letters, not a rule).
        let inked_columns = (0..img.width / 2).filter(|&x| (m..m + 30 * 2).any(|y| img.pixel(x, y) != bg)).count();
        assert!(inked_columns > 200, "{theme}: title ink in only {inked_columns} columns");
        // Between the title and the first label there is a band of pure background.
        let blank_row = (m + 22 * 2..m + 36 * 2).any(|y| (0..img.width).all(|x| img.pixel(x, y) == bg));
        assert!(blank_row, "{theme}: title and first label run together");
    }
}

/// Every chart of every valid fixture draws as a PNG of the expected size at the
/// narrowest and widest widths the command allows, in both themes.
#[test]
fn every_valid_fixture_draws_at_extreme_widths() {
    use newsplot::render::png::to_png;
    for name in fixtures("valid") {
        each_scene(&root().join("tests/fixtures/valid").join(&name), &[200.0, 4000.0], |index, width, scene| {
            let (scale, theme) = if width < 1000.0 { (1.0, Theme::light()) } else { (0.5, Theme::dark()) };
            let bytes = to_png(scene, &theme, scale).unwrap_or_else(|e| panic!("{name} chart {index} at {width}: {e}"));
            let out = temp(&format!("{name}-{index}-{width}.png"));
            std::fs::write(&out, bytes).unwrap();
            let img = decode_png(&out);
            assert_eq!(img.width, (width * scale) as u32, "{name} chart {index}");
            assert_eq!(img.height, (scene.height * scale).ceil() as u32, "{name} chart {index}");
        });
    }
}

/// Every chart of the document at `path`, laid out as the CLI lays it out
/// (Roboto's widths, legend and titles drawn), at each of `widths`.
fn each_scene(path: &Path, widths: &[f64], mut f: impl FnMut(usize, f64, &layout::Scene)) {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = spec::parse(&text).unwrap();
    let model = Model::new(&doc, None);
    let numbers = NativeNumbers::new(model.lang);
    let words = Wording::new(model.lang, &numbers);
    let cx = Ctx { measure: &FontMeasure, words: &words, source: doc.source.as_ref(), shown: &[], legend: true, corner: 0.0 };
    for index in 0..model.charts.len() {
        for &width in widths {
            f(index, width, &layout::chart(&model, index, &cx, width));
        }
    }
}

#[test]
fn render_format_comes_from_the_extension_or_the_option() {
    let out = temp("chart.PNG");
    let o = run(&["render", SEED, "--chart", "totals", "--out", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(&std::fs::read(&out).unwrap()[..8], b"\x89PNG\r\n\x1a\n");
    let out = temp("chart.svg");
    let o = run(&["render", SEED, "--chart", "totals", "--out", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("<svg"));
    // --format wins over the name, and a PNG can go to a pipe.
    let o = run(&["render", SEED, "--chart", "totals", "--format", "png"]);
    assert_eq!(code(&o), 0);
    assert_eq!(&o.stdout[..8], b"\x89PNG\r\n\x1a\n");
}

// ---------------------------------------------------------------------------
// Mistakes
// ---------------------------------------------------------------------------

#[test]
fn render_of_an_invalid_document_is_exit_1_with_its_message() {
    let path = "tests/fixtures/invalid/parts-exceed-value.json";
    let out = temp("never.svg");
    let o = run(&["render", path, "--locale", "en", "--out", out.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    assert_eq!(stderr(&o), format!("{path}: {}\n", spec::parse(&text).unwrap_err()));
    assert!(!out.exists(), "nothing is written for an invalid document");
}

#[test]
fn bad_arguments_exit_2_with_a_clear_message() {
    let png = temp("x.png");
    let png = png.to_str().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![], "usage:"),
        (vec!["draw", SEED], "unknown command \"draw\""),
        (vec!["check"], "check needs at least one DOC.json"),
        (vec!["check", "--colour", "red", SEED], "unknown option --colour"),
        (vec!["render"], "render needs a DOC.json"),
        (vec!["render", SEED, GALLERY], "render takes one DOC.json"),
        (vec!["render", SEED, "--chart", "nope"], "has no chart \"nope\"; its charts are: seized, blocked, money, totals, monthly"),
        (vec!["render", SEED, "--width", "wide"], "--width takes a number from 200 to 4000, not \"wide\""),
        (vec!["render", SEED, "--width", "50"], "--width takes a number from 200 to 4000"),
        (vec!["render", SEED, "--width", "NaN"], "--width takes a number"),
        (vec!["render", SEED, "--width"], "--width needs a value"),
        (vec!["render", SEED, "--width", "300", "--width", "400"], "--width is given twice"),
        (vec!["render", SEED, "--format", "jpg"], "--format takes svg or png, not \"jpg\""),
        (vec!["render", SEED, "--out", "chart.jpg"], "cannot tell the format from \"chart.jpg\""),
        (vec!["render", SEED, "--scale", "2"], "--scale applies to PNG output"),
        (vec!["render", SEED, "--scale", "9", "--out", png], "--scale takes a number from 0.5 to 4"),
        (vec!["render", SEED, "--theme", "blue"], "--theme takes light or dark, not \"blue\""),
        (vec!["render", SEED, "-w", "300"], "unknown option -w"),
        (vec!["render", "no/such/doc.json"], "no/such/doc.json"),
        (vec!["render", SEED, "--out", "/no/such/dir/x.svg"], "/no/such/dir/x.svg"),
    ];
    for (args, says) in cases {
        let o = run(&args);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: expected {says:?} in {}", stderr(&o));
        assert_eq!(stdout(&o), "", "{args:?}: nothing on stdout");
    }
    let help = run(&["--help"]);
    assert_eq!(code(&help), 0);
    assert!(stdout(&help).contains("newsplot render DOC.json"));
}

/// A byte-order mark (Notepad, Excel) is no part of the document, as in the
/// widget; a file that is not UTF-8 is an invalid document, worded as the widget words it.
#[test]
fn check_reads_past_a_byte_order_mark_and_refuses_other_encodings_by_name() {
    let mut text = "\u{feff}".as_bytes().to_vec();
    text.extend(std::fs::read(root().join(SEED)).unwrap());
    let o = run_with_input(&["check", "-"], &text);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // «Изъято» in Windows-1251: bytes that are not UTF-8.
    let cp1251 = b"{\"version\":1,\"charts\":[{\"id\":\"a\",\"type\":\"bar\",\"title\":\"\xc8\xe7\xfa\xff\xf2\xee\",\"items\":[{\"label\":\"x\",\"value\":1}]}]}";
    let o = run_with_input(&["check", "-"], cp1251);
    assert_eq!(code(&o), 1, "an invalid document, not a usage error: {}", stderr(&o));
    assert!(stderr(&o).contains("не текст в UTF-8"), "{}", stderr(&o));
    let o = run_with_input(&["check", "--locale", "en", "-"], cp1251);
    assert!(stderr(&o).contains("is not UTF-8 text") && stderr(&o).contains("save the document as UTF-8"), "{}", stderr(&o));
}
