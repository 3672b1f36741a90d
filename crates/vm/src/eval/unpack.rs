//! Unpacking assignments: `a, b = x` and `a, *rest, b = x`.

use pyrite_objects::types::list::Items;
use pyrite_objects::{PyErr, PyResult, Value};

use super::Flow;
use super::binary::exact_sequence_items;
use crate::interpreter::Interpreter;

impl Interpreter {
    fn unpack_items(&mut self, seq: Value) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            return Err(PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        self.iterate(seq)
    }

    pub(super) fn op_unpack_sequence(&mut self, n: u32) -> PyResult<Flow> {
        let seq = self.pop();
        if self.unpack_exact_sequence(seq, n as usize) {
            self.heap.decref(seq);
            return Ok(Flow::Next);
        }
        let items = self.unpack_items(seq);
        self.heap.decref(seq);
        let items = items?;
        let n = n as usize;
        if items.len() != n {
            let got = items.len();
            self.release(items);
            return Err(PyErr::value_error(if got < n {
                format!("not enough values to unpack (expected {n}, got {got})")
            } else {
                format!("too many values to unpack (expected {n})")
            }));
        }
        for v in items.into_iter().rev() {
            self.push(v);
        }
        Ok(Flow::Next)
    }

    /// Pushes the items of an exact `tuple` or `list` of length `n`, last
    /// first, each with a new reference; false (nothing pushed) for any
    /// other value or length, which the general path then reports.
    fn unpack_exact_sequence(&mut self, seq: Value, n: usize) -> bool {
        let Some(items) = exact_sequence_items(&self.heap, seq).filter(|items| items.len() == n)
        else {
            return false;
        };
        // Each representation extends from its slice, so the stack grows
        // once and the items are written without a capacity check each.
        match items {
            Items::Values(values) => self.stack.extend(values.iter().rev().map(|&v| Some(v))),
            Items::Ints(ints) => self
                .stack
                .extend(ints.iter().rev().map(|&i| Some(Value::Int(i)))),
        }
        let top = self.stack.len() - n;
        for k in top..self.stack.len() {
            if let Some(v) = self.stack[k] {
                self.heap.incref(v);
            }
        }
        true
    }

    pub(super) fn op_unpack_ex(&mut self, arg: u32) -> PyResult<Flow> {
        let before = (arg & 0xff) as usize;
        let after = (arg >> 8) as usize;
        let seq = self.pop();
        let items = self.unpack_items(seq);
        self.heap.decref(seq);
        let mut items = items?;
        if items.len() < before + after {
            let got = items.len();
            self.release(items);
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {got})",
                before + after
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for v in tail.into_iter().rev() {
            self.push(v);
        }
        let list = self.heap.new_list(middle);
        self.push(list);
        for v in items.into_iter().rev() {
            self.push(v);
        }
        Ok(Flow::Next)
    }
}
