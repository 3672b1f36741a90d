//! Every built-in method and function, called with many combinations of
//! argument values, returns a value or a Python exception — never panics —
//! and leaves no object behind (each call's references are all released).

use pyrite_objects::functions::BUILTIN_FUNCTIONS;
use pyrite_objects::methods::{Args, lookup};
use pyrite_objects::types::BuiltinType;
use pyrite_objects::{Heap, PyErr, Value};

/// A pool of argument values, each an owned reference.
fn pool(heap: &mut Heap) -> Vec<Value> {
    let mut v = vec![
        Value::None,
        Value::Bool(true),
        Value::Int(0),
        Value::Int(-1),
        Value::Int(3),
        Value::Int(i64::MAX),
        Value::Float(2.5),
        Value::Float(f64::NAN),
        Value::Float(-0.0),
    ];
    let big = pyrite_objects::types::int::Int::parse("123456789012345678901234567890", 10, 0)
        .expect("a valid literal");
    v.push(big.into_value(heap));
    for s in ["", "a", "abc", "é€😀", "{}", "{0}", "%s", "a,b", " x "] {
        v.push(heap.new_str(s));
    }
    v.push(heap.new_bytes(b"ab\xff".to_vec()));
    let a = heap.new_str("a");
    v.push(heap.new_list(vec![Value::Int(1), a]));
    let t = heap.new_tuple(vec![Value::Int(1), Value::Int(2)]);
    v.push(t);
    let d = heap.new_dict();
    let k = heap.new_str("k");
    pyrite_objects::types::dict::set_item(heap, d.as_obj().expect("a dict"), k, Value::Int(1))
        .expect("hashable");
    heap.decref(k);
    v.push(d);
    v.push(
        pyrite_objects::types::set::new_set(heap, &[Value::Int(1), Value::Int(2)], false)
            .expect("hashable"),
    );
    v.push(heap.new_slice(Value::Int(1), Value::None, Value::Int(-1)));
    v.push(
        pyrite_objects::types::range::new_range(heap, Value::Int(0), Value::Int(10), Value::Int(3))
            .expect("a valid range"),
    );
    v.push(pyrite_objects::ops::arith::new_complex(heap, 1.0, -2.0));
    v.push(heap.new_bytearray(b"xy".to_vec()));
    v.push(pyrite_objects::types::set::new_set(heap, &[Value::Int(5)], true).expect("hashable"));
    v
}

fn release_result(heap: &mut Heap, r: Result<Value, PyErr>) {
    match r {
        Ok(v) => heap.decref(v),
        Err(PyErr::KeyError(k)) | Err(PyErr::Raised(k)) => heap.decref(k),
        Err(PyErr::Builtin { .. } | PyErr::Os { .. } | PyErr::Unicode(_)) => {}
    }
}

fn argument_lists(values: &[Value]) -> Vec<Vec<Value>> {
    let mut out = vec![vec![]];
    for a in values {
        out.push(vec![*a]);
    }
    // Pairs and triples from a smaller slice keep the run short.
    let few = &values[..values.len().min(14)];
    for a in few {
        for b in few {
            out.push(vec![*a, *b]);
        }
    }
    for a in few.iter().step_by(3) {
        for b in few.iter().step_by(2) {
            for c in few.iter().step_by(4) {
                out.push(vec![*a, *b, *c]);
            }
        }
    }
    out
}

#[test]
fn methods_and_functions_never_panic_or_leak() {
    let mut heap = Heap::new();
    let values = pool(&mut heap);
    let baseline = heap.live_objects();
    let lists = argument_lists(&values);
    let types = [
        BuiltinType::Str,
        BuiltinType::List,
        BuiltinType::Tuple,
        BuiltinType::Dict,
        BuiltinType::Set,
        BuiltinType::Int,
        BuiltinType::Float,
        BuiltinType::Bytes,
        BuiltinType::Slice,
        BuiltinType::Range,
        BuiltinType::Complex,
        BuiltinType::ByteArray,
        BuiltinType::FrozenSet,
    ];
    let mut calls = 0usize;
    for receiver in values.clone() {
        let Some(ty) = heap.builtin_type(receiver) else {
            continue;
        };
        if !types.contains(&ty) {
            continue;
        }
        let names: Vec<&str> = method_names(ty);
        for name in names {
            let f = lookup(ty, name).expect("listed names resolve");
            for args in &lists {
                // Mutating methods change shared pool values; give them a copy.
                let recv = fresh_copy(&mut heap, receiver);
                let r = f(&mut heap, recv, Args::new(args));
                release_result(&mut heap, r);
                heap.decref(recv);
                calls += 1;
            }
        }
    }
    for (name, f) in BUILTIN_FUNCTIONS {
        for args in &lists {
            let r = f(&mut heap, Args::new(args));
            release_result(&mut heap, r);
            calls += 1;
            let _ = name;
        }
    }
    eprintln!("{calls} calls");
    assert!(calls > 10_000, "{calls} calls");
    heap.collect();
    assert_eq!(
        heap.live_objects(),
        baseline,
        "objects leaked: {:?}",
        heap.live_by_type()
    );
    for v in values {
        heap.decref(v);
    }
    heap.collect();
    assert_eq!(heap.live_objects(), 0, "{:?}", heap.live_by_type());
}

fn method_names(ty: BuiltinType) -> Vec<&'static str> {
    use pyrite_objects::types::*;
    let table = match ty {
        BuiltinType::Str => str_methods::STR_METHODS,
        BuiltinType::List => list_methods::LIST_METHODS,
        BuiltinType::Tuple => list_methods::TUPLE_METHODS,
        BuiltinType::Dict => dict_methods::DICT_METHODS,
        BuiltinType::Set => set_methods::SET_METHODS,
        BuiltinType::Int => number_methods::INT_METHODS,
        BuiltinType::Float => number_methods::FLOAT_METHODS,
        BuiltinType::Bytes => bytes_methods::BYTES_METHODS,
        BuiltinType::Slice => misc_methods::SLICE_METHODS,
        BuiltinType::Range => misc_methods::RANGE_METHODS,
        BuiltinType::Complex => misc_methods::COMPLEX_METHODS,
        BuiltinType::ByteArray => bytes_methods::BYTEARRAY_METHODS,
        BuiltinType::FrozenSet => set_methods::FROZENSET_METHODS,
        _ => &[],
    };
    table.iter().map(|(n, _)| *n).collect()
}

/// A new container with the same contents (immutable values are shared).
fn fresh_copy(heap: &mut Heap, v: Value) -> Value {
    let copy = match heap.builtin_type(v) {
        Some(BuiltinType::ByteArray) => {
            let b = match heap.payload(v.as_obj().expect("a bytearray")) {
                pyrite_objects::Payload::ByteArray(b) => b.clone(),
                _ => Vec::new(),
            };
            Some(heap.new_bytearray(b))
        }
        Some(BuiltinType::List | BuiltinType::Dict | BuiltinType::Set) => {
            let f = lookup(heap.builtin_type(v).expect("checked"), "copy")
                .expect("containers have copy");
            f(heap, v, Args::default()).ok()
        }
        _ => None,
    };
    match copy {
        Some(c) => c,
        None => {
            heap.incref(v);
            v
        }
    }
}

#[test]
fn operators_never_panic_or_leak() {
    use pyrite_objects::ops::arith::{BinOp, UnaryOp, binary_op, unary_op};
    use pyrite_objects::ops::{self, CmpOp, sequence};
    let mut heap = Heap::new();
    let values = pool(&mut heap);
    let baseline = heap.live_objects();
    let binops = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];
    let mut calls = 0usize;
    for &a in &values {
        for op in [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Abs] {
            let r = unary_op(&mut heap, op, a);
            release_result(&mut heap, r);
        }
        let _ = ops::repr(&mut heap, a);
        let _ = ops::str(&mut heap, a);
        let _ = ops::hash(&mut heap, a);
        for spec in ["", "x", ">10", ".3f", "%", ",", "c", "s"] {
            let _ = ops::format(&mut heap, a, spec);
        }
        let _ = sequence::len(&heap, a);
        for &b in &values {
            for op in binops {
                // Keep huge powers and shifts out: they are refused with
                // MemoryError, which the allocation-limit test covers.
                let r = binary_op(&mut heap, op, a, b);
                release_result(&mut heap, r);
                calls += 1;
            }
            for op in [CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge] {
                let _ = ops::compare(&mut heap, op, a, b);
            }
            let _ = ops::eq(&mut heap, a, b);
            let r = sequence::getitem(&mut heap, a, b);
            release_result(&mut heap, r);
            let _ = sequence::contains(&mut heap, a, b);
            calls += 1;
        }
    }
    assert!(calls > 1000);
    heap.collect();
    assert_eq!(
        heap.live_objects(),
        baseline,
        "objects leaked: {:?}",
        heap.live_by_type()
    );
    for v in values {
        heap.decref(v);
    }
    assert_eq!(heap.live_objects(), 0);
}
