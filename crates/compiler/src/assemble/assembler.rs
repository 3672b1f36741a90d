//! The assembler: from a control-flow graph to `co_code`, `co_linetable`,
//! `co_exceptiontable` and `co_stacksize`, in CPython 3.11's order:
//!
//! 1. [`label_exception_targets`] walks the graph with a stack of the open
//!    SETUP_* handlers, giving each instruction its handler (which then
//!    travels with the instruction through the optimiser's copies);
//! 2. (the optimiser runs here, for compiled code);
//! 3. [`finish`]: stack depths (the SETUP_* pseudo-instructions still carry
//!    the handlers' entry depths; unreachable blocks are dropped), SETUP_*
//!    and POP_BLOCK become NOPs, NOPs that carry no line go, pseudo-jumps become forward
//!    or backward jumps by the layout, offsets are computed (growing
//!    EXTENDED_ARG prefixes until stable), and the bytes are written.
//!
//! Invariant: the output decodes, every jump lands on an instruction, and
//! the exception table's depths are those the stack-depth pass found.

use std::fmt;

use super::cfg::{BlockId, Cfg};
use super::optimize::clean_blocks;
use super::stackdepth::{StackDepthError, stack_depth};
use crate::bytecode::exception_table::{self, ExceptionTableEntry};
use crate::bytecode::instruction::{self, EncodeError, Instruction};
use crate::bytecode::{Location, Opcode, linetable};

/// The parts of a code object the assembler computes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Assembled {
    pub co_code: Vec<u8>,
    pub co_linetable: Vec<u8>,
    pub co_exceptiontable: Vec<u8>,
    pub co_stacksize: u32,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum AssembleError {
    StackDepth(StackDepthError),
    Encode(EncodeError),
    /// A jump without a target, or a POP_BLOCK with no open handler.
    Malformed(&'static str),
}

impl fmt::Display for AssembleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssembleError::StackDepth(e) => write!(f, "{e}"),
            AssembleError::Encode(e) => write!(f, "{e}"),
            AssembleError::Malformed(what) => f.write_str(what),
        }
    }
}

/// Labels exception targets, then finishes: assembly without optimisation.
pub fn assemble(mut cfg: Cfg, first_line: u32) -> Result<Assembled, AssembleError> {
    label_exception_targets(&mut cfg)?;
    finish(cfg, first_line)
}

/// Steps 3 onwards (see the module doc).
pub fn finish(mut cfg: Cfg, first_line: u32) -> Result<Assembled, AssembleError> {
    let co_stacksize = stack_depth(&mut cfg).map_err(AssembleError::StackDepth)?;
    for block in &mut cfg.blocks {
        if block.start_depth.is_none() {
            block.instructions.clear();
        }
        for instr in &mut block.instructions {
            if instr.opcode.is_block_push() || instr.opcode == Opcode::POP_BLOCK {
                instr.opcode = Opcode::NOP;
                instr.target = None;
                instr.arg = 0;
            }
        }
    }
    clean_blocks(&mut cfg);
    let layout = cfg.layout();
    normalize_jumps(&mut cfg, &layout);
    let offsets = resolve_offsets(&mut cfg, &layout);

    let mut co_code = Vec::new();
    let mut locations: Vec<(usize, Option<Location>)> = Vec::new();
    let mut entries: Vec<ExceptionTableEntry> = Vec::new();
    let mut open: Option<(BlockId, u32)> = None;
    let mut unit: u32 = 0;
    for &id in &layout {
        for placed in &cfg.block(id).instructions {
            let instr = Instruction::new(placed.opcode, placed.arg);
            if open.map(|(h, _)| h) != placed.handler {
                if let Some((handler, start)) = open.take() {
                    entries.push(table_entry(&cfg, &offsets, handler, start, unit));
                }
                open = placed.handler.map(|h| (h, unit));
            }
            instruction::encode_into(&mut co_code, instr).map_err(AssembleError::Encode)?;
            locations.push((instr.size(), placed.location));
            unit += instr.size() as u32;
        }
    }
    if let Some((handler, start)) = open {
        entries.push(table_entry(&cfg, &offsets, handler, start, unit));
    }
    Ok(Assembled {
        co_code,
        co_linetable: linetable::encode(first_line, &locations),
        co_exceptiontable: exception_table::encode(&entries),
        co_stacksize,
    })
}

fn table_entry(
    cfg: &Cfg,
    offsets: &[u32],
    handler: BlockId,
    start: u32,
    end: u32,
) -> ExceptionTableEntry {
    let block = cfg.block(handler);
    // The handler starts with the exception (and, for cleanup handlers, the
    // raising offset) pushed; the table records the depth below them.
    let depth = block
        .start_depth
        .unwrap_or(1)
        .saturating_sub(1 + u32::from(block.preserve_lasti));
    ExceptionTableEntry {
        start,
        end,
        target: offsets[handler.0 as usize],
        depth,
        lasti: block.preserve_lasti,
    }
}

/// Gives each instruction the handler of the innermost SETUP_* open at it,
/// walking the graph as CPython's `label_exception_targets` does; cleanup
/// and with handlers are marked as preserving `lasti`.
pub fn label_exception_targets(cfg: &mut Cfg) -> Result<(), AssembleError> {
    let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; cfg.blocks.len()];
    let mut visited = vec![false; cfg.blocks.len()];
    let mut todo = vec![cfg.entry];
    visited[cfg.entry.0 as usize] = true;
    stacks[cfg.entry.0 as usize] = Some(Vec::new());
    while let Some(id) = todo.pop() {
        let mut stack = stacks[id.0 as usize].take().unwrap_or_default();
        for i in 0..cfg.block(id).instructions.len() {
            let instr = cfg.block(id).instructions[i];
            let mut handler = stack.last().copied();
            if instr.opcode.is_block_push() {
                let target = instr
                    .target
                    .ok_or(AssembleError::Malformed("SETUP without a handler"))?;
                if matches!(instr.opcode, Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH) {
                    cfg.block_mut(target).preserve_lasti = true;
                }
                if !std::mem::replace(&mut visited[target.0 as usize], true) {
                    stacks[target.0 as usize] = Some(stack.clone());
                    todo.push(target);
                }
                stack.push(target);
                // SETUP_* itself stays unprotected, as in CPython.
                handler = None;
            } else if instr.opcode == Opcode::POP_BLOCK {
                stack
                    .pop()
                    .ok_or(AssembleError::Malformed("POP_BLOCK without SETUP"))?;
                handler = None;
            } else if instr.opcode.is_jump() {
                let target = instr
                    .target
                    .ok_or(AssembleError::Malformed("jump without a target"))?;
                if !std::mem::replace(&mut visited[target.0 as usize], true) {
                    stacks[target.0 as usize] = Some(stack.clone());
                    todo.push(target);
                }
            }
            cfg.block_mut(id).instructions[i].handler = handler;
        }
        let block = cfg.block(id);
        if block.falls_through()
            && let Some(next) = block.next
            && !std::mem::replace(&mut visited[next.0 as usize], true)
        {
            stacks[next.0 as usize] = Some(stack);
            todo.push(next);
        }
    }
    Ok(())
}

/// Turns each pseudo-jump into its forward or backward form.
fn normalize_jumps(cfg: &mut Cfg, layout: &[BlockId]) {
    let mut position = vec![usize::MAX; cfg.blocks.len()];
    for (i, id) in layout.iter().enumerate() {
        position[id.0 as usize] = i;
    }
    for (i, id) in layout.iter().enumerate() {
        for instr in &mut cfg.block_mut(*id).instructions {
            if let Some(target) = instr.target {
                let forward = position[target.0 as usize] > i;
                instr.opcode = instr.opcode.with_direction(forward);
            }
        }
    }
}

/// Computes block offsets (in code units) and jump arguments, repeating
/// while a jump's argument outgrows its EXTENDED_ARG prefixes. Jumps to
/// empty blocks land on the next block that has code.
fn resolve_offsets(cfg: &mut Cfg, layout: &[BlockId]) -> Vec<u32> {
    let mut offsets = vec![0u32; cfg.blocks.len()];
    loop {
        let mut total = 0u32;
        for id in layout {
            offsets[id.0 as usize] = total;
            total += cfg
                .block(*id)
                .instructions
                .iter()
                .map(|i| Instruction::new(i.opcode, i.arg).size() as u32)
                .sum::<u32>();
        }
        let mut grew = false;
        for id in layout {
            let mut end = offsets[id.0 as usize];
            for instr in &mut cfg.block_mut(*id).instructions {
                let before = Instruction::new(instr.opcode, instr.arg).size();
                end += before as u32;
                let Some(target) = instr.target else {
                    continue;
                };
                // Forward and backward jumps both count code units from the
                // instruction after the jump.
                instr.arg = offsets[target.0 as usize].abs_diff(end);
                if Instruction::new(instr.opcode, instr.arg).size() != before {
                    grew = true;
                }
            }
        }
        if !grew {
            return offsets;
        }
    }
}
