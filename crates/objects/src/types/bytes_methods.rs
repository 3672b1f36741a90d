//! The methods of `bytes` (and the read-only ones of `bytearray`), as a
//! table of plain functions.

use crate::error::{PyErr, PyResult};
use crate::heap::{Heap, Payload};
use crate::methods::{Args, MethodTable, index_arg, no_args, text_of};
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::BuiltinType;
use crate::value::Value;

/// `bytes`' methods.
pub const BYTES_METHODS: MethodTable = &[
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("split", bytes_split),
    ("strip", bytes_strip),
    ("join", bytes_join),
    ("replace", bytes_replace),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("__getnewargs__", bytes_getnewargs),
    ("__bytes__", bytes_bytes),
];

/// `bytearray`'s methods: those of `bytes` plus the mutating ones.
pub const BYTEARRAY_METHODS: MethodTable = &[
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("split", bytes_split),
    ("strip", bytes_strip),
    ("join", bytes_join),
    ("replace", bytes_replace),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("append", bytearray_append),
    ("extend", bytearray_extend),
    ("pop", bytearray_pop),
    ("clear", bytearray_clear),
    ("copy", bytearray_copy),
    ("insert", bytearray_insert),
    ("remove", bytearray_remove),
    ("reverse", bytearray_reverse),
    ("__alloc__", bytearray_alloc),
    ("__iadd__", bytearray_iadd),
    ("__imul__", bytearray_imul),
];

/// The bytes of a `bytes` or `bytearray` value, copied out. These
/// helpers serve the text-like methods of `bytes_text` too.
pub(crate) fn data(rt: &mut dyn Runtime, v: Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|r| rt.heap().payload(r)) {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.clone()),
        Some(Payload::Interp(_)) => crate::types::memoryview::view_bytes(rt.heap(), v),
        _ => None,
    }
}

/// `f` applied to the bytes of a `bytes`, `bytearray` or memoryview
/// value, borrowed in place for the first two (a memoryview's are copied
/// out); `None` for any other value.
pub(crate) fn with_data<R>(heap: &Heap, v: Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match heap.payload(v.as_obj()?) {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(b)),
        Payload::Interp(_) => crate::types::memoryview::view_bytes(heap, v).map(|b| f(&b)),
        _ => None,
    }
}

pub(crate) fn this(rt: &mut dyn Runtime, v: Value) -> PyResult<Vec<u8>> {
    data(rt, v).ok_or_else(|| PyErr::type_error("descriptor requires a 'bytes' object"))
}

/// A result of the receiver's kind: `bytes` stays `bytes`, `bytearray`
/// stays `bytearray`.
pub(crate) fn same_kind(rt: &mut dyn Runtime, receiver: Value, b: Vec<u8>) -> Value {
    let heap = rt.heap();
    if heap.builtin_type(receiver) == Some(BuiltinType::ByteArray) {
        heap.new_bytearray(b)
    } else {
        heap.new_bytes(b)
    }
}

pub(crate) fn bytes_like(rt: &mut dyn Runtime, v: Value) -> PyResult<Vec<u8>> {
    data(rt, v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(rt.heap(), v)
        ))
    })
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `b.decode(encoding='utf-8', errors='strict')` (see
/// [`crate::types::str_decode`]).
fn bytes_decode(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [encoding, errors] = args.bind("decode", ["encoding", "errors"], 0, 0)?;
    let heap = rt.heap();
    let encoding = encoding
        .and_then(|e| text_of(heap, e))
        .unwrap_or_else(|| "utf-8".into());
    let errors = errors
        .and_then(|e| text_of(heap, e))
        .unwrap_or_else(|| "strict".into());
    let b = this(rt, v)?;
    let text = crate::types::str_decode::decode(&b, &encoding, &errors)?;
    Ok(text.into_value(rt.heap()))
}

/// `b.hex(sep, bytes_per_sep=1)`: two hex digits a byte, `sep` between
/// groups of `bytes_per_sep` bytes counted from the right (from the left
/// when negative).
fn bytes_hex(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [sep, per] = args.bind("hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let b = this(rt, v)?;
    let sep = match sep {
        None => None,
        Some(s) => {
            let text = match text_of(rt.heap(), s) {
                Some(t) => t,
                None => match data(rt, s) {
                    Some(x) => x.iter().map(|c| *c as char).collect(),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "sep must be str or bytes, not {}",
                            type_name(rt.heap(), s)
                        )));
                    }
                },
            };
            if text.chars().count() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if !text.is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(text)
        }
    };
    let per = match per {
        Some(p) => index_arg(rt.heap(), p)?,
        None => 1,
    };
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(rt.heap().new_str(digits.concat()));
    };
    let group = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        let first = match digits.len() % group {
            0 => group,
            r => r,
        };
        let mut out = vec![digits[..first.min(digits.len())].concat()];
        out.extend(
            digits[first.min(digits.len())..]
                .chunks(group)
                .map(|c| c.concat()),
        );
        out
    } else {
        digits.chunks(group).map(|c| c.concat()).collect()
    };
    Ok(rt.heap().new_str(groups.join(&sep)))
}

fn affix(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    if args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        )));
    }
    // The receiver is read in place (a large buffer is not copied for
    // each call); the arguments are read first, and reading them runs no
    // Python code, so the receiver cannot change in between.
    let n = with_data(rt.heap(), v, <[u8]>::len)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'bytes' object"))?
        as i64;
    let first = args.positional[0];
    let candidates: Vec<Vec<u8>> = match data(rt, first) {
        Some(x) => vec![x],
        None => match first.as_obj().map(|r| rt.heap().payload(r)) {
            Some(Payload::Tuple(items)) => {
                let items = items.to_vec();
                let mut out = Vec::new();
                for item in items {
                    out.push(bytes_like(rt, item)?);
                }
                out
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    type_name(rt.heap(), first)
                )));
            }
        },
    };
    // CPython's tailmatch: a negative position counts from the end, the
    // end is clamped to the length, and a start past the length (or past
    // the end) matches nothing, not even b"".
    let bound = |rt: &mut dyn Runtime, i: usize, default: i64| -> PyResult<i64> {
        match args.positional.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(x) => {
                // A position beyond 64 bits is clamped, as CPython's
                // _PyEval_SliceIndex does.
                let i = match crate::types::int::Int::from_value(rt.heap(), *x) {
                    Some(crate::types::int::Int::Small(i)) => i,
                    Some(big) if big.is_negative() => i64::MIN,
                    Some(_) => i64::MAX,
                    None => {
                        return Err(PyErr::type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        ));
                    }
                };
                Ok(if i < 0 { i.saturating_add(n).max(0) } else { i })
            }
        }
    };
    let (start, end) = (bound(rt, 1, 0)?, bound(rt, 2, n)?.min(n));
    if start > end {
        return Ok(Value::Bool(false));
    }
    let found = with_data(rt.heap(), v, |b| {
        let hay = &b[(start as usize).min(b.len())..(end as usize).min(b.len())];
        candidates.iter().any(|c| {
            if suffix {
                hay.ends_with(c)
            } else {
                hay.starts_with(c)
            }
        })
    });
    Ok(Value::Bool(found.unwrap_or(false)))
}

fn bytes_startswith(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    affix(rt, v, args, "startswith", false)
}

fn bytes_endswith(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    affix(rt, v, args, "endswith", true)
}

fn bytes_split(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [sep, maxsplit] = args.bind("split", ["sep", "maxsplit"], 0, 0)?;
    let b = this(rt, v)?;
    let limit = match maxsplit {
        Some(m) => index_arg(rt.heap(), m)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            let mut rest: &[u8] = &b;
            loop {
                let start = rest
                    .iter()
                    .position(|x| !x.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                rest = &rest[start..];
                if rest.is_empty() {
                    break;
                }
                if parts.len() == limit {
                    parts.push(rest.to_vec());
                    break;
                }
                let end = rest
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = &rest[end..];
            }
        }
        Some(s) => {
            let s = bytes_like(rt, s)?;
            if s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut rest: &[u8] = &b;
            while parts.len() < limit {
                match find_sub(rest, &s) {
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + s.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
    }
    let items: Vec<Value> = parts.into_iter().map(|p| same_kind(rt, v, p)).collect();
    Ok(rt.heap().new_list(items))
}

fn bytes_strip(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [chars] = args.bind("strip", ["bytes"], 0, 1)?;
    let b = this(rt, v)?;
    let set: Option<Vec<u8>> = match chars {
        None | Some(Value::None) => None,
        Some(c) => Some(bytes_like(rt, c)?),
    };
    let strip = |x: &u8| match &set {
        None => x.is_ascii_whitespace() || *x == 0x0b,
        Some(s) => s.contains(x),
    };
    let start = b.iter().position(|x| !strip(x)).unwrap_or(b.len());
    let end = b.iter().rposition(|x| !strip(x)).map_or(start, |e| e + 1);
    Ok(same_kind(rt, v, b[start..end.max(start)].to_vec()))
}

fn bytes_join(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = args.bind("join", ["iterable_of_bytes"], 1, 1)?;
    let sep = this(rt, v)?;
    let items = crate::ops::iterate(rt, iterable.unwrap_or(Value::None))?;
    let mut out = Vec::new();
    let mut result = Ok(());
    for (i, item) in items.iter().enumerate() {
        match data(rt, *item) {
            Some(x) => {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend(x);
            }
            None => {
                result = Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(rt.heap(), *item)
                )));
                break;
            }
        }
    }
    for item in items {
        rt.heap().decref(item);
    }
    result?;
    Ok(same_kind(rt, v, out))
}

fn bytes_replace(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [old, new, count] = args.bind("replace", ["old", "new", "count"], 2, 3)?;
    let b = this(rt, v)?;
    let old = bytes_like(rt, old.unwrap_or(Value::None))?;
    let new = bytes_like(rt, new.unwrap_or(Value::None))?;
    let mut left = match count {
        Some(c) => index_arg(rt.heap(), c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i <= b.len() {
        let matched = left != 0
            && (if old.is_empty() {
                true
            } else {
                b[i..].starts_with(&old)
            });
        if matched {
            out.extend_from_slice(&new);
            left -= 1;
            if old.is_empty() {
                if i < b.len() {
                    out.push(b[i]);
                }
                i += 1;
            } else {
                i += old.len();
            }
        } else {
            if i < b.len() {
                out.push(b[i]);
            }
            i += 1;
        }
    }
    Ok(same_kind(rt, v, out))
}

fn bytes_upper(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "bytes.upper")?;
    let b = this(rt, v)?.to_ascii_uppercase();
    Ok(same_kind(rt, v, b))
}

fn bytes_lower(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "bytes.lower")?;
    let b = this(rt, v)?.to_ascii_lowercase();
    Ok(same_kind(rt, v, b))
}

fn bytearray_mut(rt: &mut dyn Runtime, v: Value) -> PyResult<&mut Vec<u8>> {
    match v.as_obj().map(|r| rt.heap().payload_mut(r)) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'bytearray' object",
        )),
    }
}

fn byte_value(rt: &mut dyn Runtime, x: Value) -> PyResult<u8> {
    let i = index_arg(rt.heap(), x)?;
    u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

fn bytearray_append(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("append", ["item"], 1, 1)?;
    let byte = byte_value(rt, x.unwrap_or(Value::None))?;
    bytearray_mut(rt, v)?.push(byte);
    Ok(Value::None)
}

fn bytearray_extend(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("extend", ["iterable_of_ints"], 1, 1)?;
    let x = x.unwrap_or(Value::None);
    let new = match data(rt, x) {
        Some(b) => b,
        None => {
            let items = crate::ops::iterate(rt, x)?;
            let mut out = Vec::with_capacity(items.len());
            let mut result = Ok(());
            for item in &items {
                match byte_value(rt, *item) {
                    Ok(b) => out.push(b),
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
            for item in items {
                rt.heap().decref(item);
            }
            result?;
            out
        }
    };
    bytearray_mut(rt, v)?.extend(new);
    Ok(Value::None)
}

fn bytearray_pop(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [i] = args.bind("pop", ["index"], 0, 1)?;
    let i = match i {
        Some(i) => index_arg(rt.heap(), i)?,
        None => -1,
    };
    let b = bytearray_mut(rt, v)?;
    if b.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let n = b.len() as i64;
    let pos = if i < 0 { i + n } else { i };
    if pos < 0 || pos >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(Value::Int(b.remove(pos as usize) as i64))
}

/// `bytes.__getnewargs__()`: `(bytes(self),)`, what pickling rebuilds
/// the value from.
fn bytes_getnewargs(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "__getnewargs__")?;
    let b = this(rt, v)?;
    let copy = rt.heap().new_bytes(b);
    Ok(rt.heap().new_tuple(vec![copy]))
}

/// `bytes.__bytes__()`: the value as an exact `bytes`.
fn bytes_bytes(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "__bytes__")?;
    let b = this(rt, v)?;
    Ok(rt.heap().new_bytes(b))
}

fn bytearray_clear(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "clear")?;
    bytearray_mut(rt, v)?.clear();
    Ok(Value::None)
}

fn bytearray_copy(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "copy")?;
    let b = bytearray_mut(rt, v)?.clone();
    Ok(rt.heap().new_bytearray(b))
}

/// `insert(index, item)`: as `list.insert`, clamping the index.
fn bytearray_insert(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [i, x] = args.bind("insert", ["index", "item"], 2, 2)?;
    let i = index_arg(rt.heap(), i.unwrap_or(Value::None))?;
    let byte = byte_value(rt, x.unwrap_or(Value::None))?;
    let b = bytearray_mut(rt, v)?;
    let n = b.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(pos as usize, byte);
    Ok(Value::None)
}

fn bytearray_remove(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [x] = args.bind("remove", ["value"], 1, 1)?;
    let byte = byte_value(rt, x.unwrap_or(Value::None))?;
    let b = bytearray_mut(rt, v)?;
    match b.iter().position(|c| *c == byte) {
        Some(i) => {
            b.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn bytearray_reverse(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "reverse")?;
    bytearray_mut(rt, v)?.reverse();
    Ok(Value::None)
}

/// `__alloc__()`: the bytes allocated for the buffer (with its spare
/// capacity, plus the terminating byte CPython keeps).
fn bytearray_alloc(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "__alloc__")?;
    let b = bytearray_mut(rt, v)?;
    Ok(Value::Int(if b.capacity() == 0 {
        0
    } else {
        b.capacity() as i64 + 1
    }))
}

/// `b += other`: the bytes of any bytes-like `other` appended in place.
fn bytearray_iadd(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [other] = args.bind("__iadd__", ["value"], 1, 1)?;
    let other = other.unwrap_or(Value::None);
    let Some(extra) = data(rt, other) else {
        return Err(PyErr::type_error(format!(
            "can't concat {} to bytearray",
            type_name(rt.heap(), other)
        )));
    };
    bytearray_mut(rt, v)?.extend(extra);
    rt.heap().incref(v);
    Ok(v)
}

/// `b *= n`: the contents repeated in place (emptied for `n <= 0`).
fn bytearray_imul(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [n] = args.bind("__imul__", ["value"], 1, 1)?;
    let n = index_arg(rt.heap(), n.unwrap_or(Value::None))?.max(0) as u128;
    let len = bytearray_mut(rt, v)?.len() as u128;
    crate::error::check_allocation(len * n, 1)?;
    let b = bytearray_mut(rt, v)?;
    let copy = b.clone();
    b.clear();
    for _ in 0..n {
        b.extend_from_slice(&copy);
    }
    rt.heap().incref(v);
    Ok(v)
}
