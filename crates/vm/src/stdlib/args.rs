//! Argument conversions the native modules of this folder share, with
//! CPython's wording for a wrong type.

use pyrite_objects::{PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

/// An integer argument (an int, a bool, or an object with `__index__`).
pub(crate) fn int_arg(interp: &mut Interpreter, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ if interp.user_special(v, "__index__").is_some() => {
            interp.index_of(v, "an integer is required, not")
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(v)
        ))),
    }
}
