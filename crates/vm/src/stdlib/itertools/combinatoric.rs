//! `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`: each reads its input into a tuple
//! (the pool) when made, then produces tuples in lexicographic order of
//! positions in the pool, one per `__next__`.
//!
//! Fields: `_pools` (product: a tuple of pools) or `_pool`; `_r`;
//! `_indices`, the positions of the last result (a list; `None` before
//! the first); `_cycles` (permutations' counters, as in CPython's
//! algorithm); `_done`.

use pyrite_objects::{Payload, PyErr, PyResult, Value};

use super::{ClassSpec, flag, int_items, int_list, keyword_args, ssize, stop};
use crate::interpreter::Interpreter;
use crate::stdlib::native_class::{field, new_instance, put_field, receiver, set_field};

pub(super) const CLASSES: &[ClassSpec] = &[
    ("product", product_new, &[("__next__", product_next)]),
    (
        "permutations",
        permutations_new,
        &[("__next__", permutations_next)],
    ),
    (
        "combinations",
        combinations_new,
        &[("__next__", combinations_next)],
    ),
    (
        "combinations_with_replacement",
        combinations_with_replacement_new,
        &[("__next__", combinations_with_replacement_next)],
    ),
];

/// `tuple(iterable)` (a new reference).
fn pool_of(interp: &mut Interpreter, iterable: Value) -> PyResult<Value> {
    let items = interp.iterate(iterable)?;
    Ok(interp.heap.new_tuple(items))
}

/// The items of a tuple, borrowed.
fn items_of(interp: &Interpreter, tuple: Value) -> Vec<Value> {
    match tuple.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// The tuple of `pool[i]` for each position (a new reference).
fn pick(interp: &mut Interpreter, pool: &[Value], positions: &[i64]) -> Value {
    let items: Vec<Value> = positions
        .iter()
        .filter_map(|i| pool.get(*i as usize).copied())
        .collect();
    for v in &items {
        interp.heap.incref(*v);
    }
    interp.heap.new_tuple(items)
}

/// Marks the iterator finished and raises the end.
fn finish(interp: &mut Interpreter, me: Value) -> PyErr {
    set_field(interp, me, "_done", Value::Bool(true));
    stop(interp)
}

fn product_new(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let npos = rest.len() - kwnames.len().min(rest.len());
    let mut repeat = 1;
    for (k, v) in kwnames.iter().zip(&rest[npos..]) {
        let key = interp.heap.str_of(*k).unwrap_or("").to_string();
        if key != "repeat" {
            return Err(PyErr::type_error(format!(
                "'{key}' is an invalid keyword argument for product()"
            )));
        }
        repeat = ssize(interp, *v)?;
    }
    if repeat < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(npos);
    for iterable in &rest[..npos] {
        match pool_of(interp, *iterable) {
            Ok(p) => pools.push(p),
            Err(e) => {
                interp.release(pools);
                return Err(e);
            }
        }
    }
    let mut all = Vec::with_capacity(pools.len() * repeat as usize);
    for _ in 0..repeat {
        for p in &pools {
            interp.heap.incref(*p);
            all.push(*p);
        }
    }
    interp.release(pools);
    let pools = interp.heap.new_tuple(all);
    let obj = new_instance(
        interp,
        cls,
        &[
            ("_pools", pools),
            ("_indices", Value::None),
            ("_done", Value::Bool(false)),
        ],
    );
    interp.heap.decref(pools);
    Ok(obj)
}

fn product_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    if flag(field(interp, me, "_done")?) {
        return Err(stop(interp));
    }
    let pools: Vec<Vec<Value>> = {
        let pools = field(interp, me, "_pools")?;
        items_of(interp, pools)
            .into_iter()
            .map(|p| items_of(interp, p))
            .collect()
    };
    let indices = field(interp, me, "_indices")?;
    let positions = if indices == Value::None {
        if pools.iter().any(Vec::is_empty) {
            return Err(finish(interp, me));
        }
        vec![0; pools.len()]
    } else {
        let mut positions = int_items(interp, indices);
        // The rightmost position that can move on moves; those after it
        // go back to the start of their pools.
        let mut i = positions.len();
        loop {
            if i == 0 {
                return Err(finish(interp, me));
            }
            i -= 1;
            positions[i] += 1;
            if (positions[i] as usize) < pools[i].len() {
                break;
            }
            positions[i] = 0;
        }
        positions
    };
    let items: Vec<Value> = pools
        .iter()
        .zip(&positions)
        .map(|(pool, i)| pool[*i as usize])
        .collect();
    for v in &items {
        interp.heap.incref(*v);
    }
    let result = interp.heap.new_tuple(items);
    let list = int_list(interp, &positions);
    put_field(interp, me, "_indices", list);
    Ok(result)
}

/// `(pool, r)` of permutations and the combinations: `r` is required
/// unless `r_default` allows `None` (the pool's length).
fn pool_and_r(
    interp: &mut Interpreter,
    func: &str,
    rest: &[Value],
    kwnames: &[Value],
    r_required: bool,
) -> PyResult<(Value, i64)> {
    let bound = keyword_args(
        interp,
        func,
        rest,
        kwnames,
        &["iterable", "r"],
        if r_required { 2 } else { 1 },
    )?;
    let pool = pool_of(interp, bound[0].unwrap_or(Value::None))?;
    let r = match bound[1] {
        None | Some(Value::None) if !r_required => Ok(items_of(interp, pool).len() as i64),
        Some(v) if !r_required && !matches!(v, Value::Int(_) | Value::Bool(_)) => {
            match interp.user_special(v, "__index__") {
                Some(_) => ssize(interp, v),
                None => Err(PyErr::type_error("Expected int as r")),
            }
        }
        Some(v) => ssize(interp, v),
        None => Ok(0),
    };
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            interp.heap.decref(pool);
            return Err(e);
        }
    };
    if r < 0 {
        interp.heap.decref(pool);
        return Err(PyErr::value_error("r must be non-negative"));
    }
    Ok((pool, r))
}

fn new_selection(interp: &mut Interpreter, cls: Value, pool: Value, r: i64) -> Value {
    let obj = new_instance(
        interp,
        cls,
        &[
            ("_pool", pool),
            ("_r", Value::Int(r)),
            ("_indices", Value::None),
            ("_cycles", Value::None),
            ("_done", Value::Bool(false)),
        ],
    );
    interp.heap.decref(pool);
    obj
}

fn permutations_new(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let (pool, r) = pool_and_r(interp, "permutations", rest, kwnames, false)?;
    Ok(new_selection(interp, cls, pool, r))
}

/// The pool, `r` and last positions of a selection iterator, or `None`
/// when it has finished.
fn selection_state(
    interp: &mut Interpreter,
    me: Value,
) -> PyResult<Option<(Vec<Value>, usize, Value)>> {
    if flag(field(interp, me, "_done")?) {
        return Ok(None);
    }
    let pool = field(interp, me, "_pool")?;
    let pool = items_of(interp, pool);
    let r = match field(interp, me, "_r")? {
        Value::Int(r) => r.max(0) as usize,
        _ => 0,
    };
    let indices = field(interp, me, "_indices")?;
    Ok(Some((pool, r, indices)))
}

fn permutations_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let Some((pool, r, indices)) = selection_state(interp, me)? else {
        return Err(stop(interp));
    };
    let n = pool.len();
    if r > n {
        return Err(finish(interp, me));
    }
    let (positions, cycles) = if indices == Value::None {
        let positions: Vec<i64> = (0..n as i64).collect();
        let cycles: Vec<i64> = (0..r as i64).map(|i| n as i64 - i).collect();
        (positions, cycles)
    } else {
        let mut positions = int_items(interp, indices);
        let cycles_value = field(interp, me, "_cycles")?;
        let mut cycles = int_items(interp, cycles_value);
        // CPython's algorithm: each counter says how many more values its
        // position takes before the positions after it rotate back.
        let mut advanced = false;
        for i in (0..r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let moved = positions.remove(i);
                positions.push(moved);
                cycles[i] = (n - i) as i64;
            } else {
                let j = n - cycles[i] as usize;
                positions.swap(i, j);
                advanced = true;
                break;
            }
        }
        if !advanced {
            return Err(finish(interp, me));
        }
        (positions, cycles)
    };
    let result = pick(interp, &pool, &positions[..r]);
    let list = int_list(interp, &positions);
    put_field(interp, me, "_indices", list);
    let list = int_list(interp, &cycles);
    put_field(interp, me, "_cycles", list);
    Ok(result)
}

fn combinations_new(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let (pool, r) = pool_and_r(interp, "combinations", rest, kwnames, true)?;
    Ok(new_selection(interp, cls, pool, r))
}

fn combinations_next(interp: &mut Interpreter, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let Some((pool, r, indices)) = selection_state(interp, me)? else {
        return Err(stop(interp));
    };
    let n = pool.len();
    if r > n {
        return Err(finish(interp, me));
    }
    let positions = if indices == Value::None {
        (0..r as i64).collect()
    } else {
        let mut positions = int_items(interp, indices);
        // The rightmost position not yet at its last possible value
        // moves on; those after it follow it closely.
        let Some(i) = (0..r).rev().find(|&i| positions[i] != (i + n - r) as i64) else {
            return Err(finish(interp, me));
        };
        positions[i] += 1;
        for j in i + 1..r {
            positions[j] = positions[j - 1] + 1;
        }
        positions
    };
    let result = pick(interp, &pool, &positions);
    let list = int_list(interp, &positions);
    put_field(interp, me, "_indices", list);
    Ok(result)
}

fn combinations_with_replacement_new(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let (cls, rest) = receiver(args);
    let (pool, r) = pool_and_r(interp, "combinations_with_replacement", rest, kwnames, true)?;
    Ok(new_selection(interp, cls, pool, r))
}

fn combinations_with_replacement_next(
    interp: &mut Interpreter,
    args: &[Value],
    _: &[Value],
) -> PyResult<Value> {
    let (me, _) = receiver(args);
    let Some((pool, r, indices)) = selection_state(interp, me)? else {
        return Err(stop(interp));
    };
    let n = pool.len();
    if n == 0 && r > 0 {
        return Err(finish(interp, me));
    }
    let positions = if indices == Value::None {
        vec![0; r]
    } else {
        let mut positions = int_items(interp, indices);
        let last = n as i64 - 1;
        let Some(i) = (0..r).rev().find(|&i| positions[i] != last) else {
            return Err(finish(interp, me));
        };
        let value = positions[i] + 1;
        for p in &mut positions[i..] {
            *p = value;
        }
        positions
    };
    let result = pick(interp, &pool, &positions);
    let list = int_list(interp, &positions);
    put_field(interp, me, "_indices", list);
    Ok(result)
}
