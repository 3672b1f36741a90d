//! `str`: an immutable sequence of Unicode code points.
//!
//! Stored as UTF-8 with its length in code points, so `len()` is O(1).
//! Indexing a pure-ASCII string is O(1) (bytes are code points). For other
//! strings the first index builds a table of the byte offset of every
//! [`CHECKPOINT`]-th code point, after which `s[i]` walks at most that
//! many characters: O(1) amortised, without the memory of CPython's
//! fixed-width (UCS-2/UCS-4) layouts. The hash is computed on first use
//! and cached, as CPython caches it in the object.
//!
//! A Python `str` may hold lone surrogates (U+D800..U+DFFF: `'\ud800'`,
//! `chr(0xdc80)`, what `surrogateescape` decodes a bad byte to), which
//! UTF-8 cannot. Such a string also keeps all its code points in
//! `surrogates`, and its `text` has U+FFFD where each surrogate is; the
//! two always have the same length in code points, so positions agree.
//! Every other string has no `surrogates` and pays nothing for them:
//! [`PyStr::as_str`] is its exact text. Code that must be exact for every
//! string (indexing, slicing, comparison, hashing, `repr`, encoding) asks
//! [`PyStr::has_surrogates`] or reads [`PyStr::code_points`]; code that
//! reads only [`PyStr::as_str`] sees U+FFFD in a surrogate's place.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::cmp::Ordering;

use crate::hash;

/// The payload of a `str` object.
#[derive(Debug)]
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    /// The cached `hash()`, or `-1` until computed (CPython's sentinel: a
    /// real hash is never -1).
    hash: Cell<i64>,
    /// Byte offsets of code points `0, CHECKPOINT, 2 * CHECKPOINT, …`,
    /// built on first index into a non-ASCII string.
    checkpoints: OnceCell<Box<Checkpoints>>,
    /// Every code point, present only when one is a lone surrogate.
    surrogates: Option<Box<CodePoints>>,
}

/// The offset table (boxed, so that a string carries one pointer for it
/// and its surrogates together in the space one slice pointer took).
#[derive(Debug)]
struct Checkpoints(Box<[u32]>);

/// The code points of a string that holds a lone surrogate (boxed, so
/// that an ordinary string carries one null pointer for it).
#[derive(Debug, PartialEq, Eq)]
struct CodePoints(Box<[u32]>);

/// Whether `code` is a surrogate code point, which no Rust `char` is.
pub fn is_surrogate(code: u32) -> bool {
    (0xd800..0xe000).contains(&code)
}

/// Code points between two entries of a string's offset table.
pub const CHECKPOINT: usize = 32;

impl PyStr {
    /// A new string.
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            chars,
            hash: Cell::new(-1),
            checkpoints: OnceCell::new(),
            surrogates: None,
        }
    }

    /// The string of the code points `points` (each at most `0x10FFFF`),
    /// which may include lone surrogates.
    pub fn from_code_points(points: &[u32]) -> PyStr {
        let mut text = String::with_capacity(points.len());
        let mut lone = false;
        for &code in points {
            match char::from_u32(code) {
                Some(c) => text.push(c),
                None => {
                    lone = true;
                    text.push(char::REPLACEMENT_CHARACTER);
                }
            }
        }
        let mut s = PyStr::new(text);
        if lone {
            s.surrogates = Some(Box::new(CodePoints(points.into())));
        }
        s
    }

    /// `a + b`: the length is the sum of theirs, so nothing is counted.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut text = String::with_capacity(a.text.len() + b.text.len());
        text.push_str(&a.text);
        text.push_str(&b.text);
        let surrogates = (a.has_surrogates() || b.has_surrogates()).then(|| {
            let mut points = a.code_points().into_owned();
            points.extend_from_slice(&b.code_points());
            Box::new(CodePoints(points.into()))
        });
        PyStr {
            text: text.into_boxed_str(),
            chars: a.chars + b.chars,
            hash: Cell::new(-1),
            checkpoints: OnceCell::new(),
            surrogates,
        }
    }

    /// `s * n`.
    pub fn repeat(&self, n: usize) -> PyStr {
        match &self.surrogates {
            None => PyStr::new(self.text.repeat(n)),
            Some(points) => PyStr::from_code_points(&points.0.repeat(n)),
        }
    }

    /// The text; for a string with lone surrogates, U+FFFD stands for each
    /// (see the module doc).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the string holds a lone surrogate.
    pub fn has_surrogates(&self) -> bool {
        self.surrogates.is_some()
    }

    /// The string's code points, exact for every string (borrowed when it
    /// holds a surrogate, counted out of the text otherwise).
    pub fn code_points(&self) -> Cow<'_, [u32]> {
        match &self.surrogates {
            Some(points) => Cow::Borrowed(&points.0),
            None => Cow::Owned(self.text.chars().map(u32::from).collect()),
        }
    }

    /// The code point at `i` for `0 <= i < len(s)`, exact for every string.
    pub fn code_point_at(&self, i: usize) -> Option<u32> {
        match &self.surrogates {
            Some(points) => points.0.get(i).copied(),
            None => self.char_at(i).map(u32::from),
        }
    }

    /// `s[start:stop:step]` for bounds already clamped by the slice rules.
    pub fn slice(&self, start: i64, stop: i64, step: i64) -> PyStr {
        let positions = crate::ops::sequence::slice_positions(start, stop, step);
        if let Some(points) = &self.surrogates {
            let picked: Vec<u32> = positions.map(|p| points.0[p]).collect();
            return PyStr::from_code_points(&picked);
        }
        let text: String = if step == 1 {
            // A contiguous run: two offset lookups and one copy.
            if start >= stop {
                String::new()
            } else {
                let from = self.byte_offset(start as usize).unwrap_or(0);
                let to = self.byte_offset(stop as usize).unwrap_or(self.text.len());
                self.text[from..to].to_string()
            }
        } else if self.is_ascii() {
            positions.map(|p| self.text.as_bytes()[p] as char).collect()
        } else {
            let chars: Vec<char> = self.text.chars().collect();
            positions.map(|p| chars[p]).collect()
        };
        PyStr::new(text)
    }

    /// `needle in self`.
    pub fn contains(&self, needle: &PyStr) -> bool {
        if !self.has_surrogates() && !needle.has_surrogates() {
            return self.text.contains(&*needle.text);
        }
        let (hay, needle) = (self.code_points(), needle.code_points());
        needle.is_empty() || hay.windows(needle.len()).any(|w| w == &*needle)
    }

    /// The order of `<` and friends: by code point.
    pub fn cmp_code_points(&self, other: &PyStr) -> Ordering {
        if !self.has_surrogates() && !other.has_surrogates() {
            // UTF-8 orders as its code points do.
            return self.text.cmp(&other.text);
        }
        self.code_points().cmp(&other.code_points())
    }

    /// `repr(s)`.
    pub fn repr(&self) -> String {
        match &self.surrogates {
            Some(points) => pyrite_lexer::code_points_repr(&points.0),
            None => str_repr(&self.text),
        }
    }

    /// `len(s)`: the number of code points.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Whether every code point is ASCII (then byte and code point indices
    /// coincide).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The byte offset of code point `i` (`len()` in bytes for `i ==
    /// len(s)`), or `None` past the end.
    pub fn byte_offset(&self, i: usize) -> Option<usize> {
        if i > self.chars {
            return None;
        }
        if self.is_ascii() {
            return Some(i);
        }
        if i == self.chars {
            // The end has no checkpoint of its own when the length is a
            // multiple of the checkpoint spacing.
            return Some(self.text.len());
        }
        let table = &self
            .checkpoints
            .get_or_init(|| {
                Box::new(Checkpoints(
                    self.text
                        .char_indices()
                        .step_by(CHECKPOINT)
                        .map(|(b, _)| u32::try_from(b).unwrap_or(u32::MAX))
                        .collect(),
                ))
            })
            .0;
        let start = table[i / CHECKPOINT] as usize;
        let rest = &self.text[start..];
        Some(
            rest.char_indices()
                .nth(i % CHECKPOINT)
                .map_or(self.text.len(), |(b, _)| start + b),
        )
    }

    /// `s[i]` for `0 <= i < len(s)`.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.text.as_bytes().get(i).map(|b| *b as char);
        }
        let b = self.byte_offset(i)?;
        self.text[b..].chars().next()
    }

    /// `hash(s)`, cached.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = match &self.surrogates {
            None => hash::str_hash(&self.text),
            Some(points) => code_points_hash(&points.0),
        };
        self.hash.set(h);
        h
    }

    /// Bytes owned outside the object header.
    pub fn heap_bytes(&self) -> usize {
        self.text.len()
            + self.checkpoints.get().map_or(0, |t| t.0.len() * 4)
            + self.surrogates.as_ref().map_or(0, |p| p.0.len() * 4)
    }
}

/// Equal strings have the same code points: the same text, and the same
/// surrogates where the text has U+FFFD for one.
impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.text == other.text && self.surrogates == other.surrogates
    }
}

impl Eq for PyStr {}

/// CPython's hash of a string with a surrogate: SipHash over its two-byte
/// (UCS-2) form, or four-byte (UCS-4) form if a code point is past
/// U+FFFF, as for any other string that wide (see [`hash::str_hash`]).
fn code_points_hash(points: &[u32]) -> i64 {
    let wide = points.iter().any(|&c| c > 0xffff);
    let bytes: Vec<u8> = if wide {
        points.iter().flat_map(|c| c.to_le_bytes()).collect()
    } else {
        points
            .iter()
            .flat_map(|&c| (c as u16).to_le_bytes())
            .collect()
    };
    hash::bytes_hash(&bytes)
}

/// Python's `str.isspace()` for one character (what `strip()`, `split()`
/// and `int()` skip): Unicode White_Space plus the ASCII separators
/// `\x1c`..`\x1f`.
pub fn is_python_whitespace(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        );
    }
    super::unicode_tables::in_table(super::unicode_tables::SPACE, c)
}

/// Whether `repr` prints `c` as itself (`str.isprintable()` for one
/// character), and `repr(s)`: the lexer's, shared by every layer.
pub use pyrite_lexer::{is_printable, str_repr};

impl crate::heap::Heap {
    /// A new `str` object (an owned reference).
    pub fn new_str(&mut self, text: impl Into<Box<str>>) -> crate::value::Value {
        self.alloc_builtin(
            super::BuiltinType::Str,
            crate::heap::Payload::Str(PyStr::new(text)),
        )
    }

    /// `a + b` when both hold str payloads (a new reference), else `None`.
    pub fn str_concat(
        &mut self,
        a: crate::value::Value,
        b: crate::value::Value,
    ) -> Option<crate::value::Value> {
        use crate::heap::Payload;
        let (Payload::Str(x), Payload::Str(y)) =
            (self.payload(a.as_obj()?), self.payload(b.as_obj()?))
        else {
            return None;
        };
        let joined = PyStr::concat(x, y);
        Some(self.alloc_builtin(super::BuiltinType::Str, Payload::Str(joined)))
    }

    /// A new `str` object of code points that may include lone surrogates
    /// (an owned reference).
    pub fn new_str_from_code_points(&mut self, points: &[u32]) -> crate::value::Value {
        self.new_str_object(PyStr::from_code_points(points))
    }

    /// A new `str` object holding `s` (an owned reference).
    pub fn new_str_object(&mut self, s: PyStr) -> crate::value::Value {
        self.alloc_builtin(super::BuiltinType::Str, crate::heap::Payload::Str(s))
    }

    /// The concatenation of the strs `parts` (a new reference; a part that
    /// is not a str counts as empty): what an f-string's `BUILD_STRING`
    /// makes.
    pub fn concat_strs(&mut self, parts: &[crate::value::Value]) -> crate::value::Value {
        let mut text = String::new();
        let mut lone = false;
        for s in parts.iter().filter_map(|p| self.str_payload(*p)) {
            text.push_str(s.as_str());
            lone |= s.has_surrogates();
        }
        if !lone {
            return self.new_str(text);
        }
        let points: Vec<u32> = parts
            .iter()
            .filter_map(|p| self.str_payload(*p))
            .flat_map(|s| s.code_points().into_owned())
            .collect();
        self.new_str_from_code_points(&points)
    }

    /// The `str` payload of `v`, or `None` if `v` is not a str.
    pub fn str_payload(&self, v: crate::value::Value) -> Option<&PyStr> {
        match self.payload(v.as_obj()?) {
            crate::heap::Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Whether `v` is a str holding a lone surrogate.
    pub fn str_has_surrogates(&self, v: crate::value::Value) -> bool {
        self.str_payload(v).is_some_and(PyStr::has_surrogates)
    }

    /// The text of a `str` value, or `None` if `v` is not a str. A lone
    /// surrogate reads as U+FFFD (see the module doc).
    pub fn str_of(&self, v: crate::value::Value) -> Option<&str> {
        match v {
            crate::value::Value::Obj(r) => match self.payload(r) {
                crate::heap::Payload::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by `python3.11 -c 'print(repr(s))'`.
    #[test]
    fn repr_matches_cpython() {
        assert_eq!(str_repr(""), "''");
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("say \"hi\""), "'say \"hi\"'");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("tab\u{9}here"), "'tab\\there'");
        assert_eq!(str_repr("nl\u{a}"), "'nl\\n'");
        assert_eq!(
            str_repr("\u{d}\u{0}\u{7f}\u{80}\u{a0}\u{ad}"),
            "'\\r\\x00\\x7f\\x80\\xa0\\xad'"
        );
        assert_eq!(
            str_repr("\u{e9}\u{20ac}\u{1f600}"),
            "'\u{e9}\u{20ac}\u{1f600}'"
        );
        assert_eq!(
            str_repr("\u{200b}\u{2028}\u{feff}"),
            "'\\u200b\\u2028\\ufeff'"
        );
        assert_eq!(str_repr("\u{e0001}"), "'\\U000e0001'");
        assert_eq!(str_repr("\u{d7ff}"), "'\\ud7ff'");
        assert_eq!(str_repr("\u{e000}"), "'\\ue000'");
        assert_eq!(str_repr("\\"), "'\\\\'");
        assert_eq!(str_repr("\u{1b}[0m"), "'\\x1b[0m'");
        assert_eq!(str_repr("\u{378}"), "'\\u0378'");
        assert_eq!(str_repr("\u{fffe}"), "'\\ufffe'");
    }

    #[test]
    fn length_and_indexing() {
        let s = PyStr::new("héllo");
        assert_eq!(
            (s.char_len(), s.is_ascii(), s.char_at(1)),
            (5, false, Some('é'))
        );
        let a = PyStr::new("hello");
        assert_eq!(
            (a.char_len(), a.is_ascii(), a.char_at(4), a.char_at(5)),
            (5, true, Some('o'), None)
        );
        assert_eq!(a.hash(), crate::hash::str_hash("hello"));
        let long: String = (0..1000)
            .map(|i| {
                if i % 3 == 0 {
                    'é'
                } else {
                    char::from(b'a' + (i % 26) as u8)
                }
            })
            .collect();
        let l = PyStr::new(long.as_str());
        let expected: Vec<char> = long.chars().collect();
        for (i, c) in expected.iter().enumerate() {
            assert_eq!(l.char_at(i), Some(*c));
        }
        assert_eq!(l.char_at(1000), None);
        assert_eq!(l.byte_offset(1000), Some(long.len()));
    }

    // Expected hashes printed by `PYTHONHASHSEED=0 python3.11 -c
    // 'print(hash("\ud800"), hash("ab\ud800cd\udc80"), hash("a\ud800\U0001f600"))'`.
    #[test]
    fn lone_surrogates_are_code_points() {
        let s = PyStr::from_code_points(&[0x61, 0x62, 0xd800, 0x63, 0x64, 0xdc80]);
        assert!(s.has_surrogates());
        assert_eq!(s.as_str(), "ab\u{fffd}cd\u{fffd}");
        assert_eq!(
            (s.char_len(), s.code_point_at(2), s.code_point_at(5)),
            (6, Some(0xd800), Some(0xdc80))
        );
        assert_eq!(s.repr(), "'ab\\ud800cd\\udc80'");
        assert_eq!(s.hash(), -8251955331351325609);
        assert_eq!(
            PyStr::from_code_points(&[0xd800]).hash(),
            5926611903945376553
        );
        assert_eq!(
            PyStr::from_code_points(&[0x61, 0xd800, 0x1f600]).hash(),
            7658206577218081256
        );
        let sliced = s.slice(1, 4, 1);
        assert_eq!(&*sliced.code_points(), &[0x62, 0xd800, 0x63]);
        let plain = s.slice(3, 5, 1);
        assert!(!plain.has_surrogates() && plain.as_str() == "cd");
        // U+FFFD itself is not a surrogate: equal text, different strings.
        let replacement = PyStr::new("\u{fffd}");
        let high = PyStr::from_code_points(&[0xd800]);
        assert!(replacement != high && high == PyStr::from_code_points(&[0xd800]));
        assert_eq!(high.cmp_code_points(&replacement), std::cmp::Ordering::Less);
        let joined = PyStr::concat(&PyStr::new("x"), &high);
        assert_eq!(
            (&*joined.code_points(), joined.char_len()),
            (&[0x78, 0xd800][..], 2)
        );
        assert!(joined.contains(&high) && !joined.contains(&replacement));
        assert_eq!(&*high.repeat(2).code_points(), &[0xd800, 0xd800]);
    }
}
