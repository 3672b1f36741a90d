//! The stack-depth pass: `co_stacksize` from the control-flow graph.
//!
//! A worklist walk from the entry block, as CPython's `stackdepth()`: each
//! block is visited once with the depth control reaches it at; every
//! instruction changes the depth by its stack effect from the opcode table;
//! a jump also carries the depth along the taken branch (its *jump* effect)
//! to its target, and a SETUP_* pseudo-instruction carries the handler's
//! entry depth to the handler. The answer is the deepest point seen.
//!
//! Each block's entry depth is recorded (`Block::start_depth`): the
//! exception table needs its handlers'.
//!
//! Invariant: a block reached along two paths is reached at the same depth,
//! and no path takes the depth below zero; either failure is a compiler bug,
//! reported as [`StackDepthError`], never a panic.

use std::fmt;

use super::cfg::{BlockId, Cfg};
use crate::bytecode::Opcode;

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum StackDepthError {
    /// A block is reached at two different depths.
    Inconsistent {
        block: BlockId,
        first: u32,
        second: u32,
    },
    /// An instruction pops more than the stack holds.
    Underflow { block: BlockId, index: usize },
}

impl fmt::Display for StackDepthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StackDepthError::Inconsistent {
                block,
                first,
                second,
            } => write!(
                f,
                "block {} reached at stack depths {first} and {second}",
                block.0
            ),
            StackDepthError::Underflow { block, index } => {
                write!(
                    f,
                    "stack underflow at instruction {index} of block {}",
                    block.0
                )
            }
        }
    }
}

fn push(
    cfg: &mut Cfg,
    worklist: &mut Vec<BlockId>,
    block: BlockId,
    depth: u32,
) -> Result<(), StackDepthError> {
    match cfg.block(block).start_depth {
        None => {
            cfg.block_mut(block).start_depth = Some(depth);
            worklist.push(block);
            Ok(())
        }
        Some(first) if first == depth => Ok(()),
        Some(first) => Err(StackDepthError::Inconsistent {
            block,
            first,
            second: depth,
        }),
    }
}

/// Computes the maximum stack depth, recording each reachable block's entry
/// depth. Unreachable blocks keep `start_depth == None`.
pub fn stack_depth(cfg: &mut Cfg) -> Result<u32, StackDepthError> {
    for block in &mut cfg.blocks {
        block.start_depth = None;
    }
    let mut worklist = Vec::new();
    let mut max_depth: i64 = 0;
    push(cfg, &mut worklist, cfg.entry, 0)?;
    while let Some(id) = worklist.pop() {
        let block = cfg.block(id);
        let mut depth = i64::from(block.start_depth.unwrap_or(0));
        let mut next = block.next;
        let mut branches = Vec::new();
        for (index, instr) in block.instructions.iter().enumerate() {
            // RETURN_GENERATOR's table effect is CPython's 0, but the frame
            // resumes with the sent value pushed, which the POP_TOP after it
            // removes (CPython computes depths before adding that prefix).
            let effect = if instr.opcode == Opcode::RETURN_GENERATOR {
                1
            } else {
                instr.opcode.stack_effect(instr.arg, false)
            };
            let after = depth + i64::from(effect);
            if after < 0 {
                return Err(StackDepthError::Underflow { block: id, index });
            }
            max_depth = max_depth.max(after);
            if let Some(target) = instr.target {
                let at_target = depth + i64::from(instr.opcode.stack_effect(instr.arg, true));
                if at_target < 0 {
                    return Err(StackDepthError::Underflow { block: id, index });
                }
                max_depth = max_depth.max(at_target);
                branches.push((target, at_target as u32));
            }
            depth = after;
            if instr.opcode.is_scope_exit() || instr.opcode.is_unconditional_jump() {
                next = None;
                break;
            }
        }
        for (target, at_target) in branches {
            push(cfg, &mut worklist, target, at_target)?;
        }
        if let Some(next) = next {
            push(cfg, &mut worklist, next, depth as u32)?;
        }
    }
    Ok(max_depth as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assemble::cfg::CfgBuilder;
    use crate::bytecode::Opcode::*;

    #[test]
    fn straight_line_code() {
        let mut b = CfgBuilder::new();
        b.op(RESUME, 0, None);
        b.op(LOAD_CONST, 0, None);
        b.op(LOAD_CONST, 1, None);
        b.op(BUILD_TUPLE, 2, None);
        b.op(RETURN_VALUE, 0, None);
        let mut cfg = b.finish();
        assert_eq!(stack_depth(&mut cfg), Ok(2));
    }

    #[test]
    fn for_loop_carries_the_iterator() {
        let mut b = CfgBuilder::new();
        let head = b.new_block();
        let exit = b.new_block();
        b.op(LOAD_FAST, 0, None);
        b.op(GET_ITER, 0, None);
        b.use_next_block(head);
        b.jump(FOR_ITER, exit, None);
        b.op(STORE_FAST, 1, None);
        b.op(LOAD_GLOBAL, 1, None);
        b.op(LOAD_FAST, 1, None);
        b.op(PRECALL, 1, None);
        b.op(CALL, 1, None);
        b.op(POP_TOP, 0, None);
        b.jump(JUMP, head, None);
        b.use_next_block(exit);
        b.op(LOAD_CONST, 0, None);
        b.op(RETURN_VALUE, 0, None);
        let mut cfg = b.finish();
        // iterator, NULL, print, argument.
        assert_eq!(stack_depth(&mut cfg), Ok(4));
        assert_eq!(cfg.block(exit).start_depth, Some(0));
    }

    #[test]
    fn handlers_start_at_their_setup_depth() {
        let mut b = CfgBuilder::new();
        let handler = b.new_block();
        let body = b.new_block();
        b.use_next_block(body);
        b.jump(SETUP_CLEANUP, handler, None);
        b.op(LOAD_CONST, 0, None);
        b.op(RETURN_VALUE, 0, None);
        b.use_next_block(handler);
        b.op(RERAISE, 1, None);
        let mut cfg = b.finish();
        assert_eq!(stack_depth(&mut cfg), Ok(2));
        assert_eq!(cfg.block(handler).start_depth, Some(2));
    }

    #[test]
    fn inconsistent_and_negative_depths_are_errors() {
        let mut b = CfgBuilder::new();
        let join = b.new_block();
        b.op(LOAD_CONST, 0, None);
        b.jump(POP_JUMP_IF_TRUE, join, None);
        b.op(LOAD_CONST, 0, None);
        b.use_next_block(join);
        b.op(RETURN_VALUE, 0, None);
        let mut cfg = b.finish();
        assert!(matches!(
            stack_depth(&mut cfg),
            Err(StackDepthError::Inconsistent { .. })
        ));

        let mut b = CfgBuilder::new();
        b.op(POP_TOP, 0, None);
        let mut cfg = b.finish();
        assert_eq!(
            stack_depth(&mut cfg),
            Err(StackDepthError::Underflow {
                block: BlockId(0),
                index: 0
            })
        );
    }
}
