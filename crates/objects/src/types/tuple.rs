//! `tuple`: an immutable sequence of values.

use crate::heap::{Heap, Payload};
use crate::types::BuiltinType;
use crate::value::Value;

impl Heap {
    /// A new tuple taking over the caller's references to `items`.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.alloc_builtin(BuiltinType::Tuple, Payload::Tuple(items.into_boxed_slice()))
    }
}
