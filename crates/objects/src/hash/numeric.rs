//! The numeric hash: a number's value modulo `P = 2**61 - 1`.
//!
//! For a rational `m / n` the hash is `m * inverse(n) mod P`, with the sign
//! applied after reduction; floats are dyadic rationals, so their hash is
//! the mantissa rotated within 61 bits by the exponent. Infinities hash to
//! `±314159`; a NaN hashes by identity (see [`super::pointer_hash`]).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `sys.hash_info.modulus`.
pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: i32 = 61;
/// `sys.hash_info.inf`.
pub const INF: i64 = 314159;
/// `sys.hash_info.imag`.
const IMAG: u64 = 1000003;

fn fix(x: i64) -> i64 {
    if x == -1 { -2 } else { x }
}

/// `hash(i)` for an int that fits in 64 bits.
pub fn int_hash(i: i64) -> i64 {
    let r = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -r } else { r })
}

/// `hash(i)` for a big int.
pub fn bigint_hash(i: &BigInt) -> i64 {
    let r = (i.magnitude() % MODULUS)
        .to_u64()
        .expect("a value reduced modulo 2**61-1 fits in u64") as i64;
    fix(if i.sign() == Sign::Minus { -r } else { r })
}

/// `hash(x)` for a finite or infinite float; `None` for a NaN, whose
/// hash depends on the object's identity.
pub fn float_hash(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { INF } else { -INF });
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // Take 28 bits of mantissa at a time, rotating the accumulated value
    // left by 28 modulo 2**61 - 1 (a rotation, since 2**61 == 1 mod P).
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    let x = ((x << e) & MODULUS) | (x >> (BITS - e));
    Some(fix(x as i64 * sign))
}

/// `hash(complex(real, imag))`; `None` if either part is a NaN.
pub fn complex_hash(real: f64, imag: f64) -> Option<i64> {
    let r = float_hash(real)? as u64;
    let i = float_hash(imag)? as u64;
    Some(fix(r.wrapping_add(IMAG.wrapping_mul(i)) as i64))
}

/// C's `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from `python3.11 -c "print(hash(...))"`.
    #[test]
    fn ints() {
        assert_eq!(int_hash(-1), -2);
        assert_eq!(int_hash(1 << 61), 1);
        assert_eq!(int_hash(-(1 << 61) - 5), -6);
        assert_eq!(int_hash(i64::MIN), -4);
        let big: BigInt = BigInt::from(2).pow(100);
        assert_eq!(bigint_hash(&big), 549755813888);
    }

    #[test]
    fn floats() {
        assert_eq!(float_hash(1.5), Some(1152921504606846977));
        assert_eq!(float_hash(1.0), Some(1));
        assert_eq!(float_hash(-1.0), Some(-2));
        assert_eq!(float_hash(f64::INFINITY), Some(314159));
        assert_eq!(float_hash(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(float_hash(f64::NAN), None);
        assert_eq!(float_hash(0.1), Some(230584300921369408));
        assert_eq!(float_hash(1e300), Some(1224995262755759164));
        assert_eq!(float_hash(1e-300), Some(482449582752280463));
        assert_eq!(float_hash(5e-324), Some(16777216));
        assert_eq!(complex_hash(1.5, 2.5), Some(4611686018429387911));
        assert_eq!(float_hash(-0.0), Some(0));
    }

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
    }
}
