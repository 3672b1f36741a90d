//! Assigning a function's own attributes: `__name__`, `__qualname__`,
//! `__doc__`, `__defaults__`, `__kwdefaults__`, `__module__`,
//! `__annotations__` and `__code__`, with CPython's checks.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

impl Interpreter {
    /// A function's writable native attributes (`__name__`, `__doc__`,
    /// `__defaults__`, …); `None` if `obj` is not a function or `name` is
    /// not one of them.
    pub(crate) fn set_function_attr(
        &mut self,
        obj: Value,
        name: &str,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        self.function_data(obj)?;
        if name == "__code__" {
            return Some(self.set_function_code(obj, v));
        }
        let is_str = v.is_some_and(|v| self.heap.str_of(v).is_some());
        let r = obj.as_obj()?;
        let Payload::Interp(o) = self.heap.payload_mut(r) else {
            return None;
        };
        let InterpObject::Function(f) = &mut **o else {
            return None;
        };
        let slot = match name {
            "__name__" | "__qualname__" if !is_str => {
                return Some(Err(PyErr::type_error(format!(
                    "{name} must be set to a string object"
                ))));
            }
            "__name__" => &mut f.name,
            "__qualname__" => &mut f.qualname,
            "__doc__" => &mut f.doc,
            "__defaults__" => &mut f.defaults,
            "__kwdefaults__" => &mut f.kwdefaults,
            "__module__" => &mut f.module,
            "__annotations__" => &mut f.annotations,
            _ => return None,
        };
        let new = v.unwrap_or(Value::None);
        let old = std::mem::replace(slot, new);
        self.heap.incref(new);
        self.heap.decref(old);
        Some(Ok(()))
    }

    /// `f.__code__ = code`, with CPython's checks: a code object whose free
    /// variables match the function's closure cells in number.
    fn set_function_code(&mut self, obj: Value, v: Option<Value>) -> PyResult<()> {
        let not_code = || PyErr::type_error("__code__ must be set to a code object");
        let v = v.ok_or_else(not_code)?;
        let index = self.code_index(v).ok_or_else(not_code)?;
        let nfree = self.codes[index as usize].code.co_freevars.len();
        let (closure, fname) = match self.function_data(obj) {
            Some(f) => (f.closure, f.name),
            None => return Ok(()),
        };
        let ncells = match closure.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Tuple(cells)) => cells.len(),
            _ => 0,
        };
        if ncells != nfree {
            let fname = self.heap.str_of(fname).unwrap_or("?");
            return Err(PyErr::value_error(format!(
                "{fname}() requires a code object with {ncells} free vars, not {nfree}"
            )));
        }
        self.heap.incref(v);
        let old = match obj.as_obj().map(|r| self.heap.payload_mut(r)) {
            Some(Payload::Interp(o)) => match &mut **o {
                InterpObject::Function(f) => std::mem::replace(&mut f.code, v),
                _ => v,
            },
            _ => v,
        };
        self.heap.decref(old);
        Ok(())
    }
}
