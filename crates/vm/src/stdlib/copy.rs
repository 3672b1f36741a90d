//! The `_copy` module: `deepcopy(x, memo, other, dispatch_table)`, the
//! inner loop of `copy.deepcopy` for the values it meets most: atoms,
//! exact lists, dicts and tuples, and instances of classes that keep
//! `object`'s way of being copied (a new instance from `cls.__new__`,
//! then a deep copy of the `__dict__`). Every other value goes to
//! `other(x, memo)`, the rest of the Python `deepcopy`.
//!
//! Invariants:
//! - The memo ends up as the Python `deepcopy` leaves it: `id(x) -> copy`
//!   for each copied object, and under `id(memo)` the list of originals
//!   kept alive, in the same order, so a `__deepcopy__` method that
//!   reads it sees what CPython shows it.
//! - A list's or dict's items are read one at a time and held while they
//!   are copied, since copying may run code that changes the container.

use num_bigint::BigInt;
use pyrite_objects::types::{dict, list};
use pyrite_objects::{BuiltinType, ObjRef, Payload, PyErr, PyResult, TypeRef, Value};

use crate::builtins::define;
use crate::interpreter::Interpreter;

/// The `_copy` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_copy", |interp, dict| {
        define(interp, dict, "deepcopy", copy_deepcopy);
        Ok(())
    })
}

/// The special methods whose presence on a class means its instances
/// are not copied by `object`'s default reduction.
const COPY_HOOKS: &[&str] = &[
    "__deepcopy__",
    "__reduce_ex__",
    "__reduce__",
    "__getnewargs_ex__",
    "__getnewargs__",
    "__getstate__",
    "__setstate__",
    "__slots__",
    "__slotnames__",
];

/// One `deepcopy` call's view of its arguments (all borrowed).
struct Copier {
    memo: ObjRef,
    other: Value,
    dispatch_table: ObjRef,
}

/// `deepcopy(x, memo, other, dispatch_table)`.
fn copy_deepcopy(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (&[x, memo, other, table], []) = (args, kwnames) else {
        return Err(PyErr::type_error("deepcopy() takes exactly 4 arguments"));
    };
    let dict_ref = |interp: &Interpreter, v: Value| match v.as_obj() {
        Some(r) if matches!(interp.heap.payload(r), Payload::Dict(_)) => Some(r),
        _ => None,
    };
    let (Some(memo), Some(dispatch_table)) = (dict_ref(interp, memo), dict_ref(interp, table))
    else {
        return Err(PyErr::type_error(
            "deepcopy() needs a memo dict and a dispatch table",
        ));
    };
    Copier {
        memo,
        other,
        dispatch_table,
    }
    .deepcopy(interp, x)
}

/// The attribute `name` of `obj` (a new reference).
fn attr(interp: &mut Interpreter, obj: Value, name: &str) -> PyResult<Value> {
    let key = interp.intern(name);
    let r = interp.get_attr(obj, key);
    interp.heap.decref(key);
    r
}

/// Calls the method `name` of `obj` with `args`, dropping the result.
fn call_method(interp: &mut Interpreter, obj: Value, name: &str, args: &[Value]) -> PyResult<()> {
    let method = attr(interp, obj, name)?;
    let r = interp.call(method, args, &[]);
    interp.heap.decref(method);
    interp.heap.decref(r?);
    Ok(())
}

/// `id(v)` as an int value.
fn id_of(interp: &mut Interpreter, v: Value) -> Value {
    let id = interp.heap.id(v);
    match i64::try_from(id) {
        Ok(small) => Value::Int(small),
        Err(_) => pyrite_objects::types::int::Int::from_bigint(BigInt::from(id))
            .into_value(&mut interp.heap),
    }
}

impl Copier {
    /// A deep copy of `x` (a new reference).
    fn deepcopy(&self, interp: &mut Interpreter, x: Value) -> PyResult<Value> {
        let Some(r) = x.as_obj() else {
            return Ok(x);
        };
        let key = id_of(interp, x);
        let found = dict::get_item(interp, self.memo, key);
        let result = match found {
            Ok(Some(y)) => Ok(y),
            Ok(None) => self.copy_new(interp, x, r, key),
            Err(e) => Err(e),
        };
        interp.heap.decref(key);
        result
    }

    fn copy_new(
        &self,
        interp: &mut Interpreter,
        x: Value,
        r: ObjRef,
        key: Value,
    ) -> PyResult<Value> {
        let y = match interp.heap.type_of(x) {
            TypeRef::Builtin(
                BuiltinType::Int | BuiltinType::Str | BuiltinType::Bytes | BuiltinType::Complex,
            ) => {
                interp.heap.incref(x);
                return Ok(x);
            }
            TypeRef::Builtin(BuiltinType::List) => {
                self.nested(interp, |c, i| c.copy_list(i, r, key))?
            }
            TypeRef::Builtin(BuiltinType::Dict) => {
                self.nested(interp, |c, i| c.copy_dict(i, r, key))?
            }
            TypeRef::Builtin(BuiltinType::Tuple) => {
                self.nested(interp, |c, i| c.copy_tuple(i, x, r, key))?
            }
            TypeRef::Heap(class) if self.plain_instance(interp, x, class)? => {
                self.nested(interp, |c, i| c.copy_instance(i, x, class, key))?
            }
            _ => return interp.call(self.other, &[x, Value::Obj(self.memo)], &[]),
        };
        if y != x {
            if let Err(e) = self.remember(interp, x, key, y) {
                interp.heap.decref(y);
                return Err(e);
            }
        }
        Ok(y)
    }

    fn nested(
        &self,
        interp: &mut Interpreter,
        f: impl FnOnce(&Copier, &mut Interpreter) -> PyResult<Value>,
    ) -> PyResult<Value> {
        interp.enter_recursive_call("")?;
        let r = f(self, interp);
        interp.depth -= 1;
        r
    }

    /// `memo[id(x)] = y`, and `x` added to the originals kept alive.
    fn remember(&self, interp: &mut Interpreter, x: Value, key: Value, y: Value) -> PyResult<()> {
        dict::set_item(interp, self.memo, key, y)?;
        let memo_key = id_of(interp, Value::Obj(self.memo));
        let kept = dict::get_item(interp, self.memo, memo_key);
        let result = match kept {
            Ok(Some(kept)) => {
                let r = match kept.as_obj() {
                    Some(k) if matches!(interp.heap.payload(k), Payload::List(_)) => {
                        list::append(&mut interp.heap, k, x)
                    }
                    _ => call_method(interp, kept, "append", &[x]),
                };
                interp.heap.decref(kept);
                r
            }
            Ok(None) => {
                interp.heap.incref(x);
                let fresh = interp.heap.new_list(vec![x]);
                let r = dict::set_item(interp, self.memo, memo_key, fresh);
                interp.heap.decref(fresh);
                r
            }
            Err(e) => Err(e),
        };
        interp.heap.decref(memo_key);
        result
    }

    fn copy_list(&self, interp: &mut Interpreter, r: ObjRef, key: Value) -> PyResult<Value> {
        let y = interp.heap.new_list(Vec::new());
        if let Err(e) = dict::set_item(interp, self.memo, key, y) {
            interp.heap.decref(y);
            return Err(e);
        }
        let mut i = 0;
        loop {
            let item = interp.heap.list_items(r).and_then(|items| items.get(i));
            let Some(item) = item else {
                return Ok(y);
            };
            interp.heap.incref(item);
            let copied = self.deepcopy(interp, item);
            interp.heap.decref(item);
            let copied = match copied {
                Ok(c) => c,
                Err(e) => {
                    interp.heap.decref(y);
                    return Err(e);
                }
            };
            if let Some(y_ref) = y.as_obj() {
                let _ = list::append(&mut interp.heap, y_ref, copied);
            }
            interp.heap.decref(copied);
            i += 1;
        }
    }

    fn copy_dict(&self, interp: &mut Interpreter, r: ObjRef, key: Value) -> PyResult<Value> {
        let y = interp.heap.new_dict();
        if let Err(e) = dict::set_item(interp, self.memo, key, y) {
            interp.heap.decref(y);
            return Err(e);
        }
        match self.copy_entries(interp, r, y) {
            Ok(()) => Ok(y),
            Err(e) => {
                interp.heap.decref(y);
                Err(e)
            }
        }
    }

    /// `target[deepcopy(k)] = deepcopy(v)` for each entry of the dict `r`.
    fn copy_entries(&self, interp: &mut Interpreter, r: ObjRef, target: Value) -> PyResult<()> {
        let Some(target) = target.as_obj() else {
            return Ok(());
        };
        let size = match interp.heap.payload(r) {
            Payload::Dict(t) => t.len(),
            _ => 0,
        };
        let mut pos = 0;
        loop {
            let entry = match interp.heap.payload(r) {
                Payload::Dict(t) => {
                    let mut found = None;
                    while pos < t.positions() {
                        let at = pos;
                        pos += 1;
                        if let Some(e) = t.entry(at) {
                            found = Some((e.key, e.value));
                            break;
                        }
                    }
                    found
                }
                _ => None,
            };
            let Some((k, v)) = entry else {
                return Ok(());
            };
            interp.heap.incref(k);
            interp.heap.incref(v);
            let copied = self
                .deepcopy(interp, k)
                .and_then(|ck| match self.deepcopy(interp, v) {
                    Ok(cv) => Ok((ck, cv)),
                    Err(e) => {
                        interp.heap.decref(ck);
                        Err(e)
                    }
                });
            interp.heap.decref(k);
            interp.heap.decref(v);
            let (ck, cv) = copied?;
            let set = dict::set_item(interp, target, ck, cv);
            interp.heap.decref(ck);
            interp.heap.decref(cv);
            set?;
            let now = match interp.heap.payload(r) {
                Payload::Dict(t) => t.len(),
                _ => 0,
            };
            if now != size {
                return Err(PyErr::new(
                    pyrite_objects::ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
        }
    }

    fn copy_tuple(
        &self,
        interp: &mut Interpreter,
        x: Value,
        r: ObjRef,
        key: Value,
    ) -> PyResult<Value> {
        let items = match interp.heap.payload(r) {
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        };
        let mut copies = Vec::with_capacity(items.len());
        for item in &items {
            match self.deepcopy(interp, *item) {
                Ok(c) => copies.push(c),
                Err(e) => {
                    for c in copies {
                        interp.heap.decref(c);
                    }
                    return Err(e);
                }
            }
        }
        // A tuple inside one of its own items was copied while they were.
        let again = match dict::get_item(interp, self.memo, key) {
            Ok(found) => found,
            Err(e) => {
                for c in copies {
                    interp.heap.decref(c);
                }
                return Err(e);
            }
        };
        if let Some(y) = again {
            for c in copies {
                interp.heap.decref(c);
            }
            return Ok(y);
        }
        if copies.iter().zip(&items).all(|(c, i)| c == i) {
            for c in copies {
                interp.heap.decref(c);
            }
            interp.heap.incref(x);
            return Ok(x);
        }
        Ok(interp.heap.new_tuple(copies))
    }

    /// Whether `x` is copied as `object` copies it: an instance with a
    /// `__dict__` of a class made by `class` statements alone, with no
    /// hook of its own and no entry in copyreg's dispatch table.
    fn plain_instance(&self, interp: &mut Interpreter, x: Value, class: ObjRef) -> PyResult<bool> {
        let has_dict = matches!(
            x.as_obj().map(|r| interp.heap.payload(r)),
            Some(Payload::Instance { dict }) if *dict != Value::None
        );
        if !has_dict || !crate::stdlib::pickle::reduce::made_by_class_statements(interp, class) {
            return Ok(false);
        }
        if COPY_HOOKS
            .iter()
            .any(|name| interp.user_special(x, name).is_some())
        {
            return Ok(false);
        }
        let entry = dict::get_item(interp, self.dispatch_table, Value::Obj(class))?;
        if let Some(entry) = entry {
            interp.heap.decref(entry);
            return Ok(false);
        }
        Ok(true)
    }

    /// `cls.__new__(cls)`, registered in the memo, then its `__dict__`
    /// updated from a deep copy of `x`'s.
    fn copy_instance(
        &self,
        interp: &mut Interpreter,
        x: Value,
        class: ObjRef,
        key: Value,
    ) -> PyResult<Value> {
        let cls = Value::Obj(class);
        let new = attr(interp, cls, "__new__")?;
        let y = interp.call(new, &[cls], &[]);
        interp.heap.decref(new);
        let y = y?;
        if let Err(e) = dict::set_item(interp, self.memo, key, y) {
            interp.heap.decref(y);
            return Err(e);
        }
        let state = match x.as_obj().map(|r| interp.heap.payload(r)) {
            Some(Payload::Instance { dict }) => *dict,
            _ => Value::None,
        };
        let empty = match state.as_obj().map(|d| interp.heap.payload(d)) {
            Some(Payload::Dict(t)) => t.is_empty(),
            _ => true,
        };
        if empty {
            return Ok(y);
        }
        interp.heap.incref(state);
        let copied = self.deepcopy(interp, state);
        interp.heap.decref(state);
        let copied = match copied {
            Ok(c) => c,
            Err(e) => {
                interp.heap.decref(y);
                return Err(e);
            }
        };
        let r = match (interp.instance_dict(y), copied.as_obj()) {
            (Some(target), Some(source)) => self.update_from(interp, target, source),
            _ => Ok(()),
        };
        interp.heap.decref(copied);
        match r {
            Ok(()) => Ok(y),
            Err(e) => {
                interp.heap.decref(y);
                Err(e)
            }
        }
    }

    /// `target.update(source)` for two dicts.
    fn update_from(&self, interp: &mut Interpreter, target: Value, source: ObjRef) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = match interp.heap.payload(source) {
            Payload::Dict(t) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        let Some(target) = target.as_obj() else {
            return Ok(());
        };
        for (k, v) in entries {
            dict::set_item(interp, target, k, v)?;
        }
        Ok(())
    }
}
