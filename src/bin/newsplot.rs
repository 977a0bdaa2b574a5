//! The native `newsplot` command: the same spec → model → layout → render as the
//! browser, without one. `check` validates a document; `render` writes an SVG.

// The browser gets the library; this command is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use newsplot::format::native::NativeNumbers;
    use newsplot::format::Wording;
    use newsplot::layout::{self, ApproxMeasure, Ctx};
    use newsplot::model::Model;
    use newsplot::render::svg::to_svg;
    use newsplot::spec;
    use newsplot::theme::Theme;

    const USAGE: &str = "usage:
      newsplot check DOC.json
      newsplot render DOC.json [--chart ID] [--width PX] [--locale TAG] [--theme light|dark] [--out FILE.svg]";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().collect();
        let args = args.get(1..).unwrap_or_default();
        match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("{msg}");
                ExitCode::FAILURE
            }
        }
    }

    fn run(args: &[String]) -> Result<(), String> {
        let (cmd, path) = match args {
            [cmd, path, ..] => (cmd.as_str(), path.as_str()),
            _ => return Err(USAGE.into()),
        };
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let doc = spec::parse(&text).map_err(|e| format!("{path}: {e}"))?;
        match cmd {
            "check" => {
                println!("{path}: valid, {} chart(s)", doc.charts.len());
                Ok(())
            }
            "render" => render(&doc, &args[2..]),
            _ => Err(USAGE.into()),
        }
    }

    fn render(doc: &spec::Document, opts: &[String]) -> Result<(), String> {
        let opt = |name: &str| opts.iter().position(|a| a == name).and_then(|i| opts.get(i + 1)).map(String::as_str);
        let width: f64 = opt("--width").unwrap_or("640").parse().map_err(|_| "--width takes a number of pixels")?;
        let model = Model::new(doc, opt("--locale"));
        let index = match opt("--chart") {
            Some(id) => model.charts.iter().position(|c| c.id == id).ok_or_else(|| format!("no chart with id \"{id}\""))?,
            None => 0,
        };
        let theme = if opt("--theme") == Some("dark") { Theme::dark() } else { Theme::light() };
        let numbers = NativeNumbers::new(model.lang);
        let words = Wording::new(model.lang, &numbers);
        let cx = Ctx { measure: &ApproxMeasure, words: &words, source: doc.source.as_ref(), shown: &[], legend: true };
        let scene = layout::chart(&model, index, &cx, width);
        let svg = to_svg(&scene, &theme);
        match opt("--out") {
            Some(out) => std::fs::write(out, svg).map_err(|e| format!("{out}: {e}")),
            None => {
                print!("{svg}");
                Ok(())
            }
        }
    }
}
