//! The disassembler: CPython 3.11's `dis.dis` layout, character for
//! character.
//!
//! A listing line is: the line-number column (width 3, wider past line 999)
//! where a source line starts, three spaces (`-->` marks the current
//! instruction in a traceback listing), `>>` on jump targets, the byte
//! offset right-aligned in 4, the opname left-aligned in 20, the argument
//! right-aligned in 5, and `(argrepr)`; trailing spaces are cut. A blank
//! line separates source lines. After the instructions comes the
//! `ExceptionTable:` if there is one, then each nested code object in
//! `co_consts` under `Disassembly of <code object …>:`.
//!
//! [`get_instructions`] gives the same information as data, as
//! `dis.get_instructions` does, caches left out.

use std::collections::HashSet;
use std::fmt;

use crate::bytecode::CodeObject;
use crate::bytecode::instruction::{self, DecodeError};
use crate::bytecode::linetable::{self, LineTableError, Position};
use crate::bytecode::opcode::{
    ArgKind, BINARY_OPS, COMPARE_OPS, FORMAT_VALUE_CONVERSIONS, MAKE_FUNCTION_FLAGS, Opcode,
};
use crate::bytecode::repr::{CodeAddress, code_repr};

/// One instruction as `dis.get_instructions` describes it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DisInstruction {
    pub opname: &'static str,
    pub opcode: Opcode,
    pub arg: Option<u32>,
    /// Human-readable meaning of the argument (`dis`'s `argrepr`).
    pub argrepr: String,
    pub offset: usize,
    pub starts_line: Option<u32>,
    pub is_jump_target: bool,
    pub positions: Position,
}

/// Why a code object cannot be disassembled.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum DisError {
    Bytecode(DecodeError),
    LineTable(LineTableError),
    ExceptionTable(String),
    /// An argument indexes past the end of its table.
    BadArgument {
        offset: usize,
    },
}

impl fmt::Display for DisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DisError::Bytecode(e) => write!(f, "{e}"),
            DisError::LineTable(e) => write!(f, "{e}"),
            DisError::ExceptionTable(e) => f.write_str(e),
            DisError::BadArgument { offset } => {
                write!(f, "argument out of range at offset {offset}")
            }
        }
    }
}

/// How code objects print their address in `<code object f at 0x…>`, and
/// which instruction (by byte offset) a traceback listing marks with `-->`
/// (`dis.disassemble(code, lasti)`).
#[derive(Clone, Copy)]
pub struct DisOptions<'a> {
    pub address: CodeAddress<'a>,
    pub current: Option<usize>,
    /// The name to show for the instruction at a byte offset of a code
    /// object instead of its opcode's (`dis.dis(f, adaptive=True)` shows
    /// the forms an interpreter has rewritten instructions into).
    pub opname: OpnameAt<'a>,
}

/// See [`DisOptions::opname`].
pub type OpnameAt<'a> = &'a dyn Fn(&CodeObject, usize) -> Option<&'static str>;

fn opcode_name(_: &CodeObject, _: usize) -> Option<&'static str> {
    None
}

fn real_address(code: &CodeObject) -> usize {
    std::ptr::from_ref(code) as usize
}

impl Default for DisOptions<'_> {
    fn default() -> Self {
        DisOptions {
            address: &real_address,
            current: None,
            opname: &opcode_name,
        }
    }
}

fn argrepr(
    code: &CodeObject,
    d: &instruction::Decoded,
    options: DisOptions<'_>,
) -> Result<String, DisError> {
    let Some(arg) = d.arg else {
        return Ok(String::new());
    };
    let index = arg as usize;
    let bad = DisError::BadArgument { offset: d.offset };
    Ok(match d.opcode.info().arg {
        ArgKind::None | ArgKind::Number | ArgKind::Jump => String::new(),
        // CPython 3.11's dis resolves only LOAD_CONST's constant; KW_NAMES
        // shows its bare index.
        ArgKind::Const if d.opcode == Opcode::KW_NAMES => String::new(),
        ArgKind::Const => code
            .co_consts
            .get(index)
            .ok_or(bad)?
            .repr_with(options.address),
        ArgKind::Name => code.co_names.get(index).ok_or(bad)?.clone(),
        ArgKind::GlobalName => {
            let name = code.co_names.get(index >> 1).ok_or(bad)?;
            if index & 1 == 1 {
                format!("NULL + {name}")
            } else {
                name.clone()
            }
        }
        ArgKind::Local | ArgKind::Free => code.varname_from_oparg(index).ok_or(bad)?.to_string(),
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            format!("to {}", d.jump_target().ok_or(bad)?)
        }
        ArgKind::Compare => COMPARE_OPS.get(index).ok_or(bad)?.to_string(),
        ArgKind::BinaryOp => BINARY_OPS.get(index).ok_or(bad)?.to_string(),
        ArgKind::FormatValue => {
            let mut text = FORMAT_VALUE_CONVERSIONS[index & 3].to_string();
            if index & 4 != 0 {
                if !text.is_empty() {
                    text.push_str(", ");
                }
                text.push_str("with format");
            }
            text
        }
        ArgKind::MakeFunctionFlags => MAKE_FUNCTION_FLAGS
            .iter()
            .enumerate()
            .filter(|(bit, _)| index & (1 << bit) != 0)
            .map(|(_, name)| *name)
            .collect::<Vec<_>>()
            .join(", "),
    })
}

/// `dis.get_instructions(code)`, without caches.
pub fn get_instructions_with(
    code: &CodeObject,
    options: DisOptions<'_>,
) -> Result<Vec<DisInstruction>, DisError> {
    let decoded = instruction::decode(&code.co_code).map_err(DisError::Bytecode)?;
    let positions = code.co_positions().map_err(DisError::LineTable)?;
    let starts: std::collections::HashMap<usize, u32> =
        linetable::line_starts(&positions).into_iter().collect();
    // A renamed jump (`JUMP_BACKWARD_QUICK`) marks no target, as CPython's
    // `dis` finds labels by the opcodes it knows as jumps.
    let mut labels: HashSet<usize> = decoded
        .iter()
        .filter(|d| (options.opname)(code, d.offset).is_none())
        .filter_map(|d| d.jump_target())
        .collect();
    let entries = code
        .exception_entries()
        .map_err(|e| DisError::ExceptionTable(e.to_string()))?;
    labels.extend(entries.iter().map(|e| e.target as usize * 2));
    decoded
        .iter()
        .map(|d| {
            Ok(DisInstruction {
                opname: (options.opname)(code, d.offset).unwrap_or(d.opcode.name()),
                opcode: d.opcode,
                arg: d.arg,
                argrepr: argrepr(code, d, options)?,
                offset: d.offset,
                starts_line: starts.get(&d.offset).copied(),
                is_jump_target: labels.contains(&d.offset),
                positions: positions.get(d.offset / 2).copied().unwrap_or_default(),
            })
        })
        .collect()
}

/// `dis.get_instructions(code)` with real addresses.
pub fn get_instructions(code: &CodeObject) -> Result<Vec<DisInstruction>, DisError> {
    get_instructions_with(code, DisOptions::default())
}

/// `dis.disassemble(code)`: one code object, no recursion.
pub fn disassemble(code: &CodeObject, options: DisOptions<'_>) -> Result<String, DisError> {
    let instructions = get_instructions_with(code, options)?;
    let max_line = instructions.iter().filter_map(|i| i.starts_line).max();
    let line_width = match max_line {
        None => 0,
        Some(line) if line >= 1000 => line.to_string().len(),
        Some(_) => 3,
    };
    let max_offset = code.co_code.len().saturating_sub(2);
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let mut out = String::new();
    for instr in &instructions {
        if line_width > 0 && instr.starts_line.is_some() && instr.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if line_width > 0 {
            fields.push(match instr.starts_line {
                Some(line) => format!("{line:>line_width$}"),
                None => " ".repeat(line_width),
            });
        }
        let marker = if options.current == Some(instr.offset) {
            "-->"
        } else {
            "   "
        };
        fields.push(marker.to_string());
        fields.push(if instr.is_jump_target { ">>" } else { "  " }.to_string());
        fields.push(format!("{:>offset_width$}", instr.offset));
        fields.push(format!("{:<20}", instr.opname));
        if let Some(arg) = instr.arg {
            fields.push(format!("{arg:>5}"));
            if !instr.argrepr.is_empty() {
                fields.push(format!("({})", instr.argrepr));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
    let entries = code
        .exception_entries()
        .map_err(|e| DisError::ExceptionTable(e.to_string()))?;
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in entries {
            let lasti = if e.lasti { " lasti" } else { "" };
            // dis prints the offset of the last covered unit, not one past it.
            let last = (e.end as usize * 2).saturating_sub(2);
            out.push_str(&format!(
                "  {} to {} -> {} [{}]{}\n",
                e.start * 2,
                last,
                e.target * 2,
                e.depth,
                lasti
            ));
        }
    }
    Ok(out)
}

/// `dis.dis(code)`: the code object, then every code object in its
/// constants, recursively.
pub fn dis_with(code: &CodeObject, options: DisOptions<'_>) -> Result<String, DisError> {
    let mut out = disassemble(code, options)?;
    for constant in &code.co_consts {
        if let crate::bytecode::Constant::Code(nested) = constant {
            out.push('\n');
            out.push_str(&format!(
                "Disassembly of {}:\n",
                code_repr(nested, (options.address)(nested))
            ));
            let nested_options = DisOptions {
                current: None,
                ..options
            };
            out.push_str(&dis_with(nested, nested_options)?);
        }
    }
    Ok(out)
}

/// `dis.dis(code)` with real addresses.
pub fn dis(code: &CodeObject) -> Result<String, DisError> {
    dis_with(code, DisOptions::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::{CompileOptions, compile_source};

    #[test]
    fn current_instruction_is_marked() {
        let code = compile_source("x = 1\n", CompileOptions::default()).unwrap();
        let options = DisOptions {
            address: &|_| 0,
            current: Some(2),
            ..DisOptions::default()
        };
        let listing = disassemble(&code, options).unwrap();
        // python3.11: dis.disassemble(compile("x = 1", "<string>", "exec"), lasti=2)
        assert!(
            listing.contains("  1 -->       2 LOAD_CONST               0 (1)\n"),
            "{listing}"
        );
    }
}
