//! CPython 3.11's hash functions, bit for bit.
//!
//! - Numbers hash by their value modulo the Mersenne prime `2**61 - 1`
//!   ([`numeric`]), so `hash(1) == hash(1.0) == hash(1+0j)` and equal
//!   numbers of different types land in the same dict slot.
//! - `str` and `bytes` hash with SipHash-1-3 ([`str_hash`], [`bytes_hash`])
//!   under the key that `PYTHONHASHSEED=0` gives CPython: all zeros. A `str`
//!   is hashed over CPython's internal representation of it: one byte per
//!   code point if all are below 256, else two (little-endian) if all are
//!   below 65536, else four.
//! - `tuple` uses 3.11's xxHash-based combination ([`tuple_hash`]);
//!   `frozenset` its order-independent shuffle-and-xor ([`frozenset_hash`]).
//!
//! No hash is ever `-1`: CPython reserves it as an error marker, so a
//! result of `-1` becomes `-2` (for tuples and frozensets, a fixed constant).

pub mod numeric;

pub use numeric::{bigint_hash, complex_hash, float_hash, int_hash};

use siphasher::sip::SipHasher13;

/// The SipHash key under `PYTHONHASHSEED=0`.
const SIP_KEY: (u64, u64) = (0, 0);

fn siphash13(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let h = SipHasher13::new_with_keys(SIP_KEY.0, SIP_KEY.1).hash(bytes) as i64;
    if h == -1 { -2 } else { h }
}

/// `hash(s)` for a `str`.
pub fn str_hash(s: &str) -> i64 {
    let widest = s.chars().map(u32::from).max().unwrap_or(0);
    if widest < 0x100 {
        if s.is_ascii() {
            return siphash13(s.as_bytes());
        }
        let latin1: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        siphash13(&latin1)
    } else if widest < 0x10000 {
        let ucs2: Vec<u8> = s
            .chars()
            .flat_map(|c| (c as u32 as u16).to_le_bytes())
            .collect();
        siphash13(&ucs2)
    } else {
        let ucs4: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(&ucs4)
    }
}

/// `hash(b)` for `bytes`.
pub fn bytes_hash(b: &[u8]) -> i64 {
    siphash13(b)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(t)` for a tuple whose items hash to `items` (3.11's `tuplehash`).
pub fn tuple_hash(items: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `hash(frozenset)` from the hashes of its members. CPython computes it
/// over its table including empty and deleted slots and then cancels
/// those out; the result depends only on the members, as here.
pub fn frozenset_hash(members: &[i64]) -> i64 {
    let mut hash: u64 = 0;
    for &h in members {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (members.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}

/// CPython's `_Py_HashPointer`: the hash of an object by identity
/// (`object.__hash__`, and a NaN's hash in 3.10+), from its `id()`.
pub fn pointer_hash(id: u128) -> i64 {
    let y = id as u64;
    let x = y.rotate_right(4) as i64;
    if x == -1 { -2 } else { x }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values: `PYTHONHASHSEED=0 python3.11 -c "print(hash(...))"`.
    #[test]
    fn str_and_bytes_match_cpython() {
        assert_eq!(str_hash("a"), 4644417185603328019);
        assert_eq!(bytes_hash(b"abc"), -4594863902769663758);
        assert_eq!(str_hash(""), 0);
        assert_eq!(str_hash("é"), 6047309291227476195);
        assert_eq!(str_hash("€"), -5529981157763016009);
        assert_eq!(str_hash("😀"), -3536540696076613844);
    }

    #[test]
    fn tuple_matches_cpython() {
        assert_eq!(tuple_hash(&[1, 2]), -3550055125485641917);
        assert_eq!(tuple_hash(&[]), 5740354900026072187);
    }
}
