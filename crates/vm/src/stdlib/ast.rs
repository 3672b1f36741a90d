//! The `_ast` module under the bundled `ast`: the parser's tree as text.
//!
//! `_ast.dump_source(source, filename, mode)` parses `source` (mode
//! `exec` or `eval`) and returns `ast.dump(tree, include_attributes=True)`
//! of the parser's own tree, or raises the `SyntaxError` compiling it
//! would. That text is a Python expression of node constructors, which
//! `ast.parse` evaluates with its node classes to build the tree of
//! Python objects.
//!
//! Invariant: the text comes from `pyrite_parser::ast::dump_*`, whose
//! output is checked against CPython's `ast.dump`, so every node class,
//! field and position the Python tree gets is the parser's.

use pyrite_objects::{PyErr, PyResult, Value};
use pyrite_parser::ast::{dump_expression_with_attributes, dump_module_with_attributes};
use pyrite_parser::{parse_expression, parse_module};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[("dump_source", ast_dump_source)];

/// The `_ast` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_ast", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

/// `dump_source(source, filename, mode)`.
fn ast_dump_source(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let ([source, filename, mode], []) = (args, kwnames) else {
        return Err(PyErr::type_error("dump_source() takes exactly 3 arguments"));
    };
    let text = |interp: &Interpreter, v: Value| interp.heap.str_of(v).map(str::to_string);
    let (Some(source), Some(filename), Some(mode)) = (
        text(interp, *source),
        text(interp, *filename),
        text(interp, *mode),
    ) else {
        return Err(PyErr::type_error("dump_source() arguments must be str"));
    };
    let dumped = match mode.as_str() {
        "exec" => {
            let parsed = parse_module(&source);
            match (parsed.module, parsed.diagnostics.first()) {
                (Some(module), None) => Ok(dump_module_with_attributes(&module, 0, &source)),
                (_, Some(d)) => Err(d.clone()),
                (None, None) => return Err(PyErr::value_error("the parser produced no tree")),
            }
        }
        "eval" => {
            let parsed = parse_expression(&source);
            match (parsed.expression, parsed.diagnostics.first()) {
                (Some(tree), None) => Ok(dump_expression_with_attributes(&tree, 0, &source)),
                (_, Some(d)) => Err(d.clone()),
                (None, None) => return Err(PyErr::value_error("the parser produced no tree")),
            }
        }
        _ => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    match dumped {
        Ok(text) => Ok(interp.heap.new_str(text.as_str())),
        Err(d) => Err(interp.syntax_error(&d, &source, &filename)),
    }
}
