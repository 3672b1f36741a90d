//! pyrite-compiler: from an AST to code objects.
//!
//! Owns the symbol table (scope analysis, as CPython's `symtable`), bytecode
//! emission, the opcode table (one declaration per instruction, read by the
//! disassembler and the stack-depth pass), `CodeObject`, `dis`, and the
//! `__pycache__` code cache. It knows nothing of the heap (DESIGN.md
//! invariant 5): constants are a plain `Constant` enum.
