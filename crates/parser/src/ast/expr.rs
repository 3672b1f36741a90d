//! Expressions (`ast.expr`) and the nodes that live only inside them:
//! `comprehension`, `arguments`, `arg` and `keyword`.

use pyrite_lexer::TextRange;

use super::{BoolOp, CmpOp, Constant, ExprContext, Identifier, Operator, UnaryOp};

/// An expression node: its kind and its byte range in the source.
#[derive(Clone, PartialEq, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub range: TextRange,
}

/// Every expression kind of CPython 3.11's `ast` module, with its fields
/// named as there.
#[derive(Clone, PartialEq, Debug)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key stands for a `**m` unpacking.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    /// `a < b < c`: `ops` and `comparators` have the same length.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{...}` field of an f-string. `conversion` is -1 (none) or the
    /// code point of `s`, `r` or `a`; `format_spec` is a `JoinedStr`.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string (possibly concatenated with plain strings): its values
    /// are `Constant` strings and `FormattedValue`s.
    JoinedStr {
        values: Vec<Expr>,
    },
    /// A literal. `kind` is `Some("u")` for a `u"..."` string, as in CPython.
    Constant {
        value: Constant,
        kind: Option<String>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Identifier,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    /// `lower:upper:step`, only ever directly inside a `Subscript`'s slice
    /// (or a `Tuple` there).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Clone, PartialEq, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
    pub range: TextRange,
}

/// The parameter list of a `def` or `lambda`.
///
/// `defaults` belong to the last `posonlyargs + args`; `kw_defaults` has one
/// entry per `kwonlyargs`, `None` where there is no default.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Box<Arg>>,
    pub defaults: Vec<Expr>,
    pub range: TextRange,
}

/// One parameter: its name and optional annotation.
#[derive(Clone, PartialEq, Debug)]
pub struct Arg {
    pub arg: Identifier,
    pub annotation: Option<Box<Expr>>,
    pub type_comment: Option<String>,
    pub range: TextRange,
}

/// A keyword argument of a call or class definition; `arg` is `None` for a
/// `**mapping` unpacking.
#[derive(Clone, PartialEq, Debug)]
pub struct Keyword {
    pub arg: Option<Identifier>,
    pub value: Expr,
    pub range: TextRange,
}

impl Expr {
    pub fn new(kind: ExprKind, range: TextRange) -> Self {
        Expr { kind, range }
    }

    /// The class name `ast.dump` prints for this node.
    pub fn class_name(&self) -> &'static str {
        match &self.kind {
            ExprKind::BoolOp { .. } => "BoolOp",
            ExprKind::NamedExpr { .. } => "NamedExpr",
            ExprKind::BinOp { .. } => "BinOp",
            ExprKind::UnaryOp { .. } => "UnaryOp",
            ExprKind::Lambda { .. } => "Lambda",
            ExprKind::IfExp { .. } => "IfExp",
            ExprKind::Dict { .. } => "Dict",
            ExprKind::Set { .. } => "Set",
            ExprKind::ListComp { .. } => "ListComp",
            ExprKind::SetComp { .. } => "SetComp",
            ExprKind::DictComp { .. } => "DictComp",
            ExprKind::GeneratorExp { .. } => "GeneratorExp",
            ExprKind::Await { .. } => "Await",
            ExprKind::Yield { .. } => "Yield",
            ExprKind::YieldFrom { .. } => "YieldFrom",
            ExprKind::Compare { .. } => "Compare",
            ExprKind::Call { .. } => "Call",
            ExprKind::FormattedValue { .. } => "FormattedValue",
            ExprKind::JoinedStr { .. } => "JoinedStr",
            ExprKind::Constant { .. } => "Constant",
            ExprKind::Attribute { .. } => "Attribute",
            ExprKind::Subscript { .. } => "Subscript",
            ExprKind::Starred { .. } => "Starred",
            ExprKind::Name { .. } => "Name",
            ExprKind::List { .. } => "List",
            ExprKind::Tuple { .. } => "Tuple",
            ExprKind::Slice { .. } => "Slice",
        }
    }
}
