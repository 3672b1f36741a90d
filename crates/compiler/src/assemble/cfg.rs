//! The control-flow graph the code generator writes into and the assembler
//! reads: basic blocks of instructions whose jumps name blocks, not offsets.
//!
//! Blocks are kept in creation order in `blocks`; the layout order (the order
//! the code will have in `co_code`) is the chain of `next` links from
//! `entry`. A block falls through to its `next` unless its last instruction
//! is an unconditional jump or leaves the frame.
//!
//! Invariant: only the last instruction of a block may jump (SETUP_* pseudo
//! instructions, which name their handler, may appear anywhere).

use crate::bytecode::{Location, Opcode};

/// A basic block's index in [`Cfg::blocks`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// One instruction of the graph: jumps and SETUP_* carry their target
/// block; everything else carries its argument.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Instr {
    pub opcode: Opcode,
    pub arg: u32,
    pub target: Option<BlockId>,
    /// `None` for instructions with no source position.
    pub location: Option<Location>,
    /// The exception handler protecting this instruction, once
    /// `label_exception_targets` has run (CPython's `i_except`).
    pub handler: Option<BlockId>,
}

impl Instr {
    pub fn new(opcode: Opcode, arg: u32, location: Option<Location>) -> Self {
        Instr {
            opcode,
            arg,
            target: None,
            location,
            handler: None,
        }
    }

    pub fn jump(opcode: Opcode, target: BlockId, location: Option<Location>) -> Self {
        Instr {
            opcode,
            arg: 0,
            target: Some(target),
            location,
            handler: None,
        }
    }

    pub fn line(&self) -> Option<u32> {
        self.location.map(|l| l.line)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instructions: Vec<Instr>,
    /// The block after this one in layout order.
    pub next: Option<BlockId>,
    /// Stack depth on entry, once the stack-depth pass has reached it.
    pub start_depth: Option<u32>,
    /// For exception handlers: whether the raising offset is pushed
    /// (handlers of SETUP_CLEANUP and SETUP_WITH).
    pub preserve_lasti: bool,
}

impl Block {
    pub fn last(&self) -> Option<&Instr> {
        self.instructions.last()
    }

    /// Whether control can run off the end of this block into `next`.
    pub fn falls_through(&self) -> bool {
        self.last()
            .is_none_or(|i| !(i.opcode.is_scope_exit() || i.opcode.is_unconditional_jump()))
    }
}

/// A code object's instructions as a graph of basic blocks.
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: BlockId,
}

impl Default for Cfg {
    fn default() -> Self {
        Cfg::new()
    }
}

impl Cfg {
    /// A graph with one empty entry block.
    pub fn new() -> Cfg {
        Cfg {
            blocks: vec![Block::default()],
            entry: BlockId(0),
        }
    }

    /// A new block, not yet placed in the layout.
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        BlockId(self.blocks.len() as u32 - 1)
    }

    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.0 as usize]
    }

    pub fn block_mut(&mut self, id: BlockId) -> &mut Block {
        &mut self.blocks[id.0 as usize]
    }

    /// The blocks in layout order.
    pub fn layout(&self) -> Vec<BlockId> {
        let mut order = Vec::new();
        let mut seen = vec![false; self.blocks.len()];
        let mut current = Some(self.entry);
        while let Some(id) = current {
            if std::mem::replace(&mut seen[id.0 as usize], true) {
                break;
            }
            order.push(id);
            current = self.block(id).next;
        }
        order
    }
}

/// Appends instructions to a [`Cfg`] the way a code generator walks source:
/// there is always a current block, and starting a new one links it after
/// the current one.
#[derive(Debug)]
pub struct CfgBuilder {
    pub cfg: Cfg,
    pub current: BlockId,
}

impl Default for CfgBuilder {
    fn default() -> Self {
        CfgBuilder::new()
    }
}

impl CfgBuilder {
    pub fn new() -> Self {
        let cfg = Cfg::new();
        let current = cfg.entry;
        CfgBuilder { cfg, current }
    }

    pub fn new_block(&mut self) -> BlockId {
        self.cfg.new_block()
    }

    /// Places `block` after the current block and makes it current.
    pub fn use_next_block(&mut self, block: BlockId) {
        self.cfg.block_mut(self.current).next = Some(block);
        self.current = block;
    }

    pub fn emit(&mut self, instr: Instr) {
        let jumps = instr.opcode.is_jump() && !instr.opcode.is_block_push();
        self.cfg.block_mut(self.current).instructions.push(instr);
        if jumps {
            // A jump ends its block; what follows starts a fresh one.
            let next = self.new_block();
            self.use_next_block(next);
        }
    }

    pub fn op(&mut self, opcode: Opcode, arg: u32, location: Option<Location>) {
        self.emit(Instr::new(opcode, arg, location));
    }

    pub fn jump(&mut self, opcode: Opcode, target: BlockId, location: Option<Location>) {
        self.emit(Instr::jump(opcode, target, location));
    }

    pub fn finish(self) -> Cfg {
        self.cfg
    }
}
