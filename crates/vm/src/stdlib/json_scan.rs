//! `_json`: the native JSON scanner `json.decoder` uses (and, from
//! [`super::json_encode`], the encoder `json.encoder` uses). It reads one
//! value from a str, calling the decoder's hooks (`object_hook`,
//! `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`)
//! where they are given, and reports a malformed document as a
//! `(False, message, position)` result that the Python side turns into
//! `JSONDecodeError`, so messages and positions are defined in one place
//! per kind of mistake, matching CPython's scanner.
//!
//! Invariants:
//! - Positions are indices of characters (as Python counts them), not of
//!   bytes: the scanner works over the text's characters.
//! - Nesting deeper than the recursion limit raises `RecursionError`,
//!   never overflows the Rust stack.

use num_bigint::BigInt;
use pyrite_objects::types::int::Int;
use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("scan_once", json_scan_once),
    ("encode", super::json_encode::json_encode),
];

/// The `_json` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_json", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        Ok(())
    })
}

/// Why scanning stopped.
enum Stop {
    /// A malformed document: the message and the position.
    Syntax(&'static str, usize),
    /// A hook raised, or the nesting was too deep.
    Raised(PyErr),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Raised(e)
    }
}

/// The decoder's hooks (borrowed; `None` when not given).
struct Hooks {
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

struct Scanner<'a> {
    s: &'a [char],
    strict: bool,
    hooks: Hooks,
    depth: usize,
    limit: usize,
}

/// `scan_once(s, idx, strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant)`: `(True, value, end)` for the
/// value at `idx`, or `(False, message, position)`.
fn json_scan_once(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let names = [
        "s",
        "idx",
        "strict",
        "object_hook",
        "object_pairs_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
    ];
    let a = bind(interp, "scan_once", args, kwnames, &names, 3)?;
    let text: Vec<char> = interp
        .heap
        .str_of(a[0].unwrap_or(Value::None))
        .ok_or_else(|| PyErr::type_error("scan_once() argument 1 must be str"))?
        .chars()
        .collect();
    let idx = super::args::int_arg(interp, a[1].unwrap_or(Value::None))?;
    let strict = interp.truthy(a[2].unwrap_or(Value::Bool(true)))?;
    let hook = |i: usize| a[i].unwrap_or(Value::None);
    let mut scanner = Scanner {
        s: &text,
        strict,
        hooks: Hooks {
            object_hook: hook(3),
            object_pairs_hook: hook(4),
            parse_float: hook(5),
            parse_int: hook(6),
            parse_constant: hook(7),
        },
        depth: 0,
        limit: interp.recursion_limit,
    };
    let start = usize::try_from(idx).unwrap_or(usize::MAX);
    match scanner.value(interp, start) {
        Ok((v, end)) => {
            Ok(interp
                .heap
                .new_tuple(vec![Value::Bool(true), v, Value::Int(end as i64)]))
        }
        Err(Stop::Syntax(message, pos)) => {
            let message = interp.heap.new_str(message);
            Ok(interp
                .heap
                .new_tuple(vec![Value::Bool(false), message, Value::Int(pos as i64)]))
        }
        Err(Stop::Raised(e)) => Err(e),
    }
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i + n <= self.s.len() && self.s[i..i + n].iter().copied().eq(word.chars())
    }

    /// The value at `i` and the index after it (a new reference).
    fn value(&mut self, interp: &mut Interpreter, i: usize) -> Result<(Value, usize), Stop> {
        let Some(c) = self.at(i) else {
            return Err(Stop::Syntax("Expecting value", i));
        };
        match c {
            '"' => {
                let (text, end) = self.string(i + 1)?;
                Ok((text.into_value(interp), end))
            }
            '{' => self.nested(interp, i + 1, true),
            '[' => self.nested(interp, i + 1, false),
            'n' if self.starts_with(i, "null") => Ok((Value::None, i + 4)),
            't' if self.starts_with(i, "true") => Ok((Value::Bool(true), i + 4)),
            'f' if self.starts_with(i, "false") => Ok((Value::Bool(false), i + 5)),
            'N' if self.starts_with(i, "NaN") => self.constant(interp, "NaN", f64::NAN, i),
            'I' if self.starts_with(i, "Infinity") => {
                self.constant(interp, "Infinity", f64::INFINITY, i)
            }
            '-' if self.starts_with(i, "-Infinity") => {
                self.constant(interp, "-Infinity", f64::NEG_INFINITY, i)
            }
            '-' | '0'..='9' => match self.number(interp, i)? {
                Some(found) => Ok(found),
                None => Err(Stop::Syntax("Expecting value", i)),
            },
            _ => Err(Stop::Syntax("Expecting value", i)),
        }
    }

    fn constant(
        &mut self,
        interp: &mut Interpreter,
        name: &str,
        value: f64,
        i: usize,
    ) -> Result<(Value, usize), Stop> {
        let end = i + name.chars().count();
        if self.hooks.parse_constant == Value::None {
            return Ok((Value::Float(value), end));
        }
        let text = interp.heap.new_str(name);
        let r = interp.call(self.hooks.parse_constant, &[text], &[]);
        interp.heap.decref(text);
        Ok((r?, end))
    }

    fn digits(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        i
    }

    /// A number at `i`, or `None` when none starts there.
    fn number(
        &mut self,
        interp: &mut Interpreter,
        start: usize,
    ) -> Result<Option<(Value, usize)>, Stop> {
        let mut i = start;
        if self.at(i) == Some('-') {
            i += 1;
        }
        match self.at(i) {
            Some('0') => i += 1,
            Some('1'..='9') => i = self.digits(i),
            _ => return Ok(None),
        }
        let integer_end = i;
        if self.at(i) == Some('.') && self.at(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i = self.digits(i + 1);
        }
        if matches!(self.at(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some('+' | '-')) {
                j += 1;
            }
            if self.at(j).is_some_and(|c| c.is_ascii_digit()) {
                i = self.digits(j);
            }
        }
        let text: String = self.s[start..i].iter().collect();
        let is_int = i == integer_end;
        let hook = if is_int {
            self.hooks.parse_int
        } else {
            self.hooks.parse_float
        };
        if hook != Value::None {
            let t = interp.heap.new_str(text);
            let r = interp.call(hook, &[t], &[]);
            interp.heap.decref(t);
            return Ok(Some((r?, i)));
        }
        let value = if is_int {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => match BigInt::parse_bytes(text.as_bytes(), 10) {
                    Some(b) => Int::from_bigint(b).into_value(&mut interp.heap),
                    None => return Ok(None),
                },
            }
        } else {
            match text.parse::<f64>() {
                Ok(x) => Value::Float(x),
                Err(_) => return Ok(None),
            }
        };
        Ok(Some((value, i)))
    }

    /// The text of a string whose opening quote is at `i - 1`, and the
    /// index after its closing quote.
    fn string(&self, mut i: usize) -> Result<(JsonString, usize), Stop> {
        let begin = i - 1;
        let mut out = String::new();
        let mut lone = Vec::new();
        loop {
            let Some(c) = self.at(i) else {
                return Err(Stop::Syntax("Unterminated string starting at", begin));
            };
            match c {
                '"' => return Ok((JsonString { text: out, lone }, i + 1)),
                '\\' => {
                    let backslash = i;
                    let Some(esc) = self.at(i + 1) else {
                        return Err(Stop::Syntax("Unterminated string starting at", begin));
                    };
                    i += 2;
                    let simple = match esc {
                        '"' => '"',
                        '\\' => '\\',
                        '/' => '/',
                        'b' => '\u{8}',
                        'f' => '\u{c}',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'u' => {
                            let mut code = self.hex4(i, backslash)?;
                            i += 4;
                            if (0xD800..=0xDBFF).contains(&code)
                                && self.at(i) == Some('\\')
                                && self.at(i + 1) == Some('u')
                            {
                                let low = self.hex4(i + 2, i)?;
                                if (0xDC00..=0xDFFF).contains(&low) {
                                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                                    i += 6;
                                }
                            }
                            match char::from_u32(code) {
                                Some(c) => c,
                                None => {
                                    lone.push((out.chars().count(), code));
                                    char::REPLACEMENT_CHARACTER
                                }
                            }
                        }
                        _ => return Err(Stop::Syntax("Invalid \\escape", backslash)),
                    };
                    out.push(simple);
                }
                c if self.strict && (c as u32) < 0x20 => {
                    return Err(Stop::Syntax("Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    /// Four hex digits at `i` (a `\uXXXX` escape's).
    fn hex4(&self, i: usize, backslash: usize) -> Result<u32, Stop> {
        let digits = self
            .s
            .get(i..i + 4)
            .filter(|d| d.iter().all(char::is_ascii_hexdigit));
        match digits {
            Some(d) => Ok(d
                .iter()
                .fold(0, |n, c| n * 16 + c.to_digit(16).unwrap_or(0))),
            None => Err(Stop::Syntax("Invalid \\uXXXX escape", backslash + 1)),
        }
    }

    /// An object (`is_object`) or array whose opening bracket is at
    /// `i - 1`.
    fn nested(
        &mut self,
        interp: &mut Interpreter,
        i: usize,
        is_object: bool,
    ) -> Result<(Value, usize), Stop> {
        if self.depth >= self.limit {
            let what = if is_object { "object" } else { "array" };
            return Err(Stop::Raised(PyErr::new(
                ExcKind::RecursionError,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                ),
            )));
        }
        self.depth += 1;
        let mut items = Vec::new();
        let r = if is_object {
            self.object_items(interp, i, &mut items)
        } else {
            self.array_items(interp, i, &mut items)
        };
        self.depth -= 1;
        let end = match r {
            Ok(end) => end,
            Err(e) => {
                for v in items {
                    interp.heap.decref(v);
                }
                return Err(e);
            }
        };
        if !is_object {
            return Ok((interp.heap.new_list(items), end));
        }
        Ok((self.finish_object(interp, items)?, end))
    }

    fn array_items(
        &mut self,
        interp: &mut Interpreter,
        i: usize,
        items: &mut Vec<Value>,
    ) -> Result<usize, Stop> {
        let mut i = self.skip(i);
        if self.at(i) == Some(']') {
            return Ok(i + 1);
        }
        loop {
            let (v, end) = self.value(interp, i)?;
            items.push(v);
            i = self.skip(end);
            match self.at(i) {
                Some(']') => return Ok(i + 1),
                Some(',') => i = self.skip(i + 1),
                _ => return Err(Stop::Syntax("Expecting ',' delimiter", i)),
            }
        }
    }

    /// The keys and values, alternating, of an object.
    fn object_items(
        &mut self,
        interp: &mut Interpreter,
        i: usize,
        items: &mut Vec<Value>,
    ) -> Result<usize, Stop> {
        let mut i = self.skip(i);
        if self.at(i) == Some('}') {
            return Ok(i + 1);
        }
        loop {
            if self.at(i) != Some('"') {
                return Err(Stop::Syntax(
                    "Expecting property name enclosed in double quotes",
                    i,
                ));
            }
            let (key, end) = self.string(i + 1)?;
            items.push(key.into_value(interp));
            i = self.skip(end);
            if self.at(i) != Some(':') {
                return Err(Stop::Syntax("Expecting ':' delimiter", i));
            }
            i = self.skip(i + 1);
            let (v, end) = self.value(interp, i)?;
            items.push(v);
            i = self.skip(end);
            match self.at(i) {
                Some('}') => return Ok(i + 1),
                Some(',') => i = self.skip(i + 1),
                _ => return Err(Stop::Syntax("Expecting ',' delimiter", i)),
            }
        }
    }

    /// The object for alternating keys and values (owned), through the
    /// hooks.
    fn finish_object(&mut self, interp: &mut Interpreter, items: Vec<Value>) -> PyResult<Value> {
        if self.hooks.object_pairs_hook != Value::None {
            let pairs: Vec<Value> = items
                .chunks(2)
                .map(|kv| interp.heap.new_tuple(kv.to_vec()))
                .collect();
            let list = interp.heap.new_list(pairs);
            let r = interp.call(self.hooks.object_pairs_hook, &[list], &[]);
            interp.heap.decref(list);
            return r;
        }
        let dict = interp.heap.new_dict();
        let mut result = Ok(());
        if let Some(d) = dict.as_obj() {
            for kv in items.chunks(2) {
                if result.is_ok() {
                    result = pyrite_objects::types::dict::set_item(interp, d, kv[0], kv[1]);
                }
            }
        }
        for v in items {
            interp.heap.decref(v);
        }
        if let Err(e) = result {
            interp.heap.decref(dict);
            return Err(e);
        }
        if self.hooks.object_hook == Value::None {
            return Ok(dict);
        }
        let r = interp.call(self.hooks.object_hook, &[dict], &[]);
        interp.heap.decref(dict);
        r
    }
}

/// A decoded JSON string: its text, and the lone surrogates that `\\ud800`
/// escapes not followed by a low surrogate gave (their position in code
/// points, where the text has U+FFFD, and their value).
struct JsonString {
    text: String,
    lone: Vec<(usize, u32)>,
}

impl JsonString {
    /// The `str` object (a new reference).
    fn into_value(self, interp: &mut Interpreter) -> Value {
        if self.lone.is_empty() {
            return interp.heap.new_str(self.text);
        }
        let mut points: Vec<u32> = self.text.chars().map(u32::from).collect();
        for (at, code) in self.lone {
            points[at] = code;
        }
        interp.heap.new_str_from_code_points(&points)
    }
}
