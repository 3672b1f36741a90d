//! Generators, coroutines and async generators: `RETURN_GENERATOR`
//! suspends the new frame inside a generator object; `send()`/`throw()`
//! resume it until it yields (`YIELD_VALUE` suspends it again) or returns.
//!
//! A suspended frame stays in the frame table with its slots moved out of
//! the shared value stack into the generator object (`Generator::slots`;
//! CPython 3.11 likewise keeps a generator's frame inside the generator
//! object), where the cycle collector sees them; resuming puts them back
//! on top of the stack and links the frame under the caller. The
//! generator object names its frame by key, and the frame names its
//! generator (`Frame::saved`); the generator owns that frame until the
//! frame completes or the object is finalised.
//!
//! Invariants:
//! - `FrameState::Created | Suspended` ⇔ the frame is in the table,
//!   unlinked, with its slots in `Generator::slots`; `Running` ⇔ it is
//!   linked into the frame chain (and `slots` is empty); `Completed` ⇔
//!   the frame is gone.
//! - While a generator runs, `exc_info` is the exception its frame is
//!   handling, or else the caller's (CPython chains `gi_exc_state` under
//!   the caller's exception state); when it pauses, its own exception goes
//!   back into `Generator::exc_state`.
//!
//! The three kinds share this machinery and differ where CPython's
//! `genobject.c` does: their messages, `await` rules (`coroutine`) and the
//! `asend`/`athrow` awaitables (`asyncgen`).

mod anext;
mod asyncgen;
mod awaitable;
mod delegation;
mod drain;
mod finalise;
mod hooks;
mod inloop;
mod methods;

pub(crate) use anext::{builtin_aiter, builtin_anext};
pub(crate) use hooks::{sys_get_asyncgen_hooks, sys_set_asyncgen_hooks};
pub(crate) use inloop::{InLoop, Via};

use pyrite_compiler::bytecode::{CodeFlags, Opcode};
use pyrite_objects::types::interp::{FrameState, Generator, GeneratorKind, InterpObject};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};
use slotmap::{Key, KeyData};

use crate::frame::FrameId;
use crate::interpreter::{CommonClass, Interpreter};

/// How a resumed generator stopped.
pub(crate) enum Resumed {
    /// It yielded this value (owned).
    Yielded(Value),
    /// It returned this value (owned): `StopIteration(value)`.
    Returned(Value),
}

/// What a resumed frame receives at its `yield`.
enum Entry {
    /// The value `yield` evaluates to (owned).
    Send(Value),
    /// An exception raised at the `yield` (owned).
    Throw(Value),
}

/// The arguments of `throw(typ[, val[, tb]])`, borrowed.
#[derive(Clone, Copy)]
pub(crate) struct ThrowArgs {
    pub typ: Value,
    pub val: Option<Value>,
    pub tb: Option<Value>,
}

impl ThrowArgs {
    /// Throw the exception instance or class `exc`.
    pub(crate) fn of(exc: Value) -> ThrowArgs {
        ThrowArgs {
            typ: exc,
            val: None,
            tb: None,
        }
    }
}

/// The classes of this module's objects besides `generator`.
const CLASSES: &[&str] = &[
    "coroutine",
    "coroutine_wrapper",
    "async_generator",
    "async_generator_asend",
    "async_generator_athrow",
    "async_generator_wrapped_value",
    "anext_awaitable",
];

pub(crate) fn install(interp: &mut Interpreter) {
    for name in CLASSES {
        if !interp.classes.named.contains_key(name) {
            let class = native_class(interp, name);
            interp.classes.named.insert(name, class);
        }
    }
    methods::install(interp);
    awaitable::install(interp);
    asyncgen::install(interp);
    anext::install(interp);
}

/// A class of the interpreter's own, deriving from `object` alone (so
/// its MRO exists), in the `builtins` module as CPython shows these.
fn native_class(interp: &mut Interpreter, name: &'static str) -> pyrite_objects::ObjRef {
    let dict = interp.heap.new_dict();
    let module = interp.intern("builtins");
    interp.dict_set_str(dict, "__module__", module);
    interp.heap.decref(module);
    let object = Value::Obj(interp.classes.builtin[&pyrite_objects::BuiltinType::Object]);
    let meta = pyrite_objects::TypeRef::Builtin(pyrite_objects::BuiltinType::Type);
    let class = crate::class::new_class_with_meta(interp, name, name, &[object], dict, meta)
        .expect("a class deriving from object alone has a linear MRO");
    interp.classes.native.insert(class);
    class
}

/// The class of each kind.
fn common_class(kind: GeneratorKind) -> CommonClass {
    match kind {
        GeneratorKind::Generator => CommonClass::Generator,
        GeneratorKind::Coroutine => CommonClass::Coroutine,
        GeneratorKind::AsyncGenerator => CommonClass::AsyncGenerator,
    }
}

fn frame_id(bits: u64) -> FrameId {
    FrameId::from(KeyData::from_ffi(bits))
}

/// Copy a pausing frame's `slots` into its generator's buffer `parked`
/// (empty), which is sized to them exactly: a million paused generators
/// each keep one. The caller then forgets them on the value stack, so the
/// references move. A frame has a handful of slots, too few for a
/// `memcpy` call to pay off, so they go one by one.
#[inline]
fn park_slots(parked: &mut Vec<Option<Value>>, slots: &[Option<Value>]) {
    parked.reserve_exact(slots.len());
    for &slot in slots {
        parked.push(slot);
    }
}

/// The generator data of the object `g`, if it is one.
fn generator_mut(
    heap: &mut pyrite_objects::Heap,
    g: pyrite_objects::ObjRef,
) -> Option<&mut Generator> {
    match heap.payload_mut(g) {
        Payload::Interp(o) => match &mut **o {
            InterpObject::Generator(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}

impl Interpreter {
    /// Move a frame's slots out of the value stack and unlink it.
    pub(crate) fn suspend_frame(&mut self, fid: FrameId) {
        let Some(f) = self.frames.get_mut(fid) else {
            return;
        };
        let base = f.base.min(self.stack.len());
        self.current = f.back.take();
        self.depth = self.depth.saturating_sub(1);
        match f.saved.and_then(|g| generator_mut(&mut self.heap, g)) {
            Some(g) => {
                // The references move with the slots: copy, then forget
                // them here. The buffer is sized to the frame exactly: a
                // million paused generators each keep one.
                park_slots(&mut g.slots, &self.stack[base..]);
                self.stack.truncate(base);
            }
            None => {
                while self.stack.len() > base {
                    if let Some(Some(v)) = self.stack.pop() {
                        self.heap.decref(v);
                    }
                }
            }
        }
    }

    /// The slots of the paused frame of `generator`, copied (borrowed
    /// references), or `None` when it is not paused.
    pub(crate) fn paused_slots(
        &self,
        generator: pyrite_objects::ObjRef,
    ) -> Option<Vec<Option<Value>>> {
        let g = self.generator_data(Value::Obj(generator))?;
        matches!(g.state, FrameState::Created | FrameState::Suspended).then(|| g.slots.clone())
    }

    /// `RETURN_GENERATOR`: wrap the running frame in a generator,
    /// coroutine or async generator object.
    pub(crate) fn make_generator(&mut self, fid: FrameId) -> Value {
        let frame = &self.frames[fid];
        let code = frame.code.clone();
        let func = frame.func;
        let flags = code.code.co_flags.0;
        let kind = if flags & CodeFlags::COROUTINE.0 != 0 {
            GeneratorKind::Coroutine
        } else if flags & CodeFlags::ASYNC_GENERATOR.0 != 0 {
            GeneratorKind::AsyncGenerator
        } else {
            GeneratorKind::Generator
        };
        // The names are the function's, which may have been renamed.
        let (name, qualname) = match self.function_data(func) {
            Some(f) => (f.name, f.qualname),
            None => (Value::None, Value::None),
        };
        let (name, qualname) = if name == Value::None {
            (
                self.intern(&code.code.co_name),
                self.intern(&code.code.co_qualname),
            )
        } else {
            self.heap.incref(name);
            self.heap.incref(qualname);
            (name, qualname)
        };
        let code_v = self.code_object(code.index);
        let generator = self.new_common(
            common_class(kind),
            InterpObject::Generator(Generator {
                kind,
                frame: fid.data().as_ffi(),
                state: FrameState::Created,
                code: code_v,
                name,
                qualname,
                exc_state: Value::None,
                caller_exc: Value::None,
                closed: false,
                running_async: false,
                finalizer: Value::None,
                hooks_inited: false,
                handed_over: false,
                slots: Vec::new(),
            }),
        );
        self.frames[fid].saved = generator.as_obj();
        if let Some(r) = generator.as_obj() {
            self.heap.set_has_finaliser(r);
        }
        self.suspend_frame(fid);
        generator
    }

    /// The generator data of `v`, if it is a generator, coroutine or
    /// async generator.
    pub(crate) fn generator_data(&self, v: Value) -> Option<&Generator> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::Generator(g) => Some(g),
                _ => None,
            },
            _ => None,
        }
    }

    fn generator_data_mut(&mut self, v: Value) -> Option<&mut Generator> {
        match self.heap.payload_mut(v.as_obj()?) {
            Payload::Interp(o) => match &mut **o {
                InterpObject::Generator(g) => Some(g),
                _ => None,
            },
            _ => None,
        }
    }

    fn generator_kind(&self, v: Value) -> Option<GeneratorKind> {
        self.generator_data(v).map(|g| g.kind)
    }

    fn set_state(&mut self, generator: Value, state: FrameState) {
        if let Some(g) = self.generator_data_mut(generator) {
            g.state = state;
        }
    }

    /// Whether `v` is a generator (not a coroutine or async generator).
    pub(crate) fn is_generator(&self, v: Value) -> bool {
        self.generator_kind(v) == Some(GeneratorKind::Generator)
    }

    /// Whether `SEND` resumes `v` directly: a generator or a coroutine
    /// (CPython's `PyGen_CheckExact || PyCoro_CheckExact`).
    pub(crate) fn sends_directly(&self, v: Value) -> bool {
        matches!(
            self.generator_kind(v),
            Some(GeneratorKind::Generator | GeneratorKind::Coroutine)
        )
    }

    /// Whether `v` is a coroutine, or a generator marked as one by
    /// `CO_ITERABLE_COROUTINE` (`types.coroutine`): what `await` accepts
    /// as it is.
    pub(crate) fn is_awaitable_coroutine(&self, v: Value) -> bool {
        match self.generator_data(v) {
            Some(g) if g.kind == GeneratorKind::Coroutine => true,
            Some(g) if g.kind == GeneratorKind::Generator => {
                self.code_index(g.code).is_some_and(|i| {
                    self.codes[i as usize].code.co_flags.0 & CodeFlags::ITERABLE_COROUTINE.0 != 0
                })
            }
            _ => false,
        }
    }

    /// The generator's frame, while it has one.
    fn generator_frame(&self, generator: Value) -> Option<FrameId> {
        let g = self.generator_data(generator)?;
        if g.state == FrameState::Completed {
            return None;
        }
        let fid = frame_id(g.frame);
        self.frames.contains_key(fid).then_some(fid)
    }

    /// The iterator a paused `yield from`/`await` is delegating to
    /// (CPython's `_PyGen_yf`), borrowed: the top of the frame's stack
    /// when the next instruction is `RESUME 2` or `RESUME 3`.
    pub(crate) fn yield_from_target(&self, generator: Value) -> Option<Value> {
        let g = self.generator_data(generator)?;
        if g.state != FrameState::Suspended {
            return None;
        }
        let frame = self.frames.get(frame_id(g.frame))?;
        let co = &frame.code.code.co_code;
        let (op, arg) = (co.get(2 * frame.pc)?, co.get(2 * frame.pc + 1)?);
        if Some(*op) != Opcode::RESUME.number() || *arg < 2 {
            return None;
        }
        g.slots.last().copied().flatten()
    }

    /// Resume the paused frame `fid` of `generator` under the current
    /// frame from Rust, counted against the recursion limit; returns the
    /// caller's exception state (see [`Self::link_generator`]).
    fn relink(&mut self, generator: Value, fid: FrameId) -> PyResult<Value> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(self.link_generator(generator, fid, true))
    }

    /// Move the paused frame `fid` of `generator` back on top of the value
    /// stack, make it the current frame, called from the current one, and
    /// mark the generator running with its own exception state on top of
    /// the caller's. `entry`: whether its return or yield leaves the loop
    /// (a resumption from Rust) or goes back to the caller in the loop.
    /// Returns the caller's exception state (owned), which
    /// [`Self::leave_generator`] restores.
    fn link_generator(&mut self, generator: Value, fid: FrameId, entry: bool) -> Value {
        if let Some(f) = self.frames.get_mut(fid) {
            f.base = self.stack.len();
            f.back = self.current;
            f.entry = entry;
            self.current = Some(fid);
            self.depth += 1;
        }
        let own = match generator
            .as_obj()
            .and_then(|g| generator_mut(&mut self.heap, g))
        {
            Some(g) => {
                // The references move with the slots: copy, then forget
                // them there (the buffer stays for the next pause).
                self.stack.reserve(g.slots.len());
                for &slot in &g.slots {
                    self.stack.push(slot);
                }
                g.slots.clear();
                g.state = FrameState::Running;
                std::mem::replace(&mut g.exc_state, Value::None)
            }
            None => Value::None,
        };
        // The caller's state stays in force unless the frame brings its
        // own; either way the caller gets a reference back to restore.
        let outer = self.exc_info;
        if matches!(own, Value::None) {
            self.heap.incref(outer);
        } else {
            self.exc_info = own;
        }
        if let Some(g) = generator
            .as_obj()
            .and_then(|g| generator_mut(&mut self.heap, g))
        {
            g.caller_exc = outer;
        }
        outer
    }

    /// The caller's exception state under the running generator frame
    /// that is the current frame, or `None` when the current frame is not
    /// a generator's. A handler in that frame saves `None` for this state
    /// and restores it as whatever the caller is handling at the time:
    /// the caller may have changed between the frame's resumptions.
    pub(crate) fn generator_caller_exception(&self) -> Option<Value> {
        let fid = self.current?;
        let generator = self.frames.get(fid)?.saved?;
        match self.heap.payload(generator) {
            Payload::Interp(o) => match &**o {
                InterpObject::Generator(g) => Some(g.caller_exc),
                _ => None,
            },
            _ => None,
        }
    }

    /// Give the caller back its exception state `outer` (owned) as the
    /// generator frame `fid` stops; returns what the frame keeps (owned):
    /// the exception it is handling, if it is `suspended` inside a handler.
    #[inline]
    fn exception_to_keep(&mut self, fid: FrameId, outer: Value, suspended: bool) -> Value {
        let current = std::mem::replace(&mut self.exc_info, outer);
        // What the paused frame is handling stays with it. The caller may
        // be handling the very same exception (it threw it in), so
        // identity alone does not tell.
        if suspended
            && current != Value::None
            && (!current.is(outer) || self.in_except_handler(fid))
        {
            current
        } else {
            self.heap.decref(current);
            Value::None
        }
    }

    /// The generator's frame `fid` stopped (`suspended`, or finished):
    /// record its state, keep the exception it is handling with it, and
    /// give the caller back its exception state `outer` (owned).
    fn leave_generator(
        &mut self,
        generator: Value,
        fid: FrameId,
        outer: Value,
        suspended: bool,
    ) -> GeneratorKind {
        let keep = self.exception_to_keep(fid, outer, suspended);
        if !suspended {
            self.generator_finished(generator);
        }
        match self.generator_data_mut(generator) {
            Some(g) => {
                g.state = if suspended {
                    FrameState::Suspended
                } else {
                    FrameState::Completed
                };
                let old = std::mem::replace(&mut g.exc_state, keep);
                let kind = g.kind;
                self.heap.decref(old);
                kind
            }
            None => {
                self.heap.decref(keep);
                GeneratorKind::Generator
            }
        }
    }

    /// The generator's frame has finished: nothing is left for its
    /// finaliser to do (CPython's `_PyGen_Finalize` returns at once for a
    /// completed frame), so the object goes straight away when released.
    fn generator_finished(&mut self, generator: Value) {
        if let Some(r) = generator.as_obj() {
            self.heap.clear_has_finaliser(r);
        }
    }

    /// Run a created or suspended generator's frame until it yields,
    /// returns or raises.
    fn run_generator(&mut self, generator: Value, fid: FrameId, entry: Entry) -> PyResult<Resumed> {
        let outer = match self.relink(generator, fid) {
            Ok(outer) => outer,
            Err(e) => {
                let (Entry::Send(v) | Entry::Throw(v)) = entry;
                self.heap.decref(v);
                return Err(e);
            }
        };
        let r = match entry {
            Entry::Send(v) => {
                self.stack.push(Some(v));
                self.run_frame(fid)
            }
            Entry::Throw(exc) => match self.enter_with(fid, exc) {
                Ok(()) => self.run_frame(fid),
                Err(exc) => Err(PyErr::Raised(exc)),
            },
        };
        // A return or an exception leaving the frame removed it.
        let suspended = self.frames.contains_key(fid);
        let kind = self.leave_generator(generator, fid, outer, suspended);
        match r {
            Ok(v) if suspended => Ok(Resumed::Yielded(v)),
            Ok(v) => Ok(Resumed::Returned(v)),
            Err(e) => Err(self.escaped(kind, e)),
        }
    }

    /// Raise `exc` (owned) at the paused frame `fid` just linked: under a
    /// tracer the frame first reports `'call'`, as CPython 3.11's
    /// `throw()` does before the exception; an error from the trace
    /// function is raised instead.
    fn enter_with(&mut self, fid: FrameId, exc: Value) -> Result<(), Value> {
        if self.tracing() {
            if let Err(e) = self.trace_call(fid) {
                self.heap.decref(exc);
                return self.unwind(e);
            }
        }
        self.unwind(PyErr::Raised(exc))
    }

    /// An exception leaving a generator's frame as its caller sees it:
    /// `StopIteration` (and `StopAsyncIteration` from an async generator)
    /// becomes `RuntimeError` (PEP 479).
    fn escaped(&mut self, kind: GeneratorKind, e: PyErr) -> PyErr {
        if self.is_stop_iteration(&e) {
            let message = format!("{} raised StopIteration", kind.name());
            self.error_from_cause(e, ExcKind::RuntimeError, &message)
        } else if kind == GeneratorKind::AsyncGenerator
            && self.error_is(&e, ExcKind::StopAsyncIteration)
        {
            self.error_from_cause(
                e,
                ExcKind::RuntimeError,
                "async generator raised StopAsyncIteration",
            )
        } else {
            e
        }
    }

    /// Whether a paused frame stopped inside an `except` body: the
    /// handler covering it is the cleanup CPython's compiler puts around
    /// such bodies (`COPY 3; POP_EXCEPT; RERAISE 1`).
    fn in_except_handler(&self, fid: FrameId) -> bool {
        let Some(frame) = self.frames.get(fid) else {
            return false;
        };
        let Some(h) = frame.code.handler(frame.lasti) else {
            return false;
        };
        let co = &frame.code.code.co_code;
        let at = 2 * h.target as usize;
        co.get(at..at + 4).is_some_and(|units| {
            Some(units[0]) == Opcode::COPY.number()
                && units[1] == 3
                && Some(units[2]) == Opcode::POP_EXCEPT.number()
        })
    }

    /// `kind(message)` raised from `e` (CPython's
    /// `_PyErr_FormatFromCause`).
    pub(crate) fn error_from_cause(&mut self, e: PyErr, kind: ExcKind, message: &str) -> PyErr {
        let exc = self.exception_value(e);
        let class = self.classes.exc[&kind];
        let msg = self.heap.new_str(message);
        let new = self.new_exception(class, &[msg]);
        self.heap.decref(msg);
        self.heap.incref(exc);
        if let Some(d) = self.exception_data_mut(new) {
            d.cause = exc;
            d.context = exc;
            d.suppress_context = true;
        } else {
            self.heap.decref(exc);
            self.heap.decref(exc);
        }
        PyErr::Raised(new)
    }

    /// Resume a generator, sending `sent` (an owned reference); CPython's
    /// `gen_send_ex2`. `closing` is set by `close()`, which may touch a
    /// finished coroutine silently.
    pub(crate) fn send_ex(
        &mut self,
        generator: Value,
        sent: Value,
        closing: bool,
    ) -> PyResult<Resumed> {
        let Some(g) = self.generator_data(generator) else {
            self.heap.decref(sent);
            return Err(PyErr::type_error("not a generator"));
        };
        let (kind, state, fid) = (g.kind, g.state, frame_id(g.frame));
        let refuse = match state {
            FrameState::Created if sent != Value::None => Some(PyErr::type_error(match kind {
                GeneratorKind::Generator => "can't send non-None value to a just-started generator",
                GeneratorKind::Coroutine => "can't send non-None value to a just-started coroutine",
                GeneratorKind::AsyncGenerator => {
                    "can't send non-None value to a just-started async generator"
                }
            })),
            FrameState::Running => Some(already_executing(kind)),
            FrameState::Completed => {
                if kind == GeneratorKind::Coroutine && !closing {
                    Some(PyErr::new(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ))
                } else {
                    self.heap.decref(sent);
                    return Ok(Resumed::Returned(Value::None));
                }
            }
            _ => None,
        };
        if let Some(e) = refuse {
            self.heap.decref(sent);
            return Err(e);
        }
        self.run_generator(generator, fid, Entry::Send(sent))
    }

    /// Raise `exc` (an owned exception instance) at the generator's
    /// `yield`, without delegating to a `yield from` target.
    fn throw_here(&mut self, generator: Value, exc: Value) -> PyResult<Resumed> {
        let Some(g) = self.generator_data(generator) else {
            self.heap.decref(exc);
            return Err(PyErr::type_error("not a generator"));
        };
        let (kind, state, fid) = (g.kind, g.state, frame_id(g.frame));
        match state {
            FrameState::Running => {
                self.heap.decref(exc);
                Err(already_executing(kind))
            }
            FrameState::Completed if kind == GeneratorKind::Coroutine => {
                self.heap.decref(exc);
                Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ))
            }
            FrameState::Completed => Err(PyErr::Raised(exc)),
            FrameState::Created | FrameState::Suspended => {
                self.run_generator(generator, fid, Entry::Throw(exc))
            }
        }
    }
}

fn already_executing(kind: GeneratorKind) -> PyErr {
    PyErr::value_error(format!("{} already executing", kind.name()))
}
