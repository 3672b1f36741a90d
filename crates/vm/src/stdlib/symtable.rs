//! The `_symtable` module under the bundled `symtable`: the compiler's
//! scope analysis seen from Python.
//!
//! `_symtable.symtable(source, filename, mode)` parses `source`, runs the
//! compiler's scope analysis (`pyrite_compiler::symtable::build`) and
//! returns the tree of tables as tuples: `(name, type, lineno, is_nested,
//! symbols, children)`, where `type` is `module`, `class`, `function` or
//! `annotation`, and `symbols` lists `(name, flags)` in order of first use
//! with CPython's encoding of `flags`: the `DEF_*`/`USE` bits, plus the
//! scope (`LOCAL` 1, `GLOBAL_EXPLICIT` 2, `GLOBAL_IMPLICIT` 3, `FREE` 4,
//! `CELL` 5) shifted left by `SCOPE_OFF` (11). A syntax error is raised as
//! compiling the source would raise it.
//!
//! Invariant: every answer is the analysis the code generator uses.

use pyrite_compiler::symtable::{BlockType, Scope, SymbolTable, build};
use pyrite_objects::{PyErr, PyResult, Value};
use pyrite_parser::parse_module;

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[("symtable", symtable_symtable)];

/// Where the scope sits in a symbol's flags (CPython's `SCOPE_OFFSET`).
const SCOPE_OFF: u32 = 11;

/// The `_symtable` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_symtable", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

/// CPython's number for a scope.
fn scope_number(scope: Scope) -> u32 {
    match scope {
        Scope::Local => 1,
        Scope::GlobalExplicit => 2,
        Scope::GlobalImplicit => 3,
        Scope::Free => 4,
        Scope::Cell => 5,
    }
}

/// `symtable(source, filename, mode)`.
fn symtable_symtable(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let ([source, filename, mode], []) = (args, kwnames) else {
        return Err(PyErr::type_error("symtable() takes exactly 3 arguments"));
    };
    let text = |interp: &Interpreter, v: Value| interp.heap.str_of(v).map(str::to_string);
    let (Some(source), Some(filename), Some(mode)) = (
        text(interp, *source),
        text(interp, *filename),
        text(interp, *mode),
    ) else {
        return Err(PyErr::type_error("symtable() arguments must be str"));
    };
    if !matches!(mode.as_str(), "exec" | "eval" | "single") {
        return Err(PyErr::value_error(
            "symtable() arg 3 must be 'exec' or 'eval' or 'single'",
        ));
    }
    let parsed = parse_module(&source);
    let table = match (parsed.module, parsed.diagnostics.into_iter().next()) {
        (Some(module), None) => build(&module, &source),
        (_, Some(d)) => Err(d),
        (None, None) => return Err(PyErr::value_error("the parser produced no tree")),
    };
    match table {
        Ok(table) => Ok(table_value(interp, &table)),
        Err(d) => Err(interp.syntax_error(&d, &source, &filename)),
    }
}

/// One table as a tuple (a new reference).
fn table_value(interp: &mut Interpreter, table: &SymbolTable) -> Value {
    let name = interp.heap.new_str(table.name.as_str());
    let kind = interp.intern(match table.block_type {
        BlockType::Module => "module",
        BlockType::Class => "class",
        BlockType::Function => "function",
        BlockType::Annotation => "annotation",
    });
    let symbols = table
        .symbols
        .iter()
        .map(|(name, symbol)| {
            let flags = u32::from(symbol.flags.0) | (scope_number(symbol.scope) << SCOPE_OFF);
            let name = interp.heap.new_str(name.as_str());
            interp
                .heap
                .new_tuple(vec![name, Value::Int(i64::from(flags))])
        })
        .collect();
    let symbols = interp.heap.new_list(symbols);
    let children = table
        .children
        .iter()
        .map(|child| table_value(interp, child))
        .collect();
    let children = interp.heap.new_list(children);
    interp.heap.new_tuple(vec![
        name,
        kind,
        Value::Int(i64::from(table.lineno)),
        Value::Bool(table.is_nested),
        symbols,
        children,
    ])
}
