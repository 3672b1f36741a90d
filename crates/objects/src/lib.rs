//! pyrite-objects: every Python value and the built-in types' behaviour.
//!
//! Owns `Value` (small, `Copy`: immediates and heap references), the `Heap`
//! (a slotmap of reference-counted objects with a cycle collector), CPython's
//! hash functions, and the built-in types with their method tables. It does
//! not own the evaluation loop: calling back into Python goes through a trait
//! the VM implements.
