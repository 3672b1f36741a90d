//! `with` statements: `BEFORE_WITH` enters the context manager and
//! `WITH_EXCEPT_START` calls its `__exit__` with the exception.

use pyrite_objects::{PyErr, PyResult, Value};

use super::Flow;
use crate::interpreter::Interpreter;

impl Interpreter {
    pub(super) fn op_before_with(&mut self) -> PyResult<Flow> {
        let mgr = self.pop();
        let class = self.class_of(mgr);
        let enter = self.lookup_type_str(class, "__enter__");
        let exit = self.lookup_type_str(class, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let name = self.type_name(mgr);
            self.heap.decref(mgr);
            // CPython 3.11 checks `__enter__` first, then names a missing
            // `__exit__`.
            let missed = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(PyErr::type_error(format!(
                "'{name}' object does not support the context manager protocol{missed}"
            )));
        };
        let class_v = Value::Obj(class);
        let bound_exit = match self.bind_descriptor(exit, mgr, class_v) {
            Ok(b) => b,
            Err(e) => {
                self.heap.decref(mgr);
                return Err(e);
            }
        };
        self.push(bound_exit);
        let r = self.call_special(enter, mgr, &[]);
        self.heap.decref(mgr);
        self.push(r?);
        Ok(Flow::Next)
    }

    pub(super) fn op_with_except_start(&mut self) -> PyResult<Flow> {
        let exc = self.peek(0);
        let exit = self.peek(3);
        let ty = self.type_value(exc);
        let tb = self
            .exception_data(exc)
            .map_or(Value::None, |e| e.traceback);
        let r = self.call(exit, &[ty, exc, tb], &[]);
        self.heap.decref(ty);
        self.push(r?);
        Ok(Flow::Next)
    }
}
