//! The native `newsplot` command: the same spec → model → layout → render as the
//! browser, without one. `check` validates documents with the widget's messages;
//! `render` draws one chart to SVG or PNG (title, legend and source drawn in).
//!
//! Exit codes: 0 done, 1 an invalid document, 2 a bad command line or a file
//! that cannot be read or written.

// The browser gets the library; this command is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{IsTerminal, Write};
    use std::process::ExitCode;

    use newsplot::format::native::NativeNumbers;
    use newsplot::format::{Lang, Wording};
    use newsplot::layout::{self, Ctx};
    use newsplot::model::Model;
    use newsplot::render::font::{FontMeasure, FAMILY};
    use newsplot::render::png::to_png;
    use newsplot::render::svg::to_svg_in;
    use newsplot::spec;
    use newsplot::theme::Theme;

    const USAGE: &str = "usage:
  newsplot check [--locale ru|kk|en] DOC.json...      (DOC.json `-`: standard input)
  newsplot render DOC.json [--chart ID] [--width PX] [--format svg|png] [--scale N]
                  [--locale TAG] [--theme light|dark] [--out FILE]

check   validates each document; prints `DOC: valid, N charts` or the first problem,
        worded as the widget words it (in --locale, else the document's locale).
render  draws one chart (the first without --chart) as the browser does, with its
        title, legend and source; --format defaults from --out's extension, else svg;
        without --out the image goes to standard output. Defaults: --width 640,
        --scale 1 (PNG only), --theme light, --locale from the document.
exit    0 done, 1 invalid document, 2 bad arguments or unreadable/unwritable file";

    const MIN_WIDTH: f64 = 200.0;
    const MAX_WIDTH: f64 = 4000.0;
    const MAX_SCALE: f64 = 4.0;
    /// Clear space around a rendered chart (CSS px), as around the widget's PNG download.
    const MARGIN: f64 = 16.0;

    /// Why the command stops: its exit code and what it says on standard error.
    enum Stop {
        Invalid(String),
        Usage(String),
        /// Already reported (`check` on several files): the exit code alone.
        Reported(u8),
    }

    fn usage(msg: impl Into<String>) -> Stop {
        Stop::Usage(msg.into())
    }

    pub fn main() -> ExitCode {
        // The first argument is the program's own name.
        let all: Vec<String> = std::env::args().collect();
        let args = all.get(1..).unwrap_or_default();
        if args.is_empty() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        if matches!(args[0].as_str(), "-h" | "--help" | "help") {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        let result = match args[0].as_str() {
            "check" => check(&args[1..]),
            "render" => render(&args[1..]),
            other => Err(usage(format!("unknown command \"{other}\"; expected check or render"))),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(Stop::Invalid(msg)) => {
                eprintln!("{msg}");
                ExitCode::from(1)
            }
            Err(Stop::Usage(msg)) => {
                eprintln!("newsplot: {msg}");
                eprintln!("(newsplot --help for usage)");
                ExitCode::from(2)
            }
            Err(Stop::Reported(code)) => ExitCode::from(code),
        }
    }

    /// Options (`--name value`) and positional arguments, each option at most once.
    struct Args {
        options: Vec<(String, String)>,
        files: Vec<String>,
    }

    impl Args {
        fn parse(args: &[String], known: &[&str]) -> Result<Args, Stop> {
            let mut out = Args { options: Vec::new(), files: Vec::new() };
            let mut i = 0;
            while i < args.len() {
                let a = &args[i];
                if a.starts_with("--") {
                    // `--name=value` or `--name value`.
                    let (name, inline) = match a.split_once('=') {
                        Some((n, v)) => (n.to_string(), Some(v.to_string())),
                        None => (a.clone(), None),
                    };
                    if !known.contains(&name.as_str()) {
                        return Err(usage(format!("unknown option {name}; this command takes {}", known.join(", "))));
                    }
                    let value = match inline {
                        Some(v) => v,
                        None => {
                            i += 1;
                            args.get(i).cloned().ok_or_else(|| usage(format!("{name} needs a value")))?
                        }
                    };
                    if out.options.iter().any(|(n, _)| *n == name) {
                        return Err(usage(format!("{name} is given twice")));
                    }
                    out.options.push((name, value));
                } else if a.len() > 1 && a.starts_with('-') {
                    return Err(usage(format!("unknown option {a}")));
                } else {
                    out.files.push(a.clone());
                }
                i += 1;
            }
            Ok(out)
        }

        fn get(&self, name: &str) -> Option<&str> {
            self.options.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
        }
    }

    /// The document's text; `-` reads standard input.
    /// A file that is not UTF-8 is an invalid document (exit 1), worded as the
    /// widget words it; a byte-order mark (Notepad, Excel) is no part of it.
    fn read(path: &str, locale: Option<&str>) -> Result<String, Stop> {
        let mut bytes = Vec::new();
        let read = if path == "-" {
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| ())
        } else {
            std::fs::File::open(path).and_then(|mut f| std::io::Read::read_to_end(&mut f, &mut bytes)).map(|_| ())
        };
        let name = if path == "-" { "standard input" } else { path };
        read.map_err(|e| usage(format!("{name}: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|_| {
            let lang = message_lang(locale, "");
            let message = newsplot::format::words::load_error(lang, "encoding", name, "");
            Stop::Invalid(message.strip_prefix("src: ").unwrap_or(&message).to_string())
        })?;
        Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        })
    }

    /// The language of a message: `--locale`, else the document's own `locale`
    /// (read even from a broken document), else the format's default (Russian),
    /// as the widget decides on a page without `lang`.
    fn message_lang(locale: Option<&str>, text: &str) -> Lang {
        let tag = locale.map(str::to_string).or_else(|| spec::declared_locale(text)).unwrap_or_else(|| spec::DEFAULT_LOCALE.to_string());
        Lang::from_tag(&tag).0
    }

    fn parse(path: &str, text: &str, locale: Option<&str>) -> Result<spec::Document, Stop> {
        spec::parse(text).map_err(|e| Stop::Invalid(format!("{path}: {}", e.message(message_lang(locale, text)))))
    }

    fn check(args: &[String]) -> Result<(), Stop> {
        let args = Args::parse(args, &["--locale"])?;
        if args.files.is_empty() {
            return Err(usage("check needs at least one DOC.json"));
        }
        let locale = args.get("--locale");
        let mut worst = 0;
        for path in &args.files {
            let outcome = read(path, locale).and_then(|text| parse(path, &text, locale).map(|doc| (doc, text)));
            match outcome {
                Ok((doc, text)) => {
                    let n = doc.charts.len();
                    println!("{path}: valid, {n} chart{}", if n == 1 { "" } else { "s" });
                    // Valid, but not what a reader should get: in the document's language.
                    let lang = message_lang(locale, &text);
                    if let Some(at) = newsplot::spec::first_empty_name(&doc) {
                        eprintln!("{path}: {}", empty_name(lang, &at));
                    }
                    for slip in newsplot::spec::slips(&text) {
                        eprintln!("{path}: {}", slipped(lang, &slip));
                    }
                }
                // Every file is reported; the exit code is the worst outcome.
                Err(Stop::Invalid(m)) => {
                    eprintln!("{m}");
                    worst = worst.max(1);
                }
                Err(Stop::Usage(m)) => {
                    eprintln!("newsplot: {m}");
                    worst = 2;
                }
                Err(Stop::Reported(code)) => worst = worst.max(code),
            }
        }
        if worst == 0 { Ok(()) } else { Err(Stop::Reported(worst)) }
    }

    fn empty_name(lang: Lang, at: &str) -> String {
        match lang {
            Lang::Ru => format!("предупреждение: {at} пусто: у отметки на графике не будет названия"),
            Lang::Kk => format!("ескерту: {at} бос: диаграммадағы белгінің атауы болмайды"),
            Lang::En => format!("warning: {at} is empty: readers get a mark with no name"),
        }
    }

    /// A field the format does not read, a slip away from one it does.
    fn slipped(lang: Lang, slip: &newsplot::spec::Slip) -> String {
        let warning = match lang {
            Lang::Ru => "предупреждение",
            Lang::Kk => "ескерту",
            Lang::En => "warning",
        };
        format!("{warning}: {}", slip.message(lang))
    }

    #[derive(Clone, Copy, PartialEq)]
    enum Format {
        Svg,
        Png,
    }

    fn number(args: &Args, name: &str, default: f64, min: f64, max: f64) -> Result<f64, Stop> {
        match args.get(name) {
            None => Ok(default),
            Some(s) => match s.trim().parse::<f64>() {
                Ok(v) if v.is_finite() && (min..=max).contains(&v) => Ok(v),
                _ => Err(usage(format!("{name} takes a number from {min} to {max}, not \"{s}\""))),
            },
        }
    }

    fn format_of(args: &Args) -> Result<Format, Stop> {
        match args.get("--format") {
            Some("svg") => Ok(Format::Svg),
            Some("png") => Ok(Format::Png),
            Some(other) => Err(usage(format!("--format takes svg or png, not \"{other}\""))),
            None => match args.get("--out") {
                None | Some("-") => Ok(Format::Svg),
                Some(out) => {
                    let ext = std::path::Path::new(out).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
                    match ext.as_deref() {
                        Some("svg") => Ok(Format::Svg),
                        Some("png") => Ok(Format::Png),
                        _ => Err(usage(format!("cannot tell the format from \"{out}\"; name it .svg or .png, or give --format"))),
                    }
                }
            },
        }
    }

    fn render(args: &[String]) -> Result<(), Stop> {
        let known = ["--chart", "--width", "--format", "--scale", "--locale", "--theme", "--out"];
        let args = Args::parse(args, &known)?;
        let path = match args.files.as_slice() {
            [one] => one.as_str(),
            [] => return Err(usage("render needs a DOC.json")),
            _ => return Err(usage(format!("render takes one DOC.json, got {}", args.files.join(" ")))),
        };
        // Every argument is checked before the document is read.
        let width = number(&args, "--width", 640.0, MIN_WIDTH, MAX_WIDTH)?;
        let format = format_of(&args)?;
        if format == Format::Svg && args.get("--scale").is_some() {
            return Err(usage("--scale applies to PNG output; an SVG scales by itself"));
        }
        let scale = number(&args, "--scale", 1.0, 0.5, MAX_SCALE)?;
        let theme = match args.get("--theme") {
            None | Some("light") => Theme::light(),
            Some("dark") => Theme::dark(),
            Some(other) => return Err(usage(format!("--theme takes light or dark, not \"{other}\""))),
        };
        let locale = args.get("--locale");
        if let Some(tag) = locale {
            let (lang, fell_back) = Lang::from_tag(tag);
            if fell_back {
                eprintln!("newsplot: no wording for \"{tag}\"; using {}", lang.tag());
            }
        }

        let text = read(path, locale)?;
        let doc = parse(path, &text, locale)?;
        let model = Model::new(&doc, locale);
        let ids: Vec<&str> = model.charts.iter().map(|c| c.id.as_str()).collect();
        let index = match args.get("--chart") {
            Some(id) => ids.iter().position(|c| *c == id).ok_or_else(|| {
                usage(format!("{path} has no chart \"{id}\"; its charts are: {}", ids.join(", ")))
            })?,
            None => {
                if ids.len() > 1 {
                    eprintln!("newsplot: drew the first chart, \"{}\"; the others: {} (pick with --chart ID)", ids[0], ids[1..].join(", "));
                }
                0
            }
        };

        let numbers = NativeNumbers::new(model.lang);
        let words = Wording::new(model.lang, &numbers).with_dates(model.dates);
        let cx = Ctx { measure: &FontMeasure, words: &words, source: doc.source.as_ref(), shown: &[], legend: true, corner: 0.0 };
        // Inside a margin, as the widget's PNG download: the image is --width
        // wide and its text keeps off the edges (a social card, an e-mail).
        let laid = layout::chart(&model, index, &cx, width - 2.0 * MARGIN);
        let shapes = laid.shapes.iter().map(|s| s.moved(MARGIN, MARGIN)).collect();
        let scene = layout::Scene { width, height: laid.height + 2.0 * MARGIN, shapes, ..laid };
        let bytes = match format {
            Format::Svg => to_svg_in(&scene, &theme, FAMILY).into_bytes(),
            Format::Png => to_png(&scene, &theme, scale).map_err(usage)?,
        };
        match args.get("--out") {
            Some(out) if out != "-" => std::fs::write(out, &bytes).map_err(|e| usage(format!("{out}: {e}"))),
            _ => {
                let mut stdout = std::io::stdout();
                if format == Format::Png && stdout.is_terminal() {
                    return Err(usage("a PNG is not for a terminal; give --out FILE.png or redirect the output"));
                }
                stdout.write_all(&bytes).and_then(|()| stdout.flush()).map_err(|e| usage(format!("standard output: {e}")))
            }
        }
    }
}
