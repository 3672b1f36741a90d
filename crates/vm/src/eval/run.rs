//! The inner loop: run one frame's instructions until the frame is left
//! (a return, a yield, a call that switches frames, or an exception).
//!
//! Instructions come from the code object's decoded stream
//! ([`super::quicken`]). While no trace function is active, the common
//! cases run here directly: fast locals, cells and constants, arithmetic and
//! comparisons of immediates (a comparison feeding a conditional jump
//! takes the jump at once, as CPython's `COMPARE_OP_INT_JUMP` does),
//! jumps on bools, `range` iteration, and the specialised forms with
//! their inline caches ([`super::specialise`]). Most of these cannot fail
//! or run Python code, so they need not record the frame's position (the
//! few that can — a class call running `__init__`, a new instance
//! attribute — record it themselves); every other instruction, and any
//! fast case whose conditions do not hold, goes to its generic handler
//! with `f_lasti` recorded first. `FOR_ITER` over a generator, `SEND`
//! to a generator or coroutine and a call of `next`/`__next__`/`send` on
//! one resume its frame in this loop (see `generator::inloop`). Finalisers
//! that a fast path's release queues run before the next instruction,
//! as after a generic one.

use pyrite_compiler::bytecode::Opcode;
use pyrite_objects::types::interp::{InterpObject, IterState};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::quicken::{BACKOFF, Instr, Kind};
use super::specialise::Special;
use super::{Flow, immediate};
use crate::frame::FrameId;
use crate::generator::Via;
use crate::interpreter::Interpreter;

/// What a frame's fast paths need to hold on to.
pub(super) struct FrameCtx {
    pub fid: FrameId,
    pub base: usize,
    pub globals: Value,
    pub builtins: Value,
    pub locals: Value,
}

impl Interpreter {
    /// Run the current frame `fid` from its saved position, following
    /// calls into callees and returns into callers that this loop can
    /// run, until the loop must leave; the frame it leaves is then the
    /// current one, with its resume position saved.
    pub(super) fn run_instructions(&mut self, mut fid: FrameId) -> PyResult<Flow> {
        'frames: loop {
            let (code, mut pc, ctx) = {
                let f = &self.frames[fid];
                let ctx = FrameCtx {
                    fid,
                    base: f.base,
                    globals: f.globals,
                    builtins: f.builtins,
                    locals: f.locals,
                };
                (f.code.clone(), f.pc, ctx)
            };
            let base = ctx.base;
            let stream = code.stream();
            // Slices held in locals, so that a step need not reach them
            // through the code object again.
            let instrs: &[std::cell::Cell<Instr>] = &stream.instrs;
            let consts: &[Value] = &code.consts;
            // Whether a trace function must see each step. Only running
            // code can change it (`sys.settrace`, or a tracer turning
            // itself off), so it is read again after every step that can
            // run code: a generic handler, a specialised form, a
            // finaliser, a switch of frames.
            let mut tracing = self.tracing();
            loop {
                let Some(cell) = instrs.get(pc) else {
                    self.frames[fid].pc = pc;
                    return Err(PyErr::new(
                        ExcKind::SystemError,
                        "ran off the end of the code",
                    ));
                };
                let ins = cell.get();
                let at = pc;
                pc = ins.next as usize;
                if !tracing {
                    match ins.kind {
                        Kind::Generic => match ins.op {
                            Opcode::LOAD_FAST => {
                                if let Some(v) = self.stack[base + ins.arg as usize] {
                                    self.heap.incref(v);
                                    self.stack.push(Some(v));
                                    pc = self.load_following(instrs, pc, base, consts);
                                    continue;
                                }
                            }
                            Opcode::STORE_FAST => {
                                let v = self.stack.pop().flatten();
                                if let Some(old) =
                                    std::mem::replace(&mut self.stack[base + ins.arg as usize], v)
                                {
                                    self.heap.decref(old);
                                    if self.finalise_pending(fid, at) {
                                        tracing = self.tracing();
                                        continue;
                                    }
                                }
                                pc = self.load_following(instrs, pc, base, consts);
                                continue;
                            }
                            Opcode::LOAD_CONST => {
                                let v =
                                    consts.get(ins.arg as usize).copied().unwrap_or(Value::None);
                                self.heap.incref(v);
                                self.stack.push(Some(v));
                                pc = self.load_following(instrs, pc, base, consts);
                                continue;
                            }
                            Opcode::POP_TOP => {
                                if let Some(v) = self.stack.pop().flatten() {
                                    self.heap.decref(v);
                                    if self.finalise_pending(fid, at) {
                                        tracing = self.tracing();
                                    }
                                }
                                continue;
                            }
                            Opcode::LOAD_DEREF => {
                                if let Some(v) =
                                    self.cell_at(base + ins.arg as usize).and_then(|c| {
                                        match self.heap.payload(c) {
                                            Payload::Cell(v) => *v,
                                            _ => None,
                                        }
                                    })
                                {
                                    self.heap.incref(v);
                                    self.stack.push(Some(v));
                                    continue;
                                }
                            }
                            Opcode::STORE_DEREF => {
                                if let Some(cell) = self.cell_at(base + ins.arg as usize) {
                                    let v = self.stack.pop().flatten().unwrap_or(Value::None);
                                    let old = match self.heap.payload_mut(cell) {
                                        Payload::Cell(c) => c.replace(v),
                                        _ => None,
                                    };
                                    if let Some(old) = old {
                                        self.heap.decref(old);
                                        if self.finalise_pending(fid, at) {
                                            tracing = self.tracing();
                                        }
                                    }
                                    continue;
                                }
                            }
                            Opcode::NOP | Opcode::RESUME | Opcode::PRECALL => continue,
                            Opcode::PUSH_NULL => {
                                self.stack.push(None);
                                continue;
                            }
                            Opcode::BINARY_OP => {
                                let n = self.stack.len();
                                if n < 2 {
                                    // Malformed code: the generic handler reports it.
                                } else if let (Some(a), Some(b)) =
                                    (self.stack[n - 2], self.stack[n - 1])
                                {
                                    if let Some(r) = immediate::binary(ins.arg, a, b) {
                                        self.stack.truncate(n - 1);
                                        self.stack[n - 2] = Some(r);
                                        pc = self.store_following(instrs, pc, base);
                                        continue;
                                    }
                                }
                            }
                            Opcode::COMPARE_OP => {
                                let n = self.stack.len();
                                if n < 2 {
                                    // Malformed code: the generic handler reports it.
                                } else if let (Some(a), Some(b)) =
                                    (self.stack[n - 2], self.stack[n - 1])
                                {
                                    if let Some(r) = immediate::compare(ins.arg, a, b) {
                                        // A forward conditional jump that follows
                                        // is taken here.
                                        if let Some(jump) = instrs.get(pc).map(std::cell::Cell::get)
                                        {
                                            let when = match jump.op {
                                                Opcode::POP_JUMP_FORWARD_IF_FALSE => Some(false),
                                                Opcode::POP_JUMP_FORWARD_IF_TRUE => Some(true),
                                                _ => None,
                                            };
                                            if let Some(when) = when {
                                                self.stack.truncate(n - 2);
                                                pc = if r == when {
                                                    jump.jump_target()
                                                } else {
                                                    jump.next as usize
                                                };
                                                continue;
                                            }
                                        }
                                        self.stack.truncate(n - 1);
                                        self.stack[n - 2] = Some(Value::Bool(r));
                                        continue;
                                    }
                                }
                            }
                            Opcode::POP_JUMP_FORWARD_IF_FALSE
                            | Opcode::POP_JUMP_FORWARD_IF_TRUE => {
                                if let Some(Some(Value::Bool(b))) = self.stack.last().copied() {
                                    self.stack.pop();
                                    if b == (ins.op == Opcode::POP_JUMP_FORWARD_IF_TRUE) {
                                        pc = ins.jump_target();
                                    }
                                    continue;
                                }
                            }
                            Opcode::JUMP_FORWARD => {
                                pc = ins.jump_target();
                                continue;
                            }
                            Opcode::JUMP_BACKWARD if !self.interrupt_pending() => {
                                pc = ins.jump_target();
                                continue;
                            }
                            Opcode::FOR_ITER => {
                                if let Some(v) = self.next_in_range(self.stack.last().copied()) {
                                    self.stack.push(Some(Value::Int(v)));
                                    pc = self.store_following(instrs, pc, base);
                                    continue;
                                }
                                // A generator runs on in this loop.
                                if let Some(Some(it)) = self.stack.last().copied() {
                                    if let Some(frame) = self.resumable(it, true) {
                                        let via = Via::ForIter(ins.jump_target());
                                        self.leave_for(fid, at, pc);
                                        self.resume_in_loop(it, frame, Value::None, via);
                                        fid = frame;
                                        continue 'frames;
                                    }
                                }
                            }
                            Opcode::RETURN_VALUE => {
                                let no_tracer = self.trace_func == Value::None;
                                let f = &mut self.frames[fid];
                                if !f.entry && f.saved.is_none() && no_tracer {
                                    f.lasti = at;
                                    let v = self.pop();
                                    fid = self.return_to_caller(fid, v)?;
                                    continue 'frames;
                                }
                            }
                            Opcode::YIELD_VALUE => {
                                // A generator drained from Rust runs on.
                                let v = self.pop();
                                let v = match self.drained_yield(fid, v) {
                                    Ok(()) => {
                                        self.stack.push(Some(Value::None));
                                        continue;
                                    }
                                    Err(v) => v,
                                };
                                self.leave_for(fid, at, pc);
                                if !self.resumed_in_loop(fid) {
                                    return Ok(Flow::Yield(v));
                                }
                                fid = self.yield_in_loop(fid, v)?;
                                continue 'frames;
                            }
                            Opcode::SEND => {
                                let n = self.stack.len();
                                if let (Some(Some(receiver)), Some(Some(sent))) = (
                                    n.checked_sub(2).map(|i| self.stack[i]),
                                    self.stack.last().copied(),
                                ) {
                                    if let Some(frame) =
                                        self.resumable(receiver, sent == Value::None)
                                    {
                                        self.stack.pop();
                                        let via = Via::Send(ins.jump_target());
                                        self.leave_for(fid, at, pc);
                                        self.resume_in_loop(receiver, frame, sent, via);
                                        fid = frame;
                                        continue 'frames;
                                    }
                                }
                            }
                            Opcode::LOAD_GLOBAL
                            | Opcode::LOAD_NAME
                            | Opcode::STORE_NAME
                            | Opcode::LOAD_ATTR
                            | Opcode::STORE_ATTR
                            | Opcode::LOAD_METHOD
                            | Opcode::CALL => {
                                if ins.op == Opcode::CALL
                                    && ins.arg <= 1
                                    && !self.frames[fid].has_kw_names()
                                    && !self.interrupt_pending()
                                {
                                    self.frames[fid].lasti = at;
                                    if let Some(frame) = self.resume_by_call(ins.arg) {
                                        self.frames[fid].pc = pc;
                                        fid = frame;
                                        continue 'frames;
                                    }
                                }
                                if ins.counter > 0 {
                                    cell.set(Instr {
                                        counter: ins.counter - 1,
                                        ..ins
                                    });
                                } else if let Some((special, cache)) =
                                    self.specialise(&code, &ctx, ins)
                                {
                                    cell.set(special);
                                    if let Some(c) = stream.caches.get(at) {
                                        c.set(cache);
                                    }
                                    pc = at;
                                    tracing = self.tracing();
                                    continue;
                                } else {
                                    cell.set(Instr {
                                        counter: BACKOFF,
                                        ..ins
                                    });
                                }
                            }
                            _ => {}
                        },
                        Kind::Prefix => continue,
                        Kind::Invalid => {}
                        _ => match self.run_specialised(
                            &code,
                            &ctx,
                            &ins,
                            stream
                                .caches
                                .get(at)
                                .map(std::cell::Cell::get)
                                .unwrap_or_default(),
                            at,
                        ) {
                            Special::Hit => {
                                self.finalise_pending(fid, at);
                                tracing = self.tracing();
                                continue;
                            }
                            Special::Refill(new) => {
                                cell.set(new);
                                self.finalise_pending(fid, at);
                                tracing = self.tracing();
                                continue;
                            }
                            Special::Miss => {
                                cell.set(ins.despecialised());
                                tracing = self.tracing();
                            }
                            // A class call pushed `__init__`'s frame: run it here.
                            Special::Switch(callee) => {
                                self.frames[fid].pc = pc;
                                fid = callee;
                                continue 'frames;
                            }
                            Special::Failed(e) => {
                                self.frames[fid].pc = pc;
                                return Err(e);
                            }
                        },
                    }
                } else if ins.kind == Kind::Prefix {
                    continue;
                }
                if ins.kind == Kind::Invalid {
                    self.frames[fid].pc = pc;
                    return Err(PyErr::new(
                        ExcKind::SystemError,
                        format!("unknown or misplaced instruction at {at}"),
                    ));
                }
                // Only the instruction's own position is stored on every
                // step; the resume position is stored when the loop leaves
                // this frame.
                self.frames[fid].lasti = at;
                if tracing {
                    if let Err(e) = self.trace_step(fid, ins.op, at) {
                        self.frames[fid].pc = pc;
                        return Err(e);
                    }
                }
                let flow = self.execute(ins.op, ins.arg, &code, fid, pc);
                tracing = self.tracing();
                match flow {
                    Ok(Flow::Jump(target)) => pc = target,
                    Ok(Flow::Next) => {
                        if self.heap.has_pending_finalisers() {
                            self.run_finalisers();
                        }
                    }
                    // A call pushed the callee's frame: run it here.
                    Ok(Flow::Switch) => {
                        self.frames[fid].pc = pc;
                        let Some(callee) = self.current else {
                            return Err(PyErr::new(ExcKind::SystemError, "no frame to run"));
                        };
                        fid = callee;
                        continue 'frames;
                    }
                    // A generator resumed in this loop goes back to the
                    // instruction that resumed it.
                    Ok(Flow::Yield(v)) if self.resumed_in_loop(fid) => {
                        self.frames[fid].pc = pc;
                        fid = self.yield_in_loop(fid, v)?;
                        continue 'frames;
                    }
                    Ok(Flow::Return(v)) if self.resumed_in_loop(fid) => {
                        self.frames[fid].pc = pc;
                        fid = self.return_in_loop(fid, v)?;
                        continue 'frames;
                    }
                    // A return to a caller in this loop, with no tracer to
                    // tell.
                    Ok(Flow::Return(v))
                        if self.trace_func == Value::None && !self.frames[fid].entry =>
                    {
                        fid = self.return_to_caller(fid, v)?;
                        continue 'frames;
                    }
                    other => {
                        self.frames[fid].pc = pc;
                        return other;
                    }
                }
            }
        }
    }

    /// Return `v` (owned) from frame `fid`, which is not an entry frame
    /// nor a generator's, to its caller in this loop (which saved its
    /// position as it called); the caller runs next.
    #[inline]
    fn return_to_caller(&mut self, fid: FrameId, v: Value) -> PyResult<FrameId> {
        let popped = self.pop_frame(fid);
        if self.heap.has_pending_finalisers() {
            self.run_finalisers();
        }
        let Some(caller) = popped.back else {
            self.heap.decref(v);
            return Err(PyErr::new(ExcKind::SystemError, "no frame to return to"));
        };
        if popped.init {
            self.hand_back(true, v)?;
        } else {
            self.stack.push(Some(v));
        }
        Ok(caller)
    }

    /// Record where frame `fid` is (the instruction at `at`, resuming at
    /// `pc`) as it hands over to another frame.
    #[inline]
    fn leave_for(&mut self, fid: FrameId, at: usize, pc: usize) {
        let f = &mut self.frames[fid];
        f.lasti = at;
        f.pc = pc;
    }

    /// Run the `__del__` methods (and other finalisers) that a release
    /// in instruction `at` queued, as the generic path does after every
    /// instruction; whether any ran (and so Python code may have).
    #[inline]
    fn finalise_pending(&mut self, fid: FrameId, at: usize) -> bool {
        if self.heap.has_pending_finalisers() {
            self.frames[fid].lasti = at;
            self.run_finalisers();
            return true;
        }
        false
    }

    /// Run the instruction at `pc` in the same step when it is a plain
    /// `LOAD_FAST` of a bound local or a `LOAD_CONST`, as CPython 3.11's
    /// superinstructions (`LOAD_FAST__LOAD_FAST`, `LOAD_FAST__LOAD_CONST`,
    /// `STORE_FAST__LOAD_FAST`, `LOAD_CONST__LOAD_FAST`) do after a load or
    /// store of a local: neither can fail or run code, so they need no
    /// dispatch of their own. The position to go on from.
    #[inline(always)]
    fn load_following(
        &mut self,
        instrs: &[std::cell::Cell<Instr>],
        pc: usize,
        base: usize,
        consts: &[Value],
    ) -> usize {
        let Some(next) = instrs.get(pc).map(std::cell::Cell::get) else {
            return pc;
        };
        if next.kind != Kind::Generic {
            return pc;
        }
        let v = match next.op {
            Opcode::LOAD_FAST => match self.stack.get(base + next.arg as usize) {
                Some(Some(v)) => *v,
                _ => return pc,
            },
            Opcode::LOAD_CONST => match consts.get(next.arg as usize) {
                Some(v) => *v,
                None => return pc,
            },
            _ => return pc,
        };
        self.heap.incref(v);
        self.stack.push(Some(v));
        next.next as usize
    }

    /// Run the instruction at `pc` in the same step when it is a plain
    /// `STORE_FAST` into a local that holds no heap object (unbound, or
    /// an immediate such as a small int or a float), so that storing
    /// releases nothing and can run no finaliser: the result of an
    /// arithmetic step or the next number of a `range` goes straight into
    /// its variable. The position to go on from.
    #[inline(always)]
    fn store_following(
        &mut self,
        instrs: &[std::cell::Cell<Instr>],
        pc: usize,
        base: usize,
    ) -> usize {
        let Some(next) = instrs.get(pc).map(std::cell::Cell::get) else {
            return pc;
        };
        if next.kind != Kind::Generic || next.op != Opcode::STORE_FAST {
            return pc;
        }
        let slot = base + next.arg as usize;
        let top = self.stack.len();
        if slot + 1 >= top || matches!(self.stack[slot], Some(Value::Obj(_))) {
            return pc;
        }
        self.stack[slot] = self.stack[top - 1];
        self.stack.truncate(top - 1);
        next.next as usize
    }

    /// The cell object in value-stack slot `slot`, if it holds one.
    #[inline]
    fn cell_at(&self, slot: usize) -> Option<pyrite_objects::ObjRef> {
        let cell = self.stack.get(slot).copied()??.as_obj()?;
        matches!(self.heap.payload(cell), Payload::Cell(_)).then_some(cell)
    }

    /// Whether `KeyboardInterrupt` is waiting to be raised.
    #[inline]
    fn interrupt_pending(&self) -> bool {
        self.config
            .interrupt
            .as_ref()
            .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// `FOR_ITER` on a `range` iterator with values left: the next value.
    #[inline]
    fn next_in_range(&mut self, top: Option<Option<Value>>) -> Option<i64> {
        let r = top??.as_obj()?;
        let Payload::Interp(o) = self.heap.payload_mut(r) else {
            return None;
        };
        let InterpObject::Iterator(IterState::Range {
            next,
            remaining,
            step,
        }) = &mut **o
        else {
            return None;
        };
        if *remaining == 0 {
            return None;
        }
        let v = *next;
        *remaining -= 1;
        *next = next.wrapping_add(*step);
        Some(v)
    }
}
