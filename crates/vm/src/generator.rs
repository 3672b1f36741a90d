//! Generators: `RETURN_GENERATOR` suspends the new frame inside a
//! generator object; `next()`/`send()`/`throw()` resume it until it yields
//! (`YIELD_VALUE` suspends it again) or returns.
//!
//! A suspended frame stays in the frame table with its slots moved out of
//! the shared value stack into `Frame::saved` (CPython 3.11 likewise keeps
//! a generator's frame inside the generator object); resuming puts them
//! back on top of the stack and links the frame under the caller. The
//! generator object names its frame by key; when the object dies, its
//! finaliser (run by the interpreter at a safe point) discards the frame.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, ObjRef, Payload, PyErr, PyResult, Value};
use slotmap::{Key, KeyData};

use crate::builtins::NativeKind;
use crate::frame::FrameId;
use crate::interpreter::Interpreter;

/// How a resumed generator stopped.
pub(crate) enum Resumed {
    /// It yielded this value (owned).
    Yielded(Value),
    /// It returned this value (owned): `StopIteration(value)`.
    Returned(Value),
}

pub(crate) fn install(interp: &mut Interpreter) {
    let class = interp.named_class("generator");
    interp.add_method(class, "__next__", NativeKind::VmMethod(gen_next));
    interp.add_method(class, "send", NativeKind::VmMethod(gen_send));
    interp.add_method(class, "throw", NativeKind::VmMethod(gen_throw));
    interp.add_method(class, "close", NativeKind::VmMethod(gen_close));
    interp.add_method(class, "__iter__", NativeKind::VmMethod(gen_iter));
}

impl Interpreter {
    /// Move a frame's slots out of the value stack and unlink it.
    pub(crate) fn suspend_frame(&mut self, fid: FrameId) {
        let base = self.frames[fid].base;
        let mut slots = self.slot_buffers.pop().unwrap_or_default();
        slots.extend(self.stack.drain(base.min(self.stack.len())..));
        let f = &mut self.frames[fid];
        f.saved = Some(slots);
        self.current = f.back;
        f.back = None;
        self.depth = self.depth.saturating_sub(1);
    }

    /// `RETURN_GENERATOR`: wrap the running frame in a generator object.
    pub(crate) fn make_generator(&mut self, fid: FrameId) -> Value {
        let code = self.frames[fid].code.clone();
        let code_v = self.code_object(code.index);
        let name = self.intern(&code.code.co_name);
        let qualname = self.intern(&code.code.co_qualname);
        let generator = self.new_interp(
            "generator",
            InterpObject::Generator {
                frame: Some(fid.data().as_ffi()),
                code: code_v,
                name,
                qualname,
                running: false,
            },
        );
        if let Some(r) = generator.as_obj() {
            self.heap.set_has_finaliser(r);
        }
        self.suspend_frame(fid);
        generator
    }

    fn generator_state(&self, generator: Value) -> Option<(Option<FrameId>, bool)> {
        match self.heap.payload(generator.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Generator { frame, running, .. } => Some((
                    frame.map(|bits| FrameId::from(KeyData::from_ffi(bits))),
                    *running,
                )),
                _ => None,
            },
            _ => None,
        }
    }

    fn set_generator(&mut self, generator: Value, frame: Option<Option<FrameId>>, running: bool) {
        if let Some(Payload::Interp(o)) = generator.as_obj().map(|r| self.heap.payload_mut(r)) {
            if let InterpObject::Generator {
                frame: f,
                running: r,
                ..
            } = &mut **o
            {
                if let Some(new) = frame {
                    *f = new.map(|id| id.data().as_ffi());
                }
                *r = running;
            }
        }
    }

    /// Whether `v` is a generator.
    pub(crate) fn is_generator(&self, v: Value) -> bool {
        self.generator_state(v).is_some()
    }

    /// Put a suspended generator frame back on the stack under the
    /// current frame.
    fn relink(&mut self, generator: Value, fid: FrameId) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let mut slots = self.frames[fid].saved.take().unwrap_or_default();
        let base = self.stack.len();
        self.stack.append(&mut slots);
        self.slot_buffers.push(slots);
        let back = self.current;
        let f = &mut self.frames[fid];
        f.base = base;
        f.back = back;
        f.entry = true;
        self.current = Some(fid);
        self.depth += 1;
        self.set_generator(generator, None, true);
        Ok(())
    }

    /// The generator's frame, or the reason it cannot run.
    fn runnable(&self, generator: Value) -> PyResult<Option<FrameId>> {
        let Some((frame, running)) = self.generator_state(generator) else {
            return Err(PyErr::type_error("not a generator"));
        };
        if running {
            return Err(PyErr::value_error("generator already executing"));
        }
        Ok(frame.filter(|f| self.frames.get(*f).is_some_and(|fr| fr.saved.is_some())))
    }

    /// Resume a generator, sending `sent` (an owned reference).
    pub(crate) fn resume(&mut self, generator: Value, sent: Value) -> PyResult<Resumed> {
        let fid = match self.runnable(generator) {
            Ok(Some(fid)) => fid,
            Ok(None) => {
                self.heap.decref(sent);
                return Ok(Resumed::Returned(Value::None));
            }
            Err(e) => {
                self.heap.decref(sent);
                return Err(e);
            }
        };
        if let Err(e) = self.relink(generator, fid) {
            self.heap.decref(sent);
            return Err(e);
        }
        self.stack.push(Some(sent));
        let r = self.run_frame(fid);
        self.finish_resume(generator, fid, r)
    }

    fn finish_resume(
        &mut self,
        generator: Value,
        fid: FrameId,
        r: PyResult<Value>,
    ) -> PyResult<Resumed> {
        let suspended = self.frames.get(fid).is_some_and(|f| f.saved.is_some());
        if suspended {
            self.set_generator(generator, None, false);
        } else {
            self.set_generator(generator, Some(None), false);
        }
        match r {
            Ok(v) if suspended => Ok(Resumed::Yielded(v)),
            Ok(v) => Ok(Resumed::Returned(v)),
            Err(e) if self.is_stop_iteration(&e) => {
                let exc = self.exception_value(e);
                let class = self.classes.exc[&ExcKind::RuntimeError];
                let msg = self.heap.new_str("generator raised StopIteration");
                let new = self.new_exception(class, &[msg]);
                self.heap.decref(msg);
                if let Some(d) = self.exception_data_mut(new) {
                    d.cause = exc;
                    d.suppress_context = true;
                }
                self.heap.incref(exc);
                if let Some(d) = self.exception_data_mut(new) {
                    d.context = exc;
                }
                Err(PyErr::Raised(new))
            }
            Err(e) => Err(e),
        }
    }

    /// Raise `exc` (owned) inside a suspended generator at its `yield`.
    fn throw_into(&mut self, generator: Value, exc: Value) -> PyResult<Resumed> {
        let fid = match self.runnable(generator) {
            Ok(Some(fid)) => fid,
            Ok(None) => return Err(PyErr::Raised(exc)),
            Err(e) => {
                self.heap.decref(exc);
                return Err(e);
            }
        };
        if let Err(e) = self.relink(generator, fid) {
            self.heap.decref(exc);
            return Err(e);
        }
        let r = match self.unwind(PyErr::Raised(exc)) {
            Ok(()) => self.run_frame(fid),
            Err(exc) => Err(PyErr::Raised(exc)),
        };
        self.finish_resume(generator, fid, r)
    }

    /// Discard the frame of a generator that will not run again.
    pub(crate) fn discard_generator(&mut self, generator: ObjRef) {
        let Some((Some(fid), _)) = self.generator_state(Value::Obj(generator)) else {
            return;
        };
        self.set_generator(Value::Obj(generator), Some(None), false);
        let Some(frame) = self.frames.remove(fid) else {
            return;
        };
        for v in frame.saved.into_iter().flatten().flatten() {
            self.heap.decref(v);
        }
        for v in [
            frame.func,
            frame.globals,
            frame.builtins,
            frame.locals,
            frame.f_trace,
        ] {
            self.heap.decref(v);
        }
        if let Some(view) = frame.view {
            crate::frameobject::detach_frame_view(self, view, frame.lasti);
            self.heap.decref_obj(view);
        }
    }

    /// Run an instance's `__del__`; an exception it raises is reported on
    /// stderr and ignored, as CPython does.
    fn call_del(&mut self, r: ObjRef) {
        let obj = Value::Obj(r);
        let Some(del) = self.user_special(obj, "__del__") else {
            return;
        };
        self.heap.incref(del);
        if let Err(e) = self.call_special(del, obj, &[]) {
            let exc = self.exception_value(e);
            let what = self.repr(del).unwrap_or_default();
            let report = self.format_exception(exc);
            self.write_stderr(&format!("Exception ignored in: {what}\n{report}"));
            self.heap.decref(exc);
        }
        self.heap.decref(del);
    }

    /// Run the finalisers the heap queued: generators discard their frames,
    /// instances run `__del__`.
    pub(crate) fn run_finalisers(&mut self) {
        loop {
            let pending = self.heap.take_pending_finalisers();
            if pending.is_empty() {
                return;
            }
            for r in pending {
                if self.is_generator(Value::Obj(r)) {
                    self.discard_generator(r);
                } else {
                    self.call_del(r);
                }
                self.heap.decref_obj(r);
            }
        }
    }
}

fn stop_iteration(interp: &mut Interpreter, value: Value) -> PyErr {
    let class = interp.classes.exc[&ExcKind::StopIteration];
    let args: Vec<Value> = if value == Value::None {
        vec![]
    } else {
        vec![value]
    };
    let e = interp.new_exception(class, &args);
    interp.heap.decref(value);
    PyErr::Raised(e)
}

fn resumed_value(interp: &mut Interpreter, r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(interp, v)),
    }
}

fn gen_next(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let r = interp.resume(args[0], Value::None)?;
    resumed_value(interp, r)
}

fn gen_send(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [generator, v] = args else {
        return Err(PyErr::type_error("send() takes exactly one argument"));
    };
    let started = interp
        .generator_state(*generator)
        .and_then(|(f, _)| f)
        .and_then(|f| interp.frames.get(f))
        .is_some_and(|f| f.lasti > 0);
    if !started && *v != Value::None {
        return Err(PyErr::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    interp.heap.incref(*v);
    let r = interp.resume(*generator, *v)?;
    resumed_value(interp, r)
}

fn gen_throw(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let Some((&generator, rest)) = args.split_first() else {
        return Err(PyErr::type_error(
            "throw expected at least 1 argument, got 0",
        ));
    };
    let Some(&what) = rest.first() else {
        return Err(PyErr::type_error(
            "throw expected at least 1 argument, got 0",
        ));
    };
    let exc = if interp.as_class_ref(what).is_some() {
        interp.call(what, &rest[1..rest.len().min(2)], &[])?
    } else {
        interp.heap.incref(what);
        what
    };
    let r = interp.throw_into(generator, exc)?;
    resumed_value(interp, r)
}

fn gen_close(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let generator = args[0];
    if interp.runnable(generator)?.is_none() {
        return Ok(Value::None);
    }
    let class = interp.classes.exc[&ExcKind::GeneratorExit];
    let exc = interp.new_exception(class, &[]);
    match interp.throw_into(generator, exc) {
        Ok(Resumed::Yielded(v)) => {
            interp.heap.decref(v);
            Err(PyErr::new(
                ExcKind::RuntimeError,
                "generator ignored GeneratorExit",
            ))
        }
        Ok(Resumed::Returned(v)) => {
            interp.heap.decref(v);
            Ok(Value::None)
        }
        Err(e) if interp.error_is(&e, ExcKind::GeneratorExit) || interp.is_stop_iteration(&e) => {
            interp.drop_error(e);
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    interp.heap.incref(args[0]);
    Ok(args[0])
}
