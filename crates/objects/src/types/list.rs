//! `list`: a mutable sequence of values, held in a [`PyList`].
//!
//! # Storage strategies
//!
//! CPython's list is a vector of pointers, 8 bytes a slot. A `Value` is 16
//! bytes (see [`crate::value`]), so a vector of `Value`s would cost twice
//! CPython's memory for the most common list of all, a list of ints. A
//! `PyList` therefore keeps its items in one of two representations, as
//! PyPy's list strategies do:
//!
//! - [`Storage::Ints`]: a vector of `i64` while every item is a small int
//!   (`Value::Int`). Eight bytes a slot, and no references to count: the
//!   cycle collector finds nothing to visit in it.
//! - [`Storage::Values`]: a vector of `Value`s, for any items.
//!
//! A new list starts as `Ints`. Storing anything but a small int into an
//! `Ints` list converts it to `Values` once (O(n)); it stays general from
//! then on, until it is emptied by [`PyList::take`] (`list.clear()`,
//! `del l[:]` keeps it general) or its items are replaced wholesale by
//! [`PyList::set_values`] (`list.sort()`), which choose the representation
//! afresh. `True` is a `Value::Bool`, not a `Value::Int`, so `[1, True]` is
//! general and keeps its `True`; `[1, 2.0]` keeps its float.
//!
//! Code outside this module reads and writes a list's items only through
//! `PyList`'s methods (or the borrowed view [`Items`]), never through the
//! vectors themselves. A caller that needs one mutable `Vec<Value>` asks
//! for it with [`PyList::make_general`], which converts the list.
//!
//! # Invariants
//!
//! - In `Storage::Ints`, every item is the `Value::Int` of its `i64`.
//! - A list owns one reference to each `Value::Obj` item it holds, as every
//!   payload does (see [`crate::heap::Payload`]). The methods here move
//!   values in and out without counting: a value pushed hands its reference
//!   to the list, a value removed hands it back to the caller.

use crate::error::{PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::types::BuiltinType;
use crate::value::{ObjRef, Value};

/// The items of a `list`.
#[derive(Debug, Default)]
pub struct PyList {
    storage: Storage,
}

/// How a list holds its items (see the module docs).
#[derive(Debug)]
enum Storage {
    /// Every item is a small int.
    Ints(Vec<i64>),
    /// Any items.
    Values(Vec<Value>),
}

impl Default for Storage {
    fn default() -> Storage {
        Storage::Ints(Vec::new())
    }
}

/// The `i64`s of `items` if every one is a small int.
fn all_ints(items: &[Value]) -> Option<Vec<i64>> {
    if !items.iter().all(|v| matches!(v, Value::Int(_))) {
        return None;
    }
    let mut ints = Vec::with_capacity(items.len());
    ints.extend(items.iter().map(|v| match v {
        Value::Int(i) => *i,
        _ => 0,
    }));
    Some(ints)
}

impl PyList {
    /// A list holding `items` (taking over their references), in the
    /// narrowest representation that holds them all.
    pub fn new(items: Vec<Value>) -> PyList {
        let storage = match all_ints(&items) {
            Some(ints) => Storage::Ints(ints),
            None => Storage::Values(items),
        };
        PyList { storage }
    }

    /// A list of small ints.
    pub fn from_ints(ints: Vec<i64>) -> PyList {
        PyList {
            storage: Storage::Ints(ints),
        }
    }

    /// `items * n`: the items repeated `n` times (no references taken).
    pub fn repeat(items: Items<'_>, n: usize) -> PyList {
        let storage = match items {
            Items::Ints(v) => Storage::Ints(v.repeat(n)),
            Items::Values(v) => return PyList::new(v.repeat(n)),
        };
        PyList { storage }
    }

    /// `x + y`: the items of `x` followed by those of `y` (no references
    /// taken).
    pub fn concat(x: Items<'_>, y: Items<'_>) -> PyList {
        if let (Items::Ints(x), Items::Ints(y)) = (x, y) {
            return PyList::from_ints([x, y].concat());
        }
        let mut values = Vec::with_capacity(x.len() + y.len());
        values.extend(x.iter().chain(y.iter()));
        PyList::new(values)
    }

    /// The items of `items` at `positions` (each below `items.len()`), in
    /// that order: a slice (no references taken).
    pub fn pick(items: Items<'_>, positions: impl ExactSizeIterator<Item = usize>) -> PyList {
        match items {
            Items::Ints(v) => {
                let mut ints = Vec::with_capacity(positions.len());
                ints.extend(positions.filter_map(|p| v.get(p).copied()));
                PyList::from_ints(ints)
            }
            Items::Values(v) => {
                let mut values = Vec::with_capacity(positions.len());
                values.extend(positions.filter_map(|p| v.get(p).copied()));
                PyList::new(values)
            }
        }
    }

    /// Whether the list holds its items as a vector of `i64` (for tests
    /// and `sys.getsizeof`'s readers: the representation is otherwise
    /// invisible).
    pub fn holds_ints(&self) -> bool {
        matches!(self.storage, Storage::Ints(_))
    }

    /// `len(list)`.
    #[inline]
    pub fn len(&self) -> usize {
        match &self.storage {
            Storage::Ints(v) => v.len(),
            Storage::Values(v) => v.len(),
        }
    }

    /// Whether the list has no items.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i`, borrowed; `None` past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        match &self.storage {
            Storage::Ints(v) => v.get(i).map(|&x| Value::Int(x)),
            Storage::Values(v) => v.get(i).copied(),
        }
    }

    /// Puts `v` at `i` and returns the item it replaces (both owned);
    /// `None` (and `v` not stored) past the end.
    #[inline]
    pub fn replace(&mut self, i: usize, v: Value) -> Option<Value> {
        if i >= self.len() {
            return None;
        }
        match (&mut self.storage, v) {
            (Storage::Ints(ints), Value::Int(x)) => {
                Some(Value::Int(std::mem::replace(&mut ints[i], x)))
            }
            _ => Some(std::mem::replace(&mut self.make_general()[i], v)),
        }
    }

    /// `list.append(v)`, taking `v`'s reference.
    #[inline]
    pub fn push(&mut self, v: Value) {
        match (&mut self.storage, v) {
            (Storage::Ints(ints), Value::Int(x)) => ints.push(x),
            (Storage::Values(values), v) => values.push(v),
            (Storage::Ints(_), v) => self.make_general().push(v),
        }
    }

    /// Removes and returns the last item.
    pub fn pop(&mut self) -> Option<Value> {
        match &mut self.storage {
            Storage::Ints(v) => v.pop().map(Value::Int),
            Storage::Values(v) => v.pop(),
        }
    }

    /// Inserts `v` before position `i` (clamped to `len()`).
    pub fn insert(&mut self, i: usize, v: Value) {
        let i = i.min(self.len());
        match (&mut self.storage, v) {
            (Storage::Ints(ints), Value::Int(x)) => ints.insert(i, x),
            _ => self.make_general().insert(i, v),
        }
    }

    /// Removes and returns the item at `i`; `None` past the end.
    pub fn remove(&mut self, i: usize) -> Option<Value> {
        if i >= self.len() {
            return None;
        }
        Some(match &mut self.storage {
            Storage::Ints(v) => Value::Int(v.remove(i)),
            Storage::Values(v) => v.remove(i),
        })
    }

    /// Appends every item of `items`, taking their references.
    pub fn extend(&mut self, items: impl IntoIterator<Item = Value>) {
        let items = items.into_iter();
        let (lower, _) = items.size_hint();
        match &mut self.storage {
            Storage::Ints(v) => v.reserve(lower),
            Storage::Values(v) => v.reserve(lower),
        }
        for v in items {
            self.push(v);
        }
    }

    /// Exchanges the items at `i` and `j` (both must be below `len()`).
    pub fn swap(&mut self, i: usize, j: usize) {
        match &mut self.storage {
            Storage::Ints(v) => v.swap(i, j),
            Storage::Values(v) => v.swap(i, j),
        }
    }

    /// Reverses the items in place.
    pub fn reverse(&mut self) {
        match &mut self.storage {
            Storage::Ints(v) => v.reverse(),
            Storage::Values(v) => v.reverse(),
        }
    }

    /// Sorts a list of small ints in ascending (or, with `reverse`,
    /// descending) order and returns true; returns false, changing
    /// nothing, for a list in any other representation. Equal ints are
    /// indistinguishable, so stability cannot be observed.
    pub fn sort_ints(&mut self, reverse: bool) -> bool {
        let Storage::Ints(v) = &mut self.storage else {
            return false;
        };
        if reverse {
            v.sort_unstable_by(|a, b| b.cmp(a));
        } else {
            v.sort_unstable();
        }
        true
    }

    /// The items, borrowed, as a view that also serves tuples.
    #[inline]
    pub fn items(&self) -> Items<'_> {
        match &self.storage {
            Storage::Ints(v) => Items::Ints(v),
            Storage::Values(v) => Items::Values(v),
        }
    }

    /// The items one by one, borrowed.
    pub fn iter(&self) -> ItemsIter<'_> {
        self.items().iter()
    }

    /// A copy of the items (no references taken).
    pub fn to_values(&self) -> Vec<Value> {
        self.items().to_vec()
    }

    /// Empties the list and returns its former items (owned). The list
    /// starts again as a list of ints.
    pub fn take(&mut self) -> Vec<Value> {
        match std::mem::take(&mut self.storage) {
            Storage::Ints(v) => v.into_iter().map(Value::Int).collect(),
            Storage::Values(v) => v,
        }
    }

    /// Replaces every item with `items` and returns the former ones (both
    /// owned). The representation is chosen afresh for `items`.
    pub fn set_values(&mut self, items: Vec<Value>) -> Vec<Value> {
        let old = self.take();
        *self = PyList::new(items);
        old
    }

    /// Replaces the items in `range` with `new` and returns the removed
    /// ones (owned). The range must lie within the list.
    pub fn splice(&mut self, range: std::ops::Range<usize>, new: Vec<Value>) -> Vec<Value> {
        if let Storage::Ints(ints) = &mut self.storage {
            if new.iter().all(|v| matches!(v, Value::Int(_))) {
                return splice_ints(ints, range, new);
            }
        }
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
    /// or `Vec` operations. A list of ints is converted (once, O(n)) and
    /// stays general afterwards.
    pub fn make_general(&mut self) -> &mut Vec<Value> {
        if let Storage::Ints(ints) = &self.storage {
            let mut values = Vec::with_capacity(ints.capacity().max(ints.len()));
            values.extend(ints.iter().map(|&x| Value::Int(x)));
            self.storage = Storage::Values(values);
        }
        match &mut self.storage {
            Storage::Values(values) => values,
            Storage::Ints(_) => unreachable!("a list of ints was just made general"),
        }
    }

    /// Visits every value the list holds that may be a heap object (a
    /// list of ints has none).
    pub fn for_each_value(&self, f: impl FnMut(&Value)) {
        if let Storage::Values(v) = &self.storage {
            v.iter().for_each(f);
        }
    }

    /// Bytes of item storage the list has allocated, spare capacity
    /// included (CPython's `allocated * sizeof(PyObject *)`): 8 a slot for
    /// a list of ints, 16 for a general one.
    pub fn heap_bytes(&self) -> usize {
        match &self.storage {
            Storage::Ints(v) => v.capacity() * std::mem::size_of::<i64>(),
            Storage::Values(v) => v.capacity() * std::mem::size_of::<Value>(),
        }
    }
}

/// [`PyList::splice`] of small ints into a list of ints; `new` holds only
/// `Value::Int`s. Same-length replacement (`perm[:k] = perm[k-1::-1]`)
/// swaps in place and hands the removed items back in `new`'s own vector.
fn splice_ints(
    ints: &mut Vec<i64>,
    range: std::ops::Range<usize>,
    mut new: Vec<Value>,
) -> Vec<Value> {
    let as_int = |v: &Value| match v {
        Value::Int(x) => *x,
        _ => 0,
    };
    if range.len() == new.len() {
        for (slot, v) in ints[range].iter_mut().zip(new.iter_mut()) {
            *v = Value::Int(std::mem::replace(slot, as_int(v)));
        }
        return new;
    }
    ints.splice(range, new.iter().map(as_int))
        .map(Value::Int)
        .collect()
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
    /// A list's small ints.
    Ints(&'a [i64]),
    /// A vector of `Value`s (a tuple, or a general list).
    Values(&'a [Value]),
}

impl<'a> Items<'a> {
    /// The number of items.
    #[inline]
    pub fn len(self) -> usize {
        match self {
            Items::Ints(v) => v.len(),
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
            Items::Ints(v) => v.get(i).map(|&x| Value::Int(x)),
            Items::Values(v) => v.get(i).copied(),
        }
    }

    /// The items one by one.
    pub fn iter(self) -> ItemsIter<'a> {
        match self {
            Items::Ints(v) => ItemsIter::Ints(v.iter()),
            Items::Values(v) => ItemsIter::Values(v.iter()),
        }
    }

    /// A copy of the items (no references taken).
    pub fn to_vec(self) -> Vec<Value> {
        self.iter().collect()
    }
}

/// An iterator over [`Items`].
#[derive(Clone, Debug)]
pub enum ItemsIter<'a> {
    /// Over a list's small ints.
    Ints(std::slice::Iter<'a, i64>),
    /// Over `Value`s.
    Values(std::slice::Iter<'a, Value>),
}

impl Iterator for ItemsIter<'_> {
    type Item = Value;

    #[inline]
    fn next(&mut self) -> Option<Value> {
        match self {
            ItemsIter::Ints(it) => it.next().map(|&x| Value::Int(x)),
            ItemsIter::Values(it) => it.next().copied(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl DoubleEndedIterator for ItemsIter<'_> {
    fn next_back(&mut self) -> Option<Value> {
        match self {
            ItemsIter::Ints(it) => it.next_back().map(|&x| Value::Int(x)),
            ItemsIter::Values(it) => it.next_back().copied(),
        }
    }
}

impl ExactSizeIterator for ItemsIter<'_> {
    fn len(&self) -> usize {
        match self {
            ItemsIter::Ints(it) => it.len(),
            ItemsIter::Values(it) => it.len(),
        }
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

    /// `list(r)` for an exact `range` of machine integers, written
    /// straight into a list of ints without a vector of values in
    /// between; `None` for any other value (the caller iterates it).
    pub fn new_list_from_range(&mut self, r: Value) -> Option<PyResult<Value>> {
        if self.builtin_type(r) != Some(BuiltinType::Range) {
            return None;
        }
        let (start, step, len) = crate::types::range::small_range(self, r.as_obj()?)?;
        if let Err(e) = crate::error::check_allocation(len as u128, 8) {
            return Some(Err(e));
        }
        // Every item lies between start and stop, so it fits in an i64
        // even where `i * step` alone does not: wrapping arithmetic gives
        // it exactly.
        let ints = (0..len as i64)
            .map(|i| start.wrapping_add(i.wrapping_mul(step)))
            .collect();
        Some(Ok(self.alloc_list(PyList::from_ints(ints))))
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

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
