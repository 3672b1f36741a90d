//! The control-flow graph optimiser: CPython 3.11's `optimize_cfg` and the
//! line-number passes that follow it, so that the instructions left are
//! those CPython leaves.
//!
//! - peephole rewrites in each block: a constant condition becomes an
//!   unconditional jump or nothing; `x is None` tests become
//!   `POP_JUMP_IF_NONE`/`NOT_NONE`; `BUILD_TUPLE` of constants becomes one
//!   constant; `BUILD_TUPLE n; UNPACK_SEQUENCE n` becomes `SWAP` (or
//!   nothing); `PUSH_NULL; LOAD_GLOBAL` merges; jumps to jumps are threaded
//!   when on the same line; `SWAP`s before stores are applied statically;
//! - a jump to a short exit block (return or raise, at most four
//!   instructions) is replaced by a copy of the block;
//! - unreachable blocks are emptied and empty blocks skipped; a jump to the
//!   next block is dropped;
//! - exit blocks without a line number reached by several jumps are copied
//!   per jump, so each copy takes its jump's line;
//! - instructions without a location take their predecessor's, and the
//!   trailing unused constants are trimmed.

use super::cfg::{BlockId, Cfg, Instr};
use crate::bytecode::{Constant, Location, Opcode};

const MAX_COPY_SIZE: usize = 4;

/// Runs every pass; `consts` is the unit's `co_consts`.
pub fn optimize(cfg: &mut Cfg, consts: &mut Vec<Constant>, first_line: u32) {
    // CPython extends blocks once in layout order before optimising, and
    // again (newest block first) after: an exit copied by the first pass
    // can be copied again by the second.
    for id in cfg.layout() {
        extend_block(cfg, id);
    }
    let layout = cfg.layout();
    let following = following_lines(cfg, &layout);
    for (&id, next_line) in layout.iter().zip(following) {
        optimize_block(cfg, id, consts);
        clean_block(cfg, id, next_line);
    }
    for i in (0..cfg.blocks.len()).rev() {
        extend_block(cfg, BlockId(i as u32));
    }
    remove_unreachable(cfg);
    clean_blocks(cfg);
    remove_redundant_jumps(cfg);
    duplicate_exits_without_lineno(cfg);
    trim_unused_consts(cfg, consts);
    propagate_line_numbers(cfg);
    guarantee_lineno_for_exits(cfg, first_line);
}

/// The block a jump to `id` really lands in: the first non-empty block at
/// or after it in layout order.
fn resolve(cfg: &Cfg, mut id: BlockId) -> BlockId {
    let mut steps = 0;
    while cfg.block(id).instructions.is_empty() && steps <= cfg.blocks.len() {
        match cfg.block(id).next {
            Some(next) => id = next,
            None => break,
        }
        steps += 1;
    }
    id
}

fn first_instr(cfg: &Cfg, id: BlockId) -> Option<Instr> {
    cfg.block(resolve(cfg, id)).instructions.first().copied()
}

pub(crate) fn is_truthy(constant: &Constant) -> bool {
    match constant {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => i.sign() != num_bigint::Sign::NoSign,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        // A surrogate string is never empty: it holds a surrogate.
        Constant::SurrogateStr(_) => true,
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(items) | Constant::FrozenSet(items) => !items.is_empty(),
        Constant::Code(_) | Constant::Ellipsis => true,
    }
}

fn add_const(consts: &mut Vec<Constant>, constant: Constant) -> u32 {
    if let Some(i) = consts.iter().position(|c| *c == constant) {
        return i as u32;
    }
    consts.push(constant);
    consts.len() as u32 - 1
}

fn is_conditional_pop_jump(op: Opcode) -> bool {
    matches!(op, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE)
}

/// CPython's `optimize_basic_block`.
fn optimize_block(cfg: &mut Cfg, id: BlockId, consts: &mut Vec<Constant>) {
    let mut i = 0;
    while i < cfg.block(id).instructions.len() {
        let instrs = &cfg.block(id).instructions;
        let inst = instrs[i];
        let next = instrs.get(i + 1).copied();
        let next_op = next.map(|n| n.opcode);
        let target = inst.target.and_then(|t| first_instr(cfg, t));
        let mut retry = false;
        match inst.opcode {
            Opcode::LOAD_CONST => {
                let constant = consts.get(inst.arg as usize).cloned();
                match (next_op, constant) {
                    (Some(op), Some(c)) if is_conditional_pop_jump(op) => {
                        let truthy = is_truthy(&c);
                        let block = cfg.block_mut(id);
                        block.instructions[i].opcode = Opcode::NOP;
                        let jump_if_true = op == Opcode::POP_JUMP_IF_TRUE;
                        let next = &mut block.instructions[i + 1];
                        if truthy == jump_if_true {
                            next.opcode = Opcode::JUMP;
                        } else {
                            next.opcode = Opcode::NOP;
                            next.target = None;
                        }
                    }
                    (
                        Some(op @ (Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP)),
                        Some(c),
                    ) => {
                        let truthy = is_truthy(&c);
                        let jump_if_true = op == Opcode::JUMP_IF_TRUE_OR_POP;
                        let block = cfg.block_mut(id);
                        if truthy == jump_if_true {
                            block.instructions[i + 1].opcode = Opcode::JUMP;
                        } else {
                            block.instructions[i].opcode = Opcode::NOP;
                            block.instructions[i + 1].opcode = Opcode::NOP;
                            block.instructions[i + 1].target = None;
                        }
                    }
                    (Some(Opcode::IS_OP), Some(Constant::None)) => {
                        let block = cfg.block_mut(id);
                        if let Some(jump) = block.instructions.get(i + 2).copied()
                            && is_conditional_pop_jump(jump.opcode)
                        {
                            let mut invert = block.instructions[i + 1].arg != 0;
                            if jump.opcode == Opcode::POP_JUMP_IF_FALSE {
                                invert = !invert;
                            }
                            block.instructions[i].opcode = Opcode::NOP;
                            block.instructions[i + 1].opcode = Opcode::NOP;
                            block.instructions[i + 2].opcode = if invert {
                                Opcode::POP_JUMP_IF_NOT_NONE
                            } else {
                                Opcode::POP_JUMP_IF_NONE
                            };
                        }
                    }
                    _ => {}
                }
            }
            Opcode::BUILD_TUPLE => {
                let n = inst.arg as usize;
                if next_op == Some(Opcode::UNPACK_SEQUENCE) && next.map(|x| x.arg) == Some(inst.arg)
                {
                    let block = cfg.block_mut(id);
                    match n {
                        1 => {
                            block.instructions[i].opcode = Opcode::NOP;
                            block.instructions[i + 1].opcode = Opcode::NOP;
                            i += 1;
                            continue;
                        }
                        2 | 3 => {
                            block.instructions[i].opcode = Opcode::NOP;
                            block.instructions[i + 1].opcode = Opcode::SWAP;
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                if i >= n {
                    fold_tuple(cfg, id, i, consts);
                }
            }
            Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                if let Some(t) = target {
                    let same_sense = if inst.opcode == Opcode::JUMP_IF_FALSE_OR_POP {
                        (Opcode::POP_JUMP_IF_FALSE, Opcode::JUMP_IF_FALSE_OR_POP)
                    } else {
                        (Opcode::POP_JUMP_IF_TRUE, Opcode::JUMP_IF_TRUE_OR_POP)
                    };
                    let opposite = if inst.opcode == Opcode::JUMP_IF_FALSE_OR_POP {
                        [Opcode::JUMP_IF_TRUE_OR_POP, Opcode::POP_JUMP_IF_TRUE]
                    } else {
                        [Opcode::JUMP_IF_FALSE_OR_POP, Opcode::POP_JUMP_IF_FALSE]
                    };
                    if t.opcode == same_sense.0 {
                        retry = jump_thread(cfg, id, i, t, same_sense.0);
                    } else if t.opcode == Opcode::JUMP || t.opcode == same_sense.1 {
                        retry = jump_thread(cfg, id, i, t, same_sense.1);
                    } else if opposite.contains(&t.opcode) && inst.line() == t.line() {
                        let landing = resolve(cfg, inst.target.expect("checked: a jump"));
                        if let Some(after) = cfg.block(landing).next {
                            let instr = &mut cfg.block_mut(id).instructions[i];
                            instr.opcode = if inst.opcode == Opcode::JUMP_IF_FALSE_OR_POP {
                                Opcode::POP_JUMP_IF_FALSE
                            } else {
                                Opcode::POP_JUMP_IF_TRUE
                            };
                            instr.target = Some(after);
                            retry = true;
                        }
                    }
                }
            }
            Opcode::POP_JUMP_IF_NOT_NONE
            | Opcode::POP_JUMP_IF_NONE
            | Opcode::POP_JUMP_IF_FALSE
            | Opcode::POP_JUMP_IF_TRUE
            | Opcode::JUMP => {
                if let Some(t) = target
                    && t.opcode == Opcode::JUMP
                {
                    retry = jump_thread(cfg, id, i, t, inst.opcode);
                }
            }
            Opcode::SWAP => {
                if inst.arg == 1 {
                    cfg.block_mut(id).instructions[i].opcode = Opcode::NOP;
                } else {
                    let instrs = &mut cfg.block_mut(id).instructions;
                    i = swaptimize(instrs, i);
                    apply_static_swaps(instrs, i);
                }
            }
            Opcode::PUSH_NULL
                if next_op == Some(Opcode::LOAD_GLOBAL) && next.is_some_and(|n| n.arg & 1 == 0) =>
            {
                let block = cfg.block_mut(id);
                block.instructions[i].opcode = Opcode::NOP;
                block.instructions[i].arg = 0;
                block.instructions[i + 1].arg |= 1;
            }
            _ => {}
        }
        if !retry {
            i += 1;
        }
    }
}

/// Retargets the jump at `i` past the jump it lands on, if both are on the
/// same line and that changes anything.
fn jump_thread(cfg: &mut Cfg, id: BlockId, i: usize, target: Instr, opcode: Opcode) -> bool {
    let inst = cfg.block(id).instructions[i];
    let Some(new_target) = target.target else {
        return false;
    };
    let landing = inst.target.map(|t| resolve(cfg, t));
    if inst.line() == target.line() && landing != Some(resolve(cfg, new_target)) {
        let instr = &mut cfg.block_mut(id).instructions[i];
        instr.target = Some(new_target);
        instr.opcode = opcode;
        return true;
    }
    false
}

/// `LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2` becomes one `LOAD_CONST`.
fn fold_tuple(cfg: &mut Cfg, id: BlockId, i: usize, consts: &mut Vec<Constant>) {
    let n = cfg.block(id).instructions[i].arg as usize;
    let start = i - n;
    let instrs = &cfg.block(id).instructions[start..i];
    if !instrs.iter().all(|x| x.opcode == Opcode::LOAD_CONST) {
        return;
    }
    let Some(items) = instrs
        .iter()
        .map(|x| consts.get(x.arg as usize).cloned())
        .collect::<Option<Vec<_>>>()
    else {
        return;
    };
    let index = add_const(consts, Constant::Tuple(items));
    let block = cfg.block_mut(id);
    for instr in &mut block.instructions[start..i] {
        instr.opcode = Opcode::NOP;
        instr.arg = 0;
    }
    block.instructions[i].opcode = Opcode::LOAD_CONST;
    block.instructions[i].arg = index;
}

/// Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same
/// effect (CPython's `swaptimize`); returns the index of the run's last
/// instruction.
fn swaptimize(instrs: &mut [Instr], start: usize) -> usize {
    let mut depth = instrs[start].arg as usize;
    let mut len = 1;
    let mut more = false;
    while start + len < instrs.len() {
        match instrs[start + len].opcode {
            Opcode::SWAP => {
                depth = depth.max(instrs[start + len].arg as usize);
                more = true;
            }
            Opcode::NOP => {}
            _ => break,
        }
        len += 1;
    }
    if !more {
        return start;
    }
    // Run the SWAPs on a model stack of positions.
    let mut stack: Vec<Option<usize>> = (0..depth).map(Some).collect();
    for instr in &instrs[start..start + len] {
        if instr.opcode == Opcode::SWAP {
            stack.swap(0, instr.arg as usize - 1);
        }
    }
    // Undo each cycle of the permutation, writing SWAPs from the end of the
    // run backwards (which replays them forwards).
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i].is_none() || stack[i] == Some(i) {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let instr = &mut instrs[start + current as usize];
                instr.opcode = Opcode::SWAP;
                instr.arg = j as u32 + 1;
                current -= 1;
            }
            match stack[j].take() {
                None => break,
                Some(next) => j = next,
            }
        }
    }
    while current >= 0 {
        instrs[start + current as usize].opcode = Opcode::NOP;
        current -= 1;
    }
    start + len - 1
}

fn swappable(op: Opcode) -> bool {
    matches!(op, Opcode::STORE_FAST | Opcode::POP_TOP)
}

fn next_swappable(instrs: &[Instr], mut i: usize, line: Option<Option<u32>>) -> Option<usize> {
    loop {
        i += 1;
        let instr = instrs.get(i)?;
        if let Some(line) = line
            && instr.line() != line
        {
            return None;
        }
        if instr.opcode == Opcode::NOP {
            continue;
        }
        return swappable(instr.opcode).then_some(i);
    }
}

/// CPython's `apply_static_swaps`: a `SWAP` followed by stores can be done
/// by exchanging the stores instead.
fn apply_static_swaps(instrs: &mut [Instr], start: usize) {
    let mut i = start as isize;
    while i >= 0 {
        let swap = instrs[i as usize];
        if swap.opcode != Opcode::SWAP {
            if swap.opcode == Opcode::NOP || swappable(swap.opcode) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, i as usize, None) else {
            return;
        };
        let line = instrs[j].line();
        let mut k = j;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, Some(line)) {
                Some(next) => k = next,
                None => return,
            }
        }
        instrs[i as usize].opcode = Opcode::NOP;
        instrs.swap(j, k);
        i -= 1;
    }
}

/// Cleans every block, in layout order.
pub(crate) fn clean_blocks(cfg: &mut Cfg) {
    let layout = cfg.layout();
    let following = following_lines(cfg, &layout);
    for (&id, next_line) in layout.iter().zip(following) {
        clean_block(cfg, id, next_line);
    }
}

/// For each block of `layout`, the line of the first instruction that
/// follows it (past empty blocks): `None` when nothing follows. One
/// backward sweep, where asking each block would walk runs of empty blocks
/// again and again. Cleaning a block changes only that block, so the
/// values stay true while a pass cleans the blocks in layout order.
fn following_lines(cfg: &Cfg, layout: &[BlockId]) -> Vec<Option<Option<u32>>> {
    let mut lines = vec![None; layout.len()];
    let mut next: Option<Option<u32>> = None;
    for (slot, &id) in lines.iter_mut().zip(layout).rev() {
        *slot = next;
        if let Some(first) = cfg.block(id).instructions.first() {
            next = Some(first.line());
        }
    }
    lines
}

/// Removes the NOPs of block `id` that carry no line of their own
/// (CPython's `clean_basic_block`): one without a line, one on the same
/// line as the instruction before or after it, or one ending a block whose
/// successor starts on its line (`next_line`, from [`following_lines`]).
fn clean_block(cfg: &mut Cfg, id: BlockId, next_line: Option<Option<u32>>) {
    let block = &mut cfg.block_mut(id).instructions;
    let mut kept: Vec<Instr> = Vec::with_capacity(block.len());
    let mut prev_line: Option<u32> = None;
    for i in 0..block.len() {
        let instr = block[i];
        let line = instr.line();
        if instr.opcode == Opcode::NOP {
            if line.is_none() || prev_line == line {
                continue;
            }
            if i + 1 < block.len() {
                let next_line_here = block[i + 1].line();
                if next_line_here.is_none() || next_line_here == line {
                    if next_line_here.is_none() {
                        block[i + 1].location = instr.location;
                    }
                    continue;
                }
            } else if next_line == Some(line) {
                continue;
            }
        }
        kept.push(instr);
        prev_line = line;
    }
    *block = kept;
}

fn is_exit(cfg: &Cfg, id: BlockId) -> bool {
    cfg.block(id)
        .last()
        .is_some_and(|i| i.opcode.is_scope_exit())
}

/// A jump to a short exit block without a line number (an implicit
/// `return None`) becomes a copy of that block.
fn extend_block(cfg: &mut Cfg, id: BlockId) {
    let Some(last) = cfg.block(id).last().copied() else {
        return;
    };
    if last.opcode != Opcode::JUMP {
        return;
    }
    let Some(target) = last.target.map(|t| resolve(cfg, t)) else {
        return;
    };
    if !is_exit_without_lineno(cfg, target) || cfg.block(target).instructions.len() > MAX_COPY_SIZE
    {
        return;
    }
    let copied = cfg.block(target).instructions.clone();
    let block = cfg.block_mut(id);
    let last = block.instructions.len() - 1;
    block.instructions[last].opcode = Opcode::NOP;
    block.instructions[last].target = None;
    block.instructions.extend(copied);
}

fn successors(cfg: &Cfg, id: BlockId) -> Vec<BlockId> {
    let block = cfg.block(id);
    let mut out: Vec<BlockId> = block
        .instructions
        .iter()
        .filter_map(|i| i.target)
        .map(|t| resolve(cfg, t))
        .collect();
    if block.falls_through()
        && let Some(next) = block.next
    {
        out.push(resolve(cfg, next));
    }
    out
}

/// Predecessor counts of the reachable blocks (0 for the unreachable).
fn predecessors(cfg: &Cfg) -> Vec<usize> {
    let mut count = vec![0usize; cfg.blocks.len()];
    let entry = resolve(cfg, cfg.entry);
    count[entry.0 as usize] = 1;
    let mut seen = vec![false; cfg.blocks.len()];
    let mut stack = vec![entry];
    seen[entry.0 as usize] = true;
    while let Some(id) = stack.pop() {
        for succ in successors(cfg, id) {
            count[succ.0 as usize] += 1;
            if !std::mem::replace(&mut seen[succ.0 as usize], true) {
                stack.push(succ);
            }
        }
    }
    count
}

fn remove_unreachable(cfg: &mut Cfg) {
    let preds = predecessors(cfg);
    for (i, block) in cfg.blocks.iter_mut().enumerate() {
        if preds[i] == 0 {
            block.instructions.clear();
        }
    }
}

/// A jump to the block that follows anyway becomes a NOP.
fn remove_redundant_jumps(cfg: &mut Cfg) {
    for id in cfg.layout() {
        let Some(last) = cfg.block(id).last().copied() else {
            continue;
        };
        if !matches!(last.opcode, Opcode::JUMP | Opcode::JUMP_NO_INTERRUPT) {
            continue;
        }
        let Some(next) = cfg.block(id).next.map(|n| resolve(cfg, n)) else {
            continue;
        };
        if last.target.map(|t| resolve(cfg, t)) == Some(next) {
            let block = cfg.block_mut(id);
            let n = block.instructions.len() - 1;
            block.instructions[n].opcode = Opcode::NOP;
            block.instructions[n].target = None;
        }
    }
}

fn is_exit_without_lineno(cfg: &Cfg, id: BlockId) -> bool {
    is_exit(cfg, id)
        && cfg
            .block(id)
            .instructions
            .iter()
            .all(|i| i.location.is_none())
}

/// Gives each jump to a shared, line-less exit block its own copy, placed
/// right after the original, whose first instruction takes the jump's
/// location.
fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    let preds = predecessors(cfg);
    let mut remaining = preds.clone();
    // CPython walks its block list newest first.
    for index in (0..cfg.blocks.len()).rev() {
        let id = BlockId(index as u32);
        let Some(last) = cfg.block(id).last().copied() else {
            continue;
        };
        let Some(target) = last.target.filter(|_| last.opcode.is_jump()) else {
            continue;
        };
        let target = resolve(cfg, target);
        if is_exit_without_lineno(cfg, target) && remaining[target.0 as usize] > 1 {
            let mut copy = cfg.block(target).clone();
            copy.instructions[0].location = last.location;
            copy.next = cfg.block(target).next;
            let new_id = cfg.new_block();
            *cfg.block_mut(new_id) = copy;
            cfg.block_mut(target).next = Some(new_id);
            let n = cfg.block(id).instructions.len() - 1;
            cfg.block_mut(id).instructions[n].target = Some(new_id);
            remaining[target.0 as usize] -= 1;
            remaining.push(1);
        }
    }
    // The remaining ones are reached by falling through only.
    for id in cfg.layout() {
        let block = cfg.block(id);
        let Some(last) = block.last().copied() else {
            continue;
        };
        if !block.falls_through() {
            continue;
        }
        let Some(next) = block.next.map(|n| resolve(cfg, n)) else {
            continue;
        };
        if is_exit_without_lineno(cfg, next) {
            cfg.block_mut(next).instructions[0].location = last.location;
        }
    }
}

/// Drops constants after the last one any instruction uses (the first is
/// always kept: it may be the docstring).
fn trim_unused_consts(cfg: &Cfg, consts: &mut Vec<Constant>) {
    let mut max = 0usize;
    for id in cfg.layout() {
        for instr in &cfg.block(id).instructions {
            if matches!(instr.opcode, Opcode::LOAD_CONST | Opcode::KW_NAMES) {
                max = max.max(instr.arg as usize);
            }
        }
    }
    consts.truncate(max + 1);
}

/// Instructions without a location take the one before them; a block with
/// one predecessor starts with its predecessor's last location.
fn propagate_line_numbers(cfg: &mut Cfg) {
    let preds = predecessors(cfg);
    for id in cfg.layout() {
        if cfg.block(id).instructions.is_empty() {
            continue;
        }
        let mut prev: Option<Location> = None;
        for instr in &mut cfg.block_mut(id).instructions {
            if instr.location.is_none() {
                instr.location = prev;
            } else {
                prev = instr.location;
            }
        }
        let block = cfg.block(id);
        let last = *block.last().expect("checked: not empty");
        if block.falls_through()
            && let Some(next) = block.next.map(|n| resolve(cfg, n))
            && preds[next.0 as usize] == 1
            && let Some(first) = cfg.block_mut(next).instructions.first_mut()
            && first.location.is_none()
        {
            first.location = prev;
        }
        if last.opcode.is_jump()
            && !last.opcode.is_block_push()
            && let Some(target) = last.target.map(|t| resolve(cfg, t))
            && preds[target.0 as usize] == 1
            && let Some(first) = cfg.block_mut(target).instructions.first_mut()
            && first.location.is_none()
        {
            first.location = prev;
        }
    }
}

/// A return still without a line gets the line of the code before it.
fn guarantee_lineno_for_exits(cfg: &mut Cfg, first_line: u32) {
    let mut line = first_line;
    for id in cfg.layout() {
        let block = cfg.block_mut(id);
        let Some(last) = block.last().copied() else {
            continue;
        };
        match last.location {
            None if last.opcode == Opcode::RETURN_VALUE => {
                for instr in &mut block.instructions {
                    instr.location = Some(Location::line(line));
                }
            }
            None => {}
            Some(loc) => line = loc.line,
        }
    }
}
