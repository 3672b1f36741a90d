//! pyrite-lexer: Python 3.11 source text to tokens.
//!
//! The first layer of pyrite. It owns:
//! - [`decode_source`]: source bytes to text (BOM, PEP 263 coding cookies),
//! - [`tokenize`]: text to the full token stream, with its diagnostics,
//! - [`Token`] (`{ kind, range }`, byte ranges into the source, as in ruff),
//! - [`TokenKind`], one variant per token the Python 3.11 tokenizer produces,
//! - [`Diagnostic`], the error value every front-end layer (lexer, parser,
//!   compiler) reports with,
//! - [`LineIndex`], byte offset → (line, column) for messages,
//! - [`tokenize_module`]: the token stream as Python's `tokenize` module
//!   yields it (its types, positions and layout conventions),
//! - helpers for later layers: [`StringParts`] (a string token's prefix and
//!   body) and [`normalize_identifier`] (the NFKC name a name binds),
//! - writing literals back: [`str_repr`], [`bytes_repr`], [`float_repr`],
//!   [`complex_repr`] and [`is_printable`], Python's `repr()` of the values
//!   literals denote, which every later layer prints with.
//!
//! It does not own parsing, and it never renders: errors are values, and only
//! the CLI prints them (DESIGN.md invariant 2).
//!
//! Invariants:
//! - Every token's range lies on UTF-8 character boundaries of the source.
//! - The token stream always ends with exactly one `EndMarker`.
//! - No input, however malformed, makes the lexer panic.

mod diagnostic;
mod encoding;
#[rustfmt::skip]
mod encoding_tables;
mod identifier;
mod lexer;
mod line_index;
mod literal_repr;
mod number;
mod raw;
mod string;
mod token;
mod token_names;
pub mod tokenize_module;

pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use encoding::{
    EncodingDeclaration, SourceEncoding, decode_source, decode_source_file, detect_encoding,
    lookup_encoding,
};
pub use encoding_tables::CharMap;
pub use identifier::normalize_identifier;
pub use lexer::tokenize;
pub use line_index::LineIndex;
pub use literal_repr::{
    bytes_repr, code_points_repr, complex_repr, float_repr, is_printable, shortest_digits, str_repr,
};
pub use string::{StringParts, StringPrefix};
pub use token::{TextRange, Token, TokenKind};
pub use token_names::{KEYWORDS, OPERATORS};
