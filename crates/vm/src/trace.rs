//! `sys.settrace`: the one hook point for watching a program run.
//!
//! With a trace function installed, the loop calls `trace_step` before
//! each instruction: a frame's first instruction reports `'call'` to the
//! global trace function, whose answer becomes the frame's `f_trace`; an
//! instruction that starts a new line (or is reached again by a jump
//! back) reports `'line'` to `f_trace`; returning and yielding report
//! `'return'`, and an exception raised in or passing through a frame
//! reports `'exception'`. The trace function runs with tracing switched
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

    /// Replace a frame's local trace function with `f` (owned).
    fn set_frame_trace(&mut self, fid: FrameId, f: Value) {
        match self.frames.get_mut(fid) {
            Some(frame) => {
                let old = std::mem::replace(&mut frame.extra_mut().f_trace, f);
                self.heap.decref(old);
            }
            None => self.heap.decref(f),
        }
    }

    /// The `'call'` and `'line'` events before the instruction at `lasti`.
    pub(crate) fn trace_step(&mut self, fid: FrameId, op: Opcode, lasti: usize) -> PyResult<()> {
        let frame = self.frames[fid].extra_mut();
        if !frame.trace_started {
            frame.trace_started = true;
            let func = self.trace_func;
            let local = self.call_tracer(func, fid, "call", Value::None)?;
            self.set_frame_trace(fid, local);
        }
        if op == Opcode::RESUME {
            return Ok(());
        }
        let frame = &mut self.frames[fid];
        let line = frame.code.position(lasti).line;
        let frame = frame.extra_mut();
        let jumped_back = frame.trace_lasti.is_some_and(|prev| lasti <= prev as usize);
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

    /// `sys.settrace(func)`: frames already running get no `'call'` event.
    pub(crate) fn settrace(&mut self, func: Value) {
        for frame in self.frames.values_mut() {
            frame.extra_mut().trace_started = true;
        }
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
