//! JSON paths such as `charts[1].items[2].value`, built on the stack while the
//! reader walks the document and rendered to text only when there is an error.

use std::fmt;

#[derive(Clone, Copy)]
enum Seg<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// A place in the document: a chain of keys and indexes back to the root.
#[derive(Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: Seg<'a>,
}

impl<'a> Path<'a> {
    pub const ROOT: Path<'static> = Path { parent: None, seg: Seg::Root };

    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path { parent: Some(self), seg: Seg::Key(key) }
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path { parent: Some(self), seg: Seg::Index(index) }
    }
}

impl Path<'_> {
    /// The path as text, written by hand: an error's path needs no
    /// formatting machinery in the wasm.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.push_to(&mut out);
        out
    }

    fn push_to(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.push_to(out);
        }
        match self.seg {
            Seg::Root => {}
            Seg::Key(k) => {
                if self.parent.is_some_and(|p| !matches!(p.seg, Seg::Root)) {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                crate::format::decimal::push_uint(out, i as u64);
                out.push(']');
            }
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_keys_and_indexes() {
        let root = Path::ROOT;
        let charts = root.key("charts");
        let c1 = charts.index(1);
        let items = c1.key("items");
        let i2 = items.index(2);
        assert_eq!(i2.key("value").to_string(), "charts[1].items[2].value");
        assert_eq!(root.key("version").to_string(), "version");
        assert_eq!(root.to_string(), "");
    }
}
