//! The `_tokenize` module under the bundled `token` and `tokenize`: the
//! lexer's token stream in `tokenize.py`'s terms, and its operator table.
//!
//! `_tokenize.tokens(source, exact)` returns `(tokens, error)`: a list of
//! `(type_name, string, (line, col), (line, col), line_text)` tuples, and
//! `None` or `(message, (line, col), is_indentation_error)` for the error
//! `tokenize.py` stops with after those tokens. `_tokenize.operators()`
//! lists `(text, exact_type_name)` for every operator the lexer knows.
//!
//! Invariant: the stream is `pyrite_lexer::tokenize_module`'s, the same one
//! `pyrite -m tokenize` prints; nothing here re-reads the source.

use pyrite_lexer::OPERATORS;
use pyrite_lexer::tokenize_module::{generate_tokens, token_line};
use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("tokens", tokenize_tokens),
    ("operators", tokenize_operators),
];

/// The `_tokenize` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_tokenize", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

fn position(interp: &mut Interpreter, (line, column): (usize, usize)) -> Value {
    interp
        .heap
        .new_tuple(vec![Value::Int(line as i64), Value::Int(column as i64)])
}

/// `tokens(source, exact)`.
fn tokenize_tokens(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let ([source, exact], []) = (args, kwnames) else {
        return Err(PyErr::type_error("tokens() takes exactly 2 arguments"));
    };
    let Some(source) = interp.heap.str_of(*source).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "tokens() argument 1 must be str, not {}",
            interp.type_name(*source)
        )));
    };
    let exact = matches!(exact, Value::Bool(true));
    let (tokens, error) = generate_tokens(&source, exact);
    let mut items = Vec::with_capacity(tokens.len());
    for token in &tokens {
        let kind = interp.intern(token.kind);
        let string = interp.heap.new_str(token.string.as_str());
        let start = position(interp, token.start);
        let end = position(interp, token.end);
        let line = interp.heap.new_str(token_line(&source, token));
        items.push(interp.heap.new_tuple(vec![kind, string, start, end, line]));
    }
    let list = interp.heap.new_list(items);
    let error = match error {
        None => Value::None,
        Some(error) => {
            let message = interp.heap.new_str(error.message);
            let at = position(interp, (error.line, error.column));
            interp
                .heap
                .new_tuple(vec![message, at, Value::Bool(error.is_indentation_error())])
        }
    };
    Ok(interp.heap.new_tuple(vec![list, error]))
}

/// `operators()`.
fn tokenize_operators(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error("operators() takes no arguments"));
    }
    let items = OPERATORS
        .iter()
        .map(|&(text, _, name)| {
            let text = interp.heap.new_str(text);
            let name = interp.heap.new_str(name);
            interp.heap.new_tuple(vec![text, name])
        })
        .collect();
    Ok(interp.heap.new_list(items))
}
