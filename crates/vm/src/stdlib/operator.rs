//! The `operator` module: Python's operators as functions (`add`, `lt`,
//! `getitem`, `iadd`, …, each also under its dunder name, the very same
//! object), `index`, `length_hint`, `call`, and the callable classes
//! `itemgetter`, `attrgetter` and `methodcaller` (in `operator/getters.rs`).
//!
//! Invariants:
//! - Each function does exactly what the operator does in the evaluation
//!   loop (it calls the same `binary_op`, `rich_compare`, `getitem`, …),
//!   so the two can never disagree.
//! - Argument errors carry CPython's `_operator` wording.

use pyrite_objects::ops::arith::UnaryOp;
use pyrite_objects::types::interp::{InterpObject, IterState};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

mod getters;

/// `operator.NAME(a, b)`'s arguments.
fn two(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<[Value; 2]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    match args {
        [a, b] => Ok([*a, *b]),
        _ => Err(PyErr::type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// `operator.NAME(a)`'s argument.
fn one(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    match args {
        [a] => Ok(*a),
        _ => Err(PyErr::type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// Defines `fn $f(interp, args, kwnames)` as `a <op> b` for `BINARY_OP`'s
/// operator number `$index` (13 and up: the in-place forms).
macro_rules! binary_functions {
    ($(($f:ident, $name:literal, $index:expr)),* $(,)?) => {
        $(
            fn $f(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
                let [a, b] = two($name, args, kwnames)?;
                interp.binary_op($index, a, b)
            }
        )*
    };
}

binary_functions!(
    (op_add, "add", 0),
    (op_and, "and_", 1),
    (op_floordiv, "floordiv", 2),
    (op_lshift, "lshift", 3),
    (op_matmul, "matmul", 4),
    (op_mul, "mul", 5),
    (op_mod, "mod", 6),
    (op_or, "or_", 7),
    (op_pow, "pow", 8),
    (op_rshift, "rshift", 9),
    (op_sub, "sub", 10),
    (op_truediv, "truediv", 11),
    (op_xor, "xor", 12),
    (op_iadd, "iadd", 13),
    (op_iand, "iand", 14),
    (op_ifloordiv, "ifloordiv", 15),
    (op_ilshift, "ilshift", 16),
    (op_imatmul, "imatmul", 17),
    (op_imul, "imul", 18),
    (op_imod, "imod", 19),
    (op_ior, "ior", 20),
    (op_ipow, "ipow", 21),
    (op_irshift, "irshift", 22),
    (op_isub, "isub", 23),
    (op_itruediv, "itruediv", 24),
    (op_ixor, "ixor", 25),
);

/// Defines `fn $f` as the rich comparison number `$op` (`<` is 0 … `>=`
/// is 5, as `COMPARE_OP` numbers them).
macro_rules! compare_functions {
    ($(($f:ident, $name:literal, $op:expr)),* $(,)?) => {
        $(
            fn $f(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
                let [a, b] = two($name, args, kwnames)?;
                interp.rich_compare(a, b, $op)
            }
        )*
    };
}

compare_functions!(
    (op_lt, "lt", 0),
    (op_le, "le", 1),
    (op_eq, "eq", 2),
    (op_ne, "ne", 3),
    (op_gt, "gt", 4),
    (op_ge, "ge", 5),
);

fn op_neg(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("neg", args, kwnames)?;
    interp.unary_op(UnaryOp::Neg, "__neg__", v)
}

fn op_pos(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("pos", args, kwnames)?;
    interp.unary_op(UnaryOp::Pos, "__pos__", v)
}

fn op_invert(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("invert", args, kwnames)?;
    interp.unary_op(UnaryOp::Invert, "__invert__", v)
}

fn op_inv(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("inv", args, kwnames)?;
    interp.unary_op(UnaryOp::Invert, "__invert__", v)
}

fn op_abs(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("abs", args, kwnames)?;
    interp.unary_op(UnaryOp::Abs, "__abs__", v)
}

fn op_not(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("not_", args, kwnames)?;
    Ok(Value::Bool(!interp.truthy(v)?))
}

fn op_truth(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("truth", args, kwnames)?;
    Ok(Value::Bool(interp.truthy(v)?))
}

fn op_is(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let _ = interp;
    let [a, b] = two("is_", args, kwnames)?;
    Ok(Value::Bool(a.is(b)))
}

fn op_is_not(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let _ = interp;
    let [a, b] = two("is_not", args, kwnames)?;
    Ok(Value::Bool(!a.is(b)))
}

/// `operator.index(a)`: `a.__index__()`, ints as they are.
fn op_index(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one("index", args, kwnames)?;
    let i = super::math::to_int(interp, v)?;
    Ok(i.into_value(&mut interp.heap))
}

/// Whether `v` supports the sequence protocol for `concat` (CPython's
/// `PySequence_Check`: a `__getitem__` that is not a dict's).
fn is_sequence(interp: &mut Interpreter, v: Value) -> bool {
    match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. },
        ) => true,
        Some(Payload::Dict(_)) => false,
        _ => interp.user_special(v, "__getitem__").is_some(),
    }
}

fn op_concat(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two("concat", args, kwnames)?;
    if !is_sequence(interp, a) {
        return Err(PyErr::type_error(format!(
            "'{}' object can't be concatenated",
            interp.type_name(a)
        )));
    }
    interp.binary_op(0, a, b)
}

fn op_iconcat(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two("iconcat", args, kwnames)?;
    if !is_sequence(interp, a) {
        return Err(PyErr::type_error(format!(
            "'{}' object can't be concatenated",
            interp.type_name(a)
        )));
    }
    interp.binary_op(13, a, b)
}

fn op_contains(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two("contains", args, kwnames)?;
    Ok(Value::Bool(interp.contains(a, b)?))
}

/// The positions of `b` in the iterable `a` (by identity or equality),
/// stopping at the first when `first_only`.
fn positions(
    interp: &mut Interpreter,
    a: Value,
    b: Value,
    first_only: bool,
) -> PyResult<Vec<usize>> {
    if !interp.is_iterable(a) {
        return Err(PyErr::type_error(format!(
            "argument of type '{}' is not iterable",
            interp.type_name(a)
        )));
    }
    let it = interp.get_iter(a)?;
    let mut found = Vec::new();
    let mut i = 0;
    loop {
        let item = match interp.next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break,
            Err(e) => {
                interp.heap.decref(it);
                return Err(e);
            }
        };
        let same = if item.is(b) {
            Ok(true)
        } else {
            interp.equal(item, b)
        };
        interp.heap.decref(item);
        match same {
            Ok(true) => {
                found.push(i);
                if first_only {
                    break;
                }
            }
            Ok(false) => {}
            Err(e) => {
                interp.heap.decref(it);
                return Err(e);
            }
        }
        i += 1;
    }
    interp.heap.decref(it);
    Ok(found)
}

fn op_count_of(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two("countOf", args, kwnames)?;
    Ok(Value::Int(positions(interp, a, b, false)?.len() as i64))
}

fn op_index_of(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two("indexOf", args, kwnames)?;
    match positions(interp, a, b, true)?.first() {
        Some(i) => Ok(Value::Int(*i as i64)),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn op_getitem(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two("getitem", args, kwnames)?;
    interp.getitem(a, b)
}

fn op_setitem(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(
            "_operator.setitem() takes no keyword arguments",
        ));
    }
    let [a, b, c] = args else {
        return Err(PyErr::type_error(format!(
            "setitem expected 3 arguments, got {}",
            args.len()
        )));
    };
    interp.setitem(*a, *b, Some(*c))?;
    Ok(Value::None)
}

fn op_delitem(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [a, b] = two("delitem", args, kwnames)?;
    interp.setitem(a, b, None)?;
    Ok(Value::None)
}

/// What a built-in iterator can still produce, if it knows.
fn builtin_iterator_hint(interp: &mut Interpreter, v: Value) -> Option<PyResult<i64>> {
    let r = v.as_obj()?;
    let (seq, index) = match interp.heap.payload(r) {
        Payload::Interp(o) => match &**o {
            InterpObject::Iterator(IterState::Seq { seq, index }) => (*seq, *index),
            InterpObject::Iterator(IterState::Range { remaining, .. }) => {
                return Some(Ok(*remaining as i64));
            }
            InterpObject::Iterator(IterState::Items { rest }) => {
                return Some(Ok(rest.len() as i64));
            }
            InterpObject::Iterator(IterState::LongRange { .. }) => {
                let left = interp.long_range_left(r)?;
                let n = pyrite_objects::types::int::Int::from_value(&interp.heap, left)
                    .and_then(|n| n.to_i64());
                interp.heap.decref(left);
                return Some(n.ok_or_else(|| {
                    PyErr::overflow("Python int too large to convert to C ssize_t")
                }));
            }
            _ => return None,
        },
        _ => return None,
    };
    Some(interp.len(seq).map(|n| n.saturating_sub(index) as i64))
}

/// `operator.length_hint(obj, default=0)`: `len(obj)`, else
/// `obj.__length_hint__()`, else `default`.
fn op_length_hint(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(
            "length_hint() takes no keyword arguments",
        ));
    }
    let (obj, default) = match args {
        [obj] => (*obj, 0),
        [obj, default] => {
            let d = super::math::to_int(interp, *default)?;
            let d = d
                .to_i64()
                .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))?;
            (*obj, d)
        }
        _ => {
            return Err(PyErr::type_error(if args.is_empty() {
                "length_hint expected at least 1 argument, got 0".to_string()
            } else {
                format!(
                    "length_hint expected at most 2 arguments, got {}",
                    args.len()
                )
            }));
        }
    };
    match interp.len(obj) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) => {
            let has_len = interp.user_special(obj, "__len__").is_some();
            if has_len || !interp.error_is(&e, ExcKind::TypeError) {
                return Err(e);
            }
            interp.drop_error(e);
        }
    }
    if let Some(hint) = builtin_iterator_hint(interp, obj) {
        return hint.map(Value::Int);
    }
    let Some(f) = interp.user_special(obj, "__length_hint__") else {
        return Ok(Value::Int(default));
    };
    let r = match interp.call_special(f, obj, &[]) {
        Ok(r) => r,
        Err(e) if interp.error_is(&e, ExcKind::TypeError) => {
            interp.drop_error(e);
            return Ok(Value::Int(default));
        }
        Err(e) => return Err(e),
    };
    match r {
        Value::NotImplemented => Ok(Value::Int(default)),
        Value::Int(n) if n < 0 => Err(PyErr::value_error("__length_hint__() should return >= 0")),
        Value::Int(n) => Ok(Value::Int(n)),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        other => {
            let name = interp.type_name(other);
            interp.heap.decref(other);
            Err(PyErr::type_error(format!(
                "__length_hint__ must be an integer, not {name}"
            )))
        }
    }
}

/// `operator.call(obj, /, *args, **kwargs)`.
fn op_call(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len().min(args.len());
    if npos == 0 {
        return Err(PyErr::type_error(
            "call expected at least 1 argument, got 0",
        ));
    }
    interp.call(args[0], &args[1..], kwnames)
}

/// The functions, by name; each is also defined under `__NAME__` (with
/// any trailing `_` dropped) except those CPython leaves without one.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("lt", op_lt),
    ("le", op_le),
    ("eq", op_eq),
    ("ne", op_ne),
    ("ge", op_ge),
    ("gt", op_gt),
    ("not_", op_not),
    ("truth", op_truth),
    ("is_", op_is),
    ("is_not", op_is_not),
    ("abs", op_abs),
    ("add", op_add),
    ("and_", op_and),
    ("floordiv", op_floordiv),
    ("index", op_index),
    ("inv", op_inv),
    ("invert", op_invert),
    ("lshift", op_lshift),
    ("mod", op_mod),
    ("mul", op_mul),
    ("matmul", op_matmul),
    ("neg", op_neg),
    ("or_", op_or),
    ("pos", op_pos),
    ("pow", op_pow),
    ("rshift", op_rshift),
    ("sub", op_sub),
    ("truediv", op_truediv),
    ("xor", op_xor),
    ("concat", op_concat),
    ("contains", op_contains),
    ("countOf", op_count_of),
    ("delitem", op_delitem),
    ("getitem", op_getitem),
    ("indexOf", op_index_of),
    ("setitem", op_setitem),
    ("length_hint", op_length_hint),
    ("call", op_call),
    ("iadd", op_iadd),
    ("iand", op_iand),
    ("iconcat", op_iconcat),
    ("ifloordiv", op_ifloordiv),
    ("ilshift", op_ilshift),
    ("imod", op_imod),
    ("imul", op_imul),
    ("imatmul", op_imatmul),
    ("ior", op_ior),
    ("ipow", op_ipow),
    ("irshift", op_irshift),
    ("isub", op_isub),
    ("itruediv", op_itruediv),
    ("ixor", op_ixor),
];

/// The functions without a dunder alias in CPython's `operator`.
const NO_DUNDER: &[&str] = &[
    "truth",
    "is_",
    "is_not",
    "countOf",
    "indexOf",
    "length_hint",
];

/// The `operator` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "operator", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        getters::install(interp, dict);
        let mut all: Vec<&str> = FUNCTIONS
            .iter()
            .map(|(n, _)| *n)
            .chain(["attrgetter", "itemgetter", "methodcaller"])
            .collect();
        all.sort_unstable();
        let names = all.iter().map(|n| interp.heap.new_str(*n)).collect();
        let list = interp.heap.new_list(names);
        interp.dict_set_str(dict, "__all__", list);
        interp.heap.decref(list);
        for (name, _) in FUNCTIONS {
            if NO_DUNDER.contains(name) {
                continue;
            }
            let dunder = format!("__{}__", name.trim_end_matches('_'));
            if let Some(f) = interp.dict_get_str(dict, name) {
                interp.dict_set_str(dict, &dunder, f);
                interp.heap.decref(f);
            }
        }
        Ok(())
    })
}
