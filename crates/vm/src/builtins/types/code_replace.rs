//! `code.replace(**changes)`: a new code object with some fields changed.
//!
//! The fields that describe the code without changing how its
//! instructions run can be replaced freely: `co_name`, `co_qualname`,
//! `co_filename`, `co_firstlineno` and `co_linetable`. The tables the
//! instructions index (`co_consts`, `co_names`, `co_varnames`,
//! `co_cellvars`, `co_freevars`) can be replaced by tables of the same
//! length, so every index stays valid; `co_consts` items must be
//! constants a compiler could have made (None, bools, numbers, str,
//! bytes, tuples and frozensets of them, code objects, Ellipsis). The
//! fields that change the instructions' meaning (`co_code`, the argument
//! counts, `co_flags`, `co_stacksize`, `co_nlocals`, `co_exceptiontable`)
//! accept only their current value: the evaluation loop trusts them. The
//! one exception is CO_ITERABLE_COROUTINE on a generator's code, which
//! `types.coroutine` sets.

use pyrite_compiler::bytecode::{CodeObject, Constant};
use pyrite_objects::types::int::Int;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;

/// `code.replace(**changes)`.
pub(super) fn code_replace(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let index = args
        .first()
        .and_then(|c| interp.code_index(*c))
        .ok_or_else(|| {
            PyErr::type_error(
                "descriptor 'replace' for 'code' objects doesn't apply to this object",
            )
        })?;
    let npos = args.len() - kwnames.len().min(args.len());
    if npos > 1 {
        return Err(PyErr::type_error("replace() takes no positional arguments"));
    }
    let mut code = interp.codes[index as usize].code.clone();
    for (&k, &v) in kwnames.iter().zip(&args[npos..]) {
        let name = interp.heap.str_of(k).unwrap_or("").to_string();
        apply(interp, &mut code, &name, v)?;
    }
    let info = interp.register_code(code);
    Ok(interp.code_object(info.index))
}

fn apply(interp: &mut Interpreter, code: &mut CodeObject, name: &str, v: Value) -> PyResult<()> {
    match name {
        "co_name" => code.co_name = text(interp, name, v)?,
        "co_qualname" => code.co_qualname = text(interp, name, v)?,
        "co_filename" => code.co_filename = text(interp, name, v)?,
        "co_firstlineno" => code.co_firstlineno = number(interp, name, v)?,
        "co_linetable" => code.co_linetable = bytes(interp, name, v)?,
        "co_names" => same_length(&mut code.co_names, names(interp, name, v)?, name)?,
        "co_varnames" => same_length(&mut code.co_varnames, names(interp, name, v)?, name)?,
        "co_cellvars" => same_length(&mut code.co_cellvars, names(interp, name, v)?, name)?,
        "co_freevars" => same_length(&mut code.co_freevars, names(interp, name, v)?, name)?,
        "co_consts" => {
            let items = tuple(interp, name, v)?;
            let consts = items
                .into_iter()
                .map(|item| constant(interp, item))
                .collect::<PyResult<Vec<_>>>()?;
            same_length(&mut code.co_consts, consts, name)?;
        }
        "co_code" => unchanged(bytes(interp, name, v)? == code.co_code, name)?,
        "co_exceptiontable" => {
            unchanged(bytes(interp, name, v)? == code.co_exceptiontable, name)?;
        }
        "co_argcount" => unchanged(number(interp, name, v)? == code.co_argcount, name)?,
        "co_posonlyargcount" => {
            unchanged(number(interp, name, v)? == code.co_posonlyargcount, name)?;
        }
        "co_kwonlyargcount" => {
            unchanged(number(interp, name, v)? == code.co_kwonlyargcount, name)?;
        }
        "co_stacksize" => unchanged(number(interp, name, v)? == code.co_stacksize, name)?,
        "co_flags" => {
            use pyrite_compiler::bytecode::CodeFlags;
            let flags = number(interp, name, v)?;
            // A generator's code may gain CO_ITERABLE_COROUTINE, as
            // `types.coroutine` gives it: the flag only lets `await` take
            // the generator, and the loop reads it from the code each time.
            let marking = flags ^ code.co_flags.0 == CodeFlags::ITERABLE_COROUTINE.0
                && code.co_flags.0 & CodeFlags::GENERATOR.0 != 0;
            if marking {
                code.co_flags = CodeFlags(flags);
            } else {
                unchanged(flags == code.co_flags.0, name)?;
            }
        }
        "co_nlocals" => {
            let n = number(interp, name, v)?;
            unchanged(usize::try_from(n).ok() == Some(code.co_nlocals()), name)?;
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "'{name}' is an invalid keyword argument for replace()"
            )));
        }
    }
    Ok(())
}

fn unchanged(same: bool, name: &str) -> PyResult<()> {
    if same {
        return Ok(());
    }
    Err(PyErr::value_error(format!(
        "code.replace(): {name} cannot be changed (the interpreter trusts it)"
    )))
}

fn same_length<T>(field: &mut Vec<T>, new: Vec<T>, name: &str) -> PyResult<()> {
    if new.len() != field.len() {
        return Err(PyErr::value_error(format!(
            "code.replace(): {name} must keep its length ({})",
            field.len()
        )));
    }
    *field = new;
    Ok(())
}

/// CPython's argument-clinic message (which calls `None` "None").
fn wrong_type(interp: &Interpreter, name: &str, want: &str, v: Value) -> PyErr {
    let got = if v == Value::None {
        "None".to_string()
    } else {
        interp.type_name(v)
    };
    PyErr::type_error(format!(
        "replace() argument '{name}' must be {want}, not {got}"
    ))
}

fn text(interp: &Interpreter, name: &str, v: Value) -> PyResult<String> {
    interp
        .heap
        .str_of(v)
        .map(str::to_string)
        .ok_or_else(|| wrong_type(interp, name, "str", v))
}

fn number(interp: &Interpreter, name: &str, v: Value) -> PyResult<u32> {
    let i = Int::from_value(&interp.heap, v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(v)
        ))
    })?;
    i.to_i64()
        .and_then(|i| u32::try_from(i).ok())
        .ok_or_else(|| PyErr::new(ExcKind::OverflowError, format!("{name} out of range")))
}

fn bytes(interp: &Interpreter, name: &str, v: Value) -> PyResult<Vec<u8>> {
    match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => Err(wrong_type(interp, name, "bytes", v)),
    }
}

fn tuple(interp: &Interpreter, name: &str, v: Value) -> PyResult<Vec<Value>> {
    match v.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Tuple(items)) => Ok(items.to_vec()),
        _ => Err(wrong_type(interp, name, "tuple", v)),
    }
}

fn names(interp: &Interpreter, name: &str, v: Value) -> PyResult<Vec<String>> {
    tuple(interp, name, v)?
        .into_iter()
        .map(|item| {
            interp
                .heap
                .str_of(item)
                .map(str::to_string)
                .ok_or_else(|| PyErr::new(ExcKind::SystemError, "non-string found in code slot"))
        })
        .collect()
}

/// The compiler's form of a constant value.
fn constant(interp: &mut Interpreter, v: Value) -> PyResult<Constant> {
    match v {
        Value::None => return Ok(Constant::None),
        Value::Bool(b) => return Ok(Constant::Bool(b)),
        Value::Float(f) => return Ok(Constant::Float(f)),
        Value::Ellipsis => return Ok(Constant::Ellipsis),
        _ => {}
    }
    if let Some(i) = interp.code_index(v) {
        return Ok(Constant::Code(Box::new(
            interp.codes[i as usize].code.clone(),
        )));
    }
    let exact = interp.heap.builtin_type(v);
    use pyrite_objects::BuiltinType as T;
    let r = v.as_obj();
    match (exact, r.map(|r| interp.heap.payload(r))) {
        (Some(T::Int), _) | (_, None) => {
            if let Some(i) = Int::from_value(&interp.heap, v) {
                return Ok(Constant::Int(i.to_bigint()));
            }
        }
        (Some(T::Str), Some(Payload::Str(s))) if s.has_surrogates() => {
            return Ok(Constant::SurrogateStr(s.code_points().into_owned()));
        }
        (Some(T::Str), Some(Payload::Str(s))) => return Ok(Constant::Str(s.as_str().to_string())),
        (Some(T::Bytes), Some(Payload::Bytes(b))) => return Ok(Constant::Bytes(b.to_vec())),
        (Some(T::Complex), Some(Payload::Complex { real, imag })) => {
            return Ok(Constant::Complex {
                real: *real,
                imag: *imag,
            });
        }
        (Some(T::Tuple), Some(Payload::Tuple(items))) => {
            let items = items.to_vec();
            let consts = items
                .into_iter()
                .map(|item| constant(interp, item))
                .collect::<PyResult<Vec<_>>>()?;
            return Ok(Constant::Tuple(consts));
        }
        (Some(T::FrozenSet), Some(Payload::Set(s))) => {
            let items: Vec<Value> = s.entries().map(|(_, k)| k).collect();
            let consts = items
                .into_iter()
                .map(|item| constant(interp, item))
                .collect::<PyResult<Vec<_>>>()?;
            return Ok(Constant::FrozenSet(consts));
        }
        _ => {}
    }
    Err(PyErr::type_error(format!(
        "code.replace(): co_consts items must be constants, not '{}'",
        interp.type_name(v)
    )))
}
