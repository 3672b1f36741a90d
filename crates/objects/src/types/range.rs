//! `range`: an immutable arithmetic sequence of ints.

use crate::error::{PyErr, PyResult};
use crate::hash::tuple_hash;
use crate::heap::{Heap, Payload};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::int::Int;
use crate::value::{ObjRef, Value};

fn fields(heap: &Heap, r: ObjRef) -> Option<(Int, Int, Int)> {
    match heap.payload(r) {
        Payload::Range { start, stop, step } => Some((
            Int::from_value(heap, *start)?,
            Int::from_value(heap, *stop)?,
            Int::from_value(heap, *step)?,
        )),
        _ => None,
    }
}

/// `len(range(start, stop, step))` as an int (it may exceed `sys.maxsize`).
pub fn length(start: &Int, stop: &Int, step: &Int) -> Int {
    let zero = Int::Small(0);
    let (lo, hi, step) = if !step.is_negative() {
        (start, stop, step.clone())
    } else {
        (stop, start, step.neg())
    };
    if lo >= hi {
        return zero;
    }
    // (hi - lo - 1) // step + 1
    hi.sub(lo)
        .sub(&Int::Small(1))
        .floordiv(&step)
        .map(|q| q.add(&Int::Small(1)))
        .unwrap_or(zero)
}

/// `len(r)` for a range object.
pub fn range_len(heap: &Heap, r: ObjRef) -> Option<Int> {
    let (start, stop, step) = fields(heap, r)?;
    Some(length(&start, &stop, &step))
}

/// The items of a range whose start, stop, step and length are machine
/// integers, as `(start, step, len)`; every item then fits in an `i64`,
/// since each lies between `start` and `stop`. `None` for any other range.
pub fn small_range(heap: &Heap, r: ObjRef) -> Option<(i64, i64, usize)> {
    let (start, stop, step) = fields(heap, r)?;
    let len = length(&start, &stop, &step);
    match (start, stop, step, len) {
        (Int::Small(start), Int::Small(_), Int::Small(step), Int::Small(len)) => {
            Some((start, step, usize::try_from(len).ok()?))
        }
        _ => None,
    }
}

/// `r[i]` for an int `i`, in arbitrary precision: a range's length and
/// positions may exceed a machine integer (`range(1 << 100)[5]`).
pub fn item(heap: &mut Heap, r: ObjRef, i: &Int) -> PyResult<Value> {
    let Some((start, stop, step)) = fields(heap, r) else {
        return Err(PyErr::type_error("expected a range"));
    };
    let count = length(&start, &stop, &step);
    let pos = if i.is_negative() {
        i.add(&count)
    } else {
        i.clone()
    };
    if pos.is_negative() || pos >= count {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(start.add(&step.mul(&pos)).into_value(heap))
}

/// `range(start, stop, step)`; the three values are ints (borrowed).
pub fn new_range(heap: &mut Heap, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    if Int::from_value(heap, step).is_some_and(|s| s.is_zero()) {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    for v in [start, stop, step] {
        heap.incref(v);
    }
    Ok(heap.alloc_builtin(BuiltinType::Range, Payload::Range { start, stop, step }))
}

/// Ranges are equal when they produce the same sequence.
pub fn range_eq(heap: &Heap, a: ObjRef, b: ObjRef) -> bool {
    let (Some((s1, _, t1)), Some((s2, _, t2))) = (fields(heap, a), fields(heap, b)) else {
        return false;
    };
    let (n1, n2) = (range_len(heap, a), range_len(heap, b));
    if n1 != n2 {
        return false;
    }
    match n1 {
        Some(Int::Small(0)) => true,
        Some(Int::Small(1)) => s1 == s2,
        _ => s1 == s2 && t1 == t2,
    }
}

/// `hash(range)`: the hash of `(len, start, step)` with `None` in place of
/// what does not matter (CPython's `range_hash`).
pub fn range_hash(rt: &mut dyn Runtime, r: ObjRef) -> PyResult<i64> {
    let heap = rt.heap();
    let (start, _, step) =
        fields(heap, r).ok_or_else(|| PyErr::type_error("range fields must be ints"))?;
    let n = range_len(heap, r).unwrap_or(Int::Small(0));
    let none = crate::ops::hash(rt, Value::None)?;
    let h = |i: &Int| match i {
        Int::Small(x) => crate::hash::int_hash(*x),
        Int::Big(b) => crate::hash::bigint_hash(b),
    };
    Ok(match n {
        Int::Small(0) => tuple_hash(&[h(&n), none, none]),
        Int::Small(1) => tuple_hash(&[h(&n), h(&start), none]),
        _ => tuple_hash(&[h(&n), h(&start), h(&step)]),
    })
}
