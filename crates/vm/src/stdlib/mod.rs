//! The standard library the interpreter carries: native modules (each
//! file or folder builds one module object on first import and caches it
//! in the module table) and the bundled pure-Python modules.

pub(crate) mod args;
pub(crate) mod ast;
pub(crate) mod atexit;
pub(crate) mod binascii;
pub(crate) mod bundled;
pub(crate) mod copy;
pub(crate) mod errno;
pub(crate) mod functools;
pub(crate) mod gc;
pub(crate) mod hashlib;
pub(crate) mod heapq;
pub(crate) mod imp;
pub(crate) mod itertools;
pub(crate) mod json_encode;
pub(crate) mod json_scan;
pub(crate) mod math;
pub(crate) mod native_class;
pub(crate) mod opcode;
pub(crate) mod operator;
pub(crate) mod pickle;
pub(crate) mod posix;
pub(crate) mod random;
pub(crate) mod re;
pub(crate) mod struct_pack;
pub(crate) mod symtable;
pub(crate) mod time;
pub(crate) mod tokenize;
pub(crate) mod traceback;
pub(crate) mod unicodedata;
pub(crate) mod weakref;
pub(crate) mod zlib;

use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use pyrite_compiler::bytecode::{CodeObject, Constant};

use crate::interpreter::Interpreter;

/// The native module of this folder named `name` (a new reference),
/// creating it on first import; `None` when none has that name.
pub(crate) fn module_named(interp: &mut Interpreter, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "gc" => gc::module(interp),
        "atexit" => atexit::module(interp),
        "_json" => json_scan::module(interp),
        "errno" => errno::module(interp),
        "posix" => posix::module(interp),
        "traceback" => traceback::module(interp),
        "struct" | "_struct" => struct_pack::module(interp),
        "_imp" => imp::module(interp),
        "unicodedata" => unicodedata::module(interp),
        "binascii" => binascii::module(interp),
        "_hashlib" => hashlib::module(interp),
        "zlib" => zlib::module(interp),
        "_opcode" => opcode::module(interp),
        "_tokenize" => tokenize::module(interp),
        "_ast" => ast::module(interp),
        "_symtable" => symtable::module(interp),
        "_random" => random::module(interp),
        "_pickle_native" => pickle::module(interp),
        "_copy" => copy::module(interp),
        _ => return None,
    })
}

/// The native module `name` (a new reference): the one made earlier, or a
/// new module whose namespace, holding `__name__`, `fill` populates. A
/// module is kept for later imports only once `fill` has succeeded.
pub(crate) fn native_module(
    interp: &mut Interpreter,
    name: &str,
    fill: impl FnOnce(&mut Interpreter, Value) -> PyResult<()>,
) -> PyResult<Value> {
    if let Some(&m) = interp.modules.get(name) {
        interp.heap.incref(m);
        return Ok(m);
    }
    let dict = interp.heap.new_dict();
    let module_name = interp.intern(name);
    interp.dict_set_str(dict, "__name__", module_name);
    interp.heap.decref(module_name);
    if let Err(e) = fill(interp, dict) {
        interp.heap.decref(dict);
        return Err(e);
    }
    let m = interp.new_interp("module", InterpObject::Module { dict });
    interp.heap.incref(m);
    interp.modules.insert(name.to_string(), m);
    Ok(m)
}

mod python_parts {
    include!(concat!(env!("OUT_DIR"), "/python_parts.rs"));
}

/// Run a native module's part written in Python (`source`, shown as
/// `filename`) in its namespace `dict`: its code compiled by the build
/// script when there is a valid image for this exact text, else compiled
/// now.
pub(crate) fn run_python_part(
    interp: &mut Interpreter,
    dict: Value,
    source: &str,
    filename: &str,
) -> PyResult<()> {
    let code = match precompiled_part(source) {
        Some(mut code) => {
            rename_code(&mut code, filename);
            code
        }
        None => crate::interpreter::compile(source, filename)
            .map_err(|d| PyErr::new(ExcKind::SyntaxError, d.message.clone()))?,
    };
    let builtins = interp.builtins_module;
    interp.dict_set_str(dict, "__builtins__", builtins);
    let v = interp.run_code_in(code, dict)?;
    interp.heap.decref(v);
    Ok(())
}

/// The build script's code for the Python part `source`, if it has a
/// valid image of this text.
fn precompiled_part(source: &str) -> Option<CodeObject> {
    let (_, image) = python_parts::PYTHON_PARTS
        .iter()
        .find(|(text, _)| *text == source)?;
    let stamp = pyrite_compiler::cache::SourceStamp {
        mtime: 0,
        size: source.len() as u64,
    };
    pyrite_compiler::cache::read_built_in(image, stamp).ok()
}

/// Gives `code` and the code objects nested in it the filename `filename`.
fn rename_code(code: &mut CodeObject, filename: &str) {
    code.co_filename = filename.to_string();
    for constant in &mut code.co_consts {
        if let Constant::Code(inner) = constant {
            rename_code(inner, filename);
        }
    }
}
