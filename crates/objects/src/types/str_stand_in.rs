//! Running a `str` method when a string of the call holds a lone surrogate.
//!
//! The methods of `str` work on Rust text, which cannot hold a surrogate
//! (U+D800..U+DFFF). When the receiver or a str argument holds one, the
//! method runs instead on *stand-ins*: copies of those strings in which
//! each distinct surrogate is replaced by a private-use code point of
//! planes 15 and 16 (U+F0000..U+10FFFD) that occurs in no string of the
//! call. Then the stand-ins in the result are turned back into the
//! surrogates they stand for.
//!
//! This is exact because, to CPython 3.11, a private-use code point
//! behaves as a surrogate does in every `str` method: neither is a letter,
//! digit, decimal, numeric, space, line break, identifier character or
//! printable character; neither is cased, and every case mapping (`upper`,
//! `lower`, `title`, `casefold`, `swapcase`) leaves both unchanged; both
//! are non-ASCII and count as one code point. A stand-in is never in the
//! strings the method reads, so it cannot be confused with their text, and
//! the methods that route here produce no code point that they were not
//! given (the exceptions, `format`, `format_map` and `translate`, which
//! insert text from other objects, and `join` and `encode`, do not route
//! here). Positions, lengths and counts are in code points, which the
//! replacement keeps.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::methods::{Args, BuiltinMethod};
use crate::runtime::Runtime;
use crate::value::Value;

use super::str::is_surrogate;

/// The private-use code points a stand-in is taken from.
const STAND_INS: [std::ops::RangeInclusive<u32>; 2] = [0xf0000..=0xffffd, 0x100000..=0x10fffd];

/// `method(v, args)`, on stand-ins if a string of the call holds a lone
/// surrogate; `None` if none does (the caller then runs the method as it
/// is).
pub fn call_with_stand_ins(
    rt: &mut dyn Runtime,
    method: BuiltinMethod,
    v: Value,
    args: Args<'_>,
) -> Option<PyResult<Value>> {
    let heap: &Heap = rt.heap();
    // The common case, no surrogate anywhere, costs one payload look-up
    // per value of the call.
    let lone = |x: Value| match x.as_obj().map(|r| heap.payload(r)) {
        Some(Payload::Str(s)) => s.has_surrogates(),
        Some(Payload::Tuple(items)) => items.iter().any(|i| heap.str_has_surrogates(*i)),
        _ => false,
    };
    if !(lone(v)
        || args.positional.iter().any(|a| lone(*a))
        || args.keywords.iter().any(|(_, a)| lone(*a)))
    {
        return None;
    }
    let mut strings = Vec::new();
    for_each_string(heap, v, args, &mut |s| strings.push(s));
    Some(run(rt, method, v, args, &strings))
}

/// Call `f` with each str a method reads: the receiver and the arguments,
/// or the items of a tuple argument (`startswith(('a', 'b'))`).
fn for_each_string(heap: &Heap, v: Value, args: Args<'_>, f: &mut dyn FnMut(Value)) {
    let values = std::iter::once(v)
        .chain(args.positional.iter().copied())
        .chain(args.keywords.iter().map(|(_, a)| *a));
    for x in values {
        if heap.str_payload(x).is_some() {
            f(x);
        } else if let Some(Payload::Tuple(items)) = x.as_obj().map(|r| heap.payload(r)) {
            for item in items.iter() {
                if heap.str_payload(*item).is_some() {
                    f(*item);
                }
            }
        }
    }
}

fn run(
    rt: &mut dyn Runtime,
    method: BuiltinMethod,
    v: Value,
    args: Args<'_>,
    strings: &[Value],
) -> PyResult<Value> {
    let map = StandIns::for_strings(rt.heap(), strings)?;
    let heap = rt.heap();
    let receiver = map.replace(heap, v);
    let positional: Vec<Value> = args
        .positional
        .iter()
        .map(|a| map.replace(heap, *a))
        .collect();
    let keywords: Vec<(&str, Value)> = args
        .keywords
        .iter()
        .map(|(name, a)| (*name, map.replace(heap, *a)))
        .collect();
    let result = method(
        rt,
        receiver,
        Args {
            positional: &positional,
            keywords: &keywords,
        },
    );
    let heap = rt.heap();
    for x in std::iter::once(receiver)
        .chain(positional)
        .chain(keywords.into_iter().map(|(_, x)| x))
    {
        heap.decref(x);
    }
    let result = result?;
    let restored = map.restore(heap, result);
    heap.decref(result);
    Ok(restored)
}

/// Which stand-in replaces each surrogate of a call, both ways.
struct StandIns {
    to_stand_in: BTreeMap<u32, u32>,
    to_surrogate: BTreeMap<u32, u32>,
}

impl StandIns {
    fn for_strings(heap: &Heap, strings: &[Value]) -> PyResult<StandIns> {
        let mut surrogates = BTreeSet::new();
        let mut taken = BTreeSet::new();
        for s in strings.iter().filter_map(|s| heap.str_payload(*s)) {
            for c in s.code_points().iter().copied() {
                if is_surrogate(c) {
                    surrogates.insert(c);
                } else if c >= *STAND_INS[0].start() {
                    taken.insert(c);
                }
            }
        }
        let mut free = STAND_INS
            .into_iter()
            .flatten()
            .filter(|c| !taken.contains(c));
        let mut map = StandIns {
            to_stand_in: BTreeMap::new(),
            to_surrogate: BTreeMap::new(),
        };
        for s in surrogates {
            // Only strings holding almost every private-use code point of
            // planes 15 and 16 leave too few free.
            let c = free.next().ok_or_else(|| {
                PyErr::new(
                    ExcKind::MemoryError,
                    "too many distinct code points to work on lone surrogates",
                )
            })?;
            map.to_stand_in.insert(s, c);
            map.to_surrogate.insert(c, s);
        }
        Ok(map)
    }

    /// `v` with its surrogates replaced (a new reference): a str, a tuple
    /// of strs, or anything else unchanged.
    fn replace(&self, heap: &mut Heap, v: Value) -> Value {
        if let Some(s) = heap.str_payload(v) {
            if s.has_surrogates() {
                let points = self.translate(&s.code_points(), &self.to_stand_in);
                return heap.new_str_from_code_points(&points);
            }
        } else if let Some(Payload::Tuple(items)) = v.as_obj().map(|r| heap.payload(r)) {
            let items = items.to_vec();
            if items.iter().any(|x| heap.str_has_surrogates(*x)) {
                let replaced = items.iter().map(|x| self.replace(heap, *x)).collect();
                return heap.new_tuple(replaced);
            }
        }
        heap.incref(v);
        v
    }

    /// A method's result with its stand-ins turned back into surrogates
    /// (a new reference): a str, or the strs of a list or tuple (`split`,
    /// `partition`).
    fn restore(&self, heap: &mut Heap, v: Value) -> Value {
        if let Some(s) = heap.str_payload(v) {
            let points = s.code_points();
            if points.iter().any(|c| self.to_surrogate.contains_key(c)) {
                let restored = self.translate(&points, &self.to_surrogate);
                return heap.new_str_from_code_points(&restored);
            }
        } else {
            let items = match v.as_obj().map(|r| heap.payload(r)) {
                Some(Payload::List(items)) => Some((items.to_values(), true)),
                Some(Payload::Tuple(items)) => Some((items.to_vec(), false)),
                _ => None,
            };
            if let Some((items, is_list)) = items {
                let restored: Vec<Value> = items.iter().map(|x| self.restore(heap, *x)).collect();
                return if is_list {
                    heap.new_list(restored)
                } else {
                    heap.new_tuple(restored)
                };
            }
        }
        heap.incref(v);
        v
    }

    fn translate(&self, points: &[u32], table: &BTreeMap<u32, u32>) -> Vec<u32> {
        points
            .iter()
            .map(|c| table.get(c).copied().unwrap_or(*c))
            .collect()
    }
}

/// Guard at the top of a `str` method: run it on stand-ins and return
/// what that gives when a string of the call holds a lone surrogate.
macro_rules! surrogates_via_stand_ins {
    ($rt:expr, $method:expr, $v:expr, $args:expr) => {
        if let Some(result) =
            $crate::types::str_stand_in::call_with_stand_ins($rt, $method, $v, $args)
        {
            return result;
        }
    };
}
pub(crate) use surrogates_via_stand_ins;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_avoid_the_code_points_in_use() {
        let mut heap = Heap::new();
        let a = heap.new_str_from_code_points(&[0xd800, 0xf0000, 0xdc80]);
        let b = heap.new_str_from_code_points(&[0xf0001, 0xd800]);
        let map = StandIns::for_strings(&heap, &[a, b]).expect("two stand-ins are free");
        assert_eq!(map.to_stand_in.get(&0xd800), Some(&0xf0002));
        assert_eq!(map.to_stand_in.get(&0xdc80), Some(&0xf0003));
        let replaced = map.replace(&mut heap, a);
        let text = heap
            .str_payload(replaced)
            .map(|s| s.code_points().into_owned());
        assert_eq!(text, Some(vec![0xf0002, 0xf0000, 0xf0003]));
        let restored = map.restore(&mut heap, replaced);
        assert!(heap.str_payload(restored) == heap.str_payload(a));
        for v in [a, b, replaced, restored] {
            heap.decref(v);
        }
    }
}
