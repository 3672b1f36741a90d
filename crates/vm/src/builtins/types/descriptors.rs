//! The data attributes of the built-in types as class attributes:
//! CPython's `getset_descriptor` (`int.real`, `type.__name__`,
//! `BaseException.args`, …) and `member_descriptor` (`property.fget`,
//! `code.co_argcount`, `SyntaxError.lineno`, a class's `__slots__`).
//!
//! The values themselves are the interpreter's native attributes
//! ([`Interpreter::special_attr`]); these descriptors make them visible in
//! the class namespace, as in CPython: `dir(int)` lists `real`,
//! `int.real` is `<attribute 'real' of 'int' objects>`,
//! `int.real.__get__(5)` is `5`, and `setattr(1, 'real', 2)` raises
//! "attribute 'real' of 'int' objects is not writable".
//!
//! Invariants:
//! - A descriptor instance holds its fields in its instance dict:
//!   `__name__` (str), `__objclass__` (the owning class) and
//!   `__qualname__`; one made by a class without them is reported as a
//!   `TypeError`, never a panic.
//! - Reading never invents a value: it is the native attribute, else the
//!   object's own `__dict__` entry (exception fields that a constructor
//!   or assignment stored there), else `AttributeError`.
//! - Only exception fields are writable through a descriptor (they live in
//!   the exception's `__dict__`); the other read-only attributes raise
//!   CPython's errors.

use pyrite_objects::{BuiltinType, ExcKind, ObjRef, PyErr, PyResult, Value};

use super::super::NativeKind;
use crate::class::{class_data, dict_lookup_str};
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{new_instance, object_subclass};

/// How a descriptor was declared in CPython, which decides its class and
/// its error on assignment.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A computed attribute: `getset_descriptor`.
    GetSet,
    /// A read-only struct member: `member_descriptor`, "readonly attribute".
    Member,
    /// A writable exception field kept in the exception's `__dict__`
    /// (a `member_descriptor` too).
    Field,
}

use Kind::{Field, GetSet, Member};

/// `(owner, [(name, kind)])`: the data descriptors each class gets.
/// Owners are named as Python shows them (`type(x).__name__`).
const DESCRIPTORS: &[(&str, &[(&str, Kind)])] = &[
    ("object", &[("__class__", GetSet)]),
    (
        "type",
        &[
            ("__base__", Member),
            ("__mro__", Member),
            ("__name__", GetSet),
            ("__qualname__", GetSet),
            ("__bases__", GetSet),
            ("__module__", GetSet),
            ("__abstractmethods__", GetSet),
            ("__dict__", GetSet),
            ("__text_signature__", GetSet),
            ("__annotations__", GetSet),
        ],
    ),
    (
        "int",
        &[
            ("real", GetSet),
            ("imag", GetSet),
            ("numerator", GetSet),
            ("denominator", GetSet),
        ],
    ),
    ("float", &[("real", GetSet), ("imag", GetSet)]),
    ("complex", &[("real", Member), ("imag", Member)]),
    (
        "range",
        &[("start", Member), ("stop", Member), ("step", Member)],
    ),
    (
        "slice",
        &[("start", Member), ("stop", Member), ("step", Member)],
    ),
    (
        "property",
        &[
            ("fget", Member),
            ("fset", Member),
            ("fdel", Member),
            ("__isabstractmethod__", GetSet),
        ],
    ),
    (
        "staticmethod",
        &[
            ("__func__", Member),
            ("__wrapped__", Member),
            ("__isabstractmethod__", GetSet),
            ("__dict__", GetSet),
        ],
    ),
    (
        "classmethod",
        &[
            ("__func__", Member),
            ("__wrapped__", Member),
            ("__isabstractmethod__", GetSet),
            ("__dict__", GetSet),
        ],
    ),
    (
        "super",
        &[
            ("__thisclass__", Member),
            ("__self__", Member),
            ("__self_class__", Member),
        ],
    ),
    (
        "function",
        &[
            ("__closure__", Member),
            ("__globals__", Member),
            ("__builtins__", Member),
            ("__module__", Member),
            ("__code__", GetSet),
            ("__defaults__", GetSet),
            ("__kwdefaults__", GetSet),
            ("__annotations__", GetSet),
            ("__dict__", GetSet),
            ("__name__", GetSet),
            ("__qualname__", GetSet),
        ],
    ),
    (
        "method",
        &[
            ("__func__", Member),
            ("__self__", Member),
            ("__doc__", GetSet),
        ],
    ),
    (
        "generator",
        &[
            ("gi_code", Member),
            ("__name__", GetSet),
            ("__qualname__", GetSet),
            ("gi_yieldfrom", GetSet),
            ("gi_running", GetSet),
            ("gi_frame", GetSet),
            ("gi_suspended", GetSet),
        ],
    ),
    (
        "coroutine",
        &[
            ("cr_code", Member),
            ("cr_origin", Member),
            ("__name__", GetSet),
            ("__qualname__", GetSet),
            ("cr_await", GetSet),
            ("cr_running", GetSet),
            ("cr_frame", GetSet),
            ("cr_suspended", GetSet),
        ],
    ),
    (
        "code",
        &[
            ("co_argcount", Member),
            ("co_posonlyargcount", Member),
            ("co_kwonlyargcount", Member),
            ("co_stacksize", Member),
            ("co_flags", Member),
            ("co_nlocals", Member),
            ("co_consts", Member),
            ("co_names", Member),
            ("co_filename", Member),
            ("co_name", Member),
            ("co_qualname", Member),
            ("co_firstlineno", Member),
            ("co_linetable", Member),
            ("co_exceptiontable", Member),
            ("co_lnotab", GetSet),
            ("_co_code_adaptive", GetSet),
            ("co_varnames", GetSet),
            ("co_cellvars", GetSet),
            ("co_freevars", GetSet),
            ("co_code", GetSet),
        ],
    ),
    ("cell", &[("cell_contents", GetSet)]),
    (
        "module",
        &[("__dict__", Member), ("__annotations__", GetSet)],
    ),
    ("dict_keys", &[("mapping", GetSet)]),
    ("dict_values", &[("mapping", GetSet)]),
    ("dict_items", &[("mapping", GetSet)]),
    (
        "builtin_function_or_method",
        &[
            ("__module__", Member),
            ("__name__", GetSet),
            ("__qualname__", GetSet),
            ("__self__", GetSet),
            ("__text_signature__", GetSet),
        ],
    ),
    (
        "BaseException",
        &[
            ("__suppress_context__", Member),
            ("__dict__", GetSet),
            ("args", GetSet),
            ("__traceback__", GetSet),
            ("__context__", GetSet),
            ("__cause__", GetSet),
        ],
    ),
    ("ExceptionGroup", &[("__weakref__", GetSet)]),
    ("AttributeError", &[("name", Field), ("obj", Field)]),
    ("NameError", &[("name", Field)]),
    (
        "ImportError",
        &[("msg", Field), ("name", Field), ("path", Field)],
    ),
    (
        "OSError",
        &[
            ("errno", Field),
            ("strerror", Field),
            ("filename", Field),
            ("filename2", Field),
            ("characters_written", Field),
        ],
    ),
    ("StopIteration", &[("value", Field)]),
    ("SystemExit", &[("code", Field)]),
    (
        "SyntaxError",
        &[
            ("msg", Field),
            ("filename", Field),
            ("lineno", Field),
            ("offset", Field),
            ("text", Field),
            ("end_lineno", Field),
            ("end_offset", Field),
            ("print_file_and_line", Field),
        ],
    ),
    (
        "UnicodeDecodeError",
        &[
            ("encoding", Field),
            ("object", Field),
            ("start", Field),
            ("end", Field),
            ("reason", Field),
        ],
    ),
    (
        "UnicodeEncodeError",
        &[
            ("encoding", Field),
            ("object", Field),
            ("start", Field),
            ("end", Field),
            ("reason", Field),
        ],
    ),
    (
        "UnicodeTranslateError",
        &[
            ("encoding", Field),
            ("object", Field),
            ("start", Field),
            ("end", Field),
            ("reason", Field),
        ],
    ),
];

/// The descriptor classes' methods.
const METHODS: &[(&str, super::super::NativeFn)] = &[
    ("__get__", descr_get),
    ("__set__", descr_set),
    ("__delete__", descr_delete),
    ("__repr__", descr_repr),
];

/// The interpreter class Python calls `name`, if it has one.
pub(in crate::builtins) fn class_named(interp: &Interpreter, name: &str) -> Option<ObjRef> {
    if let Some((_, c)) = interp
        .classes
        .builtin
        .iter()
        .find(|(t, _)| t.name() == name)
    {
        return Some(*c);
    }
    if let Some(k) = ExcKind::ALL.iter().find(|k| k.name() == name) {
        return interp.classes.exc.get(k).copied();
    }
    interp.classes.named.get(name).copied()
}

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let getset = make_class(interp, "getset_descriptor");
    let member = make_class(interp, "member_descriptor");
    for (owner, names) in DESCRIPTORS {
        let Some(class) = class_named(interp, owner) else {
            continue;
        };
        let dict = class_data(&interp.heap, Value::Obj(class)).map_or(Value::None, |c| c.dict);
        for (name, kind) in *names {
            let key = interp.intern(name);
            let present = dict_lookup_str(&interp.heap, dict, key).is_some();
            interp.heap.decref(key);
            if present {
                continue;
            }
            let descr_class = if *kind == GetSet { getset } else { member };
            let d = new_descriptor(interp, descr_class, class, name);
            interp.dict_set_str(dict, name, d);
            interp.heap.decref(d);
        }
    }
}

/// A class of descriptors (`getset_descriptor` or `member_descriptor`);
/// kept alive by the interpreter's map of named classes.
fn make_class(interp: &mut Interpreter, name: &'static str) -> ObjRef {
    let dict = interp.heap.new_dict();
    let class = object_subclass(interp, name, dict);
    for (method, f) in METHODS {
        interp.add_method(class, method, NativeKind::VmMethod(*f));
    }
    interp.classes.named.insert(name, class);
    class
}

/// A new descriptor for attribute `name` of `owner` (a new reference).
pub(in crate::builtins) fn new_descriptor(
    interp: &mut Interpreter,
    descr_class: ObjRef,
    owner: ObjRef,
    name: &str,
) -> Value {
    let name_v = interp.heap.new_str(name.to_string());
    let qual = format!("{}.{name}", interp.class_name(owner));
    let qual_v = interp.heap.new_str(qual);
    let d = new_instance(
        interp,
        Value::Obj(descr_class),
        &[
            ("__name__", name_v),
            ("__qualname__", qual_v),
            ("__objclass__", Value::Obj(owner)),
        ],
    );
    interp.heap.decref(name_v);
    interp.heap.decref(qual_v);
    d
}

/// The descriptor's attribute name, owner and whether it is writable.
fn fields(interp: &mut Interpreter, d: Value) -> PyResult<(String, ObjRef, bool)> {
    let dict = interp.instance_dict(d).unwrap_or(Value::None);
    let name = interp.dict_get_str(dict, "__name__");
    let owner = interp.dict_get_str(dict, "__objclass__");
    let text = name.and_then(|n| interp.heap.str_of(n).map(str::to_string));
    let owner_ref = owner.and_then(|o| interp.as_class_ref(o));
    for v in [name, owner].into_iter().flatten() {
        interp.heap.decref(v);
    }
    match (text, owner_ref) {
        (Some(t), Some(o)) => {
            // Exception fields (members of the exception classes below
            // BaseException) are the writable ones.
            let base = interp.classes.exc[&ExcKind::BaseException];
            let member = class_of_is(interp, d, "member_descriptor");
            let writable = member
                && (is_slot_owner(interp, o)
                    || o != base
                        && class_data(&interp.heap, Value::Obj(o))
                            .is_some_and(|c| c.mro.contains(&Value::Obj(base))));
            Ok((t, o, writable))
        }
        _ => Err(PyErr::type_error(format!(
            "descriptor of type '{}' is missing its attribute name or owner",
            interp.type_name(d)
        ))),
    }
}

/// The receiver a descriptor is applied to must be an instance of its
/// owner: CPython's "descriptor 'real' for 'int' objects doesn't apply to
/// a 'str' object".
fn check_applies(interp: &Interpreter, name: &str, owner: ObjRef, obj: Value) -> PyResult<()> {
    if interp.is_instance(obj, owner) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        interp.class_name(owner),
        interp.type_name(obj)
    )))
}

/// `descriptor.__get__(obj, type=None)`: the descriptor itself when
/// looked up on a class, else the object's attribute.
fn descr_get(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (d, obj) = match args {
        [d, obj] | [d, obj, _] => (*d, *obj),
        _ => {
            return Err(PyErr::type_error(format!(
                "expected 1 or 2 arguments, got {}",
                args.len().saturating_sub(1)
            )));
        }
    };
    if obj == Value::None {
        interp.heap.incref(d);
        return Ok(d);
    }
    let (name, owner, field) = fields(interp, d)?;
    check_applies(interp, &name, owner, obj)?;
    match read(interp, obj, &name) {
        // An exception field never set reads as None, as CPython's
        // object members do (`characters_written` is a computed one).
        Err(e)
            if field
                && !is_slot_owner(interp, owner)
                && name != "characters_written"
                && interp.error_is(&e, ExcKind::AttributeError) =>
        {
            interp.drop_error(e);
            Ok(Value::None)
        }
        r => r,
    }
}

/// The value of native attribute `name` of `obj` (a new reference).
fn read(interp: &mut Interpreter, obj: Value, name: &str) -> PyResult<Value> {
    if let Some(cls) = interp.as_class_ref(obj) {
        let dict = class_data(&interp.heap, obj).map_or(Value::None, |c| c.dict);
        match name {
            "__module__" => {
                // The interpreter's own classes keep no `__module__` entry
                // (`type`'s is this descriptor): they are `builtins`'.
                let native = interp.classes.native.contains(&cls);
                return Ok(match interp.dict_get_str(dict, "__module__") {
                    Some(m) if !native || interp.heap.str_of(m).is_some() => m,
                    other => {
                        if let Some(m) = other {
                            interp.heap.decref(m);
                        }
                        interp.intern("builtins")
                    }
                });
            }
            "__dict__" => return Ok(super::mappingproxy::new_proxy(interp, dict)),
            "__text_signature__" => return Ok(Value::None),
            "__annotations__" | "__abstractmethods__" => {
                return interp.dict_get_str(dict, name).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::AttributeError,
                        format!(
                            "type object '{}' has no attribute '{name}'",
                            interp.class_name(cls)
                        ),
                    )
                });
            }
            _ => {}
        }
    }
    match name {
        "__dict__" if interp.as_class_ref(obj).is_none() => {
            let dict = match interp.instance_dict(obj) {
                Some(d) => Some(d),
                None => interp.make_instance_dict(obj),
            };
            if let Some(d) = dict {
                interp.heap.incref(d);
                return Ok(d);
            }
        }
        "__weakref__" => return Ok(first_weakref(interp, obj)),
        _ => {}
    }
    if let Some(v) = interp.special_attr(obj, name)? {
        return Ok(v);
    }
    if let Some(dict) = interp.instance_dict(obj) {
        let key = interp.intern(name);
        let found = dict_lookup_str(&interp.heap, dict, key);
        interp.heap.decref(key);
        if let Some(v) = found {
            interp.heap.incref(v);
            return Ok(v);
        }
    }
    if name == "characters_written" {
        // CPython's OSError getter names just the attribute.
        return Err(PyErr::new(ExcKind::AttributeError, name.to_string()));
    }
    Err(PyErr::new(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{name}'",
            interp.type_name(obj)
        ),
    ))
}

/// `obj.__weakref__`: the weak reference without a callback that
/// `weakref.ref(obj)` shares, or `None` when the object has none.
fn first_weakref(interp: &mut Interpreter, obj: Value) -> Value {
    let Some(target) = obj.as_obj() else {
        return Value::None;
    };
    let before = interp.heap.weakref_count(target);
    if before == 0 {
        return Value::None;
    }
    let w = interp.heap.new_weakref(target, Value::None);
    if interp.heap.weakref_count(target) > before {
        // There was no shared reference: the one just made goes again.
        interp.heap.decref_obj(w);
        return Value::None;
    }
    Value::Obj(w)
}

/// Add the `__dict__` and `__weakref__` descriptors (and `__doc__`) that
/// a new class statement's class gets when its instances gain a `__dict__` or weak
/// reference support its bases lack (no `__slots__`; CPython's
/// `type.__new__`). Variable-size bases (`int`, `bytes`, `tuple`) and
/// ones with their own weak reference support (`set`, `frozenset`,
/// `type`) give no `__weakref__`.
pub(in crate::builtins) fn add_instance_descriptors(interp: &mut Interpreter, cls: ObjRef) {
    let Some(data) = class_data(&interp.heap, Value::Obj(cls)) else {
        return;
    };
    let (dict, mro) = (data.dict, data.mro.clone());
    let has = |interp: &mut Interpreter, class: Value, name: &str| {
        let d = class_data(&interp.heap, class).map_or(Value::None, |c| c.dict);
        let key = interp.intern(name);
        let found = dict_lookup_str(&interp.heap, d, key).is_some();
        interp.heap.decref(key);
        found
    };
    if has(interp, Value::Obj(cls), "__slots__") {
        add_slot_members(interp, cls, dict, &mro);
        add_doc(interp, dict);
        return;
    }
    let no_weakref_bases: Vec<Value> = [
        BuiltinType::Int,
        BuiltinType::Bool,
        BuiltinType::Bytes,
        BuiltinType::Tuple,
        BuiltinType::Set,
        BuiltinType::FrozenSet,
        BuiltinType::Type,
    ]
    .iter()
    .filter_map(|t| interp.classes.builtin.get(t).map(|c| Value::Obj(*c)))
    .collect();
    let getset = interp.named_class("getset_descriptor");
    for name in ["__dict__", "__weakref__"] {
        let inherited = mro.iter().any(|k| has(interp, *k, name));
        let refused = name == "__weakref__" && mro.iter().any(|k| no_weakref_bases.contains(k));
        if inherited || refused {
            continue;
        }
        let d = new_descriptor(interp, getset, cls, name);
        interp.dict_set_str(dict, name, d);
        interp.heap.decref(d);
    }
    add_doc(interp, dict);
}

/// The names a class's own `__slots__` declares (a str is one name).
fn own_slot_names(interp: &mut Interpreter, dict: Value) -> Vec<String> {
    let Some(slots) = interp.dict_get_str(dict, "__slots__") else {
        return Vec::new();
    };
    let names = match interp.heap.str_of(slots) {
        Some(s) => vec![s.to_string()],
        None => match slots.as_obj().map(|r| interp.heap.payload(r)) {
            Some(pyrite_objects::Payload::Tuple(t)) => t.to_vec(),
            Some(pyrite_objects::Payload::List(l)) => l.to_values(),
            _ => Vec::new(),
        }
        .into_iter()
        .filter_map(|v| interp.heap.str_of(v).map(str::to_string))
        .collect(),
    };
    interp.heap.decref(slots);
    names
}

/// A slotted class's attributes for its slots: a `member_descriptor` per
/// declared name (CPython's `<member 'a' of 'C' objects>`), and the
/// `__dict__`/`__weakref__` descriptors when the slots name them and no
/// base has them already.
fn add_slot_members(interp: &mut Interpreter, cls: ObjRef, dict: Value, mro: &[Value]) {
    let member = interp.named_class("member_descriptor");
    let getset = interp.named_class("getset_descriptor");
    for name in own_slot_names(interp, dict) {
        let special = name == "__dict__" || name == "__weakref__";
        if special {
            let key = interp.intern(&name);
            let inherited = mro.iter().skip(1).any(|k| {
                let d = class_data(&interp.heap, *k).map_or(Value::None, |c| c.dict);
                dict_lookup_str(&interp.heap, d, key).is_some()
            });
            interp.heap.decref(key);
            if inherited {
                continue;
            }
        }
        let d = new_descriptor(interp, if special { getset } else { member }, cls, &name);
        if let (false, Some(r)) = (special, d.as_obj()) {
            // The interned name lives in the interpreter's table.
            let key = interp.intern(&name);
            interp.slot_members.insert(r, (cls, key));
            interp.heap.decref(key);
        }
        interp.dict_set_str(dict, &name, d);
        interp.heap.decref(d);
    }
}

/// Whether `owner` is a class statement's class (whose member
/// descriptors are its slots, read and written in the instance).
fn is_slot_owner(interp: &Interpreter, owner: ObjRef) -> bool {
    !interp.classes.native.contains(&owner)
        && class_data(&interp.heap, Value::Obj(owner)).is_some_and(|c| c.exception.is_none())
}

/// A class statement without a docstring gets `__doc__ = None`.
fn add_doc(interp: &mut Interpreter, dict: Value) {
    match interp.dict_get_str(dict, "__doc__") {
        Some(doc) => interp.heap.decref(doc),
        None => interp.dict_set_str(dict, "__doc__", Value::None),
    }
}

/// `obj.__dict__ = d`: the instance's namespace replaced by dict `d`.
fn replace_dict(interp: &mut Interpreter, obj: Value, v: Option<Value>) -> PyResult<Value> {
    // Deleting leaves the instance an empty namespace, as the next read of
    // CPython's `__dict__` makes one.
    let (v, fresh) = match v {
        Some(v) => (v, false),
        None => (interp.heap.new_dict(), true),
    };
    let (Some(r), Some(new)) = (obj.as_obj(), v.as_obj()) else {
        return Err(PyErr::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            interp.type_name(v)
        )));
    };
    if !matches!(interp.heap.payload(new), pyrite_objects::Payload::Dict(_)) {
        return Err(PyErr::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            interp.type_name(v)
        )));
    }
    // The instance takes a reference (a fresh dict's own one).
    if !fresh {
        interp.heap.incref(v);
    }
    if let pyrite_objects::Payload::Instance { dict } = interp.heap.payload_mut(r) {
        let old = std::mem::replace(dict, v);
        interp.heap.decref(old);
    } else if interp.heap.is_subclass_instance(obj) {
        interp.heap.set_subclass_dict(r, new);
    } else {
        interp.heap.decref(v);
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "attribute '__dict__' of '{}' objects is not writable",
                interp.type_name(obj)
            ),
        ));
    }
    Ok(Value::None)
}

/// `descriptor.__set__(obj, value)`.
fn descr_set(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [d, obj, v] = args else {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    store(interp, *d, *obj, Some(*v))
}

/// `descriptor.__delete__(obj)`.
fn descr_delete(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [d, obj] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    store(interp, *d, *obj, None)
}

/// Assign (or delete, `v` `None`) through descriptor `d`.
fn store(interp: &mut Interpreter, d: Value, obj: Value, v: Option<Value>) -> PyResult<Value> {
    let (name, owner, writable) = fields(interp, d)?;
    check_applies(interp, &name, owner, obj)?;
    if name == "__dict__" && !interp.classes.native.contains(&owner) {
        return replace_dict(interp, obj, v);
    }
    let dict = match interp.instance_dict(obj) {
        None if writable => interp.make_instance_dict(obj),
        d => d,
    };
    match (writable, dict) {
        (true, Some(dict)) => {
            let key = interp.intern(&name);
            let r = match (v, dict.as_obj()) {
                (Some(v), Some(dr)) => pyrite_objects::types::dict::set_item(interp, dr, key, v),
                (None, Some(dr)) => match pyrite_objects::types::dict::del_item(interp, dr, key) {
                    Err(e) if interp.error_is(&e, ExcKind::KeyError) => {
                        interp.drop_error(e);
                        Err(PyErr::new(ExcKind::AttributeError, name.clone()))
                    }
                    r => r,
                },
                _ => Ok(()),
            };
            interp.heap.decref(key);
            r.map(|()| Value::None)
        }
        _ if class_of_is(interp, d, "member_descriptor") => {
            Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"))
        }
        _ => Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "attribute '{name}' of '{}' objects is not writable",
                interp.class_name(owner)
            ),
        )),
    }
}

fn class_of_is(interp: &Interpreter, v: Value, name: &'static str) -> bool {
    interp.classes.named.get(name) == Some(&interp.class_of(v))
}

/// `<attribute 'real' of 'int' objects>` / `<member 'fget' of 'property'
/// objects>`.
fn descr_repr(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [d] = args else {
        return Err(PyErr::type_error("expected 0 arguments"));
    };
    let (name, owner, _) = fields(interp, *d)?;
    let what = if class_of_is(interp, *d, "member_descriptor") {
        "member"
    } else {
        "attribute"
    };
    let text = format!(
        "<{what} '{name}' of '{}' objects>",
        interp.class_name(owner)
    );
    Ok(interp.heap.new_str(text))
}
