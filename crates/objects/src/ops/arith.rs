//! Binary and unary operators on the built-in numeric and sequence
//! types, with CPython's results and `TypeError` messages.
//!
//! This is what `BINARY_OP` does when neither operand is an instance of a
//! user class: the numeric tower `bool < int < float < complex` (the
//! narrower operand is widened), sequence concatenation and repetition,
//! and `%` formatting of `str`.

use super::type_name;
use crate::error::{PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::types::float::{float_div, float_divmod, float_floordiv, float_mod, float_pow};
use crate::types::int::Int;
use crate::value::Value;

/// A binary operator, as `BINARY_OP`'s argument names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// The operator as error messages print it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// A number widened for arithmetic and numeric comparison.
#[derive(Clone, Debug)]
pub(crate) enum Num {
    Int(Int),
    Float(f64),
    Complex(f64, f64),
}

pub(crate) fn as_num(heap: &Heap, v: Value) -> Option<Num> {
    Some(match v {
        Value::Bool(b) => Num::Int(Int::Small(b as i64)),
        Value::Int(i) => Num::Int(Int::Small(i)),
        Value::Float(f) => Num::Float(f),
        Value::Obj(r) => match heap.payload(r) {
            Payload::Int(_) => Num::Int(Int::from_value(heap, v)?),
            Payload::Float(f) => Num::Float(*f),
            Payload::Complex { real, imag } => Num::Complex(*real, *imag),
            _ => return None,
        },
        _ => return None,
    })
}

fn unsupported(heap: &Heap, op: BinOp, a: Value, b: Value) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        type_name(heap, a),
        type_name(heap, b)
    ))
}

/// A new complex (owned reference).
pub fn new_complex(heap: &mut Heap, real: f64, imag: f64) -> Value {
    heap.alloc_builtin(BuiltinType::Complex, Payload::Complex { real, imag })
}

/// `a <op> b` for built-in operands; the result is an owned reference.
pub fn binary_op(rt: &mut dyn Runtime, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if let Some(r) = super::view_sets::view_set_op(rt, op, a, b) {
        return r;
    }
    let heap = rt.heap();
    if let (Some(x), Some(y)) = (as_num(heap, a), as_num(heap, b)) {
        if let (Value::Bool(p), Value::Bool(q), BinOp::And | BinOp::Or | BinOp::Xor) = (a, b, op) {
            return Ok(Value::Bool(match op {
                BinOp::And => p & q,
                BinOp::Or => p | q,
                _ => p ^ q,
            }));
        }
        return match numeric(heap, op, x, y)? {
            Some(v) => Ok(v),
            None => Err(unsupported(heap, op, a, b)),
        };
    }
    super::sequence::sequence_op(rt, op, a, b)
}

fn numeric(heap: &mut Heap, op: BinOp, x: Num, y: Num) -> PyResult<Option<Value>> {
    let integral_only = matches!(
        op,
        BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
    );
    if integral_only && !matches!((&x, &y), (Num::Int(_), Num::Int(_))) {
        return Ok(None);
    }
    Ok(Some(match (x, y) {
        (Num::Int(p), Num::Int(q)) => return int_op(heap, op, &p, &q),
        (x @ Num::Complex(..), y) | (x, y @ Num::Complex(..)) => {
            let (a, b) = (to_complex(x)?, to_complex(y)?);
            let (re, im) = match op {
                BinOp::Add => (a.0 + b.0, a.1 + b.1),
                BinOp::Sub => (a.0 - b.0, a.1 - b.1),
                BinOp::Mul => complex_mul(a, b),
                BinOp::TrueDiv => complex_div(a, b)?,
                BinOp::Pow => complex_pow(a, b)?,
                _ => return Ok(None),
            };
            new_complex(heap, re, im)
        }
        (Num::Float(p), Num::Float(q)) => float_op(heap, op, p, q)?,
        (Num::Float(p), Num::Int(q)) => float_op(heap, op, p, q.to_f64()?)?,
        (Num::Int(p), Num::Float(q)) => float_op(heap, op, p.to_f64()?, q)?,
    }))
}

fn to_complex(n: Num) -> PyResult<(f64, f64)> {
    Ok(match n {
        Num::Int(i) => (i.to_f64()?, 0.0),
        Num::Float(f) => (f, 0.0),
        Num::Complex(r, i) => (r, i),
    })
}

fn int_op(heap: &mut Heap, op: BinOp, p: &Int, q: &Int) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => p.add(q),
        BinOp::Sub => p.sub(q),
        BinOp::Mul => p.mul(q),
        BinOp::FloorDiv => p.floordiv(q)?,
        BinOp::Mod => p.modulo(q)?,
        BinOp::TrueDiv => return Ok(Some(Value::Float(p.truediv(q)?))),
        BinOp::Pow => {
            if q.is_negative() {
                let base = p.to_f64()?;
                if base == 0.0 {
                    return Err(PyErr::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return float_op(heap, op, base, q.to_f64()?).map(Some);
            }
            match q.to_i64() {
                Some(e) => p.pow(e as u64)?,
                None if matches!(p, Int::Small(0 | 1)) => p.clone(),
                None => return Err(PyErr::new(crate::error::ExcKind::MemoryError, "")),
            }
        }
        BinOp::LShift => p.shl(q)?,
        BinOp::RShift => p.shr(q)?,
        BinOp::And => p.bitop(q, '&'),
        BinOp::Or => p.bitop(q, '|'),
        BinOp::Xor => p.bitop(q, '^'),
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(r.into_value(heap)))
}

fn float_op(heap: &mut Heap, op: BinOp, p: f64, q: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => p + q,
        BinOp::Sub => p - q,
        BinOp::Mul => p * q,
        BinOp::TrueDiv => float_div(p, q)?,
        BinOp::FloorDiv => float_floordiv(p, q)?,
        BinOp::Mod => float_mod(p, q)?,
        BinOp::Pow => match float_pow(p, q)? {
            Some(r) => r,
            None => {
                let (re, im) = complex_pow((p, 0.0), (q, 0.0))?;
                return Ok(new_complex(heap, re, im));
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )));
        }
    }))
}

/// `divmod(a, b)` for numbers, as a pair of owned references.
pub fn divmod(rt: &mut dyn Runtime, a: Value, b: Value) -> PyResult<(Value, Value)> {
    let heap = rt.heap();
    let err = || {
        PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(heap, a),
            type_name(heap, b)
        ))
    };
    match (
        as_num(heap, a).ok_or_else(err)?,
        as_num(heap, b).ok_or_else(err)?,
    ) {
        (Num::Int(p), Num::Int(q)) => {
            let (d, m) = p.divmod(&q)?;
            Ok((d.into_value(heap), m.into_value(heap)))
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => Err(err()),
        (x, y) => {
            let f = |n: Num| -> PyResult<f64> {
                match n {
                    Num::Int(i) => i.to_f64(),
                    Num::Float(f) => Ok(f),
                    Num::Complex(r, _) => Ok(r),
                }
            };
            let (d, m) = float_divmod(f(x)?, f(y)?, "float divmod()")?;
            Ok((Value::Float(d), Value::Float(m)))
        }
    }
}

/// CPython's complex power: exact repeated multiplication for small
/// integral exponents, the polar form otherwise.
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PyErr::zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let p = complex_powu(a, n.unsigned_abs());
        return if n < 0 {
            complex_div((1.0, 0.0), p)
        } else {
            Ok(p)
        };
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let r = (len * phase.cos(), len * phase.sin());
    if !r.0.is_finite() || !r.1.is_finite() {
        return Err(PyErr::overflow("complex exponentiation"));
    }
    Ok(r)
}

fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn complex_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

/// Complex division with CPython's scaling (Smith's method).
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(PyErr::zero_division("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `abs(x)`
    Abs,
}

/// `-x`, `+x`, `~x`, `abs(x)` for built-in numbers; an owned result.
pub fn unary_op(rt: &mut dyn Runtime, op: UnaryOp, v: Value) -> PyResult<Value> {
    let heap = rt.heap();
    let bad = |heap: &Heap| {
        let what = match op {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            UnaryOp::Invert => "unary ~",
            UnaryOp::Abs => "abs()",
        };
        PyErr::type_error(format!(
            "bad operand type for {what}: '{}'",
            type_name(heap, v)
        ))
    };
    Ok(match (as_num(heap, v).ok_or_else(|| bad(heap))?, op) {
        (Num::Int(i), UnaryOp::Neg) => i.neg().into_value(heap),
        (Num::Int(i), UnaryOp::Pos) => i.into_value(heap),
        (Num::Int(i), UnaryOp::Invert) => i.invert().into_value(heap),
        (Num::Int(i), UnaryOp::Abs) => i.abs().into_value(heap),
        (Num::Float(f), UnaryOp::Neg) => Value::Float(-f),
        (Num::Float(f), UnaryOp::Pos) => Value::Float(f),
        (Num::Float(f), UnaryOp::Abs) => Value::Float(f.abs()),
        (Num::Complex(r, i), UnaryOp::Neg) => new_complex(heap, -r, -i),
        (Num::Complex(r, i), UnaryOp::Pos) => new_complex(heap, r, i),
        (Num::Complex(r, i), UnaryOp::Abs) => {
            let m = r.hypot(i);
            if m.is_infinite() && r.is_finite() && i.is_finite() {
                return Err(PyErr::overflow("absolute value too large"));
            }
            Value::Float(m)
        }
        (Num::Float(_) | Num::Complex(..), UnaryOp::Invert) => return Err(bad(heap)),
    })
}
