//! The instructions of `async def` bodies: `await` (`GET_AWAITABLE`),
//! `async for` (`GET_AITER`, `GET_ANEXT`, `END_ASYNC_FOR`), `async with`
//! (`BEFORE_ASYNC_WITH`) and async generators' `yield`
//! (`ASYNC_GEN_WRAP`). The `yield from` loop that follows each await
//! (`SEND`, `YIELD_VALUE`) is shared with generators.

use pyrite_objects::types::interp::GeneratorKind;
use pyrite_objects::{ExcKind, PyErr, PyResult};

use super::Flow;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// `GET_AWAITABLE where`: replace the top of the stack with the
    /// iterator `await` drives. `where` is 1 after `__aenter__` and 2
    /// after `__aexit__`, for their own messages.
    pub(super) fn op_get_awaitable(&mut self, where_: u32) -> PyResult<Flow> {
        let o = self.pop();
        let r = self.get_awaitable_iter(o);
        let r = match r {
            Err(e) if where_ == 1 || where_ == 2 => {
                let class = self.class_of(o);
                if self.is_awaitable_coroutine(o)
                    || self.lookup_type_str(class, "__await__").is_some()
                {
                    Err(e)
                } else {
                    self.drop_error(e);
                    let from = if where_ == 1 {
                        "__aenter__"
                    } else {
                        "__aexit__"
                    };
                    Err(PyErr::type_error(format!(
                        "'async with' received an object from {from} that does not implement __await__: {}",
                        self.type_name(o)
                    )))
                }
            }
            r => r,
        };
        self.heap.decref(o);
        if r.is_err() && self.heap.has_pending_finalisers() {
            // An awaitable dropped here is reported at this line, as
            // CPython destroys it inside this instruction.
            self.run_finalisers();
        }
        let it = r?;
        let is_coroutine = self
            .generator_data(it)
            .is_some_and(|g| g.kind == GeneratorKind::Coroutine);
        if is_coroutine && self.yield_from_target(it).is_some() {
            self.heap.decref(it);
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "coroutine is being awaited already",
            ));
        }
        self.push(it);
        Ok(Flow::Next)
    }

    /// `GET_AITER`: `aiter(top)`.
    pub(super) fn op_get_aiter(&mut self) -> PyResult<Flow> {
        let obj = self.pop();
        let class = self.class_of(obj);
        let Some(getter) = self.lookup_type_str(class, "__aiter__") else {
            let name = self.type_name(obj);
            self.heap.decref(obj);
            return Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {name}"
            )));
        };
        let r = self.call_special(getter, obj, &[]);
        self.heap.decref(obj);
        let it = r?;
        let it_class = self.class_of(it);
        if self.lookup_type_str(it_class, "__anext__").is_none() {
            let name = self.type_name(it);
            self.heap.decref(it);
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {name}"
            )));
        }
        self.push(it);
        Ok(Flow::Next)
    }

    /// `GET_ANEXT`: push the awaitable of `top.__anext__()`, leaving the
    /// async iterator in place.
    pub(super) fn op_get_anext(&mut self) -> PyResult<Flow> {
        let aiter = self.peek(0);
        let is_async_gen = self
            .generator_data(aiter)
            .is_some_and(|g| g.kind == GeneratorKind::AsyncGenerator);
        if is_async_gen {
            let awaitable = self.async_gen_anext(aiter)?;
            self.push(awaitable);
            return Ok(Flow::Next);
        }
        let class = self.class_of(aiter);
        let Some(getter) = self.lookup_type_str(class, "__anext__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            )));
        };
        let next_iter = self.call_special(getter, aiter, &[])?;
        let awaitable = self.get_awaitable_iter(next_iter);
        let r = match awaitable {
            Ok(a) => Ok(a),
            Err(e) => {
                let message = format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(next_iter)
                );
                Err(self.error_from_cause(e, ExcKind::TypeError, &message))
            }
        };
        self.heap.decref(next_iter);
        self.push(r?);
        Ok(Flow::Next)
    }

    /// `END_ASYNC_FOR`: the handler around an `async for`'s `__anext__`;
    /// `StopAsyncIteration` ends the loop, anything else goes on.
    pub(super) fn op_end_async_for(&mut self) -> PyResult<Flow> {
        let exc = self.pop();
        let stop = self.classes.exc[&ExcKind::StopAsyncIteration];
        if self.is_instance(exc, stop) {
            self.heap.decref(exc);
            let aiter = self.pop();
            self.heap.decref(aiter);
            return Ok(Flow::Next);
        }
        self.reraising = true;
        Err(PyErr::Raised(exc))
    }

    /// `BEFORE_ASYNC_WITH`: push the bound `__aexit__`, then the result
    /// of `__aenter__()` (an awaitable).
    pub(super) fn op_before_async_with(&mut self) -> PyResult<Flow> {
        let mgr = self.pop();
        let class = self.class_of(mgr);
        let missing = match (
            self.lookup_type_str(class, "__aenter__"),
            self.lookup_type_str(class, "__aexit__"),
        ) {
            (Some(enter), Some(exit)) => {
                let bound_exit =
                    match self.bind_descriptor(exit, mgr, pyrite_objects::Value::Obj(class)) {
                        Ok(b) => b,
                        Err(e) => {
                            self.heap.decref(mgr);
                            return Err(e);
                        }
                    };
                self.push(bound_exit);
                let r = self.call_special(enter, mgr, &[]);
                self.heap.decref(mgr);
                self.push(r?);
                return Ok(Flow::Next);
            }
            (None, _) => "",
            (Some(_), None) => " (missed __aexit__ method)",
        };
        let name = self.type_name(mgr);
        self.heap.decref(mgr);
        Err(PyErr::type_error(format!(
            "'{name}' object does not support the asynchronous context manager protocol{missing}"
        )))
    }

    /// `ASYNC_GEN_WRAP`: mark the value an async generator yields.
    pub(super) fn op_async_gen_wrap(&mut self) -> PyResult<Flow> {
        let v = self.pop();
        let wrapped = self.async_gen_wrap(v);
        self.push(wrapped);
        Ok(Flow::Next)
    }
}
