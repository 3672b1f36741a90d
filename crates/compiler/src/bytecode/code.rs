//! `CodeObject`: what the compiler produces and the VM runs, with CPython
//! 3.11's fields under CPython's names.
//!
//! Invariants (checked by [`CodeObject::validate`], which the code cache runs
//! on everything it reads):
//! - `co_code` decodes; every argument indexes the table its kind names;
//!   every jump lands on an instruction.
//! - `co_linetable` and `co_exceptiontable` decode, and cover no more than
//!   `co_code`.
//! - `co_varnames` starts with the arguments: `co_argcount`, then
//!   `co_kwonlyargcount`, then `*args` and `**kwargs` if the flags say so.

use serde::{Deserialize, Serialize};

use super::constant::Constant;
use super::exception_table::{self, ExceptionTableEntry, ExceptionTableError};
use super::linetable::{self, LineTableError, Position};

/// `co_flags`: CPython's `CO_*` bits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: CodeFlags = CodeFlags(0x0001);
    pub const NEWLOCALS: CodeFlags = CodeFlags(0x0002);
    pub const VARARGS: CodeFlags = CodeFlags(0x0004);
    pub const VARKEYWORDS: CodeFlags = CodeFlags(0x0008);
    pub const NESTED: CodeFlags = CodeFlags(0x0010);
    pub const GENERATOR: CodeFlags = CodeFlags(0x0020);
    /// Never set by CPython 3.11's compiler; kept for `dis.COMPILER_FLAG_NAMES`.
    pub const NOFREE: CodeFlags = CodeFlags(0x0040);
    pub const COROUTINE: CodeFlags = CodeFlags(0x0080);
    pub const ITERABLE_COROUTINE: CodeFlags = CodeFlags(0x0100);
    pub const ASYNC_GENERATOR: CodeFlags = CodeFlags(0x0200);
    pub const FUTURE_DIVISION: CodeFlags = CodeFlags(0x2_0000);
    pub const FUTURE_ABSOLUTE_IMPORT: CodeFlags = CodeFlags(0x4_0000);
    pub const FUTURE_WITH_STATEMENT: CodeFlags = CodeFlags(0x8_0000);
    pub const FUTURE_PRINT_FUNCTION: CodeFlags = CodeFlags(0x10_0000);
    pub const FUTURE_UNICODE_LITERALS: CodeFlags = CodeFlags(0x20_0000);
    pub const FUTURE_BARRY_AS_BDFL: CodeFlags = CodeFlags(0x40_0000);
    pub const FUTURE_GENERATOR_STOP: CodeFlags = CodeFlags(0x80_0000);
    pub const FUTURE_ANNOTATIONS: CodeFlags = CodeFlags(0x100_0000);

    /// The names `dis.code_info` prints, by bit.
    pub const NAMES: [(CodeFlags, &'static str); 10] = [
        (CodeFlags::OPTIMIZED, "OPTIMIZED"),
        (CodeFlags::NEWLOCALS, "NEWLOCALS"),
        (CodeFlags::VARARGS, "VARARGS"),
        (CodeFlags::VARKEYWORDS, "VARKEYWORDS"),
        (CodeFlags::NESTED, "NESTED"),
        (CodeFlags::GENERATOR, "GENERATOR"),
        (CodeFlags::NOFREE, "NOFREE"),
        (CodeFlags::COROUTINE, "COROUTINE"),
        (CodeFlags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (CodeFlags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];

    pub fn contains(self, other: CodeFlags) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn insert(&mut self, other: CodeFlags) {
        self.0 |= other.0;
    }
}

impl std::ops::BitOr for CodeFlags {
    type Output = CodeFlags;
    fn bitor(self, rhs: CodeFlags) -> CodeFlags {
        CodeFlags(self.0 | rhs.0)
    }
}

/// A compiled body: a module, class body, function, lambda or comprehension.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct CodeObject {
    pub co_name: String,
    pub co_qualname: String,
    pub co_filename: String,
    pub co_firstlineno: u32,
    pub co_argcount: u32,
    pub co_posonlyargcount: u32,
    pub co_kwonlyargcount: u32,
    pub co_flags: CodeFlags,
    /// Computed by the assembler from the control-flow graph.
    pub co_stacksize: u32,
    /// Wordcode: 2-byte units, with CPython 3.11's inline caches (zeroed).
    pub co_code: Vec<u8>,
    pub co_consts: Vec<Constant>,
    pub co_names: Vec<String>,
    /// Arguments first, then the other locals.
    pub co_varnames: Vec<String>,
    /// Locals captured by nested scopes, sorted by name; an argument that is
    /// captured appears both here and in `co_varnames`.
    pub co_cellvars: Vec<String>,
    /// Names this code takes from an enclosing scope's cells.
    pub co_freevars: Vec<String>,
    /// Source positions, CPython 3.11's format (see `linetable`).
    pub co_linetable: Vec<u8>,
    /// Handlers, CPython 3.11's format (see `exception_table`).
    pub co_exceptiontable: Vec<u8>,
}

impl CodeObject {
    /// `co_nlocals`: the number of fast locals (arguments included).
    pub fn co_nlocals(&self) -> usize {
        self.co_varnames.len()
    }

    /// The "fast locals plus" names that `MAKE_CELL`, `LOAD_DEREF` and their
    /// family index: `co_varnames`, then the cells that are not also
    /// arguments or locals, then `co_freevars`.
    pub fn localsplus_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.co_varnames.iter().map(String::as_str).collect();
        for cell in &self.co_cellvars {
            if !self.co_varnames.contains(cell) {
                names.push(cell);
            }
        }
        names.extend(self.co_freevars.iter().map(String::as_str));
        names
    }

    /// The name a `LOAD_FAST`/`LOAD_DEREF`-family argument refers to.
    pub fn varname_from_oparg(&self, oparg: usize) -> Option<&str> {
        self.localsplus_names().get(oparg).copied()
    }

    /// `co_positions()`: one position per code unit.
    pub fn co_positions(&self) -> Result<Vec<Position>, LineTableError> {
        linetable::decode(self.co_firstlineno, &self.co_linetable)
    }

    /// `co_lines()`: the `(start, end, line)` byte range of each line-table
    /// entry, as CPython 3.11 gives them.
    pub fn co_lines(&self) -> Result<Vec<(usize, usize, Option<u32>)>, LineTableError> {
        linetable::entry_lines(self.co_firstlineno, &self.co_linetable)
    }

    /// The decoded exception table.
    pub fn exception_entries(&self) -> Result<Vec<ExceptionTableEntry>, ExceptionTableError> {
        exception_table::decode(&self.co_exceptiontable)
    }

    /// The number of arguments, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        self.co_argcount as usize
            + self.co_kwonlyargcount as usize
            + usize::from(self.co_flags.contains(CodeFlags::VARARGS))
            + usize::from(self.co_flags.contains(CodeFlags::VARKEYWORDS))
    }

    /// Every code object nested in `co_consts`, depth first.
    pub fn nested_code_objects(&self) -> Vec<&CodeObject> {
        let mut out = Vec::new();
        for constant in &self.co_consts {
            for code in constant.code_objects() {
                out.push(code);
                out.extend(code.nested_code_objects());
            }
        }
        out
    }
}
