//! pyrite-compiler: from an AST to code objects.
//!
//! Owns the symbol table (scope analysis, as CPython's `symtable`), bytecode
//! emission, the opcode table (one declaration per instruction, read by the
//! disassembler and the stack-depth pass), `CodeObject`, `dis`, and the
//! `__pycache__` code cache. It knows nothing of the heap (DESIGN.md
//! invariant 5): constants are a plain `Constant` enum.
//!
//! Map:
//! - [`bytecode`]: the opcode table, instruction encoding, `Constant` and
//!   its `repr`, `CodeObject`, the location and exception tables, and the
//!   validator that checks a code object from outside before it runs.
//! - [`assemble`]: the control-flow graph the code generator fills, the
//!   stack-depth pass and the assembler that lays it out as bytes.
//! - [`dis`]: CPython 3.11's `dis.dis` listing.
//! - [`cache`]: the `.pyrite-311.pyc` file format.
//!
//! `co_code` carries CPython 3.11's inline `CACHE` units (zeroed), so every
//! offset, jump argument and exception-table entry is the number CPython
//! would print; the VM skips `Opcode::cache_entries()` units after each
//! instruction (and may keep specialisation state there).

pub mod assemble;
pub mod bytecode;
pub mod cache;
pub mod codegen;
pub mod dis;
mod stack;
pub mod symtable;
