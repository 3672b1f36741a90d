//! The class methods of the built-in types (`int.from_bytes`,
//! `float.fromhex`, `bytes.fromhex`, `dict.fromkeys`, the static
//! `str.maketrans`), and the method tables of `bytes`, `bytearray`,
//! `complex`, `range` and `slice`, put into their classes' namespaces.
//!
//! A class method is called with the class it was looked up on, so
//! `D.fromkeys(keys)` on a `dict` subclass makes a `D`, as in CPython.

use pyrite_objects::methods::MethodTable;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::types::{bytes_methods, bytes_text, misc_methods};
use pyrite_objects::{BuiltinType, PyErr, PyResult, Value};

use super::super::NativeKind;
use crate::interpreter::Interpreter;

/// Instance methods of the types not in the builtins module's own list.
const METHOD_TABLES: &[(BuiltinType, MethodTable)] = &[
    (BuiltinType::Bytes, bytes_methods::BYTES_METHODS),
    (BuiltinType::ByteArray, bytes_methods::BYTEARRAY_METHODS),
    (BuiltinType::Bytes, bytes_text::BYTES_TEXT_METHODS),
    (BuiltinType::ByteArray, bytes_text::BYTES_TEXT_METHODS),
    (BuiltinType::Complex, misc_methods::COMPLEX_METHODS),
    (BuiltinType::Range, misc_methods::RANGE_METHODS),
    (BuiltinType::Slice, misc_methods::SLICE_METHODS),
];

/// Class methods, from the objects crate's tables.
const CLASS_METHOD_TABLES: &[(BuiltinType, MethodTable)] = &[
    (BuiltinType::Int, misc_methods::INT_CLASS_METHODS),
    (BuiltinType::Float, misc_methods::FLOAT_CLASS_METHODS),
    (BuiltinType::Bytes, misc_methods::BYTES_CLASS_METHODS),
    (
        BuiltinType::ByteArray,
        misc_methods::BYTEARRAY_CLASS_METHODS,
    ),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    for (t, table) in METHOD_TABLES {
        let class = interp.classes.builtin[t];
        for (name, m) in *table {
            interp.add_method(class, name, NativeKind::Method(*m));
        }
    }
    for (t, table) in CLASS_METHOD_TABLES {
        for (name, m) in *table {
            add_wrapped(interp, *t, name, NativeKind::Method(*m), true);
        }
    }
    // `str.maketrans` is static in CPython; its native takes the class as
    // a receiver it ignores, so it is bound like a class method.
    for (name, m) in misc_methods::STR_CLASS_METHODS {
        add_wrapped(interp, BuiltinType::Str, name, NativeKind::Method(*m), true);
    }
    // `bytes.maketrans` likewise.
    for t in [BuiltinType::Bytes, BuiltinType::ByteArray] {
        for (name, m) in bytes_text::BYTES_STATIC_METHODS {
            add_wrapped(interp, t, name, NativeKind::Method(*m), true);
        }
    }
    add_wrapped(
        interp,
        BuiltinType::Dict,
        "fromkeys",
        NativeKind::Function(dict_fromkeys),
        true,
    );
}

/// Put a native into `t`'s namespace as a `classmethod` (or a
/// `staticmethod`).
fn add_wrapped(
    interp: &mut Interpreter,
    t: BuiltinType,
    name: &'static str,
    kind: NativeKind,
    class_method: bool,
) {
    let class = interp.classes.builtin[&t];
    let index = interp.add_native(name, kind);
    let f = interp.native_object(index);
    let wrapped = if class_method {
        interp.new_interp("classmethod", InterpObject::ClassMethod(f))
    } else {
        interp.new_interp("staticmethod", InterpObject::StaticMethod(f))
    };
    let dict =
        crate::class::class_data(&interp.heap, Value::Obj(class)).map_or(Value::None, |c| c.dict);
    interp.dict_set_str(dict, name, wrapped);
    interp.heap.decref(wrapped);
}

/// `dict.fromkeys(iterable, value=None)` called on `cls`: `cls()`, then
/// each key set to `value` (through a subclass's `__setitem__`).
fn dict_fromkeys(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("fromkeys() takes no keyword arguments"));
    }
    let (cls, keys, value) = match args {
        [cls, k] => (*cls, *k, Value::None),
        [cls, k, v] => (*cls, *k, *v),
        _ => {
            let n = args.len().saturating_sub(1);
            return Err(PyErr::type_error(format!(
                "fromkeys expected at {}, got {n}",
                if n == 0 {
                    "least 1 argument"
                } else {
                    "most 2 arguments"
                }
            )));
        }
    };
    let d = interp.call(cls, &[], &[])?;
    let items = match interp.iterate(keys) {
        Ok(items) => items,
        Err(e) => {
            interp.heap.decref(d);
            return Err(e);
        }
    };
    let mut result = Ok(());
    for k in &items {
        result = interp.setitem(d, *k, Some(value));
        if result.is_err() {
            break;
        }
    }
    interp.release(items);
    match result {
        Ok(()) => Ok(d),
        Err(e) => {
            interp.heap.decref(d);
            Err(e)
        }
    }
}
