//! More of the built-in classes' dunders as Python sees them:
//! `__getnewargs__` of `str` and `tuple`, `__reversed__` of `list` and
//! `range`, `__call__` of functions, bound methods and static methods,
//! `property.__set__`/`__delete__`, and the dict views' `__len__`,
//! `__contains__`, set operator methods and `isdisjoint`.
//!
//! As with the other slot wrappers, the interpreter does not go through
//! these for built-in values; they serve code that names them.

use pyrite_objects::types::interp::{DictViewKind, InterpObject, IterState};
use pyrite_objects::{BuiltinType, ExcKind, Payload, PyErr, PyResult, Value};

use super::super::{NativeFn, NativeKind};
use crate::interpreter::Interpreter;

/// `(class name, [(dunder, function)])` for the interpreter's classes.
const NAMED: &[(&str, &[(&str, NativeFn)])] = &[
    ("function", &[("__call__", call_self)]),
    ("method", &[("__call__", call_self)]),
    ("staticmethod", &[("__call__", staticmethod_call)]),
    (
        "property",
        &[("__set__", property_set), ("__delete__", property_delete)],
    ),
    ("dict_values", &[("__len__", view_len)]),
    ("dict_keys", VIEW_SET_METHODS),
    ("dict_items", VIEW_SET_METHODS),
];

/// The set-like views' methods (`dict_keys`, `dict_items`).
const VIEW_SET_METHODS: &[(&str, NativeFn)] = &[
    ("__len__", view_len),
    ("__contains__", view_contains),
    ("__and__", view_and),
    ("__rand__", view_rand),
    ("__or__", view_or),
    ("__ror__", view_ror),
    ("__sub__", view_sub),
    ("__rsub__", view_rsub),
    ("__xor__", view_xor),
    ("__rxor__", view_rxor),
    ("isdisjoint", view_isdisjoint),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    for t in [BuiltinType::Str, BuiltinType::Tuple] {
        let class = interp.classes.builtin[&t];
        interp.add_method(class, "__getnewargs__", NativeKind::VmMethod(getnewargs));
    }
    for t in [BuiltinType::List, BuiltinType::Range] {
        let class = interp.classes.builtin[&t];
        interp.add_method(class, "__reversed__", NativeKind::VmMethod(reversed));
    }
    for (name, methods) in NAMED {
        let Some(class) = interp.classes.named.get(name).copied() else {
            continue;
        };
        for (dunder, f) in *methods {
            interp.add_method(class, dunder, NativeKind::VmMethod(*f));
        }
    }
}

/// Check that a native method taking `n` (0 or 1) arguments got them,
/// `args[0]` being the receiver; the TypeError is CPython's.
pub(super) fn arity(args: &[Value], n: usize, name: &str) -> PyResult<()> {
    if args.len() == n + 1 {
        return Ok(());
    }
    let given = args.len().saturating_sub(1);
    Err(PyErr::type_error(match n {
        0 => format!("{name}() takes no arguments ({given} given)"),
        _ => format!("{name}() takes exactly one argument ({given} given)"),
    }))
}

/// `str.__getnewargs__()` / `tuple.__getnewargs__()`: `(copy,)`, the
/// exact-type value pickling rebuilds a subclass instance from.
fn getnewargs(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__getnewargs__")?;
    let v = args[0];
    let copy = match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Str(_)) => {
            let text = interp.heap.str_of(v).unwrap_or("").to_string();
            interp.heap.new_str(text)
        }
        Some(Payload::Tuple(items)) => {
            let items = items.to_vec();
            for item in &items {
                interp.heap.incref(*item);
            }
            interp.heap.new_tuple(items)
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "descriptor '__getnewargs__' does not apply to a '{}' object",
                interp.type_name(v)
            )));
        }
    };
    Ok(interp.heap.new_tuple(vec![copy]))
}

/// `list.__reversed__()` / `range.__reversed__()`: an iterator from the
/// last item back.
fn reversed(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__reversed__")?;
    let v = args[0];
    match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(items)) => {
            let remaining = items.len();
            interp.heap.incref(v);
            Ok(interp.new_iterator(
                "list_reverseiterator",
                IterState::Reversed { seq: v, remaining },
            ))
        }
        Some(Payload::Range { start, stop, step }) => {
            let bounds = [*start, *stop, *step];
            interp.range_iter(bounds, true)
        }
        _ => Err(PyErr::type_error(format!(
            "descriptor '__reversed__' does not apply to a '{}' object",
            interp.type_name(v)
        ))),
    }
}

/// `f.__call__(*args, **kwargs)`: calling the object itself.
fn call_self(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(PyErr::type_error("__call__() needs an argument"));
    };
    interp.call(*f, rest, kw)
}

/// `staticmethod(f).__call__(*args)`: calling `f`.
fn staticmethod_call(interp: &mut Interpreter, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((sm, rest)) = args.split_first() else {
        return Err(PyErr::type_error("__call__() needs an argument"));
    };
    let f = match sm.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Interp(o)) => match &**o {
            InterpObject::StaticMethod(f) => *f,
            _ => Value::None,
        },
        _ => Value::None,
    };
    if f == Value::None {
        return Err(PyErr::type_error(format!(
            "descriptor '__call__' requires a 'staticmethod' object but received a '{}'",
            interp.type_name(*sm)
        )));
    }
    interp.heap.incref(f);
    let r = interp.call(f, rest, kw);
    interp.heap.decref(f);
    r
}

/// The setter or deleter of a property object, and its getter (for the
/// name in errors).
fn property_parts(interp: &Interpreter, p: Value, setter: bool) -> Option<(Value, Value)> {
    match p.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Interp(o)) => match &**o {
            InterpObject::Property {
                fget, fset, fdel, ..
            } => Some((if setter { *fset } else { *fdel }, *fget)),
            _ => None,
        },
        _ => None,
    }
}

/// Assign or delete through a property: its `fset`/`fdel`, or
/// CPython's "property ... has no setter/deleter".
fn property_store(
    interp: &mut Interpreter,
    args: &[Value],
    value: Option<Value>,
) -> PyResult<Value> {
    let p = args[0];
    let obj = args[1];
    let Some((f, fget)) = property_parts(interp, p, value.is_some()) else {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' requires a 'property' object but received a '{}'",
            if value.is_some() {
                "__set__"
            } else {
                "__delete__"
            },
            interp.type_name(p)
        )));
    };
    if f == Value::None {
        let name = interp
            .function_data(fget)
            .and_then(|d| interp.heap.str_of(d.name).map(str::to_string));
        let what = if value.is_some() { "setter" } else { "deleter" };
        let message = match name {
            Some(n) => format!(
                "property '{n}' of '{}' object has no {what}",
                interp.type_name(obj)
            ),
            None => format!(
                "property of '{}' object has no {what}",
                interp.type_name(obj)
            ),
        };
        return Err(PyErr::new(ExcKind::AttributeError, message));
    }
    interp.heap.incref(f);
    let r = match value {
        Some(v) => interp.call(f, &[obj, v], &[]),
        None => interp.call(f, &[obj], &[]),
    };
    interp.heap.decref(f);
    interp.heap.decref(r?);
    Ok(Value::None)
}

fn property_set(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    property_store(interp, args, Some(args[2]))
}

fn property_delete(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__delete__")?;
    property_store(interp, args, None)
}

/// The dict and kind of a view receiver.
fn view(interp: &Interpreter, v: Value) -> PyResult<(Value, DictViewKind)> {
    interp.dict_view(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a dict view, not a '{}' object",
            interp.type_name(v)
        ))
    })
}

fn view_len(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 0, "__len__")?;
    let (dict, _) = view(interp, args[0])?;
    Ok(Value::Int(interp.view_len(dict) as i64))
}

fn view_contains(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "__contains__")?;
    let (dict, kind) = view(interp, args[0])?;
    Ok(Value::Bool(interp.view_contains(dict, kind, args[1])?))
}

/// The set operators of a view, as CPython's: the view's items as a new
/// set, combined with any iterable `other`.
#[derive(Clone, Copy)]
enum SetOp {
    And,
    Or,
    Sub,
    Xor,
}

/// `view <op> other` (or `other <op> view` when `reflected`): a new set.
fn view_binary(
    interp: &mut Interpreter,
    args: &[Value],
    name: &str,
    op: SetOp,
    reflected: bool,
) -> PyResult<Value> {
    use pyrite_objects::types::{set, set_algebra};
    arity(args, 1, name)?;
    let (dict, kind) = view(interp, args[0])?;
    let items = interp.view_items(dict, kind);
    let mine = set::new_set(interp, &items, false);
    interp.release(items);
    let mine = mine?;
    let other = args[1];
    let (left, right) = if reflected {
        let theirs = interp.iterate(other);
        let theirs = theirs.and_then(|t| {
            let s = set::new_set(interp, &t, false);
            interp.release(t);
            s
        });
        match theirs {
            Ok(t) => (t, mine),
            Err(e) => {
                interp.heap.decref(mine);
                return Err(e);
            }
        }
    } else {
        interp.heap.incref(other);
        (mine, other)
    };
    let l = left.as_obj().expect("new_set makes a heap set");
    let result = match op {
        SetOp::And => set_algebra::intersection(interp, l, right),
        SetOp::Xor => set_algebra::symmetric_difference(interp, l, right),
        SetOp::Or => set_algebra::update(interp, l, right).map(|()| {
            interp.heap.incref(left);
            left
        }),
        SetOp::Sub => set_algebra::difference_update(interp, l, right).map(|()| {
            interp.heap.incref(left);
            left
        }),
    };
    interp.heap.decref(left);
    interp.heap.decref(right);
    result
}

fn view_and(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__and__", SetOp::And, false)
}
fn view_rand(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__rand__", SetOp::And, true)
}
fn view_or(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__or__", SetOp::Or, false)
}
fn view_ror(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__ror__", SetOp::Or, true)
}
fn view_sub(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__sub__", SetOp::Sub, false)
}
fn view_rsub(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__rsub__", SetOp::Sub, true)
}
fn view_xor(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__xor__", SetOp::Xor, false)
}
fn view_rxor(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    view_binary(i, a, "__rxor__", SetOp::Xor, true)
}

/// `view.isdisjoint(other)`: no item of `other` is in the view.
fn view_isdisjoint(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    arity(args, 1, "isdisjoint")?;
    let (dict, kind) = view(interp, args[0])?;
    let items = interp.iterate(args[1])?;
    let mut result = Ok(Value::Bool(true));
    for item in &items {
        match interp.view_contains(dict, kind, *item) {
            Ok(true) => {
                result = Ok(Value::Bool(false));
                break;
            }
            Ok(false) => {}
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    interp.release(items);
    result
}
