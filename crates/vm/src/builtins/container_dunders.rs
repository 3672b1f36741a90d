//! Dunders of built-in classes that the structural ABCs of
//! `collections.abc` look for in class dictionaries: `__reversed__` of
//! `dict` and its views, the views' `__iter__`, `__call__` of built-in
//! functions, and the `__hash__ = None` that marks `dict_keys` and
//! `dict_items` unhashable (they compare like sets).
//!
//! Invariant: each method here does what the operation it names already
//! does natively (`reversed(d)`, calling the function), so reaching an
//! object through the dunder or through the operation agrees.

use pyrite_objects::{BuiltinType, PyErr, PyResult, Value};

use super::NativeKind;
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let dict = interp.classes.builtin[&BuiltinType::Dict];
    interp.add_method(dict, "__reversed__", NativeKind::VmMethod(reversed_of));
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let class = interp.named_class(name);
        interp.add_method(class, "__reversed__", NativeKind::VmMethod(reversed_of));
        interp.add_method(class, "__iter__", NativeKind::VmMethod(iter_of));
    }
    for name in ["dict_keys", "dict_items"] {
        let class = interp.named_class(name);
        let d = crate::class::class_data(&interp.heap, Value::Obj(class))
            .map_or(Value::None, |c| c.dict);
        interp.dict_set_str(d, "__hash__", Value::None);
    }
    let builtin = interp.named_class("builtin_function_or_method");
    interp.add_method(builtin, "__call__", NativeKind::VmMethod(call_builtin));
}

/// `d.__reversed__()`: what `reversed(d)` gives.
fn reversed_of(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [v] = args else {
        return Err(PyErr::type_error(format!(
            "__reversed__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let reversed = Value::Obj(interp.named_class("reversed"));
    interp.call(reversed, &[*v], &[])
}

/// `view.__iter__()`: what `iter(view)` gives.
fn iter_of(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [v] = args else {
        return Err(PyErr::type_error(format!(
            "__iter__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    interp.get_iter(*v)
}

/// `f.__call__(*args, **kwargs)` of a built-in function.
fn call_builtin(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(PyErr::type_error("__call__() needs a function"));
    };
    interp.call(*f, rest, kwnames)
}
