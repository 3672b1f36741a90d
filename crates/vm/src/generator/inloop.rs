//! Resuming a generator or coroutine inside the running loop.
//!
//! `FOR_ITER` over a generator, `SEND` to a generator or coroutine (the
//! loop of `yield from` and `await`), and the calls `next(g)`,
//! `g.__next__()` and `g.send(v)` link the suspended frame above the
//! frame that resumes it and go on in the same loop, as a call of a
//! Python function does, instead of running it in a nested loop from
//! Rust. When that frame yields, it is suspended again and the value
//! lands on the caller's stack; when it returns or an exception leaves
//! it, the caller finishes the instruction that resumed it.
//!
//! Invariants:
//! - `InLoop::resumed` lists the frames resumed this way that are still
//!   linked, innermost last; the frame chain nests them in the same
//!   order, so the running frame leaving is always the last entry when
//!   it is one at all.
//! - An entry holds its generator: the caller's stack does for `FOR_ITER`
//!   and `SEND`, the entry itself (a reference) for a call, whose items
//!   are cleared at once (`next(g())`); it owns the caller's exception
//!   state, which the
//!   generator's own replaces while it runs.
//! - A frame resumed in the loop has `entry == false`; one resumed from
//!   Rust (`send()`, `throw()`, `close()`, tracing on) has `entry ==
//!   true` and is never listed here.

use pyrite_objects::types::interp::{FrameState, GeneratorKind, InterpObject};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::{frame_id, generator_mut, park_slots};
use crate::frame::FrameId;
use crate::interpreter::Interpreter;

/// How the instruction that resumed a generator finishes when it stops.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Via {
    /// `FOR_ITER`: a yield is the next item; a return ends the loop,
    /// popping the iterator and jumping to this code unit.
    ForIter(usize),
    /// `SEND`: a yield is passed out; a return replaces the receiver
    /// with the value and jumps to this code unit.
    Send(usize),
    /// A call of `next`, `__next__` or `send`: a yield is the call's
    /// result; a return raises `StopIteration(value)` at the call.
    Call,
}

/// A generator frame resumed in the loop.
#[derive(Debug)]
struct Resumption {
    fid: FrameId,
    /// The generator (owned when `owned`, else held by the caller's
    /// stack).
    generator: Value,
    owned: bool,
    /// The caller's exception state (owned), restored when it stops.
    outer: Value,
    via: Via,
}

/// The natives whose calls resume a generator in the loop.
#[derive(Clone, Copy, Debug)]
struct Resumers {
    /// `generator.__next__`.
    next: u32,
    /// `generator.send` and `coroutine.send`.
    send: [u32; 2],
    /// The builtin `next`.
    builtin_next: Option<u32>,
}

/// The interpreter's record of generator frames resumed in the loop.
#[derive(Debug, Default)]
pub(crate) struct InLoop {
    resumed: Vec<Resumption>,
    resumers: Option<Resumers>,
    /// Generators being drained from Rust, innermost last (see
    /// `generator::drain`).
    pub(super) drains: Vec<super::drain::Drain>,
}

impl Interpreter {
    /// Whether the running frame `fid` was resumed in the loop (its
    /// return or yield goes back to the caller through this module).
    #[inline]
    pub(crate) fn resumed_in_loop(&self, fid: FrameId) -> bool {
        self.in_loop.resumed.last().is_some_and(|r| r.fid == fid)
    }

    /// The frame of `generator` if the loop may resume it directly with
    /// a value sent (`None` when `sending_none`): a generator or
    /// coroutine that is created or suspended, with no tracer to tell
    /// and room below the recursion limit. Anything else takes the path
    /// through `send_ex`, which reports the errors.
    #[inline]
    pub(crate) fn resumable(&self, generator: Value, sending_none: bool) -> Option<FrameId> {
        self.resumable_kind(generator, sending_none, true)
    }

    /// [`Self::resumable`], refusing a coroutine unless `coroutines`
    /// (only `send()` resumes one; `next()` and `__next__` need an
    /// iterator).
    #[inline]
    fn resumable_kind(
        &self,
        generator: Value,
        sending_none: bool,
        coroutines: bool,
    ) -> Option<FrameId> {
        let g = self.generator_data(generator)?;
        let ready = match g.state {
            FrameState::Suspended => true,
            FrameState::Created => sending_none,
            _ => false,
        };
        let kind_ok = match g.kind {
            GeneratorKind::Generator => true,
            GeneratorKind::Coroutine => coroutines,
            GeneratorKind::AsyncGenerator => false,
        };
        if !ready || !kind_ok || self.depth >= self.recursion_limit || self.tracing() {
            return None;
        }
        let fid = frame_id(g.frame);
        self.frames.get(fid)?;
        Some(fid)
    }

    /// Resume `generator`'s frame `fid` (from [`Self::resumable`]) above
    /// the current frame, sending `sent` (owned); the loop then runs it.
    /// For [`Via::Call`] the caller hands over a reference to `generator`
    /// too, which the entry keeps.
    pub(crate) fn resume_in_loop(&mut self, generator: Value, fid: FrameId, sent: Value, via: Via) {
        // The caller's stack keeps the iterator of `FOR_ITER` and the
        // receiver of `SEND` until the instruction finishes; a call's
        // items go at once, so then the entry holds the generator.
        let owned = matches!(via, Via::Call);
        let outer = self.link_generator(generator, fid, false);
        self.stack.push(Some(sent));
        self.in_loop.resumed.push(Resumption {
            fid,
            generator,
            owned,
            outer,
            via,
        });
    }

    /// `CALL argc` when it is `next(g)`, `g.__next__()` or `g.send(v)` on
    /// a generator the loop can resume: clear the call's items from the
    /// stack and resume it; `Some(frame)` to run next.
    pub(crate) fn resume_by_call(&mut self, argc: u32) -> Option<FrameId> {
        let top = self.stack.len();
        let callable_at = top.checked_sub(argc as usize + 2)?;
        let (callable, args_from) = match self.stack[callable_at] {
            Some(m) => (m, callable_at + 1),
            None => ((*self.stack.get(callable_at + 1)?)?, callable_at + 2),
        };
        let (index, receiver) = match self.heap.payload(callable.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Builtin { index, receiver } => (*index, *receiver),
                _ => return None,
            },
            _ => return None,
        };
        let resumers = self.resumers();
        let arg = |i: usize| self.stack.get(args_from + i).copied().flatten();
        let (generator, sent) = match (receiver, top - args_from) {
            (Value::None, 1) if index == resumers.next || Some(index) == resumers.builtin_next => {
                (arg(0)?, Value::None)
            }
            (Value::None, 2) if resumers.send.contains(&index) => (arg(0)?, arg(1)?),
            (Value::None, _) => return None,
            (g, 0) if index == resumers.next => (g, Value::None),
            (g, 1) if resumers.send.contains(&index) => (g, arg(0)?),
            _ => return None,
        };
        let sending = resumers.send.contains(&index);
        let fid = self.resumable_kind(generator, matches!(sent, Value::None), sending)?;
        // Both outlive the call's items: `sent` goes to the frame, the
        // generator's reference to the entry.
        self.heap.incref(sent);
        self.heap.incref(generator);
        while self.stack.len() > callable_at {
            if let Some(Some(v)) = self.stack.pop() {
                self.heap.decref(v);
            }
        }
        self.resume_in_loop(generator, fid, sent, Via::Call);
        Some(fid)
    }

    /// The native indices of the resuming methods, found once.
    fn resumers(&mut self) -> Resumers {
        if let Some(r) = self.in_loop.resumers {
            return r;
        }
        let generator = Value::Obj(self.named_class("generator"));
        let coroutine = Value::Obj(self.named_class("coroutine"));
        let builtins = self.builtins;
        let r = Resumers {
            next: self.native_named(generator, "__next__").unwrap_or(u32::MAX),
            send: [
                self.native_named(generator, "send").unwrap_or(u32::MAX),
                self.native_named(coroutine, "send").unwrap_or(u32::MAX),
            ],
            builtin_next: self.native_named(builtins, "next"),
        };
        self.in_loop.resumers = Some(r);
        r
    }

    /// The native index of the built-in function `name` in the class or
    /// dict `namespace`.
    fn native_named(&mut self, namespace: Value, name: &str) -> Option<u32> {
        let dict = match crate::class::class_data(&self.heap, namespace) {
            Some(c) => c.dict,
            None => namespace,
        };
        let f = self.dict_get_str(dict, name)?;
        let index = match self.heap.payload(f.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Builtin { index, .. } => Some(*index),
                _ => None,
            },
            _ => None,
        };
        self.heap.decref(f);
        index
    }

    /// The running frame `fid`, resumed in the loop, yields `v` (owned):
    /// suspend it and hand `v` to the caller, which is returned.
    pub(crate) fn yield_in_loop(&mut self, fid: FrameId, v: Value) -> PyResult<FrameId> {
        if !matches!(self.trace_func, Value::None) {
            if let Err(e) = self.trace_return(fid, v) {
                self.drop_error(e);
            }
        }
        let Some(r) = self.in_loop.resumed.pop() else {
            self.heap.decref(v);
            return Err(lost());
        };
        let Some(f) = self.frames.get_mut(fid) else {
            self.heap.decref(v);
            return Err(lost());
        };
        let base = f.base.min(self.stack.len());
        let caller = f.back.take();
        self.current = caller;
        self.depth = self.depth.saturating_sub(1);
        // With no exception being handled (the common case) there is
        // nothing for the frame to keep.
        let keep = if matches!(self.exc_info, Value::None) {
            self.exc_info = r.outer;
            Value::None
        } else {
            self.exception_to_keep(fid, r.outer, true)
        };
        let old = match r
            .generator
            .as_obj()
            .and_then(|g| generator_mut(&mut self.heap, g))
        {
            Some(g) => {
                park_slots(&mut g.slots, &self.stack[base..]);
                self.stack.truncate(base);
                g.state = FrameState::Suspended;
                std::mem::replace(&mut g.exc_state, keep)
            }
            None => keep,
        };
        self.heap.decref(old);
        if r.owned {
            self.heap.decref(r.generator);
        }
        self.stack.push(Some(v));
        caller.ok_or_else(lost)
    }

    /// The running frame `fid`, resumed in the loop, returns `v` (owned):
    /// remove it and finish the instruction that resumed it in the
    /// caller, which is returned. An error is raised in the caller (or,
    /// from the tracer, in the returning frame).
    pub(crate) fn return_in_loop(&mut self, fid: FrameId, v: Value) -> PyResult<FrameId> {
        if self.trace_func != Value::None {
            if let Err(e) = self.trace_return(fid, v) {
                self.heap.decref(v);
                return Err(e);
            }
        }
        let Some(r) = self.in_loop.resumed.pop() else {
            self.heap.decref(v);
            return Err(lost());
        };
        let back = self.pop_frame(fid).back;
        self.leave_generator(r.generator, fid, r.outer, false);
        if r.owned {
            self.heap.decref(r.generator);
        }
        self.run_finalisers();
        let Some(caller) = back else {
            self.heap.decref(v);
            return Err(lost());
        };
        match r.via {
            Via::ForIter(target) => {
                self.heap.decref(v);
                let it = self.pop();
                self.heap.decref(it);
                self.frames[caller].pc = target;
            }
            Via::Send(target) => {
                let receiver = self.pop();
                self.heap.decref(receiver);
                self.push(v);
                self.frames[caller].pc = target;
            }
            Via::Call => return Err(super::methods::stop_iteration(self, v)),
        }
        Ok(caller)
    }

    /// `exc` leaves the frame `fid`, resumed in the loop and just popped:
    /// finish the generator, and give the exception the caller sees.
    pub(crate) fn unwound_in_loop(&mut self, fid: FrameId, exc: Value) -> Value {
        let Some(r) = self.in_loop.resumed.pop() else {
            return exc;
        };
        let kind = self.leave_generator(r.generator, fid, r.outer, false);
        if r.owned {
            self.heap.decref(r.generator);
        }
        let e = self.escaped(kind, PyErr::Raised(exc));
        self.exception_value(e)
    }
}

fn lost() -> PyErr {
    PyErr::new(
        ExcKind::SystemError,
        "a generator resumed in the loop lost its caller",
    )
}
