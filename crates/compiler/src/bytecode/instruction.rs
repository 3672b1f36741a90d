//! Instructions and their encoding as CPython 3.11 wordcode.
//!
//! `co_code` is a sequence of 2-byte code units: an opcode byte and an
//! argument byte. An argument wider than 8 bits is carried by up to three
//! `EXTENDED_ARG` units in front, most significant byte first. After an
//! instruction come as many zeroed `CACHE` units as the opcode table says
//! (`LOAD_GLOBAL` has 5, `BINARY_OP` 1, …), exactly where CPython 3.11 puts
//! them, so offsets and jump arguments are CPython's.
//!
//! Invariant: [`encode`] of any instruction list decodes back to the same
//! instructions with [`decode`] (EXTENDED_ARG prefixes reappear as their own
//! entries, as `dis` shows them).

use std::fmt;

use super::opcode::{ArgKind, Opcode};

/// One real instruction with its whole argument (no EXTENDED_ARG split).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Instruction {
    pub opcode: Opcode,
    pub arg: u32,
}

impl Instruction {
    pub fn new(opcode: Opcode, arg: u32) -> Self {
        Instruction { opcode, arg }
    }

    /// Code units this instruction occupies: EXTENDED_ARG prefixes, itself,
    /// and its caches.
    pub fn size(self) -> usize {
        extended_args(self.arg) + 1 + self.opcode.cache_entries()
    }
}

/// How many EXTENDED_ARG prefixes an argument needs.
pub fn extended_args(arg: u32) -> usize {
    usize::from(arg > 0xff) + usize::from(arg > 0xffff) + usize::from(arg > 0xff_ffff)
}

/// Why an instruction cannot be encoded.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum EncodeError {
    /// Pseudo-instructions exist only inside the compiler.
    Pseudo(Opcode),
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::Pseudo(op) => {
                write!(f, "pseudo-instruction {} has no encoding", op.name())
            }
        }
    }
}

/// Appends `instruction`'s code units to `code`.
pub fn encode_into(code: &mut Vec<u8>, instruction: Instruction) -> Result<(), EncodeError> {
    let Some(number) = instruction.opcode.number() else {
        return Err(EncodeError::Pseudo(instruction.opcode));
    };
    let extended_arg = Opcode::EXTENDED_ARG
        .number()
        .expect("EXTENDED_ARG is a real instruction in the opcode table");
    let arg = instruction.arg;
    for shift in (1..=extended_args(arg)).rev() {
        code.push(extended_arg);
        code.push((arg >> (8 * shift)) as u8);
    }
    code.push(number);
    code.push(arg as u8);
    for _ in 0..instruction.opcode.cache_entries() {
        code.extend_from_slice(&[0, 0]);
    }
    Ok(())
}

/// Encodes a list of instructions as `co_code` bytes.
pub fn encode(instructions: &[Instruction]) -> Result<Vec<u8>, EncodeError> {
    let mut code = Vec::with_capacity(instructions.len() * 2);
    for instruction in instructions {
        encode_into(&mut code, *instruction)?;
    }
    Ok(code)
}

/// One instruction read back from `co_code`, as `dis` sees it: EXTENDED_ARG
/// units are instructions of their own, and caches are skipped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Decoded {
    /// Byte offset of the instruction in `co_code`.
    pub offset: usize,
    pub opcode: Opcode,
    /// The argument including any EXTENDED_ARG prefix bits; `None` for
    /// opcodes without an argument.
    pub arg: Option<u32>,
}

impl Decoded {
    /// Byte offset of the instruction that follows this one and its caches.
    pub fn next_offset(&self) -> usize {
        self.offset + 2 * (1 + self.opcode.cache_entries())
    }

    /// The byte offset a jump goes to, for jump instructions.
    pub fn jump_target(&self) -> Option<usize> {
        let arg = self.arg? as usize;
        match self.opcode.info().arg {
            ArgKind::JumpForward => Some(self.next_offset() + 2 * arg),
            ArgKind::JumpBackward => self.next_offset().checked_sub(2 * arg),
            _ => None,
        }
    }
}

/// Why `co_code` cannot be read.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum DecodeError {
    OddLength(usize),
    UnknownOpcode {
        offset: usize,
        number: u8,
    },
    /// The code ends inside an instruction's caches.
    TruncatedCaches {
        offset: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::OddLength(n) => write!(f, "co_code has odd length {n}"),
            DecodeError::UnknownOpcode { offset, number } => {
                write!(f, "unknown opcode {number} at offset {offset}")
            }
            DecodeError::TruncatedCaches { offset } => {
                write!(f, "instruction at offset {offset} is missing its caches")
            }
        }
    }
}

/// Reads `co_code` into instructions, skipping inline caches.
pub fn decode(code: &[u8]) -> Result<Vec<Decoded>, DecodeError> {
    if code.len() % 2 != 0 {
        return Err(DecodeError::OddLength(code.len()));
    }
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut extended: u32 = 0;
    let mut offset = 0;
    while offset < code.len() {
        let number = code[offset];
        let opcode = Opcode::from_number(number)
            .filter(|op| *op != Opcode::CACHE)
            .ok_or(DecodeError::UnknownOpcode { offset, number })?;
        let arg = if opcode.has_arg() {
            let arg = u32::from(code[offset + 1]) | extended;
            extended = if opcode == Opcode::EXTENDED_ARG {
                arg << 8
            } else {
                0
            };
            Some(arg)
        } else {
            extended = 0;
            None
        };
        let decoded = Decoded {
            offset,
            opcode,
            arg,
        };
        let next = decoded.next_offset();
        if next > code.len() {
            return Err(DecodeError::TruncatedCaches { offset });
        }
        out.push(decoded);
        offset = next;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_arguments_take_one_unit_plus_caches() {
        let code = encode(&[
            Instruction::new(Opcode::RESUME, 0),
            Instruction::new(Opcode::LOAD_GLOBAL, 1),
            Instruction::new(Opcode::RETURN_VALUE, 0),
        ])
        .unwrap();
        assert_eq!(code.len(), 2 * (1 + 6 + 1));
        assert_eq!(&code[..4], &[151, 0, 116, 1]);
        assert!(code[4..14].iter().all(|b| *b == 0));
        assert_eq!(&code[14..], &[83, 0]);
    }

    #[test]
    fn wide_arguments_get_extended_arg_prefixes() {
        for arg in [0x100u32, 0x1_0000, 0x0102_0304, u32::MAX] {
            let code = encode(&[Instruction::new(Opcode::LOAD_CONST, arg)]).unwrap();
            let decoded = decode(&code).unwrap();
            assert_eq!(decoded.len(), 1 + extended_args(arg));
            let last = decoded.last().unwrap();
            assert_eq!(last.opcode, Opcode::LOAD_CONST);
            assert_eq!(last.arg, Some(arg));
            assert!(
                decoded[..decoded.len() - 1]
                    .iter()
                    .all(|d| d.opcode == Opcode::EXTENDED_ARG)
            );
        }
    }

    #[test]
    fn pseudo_instructions_are_refused() {
        assert_eq!(
            encode(&[Instruction::new(Opcode::JUMP, 0)]),
            Err(EncodeError::Pseudo(Opcode::JUMP))
        );
    }

    #[test]
    fn malformed_code_is_an_error() {
        assert_eq!(decode(&[1]), Err(DecodeError::OddLength(1)));
        assert_eq!(
            decode(&[3, 0]),
            Err(DecodeError::UnknownOpcode {
                offset: 0,
                number: 3
            })
        );
        assert_eq!(
            decode(&[116, 0, 0, 0]),
            Err(DecodeError::TruncatedCaches { offset: 0 })
        );
    }

    #[test]
    fn jump_targets_are_relative_to_the_next_instruction() {
        let code = encode(&[
            Instruction::new(Opcode::NOP, 0),
            Instruction::new(Opcode::JUMP_BACKWARD, 2),
            Instruction::new(Opcode::JUMP_FORWARD, 1),
            Instruction::new(Opcode::NOP, 0),
        ])
        .unwrap();
        let decoded = decode(&code).unwrap();
        assert_eq!(decoded[1].jump_target(), Some(0));
        assert_eq!(decoded[2].jump_target(), Some(8));
    }
}
