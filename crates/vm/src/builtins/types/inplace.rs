//! The in-place operators of the mutable built-in containers: `d |= m`
//! updates the dict, `s |= t`, `s &= t`, `s -= t`, `s ^= t` update the set
//! `l *= n` repeats the list, and `ba += b`/`ba *= n` extend and repeat a
//! bytearray, each on the object itself (also when it is an instance of a
//! subclass), as CPython's `__ior__`, `__iand__`, `__isub__`, `__ixor__`,
//! `__iadd__` and `__imul__` do. (`l += it` is the loop's own fast path.)

use pyrite_objects::ops::arith::BinOp;
use pyrite_objects::types::base_type;
use pyrite_objects::types::int::Int;
use pyrite_objects::types::{set_algebra, set_methods};
use pyrite_objects::{BuiltinType, Payload, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// `a op= b` done in place by a built-in container; `None` when the
    /// operands are not ones it updates in place (the caller then computes
    /// `a op b`). A result is a new reference to `a`.
    pub(crate) fn inplace_builtin(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> Option<PyResult<Value>> {
        let r = a.as_obj()?;
        let other = |me: &Self, t: BuiltinType| {
            b.as_obj().is_some_and(|o| {
                matches!(
                    (t, me.heap.payload(o)),
                    (BuiltinType::Dict, Payload::Dict(_)) | (BuiltinType::Set, Payload::Set(_))
                )
            })
        };
        let done = match (self.heap.payload(r), op) {
            (Payload::Dict(_), BinOp::Or) if other(self, BuiltinType::Dict) => {
                self.dict_update(a, b, false)
            }
            (Payload::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if other(self, BuiltinType::Set)
                    && base_type(&self.heap, a) == Some(BuiltinType::Set) =>
            {
                self.set_inplace(op, a, b)
            }
            (Payload::List(_), BinOp::Mul) => {
                let n = Int::from_value(&self.heap, b)?;
                self.list_repeat_inplace(r, n)
            }
            (Payload::ByteArray(_), BinOp::Add) => {
                let more = match b.as_obj().map(|o| self.heap.payload(o)) {
                    Some(Payload::Bytes(x)) => x.to_vec(),
                    Some(Payload::ByteArray(x)) => x.clone(),
                    _ => pyrite_objects::types::memoryview::view_bytes(&self.heap, b)?,
                };
                if let Payload::ByteArray(data) = self.heap.payload_mut(r) {
                    data.extend(more);
                }
                Ok(())
            }
            (Payload::ByteArray(_), BinOp::Mul) => {
                let n = Int::from_value(&self.heap, b)?;
                self.bytearray_repeat_inplace(r, n)
            }
            _ => return None,
        };
        Some(done.map(|()| {
            self.heap.incref(a);
            a
        }))
    }

    fn set_inplace(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<()> {
        let s = a.as_obj().expect("the caller checked for a set");
        match op {
            BinOp::Or => set_algebra::update(self, s, b),
            BinOp::Sub => set_algebra::difference_update(self, s, b),
            BinOp::And => {
                let new = set_algebra::intersection(self, s, b)?;
                set_methods::replace_contents(self, s, new);
                Ok(())
            }
            _ => {
                let new = set_algebra::symmetric_difference(self, s, b)?;
                set_methods::replace_contents(self, s, new);
                Ok(())
            }
        }
    }

    fn list_repeat_inplace(&mut self, r: pyrite_objects::ObjRef, n: Int) -> PyResult<()> {
        let items = match self.heap.payload(r) {
            Payload::List(items) => items.to_values(),
            _ => return Ok(()),
        };
        let times = n
            .to_i64()
            .unwrap_or(if n.is_negative() { 0 } else { i64::MAX });
        let times = times.max(0) as u128;
        pyrite_objects::error::check_allocation(items.len() as u128 * times, 16)?;
        let mut out = Vec::with_capacity(items.len() * times as usize);
        for _ in 0..times {
            for v in &items {
                self.heap.incref(*v);
                out.push(*v);
            }
        }
        let old = match self.heap.payload_mut(r) {
            Payload::List(l) => l.set_values(out),
            _ => out,
        };
        self.release(old);
        Ok(())
    }

    fn bytearray_repeat_inplace(&mut self, r: pyrite_objects::ObjRef, n: Int) -> PyResult<()> {
        let times = n
            .to_i64()
            .unwrap_or(if n.is_negative() { 0 } else { i64::MAX })
            .max(0) as u128;
        let Payload::ByteArray(data) = self.heap.payload(r) else {
            return Ok(());
        };
        pyrite_objects::error::check_allocation(data.len() as u128 * times, 1)?;
        let repeated = data.repeat(times as usize);
        if let Payload::ByteArray(data) = self.heap.payload_mut(r) {
            *data = repeated;
        }
        Ok(())
    }
}
