//! The methods of `set` and `frozenset`, as tables of plain functions.

use crate::error::{PyErr, PyResult};
use crate::heap::Payload;
use crate::methods::{Args, MethodTable, no_args};
use crate::ops::iterate;
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::set::{self, members};
use crate::value::{ObjRef, Value};

/// `set`'s methods.
pub const SET_METHODS: MethodTable = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

/// `frozenset`'s methods: the ones that do not mutate.
pub const FROZENSET_METHODS: MethodTable = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

fn set_ref(rt: &mut dyn Runtime, v: Value) -> PyResult<(ObjRef, bool)> {
    let heap = rt.heap();
    let r = v
        .as_obj()
        .filter(|r| matches!(heap.payload(*r), Payload::Set(_)))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'set' object"))?;
    Ok((r, heap.builtin_type(v) == Some(BuiltinType::FrozenSet)))
}

fn one_arg(args: &Args<'_>, name: &str) -> PyResult<Value> {
    let [x] = args.bind(name, ["object"], 1, 1)?;
    Ok(x.unwrap_or(Value::None))
}

fn set_add(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "add")?;
    let (r, _) = set_ref(rt, v)?;
    set::add(rt, r, x)?;
    Ok(Value::None)
}

fn set_discard(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "discard")?;
    let (r, _) = set_ref(rt, v)?;
    set::discard(rt, r, x)?;
    Ok(Value::None)
}

fn set_remove(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(&args, "remove")?;
    let (r, _) = set_ref(rt, v)?;
    set::remove(rt, r, x)?;
    Ok(Value::None)
}

fn set_pop(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "set.pop")?;
    let (r, _) = set_ref(rt, v)?;
    set::pop(rt, r)
}

fn set_clear(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "set.clear")?;
    let (r, _) = set_ref(rt, v)?;
    let old = match rt.heap().payload_mut(r) {
        Payload::Set(t) => t.clear(),
        _ => Vec::new(),
    };
    for k in old {
        rt.heap().decref(k);
    }
    Ok(Value::None)
}

/// A new set of the receiver's kind with the receiver's members.
fn copy_of(rt: &mut dyn Runtime, r: ObjRef, frozen: bool) -> PyResult<ObjRef> {
    let new = rt.heap().new_empty_set(frozen);
    if let Err(e) = set::merge(rt, new, r) {
        rt.heap().decref_obj(new);
        return Err(e);
    }
    Ok(new)
}

fn set_copy(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "set.copy")?;
    let (r, frozen) = set_ref(rt, v)?;
    if frozen {
        rt.heap().incref(v);
        return Ok(v);
    }
    Ok(Value::Obj(copy_of(rt, r, false)?))
}

/// Add every item of `other` (any iterable) to the set `r`.
fn absorb(rt: &mut dyn Runtime, r: ObjRef, other: Value) -> PyResult<()> {
    if let Some(o) = other
        .as_obj()
        .filter(|o| matches!(rt.heap().payload(*o), Payload::Set(_)))
    {
        return set::merge(rt, r, o);
    }
    let items = iterate(rt, other)?;
    let mut result = Ok(());
    for item in &items {
        if let Err(e) = set::add(rt, r, *item) {
            result = Err(e);
            break;
        }
    }
    for item in items {
        rt.heap().decref(item);
    }
    result
}

fn set_update(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, _) = set_ref(rt, v)?;
    for other in args.positional {
        absorb(rt, r, *other)?;
    }
    Ok(Value::None)
}

fn set_union(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (r, frozen) = set_ref(rt, v)?;
    let new = copy_of(rt, r, frozen)?;
    for other in args.positional {
        if let Err(e) = absorb(rt, new, *other) {
            rt.heap().decref_obj(new);
            return Err(e);
        }
    }
    Ok(Value::Obj(new))
}

/// The other operand as a set: itself if it is one, else a new set.
fn as_set(rt: &mut dyn Runtime, other: Value) -> PyResult<ObjRef> {
    if let Some(o) = other
        .as_obj()
        .filter(|o| matches!(rt.heap().payload(*o), Payload::Set(_)))
    {
        rt.heap().incref_obj(o);
        return Ok(o);
    }
    let new = rt.heap().new_empty_set(false);
    if let Err(e) = absorb(rt, new, other) {
        rt.heap().decref_obj(new);
        return Err(e);
    }
    Ok(new)
}

/// Members of `r` kept (or dropped) by membership in `other`, in `r`'s
/// iteration order, as a new set of the receiver's kind.
fn filter(
    rt: &mut dyn Runtime,
    r: ObjRef,
    frozen: bool,
    other: Value,
    keep_if_in: bool,
) -> PyResult<ObjRef> {
    let o = as_set(rt, other)?;
    let mine = members(rt.heap(), r)?;
    for m in &mine {
        rt.heap().incref(*m);
    }
    let new = rt.heap().new_empty_set(frozen);
    let mut result = Ok(());
    for m in &mine {
        match set::contains(rt, o, *m) {
            Ok(inside) if inside == keep_if_in => {
                if let Err(e) = set::add(rt, new, *m) {
                    result = Err(e);
                    break;
                }
            }
            Ok(_) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    for m in mine {
        rt.heap().decref(m);
    }
    rt.heap().decref_obj(o);
    match result {
        Ok(()) => Ok(new),
        Err(e) => {
            rt.heap().decref_obj(new);
            Err(e)
        }
    }
}

fn chain(rt: &mut dyn Runtime, v: Value, args: Args<'_>, keep_if_in: bool) -> PyResult<Value> {
    let (r, frozen) = set_ref(rt, v)?;
    let mut current = copy_of(rt, r, frozen)?;
    for other in args.positional {
        let next = filter(rt, current, frozen, *other, keep_if_in);
        rt.heap().decref_obj(current);
        current = next?;
    }
    Ok(Value::Obj(current))
}

fn set_intersection(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    chain(rt, v, args, true)
}

fn set_difference(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    chain(rt, v, args, false)
}

fn set_symmetric_difference(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let other = one_arg(&args, "symmetric_difference")?;
    let (r, frozen) = set_ref(rt, v)?;
    let o = as_set(rt, other)?;
    let left = filter(rt, r, frozen, Value::Obj(o), false);
    let right = left.and_then(|l| match filter(rt, o, false, Value::Obj(r), false) {
        Ok(x) => Ok((l, x)),
        Err(e) => {
            rt.heap().decref_obj(l);
            Err(e)
        }
    });
    rt.heap().decref_obj(o);
    let (l, x) = right?;
    let merged = set::merge(rt, l, x);
    rt.heap().decref_obj(x);
    merged.map(|()| Value::Obj(l))
}

fn relation(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    op: crate::ops::CmpOp,
) -> PyResult<Value> {
    let other = one_arg(&args, name)?;
    let (r, _) = set_ref(rt, v)?;
    let o = as_set(rt, other)?;
    let result = set::set_compare(rt, op, r, o);
    rt.heap().decref_obj(o);
    result.map(Value::Bool)
}

fn set_issubset(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    relation(rt, v, args, "issubset", crate::ops::CmpOp::Le)
}

fn set_issuperset(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    relation(rt, v, args, "issuperset", crate::ops::CmpOp::Ge)
}

fn set_isdisjoint(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let other = one_arg(&args, "isdisjoint")?;
    let (r, _) = set_ref(rt, v)?;
    let common = filter(rt, r, false, other, true)?;
    let empty = members(rt.heap(), common)?.is_empty();
    rt.heap().decref_obj(common);
    Ok(Value::Bool(empty))
}
