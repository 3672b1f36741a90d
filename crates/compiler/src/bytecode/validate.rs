//! Checking a code object from outside the compiler (the code cache) before
//! anything runs it: a file can say anything, and the VM indexes tables with
//! the arguments it finds, so every index is checked here once.

use std::collections::HashSet;
use std::fmt;

use super::code::CodeObject;
use super::instruction::{self, DecodeError};
use super::opcode::ArgKind;

/// Why a code object is not one the VM may run.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum InvalidCode {
    Bytecode(DecodeError),
    /// An argument indexes past the end of its table.
    ArgumentOutOfRange {
        offset: usize,
        opcode: &'static str,
    },
    /// A jump or handler lands outside the code or between instructions.
    BadTarget {
        offset: usize,
    },
    LineTable(String),
    ExceptionTable(String),
    /// The argument counts exceed the locals.
    Arguments,
    /// The last instruction can fall off the end of the code.
    FallsOffEnd,
}

impl fmt::Display for InvalidCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidCode::Bytecode(e) => write!(f, "{e}"),
            InvalidCode::ArgumentOutOfRange { offset, opcode } => {
                write!(
                    f,
                    "{opcode} at offset {offset} has an argument out of range"
                )
            }
            InvalidCode::BadTarget { offset } => {
                write!(f, "jump target {offset} is not an instruction")
            }
            InvalidCode::LineTable(e) | InvalidCode::ExceptionTable(e) => f.write_str(e),
            InvalidCode::Arguments => f.write_str("argument counts exceed co_varnames"),
            InvalidCode::FallsOffEnd => f.write_str("code can run past its last instruction"),
        }
    }
}

impl CodeObject {
    /// Checks this code object and every one nested in it.
    pub fn validate(&self) -> Result<(), InvalidCode> {
        let decoded = instruction::decode(&self.co_code).map_err(InvalidCode::Bytecode)?;
        let starts: HashSet<usize> = decoded.iter().map(|d| d.offset).collect();
        let nlocalsplus = self.localsplus_names().len();
        for d in &decoded {
            let arg = d.arg.unwrap_or(0) as usize;
            let in_range = match d.opcode.info().arg {
                ArgKind::Const => arg < self.co_consts.len(),
                ArgKind::Name => arg < self.co_names.len(),
                ArgKind::GlobalName => arg >> 1 < self.co_names.len(),
                ArgKind::Local => arg < self.co_nlocals(),
                ArgKind::Free => arg < nlocalsplus,
                ArgKind::Compare => arg < super::opcode::COMPARE_OPS.len(),
                ArgKind::BinaryOp => arg < super::opcode::BINARY_OPS.len(),
                ArgKind::JumpForward | ArgKind::JumpBackward => match d.jump_target() {
                    Some(t) if starts.contains(&t) => true,
                    _ => return Err(InvalidCode::BadTarget { offset: d.offset }),
                },
                ArgKind::Jump => false,
                _ => true,
            };
            if !in_range {
                return Err(InvalidCode::ArgumentOutOfRange {
                    offset: d.offset,
                    opcode: d.opcode.name(),
                });
            }
        }
        if let Some(last) = decoded.last()
            && !(last.opcode.is_scope_exit() || last.opcode.is_unconditional_jump())
        {
            return Err(InvalidCode::FallsOffEnd);
        }
        let positions = self
            .co_positions()
            .map_err(|e| InvalidCode::LineTable(e.to_string()))?;
        if positions.len() > self.co_code.len() / 2 {
            return Err(InvalidCode::LineTable(
                "location table covers more than co_code".to_string(),
            ));
        }
        let entries = self
            .exception_entries()
            .map_err(|e| InvalidCode::ExceptionTable(e.to_string()))?;
        let units = self.co_code.len() / 2;
        for entry in entries {
            let target = entry.target as usize * 2;
            if entry.end as usize > units || !starts.contains(&target) {
                return Err(InvalidCode::BadTarget { offset: target });
            }
        }
        if self.total_args() > self.co_nlocals() || self.co_posonlyargcount > self.co_argcount {
            return Err(InvalidCode::Arguments);
        }
        for code in self.co_consts.iter().flat_map(|c| c.code_objects()) {
            code.validate()?;
        }
        Ok(())
    }
}
