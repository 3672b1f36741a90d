//! Comparisons: `COMPARE_OP` with the rich-comparison dunders of user
//! classes (reflected when the left operand declines), `is`, `in`.

use pyrite_objects::ops::{self, CmpOp};
use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::Flow;
use crate::interpreter::Interpreter;

/// `COMPARE_OP`'s operators: symbol, dunder, reflected operator's index.
const CMP: [(&str, &str, usize); 6] = [
    ("<", "__lt__", 4),
    ("<=", "__le__", 5),
    ("==", "__eq__", 2),
    ("!=", "__ne__", 3),
    (">", "__gt__", 0),
    (">=", "__ge__", 1),
];

impl Interpreter {
    pub(super) fn op_compare(&mut self, arg: u32) -> PyResult<Flow> {
        let b = self.pop();
        let a = self.pop();
        let r = self.rich_compare(a, b, arg as usize);
        self.heap.decref(a);
        self.heap.decref(b);
        self.push(r?);
        Ok(Flow::Next)
    }

    /// `a <op> b` for `COMPARE_OP`'s argument; an owned result.
    pub(crate) fn rich_compare(&mut self, a: Value, b: Value, op: usize) -> PyResult<Value> {
        let op = op.min(5);
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                0 => x < y,
                1 => x <= y,
                2 => x == y,
                3 => x != y,
                4 => x > y,
                _ => x >= y,
            }));
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                0 => x < y,
                1 => x <= y,
                2 => x == y,
                3 => x != y,
                4 => x > y,
                _ => x >= y,
            }));
        }
        let (symbol, dunder, reflected) = CMP[op];
        let fa = self.user_special(a, dunder);
        let fb = self.user_special(b, CMP[reflected].1);
        let fa_ne_from_eq = if fa.is_none() && op == 3 {
            self.user_special(a, "__eq__")
        } else {
            None
        };
        if fa.is_none() && fb.is_none() && fa_ne_from_eq.is_none() {
            return self.native_compare(a, b, op, symbol);
        }
        let b_first = fb.is_some() && {
            let (ca, cb) = (self.class_of(a), self.class_of(b));
            ca != cb && self.is_subclass(cb, ca)
        };
        if b_first {
            if let Some(f) = fb {
                let r = self.call_special(f, b, &[a])?;
                if r != Value::NotImplemented {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = fa {
            let r = self.call_special(f, a, &[b])?;
            if r != Value::NotImplemented {
                return Ok(r);
            }
        } else if let Some(f) = fa_ne_from_eq {
            let r = self.call_special(f, a, &[b])?;
            if r != Value::NotImplemented {
                let t = self.truthy(r);
                self.heap.decref(r);
                return Ok(Value::Bool(!t?));
            }
        }
        if !b_first {
            if let Some(f) = fb {
                let r = self.call_special(f, b, &[a])?;
                if r != Value::NotImplemented {
                    return Ok(r);
                }
            }
        }
        match op {
            2 => Ok(Value::Bool(a.is(b))),
            3 => Ok(Value::Bool(!a.is(b))),
            _ => self.native_compare(a, b, op, symbol),
        }
    }

    fn native_compare(&mut self, a: Value, b: Value, op: usize, symbol: &str) -> PyResult<Value> {
        // Bound methods are equal when they bind equal functions to the
        // same instance.
        if let (Some((fa, ra)), Some((fb, rb)), 2 | 3) =
            (self.method_parts(a), self.method_parts(b), op)
        {
            let same = ra.is(rb) && ops::eq(self, fa, fb)?;
            return Ok(Value::Bool(same == (op == 2)));
        }
        // A set-like dict view against a set or another such view compares
        // members, as sets do.
        if let Some(r) = ops::view_rich_compare(self, a, b, op) {
            return r.map(Value::Bool);
        }
        // Objects without comparison dunders: `object`'s identity equality
        // and no ordering (the objects crate would ask us again).
        if self.is_plain_object(a) || self.is_plain_object(b) {
            return match op {
                2 => Ok(Value::Bool(a.is(b))),
                3 => Ok(Value::Bool(!a.is(b))),
                _ => Err(PyErr::type_error(format!(
                    "'{symbol}' not supported between instances of '{}' and '{}'",
                    self.type_name(a),
                    self.type_name(b)
                ))),
            };
        }
        // The dunders were looked for already, so instances of subclasses
        // of built-in types compare by their built-in base.
        let r = match op {
            2 => ops::eq_builtin(self, a, b)?,
            3 => !ops::eq_builtin(self, a, b)?,
            _ => {
                let cmp = match op {
                    0 => CmpOp::Lt,
                    1 => CmpOp::Le,
                    4 => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                ops::compare_builtin(self, cmp, a, b)?
            }
        };
        Ok(Value::Bool(r))
    }

    /// Whether `v` is an instance of a user class or an interpreter object
    /// (function, class, exception, …), whose comparisons are not native.
    fn is_plain_object(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|r| self.heap.payload(r)),
            Some(Payload::Instance { .. } | Payload::Interp(_))
        )
    }

    /// `a == b` as a bool.
    pub(crate) fn equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, 2)?;
        let t = self.truthy(r);
        self.heap.decref(r);
        t
    }

    pub(super) fn op_is(&mut self, invert: u32) -> PyResult<Flow> {
        let b = self.pop();
        let a = self.pop();
        let r = a.is(b) != (invert == 1);
        self.heap.decref(a);
        self.heap.decref(b);
        self.push(Value::Bool(r));
        Ok(Flow::Next)
    }

    pub(super) fn op_contains(&mut self, invert: u32) -> PyResult<Flow> {
        let container = self.pop();
        let item = self.pop();
        let r = self.contains(container, item);
        self.heap.decref(container);
        self.heap.decref(item);
        self.push(Value::Bool(r? != (invert == 1)));
        Ok(Flow::Next)
    }

    /// `item in container`.
    pub(crate) fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some((dict, kind)) = self.dict_view(container) {
            return self.view_contains(dict, kind, item);
        }
        if let Some(f) = self.user_special(container, "__contains__") {
            let r = self.call_special(f, container, &[item])?;
            let t = self.truthy(r);
            self.heap.decref(r);
            return t;
        }
        // A subclass of a built-in container inherits its `__contains__`.
        let user_iter = !self.heap.is_subclass_instance(container)
            && (self.user_special(container, "__iter__").is_some()
                || self.user_special(container, "__getitem__").is_some())
            || self.is_iterator_object(container);
        if user_iter {
            let it = self.get_iter(container)?;
            loop {
                match self.next(it) {
                    Ok(Some(x)) => {
                        let eq = self.equal(x, item);
                        self.heap.decref(x);
                        match eq {
                            Ok(true) => {
                                self.heap.decref(it);
                                return Ok(true);
                            }
                            Ok(false) => {}
                            Err(e) => {
                                self.heap.decref(it);
                                return Err(e);
                            }
                        }
                    }
                    Ok(None) => {
                        self.heap.decref(it);
                        return Ok(false);
                    }
                    Err(e) => {
                        self.heap.decref(it);
                        return Err(e);
                    }
                }
            }
        }
        pyrite_objects::ops::sequence::contains(self, container, item)
    }
}
