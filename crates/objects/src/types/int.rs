//! `int`: arbitrary precision, with a 64-bit fast path.
//!
//! [`Int`] is the arithmetic type: `Small(i64)` whenever the value fits,
//! `Big(BigInt)` only when it does not (the invariant every constructor
//! keeps through [`Int::from_bigint`]). On the heap the same split is
//! `Value::Int` versus `Payload::Int`. Division and modulo floor towards
//! negative infinity, as Python's do; the remainder takes the divisor's
//! sign.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::types::BuiltinType;
use crate::value::Value;

pub mod convert;

/// An integer value.
#[derive(Clone, Debug)]
pub enum Int {
    /// Fits in 64 bits.
    Small(i64),
    /// Does not fit in 64 bits.
    Big(BigInt),
}

impl PartialEq for Int {
    fn eq(&self, other: &Int) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Int {}
impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_bigint().cmp(&other.to_bigint()),
        }
    }
}

impl From<i64> for Int {
    fn from(i: i64) -> Int {
        Int::Small(i)
    }
}

impl Int {
    /// Normalise: a big value that fits becomes `Small`.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int::Small(i),
            None => Int::Big(b),
        }
    }

    /// The value as a `BigInt`.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(_) => None,
        }
    }

    /// Read an int (or bool) value.
    pub fn from_value(heap: &Heap, v: Value) -> Option<Int> {
        match v {
            Value::Bool(b) => Some(Int::Small(b as i64)),
            Value::Int(i) => Some(Int::Small(i)),
            Value::Obj(r) => match heap.payload(r) {
                // An `int` subclass's value may fit in a machine word.
                Payload::Int(b) => Some(match b.to_i64() {
                    Some(i) => Int::Small(i),
                    None => Int::Big(b.clone()),
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// Store as a `Value`: immediate if small, else a new heap int (an
    /// owned reference).
    pub fn into_value(self, heap: &mut Heap) -> Value {
        match self {
            Int::Small(i) => Value::Int(i),
            Int::Big(b) => heap.alloc_builtin(BuiltinType::Int, Payload::Int(b)),
        }
    }

    /// `x < 0`
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// `x == 0`
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// `x + y`
    pub fn add(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(c) = a.checked_add(*b) {
                return Int::Small(c);
            }
        }
        Int::from_bigint(self.to_bigint() + other.to_bigint())
    }

    /// `x - y`
    pub fn sub(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(c) = a.checked_sub(*b) {
                return Int::Small(c);
            }
        }
        Int::from_bigint(self.to_bigint() - other.to_bigint())
    }

    /// `x * y`
    pub fn mul(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(c) = a.checked_mul(*b) {
                return Int::Small(c);
            }
        }
        Int::from_bigint(self.to_bigint() * other.to_bigint())
    }

    /// `-x`
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(i) => match i.checked_neg() {
                Some(n) => Int::Small(n),
                None => Int::from_bigint(-BigInt::from(*i)),
            },
            Int::Big(b) => Int::from_bigint(-b),
        }
    }

    /// `abs(x)`
    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `divmod(x, y)` with floor semantics.
    pub fn divmod(&self, other: &Int) -> PyResult<(Int, Int)> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let (Some(q), Some(r)) = (a.checked_div_euclid(*b), a.checked_rem_euclid(*b)) {
                // Euclid's remainder is non-negative; Python's takes the
                // divisor's sign.
                let (q, r) = if r != 0 && *b < 0 {
                    (q - 1, r + b)
                } else {
                    (q, r)
                };
                return Ok((Int::Small(q), Int::Small(r)));
            }
        }
        let (q, r) = self.to_bigint().div_mod_floor(&other.to_bigint());
        Ok((Int::from_bigint(q), Int::from_bigint(r)))
    }

    /// `x // y`
    pub fn floordiv(&self, other: &Int) -> PyResult<Int> {
        Ok(self.divmod(other)?.0)
    }

    /// `x % y`
    pub fn modulo(&self, other: &Int) -> PyResult<Int> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer modulo by zero"));
        }
        Ok(self.divmod(other)?.1)
    }

    /// `x ** y` for `y >= 0`.
    pub fn pow(&self, exp: u64) -> PyResult<Int> {
        if let Int::Small(b) = self {
            if let Ok(e32) = u32::try_from(exp) {
                if let Some(p) = b.checked_pow(e32) {
                    return Ok(Int::Small(p));
                }
            }
            // Bases 0, 1 and -1 stay small for any exponent.
            match b {
                0 | 1 => return Ok(Int::Small(*b)),
                -1 => return Ok(Int::Small(if exp % 2 == 0 { 1 } else { -1 })),
                _ => {}
            }
        }
        crate::error::check_allocation(self.bit_length() as u128 * exp as u128 / 8, 1)?;
        let e =
            u32::try_from(exp).map_err(|_| PyErr::new(crate::error::ExcKind::MemoryError, ""))?;
        Ok(Int::from_bigint(num_traits::Pow::pow(self.to_bigint(), e)))
    }

    /// `pow(x, y, m)`; a negative `y` inverts `x` modulo `m` first.
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> PyResult<Int> {
        if modulus.is_zero() {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        let m = modulus.to_bigint();
        let m_abs = m.abs();
        let mut base = self.to_bigint();
        let mut exp = exp.to_bigint();
        if exp.is_negative() {
            // CPython 3.8+: a negative exponent raises the modular inverse
            // of the base to the positive exponent.
            base = base.modinv(&m_abs).ok_or_else(|| {
                PyErr::value_error("base is not invertible for the given modulus")
            })?;
            exp = -exp;
        }
        let r = base.modpow(&exp, &m_abs);
        // Python's result takes the modulus's sign.
        let r = if !r.is_zero() && m.is_negative() {
            r + &m
        } else {
            r
        };
        Ok(Int::from_bigint(r))
    }

    /// `x << n`
    pub fn shl(&self, n: &Int) -> PyResult<Int> {
        if n.is_negative() {
            return Err(PyErr::value_error("negative shift count"));
        }
        if self.is_zero() {
            return Ok(Int::Small(0));
        }
        let n = match n.to_i64().and_then(|n| usize::try_from(n).ok()) {
            Some(n) if n < (1 << 40) => n,
            _ => return Err(PyErr::overflow("too many digits in integer")),
        };
        crate::error::check_allocation((self.bit_length() as u128 + n as u128) / 8, 1)?;
        if let Int::Small(a) = self {
            if n < 63 {
                let shifted = a.checked_shl(n as u32).filter(|s| s >> n == *a);
                if let Some(s) = shifted {
                    return Ok(Int::Small(s));
                }
            }
        }
        Ok(Int::from_bigint(self.to_bigint() << n))
    }

    /// `x >> n` (floor: `-1 >> 5 == -1`).
    pub fn shr(&self, n: &Int) -> PyResult<Int> {
        if n.is_negative() {
            return Err(PyErr::value_error("negative shift count"));
        }
        let n = match n.to_i64() {
            Some(n) => n as u64,
            None => return Ok(Int::Small(if self.is_negative() { -1 } else { 0 })),
        };
        Ok(match self {
            Int::Small(a) => Int::Small(if n >= 64 {
                if *a < 0 { -1 } else { 0 }
            } else {
                a >> n
            }),
            Int::Big(b) => {
                let n = usize::try_from(n).unwrap_or(usize::MAX);
                // BigInt's `>>` rounds towards negative infinity, like Python.
                Int::from_bigint(b >> n)
            }
        })
    }

    /// `x & y`, `x | y`, `x ^ y` (two's complement semantics).
    pub fn bitop(&self, other: &Int, op: char) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::Small(match op {
                '&' => a & b,
                '|' => a | b,
                _ => a ^ b,
            });
        }
        let (a, b) = (self.to_bigint(), other.to_bigint());
        Int::from_bigint(match op {
            '&' => a & b,
            '|' => a | b,
            _ => a ^ b,
        })
    }

    /// `~x`
    pub fn invert(&self) -> Int {
        self.neg().sub(&Int::Small(1))
    }

    /// `x.bit_length()`
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            Int::Big(b) => b.bits(),
        }
    }

    /// `float(x)`, correctly rounded.
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Int::Small(i) => Ok(*i as f64),
            Int::Big(b) => ratio_to_f64(b, &BigInt::one())
                .ok_or_else(|| PyErr::overflow("int too large to convert to float")),
        }
    }

    /// `x / y`: true division, correctly rounded.
    pub fn truediv(&self, other: &Int) -> PyResult<f64> {
        if other.is_zero() {
            return Err(PyErr::zero_division("division by zero"));
        }
        const EXACT: i64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if a.abs() <= EXACT && b.abs() <= EXACT {
                return Ok(*a as f64 / *b as f64);
            }
        }
        ratio_to_f64(&self.to_bigint(), &other.to_bigint())
            .ok_or_else(|| PyErr::overflow("integer division result too large for a float"))
    }
}

/// `n / d` rounded to the nearest float (ties to even); `None` on
/// overflow. `d` must be nonzero.
pub fn ratio_to_f64(n: &BigInt, d: &BigInt) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let negative = (n.sign() == Sign::Minus) != (d.sign() == Sign::Minus);
    let (n, d) = (n.abs(), d.abs());
    // Scale so the quotient has 55 bits: 53 of mantissa, a rounding bit
    // and a sticky bit that records any nonzero remainder.
    let shift = n.bits() as i64 - d.bits() as i64 - 55;
    let (num, den) = if shift >= 0 {
        (n, d << shift as usize)
    } else {
        (n << (-shift) as usize, d)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().expect("the scaled quotient has at most 56 bits");
    if !r.is_zero() {
        q |= 1;
    }
    // Round to 53 bits, or fewer where the result is subnormal, half to
    // even; the sticky bit makes a tie exact.
    let top = 64 - q.leading_zeros() as i64;
    let mut keep = 53;
    let lsb_exp = shift + top - keep;
    if lsb_exp < -1074 {
        keep -= -1074 - lsb_exp;
    }
    let drop = top - keep;
    let mantissa = if drop >= 64 {
        0
    } else {
        let half = 1u64 << (drop - 1);
        let rem = q & ((1u64 << drop) - 1);
        let m = q >> drop;
        if rem > half || (rem == half && m & 1 == 1) {
            m + 1
        } else {
            m
        }
    };
    let value = ldexp(mantissa as f64, shift + drop);
    if value.is_infinite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// `m * 2**e` without intermediate overflow or underflow.
pub fn ldexp(m: f64, e: i64) -> f64 {
    let mut x = m;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

#[cfg(test)]
mod tests;
