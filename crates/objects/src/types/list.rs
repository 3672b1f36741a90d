//! `list`: a mutable sequence of values, a vector of `Value` slots as
//! CPython's list is a vector of pointers.

use crate::error::{PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::types::BuiltinType;
use crate::value::{ObjRef, Value};

impl Heap {
    /// A new list taking over the caller's references to `items`.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc_builtin(BuiltinType::List, Payload::List(items))
    }

    /// The items of a list, or `None` if `r` is not a list.
    pub fn list_items(&self, r: ObjRef) -> Option<&Vec<Value>> {
        match self.payload(r) {
            Payload::List(items) => Some(items),
            _ => None,
        }
    }
}

/// `lst.append(v)` (`v` borrowed).
pub fn append(heap: &mut Heap, list: ObjRef, v: Value) -> PyResult<()> {
    heap.incref(v);
    match heap.payload_mut(list) {
        Payload::List(items) => {
            items.push(v);
            Ok(())
        }
        _ => {
            heap.decref(v);
            Err(PyErr::type_error(
                "descriptor 'append' requires a 'list' object",
            ))
        }
    }
}
