//! What every object inherits from `object` beyond attribute access and
//! comparison: the pickle protocol's `__reduce_ex__`, `__reduce__` and
//! `__getstate__`, `__sizeof__`, and the class method
//! `__subclasshook__`; and the built-in classes' namespaces in CPython's
//! shape (each has `__doc__`, none stores `__module__`:
//! `type.__module__` answers `'builtins'` for them).
//!
//! The pickle methods describe an object the way the bundled `copy`
//! module rebuilds it (its `_default_reduce` and `_default_state`), so
//! `copy.copy(x)`, `x.__reduce_ex__(4)` and `x.__getstate__()` agree.
//! The callable at the head of the reduce tuple is `copy._new_object`
//! where CPython names `copyreg.__newobj__`; both call
//! `cls.__new__(cls, *args)`.

use pyrite_objects::{BuiltinType, PyErr, PyResult, Value};

use super::super::NativeKind;
use crate::class::class_data;
use crate::interpreter::Interpreter;

/// `object`'s instance methods.
const OBJECT_METHODS: &[(&str, super::super::NativeFn)] = &[
    ("__reduce_ex__", object_reduce_ex),
    ("__reduce__", object_reduce),
    ("__getstate__", object_getstate),
    ("__sizeof__", object_sizeof),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let object = interp.classes.builtin[&BuiltinType::Object];
    for (name, f) in OBJECT_METHODS {
        interp.add_method(object, name, NativeKind::VmMethod(*f));
    }
    let hook = interp.add_native("__subclasshook__", NativeKind::Function(subclasshook));
    let f = interp.native_object(hook);
    let wrapped = interp.new_interp(
        "classmethod",
        pyrite_objects::types::interp::InterpObject::ClassMethod(f),
    );
    let dict = class_data(&interp.heap, Value::Obj(object)).map_or(Value::None, |c| c.dict);
    interp.dict_set_str(dict, "__subclasshook__", wrapped);
    interp.heap.decref(wrapped);
}

/// The interpreter's classes (each once).
fn interpreter_classes(interp: &Interpreter) -> Vec<pyrite_objects::ObjRef> {
    let mut classes: Vec<_> = interp.classes.native.iter().copied().collect();
    for class in interp.classes.named.values() {
        if !classes.contains(class) {
            classes.push(*class);
        }
    }
    classes
}

/// Drop the `__module__` entry of the interpreter's classes that are in
/// `builtins`: CPython's built-in types have none (`type.__module__`
/// answers for them). `ExceptionGroup` keeps its entry: CPython makes it
/// as a class of the `builtins` module, not as a static type.
pub(in crate::builtins) fn drop_builtins_module(interp: &mut Interpreter) {
    let group = interp.classes.exc[&pyrite_objects::ExcKind::ExceptionGroup];
    for class in interpreter_classes(interp) {
        if class == group {
            continue;
        }
        let dict = class_data(&interp.heap, Value::Obj(class)).map_or(Value::None, |c| c.dict);
        let Some(d) = dict.as_obj() else { continue };
        if let Some(m) = interp.dict_get_str(dict, "__module__") {
            let builtin = interp.heap.str_of(m) == Some("builtins");
            interp.heap.decref(m);
            if builtin {
                let key = interp.intern("__module__");
                let r = pyrite_objects::types::dict::del_item(interp, d, key);
                interp.heap.decref(key);
                if let Err(e) = r {
                    interp.drop_error(e);
                }
            }
        }
    }
}

/// Give each interpreter class without one a `__doc__` entry (`None`:
/// pyrite's built-in types carry no docstrings).
pub(in crate::builtins) fn add_doc(interp: &mut Interpreter) {
    for class in interpreter_classes(interp) {
        let dict = class_data(&interp.heap, Value::Obj(class)).map_or(Value::None, |c| c.dict);
        match interp.dict_get_str(dict, "__doc__") {
            Some(doc) => interp.heap.decref(doc),
            None => interp.dict_set_str(dict, "__doc__", Value::None),
        }
    }
}

/// The receiver of a method that takes no arguments.
fn receiver(args: &[Value], name: &str) -> PyResult<Value> {
    match args {
        [v] => Ok(*v),
        _ => Err(PyErr::type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// Call `copy.<helper>(v, type(v))` (a new reference).
fn copy_helper(interp: &mut Interpreter, helper: &str, v: Value) -> PyResult<Value> {
    let module = interp.import_absolute("copy")?;
    let key = interp.intern(helper);
    let f = interp.get_attr(module, key);
    interp.heap.decref(key);
    interp.heap.decref(module);
    let f = f?;
    let cls = interp.type_value(v);
    let r = interp.call(f, &[v, cls], &[]);
    interp.heap.decref(cls);
    interp.heap.decref(f);
    r
}

/// `object.__reduce_ex__(protocol)`: the class's own `__reduce__` if it
/// overrides `object`'s, else how to make a new instance and its state.
fn object_reduce_ex(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [v, protocol] = args else {
        return Err(PyErr::type_error(format!(
            "__reduce_ex__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if !matches!(protocol, Value::Int(_) | Value::Bool(_)) {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(*protocol)
        )));
    }
    let class = interp.class_of(*v);
    let key = interp.intern("__reduce__");
    let own = interp.lookup_in_mro(class, key);
    let object = interp.classes.builtin[&BuiltinType::Object];
    let inherited = interp.lookup_in_mro(object, key);
    interp.heap.decref(key);
    if let Some(f) = own.filter(|f| Some(*f) != inherited) {
        interp.heap.incref(f);
        let r = interp.call_special(f, *v, &[]);
        interp.heap.decref(f);
        return r;
    }
    copy_helper(interp, "_default_reduce", *v)
}

/// `object.__reduce__()`.
fn object_reduce(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(args, "__reduce__")?;
    copy_helper(interp, "_default_reduce", v)
}

/// `object.__getstate__()`: the instance `__dict__` (None when empty),
/// paired with a dict of slot values when the class has `__slots__`.
fn object_getstate(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(args, "__getstate__")?;
    copy_helper(interp, "_default_state", v)
}

/// `object.__sizeof__()`: the bytes pyrite's heap uses for the object, the
/// figure `sys.getsizeof` reports.
fn object_sizeof(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(args, "__sizeof__")?;
    Ok(Value::Int(interp.heap.size_of(v) as i64))
}

/// `object.__subclasshook__(subclass)`: `NotImplemented`, so that
/// `issubclass` falls back to the usual MRO check.
fn subclasshook(_interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [_cls, _sub] => Ok(Value::NotImplemented),
        _ => Err(PyErr::type_error(format!(
            "__subclasshook__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}
