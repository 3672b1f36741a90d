//! Frames and the code they run.
//!
//! A [`Frame`] is one activation of a code object. Frames live in the
//! interpreter's `SlotMap<FrameId, Frame>` (DESIGN.md invariant 7) and are
//! chained by `back`. A frame's fast locals, cells and evaluation stack are
//! a slice of the one value stack the interpreter shares between all
//! frames: `stack[base .. base + nlocalsplus]` are the "fast locals plus"
//! (`co_varnames`, then cells, then free variables), and the evaluation
//! stack grows above them. An empty slot (`None`) is an unbound local, or
//! the NULL that `PUSH_NULL` pushes.
//!
//! Invariant: every `Some(Value)` slot of the value stack owns one
//! reference; so do `func`, `globals`, `builtins` and `locals`.

use std::cell::OnceCell;
use std::rc::Rc;

use pyrite_compiler::bytecode::{CodeObject, ExceptionTableEntry, Position};
use pyrite_objects::Value;
use slotmap::new_key_type;

use crate::eval::Stream;

new_key_type! {
    /// A handle to a frame in the interpreter's frame table.
    pub struct FrameId;
}

/// A code object as the loop runs it: the compiler's [`CodeObject`] plus
/// its constants and names turned into values once (DESIGN.md invariant 5).
#[derive(Debug)]
pub struct CodeInfo {
    pub code: CodeObject,
    /// `co_consts` as values (owned by the interpreter's code table).
    pub consts: Vec<Value>,
    /// `co_names` as str values (owned).
    pub names: Vec<Value>,
    /// The fast-locals-plus names as str values (owned).
    pub localsplus: Vec<Value>,
    /// How many slots of fast locals plus the frame needs.
    pub nlocalsplus: usize,
    /// The handlers, decoded once.
    pub handlers: Vec<ExceptionTableEntry>,
    /// `co_positions()`, decoded the first time a traceback needs it.
    pub positions: OnceCell<Vec<Position>>,
    /// The heap code object (its index is this entry's).
    pub index: u32,
    /// `co_code` decoded for the loop and specialised as it runs
    /// (see `eval::quicken`), made the first time the code runs.
    pub(crate) instrs: OnceCell<Stream>,
}

impl CodeInfo {
    /// The source position of the instruction at code unit `unit`.
    pub fn position(&self, unit: usize) -> Position {
        let positions = self
            .positions
            .get_or_init(|| self.code.co_positions().unwrap_or_default());
        positions.get(unit).copied().unwrap_or_default()
    }

    /// The decoded, specialisable instruction stream.
    pub(crate) fn stream(&self) -> &Stream {
        self.instrs.get_or_init(|| crate::eval::decode(&self.code))
    }

    /// The handler covering code unit `unit`, if any.
    pub fn handler(&self, unit: usize) -> Option<ExceptionTableEntry> {
        let unit = unit as u32;
        self.handlers
            .iter()
            .find(|e| e.start <= unit && unit < e.end)
            .copied()
    }
}

/// One activation of a code object.
#[derive(Debug)]
pub struct Frame {
    pub code: Rc<CodeInfo>,
    /// The function being run, or `None` for module and class bodies.
    pub func: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The local namespace dict of module and class bodies (`None` for
    /// functions, whose locals are fast).
    pub locals: Value,
    /// Where this frame's fast locals start in the value stack.
    pub base: usize,
    /// The next code unit to run.
    pub pc: usize,
    /// The code unit of the instruction running (or last run).
    pub lasti: usize,
    /// The calling frame.
    pub back: Option<FrameId>,
    /// Whether returning from this frame returns from the Rust call that
    /// started it (the entry frame of a run, or a native re-entry).
    pub entry: bool,
    /// Whether this frame runs `__init__` for a class call made by the
    /// loop: the instance sits in the caller's stack slot just below the
    /// frame's locals and is the call's result; what the frame returns
    /// must be `None` and is dropped. Such a frame counts twice against
    /// the recursion limit, as `type.__call__` running `__init__` does in
    /// CPython 3.11.
    pub init: bool,
    /// The keyword names `KW_NAMES` set for the next `CALL` (an index
    /// into `co_consts`), or [`NO_KW_NAMES`]; see [`Frame::take_kw_names`].
    pub kw_names: u32,
    /// For a generator's frame, the generator object (borrowed: it owns
    /// the frame). While the frame is paused its slots are moved off the
    /// value stack into the generator (`Generator::slots`).
    pub saved: Option<pyrite_objects::ObjRef>,
    /// What only some frames need (a `frame` object, tracing state),
    /// boxed so that the common frame stays small.
    pub extra: Option<Box<FrameExtra>>,
}

/// `Frame::kw_names` when no `KW_NAMES` is pending (no code object has
/// that many constants). Four bytes rather than an `Option<u32>`'s eight
/// keep the frame within the 128 bytes that are moved without a `memcpy`
/// call as it goes into and out of the frame table.
pub const NO_KW_NAMES: u32 = u32::MAX;

/// The rarely used parts of a [`Frame`]. A frame without them has no
/// `frame` object and no local trace function.
#[derive(Debug)]
pub struct FrameExtra {
    /// The `frame` object Python code has seen for this frame, if any
    /// (owned).
    pub view: Option<pyrite_objects::ObjRef>,
    /// `f_trace`: the local trace function (owned), or `None`.
    pub f_trace: Value,
    /// The line and instruction of the last `'line'` check.
    pub trace_line: Option<u32>,
    pub trace_lasti: Option<u32>,
}

impl Default for FrameExtra {
    fn default() -> Self {
        FrameExtra {
            view: None,
            f_trace: Value::None,
            trace_line: None,
            trace_lasti: None,
        }
    }
}

impl Frame {
    /// Index in the value stack where the evaluation stack starts.
    pub fn stack_base(&self) -> usize {
        self.base + self.code.nlocalsplus
    }

    /// The keyword names pending for the next `CALL`, cleared.
    pub fn take_kw_names(&mut self) -> Option<u32> {
        let i = std::mem::replace(&mut self.kw_names, NO_KW_NAMES);
        (i != NO_KW_NAMES).then_some(i)
    }

    /// Whether a `KW_NAMES` is pending for the next `CALL`.
    pub fn has_kw_names(&self) -> bool {
        self.kw_names != NO_KW_NAMES
    }

    /// The local trace function (borrowed), or `None`.
    pub fn f_trace(&self) -> Value {
        self.extra.as_ref().map_or(Value::None, |x| x.f_trace)
    }

    /// The `frame` object made for this frame (borrowed), if any.
    pub fn view(&self) -> Option<pyrite_objects::ObjRef> {
        self.extra.as_ref().and_then(|x| x.view)
    }

    /// The rarely used parts, made on first use.
    pub fn extra_mut(&mut self) -> &mut FrameExtra {
        self.extra.get_or_insert_with(Box::default)
    }

    /// The current line (`f_lineno`).
    pub fn lineno(&self) -> Option<u32> {
        self.code.position(self.lasti).line
    }
}

#[cfg(test)]
mod tests {
    use super::Frame;

    /// Every suspended generator keeps one frame: its size is the
    /// per-generator cost that matters most.
    #[test]
    fn frame_stays_small() {
        let size = std::mem::size_of::<Frame>();
        println!("Frame: {size} bytes");
        assert!(size <= 128, "Frame grew to {size} bytes");
    }
}
