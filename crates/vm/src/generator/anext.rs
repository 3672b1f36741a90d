//! The built-ins `aiter()` and `anext()`, and the `anext_awaitable` that
//! `anext(it, default)` returns: it drives `it.__anext__()`'s awaitable
//! and finishes with `default` where that would raise
//! `StopAsyncIteration`.

use pyrite_objects::types::interp::{GeneratorKind, InterpObject};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::Resumed;
use super::methods::stop_iteration;
use crate::builtins::NativeKind;
use crate::interpreter::Interpreter;

pub(super) fn install(interp: &mut Interpreter) {
    let class = interp.named_class("anext_awaitable");
    interp.add_method(class, "__await__", NativeKind::VmMethod(awaitable_self));
    interp.add_method(class, "__iter__", NativeKind::VmMethod(awaitable_self));
    interp.add_method(class, "__next__", NativeKind::VmMethod(anext_next));
    interp.add_method(class, "send", NativeKind::VmMethod(anext_send));
    interp.add_method(class, "throw", NativeKind::VmMethod(anext_throw));
    interp.add_method(class, "close", NativeKind::VmMethod(anext_close));
}

pub(crate) fn builtin_aiter(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let ([obj], []) = (args, kwnames) else {
        return Err(PyErr::type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let class = interp.class_of(*obj);
    let Some(getter) = interp.lookup_type_str(class, "__aiter__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterable",
            interp.type_name(*obj)
        )));
    };
    let it = interp.call_special(getter, *obj, &[])?;
    let it_class = interp.class_of(it);
    if interp.lookup_type_str(it_class, "__anext__").is_none() {
        let name = interp.type_name(it);
        interp.heap.decref(it);
        return Err(PyErr::type_error(format!(
            "aiter() returned not an async iterator of type '{name}'"
        )));
    }
    Ok(it)
}

pub(crate) fn builtin_anext(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("anext() takes no keyword arguments"));
    }
    let (aiter, default) = match args {
        [a] => (*a, None),
        [a, d] => (*a, Some(*d)),
        [] => {
            return Err(PyErr::type_error(
                "anext expected at least 1 argument, got 0",
            ));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "anext expected at most 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let class = interp.class_of(aiter);
    let Some(getter) = interp.lookup_type_str(class, "__anext__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterator",
            interp.type_name(aiter)
        )));
    };
    let awaitable = interp.call_special(getter, aiter, &[])?;
    let Some(default) = default else {
        return Ok(awaitable);
    };
    interp.heap.incref(default);
    Ok(interp.new_interp(
        "anext_awaitable",
        InterpObject::AnextAwaitable {
            iterator: Value::None,
            awaitable,
            default,
        },
    ))
}

impl Interpreter {
    /// The `anext_awaitable` a method was called on: its iterator (made
    /// from the awaitable the first time) and its default, borrowed.
    fn anext_parts(&mut self, o: Value) -> PyResult<(Value, Value)> {
        let parts = match o.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Interp(b)) => match &**b {
                InterpObject::AnextAwaitable {
                    iterator,
                    awaitable,
                    default,
                } => Some((*iterator, *awaitable, *default)),
                _ => None,
            },
            _ => None,
        };
        let Some((iterator, awaitable, default)) = parts else {
            return Err(PyErr::type_error("expected an anext_awaitable"));
        };
        if iterator != Value::None {
            return Ok((iterator, default));
        }
        let mut it = self.get_awaitable_iter(awaitable)?;
        if self
            .generator_data(it)
            .is_some_and(|g| g.kind == GeneratorKind::Coroutine)
        {
            let wrapper = self.coroutine_wrapper(it);
            self.heap.decref(it);
            it = wrapper;
        }
        if let Some(Payload::Interp(b)) = o.as_obj().map(|r| self.heap.payload_mut(r)) {
            if let InterpObject::AnextAwaitable { iterator, .. } = &mut **b {
                *iterator = it;
            }
        }
        Ok((it, default))
    }

    /// `StopAsyncIteration` from the iterator becomes `StopIteration(default)`.
    fn anext_outcome(&mut self, r: PyResult<Value>, default: Value) -> PyResult<Value> {
        match r {
            Err(e) if self.error_is(&e, ExcKind::StopAsyncIteration) => {
                self.drop_error(e);
                self.heap.incref(default);
                Err(stop_iteration(self, default))
            }
            r => r,
        }
    }

    /// Call the iterator's method `name` with `args`.
    fn anext_proxy(&mut self, o: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let (it, default) = self.anext_parts(o)?;
        let key = self.intern(name);
        let meth = self.get_attr(it, key);
        self.heap.decref(key);
        let r = meth.and_then(|m| {
            let r = self.call(m, args, &[]);
            self.heap.decref(m);
            r
        });
        self.anext_outcome(r, default)
    }
}

fn awaitable_self(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    interp.heap.incref(args[0]);
    Ok(args[0])
}

impl Interpreter {
    /// Whether `v` is an `anext_awaitable`.
    pub(crate) fn is_anext_awaitable(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Interp(b)) if matches!(**b, InterpObject::AnextAwaitable { .. })
        )
    }

    /// `awaitable.send(sent)` (`sent` borrowed; `None` for `__next__`).
    pub(crate) fn anext_awaitable_send(&mut self, o: Value, sent: Value) -> PyResult<Value> {
        let (it, default) = self.anext_parts(o)?;
        self.heap.incref(sent);
        let r = match self.send_to(it, sent) {
            Ok(Resumed::Yielded(v)) => Ok(v),
            Ok(Resumed::Returned(v)) => Err(stop_iteration(self, v)),
            Err(e) => Err(e),
        };
        self.anext_outcome(r, default)
    }
}

fn anext_next(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    interp.anext_awaitable_send(args[0], Value::None)
}

fn anext_send(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let [o, v] = args else {
        return Err(PyErr::type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    interp.anext_awaitable_send(*o, *v)
}

fn anext_throw(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    interp.anext_proxy(args[0], "throw", &args[1..])
}

fn anext_close(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    interp.anext_proxy(args[0], "close", &[])
}
