//! `bytearray` item assignment and deletion: `ba[i] = n`, `ba[a:b] = data`,
//! `ba[::k] = data`, `del ba[i]`, `del ba[a:b]`, with CPython's errors.
//!
//! Invariant: the new bytes are computed (and every error raised) before the
//! bytearray changes, so a failed assignment leaves it as it was.

use pyrite_objects::ops::sequence;
use pyrite_objects::types::memoryview::view_bytes;
use pyrite_objects::{ObjRef, Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// `ba[index] = v`, or `del ba[index]` when `v` is `None`.
    pub(super) fn bytearray_setitem(
        &mut self,
        ba: ObjRef,
        index: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let len = self.bytearray_len(ba);
        let slice = index
            .as_obj()
            .filter(|s| matches!(self.heap.payload(*s), Payload::Slice { .. }));
        if let Some(s) = slice {
            let (start, stop, step) = sequence::slice_indices(&self.heap, s, len)?;
            return self.bytearray_set_slice(ba, start, stop, step, v);
        }
        let i = self.index_of(index, "bytearray indices must be integers or slices, not")?;
        // The value is converted before the bounds check, as in CPython
        // (gh-91153): its __index__ may resize the bytearray.
        let byte = match v {
            Some(v) => Some(self.byte_value(v)?),
            None => None,
        };
        let len = self.bytearray_len(ba);
        let at = if i < 0 { i + len as i64 } else { i };
        if at < 0 || at >= len as i64 {
            return Err(PyErr::index_error("bytearray index out of range"));
        }
        let at = at as usize;
        if let Payload::ByteArray(b) = self.heap.payload_mut(ba) {
            match byte {
                Some(byte) => b[at] = byte,
                None => {
                    b.remove(at);
                }
            }
        }
        Ok(())
    }

    fn bytearray_len(&self, ba: ObjRef) -> usize {
        match self.heap.payload(ba) {
            Payload::ByteArray(b) => b.len(),
            _ => 0,
        }
    }

    /// One byte from an integer-like value, with CPython's errors.
    fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        let out_of_range = || PyErr::value_error("byte must be in range(0, 256)");
        if let Some(Payload::Int(_)) = v.as_obj().map(|r| self.heap.payload(r)) {
            // An int too big for 64 bits is certainly out of range.
            return Err(out_of_range());
        }
        let n = crate::stdlib::args::int_arg(self, v)?;
        u8::try_from(n).map_err(|_| out_of_range())
    }

    /// The bytes a slice assignment puts in: a bytes-like object's bytes, or
    /// an iterable of ints in `range(0, 256)`; never a str or an int.
    fn assigned_bytes(&mut self, v: Value) -> PyResult<Vec<u8>> {
        match v.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
            Some(Payload::ByteArray(b)) => return Ok(b.clone()),
            Some(Payload::Str(_)) => return Err(cannot_assign()),
            _ => {}
        }
        if let Some(b) = view_bytes(&self.heap, v) {
            return Ok(b);
        }
        if matches!(v, Value::Int(_) | Value::Bool(_)) {
            return Err(cannot_assign());
        }
        if !self.is_iterable(v) {
            return Err(PyErr::type_error(format!(
                "cannot convert '{}' object to bytearray",
                self.type_name(v)
            )));
        }
        let items = self.iterate(v)?;
        let mut out = Vec::with_capacity(items.len());
        let mut failure = None;
        for item in &items {
            match self.byte_value(*item) {
                Ok(b) => out.push(b),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        self.release(items);
        match failure {
            Some(e) => Err(e),
            None => Ok(out),
        }
    }

    fn bytearray_set_slice(
        &mut self,
        ba: ObjRef,
        start: i64,
        stop: i64,
        step: i64,
        v: Option<Value>,
    ) -> PyResult<()> {
        let new = match v {
            Some(v) => Some(self.assigned_bytes(v)?),
            None => None,
        };
        let Payload::ByteArray(b) = self.heap.payload_mut(ba) else {
            return Ok(());
        };
        if step == 1 {
            let (lo, hi) = (start as usize, stop.max(start) as usize);
            b.splice(lo..hi, new.unwrap_or_default());
            return Ok(());
        }
        let positions: Vec<usize> = sequence::slice_positions(start, stop, step).collect();
        match new {
            None => {
                let mut doomed = positions;
                doomed.sort_unstable();
                for i in doomed.into_iter().rev() {
                    b.remove(i);
                }
                Ok(())
            }
            Some(new) if new.len() != positions.len() => Err(PyErr::value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                positions.len()
            ))),
            Some(new) => {
                for (i, byte) in positions.into_iter().zip(new) {
                    b[i] = byte;
                }
                Ok(())
            }
        }
    }
}

fn cannot_assign() -> PyErr {
    PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
}
