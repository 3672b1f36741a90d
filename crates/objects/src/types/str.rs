//! `str`: an immutable sequence of Unicode code points.
//!
//! Stored as UTF-8 with its length in code points and whether it is pure
//! ASCII, so `len()` is O(1) and indexing an ASCII string is O(1). The hash
//! is computed on first use and cached, as CPython caches it in the object.

use std::cell::Cell;

use crate::hash;

/// The payload of a `str` object.
#[derive(Debug)]
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    /// The cached `hash()`, or `-1` until computed (CPython's sentinel: a
    /// real hash is never -1).
    hash: Cell<i64>,
}

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

    /// `s[i]` for `0 <= i < len(s)`.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.text.chars().nth(i)
        }
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
        self.text.len()
    }
}

/// Python's `str.isspace()` for one character (what `strip()`, `split()`
/// and `int()` skip): Unicode White_Space plus the ASCII separators
/// `\x1c`..`\x1f`.
pub fn is_python_whitespace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Whether `repr` prints `c` as itself (CPython's `Py_UNICODE_ISPRINTABLE`:
/// everything except the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other
/// than the space). Unassigned code points (Cn) are only recognised for
/// the noncharacters.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() || (c.is_whitespace() && cp > 0x7f) {
        return false;
    }
    let format_chars: &[(u32, u32)] = &[
        (0xAD, 0xAD),
        (0x600, 0x605),
        (0x61C, 0x61C),
        (0x6DD, 0x6DD),
        (0x70F, 0x70F),
        (0x890, 0x891),
        (0x8E2, 0x8E2),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x206F),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFB),
        (0x110BD, 0x110BD),
        (0x110CD, 0x110CD),
        (0x13430, 0x13438),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001),
        (0xE0020, 0xE007F),
        (0xE000, 0xF8FF),
        (0xF0000, 0x10FFFF),
    ];
    if format_chars
        .iter()
        .any(|(lo, hi)| (*lo..=*hi).contains(&cp))
    {
        return false;
    }
    // Noncharacters: U+FDD0..U+FDEF and the last two of every plane.
    !((0xFDD0..=0xFDEF).contains(&cp) || cp & 0xFFFE == 0xFFFE)
}

/// `repr(s)`: single quotes unless the text contains `'` and no `"`;
/// backslash escapes for the quote, `\\`, `\t`, `\n`, `\r` and every
/// non-printable character (`\xNN`, `\uNNNN`, `\UNNNNNNNN`).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x7f && c >= ' ' => out.push(c),
            c if (c as u32) < 0x100 && !is_printable(c) || (c as u32) < 0x7f || c == '\x7f' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

impl crate::heap::Heap {
    /// A new `str` object (an owned reference).
    pub fn new_str(&mut self, text: impl Into<Box<str>>) -> crate::value::Value {
        self.alloc_builtin(
            super::BuiltinType::Str,
            crate::heap::Payload::Str(PyStr::new(text)),
        )
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
