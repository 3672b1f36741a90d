//! The `_imp` module: what the import system can tell Python code about
//! modules it has without searching `sys.path` — which names are built in
//! (native modules) and which are frozen (the bundled standard library,
//! which pyrite imports as CPython imports its frozen modules). `importlib`
//! is written over it.
//!
//! `_override_frozen_modules_for_tests` is the switch `test.support`'s
//! `import_fresh_module` uses: with frozen modules turned off (a negative
//! value), imports prefer a source file on `sys.path` to the bundled copy
//! (see `crate::import`).
//!
//! `_code_to_cache` and `_code_from_cache` turn a code object into the bytes
//! of a code-cache file (`pyrite_compiler::cache`) and back; they are the
//! `marshal` step of `importlib._bootstrap_external` and `py_compile`. A
//! cache image is checked as import checks it: stamp, length, checksum and
//! the code object's own validity.

use pyrite_compiler::cache::{self, SourceStamp};
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::builtins::{NativeFn, bind, define};
use crate::interpreter::Interpreter;
use crate::stdlib::bundled;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("is_frozen", is_frozen),
    ("is_frozen_package", is_frozen_package),
    (
        "_override_frozen_modules_for_tests",
        override_frozen_modules_for_tests,
    ),
    ("_code_to_cache", code_to_cache),
    ("_code_from_cache", code_from_cache),
];

/// The `_imp` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "_imp", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        // The tag in the names of the cache files import writes
        // (`NAME.pyrite-311.pyc`).
        let tag = interp.heap.new_str(cache::CACHE_TAG);
        interp.dict_set_str(dict, "cache_tag", tag);
        interp.heap.decref(tag);
        Ok(())
    })
}

/// The module name argument of `func`, with CPython's error for a non-str.
fn name_arg(
    interp: &Interpreter,
    func: &str,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<String> {
    let a = bind(interp, func, args, kwnames, &["name"], 1)?;
    let v = a[0].unwrap_or(Value::None);
    interp.heap.str_of(v).map(str::to_string).ok_or_else(|| {
        PyErr::type_error(format!(
            "{func}() argument must be str, not {}",
            interp.type_name(v)
        ))
    })
}

/// `_imp.is_frozen(name)`: whether `name` is a bundled module.
fn is_frozen(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let name = name_arg(interp, "is_frozen", args, kwnames)?;
    Ok(Value::Bool(bundled::find(&name).is_some()))
}

/// `_imp.is_frozen_package(name)`: whether `name` is a bundled package;
/// `ImportError` when it is not bundled at all.
fn is_frozen_package(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let name = name_arg(interp, "is_frozen_package", args, kwnames)?;
    match bundled::find(&name) {
        Some(b) => Ok(Value::Bool(b.is_package)),
        None => Err(PyErr::new(
            ExcKind::ImportError,
            format!("No such frozen object named '{name}'"),
        )),
    }
}

/// `_imp._override_frozen_modules_for_tests(override)`: positive forces
/// frozen (bundled) modules on, negative turns them off in favour of source
/// files, zero restores the default. Affects only imports made afterwards.
fn override_frozen_modules_for_tests(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(
            "_imp._override_frozen_modules_for_tests() takes no keyword arguments",
        ));
    }
    let [value] = args else {
        return Err(PyErr::type_error(format!(
            "_imp._override_frozen_modules_for_tests() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    interp.import.frozen_override = super::args::int_arg(interp, *value)?;
    Ok(Value::None)
}

/// The source stamp given as `mtime` and `source_size` arguments: both
/// non-negative integers (CPython keeps them modulo 2**32 in a `.pyc`;
/// pyrite's cache keeps whole 64-bit values).
fn stamp_args(interp: &mut Interpreter, mtime: Value, size: Value) -> PyResult<SourceStamp> {
    let mtime = super::args::int_arg(interp, mtime)?;
    let size = super::args::int_arg(interp, size)?;
    match (u64::try_from(mtime), u64::try_from(size)) {
        (Ok(mtime), Ok(size)) => Ok(SourceStamp { mtime, size }),
        _ => Err(PyErr::value_error(
            "source mtime and size must not be negative",
        )),
    }
}

/// `_imp._code_to_cache(code, mtime, source_size)`: the bytes of a code
/// cache file holding `code`, stamped for a source with that modification
/// time (whole seconds) and size.
fn code_to_cache(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind(
        interp,
        "_code_to_cache",
        args,
        kwnames,
        &["code", "mtime", "source_size"],
        3,
    )?;
    let [code, mtime, size] = [0, 1, 2].map(|i| a[i].unwrap_or(Value::None));
    let Some(index) = interp.code_index(code) else {
        return Err(PyErr::type_error(format!(
            "_code_to_cache() argument 'code' must be code, not {}",
            interp.type_name(code)
        )));
    };
    let stamp = stamp_args(interp, mtime, size)?;
    let info = interp.codes[index as usize].clone();
    let image = cache::write(&info.code, stamp)
        .map_err(|e| PyErr::value_error(format!("cannot write code cache: {e}")))?;
    Ok(interp.heap.new_bytes(image))
}

/// `_imp._code_from_cache(data, mtime, source_size)`: the code object in
/// the cache image `data`; `ImportError` when the image is not one pyrite
/// wrote for a source with that stamp, or is damaged.
fn code_from_cache(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind(
        interp,
        "_code_from_cache",
        args,
        kwnames,
        &["data", "mtime", "source_size"],
        3,
    )?;
    let [data, mtime, size] = [0, 1, 2].map(|i| a[i].unwrap_or(Value::None));
    let stamp = stamp_args(interp, mtime, size)?;
    let read = match data.as_obj().map(|r| interp.heap.payload(r)) {
        Some(Payload::Bytes(bytes)) => cache::read(bytes, stamp),
        _ => {
            return Err(PyErr::type_error(format!(
                "_code_from_cache() argument 'data' must be bytes, not {}",
                interp.type_name(data)
            )));
        }
    };
    let code =
        read.map_err(|e| PyErr::new(ExcKind::ImportError, format!("bad code cache: {e}")))?;
    let info = interp.register_code(code);
    Ok(interp.code_object(info.index))
}
