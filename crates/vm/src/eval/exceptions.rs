//! Raising and handling: `raise`, the `except` machinery CPython 3.11's
//! compiler lays out with `PUSH_EXC_INFO`, `CHECK_EXC_MATCH`,
//! `POP_EXCEPT` and `RERAISE`, and `except*`'s `CHECK_EG_MATCH` and
//! `PREP_RERAISE_STAR`.

use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::Flow;
use crate::frame::FrameId;
use crate::interpreter::Interpreter;

impl Interpreter {
    /// Turn a raised value (a class or an instance) into an instance.
    fn instantiate_exception(&mut self, v: Value) -> PyResult<Value> {
        let base = self.classes.exc[&ExcKind::BaseException];
        if let Some(r) = v.as_obj() {
            if crate::class::class_data(&self.heap, v).is_some() {
                if self.is_subclass(r, base) {
                    let e = self.call(v, &[], &[])?;
                    if !self.is_instance(e, base) {
                        let name = self.type_name(e);
                        self.heap.decref(e);
                        return Err(PyErr::type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {name}",
                            self.class_name(r)
                        )));
                    }
                    return Ok(e);
                }
            } else if self.is_instance(v, base) {
                self.heap.incref(v);
                return Ok(v);
            }
        }
        Err(PyErr::type_error(
            "exceptions must derive from BaseException",
        ))
    }

    pub(super) fn op_raise(&mut self, argc: u32) -> PyResult<Flow> {
        match argc {
            0 => {
                let exc = self.exc_info;
                if exc == Value::None {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "No active exception to reraise",
                    ));
                }
                self.heap.incref(exc);
                self.reraising = true;
                Err(PyErr::Raised(exc))
            }
            1 => {
                let v = self.pop();
                let exc = self.instantiate_exception(v);
                self.heap.decref(v);
                let exc = exc?;
                self.set_context(exc);
                Err(PyErr::Raised(exc))
            }
            _ => {
                let cause = self.pop();
                let v = self.pop();
                let exc = self.instantiate_exception(v);
                self.heap.decref(v);
                let exc = match exc {
                    Ok(e) => e,
                    Err(e) => {
                        self.heap.decref(cause);
                        return Err(e);
                    }
                };
                let cause = if cause == Value::None {
                    Value::None
                } else {
                    match self.instantiate_exception(cause) {
                        Ok(c) => {
                            self.heap.decref(cause);
                            c
                        }
                        Err(_) => {
                            self.heap.decref(cause);
                            self.heap.decref(exc);
                            return Err(PyErr::type_error(
                                "exception causes must derive from BaseException",
                            ));
                        }
                    }
                };
                if let Some(d) = self.exception_data_mut(exc) {
                    let old = std::mem::replace(&mut d.cause, cause);
                    d.suppress_context = true;
                    self.heap.decref(old);
                } else {
                    self.heap.decref(cause);
                }
                self.set_context(exc);
                Err(PyErr::Raised(exc))
            }
        }
    }

    pub(super) fn op_reraise(&mut self, fid: FrameId, arg: u32) -> PyResult<Flow> {
        let exc = self.pop();
        if arg != 0 {
            if let Value::Int(lasti) = self.peek(arg as usize - 1) {
                // The handler search still starts at this RERAISE; the
                // restored position is what f_lasti and a pushed lasti show.
                self.unwind_from = Some(self.frames[fid].lasti);
                self.frames[fid].lasti = lasti as usize;
            }
        }
        self.reraising = true;
        Err(PyErr::Raised(exc))
    }

    pub(super) fn op_push_exc_info(&mut self) -> PyResult<Flow> {
        let exc = self.pop();
        let mut previous = std::mem::replace(&mut self.exc_info, exc);
        // A generator frame handling nothing of its own saves `None`,
        // which stands for its caller's state when it is restored.
        if self
            .generator_caller_exception()
            .is_some_and(|caller| previous.is(caller))
        {
            self.heap.decref(previous);
            previous = Value::None;
        }
        self.heap.incref(exc);
        self.push(previous);
        self.push(exc);
        Ok(Flow::Next)
    }

    pub(super) fn op_pop_except(&mut self) -> PyResult<Flow> {
        let mut previous = self.pop();
        if matches!(previous, Value::None) {
            if let Some(caller) = self.generator_caller_exception() {
                self.heap.incref(caller);
                previous = caller;
            }
        }
        let handled = std::mem::replace(&mut self.exc_info, previous);
        self.heap.decref(handled);
        Ok(Flow::Next)
    }

    pub(super) fn op_check_exc_match(&mut self) -> PyResult<Flow> {
        let spec = self.pop();
        let exc = self.peek(0);
        let r = self.exception_matches(exc, spec);
        self.heap.decref(spec);
        self.push(Value::Bool(r?));
        Ok(Flow::Next)
    }
}

/// `except*`: `CHECK_EG_MATCH` splits the exception being handled by a
/// clause's type, and `PREP_RERAISE_STAR` works out what leaves the `try`
/// statement once every clause has run.
impl Interpreter {
    pub(super) fn op_check_eg_match(&mut self) -> PyResult<Flow> {
        let spec = self.pop();
        let valid = self.check_except_star_type(spec);
        if let Err(e) = valid {
            self.heap.decref(spec);
            return Err(e);
        }
        let exc = self.peek(0);
        let split = self.except_star_split(exc, spec);
        self.heap.decref(spec);
        let (matched, rest) = split?;
        if matched == Value::None {
            self.heap.decref(rest);
            self.push(Value::None);
            return Ok(Flow::Next);
        }
        self.heap.incref(matched);
        let old = std::mem::replace(&mut self.exc_info, matched);
        self.heap.decref(old);
        let exc = self.pop();
        self.heap.decref(exc);
        self.push(rest);
        self.push(matched);
        Ok(Flow::Next)
    }

    /// An `except*` clause may not name a non-exception or a group class.
    fn check_except_star_type(&mut self, spec: Value) -> PyResult<()> {
        let classes = match spec.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![spec],
        };
        let base = self.classes.exc[&ExcKind::BaseException];
        let group = self.classes.exc[&ExcKind::BaseExceptionGroup];
        for c in classes {
            let class = c
                .as_obj()
                .filter(|_| crate::class::class_data(&self.heap, c).is_some());
            match class {
                Some(r) if self.is_subclass(r, group) => {
                    return Err(PyErr::type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
                Some(r) if self.is_subclass(r, base) => {}
                _ => {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
        }
        Ok(())
    }

    /// The part of `exc` an `except*` clause takes and the rest (owned).
    /// A bare exception that matches is wrapped in a group with an empty
    /// message and, as in CPython 3.11.7, no traceback of its own.
    fn except_star_split(&mut self, exc: Value, spec: Value) -> PyResult<(Value, Value)> {
        if exc == Value::None {
            return Ok((Value::None, Value::None));
        }
        if self.exception_matches(exc, spec)? {
            if self.is_exception_group(exc) {
                self.heap.incref(exc);
                return Ok((exc, Value::None));
            }
            let message = self.heap.new_str("");
            self.heap.incref(exc);
            let excs = self.heap.new_tuple(vec![exc]);
            let cls = self.classes.exc[&ExcKind::BaseExceptionGroup];
            let wrapped = self.new_exception_group(cls, &[message, excs]);
            self.heap.decref(message);
            self.heap.decref(excs);
            return Ok((wrapped?, Value::None));
        }
        if self.is_exception_group(exc) {
            return self.split_group(exc, spec);
        }
        Ok((Value::None, Value::None))
    }

    pub(super) fn op_prep_reraise_star(&mut self) -> PyResult<Flow> {
        let raised = self.pop();
        let orig = self.pop();
        let items = match raised.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::List(l)) => l.to_values(),
            _ => Vec::new(),
        };
        let result = self.prep_reraise_star(orig, &items);
        self.heap.decref(raised);
        self.heap.decref(orig);
        self.push(result?);
        Ok(Flow::Next)
    }

    /// What a `try`/`except*` raises: the exceptions the clauses raised
    /// (items of `raised` that are not `None`), with what they re-raised
    /// of `orig` kept in `orig`'s shape.
    fn prep_reraise_star(&mut self, orig: Value, raised: &[Value]) -> PyResult<Value> {
        let raised: Vec<Value> = raised
            .iter()
            .copied()
            .filter(|v| *v != Value::None)
            .collect();
        if raised.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_exception_group(orig) {
            // A bare exception: only one clause could have run.
            self.heap.incref(raised[0]);
            return Ok(raised[0]);
        }
        let mut new = Vec::new();
        let mut leaves = Vec::new();
        for e in raised {
            if self.same_exception_metadata(e, orig) {
                self.collect_leaves(e, &mut leaves);
            } else {
                new.push(e);
            }
        }
        let kept = if leaves.is_empty() {
            Value::None
        } else {
            self.project_group(orig, &leaves)?
        };
        if new.is_empty() {
            return Ok(kept);
        }
        for e in &new {
            self.heap.incref(*e);
        }
        if kept != Value::None {
            new.push(kept);
        }
        if new.len() == 1 {
            return Ok(new.remove(0));
        }
        let message = self.heap.new_str("");
        let list = self.heap.new_list(new);
        let cls = self.classes.exc[&ExcKind::BaseExceptionGroup];
        let r = self.new_exception_group(cls, &[message, list]);
        self.heap.decref(message);
        self.heap.decref(list);
        r
    }

    /// Whether `e` carries `orig`'s traceback, cause, context and notes:
    /// it is a part of `orig` re-raised with a bare `raise`.
    fn same_exception_metadata(&mut self, e: Value, orig: Value) -> bool {
        let a = self.exception_notes(e);
        let b = self.exception_notes(orig);
        let same_notes = match (a, b) {
            (None, None) => true,
            (Some(x), Some(y)) => x.is(y),
            _ => false,
        };
        for v in [a, b].into_iter().flatten() {
            self.heap.decref(v);
        }
        let (Some(x), Some(y)) = (self.exception_data(e), self.exception_data(orig)) else {
            return false;
        };
        same_notes && x.traceback.is(y.traceback) && x.cause.is(y.cause) && x.context.is(y.context)
    }

    /// The leaves (non-group exceptions) inside `e`, borrowed.
    fn collect_leaves(&mut self, e: Value, out: &mut Vec<Value>) {
        if self.is_exception_group(e) {
            let (_, members) = self.group_parts(e);
            for m in members {
                self.collect_leaves(m, out);
            }
        } else {
            out.push(e);
        }
    }

    /// The part of `eg` whose leaves are among `leaves` (owned or `None`).
    fn project_group(&mut self, eg: Value, leaves: &[Value]) -> PyResult<Value> {
        if !self.is_exception_group(eg) {
            if leaves.iter().any(|l| l.is(eg)) {
                self.heap.incref(eg);
                return Ok(eg);
            }
            return Ok(Value::None);
        }
        let (_, members) = self.group_parts(eg);
        let mut kept = Vec::new();
        for m in members {
            match self.project_group(m, leaves) {
                Ok(Value::None) => {}
                Ok(v) => kept.push(v),
                Err(e) => {
                    self.release(kept);
                    return Err(e);
                }
            }
        }
        if kept.is_empty() {
            return Ok(Value::None);
        }
        self.derive_group(eg, kept)
    }
}
