//! From the code generator's control-flow graph to the bytes of a code
//! object: the graph itself, the stack-depth pass and the assembler.

pub mod assembler;
pub mod cfg;
pub mod optimize;
pub mod stackdepth;

pub use assembler::{AssembleError, Assembled, assemble, finish, label_exception_targets};
pub use cfg::{Block, BlockId, Cfg, CfgBuilder, Instr};
pub use stackdepth::{StackDepthError, stack_depth};
