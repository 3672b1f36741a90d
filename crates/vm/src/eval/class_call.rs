//! The specialised `CALL` of a plain class: one made by a `class`
//! statement, whose `__init__` is a Python function and which defines no
//! `__new__` or `__del__`. The call makes a bare instance and runs
//! `__init__` on it, as a frame pushed in the same loop when the arguments
//! bind simply (else through a nested call, as for an `__init__` that makes
//! a generator); the return checks that `__init__` gave None and leaves the
//! instance in place of the call.

use pyrite_objects::types::{BuiltinType, TypeRef};
use pyrite_objects::{ObjRef, Payload, PyErr, Value};

use super::quicken::{Cache, Instr};
use super::run::FrameCtx;
use super::specialise::Special;
use crate::frame::CodeInfo;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// `CALL argc`'s callable and where its arguments start on the stack.
    /// (The callable, where the call's items start, where its arguments
    /// start.)
    pub(super) fn call_operands(&self, argc: u32) -> Option<(Value, usize, usize)> {
        let callable_at = self.stack.len().checked_sub(argc as usize + 2)?;
        match self.stack[callable_at] {
            Some(f) => Some((f, callable_at, callable_at + 1)),
            None => Some((
                (*self.stack.get(callable_at + 1)?)?,
                callable_at,
                callable_at + 2,
            )),
        }
    }

    /// `cls` if it is a class made by a `class` statement whose instances
    /// are plain (`object`'s layout) and which `type` itself calls (its
    /// metaclass is a built-in one).
    pub(super) fn plain_class(&self, v: Value) -> Option<ObjRef> {
        let cls = v.as_obj()?;
        let data = crate::class::class_data(&self.heap, v)?;
        let plain = matches!(data.builtin, None | Some(BuiltinType::Object))
            && data.exception.is_none()
            && !self.classes.native.contains(&cls)
            && self.classes.native.contains(&self.class_of(v));
        plain.then_some(cls)
    }

    /// `name` in the namespaces of `cls`'s MRO, skipping the built-in
    /// classes (borrowed).
    pub(super) fn user_mro_attr(&mut self, cls: ObjRef, name: &str) -> Option<Value> {
        let key = self.intern(name);
        let mro = crate::class::class_data(&self.heap, Value::Obj(cls))
            .map_or(Vec::new(), |c| c.mro.clone());
        let found = mro
            .iter()
            .filter(|k| {
                k.as_obj()
                    .is_some_and(|k| !self.classes.native.contains(&k))
            })
            .find_map(|k| {
                let d = crate::class::class_data(&self.heap, *k).map_or(Value::None, |c| c.dict);
                crate::class::dict_lookup_str(&self.heap, d, key)
            });
        self.heap.decref(key);
        found
    }

    /// `cls(*args)` for a plain class with a Python `__init__` (the
    /// specialised `CALL`): make the instance, run `__init__` on it, and
    /// leave the instance in place of the call's stack items.
    pub(super) fn call_plain_class(
        &mut self,
        ctx: &FrameCtx,
        ins: &Instr,
        cache: Cache,
    ) -> Special {
        let (Some(cls), Some(init)) = (cache.key, cache.value) else {
            return Special::Miss;
        };
        let Some((callable, callable_at, args_from)) = self.call_operands(ins.arg) else {
            return Special::Miss;
        };
        if callable != Value::Obj(cls)
            || cache.epoch != self.class_epoch
            || self.frames[ctx.fid].has_kw_names()
        {
            return Special::Miss;
        }
        if let Err(e) = self.check_interrupt() {
            return Special::Failed(e);
        }
        let nargs = self.stack.len() - args_from;
        let simple = match self.stack[callable_at] {
            None => self.simple_code(Value::Obj(init), nargs + 1),
            Some(_) => None,
        };
        let dict = self.heap.new_dict();
        let obj = Value::Obj(
            self.heap
                .alloc(TypeRef::Heap(cls), Payload::Instance { dict }),
        );
        // A plain function `__init__` runs in this loop; one whose call
        // makes a generator or coroutine returns it, which the nested
        // run below reports.
        let simple = match simple {
            Some(simple) if !makes_generator(&simple.0) => {
                return match self.push_init_frame(ctx, simple, init, obj, callable_at) {
                    Ok(callee) => Special::Switch(callee),
                    Err(e) => {
                        self.heap.decref(obj);
                        self.release_above(callable_at);
                        Special::Failed(e)
                    }
                };
            }
            other => other,
        };
        let r = match simple {
            Some(simple) => self.run_init_frame(ctx, simple, init, obj, callable_at),
            None => self.call_init(init, obj, args_from),
        };
        let r = match r {
            Ok(Value::None) => Ok(obj),
            Ok(other) => {
                let name = self.type_name(other);
                self.heap.decref(other);
                self.heap.decref(obj);
                Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{name}'"
                )))
            }
            Err(e) => {
                self.heap.decref(obj);
                Err(e)
            }
        };
        self.release_above(callable_at);
        match r {
            Ok(obj) => {
                self.stack.push(Some(obj));
                Special::Hit
            }
            Err(e) => Special::Failed(e),
        }
    }

    /// Run `__init__` (the Python function `init`, taking the instance
    /// and the call's arguments one for one) on the new instance `obj`
    /// (borrowed) in a frame whose locals are the call's stack items: the
    /// NULL and the class below the arguments become the instance. Counted
    /// against the recursion limit as a native call of a Python function
    /// is, as CPython 3.11 counts `type.__call__` running `__init__`.
    pub(super) fn run_init_frame(
        &mut self,
        ctx: &FrameCtx,
        simple: super::calls::SimpleCall,
        init: ObjRef,
        obj: Value,
        callable_at: usize,
    ) -> pyrite_objects::PyResult<Value> {
        if self.depth + 1 >= self.recursion_limit {
            return Err(PyErr::new(
                pyrite_objects::ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        // [NULL, cls, args...] becomes [NULL, obj, args...]: the frame's
        // locals start at the instance.
        let base = callable_at + 1;
        if let Some(cls) = self.stack[base].replace(obj) {
            self.heap.decref(cls);
        }
        self.heap.incref(obj);
        self.heap.incref_obj(init);
        self.depth += 1;
        let fid = self.push_simple_frame(simple, Value::Obj(init), base, ctx.fid);
        let r = self.run_frame(fid);
        self.depth -= 1;
        r
    }

    /// Push the frame of `__init__` (the Python function `init`, taking
    /// the instance and the call's arguments one for one) for the new
    /// instance `obj` (owned), to run in this loop: the call's stack items
    /// `[NULL, cls, args...]` become `[obj, obj, args...]`, the frame's
    /// locals starting at the second (see `Frame::init`).
    pub(super) fn push_init_frame(
        &mut self,
        ctx: &FrameCtx,
        simple: super::calls::SimpleCall,
        init: ObjRef,
        obj: Value,
        callable_at: usize,
    ) -> pyrite_objects::PyResult<crate::frame::FrameId> {
        if self.depth + 1 >= self.recursion_limit {
            return Err(PyErr::new(
                pyrite_objects::ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let base = callable_at + 1;
        self.stack[callable_at] = Some(obj);
        self.heap.incref(obj);
        if let Some(cls) = self.stack[base].replace(obj) {
            self.heap.decref(cls);
        }
        self.heap.incref_obj(init);
        self.depth += 1;
        let fid = self.push_simple_frame(simple, Value::Obj(init), base, ctx.fid);
        self.frames[fid].init = true;
        Ok(fid)
    }

    /// Call `__init__` (the Python function `init`) on the new instance
    /// `obj` with the arguments on the stack from `args_from` up (all
    /// borrowed), through the general call.
    pub(super) fn call_init(
        &mut self,
        init: ObjRef,
        obj: Value,
        args_from: usize,
    ) -> pyrite_objects::PyResult<Value> {
        // Up to eight arguments (with the instance) are passed from the
        // Rust stack, more from the heap.
        let top = self.stack.len();
        let mut small = [Value::None; 9];
        let heap_args: Vec<Value>;
        let n = top - args_from + 1;
        let full: &[Value] = if n <= small.len() {
            small[0] = obj;
            for (slot, v) in small[1..].iter_mut().zip(&self.stack[args_from..top]) {
                *slot = v.unwrap_or(Value::None);
            }
            &small[..n]
        } else {
            heap_args = std::iter::once(obj)
                .chain(
                    self.stack[args_from..top]
                        .iter()
                        .map(|v| v.unwrap_or(Value::None)),
                )
                .collect();
            &heap_args
        };
        self.call(Value::Obj(init), full, &[])
    }
}

/// Whether calling a function with this code makes a generator,
/// coroutine or async generator instead of running it.
fn makes_generator(code: &CodeInfo) -> bool {
    use pyrite_compiler::bytecode::CodeFlags;
    let flags = code.code.co_flags.0;
    flags & (CodeFlags::GENERATOR.0 | CodeFlags::COROUTINE.0 | CodeFlags::ASYNC_GENERATOR.0) != 0
}
