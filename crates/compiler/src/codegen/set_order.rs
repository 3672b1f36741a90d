//! The order CPython 3.11 iterates a frozenset constant in, so that `dis`
//! shows `frozenset({...})` as CPython does.
//!
//! A frozenset iterates its hash table from slot 0 up; where an element lands
//! depends on its hash and on CPython's probing (`set_add_entry`: up to nine
//! linear probes, then perturbed jumps) and on the table's growth (to four
//! times the number of elements once it is three-fifths full). This module
//! replays that for elements whose hashes are fixed under
//! `PYTHONHASHSEED=0`: `str` and `bytes` (SipHash-1-3 with zero keys over
//! CPython's internal representation), `int` and `bool` (the value modulo
//! 2**61 - 1) and tuples of those. Any other element (a float, or None,
//! whose hash is an address in CPython) leaves the source order.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive};
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

use crate::bytecode::Constant;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MODULUS_BITS: u32 = 61;

fn siphash13(bytes: &[u8]) -> i64 {
    let mut hasher = SipHasher13::new_with_keys(0, 0);
    hasher.write(bytes);
    hasher.finish() as i64
}

/// `str.__hash__`: the bytes are the string's code points at CPython's
/// narrowest width that holds them all (1, 2 or 4 bytes, little-endian).
/// A lone surrogate counts as the code point it is.
fn str_hash(points: impl Iterator<Item = u32> + Clone) -> i64 {
    let max = points.clone().max();
    let bytes: Vec<u8> = match max {
        None => return 0,
        Some(m) if m < 0x100 => points.map(|c| c as u8).collect(),
        Some(m) if m < 0x10000 => points.flat_map(|c| (c as u16).to_le_bytes()).collect(),
        Some(_) => points.flat_map(u32::to_le_bytes).collect(),
    };
    fix(siphash13(&bytes))
}

fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13(b))
}

/// `int.__hash__`: |value| mod 2**61 - 1, with the value's sign.
fn int_hash(i: &BigInt) -> i64 {
    let modulus: BigInt = (BigInt::one() << MODULUS_BITS) - 1;
    let magnitude = i.magnitude().clone().mod_floor(modulus.magnitude());
    let h = magnitude.to_i64().unwrap_or(0);
    fix(if i.sign() == Sign::Minus { -h } else { h })
}

/// -1 is reserved for errors in CPython's C API.
fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

fn hash(c: &Constant) -> Option<i64> {
    Some(match c {
        Constant::Str(s) => str_hash(s.chars().map(u32::from)),
        Constant::SurrogateStr(points) => str_hash(points.iter().copied()),
        Constant::Bytes(b) => bytes_hash(b),
        Constant::Int(i) => int_hash(i),
        Constant::Bool(b) => i64::from(*b),
        Constant::Tuple(items) => tuple_hash(items)?,
        _ => return None,
    })
}

/// `tuple.__hash__`: CPython 3.11's xxHash-style combination of the item
/// hashes.
fn tuple_hash(items: &[Constant]) -> Option<i64> {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    let mut acc = PRIME_5;
    for item in items {
        let lane = hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3527539));
    Some(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

/// Places `hash` in `table` as `set_insert_clean` does (no duplicates, no
/// dummies).
fn insert(table: &mut [Option<(i64, usize)>], hash: i64, item: usize) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = table[i..=i + probes].iter_mut().find(|s| s.is_none()) {
            *slot = Some((hash, item));
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// `items` (already without duplicates) in the order CPython's frozenset
/// constant iterates them. The compiler builds the frozenset from the
/// source order, then `merge_consts_recursive` builds it again from the
/// first one's iteration order; both passes are replayed.
///
/// A third build happens when creating the code object interns a name-like
/// string of the set and finds an equal string already interned (CPython's
/// `intern_string_constants`). Which strings the interpreter has interned
/// depends on what it has run; pyrite assumes a set with a name-like string
/// is rebuilt, which is what `python3.11 -m dis` shows for most of the
/// standard library's sets. One-character strings do not count: CPython
/// shares one object per Latin-1 character, so interning never replaces
/// them.
pub(super) fn frozenset_order(items: Vec<Constant>) -> Vec<Constant> {
    let name_like = items.iter().any(|c| {
        matches!(c, Constant::Str(s) if s.len() > 1
            && s.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_'))
    });
    let once = build_order(items);
    let twice = build_order(once);
    if name_like { build_order(twice) } else { twice }
}

fn build_order(items: Vec<Constant>) -> Vec<Constant> {
    let Some(hashes) = items.iter().map(hash).collect::<Option<Vec<i64>>>() else {
        return items;
    };
    let mut table: Vec<Option<(i64, usize)>> = vec![None; 8];
    let mut used = 0usize;
    for (index, &h) in hashes.iter().enumerate() {
        insert(&mut table, h, index);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for (h, item) in old.into_iter().flatten() {
                insert(&mut table, h, item);
            }
        }
    }
    let mut slots: Vec<Option<Constant>> = items.into_iter().map(Some).collect();
    table
        .into_iter()
        .flatten()
        .filter_map(|(_, item)| slots[item].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(items: &[&str]) -> Vec<Constant> {
        items.iter().map(|s| Constant::str(*s)).collect()
    }

    #[test]
    fn orders_match_python311_with_hash_seed_0() {
        // co_consts of `x in {...}` under PYTHONHASHSEED=0 python3.11
        let order = frozenset_order(strs(&["shake_128", "shake_256"]));
        assert_eq!(
            Constant::FrozenSet(order).repr(),
            "frozenset({'shake_256', 'shake_128'})"
        );
        let order = frozenset_order(strs(&["md5", "MD5"]));
        assert_eq!(
            Constant::FrozenSet(order).repr(),
            "frozenset({'md5', 'MD5'})"
        );
        let pair = |a: i64, b: &str| Constant::Tuple(vec![Constant::int(a), Constant::str(b)]);
        let tuples = vec![pair(3, "a"), pair(1, "b"), pair(0, "e")];
        assert_eq!(
            Constant::FrozenSet(frozenset_order(tuples)).repr(),
            "frozenset({(1, 'b'), (0, 'e'), (3, 'a')})"
        );
        let ints = [3, 1, 2, 17, 9].into_iter().map(Constant::int).collect();
        assert_eq!(
            Constant::FrozenSet(frozenset_order(ints)).repr(),
            "frozenset({1, 2, 3, 9, 17})"
        );
    }
}
