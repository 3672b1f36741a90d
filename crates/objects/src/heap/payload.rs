//! What a heap object holds: one variant per built-in representation.
//!
//! A payload owns one reference to every [`Value::Obj`] inside it; that is
//! exactly the set [`Payload::for_each_ref`] visits. The cycle collector
//! relies on this: a reference visited here must be counted in the
//! referent's refcount, and a counted reference must be visited.

use num_bigint::BigInt;

use crate::types::dict_table::DictTable;
use crate::types::interp::InterpObject;
use crate::types::list::PyList;
use crate::types::set_table::SetTable;
use crate::types::str::PyStr;
use crate::value::{ObjRef, Value};

/// The contents of a heap object.
#[derive(Debug)]
pub enum Payload {
    /// An `int` outside the `i64` range (smaller ints are `Value::Int`),
    /// or the value of an instance of an `int` subclass (any size).
    Int(BigInt),
    /// The value of an instance of a `float` subclass (a plain `float` is
    /// always `Value::Float`).
    Float(f64),
    /// A `complex`.
    Complex {
        /// The real part.
        real: f64,
        /// The imaginary part.
        imag: f64,
    },
    /// A `str`.
    Str(PyStr),
    /// A `bytes`.
    Bytes(Box<[u8]>),
    /// A `bytearray`.
    ByteArray(Vec<u8>),
    /// A `tuple`.
    Tuple(Box<[Value]>),
    /// A `list` (see [`PyList`] for how it stores its items).
    List(PyList),
    /// A `dict`.
    Dict(DictTable),
    /// A `set` or `frozenset` (the header's type says which).
    Set(SetTable),
    /// A `range`; the three fields are ints.
    Range {
        /// `range.start`
        start: Value,
        /// `range.stop`
        stop: Value,
        /// `range.step`
        step: Value,
    },
    /// A `slice`.
    Slice {
        /// `slice.start`
        start: Value,
        /// `slice.stop`
        stop: Value,
        /// `slice.step`
        step: Value,
    },
    /// A closure `cell`; `None` when empty.
    Cell(Option<Value>),
    /// An instance of a user class: its `__dict__` (a dict) or `None`.
    Instance {
        /// The instance `__dict__`.
        dict: Value,
    },
    /// A weak reference. It does not own its target; the heap clears
    /// `target` when the target is freed.
    Weakref {
        /// The referent, while it is alive.
        target: Option<ObjRef>,
        /// The callback to call with the weakref when the target dies.
        callback: Value,
    },
    /// A function, class, module, exception, iterator or other object the
    /// interpreter creates (see [`crate::types::interp`]).
    Interp(Box<InterpObject>),
    /// The contents were released by the cycle collector while breaking a
    /// cycle; the object is about to be freed.
    Cleared,
}

impl Payload {
    /// Visit every heap object this payload owns a reference to.
    pub fn for_each_ref(&self, mut f: impl FnMut(ObjRef)) {
        let mut v = |v: &Value| {
            if let Value::Obj(r) = v {
                f(*r)
            }
        };
        match self {
            Payload::Tuple(items) => items.iter().for_each(&mut v),
            Payload::List(items) => items.for_each_value(&mut v),
            Payload::Dict(d) => d.for_each_value(&mut v),
            Payload::Set(s) => s.for_each_key(&mut v),
            Payload::Range { start, stop, step } | Payload::Slice { start, stop, step } => {
                v(start);
                v(stop);
                v(step);
            }
            Payload::Cell(Some(x)) => v(x),
            Payload::Instance { dict } => v(dict),
            Payload::Weakref { callback, .. } => v(callback),
            Payload::Interp(o) => o.for_each_value(&mut v),
            Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex { .. }
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Cell(None)
            | Payload::Cleared => {}
        }
    }

    /// Whether this object can take part in a reference cycle, so the
    /// cycle collector must track it (CPython's `Py_TPFLAGS_HAVE_GC`).
    pub fn is_container(&self) -> bool {
        matches!(
            self,
            Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Slice { .. }
                | Payload::Cell(_)
                | Payload::Instance { .. }
                | Payload::Weakref { .. }
                | Payload::Interp(_)
        )
    }

    /// Bytes this payload owns outside the object header: the real size of
    /// its buffers, counting allocated capacity.
    pub fn heap_bytes(&self) -> usize {
        let value = std::mem::size_of::<Value>();
        match self {
            Payload::Int(b) => b.bits().div_ceil(64) as usize * 8,
            Payload::Str(s) => s.heap_bytes(),
            Payload::Bytes(b) => b.len(),
            Payload::ByteArray(b) => b.capacity(),
            Payload::Tuple(items) => items.len() * value,
            Payload::List(items) => items.heap_bytes(),
            Payload::Dict(d) => d.heap_bytes(),
            Payload::Set(s) => s.heap_bytes(),
            _ => 0,
        }
    }
}
