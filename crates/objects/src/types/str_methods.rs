//! The methods of `str`, as a table of plain functions.
//!
//! Positions (`find`, `index`, the `start`/`end` arguments) count code
//! points, not bytes.

use super::str_stand_in::surrogates_via_stand_ins;
use crate::error::{PyErr, PyResult};
use crate::methods::{Args, MethodTable, index_arg, no_args, text_of};
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::value::Value;

use super::str_predicates::*;
use super::str_split::*;
use super::str_translate::{str_format_map_method, str_translate};

/// `str`'s methods.
pub const STR_METHODS: MethodTable = &[
    ("upper", str_upper),
    ("lower", str_lower),
    ("casefold", str_casefold),
    ("swapcase", str_swapcase),
    ("capitalize", str_capitalize),
    ("title", str_title),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("join", str_join),
    ("replace", str_replace),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("zfill", str_zfill),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("expandtabs", str_expandtabs),
    ("encode", super::str_encode::str_encode),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("istitle", str_istitle),
    ("isascii", str_isascii),
    ("isidentifier", str_isidentifier),
    ("isprintable", str_isprintable),
    ("__len__", str_len),
    ("format", str_format_method),
    ("format_map", str_format_map_method),
    ("translate", str_translate),
];

fn this(rt: &mut dyn Runtime, v: Value) -> PyResult<String> {
    text_of(rt.heap(), v).ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))
}

fn new_str(rt: &mut dyn Runtime, s: String) -> PyResult<Value> {
    Ok(rt.heap().new_str(s))
}

/// `upper()`/`lower()`: `ascii` maps an ASCII text (the common case,
/// with the same answer), `full` any other.
fn change_case(
    rt: &mut dyn Runtime,
    v: Value,
    ascii: fn(&str) -> String,
    full: fn(&str) -> String,
) -> PyResult<Value> {
    let heap = rt.heap();
    let s = heap
        .str_of(v)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'str' object"))?;
    let changed = if s.is_ascii() { ascii(s) } else { full(s) };
    Ok(heap.new_str(changed))
}

fn str_upper(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_upper, v, args);
    no_args(&args, "str.upper")?;
    change_case(rt, v, str::to_ascii_uppercase, str::to_uppercase)
}

fn str_lower(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_lower, v, args);
    no_args(&args, "str.lower")?;
    change_case(rt, v, str::to_ascii_lowercase, str::to_lowercase)
}

/// `casefold`: full case folding, which differs from lower case for the
/// characters in the generated table (`ß` -> `ss`, final sigma, …).
fn str_casefold(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_casefold, v, args);
    no_args(&args, "str.casefold")?;
    let mut out = String::new();
    let table = crate::types::unicode_casefold::CASEFOLD;
    for c in this(rt, v)?.chars() {
        match table.binary_search_by_key(&(c as u32), |(cp, _)| *cp) {
            Ok(i) => out.push_str(table[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    new_str(rt, out)
}

fn str_swapcase(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_swapcase, v, args);
    no_args(&args, "str.swapcase")?;
    let mut out = String::new();
    for c in this(rt, v)?.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    new_str(rt, out)
}

fn str_capitalize(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_capitalize, v, args);
    no_args(&args, "str.capitalize")?;
    let s = this(rt, v)?;
    let mut chars = s.chars();
    let mut out = String::new();
    if let Some(first) = chars.next() {
        out.extend(title_case(first));
        for c in chars {
            out.extend(c.to_lowercase());
        }
    }
    new_str(rt, out)
}

/// Title case of one character: the upper case except for the digraphs
/// that have a distinct title form.
fn title_case(c: char) -> Vec<char> {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => vec!['ǅ'],
        'ǉ' | 'ǈ' | 'Ǉ' => vec!['ǈ'],
        'ǌ' | 'ǋ' | 'Ǌ' => vec!['ǋ'],
        'ǳ' | 'ǲ' | 'Ǳ' => vec!['ǲ'],
        c => c.to_uppercase().collect(),
    }
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn str_title(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_title, v, args);
    no_args(&args, "str.title")?;
    let mut out = String::new();
    let mut previous_cased = false;
    for c in this(rt, v)?.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(title_case(c));
        }
        previous_cased = is_cased(c);
    }
    new_str(rt, out)
}

fn str_replace(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_replace, v, args);
    let [old, new, count] = args.bind("replace", ["old", "new", "count"], 2, 3)?;
    let heap = rt.heap();
    let arg = |n: usize, x: Option<Value>| {
        let x = x.unwrap_or(Value::None);
        text_of(heap, x).ok_or_else(|| {
            PyErr::type_error(format!(
                "replace() argument {n} must be str, not {}",
                type_name(heap, x)
            ))
        })
    };
    let (old, new) = (arg(1, old)?, arg(2, new)?);
    let count = match count {
        Some(c) => index_arg(heap, c)?,
        None => -1,
    };
    let s = this(rt, v)?;
    let out = if count < 0 {
        if old.is_empty() {
            insert_everywhere(&s, &new, usize::MAX)
        } else {
            s.replace(&old, &new)
        }
    } else if old.is_empty() {
        insert_everywhere(&s, &new, count as usize)
    } else {
        s.replacen(&old, &new, count as usize)
    };
    new_str(rt, out)
}

/// `s.replace('', new, count)`: `new` before each character and at the
/// end, at most `count` times.
fn insert_everywhere(s: &str, new: &str, count: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    for c in s.chars() {
        if n < count {
            out.push_str(new);
            n += 1;
        }
        out.push(c);
    }
    if n < count {
        out.push_str(new);
    }
    out
}

/// The `sub[, start[, end]]` arguments of `find`/`count`/…: the substring,
/// the byte range of `v`'s text they select (positions count code points,
/// clamped like slices) and whether that range is valid. The text is read
/// in place: a method called in a loop over a long string must not copy it
/// each time.
fn sub_range(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
) -> PyResult<(String, usize, usize, bool)> {
    if args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        )));
    }
    if args.positional.len() > 3 {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.positional.len()
        )));
    }
    let heap: &crate::heap::Heap = rt.heap();
    let s = heap.str_of(v).ok_or_else(|| not_a_str(heap, name, v))?;
    let sub = args.positional[0];
    let sub = text_of(heap, sub)
        .ok_or_else(|| PyErr::type_error(format!("must be str, not {}", type_name(heap, sub))))?;
    // An ASCII text's code points are its bytes: no counting, no walking.
    let ascii = s.is_ascii();
    let nchars = if ascii { s.len() } else { s.chars().count() } as i64;
    let index = |x: Value| {
        index_arg(heap, x).map_err(|e| match e.kind() {
            Some(crate::ExcKind::TypeError) => PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            ),
            _ => e,
        })
    };
    let bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(x) => {
                let i = index(*x)?;
                Ok(if i < 0 {
                    (i + nchars).max(0)
                } else {
                    i.min(nchars)
                })
            }
        }
    };
    // A start past the end is kept as it is (CPython adjusts only the
    // end to the length), so that even an empty needle is not found there.
    let start = match args.positional.get(1) {
        Some(x) if *x != Value::None && index(*x)? > nchars => nchars + 1,
        other => bound(other, 0)?,
    };
    let end = bound(args.positional.get(2), nchars)?;
    let valid = start <= end;
    let to_byte = |ci: i64| {
        if ascii {
            return (ci as usize).min(s.len());
        }
        s.char_indices()
            .nth(ci as usize)
            .map_or(s.len(), |(b, _)| b)
    };
    let (b0, b1) = if valid {
        (to_byte(start), to_byte(end))
    } else {
        (0, 0)
    };
    Ok((sub, b0, b1, valid && start <= nchars))
}

/// CPython's error for a `str` method called on something else.
fn not_a_str(heap: &crate::heap::Heap, name: &str, v: Value) -> PyErr {
    PyErr::type_error(format!(
        "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
        type_name(heap, v)
    ))
}

fn char_pos(s: &str, byte: usize) -> i64 {
    let before = &s[..byte];
    if before.is_ascii() {
        before.len() as i64
    } else {
        before.chars().count() as i64
    }
}

fn find_impl(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    reverse: bool,
) -> PyResult<i64> {
    let (sub, b0, b1, valid) = sub_range(rt, v, args, name)?;
    if !valid {
        return Ok(-1);
    }
    let s = rt.heap().str_of(v).unwrap_or_default();
    let hay = &s[b0..b1];
    // A one-character needle is searched as a `char`, which scans with
    // memchr, as CPython does.
    let mut chars = sub.chars();
    let found = match (chars.next(), chars.next(), reverse) {
        (Some(c), None, false) => hay.find(c),
        (Some(c), None, true) => hay.rfind(c),
        (_, _, false) => hay.find(sub.as_str()),
        (_, _, true) => hay.rfind(sub.as_str()),
    };
    Ok(found.map_or(-1, |i| char_pos(s, b0 + i)))
}

fn str_find(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_find, v, args);
    find_impl(rt, v, args, "find", false).map(Value::Int)
}
fn str_rfind(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_rfind, v, args);
    find_impl(rt, v, args, "rfind", true).map(Value::Int)
}
fn str_index(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_index, v, args);
    match find_impl(rt, v, args, "index", false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn str_rindex(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_rindex, v, args);
    match find_impl(rt, v, args, "rindex", true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_count, v, args);
    let (sub, b0, b1, valid) = sub_range(rt, v, args, "count")?;
    if !valid {
        return Ok(Value::Int(0));
    }
    let s = rt.heap().str_of(v).unwrap_or_default();
    let hay = &s[b0..b1];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    if rt.heap().str_of(v).is_none() {
        return Err(not_a_str(rt.heap(), name, v));
    }
    if args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        )));
    }
    let heap = rt.heap();
    let first = args.positional[0];
    let mut bad_item = None;
    let candidates: Vec<String> = match text_of(heap, first) {
        Some(t) => vec![t],
        None => match first.as_obj().map(|r| heap.payload(r)) {
            // Items are tried in order, as CPython does: one that is not
            // a str is an error only if no item before it matched.
            Some(crate::heap::Payload::Tuple(items)) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match text_of(heap, *item) {
                        Some(t) => out.push(t),
                        None => {
                            bad_item = Some(PyErr::type_error(format!(
                                "tuple for {name} must only contain str, not {}",
                                type_name(heap, *item)
                            )));
                            break;
                        }
                    }
                }
                out
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    type_name(heap, first)
                )));
            }
        },
    };
    let probe = candidates.first().cloned().unwrap_or_default();
    let probe_v = rt.heap().new_str(probe);
    let mut positional = vec![probe_v];
    positional.extend_from_slice(&args.positional[1..]);
    let range = sub_range(rt, v, Args::new(&positional), name);
    rt.heap().decref(probe_v);
    let (_, b0, b1, valid) = range?;
    if !valid {
        return Ok(Value::Bool(false));
    }
    let s = rt.heap().str_of(v).unwrap_or_default();
    let hay = &s[b0..b1];
    let matched = candidates.iter().any(|c| {
        if suffix {
            hay.ends_with(c.as_str())
        } else {
            hay.starts_with(c.as_str())
        }
    });
    match bad_item {
        Some(error) if !matched => Err(error),
        _ => Ok(Value::Bool(matched)),
    }
}

fn str_startswith(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_startswith, v, args);
    affix_impl(rt, v, args, "startswith", false)
}
fn str_endswith(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_endswith, v, args);
    affix_impl(rt, v, args, "endswith", true)
}

fn partition_impl(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let [sep] = args.bind(name, ["sep"], 1, 1)?;
    let heap = rt.heap();
    let sep = sep.unwrap_or(Value::None);
    let sep = text_of(heap, sep)
        .ok_or_else(|| PyErr::type_error(format!("must be str, not {}", type_name(heap, sep))))?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let s = this(rt, v)?;
    let found = if reverse {
        s.rfind(sep.as_str())
    } else {
        s.find(sep.as_str())
    };
    let parts = match found {
        Some(i) => [
            s[..i].to_string(),
            sep.clone(),
            s[i + sep.len()..].to_string(),
        ],
        None if reverse => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let heap = rt.heap();
    let items: Vec<Value> = parts.into_iter().map(|p| heap.new_str(p)).collect();
    Ok(heap.new_tuple(items))
}

fn str_partition(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_partition, v, args);
    partition_impl(rt, v, args, "partition", false)
}
fn str_rpartition(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_rpartition, v, args);
    partition_impl(rt, v, args, "rpartition", true)
}

fn pad_impl(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    align: char,
) -> PyResult<Value> {
    if args.positional.is_empty() || args.positional.len() > 2 {
        let n = args.positional.len();
        let what = if n == 0 {
            "at least 1 argument"
        } else {
            "at most 2 arguments"
        };
        return Err(PyErr::type_error(format!(
            "{name} expected {what}, got {n}"
        )));
    }
    let heap = rt.heap();
    let width = index_arg(heap, args.positional[0])?.max(0) as usize;
    let fill = match args.positional.get(1) {
        None => ' ',
        Some(f) => {
            let t = text_of(heap, *f).ok_or_else(|| {
                PyErr::type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    type_name(heap, *f)
                ))
            })?;
            let mut cs = t.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(PyErr::type_error(
                        "The fill character must be exactly one character long",
                    ));
                }
            }
        }
    };
    crate::error::check_allocation(width as u128, 4)?;
    let s = this(rt, v)?;
    let len = s.chars().count();
    if len >= width {
        return new_str(rt, s);
    }
    let total = width - len;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        // CPython's `center` puts the extra character on the left when
        // the string's length is odd and the padding is odd.
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    let out = format!("{}{s}{}", f(left), f(right));
    new_str(rt, out)
}

fn str_center(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_center, v, args);
    pad_impl(rt, v, args, "center", '^')
}
fn str_ljust(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_ljust, v, args);
    pad_impl(rt, v, args, "ljust", '<')
}
fn str_rjust(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_rjust, v, args);
    pad_impl(rt, v, args, "rjust", '>')
}

fn str_zfill(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_zfill, v, args);
    let [width] = args.bind("zfill", ["width"], 1, 1)?;
    let width = index_arg(rt.heap(), width.unwrap_or(Value::None))?.max(0) as usize;
    crate::error::check_allocation(width as u128, 1)?;
    let s = this(rt, v)?;
    let len = s.chars().count();
    if len >= width {
        return new_str(rt, s);
    }
    let zeros = "0".repeat(width - len);
    let out = match s.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &s[..1]),
        None => format!("{zeros}{s}"),
    };
    new_str(rt, out)
}

fn affix_remove(
    rt: &mut dyn Runtime,
    v: Value,
    args: Args<'_>,
    name: &str,
    suffix: bool,
) -> PyResult<Value> {
    let [a] = args.bind(name, ["affix"], 1, 1)?;
    let heap = rt.heap();
    let a = a.unwrap_or(Value::None);
    let affix = text_of(heap, a).ok_or_else(|| {
        PyErr::type_error(format!(
            "{name}() argument must be str, not {}",
            type_name(heap, a)
        ))
    })?;
    let s = this(rt, v)?;
    let out = if suffix {
        s.strip_suffix(affix.as_str())
    } else {
        s.strip_prefix(affix.as_str())
    };
    let out = out.unwrap_or(&s).to_string();
    new_str(rt, out)
}

fn str_removeprefix(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_removeprefix, v, args);
    affix_remove(rt, v, args, "removeprefix", false)
}
fn str_removesuffix(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_removesuffix, v, args);
    affix_remove(rt, v, args, "removesuffix", true)
}

fn str_expandtabs(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    surrogates_via_stand_ins!(rt, str_expandtabs, v, args);
    let [tabsize] = args.bind("expandtabs", ["tabsize"], 0, 0)?;
    let size = match tabsize {
        Some(t) => index_arg(rt.heap(), t)?,
        None => 8,
    };
    let s = this(rt, v)?;
    let tabs = s.matches('\t').count() as u128;
    crate::error::check_allocation(tabs * size.max(0) as u128, 1)?;
    let mut out = String::new();
    let mut column = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.push_str(&" ".repeat(n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    new_str(rt, out)
}

fn str_format_method(rt: &mut dyn Runtime, v: Value, args: Args<'_>) -> PyResult<Value> {
    let template = this(rt, v)?;
    let s = crate::types::str_format::str_format(rt, &template, args)?;
    new_str(rt, s)
}
