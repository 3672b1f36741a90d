//! Classes that native modules define (`itertools.count`,
//! `operator.itemgetter`, `functools.partial`, …): a class object whose
//! methods are native functions, and instances whose state lives in the
//! instance's `__dict__` under the field names the module chooses.
//!
//! Invariants:
//! - A native class's `__new__` receives the class first and builds the
//!   instance with [`new_instance`]; the class has no `__init__`, so the
//!   arguments are checked once, by `__new__`.
//! - A field always holds a value (owned by the instance dict); a missing
//!   field means the object was not made by its class's `__new__` (a
//!   subclass that skipped it), reported as a `TypeError`, never a panic.

use pyrite_objects::{BuiltinType, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

use crate::builtins::{NativeFn, NativeKind};
use crate::interpreter::Interpreter;

/// A method table entry: the name, and whether it takes the receiver
/// (`VmMethod`) or, for `__new__`, the class (`Function`).
pub(crate) type Method = (&'static str, NativeFn);

/// Makes the class `module.name` with `new` as its `__new__` (if any) and
/// `methods` taking the instance first; puts it in the module namespace
/// `module_dict` and returns it (borrowed from that namespace).
pub(crate) fn make_class(
    interp: &mut Interpreter,
    module_dict: Value,
    module: &str,
    name: &'static str,
    new: Option<NativeFn>,
    methods: &[Method],
) -> ObjRef {
    let dict = interp.heap.new_dict();
    let m = interp.intern(module);
    interp.dict_set_str(dict, "__module__", m);
    interp.heap.decref(m);
    let class = object_subclass(interp, name, dict);
    if let Some(new) = new {
        interp.add_method(class, "__new__", NativeKind::Function(new));
    }
    for (method, f) in methods {
        interp.add_method(class, method, NativeKind::VmMethod(*f));
    }
    interp.dict_set_str(module_dict, name, Value::Obj(class));
    interp.heap.decref(Value::Obj(class));
    class
}

/// A new class `name` deriving from `object` alone, with namespace `dict`
/// (the class takes the reference) and metaclass `type`.
pub(crate) fn object_subclass(interp: &mut Interpreter, name: &str, dict: Value) -> ObjRef {
    let object = Value::Obj(interp.classes.builtin[&BuiltinType::Object]);
    crate::class::new_class_with_meta(
        interp,
        name,
        name,
        &[object],
        dict,
        TypeRef::Builtin(BuiltinType::Type),
    )
    .expect("a class with the single base object always has an MRO")
}

/// A new instance of `class` with the given fields (borrowed values; the
/// instance takes its own references). A new reference.
pub(crate) fn new_instance(
    interp: &mut Interpreter,
    class: Value,
    fields: &[(&str, Value)],
) -> Value {
    let dict = interp.heap.new_dict();
    for (name, value) in fields {
        interp.dict_set_str(dict, name, *value);
    }
    let Some(class) = class.as_obj() else {
        interp.heap.decref(dict);
        return Value::None;
    };
    Value::Obj(
        interp
            .heap
            .alloc(TypeRef::Heap(class), Payload::Instance { dict }),
    )
}

/// The position of the field `name` among the entries of the dict
/// `dict`: found by comparing the keys' text in insertion order, which
/// for the handful of fields a native instance has is cheaper than
/// hashing the name.
fn field_position(interp: &Interpreter, dict: Value, name: &str) -> Option<usize> {
    let Some(Payload::Dict(table)) = dict.as_obj().map(|d| interp.heap.payload(d)) else {
        return None;
    };
    table
        .iter()
        .find(|(_, e)| interp.heap.str_of(e.key) == Some(name))
        .map(|(i, _)| i)
}

/// The field `name` of a native instance, borrowed from its dict.
pub(crate) fn field(interp: &mut Interpreter, obj: Value, name: &str) -> PyResult<Value> {
    let value = interp.instance_dict(obj).and_then(|dict| {
        let i = field_position(interp, dict, name)?;
        match dict.as_obj().map(|d| interp.heap.payload(d)) {
            Some(Payload::Dict(table)) => table.entry(i).map(|e| e.value),
            _ => None,
        }
    });
    value.ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object is not initialised",
            interp.type_name(obj)
        ))
    })
}

/// Sets the field `name` of a native instance (`value` borrowed).
pub(crate) fn set_field(interp: &mut Interpreter, obj: Value, name: &str, value: Value) {
    let Some(dict) = interp.instance_dict(obj) else {
        return;
    };
    if let Some(i) = field_position(interp, dict, name) {
        // Replacing the value of an existing str key: no hashing needed.
        let old = match dict.as_obj().map(|d| interp.heap.payload_mut(d)) {
            Some(Payload::Dict(table)) => table
                .entry_mut(i)
                .map(|e| std::mem::replace(&mut e.value, value)),
            _ => None,
        };
        if let Some(old) = old {
            interp.heap.incref(value);
            interp.heap.decref(old);
            return;
        }
    }
    interp.dict_set_str(dict, name, value);
}

/// Sets the field `name` to `value`, taking over the caller's reference.
pub(crate) fn put_field(interp: &mut Interpreter, obj: Value, name: &str, value: Value) {
    set_field(interp, obj, name, value);
    interp.heap.decref(value);
}

/// The class named `name` in the native module `module` (borrowed).
pub(crate) fn module_class(interp: &mut Interpreter, module: &str, name: &str) -> PyResult<Value> {
    let lost = || {
        PyErr::new(
            pyrite_objects::ExcKind::RuntimeError,
            format!("lost {module}.{name}"),
        )
    };
    let m = interp.modules.get(module).copied().ok_or_else(lost)?;
    let dict = interp.module_dict(m);
    let class = interp.dict_get_str(dict, name).ok_or_else(lost)?;
    interp.heap.decref(class);
    Ok(class)
}

/// An instance of the exception class `name` of the native module `module`
/// carrying `message`, to raise; a `ValueError` if the class is gone.
pub(crate) fn module_error(
    interp: &mut Interpreter,
    module: &str,
    name: &str,
    message: &str,
) -> PyErr {
    let class = module_class(interp, module, name);
    let Some(class) = class.ok().and_then(|c| c.as_obj()) else {
        return PyErr::value_error(message.to_string());
    };
    let text = interp.heap.new_str(message);
    let exc = interp.new_exception(class, &[text]);
    interp.heap.decref(text);
    PyErr::Raised(exc)
}

/// The receiver and the rest of a method's arguments.
pub(crate) fn receiver(args: &[Value]) -> (Value, &[Value]) {
    match args.split_first() {
        Some((first, rest)) => (*first, rest),
        None => (Value::None, args),
    }
}
