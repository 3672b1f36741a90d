//! Async generators (PEP 525): `__anext__`/`asend` and `athrow`/`aclose`
//! return awaitables that resume the generator once each
//! (`async_generator_asend`, `async_generator_athrow`).
//!
//! Inside an async generator, `yield v` yields `v` wrapped by
//! `ASYNC_GEN_WRAP`, while its `await`s yield the awaited objects'
//! values bare. The awaitables pass bare values up to whoever drives them
//! (the event loop) and turn a wrapped one into `StopIteration(v)`: the
//! result of `await agen.asend(...)`. A generator that returns ends the
//! iteration with `StopAsyncIteration`.

use pyrite_objects::types::interp::{AwaitableState, FrameState, InterpObject};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::methods::{stop_iteration, throw_args};
use super::{Resumed, ThrowArgs};
use crate::builtins::NativeKind;
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let class = interp.named_class("async_generator");
    interp.add_method(class, "__aiter__", NativeKind::VmMethod(agen_aiter));
    interp.add_method(class, "__anext__", NativeKind::VmMethod(agen_anext));
    interp.add_method(class, "asend", NativeKind::VmMethod(agen_asend));
    interp.add_method(class, "athrow", NativeKind::VmMethod(agen_athrow));
    interp.add_method(class, "aclose", NativeKind::VmMethod(agen_aclose));
    for name in ["async_generator_asend", "async_generator_athrow"] {
        let class = interp.named_class(name);
        interp.add_method(class, "__await__", NativeKind::VmMethod(awaitable_self));
        interp.add_method(class, "__iter__", NativeKind::VmMethod(awaitable_self));
        interp.add_method(class, "__next__", NativeKind::VmMethod(awaitable_next));
        interp.add_method(class, "send", NativeKind::VmMethod(awaitable_send));
        interp.add_method(class, "throw", NativeKind::VmMethod(awaitable_throw));
        interp.add_method(class, "close", NativeKind::VmMethod(awaitable_close));
    }
}

/// One of the two awaitables, as its methods see it.
enum Awaitable {
    ASend {
        generator: Value,
        value: Value,
    },
    /// `args` is `None` in `aclose()` mode.
    AThrow {
        generator: Value,
        args: Value,
    },
}

impl Awaitable {
    fn generator(&self) -> Value {
        match self {
            Awaitable::ASend { generator, .. } | Awaitable::AThrow { generator, .. } => *generator,
        }
    }
}

impl Interpreter {
    /// `ASYNC_GEN_WRAP`: mark a value an async generator yields (takes
    /// `v`, returns a new reference).
    pub(crate) fn async_gen_wrap(&mut self, v: Value) -> Value {
        self.new_interp(
            "async_generator_wrapped_value",
            InterpObject::AsyncGenWrappedValue(v),
        )
    }

    /// The value inside a wrapped value (a new reference), releasing the
    /// wrapper; `Err` gives back a value that was not wrapped.
    fn async_gen_unwrap(&mut self, v: Value) -> Result<Value, Value> {
        let inner = match v.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Interp(o)) => match &**o {
                InterpObject::AsyncGenWrappedValue(inner) => *inner,
                _ => return Err(v),
            },
            _ => return Err(v),
        };
        self.heap.incref(inner);
        self.heap.decref(v);
        Ok(inner)
    }

    fn set_async_flags(&mut self, generator: Value, closed: Option<bool>, running: Option<bool>) {
        if let Some(g) = self.generator_data_mut(generator) {
            if let Some(c) = closed {
                g.closed = c;
            }
            if let Some(r) = running {
                g.running_async = r;
            }
        }
    }

    /// CPython's `async_gen_unwrap_value`: what an awaitable's step gives
    /// its driver.
    fn async_gen_step(&mut self, generator: Value, r: PyResult<Resumed>) -> PyResult<Value> {
        let e = match r {
            Ok(Resumed::Yielded(v)) => {
                return match self.async_gen_unwrap(v) {
                    Ok(inner) => {
                        self.set_async_flags(generator, None, Some(false));
                        Err(stop_iteration(self, inner))
                    }
                    Err(bare) => Ok(bare),
                };
            }
            Ok(Resumed::Returned(v)) => {
                self.heap.decref(v);
                self.bare_exception(ExcKind::StopAsyncIteration)
            }
            Err(e) => e,
        };
        if self.error_is(&e, ExcKind::StopAsyncIteration)
            || self.error_is(&e, ExcKind::GeneratorExit)
        {
            self.set_async_flags(generator, Some(true), None);
        }
        self.set_async_flags(generator, None, Some(false));
        Err(e)
    }

    /// A new awaitable for `agen.asend(value)` (borrowed arguments).
    fn new_asend(&mut self, generator: Value, value: Value) -> Value {
        self.heap.incref(generator);
        self.heap.incref(value);
        self.new_interp(
            "async_generator_asend",
            InterpObject::AsyncGenASend {
                generator,
                value,
                state: AwaitableState::Init,
            },
        )
    }

    /// `agen.__anext__()` for `GET_ANEXT` (a new reference).
    pub(crate) fn async_gen_anext(&mut self, generator: Value) -> PyResult<Value> {
        self.async_gen_init_hooks(generator)?;
        Ok(self.new_asend(generator, Value::None))
    }

    fn awaitable_of(&self, v: Value) -> Option<(Awaitable, AwaitableState)> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::AsyncGenASend {
                    generator,
                    value,
                    state,
                } => Some((
                    Awaitable::ASend {
                        generator: *generator,
                        value: *value,
                    },
                    *state,
                )),
                InterpObject::AsyncGenAThrow {
                    generator,
                    args,
                    state,
                } => Some((
                    Awaitable::AThrow {
                        generator: *generator,
                        args: *args,
                    },
                    *state,
                )),
                _ => None,
            },
            _ => None,
        }
    }

    fn set_awaitable_state(&mut self, v: Value, new: AwaitableState) {
        if let Some(Payload::Interp(o)) = v.as_obj().map(|r| self.heap.payload_mut(r)) {
            if let InterpObject::AsyncGenASend { state, .. }
            | InterpObject::AsyncGenAThrow { state, .. } = &mut **o
            {
                *state = new;
            }
        }
    }

    /// Whether `v` is an `asend`/`athrow` awaitable.
    pub(crate) fn is_async_gen_awaitable(&self, v: Value) -> bool {
        self.awaitable_of(v).is_some()
    }

    /// `awaitable.send(arg)`; `arg` is borrowed, `None` for `__next__`.
    pub(crate) fn async_awaitable_send(&mut self, o: Value, arg: Value) -> PyResult<Value> {
        let Some((awaitable, state)) = self.awaitable_of(o) else {
            return Err(PyErr::type_error("expected an async generator awaitable"));
        };
        match awaitable {
            Awaitable::ASend { generator, value } => {
                self.asend_send(o, generator, value, state, arg)
            }
            Awaitable::AThrow { generator, args } => {
                self.athrow_send(o, generator, args, state, arg)
            }
        }
    }

    fn asend_send(
        &mut self,
        o: Value,
        generator: Value,
        value: Value,
        state: AwaitableState,
        arg: Value,
    ) -> PyResult<Value> {
        let mut arg = arg;
        match state {
            AwaitableState::Closed => {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "cannot reuse already awaited __anext__()/asend()",
                ));
            }
            AwaitableState::Init => {
                if self
                    .generator_data(generator)
                    .is_some_and(|g| g.running_async)
                {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "anext(): asynchronous generator is already running",
                    ));
                }
                if arg == Value::None {
                    arg = value;
                }
                self.set_awaitable_state(o, AwaitableState::Iter);
            }
            AwaitableState::Iter => {}
        }
        self.set_async_flags(generator, None, Some(true));
        self.heap.incref(arg);
        let r = self.send_ex(generator, arg, false);
        let r = self.async_gen_step(generator, r);
        if r.is_err() {
            self.set_awaitable_state(o, AwaitableState::Closed);
        }
        r
    }

    fn athrow_send(
        &mut self,
        o: Value,
        generator: Value,
        args: Value,
        state: AwaitableState,
        arg: Value,
    ) -> PyResult<Value> {
        let aclose = args == Value::None;
        if state == AwaitableState::Closed {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        let Some(g) = self.generator_data(generator) else {
            return Err(PyErr::type_error("expected an async generator"));
        };
        let (gen_state, closed, running_async) = (g.state, g.closed, g.running_async);
        if gen_state == FrameState::Completed {
            self.set_awaitable_state(o, AwaitableState::Closed);
            return Err(self.bare_exception(ExcKind::StopIteration));
        }
        let r = if state == AwaitableState::Init {
            if running_async {
                self.set_awaitable_state(o, AwaitableState::Closed);
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    if aclose {
                        "aclose(): asynchronous generator is already running"
                    } else {
                        "athrow(): asynchronous generator is already running"
                    },
                ));
            }
            if closed {
                self.set_awaitable_state(o, AwaitableState::Closed);
                return Err(self.bare_exception(ExcKind::StopAsyncIteration));
            }
            if arg != Value::None {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            self.set_awaitable_state(o, AwaitableState::Iter);
            self.set_async_flags(generator, None, Some(true));
            if aclose {
                self.set_async_flags(generator, Some(true), None);
                let genexit = Value::Obj(self.classes.exc[&ExcKind::GeneratorExit]);
                self.throw_ex(generator, ThrowArgs::of(genexit), false)
            } else {
                let items = self.tuple_items(args);
                let throw = throw_args("athrow", &items)?;
                let r = self.throw_ex(generator, throw, false);
                let r = self.async_gen_step(generator, r);
                return match r {
                    Ok(v) => Ok(v),
                    Err(e) => Err(self.athrow_error(o, generator, e, aclose)),
                };
            }
        } else {
            self.heap.incref(arg);
            let r = self.send_ex(generator, arg, false);
            if !aclose {
                return self.async_gen_step(generator, r);
            }
            r
        };
        // aclose() mode: the generator must not yield a value.
        match r {
            Ok(Resumed::Yielded(v)) => match self.async_gen_unwrap(v) {
                Ok(inner) => {
                    self.heap.decref(inner);
                    Err(self.ignored_exit(o, generator))
                }
                Err(bare) => Ok(bare),
            },
            Ok(Resumed::Returned(v)) => {
                self.heap.decref(v);
                let e = self.bare_exception(ExcKind::StopAsyncIteration);
                Err(self.athrow_error(o, generator, e, aclose))
            }
            Err(e) => Err(self.athrow_error(o, generator, e, aclose)),
        }
    }

    /// `async generator ignored GeneratorExit`, closing the awaitable.
    fn ignored_exit(&mut self, o: Value, generator: Value) -> PyErr {
        self.set_async_flags(generator, None, Some(false));
        self.set_awaitable_state(o, AwaitableState::Closed);
        PyErr::new(
            ExcKind::RuntimeError,
            "async generator ignored GeneratorExit",
        )
    }

    /// CPython's `check_error` in `async_gen_athrow_send`: the awaitable is
    /// done; `aclose()` finishes quietly with `StopIteration`.
    fn athrow_error(&mut self, o: Value, generator: Value, e: PyErr, aclose: bool) -> PyErr {
        self.set_async_flags(generator, None, Some(false));
        self.set_awaitable_state(o, AwaitableState::Closed);
        if aclose
            && (self.error_is(&e, ExcKind::StopAsyncIteration)
                || self.error_is(&e, ExcKind::GeneratorExit))
        {
            self.drop_error(e);
            return self.bare_exception(ExcKind::StopIteration);
        }
        e
    }

    /// `kind()`: the exception raised with no arguments.
    fn bare_exception(&mut self, kind: ExcKind) -> PyErr {
        let class = self.classes.exc[&kind];
        PyErr::Raised(self.new_exception(class, &[]))
    }

    /// `awaitable.throw(...)`.
    fn async_awaitable_throw(&mut self, o: Value, throw: ThrowArgs) -> PyResult<Value> {
        let Some((awaitable, state)) = self.awaitable_of(o) else {
            return Err(PyErr::type_error("expected an async generator awaitable"));
        };
        let generator = awaitable.generator();
        if state == AwaitableState::Closed {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                match awaitable {
                    Awaitable::ASend { .. } => "cannot reuse already awaited __anext__()/asend()",
                    Awaitable::AThrow { .. } => "cannot reuse already awaited aclose()/athrow()",
                },
            ));
        }
        let r = self.throw_ex(generator, throw, true);
        match awaitable {
            Awaitable::ASend { .. } => {
                let r = self.async_gen_step(generator, r);
                if r.is_err() {
                    self.set_awaitable_state(o, AwaitableState::Closed);
                }
                r
            }
            Awaitable::AThrow { args, .. } if args != Value::None => {
                self.async_gen_step(generator, r)
            }
            Awaitable::AThrow { .. } => match r {
                Ok(Resumed::Yielded(v)) => match self.async_gen_unwrap(v) {
                    Ok(inner) => {
                        self.heap.decref(inner);
                        Err(self.ignored_exit(o, generator))
                    }
                    Err(bare) => Ok(bare),
                },
                Ok(Resumed::Returned(v)) => {
                    self.heap.decref(v);
                    Err(self.bare_exception(ExcKind::StopIteration))
                }
                Err(e)
                    if self.error_is(&e, ExcKind::StopAsyncIteration)
                        || self.error_is(&e, ExcKind::GeneratorExit) =>
                {
                    self.drop_error(e);
                    Err(self.bare_exception(ExcKind::StopIteration))
                }
                Err(e) => Err(e),
            },
        }
    }
}

/// The async generator a method was called on.
fn agen(interp: &Interpreter, args: &[Value], method: &str) -> PyResult<Value> {
    match args.first() {
        Some(&g)
            if interp.generator_data(g).is_some_and(|d| {
                d.kind == pyrite_objects::types::interp::GeneratorKind::AsyncGenerator
            }) =>
        {
            Ok(g)
        }
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'async_generator' object"
        ))),
    }
}

fn agen_aiter(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let g = agen(interp, args, "__aiter__")?;
    interp.heap.incref(g);
    Ok(g)
}

fn agen_anext(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let g = agen(interp, args, "__anext__")?;
    interp.async_gen_anext(g)
}

fn agen_asend(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let g = agen(interp, args, "asend")?;
    interp.async_gen_init_hooks(g)?;
    let [_, v] = args else {
        return Err(PyErr::type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    };
    Ok(interp.new_asend(g, *v))
}

fn agen_athrow(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let g = agen(interp, args, "athrow")?;
    interp.async_gen_init_hooks(g)?;
    // The arguments are checked when the awaitable first runs, as
    // CPython does.
    let rest = &args[1..];
    for v in rest {
        interp.heap.incref(*v);
    }
    let tuple = interp.heap.new_tuple(rest.to_vec());
    interp.heap.incref(g);
    Ok(interp.new_interp(
        "async_generator_athrow",
        InterpObject::AsyncGenAThrow {
            generator: g,
            args: tuple,
            state: AwaitableState::Init,
        },
    ))
}

fn agen_aclose(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let g = agen(interp, args, "aclose")?;
    interp.async_gen_init_hooks(g)?;
    interp.heap.incref(g);
    Ok(interp.new_interp(
        "async_generator_athrow",
        InterpObject::AsyncGenAThrow {
            generator: g,
            args: Value::None,
            state: AwaitableState::Init,
        },
    ))
}

fn awaitable_self(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let o = args[0];
    interp.heap.incref(o);
    Ok(o)
}

fn awaitable_next(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    interp.async_awaitable_send(args[0], Value::None)
}

fn awaitable_send(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [o, v] = args else {
        return Err(PyErr::type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    interp.async_awaitable_send(*o, *v)
}

fn awaitable_throw(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let throw = throw_args("throw", &args[1..])?;
    interp.async_awaitable_throw(args[0], throw)
}

fn awaitable_close(
    interp: &mut Interpreter,
    args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    interp.set_awaitable_state(args[0], AwaitableState::Closed);
    Ok(Value::None)
}
