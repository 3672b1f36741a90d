//! Unit tests of [`PyList`]'s representations and the moves between them.

use super::*;

fn ints(xs: &[i64]) -> Vec<Value> {
    xs.iter().map(|&x| Value::Int(x)).collect()
}

#[test]
fn a_list_of_small_ints_holds_eight_byte_slots() {
    let list = PyList::new(ints(&[1, 2, 3]));
    assert!(list.holds_ints());
    assert_eq!(list.heap_bytes(), 3 * 8);
    assert_eq!(list.to_values(), ints(&[1, 2, 3]));
    let mut visited = 0;
    list.for_each_value(|_| visited += 1);
    assert_eq!(visited, 0, "a list of ints owns no references");
}

#[test]
fn an_empty_list_starts_as_ints() {
    let mut list = PyList::default();
    assert!(list.holds_ints());
    list.push(Value::Int(7));
    assert!(list.holds_ints());
    assert_eq!(list.get(0), Some(Value::Int(7)));
}

#[test]
fn storing_another_kind_converts_once_and_keeps_every_item() {
    let mut list = PyList::new(ints(&[1, 2]));
    list.push(Value::Float(2.0));
    assert!(!list.holds_ints());
    assert_eq!(
        list.to_values(),
        vec![Value::Int(1), Value::Int(2), Value::Float(2.0)]
    );
    assert_eq!(list.heap_bytes() % 16, 0);
    // Once general, ints are stored as values.
    list.push(Value::Int(3));
    assert!(!list.holds_ints());
    assert_eq!(list.get(3), Some(Value::Int(3)));
}

#[test]
fn a_bool_is_not_an_int_item() {
    let list = PyList::new(vec![Value::Int(1), Value::Bool(true)]);
    assert!(!list.holds_ints());
    assert_eq!(list.get(1), Some(Value::Bool(true)));
    let mut list = PyList::new(ints(&[1]));
    list.insert(0, Value::Bool(false));
    assert_eq!(list.to_values(), vec![Value::Bool(false), Value::Int(1)]);
}

#[test]
fn replace_keeps_ints_for_an_int_and_converts_for_anything_else() {
    let mut list = PyList::new(ints(&[1, 2, 3]));
    assert_eq!(list.replace(1, Value::Int(20)), Some(Value::Int(2)));
    assert!(list.holds_ints());
    assert_eq!(list.replace(3, Value::Int(0)), None, "past the end");
    assert_eq!(list.replace(0, Value::None), Some(Value::Int(1)));
    assert!(!list.holds_ints());
    assert_eq!(
        list.to_values(),
        vec![Value::None, Value::Int(20), Value::Int(3)]
    );
}

#[test]
fn removing_and_popping_give_the_items_back() {
    let mut list = PyList::new(ints(&[5, 6, 7]));
    assert_eq!(list.remove(1), Some(Value::Int(6)));
    assert_eq!(list.remove(5), None);
    assert_eq!(list.pop(), Some(Value::Int(7)));
    assert_eq!(list.pop(), Some(Value::Int(5)));
    assert_eq!(list.pop(), None);
    assert!(list.is_empty());
}

#[test]
fn take_returns_the_items_and_lets_the_list_specialise_again() {
    let mut list = PyList::new(vec![Value::None, Value::Int(1)]);
    assert!(!list.holds_ints());
    assert_eq!(list.take(), vec![Value::None, Value::Int(1)]);
    assert!(list.holds_ints());
    let old = list.set_values(ints(&[3, 1]));
    assert!(old.is_empty());
    assert!(list.holds_ints());
}

#[test]
fn splice_stays_ints_when_the_new_items_are_ints() {
    let mut list = PyList::new(ints(&[1, 2, 3, 4]));
    assert_eq!(list.splice(1..3, ints(&[9])), ints(&[2, 3]));
    assert!(list.holds_ints());
    assert_eq!(list.to_values(), ints(&[1, 9, 4]));
    assert_eq!(list.splice(0..1, vec![Value::None]), ints(&[1]));
    assert!(!list.holds_ints());
    assert_eq!(
        list.to_values(),
        vec![Value::None, Value::Int(9), Value::Int(4)]
    );
}

#[test]
fn repeat_and_collect_build_ints_directly() {
    let list = PyList::repeat(Items::Ints(&[0]), 4);
    assert!(list.holds_ints());
    assert_eq!(list.to_values(), ints(&[0, 0, 0, 0]));
    let list: PyList = ints(&[3, 4]).into_iter().collect();
    assert!(list.holds_ints());
    let mixed = PyList::repeat(Items::Values(&[Value::Int(1), Value::None]), 2);
    assert!(!mixed.holds_ints());
    assert_eq!(mixed.len(), 4);
}

#[test]
fn sort_ints_sorts_only_a_list_of_ints() {
    let mut list = PyList::new(ints(&[3, -1, 2]));
    assert!(list.sort_ints(false));
    assert_eq!(list.to_values(), ints(&[-1, 2, 3]));
    assert!(list.sort_ints(true));
    assert_eq!(list.to_values(), ints(&[3, 2, -1]));
    let mut general = PyList::new(vec![Value::Int(2), Value::Float(1.0)]);
    assert!(!general.sort_ints(false));
}

#[test]
fn iteration_runs_both_ways_over_both_representations() {
    for list in [
        PyList::new(ints(&[1, 2, 3])),
        PyList::new(vec![Value::Int(1), Value::None, Value::Int(3)]),
    ] {
        let forward: Vec<Value> = list.iter().collect();
        let mut backward: Vec<Value> = list.iter().rev().collect();
        backward.reverse();
        assert_eq!(forward, backward);
        assert_eq!(list.iter().len(), 3);
    }
}

#[test]
fn make_general_gives_a_vector_of_values() {
    let mut list = PyList::new(ints(&[1, 2]));
    list.make_general().push(Value::Int(3));
    assert!(!list.holds_ints());
    assert_eq!(list.to_values(), ints(&[1, 2, 3]));
}

#[test]
fn same_length_splice_of_ints_swaps_in_place() {
    let mut list = PyList::new(ints(&[1, 2, 3, 4]));
    assert_eq!(list.splice(0..3, ints(&[3, 2, 1])), ints(&[1, 2, 3]));
    assert!(list.holds_ints());
    assert_eq!(list.to_values(), ints(&[3, 2, 1, 4]));
}

#[test]
fn concat_and_pick_keep_ints_narrow() {
    let both = PyList::concat(Items::Ints(&[1, 2]), Items::Ints(&[3]));
    assert!(both.holds_ints());
    assert_eq!(both.to_values(), ints(&[1, 2, 3]));
    let mixed = PyList::concat(Items::Ints(&[1]), Items::Values(&[Value::None]));
    assert!(!mixed.holds_ints());
    assert_eq!(mixed.to_values(), vec![Value::Int(1), Value::None]);
    let picked = PyList::pick(Items::Ints(&[5, 6, 7, 8]), [3, 1].into_iter());
    assert!(picked.holds_ints());
    assert_eq!(picked.to_values(), ints(&[8, 6]));
    assert_eq!(picked.heap_bytes(), 16);
}
