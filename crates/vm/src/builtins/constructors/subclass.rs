//! Instances of classes derived from built-in types (`class L(list)`,
//! `class Point(tuple)`, `class Meters(float)`): the built-in types'
//! `__new__`, and the `__init__` of the mutable ones, as Python code calls
//! them (`int.__new__(cls, 3)`, `super().__init__(items)`).
//!
//! Such an instance is an object of the subclass whose payload is the
//! built-in's (a list payload for `class L(list)`), so every native
//! operation reads it exactly as it reads the built-in value; its
//! `__dict__` lives beside it in the heap's side table, made on first use.
//!
//! The immutable types (`int`, `float`, `complex`, `str`, `bytes`, `tuple`,
//! `frozenset`) build their value in `__new__` with the type's own
//! constructor, then move it into the subclass: a fresh object simply
//! changes class; a shared one (the interned `''`, a tuple passed through
//! `tuple(t)`) or an immediate (`Value::Int`, `Value::Float`) is copied
//! into a new object. The mutable types (`list`, `dict`, `set`,
//! `bytearray`) make an empty object in `__new__` and fill it in
//! `__init__`, as CPython's do.

use num_bigint::BigInt;
use pyrite_objects::types::dict_table::DictTable;
use pyrite_objects::types::set_table::SetTable;
use pyrite_objects::types::str::PyStr;
use pyrite_objects::{BuiltinType, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

use super::super::{NativeFn, NativeKind, no_keywords, positional};
use crate::interpreter::Interpreter;

/// The built-in types whose `__new__` a subclass inherits.
const NEW: &[(BuiltinType, NativeFn)] = &[
    (BuiltinType::Int, int_new),
    (BuiltinType::Float, float_new),
    (BuiltinType::Complex, complex_new),
    (BuiltinType::Str, str_new),
    (BuiltinType::Bytes, bytes_new),
    (BuiltinType::ByteArray, bytearray_new),
    (BuiltinType::Tuple, tuple_new),
    (BuiltinType::List, list_new),
    (BuiltinType::Dict, dict_new),
    (BuiltinType::Set, set_new),
    (BuiltinType::FrozenSet, frozenset_new),
];

/// The mutable built-in types' `__init__`.
const INIT: &[(BuiltinType, NativeFn)] = &[
    (BuiltinType::List, list_init),
    (BuiltinType::Dict, dict_init),
    (BuiltinType::Set, set_init),
];

pub(super) fn install(interp: &mut Interpreter) {
    for (t, f) in NEW {
        let class = interp.classes.builtin[t];
        interp.add_method(class, "__new__", NativeKind::Function(*f));
    }
    for (t, f) in INIT {
        let class = interp.classes.builtin[t];
        interp.add_method(class, "__init__", NativeKind::VmMethod(*f));
    }
}

fn int_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Int, args, kwnames)
}

fn float_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Float, args, kwnames)
}

fn complex_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Complex, args, kwnames)
}

fn str_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Str, args, kwnames)
}

fn bytes_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Bytes, args, kwnames)
}

fn bytearray_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::ByteArray, args, kwnames)
}

fn tuple_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Tuple, args, kwnames)
}

fn list_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::List, args, kwnames)
}

fn dict_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Dict, args, kwnames)
}

fn set_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::Set, args, kwnames)
}

fn frozenset_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    builtin_new(interp, BuiltinType::FrozenSet, args, kwnames)
}

/// `T.__new__(cls, *args, **kwargs)` for the built-in type `t`.
fn builtin_new(
    interp: &mut Interpreter,
    t: BuiltinType,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let name = t.name();
    let Some((&cls_v, rest)) = args.split_first() else {
        return Err(PyErr::type_error(format!(
            "{name}.__new__(): not enough arguments"
        )));
    };
    let Some(cls) = interp.as_class_ref(cls_v) else {
        return Err(PyErr::type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            interp.type_name(cls_v)
        )));
    };
    let base = interp.classes.builtin[&t];
    if !interp.is_subclass(cls, base) {
        let cname = interp.class_name(cls);
        return Err(PyErr::type_error(format!(
            "{name}.__new__({cname}): {cname} is not a subtype of {name}"
        )));
    }
    if cls == base {
        return interp.construct_builtin(cls, t, rest, kwnames);
    }
    interp.new_subclass_instance(cls, t, rest, kwnames)
}

impl Interpreter {
    /// A new instance of `cls`, a class derived from the built-in type
    /// `t`, as `t.__new__(cls, *args, **kwargs)` makes it.
    pub(crate) fn new_subclass_instance(
        &mut self,
        cls: ObjRef,
        t: BuiltinType,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let payload = match t {
            BuiltinType::List => Payload::List(Default::default()),
            BuiltinType::Dict => Payload::Dict(DictTable::new()),
            BuiltinType::Set => Payload::Set(SetTable::new()),
            BuiltinType::ByteArray => {
                let native = self.classes.builtin[&t];
                let v = self.construct_builtin(native, t, args, kwnames)?;
                let bytes = match v.as_obj().map(|r| self.heap.payload(r)) {
                    Some(Payload::ByteArray(b)) => b.clone(),
                    _ => Vec::new(),
                };
                self.heap.decref(v);
                Payload::ByteArray(bytes)
            }
            _ => {
                let native = self.classes.builtin[&t];
                let v = self.construct_builtin(native, t, args, kwnames)?;
                let r = self.move_into_subclass(v, cls)?;
                self.note_finaliser(r);
                return Ok(Value::Obj(r));
            }
        };
        let r = self.heap.alloc(TypeRef::Heap(cls), payload);
        self.note_finaliser(r);
        Ok(Value::Obj(r))
    }

    /// Move the built-in value `v` (an owned reference, released here)
    /// into an instance of `cls`.
    fn move_into_subclass(&mut self, v: Value, cls: ObjRef) -> PyResult<ObjRef> {
        let class = TypeRef::Heap(cls);
        let payload = match v {
            Value::Int(i) => Payload::Int(BigInt::from(i)),
            Value::Bool(b) => Payload::Int(BigInt::from(b as i64)),
            Value::Float(f) => Payload::Float(f),
            Value::Obj(r) => {
                let obj = self.heap.get(r);
                if obj.refcount() == 1 && matches!(obj.class(), TypeRef::Builtin(_)) {
                    self.heap.set_class(r, class);
                    return Ok(r);
                }
                let copy = match &obj.payload {
                    Payload::Int(b) => Some(Payload::Int(b.clone())),
                    Payload::Float(f) => Some(Payload::Float(*f)),
                    Payload::Complex { real, imag } => Some(Payload::Complex {
                        real: *real,
                        imag: *imag,
                    }),
                    Payload::Str(s) => Some(Payload::Str(PyStr::new(s.as_str()))),
                    Payload::Bytes(b) => Some(Payload::Bytes(b.clone())),
                    Payload::Tuple(items) => Some(Payload::Tuple(items.clone())),
                    // `frozenset(fs)` of an exact frozenset is `fs` itself.
                    Payload::Set(table) => Some(Payload::Set(table.clone())),
                    _ => None,
                };
                let Some(copy) = copy else {
                    let name = self.type_name(v);
                    self.heap.decref(v);
                    return Err(PyErr::type_error(format!(
                        "cannot make a subclass instance from '{name}'"
                    )));
                };
                match &copy {
                    Payload::Tuple(items) => {
                        for item in items.iter() {
                            self.heap.incref(*item);
                        }
                    }
                    Payload::Set(table) => {
                        for (_, key) in table.entries() {
                            self.heap.incref(key);
                        }
                    }
                    _ => {}
                }
                self.heap.decref(v);
                copy
            }
            _ => {
                let name = self.type_name(v);
                return Err(PyErr::type_error(format!(
                    "cannot make a subclass instance from '{name}'"
                )));
            }
        };
        Ok(self.heap.alloc(class, payload))
    }

    /// Mark a new instance whose class defines `__del__`.
    fn note_finaliser(&mut self, r: ObjRef) {
        if self.user_special(Value::Obj(r), "__del__").is_some() {
            self.heap.set_has_finaliser(r);
        }
    }

    /// `T.__init__(obj, *args, **kwargs)` for the built-in type `t` an
    /// instance derives from: fills a list, dict or set; nothing for the
    /// immutable types (their `__new__` did the work).
    pub(crate) fn builtin_init(
        &mut self,
        t: BuiltinType,
        obj: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let f = match t {
            BuiltinType::List => list_init,
            BuiltinType::Dict => dict_init,
            BuiltinType::Set => set_init,
            _ => return Ok(()),
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        let r = f(self, &full, kwnames)?;
        self.heap.decref(r);
        Ok(())
    }
}

/// The receiver of a mutable type's `__init__`, checked.
fn receiver(
    interp: &Interpreter,
    t: BuiltinType,
    args: &[Value],
    fits: fn(&Payload) -> bool,
) -> PyResult<ObjRef> {
    let this = args
        .first()
        .and_then(|v| v.as_obj())
        .filter(|r| fits(interp.heap.payload(*r)));
    this.ok_or_else(|| {
        let got = args
            .first()
            .map_or_else(|| "nothing".to_string(), |v| interp.type_name(*v));
        PyErr::type_error(format!(
            "descriptor '__init__' requires a '{}' object but received a '{got}'",
            t.name()
        ))
    })
}

/// At most one positional argument (`list(iterable)`, `set(iterable)`)
/// and no keywords; `t` and `name` are how the errors name the callee.
fn one_iterable<'a>(
    t: BuiltinType,
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<Option<&'a Value>> {
    no_keywords(t.name(), kwnames)?;
    let pos = &args[1..];
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    Ok(pos.first())
}

/// `list.__init__(self, iterable=())`: empty the list, then extend it.
fn list_init(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = BuiltinType::List;
    let r = receiver(interp, t, args, |p| matches!(p, Payload::List(_)))?;
    let source = one_iterable(t, "list", args, kwnames)?.copied();
    let old = match interp.heap.payload_mut(r) {
        Payload::List(items) => items.take(),
        _ => Vec::new(),
    };
    interp.release(old);
    if let Some(src) = source {
        let items = interp.iterate(src)?;
        if let Payload::List(list) = interp.heap.payload_mut(r) {
            list.extend(items);
        } else {
            interp.release(items);
        }
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: empty the set, then add each item.
fn set_init(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = BuiltinType::Set;
    let r = receiver(interp, t, args, |p| matches!(p, Payload::Set(_)))?;
    // CPython's set names the receiver's own class.
    let name = interp.type_name(args[0]);
    let source = one_iterable(t, &name, args, kwnames)?.copied();
    let old = match interp.heap.payload_mut(r) {
        Payload::Set(table) => std::mem::take(table),
        _ => SetTable::new(),
    };
    let keys: Vec<Value> = old.entries().map(|(_, k)| k).collect();
    drop(old);
    interp.release(keys);
    if let Some(src) = source {
        let items = interp.iterate(src)?;
        let mut result = Ok(());
        for item in &items {
            result = pyrite_objects::types::set::add(interp, r, *item);
            if result.is_err() {
                break;
            }
        }
        interp.release(items);
        result?;
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: update the dict.
fn dict_init(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let r = receiver(interp, BuiltinType::Dict, args, |p| {
        matches!(p, Payload::Dict(_))
    })?;
    let pos = positional(&args[1..], kwnames);
    interp.dict_init(Value::Obj(r), pos, &args[1..], kwnames)?;
    Ok(Value::None)
}
