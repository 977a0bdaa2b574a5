//! A small JSON reader in place of serde_json, whose generic deserializer
//! cost the wasm far more than this.
//! It follows serde_json 1.0's grammar step by step, so a document gets the same
//! value and the same error at the same place as before (the error a
//! [`JsonFault`] code, worded in each language by `messages.rs`), but that
//! columns count UTF-16 units (as VS Code does), not bytes, that
//! nesting is an error only deeper than 128 levels (serde_json: from 128 on);
//! objects keep the last of duplicate keys and iterate in key order, numbers
//! are scaled by the nearest f64 to each power of ten, as serde_json did.
//! Numbers also keep their text as written, which messages quote; their
//! value has no negative zero (`-0` is 0).
//! The reader builds a flat [`Tree`]: every array's items and every object's
//! members sit in two shared vectors, so a big document costs a few large
//! allocations rather than two per item (and as few frees when dropped).

use std::borrow::Cow;


#[derive(Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(Number<'a>),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Map<'a>),
}

/// A number (never -0; infinite past f64's range) and its literal text (`1.50`, `-0`, `2e3`).
#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Number<'a> {
    pub value: f64,
    pub raw: &'a str,
}

/// An object's members sorted by key, one per key (the last one written).
#[derive(Debug, PartialEq)]
pub struct Map<'a>(Vec<(Cow<'a, str>, Value<'a>)>);

impl<'a> Map<'a> {
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        // Most objects are small: equality tests lengths first, so a scan
        // mostly compares no bytes at all.
        if self.0.len() <= 8 {
            return self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v);
        }
        let i = self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key)).ok()?;
        Some(&self.0[i].1)
    }

    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value<'a>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

/// A string of the text: borrowed as written, or (when it has escapes)
/// decoded into the tree's `decoded`. Plain data, so nodes are too: a tree
/// moves them with a copy and drops them without a walk.
#[derive(Debug, Clone, Copy)]
pub enum Text<'a> {
    Raw(&'a str),
    Decoded(u32),
}

/// A value in a [`Tree`]: arrays and objects are ranges of its vectors.
#[derive(Debug, Clone, Copy)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    Number(Number<'a>),
    String(Text<'a>),
    /// `items[start..start + len]`.
    Array(u32, u32),
    /// `members[start..start + len]`, sorted by key, one per key.
    Object(u32, u32),
}

/// A parsed document: the root and the shared storage of its arrays and objects.
pub struct Tree<'a> {
    root: Node<'a>,
    items: Vec<Node<'a>>,
    members: Vec<(Text<'a>, Node<'a>)>,
    decoded: Vec<String>,
    /// Keys written twice in one object (the later kept): each object's
    /// `members` start and the key, once per extra time, for the reader to name by path.
    repeated: Vec<(u32, Text<'a>)>,
    /// The byte length of the longest string, keys included: with none
    /// over the character limit in bytes, no string can be too long.
    pub longest: usize,
}

impl<'a> Tree<'a> {
    pub fn root(&self) -> Val<'_, 'a> {
        Val { tree: self, node: &self.root }
    }

    fn text(&self, t: Text<'a>) -> &str {
        match t {
            Text::Raw(s) => s,
            Text::Decoded(i) => &self.decoded[i as usize],
        }
    }

    /// As a `Value` holds it: borrowed from the text where it can be.
    fn cow(&self, t: Text<'a>) -> Cow<'a, str> {
        match t {
            Text::Raw(s) => Cow::Borrowed(s),
            Text::Decoded(_) => Cow::Owned(self.text(t).to_owned()),
        }
    }
}

/// A node with the tree it lives in, to walk on from.
#[derive(Clone, Copy)]
pub struct Val<'t, 'a> {
    tree: &'t Tree<'a>,
    pub node: &'t Node<'a>,
}

impl<'t, 'a> Val<'t, 'a> {
    pub fn at(self, node: &'t Node<'a>) -> Self {
        Val { tree: self.tree, node }
    }

    pub fn is_null(self) -> bool {
        matches!(self.node, Node::Null)
    }

    /// A string's text.
    pub fn str(self) -> Option<&'t str> {
        match *self.node {
            Node::String(t) => Some(self.tree.text(t)),
            _ => None,
        }
    }

    /// The keys this object has written more than once (the last of each kept), in key order.
    pub fn repeated_keys(self) -> impl Iterator<Item = &'t str> {
        let start = match *self.node {
            Node::Object(start, len) if len > 0 => Some(start),
            _ => None,
        };
        let tree = self.tree;
        // Objects close in the order their members are stored: `repeated` is
        // sorted by start, and a document of 55,550 items each with a `"//"`
        // written twice is searched by halves, not scanned per item.
        let at = start.map_or(tree.repeated.len(), |st| tree.repeated.partition_point(|(s, _)| *s < st));
        tree.repeated[at..].iter().take_while(move |(s, _)| Some(*s) == start).map(move |(_, k)| tree.text(*k))
    }

    /// An array's items.
    pub fn items(self) -> Option<&'t [Node<'a>]> {
        match *self.node {
            Node::Array(start, len) => Some(&self.tree.items[start as usize..][..len as usize]),
            _ => None,
        }
    }

    /// The items of an array, each with the tree.
    pub fn iter(self, items: &'t [Node<'a>]) -> impl Iterator<Item = Val<'t, 'a>> {
        items.iter().map(move |n| self.at(n))
    }

    fn members(self) -> &'t [(Text<'a>, Node<'a>)] {
        match *self.node {
            Node::Object(start, len) => &self.tree.members[start as usize..][..len as usize],
            _ => &[],
        }
    }

    /// An object's members in key order (none for other values).
    pub fn entries(self) -> impl Iterator<Item = (&'t str, Val<'t, 'a>)> {
        self.members().iter().map(move |(k, n)| (self.tree.text(*k), self.at(n)))
    }

    /// An object's member (None for other values too).
    pub fn get(self, key: &str) -> Option<Self> {
        let m = self.members();
        let text = |k: &Text<'a>| self.tree.text(*k);
        // Most objects are small: equality tests lengths first, so a scan
        // mostly compares no bytes at all.
        let i = if m.len() <= 8 {
            m.iter().position(|(k, _)| text(k) == key)?
        } else {
            m.binary_search_by(|(k, _)| text(k).cmp(key)).ok()?
        };
        Some(self.at(&m[i].1))
    }

    /// The value with everything under it, as an owned [`Value`].
    pub fn value(self) -> Value<'a> {
        match self.node {
            Node::Array(..) => Value::Array(self.iter(self.items().unwrap_or_default()).map(Val::value).collect()),
            Node::Object(..) => Value::Object(Map(
                self.members().iter().map(|(k, n)| (self.tree.cow(*k), self.at(n).value())).collect(),
            )),
            _ => self.shallow(),
        }
    }

    /// The value without its contents: what a message needs to name it.
    pub fn shallow(self) -> Value<'a> {
        match self.node {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(n) => Value::Number(*n),
            Node::String(t) => Value::String(self.tree.cow(*t)),
            Node::Array(..) => Value::Array(Vec::new()),
            Node::Object(..) => Value::Object(Map(Vec::new())),
        }
    }
}

/// Where the text stops being JSON: line from 1; column in characters from
/// the line start, from 1, as an editor counts them (serde_json counts bytes,
/// which put an error in a Russian title's line far to the right; its 0,
/// before a line's first byte, is 1 here).
#[derive(Debug, PartialEq)]
pub struct Error {
    pub line: usize,
    pub column: usize,
    pub what: JsonFault,
}

/// Why the text is not JSON: a code each language words in its own way
/// (`messages.rs`); the codes are serde_json's errors, but for `LoneSurrogate`,
/// `TooDeep`, `HtmlEscaped` and `Empty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonFault {
    EofValue,
    EofList,
    EofObject,
    EofString,
    ExpectedValue,
    ExpectedIdent,
    ExpectedCommaOrBracket,
    ExpectedCommaOrBrace,
    ExpectedColon,
    KeyNotString,
    TrailingComma,
    TrailingCharacters,
    InvalidNumber,
    InvalidEscape,
    LoneSurrogate,
    ControlCharacter,
    TooDeep,
    /// Not serde_json's: a document whose quotes a CMS wrote as `&quot;`.
    HtmlEscaped,
    /// Not serde_json's: no text at all, or only spaces (an empty file).
    Empty,
}

use JsonFault::*;

type Result<T> = std::result::Result<T, Error>;

/// Below this a significand takes one more digit without overflowing u64
/// (`SAFE × 10 + 9 < 2^64`), so the common short number skips the checked steps.
const SAFE: u64 = 1_000_000_000_000_000_000;

/// The text's value, owned (for a look at a document that failed, and tests).
pub fn parse(text: &str) -> Result<Value<'_>> {
    tree(text).map(|t| t.root().value())
}

/// The top-level `"locale"` of a text that stops being JSON after it: the
/// fault's message is worded in the document's language all the same.
pub fn locale_before_fault(text: &str) -> Option<String> {
    let mut p = Parser::new(text);
    let _ = p.value();
    p.locale.map(str::to_string)
}

pub fn tree(text: &str) -> Result<Tree<'_>> {
    let mut p = Parser::new(text);
    let root = p.value().and_then(|root| match p.ws() {
        Some(_) => Err(p.peek_err(TrailingCharacters)),
        None => Ok(root),
    });
    match root {
        Ok(root) => {
            p.tree.root = root;
            Ok(p.tree)
        }
        // An editor's paste that a CMS escaped: named, the cause is not where the fault is.
        Err(mut e) if text.as_bytes().windows(6).any(|w| w == b"&quot;") => {
            e.what = HtmlEscaped;
            Err(e)
        }
        // Nothing to point at: the start.
        Err(_) if text.bytes().all(|b| matches!(b, b' ' | b'\n' | b'\t' | b'\r')) => Err(Error { line: 1, column: 1, what: Empty }),
        Err(e) => Err(e),
    }
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            s: text.as_bytes(),
            i: 0,
            depth: 128,
            items: Vec::new(),
            members: Vec::new(),
            // Room for a dense series (`[12.34,5.67]`: a node per 12 bytes or
            // so), so the two big vectors of a big document never regrow.
            tree: Tree {
                root: Node::Null,
                items: Vec::with_capacity(text.len() / 12),
                members: Vec::with_capacity(text.len() / 24),
                decoded: Vec::new(),
                repeated: Vec::new(),
                longest: 0,
            },
            locale: None,
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    /// Levels of nesting left: 128 in all, the document's own included
    /// (one more than serde_json's `remaining_depth` allowed), so "deeper
    /// than 128 levels" is the error's exact word; it bounds the recursion
    /// on the wasm stack.
    depth: u32,
    /// Stacks that open arrays and objects collect into; each moves to the
    /// tree in one piece when it closes, so its range there is contiguous.
    items: Vec<Node<'a>>,
    members: Vec<(Text<'a>, Node<'a>)>,
    tree: Tree<'a>,
    /// The root object's `"locale"` string, once read (`locale_before_fault`).
    locale: Option<&'a str>,
}

impl<'a> Parser<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    #[inline(always)]
    fn peek_digit(&self) -> Option<u8> {
        self.peek().filter(u8::is_ascii_digit).map(|c| c - b'0')
    }

    /// Skips whitespace and returns the next byte without taking it.
    /// Inline for the common case of none (minified text); the loop is not.
    #[inline(always)]
    fn ws(&mut self) -> Option<u8> {
        match self.peek() {
            Some(b' ' | b'\n' | b'\t' | b'\r') => self.skip_ws(),
            c => c,
        }
    }

    #[inline(never)]
    fn skip_ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    /// An error about the byte just taken (serde_json's `error`).
    #[cold]
    fn err(&self, what: JsonFault) -> Error {
        self.at(self.i, what)
    }

    /// An error about the byte not yet taken (serde_json's `peek_error`).
    #[cold]
    fn peek_err(&self, what: JsonFault) -> Error {
        self.at((self.i + 1).min(self.s.len()), what)
    }

    fn at(&self, i: usize, what: JsonFault) -> Error {
        let before = &self.s[..i];
        let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let line = 1 + before[..start].iter().filter(|&&b| b == b'\n').count();
        // Column 1 also where the error comes before a line's first byte
        // (an empty text, a text cut off after a newline), where serde_json says 0.
        // In UTF-16 units, as VS Code and the browser's JSON.parse count:
        // every byte but UTF-8's continuation bytes starts a character, and
        // one past the Basic Multilingual Plane (an emoji, four bytes) counts two.
        let column = before[start..].iter().map(|&b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0)).sum::<usize>();
        Error { line, column: column.max(1), what }
    }

    fn value(&mut self) -> Result<Node<'a>> {
        let Some(c) = self.ws() else { return Err(self.peek_err(EofValue)) };
        match c {
            b'n' => self.ident(b"null", Node::Null),
            b't' => self.ident(b"true", Node::Bool(true)),
            b'f' => self.ident(b"false", Node::Bool(false)),
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                let positive = c != b'-';
                self.i += usize::from(!positive);
                // `+ 0.0` makes -0 (`-0`, `-0.0`, an underflow) 0: a figure, never shown "-0".
                let value = self.integer(positive)? + 0.0;
                Ok(Node::Number(Number { value, raw: &self.text[start..self.i] }))
            }
            b'"' => {
                self.i += 1;
                self.string().map(Node::String)
            }
            b'[' | b'{' => {
                if self.depth == 0 {
                    return Err(self.peek_err(TooDeep));
                }
                self.depth -= 1;
                self.i += 1;
                let v = if c == b'[' { self.array() } else { self.object() };
                self.depth += 1;
                v
            }
            _ => Err(self.peek_err(ExpectedValue)),
        }
    }

    fn ident(&mut self, word: &[u8], v: Node<'a>) -> Result<Node<'a>> {
        self.i += 1;
        for &want in &word[1..] {
            match self.next() {
                None => return Err(self.err(EofValue)),
                Some(c) if c != want => return Err(self.err(ExpectedIdent)),
                _ => {}
            }
        }
        Ok(v)
    }

    fn array(&mut self) -> Result<Node<'a>> {
        let base = self.items.len();
        loop {
            let Some(c) = self.ws() else { return Err(self.peek_err(EofList)) };
            if c == b']' {
                break;
            }
            if self.items.len() > base {
                if c != b',' {
                    return Err(self.peek_err(ExpectedCommaOrBracket));
                }
                self.i += 1;
                match self.ws() {
                    Some(b']') => return Err(self.peek_err(TrailingComma)),
                    Some(_) => {}
                    None => return Err(self.peek_err(EofValue)),
                }
            }
            let v = self.value()?;
            self.items.push(v);
        }
        self.i += 1;
        Ok(self.close_array(base))
    }

    fn object(&mut self) -> Result<Node<'a>> {
        let base = self.members.len();
        loop {
            let Some(c) = self.ws() else { return Err(self.peek_err(EofObject)) };
            if c == b'}' {
                break;
            }
            if self.members.len() == base {
                if c != b'"' {
                    return Err(self.peek_err(KeyNotString));
                }
            } else if c == b',' {
                self.i += 1;
                match self.ws() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_err(TrailingComma)),
                    Some(_) => return Err(self.peek_err(KeyNotString)),
                    None => return Err(self.peek_err(EofValue)),
                }
            } else {
                return Err(self.peek_err(ExpectedCommaOrBrace));
            }
            self.i += 1;
            let key = self.string()?;
            match self.ws() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.peek_err(ExpectedColon)),
                None => return Err(self.peek_err(EofObject)),
            }
            let v = self.value()?;
            // The root object's own members (the root took one level of 128).
            if let (127, Node::String(Text::Raw(l))) = (self.depth, v) {
                if self.tree.text(key) == "locale" {
                    self.locale = Some(l);
                }
            }
            self.members.push((key, v));
        }
        self.i += 1;
        Ok(self.close_object(base))
    }

    // The closers are out of line to keep the frames of the recursion small
    // (unoptimised builds give every temporary its own stack slot).
    #[inline(never)]
    fn close_array(&mut self, base: usize) -> Node<'a> {
        let start = self.tree.items.len();
        self.tree.items.extend_from_slice(&self.items[base..]);
        self.items.truncate(base);
        // Fits: fewer items than bytes, and callers refuse text over `MAX_BYTES`.
        Node::Array(start as u32, (self.tree.items.len() - start) as u32)
    }

    #[inline(never)]
    fn close_object(&mut self, base: usize) -> Node<'a> {
        let start = self.tree.members.len();
        let tree = &mut self.tree;
        let members = &mut self.members[base..];
        // Like serde_json's BTreeMap: key order, and the last of equal keys wins
        // (reversed first, so the stable sort puts the last one written first).
        // Keys written in strictly rising order (most objects) are already that.
        if members.windows(2).all(|w| tree.text(w[0].0) < tree.text(w[1].0)) {
            tree.members.extend_from_slice(members);
        } else {
            members.reverse();
            members.sort_by(|a, b| tree.text(a.0).cmp(tree.text(b.0)));
            for k in 0..members.len() {
                if k == 0 || tree.text(members[k].0) != tree.text(members[k - 1].0) {
                    tree.members.push(members[k]);
                } else {
                    // Every one: the first in key order may be a `"//"` comment.
                    tree.repeated.push((start as u32, members[k].0));
                }
            }
        }
        self.members.truncate(base);
        Node::Object(start as u32, (self.tree.members.len() - start) as u32)
    }

    /// The rest of a string (a value or a key) whose opening quote was
    /// taken, its length counted toward `longest`.
    fn string(&mut self) -> Result<Text<'a>> {
        let t = self.string_text()?;
        self.tree.longest = self.tree.longest.max(self.tree.text(t).len());
        Ok(t)
    }

    fn string_text(&mut self) -> Result<Text<'a>> {
        let mut owned: Vec<u8> = Vec::new();
        let mut start = self.i;
        loop {
            while self.peek().is_some_and(|c| c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            let Some(c) = self.next() else { return Err(self.err(EofString)) };
            let run = &self.text[start..self.i - 1];
            match c {
                b'"' if owned.is_empty() => return Ok(Text::Raw(run)),
                b'"' => {
                    owned.extend_from_slice(run.as_bytes());
                    // Escapes decode to whole characters, so this is UTF-8.
                    self.tree.decoded.push(String::from_utf8(owned).unwrap_or_default());
                    // Fits: fewer strings than bytes, and callers refuse text over `MAX_BYTES`.
                    return Ok(Text::Decoded((self.tree.decoded.len() - 1) as u32));
                }
                b'\\' => {
                    owned.extend_from_slice(run.as_bytes());
                    self.escape(&mut owned)?;
                    start = self.i;
                }
                _ => return Err(self.err(ControlCharacter)),
            }
        }
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<()> {
        let Some(c) = self.next() else { return Err(self.err(EofString)) };
        out.push(match c {
            b'"' | b'\\' | b'/' => c,
            b'b' => 8,
            b'f' => 12,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => return self.unicode(out),
            _ => return Err(self.err(InvalidEscape)),
        });
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let Some(digits) = self.s.get(self.i..self.i + 4) else {
            self.i = self.s.len();
            return Err(self.err(EofString));
        };
        self.i += 4;
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
            .ok_or_else(|| self.err(InvalidEscape))
    }

    /// `\u` was taken; UTF-16 surrogates must come in pairs.
    fn unicode(&mut self, out: &mut Vec<u8>) -> Result<()> {
        let n = self.hex4()?;
        let code = match n {
            0xDC00..=0xDFFF => return Err(self.err(LoneSurrogate)),
            0xD800..=0xDBFF => {
                // Unpaired unless `\u` and a low half follow: the error is
                // this escape's, at its end, whatever comes after it.
                let end = self.i;
                match self.s.get(end..end + 2) {
                    Some(b"\\u") => self.i += 2,
                    _ if self.s[end..] == *b"\\" || end == self.s.len() => {
                        self.i = self.s.len();
                        return Err(self.err(EofString));
                    }
                    _ => return Err(self.at(end, LoneSurrogate)),
                }
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.at(end, LoneSurrogate));
                }
                0x10000 + ((n - 0xD800) << 10 | (low - 0xDC00))
            }
            _ => n,
        };
        let ch = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
        out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
        Ok(())
    }

    /// The digits of a number after its sign (serde_json's `parse_integer`).
    fn integer(&mut self, positive: bool) -> Result<f64> {
        let Some(c) = self.next() else { return Err(self.err(EofValue)) };
        let mut sig = match c {
            b'0' if self.peek_digit().is_some() => return Err(self.peek_err(InvalidNumber)),
            b'0'..=b'9' => u64::from(c - b'0'),
            _ => return Err(self.err(InvalidNumber)),
        };
        let mut exp = 0;
        while let Some(d) = self.peek_digit() {
            if c == b'0' {
                break;
            }
            if sig < SAFE && exp == 0 {
                sig = sig * 10 + u64::from(d);
            } else {
                // Past u64, further integer digits only scale (serde_json's `parse_long_integer`).
                match sig.checked_mul(10).and_then(|n| n.checked_add(u64::from(d))) {
                    Some(n) if exp == 0 => sig = n,
                    _ => exp += 1,
                }
            }
            self.i += 1;
        }
        match self.peek() {
            Some(b'.') => self.fraction(positive, sig, exp),
            Some(b'e' | b'E') => self.exponent(positive, sig, exp),
            _ if exp == 0 => Ok(if positive { sig as f64 } else { -(sig as f64) }),
            _ => self.scale(positive, sig, exp),
        }
    }

    fn fraction(&mut self, positive: bool, mut sig: u64, mut exp: i32) -> Result<f64> {
        self.i += 1;
        let mut digits = false;
        let mut overflowed = false;
        while let Some(d) = self.peek_digit() {
            if sig < SAFE && !overflowed {
                sig = sig * 10 + u64::from(d);
                exp -= 1;
            } else {
                // Digits past u64 are dropped (serde_json's `parse_decimal_overflow`).
                match sig.checked_mul(10).and_then(|n| n.checked_add(u64::from(d))) {
                    Some(n) if !overflowed => {
                        sig = n;
                        exp -= 1;
                    }
                    _ => overflowed = true,
                }
            }
            digits = true;
            self.i += 1;
        }
        if !digits {
            let what = if self.peek().is_some() { InvalidNumber } else { EofValue };
            return Err(self.peek_err(what));
        }
        match self.peek() {
            Some(b'e' | b'E') => self.exponent(positive, sig, exp),
            _ => self.scale(positive, sig, exp),
        }
    }

    fn exponent(&mut self, positive: bool, sig: u64, start: i32) -> Result<f64> {
        self.i += 1;
        let negative = self.peek() == Some(b'-');
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.i += 1;
        }
        let mut exp: i32 = match self.next() {
            None => return Err(self.err(EofValue)),
            Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
            Some(_) => return Err(self.err(InvalidNumber)),
        };
        while let Some(d) = self.peek_digit() {
            self.i += 1;
            match exp.checked_mul(10).and_then(|n| n.checked_add(i32::from(d))) {
                Some(n) => exp = n,
                // An exponent past i32: infinity (which the reader of the
                // document refuses where it stands) or zero.
                None => {
                    while self.peek_digit().is_some() {
                        self.i += 1;
                    }
                    let f = if sig != 0 && !negative { f64::INFINITY } else { 0.0 };
                    return Ok(if positive { f } else { -f });
                }
            }
        }
        let exp = if negative { start.saturating_sub(exp) } else { start.saturating_add(exp) };
        self.scale(positive, sig, exp)
    }

    /// `sig × 10^exp`, computed as serde_json computes it (not always the
    /// nearest f64, but the same bits the widget always got). Past the
    /// largest f64: infinity, which serde_json refuses as out of range and
    /// the document's reader refuses with the value's path (valid JSON all
    /// the same: the grammar has no limit).
    fn scale(&self, positive: bool, sig: u64, mut exp: i32) -> Result<f64> {
        let mut f = sig as f64;
        loop {
            match pow10(exp.unsigned_abs()) {
                Some(pow) if exp >= 0 => {
                    f *= pow;
                    break;
                }
                Some(pow) => {
                    f /= pow;
                    break;
                }
                None if f == 0.0 => break,
                None if exp >= 0 => {
                    f = f64::INFINITY;
                    break;
                }
                None => {
                    f /= 1e308;
                    exp += 308;
                }
            }
        }
        Ok(if positive { f } else { -f })
    }
}

/// The f64 nearest 10^n, None past 1e308: serde_json's table of 1e0 … 1e308.
/// Up to 1e22 a product of tens is exact; larger powers, rare in a document,
/// are computed once, on first use, rather than carried in the wasm (size).
fn pow10(n: u32) -> Option<f64> {
    static LARGE: std::sync::OnceLock<[f64; 286]> = std::sync::OnceLock::new();
    match n {
        0..=22 => Some((0..n).fold(1.0, |p, _| p * 10.0)),
        23..=308 => Some(LARGE.get_or_init(|| std::array::from_fn(|i| crate::format::decimal::pow10_nearest(i + 23)))[n as usize - 23]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    //! Differential: every input must read exactly as serde_json reads it.
    use super::*;
    use serde_json::Value as S;

    fn same(ours: &Value, theirs: &S) -> bool {
        match (ours, theirs) {
            (Value::Null, S::Null) => true,
            (Value::Bool(a), S::Bool(b)) => a == b,
            // serde_json's -0 is our 0.
            (Value::Number(a), S::Number(b)) => b.as_f64().is_some_and(|b| (b + 0.0).to_bits() == a.value.to_bits()),
            (Value::String(a), S::String(b)) => a == b,
            (Value::Array(a), S::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Value::Object(a), S::Object(b)) => {
                a.0.len() == b.len() && a.iter().zip(b).all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
            }
            _ => false,
        }
    }

    /// How serde_json words each fault ours names otherwise (in the enum's order).
    const SERDE_WORDS: [&str; 17] = [
        "EOF while parsing a value",
        "EOF while parsing a list",
        "EOF while parsing an object",
        "EOF while parsing a string",
        "expected value",
        "expected ident",
        "expected `,` or `]`",
        "expected `,` or `}`",
        "expected `:`",
        "key must be a string",
        "trailing comma",
        "trailing characters",
        "invalid number",
        "invalid escape",
        "lone surrogate",
        "control character (\\u0000-\\u001F) found while parsing a string",
        "recursion limit exceeded",
    ];

    /// Whether a value holds a number past f64's range (ours: infinite).
    fn infinite(v: &Value) -> bool {
        match v {
            Value::Number(n) => n.value.is_infinite(),
            Value::Array(a) => a.iter().any(infinite),
            Value::Object(o) => o.iter().any(|(_, v)| infinite(v)),
            _ => false,
        }
    }

    fn check(text: &str) {
        match (parse(text), serde_json::from_str::<S>(text)) {
            (Ok(a), Ok(b)) => assert!(same(&a, &b), "{text:?}: {a:?} vs {b}"),
            // Past f64's range: serde_json's error, our infinity (refused later, with its path).
            (Ok(a), Err(b)) if b.to_string().starts_with("number out of range") => assert!(infinite(&a), "{text:?}: {a:?}"),
            // Ours names the unpaired escape, at its end; serde_json one of two things, elsewhere.
            (Err(a), Err(b)) if a.what == LoneSurrogate => {
                assert!(b.to_string().contains("surrogate") || b.to_string().contains("end of hex escape"), "{text:?}: {b}");
            }
            // Ours names an empty text so; serde_json, the end of input.
            (Err(a), Err(b)) if a.what == Empty => assert!(b.is_eof(), "{text:?}: {b}"),
            (Err(a), Err(b)) => {
                let what = b.to_string();
                let what = &what[..what.rfind(" at line ").unwrap_or(what.len())];
                // serde_json's column in bytes, in UTF-16 units.
                let line_start: usize = text.split_inclusive('\n').take(b.line() - 1).map(str::len).sum();
                let bytes = &text.as_bytes()[line_start..(line_start + b.column()).min(text.len())];
                let column = String::from_utf8_lossy(bytes).encode_utf16().count();
                assert_eq!((a.line, a.column, SERDE_WORDS[a.what as usize]), (b.line(), column.max(1), what), "{text:?}");
            }
            (a, b) => panic!("{text:?}: ours {a:?}, serde_json {b:?}"),
        }
    }

    #[test]
    fn tricky_inputs_read_as_serde_json_reads_them() {
        let cases = [
            "", " ", "\n\n  ", "n", "nul", "nulx", "null", "true", "tru", "trux", "false", "fals", "x", "-", "-x",
            "0", "-0", "00", "01", "-01", "0.", "0.x", "1.5", "1e", "1e+", "1e-", "1ex", "1E5", "1e-5", "1.5e3",
            "1e400", "-1e400", "1e-400", "0e999999999999", "1e999999999999", "1e-999999999999", "123456789012345678901234567890",
            "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
            "1.00000000000000000000000000001", "0.1", "0.3", "2.2250738585072014e-308", "4.9e-324", "1.7976931348623157e308",
            "1.7976931348623159e308", "123.456e-310", "184467440737095516150.5", "9.999999999999999999999e22",
            "\"", "\"abc", "\"a\\", "\"a\\x\"", "\"a\\u12\"", "\"a\\u12", "\"\\u00e9\"", "\"\\uD83D\\uDE00\"",
            "\"\\uD83D\"", "\"\\uD83Dx\"", "\"\\uD83D\\x\"", "\"\\uDE00\"", "\"\\uD83D\\u0041\"", "\"\\uZZZZ\"",
            "\"tab\there\"", "\"a\nb\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"Ж\\nЖ\"",
            "[", "[1", "[1,", "[1,]", "[1 2]", "[,1]", "[]", "[ ]", "[[]]", "{", "{\"a\"", "{\"a\":", "{\"a\":1",
            "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "{\"a\":1 \"b\":2}", "{,}", "{}", "{\"b\":1,\"a\":2,\"b\":3}",
            "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":2,\"c\":3}", "{\"a\":1,\"c\":2,\"b\":3,\"c\":4}",
            "999999999999999999", "1000000000000000000", "1000000000000000009", "9999999999999999999", "10000000000000000000",
            "0.9999999999999999999", "1999999999999999999.99", "-1844674407370955161.5e-3", "12.345678901234567890123",
            "{\"a\":1} x", "{\"a\":1}\n\n  ]", "[1]\n[2]", "Изъято 525 кг", "[\"Ж\", Ж]", "\u{feff}{}", "{\"a\":\n  tru\n}",
        ];
        for c in cases {
            check(c);
        }
        for depth in [126, 127, 128, 129, 300] {
            let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
            if depth < 128 {
                check(&arrays);
                check(&objects);
            } else {
                // One level more than serde_json: 128 are read, the 129th `[` or `{` is too deep.
                for (text, width) in [(arrays, 1), (objects, 5)] {
                    match parse(&text) {
                        Ok(_) => assert_eq!(depth, 128),
                        Err(e) => assert_eq!(e, Error { line: 1, column: 128 * width + 1, what: TooDeep }, "{depth}"),
                    }
                }
            }
        }
    }

    #[test]
    fn an_empty_text_is_called_empty() {
        assert_eq!(parse(""), Err(Error { line: 1, column: 1, what: Empty }));
        assert_eq!(parse(" \n\t "), Err(Error { line: 1, column: 1, what: Empty }));
        assert_eq!(parse("[").map_err(|e| e.what), Err(EofList), "cut off, not empty");
    }

    #[test]
    fn html_escaped_quotes_are_named() {
        let e = parse("{&quot;version&quot;:1}").unwrap_err();
        assert_eq!((e.line, e.column, e.what), (1, 2, HtmlEscaped));
        assert_eq!(parse(r#"{"title":"&quot;"}"#).map(|_| ()), Ok(()), "valid JSON with the entity in a string is read");
    }

    #[test]
    fn columns_count_utf16_units_as_an_editor_does() {
        // `x` is the 64th character of its line, and its 89th byte.
        let text = r#"{"title":"Борьба с наркопреступностью", "version":1, "charts": x}"#;
        assert_eq!(parse(text), Err(Error { line: 1, column: 64, what: ExpectedValue }));
        // An emoji is two columns in VS Code (and in JSON.parse's message).
        assert_eq!(parse("[\n\"ә😀\", ?]"), Err(Error { line: 2, column: 8, what: ExpectedValue }));
        // A character the grammar stops at is counted whole.
        assert_eq!(parse("[ж]"), Err(Error { line: 1, column: 2, what: ExpectedValue }));
    }

    #[test]
    fn a_lone_surrogate_is_named_at_its_escape() {
        // The error points at the last digit of the unpaired `\uXXXX`,
        // whatever follows it (serde_json: "unexpected end of hex escape" one
        // byte on, or at the escape after).
        for (text, column) in [
            (r#""\ud800""#, 7),
            (r#""\uDE00""#, 7),
            (r#""ab\uDBFF""#, 9),
            (r#""\uD83Dx""#, 7),
            (r#""\uD83D\n""#, 7),
            (r#""\uD83D\u0041""#, 7),
            (r#""\uD83D\uD83D""#, 7),
            ("[\n\"\\uD800\"]", 7),
        ] {
            let line = 1 + text.matches('\n').count();
            assert_eq!(parse(text), Err(Error { line, column, what: LoneSurrogate }), "{text}");
        }
        // Cut off after the first half, the string is unfinished; a pair is a character.
        for text in [r#""\uD83D"#, r#""\uD83D\"#, r#""\uD83D\u"#, r#""\uD83D\uDE"#] {
            assert_eq!(parse(text).map_err(|e| e.what), Err(EofString), "{text}");
        }
        assert_eq!(parse(r#""\uD83D\uDE00""#), Ok(Value::String("😀".into())));
        assert_eq!(parse(r#""\uD83D\uZZZZ""#).map_err(|e| e.what), Err(InvalidEscape));
    }

    #[test]
    fn negative_zero_is_zero_but_keeps_its_text() {
        for (text, raw) in [("-0", "-0"), ("[-0.0]", "-0.0"), ("-0e999999999999", "-0e999999999999"), ("-1e-400", "-1e-400")] {
            let v = parse(text).unwrap();
            let n = match &v {
                Value::Number(n) => *n,
                Value::Array(a) => match a[0] {
                    Value::Number(n) => n,
                    _ => unreachable!(),
                },
                _ => unreachable!(),
            };
            assert_eq!((n.value.to_bits(), n.raw), (0.0f64.to_bits(), raw), "{text}");
        }
    }

    #[test]
    fn random_numbers_read_as_serde_json_reads_them() {
        // Digit runs around the u64 and `SAFE` edges, with fractions and exponents.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for _ in 0..20_000 {
            let r = next(u64::MAX);
            let mut digits = |len: u64| -> String { (0..len).map(|_| char::from(b'0' + next(10) as u8)).collect() };
            let mut s = String::new();
            if r % 3 == 0 {
                s.push('-');
            }
            s += digits(1 + r % 24).trim_start_matches('0');
            if s.is_empty() || s == "-" {
                s.push('0');
            }
            if r % 4 != 0 {
                s.push('.');
                s += &digits(1 + (r >> 8) % 24);
            }
            if r % 5 == 0 {
                s += ["e", "E", "e-", "e+"][((r >> 16) % 4) as usize];
                s += &((r >> 20) % 330).to_string();
            }
            check(&s);
            check(&format!("[{s},{s}]"));
        }
    }

    #[test]
    fn members_are_found_in_small_and_large_objects() {
        let keys = ["k", "j", "i", "h", "g", "f", "e", "d", "c", "b", "a"];
        for n in [1, 8, 9, 11] {
            // Written in falling order, each key twice: the later one wins.
            let members: Vec<String> =
                keys[..n].iter().enumerate().flat_map(|(i, k)| [format!("\"{k}\":-1"), format!("\"{k}\":{i}")]).collect();
            let text = format!("{{{}}}", members.join(","));
            let tree = tree(&text).unwrap();
            let root = tree.root();
            for (i, k) in keys[..n].iter().enumerate() {
                assert!(matches!(root.get(k).map(|v| v.node), Some(Node::Number(Number { value, .. })) if *value == i as f64), "{text} {k}");
            }
            assert!(root.get("z").is_none() && root.get("").is_none());
        }
        let tree = tree("[[1,[2]],{\"a\":[3]}]").unwrap();
        let items = tree.root().items().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(tree.root().iter(items).nth(1).and_then(|o| o.get("a")).and_then(|a| a.items()).map(<[_]>::len), Some(1));
    }

    #[test]
    fn every_prefix_and_every_damage_of_the_seed_document() {
        let seed = include_str!("../../www/data/almaty-2025.json");
        check(seed);
        let bytes = seed.as_bytes();
        for i in (0..bytes.len()).filter(|&i| seed.is_char_boundary(i)) {
            check(&seed[..i]);
            // One ASCII byte replaced by another that breaks or changes the text.
            if bytes[i].is_ascii() && i % 3 == 0 {
                for c in ["}", ",", "\"", "0", "-", "e", ".", "\\", "\n"] {
                    check(&format!("{}{c}{}", &seed[..i], &seed[i + 1..]));
                }
            }
        }
    }
}
