//! The built-in functions: `print`, `len`, `repr`, `isinstance`,
//! `getattr`, `id`, `hash`, `divmod`, … Each is a plain function listed in
//! the table at the bottom.

use pyrite_objects::methods::Args;
use pyrite_objects::ops::arith::UnaryOp;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::{NativeFn, bind, define, keyword, no_keywords, positional};
use crate::interpreter::Interpreter;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("input", builtin_input),
    ("len", builtin_len),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("abs", builtin_abs),
    ("hasattr", builtin_hasattr),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("delattr", builtin_delattr),
    ("id", builtin_id),
    ("hash", builtin_hash),
    ("callable", builtin_callable),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("round", builtin_round),
    ("format", builtin_format),
    ("bin", builtin_bin),
    ("oct", builtin_oct),
    ("hex", builtin_hex),
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("vars", builtin_vars),
    ("dir", super::dir::builtin_dir),
    (
        "__build_class__",
        crate::builtins::constructors::build_class,
    ),
];

pub(super) fn install(interp: &mut Interpreter, dict: Value) {
    for (name, f) in FUNCTIONS {
        define(interp, dict, name, *f);
    }
}

fn builtin_print(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let text_arg = |interp: &mut Interpreter, name: &str, default: &str| -> PyResult<String> {
        match keyword(interp, args, kwnames, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match interp.heap.str_of(v) {
                Some(s) => Ok(s.to_string()),
                None => Err(PyErr::type_error(format!(
                    "{name} must be None or a string, not {}",
                    interp.type_name(v)
                ))),
            },
        }
    };
    for k in kwnames {
        let key = interp.heap.str_of(*k).unwrap_or("");
        if !matches!(key, "sep" | "end" | "file" | "flush") {
            return Err(PyErr::type_error(format!(
                "'{key}' is an invalid keyword argument for print()"
            )));
        }
    }
    let sep = text_arg(interp, "sep", " ")?;
    let end = text_arg(interp, "end", "\n")?;
    let file = keyword(interp, args, kwnames, "file").unwrap_or(Value::None);
    let flush = match keyword(interp, args, kwnames, "flush") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    if file == Value::None {
        // `sys.stdout` as it is now; nothing is printed when it is `None`.
        let Some(stdout) = interp.sys_stream("stdout")? else {
            return Ok(Value::None);
        };
        let r = print_to(interp, pos, &sep, &end, stdout, flush);
        interp.heap.decref(stdout);
        return r;
    }
    print_to(interp, pos, &sep, &end, file, flush)
}

/// `print` to a standard stream of values among which a str holds a lone
/// surrogate: each is encoded as CPython's streams encode it, UTF-8 with
/// `surrogateescape` on stdout (a C.UTF-8 locale's setting; an escaped
/// byte is written as it is) and `backslashreplace` on stderr. A surrogate
/// the handler cannot take raises `UnicodeEncodeError` after what came
/// before it is written, as CPython's piecewise writes leave it. The
/// standard streams' own `write` comes here too.
pub(crate) fn print_surrogates(
    interp: &mut Interpreter,
    pos: &[Value],
    sep: &str,
    end: &str,
    file: Value,
) -> PyResult<()> {
    use std::io::Write;
    let to_stdout = file == Value::None || super::sys::stream_fd(interp, file) == Some(1);
    let errors = if to_stdout {
        "surrogateescape"
    } else {
        "backslashreplace"
    };
    let mut out = Vec::new();
    let mut result = Ok(());
    for (i, v) in pos.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        let piece = match interp.heap.str_payload(*v) {
            Some(s) => pyrite_objects::types::str_encode::encode_str(s, "utf-8", errors),
            None => interp.str_of(*v).map(String::into_bytes),
        };
        match piece {
            Ok(bytes) => out.extend(bytes),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    if result.is_ok() {
        out.extend_from_slice(end.as_bytes());
    }
    if interp.config.capture_output {
        interp.captured.extend_from_slice(&out);
    } else if to_stdout {
        let _ = interp.stdout.write_all(&out);
    } else {
        interp.flush();
        let _ = std::io::stderr().write_all(&out);
    }
    result
}

/// `print`'s writing once its arguments are read: to one of the
/// interpreter's own streams in one piece, to a program's file object piece
/// by piece.
fn print_to(
    interp: &mut Interpreter,
    pos: &[Value],
    sep: &str,
    end: &str,
    file: Value,
    flush: bool,
) -> PyResult<Value> {
    if file != Value::None && super::sys::stream_fd(interp, file).is_none() {
        // A file object of the program's gets each piece written
        // separately, as CPython's print does.
        for (i, v) in pos.iter().enumerate() {
            if i > 0 {
                interp.write_to(file, sep)?;
            }
            let text = interp.str_of(*v)?;
            interp.write_to(file, &text)?;
        }
        interp.write_to(file, end)?;
    } else if pos.iter().any(|v| interp.heap.str_has_surrogates(*v)) {
        print_surrogates(interp, pos, sep, end, file)?;
    } else {
        let mut out = String::new();
        for (i, v) in pos.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(&interp.str_of(*v)?);
        }
        out.push_str(end);
        interp.write_to(file, &out)?;
    }
    if flush {
        interp.flush_file(file)?;
    }
    Ok(Value::None)
}

/// `input([prompt])`: writes the prompt to stdout (flushed, so it shows
/// before the program waits), reads one line from stdin and returns it
/// without its line break; at end of input, `EOFError`.
fn builtin_input(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("input", kwnames)?;
    match args {
        [] => {}
        [prompt] => {
            let text = interp.str_of(*prompt)?;
            interp.write_stdout(&text);
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "input expected at most 1 argument, got {}",
                args.len()
            )));
        }
    }
    interp.flush();
    let mut line = Vec::new();
    let read = std::io::BufRead::read_until(&mut std::io::stdin().lock(), b'\n', &mut line);
    match read {
        Ok(0) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with(b"\n") {
                line.pop();
                if line.ends_with(b"\r") {
                    line.pop();
                }
            }
            Ok(interp.heap.new_str(String::from_utf8_lossy(&line)))
        }
        Err(error) => Err(PyErr::new(ExcKind::OSError, error.to_string())),
    }
}

fn builtin_len(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "len", args, kwnames)?;
    Ok(Value::Int(interp.len(v)? as i64))
}

pub(super) fn exactly_one(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<[Value; 1]> {
    no_keywords(func, kwnames)?;
    let _ = interp;
    match args {
        [v] => Ok([*v]),
        _ => Err(PyErr::type_error(format!(
            "{func}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn builtin_repr(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "repr", args, kwnames)?;
    let s = interp.repr(v)?;
    Ok(interp.heap.new_str(s))
}

fn builtin_ascii(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "ascii", args, kwnames)?;
    let s = interp.repr(v)?;
    Ok(interp.heap.new_str(crate::eval::ascii_escape(&s)))
}

/// `isinstance(v, spec)` with a class or a tuple of classes.
pub(crate) fn isinstance(interp: &mut Interpreter, v: Value, spec: Value) -> PyResult<bool> {
    if spec.as_obj() == Some(interp.class_of(v)) {
        return Ok(true);
    }
    if let Some(Payload::Tuple(items)) = spec.as_obj().map(|r| interp.heap.payload(r)) {
        for c in items.clone().iter().copied() {
            if isinstance(interp, v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // A metaclass's `__instancecheck__` (ABCMeta), or a parameterized
    // generic's refusal.
    if let Some(f) = interp.user_special(spec, "__instancecheck__") {
        let r = interp.call_special(f, spec, &[v])?;
        let t = interp.truthy(r);
        interp.heap.decref(r);
        return t;
    }
    let Some(class) = interp.as_class_ref(spec) else {
        return Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    };
    Ok(interp.is_instance(v, class))
}

fn builtin_isinstance(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_keywords("isinstance", kwnames)?;
    let [v, spec] = args else {
        return Err(PyErr::type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    };
    Ok(Value::Bool(isinstance(interp, *v, *spec)?))
}

fn builtin_issubclass(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_keywords("issubclass", kwnames)?;
    let [c, spec] = args else {
        return Err(PyErr::type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    };
    let specs = match spec.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![*spec],
    };
    for s in specs {
        // A metaclass's `__subclasscheck__` (ABCMeta), or a parameterized
        // generic's refusal.
        if let Some(f) = interp.user_special(s, "__subclasscheck__") {
            let r = interp.call_special(f, s, &[*c])?;
            let t = interp.truthy(r);
            interp.heap.decref(r);
            if t? {
                return Ok(Value::Bool(true));
            }
            continue;
        }
        let Some(c) = interp.as_class_ref(*c) else {
            return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
        };
        let Some(s) = interp.as_class_ref(s) else {
            return Err(PyErr::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        };
        if interp.is_subclass(c, s) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_abs(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "abs", args, kwnames)?;
    interp.unary_op(UnaryOp::Abs, "__abs__", v)
}

fn attr_name(interp: &Interpreter, func: &str, v: Value) -> PyResult<()> {
    if interp.heap.str_of(v).is_none() {
        return Err(PyErr::type_error(format!(
            "{func}(): attribute name must be string, not '{}'",
            interp.type_name(v)
        )));
    }
    Ok(())
}

fn builtin_hasattr(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("hasattr", kwnames)?;
    let [obj, name] = args else {
        return Err(PyErr::type_error(format!(
            "hasattr expected 2 arguments, got {}",
            args.len()
        )));
    };
    attr_name(interp, "hasattr", *name)?;
    match interp.get_attr(*obj, *name) {
        Ok(v) => {
            interp.heap.decref(v);
            Ok(Value::Bool(true))
        }
        Err(e) if interp.error_is(&e, ExcKind::AttributeError) => {
            interp.drop_error(e);
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn builtin_getattr(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("getattr", kwnames)?;
    let (obj, name, default) = match args {
        [o, n] => (*o, *n, None),
        [o, n, d] => (*o, *n, Some(*d)),
        _ => {
            return Err(PyErr::type_error(format!(
                "getattr expected at least 2 arguments, got {}",
                args.len()
            )));
        }
    };
    attr_name(interp, "getattr", name)?;
    match interp.get_attr(obj, name) {
        Err(e) if default.is_some() && interp.error_is(&e, ExcKind::AttributeError) => {
            interp.drop_error(e);
            let d = default.unwrap_or(Value::None);
            interp.heap.incref(d);
            Ok(d)
        }
        r => r,
    }
}

fn builtin_setattr(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("setattr", kwnames)?;
    let [obj, name, v] = args else {
        return Err(PyErr::type_error(format!(
            "setattr expected 3 arguments, got {}",
            args.len()
        )));
    };
    attr_name(interp, "setattr", *name)?;
    interp.set_attr(*obj, *name, Some(*v))?;
    Ok(Value::None)
}

fn builtin_delattr(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("delattr", kwnames)?;
    let [obj, name] = args else {
        return Err(PyErr::type_error(format!(
            "delattr expected 2 arguments, got {}",
            args.len()
        )));
    };
    attr_name(interp, "delattr", *name)?;
    interp.set_attr(*obj, *name, None)?;
    Ok(Value::None)
}

fn builtin_id(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "id", args, kwnames)?;
    let id = interp.heap.id(v);
    Ok(pyrite_objects::types::int::Int::from_bigint(id.into()).into_value(&mut interp.heap))
}

fn builtin_hash(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "hash", args, kwnames)?;
    Ok(Value::Int(interp.hash(v)?))
}

/// `callable(v)`.
pub(crate) fn is_callable(interp: &mut Interpreter, v: Value) -> bool {
    match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Interp(o)) => match &**o {
            InterpObject::Function(_)
            | InterpObject::Method { .. }
            | InterpObject::Builtin { .. }
            | InterpObject::Class(_) => true,
            _ => interp.user_special(v, "__call__").is_some(),
        },
        _ => interp.user_special(v, "__call__").is_some(),
    }
}

fn builtin_callable(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let [v] = exactly_one(interp, "callable", args, kwnames)?;
    Ok(Value::Bool(is_callable(interp, v)))
}

fn builtin_chr(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "chr", args, kwnames)?;
    let i = interp
        .index_of(v, "an integer is required (got type")
        .map_err(|_| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            ))
        })?;
    match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
        // A surrogate (0xd800..0xe000) is a one-character str like any other.
        Some(c) => Ok(interp.heap.new_str_from_code_points(&[c])),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [v] = exactly_one(interp, "ord", args, kwnames)?;
    if let Some(s) = interp.heap.str_payload(v) {
        return match (s.char_len(), s.code_point_at(0)) {
            (1, Some(c)) => Ok(Value::Int(i64::from(c))),
            (n, _) => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {n} found"
            ))),
        };
    }
    if let Some(Payload::Bytes(b)) = v.as_obj().map(|r| interp.heap.payload(r)) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(PyErr::type_error(format!(
        "ord() expected string of length 1, but {} found",
        interp.type_name(v)
    )))
}

fn builtin_divmod(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("divmod", kwnames)?;
    let [a, b] = args else {
        return Err(PyErr::type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.len()
        )));
    };
    if interp.user_special(*a, "__divmod__").is_some()
        || interp.user_special(*b, "__rdivmod__").is_some()
    {
        if let Some(f) = interp.user_special(*a, "__divmod__") {
            let r = interp.call_special(f, *a, &[*b])?;
            if r != Value::NotImplemented {
                return Ok(r);
            }
        }
        if let Some(f) = interp.user_special(*b, "__rdivmod__") {
            return interp.call_special(f, *b, &[*a]);
        }
    }
    let (q, r) = pyrite_objects::ops::arith::divmod(interp, *a, *b)?;
    Ok(interp.heap.new_tuple(vec![q, r]))
}

fn builtin_pow(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(interp, "pow", args, kwnames, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (
        bound[0].unwrap_or(Value::None),
        bound[1].unwrap_or(Value::None),
    );
    match bound[2] {
        None | Some(Value::None) => interp.binary_op(8, base, exp),
        Some(m) => ternary_pow(interp, base, exp, m),
    }
}

/// Three-argument `pow`: the base's own `__pow__(exp, mod)` if it is a
/// user class (CPython never tries `__rpow__` here), else integers only.
fn ternary_pow(interp: &mut Interpreter, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    use pyrite_objects::types::int::Int;
    if let Some(f) = interp.user_special(base, "__pow__") {
        let r = interp.call_special(f, base, &[exp, m])?;
        if r != Value::NotImplemented {
            return Ok(r);
        }
    }
    if let (Some(b), Some(e), Some(md)) = (
        Int::from_value(&interp.heap, base),
        Int::from_value(&interp.heap, exp),
        Int::from_value(&interp.heap, m),
    ) {
        return Ok(b.pow_mod(&e, &md)?.into_value(&mut interp.heap));
    }
    let is_complex = |interp: &Interpreter, v: Value| {
        matches!(
            v.as_obj().map(|r| interp.heap.payload(r)),
            Some(Payload::Complex { .. })
        )
    };
    let numeric = |interp: &Interpreter, v: Value| {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || Int::from_value(&interp.heap, v).is_some()
            || is_complex(interp, v)
    };
    let operands = [base, exp, m];
    if operands.iter().all(|v| numeric(interp, *v)) {
        if operands.iter().any(|v| is_complex(interp, *v)) {
            return Err(PyErr::new(ExcKind::ValueError, "complex modulo"));
        }
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        interp.type_name(base),
        interp.type_name(exp),
        interp.type_name(m)
    )))
}

fn builtin_round(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(interp, "round", args, kwnames, &["number", "ndigits"], 1)?;
    let number = bound[0].unwrap_or(Value::None);
    let ndigits = bound[1].unwrap_or(Value::None);
    if let Some(f) = interp.user_special(number, "__round__") {
        return if ndigits == Value::None {
            interp.call_special(f, number, &[])
        } else {
            interp.call_special(f, number, &[ndigits])
        };
    }
    let Some(ty) = pyrite_objects::types::base_type(&interp.heap, number) else {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            interp.type_name(number)
        )));
    };
    let Some(m) = pyrite_objects::methods::lookup(ty, "__round__") else {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            interp.type_name(number)
        )));
    };
    let pos: Vec<Value> = if ndigits == Value::None {
        vec![]
    } else {
        vec![ndigits]
    };
    m(interp, number, Args::new(&pos))
}

fn builtin_format(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(
        interp,
        "format",
        args,
        kwnames,
        &["value", "format_spec"],
        1,
    )?;
    let spec = bound[1]
        .and_then(|s| interp.heap.str_of(s).map(str::to_string))
        .unwrap_or_default();
    let s = interp.format(bound[0].unwrap_or(Value::None), &spec)?;
    Ok(interp.heap.new_str(s))
}

fn radix(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    prefix: &str,
    base: u32,
) -> PyResult<Value> {
    use pyrite_objects::types::int::Int;
    let [v] = exactly_one(interp, name, args, kwnames)?;
    let converted = match interp.user_special(v, "__index__") {
        Some(f) => Some(interp.call_special(f, v, &[])?),
        None => None,
    };
    let v = converted.unwrap_or(v);
    let i = Int::from_value(&interp.heap, v);
    if let Some(c) = converted {
        interp.heap.decref(c);
    }
    let Some(i) = i else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(v)
        )));
    };
    let big = i.to_bigint();
    let sign = if big < 0.into() { "-" } else { "" };
    let digits = num_abs(&big).to_str_radix(base);
    Ok(interp.heap.new_str(format!("{sign}{prefix}{digits}")))
}

fn num_abs(b: &num_bigint::BigInt) -> num_bigint::BigInt {
    if b < &num_bigint::BigInt::from(0) {
        -b.clone()
    } else {
        b.clone()
    }
}

fn builtin_bin(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(interp, args, kwnames, "bin", "0b", 2)
}

fn builtin_oct(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(interp, args, kwnames, "oct", "0o", 8)
}

fn builtin_hex(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(interp, args, kwnames, "hex", "0x", 16)
}

fn builtin_globals(
    interp: &mut Interpreter,
    _args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    let g = interp
        .current
        .map_or(Value::None, |f| interp.frames[f].globals);
    interp.heap.incref(g);
    Ok(g)
}

fn builtin_locals(
    interp: &mut Interpreter,
    _args: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    match interp.current {
        Some(f) => Ok(interp.locals_of(f)),
        None => Ok(interp.heap.new_dict()),
    }
}

fn builtin_vars(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return builtin_locals(interp, args, kwnames);
    }
    let [v] = exactly_one(interp, "vars", args, kwnames)?;
    let key = interp.intern("__dict__");
    let r = interp.get_attr(v, key);
    interp.heap.decref(key);
    r.map_err(|e| {
        interp.drop_error(e);
        PyErr::type_error("vars() argument must have __dict__ attribute")
    })
}

impl Interpreter {
    /// Write text to a file object: `None` or `sys.stdout` is stdout,
    /// `sys.stderr` is stderr, anything else gets its `write` called.
    pub(crate) fn write_to(&mut self, file: Value, text: &str) -> PyResult<()> {
        if file == Value::None {
            return match self.sys_stream("stdout")? {
                Some(stdout) => {
                    let r = self.write_to_stream(stdout, text);
                    self.heap.decref(stdout);
                    r
                }
                None => Ok(()),
            };
        }
        self.write_to_stream(file, text)
    }

    /// Write text to a file object that is not `None`.
    fn write_to_stream(&mut self, file: Value, text: &str) -> PyResult<()> {
        match super::sys::stream_fd(self, file) {
            Some(1) => {
                self.write_stdout(text);
                Ok(())
            }
            Some(_) => {
                self.write_stderr(text);
                Ok(())
            }
            None => {
                let key = self.intern("write");
                let write = self.get_attr(file, key);
                self.heap.decref(key);
                let write = write?;
                let s = self.heap.new_str(text);
                let r = self.call(write, &[s], &[]);
                self.heap.decref(s);
                self.heap.decref(write);
                self.heap.decref(r?);
                Ok(())
            }
        }
    }

    /// `file.flush()`, as `print(..., flush=True)` calls it: the standard
    /// streams flush pyrite's own buffer; any other object's `flush` method
    /// is called.
    pub(crate) fn flush_file(&mut self, file: Value) -> PyResult<()> {
        if file == Value::None || super::sys::stream_fd(self, file).is_some() {
            self.flush();
            return Ok(());
        }
        let key = self.intern("flush");
        let flush = self.get_attr(file, key);
        self.heap.decref(key);
        let flush = flush?;
        let r = self.call(flush, &[], &[]);
        self.heap.decref(flush);
        self.heap.decref(r?);
        Ok(())
    }
}
