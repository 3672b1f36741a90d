//! pyrite-lexer: Python 3.11 source text to tokens.
//!
//! The first layer of pyrite. It owns:
//! - [`Token`] (`{ kind, range }`, byte ranges into the source, as in ruff),
//! - [`TokenKind`], one variant per token the Python 3.11 tokenizer produces,
//! - [`Diagnostic`], the error value every front-end layer (lexer, parser,
//!   compiler) reports with,
//! - [`LineIndex`], byte offset → (line, column) for messages.
//!
//! It does not own parsing, and it never renders: errors are values, and only
//! the CLI prints them (DESIGN.md invariant 2).
//!
//! Invariants:
//! - Every token's range lies on UTF-8 character boundaries of the source.
//! - The token stream always ends with exactly one `EndMarker`.
//! - No input, however malformed, makes the lexer panic.

mod diagnostic;
mod line_index;
mod token;

pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use line_index::LineIndex;
pub use token::{TextRange, Token, TokenKind};
