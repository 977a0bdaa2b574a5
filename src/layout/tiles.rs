//! Big numbers: one tile per item with its worded figure large and its label
//! under it, in rows that wrap to as many columns as fit. With series, one
//! tile per item and shown series, its figure in the series' colour and the
//! series named under the label («задержано» / «2025»).

use super::frame::SMALL;
use super::scene::{Align, Font, Hit, Mark, Rect, Region, Shape, Weight};
use super::text::{words_fit, wrap, TextMeasure};
use super::{Body, Ctx};
use crate::model::ChartModel;
use crate::spec::ChartKind;
use crate::theme::Ink;

const MIN_TILE: f64 = 140.0;
const GAP: f64 = 10.0;
const PAD: f64 = 14.0;
const LABEL: Font = Font::new(14.0, Weight::Normal);
const BIG: f64 = 32.0;
const SMALLEST_BIG: f64 = 18.0;
/// The widest word a tile makes room for (CSS px at the label's size):
/// «наркопреступлений», Kazakh compounds and German ones fit well within.
const LONGEST_REAL_WORD: f64 = 240.0;
/// The smallest size exact figures are shown at; smaller, they go compact.
const EXACT_SMALLEST: f64 = 24.0;

pub fn layout(chart: &ChartModel, cx: &Ctx, top: f64, width: f64) -> Body {
    // (item, series) of each tile, in the document's order.
    let series = super::bars::shown_series(chart, cx);
    let mut tiles: Vec<(usize, usize)> = Vec::new();
    for i in 0..chart.items.len() {
        for &s in &series {
            tiles.push((i, s));
        }
    }
    let n = tiles.len();
    // A tile is at least wide enough for its longest word: fewer columns rather
    // than "наркопреступлени-й" cut mid-word.
    // (Plain loops here and above: `flat_map` brought its own iterator code.)
    let mut longest_word: f64 = 0.0;
    for d in &chart.items {
        for w in d.label.split_whitespace() {
            longest_word = longest_word.max(cx.measure.width(w, LABEL));
        }
    }
    // But not for a "word" no language has (a pasted run with no spaces, wider
    // than any real one): it is cut, rather than make every tile full width.
    let min_tile = MIN_TILE.max(longest_word.min(LONGEST_REAL_WORD) + 2.0 * PAD + 2.0);
    let fit = (((width + GAP) / (min_tile + GAP)).floor() as usize).max(1);
    let mut cols = fit.min(n.max(1));
    // A short figure that no tile this narrow holds whole even at the
    // smallest size (a Kazakh «255 млн ₸-ден астам», two to a row on a
    // phone, broke as «255 млн» / «₸-ден астам»): fewer columns.
    let held = |cols: usize| {
        let inner = (width - GAP * (cols as f64 - 1.0)) / cols as f64 - 2.0 * PAD;
        tiles.iter().filter_map(|&(i, s)| chart.items[i].values.get(s).copied().flatten()).all(|f| {
            figure_lines(cx.measure, &cx.words.of(&f, true), &cx.words.headline(&f), SMALLEST_BIG, inner).is_some()
        })
    };
    while cols > 1 && !held(cols) {
        cols -= 1;
    }
    // Rows as even as the columns allow: four tiles in three columns are 2 + 2,
    // not 3 + 1; three in two are one column, not a pair and a lone tile.
    if n > cols {
        cols = n.div_ceil(n.div_ceil(cols));
        if n == 3 {
            cols = 1;
        }
    }
    // With series, an item's tiles stand side by side in one row: whole items
    // per row (as evenly as the rows allow), never one split across rows.
    // Narrower than one item's tiles: each item starts a row of its own.
    let m = series.len();
    let mut per_item = false;
    if m >= 2 && fit >= m {
        let items = chart.items.len().max(1);
        let per_row = (fit / m).min(items);
        cols = items.div_ceil(items.div_ceil(per_row)) * m;
    } else if m >= 2 {
        per_item = true;
        // As above: three are one column, not a pair and a lone tile.
        cols = if m == 3 { 1 } else { m.div_ceil(m.div_ceil(fit)) };
    }
    // Each row's tiles, as a range of `tiles`: `cols` at most, and one item's at most when `per_item`.
    let mut rows = Vec::new();
    let mut a = 0;
    while a < n {
        let end = (a + cols.max(1)).min(if per_item { (a / m + 1) * m } else { n });
        rows.push(a..end);
        a = end;
    }
    let tile_w = (width - GAP * (cols as f64 - 1.0)) / cols as f64;
    let inner = tile_w - 2.0 * PAD;

    // One size for every tile's figure, so that none looks bigger than its
    // number is: the largest at which each fits its tile, on one line or
    // wrapped after its qualifier (`более` / `15 тыс.`), never between the
    // number and its unit.
    let no_data = crate::format::words::no_data(cx.words.lang);
    let figure = |&(i, s): &(usize, usize)| chart.items[i].values.get(s).copied().flatten();
    let worded = |exact: bool| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for t in &tiles {
            out.push(figure(t).map_or_else(
                || (no_data.to_string(), no_data.to_string()),
                |f| if exact { (cx.words.of(&f, false), cx.words.label_exact(&f)) } else { (cx.words.of(&f, true), cx.words.headline(&f)) },
            ));
        }
        out
    };
    // A tile is its figure: every digit («14 250», not «14,3 тыс.») where every
    // tile holds its own at a headline size; else all of them compact. So too
    // where one is a million or more that words cannot hold whole: a headline
    // reads «3,42 млрд ₸», not «3 420 500 000,75 ₸» (the tooltip has that).
    let fits = |set: &[(String, String)], size: f64| set.iter().all(|(one, wrapped)| figure_lines(cx.measure, one, wrapped, size, inner).is_some());
    let readable = tiles.iter().filter_map(figure).all(|f| f.value.abs() < 1e6 || crate::format::in_words(f.value));
    let exact = worded(true);
    let figures = if readable && fits(&exact, EXACT_SMALLEST) { exact } else { worded(false) };
    let mut size = BIG;
    while size > SMALLEST_BIG && !figures.iter().all(|(one, wrapped)| figure_lines(cx.measure, one, wrapped, size, inner).is_some()) {
        size -= 2.0;
    }
    let big_font = Font::new(size, Weight::Bold);

    // Each tile's content first, so a row can take its tallest tile's height.
    struct Content {
        big: Vec<String>,
        lines: Vec<(String, Font, Ink)>,
        ink: Ink,
    }
    let mut contents: Vec<Content> = Vec::new();
    for (&(i, s), (one, wrapped)) in tiles.iter().zip(&figures) {
        let d = &chart.items[i];
        // Too wide even at the smallest size: wrapped at any space, a word
        // cut only if it must be.
        let big = figure_lines(cx.measure, one, wrapped, size, inner).unwrap_or_else(|| wrap(cx.measure, &crate::format::swap_char(wrapped, '\u{a0}', ' '), big_font, inner, 0));
        let mut lines: Vec<(String, Font, Ink)> = Vec::new();
        for l in wrap(cx.measure, &d.label, LABEL, inner, 4) {
            lines.push((l, LABEL, Ink::Text));
        }
        let small = chart.series.get(s).map(|name| wrap(cx.measure, name, SMALL, inner, 2)).or_else(|| cx.words.parts(&d.parts, true).map(|p| wrap(cx.measure, &p, SMALL, inner, 2)));
        for l in small.unwrap_or_default() {
            lines.push((l, SMALL, Ink::Muted));
        }
        let ink = if figure(&(i, s)).is_some() { Ink::Series(s as u8) } else { Ink::Muted };
        contents.push(Content { big, lines, ink });
    }
    let blh = big_font.line_height();
    // A row's numbers stand level (`более` above `1 200` beside `14`; `500-ден`
    // above `астам` beside `2`), and the labels under the figures start level.
    let number_line = |c: &Content| c.big.iter().position(|l| l.bytes().any(|b| b.is_ascii_digit())).unwrap_or(0);
    let height_of = |c: &Content, big_lines: usize| 2.0 * PAD + blh * big_lines as f64 + 4.0 + c.lines.iter().map(|(_, f, _)| f.line_height()).sum::<f64>();

    let mut shapes = Vec::new();
    let mut hits = Vec::new();
    let mut y = top;
    for range in rows {
        let chunk = &contents[range.clone()];
        let lead = chunk.iter().map(number_line).max().unwrap_or(0);
        let big_lines = chunk.iter().map(|c| lead - number_line(c) + c.big.len().max(1)).max().unwrap_or(1);
        let row_h = chunk.iter().map(|c| height_of(c, big_lines)).fold(0.0, f64::max);
        for (col, c) in chunk.iter().enumerate() {
            let (i, s) = tiles[range.start + col];
            let tile = Rect::new(col as f64 * (tile_w + GAP), y, tile_w, row_h);
            shapes.push(Shape::Rect { rect: tile, ink: Ink::Panel });
            let mut fy = y + PAD + blh * (lead - number_line(c)) as f64;
            for line in &c.big {
                shapes.push(Shape::Text {
                    x: tile.x + PAD,
                    y: fy + (blh - big_font.size) / 2.0,
                    text: line.clone(),
                    font: big_font,
                    ink: c.ink,
                    align: Align::Start,
                });
                fy += blh;
            }
            let mut ty = y + PAD + blh * big_lines as f64 + 4.0;
            for (line, font, ink) in &c.lines {
                let lh = font.line_height();
                shapes.push(Shape::Text { x: tile.x + PAD, y: ty + (lh - font.size) / 2.0, text: line.clone(), font: *font, ink: *ink, align: Align::Start });
                ty += lh;
            }
            hits.push(Hit { item: i, series: s, area: Region::Rect(tile), mark: Mark::Rect(tile), anchor: (tile.x + tile.w / 2.0, tile.y), avoid: tile });
        }
        y += row_h + GAP;
    }
    Body { shapes, hits, height: (y - top - GAP).max(0.0), points: Vec::new(), rows: Vec::new(), kind: ChartKind::Tiles }
}

/// A figure's lines at `size` in a tile `inner` wide: `one` on one line if it
/// fits, else `wrapped` (its qualifier joined by a plain space) on two lines
/// with no word cut; None if neither fits.
fn figure_lines(m: &dyn TextMeasure, one: &str, wrapped: &str, size: f64, inner: f64) -> Option<Vec<String>> {
    let font = Font::new(size, Weight::Bold);
    if m.width(one, font) <= inner {
        return Some(vec![one.to_string()]);
    }
    if !words_fit(m, wrapped, font, inner) {
        return None;
    }
    let lines = wrap(m, wrapped, font, inner, 0);
    (lines.len() <= 2).then_some(lines)
}
