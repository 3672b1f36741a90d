//! Calls from bytecode: `CALL` (a Python function gets a new frame in the
//! same loop; anything else is called natively), `CALL_FUNCTION_EX` and
//! `MAKE_FUNCTION`.

use std::rc::Rc;

use pyrite_compiler::bytecode::CodeFlags;
use pyrite_objects::methods::Args;
use pyrite_objects::types::interp::{Function, InterpObject};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::Flow;
use super::quicken::{Cache, Instr};
use super::specialise::Special;
use crate::builtins::NativeKind;
use crate::frame::{CodeInfo, FrameId};
use crate::interpreter::Interpreter;

/// What [`Interpreter::simple_code`] finds: the callee's code, globals
/// and builtins.
pub(super) type SimpleCall = (Rc<CodeInfo>, Value, Value);

impl Interpreter {
    pub(super) fn op_call(&mut self, code: &CodeInfo, fid: FrameId, argc: u32) -> PyResult<Flow> {
        let kwnames_v = match self.frames[fid].take_kw_names() {
            Some(i) => code.consts.get(i as usize).copied().unwrap_or(Value::None),
            None => Value::None,
        };
        if kwnames_v == Value::None {
            if let Some(flow) = self.call_simple_function(fid, argc as usize)? {
                return Ok(flow);
            }
            if let Some(flow) = self.call_native_method(argc as usize) {
                return flow;
            }
        }
        let kwnames = self.tuple_items(kwnames_v);
        let argc = argc as usize;
        let top = self.stack.len();
        let callable_at = top - argc - 2;
        let (callable, args_from) = match self.stack[callable_at] {
            Some(method) => (method, callable_at + 1),
            None => (
                self.stack[callable_at + 1].unwrap_or(Value::None),
                callable_at + 2,
            ),
        };
        // Up to eight arguments are copied to the Rust stack, more to the heap.
        let mut small = [Value::None; 8];
        let heap_args: Vec<Value>;
        let n = top - args_from;
        let args: &[Value] = if n <= small.len() {
            for (slot, v) in small.iter_mut().zip(&self.stack[args_from..top]) {
                *slot = v.unwrap_or(Value::None);
            }
            &small[..n]
        } else {
            heap_args = self.stack[args_from..top]
                .iter()
                .map(|v| v.unwrap_or(Value::None))
                .collect();
            &heap_args
        };
        // A Python function (or a bound method of one) runs in this loop.
        let target = match callable.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Interp(o)) => match &**o {
                InterpObject::Function(_) => Some((callable, None)),
                InterpObject::Method { func, receiver } if self.function_data(*func).is_some() => {
                    Some((*func, Some(*receiver)))
                }
                _ => None,
            },
            _ => None,
        };
        let result = match target {
            Some((func, receiver)) => {
                let pushed = match receiver {
                    Some(r) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(r);
                        full.extend_from_slice(args);
                        self.push_function_frame(func, &full, &kwnames)
                    }
                    None => self.push_function_frame(func, args, &kwnames),
                };
                // The callee's frame sits above the caller's stack: clear the
                // call's items out from under it first.
                match pushed {
                    Ok(new) => {
                        let new_base = self.frames[new].base;
                        let items: Vec<Option<Value>> =
                            self.stack.drain(callable_at..new_base).collect();
                        let removed = new_base - callable_at;
                        self.frames[new].base -= removed;
                        self.frames[new].entry = false;
                        self.frames[new].back = Some(fid);
                        for v in items.into_iter().flatten() {
                            self.heap.decref(v);
                        }
                        return Ok(Flow::Switch);
                    }
                    Err(e) => Err(e),
                }
            }
            None => self.call(callable, args, &kwnames),
        };
        self.release_above(callable_at);
        self.push(result?);
        Ok(Flow::Next)
    }

    /// `CALL` of a built-in type's method found by `LOAD_METHOD` (or
    /// named on the class), with positional arguments only: the receiver
    /// and the arguments go to the method straight from the stack. `None`
    /// when the callable is something else.
    fn call_native_method(&mut self, argc: usize) -> Option<PyResult<Flow>> {
        let top = self.stack.len();
        let callable_at = top.checked_sub(argc + 2)?;
        let (callable, args_from) = match self.stack[callable_at] {
            Some(method) => (method, callable_at + 1),
            None => ((*self.stack.get(callable_at + 1)?)?, callable_at + 2),
        };
        let index = match self.heap.payload(callable.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Builtin {
                    index,
                    receiver: Value::None,
                } => *index,
                _ => return None,
            },
            _ => return None,
        };
        let NativeKind::Method(method) = self.natives.get(index as usize)?.kind else {
            return None;
        };
        let n = top - args_from;
        if n == 0 || n > 8 {
            return None;
        }
        let mut small = [Value::None; 8];
        for (slot, v) in small.iter_mut().zip(&self.stack[args_from..top]) {
            *slot = v.unwrap_or(Value::None);
        }
        let result = method(self, small[0], Args::new(&small[1..n]));
        self.release_above(callable_at);
        Some(result.map(|v| {
            self.push(v);
            Flow::Next
        }))
    }

    /// Pop and release every value-stack slot from `at` up.
    #[inline]
    pub(super) fn release_above(&mut self, at: usize) {
        while self.stack.len() > at {
            if let Some(Some(v)) = self.stack.pop() {
                self.heap.decref(v);
            }
        }
    }

    /// The fast path of `CALL`: a Python function whose parameters are
    /// exactly the positional arguments given. The arguments already on
    /// the stack become the callee's first locals in place (their
    /// references move; nothing is copied or counted twice). `None` when
    /// the call does not have that shape.
    fn call_simple_function(&mut self, fid: FrameId, argc: usize) -> PyResult<Option<Flow>> {
        let top = self.stack.len();
        let callable_at = top - argc - 2;
        // With a NULL below, the callable is above it and the locals start
        // after it; otherwise (LOAD_METHOD) the callable is first and
        // `self` starts the locals.
        let (func, locals_at) = match self.stack[callable_at] {
            Some(f) => (f, callable_at + 1),
            None => (
                self.stack[callable_at + 1].unwrap_or(Value::None),
                callable_at + 2,
            ),
        };
        let nargs = top - locals_at;
        let Some(simple) = self.simple_code(func, nargs) else {
            return Ok(None);
        };
        self.enter_simple_call(simple, func, callable_at, locals_at, fid)?;
        Ok(Some(Flow::Switch))
    }

    /// `CALL` specialised for one Python function (`CALL_PY_EXACT_ARGS`):
    /// the function `cache.key` running the code object `cache.value`
    /// (code table entry `ins.aux`), called with as many positional
    /// arguments as it has parameters, enters its frame as
    /// [`Self::call_simple_function`] does, without looking the function's
    /// code up again. A miss when the callable, its code or the count of
    /// arguments differs, or keyword names are pending.
    pub(super) fn call_py_exact_args(
        &mut self,
        fid: FrameId,
        ins: &Instr,
        cache: Cache,
    ) -> Special {
        let (Some(key), Some(code)) = (cache.key, cache.value) else {
            return Special::Miss;
        };
        let Some((func, callable_at, locals_at)) = self.call_operands(ins.arg) else {
            return Special::Miss;
        };
        if func != Value::Obj(key) || self.frames[fid].has_kw_names() {
            return Special::Miss;
        }
        let Some(f) = self.function_data(func) else {
            return Special::Miss;
        };
        if f.code != Value::Obj(code) {
            return Special::Miss;
        }
        let (globals, builtins) = (f.globals, f.builtins);
        let Some(info) = self.codes.get(ins.aux as usize) else {
            return Special::Miss;
        };
        if info.code.co_argcount as usize != self.stack.len() - locals_at {
            return Special::Miss;
        }
        let simple = (info.clone(), globals, builtins);
        match self.enter_simple_call(simple, func, callable_at, locals_at, fid) {
            Ok(callee) => Special::Switch(callee),
            Err(e) => Special::Failed(e),
        }
    }

    /// Push the frame of a simple call (see [`Self::simple_code`]) of
    /// `func`, whose stack items start at `callable_at` and whose
    /// arguments start at `locals_at`, called from frame `fid`. The
    /// arguments slide down over the NULL (if any) and the callable to
    /// become the first locals; the callable's reference becomes the
    /// frame's `func`.
    #[inline]
    fn enter_simple_call(
        &mut self,
        simple: SimpleCall,
        func: Value,
        callable_at: usize,
        locals_at: usize,
        fid: FrameId,
    ) -> PyResult<FrameId> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let top = self.stack.len();
        // A handful of slots: an element-wise move is cheaper than the
        // call `copy_within` makes.
        for i in 0..top - locals_at {
            self.stack[callable_at + i] = self.stack[locals_at + i];
        }
        self.stack.truncate(callable_at + (top - locals_at));
        Ok(self.push_simple_frame(simple, func, callable_at, fid))
    }

    /// The code, globals and builtins (borrowed) of the Python function
    /// `func` if `nargs` positional arguments bind to its parameters one
    /// for one (no defaults needed, no keyword-only parameters, no
    /// `*args` or `**kwargs`).
    pub(super) fn simple_code(&self, func: Value, nargs: usize) -> Option<SimpleCall> {
        let f = self.function_data(func)?;
        let index = self.code_index(f.code)?;
        let info = self.codes.get(index as usize)?;
        let co = &info.code;
        let simple = co.co_argcount as usize == nargs
            && co.co_kwonlyargcount == 0
            && !co.co_flags.contains(CodeFlags::VARARGS)
            && !co.co_flags.contains(CodeFlags::VARKEYWORDS);
        simple.then(|| (info.clone(), f.globals, f.builtins))
    }

    /// Push a frame running the code of `func` (whose
    /// reference the frame takes over), with its arguments already on the
    /// value stack from `base` up, called from frame `back`. The caller
    /// checked the recursion limit.
    pub(super) fn push_simple_frame(
        &mut self,
        (info, globals, builtins): SimpleCall,
        func: Value,
        base: usize,
        back: FrameId,
    ) -> FrameId {
        self.stack.resize(base + info.nlocalsplus, None);
        self.heap.incref(globals);
        self.heap.incref(builtins);
        self.depth += 1;
        let frame = crate::frame::Frame {
            code: info,
            func,
            globals,
            builtins,
            locals: Value::None,
            base,
            pc: 0,
            lasti: 0,
            back: Some(back),
            entry: false,
            init: false,
            kw_names: crate::frame::NO_KW_NAMES,
            saved: None,
            extra: None,
        };
        let new = self.frames.insert(frame);
        self.current = Some(new);
        new
    }

    pub(super) fn op_call_function_ex(&mut self, flags: u32) -> PyResult<Flow> {
        let kwargs = if flags & 1 == 1 {
            self.pop()
        } else {
            Value::None
        };
        let args = self.pop();
        let callable = self.pop();
        let null = self.stack.pop().flatten();
        let args = if matches!(
            args.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Tuple(_))
        ) {
            args
        } else {
            // CPython turns any iterable into the argument tuple.
            let items = self.iterate(args);
            let items = match items {
                Err(e) if self.error_is(&e, ExcKind::TypeError) && !self.is_iterable(args) => {
                    self.drop_error(e);
                    Err(PyErr::type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.function_str(callable),
                        self.type_name(args)
                    )))
                }
                r => r,
            };
            self.heap.decref(args);
            match items {
                Ok(items) => self.heap.new_tuple(items),
                Err(e) => {
                    self.release([kwargs, callable]);
                    if let Some(v) = null {
                        self.heap.decref(v);
                    }
                    return Err(e);
                }
            }
        };
        let mut all = self.tuple_items(args);
        let mut names = Vec::new();
        if let Some(Payload::Dict(d)) = kwargs.as_obj().map(|r| self.heap.payload(r)) {
            for (_, e) in d.iter() {
                names.push(e.key);
                all.push(e.value);
            }
        }
        if names.iter().any(|k| self.heap.str_of(*k).is_none()) {
            self.release([kwargs, callable, args]);
            if let Some(v) = null {
                self.heap.decref(v);
            }
            return Err(PyErr::type_error("keywords must be strings"));
        }
        let r = self.call(callable, &all, &names);
        self.release([kwargs, args, callable]);
        if let Some(v) = null {
            self.heap.decref(v);
        }
        self.push(r?);
        Ok(Flow::Next)
    }

    pub(super) fn op_make_function(&mut self, fid: FrameId, flags: u32) -> PyResult<Flow> {
        let code = self.pop();
        let closure = if flags & 0x08 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let annotations = if flags & 0x04 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let kwdefaults = if flags & 0x02 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let defaults = if flags & 0x01 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let Some(index) = self.code_index(code) else {
            self.release([code, closure, annotations, kwdefaults, defaults]);
            return Err(PyErr::type_error("MAKE_FUNCTION expects a code object"));
        };
        let info = self.codes[index as usize].clone();
        let name = self.intern(&info.code.co_name);
        let qualname = self.intern(&info.code.co_qualname);
        let doc = match info.consts.first() {
            Some(v) if self.heap.str_of(*v).is_some() && !is_lambda(&info.code.co_name) => {
                self.heap.incref(*v);
                *v
            }
            _ => Value::None,
        };
        let f = &self.frames[fid];
        let (globals, builtins) = (f.globals, f.builtins);
        self.heap.incref(globals);
        self.heap.incref(builtins);
        let module = self
            .dict_get_str(globals, "__name__")
            .unwrap_or(Value::None);
        let func = Function {
            code,
            globals,
            builtins,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            annotations,
            doc,
            module,
            dict: Value::None,
        };
        let v = self.new_interp("function", InterpObject::Function(Box::new(func)));
        self.push(v);
        Ok(Flow::Next)
    }
}

fn is_lambda(name: &str) -> bool {
    name == "<lambda>"
}
