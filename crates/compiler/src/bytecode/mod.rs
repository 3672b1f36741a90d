//! The bytecode layer: instructions, code objects and their encodings.
//!
//! Everything here is independent of the AST: a code object can be built by
//! hand (the tests do) or by the code generator, and read back by `dis`, the
//! code cache and the VM.

pub mod code;
pub mod constant;
pub mod exception_table;
pub mod instruction;
pub mod linetable;
pub mod opcode;
pub mod repr;
mod validate;

pub use code::{CodeFlags, CodeObject};
pub use constant::Constant;
pub use exception_table::ExceptionTableEntry;
pub use instruction::{Decoded, Instruction};
pub use linetable::{Location, Position};
pub use opcode::{ArgKind, OPCODES, OpInfo, Opcode};
pub use validate::InvalidCode;
