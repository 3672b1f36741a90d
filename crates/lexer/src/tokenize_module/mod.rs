//! The token stream of Python's `tokenize` module, which `pyrite -m
//! tokenize` prints and the bundled `tokenize` module yields.
//!
//! That module is `Lib/tokenize.py`, a regex tokenizer with conventions of
//! its own, so this translates the lexer's token stream into them:
//! - positions as (line, character column), with lines split at `\n` only
//!   (`readline`);
//! - layout decided by `tokenize.py`'s rules: its own bracket count and
//!   statement starts give NEWLINE or NL, INDENT and DEDENT, the
//!   end-of-input DEDENTs and ENDMARKER go on the line after the last one,
//!   and an unterminated last line gets a NEWLINE spanning one column;
//! - on malformed text, what its regexes match (a bad number as several
//!   NUMBER/NAME tokens, a stray character and the whitespace before it as
//!   ERRORTOKENs, an unterminated string as its quote and the tokens after);
//! - its fatal errors (`EOF in multi-line string`, `EOF in multi-line
//!   statement`, an unindent to no open level), after the tokens before
//!   them.
//!
//! The ENCODING token that starts a stream read from bytes is the caller's:
//! this works on text.
//!
//! A lone `\r` is a line break to pyrite (as to CPython's compiler) but an
//! ordinary character to `tokenize.py`; that difference is not translated.

mod number;
mod stream;

/// One token as `tokenize.py` yields it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenInfo {
    /// The token type's name in the `token` module (`NAME`, `OP`, or with
    /// `exact` the operator's own name such as `LPAR`).
    pub kind: &'static str,
    pub string: String,
    /// (line, column): lines from 1, columns in characters.
    pub start: (usize, usize),
    pub end: (usize, usize),
}

/// An error that stops `tokenize.py`, at (line, column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenizeError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl TokenizeError {
    /// Whether `tokenize.py` raises this as `IndentationError` (else it is
    /// a `TokenError`).
    pub fn is_indentation_error(&self) -> bool {
        self.message.starts_with("unindent")
    }
}

/// The tokens `tokenize.py` yields for `source` (without ENCODING), and
/// the error it stops with, if any, after them. With `exact`, operators
/// carry their exact type names, as `tokenize -e` prints them.
pub fn generate_tokens(source: &str, exact: bool) -> (Vec<TokenInfo>, Option<TokenizeError>) {
    stream::stream(source, exact)
}

/// The `line` attribute `tokenize.py` gives a token: the physical lines it
/// spans, with their line breaks; empty for the tokens after the last line
/// and for the NEWLINE it adds to a last line without a line break.
pub fn token_line<'s>(source: &'s str, token: &TokenInfo) -> &'s str {
    if token.kind == "NEWLINE" && token.string.is_empty() {
        return "";
    }
    let mut starts = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1));
    let Some(from) = starts.clone().nth(token.start.0.saturating_sub(1)) else {
        return "";
    };
    if token.start.0 == 0 || from >= source.len() {
        return "";
    }
    let to = starts
        .nth(token.end.0.max(token.start.0))
        .unwrap_or(source.len());
    &source[from..to]
}
