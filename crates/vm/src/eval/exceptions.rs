//! Raising and handling: `raise`, the `except` machinery CPython 3.11's
//! compiler lays out with `PUSH_EXC_INFO`, `CHECK_EXC_MATCH`,
//! `POP_EXCEPT` and `RERAISE`.

use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use super::Flow;
use crate::frame::FrameId;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// Turn a raised value (a class or an instance) into an instance.
    fn instantiate_exception(&mut self, v: Value) -> PyResult<Value> {
        let base = self.classes.exc[&ExcKind::BaseException];
        if let Some(r) = v.as_obj() {
            if crate::class::class_data(&self.heap, v).is_some() {
                if self.is_subclass(r, base) {
                    let e = self.call(v, &[], &[])?;
                    if !self.is_instance(e, base) {
                        let name = self.type_name(e);
                        self.heap.decref(e);
                        return Err(PyErr::type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {name}",
                            self.class_name(r)
                        )));
                    }
                    return Ok(e);
                }
            } else if self.is_instance(v, base) {
                self.heap.incref(v);
                return Ok(v);
            }
        }
        Err(PyErr::type_error(
            "exceptions must derive from BaseException",
        ))
    }

    pub(super) fn op_raise(&mut self, argc: u32) -> PyResult<Flow> {
        match argc {
            0 => {
                let exc = self.exc_info;
                if exc == Value::None {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "No active exception to reraise",
                    ));
                }
                self.heap.incref(exc);
                self.reraising = true;
                Err(PyErr::Raised(exc))
            }
            1 => {
                let v = self.pop();
                let exc = self.instantiate_exception(v);
                self.heap.decref(v);
                let exc = exc?;
                self.set_context(exc);
                Err(PyErr::Raised(exc))
            }
            _ => {
                let cause = self.pop();
                let v = self.pop();
                let exc = self.instantiate_exception(v);
                self.heap.decref(v);
                let exc = match exc {
                    Ok(e) => e,
                    Err(e) => {
                        self.heap.decref(cause);
                        return Err(e);
                    }
                };
                let cause = if cause == Value::None {
                    Value::None
                } else {
                    match self.instantiate_exception(cause) {
                        Ok(c) => {
                            self.heap.decref(cause);
                            c
                        }
                        Err(_) => {
                            self.heap.decref(cause);
                            self.heap.decref(exc);
                            return Err(PyErr::type_error(
                                "exception causes must derive from BaseException",
                            ));
                        }
                    }
                };
                if let Some(d) = self.exception_data_mut(exc) {
                    let old = std::mem::replace(&mut d.cause, cause);
                    d.suppress_context = true;
                    self.heap.decref(old);
                } else {
                    self.heap.decref(cause);
                }
                self.set_context(exc);
                Err(PyErr::Raised(exc))
            }
        }
    }

    pub(super) fn op_reraise(&mut self, fid: FrameId, arg: u32) -> PyResult<Flow> {
        let exc = self.pop();
        if arg != 0 {
            if let Value::Int(lasti) = self.peek(arg as usize - 1) {
                // The handler search still starts at this RERAISE; the
                // restored position is what f_lasti and a pushed lasti show.
                self.unwind_from = Some(self.frames[fid].lasti);
                self.frames[fid].lasti = lasti as usize;
            }
        }
        self.reraising = true;
        Err(PyErr::Raised(exc))
    }

    pub(super) fn op_push_exc_info(&mut self) -> PyResult<Flow> {
        let exc = self.pop();
        let previous = std::mem::replace(&mut self.exc_info, exc);
        self.heap.incref(exc);
        self.push(previous);
        self.push(exc);
        Ok(Flow::Next)
    }

    pub(super) fn op_pop_except(&mut self) -> PyResult<Flow> {
        let previous = self.pop();
        let handled = std::mem::replace(&mut self.exc_info, previous);
        self.heap.decref(handled);
        Ok(Flow::Next)
    }

    pub(super) fn op_check_exc_match(&mut self) -> PyResult<Flow> {
        let spec = self.pop();
        let exc = self.peek(0);
        let r = self.exception_matches(exc, spec);
        self.heap.decref(spec);
        self.push(Value::Bool(r?));
        Ok(Flow::Next)
    }
}
