//! How the pickle protocol takes an exception apart and back:
//! `BaseException.__reduce__()` is `(type(exc), exc.args)`, with the
//! exception's `__dict__` as a third item when it has attributes, and
//! `BaseException.__setstate__(state)` sets each item of that dict as an
//! attribute again.

use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::super::NativeKind;
use crate::interpreter::Interpreter;

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let base = interp.classes.exc[&ExcKind::BaseException];
    interp.add_method(
        base,
        "__setstate__",
        NativeKind::VmMethod(exception_setstate),
    );
    interp.add_method(base, "__reduce__", NativeKind::VmMethod(exception_reduce));
}

/// `exc.__reduce__()`.
fn exception_reduce(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [exc] = args else {
        return Err(PyErr::type_error(format!(
            "__reduce__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let key = interp.intern("args");
    let exc_args = interp.get_attr(*exc, key);
    interp.heap.decref(key);
    let exc_args = exc_args?;
    let cls = interp.type_value(*exc);
    let dict = interp.instance_dict(*exc).filter(|d| {
        matches!(d.as_obj().map(|r| interp.heap.payload(r)), Some(Payload::Dict(t)) if !t.is_empty())
    });
    let mut items = vec![cls, exc_args];
    if let Some(d) = dict {
        interp.heap.incref(d);
        items.push(d);
    }
    Ok(interp.heap.new_tuple(items))
}

/// `exc.__setstate__(state)`: `None` leaves the exception as it is; a dict
/// sets each of its items as an attribute; anything else is a TypeError.
fn exception_setstate(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [exc, state] = args else {
        return Err(PyErr::type_error(format!(
            "__setstate__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if *state == Value::None {
        return Ok(Value::None);
    }
    let pairs: Vec<(Value, Value)> = match state.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
        _ => return Err(PyErr::type_error("state is not a dictionary")),
    };
    for (k, _) in &pairs {
        if interp.heap.str_of(*k).is_none() {
            return Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                interp.type_name(*k)
            )));
        }
    }
    for (k, v) in &pairs {
        interp.heap.incref(*k);
        interp.heap.incref(*v);
    }
    let mut result = Ok(Value::None);
    for (k, v) in &pairs {
        if result.is_ok() {
            if let Err(e) = interp.set_attr(*exc, *k, Some(*v)) {
                result = Err(e);
            }
        }
        interp.heap.decref(*k);
        interp.heap.decref(*v);
    }
    result
}
