//! Arithmetic and comparisons of immediates (`Value::Int`, `Value::Float`)
//! that the loop does inline, without the operator protocol: an answer is
//! given only where it is certainly what the full protocol would give
//! (no overflow, no division by zero, no int too wide to be a float
//! exactly), and `None` sends the instruction to its generic handler.
//!
//! `Value::Bool` is not handled: `True + 1` goes the long way.

use pyrite_objects::Value;

/// Ints below this magnitude convert to `f64` exactly.
const EXACT_FLOAT: u64 = 1 << 53;

fn as_float(v: Value) -> Option<f64> {
    match v {
        Value::Float(x) => Some(x),
        Value::Int(i) if i.unsigned_abs() < EXACT_FLOAT => Some(i as f64),
        _ => None,
    }
}

/// `a <op> b` for `BINARY_OP`'s argument (`+=` and friends mean the same
/// on immediates).
#[inline]
pub(crate) fn binary(index: u32, a: Value, b: Value) -> Option<Value> {
    let op = index % 13;
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return match op {
            0 => x.checked_add(y).map(Value::Int),
            1 => Some(Value::Int(x & y)),
            // Floor division and modulo by a positive divisor are the
            // Euclidean ones.
            2 if y > 0 => Some(Value::Int(x.div_euclid(y))),
            5 => x.checked_mul(y).map(Value::Int),
            6 if y > 0 => Some(Value::Int(x.rem_euclid(y))),
            7 => Some(Value::Int(x | y)),
            9 if (0..64).contains(&y) => Some(Value::Int(x >> y)),
            10 => x.checked_sub(y).map(Value::Int),
            11 if y != 0 && x.unsigned_abs() < EXACT_FLOAT && y.unsigned_abs() < EXACT_FLOAT => {
                Some(Value::Float(x as f64 / y as f64))
            }
            12 => Some(Value::Int(x ^ y)),
            _ => None,
        };
    }
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return None;
    }
    let (x, y) = (as_float(a)?, as_float(b)?);
    match op {
        0 => Some(Value::Float(x + y)),
        5 => Some(Value::Float(x * y)),
        10 => Some(Value::Float(x - y)),
        11 if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// `a <op> b` for `COMPARE_OP`'s argument, on two ints or two floats.
#[inline]
pub(crate) fn compare(op: u32, a: Value, b: Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(&y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
        _ => return None,
    };
    use std::cmp::Ordering::*;
    Some(match (op, ord) {
        // NaN compares false except for `!=`.
        (3, None) => true,
        (_, None) => false,
        (0, Some(o)) => o == Less,
        (1, Some(o)) => o != Greater,
        (2, Some(o)) => o == Equal,
        (3, Some(o)) => o != Equal,
        (4, Some(o)) => o == Greater,
        (5, Some(o)) => o != Less,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_that_overflow_go_the_long_way() {
        assert_eq!(binary(0, Value::Int(i64::MAX), Value::Int(1)), None);
        assert_eq!(binary(10, Value::Int(i64::MIN), Value::Int(1)), None);
        assert_eq!(binary(5, Value::Int(1 << 40), Value::Int(1 << 40)), None);
        assert_eq!(binary(0, Value::Int(2), Value::Int(3)), Some(Value::Int(5)));
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(
            binary(6, Value::Int(-7), Value::Int(3)),
            Some(Value::Int(2))
        );
        assert_eq!(
            binary(2, Value::Int(-7), Value::Int(3)),
            Some(Value::Int(-3))
        );
        assert_eq!(binary(6, Value::Int(7), Value::Int(-3)), None);
        assert_eq!(binary(2, Value::Int(1), Value::Int(0)), None);
        assert_eq!(binary(11, Value::Float(1.0), Value::Int(0)), None);
    }

    #[test]
    fn mixed_float_arithmetic_needs_exact_ints() {
        assert_eq!(
            binary(11, Value::Float(1.0), Value::Int(4)),
            Some(Value::Float(0.25))
        );
        assert_eq!(binary(0, Value::Float(1.0), Value::Int(1 << 60)), None);
        assert_eq!(binary(0, Value::Bool(true), Value::Int(1)), None);
    }

    #[test]
    fn nan_compares_unequal() {
        let nan = Value::Float(f64::NAN);
        assert_eq!(compare(2, nan, nan), Some(false));
        assert_eq!(compare(3, nan, nan), Some(true));
        assert_eq!(compare(0, Value::Int(1), Value::Int(2)), Some(true));
        assert_eq!(compare(5, Value::Int(1), Value::Float(2.0)), None);
    }
}
