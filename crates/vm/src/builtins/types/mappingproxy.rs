//! `mappingproxy`: a read-only view of a mapping. A class's `__dict__` is
//! one over the class namespace (so the namespace changes only through
//! `setattr`, which keeps the interpreter's lookup caches right), and
//! `types.MappingProxyType(m)` makes one over any mapping.
//!
//! Every read goes to the mapping itself, so the view is live; there is
//! no `__setitem__`/`__delitem__`, so `proxy[k] = v` raises CPython's
//! "'mappingproxy' object does not support item assignment".

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::super::{NativeFn, NativeKind};
use super::protocol_dunders::arity;
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::object_subclass;

/// The proxy's methods, each reading through to the mapping.
const METHODS: &[(&str, NativeFn)] = &[
    ("__getitem__", proxy_getitem),
    ("__contains__", proxy_contains),
    ("__iter__", proxy_iter),
    ("__len__", proxy_len),
    ("__repr__", proxy_repr),
    ("__str__", proxy_str),
    ("__eq__", proxy_eq),
    ("__ne__", proxy_ne),
    ("__lt__", proxy_lt),
    ("__le__", proxy_le),
    ("__gt__", proxy_gt),
    ("__ge__", proxy_ge),
    ("__or__", proxy_or),
    ("__ror__", proxy_ror),
    ("__ior__", proxy_ior),
    ("__reversed__", proxy_reversed),
    ("get", proxy_get),
    ("keys", proxy_keys),
    ("values", proxy_values),
    ("items", proxy_items),
    ("copy", proxy_copy),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let dict = interp.heap.new_dict();
    let class = object_subclass(interp, "mappingproxy", dict);
    interp.classes.named.insert("mappingproxy", class);
    for (name, f) in METHODS {
        interp.add_method(class, name, NativeKind::VmMethod(*f));
    }
    let index = interp.add_native("__new__", NativeKind::Function(proxy_new));
    let func = interp.native_object(index);
    let new = interp.new_interp("staticmethod", InterpObject::StaticMethod(func));
    interp.dict_set_str(dict, "__new__", new);
    interp.heap.decref(new);
    // Unhashable, as in CPython 3.11.
    interp.dict_set_str(dict, "__hash__", Value::None);
}

/// A new proxy over `mapping` (borrowed); a new reference.
pub(in crate::builtins) fn new_proxy(interp: &mut Interpreter, mapping: Value) -> Value {
    interp.heap.incref(mapping);
    interp.new_interp("mappingproxy", InterpObject::MappingProxy(mapping))
}

/// `mappingproxy(mapping)`: a mapping (not a sequence) is required.
fn proxy_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = super::super::bind(
        interp,
        "mappingproxy",
        &args[1.min(args.len())..],
        kwnames,
        &["mapping"],
        1,
    )?;
    let mapping = b[0].unwrap_or(Value::None);
    let sequence = matches!(
        mapping.as_obj().map(|r| interp.heap.payload(r)),
        Some(Payload::List(_) | Payload::Tuple(_))
    );
    let key = interp.intern("__getitem__");
    let class = interp.class_of(mapping);
    let has_getitem = interp.lookup_in_mro(class, key).is_some();
    interp.heap.decref(key);
    if sequence || !has_getitem {
        return Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            interp.type_name(mapping)
        )));
    }
    Ok(new_proxy(interp, mapping))
}

/// The mapping behind the receiver.
fn mapping(interp: &Interpreter, args: &[Value]) -> PyResult<Value> {
    let found = args
        .first()
        .and_then(|p| match p.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Interp(o)) => match &**o {
                InterpObject::MappingProxy(m) => Some(*m),
                _ => None,
            },
            _ => None,
        });
    found.ok_or_else(|| PyErr::type_error("descriptor requires a 'mappingproxy' object"))
}

fn proxy_getitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__getitem__")?;
    let m = mapping(interp, args)?;
    interp.getitem(m, args[1])
}

fn proxy_contains(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__contains__")?;
    let m = mapping(interp, args)?;
    Ok(Value::Bool(interp.contains(m, args[1])?))
}

fn proxy_iter(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__iter__")?;
    let m = mapping(interp, args)?;
    interp.get_iter(m)
}

fn proxy_len(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__len__")?;
    let m = mapping(interp, args)?;
    Ok(Value::Int(interp.len(m)? as i64))
}

/// `mappingproxy({...})`.
fn proxy_repr(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__repr__")?;
    let m = mapping(interp, args)?;
    let inner = interp.repr(m)?;
    Ok(interp.heap.new_str(format!("mappingproxy({inner})")))
}

/// `str(proxy)` is `str(mapping)`.
fn proxy_str(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__str__")?;
    let m = mapping(interp, args)?;
    let text = interp.str_of(m)?;
    Ok(interp.heap.new_str(text))
}

/// A comparison, made between the mapping and `other`.
fn compare(interp: &mut Interpreter, args: &[Value], op: usize) -> PyResult<Value> {
    arity(args, 1, "comparison")?;
    let m = mapping(interp, args)?;
    interp.rich_compare(m, args[1], op)
}

fn proxy_lt(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    compare(i, a, 0)
}
fn proxy_le(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    compare(i, a, 1)
}
fn proxy_eq(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    compare(i, a, 2)
}
fn proxy_ne(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    compare(i, a, 3)
}
fn proxy_gt(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    compare(i, a, 4)
}
fn proxy_ge(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    compare(i, a, 5)
}

/// `BINARY_OP`'s number for `|`.
const NB_OR: usize = 7;

/// `proxy | other` is `mapping | other` (a new dict for a dict).
fn proxy_or(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__or__")?;
    let m = mapping(interp, args)?;
    let other = match proxied(interp, args[1]) {
        Some(o) => o,
        None => args[1],
    };
    or_or_not_implemented(interp, m, other)
}

/// `other | proxy` is `other | mapping`.
fn proxy_ror(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__ror__")?;
    let m = mapping(interp, args)?;
    or_or_not_implemented(interp, args[1], m)
}

fn or_or_not_implemented(interp: &mut Interpreter, a: Value, b: Value) -> PyResult<Value> {
    match interp.binary_op(NB_OR, a, b) {
        Err(e) if interp.error_is(&e, ExcKind::TypeError) => {
            interp.drop_error(e);
            Ok(Value::NotImplemented)
        }
        r => r,
    }
}

/// The mapping behind `v` if it is a proxy.
fn proxied(interp: &Interpreter, v: Value) -> Option<Value> {
    mapping(interp, &[v]).ok()
}

/// `proxy |= other` is refused: the view is read-only.
fn proxy_ior(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__ior__")?;
    mapping(interp, args)?;
    Err(PyErr::type_error(
        "'|=' is not supported by mappingproxy; use '|' instead",
    ))
}

/// Call method `name` of the mapping with `rest` (borrowed).
fn call_mapping(
    interp: &mut Interpreter,
    args: &[Value],
    name: &str,
    rest: &[Value],
) -> PyResult<Value> {
    let m = mapping(interp, args)?;
    let key = interp.intern(name);
    let f = interp.get_attr(m, key);
    interp.heap.decref(key);
    let f = f?;
    let r = interp.call(f, rest, &[]);
    interp.heap.decref(f);
    r
}

fn proxy_reversed(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__reversed__")?;
    let m = mapping(interp, args)?;
    let reversed = Value::Obj(interp.named_class("reversed"));
    interp.call(reversed, &[m], &[])
}

/// `get(key, default=None)`.
fn proxy_get(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("get() takes no keyword arguments"));
    }
    match args.len() {
        2 | 3 => call_mapping(interp, args, "get", &args[1..]),
        n => Err(PyErr::type_error(format!(
            "get expected at {}, got {}",
            if n < 2 {
                "least 1 argument"
            } else {
                "most 2 arguments"
            },
            n.saturating_sub(1)
        ))),
    }
}

fn proxy_keys(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "keys")?;
    call_mapping(interp, args, "keys", &[])
}

fn proxy_values(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "values")?;
    call_mapping(interp, args, "values", &[])
}

fn proxy_items(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "items")?;
    call_mapping(interp, args, "items", &[])
}

/// `copy()`: the mapping's own `copy()` (a dict for a class namespace).
fn proxy_copy(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "copy")?;
    call_mapping(interp, args, "copy", &[])
}
