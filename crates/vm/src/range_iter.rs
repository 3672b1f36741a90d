//! The iterators of `range`. As in CPython there are two classes:
//! `range_iterator` when the values, the step and the length all fit a
//! machine integer (the state is three `i64`/`u64` fields and the loop's
//! `FOR_ITER` steps it in place), and `longrange_iterator` otherwise, whose
//! state holds int objects. `iter(r)` and `reversed(r)` make the same
//! state: the first value to give, how many remain, and the step (negated
//! when reversed).

use pyrite_objects::types::int::Int;
use pyrite_objects::types::interp::IterState;
use pyrite_objects::types::range;
use pyrite_objects::{ObjRef, PyResult, Value};

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

    /// The `(next, remaining, step)` ints of the `longrange_iterator` `r`,
    /// borrowed.
    fn long_range_fields(&self, r: ObjRef) -> Option<(Value, Value, Value)> {
        match self.iter_state(Value::Obj(r))? {
            IterState::LongRange {
                next,
                remaining,
                step,
            } => Some((*next, *remaining, *step)),
            _ => None,
        }
    }

    /// The next value of the `longrange_iterator` `r` (owned), or `None`
    /// when it is exhausted.
    pub(crate) fn long_range_step(&mut self, r: ObjRef) -> Option<Value> {
        let (next, remaining, _) = self.long_range_fields(r)?;
        if Int::from_value(&self.heap, remaining)?.is_zero() {
            return None;
        }
        self.heap.incref(next);
        self.long_range_skip(r, 1);
        Some(next)
    }

    /// Move the `longrange_iterator` `r` past `n` values (at most as many
    /// as it has left).
    pub(crate) fn long_range_skip(&mut self, r: ObjRef, n: i64) {
        let Some((old_next, old_left, step)) = self.long_range_fields(r) else {
            return;
        };
        let int = |v: Value| Int::from_value(&self.heap, v);
        let (Some(at), Some(left), Some(by)) = (int(old_next), int(old_left), int(step)) else {
            return;
        };
        let skip = Int::Small(n.max(0)).min(left.clone());
        let at = at.add(&skip.mul(&by)).into_value(&mut self.heap);
        let left = left.sub(&skip).into_value(&mut self.heap);
        if let Some(IterState::LongRange {
            next, remaining, ..
        }) = self.iter_state_mut(r)
        {
            *next = at;
            *remaining = left;
        }
        self.heap.decref(old_next);
        self.heap.decref(old_left);
    }

    /// How many values the `longrange_iterator` `r` still gives (owned).
    pub(crate) fn long_range_left(&mut self, r: ObjRef) -> Option<Value> {
        let (_, remaining, _) = self.long_range_fields(r)?;
        self.heap.incref(remaining);
        Some(remaining)
    }
}
