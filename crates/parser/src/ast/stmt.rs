//! Statements (`ast.stmt`) and the nodes that live only inside them:
//! `alias`, `withitem`, `excepthandler` and `match_case`.

use pyrite_lexer::TextRange;

use super::{Arguments, Expr, Identifier, Keyword, Operator, Pattern};

/// A statement node: its kind and its byte range in the source.
#[derive(Clone, PartialEq, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub range: TextRange,
}

/// Every statement kind of CPython 3.11's `ast` module, with its fields
/// named as there. `type_comment` fields are always `None`: type comments
/// are ignored, as `ast.parse` does without `type_comments=True`.
#[derive(Clone, PartialEq, Debug)]
pub enum StmtKind {
    FunctionDef {
        name: Identifier,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
        type_comment: Option<String>,
    },
    AsyncFunctionDef {
        name: Identifier,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
        type_comment: Option<String>,
    },
    ClassDef {
        name: Identifier,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    /// `a = b = value`: one target per `=`.
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
        type_comment: Option<String>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    /// `target: annotation = value`; `simple` is true for a bare name not
    /// in parentheses.
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        type_comment: Option<String>,
    },
    AsyncFor {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        type_comment: Option<String>,
    },
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `if`; an `elif` chain is an `If` alone in the `orelse` of the one
    /// before it.
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        type_comment: Option<String>,
    },
    AsyncWith {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        type_comment: Option<String>,
    },
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `try` with `except*` handlers.
    TryStar {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    /// `from ..module import names`; `module` is `None` for `from . import x`,
    /// `level` counts the leading dots.
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Identifier>,
    },
    Nonlocal {
        names: Vec<Identifier>,
    },
    /// An expression used as a statement.
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

/// `name as asname` in an import; `name` may be dotted, or `*`.
#[derive(Clone, PartialEq, Debug)]
pub struct Alias {
    pub name: Identifier,
    pub asname: Option<Identifier>,
    pub range: TextRange,
}

/// `context_expr as optional_vars` in a `with` statement.
#[derive(Clone, PartialEq, Debug)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
    pub range: TextRange,
}

/// One `except` (or `except*`) clause: `ast.ExceptHandler`.
#[derive(Clone, PartialEq, Debug)]
pub struct ExceptHandler {
    pub r#type: Option<Box<Expr>>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

/// One `case pattern if guard:` clause of a `match` statement.
#[derive(Clone, PartialEq, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
    pub range: TextRange,
}

impl Stmt {
    pub fn new(kind: StmtKind, range: TextRange) -> Self {
        Stmt { kind, range }
    }

    /// The class name `ast.dump` prints for this node.
    pub fn class_name(&self) -> &'static str {
        match &self.kind {
            StmtKind::FunctionDef { .. } => "FunctionDef",
            StmtKind::AsyncFunctionDef { .. } => "AsyncFunctionDef",
            StmtKind::ClassDef { .. } => "ClassDef",
            StmtKind::Return { .. } => "Return",
            StmtKind::Delete { .. } => "Delete",
            StmtKind::Assign { .. } => "Assign",
            StmtKind::AugAssign { .. } => "AugAssign",
            StmtKind::AnnAssign { .. } => "AnnAssign",
            StmtKind::For { .. } => "For",
            StmtKind::AsyncFor { .. } => "AsyncFor",
            StmtKind::While { .. } => "While",
            StmtKind::If { .. } => "If",
            StmtKind::With { .. } => "With",
            StmtKind::AsyncWith { .. } => "AsyncWith",
            StmtKind::Match { .. } => "Match",
            StmtKind::Raise { .. } => "Raise",
            StmtKind::Try { .. } => "Try",
            StmtKind::TryStar { .. } => "TryStar",
            StmtKind::Assert { .. } => "Assert",
            StmtKind::Import { .. } => "Import",
            StmtKind::ImportFrom { .. } => "ImportFrom",
            StmtKind::Global { .. } => "Global",
            StmtKind::Nonlocal { .. } => "Nonlocal",
            StmtKind::Expr { .. } => "Expr",
            StmtKind::Pass => "Pass",
            StmtKind::Break => "Break",
            StmtKind::Continue => "Continue",
        }
    }
}
