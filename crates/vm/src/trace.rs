//! `sys.settrace`: the one hook point for watching a program run.
//!
//! With a trace function installed, the loop calls `trace_step` before
//! each instruction. As in CPython 3.11, every `RESUME` reports `'call'`
//! to the global trace function: a frame's first (after the prefix of
//! `MAKE_CELL`, `COPY_FREE_VARS`, `RETURN_GENERATOR`, which is not
//! traced), and a generator's or coroutine's on each resumption, so a
//! generator sends `'call'` every time it is resumed and `'return'`
//! every time it yields. An instruction that starts a new line (or is
//! reached again by a jump back, other than the jump back to `SEND` in a
//! `yield from`/`await` loop) reports `'line'` to the frame's `f_trace`;
//! returning and yielding report `'return'`, and an exception raised in
//! or passing through a frame reports `'exception'`. A trace function
//! answering `None` leaves `f_trace` as it was (CPython's
//! `trace_trampoline`). The trace function runs with tracing switched
//! off, as in CPython.

use pyrite_compiler::bytecode::Opcode;
use pyrite_objects::{PyResult, Value};

use crate::frame::FrameId;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// Whether the loop must call `trace_step`.
    #[inline]
    pub(crate) fn tracing(&self) -> bool {
        self.trace_func != Value::None && !self.trace_busy
    }

    /// Call `func(frame, event, arg)` with tracing off; the result is owned.
    fn call_tracer(
        &mut self,
        func: Value,
        fid: FrameId,
        event: &str,
        arg: Value,
    ) -> PyResult<Value> {
        let frame = self.frame_view(fid);
        let event = self.intern(event);
        self.heap.incref(func);
        self.trace_busy = true;
        let r = self.call(func, &[frame, event, arg], &[]);
        self.trace_busy = false;
        self.heap.decref(func);
        self.heap.decref(frame);
        self.heap.decref(event);
        r
    }

    /// Make `f` (owned) the frame's local trace function, unless it is
    /// `None`: a trace function's `None` answer keeps the one in force.
    fn set_frame_trace(&mut self, fid: FrameId, f: Value) {
        if f == Value::None {
            return;
        }
        match self.frames.get_mut(fid) {
            Some(frame) => {
                let old = std::mem::replace(&mut frame.extra_mut().f_trace, f);
                self.heap.decref(old);
            }
            None => self.heap.decref(f),
        }
    }

    /// The `'call'` event: the global trace function is told a frame
    /// starts or resumes, and its answer becomes the frame's `f_trace`.
    pub(crate) fn trace_call(&mut self, fid: FrameId) -> PyResult<()> {
        let func = self.trace_func;
        if func == Value::None || self.trace_busy {
            return Ok(());
        }
        let local = self.call_tracer(func, fid, "call", Value::None)?;
        self.set_frame_trace(fid, local);
        Ok(())
    }

    /// The `'call'` and `'line'` events before the instruction at `lasti`.
    pub(crate) fn trace_step(&mut self, fid: FrameId, op: Opcode, lasti: usize) -> PyResult<()> {
        let frame = &mut self.frames[fid];
        let code = frame.code.clone();
        let co = &code.code.co_code;
        if op == Opcode::RESUME {
            // `RESUME 0` starts the function: the next instruction always
            // reports its line. A later `RESUME` (after a `yield`) counts
            // as the instruction before the next one, as CPython 3.11's
            // `prev_instr` does.
            let starts = co.get(2 * lasti + 1).is_none_or(|&arg| arg == 0);
            let extra = frame.extra_mut();
            extra.trace_lasti = u32::try_from(lasti).ok();
            extra.trace_line = if starts {
                None
            } else {
                code.position(lasti).line
            };
            return self.trace_call(fid);
        }
        if before_first_resume(co, lasti) {
            return Ok(());
        }
        let line = code.position(lasti).line;
        let frame = frame.extra_mut();
        let jumped_back =
            op != Opcode::SEND && frame.trace_lasti.is_some_and(|prev| lasti <= prev as usize);
        let new_line = line.is_some() && (line != frame.trace_line || jumped_back);
        let f_trace = frame.f_trace;
        frame.trace_lasti = u32::try_from(lasti).ok();
        if line.is_some() {
            frame.trace_line = line;
        }
        if new_line && f_trace != Value::None {
            let next = self.call_tracer(f_trace, fid, "line", Value::None)?;
            self.set_frame_trace(fid, next);
        }
        Ok(())
    }

    /// The `'return'` event (also sent when a generator yields).
    pub(crate) fn trace_return(&mut self, fid: FrameId, value: Value) -> PyResult<()> {
        let f_trace = self.frames.get(fid).map_or(Value::None, |f| f.f_trace());
        if f_trace == Value::None || self.trace_busy {
            return Ok(());
        }
        let r = self.call_tracer(f_trace, fid, "return", value)?;
        self.heap.decref(r);
        Ok(())
    }

    /// The `'exception'` event for an exception raised in or passing
    /// through a frame.
    pub(crate) fn trace_exception(&mut self, fid: FrameId, exc: Value) {
        let f_trace = self.frames.get(fid).map_or(Value::None, |f| f.f_trace());
        if f_trace == Value::None || self.trace_busy || self.trace_func == Value::None {
            return;
        }
        let ty = self.type_value(exc);
        let tb = self
            .exception_data(exc)
            .map_or(Value::None, |e| e.traceback);
        self.heap.incref(exc);
        self.heap.incref(tb);
        let arg = self.heap.new_tuple(vec![ty, exc, tb]);
        match self.call_tracer(f_trace, fid, "exception", arg) {
            Ok(next) => self.set_frame_trace(fid, next),
            Err(e) => self.drop_error(e),
        }
        self.heap.decref(arg);
    }

    /// The `'exception'` event CPython 3.11's `SEND` reports in the
    /// running frame, under a tracer, when the receiver stops by raising
    /// `StopIteration`: the exception made from the return value
    /// (`StopIteration()` for `None`), with no traceback.
    pub(crate) fn trace_stop_iteration(&mut self, value: Value) {
        let Some(fid) = self.current else {
            return;
        };
        let class = self.classes.exc[&pyrite_objects::ExcKind::StopIteration];
        let args: &[Value] = if value == Value::None { &[] } else { &[value] };
        let exc = self.new_exception(class, args);
        self.trace_exception(fid, exc);
        self.heap.decref(exc);
    }

    /// `FOR_ITER`'s step: [`Self::next`], and under a tracer the
    /// `'exception'` event CPython 3.11 reports in the running frame when
    /// the iterator ends by raising `StopIteration` (a generator that
    /// returns `None`, and the built-in iterators, end without one).
    pub(crate) fn for_iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if !self.tracing() || (self.is_iterator_object(it) && !self.is_generator(it)) {
            return self.next(it);
        }
        if self.is_generator(it) {
            return match self.send_ex(it, Value::None, false)? {
                crate::generator::Resumed::Yielded(v) => Ok(Some(v)),
                crate::generator::Resumed::Returned(v) => {
                    if v != Value::None {
                        self.trace_stop_iteration(v);
                    }
                    self.heap.decref(v);
                    Ok(None)
                }
            };
        }
        let Some(f) = self.user_special(it, "__next__") else {
            return self.next(it);
        };
        match self.call_special(f, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_stop_iteration(&e) => {
                let exc = self.exception_value(e);
                if let Some(fid) = self.current {
                    self.trace_exception(fid, exc);
                }
                self.heap.decref(exc);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `sys.settrace(func)`: frames already running get no `'call'` event
    /// (they have passed their `RESUME`).
    pub(crate) fn settrace(&mut self, func: Value) {
        let func = if func == Value::None {
            Value::None
        } else {
            func
        };
        self.heap.incref(func);
        let old = std::mem::replace(&mut self.trace_func, func);
        self.heap.decref(old);
    }
}

/// Whether the code unit `lasti` comes before the code's first `RESUME`:
/// the prefix that sets up cells and free variables and makes the
/// generator, which CPython 3.11 does not trace (`_co_firsttraceable`).
fn before_first_resume(co_code: &[u8], lasti: usize) -> bool {
    let resume = Opcode::RESUME.number();
    !co_code
        .chunks_exact(2)
        .take(lasti + 1)
        .any(|unit| Some(unit[0]) == resume)
}
