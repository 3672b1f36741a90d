//! The abstract syntax tree, mirroring CPython 3.11's `ast` module one to
//! one: the same node classes, the same field names, the same shapes.
//!
//! Every node carries its byte range in the source (`range`), from which
//! `lineno`, `col_offset`, `end_lineno` and `end_col_offset` follow with
//! [`pyrite_lexer::LineIndex::line_col_bytes`] (CPython's columns are UTF-8
//! byte offsets). The nodes CPython gives no position (`comprehension`,
//! `arguments`, `withitem`, `match_case`) carry one too; it covers their
//! source text.
//!
//! Node kinds are Rust enums (`ExprKind`, `StmtKind`, `PatternKind`) wrapped
//! in a struct holding the range, so a pass matches on `&expr.kind`.

mod constant;
mod dump;
mod expr;
mod operators;
mod pattern;
mod repr;
mod stmt;

pub use constant::Constant;
pub use dump::{
    dump_expr, dump_expression, dump_expression_with_attributes, dump_module,
    dump_module_with_attributes,
};
pub use expr::{Arg, Arguments, Comprehension, Expr, ExprKind, Keyword};
pub use operators::{BoolOp, CmpOp, ExprContext, Operator, UnaryOp};
pub use pattern::{Pattern, PatternKind};
pub use repr::{bytes_repr, float_repr, str_repr};
pub use stmt::{Alias, ExceptHandler, MatchCase, Stmt, StmtKind, WithItem};

use pyrite_lexer::TextRange;

/// A Python identifier, NFKC-normalised as CPython does.
pub type Identifier = String;

/// A whole file: what `ast.parse(source)` returns (`mode='exec'`).
#[derive(Clone, PartialEq, Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// Always empty: type comments are ignored.
    pub type_ignores: Vec<TypeIgnore>,
    pub range: TextRange,
}

/// One interactive input (`mode='single'`).
#[derive(Clone, PartialEq, Debug)]
pub struct Interactive {
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

/// A single expression (`mode='eval'`).
#[derive(Clone, PartialEq, Debug)]
pub struct Expression {
    pub body: Box<Expr>,
    pub range: TextRange,
}

/// A `# type: ignore` comment (`ast.TypeIgnore`), kept for completeness.
#[derive(Clone, PartialEq, Debug)]
pub struct TypeIgnore {
    pub lineno: u32,
    pub tag: String,
}

/// The root of a tree, one per `ast.parse` mode (`ast.mod`).
#[derive(Clone, PartialEq, Debug)]
pub enum Mod {
    Module(Module),
    Interactive(Interactive),
    Expression(Expression),
}
