//! pyrite-objects: every Python value and the built-in types' behaviour.
//!
//! Owns [`Value`] (small, `Copy`: immediates and heap references), the
//! [`Heap`] (a slotmap of reference-counted objects with a cycle
//! collector), CPython's hash functions ([`hash`]), the generic object
//! protocol and operators ([`ops`]: `==`, `<`, `hash()`, `repr()`, `+`,
//! `x[i]`, `in`, `format()`), the built-in types with their method tables
//! ([`types`], [`methods`]), the built-in functions that belong to those
//! types ([`functions`]: `int()`, `len()`, `sorted()`, …), and the payloads
//! of the interpreter's own objects (functions, classes, exceptions:
//! [`types::interp`], defined with the VM). It does not own the
//! evaluation loop: calling back into Python goes through the [`Runtime`]
//! trait, which the VM implements.
//!
//! # Reference ownership
//!
//! Every heap object has a refcount equal to the number of *owned*
//! references to it. The rules, followed by every function in this crate:
//!
//! 1. **Copying a `Value` does not take a reference.** A `Value` held in a
//!    Rust local for the duration of one operation is *borrowed*: the
//!    caller guarantees some owner keeps the object alive meanwhile.
//! 2. **Storing a `Value` where it outlives the current operation takes a
//!    reference**: a list slot, a dict entry, a tuple item, a VM stack
//!    slot, a frame local. Call [`Heap::incref`] before storing (or store
//!    a value you already own).
//! 3. **Removing a stored `Value` hands its reference to the remover**,
//!    who must either store it elsewhere or [`Heap::decref`] it.
//! 4. **Constructors return owned references** ([`Heap::alloc`],
//!    [`Heap::new_str`], …): the new object starts with refcount 1, owned
//!    by the caller. Constructors that take a `Vec<Value>`
//!    ([`Heap::new_list`], [`Heap::new_tuple`]) take over the references
//!    in it.
//! 5. **Operation arguments are borrowed, results are owned.** A function
//!    taking `Value`s does not consume references to them; a `Value` it
//!    returns (including inside `PyErr::KeyError`/`PyErr::Raised`) is a
//!    new reference the caller must release.
//! 6. **Before calling Python code** (anything through [`Runtime`]) a
//!    function holds its own reference to every value it will still use
//!    afterwards, because Python code can mutate the container it came
//!    from and drop the last other reference.
//!
//! Immediates (`None`, `True`, small ints, floats, …) are not counted:
//! `incref`/`decref` on them are no-ops, so code can apply the rules
//! uniformly.
//!
//! Releasing the last reference frees the object at once and releases what
//! it holds, iteratively (see [`heap`]). Reference cycles are reclaimed by
//! [`Heap::collect`].

pub mod error;
pub mod functions;
pub mod hash;
pub mod heap;
pub mod methods;
pub mod ops;
pub mod runtime;
pub mod types;
pub mod unicode_error;
pub mod value;

pub use error::{ExcKind, PyErr, PyResult};
pub use heap::{Heap, Object, Payload};
pub use runtime::Runtime;
pub use types::{BuiltinType, TypeRef};
pub use value::{ObjRef, Value};
