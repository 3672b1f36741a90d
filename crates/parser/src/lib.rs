//! pyrite-parser: Python 3.11 tokens to an abstract syntax tree.
//!
//! Owns the AST (node types mirroring CPython 3.11's `ast` module, each node
//! carrying its byte range), the grammar (chumsky over the lexer's token
//! slice), the syntax errors CPython reports at parse time, and their two
//! renderings (CPython's classic format and an ariadne report). It does not
//! own scope analysis: `'return' outside function` is the compiler's.
//!
//! Invariants:
//! - No input makes the parser panic or overflow the stack: nesting deeper
//!   than CPython accepts is rejected before parsing ([`depth`]).
//! - Every node's range lies within the source and on character boundaries.

pub mod ast;
mod depth;
mod errors;
mod grammar;
pub mod literals;
mod parse;
mod positions;
pub mod render;
mod type_comments;

pub use parse::{
    ExpressionOutput, InteractiveOutput, ParseOutput, parse_expression, parse_interactive,
    parse_module,
};
