//! The iterators of `range`. As in CPython there are two classes:
//! `range_iterator` when the values, the step and the length all fit a
//! machine integer (the state is three `i64`/`u64` fields and the loop's
//! `FOR_ITER` steps it in place), and `longrange_iterator` otherwise, whose
//! state holds int objects. `iter(r)` and `reversed(r)` make the same
//! state: the first value to give, how many remain, and the step (negated
//! when reversed).

use pyrite_objects::types::int::Int;
use pyrite_objects::types::interp::{InterpObject, IterState};
use pyrite_objects::types::range;
use pyrite_objects::{ObjRef, Payload, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// `iter(r)`, or `reversed(r)` if `reversed`, for a range with these
    /// bounds (borrowed ints); an owned result.
    pub(crate) fn range_iter(&mut self, bounds: [Value; 3], reversed: bool) -> PyResult<Value> {
        let [Some(start), Some(stop), Some(step)] = bounds.map(|v| Int::from_value(&self.heap, v))
        else {
            return Err(pyrite_objects::PyErr::type_error(
                "range bounds must be integers",
            ));
        };
        let count = range::length(&start, &stop, &step);
        let last = start.add(&count.sub(&Int::Small(1)).mul(&step));
        // Every value given lies between the two ends, so both must fit; an
        // empty range gives nothing, so its (unused) ends need not.
        let empty = count.is_zero();
        let fits = empty || (start.to_i64().is_some() && last.to_i64().is_some());
        let (first, step) = if reversed {
            (last, step.neg())
        } else {
            (start, step)
        };
        let first = if empty { Int::Small(0) } else { first };
        if let (true, Some(next), Some(remaining), Some(step)) =
            (fits, first.to_i64(), count.to_i64(), step.to_i64())
        {
            return Ok(self.new_iterator(
                "range_iterator",
                IterState::Range {
                    next,
                    remaining: remaining as u64,
                    step,
                },
            ));
        }
        let state = IterState::LongRange {
            next: first.into_value(&mut self.heap),
            remaining: count.into_value(&mut self.heap),
            step: step.into_value(&mut self.heap),
        };
        Ok(self.new_iterator("longrange_iterator", state))
    }

    /// The next value of the `longrange_iterator` `r` (owned), or `None`
    /// when it is exhausted.
    pub(crate) fn long_range_step(&mut self, r: ObjRef) -> Option<Value> {
        let Payload::Interp(o) = self.heap.payload(r) else {
            return None;
        };
        let InterpObject::Iterator(IterState::LongRange {
            next,
            remaining,
            step,
        }) = &**o
        else {
            return None;
        };
        let (value, remaining, step) = (*next, *remaining, *step);
        let left = Int::from_value(&self.heap, remaining)?;
        if left.is_zero() {
            return None;
        }
        let following =
            Int::from_value(&self.heap, value)?.add(&Int::from_value(&self.heap, step)?);
        let following = following.into_value(&mut self.heap);
        let left = left.sub(&Int::Small(1)).into_value(&mut self.heap);
        if let Payload::Interp(o) = self.heap.payload_mut(r) {
            if let InterpObject::Iterator(IterState::LongRange {
                next, remaining, ..
            }) = &mut **o
            {
                *next = following;
                *remaining = left;
            }
        }
        // The old `next` passes to the caller; the old count is released.
        self.heap.decref(remaining);
        Some(value)
    }

    /// Move the `longrange_iterator` `r` past `n` values (at most as many
    /// as it has left).
    pub(crate) fn long_range_skip(&mut self, r: ObjRef, n: i64) {
        let Payload::Interp(o) = self.heap.payload(r) else {
            return;
        };
        let InterpObject::Iterator(IterState::LongRange {
            next,
            remaining,
            step,
        }) = &**o
        else {
            return;
        };
        let int = |v: Value| Int::from_value(&self.heap, v);
        let (Some(at), Some(left), Some(by)) = (int(*next), int(*remaining), int(*step)) else {
            return;
        };
        let (old_next, old_left) = (*next, *remaining);
        let skip = Int::Small(n.max(0)).min(left.clone());
        let at = at.add(&skip.mul(&by)).into_value(&mut self.heap);
        let left = left.sub(&skip).into_value(&mut self.heap);
        if let Payload::Interp(o) = self.heap.payload_mut(r) {
            if let InterpObject::Iterator(IterState::LongRange {
                next, remaining, ..
            }) = &mut **o
            {
                *next = at;
                *remaining = left;
            }
        }
        self.heap.decref(old_next);
        self.heap.decref(old_left);
    }

    /// How many values the `longrange_iterator` `r` still gives (owned).
    pub(crate) fn long_range_left(&mut self, r: ObjRef) -> Option<Value> {
        match self.heap.payload(r) {
            Payload::Interp(o) => match &**o {
                InterpObject::Iterator(IterState::LongRange { remaining, .. }) => {
                    let remaining = *remaining;
                    self.heap.incref(remaining);
                    Some(remaining)
                }
                _ => None,
            },
            _ => None,
        }
    }
}
