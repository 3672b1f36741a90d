//! The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998) as
//! CPython's `_randommodule.c` runs it: seeding by `init_genrand` and
//! `init_by_array`, the twist of all 624 words at once, and tempering.
//!
//! The state is kept as bytes (624 little-endian words, then the index of
//! the next word to hand out) so that it can live in a `bytearray` field
//! of a Python object and be read and changed in place.
//!
//! Invariants:
//! - A state slice is exactly [`STATE_BYTES`] long (every function here
//!   takes one made by [`new_state`]).
//! - The index is at most [`N`]; at `N` the next draw twists first.

/// Words of state.
pub(crate) const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Bytes of a state: the words, then the index.
pub(crate) const STATE_BYTES: usize = (N + 1) * 4;

/// A zeroed state at index 0, as a freshly allocated CPython
/// `Random` object holds before it is seeded.
pub(crate) fn new_state() -> Vec<u8> {
    vec![0; STATE_BYTES]
}

/// Word `i` of the state (`i == N` is the index).
pub(crate) fn word(state: &[u8], i: usize) -> u32 {
    let at = i * 4;
    u32::from_le_bytes([state[at], state[at + 1], state[at + 2], state[at + 3]])
}

/// Sets word `i` of the state (`i == N` is the index).
pub(crate) fn set_word(state: &mut [u8], i: usize, value: u32) {
    state[i * 4..i * 4 + 4].copy_from_slice(&value.to_le_bytes());
}

/// `init_genrand(s)`: the state from one 32-bit seed.
fn init_genrand(state: &mut [u8], s: u32) {
    let mut prev = s;
    set_word(state, 0, s);
    for i in 1..N {
        prev = 1_812_433_253u32
            .wrapping_mul(prev ^ (prev >> 30))
            .wrapping_add(i as u32);
        set_word(state, i, prev);
    }
    set_word(state, N, N as u32);
}

/// `init_by_array(key)`: the state from any number of 32-bit words (an
/// integer seed's absolute value, least significant word first).
pub(crate) fn init_by_array(state: &mut [u8], key: &[u32]) {
    init_genrand(state, 19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    let len = key.len().max(1);
    for _ in 0..N.max(len) {
        let prev = word(state, i - 1);
        let mixed = (word(state, i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
            .wrapping_add(key.get(j).copied().unwrap_or(0))
            .wrapping_add(j as u32);
        set_word(state, i, mixed);
        i += 1;
        j += 1;
        if i >= N {
            set_word(state, 0, word(state, N - 1));
            i = 1;
        }
        if j >= len {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = word(state, i - 1);
        let mixed = (word(state, i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
            .wrapping_sub(i as u32);
        set_word(state, i, mixed);
        i += 1;
        if i >= N {
            set_word(state, 0, word(state, N - 1));
            i = 1;
        }
    }
    // The most significant bit is 1, so the state is never all zeros.
    set_word(state, 0, 0x8000_0000);
}

/// Replaces all 624 words by their successors (the "twist").
fn twist(state: &mut [u8]) {
    let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
    for k in 0..N {
        let y = (word(state, k) & UPPER_MASK) | (word(state, (k + 1) % N) & LOWER_MASK);
        let next = word(state, (k + M) % N) ^ (y >> 1) ^ mag(y);
        set_word(state, k, next);
    }
}

/// The next 32-bit output (`genrand_uint32`).
pub(crate) fn next_u32(state: &mut [u8]) -> u32 {
    let mut index = word(state, N) as usize;
    if index >= N {
        twist(state);
        index = 0;
    }
    let mut y = word(state, index);
    set_word(state, N, index as u32 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// `random()`: a float in [0, 1) from 27 and 26 bits of two outputs.
pub(crate) fn next_f64(state: &mut [u8]) -> f64 {
    let a = next_u32(state) >> 5;
    let b = next_u32(state) >> 6;
    (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs_for_the_reference_key() {
        // The first outputs of mt19937ar.c's own test (key 0x123, 0x234,
        // 0x345, 0x456).
        let mut state = new_state();
        init_by_array(&mut state, &[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..3).map(|_| next_u32(&mut state)).collect();
        assert_eq!(first, [1_067_595_299, 955_945_823, 477_289_528]);
    }
}
