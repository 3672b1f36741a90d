//! The built-in types' dunder methods as Python sees them (CPython's
//! "slot wrappers"): `list.__getitem__`, `int.__add__`, `dict.__repr__`,
//! `str.__hash__`, …
//!
//! The interpreter does not call these for built-in values: it runs the
//! native operation directly. They exist for Python code that names them,
//! above all a subclass handing an operation back to its base:
//! `super().__setitem__(k, v)`, `list.__repr__(self)`,
//! `int.__add__(self, other)`. Each runs the built-in type's own
//! behaviour on the receiver's payload, never the subclass's override, so
//! such a call cannot recurse into itself. Binary operators answer
//! `NotImplemented` for an operand they do not handle, as CPython's do.

use pyrite_objects::ops::arith::{self, BinOp, UnaryOp};
use pyrite_objects::ops::{self, CmpOp, sequence};
use pyrite_objects::types::dict;
use pyrite_objects::types::int::Int;
use pyrite_objects::types::interp::IterState;
use pyrite_objects::{BuiltinType, ExcKind, Payload, PyErr, PyResult, Value};

use super::super::{NativeFn, NativeKind};
use crate::interpreter::Interpreter;

use BuiltinType::{
    ByteArray, Bytes, Complex, Dict, Float, FrozenSet, Int as IntT, List, NoneType,
    NotImplementedType, Range, Set, Str, Tuple,
};

/// Every built-in type with a payload a class can derive from.
const VALUES: &[BuiltinType] = &[
    IntT, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet,
];
const ORDERED: &[BuiltinType] = &[
    IntT, Float, Str, Bytes, ByteArray, Tuple, List, Set, FrozenSet,
];
const HASHABLE: &[BuiltinType] = &[IntT, Float, Complex, Str, Bytes, Tuple, FrozenSet];
const CONTAINERS: &[BuiltinType] = &[
    Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet, Range,
];
const SUBSCRIPTABLE: &[BuiltinType] = &[Str, Bytes, ByteArray, Tuple, List, Dict, Range];
const MUTABLE_MAPPINGS: &[BuiltinType] = &[List, Dict, ByteArray];
const NUMBERS: &[BuiltinType] = &[IntT, Float];

/// `(name, function, types)`: the dunder each listed type gets.
const WRAPPERS: &[(&str, NativeFn, &[BuiltinType])] = &[
    ("__repr__", w_repr, VALUES),
    ("__str__", w_str, &[Str]),
    ("__hash__", w_hash, HASHABLE),
    ("__eq__", w_eq, VALUES),
    ("__ne__", w_ne, VALUES),
    ("__lt__", w_lt, ORDERED),
    ("__le__", w_le, ORDERED),
    ("__gt__", w_gt, ORDERED),
    ("__ge__", w_ge, ORDERED),
    ("__len__", w_len, CONTAINERS),
    ("__contains__", w_contains, CONTAINERS),
    ("__iter__", w_iter, CONTAINERS),
    ("__getitem__", w_getitem, SUBSCRIPTABLE),
    ("__setitem__", w_setitem, MUTABLE_MAPPINGS),
    ("__delitem__", w_delitem, MUTABLE_MAPPINGS),
    (
        "__add__",
        w_add,
        &[IntT, Float, Complex, Str, Bytes, ByteArray, Tuple, List],
    ),
    ("__radd__", w_radd, &[IntT, Float, Complex]),
    ("__sub__", w_sub, &[IntT, Float, Complex, Set, FrozenSet]),
    ("__rsub__", w_rsub, &[IntT, Float, Complex, Set, FrozenSet]),
    (
        "__mul__",
        w_mul,
        &[IntT, Float, Complex, Str, Bytes, ByteArray, Tuple, List],
    ),
    (
        "__rmul__",
        w_rmul,
        &[IntT, Float, Complex, Str, Bytes, ByteArray, Tuple, List],
    ),
    ("__truediv__", w_truediv, &[IntT, Float, Complex]),
    ("__rtruediv__", w_rtruediv, &[IntT, Float, Complex]),
    ("__floordiv__", w_floordiv, NUMBERS),
    ("__rfloordiv__", w_rfloordiv, NUMBERS),
    ("__mod__", w_mod, &[IntT, Float, Str, Bytes, ByteArray]),
    ("__rmod__", w_rmod, &[IntT, Float, Str, Bytes, ByteArray]),
    ("__divmod__", w_divmod, NUMBERS),
    ("__rdivmod__", w_rdivmod, NUMBERS),
    ("__pow__", w_pow, &[IntT, Float, Complex]),
    ("__rpow__", w_rpow, &[IntT, Float, Complex]),
    ("__and__", w_and, &[IntT, Set, FrozenSet]),
    ("__rand__", w_rand, &[IntT, Set, FrozenSet]),
    ("__or__", w_or, &[IntT, Set, FrozenSet, Dict]),
    ("__ror__", w_ror, &[IntT, Set, FrozenSet, Dict]),
    ("__xor__", w_xor, &[IntT, Set, FrozenSet]),
    ("__rxor__", w_rxor, &[IntT, Set, FrozenSet]),
    ("__lshift__", w_lshift, &[IntT]),
    ("__rshift__", w_rshift, &[IntT]),
    ("__rlshift__", w_rlshift, &[IntT]),
    ("__rrshift__", w_rrshift, &[IntT]),
    ("__neg__", w_neg, &[IntT, Float, Complex]),
    ("__pos__", w_pos, &[IntT, Float, Complex]),
    ("__abs__", w_abs, &[IntT, Float, Complex]),
    ("__invert__", w_invert, &[IntT]),
    (
        "__bool__",
        w_bool,
        &[IntT, Float, Complex, Range, NoneType, NotImplementedType],
    ),
    ("__int__", w_int, NUMBERS),
    ("__index__", w_int, &[IntT]),
    ("__float__", w_float, NUMBERS),
    ("__format__", w_format, &[IntT, Float, Complex, Str]),
    ("__iadd__", w_iadd, &[List]),
    ("__imul__", w_imul, &[List]),
    ("__ior__", w_ior, &[Dict, Set]),
    ("__iand__", w_iand, &[Set]),
    ("__isub__", w_isub, &[Set]),
    ("__ixor__", w_ixor, &[Set]),
];

/// The built-in iterator classes: `__iter__` answers the iterator itself,
/// `__next__` its next item or `StopIteration`.
const ITERATORS: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "range_iterator",
    "longrange_iterator",
    "set_iterator",
    "list_reverseiterator",
    "iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
];

/// `object`'s rich comparisons and `__format__`, which its subclasses
/// reach through `super()`.
const OBJECT: &[(&str, NativeFn)] = &[
    ("__lt__", w_not_implemented),
    ("__le__", w_not_implemented),
    ("__gt__", w_not_implemented),
    ("__ge__", w_not_implemented),
    ("__ne__", w_object_ne),
    ("__format__", w_object_format),
];

pub(in crate::builtins) fn install(interp: &mut Interpreter) {
    let object = interp.classes.builtin[&BuiltinType::Object];
    for (name, f) in OBJECT {
        interp.add_method(object, name, NativeKind::VmMethod(*f));
    }
    for name in ITERATORS {
        let class = interp.named_class(name);
        interp.add_method(class, "__next__", NativeKind::VmMethod(w_next));
        interp.add_method(class, "__iter__", NativeKind::VmMethod(w_self));
    }
    for (name, f, types) in WRAPPERS {
        for t in *types {
            let class = interp.classes.builtin[t];
            interp.add_method(class, name, NativeKind::VmMethod(*f));
        }
    }
    // The mutable types are unhashable: CPython sets `__hash__` to None.
    for t in [List, Dict, Set, ByteArray] {
        let class = interp.classes.builtin[&t];
        let dict = crate::class::class_data(&interp.heap, Value::Obj(class))
            .map_or(Value::None, |c| c.dict);
        interp.dict_set_str(dict, "__hash__", Value::None);
    }
}

/// The receiver and the one argument of a binary dunder.
fn two(args: &[Value], name: &str) -> PyResult<(Value, Value)> {
    match args {
        [a, b] => Ok((*a, *b)),
        _ => Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))
        .with_context(name)),
    }
}

/// The receiver of a dunder that takes no arguments.
fn one(args: &[Value], name: &str) -> PyResult<Value> {
    match args {
        [a] => Ok(*a),
        _ => Err(PyErr::type_error(format!(
            "expected 0 arguments, got {}",
            args.len().saturating_sub(1)
        ))
        .with_context(name)),
    }
}

trait Context {
    fn with_context(self, name: &str) -> Self;
}

impl Context for PyErr {
    /// CPython names the wrapper in an arity error: `__len__()`.
    fn with_context(self, name: &str) -> PyErr {
        match self {
            PyErr::Builtin { kind, message } => PyErr::Builtin {
                kind,
                message: format!("{name}() {message}"),
            },
            other => other,
        }
    }
}

fn w_not_implemented(_: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    two(args, "__lt__")?;
    Ok(Value::NotImplemented)
}

/// `object.__ne__`: the inverse of `__eq__`, unless that declines.
fn w_object_ne(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, "__ne__")?;
    let r = match interp.user_special(a, "__eq__") {
        Some(f) => interp.call_special(f, a, &[b])?,
        None if a.is(b) => Value::Bool(true),
        None => Value::NotImplemented,
    };
    if r == Value::NotImplemented {
        return Ok(r);
    }
    let t = interp.truthy(r);
    interp.heap.decref(r);
    Ok(Value::Bool(!t?))
}

/// `object.__format__(spec)`: `str(self)` for an empty spec, else an error.
fn w_object_format(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (v, spec) = two(args, "__format__")?;
    let Some(spec) = interp.heap.str_of(spec).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            interp.type_name(spec)
        )));
    };
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            interp.type_name(v)
        )));
    }
    let s = interp.str_of(v)?;
    Ok(interp.heap.new_str(s))
}

fn w_next(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = one(args, "__next__")?;
    match interp.next(it)? {
        Some(v) => Ok(v),
        None => {
            let class = interp.classes.exc[&ExcKind::StopIteration];
            Err(PyErr::Raised(interp.new_exception(class, &[])))
        }
    }
}

fn w_self(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = one(args, "__iter__")?;
    interp.heap.incref(it);
    Ok(it)
}

fn w_repr(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__repr__")?;
    let s = ops::repr_builtin(interp, v)?;
    Ok(interp.heap.new_str(s))
}

fn w_str(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__str__")?;
    let s = ops::str_builtin(interp, v)?;
    Ok(interp.heap.new_str(s))
}

fn w_hash(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__hash__")?;
    Ok(Value::Int(ops::hash_builtin(interp, v)?))
}

/// Which values a built-in comparison accepts together: numbers with
/// numbers, text with text, and so on; anything else is `NotImplemented`.
fn family(interp: &Interpreter, v: Value) -> Option<u8> {
    let t = match v {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => return Some(0),
        _ => pyrite_objects::types::base_type(&interp.heap, v)?,
    };
    Some(match t {
        IntT | Float | Complex | BuiltinType::Bool => 0,
        Str => 1,
        Bytes | ByteArray => 2,
        Tuple => 3,
        List => 4,
        Dict => 5,
        Set | FrozenSet => 6,
        _ => return None,
    })
}

fn comparable(interp: &Interpreter, a: Value, b: Value) -> bool {
    family(interp, a).is_some() && family(interp, a) == family(interp, b)
}

fn compare(
    interp: &mut Interpreter,
    args: &[Value],
    name: &str,
    op: Option<CmpOp>,
    negate: bool,
) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    if !comparable(interp, a, b) {
        return Ok(Value::NotImplemented);
    }
    let r = match op {
        None => ops::eq_builtin(interp, a, b)?,
        Some(op) => match ops::compare_builtin(interp, op, a, b) {
            Err(e) if interp.error_is(&e, ExcKind::TypeError) => {
                interp.drop_error(e);
                return Ok(Value::NotImplemented);
            }
            r => r?,
        },
    };
    Ok(Value::Bool(r != negate))
}

fn w_eq(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(interp, args, "__eq__", None, false)
}

fn w_ne(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(interp, args, "__ne__", None, true)
}

fn w_lt(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(interp, args, "__lt__", Some(CmpOp::Lt), false)
}

fn w_le(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(interp, args, "__le__", Some(CmpOp::Le), false)
}

fn w_gt(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(interp, args, "__gt__", Some(CmpOp::Gt), false)
}

fn w_ge(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(interp, args, "__ge__", Some(CmpOp::Ge), false)
}

fn w_len(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__len__")?;
    Ok(Value::Int(sequence::len(&interp.heap, v)? as i64))
}

fn w_contains(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (c, item) = two(args, "__contains__")?;
    Ok(Value::Bool(sequence::contains(interp, c, item)?))
}

fn w_iter(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__iter__")?;
    let class = match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::List(_)) => "list_iterator",
        Some(Payload::Tuple(_)) => "tuple_iterator",
        Some(Payload::Str(_)) => "str_ascii_iterator",
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => "bytes_iterator",
        Some(Payload::Dict(_)) => "dict_keyiterator",
        Some(Payload::Range { .. }) => return interp.get_iter(v),
        Some(Payload::Set(t)) => {
            let len = t.len();
            interp.heap.incref(v);
            let state = IterState::Set {
                set: v,
                index: 0,
                len,
            };
            return Ok(interp.new_iterator("set_iterator", state));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not iterable",
                interp.type_name(v)
            )));
        }
    };
    interp.heap.incref(v);
    Ok(interp.new_iterator(class, IterState::Seq { seq: v, index: 0 }))
}

fn w_getitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (c, index) = two(args, "__getitem__")?;
    if let Some(d) = c
        .as_obj()
        .filter(|d| matches!(interp.heap.payload(*d), Payload::Dict(_)))
    {
        let r = dict::subscript(interp, d, index);
        // `dict.__getitem__` consults a subclass's `__missing__`.
        if let Err(PyErr::KeyError(_)) = &r {
            if let Some(f) = interp.user_special(c, "__missing__") {
                if let Err(e) = r {
                    interp.drop_error(e);
                }
                return interp.call_special(f, c, &[index]);
            }
        }
        return r;
    }
    if let Some(f) = interp.user_special(index, "__index__") {
        let i = interp.call_special(f, index, &[])?;
        let r = sequence::getitem(interp, c, i);
        interp.heap.decref(i);
        return r;
    }
    sequence::getitem(interp, c, index)
}

fn w_setitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [c, index, v] = args else {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        ))
        .with_context("__setitem__"));
    };
    interp.setitem_builtin(*c, *index, Some(*v))?;
    Ok(Value::None)
}

fn w_delitem(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (c, index) = two(args, "__delitem__")?;
    interp.setitem_builtin(c, index, None)?;
    Ok(Value::None)
}

/// A binary operator of the built-in types: `NotImplemented` when they do
/// not handle the operands.
fn binary(
    interp: &mut Interpreter,
    args: &[Value],
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match arith::binary_op(interp, op, x, y) {
        Err(e) if interp.error_is(&e, ExcKind::TypeError) => {
            interp.drop_error(e);
            Ok(Value::NotImplemented)
        }
        r => r,
    }
}

fn w_add(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__add__", BinOp::Add, false)
}
fn w_radd(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__radd__", BinOp::Add, true)
}
fn w_sub(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__sub__", BinOp::Sub, false)
}
fn w_rsub(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rsub__", BinOp::Sub, true)
}
fn w_mul(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__mul__", BinOp::Mul, false)
}
fn w_rmul(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rmul__", BinOp::Mul, true)
}
fn w_truediv(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__truediv__", BinOp::TrueDiv, false)
}
fn w_rtruediv(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rtruediv__", BinOp::TrueDiv, true)
}
fn w_floordiv(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__floordiv__", BinOp::FloorDiv, false)
}
fn w_rfloordiv(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rfloordiv__", BinOp::FloorDiv, true)
}
fn w_mod(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__mod__", BinOp::Mod, false)
}
fn w_rmod(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rmod__", BinOp::Mod, true)
}
fn w_rlshift(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rlshift__", BinOp::LShift, true)
}
fn w_rrshift(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rrshift__", BinOp::RShift, true)
}

/// `int.__divmod__` / `float.__divmod__` (and the reflected forms): the
/// pair `(a // b, a % b)`, `NotImplemented` for an operand that is not a
/// number of the receiver's kind or below (an int does not divide by a
/// float here, as in CPython; the float's `__rdivmod__` does).
fn divmod_wrapper(
    interp: &mut Interpreter,
    args: &[Value],
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    let kind = |v: Value| match pyrite_objects::types::base_type(&interp.heap, v) {
        Some(BuiltinType::Int | BuiltinType::Bool) => Some(0),
        Some(BuiltinType::Float) => Some(1),
        _ => None,
    };
    let (Some(ka), Some(kb)) = (kind(a), kind(b)) else {
        return Ok(Value::NotImplemented);
    };
    if kb > ka {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (q, r) = arith::divmod(interp, x, y)?;
    Ok(interp.heap.new_tuple(vec![q, r]))
}
fn w_divmod(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    divmod_wrapper(i, a, "__divmod__", false)
}
fn w_rdivmod(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    divmod_wrapper(i, a, "__rdivmod__", true)
}

/// The in-place operators of `list`, `dict` and `set` (`l *= n`,
/// `d |= m`, `s &= t`, …): the receiver updated, or `NotImplemented` for
/// an operand it does not take.
fn inplace(interp: &mut Interpreter, args: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = two(args, name)?;
    match interp.inplace_builtin(op, a, b) {
        Some(r) => r,
        None => Ok(Value::NotImplemented),
    }
}
fn w_imul(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    inplace(i, a, "__imul__", BinOp::Mul)
}
fn w_ior(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    inplace(i, a, "__ior__", BinOp::Or)
}
fn w_iand(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    inplace(i, a, "__iand__", BinOp::And)
}
fn w_isub(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    inplace(i, a, "__isub__", BinOp::Sub)
}
fn w_ixor(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    inplace(i, a, "__ixor__", BinOp::Xor)
}

fn w_pow(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__pow__", BinOp::Pow, false)
}
fn w_rpow(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rpow__", BinOp::Pow, true)
}
fn w_and(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__and__", BinOp::And, false)
}
fn w_rand(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rand__", BinOp::And, true)
}
fn w_or(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__or__", BinOp::Or, false)
}
fn w_ror(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__ror__", BinOp::Or, true)
}
fn w_xor(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__xor__", BinOp::Xor, false)
}
fn w_rxor(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rxor__", BinOp::Xor, true)
}
fn w_lshift(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__lshift__", BinOp::LShift, false)
}
fn w_rshift(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    binary(i, a, "__rshift__", BinOp::RShift, false)
}

fn unary(interp: &mut Interpreter, args: &[Value], name: &str, op: UnaryOp) -> PyResult<Value> {
    let v = one(args, name)?;
    arith::unary_op(interp, op, v)
}

fn w_neg(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(i, a, "__neg__", UnaryOp::Neg)
}
fn w_pos(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(i, a, "__pos__", UnaryOp::Pos)
}
fn w_abs(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(i, a, "__abs__", UnaryOp::Abs)
}
fn w_invert(i: &mut Interpreter, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(i, a, "__invert__", UnaryOp::Invert)
}

fn w_bool(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__bool__")?;
    Ok(Value::Bool(
        ops::builtin_truth(&interp.heap, v).unwrap_or(true),
    ))
}

/// `int.__int__`, `int.__index__`, `float.__int__`: a plain int.
fn w_int(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__int__")?;
    if let Some(i) = Int::from_value(&interp.heap, v) {
        return Ok(i.into_value(&mut interp.heap));
    }
    match plain_float(interp, v) {
        Some(f) => Ok(pyrite_objects::types::float::float_to_int(f)?.into_value(&mut interp.heap)),
        None => Err(PyErr::type_error("descriptor '__int__' requires a number")),
    }
}

/// `float.__float__`, `int.__float__`: a plain float.
fn w_float(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one(args, "__float__")?;
    if let Some(f) = plain_float(interp, v) {
        return Ok(Value::Float(f));
    }
    match Int::from_value(&interp.heap, v) {
        Some(i) => Ok(Value::Float(i.to_f64()?)),
        None => Err(PyErr::type_error(
            "descriptor '__float__' requires a number",
        )),
    }
}

/// The value of a float or of an instance of a float subclass.
fn plain_float(interp: &Interpreter, v: Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f),
        Value::Obj(r) => match interp.heap.payload(r) {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

fn w_format(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (v, spec) = two(args, "__format__")?;
    let Some(spec) = interp.heap.str_of(spec).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            interp.type_name(spec)
        )));
    };
    let s = ops::format(interp, v, &spec)?;
    Ok(interp.heap.new_str(s))
}

/// `list.__iadd__(self, iterable)`: extend in place, answer `self`.
fn w_iadd(interp: &mut Interpreter, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (l, other) = two(args, "__iadd__")?;
    let items = interp.iterate(other)?;
    match l.as_obj().map(|r| interp.heap.payload_mut(r)) {
        Some(Payload::List(list)) => list.extend(items),
        _ => {
            interp.release(items);
            return Err(PyErr::type_error(
                "descriptor '__iadd__' requires a 'list' object",
            ));
        }
    }
    interp.heap.incref(l);
    Ok(l)
}
