//! Patterns of a `match` statement's `case` clauses (`ast.pattern`).

use pyrite_lexer::TextRange;

use super::{Constant, Expr, Identifier};

/// A pattern node: its kind and its byte range in the source.
#[derive(Clone, PartialEq, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub range: TextRange,
}

/// Every pattern kind of CPython 3.11's `ast` module.
#[derive(Clone, PartialEq, Debug)]
pub enum PatternKind {
    /// A literal or dotted name compared with `==`.
    MatchValue {
        value: Box<Expr>,
    },
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton {
        value: Constant,
    },
    MatchSequence {
        patterns: Vec<Pattern>,
    },
    /// `{k: p, **rest}`.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Identifier>,
    },
    /// `Cls(p, attr=q)`.
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` or `*_` (then `name` is `None`) inside a sequence pattern.
    MatchStar {
        name: Option<Identifier>,
    },
    /// `p as name`, a capture `name` (no pattern), or the wildcard `_`
    /// (neither).
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Identifier>,
    },
    MatchOr {
        patterns: Vec<Pattern>,
    },
}

impl Pattern {
    pub fn new(kind: PatternKind, range: TextRange) -> Self {
        Pattern { kind, range }
    }
}
