//! The evaluation loop.
//!
//! `run_frame` runs the frame that was just pushed until it returns,
//! following Python-to-Python calls by switching to the callee's frame in
//! the same loop (no Rust recursion) and returning to the caller's frame
//! when the callee returns. Instructions come from the code object's
//! decoded, specialisable stream (`quicken`); `run` runs a frame's
//! instructions, the common cases inline, and every other instruction's
//! handler — grouped by family in the sibling files — runs against the
//! shared value stack.
//!
//! When a handler fails, the exception gets a traceback entry for the
//! frame (unless it is being re-raised), and the frame's exception table
//! is searched for a handler covering the instruction. Without one, the
//! frame is popped and the search continues in its caller, until the frame
//! that started this run is left, when the exception is returned.

pub(crate) mod adaptive;
mod awaiting;
mod binary;
mod build;
mod bytearray_items;
mod calls;
mod class;
mod class_call;
mod compare;
mod exceptions;
mod format;
mod immediate;
mod imports;
mod jumps;
mod load_store;
mod matching;
mod native_call;
mod quicken;
mod run;
mod specialise;
mod unpack;
mod with;

pub(crate) use format::ascii_escape;
pub(crate) use quicken::{Stream, decode};

use pyrite_compiler::bytecode::Opcode;
use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use crate::frame::{CodeInfo, Frame, FrameId};
use crate::interpreter::Interpreter;

/// What [`Interpreter::pop_frame`] tells of the frame it removed.
pub(crate) struct Popped {
    /// Whether returning from it returns from the Rust call that ran it.
    pub entry: bool,
    /// Its caller.
    pub back: Option<FrameId>,
    /// Whether it ran `__init__` for a class call (see `Frame::init`).
    pub init: bool,
}

/// What the loop does after an instruction.
pub(crate) enum Flow {
    /// Go on with the next instruction.
    Next,
    /// Continue at this code unit.
    Jump(usize),
    /// The running frame changed (a call pushed one).
    Switch,
    /// The running frame returns this value (an owned reference).
    Return(Value),
    /// The running generator frame yields this value (owned).
    Yield(Value),
    /// The running frame became a generator (`RETURN_GENERATOR`).
    Generator,
}

impl Interpreter {
    /// Push a frame for `code`. `func`, `globals`, `builtins` and `locals`
    /// are owned references the frame takes over, as are the values in
    /// `localsplus` (which may be shorter than the frame needs).
    pub(crate) fn push_frame(
        &mut self,
        code: std::rc::Rc<CodeInfo>,
        func: Value,
        globals: Value,
        builtins: Value,
        locals: Value,
        mut localsplus: Vec<Option<Value>>,
    ) -> PyResult<FrameId> {
        if self.depth >= self.recursion_limit {
            for v in [func, globals, builtins, locals]
                .into_iter()
                .chain(localsplus.into_iter().flatten())
            {
                self.heap.decref(v);
            }
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth += 1;
        let base = self.stack.len();
        localsplus.resize(code.nlocalsplus, None);
        self.stack.extend(localsplus);
        let frame = Frame {
            code,
            func,
            globals,
            builtins,
            locals,
            base,
            pc: 0,
            lasti: 0,
            back: self.current,
            entry: true,
            init: false,
            kw_names: crate::frame::NO_KW_NAMES,
            saved: None,
            extra: None,
        };
        let fid = self.frames.insert(frame);
        self.current = Some(fid);
        Ok(fid)
    }

    /// Remove a frame, releasing its slots and fields.
    pub(crate) fn pop_frame(&mut self, fid: FrameId) -> Popped {
        let Some(frame) = self.frames.remove(fid) else {
            return Popped {
                entry: true,
                back: None,
                init: false,
            };
        };
        self.depth = self.depth.saturating_sub(if frame.init { 2 } else { 1 });
        let base = frame.base.min(self.stack.len());
        for v in self.stack[base..].iter().flatten() {
            self.heap.decref(*v);
        }
        self.stack.truncate(base);
        self.heap.decref(frame.func);
        self.heap.decref(frame.globals);
        self.heap.decref(frame.builtins);
        self.heap.decref(frame.locals);
        if let Some(extra) = frame.extra {
            self.release_frame_extra(*extra, frame.lasti);
        }
        self.current = frame.back;
        Popped {
            entry: frame.entry,
            back: frame.back,
            init: frame.init,
        }
    }

    /// Give the value `v` (owned) that a popped frame returned to its
    /// caller in this loop: pushed on the caller's stack, or for an
    /// `__init__` frame (`init`) checked to be `None` and dropped, the
    /// instance below being the call's result.
    pub(crate) fn hand_back(&mut self, init: bool, v: Value) -> PyResult<()> {
        if !init {
            self.stack.push(Some(v));
            return Ok(());
        }
        if v == Value::None {
            return Ok(());
        }
        let name = self.type_name(v);
        self.heap.decref(v);
        Err(PyErr::type_error(format!(
            "__init__() should return None, not '{name}'"
        )))
    }

    /// Release the rarely used parts of a frame that is going away (its
    /// last instruction was `lasti`): the local trace function, and the
    /// `frame` object, which keeps what it shows from then on.
    pub(crate) fn release_frame_extra(&mut self, extra: crate::frame::FrameExtra, lasti: usize) {
        self.heap.decref(extra.f_trace);
        if let Some(view) = extra.view {
            crate::frameobject::detach_frame_view(self, view, lasti);
            self.heap.decref_obj(view);
        }
    }

    /// Run the frame just pushed (the current one) until it returns; the
    /// result is an owned reference.
    pub(crate) fn run_frame(&mut self, entry: FrameId) -> PyResult<Value> {
        if let Some(f) = self.frames.get_mut(entry) {
            f.entry = true;
        }
        loop {
            let Some(fid) = self.current else {
                return Err(PyErr::new(ExcKind::SystemError, "no frame to run"));
            };
            if !self.frames.contains_key(fid) {
                return Err(PyErr::new(ExcKind::SystemError, "frame vanished"));
            }
            let outcome = self.run_instructions(fid);
            // Calls and returns switch frames inside `run_instructions`:
            // the frame it left is the current one.
            let fid = self.current.unwrap_or(fid);
            match outcome {
                Ok(Flow::Return(v)) => {
                    if self.trace_func != Value::None {
                        if let Err(e) = self.trace_return(fid, v) {
                            self.heap.decref(v);
                            if let Err(exc) = self.unwind(e) {
                                return Err(PyErr::Raised(exc));
                            }
                            continue;
                        }
                    }
                    let popped = self.pop_frame(fid);
                    if self.heap.has_pending_finalisers() {
                        self.run_finalisers();
                    }
                    if popped.entry {
                        return Ok(v);
                    }
                    if let Err(e) = self.hand_back(popped.init, v) {
                        if let Err(exc) = self.unwind(e) {
                            return Err(PyErr::Raised(exc));
                        }
                    }
                }
                Ok(Flow::Yield(v)) => {
                    if self.trace_func != Value::None {
                        if let Err(e) = self.trace_return(fid, v) {
                            self.drop_error(e);
                        }
                    }
                    self.suspend_frame(fid);
                    return Ok(v);
                }
                Ok(Flow::Generator) => {
                    let was_entry = self.frames[fid].entry;
                    let generator = self.make_generator(fid);
                    if was_entry {
                        return Ok(generator);
                    }
                    self.stack.push(Some(generator));
                }
                Ok(_) => {}
                Err(e) => {
                    if let Err(exc) = self.unwind(e) {
                        return Err(PyErr::Raised(exc));
                    }
                }
            }
        }
    }

    /// Find a handler for an exception raised in the current frame,
    /// popping frames that have none. `Err` carries the exception out of
    /// the entry frame.
    pub(crate) fn unwind(&mut self, err: PyErr) -> Result<(), Value> {
        let reraise = std::mem::take(&mut self.reraising);
        let mut exc = self.exception_value(err);
        let mut first = true;
        let mut first_frame = true;
        loop {
            let Some(fid) = self.current else {
                return Err(exc);
            };
            if !(first && reraise) {
                self.add_traceback(exc, fid);
                self.trace_exception(fid, exc);
            }
            first = false;
            let frame = &self.frames[fid];
            let at = if first_frame {
                self.unwind_from.take()
            } else {
                None
            };
            first_frame = false;
            if let Some(h) = frame.code.handler(at.unwrap_or(frame.lasti)) {
                let keep = frame.stack_base() + h.depth as usize;
                let lasti = frame.lasti;
                let tail: Vec<Option<Value>> =
                    self.stack.drain(keep.min(self.stack.len())..).collect();
                for v in tail.into_iter().flatten() {
                    self.heap.decref(v);
                }
                if h.lasti {
                    self.stack.push(Some(Value::Int(lasti as i64)));
                }
                self.stack.push(Some(exc));
                self.frames[fid].pc = h.target as usize;
                return Ok(());
            }
            if self.trace_func != Value::None {
                if let Err(e) = self.trace_return(fid, Value::None) {
                    self.drop_error(e);
                }
            }
            let resumed = self.resumed_in_loop(fid);
            let was_entry = self.pop_frame(fid).entry;
            if resumed {
                exc = self.unwound_in_loop(fid, exc);
            } else if was_entry {
                return Err(exc);
            }
        }
    }

    /// Run one instruction.
    fn execute(
        &mut self,
        op: Opcode,
        arg: u32,
        code: &CodeInfo,
        fid: FrameId,
        pc: usize,
    ) -> PyResult<Flow> {
        use Opcode::*;
        let next = pc;
        match op {
            NOP | RESUME | CACHE | EXTENDED_ARG => Ok(Flow::Next),
            POP_TOP => {
                let v = self.pop();
                self.heap.decref(v);
                Ok(Flow::Next)
            }
            PUSH_NULL => {
                self.stack.push(None);
                Ok(Flow::Next)
            }
            COPY => self.op_copy(arg),
            SWAP => self.op_swap(arg),
            LOAD_CONST => {
                let v = code
                    .consts
                    .get(arg as usize)
                    .copied()
                    .unwrap_or(Value::None);
                self.heap.incref(v);
                self.push(v);
                Ok(Flow::Next)
            }
            LOAD_FAST => self.op_load_fast(code, fid, arg),
            STORE_FAST => self.op_store_fast(fid, arg),
            DELETE_FAST => self.op_delete_fast(code, fid, arg),
            LOAD_NAME => self.op_load_name(code, fid, arg),
            STORE_NAME => self.op_store_name(code, fid, arg),
            DELETE_NAME => self.op_delete_name(code, fid, arg),
            LOAD_GLOBAL => self.op_load_global(code, fid, arg),
            STORE_GLOBAL => self.op_store_global(code, fid, arg),
            DELETE_GLOBAL => self.op_delete_global(code, fid, arg),
            MAKE_CELL => self.op_make_cell(fid, arg),
            LOAD_CLOSURE => self.op_load_closure(fid, arg),
            LOAD_DEREF => self.op_load_deref(code, fid, arg),
            LOAD_CLASSDEREF => self.op_load_classderef(code, fid, arg),
            STORE_DEREF => self.op_store_deref(fid, arg),
            DELETE_DEREF => self.op_delete_deref(code, fid, arg),
            COPY_FREE_VARS => self.op_copy_free_vars(code, fid, arg),
            LOAD_ATTR => self.op_load_attr(code, arg),
            STORE_ATTR => self.op_store_attr(code, arg),
            DELETE_ATTR => self.op_delete_attr(code, arg),
            LOAD_METHOD => self.op_load_method(code, arg),
            UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_INVERT | UNARY_NOT => self.op_unary(op),
            BINARY_OP => self.op_binary(arg),
            BINARY_SUBSCR => self.op_binary_subscr(),
            STORE_SUBSCR => self.op_store_subscr(),
            DELETE_SUBSCR => self.op_delete_subscr(),
            COMPARE_OP => self.op_compare(arg),
            IS_OP => self.op_is(arg),
            CONTAINS_OP => self.op_contains(arg),
            JUMP_FORWARD => Ok(Flow::Jump(next + arg as usize)),
            JUMP_BACKWARD => {
                self.check_interrupt()?;
                Ok(Flow::Jump(next.saturating_sub(arg as usize)))
            }
            JUMP_BACKWARD_NO_INTERRUPT => Ok(Flow::Jump(next.saturating_sub(arg as usize))),
            POP_JUMP_FORWARD_IF_FALSE
            | POP_JUMP_FORWARD_IF_TRUE
            | POP_JUMP_FORWARD_IF_NONE
            | POP_JUMP_FORWARD_IF_NOT_NONE => self.op_pop_jump(op, next, arg),
            POP_JUMP_BACKWARD_IF_FALSE
            | POP_JUMP_BACKWARD_IF_TRUE
            | POP_JUMP_BACKWARD_IF_NONE
            | POP_JUMP_BACKWARD_IF_NOT_NONE => {
                let flow = self.op_pop_jump(op, next, arg)?;
                if matches!(flow, Flow::Jump(_)) {
                    self.check_interrupt()?;
                }
                Ok(flow)
            }
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => self.op_jump_or_pop(op, next, arg),
            GET_ITER | GET_YIELD_FROM_ITER => self.op_get_iter(),
            FOR_ITER => self.op_for_iter(next, arg),
            RETURN_VALUE => Ok(Flow::Return(self.pop())),
            RETURN_GENERATOR => Ok(Flow::Generator),
            YIELD_VALUE => Ok(Flow::Yield(self.pop())),
            SEND => self.op_send(next, arg),
            GET_AWAITABLE => self.op_get_awaitable(arg),
            GET_AITER => self.op_get_aiter(),
            GET_ANEXT => self.op_get_anext(),
            END_ASYNC_FOR => self.op_end_async_for(),
            BEFORE_ASYNC_WITH => self.op_before_async_with(),
            ASYNC_GEN_WRAP => self.op_async_gen_wrap(),
            KW_NAMES => {
                self.frames[fid].kw_names = arg;
                Ok(Flow::Next)
            }
            PRECALL => Ok(Flow::Next),
            CALL => {
                self.check_interrupt()?;
                self.op_call(code, fid, arg)
            }
            CALL_FUNCTION_EX => self.op_call_function_ex(arg),
            MAKE_FUNCTION => self.op_make_function(fid, arg),
            BUILD_TUPLE => self.op_build_tuple(arg),
            BUILD_LIST => self.op_build_list(arg),
            BUILD_SET => self.op_build_set(arg),
            BUILD_MAP => self.op_build_map(arg),
            BUILD_CONST_KEY_MAP => self.op_build_const_key_map(arg),
            BUILD_STRING => self.op_build_string(arg),
            BUILD_SLICE => self.op_build_slice(arg),
            LIST_APPEND => self.op_list_append(arg),
            SET_ADD => self.op_set_add(arg),
            MAP_ADD => self.op_map_add(arg),
            LIST_EXTEND => self.op_list_extend(arg),
            SET_UPDATE => self.op_set_update(arg),
            DICT_UPDATE => self.op_dict_update(arg, false),
            DICT_MERGE => self.op_dict_update(arg, true),
            LIST_TO_TUPLE => self.op_list_to_tuple(),
            UNPACK_SEQUENCE => self.op_unpack_sequence(arg),
            UNPACK_EX => self.op_unpack_ex(arg),
            RAISE_VARARGS => self.op_raise(arg),
            RERAISE => self.op_reraise(fid, arg),
            PUSH_EXC_INFO => self.op_push_exc_info(),
            POP_EXCEPT => self.op_pop_except(),
            CHECK_EXC_MATCH => self.op_check_exc_match(),
            CHECK_EG_MATCH => self.op_check_eg_match(),
            PREP_RERAISE_STAR => self.op_prep_reraise_star(),
            LOAD_ASSERTION_ERROR => {
                let c = self.classes.exc[&ExcKind::AssertionError];
                self.heap.incref_obj(c);
                self.push(Value::Obj(c));
                Ok(Flow::Next)
            }
            BEFORE_WITH => self.op_before_with(),
            WITH_EXCEPT_START => self.op_with_except_start(),
            LOAD_BUILD_CLASS => self.op_load_build_class(),
            SETUP_ANNOTATIONS => self.op_setup_annotations(fid),
            FORMAT_VALUE => self.op_format_value(arg),
            IMPORT_NAME => self.op_import_name(code, fid, arg),
            IMPORT_FROM => self.op_import_from(code, arg),
            IMPORT_STAR => self.op_import_star(fid),
            PRINT_EXPR => self.op_print_expr(),
            GET_LEN => self.op_get_len(),
            MATCH_MAPPING => self.op_match_mapping(),
            MATCH_SEQUENCE => self.op_match_sequence(),
            MATCH_KEYS => self.op_match_keys(),
            MATCH_CLASS => self.op_match_class(arg),
            _ => Err(PyErr::new(
                ExcKind::SystemError,
                format!("pyrite does not run {} yet", op.name()),
            )),
        }
    }

    /// Push an owned value.
    #[inline]
    pub(crate) fn push(&mut self, v: Value) {
        self.stack.push(Some(v));
    }

    /// Pop a value (the caller takes its reference). A NULL pops as `None`.
    #[inline]
    pub(crate) fn pop(&mut self) -> Value {
        self.stack.pop().flatten().unwrap_or(Value::None)
    }

    /// The item `n` below the top (0 is the top), borrowed.
    #[inline]
    pub(crate) fn peek(&self, n: usize) -> Value {
        self.stack
            .len()
            .checked_sub(n + 1)
            .and_then(|i| self.stack[i])
            .unwrap_or(Value::None)
    }

    /// Pop the top `n` values, in stack order (owned).
    pub(crate) fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack
            .drain(at..)
            .map(|v| v.unwrap_or(Value::None))
            .collect()
    }

    /// Release a list of owned values.
    pub(crate) fn release(&mut self, values: impl IntoIterator<Item = Value>) {
        for v in values {
            self.heap.decref(v);
        }
    }

    fn op_copy(&mut self, n: u32) -> PyResult<Flow> {
        let v = self.peek(n as usize - 1);
        self.heap.incref(v);
        self.push(v);
        Ok(Flow::Next)
    }

    fn op_swap(&mut self, n: u32) -> PyResult<Flow> {
        let len = self.stack.len();
        let n = n as usize;
        if n >= 1 && n <= len {
            self.stack.swap(len - 1, len - n);
        }
        Ok(Flow::Next)
    }
}
