//! `str % args` and `bytes % args`: printf-style formatting with
//! CPython's rules and messages.
//!
//! A bytes format is read as Latin-1 text (one char per byte) so that one
//! renderer serves both; every piece a bytes conversion produces is also
//! Latin-1, and the result is turned back into bytes at the end
//! ([`crate::types::bytes_percent`]).
//!
//! A conversion is `%[(key)][flags][width][.precision][length]type`;
//! `*` takes a width or precision from the arguments. The arguments are
//! the tuple's items, or the single non-tuple value; `%(key)s` reads
//! from a mapping. Numbers are rendered through the format-spec machinery
//! ([`crate::types::format_spec`]) where the rules coincide.

use crate::error::{PyErr, PyResult};
use crate::heap::Payload;
use crate::ops::{repr, str as to_str, type_name};
use crate::runtime::Runtime;
use crate::types::float::{float_to_int, float_value};
use crate::types::format_spec::format_float;
use crate::types::int::Int;
use crate::value::Value;

/// Which `%` is being evaluated: the conversions and messages differ.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Str,
    Bytes,
}

pub(crate) struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
}

/// `format % args` for a `str` format (both borrowed); an owned result.
pub fn str_percent(rt: &mut dyn Runtime, format: Value, args: Value) -> PyResult<Value> {
    let heap = rt.heap();
    let fmt: Vec<char> = heap.str_of(format).unwrap_or("").chars().collect();
    let (positional, mapping): (Vec<Value>, Option<Value>) =
        match args.as_obj().map(|r| heap.payload(r)) {
            Some(Payload::Tuple(items)) => (items.to_vec(), None),
            Some(Payload::Dict(_)) => (vec![args], Some(args)),
            _ => (vec![args], None),
        };
    for v in &positional {
        heap.incref(*v);
    }
    let result = render(rt, Mode::Str, &fmt, &positional, mapping);
    for v in &positional {
        rt.heap().decref(*v);
    }
    let text = result?;
    Ok(rt.heap().new_str(text))
}

/// Render `fmt` (as chars; Latin-1 for a bytes format) with `args`.
pub(crate) fn render(
    rt: &mut dyn Runtime,
    mode: Mode,
    fmt: &[char],
    args: &[Value],
    mapping: Option<Value>,
) -> PyResult<String> {
    let mut out = String::new();
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut i = 0;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = args
            .get(*next)
            .copied()
            .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let incomplete = || PyErr::value_error("incomplete format");
        let mut keyed: Option<Value> = None;
        if fmt.get(i) == Some(&'(') {
            let m = mapping.ok_or_else(|| PyErr::type_error("format requires a mapping"))?;
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < fmt.len() && depth > 0 {
                match fmt[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key: String = fmt[start..j - 1].iter().collect();
            let key = match mode {
                Mode::Str => rt.heap().new_str(key),
                Mode::Bytes => {
                    let raw: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                    rt.heap().new_bytes(raw)
                }
            };
            let value = crate::ops::sequence::getitem(rt, m, key);
            rt.heap().decref(key);
            keyed = Some(value?);
            used_mapping = true;
            i = j;
        }
        let mut flags = Flags {
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
        };
        while let Some(f) = fmt.get(i) {
            match f {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if fmt.get(i) == Some(&'*') {
            i += 1;
            let w = take(&mut next)?;
            let w = Int::from_value(rt.heap(), w)
                .ok_or_else(|| PyErr::type_error("* wants int"))?
                .to_i64()
                .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))?;
            if w < 0 {
                flags.left = true;
            }
            width = Some(w.unsigned_abs() as usize);
        } else {
            // CPython reads the width as a Py_ssize_t and refuses more.
            let mut n = None;
            while let Some(d) = fmt.get(i).and_then(|c| c.to_digit(10)) {
                let so_far = n.unwrap_or(0usize);
                if so_far > (isize::MAX as usize - d as usize) / 10 {
                    return Err(PyErr::value_error("width too big"));
                }
                n = Some(so_far * 10 + d as usize);
                i += 1;
            }
            width = width.or(n);
        }
        let mut precision: Option<usize> = None;
        if fmt.get(i) == Some(&'.') {
            i += 1;
            if fmt.get(i) == Some(&'*') {
                i += 1;
                let p = take(&mut next)?;
                let p = Int::from_value(rt.heap(), p)
                    .ok_or_else(|| PyErr::type_error("* wants int"))?
                    .to_i64()
                    .and_then(|p| i32::try_from(p).ok())
                    .ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))?;
                precision = Some(p.max(0) as usize);
            } else {
                // CPython reads the precision as a C int.
                let mut n = 0usize;
                while let Some(d) = fmt.get(i).and_then(|c| c.to_digit(10)) {
                    if n > (i32::MAX as usize - d as usize) / 10 {
                        return Err(PyErr::value_error(match mode {
                            Mode::Str => "precision too big",
                            Mode::Bytes => "prec too big",
                        }));
                    }
                    n = n * 10 + d as usize;
                    i += 1;
                }
                precision = Some(n);
            }
        }
        while matches!(fmt.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let ty = *fmt.get(i).ok_or_else(incomplete)?;
        i += 1;
        if ty == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed {
            Some(v) => v,
            None => {
                let v = take(&mut next)?;
                rt.heap().incref(v);
                v
            }
        };
        let piece = match mode {
            Mode::Str => convert(rt, ty, arg, &flags, precision, i - 1),
            Mode::Bytes => {
                crate::types::bytes_percent::convert(rt, ty, arg, &flags, precision, i - 1)
            }
        };
        rt.heap().decref(arg);
        let piece = piece?;
        let w = width.unwrap_or(0);
        // A width the result could never hold is MemoryError, as in CPython,
        // not an aborted process.
        crate::error::check_allocation(w as u128, 1)?;
        let piece = if flags.zero && !flags.left && is_numeric_type(ty) {
            zero_pad(&piece, w)
        } else {
            piece
        };
        let len = piece.chars().count();
        if len >= w {
            out.push_str(&piece);
        } else if flags.left {
            out.push_str(&piece);
            out.push_str(&" ".repeat(w - len));
        } else {
            out.push_str(&" ".repeat(w - len));
            out.push_str(&piece);
        }
    }
    if next < args.len() && !used_mapping && mapping.is_none() {
        return Err(PyErr::type_error(match mode {
            Mode::Str => "not all arguments converted during string formatting",
            Mode::Bytes => "not all arguments converted during bytes formatting",
        }));
    }
    Ok(out)
}

/// Pad a rendered number with zeros after its sign and base prefix;
/// `inf` and `nan` are padded with spaces instead, as CPython does.
fn zero_pad(piece: &str, width: usize) -> String {
    let len = piece.chars().count();
    if len >= width
        || piece.contains("inf")
        || piece.contains("nan")
        || piece.contains("INF")
        || piece.contains("NAN")
    {
        return piece.to_string();
    }
    let sign_len = usize::from(piece.starts_with(['+', '-', ' ']));
    let rest = &piece[sign_len..];
    let prefix_len =
        if rest.len() > 1 && rest.starts_with('0') && rest[1..].starts_with(['x', 'X', 'o']) {
            2
        } else {
            0
        };
    let split = sign_len + prefix_len;
    format!(
        "{}{}{}",
        &piece[..split],
        "0".repeat(width - len),
        &piece[split..]
    )
}

fn is_numeric_type(ty: char) -> bool {
    matches!(
        ty,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
    )
}

pub(crate) fn convert(
    rt: &mut dyn Runtime,
    ty: char,
    arg: Value,
    flags: &Flags,
    precision: Option<usize>,
    index: usize,
) -> PyResult<String> {
    let heap = rt.heap();
    let sign = if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    };
    match ty {
        's' | 'r' | 'a' => {
            let s = match ty {
                's' => to_str(rt, arg)?,
                'r' => repr(rt, arg)?,
                _ => ascii_escape(&repr(rt, arg)?),
            };
            Ok(match precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            })
        }
        'c' => {
            if let Some(s) = heap.str_of(arg) {
                let mut chars = s.chars();
                return match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(c.to_string()),
                    _ => Err(PyErr::type_error("%c requires int or char")),
                };
            }
            let i = Int::from_value(heap, arg)
                .ok_or_else(|| PyErr::type_error("%c requires int or char"))?;
            i.to_i64()
                .and_then(|c| u32::try_from(c).ok())
                .and_then(char::from_u32)
                .map(String::from)
                .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let direct = match (Int::from_value(heap, arg), float_value(heap, arg)) {
                (Some(i), _) => Some(i),
                (None, Some(f)) if matches!(ty, 'd' | 'i' | 'u') => Some(float_to_int(f)?),
                _ => None,
            };
            let int = match direct {
                Some(i) => i,
                None => match special_int(rt, arg, ty)? {
                    Some(i) => i,
                    None => {
                        let what = if matches!(ty, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(PyErr::type_error(format!(
                            "%{ty} format: {what} is required, not {}",
                            type_name(rt.heap(), arg)
                        )));
                    }
                },
            };
            let radix_ty = if matches!(ty, 'i' | 'u') { 'd' } else { ty };
            let limit = rt.heap().int_max_str_digits;
            let digits = crate::types::format_spec::format_int_limited(
                &int.abs(),
                &radix_ty.to_string(),
                limit,
            )?;
            let digits = match precision {
                Some(p) if digits.len() < p => format!("{}{digits}", "0".repeat(p - digits.len())),
                _ => digits,
            };
            let sign = if int.is_negative() { "-" } else { sign };
            let prefix = match (flags.alternate, ty) {
                (true, 'o') => "0o",
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                _ => "",
            };
            Ok(format!("{sign}{prefix}{digits}"))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match (float_value(heap, arg), Int::from_value(heap, arg)) {
                (Some(f), _) => f,
                (_, Some(i)) => i.to_f64()?,
                _ => match special_float(rt, arg)? {
                    Some(f) => f,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "must be real number, not {}",
                            type_name(rt.heap(), arg)
                        )));
                    }
                },
            };
            let spec = format!(
                "{sign}{}.{}{ty}",
                if flags.alternate { "#" } else { "" },
                precision.unwrap_or(6)
            );
            format_float(x, &spec)
        }
        other => Err(PyErr::value_error(format!(
            "unsupported format character '{other}' ({:#x}) at index {index}",
            other as u32
        ))),
    }
}

/// Whether `v` is a str or bytes-like value, which the numeric
/// conversions never ask for special methods.
fn is_text(heap: &crate::heap::Heap, v: Value) -> bool {
    heap.str_of(v).is_some()
        || matches!(
            v.as_obj().map(|r| heap.payload(r)),
            Some(Payload::Bytes(_) | Payload::ByteArray(_))
        )
}

/// `v.name()` when `v` has an attribute `name` (an owned result); `None`
/// when it has none.
fn call_special(rt: &mut dyn Runtime, v: Value, name: &str) -> PyResult<Option<Value>> {
    match rt.getattr(v, name) {
        Ok(method) => {
            let result = rt.call(method, &[]);
            rt.heap().decref(method);
            result.map(Some)
        }
        Err(e) if e.kind() == Some(crate::ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The int an integer conversion (`%d`, `%x`, ...) makes of an object
/// that is not a built-in number: `__index__` for `o`, `x` and `X`;
/// `__int__`, else `__index__`, for the decimal ones (CPython's
/// `PyNumber_Long`). `None` when the object offers neither.
fn special_int(rt: &mut dyn Runtime, v: Value, ty: char) -> PyResult<Option<Int>> {
    if is_text(rt.heap(), v) {
        return Ok(None);
    }
    let names: &[&str] = if matches!(ty, 'o' | 'x' | 'X') {
        &["__index__"]
    } else {
        &["__int__", "__index__"]
    };
    for name in names {
        let Some(result) = call_special(rt, v, name)? else {
            continue;
        };
        let int = Int::from_value(rt.heap(), result);
        let shown = type_name(rt.heap(), result);
        rt.heap().decref(result);
        return match int {
            Some(i) => Ok(Some(i)),
            None => Err(PyErr::type_error(format!(
                "{name} returned non-int (type {shown})"
            ))),
        };
    }
    Ok(None)
}

/// The float a float conversion (`%f`, `%e`, `%g`) makes of an object
/// that is not a built-in number: `__float__`, else `__index__` (CPython's
/// `PyFloat_AsDouble`). `None` when the object offers neither.
fn special_float(rt: &mut dyn Runtime, v: Value) -> PyResult<Option<f64>> {
    if is_text(rt.heap(), v) {
        return Ok(None);
    }
    if let Some(result) = call_special(rt, v, "__float__")? {
        let f = float_value(rt.heap(), result);
        let shown = type_name(rt.heap(), result);
        rt.heap().decref(result);
        return match f {
            Some(f) => Ok(Some(f)),
            None => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {shown})",
                type_name(rt.heap(), v)
            ))),
        };
    }
    match special_int(rt, v, 'x')? {
        Some(i) => i.to_f64().map(Some),
        None => Ok(None),
    }
}

/// `ascii()` of a repr: non-ASCII characters as `\x`, `\u`, `\U` escapes.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        match cp {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{cp:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    out
}
