//! The symbol table: which scope each name belongs to, decided before any
//! code is generated, exactly as CPython 3.11's `symtable.c` decides it.
//!
//! Two passes, as in CPython:
//! 1. [`visit`] walks the AST once, making one [`SymbolTable`] per scope
//!    (module, class body, function, lambda, comprehension) and recording
//!    for each name how it is used there ([`SymbolFlags`]: assigned,
//!    a parameter, read, declared `global`/`nonlocal`, imported, annotated,
//!    a comprehension's loop variable). Declaration errors are found here.
//! 2. [`analyze`] then gives each name its [`Scope`], top down and bottom up:
//!    - bound in a function (assigned, parameter, imported) → `Local`;
//!    - declared `global` → `GlobalExplicit`;
//!    - used but bound in no enclosing function → `GlobalImplicit`;
//!    - used here but bound in an enclosing function → `Free`, and the
//!      binding function's own symbol becomes `Cell`;
//!    - class bodies are skipped over when looking for enclosing bindings
//!      (methods do not see class-level names), and a method using `super`
//!      or `__class__` makes the class keep a `__class__` cell.
//!
//! The code generator reads the result: `Local` in a function is
//! `LOAD_FAST`, `Cell`/`Free` are `LOAD_DEREF`, `GlobalExplicit` (and
//! `GlobalImplicit` in a function) are `LOAD_GLOBAL`, and anything at
//! module or class level is `LOAD_NAME` (or `LOAD_CLASSDEREF` for a free
//! name in a class body).
//!
//! Invariant: every name the code generator asks about in a scope is in that
//! scope's table; a table's children are keyed by their AST node's range.

mod analyze;
mod dump;
mod visit;

use std::collections::HashMap;

use indexmap::IndexMap;
use pyrite_lexer::{Diagnostic, TextRange};
use pyrite_parser::ast;

pub use dump::dump;

/// How a name is used in one scope (CPython's `DEF_*` and `USE` bits).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct SymbolFlags(pub u16);

impl SymbolFlags {
    pub const DEF_GLOBAL: u16 = 1;
    pub const DEF_LOCAL: u16 = 2;
    pub const DEF_PARAM: u16 = 4;
    pub const DEF_NONLOCAL: u16 = 8;
    pub const USE: u16 = 16;
    pub const DEF_FREE: u16 = 32;
    pub const DEF_FREE_CLASS: u16 = 64;
    pub const DEF_IMPORT: u16 = 128;
    pub const DEF_ANNOT: u16 = 256;
    pub const DEF_COMP_ITER: u16 = 512;
    /// Bound in this scope.
    pub const DEF_BOUND: u16 = Self::DEF_LOCAL | Self::DEF_PARAM | Self::DEF_IMPORT;

    /// Names of the bits, in CPython's order.
    pub const NAMES: [(u16, &'static str); 10] = [
        (Self::DEF_GLOBAL, "DEF_GLOBAL"),
        (Self::DEF_LOCAL, "DEF_LOCAL"),
        (Self::DEF_PARAM, "DEF_PARAM"),
        (Self::DEF_NONLOCAL, "DEF_NONLOCAL"),
        (Self::USE, "USE"),
        (Self::DEF_FREE, "DEF_FREE"),
        (Self::DEF_FREE_CLASS, "DEF_FREE_CLASS"),
        (Self::DEF_IMPORT, "DEF_IMPORT"),
        (Self::DEF_ANNOT, "DEF_ANNOT"),
        (Self::DEF_COMP_ITER, "DEF_COMP_ITER"),
    ];

    pub fn has(self, bits: u16) -> bool {
        self.0 & bits != 0
    }
}

/// Where a name lives, as the analysis decides.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

impl Scope {
    /// CPython's name for the scope (`symtable.LOCAL`, …).
    pub fn name(self) -> &'static str {
        match self {
            Scope::Local => "LOCAL",
            Scope::GlobalExplicit => "GLOBAL_EXPLICIT",
            Scope::GlobalImplicit => "GLOBAL_IMPLICIT",
            Scope::Free => "FREE",
            Scope::Cell => "CELL",
        }
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Symbol {
    pub flags: SymbolFlags,
    /// Decided by the analysis; `GlobalImplicit` until then.
    pub scope: Scope,
}

/// The kind of a scope (CPython's `_Py_block_ty`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BlockType {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
    /// The annotations of a function under `from __future__ import
    /// annotations`, which are never evaluated.
    Annotation,
}

/// Which comprehension a function scope is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    /// The scope's name: `listcomp`, `setcomp`, `dictcomp`, `genexpr`.
    pub fn scope_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        }
    }

    /// How error messages name it.
    pub fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// One scope's table (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// `top` for the module, the function or class name, `lambda`, or the
    /// comprehension's scope name.
    pub name: String,
    pub block_type: BlockType,
    pub lineno: u32,
    pub range: TextRange,
    /// Every name used in the scope, in order of first use.
    pub symbols: IndexMap<String, Symbol>,
    /// The parameters, in `co_varnames` order.
    pub varnames: Vec<String>,
    pub children: Vec<SymbolTable>,
    /// Inside a function (at any depth).
    pub is_nested: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub comprehension: Option<ComprehensionKind>,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub returns_value: bool,
    /// Has free variables itself.
    pub has_free: bool,
    /// Some nested scope has free variables.
    pub child_free: bool,
    /// A class whose methods use `super`/`__class__`: it gets a `__class__`
    /// cell.
    pub needs_class_closure: bool,
    /// Where each `global`/`nonlocal` declaration was made, for errors.
    directives: HashMap<String, TextRange>,
    /// Children by the range of the AST node that made them.
    child_index: HashMap<(u32, u32), usize>,
    /// Depth of comprehension iterable expressions being visited (walrus
    /// is refused there).
    comp_iter_expr: u32,
    /// Whether a comprehension's loop target is being visited.
    comp_iter_target: bool,
}

impl SymbolTable {
    fn new(name: &str, block_type: BlockType, lineno: u32, range: TextRange) -> Self {
        SymbolTable {
            name: name.to_string(),
            block_type,
            lineno,
            range,
            symbols: IndexMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            is_nested: false,
            is_generator: false,
            is_coroutine: false,
            comprehension: None,
            has_varargs: false,
            has_varkeywords: false,
            returns_value: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            directives: HashMap::new(),
            child_index: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    /// The scope of `name` here; names the table never saw are implicit
    /// globals.
    pub fn scope_of(&self, name: &str) -> Scope {
        self.symbols
            .get(name)
            .map_or(Scope::GlobalImplicit, |s| s.scope)
    }

    pub fn flags_of(&self, name: &str) -> SymbolFlags {
        self.symbols.get(name).map_or(SymbolFlags(0), |s| s.flags)
    }

    /// The child scope made by the AST node covering `range`.
    pub fn child(&self, range: TextRange) -> Option<&SymbolTable> {
        self.child_index
            .get(&(range.start, range.end))
            .map(|&i| &self.children[i])
    }

    /// Names of a given scope, sorted (how `co_cellvars` and `co_freevars`
    /// are ordered).
    pub fn names_with_scope(&self, scope: Scope) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope)
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }
}

/// CPython's private-name mangling: inside class `class_name`, `__spam`
/// (not ending in `__`, no dot) becomes `_Class__spam`.
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class_name) = class_name else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Whether the module starts with `from __future__ import annotations`
/// (after an optional docstring and other future imports).
pub fn has_future_annotations(module: &ast::Module) -> bool {
    for (i, stmt) in module.body.iter().enumerate() {
        match &stmt.kind {
            ast::StmtKind::Expr { value }
                if i == 0
                    && matches!(
                        value.kind,
                        ast::ExprKind::Constant {
                            value: ast::Constant::Str(_) | ast::Constant::SurrogateStr(_),
                            ..
                        }
                    ) => {}
            ast::StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Builds and analyses the symbol table of a module.
pub fn build(module: &ast::Module, source: &str) -> Result<SymbolTable, Diagnostic> {
    let mut top = visit::visit_module(module, source)?;
    analyze::analyze(&mut top)?;
    Ok(top)
}
