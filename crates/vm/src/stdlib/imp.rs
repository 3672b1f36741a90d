//! The `_imp` module: what the import system can tell Python code about
//! modules it has without searching `sys.path` — which names are built in
//! (native modules) and which are frozen (the bundled standard library,
//! which pyrite imports as CPython imports its frozen modules). `importlib`
//! is written over it.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define};
use crate::interpreter::Interpreter;
use crate::stdlib::bundled;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("is_frozen", is_frozen),
    ("is_frozen_package", is_frozen_package),
];

/// The `_imp` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_imp", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

/// The module name argument of `func`, with CPython's error for a non-str.
fn name_arg(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<String> {
    let a = bind(interp, func, args, kwnames, &["name"], 1)?;
    let v = a[0].unwrap_or(Value::None);
    interp.heap.str_of(v).map(str::to_string).ok_or_else(|| {
        PyErr::type_error(format!(
            "{func}() argument must be str, not {}",
            interp.type_name(v)
        ))
    })
}

/// `_imp.is_frozen(name)`: whether `name` is a bundled module.
fn is_frozen(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let name = name_arg(interp, "is_frozen", args, kwnames)?;
    Ok(Value::Bool(bundled::find(&name).is_some()))
}

/// `_imp.is_frozen_package(name)`: whether `name` is a bundled package;
/// `ImportError` when it is not bundled at all.
fn is_frozen_package(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let name = name_arg(interp, "is_frozen_package", args, kwnames)?;
    match bundled::find(&name) {
        Some(b) => Ok(Value::Bool(b.is_package)),
        None => Err(PyErr::new(
            pyrite_objects::ExcKind::ImportError,
            format!("No such frozen object named '{name}'"),
        )),
    }
}
