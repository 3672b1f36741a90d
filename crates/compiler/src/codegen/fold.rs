//! Constant folding as CPython 3.11's `ast_opt.c` does it, so that
//! `co_consts` holds the same values: operators on constants, tuples of
//! constants, `__debug__`, and the literal containers that `in` and `for`
//! turn into tuples and frozensets.
//!
//! Folding is refused exactly where CPython refuses it: when evaluating
//! would raise (division by zero), or the result would be large (ints over
//! 128 bits, strings over 4096 characters, tuples over 256 items).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyrite_parser::ast::{self, ExprContext, ExprKind, Operator, UnaryOp};

use crate::bytecode::Constant;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// An AST literal as a code-object constant.
pub(super) fn constant(value: &ast::Constant) -> Constant {
    match value {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::int(*i),
        ast::Constant::BigInt { digits, radix } => Constant::Int(
            BigInt::parse_bytes(digits.as_bytes(), *radix).unwrap_or_else(BigInt::zero),
        ),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::SurrogateStr(points) => Constant::SurrogateStr(points.clone()),
    }
}

/// A `str` constant's code points (a lone surrogate is one of them).
fn str_points(c: &Constant) -> Option<Vec<u32>> {
    match c {
        Constant::Str(s) => Some(s.chars().map(u32::from).collect()),
        Constant::SurrogateStr(points) => Some(points.clone()),
        _ => None,
    }
}

/// The `str` constant of `points`: `Str` unless one is a lone surrogate.
fn str_constant(points: Vec<u32>) -> Constant {
    match points.iter().map(|&c| char::from_u32(c)).collect() {
        Some(text) => Constant::Str(text),
        None => Constant::SurrogateStr(points),
    }
}

/// The constant `expr` folds to, if it does.
pub(super) fn fold(expr: &ast::Expr) -> Option<Constant> {
    match &expr.kind {
        ExprKind::Constant { value, .. } => Some(constant(value)),
        ExprKind::Name { id, ctx } if id == "__debug__" && *ctx == ExprContext::Load => {
            Some(Constant::Bool(true))
        }
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => {
            let items: Option<Vec<Constant>> = elts.iter().map(fold).collect();
            items.map(Constant::Tuple)
        }
        ExprKind::UnaryOp { op, operand } => unary(*op, fold(operand)?),
        ExprKind::BinOp { left, op, right } => binary(*op, fold(left)?, fold(right)?),
        ExprKind::Subscript {
            value,
            slice,
            ctx: ExprContext::Load,
        } => subscript(fold(value)?, fold(slice)?),
        _ => None,
    }
}

/// A list or set literal of constants in an `in` test or `for` loop,
/// which CPython turns into a tuple or frozenset constant.
pub(super) fn iterable(expr: &ast::Expr) -> Option<Constant> {
    match &expr.kind {
        ExprKind::List {
            elts,
            ctx: ExprContext::Load,
        } => {
            let items: Option<Vec<Constant>> = elts.iter().map(fold).collect();
            items.map(Constant::Tuple)
        }
        ExprKind::Set { elts } => {
            let items: Option<Vec<Constant>> = elts.iter().map(fold).collect();
            items.map(|items| Constant::FrozenSet(dedup_set(items)))
        }
        _ => None,
    }
}

/// Set elements with duplicates (by value, so `1` and `True` are one)
/// removed, first occurrence kept, in CPython's iteration order.
pub(super) fn dedup_set(items: Vec<Constant>) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::new();
    for item in items {
        if !out.iter().any(|o| same_value(o, &item)) {
            out.push(item);
        }
    }
    super::set_order::frozenset_order(out)
}

fn same_value(a: &Constant, b: &Constant) -> bool {
    match (number(a), number(b)) {
        (Some(Num::Int(x)), Some(Num::Int(y))) => x == y,
        (Some(x), Some(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Num {
    fn as_f64(&self) -> Option<f64> {
        match self {
            Num::Int(i) => i.to_f64(),
            Num::Float(f) => Some(*f),
            Num::Complex(..) => None,
        }
    }

    fn as_complex(&self) -> Option<(f64, f64)> {
        match self {
            Num::Complex(r, i) => Some((*r, *i)),
            other => Some((other.as_f64()?, 0.0)),
        }
    }
}

fn number(c: &Constant) -> Option<Num> {
    match c {
        Constant::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn from_num(n: Num) -> Constant {
    match n {
        Num::Int(i) => Constant::Int(i),
        Num::Float(f) => Constant::Float(f),
        Num::Complex(real, imag) => Constant::Complex { real, imag },
    }
}

fn unary(op: UnaryOp, value: Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!crate::assemble::optimize::is_truthy(
            &value,
        )));
    }
    let n = number(&value)?;
    Some(from_num(match (op, n) {
        (UnaryOp::USub, Num::Int(i)) => Num::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Num::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Num::Complex(-r, -i),
        (UnaryOp::UAdd, n) => n,
        (UnaryOp::Invert, Num::Int(i)) => Num::Int(-i - 1),
        _ => return None,
    }))
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn binary(op: Operator, left: Constant, right: Constant) -> Option<Constant> {
    // `bool` keeps its type under `&`, `|` and `^` (`True & False` is
    // `False`, not `0`).
    if let (Constant::Bool(p), Constant::Bool(q)) = (&left, &right) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(p & q)),
            Operator::BitOr => return Some(Constant::Bool(p | q)),
            Operator::BitXor => return Some(Constant::Bool(p ^ q)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (number(&left), number(&right)) {
        return numeric(op, a, b).map(from_num);
    }
    sequence(op, left, right)
}

fn numeric(op: Operator, a: Num, b: Num) -> Option<Num> {
    if let (Num::Int(x), Num::Int(y)) = (&a, &b) {
        return int_op(op, x, y);
    }
    if matches!(a, Num::Complex(..)) || matches!(b, Num::Complex(..)) {
        let (ar, ai) = a.as_complex()?;
        let (br, bi) = b.as_complex()?;
        return match op {
            Operator::Add => Some(Num::Complex(ar + br, ai + bi)),
            Operator::Sub => Some(Num::Complex(ar - br, ai - bi)),
            Operator::Mult => Some(Num::Complex(ar * br - ai * bi, ar * bi + ai * br)),
            _ => None,
        };
    }
    let x = a.as_f64()?;
    let y = b.as_f64()?;
    let value = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        Operator::FloorDiv => float_divmod(x, y)?.0,
        Operator::Mod => float_divmod(x, y)?.1,
        Operator::Pow => {
            if x < 0.0 && y.fract() != 0.0 || x == 0.0 && y < 0.0 {
                return None;
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Num::Float(value))
}

/// CPython's `_float_div_mod`.
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

fn floor_divmod(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    if y.is_zero() {
        return None;
    }
    let q = x / y;
    let r = x - &q * y;
    if !r.is_zero() && (r.is_negative() != y.is_negative()) {
        Some((q - 1, r + y))
    } else {
        Some((q, r))
    }
}

fn int_op(op: Operator, x: &BigInt, y: &BigInt) -> Option<Num> {
    Some(Num::Int(match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => {
            if !x.is_zero() && !y.is_zero() && bits(x) + bits(y) > MAX_INT_SIZE {
                return None;
            }
            x * y
        }
        Operator::FloorDiv => floor_divmod(x, y)?.0,
        Operator::Mod => floor_divmod(x, y)?.1,
        Operator::Div => {
            if y.is_zero() {
                return None;
            }
            let (a, b) = (x.to_i64()?, y.to_i64()?);
            if a.unsigned_abs() > 1 << 53 || b.unsigned_abs() > 1 << 53 {
                return None;
            }
            return Some(Num::Float(a as f64 / b as f64));
        }
        Operator::Pow => {
            if y.is_negative() {
                let (a, b) = (x.to_f64()?, y.to_f64()?);
                if a == 0.0 {
                    return None;
                }
                return Some(Num::Float(a.powf(b)));
            }
            let e = y.to_u64()?;
            if !x.is_zero() && e > 0 && bits(x).saturating_mul(e) > MAX_INT_SIZE {
                return None;
            }
            num_traits::pow(x.clone(), usize::try_from(e).ok()?)
        }
        Operator::LShift => {
            if y.is_negative() {
                return None;
            }
            let shift = y.to_u64()?;
            if shift > MAX_INT_SIZE || bits(x) > MAX_INT_SIZE - shift {
                return None;
            }
            x << shift as usize
        }
        Operator::RShift => {
            if y.is_negative() {
                return None;
            }
            let shift = y.to_u64().unwrap_or(u64::MAX);
            if shift > bits(x) {
                if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                x >> shift as usize
            }
        }
        Operator::BitOr => x | y,
        Operator::BitAnd => x & y,
        Operator::BitXor => x ^ y,
        Operator::MatMult => return None,
    }))
}

fn repeat_count(c: &Constant) -> Option<i64> {
    match c {
        Constant::Int(i) => i.to_i64(),
        Constant::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn sequence(op: Operator, left: Constant, right: Constant) -> Option<Constant> {
    match (op, left, right) {
        (Operator::Add, Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(a + &b)),
        (Operator::Add, a @ (Constant::Str(_) | Constant::SurrogateStr(_)), b) => {
            let mut points = str_points(&a)?;
            points.extend(str_points(&b)?);
            Some(str_constant(points))
        }
        (Operator::Add, Constant::Bytes(mut a), Constant::Bytes(b)) => {
            a.extend(b);
            Some(Constant::Bytes(a))
        }
        (Operator::Add, Constant::Tuple(mut a), Constant::Tuple(b)) => {
            a.extend(b);
            Some(Constant::Tuple(a))
        }
        (Operator::Mult, seq, n) | (Operator::Mult, n, seq)
            if repeat_count(&n).is_some()
                && matches!(
                    seq,
                    Constant::Str(_)
                        | Constant::SurrogateStr(_)
                        | Constant::Bytes(_)
                        | Constant::Tuple(_)
                ) =>
        {
            let n = repeat_count(&n)?.max(0) as usize;
            match seq {
                Constant::Str(s) => {
                    let len = s.chars().count();
                    (len == 0 || n <= MAX_STR_SIZE / len).then(|| Constant::Str(s.repeat(n)))
                }
                Constant::SurrogateStr(points) => {
                    (n <= MAX_STR_SIZE / points.len()).then(|| str_constant(points.repeat(n)))
                }
                Constant::Bytes(b) => (b.is_empty() || n <= MAX_STR_SIZE / b.len())
                    .then(|| Constant::Bytes(b.repeat(n))),
                Constant::Tuple(t) => (t.is_empty()
                    || n <= MAX_COLLECTION_SIZE / t.len() && n * t.len() <= MAX_TOTAL_ITEMS)
                    .then(|| Constant::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect())),
                _ => None,
            }
        }
        _ => None,
    }
}

fn subscript(value: Constant, index: Constant) -> Option<Constant> {
    let i = repeat_count(&index)?;
    let pick = |len: usize| -> Option<usize> {
        let idx = if i < 0 { len as i64 + i } else { i };
        (0..len as i64).contains(&idx).then_some(idx as usize)
    };
    match value {
        Constant::Tuple(items) => items.get(pick(items.len())?).cloned(),
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            chars
                .get(pick(chars.len())?)
                .map(|c| Constant::Str(c.to_string()))
        }
        Constant::SurrogateStr(points) => points
            .get(pick(points.len())?)
            .map(|&c| str_constant(vec![c])),
        Constant::Bytes(b) => b.get(pick(b.len())?).map(|x| Constant::int(*x)),
        _ => None,
    }
}

/// A piece of a `%`-format turned into an f-string.
pub(super) enum FormatPart<'a> {
    Literal(String),
    Value {
        value: &'a ast::Expr,
        /// `FORMAT_VALUE`'s conversion: 1 `!s`, 2 `!r`, 3 `!a`.
        conversion: u32,
        spec: Option<String>,
    },
}

/// CPython 3.11's `optimize_format`: `'...' % (a, b)` with only `%s`, `%r`
/// and `%a` (optionally with width and precision) becomes an f-string.
pub(super) fn percent_format<'a>(
    left: &ast::Expr,
    right: &'a ast::Expr,
) -> Option<Vec<FormatPart<'a>>> {
    // The format may itself be folded (`('a' + 'b') % (x,)`): CPython folds
    // the operands first.
    let Some(Constant::Str(format)) = fold(left) else {
        return None;
    };
    let ExprKind::Tuple {
        elts,
        ctx: ExprContext::Load,
    } = &right.kind
    else {
        return None;
    };
    // A tuple of constants has already become one constant, and a
    // `str % constant` is left alone.
    if fold(right).is_some()
        || elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
    {
        return None;
    }
    let chars: Vec<char> = format.chars().collect();
    let mut parts = Vec::new();
    let mut pos = 0;
    let mut count = 0;
    loop {
        let start = pos;
        let mut literal = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                literal.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                literal.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            parts.push(FormatPart::Literal(literal));
        }
        if pos >= chars.len() {
            break;
        }
        let value = elts.get(count)?;
        pos += 1;
        let (conversion, spec) = simple_format_arg(&chars, &mut pos)?;
        count += 1;
        parts.push(FormatPart::Value {
            value,
            conversion,
            spec,
        });
    }
    (count == elts.len()).then_some(parts)
}

/// One `%[flags][width][.precision]spec` with spec `s`, `r` or `a`
/// (CPython's `simple_format_arg_parse` and `parse_format`).
fn simple_format_arg(chars: &[char], pos: &mut usize) -> Option<(u32, Option<String>)> {
    const MAX_DIGITS: usize = 3;
    let mut next = || -> Option<char> {
        let c = *chars.get(*pos)?;
        *pos += 1;
        Some(c)
    };
    let mut ljust = false;
    let mut ch = next()?;
    while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
        ljust |= ch == '-';
        ch = next()?;
    }
    let mut width: Option<u32> = None;
    if ch.is_ascii_digit() {
        let mut w = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            w = w * 10 + d;
            ch = next()?;
            digits += 1;
            if digits >= MAX_DIGITS {
                return None;
            }
        }
        width = Some(w);
    }
    let mut precision: Option<u32> = None;
    if ch == '.' {
        ch = next()?;
        let mut p = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            p = p * 10 + d;
            ch = next()?;
            digits += 1;
            if digits >= MAX_DIGITS {
                return None;
            }
        }
        precision = Some(p);
    }
    let conversion = match ch {
        's' => 1,
        'r' => 2,
        'a' => 3,
        _ => return None,
    };
    let mut spec = String::new();
    if !ljust && width.is_some_and(|w| w > 0) {
        spec.push('>');
    }
    if let Some(w) = width {
        spec.push_str(&w.to_string());
    }
    if let Some(p) = precision {
        spec.push_str(&format!(".{p}"));
    }
    Some((conversion, (!spec.is_empty()).then_some(spec)))
}
