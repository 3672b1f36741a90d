//! The specialised `CALL` of a built-in function or method descriptor
//! with positional arguments only (CPython 3.11's `CALL_BUILTIN_FAST`,
//! `CALL_BUILTIN_O` and `CALL_NO_KW_METHOD_DESCRIPTOR_FAST`, folded into
//! one form): `len(s)`, `isinstance(x, int)`, `items.append(x)` after
//! `LOAD_METHOD`.
//!
//! The cache names the built-in object (`key`), which holds no receiver,
//! and the entry of the interpreter's native table it runs (`aux`). The
//! arguments go to the native straight from the value stack, with none of
//! the general call's work: no keyword names to turn into a tuple, no
//! search for a Python function to push a frame for, no dispatch on the
//! kind of callable. The natives that resume a generator in this loop
//! (`next`, `__next__`, `send`) are never specialised, so that `CALL`
//! keeps resuming them without a nested run.

use pyrite_objects::methods::Args;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{Payload, Value};

use super::quicken::{Cache, Instr, Kind};
use super::specialise::Special;
use crate::builtins::NativeKind;
use crate::frame::FrameId;
use crate::interpreter::Interpreter;

/// At most this many arguments are passed from the Rust stack.
const MAX_ARGS: usize = 8;

impl Interpreter {
    /// The specialised form of `CALL` `ins` if its callable is a built-in
    /// with no receiver of its own, called with positional arguments only.
    pub(super) fn specialise_native_call(&self, ins: Instr) -> Option<(Instr, Cache)> {
        let (callable, _, args_from) = self.call_operands(ins.arg)?;
        let n = self.stack.len() - args_from;
        if n > MAX_ARGS {
            return None;
        }
        let index = self.receiverless_native(callable)?;
        let native = self.natives.get(index as usize)?;
        if matches!(native.name, "next" | "__next__" | "send") {
            return None;
        }
        let cache = Cache {
            key: callable.as_obj(),
            value: None,
            epoch: 0,
            keys: 0,
        };
        let special = Instr {
            kind: Kind::CallNative,
            aux: index,
            ..ins
        };
        Some((special, cache))
    }

    /// The native table entry of the built-in `callable`, if it holds no
    /// receiver.
    fn receiverless_native(&self, callable: Value) -> Option<u32> {
        match self.heap.payload(callable.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Builtin {
                    index,
                    receiver: Value::None,
                } => Some(*index),
                _ => None,
            },
            _ => None,
        }
    }

    /// Run the specialised `CALL` `ins` of the built-in `cache.key` (see
    /// the module docs), which is at code unit `at` of frame `fid`. A miss
    /// when the callable is another object, keyword names are pending or
    /// there are too many arguments to pass from the Rust stack.
    pub(super) fn call_native_fast(
        &mut self,
        fid: FrameId,
        ins: &Instr,
        cache: Cache,
        at: usize,
    ) -> Special {
        let Some((callable, callable_at, args_from)) = self.call_operands(ins.arg) else {
            return Special::Miss;
        };
        let top = self.stack.len();
        let n = top - args_from;
        if cache.key.map(Value::Obj) != Some(callable)
            || n > MAX_ARGS
            || self.frames[fid].has_kw_names()
        {
            return Special::Miss;
        }
        let Some(kind) = self.natives.get(ins.aux as usize).map(|n| n.kind) else {
            return Special::Miss;
        };
        self.frames[fid].lasti = at;
        let mut small = [Value::None; MAX_ARGS];
        for (slot, v) in small.iter_mut().zip(&self.stack[args_from..top]) {
            *slot = v.unwrap_or(Value::None);
        }
        let args = &small[..n];
        // A method called without its receiver goes to the generic call,
        // which reports it.
        let result = match (kind, args.split_first()) {
            (NativeKind::Function(f), _) => f(self, args, &[]),
            (NativeKind::VmMethod(f), Some(_)) => f(self, args, &[]),
            (NativeKind::Method(m), Some((&receiver, rest))) => m(self, receiver, Args::new(rest)),
            (NativeKind::VmMethod(_) | NativeKind::Method(_), None) => return Special::Miss,
        };
        self.release_above(callable_at);
        match result {
            Ok(v) => {
                self.stack.push(Some(v));
                Special::Hit
            }
            Err(e) => Special::Failed(e),
        }
    }
}
