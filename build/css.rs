// Shrinks the widget's stylesheet for the wasm: comments and needless
// whitespace go (~1 KB raw, ~320 B gzip), nothing else changes. Included by
// build.rs, and by a native test that checks it.

/// `css` without comments, whitespace collapsed, and no space beside `{ } ; , >`
/// or after `:`. Quoted strings are kept as written; a space before `:` or
/// around `+`/`-` stays (`a :hover`, `calc(100% + 4px)` mean something).
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut space, c);
                out.push(c);
                for q in chars.by_ref() {
                    out.push(q);
                    if q == c {
                        break;
                    }
                }
            }
            '}' if out.ends_with(';') => {
                out.pop();
                out.push('}');
                space = false;
            }
            c => {
                push_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes a pending space before `next` unless it separates nothing.
fn push_space(out: &mut String, space: &mut bool, next: char) {
    if std::mem::take(space) && !out.is_empty() && !out.ends_with(['{', '}', ';', ':', ',', '>']) && !"{};,>".contains(next) {
        out.push(' ');
    }
}
