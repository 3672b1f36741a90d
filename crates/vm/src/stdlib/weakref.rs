//! `_weakref`: the `weakref.ref` type over the heap's weak references
//! (`pyrite_objects::heap::weakref`), and `getweakrefcount`. The bundled
//! `weakref` module builds its dictionaries, `WeakSet` and `finalize` on
//! these.
//!
//! A weakref does not keep its target alive. When the target dies the heap
//! clears the weakref and queues `(callback, weakref)`; the loop calls the
//! callback at its next safe point (`run_finalisers`).

use pyrite_objects::{BuiltinType, Payload, PyErr, PyResult, Value};

use crate::builtins::{NativeKind, bind, define};
use crate::interpreter::Interpreter;

/// The module `_weakref` (a new reference).
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_weakref", |interp, dict| {
        let class = Value::Obj(interp.classes.builtin[&BuiltinType::Weakref]);
        interp.dict_set_str(dict, "ref", class);
        interp.dict_set_str(dict, "ReferenceType", class);
        define(interp, dict, "getweakrefcount", getweakrefcount);
        Ok(())
    })
}

/// Adds the weakref type's `__call__` (hashing and `==` follow the
/// target in `pyrite_objects::ops`).
pub(crate) fn install(interp: &mut Interpreter) {
    let class = interp.classes.builtin[&BuiltinType::Weakref];
    interp.add_method(class, "__call__", NativeKind::VmMethod(weakref_call));
}

/// `weakref.ref(object, callback=None)` (a new reference).
pub(crate) fn new_weakref(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    let (target, callback) = match args {
        [t] => (*t, Value::None),
        [t, c] => (*t, *c),
        _ => {
            return Err(PyErr::type_error(format!(
                "__new__ expected at most 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let weakly_referenceable = match (target.as_obj(), interp.heap.builtin_type(target)) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(_), Some(t)) => matches!(
            t,
            BuiltinType::Set | BuiltinType::FrozenSet | BuiltinType::Type
        ),
    };
    let Some(r) = target.as_obj().filter(|_| weakly_referenceable) else {
        return Err(PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            interp.type_name(target)
        )));
    };
    Ok(Value::Obj(interp.heap.new_weakref(r, callback)))
}

/// The weakref a method was called on.
fn weakref_of(interp: &Interpreter, v: Value) -> PyResult<pyrite_objects::ObjRef> {
    match v.as_obj().map(|r| (r, interp.heap.payload(r))) {
        Some((r, Payload::Weakref { .. })) => Ok(r),
        _ => Err(PyErr::type_error("descriptor requires a 'weakref' object")),
    }
}

/// `ref()`: the target, or `None` once it has died.
fn weakref_call(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    bind(interp, "weakref", &args[1..], kwnames, &[], 0)?;
    let w = weakref_of(interp, args[0])?;
    Ok(interp.heap.weakref_target(w))
}

/// `weakref.getweakrefcount(object)`.
fn getweakrefcount(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(interp, "getweakrefcount", args, kwnames, &["object"], 1)?;
    let n = bound[0]
        .and_then(|v| v.as_obj())
        .map_or(0, |r| interp.heap.weakref_count(r));
    Ok(Value::Int(n as i64))
}
