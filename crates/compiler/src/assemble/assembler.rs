//! The assembler: from a control-flow graph to `co_code`, `co_linetable`,
//! `co_exceptiontable` and `co_stacksize`, following CPython 3.11's
//! `assemble()`:
//!
//! 1. stack depths (which also finds the unreachable blocks, dropped here);
//! 2. exception targets: walking the graph with a stack of the open SETUP_*
//!    handlers gives each instruction its handler; the SETUP_* and POP_BLOCK
//!    pseudo-instructions then become NOPs;
//! 3. NOPs go, except those that alone carry a line number;
//! 4. pseudo-jumps become real ones, forward or backward by the layout;
//! 5. offsets are computed, growing EXTENDED_ARG prefixes until stable;
//! 6. the three byte strings are written.
//!
//! Invariant: the output decodes, every jump lands on an instruction, and
//! the exception table's depths are those the stack-depth pass found.

use std::fmt;

use super::cfg::{BlockId, Cfg, Instr};
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

/// One laid-out instruction with its handler.
#[derive(Clone, Copy, Debug)]
struct Placed {
    instr: Instr,
    handler: Option<BlockId>,
}

/// Assembles `cfg`; `first_line` is `co_firstlineno`.
pub fn assemble(mut cfg: Cfg, first_line: u32) -> Result<Assembled, AssembleError> {
    let co_stacksize = stack_depth(&mut cfg).map_err(AssembleError::StackDepth)?;
    for block in &mut cfg.blocks {
        if block.start_depth.is_none() {
            block.instructions.clear();
        }
    }
    let handlers = label_exception_targets(&mut cfg)?;
    let layout = cfg.layout();
    let mut blocks: Vec<Vec<Placed>> = vec![Vec::new(); cfg.blocks.len()];
    for &id in &layout {
        let instrs = &cfg.block(id).instructions;
        blocks[id.0 as usize] = instrs
            .iter()
            .zip(&handlers[id.0 as usize])
            .map(|(instr, handler)| {
                let mut instr = *instr;
                if instr.opcode.is_block_push() || instr.opcode == Opcode::POP_BLOCK {
                    instr.opcode = Opcode::NOP;
                    instr.target = None;
                    instr.arg = 0;
                }
                Placed {
                    instr,
                    handler: *handler,
                }
            })
            .collect();
    }
    for (position, &id) in layout.iter().enumerate() {
        let next_line = layout[position + 1..]
            .iter()
            .find_map(|next| blocks[next.0 as usize].first().map(|p| p.instr.line()));
        remove_nops(&mut blocks[id.0 as usize], next_line);
    }
    normalize_jumps(&layout, &mut blocks);
    let offsets = resolve_offsets(&layout, &mut blocks)?;

    let mut co_code = Vec::new();
    let mut locations: Vec<(usize, Option<Location>)> = Vec::new();
    let mut entries: Vec<ExceptionTableEntry> = Vec::new();
    let mut open: Option<(BlockId, u32)> = None;
    let mut unit: u32 = 0;
    for &id in &layout {
        for placed in &blocks[id.0 as usize] {
            let instr = Instruction::new(placed.instr.opcode, placed.instr.arg);
            if open.map(|(h, _)| h) != placed.handler {
                if let Some((handler, start)) = open.take() {
                    entries.push(table_entry(&cfg, &offsets, handler, start, unit));
                }
                open = placed.handler.map(|h| (h, unit));
            }
            instruction::encode_into(&mut co_code, instr).map_err(AssembleError::Encode)?;
            locations.push((instr.size(), placed.instr.location));
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
/// walking the graph as CPython's `label_exception_targets` does. Also marks
/// cleanup and with handlers as preserving `lasti`.
fn label_exception_targets(cfg: &mut Cfg) -> Result<Vec<Vec<Option<BlockId>>>, AssembleError> {
    let mut handlers: Vec<Vec<Option<BlockId>>> = cfg
        .blocks
        .iter()
        .map(|b| vec![None; b.instructions.len()])
        .collect();
    let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; cfg.blocks.len()];
    let mut visited = vec![false; cfg.blocks.len()];
    let mut todo = vec![cfg.entry];
    visited[cfg.entry.0 as usize] = true;
    stacks[cfg.entry.0 as usize] = Some(Vec::new());
    while let Some(id) = todo.pop() {
        let mut stack = stacks[id.0 as usize].take().unwrap_or_default();
        let block = cfg.block(id).clone();
        for (i, instr) in block.instructions.iter().enumerate() {
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
            } else if instr.opcode == Opcode::POP_BLOCK {
                stack
                    .pop()
                    .ok_or(AssembleError::Malformed("POP_BLOCK without SETUP"))?;
            } else if instr.opcode.is_jump() {
                let target = instr
                    .target
                    .ok_or(AssembleError::Malformed("jump without a target"))?;
                if !std::mem::replace(&mut visited[target.0 as usize], true) {
                    stacks[target.0 as usize] = Some(stack.clone());
                    todo.push(target);
                }
            }
            // SETUP_* and POP_BLOCK themselves stay unprotected, as in
            // CPython, where they keep a null handler.
            if !(instr.opcode.is_block_push() || instr.opcode == Opcode::POP_BLOCK) {
                handlers[id.0 as usize][i] = stack.last().copied();
            }
        }
        if block.falls_through()
            && let Some(next) = block.next
            && !std::mem::replace(&mut visited[next.0 as usize], true)
        {
            stacks[next.0 as usize] = Some(stack);
            todo.push(next);
        }
    }
    Ok(handlers)
}

/// Removes NOPs that carry no line of their own (CPython's
/// `clean_basic_block`): one without a line, one on the same line as the
/// instruction before or after it, or one ending a block whose successor
/// starts on its line.
fn remove_nops(block: &mut Vec<Placed>, next_block_line: Option<Option<u32>>) {
    let mut kept: Vec<Placed> = Vec::with_capacity(block.len());
    let mut prev_line: Option<u32> = None;
    let mut i = 0;
    while i < block.len() {
        let placed = block[i];
        let line = placed.instr.line();
        if placed.instr.opcode == Opcode::NOP {
            if line.is_none() || prev_line == line {
                i += 1;
                continue;
            }
            if let Some(next) = block.get_mut(i + 1) {
                let next_line = next.instr.line();
                if next_line.is_none() || next_line == line {
                    if next_line.is_none() {
                        next.instr.location = placed.instr.location;
                    }
                    i += 1;
                    continue;
                }
            } else if next_block_line == Some(line) {
                i += 1;
                continue;
            }
        }
        kept.push(placed);
        prev_line = line;
        i += 1;
    }
    *block = kept;
}

/// Turns each pseudo-jump into its forward or backward form.
fn normalize_jumps(layout: &[BlockId], blocks: &mut [Vec<Placed>]) {
    let mut position = vec![usize::MAX; blocks.len()];
    for (i, id) in layout.iter().enumerate() {
        position[id.0 as usize] = i;
    }
    for (i, id) in layout.iter().enumerate() {
        for placed in &mut blocks[id.0 as usize] {
            if let Some(target) = placed.instr.target {
                let forward = position[target.0 as usize] > i;
                placed.instr.opcode = placed.instr.opcode.with_direction(forward);
            }
        }
    }
}

/// Computes block offsets (in code units) and jump arguments, repeating
/// while a jump's argument outgrows its EXTENDED_ARG prefixes.
fn resolve_offsets(
    layout: &[BlockId],
    blocks: &mut [Vec<Placed>],
) -> Result<Vec<u32>, AssembleError> {
    let mut offsets = vec![0u32; blocks.len()];
    loop {
        let mut total = 0u32;
        for id in layout {
            offsets[id.0 as usize] = total;
            total += blocks[id.0 as usize]
                .iter()
                .map(|p| Instruction::new(p.instr.opcode, p.instr.arg).size() as u32)
                .sum::<u32>();
        }
        let mut grew = false;
        for id in layout {
            let mut end = offsets[id.0 as usize];
            for placed in &mut blocks[id.0 as usize] {
                let before = Instruction::new(placed.instr.opcode, placed.instr.arg).size();
                end += before as u32;
                let Some(target) = placed.instr.target else {
                    continue;
                };
                let target = offsets[target.0 as usize];
                // Forward and backward jumps both count code units from the
                // instruction after the jump.
                placed.instr.arg = target.abs_diff(end);
                if Instruction::new(placed.instr.opcode, placed.instr.arg).size() != before {
                    grew = true;
                }
            }
        }
        if !grew {
            return Ok(offsets);
        }
    }
}
