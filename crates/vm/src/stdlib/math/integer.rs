//! `math`'s integer functions: `factorial`, `gcd`, `lcm`, `comb`, `perm`
//! and `isqrt`, exact on ints of any size.

use num_bigint::BigInt;
use pyrite_objects::types::int::Int;
use pyrite_objects::{PyErr, PyResult, Value};

use super::{Native, one_arg, to_int};
use crate::interpreter::Interpreter;

fn math_factorial(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("factorial", args, kwnames)?;
    let n = to_int(interp, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(PyErr::overflow(
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    Ok(Int::from_bigint(range_product(1, n)).into_value(&mut interp.heap))
}

/// `lo * (lo+1) * … * hi` (1 when empty), by splitting the range in halves
/// so the multiplications stay balanced.
fn range_product(lo: i64, hi: i64) -> BigInt {
    if lo > hi {
        return BigInt::from(1);
    }
    if hi - lo < 16 {
        let mut acc = BigInt::from(lo);
        for k in lo + 1..=hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn gcd_of(a: &BigInt, b: &BigInt) -> BigInt {
    let mut a = if a.sign() == num_bigint::Sign::Minus {
        -a
    } else {
        a.clone()
    };
    let mut b = if b.sign() == num_bigint::Sign::Minus {
        -b
    } else {
        b.clone()
    };
    let zero = BigInt::from(0);
    while b != zero {
        let r = &a % &b;
        a = b;
        b = r;
    }
    a
}

fn ints_of(
    interp: &mut Interpreter,
    name: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Vec<BigInt>> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    let mut out = Vec::with_capacity(args.len());
    for v in args {
        out.push(to_int(interp, *v)?.to_bigint());
    }
    Ok(out)
}

fn math_gcd(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let values = ints_of(interp, "gcd", args, kwnames)?;
    let mut acc = BigInt::from(0);
    for v in &values {
        acc = gcd_of(&acc, v);
    }
    Ok(Int::from_bigint(acc).into_value(&mut interp.heap))
}

fn math_lcm(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let values = ints_of(interp, "lcm", args, kwnames)?;
    let zero = BigInt::from(0);
    let mut acc = BigInt::from(1);
    for v in &values {
        if *v == zero || acc == zero {
            acc = zero.clone();
            continue;
        }
        let g = gcd_of(&acc, v);
        let prod: BigInt = &acc / &g * v;
        acc = if prod.sign() == num_bigint::Sign::Minus {
            -prod
        } else {
            prod
        };
    }
    Ok(Int::from_bigint(acc).into_value(&mut interp.heap))
}

/// `n` and `k` of `comb`/`perm`: non-negative ints.
fn n_and_k(interp: &mut Interpreter, n: Value, k: Value) -> PyResult<(Int, Int)> {
    let n = to_int(interp, n)?;
    let k = to_int(interp, k)?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * … * (n-k+1)` for `k` fitting a machine word.
fn falling(n: &BigInt, k: i64) -> BigInt {
    let mut acc = BigInt::from(1);
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    acc
}

fn math_comb(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [n, k] = super::two_args("comb", args, kwnames)?;
    let (n, k) = n_and_k(interp, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk = n.sub(&k);
    let k = if nk < k { nk } else { k };
    let Some(k) = k.to_i64() else {
        return Err(PyErr::overflow(
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    let n = n.to_bigint();
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Int::from_bigint(acc).into_value(&mut interp.heap))
}

fn math_perm(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("math.perm() takes no keyword arguments"));
    }
    let (n, k) = match args {
        [n] => (*n, None),
        [n, k] => (*n, Some(*k)),
        [] => {
            return Err(PyErr::type_error(
                "perm expected at least 1 argument, got 0",
            ));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "perm expected at most 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let Some(k) = k.filter(|k| *k != Value::None) else {
        return math_factorial(interp, &[n], &[]);
    };
    let (n, k) = n_and_k(interp, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(PyErr::overflow("k must not exceed 9223372036854775807"));
    };
    Ok(Int::from_bigint(falling(&n.to_bigint(), k)).into_value(&mut interp.heap))
}

fn math_isqrt(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let v = one_arg("isqrt", args, kwnames)?;
    let n = to_int(interp, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Int::from_bigint(n.to_bigint().sqrt()).into_value(&mut interp.heap))
}

pub(super) const FUNCTIONS: &[Native] = &[
    ("factorial", math_factorial),
    ("gcd", math_gcd),
    ("lcm", math_lcm),
    ("comb", math_comb),
    ("perm", math_perm),
    ("isqrt", math_isqrt),
];
