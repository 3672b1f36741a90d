//! Built-in operations calling back into "Python" through the `Runtime`
//! trait: a test runtime plays the VM, with instances whose `__eq__`,
//! `__hash__` and `__lt__` it decides, and callables for sort keys.

use pyrite_objects::methods::{Args, lookup};
use pyrite_objects::types::{BuiltinType, TypeRef, dict, set};
use pyrite_objects::{Heap, Payload, PyErr, PyResult, Runtime, Value, ops};

/// A stand-in VM. Instances carry an int in their `__dict__` slot; the
/// class decides that instances are equal when their ints are equal
/// modulo 10 and hash to that residue, and order by the int.
struct TestVm {
    heap: Heap,
    eq_calls: usize,
}

impl TestVm {
    fn instance(&mut self, n: i64) -> Value {
        let r = self.heap.alloc(
            TypeRef::Builtin(BuiltinType::Object),
            Payload::Instance {
                dict: Value::Int(n),
            },
        );
        Value::Obj(r)
    }
    fn number(&self, v: Value) -> Option<i64> {
        match self.heap.payload(v.as_obj()?) {
            Payload::Instance {
                dict: Value::Int(n),
            } => Some(*n),
            _ => None,
        }
    }
}

impl Runtime for TestVm {
    fn heap(&mut self) -> &mut Heap {
        &mut self.heap
    }
    fn user_eq(&mut self, a: Value, b: Value) -> PyResult<Value> {
        self.eq_calls += 1;
        Ok(match (self.number(a), self.number(b)) {
            (Some(x), Some(y)) => Value::Bool(x % 10 == y % 10),
            _ => Value::NotImplemented,
        })
    }
    fn user_hash(&mut self, v: Value) -> PyResult<i64> {
        self.number(v)
            .map(|n| n % 10)
            .ok_or_else(|| PyErr::type_error("not an instance"))
    }
    fn user_lt(&mut self, a: Value, b: Value) -> PyResult<Value> {
        Ok(match (self.number(a), self.number(b)) {
            (Some(x), Some(y)) => Value::Bool(x < y),
            _ => Value::NotImplemented,
        })
    }
    /// Callables: the str `"neg"` negates an int; `"boom"` raises.
    fn call(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        match (self.heap.str_of(callable), args) {
            (Some("neg"), [Value::Int(i)]) => Ok(Value::Int(-i)),
            (Some("boom"), _) => Err(PyErr::value_error("boom")),
            _ => Err(PyErr::type_error("not callable")),
        }
    }
}

#[test]
fn dict_lookup_uses_user_eq_and_hash() {
    let mut vm = TestVm {
        heap: Heap::new(),
        eq_calls: 0,
    };
    let d = vm.heap.new_dict();
    let r = d.as_obj().expect("a dict is a heap object");
    let k1 = vm.instance(13);
    let k2 = vm.instance(23);
    dict::set_item(&mut vm, r, k1, Value::Int(1)).expect("hashable");
    // 23 == 13 for this class: the same key, so the value is replaced.
    dict::set_item(&mut vm, r, k2, Value::Int(2)).expect("hashable");
    assert!(vm.eq_calls >= 1);
    assert_eq!(ops::sequence::len(&vm.heap, d), Ok(1));
    let got = dict::get_item(&mut vm, r, k2).expect("hashable");
    assert_eq!(got, Some(Value::Int(2)));
    let text = ops::repr(&mut vm, d).expect("repr works");
    assert!(text.starts_with("{<object object at 0x"), "{text}");
    for v in [d, k1, k2] {
        vm.heap.decref(v);
    }
    assert_eq!(vm.heap.live_objects(), 0);
}

#[test]
fn set_membership_through_user_eq() {
    let mut vm = TestVm {
        heap: Heap::new(),
        eq_calls: 0,
    };
    let a = vm.instance(4);
    let b = vm.instance(14);
    let c = vm.instance(5);
    let s = set::new_set(&mut vm, &[a, c], false).expect("hashable");
    let r = s.as_obj().expect("a set is a heap object");
    assert_eq!(set::contains(&mut vm, r, b), Ok(true));
    assert_eq!(ops::sequence::len(&vm.heap, s), Ok(2));
    for v in [s, a, b, c] {
        vm.heap.decref(v);
    }
    assert_eq!(vm.heap.live_objects(), 0);
}

fn sort(vm: &mut TestVm, list: Value, keywords: &[(&str, Value)]) -> PyResult<Value> {
    let f = lookup(BuiltinType::List, "sort").expect("list has sort");
    f(
        vm,
        list,
        Args {
            positional: &[],
            keywords,
        },
    )
}

#[test]
fn sort_with_key_reverse_and_user_lt() {
    let mut vm = TestVm {
        heap: Heap::new(),
        eq_calls: 0,
    };
    let list = vm
        .heap
        .new_list(vec![Value::Int(3), Value::Int(-1), Value::Int(2)]);
    let neg = vm.heap.new_str("neg");
    sort(&mut vm, list, &[("key", neg)]).expect("ints negate");
    assert_eq!(ops::repr(&mut vm, list), Ok("[3, 2, -1]".into()));
    sort(&mut vm, list, &[("reverse", Value::Bool(true))]).expect("ints order");
    assert_eq!(ops::repr(&mut vm, list), Ok("[3, 2, -1]".into()));

    // Instances order through the runtime's __lt__; equal ones keep
    // their order (stability) — 7 and 17 compare by int here.
    let items: Vec<Value> = [17, 3, 7, 11].iter().map(|n| vm.instance(*n)).collect();
    let ilist = vm.heap.new_list(items);
    sort(&mut vm, ilist, &[]).expect("instances order");
    let order: Vec<i64> = vm
        .heap
        .list_items(ilist.as_obj().expect("a list"))
        .expect("a list")
        .iter()
        .map(|v| vm.number(v).expect("instances"))
        .collect();
    assert_eq!(order, vec![3, 7, 11, 17]);

    // A key function that raises leaves the list as it was.
    let boom = vm.heap.new_str("boom");
    let err = sort(&mut vm, list, &[("key", boom)]).expect_err("the key raises");
    assert_eq!(err.message(), Some("boom"));
    assert_eq!(ops::repr(&mut vm, list), Ok("[3, 2, -1]".into()));
    // Mixed types raise CPython's TypeError.
    let mixed = {
        let s = vm.heap.new_str("a");
        vm.heap.new_list(vec![Value::Int(1), s])
    };
    let err = sort(&mut vm, mixed, &[]).expect_err("str and int");
    assert_eq!(
        err.message(),
        Some("'<' not supported between instances of 'str' and 'int'")
    );
    for v in [list, neg, ilist, boom, mixed] {
        vm.heap.decref(v);
    }
    assert_eq!(vm.heap.live_objects(), 0);
}

#[test]
fn huge_requests_raise_memory_error() {
    use pyrite_objects::ops::arith::{BinOp, binary_op};
    let mut heap = Heap::new();
    let s = heap.new_str("ab");
    let err = binary_op(&mut heap, BinOp::Mul, s, Value::Int(1 << 40)).expect_err("too big");
    assert_eq!(err.kind(), Some(pyrite_objects::ExcKind::MemoryError));
    let center = lookup(BuiltinType::Str, "center").expect("str has center");
    let err = center(&mut heap, s, Args::new(&[Value::Int(1 << 40)])).expect_err("too big");
    assert_eq!(err.kind(), Some(pyrite_objects::ExcKind::MemoryError));
    let err = binary_op(&mut heap, BinOp::LShift, Value::Int(1), Value::Int(1 << 38))
        .expect_err("too big");
    assert_eq!(err.kind(), Some(pyrite_objects::ExcKind::MemoryError));
    let bytes = pyrite_objects::functions::lookup("bytes").expect("bytes is a function");
    let err = bytes(&mut heap, Args::new(&[Value::Int(1 << 40)])).expect_err("too big");
    assert_eq!(err.kind(), Some(pyrite_objects::ExcKind::MemoryError));
    heap.decref(s);
    assert_eq!(heap.live_objects(), 0);
}
