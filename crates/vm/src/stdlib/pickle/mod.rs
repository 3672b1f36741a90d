//! The `_pickle_native` module: the pickler's and unpickler's inner loops
//! in Rust, for the pure-Python `Pickler` and `Unpickler` of the bundled
//! `_pickle` to call.
//!
//! - `save(pickler, obj)` writes an object made of built-in values (see
//!   [`save`]) into the pickler's output, writes instances reduced in
//!   the common ways (see [`reduce`]), and asks the pickler's own
//!   `_save_other` for everything else.
//! - `load(unpickler, source, error_class)` runs a pickle held in memory
//!   (see [`load`]), handing the opcodes that need the unpickler's Python
//!   side to its `dispatch` table.
//!
//! Invariants:
//! - The bytes written are those the Python pickler writes for the same
//!   objects, which are CPython 3.11's: the Python and native halves
//!   share the pickler's memo, protocol and framer.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::define;
use crate::interpreter::Interpreter;

mod load;
mod opcodes;
pub(crate) mod reduce;
mod save;

/// The `_pickle_native` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_pickle_native", |interp, dict| {
        define(interp, dict, "save", pickle_save);
        define(interp, dict, "load", pickle_load);
        Ok(())
    })
}

/// `save(pickler, obj)`.
fn pickle_save(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (&[pickler, obj], []) = (args, kwnames) else {
        return Err(PyErr::type_error("save() takes exactly 2 arguments"));
    };
    save::save(interp, pickler, obj)?;
    Ok(Value::None)
}

/// `load(unpickler, source, error_class)`.
fn pickle_load(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (&[unpickler, source, error_class], []) = (args, kwnames) else {
        return Err(PyErr::type_error("load() takes exactly 3 arguments"));
    };
    load::load(interp, unpickler, source, error_class)
}
