//! The `traceback` module. Reports of whole exceptions and of traceback
//! chains come from the interpreter's own renderer (`crate::traceback`),
//! so `traceback.print_exc()` prints exactly what an uncaught exception
//! prints, position markers included; the rest of the module (frame
//! summaries, stack extraction, `TracebackException`) is written in
//! Python (`traceback/pure.py`) over those three natives. Those reports
//! take their source lines through `linecache.getlines`, as CPython's
//! `traceback` module does.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;
use crate::traceback::LineSource;

const PYTHON_PART: &str = include_str!("traceback/pure.py");

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_render_exception", render_exception),
    ("_render_exception_only", render_exception_only),
    ("_render_tb", render_tb),
];

/// The `traceback` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "traceback", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        super::run_python_part(interp, dict, PYTHON_PART, "<frozen traceback>")
    })
}

/// The exception argument, checked to be an exception instance.
fn exception_arg(interp: &Interpreter, func: &str, args: &[Value]) -> PyResult<Value> {
    match args {
        [exc] if interp.exception_data(*exc).is_some() => Ok(*exc),
        [other] => Err(PyErr::type_error(format!(
            "{func}(): Exception expected for value, {} found",
            interp.type_name(*other)
        ))),
        _ => Err(PyErr::type_error(format!(
            "{func}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// `_render_exception(exc)`: the full report, chained exceptions first.
fn render_exception(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let exc = exception_arg(interp, "print_exception", args)?;
    let text = interp.format_exception_from(exc, LineSource::Linecache);
    Ok(interp.heap.new_str(text))
}

/// `_render_exception_only(exc)`: the `Type: message` part.
fn render_exception_only(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let exc = exception_arg(interp, "format_exception_only", args)?;
    let text = interp.format_exception_only(exc);
    Ok(interp.heap.new_str(text))
}

/// `_render_tb(tb)`: the `File ..., line ..., in ...` entries of a
/// traceback chain, with source lines and markers.
fn render_tb(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [tb] = args else {
        return Err(PyErr::type_error("_render_tb() takes exactly one argument"));
    };
    let mut out = String::new();
    interp.format_entries_from(*tb, &mut out, LineSource::Linecache);
    Ok(interp.heap.new_str(out))
}
