//! Arithmetic: `BINARY_OP` (with the reflected and in-place dunders of
//! user classes and CPython's `NotImplemented` protocol), the unary
//! operators and subscripts.

use pyrite_objects::ops::arith::{self, BinOp, UnaryOp};
use pyrite_objects::ops::{self, sequence};
use pyrite_objects::types::dict;
use pyrite_objects::types::list::{Items, PyList};
use pyrite_objects::{BuiltinType, ExcKind, Heap, Payload, PyErr, PyResult, TypeRef, Value};

use super::Flow;
use crate::interpreter::Interpreter;

/// `BINARY_OP`'s operators in CPython 3.11's order, with their dunders:
/// the operator, its reflection, its in-place form.
const OPS: [(BinOp, &str, &str, &str); 13] = [
    (BinOp::Add, "__add__", "__radd__", "__iadd__"),
    (BinOp::And, "__and__", "__rand__", "__iand__"),
    (
        BinOp::FloorDiv,
        "__floordiv__",
        "__rfloordiv__",
        "__ifloordiv__",
    ),
    (BinOp::LShift, "__lshift__", "__rlshift__", "__ilshift__"),
    (BinOp::MatMul, "__matmul__", "__rmatmul__", "__imatmul__"),
    (BinOp::Mul, "__mul__", "__rmul__", "__imul__"),
    (BinOp::Mod, "__mod__", "__rmod__", "__imod__"),
    (BinOp::Or, "__or__", "__ror__", "__ior__"),
    (BinOp::Pow, "__pow__", "__rpow__", "__ipow__"),
    (BinOp::RShift, "__rshift__", "__rrshift__", "__irshift__"),
    (BinOp::Sub, "__sub__", "__rsub__", "__isub__"),
    (
        BinOp::TrueDiv,
        "__truediv__",
        "__rtruediv__",
        "__itruediv__",
    ),
    (BinOp::Xor, "__xor__", "__rxor__", "__ixor__"),
];

impl Interpreter {
    pub(super) fn op_binary(&mut self, arg: u32) -> PyResult<Flow> {
        let b = self.pop();
        let a = self.pop();
        let r = self.binary_op(arg as usize, a, b);
        self.heap.decref(a);
        self.heap.decref(b);
        self.push(r?);
        Ok(Flow::Next)
    }

    /// `start OP item0 OP item1 …`, left to right, as `sum()` (`+`) and
    /// `math.prod()` (`*`) accumulate. `start` is borrowed, `items` (owned
    /// references) are released, and the result is a new reference.
    pub(crate) fn fold_binary_op(
        &mut self,
        index: usize,
        start: Value,
        items: Vec<Value>,
    ) -> PyResult<Value> {
        self.heap.incref(start);
        let mut total = Ok(start);
        for &v in &items {
            let Ok(so_far) = total else { break };
            total = self.binary_op(index, so_far, v);
            self.heap.decref(so_far);
        }
        self.release(items);
        total
    }

    /// `a <op> b` for `BINARY_OP`'s argument `index` (13 and up are the
    /// in-place forms); an owned result.
    pub(crate) fn binary_op(&mut self, index: usize, a: Value, b: Value) -> PyResult<Value> {
        let inplace = index >= 13;
        let (op, dunder, reflected, inplace_dunder) = OPS[index % 13];
        // Fast path: two ints or two floats.
        match (op, a, b) {
            (BinOp::Add, Value::Int(x), Value::Int(y)) => {
                if let Some(r) = x.checked_add(y) {
                    return Ok(Value::Int(r));
                }
            }
            (BinOp::Sub, Value::Int(x), Value::Int(y)) => {
                if let Some(r) = x.checked_sub(y) {
                    return Ok(Value::Int(r));
                }
            }
            (BinOp::Mul, Value::Int(x), Value::Int(y)) => {
                if let Some(r) = x.checked_mul(y) {
                    return Ok(Value::Int(r));
                }
            }
            (BinOp::Mod, Value::Int(x), Value::Int(y)) if x >= 0 && y > 0 => {
                return Ok(Value::Int(x % y));
            }
            (BinOp::FloorDiv, Value::Int(x), Value::Int(y)) if x >= 0 && y > 0 => {
                return Ok(Value::Int(x / y));
            }
            (BinOp::And, Value::Int(x), Value::Int(y)) => return Ok(Value::Int(x & y)),
            (BinOp::Or, Value::Int(x), Value::Int(y)) => return Ok(Value::Int(x | y)),
            (BinOp::Xor, Value::Int(x), Value::Int(y)) => return Ok(Value::Int(x ^ y)),
            (BinOp::RShift, Value::Int(x), Value::Int(y)) if (0..64).contains(&y) => {
                return Ok(Value::Int(x >> y));
            }
            (BinOp::TrueDiv, Value::Float(x), Value::Float(y)) if y != 0.0 => {
                return Ok(Value::Float(x / y));
            }
            (BinOp::TrueDiv, Value::Int(x), Value::Int(y))
                if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) =>
            {
                return Ok(Value::Float(x as f64 / y as f64));
            }
            (BinOp::Add, Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
                return Ok(Value::Float(x + y as f64));
            }
            (BinOp::Add, Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
                return Ok(Value::Float(x as f64 + y));
            }
            (BinOp::Mul, Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
                return Ok(Value::Float(x * y as f64));
            }
            (BinOp::Mul, Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
                return Ok(Value::Float(x as f64 * y));
            }
            (BinOp::Add, Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x + y)),
            (BinOp::Sub, Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x - y)),
            (BinOp::Mul, Value::Float(x), Value::Float(y)) => return Ok(Value::Float(x * y)),
            // Two exact strs (no subclass can take part).
            (BinOp::Add, Value::Obj(_), Value::Obj(_))
                if self.heap.type_of(a) == TypeRef::Builtin(BuiltinType::Str)
                    && self.heap.type_of(b) == TypeRef::Builtin(BuiltinType::Str) =>
            {
                if let Some(r) = self.heap.str_concat(a, b) {
                    return Ok(r);
                }
            }
            _ => {}
        }
        if inplace {
            if let Some(f) = self.user_special(a, inplace_dunder) {
                let r = self.call_special(f, a, &[b])?;
                if r != Value::NotImplemented {
                    return Ok(r);
                }
            }
            if op == BinOp::Add {
                if let Some(r) = a.as_obj() {
                    if matches!(self.heap.payload(r), Payload::List(_)) {
                        let items = self.iterate(b)?;
                        if let Payload::List(l) = self.heap.payload_mut(r) {
                            l.extend(items);
                        }
                        self.heap.incref(a);
                        return Ok(a);
                    }
                }
            }
            if let Some(r) = self.inplace_builtin(op, a, b) {
                return r;
            }
        }
        let fa = self.user_special(a, dunder);
        // Operands of the same class never try the reflected method.
        let fb = if self.class_of(a) == self.class_of(b) {
            None
        } else {
            self.user_special(b, reflected)
        };
        if fa.is_none() && fb.is_none() {
            // `int | None`: `type.__or__`, which the lookup above leaves to
            // classes whose metaclass is written in Python.
            if op == BinOp::Or && (self.as_class_ref(a).is_some() || self.as_class_ref(b).is_some())
            {
                let r = crate::builtins::union_or(self, &[a, b], &[])?;
                if r != Value::NotImplemented {
                    return Ok(r);
                }
            }
            return arith::binary_op(self, op, a, b).map_err(|e| inplace_message(e, op, inplace));
        }
        let b_first = fb.is_some() && !self.class_of(a).eq(&self.class_of(b)) && {
            let (ca, cb) = (self.class_of(a), self.class_of(b));
            self.is_subclass(cb, ca)
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
        } else {
            match arith::binary_op(self, op, a, b) {
                Ok(v) => return Ok(v),
                Err(PyErr::Builtin {
                    kind: ExcKind::TypeError,
                    ..
                }) => {}
                Err(e) => return Err(e),
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
        let symbol = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            symbol,
            self.type_name(a),
            self.type_name(b)
        )))
    }

    pub(super) fn op_unary(&mut self, op: pyrite_compiler::bytecode::Opcode) -> PyResult<Flow> {
        use pyrite_compiler::bytecode::Opcode::*;
        let v = self.pop();
        let r = match op {
            UNARY_NOT => self.truthy(v).map(|t| Value::Bool(!t)),
            UNARY_NEGATIVE => self.unary_op(UnaryOp::Neg, "__neg__", v),
            UNARY_POSITIVE => self.unary_op(UnaryOp::Pos, "__pos__", v),
            _ => self.unary_op(UnaryOp::Invert, "__invert__", v),
        };
        self.heap.decref(v);
        self.push(r?);
        Ok(Flow::Next)
    }

    /// `-v`, `+v`, `~v`, `abs(v)`.
    pub(crate) fn unary_op(
        &mut self,
        op: UnaryOp,
        dunder: &'static str,
        v: Value,
    ) -> PyResult<Value> {
        if let Some(f) = self.user_special(v, dunder) {
            return self.call_special(f, v, &[]);
        }
        arith::unary_op(self, op, v)
    }

    /// `bool(v)`, with `__bool__` and `__len__` of user classes.
    pub(crate) fn truthy(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(b),
            Value::None => return Ok(false),
            Value::Int(i) => return Ok(i != 0),
            _ => {}
        }
        if let Some((dict, _)) = self.dict_view(v) {
            return Ok(self.view_len(dict) != 0);
        }
        if let Some(f) = self.user_special(v, "__bool__") {
            let r = self.call_special(f, v, &[])?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => {
                    let name = self.type_name(other);
                    self.heap.decref(other);
                    Err(PyErr::type_error(format!(
                        "__bool__ should return bool, returned {name}"
                    )))
                }
            };
        }
        if let Some(f) = self.user_special(v, "__len__") {
            let r = self.call_special(f, v, &[])?;
            let n = self.len_result(r)?;
            return Ok(n != 0);
        }
        Ok(ops::builtin_truth(&self.heap, v).unwrap_or(true))
    }

    /// Check the result of a `__len__` call.
    pub(crate) fn len_result(&mut self, r: Value) -> PyResult<usize> {
        let out = match r {
            Value::Int(n) if n >= 0 => Ok(n as usize),
            Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b as usize),
            // A big int, or an instance of a subclass of int.
            other => match pyrite_objects::types::int::Int::from_value(&self.heap, other) {
                Some(i) if i.is_negative() => {
                    Err(PyErr::value_error("__len__() should return >= 0"))
                }
                Some(i) => i.to_i64().map(|n| n as usize).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    )
                }),
                None => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(other)
                ))),
            },
        };
        self.heap.decref(r);
        out
    }

    pub(super) fn op_binary_subscr(&mut self) -> PyResult<Flow> {
        let index = self.pop();
        let container = self.pop();
        let r = self.getitem(container, index);
        self.heap.decref(container);
        self.heap.decref(index);
        self.push(r?);
        Ok(Flow::Next)
    }

    /// `container[index]`; an owned result.
    pub(crate) fn getitem(&mut self, container: Value, index: Value) -> PyResult<Value> {
        if let Some(item) = self.exact_sequence_item(container, index) {
            self.heap.incref(item);
            return Ok(item);
        }
        if let Some(f) = self.user_special(container, "__getitem__") {
            return self.call_special(f, container, &[index]);
        }
        if let Some(class) = self.as_class_ref(container) {
            let getter = self.lookup_type_str_classmeth(class, "__class_getitem__");
            if let Some(f) = getter {
                let r = self.call(f, &[index], &[]);
                self.heap.decref(f);
                return r;
            }
            return Err(PyErr::type_error(format!(
                "type '{}' is not subscriptable",
                self.class_name(class)
            )));
        }
        if let Some(d) = container.as_obj() {
            if matches!(self.heap.payload(d), Payload::Dict(_)) {
                let r = dict::subscript(self, d, index);
                if let Err(PyErr::KeyError(_)) = &r {
                    // A dict subclass's `__missing__` (defaultdict, Counter).
                    if let Some(f) = self.user_special(container, "__missing__") {
                        if let Err(e) = r {
                            self.drop_error(e);
                        }
                        return self.call_special(f, container, &[index]);
                    }
                }
                return r;
            }
        }
        if let Some(f) = self.user_special(index, "__index__") {
            let i = self.call_special(f, index, &[])?;
            let r = sequence::getitem(self, container, i);
            self.heap.decref(i);
            return r;
        }
        sequence::getitem(self, container, index)
    }

    /// The item of an exact `list` or `tuple` at an in-range `int` index
    /// (negative counting from the end), borrowed; `None` sends every
    /// other case, errors included, down the general path.
    fn exact_sequence_item(&self, container: Value, index: Value) -> Option<Value> {
        let Value::Int(i) = index else {
            return None;
        };
        let items = exact_sequence_items(&self.heap, container)?;
        let at = if i < 0 { i + items.len() as i64 } else { i };
        usize::try_from(at).ok().and_then(|at| items.get(at))
    }

    pub(super) fn op_store_subscr(&mut self) -> PyResult<Flow> {
        let index = self.pop();
        let container = self.pop();
        let v = self.pop();
        if let Some(old) = self.store_exact_list_item(container, index, v) {
            self.heap.decref(old);
            self.heap.decref(container);
            return Ok(Flow::Next);
        }
        let r = self.setitem(container, index, Some(v));
        self.heap.decref(index);
        self.heap.decref(container);
        self.heap.decref(v);
        r.map(|()| Flow::Next)
    }

    /// `list[i] = v` for an exact `list` and an in-range `int` index: the
    /// list takes `v`'s reference and the replaced item is returned (owned);
    /// `None` leaves everything to the general path.
    fn store_exact_list_item(&mut self, container: Value, index: Value, v: Value) -> Option<Value> {
        let (Value::Obj(r), Value::Int(i)) = (container, index) else {
            return None;
        };
        if !matches!(self.heap.type_of(container), TypeRef::Builtin(_)) {
            return None;
        }
        let Payload::List(items) = self.heap.payload_mut(r) else {
            return None;
        };
        let at = if i < 0 { i + items.len() as i64 } else { i };
        items.replace(usize::try_from(at).ok()?, v)
    }

    pub(super) fn op_delete_subscr(&mut self) -> PyResult<Flow> {
        let index = self.pop();
        let container = self.pop();
        let r = self.setitem(container, index, None);
        self.heap.decref(index);
        self.heap.decref(container);
        r.map(|()| Flow::Next)
    }

    /// `container[index] = v`, or `del container[index]` when `v` is None.
    pub(crate) fn setitem(
        &mut self,
        container: Value,
        index: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let dunder = if v.is_some() {
            "__setitem__"
        } else {
            "__delitem__"
        };
        if let Some(f) = self.user_special(container, dunder) {
            let r = match v {
                Some(v) => self.call_special(f, container, &[index, v])?,
                None => self.call_special(f, container, &[index])?,
            };
            self.heap.decref(r);
            return Ok(());
        }
        self.setitem_builtin(container, index, v)
    }

    /// The built-in types' own `__setitem__`/`__delitem__`.
    pub(crate) fn setitem_builtin(
        &mut self,
        container: Value,
        index: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let Some(r) = container.as_obj() else {
            return Err(self.no_item_assignment(container, v.is_some()));
        };
        match self.heap.payload(r) {
            Payload::Dict(_) => match v {
                Some(v) => dict::set_item(self, r, index, v),
                None => dict::del_item(self, r, index),
            },
            Payload::List(_) => self.list_setitem(r, index, v),
            Payload::ByteArray(_) => self.bytearray_setitem(r, index, v),
            _ => Err(self.no_item_assignment(container, v.is_some())),
        }
    }

    fn no_item_assignment(&self, container: Value, store: bool) -> PyErr {
        let name = self.type_name(container);
        if store {
            PyErr::type_error(format!("'{name}' object does not support item assignment"))
        } else {
            PyErr::type_error(format!("'{name}' object doesn't support item deletion"))
        }
    }

    fn list_setitem(
        &mut self,
        list: pyrite_objects::ObjRef,
        index: Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let len = self.heap.list_items(list).map_or(0, PyList::len);
        if let Some(s) = index
            .as_obj()
            .filter(|s| matches!(self.heap.payload(*s), Payload::Slice { .. }))
        {
            let (start, stop, step) = sequence::slice_indices(&self.heap, s, len)?;
            let new_items = match v {
                Some(v) => self.iterate(v)?,
                None => Vec::new(),
            };
            if step == 1 {
                let (lo, hi) = (start as usize, (stop.max(start)) as usize);
                let removed: Vec<Value> = match self.heap.payload_mut(list) {
                    Payload::List(l) => l.splice(lo..hi, new_items),
                    _ => new_items,
                };
                self.release(removed);
                return Ok(());
            }
            let positions: Vec<usize> = sequence::slice_positions(start, stop, step).collect();
            if v.is_none() {
                let mut sorted = positions;
                sorted.sort_unstable();
                let mut removed = Vec::new();
                if let Payload::List(l) = self.heap.payload_mut(list) {
                    removed.extend(sorted.into_iter().rev().filter_map(|i| l.remove(i)));
                }
                self.release(removed);
                return Ok(());
            }
            if new_items.len() != positions.len() {
                let (n, m) = (new_items.len(), positions.len());
                self.release(new_items);
                return Err(PyErr::value_error(format!(
                    "attempt to assign sequence of size {n} to extended slice of size {m}"
                )));
            }
            let mut old = Vec::new();
            if let Payload::List(l) = self.heap.payload_mut(list) {
                for (i, item) in positions.into_iter().zip(new_items) {
                    old.extend(l.replace(i, item));
                }
            }
            self.release(old);
            return Ok(());
        }
        let i = self.index_of(index, "list indices must be integers or slices, not")?;
        let k = if i < 0 { i + len as i64 } else { i };
        if k < 0 || k >= len as i64 {
            return Err(PyErr::index_error("list assignment index out of range"));
        }
        let old = match (self.heap.payload_mut(list), v) {
            (Payload::List(l), Some(v)) => l.replace(k as usize, v),
            (Payload::List(l), None) => l.remove(k as usize),
            _ => None,
        };
        if let Some(v) = v {
            self.heap.incref(v);
        }
        if let Some(old) = old {
            self.heap.decref(old);
        }
        Ok(())
    }

    /// An integer index (`__index__`), with `what` naming the container in
    /// the error (`"list indices must be integers or slices, not"`).
    pub(crate) fn index_of(&mut self, v: Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ => {
                if let Some(f) = self.user_special(v, "__index__") {
                    let r = self.call_special(f, v, &[])?;
                    return match r {
                        Value::Int(i) => Ok(i),
                        other => {
                            self.heap.decref(other);
                            Err(PyErr::type_error("__index__ returned non-int"))
                        }
                    };
                }
                Err(PyErr::type_error(format!("{what} {}", self.type_name(v))))
            }
        }
    }

    /// Every item of an iterable, as owned references.
    pub(crate) fn iterate(&mut self, v: Value) -> PyResult<Vec<Value>> {
        // A subclass of list or tuple may define `__iter__`.
        if let Some(r) = v.as_obj().filter(|_| !self.heap.is_subclass_instance(v)) {
            match self.heap.payload(r) {
                Payload::List(items) => {
                    let items = items.to_values();
                    for i in &items {
                        self.heap.incref(*i);
                    }
                    return Ok(items);
                }
                Payload::Tuple(items) => {
                    let items = items.to_vec();
                    for i in &items {
                        self.heap.incref(*i);
                    }
                    return Ok(items);
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        if let Some(items) = self.drain_generator(it) {
            self.heap.decref(it);
            return items;
        }
        let mut out = Vec::new();
        loop {
            match self.next(it) {
                Ok(Some(x)) => out.push(x),
                Ok(None) => break,
                Err(e) => {
                    self.heap.decref(it);
                    self.release(out);
                    return Err(e);
                }
            }
        }
        self.heap.decref(it);
        Ok(out)
    }
}

/// CPython names the in-place operator in its message (`+=`).
fn inplace_message(e: PyErr, op: BinOp, inplace: bool) -> PyErr {
    match e {
        PyErr::Builtin {
            kind: ExcKind::TypeError,
            message,
        } if inplace => {
            let from = format!("for {}:", op.symbol());
            let to = format!("for {}=:", op.symbol());
            PyErr::Builtin {
                kind: ExcKind::TypeError,
                message: message.replacen(&from, &to, 1),
            }
        }
        e => e,
    }
}

/// The items of an exact `list` or `tuple` (not a subclass's instance,
/// which may override the protocols), borrowed.
pub(super) fn exact_sequence_items(heap: &Heap, v: Value) -> Option<Items<'_>> {
    if !matches!(heap.type_of(v), TypeRef::Builtin(_)) {
        return None;
    }
    sequence::items_of(heap, v)
}
