use super::*;
use crate::types::list::append;

fn list(heap: &mut Heap) -> ObjRef {
    heap.new_list(Vec::new())
        .as_obj()
        .expect("a list is a heap object")
}

#[test]
fn alloc_and_release_return_to_baseline() {
    let mut heap = Heap::new();
    let base = heap.live_objects();
    let s = heap.new_str("hello");
    let l = heap.new_list(vec![s]);
    assert_eq!(heap.live_objects(), base + 2);
    assert_eq!(heap.refcount(s), Some(1));
    heap.decref(l);
    assert_eq!(heap.live_objects(), base);
}

#[test]
fn refcount_counts_every_owner() {
    let mut heap = Heap::new();
    let s = heap.new_str("x");
    let a = list(&mut heap);
    let b = list(&mut heap);
    append(&mut heap, a, s).expect("a is a list");
    append(&mut heap, b, s).expect("b is a list");
    assert_eq!(heap.refcount(s), Some(3));
    heap.decref_obj(a);
    assert_eq!(heap.refcount(s), Some(2));
    heap.decref_obj(b);
    heap.decref(s);
    assert_eq!(heap.live_objects(), 0);
    assert_eq!(heap.refcount(Value::Int(5)), None);
}

#[test]
fn freeing_a_million_long_chain_does_not_recurse() {
    let mut heap = Heap::new();
    heap.gc_disable();
    let mut head = list(&mut heap);
    for _ in 0..1_000_000 {
        let next = list(&mut heap);
        append(&mut heap, next, Value::Obj(head)).expect("next is a list");
        heap.decref_obj(head);
        head = next;
    }
    assert_eq!(heap.live_objects(), 1_000_001);
    heap.decref_obj(head);
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn collect_reclaims_cycles_and_only_cycles() {
    let mut heap = Heap::new();
    heap.gc_disable();
    // a -> a
    let a = list(&mut heap);
    append(&mut heap, a, Value::Obj(a)).expect("a is a list");
    // b <-> c, with a string hanging off c
    let b = list(&mut heap);
    let c = list(&mut heap);
    let s = heap.new_str("payload");
    append(&mut heap, b, Value::Obj(c)).expect("b is a list");
    append(&mut heap, c, Value::Obj(b)).expect("c is a list");
    append(&mut heap, c, s).expect("c is a list");
    heap.decref(s);
    // d -> d, but still referenced from outside
    let d = list(&mut heap);
    append(&mut heap, d, Value::Obj(d)).expect("d is a list");
    heap.decref_obj(a);
    heap.decref_obj(b);
    heap.decref_obj(c);
    assert_eq!(heap.live_objects(), 5);
    assert_eq!(
        heap.collect(),
        3,
        "a, b and c are garbage; the string is freed by refcount"
    );
    assert_eq!(heap.live_objects(), 1);
    assert!(heap.contains(d));
    assert_eq!(heap.collect(), 0);
    heap.decref_obj(d);
    assert_eq!(heap.collect(), 1);
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn many_cycles_and_a_chain_return_to_baseline() {
    let mut heap = Heap::new();
    let base = heap.live_objects();
    for _ in 0..10_000 {
        let x = list(&mut heap);
        let y = list(&mut heap);
        append(&mut heap, x, Value::Obj(y)).expect("x is a list");
        append(&mut heap, y, Value::Obj(x)).expect("y is a list");
        heap.decref_obj(x);
        heap.decref_obj(y);
    }
    // The allocation threshold has collected most of them already.
    assert!(heap.gc_stats().collections > 0);
    assert!(heap.live_objects() < 2 * 700 + 2);
    heap.collect();
    assert_eq!(heap.live_objects(), base);
}

#[test]
fn young_collection_respects_references_from_old_objects() {
    let mut heap = Heap::new();
    let old = list(&mut heap);
    heap.collect(); // `old` is now in the old generation
    let young = list(&mut heap);
    append(&mut heap, young, Value::Obj(young)).expect("young is a list");
    append(&mut heap, old, Value::Obj(young)).expect("old is a list");
    heap.decref_obj(young);
    assert_eq!(heap.collect_young(), 0);
    assert!(heap.contains(young));
    heap.decref_obj(old);
    heap.collect();
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn finaliser_runs_before_free_and_only_once() {
    let mut heap = Heap::new();
    let a = list(&mut heap);
    heap.set_has_finaliser(a);
    heap.decref_obj(a);
    let pending = heap.take_pending_finalisers();
    assert_eq!(pending, vec![a]);
    assert!(heap.contains(a), "kept alive for __del__");
    heap.decref_obj(a);
    assert!(!heap.contains(a));
    assert!(heap.take_pending_finalisers().is_empty());
}

#[test]
fn finaliser_in_a_cycle_is_queued_then_collected() {
    let mut heap = Heap::new();
    heap.gc_disable();
    let a = list(&mut heap);
    let b = list(&mut heap);
    append(&mut heap, a, Value::Obj(b)).expect("a is a list");
    append(&mut heap, b, Value::Obj(a)).expect("b is a list");
    heap.set_has_finaliser(a);
    heap.decref_obj(a);
    heap.decref_obj(b);
    assert_eq!(heap.collect(), 0, "the cycle waits for __del__");
    let pending = heap.take_pending_finalisers();
    assert_eq!(pending, vec![a]);
    for r in pending {
        heap.decref_obj(r);
    }
    assert_eq!(heap.collect(), 2);
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn weakref_is_cleared_and_callback_queued() {
    let mut heap = Heap::new();
    let target = list(&mut heap);
    let callback = heap.new_str("callback stands in for a function");
    let w = heap.new_weakref(target, callback);
    assert_eq!(heap.weakref_count(target), 1);
    let got = heap.weakref_target(w);
    assert_eq!(got, Value::Obj(target));
    heap.decref(got);
    heap.decref_obj(target);
    assert_eq!(heap.weakref_target(w), Value::None);
    let calls = heap.take_weakref_callbacks();
    assert_eq!(calls, vec![(callback, w)]);
    for (cb, wr) in calls {
        heap.decref(cb);
        heap.decref_obj(wr);
    }
    heap.decref(callback);
    heap.decref_obj(w);
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn weakref_to_garbage_cycle_is_cleared_by_collect() {
    let mut heap = Heap::new();
    heap.gc_disable();
    let a = list(&mut heap);
    append(&mut heap, a, Value::Obj(a)).expect("a is a list");
    let w = heap.new_weakref(a, Value::None);
    heap.decref_obj(a);
    assert_eq!(heap.collect(), 1);
    assert_eq!(heap.weakref_target(w), Value::None);
    heap.decref_obj(w);
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn ids_are_distinct_and_stable() {
    let mut heap = Heap::new();
    let a = heap.new_str("a");
    let b = heap.new_str("a");
    assert_ne!(heap.id(a), heap.id(b));
    let before = heap.id(a);
    let _churn: Vec<Value> = (0..100).map(|i| heap.new_str(i.to_string())).collect();
    assert_eq!(heap.id(a), before);
    assert_eq!(heap.id(Value::Int(7)), heap.id(Value::Int(7)));
    assert_ne!(heap.id(Value::Int(0)), heap.id(Value::Bool(false)));
    assert_ne!(heap.id(Value::Int(0)), heap.id(Value::None));
}

#[test]
fn sizes_are_real() {
    let mut heap = Heap::new();
    let empty = heap.new_list(Vec::new());
    let big = heap.new_list(vec![Value::Int(0); 1_000_000]);
    let general = heap.new_list(vec![Value::None; 1_000]);
    let header = heap.size_of(empty);
    // A list of small ints holds 8-byte slots, any other list 16-byte ones.
    assert_eq!(heap.size_of(big), header + 8 * 1_000_000);
    assert_eq!(heap.size_of(general), header + 16 * 1_000);
    assert_eq!(heap.size_of(Value::Int(3)), 16);
}

#[test]
fn referents_and_referrers() {
    let mut heap = Heap::new();
    let s = heap.new_str("s");
    let a = list(&mut heap);
    append(&mut heap, a, s).expect("a is a list");
    let r = s.as_obj().expect("a str is a heap object");
    assert_eq!(heap.referents(Value::Obj(a)), vec![r]);
    assert_eq!(heap.referrers(r), vec![a]);
}

#[test]
fn generations_count_like_cpython() {
    let mut heap = Heap::new();
    assert_eq!(heap.gc_threshold(), [700, 10, 10]);
    let lists: Vec<ObjRef> = (0..5).map(|_| list(&mut heap)).collect();
    assert_eq!(heap.gc_count(), (5, 0, 0));
    heap.decref_obj(lists[0]);
    assert_eq!(
        heap.gc_count(),
        (4, 0, 0),
        "a freed container is subtracted"
    );
    heap.collect_generation(0);
    assert_eq!(heap.gc_count(), (0, 1, 0));
    heap.collect_generation(1);
    assert_eq!(heap.gc_count(), (0, 0, 1));
    heap.collect();
    assert_eq!(heap.gc_count(), (0, 0, 0));
    // Allocation past the first threshold collects generation 0 by itself.
    heap.gc_set_threshold([10, 10, 10]);
    let more: Vec<ObjRef> = (0..11).map(|_| list(&mut heap)).collect();
    assert_eq!(heap.gc_count(), (0, 1, 0));
    for r in lists.into_iter().skip(1).chain(more) {
        heap.decref_obj(r);
    }
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn survivors_of_a_young_collection_are_examined_by_an_older_one() {
    let mut heap = Heap::new();
    heap.gc_disable();
    let a = list(&mut heap);
    append(&mut heap, a, Value::Obj(a)).expect("a is a list");
    heap.collect_generation(0); // a survives (still referenced) into generation 1
    heap.decref_obj(a);
    assert_eq!(
        heap.collect_generation(0),
        0,
        "generation 0 no longer holds it"
    );
    assert_eq!(heap.collect_generation(1), 1);
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn interning_returns_one_object_and_leaks_are_reported_by_type() {
    let mut heap = Heap::new();
    let a = heap.intern("name");
    let b = heap.intern("name");
    assert!(a.is(b));
    heap.decref(a);
    heap.decref(b);
    assert_eq!(heap.live_objects(), 1, "the intern table keeps it");
    let leaked = heap.new_list(Vec::new());
    let report = heap.live_by_type();
    assert_eq!(report.get("list"), Some(&1));
    assert_eq!(report.get("str"), Some(&1));
    heap.decref(leaked);
    heap.clear_interned();
    assert!(heap.live_by_type().is_empty());
}

#[test]
fn object_header_stays_small() {
    // A heap object is its header and payload in one slot; growing the
    // largest payload variant grows every object, so this is a guard.
    assert!(
        std::mem::size_of::<Object>() <= 72,
        "{}",
        std::mem::size_of::<Object>()
    );
    assert_eq!(std::mem::size_of::<TypeRef>(), 8);
}
