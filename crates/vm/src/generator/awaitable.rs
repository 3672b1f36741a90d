//! What `await` accepts (CPython's `_PyCoro_GetAwaitableIter`) and the
//! `coroutine_wrapper` iterator that `coro.__await__()` returns.
//!
//! `await x` runs `x`'s awaitable iterator in a `yield from` loop: a
//! coroutine (or a generator marked `CO_ITERABLE_COROUTINE`) is its own
//! iterator; anything else must have `__await__` returning an iterator.

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::methods::{resumed_value, throw_args};
use crate::builtins::NativeKind;
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let class = interp.named_class("coroutine_wrapper");
    interp.add_method(class, "__next__", NativeKind::VmMethod(wrapper_next));
    interp.add_method(class, "__iter__", NativeKind::VmMethod(wrapper_iter));
    interp.add_method(class, "send", NativeKind::VmMethod(wrapper_send));
    interp.add_method(class, "throw", NativeKind::VmMethod(wrapper_throw));
    interp.add_method(class, "close", NativeKind::VmMethod(wrapper_close));
}

impl Interpreter {
    /// `coro.__await__()` (a new reference).
    pub(crate) fn coroutine_wrapper(&mut self, coroutine: Value) -> Value {
        self.heap.incref(coroutine);
        self.new_interp(
            "coroutine_wrapper",
            InterpObject::CoroutineWrapper { coroutine },
        )
    }

    /// The iterator `await o` drives (a new reference).
    pub(crate) fn get_awaitable_iter(&mut self, o: Value) -> PyResult<Value> {
        if self.is_awaitable_coroutine(o) {
            self.heap.incref(o);
            return Ok(o);
        }
        let class = self.class_of(o);
        let Some(getter) = self.lookup_type_str(class, "__await__") else {
            return Err(PyErr::type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(o)
            )));
        };
        let res = self.call_special(getter, o, &[])?;
        if self.is_awaitable_coroutine(res) {
            self.heap.decref(res);
            return Err(PyErr::type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(res) {
            let name = self.type_name(res);
            self.heap.decref(res);
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{name}'"
            )));
        }
        Ok(res)
    }

    /// Whether `v` is an iterator (its type has `__next__`).
    pub(crate) fn is_iterator(&mut self, v: Value) -> bool {
        self.is_iterator_object(v) || self.user_special(v, "__next__").is_some()
    }
}

/// The coroutine a `coroutine_wrapper` drives.
fn wrapped(interp: &Interpreter, args: &[Value]) -> PyResult<Value> {
    let w = args.first().and_then(|w| w.as_obj());
    match w.map(|r| interp.heap.payload(r)) {
        Some(Payload::Interp(o)) => match &**o {
            InterpObject::CoroutineWrapper { coroutine } => Ok(*coroutine),
            _ => Err(PyErr::type_error("expected a coroutine_wrapper")),
        },
        _ => Err(PyErr::type_error("expected a coroutine_wrapper")),
    }
}

fn wrapper_next(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let coroutine = wrapped(interp, args)?;
    let r = interp.send_ex(coroutine, Value::None, false)?;
    resumed_value(interp, r)
}

fn wrapper_iter(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    wrapped(interp, args)?;
    interp.heap.incref(args[0]);
    Ok(args[0])
}

fn wrapper_send(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let coroutine = wrapped(interp, args)?;
    let mut with_coroutine = vec![coroutine];
    with_coroutine.extend_from_slice(&args[1..]);
    super::methods::gen_send(interp, &with_coroutine, kwnames)
}

fn wrapper_throw(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let coroutine = wrapped(interp, args)?;
    let throw = throw_args("throw", &args[1..])?;
    let r = interp.throw_ex(coroutine, throw, true)?;
    resumed_value(interp, r)
}

fn wrapper_close(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let coroutine = wrapped(interp, args)?;
    let mut with_coroutine = vec![coroutine];
    with_coroutine.extend_from_slice(&args[1..]);
    super::methods::gen_close(interp, &with_coroutine, kwnames)
}

impl Interpreter {
    /// The coroutine behind a `coroutine_wrapper`.
    fn wrapped_coroutine(&self, v: Value) -> Option<Value> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Interp(o) => match &**o {
                InterpObject::CoroutineWrapper { coroutine } => Some(*coroutine),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is an iterator this module implements: a generator, a
    /// `coroutine_wrapper` or an `asend`/`athrow` awaitable.
    pub(crate) fn is_generator_iterator(&self, v: Value) -> bool {
        self.is_generator(v)
            || self.wrapped_coroutine(v).is_some()
            || self.is_async_gen_awaitable(v)
            || self.is_anext_awaitable(v)
    }

    /// `SEND` to one of this module's objects without a method call:
    /// `None` (leaving `sent` with the caller) if `receiver` is none of
    /// them. `sent` is owned.
    pub(crate) fn send_native(
        &mut self,
        receiver: Value,
        sent: Value,
    ) -> Option<PyResult<super::Resumed>> {
        if self.sends_directly(receiver) {
            return Some(self.send_ex(receiver, sent, false));
        }
        if let Some(coroutine) = self.wrapped_coroutine(receiver) {
            return Some(self.send_ex(coroutine, sent, false));
        }
        let r = if self.is_async_gen_awaitable(receiver) {
            self.async_awaitable_send(receiver, sent)
        } else if self.is_anext_awaitable(receiver) {
            self.anext_awaitable_send(receiver, sent)
        } else {
            return None;
        };
        self.heap.decref(sent);
        Some(match r {
            Ok(v) => Ok(super::Resumed::Yielded(v)),
            Err(e) if self.is_stop_iteration(&e) => {
                let exc = self.exception_value(e);
                let value = self.stop_iteration_value(exc);
                self.heap.decref(exc);
                Ok(super::Resumed::Returned(value))
            }
            Err(e) => Err(e),
        })
    }

    /// `next(it)` for one of this module's iterators: `None` if `it` is
    /// none of them; else `Some(item)` or `None` at the end.
    pub(crate) fn generator_iter_next(&mut self, it: Value) -> Option<PyResult<Option<Value>>> {
        let step = match self.generator_data(it).map(|g| g.kind) {
            Some(pyrite_objects::types::interp::GeneratorKind::Generator) => {
                self.send_ex(it, Value::None, false)
            }
            Some(_) => return None,
            None if self.is_generator_iterator(it) => self.send_native(it, Value::None)?,
            None => return None,
        };
        Some(match step {
            Ok(super::Resumed::Yielded(v)) => Ok(Some(v)),
            Ok(super::Resumed::Returned(v)) => {
                self.heap.decref(v);
                Ok(None)
            }
            Err(e) => Err(e),
        })
    }
}

impl Interpreter {
    /// `SEND`'s step: [`Self::send_to`], and under a tracer the
    /// `'exception'` event CPython 3.11 reports in the running frame when
    /// the receiver stops with `StopIteration` (a generator or coroutine
    /// resumed with `None` that returns `None` stops without one).
    pub(crate) fn send_step(&mut self, receiver: Value, sent: Value) -> PyResult<super::Resumed> {
        if !self.tracing() {
            return self.send_to(receiver, sent);
        }
        let quiet = sent == Value::None
            && (self.sends_directly(receiver)
                || (self.is_iterator_object(receiver) && !self.is_generator_iterator(receiver)));
        let r = self.send_to(receiver, sent)?;
        if let super::Resumed::Returned(v) = r {
            if !(quiet && v == Value::None) {
                self.trace_stop_iteration(v);
            }
        }
        Ok(r)
    }

    /// `SEND`'s step (CPython's `PyIter_Send`): resume `receiver` with
    /// `sent` (owned). Generators and this module's iterators resume
    /// directly; other iterators get `__next__()` for `None` and
    /// `send(sent)` otherwise, with `StopIteration`'s value as the result.
    pub(crate) fn send_to(&mut self, receiver: Value, sent: Value) -> PyResult<super::Resumed> {
        if let Some(r) = self.send_native(receiver, sent) {
            return r;
        }
        let r = if sent == Value::None && self.is_iterator_object(receiver) {
            return Ok(match self.next(receiver)? {
                Some(v) => super::Resumed::Yielded(v),
                None => super::Resumed::Returned(Value::None),
            });
        } else if sent == Value::None {
            match self.user_special(receiver, "__next__") {
                Some(f) => self.call_special(f, receiver, &[]),
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(receiver)
                ))),
            }
        } else {
            let key = self.intern("send");
            let send = self.get_attr(receiver, key);
            self.heap.decref(key);
            let r = send.and_then(|f| {
                let r = self.call(f, &[sent], &[]);
                self.heap.decref(f);
                r
            });
            self.heap.decref(sent);
            r
        };
        match r {
            Ok(v) => Ok(super::Resumed::Yielded(v)),
            Err(e) if self.is_stop_iteration(&e) => {
                let exc = self.exception_value(e);
                let value = self.stop_iteration_value(exc);
                self.heap.decref(exc);
                Ok(super::Resumed::Returned(value))
            }
            Err(e) => Err(e),
        }
    }
}
