//! pyrite-vm: the interpreter that runs code objects.
//!
//! Owns `Interpreter` (the embedding API), frames (slotmap handles, DESIGN.md
//! invariant 7), the evaluation loop with its handlers grouped by instruction
//! family, calls, classes, exceptions and tracebacks, builtins and the
//! native standard-library modules.
//!
//! Map:
//! - [`interpreter`]: `Interpreter`, `Config`, running a file, a string or a
//!   code object.
//! - [`frame`]: `Frame` and `CodeInfo`; the shared value stack.
//! - `eval`: the loop (`eval/mod.rs`) and one file per instruction family.
//! - `call`: calling any callable and binding arguments to parameters.
//! - `attr`, `class`: attribute lookup, descriptors, classes and the MRO.
//! - `exception`, `traceback`: exception objects and CPython's report.
//! - `builtins`: the `builtins` module.
//! - `import`: finding, caching and running source modules.
//! - `stdlib`: native standard-library modules (`math`).
//!
//! Invariants:
//! - Python-to-Python calls made by `CALL` push a frame and continue in the
//!   same loop; native code that calls Python re-enters the loop, and both
//!   count against the recursion limit.
//! - Nothing panics on user input: every failure is a Python exception.
//! - Every value the interpreter stores (stack slots, frame fields, tables)
//!   owns a reference, following the rules in `pyrite_objects`.

mod attr;
mod builtins;
mod call;
mod class;
mod class_assign;
mod dictview;
mod eval;
mod exception;
mod exception_group;
mod exception_os;
mod exception_syntax;
mod fasthash;
pub mod frame;
mod frameobject;
mod function_attrs;
mod generator;
mod import;
pub mod interpreter;
mod introspect;
mod iter;
mod range_iter;
mod runtime;
pub mod signals;
mod slots;
mod stdlib;
mod trace;
mod traceback;

pub use interpreter::{Config, Interpreter, RunError};
pub use signals::InterruptFlag;
