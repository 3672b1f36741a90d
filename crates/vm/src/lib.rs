//! pyrite-vm: the interpreter that runs code objects.
//!
//! Owns `Interpreter` (the embedding API), frames (slotmap handles, DESIGN.md
//! invariant 7), the evaluation loop with its handlers grouped by instruction
//! family, calls, classes, exceptions and tracebacks, generators and
//! coroutines, imports, builtins and the native standard-library modules.
