//! `list`: a mutable sequence of values, held in a [`PyList`].
//!
//! Code outside this module reads and writes a list's items only through
//! `PyList`'s methods (or the borrowed view [`Items`]), never through a
//! `Vec<Value>` it reaches into, so that the storage behind them can
//! change without touching the callers. A caller that needs the items as
//! one mutable `Vec<Value>` asks for it with [`PyList::make_general`].
//!
//! # Invariants
//!
//! - A list owns one reference to each `Value::Obj` item it holds, as
//!   every payload does (see [`crate::heap::Payload`]). The methods here
//!   move values in and out without counting: a value pushed hands its
//!   reference to the list, a value removed hands it back to the caller.

use crate::error::{PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::types::BuiltinType;
use crate::value::{ObjRef, Value};

/// The items of a `list`.
#[derive(Debug, Default)]
pub struct PyList {
    values: Vec<Value>,
}

impl PyList {
    /// A list holding `items` (taking over their references).
    pub fn new(items: Vec<Value>) -> PyList {
        PyList { values: items }
    }

    /// `items * n`: the items repeated `n` times (no references taken).
    pub fn repeat(items: Items<'_>, n: usize) -> PyList {
        match items {
            Items::Values(v) => PyList::new(v.repeat(n)),
        }
    }

    /// `len(list)`.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the list has no items.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The item at `i`, borrowed; `None` past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.values.get(i).copied()
    }

    /// Puts `v` at `i` and returns the item it replaces (both owned);
    /// `None` (and `v` not stored) past the end.
    #[inline]
    pub fn replace(&mut self, i: usize, v: Value) -> Option<Value> {
        self.values
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, v))
    }

    /// `list.append(v)`, taking `v`'s reference.
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.values.push(v);
    }

    /// Removes and returns the last item.
    pub fn pop(&mut self) -> Option<Value> {
        self.values.pop()
    }

    /// Inserts `v` before position `i` (which must be at most `len()`).
    pub fn insert(&mut self, i: usize, v: Value) {
        self.values.insert(i.min(self.values.len()), v);
    }

    /// Removes and returns the item at `i`; `None` past the end.
    pub fn remove(&mut self, i: usize) -> Option<Value> {
        (i < self.values.len()).then(|| self.values.remove(i))
    }

    /// Appends every item of `items`, taking their references.
    pub fn extend(&mut self, items: impl IntoIterator<Item = Value>) {
        for v in items {
            self.push(v);
        }
    }

    /// Exchanges the items at `i` and `j` (both must be below `len()`).
    pub fn swap(&mut self, i: usize, j: usize) {
        self.values.swap(i, j);
    }

    /// Reverses the items in place.
    pub fn reverse(&mut self) {
        self.values.reverse();
    }

    /// The items, borrowed, as a view that also serves tuples.
    #[inline]
    pub fn items(&self) -> Items<'_> {
        Items::Values(&self.values)
    }

    /// The items one by one, borrowed.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Value> + ExactSizeIterator + '_ {
        self.items().iter()
    }

    /// A copy of the items (no references taken).
    pub fn to_values(&self) -> Vec<Value> {
        self.values.clone()
    }

    /// Empties the list and returns its former items (owned).
    pub fn take(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.values)
    }

    /// Replaces every item with `items` and returns the former ones (both
    /// owned).
    pub fn set_values(&mut self, items: Vec<Value>) -> Vec<Value> {
        std::mem::replace(&mut self.values, items)
    }

    /// Replaces the items in `range` with `new` and returns the removed
    /// ones (owned). The range must lie within the list.
    pub fn splice(&mut self, range: std::ops::Range<usize>, new: Vec<Value>) -> Vec<Value> {
        let values = self.make_general();
        if range.len() == new.len() {
            let mut swapped = new;
            values[range].swap_with_slice(&mut swapped);
            swapped
        } else {
            values.splice(range, new).collect()
        }
    }

    /// The items as one vector of `Value`s, for code that needs a slice
    /// or `Vec` operations.
    pub fn make_general(&mut self) -> &mut Vec<Value> {
        &mut self.values
    }

    /// Visits every heap object the list holds a reference to.
    pub fn for_each_value(&self, f: impl FnMut(&Value)) {
        self.values.iter().for_each(f);
    }

    /// Bytes of item storage the list has allocated, spare capacity
    /// included (CPython's `allocated * sizeof(PyObject *)`).
    pub fn heap_bytes(&self) -> usize {
        self.values.capacity() * std::mem::size_of::<Value>()
    }
}

impl From<Vec<Value>> for PyList {
    fn from(items: Vec<Value>) -> PyList {
        PyList::new(items)
    }
}

impl FromIterator<Value> for PyList {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> PyList {
        let mut list = PyList::default();
        list.extend(iter);
        list
    }
}

/// The items of a list or a tuple, borrowed: what code that only reads a
/// sequence's items (indexing, unpacking, concatenation, comparison) sees.
#[derive(Clone, Copy, Debug)]
pub enum Items<'a> {
    /// A vector of `Value`s (a tuple, or a list of any items).
    Values(&'a [Value]),
}

impl<'a> Items<'a> {
    /// The number of items.
    #[inline]
    pub fn len(self) -> usize {
        match self {
            Items::Values(v) => v.len(),
        }
    }

    /// Whether there are no items.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The item at `i`; `None` past the end.
    #[inline]
    pub fn get(self, i: usize) -> Option<Value> {
        match self {
            Items::Values(v) => v.get(i).copied(),
        }
    }

    /// The items one by one.
    pub fn iter(self) -> impl DoubleEndedIterator<Item = Value> + ExactSizeIterator + 'a {
        match self {
            Items::Values(v) => v.iter().copied(),
        }
    }

    /// A copy of the items (no references taken).
    pub fn to_vec(self) -> Vec<Value> {
        self.iter().collect()
    }
}

impl Heap {
    /// A new list taking over the caller's references to `items`.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc_list(PyList::new(items))
    }

    /// A new list object holding `list`'s items (taking over their
    /// references).
    pub fn alloc_list(&mut self, list: PyList) -> Value {
        self.alloc_builtin(BuiltinType::List, Payload::List(list))
    }

    /// The items of a list, or `None` if `r` is not a list.
    pub fn list_items(&self, r: ObjRef) -> Option<&PyList> {
        match self.payload(r) {
            Payload::List(items) => Some(items),
            _ => None,
        }
    }

    /// The items of a list, mutably, or `None` if `r` is not a list.
    pub fn list_items_mut(&mut self, r: ObjRef) -> Option<&mut PyList> {
        match self.payload_mut(r) {
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
