//! pyrite-parser: Python 3.11 tokens to an abstract syntax tree.
//!
//! Owns the AST (node types mirroring CPython 3.11's `ast` module, each node
//! carrying its byte range), the grammar (chumsky over the lexer's token
//! slice), the syntax errors CPython reports at parse time, and their two
//! renderings (CPython's classic format and an ariadne report). It does not
//! own scope analysis: `'return' outside function` is the compiler's.

pub mod ast;
pub mod literals;
