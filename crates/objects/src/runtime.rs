//! The bridge back into Python: what a built-in method needs from the VM.
//!
//! Built-in operations are plain functions over a [`Runtime`]. Most of the
//! time they only touch the heap; when they meet an instance of a user
//! class (a key with its own `__eq__`, a list element with `__lt__`, a sort
//! key function) they call the VM through this trait, which runs the
//! Python code (re-entering its evaluation loop) and returns the result.
//!
//! [`Heap`] itself implements `Runtime` with CPython's `object` defaults
//! (identity equality and hash, `<X object at 0x…>` repr, no ordering), so
//! the crate can be used and tested without a VM.
//!
//! Ownership: arguments are borrowed; a returned `Value` is an owned
//! reference the caller must release.

use crate::error::{PyErr, PyResult};
use crate::hash::pointer_hash;
use crate::heap::Heap;
use crate::value::Value;

/// What built-in methods need from the interpreter.
pub trait Runtime {
    /// The heap.
    fn heap(&mut self) -> &mut Heap;

    /// `a == b` where `a` or `b` is an instance of a user class: the
    /// result of `__eq__` (possibly `NotImplemented`, then of the
    /// reflected `__eq__`), as an owned reference.
    fn user_eq(&mut self, a: Value, b: Value) -> PyResult<Value> {
        Ok(if a.is(b) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        })
    }

    /// `a < b` where `a` or `b` is an instance of a user class, as an owned
    /// reference (`NotImplemented` if neither side defines it).
    fn user_lt(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let _ = (a, b);
        Ok(Value::NotImplemented)
    }

    /// `hash(v)` for an instance of a user class.
    fn user_hash(&mut self, v: Value) -> PyResult<i64> {
        let id = self.heap().id(v);
        Ok(pointer_hash(id))
    }

    /// `repr(v)` for an instance of a user class.
    fn user_repr(&mut self, v: Value) -> PyResult<String> {
        let heap = self.heap();
        let name = crate::ops::type_name(heap, v);
        Ok(format!("<{} object at {:#x}>", name, heap.id(v)))
    }

    /// `bool(v)` for an instance of a user class (its `__bool__`, else
    /// `__len__`); the default is `object`'s: true.
    fn user_bool(&mut self, v: Value) -> PyResult<bool> {
        let _ = v;
        Ok(true)
    }

    /// `str(v)` for an instance of a user class (defaults to its repr).
    fn user_str(&mut self, v: Value) -> PyResult<String> {
        self.user_repr(v)
    }

    /// Every item of a user iterable, as owned references (`list(v)`).
    fn user_iterate(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let name = crate::ops::type_name(self.heap(), v);
        Err(PyErr::type_error(format!(
            "'{name}' object is not iterable"
        )))
    }

    /// `getattr(v, name)` (used by `str.format` fields like `{0.real}`);
    /// an owned reference. The default knows the numbers' `real` and
    /// `imag`.
    fn getattr(&mut self, v: Value, name: &str) -> PyResult<Value> {
        crate::ops::builtin_getattr(self.heap(), v, name)
    }

    /// `format(v, spec)` for an instance of a user class (its
    /// `__format__`); the default is `object.__format__`.
    fn user_format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.user_str(v);
        }
        let name = crate::ops::type_name(self.heap(), v);
        Err(PyErr::type_error(format!(
            "unsupported format string passed to {name}.__format__"
        )))
    }

    /// The pairs of a mapping that is not a dict, read as CPython's
    /// `PyDict_Merge` does: `v.keys()`, then `v[key]` for each key (all
    /// owned references). `None` when `v` has no `keys` attribute (then it
    /// is not a mapping); the default knows no such objects.
    fn mapping_pairs(&mut self, v: Value) -> Option<PyResult<Vec<(Value, Value)>>> {
        let _ = v;
        None
    }

    /// `callable(*args)`; the result is an owned reference.
    fn call(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        let _ = args;
        let name = crate::ops::type_name(self.heap(), callable);
        Err(PyErr::type_error(format!(
            "'{name}' object is not callable"
        )))
    }
}

impl Runtime for Heap {
    fn heap(&mut self) -> &mut Heap {
        self
    }
}
