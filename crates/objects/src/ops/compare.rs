//! `==` and `<` over any two values.
//!
//! Equality first tries identity (as CPython's containers do: `x in [x]`
//! is true even for a NaN), then compares built-in values natively and
//! calls the runtime for user instances. Numbers compare exactly across
//! `bool`, `int`, `float` and `complex` (`2**53 + 1 != 2.0**53`).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::arith::{Num, as_num};
use super::{native_truth, type_name};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::runtime::Runtime;
use crate::types::int::Int;
use crate::types::list::Items;
use crate::types::{BuiltinType, TypeRef};
use crate::value::{ObjRef, Value};

/// Deeper nesting than this raises `RecursionError`, as CPython's
/// recursion limit does for `==` on deeply nested containers.
const MAX_DEPTH: usize = 1000;

/// Compare an int with a float exactly; `None` if the float is a NaN.
pub fn cmp_int_float(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fi = f.floor();
    let big_f = BigInt::from_f64(fi).expect("a finite float converts to an int");
    let big_i = i.to_bigint();
    Some(match big_i.cmp(&big_f) {
        Ordering::Equal if fi < f => Ordering::Less,
        other => other,
    })
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
            cmp_int_float(i, *f) == Some(Ordering::Equal)
        }
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Complex(r, im), other) | (other, Num::Complex(r, im)) => match other {
            Num::Complex(r2, im2) => r == r2 && im == im2,
            real => *im == 0.0 && num_eq(&Num::Float(*r), real),
        },
    }
}

/// `a == b` when no Python code is needed to decide; `None` when a user
/// instance (or a container that may hold one) is involved.
/// An instance of a class derived from a built-in type answers `None`:
/// its class may define `__eq__`.
pub fn native_eq(heap: &Heap, a: Value, b: Value) -> Option<bool> {
    native_eq_depth(heap, a, b, 0, true)
}

/// `route`: whether an instance of a subclass of a built-in type must be
/// left to the runtime (`false` once the runtime has found no `__eq__`).
fn native_eq_depth(heap: &Heap, a: Value, b: Value, depth: usize, route: bool) -> Option<bool> {
    // Identity implies equality (CPython's containers rely on it), except
    // for a NaN: equal bits do not mean the same object, and distinct NaN
    // objects are unequal.
    let nan = matches!(a, Value::Float(f) if f.is_nan());
    if a.is(b) && !nan {
        return Some(true);
    }
    // Two exact strs, the common case of dict and set keys: their text.
    if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
        if let (Payload::Str(x), Payload::Str(y)) = (heap.payload(ra), heap.payload(rb)) {
            let exact = TypeRef::Builtin(BuiltinType::Str);
            if heap.type_of(a) == exact && heap.type_of(b) == exact {
                return Some(x == y);
            }
        }
    }
    if depth > MAX_DEPTH {
        return None;
    }
    if route && (heap.is_subclass_instance(a) || heap.is_subclass_instance(b)) {
        return None;
    }
    if let (Some(x), Some(y)) = (as_num(heap, a), as_num(heap, b)) {
        return Some(num_eq(&x, &y));
    }
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
        // An immediate against a non-number, or two distinct singletons.
        return match (a, b) {
            (Value::Obj(r), _) | (_, Value::Obj(r)) => match heap.payload(r) {
                Payload::Instance { .. } | Payload::Interp(_) => None,
                _ => Some(false),
            },
            _ => Some(false),
        };
    };
    match (heap.payload(ra), heap.payload(rb)) {
        (Payload::Str(x), Payload::Str(y)) => Some(x == y),
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        (Payload::Bytes(x), Payload::ByteArray(y)) | (Payload::ByteArray(y), Payload::Bytes(x)) => {
            Some(x.as_ref() == y.as_slice())
        }
        (Payload::ByteArray(x), Payload::ByteArray(y)) => Some(x == y),
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            seq_eq(heap, Items::Values(x), Items::Values(y), depth)
        }
        (Payload::List(x), Payload::List(y)) => seq_eq(heap, x.items(), y.items(), depth),
        (Payload::Instance { .. } | Payload::Interp(_), _)
        | (_, Payload::Instance { .. } | Payload::Interp(_)) => None,
        (Payload::Dict(_), Payload::Dict(_)) | (Payload::Set(_), Payload::Set(_)) => None,
        (Payload::Range { .. }, Payload::Range { .. }) => {
            Some(crate::types::range::range_eq(heap, ra, rb))
        }
        (
            Payload::Slice {
                start: s1,
                stop: e1,
                step: t1,
            },
            Payload::Slice {
                start: s2,
                stop: e2,
                step: t2,
            },
        ) => seq_eq(
            heap,
            Items::Values(&[*s1, *e1, *t1]),
            Items::Values(&[*s2, *e2, *t2]),
            depth,
        ),
        _ => Some(false),
    }
}

fn seq_eq(heap: &Heap, x: Items<'_>, y: Items<'_>, depth: usize) -> Option<bool> {
    if x.len() != y.len() {
        return Some(false);
    }
    for (a, b) in x.iter().zip(y.iter()) {
        if !native_eq_depth(heap, a, b, depth + 1, true)? {
            return Some(false);
        }
    }
    Some(true)
}

/// `a == b` as a bool (CPython's `PyObject_RichCompareBool(a, b, Py_EQ)`).
pub fn eq(rt: &mut dyn Runtime, a: Value, b: Value) -> PyResult<bool> {
    eq_depth(rt, a, b, 0, true)
}

/// `a == b` for two items of containers being compared at nesting
/// `depth`.
pub(crate) fn eq_nested(rt: &mut dyn Runtime, a: Value, b: Value, depth: usize) -> PyResult<bool> {
    eq_depth(rt, a, b, depth + 1, true)
}

/// `a == b` by the built-in types' own `__eq__`, for the runtime to fall
/// back on when an instance of a subclass of a built-in type defines no
/// `__eq__` of its own.
pub fn eq_builtin(rt: &mut dyn Runtime, a: Value, b: Value) -> PyResult<bool> {
    eq_depth(rt, a, b, 0, false)
}

fn eq_depth(rt: &mut dyn Runtime, a: Value, b: Value, depth: usize, route: bool) -> PyResult<bool> {
    if let Some(targets) = weakref_targets(rt.heap(), a, b) {
        // Two weakrefs compare their targets while both are alive, else
        // by identity (CPython's weakref_richcompare).
        return match targets {
            (Some(ta), Some(tb)) => eq_depth(rt, Value::Obj(ta), Value::Obj(tb), depth + 1, true),
            _ => Ok(a.is(b)),
        };
    }
    if let Some(r) = native_eq_depth(rt.heap(), a, b, 0, route) {
        return Ok(r);
    }
    let heap = rt.heap();
    let routed = route && (heap.is_subclass_instance(a) || heap.is_subclass_instance(b));
    if depth > MAX_DEPTH {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    let heap = rt.heap();
    let (pa, pb) = match (a, b) {
        (Value::Obj(ra), Value::Obj(rb)) => (Some(heap.payload(ra)), Some(heap.payload(rb))),
        (Value::Obj(ra), _) => (Some(heap.payload(ra)), None),
        (_, Value::Obj(rb)) => (None, Some(heap.payload(rb))),
        _ => (None, None),
    };
    let seqs = match (pa, pb) {
        _ if routed => None,
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => Some((x.to_vec(), y.to_vec())),
        (Some(Payload::List(x)), Some(Payload::List(y))) => Some((x.to_values(), y.to_values())),
        // Slices compare as the tuples of their three fields.
        (
            Some(Payload::Slice {
                start: s1,
                stop: e1,
                step: t1,
            }),
            Some(Payload::Slice {
                start: s2,
                stop: e2,
                step: t2,
            }),
        ) => Some((vec![*s1, *e1, *t1], vec![*s2, *e2, *t2])),
        _ => None,
    };
    if let Some((x, y)) = seqs {
        return seq_eq_rt(rt, &x, &y, depth);
    }
    if !routed {
        if let (Some(Payload::Dict(_)), Some(Payload::Dict(_))) = (pa, pb) {
            return crate::types::dict::dict_eq(rt, a, b, depth);
        }
        if let (Some(Payload::Set(_)), Some(Payload::Set(_))) = (pa, pb) {
            return crate::types::set::set_eq(rt, a, b);
        }
    }
    let result = rt.user_eq(a, b)?;
    let truth = if result == Value::NotImplemented {
        a.is(b)
    } else {
        native_truth(rt.heap(), result).unwrap_or(true)
    };
    rt.heap().decref(result);
    Ok(truth)
}

/// The targets of `a` and `b` when both are weakrefs (`None` for a dead one).
fn weakref_targets(heap: &Heap, a: Value, b: Value) -> Option<(Option<ObjRef>, Option<ObjRef>)> {
    let target = |v: Value| match heap.payload(v.as_obj()?) {
        Payload::Weakref { target, .. } => Some(*target),
        _ => None,
    };
    Some((target(a)?, target(b)?))
}

fn seq_eq_rt(rt: &mut dyn Runtime, x: &[Value], y: &[Value], depth: usize) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    // Hold the items while Python code runs: it may mutate the containers.
    for v in x.iter().chain(y) {
        rt.heap().incref(*v);
    }
    let mut result = Ok(true);
    for (a, b) in x.iter().zip(y) {
        match eq_depth(rt, *a, *b, depth + 1, true) {
            Ok(true) => {}
            other => {
                result = other;
                break;
            }
        }
    }
    for v in x.iter().chain(y) {
        rt.heap().decref(*v);
    }
    result
}

/// An ordering comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// The operator as error messages print it.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    fn holds(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// `a < b`, raising CPython's `TypeError` for unorderable types.
pub fn lt(rt: &mut dyn Runtime, a: Value, b: Value) -> PyResult<bool> {
    compare(rt, CmpOp::Lt, a, b)
}

fn is_user(heap: &Heap, v: Value) -> bool {
    v.as_obj()
        .is_some_and(|r| matches!(heap.payload(r), Payload::Instance { .. }))
}

/// `a <op> b` for an ordering comparison. `<` and `>` between instances of
/// classes derived from built-in types go to the runtime (their class may
/// define `__lt__`), which comes back to [`compare_builtin`].
pub fn compare(rt: &mut dyn Runtime, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let heap = rt.heap();
    if matches!(op, CmpOp::Lt | CmpOp::Gt)
        && (heap.is_subclass_instance(a) || heap.is_subclass_instance(b))
    {
        let result = match op {
            CmpOp::Lt => rt.user_lt(a, b)?,
            _ => rt.user_lt(b, a)?,
        };
        let t = native_truth(rt.heap(), result);
        let t = match t {
            Some(t) => t,
            None => super::truth(rt, result)?,
        };
        rt.heap().decref(result);
        return Ok(t);
    }
    compare_builtin(rt, op, a, b)
}

/// An ordering comparison by the built-in types' own methods.
pub fn compare_builtin(rt: &mut dyn Runtime, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let heap = rt.heap();
    if let (Some(x), Some(y)) = (as_num(heap, a), as_num(heap, b)) {
        let ord = match (x, y) {
            (Num::Int(p), Num::Int(q)) => Some(p.cmp(&q)),
            (Num::Int(i), Num::Float(f)) => cmp_int_float(&i, f),
            (Num::Float(f), Num::Int(i)) => cmp_int_float(&i, f).map(Ordering::reverse),
            (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q),
            _ => return Err(unorderable(heap, op, a, b)),
        };
        return Ok(ord.is_some_and(|o| op.holds(o)));
    }
    if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
        let ord = match (heap.payload(ra), heap.payload(rb)) {
            (Payload::Str(x), Payload::Str(y)) => Some(x.cmp_code_points(y)),
            (Payload::Bytes(x), Payload::Bytes(y)) => Some(x.cmp(y)),
            _ => None,
        };
        if let Some(o) = ord {
            return Ok(op.holds(o));
        }
        let seqs = match (heap.payload(ra), heap.payload(rb)) {
            (Payload::Tuple(x), Payload::Tuple(y)) => Some((x.to_vec(), y.to_vec())),
            (Payload::List(x), Payload::List(y)) => Some((x.to_values(), y.to_values())),
            (
                Payload::Slice {
                    start: s1,
                    stop: e1,
                    step: t1,
                },
                Payload::Slice {
                    start: s2,
                    stop: e2,
                    step: t2,
                },
            ) => Some((vec![*s1, *e1, *t1], vec![*s2, *e2, *t2])),
            _ => None,
        };
        if let Some((x, y)) = seqs {
            return seq_compare(rt, op, &x, &y);
        }
        if let (Payload::Set(_), Payload::Set(_)) = (heap.payload(ra), heap.payload(rb)) {
            return crate::types::set::set_compare(rt, op, ra, rb);
        }
    }
    if is_user(heap, a) || is_user(heap, b) {
        let result = match op {
            CmpOp::Lt => rt.user_lt(a, b)?,
            CmpOp::Gt => rt.user_lt(b, a)?,
            _ => Value::NotImplemented,
        };
        if result != Value::NotImplemented {
            let t = native_truth(rt.heap(), result).unwrap_or(true);
            rt.heap().decref(result);
            return Ok(t);
        }
    }
    Err(unorderable(rt.heap(), op, a, b))
}

/// Lexicographic comparison: the first unequal pair decides, else the
/// lengths.
fn seq_compare(rt: &mut dyn Runtime, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    for v in x.iter().chain(y) {
        rt.heap().incref(*v);
    }
    let mut result = None;
    for (a, b) in x.iter().zip(y) {
        match eq(rt, *a, *b) {
            Ok(true) => continue,
            Ok(false) => {
                result = Some(compare(rt, op, *a, *b));
                break;
            }
            Err(e) => {
                result = Some(Err(e));
                break;
            }
        }
    }
    for v in x.iter().chain(y) {
        rt.heap().decref(*v);
    }
    result.unwrap_or_else(|| Ok(op.holds(x.len().cmp(&y.len()))))
}

fn unorderable(heap: &Heap, op: CmpOp, a: Value, b: Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        type_name(heap, a),
        type_name(heap, b)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reflection_is_an_involution() {
        for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge] {
            assert_eq!(op.reflected().reflected(), op);
        }
    }
}
