//! `str`: an immutable sequence of Unicode code points.
//!
//! Stored as UTF-8 with its length in code points, so `len()` is O(1).
//! Indexing a pure-ASCII string is O(1) (bytes are code points). For other
//! strings the first index builds a table of the byte offset of every
//! [`CHECKPOINT`]-th code point, after which `s[i]` walks at most that
//! many characters: O(1) amortised, without the memory of CPython's
//! fixed-width (UCS-2/UCS-4) layouts. The hash is computed on first use
//! and cached, as CPython caches it in the object.

use std::cell::{Cell, OnceCell};

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
    checkpoints: OnceCell<Box<[u32]>>,
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
        }
    }

    /// `a + b`: the length is the sum of theirs, so nothing is counted.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut text = String::with_capacity(a.text.len() + b.text.len());
        text.push_str(&a.text);
        text.push_str(&b.text);
        PyStr {
            text: text.into_boxed_str(),
            chars: a.chars + b.chars,
            hash: Cell::new(-1),
            checkpoints: OnceCell::new(),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
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
        let table = self.checkpoints.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(CHECKPOINT)
                .map(|(b, _)| u32::try_from(b).unwrap_or(u32::MAX))
                .collect()
        });
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
        let h = hash::str_hash(&self.text);
        self.hash.set(h);
        h
    }

    /// Bytes owned outside the object header.
    pub fn heap_bytes(&self) -> usize {
        self.text.len() + self.checkpoints.get().map_or(0, |t| t.len() * 4)
    }
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

    /// The text of a `str` value, or `None` if `v` is not a str.
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
}
