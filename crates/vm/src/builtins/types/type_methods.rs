//! `type`'s own methods (`mro()`, `__subclasses__()`, `__instancecheck__`,
//! `__subclasscheck__`, `X | Y`, the class method `__prepare__`) and the
//! `__length_hint__` of the built-in sequence iterators.
//!
//! `isinstance`/`issubclass` call these only through a metaclass that
//! overrides them; for `type` itself they answer the MRO check directly,
//! as CPython's `type.__instancecheck__` does.

use pyrite_objects::types::interp::{InterpObject, IterState};
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::super::{NativeFn, NativeKind};
use crate::class::class_data;
use crate::interpreter::Interpreter;

/// `type`'s instance methods.
const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__instancecheck__", type_instancecheck),
    ("__subclasscheck__", type_subclasscheck),
    ("__or__", union_or),
    ("__ror__", union_ror),
];

/// The iterator classes whose remaining length is known.
const SIZED_ITERATORS: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "longrange_iterator",
    "list_reverseiterator",
    "reversed",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let ty = interp.classes.builtin[&pyrite_objects::BuiltinType::Type];
    for (name, f) in TYPE_METHODS {
        interp.add_method(ty, name, NativeKind::VmMethod(*f));
    }
    let prepare = interp.add_native("__prepare__", NativeKind::Function(type_prepare));
    let f = interp.native_object(prepare);
    let wrapped = interp.new_interp("classmethod", InterpObject::ClassMethod(f));
    let dict = class_data(&interp.heap, Value::Obj(ty)).map_or(Value::None, |c| c.dict);
    interp.dict_set_str(dict, "__prepare__", wrapped);
    interp.heap.decref(wrapped);
    for name in SIZED_ITERATORS {
        if let Some(class) = interp.classes.named.get(name).copied() {
            interp.add_method(class, "__length_hint__", NativeKind::VmMethod(length_hint));
        }
    }
}

/// `X | Y` (PEP 604) for a class or generic alias `X`: the bundled
/// `_union` module's `union(X, Y)`, a `types.UnionType` (or
/// `NotImplemented` when `Y` cannot be a member).
pub(crate) fn union_or(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [left, right] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let module = interp.import_absolute("_union")?;
    let name = interp.intern("union");
    let union = interp.get_attr(module, name);
    interp.heap.decref(name);
    interp.heap.decref(module);
    let union = union?;
    let result = interp.call(union, &[*left, *right], &[]);
    interp.heap.decref(union);
    result
}

/// `Y | X` for a class or generic alias `X`: `union(Y, X)`.
pub(in crate::builtins) fn union_ror(
    interp: &mut Interpreter,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    match args {
        [me, other] => union_or(interp, &[*other, *me], kw),
        _ => union_or(interp, args, kw),
    }
}

/// The class receiver of a `type` method.
fn class_receiver(interp: &Interpreter, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(c) if interp.as_class_ref(*c).is_some() => Ok(*c),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            interp.type_name(*other)
        ))),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'type' object needs an argument"
        ))),
    }
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = class_receiver(interp, args, "mro")?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "mro() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    let mro = class_data(&interp.heap, cls).map_or(vec![], |c| c.mro.clone());
    for v in &mro {
        interp.heap.incref(*v);
    }
    Ok(interp.heap.new_list(mro))
}

/// `cls.__subclasses__()`: the live direct subclasses, oldest first.
fn type_subclasses(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = class_receiver(interp, args, "__subclasses__")?;
    if args.len() != 1 || !kw.is_empty() {
        let name = match cls.as_obj() {
            Some(r) => interp.class_name(r),
            None => "type".to_string(),
        };
        return Err(PyErr::type_error(format!(
            "{name}.__subclasses__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    let weak = class_data(&interp.heap, cls).map_or(vec![], |c| c.subclasses.clone());
    let mut out = Vec::with_capacity(weak.len());
    for w in weak {
        if let Some(r) = w.as_obj() {
            let target = interp.heap.weakref_target(r);
            if target != Value::None {
                out.push(target);
            }
        }
    }
    Ok(interp.heap.new_list(out))
}

/// `cls.__instancecheck__(obj)`: whether `cls` is in the MRO of
/// `type(obj)` (or of `obj.__class__`, when that differs).
fn type_instancecheck(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = class_receiver(interp, args, "__instancecheck__")?;
    let [_, obj] = args else {
        return Err(PyErr::type_error(format!(
            "__instancecheck__() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    };
    let class = interp
        .as_class_ref(cls)
        .expect("class_receiver checked for a class");
    if interp.is_instance(*obj, class) {
        return Ok(Value::Bool(true));
    }
    let key = interp.intern("__class__");
    let declared = interp.get_attr(*obj, key);
    interp.heap.decref(key);
    let declared = match declared {
        Ok(c) => c,
        Err(e) => {
            interp.drop_error(e);
            return Ok(Value::Bool(false));
        }
    };
    let found = in_mro(interp, declared, cls);
    interp.heap.decref(declared);
    Ok(Value::Bool(found))
}

/// `cls.__subclasscheck__(sub)`: whether `cls` is in `sub`'s MRO.
fn type_subclasscheck(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = class_receiver(interp, args, "__subclasscheck__")?;
    let [_, sub] = args else {
        return Err(PyErr::type_error(format!(
            "__subclasscheck__() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    };
    if interp.as_class_ref(*sub).is_none() {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::Bool(in_mro(interp, *sub, cls)))
}

fn in_mro(interp: &Interpreter, class: Value, target: Value) -> bool {
    class_data(&interp.heap, class).is_some_and(|c| c.mro.contains(&target))
}

/// `type.__prepare__(name, bases, **kwds)`: the empty dict a class body
/// runs in.
fn type_prepare(interp: &mut Interpreter, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(interp.heap.new_dict())
}

/// `it.__length_hint__()`: how many items the iterator can still give.
fn length_hint(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [it] = args else {
        return Err(PyErr::type_error(format!(
            "__length_hint__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let state = match it.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Interp(o)) => match &**o {
            InterpObject::Iterator(s) => Some(match s {
                IterState::Seq { seq, index } => Hint::Seq(*seq, *index),
                IterState::Range { remaining, .. } => Hint::Known(*remaining as usize),
                IterState::Items { rest } => Hint::Known(rest.len()),
                IterState::LongRange { .. } => Hint::LongRange,
                IterState::Reversed { remaining, .. } => Hint::Known(*remaining),
                IterState::Dict { dict, index, .. } => Hint::Dict(*dict, *index),
                _ => Hint::Known(0),
            }),
            _ => None,
        },
        _ => None,
    };
    let n = match state {
        None => {
            return Err(PyErr::type_error(format!(
                "descriptor '__length_hint__' does not apply to a '{}' object",
                interp.type_name(*it)
            )));
        }
        Some(Hint::Known(n)) => n,
        Some(Hint::LongRange) => {
            let left = it.as_obj().and_then(|r| interp.long_range_left(r));
            return Ok(left.unwrap_or(Value::Int(0)));
        }
        Some(Hint::Seq(seq, index)) => interp.len(seq)?.saturating_sub(index),
        Some(Hint::Dict(dict, index)) => match dict.as_obj() {
            Some(d) => pyrite_objects::types::dict::table(&interp.heap, d)
                .map_or(0, |t| t.iter().filter(|(i, _)| *i >= index).count()),
            None => 0,
        },
    };
    Ok(Value::Int(n as i64))
}

/// Where an iterator's remaining length comes from.
enum Hint {
    Known(usize),
    /// A `longrange_iterator`'s count, which may not fit a `usize`.
    LongRange,
    Seq(Value, usize),
    Dict(Value, usize),
}
