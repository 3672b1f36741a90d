//! `_json.encode`: the native JSON encoder `json.encoder` uses. It walks
//! dicts, lists, tuples, strs, ints, floats, bools and None (subclasses
//! included, encoded as their base type, as CPython's encoder does) and
//! hands anything else to the encoder's `default` callable.
//!
//! Invariants:
//! - A container already being encoded is a circular reference
//!   (`ValueError`), when the caller asks for the check.
//! - Nesting deeper than the recursion limit raises `RecursionError`,
//!   never overflows the Rust stack.

use pyrite_objects::types::int::Int;
use pyrite_objects::{ExcKind, ObjRef, Payload, PyErr, PyResult, Value};

use crate::builtins::bind;
use crate::interpreter::Interpreter;

/// The options of one `encode` call.
struct Options {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    default: Value,
}

struct Encoder {
    options: Options,
    out: String,
    /// Lone surrogates written without `ensure_ascii`: their position in
    /// code points in `out` (which holds U+FFFD there) and their value.
    lone: Vec<(usize, u32)>,
    /// The containers being encoded (for the circular-reference check).
    active: Vec<ObjRef>,
    depth: usize,
    limit: usize,
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
/// sort_keys, indent, item_separator, key_separator, default)`: the JSON
/// text for `obj`; `indent` is None or the str to indent each level by.
pub(super) fn json_encode(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let names = [
        "obj",
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "sort_keys",
        "indent",
        "item_separator",
        "key_separator",
        "default",
    ];
    let a = bind(interp, "encode", args, kwnames, &names, 10)?;
    let arg = |i: usize| a[i].unwrap_or(Value::None);
    let mut flags = [false; 5];
    for (k, flag) in flags.iter_mut().enumerate() {
        *flag = interp.truthy(arg(k + 1))?;
    }
    let text = |interp: &Interpreter, v: Value| interp.heap.str_of(v).map(str::to_string);
    let options = Options {
        skipkeys: flags[0],
        ensure_ascii: flags[1],
        check_circular: flags[2],
        allow_nan: flags[3],
        sort_keys: flags[4],
        indent: text(interp, arg(6)),
        item_separator: text(interp, arg(7)).unwrap_or_else(|| ", ".into()),
        key_separator: text(interp, arg(8)).unwrap_or_else(|| ": ".into()),
        default: arg(9),
    };
    let mut encoder = Encoder {
        options,
        out: String::new(),
        lone: Vec::new(),
        active: Vec::new(),
        depth: 0,
        limit: interp.recursion_limit,
    };
    encoder.encode(interp, arg(0))?;
    if encoder.lone.is_empty() {
        return Ok(interp.heap.new_str(encoder.out));
    }
    let mut points: Vec<u32> = encoder.out.chars().map(u32::from).collect();
    for (at, code) in encoder.lone {
        points[at] = code;
    }
    Ok(interp.heap.new_str_from_code_points(&points))
}

/// `s` as a JSON string literal. A str holding lone surrogates comes with
/// its code points: `ensure_ascii` escapes a surrogate as `\udXXX`, as
/// any other; without it the surrogate goes into the output as it is
/// (as U+FFFD in `out`, its position in code points noted in `lone`).
fn quote(
    s: &str,
    points: Option<&[u32]>,
    ensure_ascii: bool,
    out: &mut String,
    lone: &mut Vec<(usize, u32)>,
) {
    out.push('"');
    match points {
        Some(points) => {
            for &code in points {
                match char::from_u32(code) {
                    Some(c) => quote_char(c, ensure_ascii, out),
                    None if ensure_ascii => out.push_str(&format!("\\u{code:04x}")),
                    None => {
                        lone.push((out.chars().count(), code));
                        out.push(char::REPLACEMENT_CHARACTER);
                    }
                }
            }
        }
        None => s.chars().for_each(|c| quote_char(c, ensure_ascii, out)),
    }
    out.push('"');
}

/// One character of a JSON string literal.
fn quote_char(c: char, ensure_ascii: bool, out: &mut String) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
        c => out.push(c),
    }
}

enum Kind {
    /// A str's text, and its code points if it holds a lone surrogate.
    Str(String, Option<Vec<u32>>),
    Int(String),
    Float(f64),
    Sequence(Vec<Value>),
    Dict(Vec<(Value, Value)>),
    Other,
}

fn kind_of(interp: &Interpreter, v: Value) -> Kind {
    match v {
        Value::Int(i) => return Kind::Int(i.to_string()),
        Value::Float(x) => return Kind::Float(x),
        _ => {}
    }
    if let Some(s) = interp.heap.str_payload(v) {
        let points = s.has_surrogates().then(|| s.code_points().into_owned());
        return Kind::Str(s.as_str().to_string(), points);
    }
    let Some(r) = v.as_obj() else {
        return Kind::Other;
    };
    match interp.heap.payload(r) {
        Payload::Int(_) => match Int::from_value(&interp.heap, v) {
            Some(i) => Kind::Int(i.to_bigint().to_string()),
            None => Kind::Other,
        },
        Payload::Float(x) => Kind::Float(*x),
        Payload::List(items) => Kind::Sequence(items.to_values()),
        Payload::Tuple(items) => Kind::Sequence(items.to_vec()),
        Payload::Dict(t) => Kind::Dict(t.iter().map(|(_, e)| (e.key, e.value)).collect()),
        _ => Kind::Other,
    }
}

impl Encoder {
    fn float(&mut self, interp: &mut Interpreter, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return interp.repr(Value::Float(x));
        }
        if !self.options.allow_nan {
            return Err(PyErr::value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline(&mut self) {
        if let Some(unit) = &self.options.indent {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(unit);
            }
        }
    }

    fn encode(&mut self, interp: &mut Interpreter, v: Value) -> PyResult<()> {
        match v {
            Value::None => {
                self.out.push_str("null");
                return Ok(());
            }
            Value::Bool(b) => {
                self.out.push_str(if b { "true" } else { "false" });
                return Ok(());
            }
            _ => {}
        }
        match kind_of(interp, v) {
            Kind::Str(s, points) => quote(
                &s,
                points.as_deref(),
                self.options.ensure_ascii,
                &mut self.out,
                &mut self.lone,
            ),
            Kind::Int(text) => self.out.push_str(&text),
            Kind::Float(x) => {
                let text = self.float(interp, x)?;
                self.out.push_str(&text);
            }
            Kind::Sequence(items) => {
                self.container(interp, v, |e, interp| e.sequence(interp, &items))?
            }
            Kind::Dict(items) => self.container(interp, v, |e, interp| e.dict(interp, items))?,
            Kind::Other => {
                self.container(interp, v, |e, interp| {
                    let replacement = interp.call(e.options.default, &[v], &[])?;
                    let r = e.encode(interp, replacement);
                    interp.heap.decref(replacement);
                    r
                })?;
            }
        }
        Ok(())
    }

    /// Encode the container `v` with `body`, watching for cycles and
    /// depth.
    fn container(
        &mut self,
        interp: &mut Interpreter,
        v: Value,
        body: impl FnOnce(&mut Encoder, &mut Interpreter) -> PyResult<()>,
    ) -> PyResult<()> {
        let r = v.as_obj();
        if let Some(r) = r.filter(|_| self.options.check_circular) {
            if self.active.contains(&r) {
                return Err(PyErr::value_error("Circular reference detected"));
            }
            self.active.push(r);
        }
        if self.active.len() > self.limit || self.depth > self.limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        let result = body(self, interp);
        if r.is_some() && self.options.check_circular {
            self.active.pop();
        }
        result
    }

    fn sequence(&mut self, interp: &mut Interpreter, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        for v in items {
            interp.heap.incref(*v);
        }
        self.out.push('[');
        self.depth += 1;
        self.newline();
        let mut result = Ok(());
        for (k, v) in items.iter().enumerate() {
            if result.is_ok() {
                if k > 0 {
                    let sep = self.options.item_separator.clone();
                    self.out.push_str(&sep);
                    self.newline();
                }
                result = self.encode(interp, *v);
            }
            interp.heap.decref(*v);
        }
        result?;
        self.depth -= 1;
        self.newline();
        self.out.push(']');
        Ok(())
    }

    /// A key's text, or `None` to skip it (skipkeys).
    fn key(
        &mut self,
        interp: &mut Interpreter,
        k: Value,
    ) -> PyResult<Option<(String, Option<Vec<u32>>)>> {
        match k {
            Value::None => return Ok(Some(("null".into(), None))),
            Value::Bool(b) => return Ok(Some((if b { "true" } else { "false" }.into(), None))),
            _ => {}
        }
        match kind_of(interp, k) {
            Kind::Str(s, points) => Ok(Some((s, points))),
            Kind::Int(text) => Ok(Some((text, None))),
            Kind::Float(x) => self.float(interp, x).map(|f| Some((f, None))),
            _ if self.options.skipkeys => Ok(None),
            _ => Err(PyErr::type_error(format!(
                "keys must be str, int, float, bool or None, not {}",
                interp.type_name(k)
            ))),
        }
    }

    fn dict(&mut self, interp: &mut Interpreter, items: Vec<(Value, Value)>) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let items = if self.options.sort_keys {
            sorted_items(interp, &items)?
        } else {
            for (k, v) in &items {
                interp.heap.incref(*k);
                interp.heap.incref(*v);
            }
            items
        };
        self.out.push('{');
        self.depth += 1;
        self.newline();
        let mut result = Ok(());
        let mut first = true;
        for (k, v) in &items {
            if result.is_ok() {
                result = self.key(interp, *k).and_then(|key| {
                    let Some((key, points)) = key else {
                        return Ok(());
                    };
                    if !first {
                        let sep = self.options.item_separator.clone();
                        self.out.push_str(&sep);
                        self.newline();
                    }
                    first = false;
                    quote(
                        &key,
                        points.as_deref(),
                        self.options.ensure_ascii,
                        &mut self.out,
                        &mut self.lone,
                    );
                    let sep = self.options.key_separator.clone();
                    self.out.push_str(&sep);
                    self.encode(interp, *v)
                });
            }
            interp.heap.decref(*k);
            interp.heap.decref(*v);
        }
        result?;
        self.depth -= 1;
        self.newline();
        self.out.push('}');
        Ok(())
    }
}

/// The items sorted as `sorted(d.items())` sorts them (owned references).
fn sorted_items(
    interp: &mut Interpreter,
    items: &[(Value, Value)],
) -> PyResult<Vec<(Value, Value)>> {
    let pairs: Vec<Value> = items
        .iter()
        .map(|(k, v)| {
            interp.heap.incref(*k);
            interp.heap.incref(*v);
            interp.heap.new_tuple(vec![*k, *v])
        })
        .collect();
    let list = interp.heap.new_list(pairs);
    let builtins = interp.builtins;
    let sorted = interp
        .dict_get_str(builtins, "sorted")
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "lost builtins.sorted"))?;
    let result = interp.call(sorted, &[list], &[]);
    interp.heap.decref(sorted);
    interp.heap.decref(list);
    let result = result?;
    let out = result
        .as_obj()
        .and_then(|r| interp.heap.list_items(r))
        .map(|l| l.to_values())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|pair| {
            let r = pair.as_obj()?;
            match interp.heap.payload(r) {
                Payload::Tuple(kv) if kv.len() == 2 => Some((kv[0], kv[1])),
                _ => None,
            }
        })
        .collect::<Vec<_>>();
    for (k, v) in &out {
        interp.heap.incref(*k);
        interp.heap.incref(*v);
    }
    interp.heap.decref(result);
    Ok(out)
}
