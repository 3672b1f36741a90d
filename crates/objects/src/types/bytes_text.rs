//! The text-like methods that `bytes` and `bytearray` share with `str`,
//! over ASCII: searching with `start`/`end` (`find`, `rfind`, `index`,
//! `rindex`, `count`), case (`capitalize`, `swapcase`, `title`), the
//! `is*` predicates, padding (`center`, `ljust`, `rjust`, `zfill`,
//! `expandtabs`), `lstrip`/`rstrip`, `partition`/`rpartition`,
//! `removeprefix`/`removesuffix`, `rsplit`, `splitlines`, and
//! `translate` with the static `maketrans`.
//!
//! Invariant: every result is a new object of the receiver's kind
//! (`bytes` stays `bytes`, `bytearray` stays `bytearray`), even when the
//! bytes are unchanged, except that a `bytes` receiver may be returned
//! itself where CPython does so for exact `bytes` (never observable
//! besides identity).

use crate::error::{PyErr, PyResult};
use crate::methods::{Args, MethodTable, index_arg, no_args};
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::bytes_methods::{bytes_like, data, same_kind, this};
use crate::value::Value;

/// The methods of this module, for both `bytes` and `bytearray`.
pub const BYTES_TEXT_METHODS: MethodTable = &[
    ("find", bytes_find),
    ("rfind", bytes_rfind),
    ("index", bytes_index),
    ("rindex", bytes_rindex),
    ("count", bytes_count),
    ("capitalize", bytes_capitalize),
    ("swapcase", bytes_swapcase),
    ("title", bytes_title),
    ("isalnum", bytes_isalnum),
    ("isalpha", bytes_isalpha),
    ("isascii", bytes_isascii),
    ("isdigit", bytes_isdigit),
    ("islower", bytes_islower),
    ("isupper", bytes_isupper),
    ("isspace", bytes_isspace),
    ("istitle", bytes_istitle),
    ("center", bytes_center),
    ("ljust", bytes_ljust),
    ("rjust", bytes_rjust),
    ("zfill", bytes_zfill),
    ("expandtabs", bytes_expandtabs),
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("partition", bytes_partition),
    ("rpartition", bytes_rpartition),
    ("removeprefix", bytes_removeprefix),
    ("removesuffix", bytes_removesuffix),
    ("rsplit", bytes_rsplit),
    ("splitlines", bytes_splitlines),
    ("translate", bytes_translate),
];

/// The static `bytes.maketrans(from, to)` (also `bytearray.maketrans`);
/// the receiver is ignored.
pub const BYTES_STATIC_METHODS: MethodTable = &[("maketrans", bytes_maketrans)];

/// The needle of the search methods: bytes, or an int for one byte.
fn needle(rt: &mut dyn Runtime, x: Value) -> PyResult<Vec<u8>> {
    if let Some(i) = crate::types::int::Int::from_value(rt.heap(), x) {
        let b = i
            .to_i64()
            .filter(|b| (0..256).contains(b))
            .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))?;
        return Ok(vec![b as u8]);
    }
    data(rt, x).ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(rt.heap(), x)
        ))
    })
}

/// A slice bound as the search methods take it: `None` or an index,
/// clamped to `0..=len` after counting negatives from the end.
fn bound(rt: &mut dyn Runtime, v: Option<Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(x) => {
            let i = index_arg(rt.heap(), x).map_err(|_| {
                PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            })?;
            let n = len as i64;
            Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
        }
    }
}

/// What `find(sub[, start[, end]])` and its kin search.
struct Search {
    hay: Vec<u8>,
    needle: Vec<u8>,
    start: usize,
    /// `None` when `start > end`: nothing can match.
    end: Option<usize>,
}

/// The arguments of `find(sub[, start[, end]])` and its kin.
fn search_args(rt: &mut dyn Runtime, v: Value, args: Args<'_>, name: &str) -> PyResult<Search> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let [sub, start, end] = args.bind(name, ["sub", "start", "end"], 1, 3)?;
    let b = this(rt, v)?;
    let n = needle(rt, sub.unwrap_or(Value::None))?;
    let start = bound(rt, start, b.len(), 0)?;
    let end = bound(rt, end, b.len(), b.len())?;
    Ok(Search {
        hay: b,
        needle: n,
        start,
        end: (start <= end).then_some(end),
    })
}

/// Where `needle` first (or last) occurs in `hay[start..end]`, as an
/// index into `hay`.
fn position(hay: &[u8], needle: &[u8], start: usize, end: usize, last: bool) -> Option<usize> {
    if needle.len() > end - start {
        return None;
    }
    let window = &hay[start..end];
    if needle.is_empty() {
        return Some(if last { end } else { start });
    }
    let mut hits = window.windows(needle.len());
    let found = if last {
        hits.rposition(|w| w == needle)
    } else {
        hits.position(|w| w == needle)
    };
    found.map(|i| i + start)
}

fn search(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    last: bool,
) -> PyResult<Option<usize>> {
    let s = search_args(rt, v, args, name)?;
    Ok(s.end
        .and_then(|end| position(&s.hay, &s.needle, s.start, end, last)))
}

fn bytes_find(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let found = search(rt, v, args, "find", false)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

fn bytes_rfind(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let found = search(rt, v, args, "rfind", true)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

fn bytes_index(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    match search(rt, v, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("subsection not found")),
    }
}

fn bytes_rindex(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    match search(rt, v, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("subsection not found")),
    }
}

/// `count(sub[, start[, end]])`: non-overlapping occurrences.
fn bytes_count(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let Search {
        hay: b,
        needle: n,
        start,
        end,
    } = search_args(rt, v, args, "count")?;
    let Some(end) = end else {
        return Ok(Value::Int(0));
    };
    if n.is_empty() {
        return Ok(Value::Int((end - start) as i64 + 1));
    }
    let (mut count, mut i) = (0, start);
    while let Some(p) = position(&b, &n, i, end, false) {
        count += 1;
        i = p + n.len();
    }
    Ok(Value::Int(count))
}

/// A method mapping the receiver's bytes to new ones.
fn map_bytes(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    no_args(&args, name)?;
    let b = this(rt, v)?;
    Ok(same_kind(rt, v, f(&b)))
}

fn bytes_capitalize(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    map_bytes(rt, v, args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn bytes_swapcase(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    map_bytes(rt, v, args, "swapcase", |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

/// `title()`: a letter after a non-letter is upper case, other letters
/// lower case.
fn bytes_title(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    map_bytes(rt, v, args, "title", |b| {
        let mut previous_cased = false;
        b.iter()
            .map(|c| {
                let out = if previous_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                previous_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// An `is*` predicate: false for empty bytes, else every byte passes.
fn predicate(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    f: fn(&u8) -> bool,
) -> PyResult<Value> {
    no_args(&args, name)?;
    let b = this(rt, v)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}

fn bytes_isalnum(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn bytes_isalpha(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "isalpha", u8::is_ascii_alphabetic)
}

fn bytes_isdigit(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "isdigit", u8::is_ascii_digit)
}

/// `isspace()`: the ASCII whitespace of C's `isspace`, with `\v`.
fn bytes_isspace(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    predicate(rt, v, args, "isspace", is_space)
}

fn is_space(c: &u8) -> bool {
    c.is_ascii_whitespace() || *c == 0x0b
}

/// `isascii()` is true for empty bytes too.
fn bytes_isascii(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "isascii")?;
    let b = this(rt, v)?;
    Ok(Value::Bool(b.is_ascii()))
}

/// `islower()`/`isupper()`: some cased byte, none of the other case.
fn bytes_islower(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "islower")?;
    let b = this(rt, v)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn bytes_isupper(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "isupper")?;
    let b = this(rt, v)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}

/// `istitle()`: upper case letters only after uncased bytes, lower case
/// only after cased ones, and at least one cased byte.
fn bytes_istitle(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "istitle")?;
    let b = this(rt, v)?;
    let (mut cased, mut previous_cased) = (false, false);
    for c in &b {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// The `width` and one-byte `fillchar` of the padding methods.
fn padding(rt: &mut dyn Runtime, args: Args<'_>, name: &str) -> PyResult<(usize, u8)> {
    let [width, fill] = args.bind(name, ["width", "fillchar"], 1, 2)?;
    let width = index_arg(rt.heap(), width.unwrap_or(Value::None))?.max(0) as usize;
    let fill = match fill {
        None => b' ',
        Some(f) => match data(rt, f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(rt.heap(), f)
                )));
            }
        },
    };
    Ok((width, fill))
}

/// Pad to `width` with `left` fill bytes before and the rest after.
fn pad(b: &[u8], width: usize, fill: u8, left: usize) -> Vec<u8> {
    let total = width.saturating_sub(b.len());
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, total - left));
    out
}

fn bytes_center(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (width, fill) = padding(rt, args, "center")?;
    let b = this(rt, v)?;
    let total = width.saturating_sub(b.len());
    // CPython's rule: the extra byte of an odd total goes left when the
    // width is odd.
    let left = total / 2 + (total & width & 1);
    Ok(same_kind(rt, v, pad(&b, width, fill, left)))
}

fn bytes_ljust(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (width, fill) = padding(rt, args, "ljust")?;
    let b = this(rt, v)?;
    Ok(same_kind(rt, v, pad(&b, width, fill, 0)))
}

fn bytes_rjust(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let (width, fill) = padding(rt, args, "rjust")?;
    let b = this(rt, v)?;
    let left = width.saturating_sub(b.len());
    Ok(same_kind(rt, v, pad(&b, width, fill, left)))
}

/// `zfill(width)`: zeros on the left, after a leading sign.
fn bytes_zfill(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [width] = args.bind("zfill", ["width"], 1, 1)?;
    let width = index_arg(rt.heap(), width.unwrap_or(Value::None))?.max(0) as usize;
    let b = this(rt, v)?;
    let mut out = pad(&b, width, b'0', width.saturating_sub(b.len()));
    let fill = width.saturating_sub(b.len());
    if fill > 0 && matches!(b.first(), Some(b'+' | b'-')) {
        out[0] = b[0];
        out[fill] = b'0';
    }
    Ok(same_kind(rt, v, out))
}

/// `expandtabs(tabsize=8)`: each tab up to the next multiple of
/// `tabsize` columns, counted from the last newline.
fn bytes_expandtabs(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [tabsize] = args.bind("expandtabs", ["tabsize"], 0, 1)?;
    let tabsize = match tabsize {
        Some(t) => index_arg(rt.heap(), t)?,
        None => 8,
    };
    let b = this(rt, v)?;
    let mut out = Vec::with_capacity(b.len());
    let mut column = 0i64;
    for c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(b' ', spaces as usize));
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(same_kind(rt, v, out))
}

/// The bytes `lstrip`/`rstrip` remove: the argument's, or whitespace.
fn strip_set(rt: &mut dyn Runtime, args: Args<'_>, name: &str) -> PyResult<Option<Vec<u8>>> {
    let [chars] = args.bind(name, ["bytes"], 0, 1)?;
    match chars {
        None | Some(Value::None) => Ok(None),
        Some(c) => bytes_like(rt, c).map(Some),
    }
}

fn strips(set: &Option<Vec<u8>>, c: &u8) -> bool {
    match set {
        None => is_space(c),
        Some(s) => s.contains(c),
    }
}

fn bytes_lstrip(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let set = strip_set(rt, args, "lstrip")?;
    let b = this(rt, v)?;
    let start = b.iter().position(|c| !strips(&set, c)).unwrap_or(b.len());
    Ok(same_kind(rt, v, b[start..].to_vec()))
}

fn bytes_rstrip(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let set = strip_set(rt, args, "rstrip")?;
    let b = this(rt, v)?;
    let end = b
        .iter()
        .rposition(|c| !strips(&set, c))
        .map_or(0, |e| e + 1);
    Ok(same_kind(rt, v, b[..end].to_vec()))
}

/// `partition(sep)` / `rpartition(sep)`.
fn partition(rt: &mut dyn Runtime, v: Value, args: Args<'_>, last: bool) -> PyResult<Value> {
    let name = if last { "rpartition" } else { "partition" };
    let [sep] = args.bind(name, ["sep"], 1, 1)?;
    let sep = bytes_like(rt, sep.unwrap_or(Value::None))?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let b = this(rt, v)?;
    let parts = match position(&b, &sep, 0, b.len(), last) {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if last => [Vec::new(), Vec::new(), b],
        None => [b, Vec::new(), Vec::new()],
    };
    let items: Vec<Value> = parts.into_iter().map(|p| same_kind(rt, v, p)).collect();
    Ok(rt.heap().new_tuple(items))
}

fn bytes_partition(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    partition(rt, v, args, false)
}

fn bytes_rpartition(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    partition(rt, v, args, true)
}

fn bytes_removeprefix(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [prefix] = args.bind("removeprefix", ["prefix"], 1, 1)?;
    let prefix = bytes_like(rt, prefix.unwrap_or(Value::None))?;
    let b = this(rt, v)?;
    let out = b.strip_prefix(&prefix[..]).unwrap_or(&b).to_vec();
    Ok(same_kind(rt, v, out))
}

fn bytes_removesuffix(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [suffix] = args.bind("removesuffix", ["suffix"], 1, 1)?;
    let suffix = bytes_like(rt, suffix.unwrap_or(Value::None))?;
    let b = this(rt, v)?;
    let out = b.strip_suffix(&suffix[..]).unwrap_or(&b).to_vec();
    Ok(same_kind(rt, v, out))
}

/// `rsplit(sep=None, maxsplit=-1)`: splits counted from the right.
fn bytes_rsplit(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [sep, maxsplit] = args.bind("rsplit", ["sep", "maxsplit"], 0, 0)?;
    let b = this(rt, v)?;
    let limit = match maxsplit {
        Some(m) => index_arg(rt.heap(), m)?,
        None => -1,
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            let mut rest: &[u8] = &b;
            loop {
                let end = rest.iter().rposition(|c| !is_space(c)).map_or(0, |e| e + 1);
                rest = &rest[..end];
                if rest.is_empty() {
                    break;
                }
                if parts.len() == limit {
                    parts.push(rest.to_vec());
                    break;
                }
                let start = rest.iter().rposition(is_space).map_or(0, |s| s + 1);
                parts.push(rest[start..].to_vec());
                rest = &rest[..start];
            }
        }
        Some(s) => {
            let s = bytes_like(rt, s)?;
            if s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut rest: &[u8] = &b;
            while parts.len() < limit {
                match position(rest, &s, 0, rest.len(), true) {
                    Some(i) => {
                        parts.push(rest[i + s.len()..].to_vec());
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
    }
    parts.reverse();
    let items: Vec<Value> = parts.into_iter().map(|p| same_kind(rt, v, p)).collect();
    Ok(rt.heap().new_list(items))
}

/// `splitlines(keepends=False)`: at `\n`, `\r` and `\r\n`.
fn bytes_splitlines(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [keepends] = args.bind("splitlines", ["keepends"], 0, 1)?;
    let keep = match keepends {
        None => false,
        Some(k) => crate::ops::builtin_truth(rt.heap(), k).unwrap_or(true),
    };
    let b = this(rt, v)?;
    let mut parts = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let line_end = i;
        if i < b.len() {
            i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        parts.push(b[start..if keep { i } else { line_end }].to_vec());
    }
    let items: Vec<Value> = parts.into_iter().map(|p| same_kind(rt, v, p)).collect();
    Ok(rt.heap().new_list(items))
}

/// `translate(table, /, delete=b'')`: each byte through a 256-byte table
/// (`None`: unchanged), after dropping the bytes in `delete`.
fn bytes_translate(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let [table, delete] = args.bind("translate", ["table", "delete"], 1, 1)?;
    let table = match table.unwrap_or(Value::None) {
        Value::None => None,
        t => {
            let t = bytes_like(rt, t)?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(d) => bytes_like(rt, d)?,
        None => Vec::new(),
    };
    let b = this(rt, v)?;
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(*c, |t| t[*c as usize]))
        .collect();
    Ok(same_kind(rt, v, out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place.
fn bytes_maketrans(rt: &mut dyn Runtime, _cls: Value, args: Args<'_>) -> PyResult<Value> {
    let [frm, to] = args.bind("maketrans", ["frm", "to"], 2, 2)?;
    let frm = bytes_like(rt, frm.unwrap_or(Value::None))?;
    let to = bytes_like(rt, to.unwrap_or(Value::None))?;
    if frm.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(rt.heap().new_bytes(table))
}
