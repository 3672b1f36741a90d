//! `memoryview`: a one-dimensional view of the bytes of a `bytes` or
//! `bytearray`, without copying them.
//!
//! A view names its object and the bytes it sees: `len` items, the first
//! at byte `start`, each `step` bytes after the one before (a slice with a
//! step gives a strided view). Every item is one byte, read as the
//! view's format: `'B'` (unsigned), `'b'` (signed) or `'c'` (a bytes of
//! length 1).
//!
//! Invariants:
//! - `obj` is an owned reference to a `bytes` or `bytearray`.
//! - Reads check the positions against the object's current length (a
//!   `bytearray` may have shrunk since), so a stale view never reads out
//!   of bounds: it reads nothing ([`MemoryView::bytes`] gives `None`).
//! - A released view keeps its `obj` until it is freed, but every
//!   operation on it but `release()` and `repr` fails.

use crate::heap::{Heap, Payload};
use crate::types::interp::InterpObject;
use crate::value::Value;

/// The state of one `memoryview`.
#[derive(Clone, Debug, PartialEq)]
pub struct MemoryView {
    /// The object whose bytes are seen (owned).
    pub obj: Value,
    /// The byte offset of the first item.
    pub start: usize,
    /// The number of items.
    pub len: usize,
    /// The distance in bytes from one item to the next (negative for a
    /// reversed slice).
    pub step: isize,
    /// `'B'`, `'b'` or `'c'`.
    pub format: char,
    /// Whether the format was given with the native-alignment prefix
    /// `'@'` (which `format` then shows).
    pub prefixed: bool,
    /// Whether writes are refused (a view of `bytes`, or of a read-only
    /// view).
    pub readonly: bool,
    /// Whether `release()` was called.
    pub released: bool,
}

impl MemoryView {
    /// A view of all of `obj` (borrowed; the caller gives the view its
    /// own reference), or `None` when `obj` exposes no bytes.
    pub fn of(heap: &Heap, obj: Value) -> Option<MemoryView> {
        let (len, readonly) = match heap.payload(obj.as_obj()?) {
            Payload::Bytes(b) => (b.len(), true),
            Payload::ByteArray(b) => (b.len(), false),
            _ => return None,
        };
        Some(MemoryView {
            obj,
            start: 0,
            len,
            step: 1,
            format: 'B',
            prefixed: false,
            readonly,
            released: false,
        })
    }

    /// The byte offset of item `i` (which must be below `len`).
    pub fn offset(&self, i: usize) -> Option<usize> {
        let delta = isize::try_from(i).ok()?.checked_mul(self.step)?;
        self.start.checked_add_signed(delta)
    }

    /// The bytes the view sees now, in order; `None` when it is released
    /// or the object has shrunk below them.
    pub fn bytes(&self, heap: &Heap) -> Option<Vec<u8>> {
        if self.released {
            return None;
        }
        let data: &[u8] = match heap.payload(self.obj.as_obj()?) {
            Payload::Bytes(b) => b,
            Payload::ByteArray(b) => b,
            _ => return None,
        };
        (0..self.len)
            .map(|i| self.offset(i).and_then(|o| data.get(o).copied()))
            .collect()
    }

    /// Whether the items are adjacent and in order (C-contiguous).
    pub fn contiguous(&self) -> bool {
        self.step == 1 || self.len <= 1
    }
}

/// CPython's error for any use of a released view.
pub fn released_error() -> crate::error::PyErr {
    crate::error::PyErr::value_error("operation forbidden on released memoryview object")
}

/// The view a value is, if it is a `memoryview`.
pub fn view_of(heap: &Heap, v: Value) -> Option<&MemoryView> {
    match heap.payload(v.as_obj()?) {
        Payload::Interp(o) => match &**o {
            InterpObject::MemoryView(m) => Some(m),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes a `memoryview` value sees now (see [`MemoryView::bytes`]),
/// for the consumers that take a simple buffer: as in CPython, a strided
/// view is not one (`bytes()` and `bytearray()` copy any view).
pub fn view_bytes(heap: &Heap, v: Value) -> Option<Vec<u8>> {
    view_of(heap, v).filter(|m| m.contiguous())?.bytes(heap)
}
