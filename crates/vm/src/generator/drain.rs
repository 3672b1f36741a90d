//! Draining a generator from Rust: `list(g)`, `tuple(g)`, `sum(g)`,
//! `sorted(g)`, `"".join(g)` and every other consumer that takes all the
//! items at once (`Interpreter::iterate`).
//!
//! Resuming the frame once per item from Rust costs a link, a suspend and
//! a nested run of the loop for each item. A drained generator is instead
//! resumed once and runs on: each `yield` of its frame appends the value
//! to the drain's items and evaluates to `None` (what `next()` sends),
//! without leaving the loop, until the frame returns or raises. No Python
//! code runs between two items either way, so nothing can tell the
//! difference; a `yield` that does leave the loop (a tracer was set
//! meanwhile) is simply resumed again.
//!
//! Invariant: `InLoop::drains` lists the drains in progress, innermost
//! last; only the frame of the last one, running in the loop as an entry
//! frame, collects its yields (an inner drain ends before an outer frame
//! can run again).

use pyrite_objects::types::interp::GeneratorKind;
use pyrite_objects::{PyResult, Value};

use super::{Resumed, frame_id};
use crate::frame::FrameId;
use crate::interpreter::Interpreter;

/// A generator frame being drained and the items it yielded so far
/// (owned).
#[derive(Debug)]
pub(crate) struct Drain {
    frame: FrameId,
    items: Vec<Value>,
}

impl Interpreter {
    /// All the items left in the generator `generator` (borrowed), or
    /// `None` when it is not a plain generator or a tracer is set (the
    /// caller then takes them one `next()` at a time).
    pub(crate) fn drain_generator(&mut self, generator: Value) -> Option<PyResult<Vec<Value>>> {
        let g = self.generator_data(generator)?;
        if g.kind != GeneratorKind::Generator || self.trace_func != Value::None {
            return None;
        }
        let frame = frame_id(g.frame);
        let mut items = Vec::new();
        loop {
            self.in_loop.drains.push(Drain { frame, items });
            let step = self.send_ex(generator, Value::None, false);
            items = match self.in_loop.drains.pop() {
                Some(d) => d.items,
                None => Vec::new(),
            };
            match step {
                Ok(Resumed::Yielded(v)) => items.push(v),
                Ok(Resumed::Returned(v)) => {
                    self.heap.decref(v);
                    return Some(Ok(items));
                }
                Err(e) => {
                    self.release(items);
                    return Some(Err(e));
                }
            }
        }
    }

    /// At a `yield` of the running frame `fid`: keep the value `v`
    /// (owned) if `fid` is the generator being drained, giving it back
    /// otherwise.
    #[inline]
    pub(crate) fn drained_yield(&mut self, fid: FrameId, v: Value) -> Result<(), Value> {
        match self.in_loop.drains.last_mut() {
            Some(d) if d.frame == fid => {
                d.items.push(v);
                Ok(())
            }
            _ => Err(v),
        }
    }
}
