//! `yield from` delegation (PEP 380) for `throw()` and `close()`: a
//! generator paused in a `yield from` or `await` passes the exception on
//! to the iterator it delegates to (CPython's `_gen_throw` and
//! `gen_close`), and only raises it at its own `yield` when that iterator
//! has no `throw`, finished, or raised.

use pyrite_objects::types::interp::{FrameState, InterpObject};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::{Resumed, ThrowArgs, already_executing, frame_id};
use crate::interpreter::Interpreter;

impl Interpreter {
    /// `gen.throw(typ, val, tb)`: CPython's `_gen_throw`. A paused
    /// `yield from`/`await` passes the exception on to its target first;
    /// `GeneratorExit` closes the target instead when `close_on_genexit`.
    pub(crate) fn throw_ex(
        &mut self,
        generator: Value,
        args: ThrowArgs,
        close_on_genexit: bool,
    ) -> PyResult<Resumed> {
        let Some(yf) = self.yield_from_target(generator) else {
            let exc = self.normalise_throw(args)?;
            return self.throw_here(generator, exc);
        };
        self.heap.incref(yf);
        let genexit = self.classes.exc[&ExcKind::GeneratorExit];
        let is_genexit = match self.as_class_ref(args.typ) {
            Some(c) => self.is_subclass(c, genexit),
            None => self.is_instance(args.typ, genexit),
        };
        if is_genexit && close_on_genexit {
            self.set_state(generator, FrameState::Running);
            let closed = self.close_iter(yf);
            self.set_state(generator, FrameState::Suspended);
            self.heap.decref(yf);
            if let Err(e) = closed {
                let exc = self.exception_value(e);
                return self.throw_here(generator, exc);
            }
            let exc = self.normalise_throw(args)?;
            return self.throw_here(generator, exc);
        }
        let r = if self.sends_directly(yf) {
            self.set_state(generator, FrameState::Running);
            let r = self.throw_ex(yf, args, close_on_genexit);
            self.set_state(generator, FrameState::Suspended);
            r
        } else {
            let key = self.intern("throw");
            let meth = self.get_attr(yf, key);
            self.heap.decref(key);
            match meth {
                Err(e) if self.error_is(&e, ExcKind::AttributeError) => {
                    self.drop_error(e);
                    self.heap.decref(yf);
                    let exc = self.normalise_throw(args)?;
                    return self.throw_here(generator, exc);
                }
                Err(e) => {
                    self.heap.decref(yf);
                    return Err(e);
                }
                Ok(meth) => {
                    let mut call_args = vec![args.typ];
                    call_args.extend(args.val);
                    call_args.extend(args.tb);
                    self.set_state(generator, FrameState::Running);
                    let r = self.call(meth, &call_args, &[]);
                    self.set_state(generator, FrameState::Suspended);
                    self.heap.decref(meth);
                    r.map(Resumed::Yielded)
                }
            }
        };
        self.heap.decref(yf);
        match r {
            Ok(Resumed::Yielded(v)) => Ok(Resumed::Yielded(v)),
            Ok(Resumed::Returned(v)) => {
                self.leave_yield_from(generator);
                self.send_ex(generator, v, false)
            }
            Err(e) => {
                self.leave_yield_from(generator);
                if self.is_stop_iteration(&e) {
                    let exc = self.exception_value(e);
                    let value = self.stop_iteration_value(exc);
                    self.heap.decref(exc);
                    self.send_ex(generator, value, false)
                } else {
                    let exc = self.exception_value(e);
                    self.throw_here(generator, exc)
                }
            }
        }
    }

    /// The subiterator of a paused `yield from` finished while an
    /// exception was thrown into it: pop it and move the frame past the
    /// `SEND` loop, as if `SEND` had seen it return.
    fn leave_yield_from(&mut self, generator: Value) {
        let Some(fid) = self.generator_frame(generator) else {
            return;
        };
        let yf = self
            .generator_data_mut(generator)
            .and_then(|g| g.slots.pop())
            .flatten();
        let frame = &mut self.frames[fid];
        // The frame paused at the loop's YIELD_VALUE; SEND is the
        // instruction before it and jumps `arg` units past itself.
        let send_at = frame.lasti.saturating_sub(1);
        let delta = frame
            .code
            .code
            .co_code
            .get(2 * send_at + 1)
            .copied()
            .unwrap_or(0);
        let target = frame.lasti + delta as usize;
        frame.pc = target;
        frame.lasti = target.saturating_sub(1);
        if let Some(v) = yf {
            self.heap.decref(v);
        }
    }

    /// `StopIteration.value` of an exception instance (a new reference).
    pub(crate) fn stop_iteration_value(&mut self, exc: Value) -> Value {
        let args = self.exception_data(exc).map_or(Value::None, |d| d.args);
        let value = self
            .tuple_items(args)
            .first()
            .copied()
            .unwrap_or(Value::None);
        self.heap.incref(value);
        value
    }

    /// The exception `throw()` raises for its arguments (an owned
    /// instance), or the `TypeError` for arguments that cannot be raised.
    fn normalise_throw(&mut self, args: ThrowArgs) -> PyResult<Value> {
        let tb = args.tb.filter(|t| *t != Value::None);
        if let Some(t) = tb {
            if !self.is_traceback(t) {
                return Err(PyErr::type_error(
                    "throw() third argument must be a traceback object",
                ));
            }
        }
        let base = self.classes.exc[&ExcKind::BaseException];
        let exc = if let Some(class) = self
            .as_class_ref(args.typ)
            .filter(|c| self.is_subclass(*c, base))
        {
            match args.val {
                Some(v) if self.is_instance(v, class) => {
                    self.heap.incref(v);
                    v
                }
                None | Some(Value::None) => self.call(args.typ, &[], &[])?,
                Some(v) => match v.as_obj().map(|r| self.heap.payload(r)) {
                    Some(Payload::Tuple(items)) => {
                        let items = items.to_vec();
                        self.call(args.typ, &items, &[])?
                    }
                    _ => self.call(args.typ, &[v], &[])?,
                },
            }
        } else if self.is_instance(args.typ, base) {
            if args.val.is_some_and(|v| v != Value::None) {
                return Err(PyErr::type_error(
                    "instance exception may not have a separate value",
                ));
            }
            self.heap.incref(args.typ);
            args.typ
        } else {
            return Err(PyErr::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                self.type_name(args.typ)
            )));
        };
        if let Some(t) = tb {
            self.heap.incref(t);
            if let Some(d) = self.exception_data_mut(exc) {
                let old = std::mem::replace(&mut d.traceback, t);
                self.heap.decref(old);
            } else {
                self.heap.decref(t);
            }
        }
        Ok(exc)
    }

    fn is_traceback(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Interp(o)) if matches!(**o, InterpObject::Traceback { .. })
        )
    }

    /// `gen.close()`: CPython's `gen_close`. A paused `yield from` target
    /// is closed first; then `GeneratorExit` is raised at the `yield`.
    pub(crate) fn close_generator(&mut self, generator: Value) -> PyResult<()> {
        let Some(g) = self.generator_data(generator) else {
            return Err(PyErr::type_error("not a generator"));
        };
        let kind = g.kind;
        match g.state {
            FrameState::Completed => return Ok(()),
            FrameState::Running => return Err(already_executing(kind)),
            FrameState::Created => {
                // GeneratorExit at the first instruction: nothing can
                // catch it, so the frame just ends.
                self.set_state(generator, FrameState::Completed);
                if let Some(r) = generator.as_obj() {
                    self.discard_generator_frame(r);
                }
                return Ok(());
            }
            FrameState::Suspended => {}
        }
        let mut closed = Ok(());
        if let Some(yf) = self.yield_from_target(generator) {
            self.heap.incref(yf);
            self.set_state(generator, FrameState::Running);
            closed = self.close_iter(yf);
            self.set_state(generator, FrameState::Suspended);
            self.heap.decref(yf);
        }
        if closed.is_ok() && self.closes_quietly(generator) {
            if let Some(r) = generator.as_obj() {
                self.discard_generator_frame(r);
            }
            return Ok(());
        }
        let exc = match closed {
            Ok(()) => {
                let class = self.classes.exc[&ExcKind::GeneratorExit];
                self.new_exception(class, &[])
            }
            Err(e) => self.exception_value(e),
        };
        match self.throw_here(generator, exc) {
            Ok(Resumed::Yielded(v)) => {
                self.heap.decref(v);
                Err(PyErr::new(
                    ExcKind::RuntimeError,
                    format!("{} ignored GeneratorExit", kind.name()),
                ))
            }
            Ok(Resumed::Returned(v)) => {
                self.heap.decref(v);
                Ok(())
            }
            Err(e) if self.is_stop_iteration(&e) || self.error_is(&e, ExcKind::GeneratorExit) => {
                self.drop_error(e);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Whether `GeneratorExit` raised at the paused `yield` of
    /// `generator` could only unwind its frame: no handler (`try`,
    /// `with`, an `except` body) covers the `yield`, no `yield from`
    /// target is waiting and no tracer would see the unwinding. Closing
    /// such a generator just ends its frame, with nothing for a program
    /// to observe (CPython 3.12 takes the same short cut).
    fn closes_quietly(&self, generator: Value) -> bool {
        if self.trace_func != Value::None || self.yield_from_target(generator).is_some() {
            return false;
        }
        let Some(g) = self.generator_data(generator) else {
            return false;
        };
        if g.state != FrameState::Suspended || g.exc_state != Value::None {
            return false;
        }
        self.frames
            .get(frame_id(g.frame))
            .is_some_and(|f| f.code.handler(f.lasti).is_none())
    }

    /// Close a `yield from` target: a generator or coroutine directly,
    /// anything else through its `close` method if it has one.
    fn close_iter(&mut self, yf: Value) -> PyResult<()> {
        if self.sends_directly(yf) {
            return self.close_generator(yf);
        }
        let key = self.intern("close");
        let meth = self.get_attr(yf, key);
        self.heap.decref(key);
        match meth {
            Ok(m) => {
                let r = self.call(m, &[], &[]);
                self.heap.decref(m);
                self.heap.decref(r?);
                Ok(())
            }
            Err(e) => {
                self.drop_error(e);
                Ok(())
            }
        }
    }
}
