//! The errors compiling a pattern can raise, as CPython's `re` raises them.
//!
//! Most are `re.error` with a message and a position (in code points for
//! a str pattern, bytes for a bytes pattern); a few are `ValueError`
//! (incompatible flags) or `OverflowError` (a repeat count too large),
//! exactly where CPython raises those instead.

/// Which Python exception an [`Error`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`.
    Regex,
    /// `ValueError`.
    Value,
    /// `OverflowError`.
    Overflow,
    /// `IndexError` (an unknown group name in a replacement template).
    Index,
    /// `RecursionError` (groups nested too deeply).
    Recursion,
}

/// An error compiling a pattern or a replacement template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Which exception to raise.
    pub kind: ErrorKind,
    /// The bare message (`re.error.msg`).
    pub msg: String,
    /// Where in the pattern the error was found (`re.error.pos`), if known.
    pub pos: Option<usize>,
}

impl Error {
    /// A `re.error` at `pos`.
    pub fn at(msg: impl Into<String>, pos: usize) -> Error {
        Error {
            kind: ErrorKind::Regex,
            msg: msg.into(),
            pos: Some(pos),
        }
    }

    /// A `re.error` without a position.
    pub fn plain(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Regex,
            msg: msg.into(),
            pos: None,
        }
    }

    /// Another exception kind, without a position.
    pub fn other(kind: ErrorKind, msg: impl Into<String>) -> Error {
        Error {
            kind,
            msg: msg.into(),
            pos: None,
        }
    }

    /// The text `str(err)` shows: the message, then ` at position N`, and
    /// ` (line L, column C)` when the pattern spans several lines.
    pub fn display(&self, pattern: &[u32]) -> String {
        let Some(pos) = self.pos else {
            return self.msg.clone();
        };
        let mut text = format!("{} at position {pos}", self.msg);
        let newline = u32::from(b'\n');
        if pattern.contains(&newline) {
            let before = &pattern[..pos.min(pattern.len())];
            let line = before.iter().filter(|&&c| c == newline).count() + 1;
            let column = match before.iter().rposition(|&c| c == newline) {
                Some(i) => pos - i,
                None => pos + 1,
            };
            text.push_str(&format!(" (line {line}, column {column})"));
        }
        text
    }

    /// `(lineno, colno)` of the error, as `re.error` reports them.
    pub fn line_column(&self, pattern: &[u32]) -> Option<(usize, usize)> {
        let pos = self.pos?;
        let newline = u32::from(b'\n');
        let before = &pattern[..pos.min(pattern.len())];
        let line = before.iter().filter(|&&c| c == newline).count() + 1;
        let column = match before.iter().rposition(|&c| c == newline) {
            Some(i) => pos - i,
            None => pos + 1,
        };
        Some((line, column))
    }
}
