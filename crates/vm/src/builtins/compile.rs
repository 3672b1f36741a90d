//! `compile()`, `eval()`, `exec()` and the `dis` module: running source
//! text and code objects from Python, and disassembling them; and the
//! interactive prompt's way in, `Interpreter::run_interactive`.

use pyrite_compiler::codegen::{
    CompileOptions, compile_eval_source, compile_interactive_source, compile_source,
};
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use super::{NativeFn, bind, define};
use crate::interpreter::{Interpreter, RunError};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compile", builtin_compile),
    ("eval", builtin_eval),
    ("exec", builtin_exec),
];

/// Compile text in mode `exec`, `eval` or `single` into a heap code
/// object (a new reference).
fn compile_text(
    interp: &mut Interpreter,
    source: &str,
    filename: &str,
    mode: &str,
) -> PyResult<Value> {
    let options = CompileOptions {
        filename: filename.to_string(),
        optimize: 0,
    };
    let source = if mode == "eval" {
        source.trim_start_matches([' ', '\t'])
    } else {
        source
    };
    let compiled = match mode {
        "eval" => compile_eval_source(source, options),
        "exec" => compile_source(source, options),
        "single" => compile_interactive_source(source, options),
        _ => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    match compiled {
        Ok(code) => {
            let info = interp.register_code(code);
            Ok(interp.code_object(info.index))
        }
        Err(d) => Err(interp.syntax_error(&d, source, filename)),
    }
}

fn builtin_compile(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = bind(
        interp,
        "compile",
        args,
        kwnames,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let flags = match b[3] {
        Some(v) => crate::stdlib::args::int_arg(interp, v)?,
        None => 0,
    };
    let is_text = |interp: &Interpreter, v: Value| {
        interp.heap.str_of(v).is_some()
            || matches!(
                v.as_obj().map(|r| interp.heap.payload(r)),
                Some(Payload::Bytes(_))
            )
    };
    let given = b[0].unwrap_or(Value::None);
    if !is_text(interp, given) {
        // A syntax tree: returned as it is for `PyCF_ONLY_AST`, else
        // compiled from its source text.
        let source = source_of_tree(interp, given)?;
        if flags & PY_CF_ONLY_AST != 0 {
            interp.heap.decref(source);
            interp.heap.incref(given);
            return Ok(given);
        }
        let text = interp.heap.str_of(source).map(str::to_string);
        interp.heap.decref(source);
        let filename = text_arg(interp, b[1], "arg 2")?;
        let mode = text_arg(interp, b[2], "arg 3")?;
        return compile_text(interp, &text.unwrap_or_default(), &filename, &mode);
    }
    if flags & PY_CF_ONLY_AST != 0 {
        return parse_to_ast(interp, &b);
    }
    let source = text_arg(interp, b[0], "arg 1")?;
    let filename = text_arg(interp, b[1], "arg 2")?;
    let mode = text_arg(interp, b[2], "arg 3")?;
    compile_text(interp, &source, &filename, &mode)
}

/// A str or bytes argument of `compile()` as text.
fn text_arg(interp: &Interpreter, v: Option<Value>, what: &str) -> PyResult<String> {
    let v = v.unwrap_or(Value::None);
    if let Some(s) = interp.heap.str_of(v) {
        return Ok(s.to_string());
    }
    if let Some(Payload::Bytes(b)) = v.as_obj().map(|r| interp.heap.payload(r)) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(PyErr::type_error(format!(
        "compile() {what} must be a string, not {}",
        interp.type_name(v)
    )))
}

/// `ast._source_for_compile(tree)`: the source text of a syntax tree (a
/// new reference), or the TypeError for anything that is not one.
fn source_of_tree(interp: &mut Interpreter, tree: Value) -> PyResult<Value> {
    let function = ast_function(interp, "_source_for_compile")?;
    let result = interp.call(function, &[tree], &[]);
    interp.heap.decref(function);
    result
}

/// The function `name` of the bundled `ast` module (a new reference).
fn ast_function(interp: &mut Interpreter, name: &str) -> PyResult<Value> {
    let module = interp.import_name("ast", Value::None, Value::None, 0)?;
    let dict = interp.module_dict(module);
    let function = interp.dict_get_str(dict, name);
    interp.heap.decref(module);
    function.ok_or_else(|| PyErr::new(ExcKind::ImportError, format!("ast has no {name}")))
}

/// `compile()`'s flag asking for the syntax tree instead of code
/// (`ast.PyCF_ONLY_AST`).
const PY_CF_ONLY_AST: i64 = 0x400;

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the tree
/// `ast.parse(source, filename, mode)` builds (`b` holds `compile`'s bound
/// arguments; a new reference).
fn parse_to_ast(interp: &mut Interpreter, b: &[Option<Value>]) -> PyResult<Value> {
    let parse = ast_function(interp, "parse")?;
    let args: Vec<Value> = b[..3].iter().map(|v| v.unwrap_or(Value::None)).collect();
    let result = interp.call(parse, &args, &[]);
    interp.heap.decref(parse);
    result
}

impl Interpreter {
    /// Runs one input of the interactive prompt in `__main__`'s namespace
    /// (made first if no program has run yet), as CPython's REPL does: the
    /// text is compiled in mode `single`, and when it is one expression its
    /// value goes to `sys.displayhook`, which prints its repr and sets
    /// `builtins._` (and does nothing for `None`).
    pub fn run_interactive(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        let options = CompileOptions {
            filename: filename.to_string(),
            optimize: 0,
        };
        let (code, expression) = match compile_eval_source(source, options.clone()) {
            Ok(code) => (code, true),
            Err(_) => (
                compile_interactive_source(source, options).map_err(RunError::Syntax)?,
                false,
            ),
        };
        if self.main_dict == Value::None {
            let globals = self.main_globals(filename);
            self.register_main(globals);
            self.main_dict = globals;
        }
        let globals = self.main_dict;
        let info = self.register_code(code);
        let code = self.code_object(info.index);
        let result = run_code_object(self, code, globals, globals).and_then(|value| {
            if !expression {
                self.heap.decref(value);
                return Ok(());
            }
            let shown = self.display(value);
            self.heap.decref(value);
            shown
        });
        self.heap.decref(code);
        result.map_err(|e| RunError::Exception(self.exception_value(e)))
    }

    /// `str(sys.NAME)`, or `None` when `sys` has no such attribute or its
    /// `__str__` fails (the prompt then uses its default). With `default`,
    /// a missing attribute is first set to it (the prompt's `sys.ps1` and
    /// `sys.ps2` exist only in interactive mode).
    pub fn sys_text(&mut self, name: &str, default: Option<&str>) -> Option<String> {
        let value = match self.sys_value(name) {
            Some(value) => value,
            None => {
                let text = self.heap.new_str(default?);
                let sys = crate::builtins::native_module(self, "sys")?.ok()?;
                let dict = self.module_dict(sys);
                self.dict_set_str(dict, name, text);
                self.heap.decref(sys);
                text
            }
        };
        let text = self.str_of(value).ok();
        self.heap.decref(value);
        text
    }

    /// `sys.NAME` (a new reference).
    fn sys_value(&mut self, name: &str) -> Option<Value> {
        let sys = crate::builtins::native_module(self, "sys")?.ok()?;
        let dict = self.module_dict(sys);
        let value = self.dict_get_str(dict, name);
        self.heap.decref(sys);
        value
    }

    /// `sys.displayhook(value)`, the prompt's way of showing a result.
    pub(crate) fn display(&mut self, value: Value) -> PyResult<()> {
        let Some(hook) = self.sys_value("displayhook") else {
            return Err(PyErr::new(ExcKind::RuntimeError, "lost sys.displayhook"));
        };
        let result = self.call(hook, &[value], &[]);
        self.heap.decref(hook);
        self.heap.decref(result?);
        Ok(())
    }
}

/// Run a code object with the given namespaces (borrowed); an owned result.
pub(crate) fn run_code_object(
    interp: &mut Interpreter,
    code: Value,
    globals: Value,
    locals: Value,
) -> PyResult<Value> {
    let Some(index) = interp.code_index(code) else {
        return Err(PyErr::type_error("expected a code object"));
    };
    let info = interp.codes[index as usize].clone();
    if interp
        .dict_get_str(globals, "__builtins__")
        .map(|v| interp.heap.decref(v))
        .is_none()
    {
        let b = interp.builtins_module;
        interp.dict_set_str(globals, "__builtins__", b);
    }
    let builtins = interp.builtins;
    for v in [globals, builtins, locals] {
        interp.heap.incref(v);
    }
    let fid = interp.push_frame(info, Value::None, globals, builtins, locals, Vec::new())?;
    interp.run_frame(fid)
}

fn eval_or_exec(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
) -> PyResult<Value> {
    let b = bind(
        interp,
        name,
        args,
        kwnames,
        &["source", "globals", "locals"],
        1,
    )?;
    let source = b[0].unwrap_or(Value::None);
    let globals = match b[1] {
        Some(Value::None) | None => None,
        Some(g) => {
            if !matches!(
                g.as_obj().map(|r| interp.heap.payload(r)),
                Some(Payload::Dict(_))
            ) {
                return Err(PyErr::type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    interp.type_name(g)
                )));
            }
            Some(g)
        }
    };
    let (globals, locals) = match (globals, b[2].filter(|l| *l != Value::None)) {
        (Some(g), Some(l)) => {
            interp.heap.incref(g);
            interp.heap.incref(l);
            (g, l)
        }
        (Some(g), None) => {
            interp.heap.incref(g);
            interp.heap.incref(g);
            (g, g)
        }
        (None, l) => {
            let Some(fid) = interp.current else {
                return Err(PyErr::new(ExcKind::SystemError, "no frame"));
            };
            let g = interp.frames[fid].globals;
            interp.heap.incref(g);
            let l = match l {
                Some(l) => {
                    interp.heap.incref(l);
                    l
                }
                None => interp.locals_of(fid),
            };
            (g, l)
        }
    };
    let code = if interp.code_index(source).is_some() {
        interp.heap.incref(source);
        Ok(source)
    } else if let Some(text) = interp.heap.str_of(source).map(str::to_string) {
        compile_text(
            interp,
            &text,
            "<string>",
            if name == "eval" { "eval" } else { "exec" },
        )
    } else {
        Err(PyErr::type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        )))
    };
    let result = code.and_then(|c| {
        let r = run_code_object(interp, c, globals, locals);
        interp.heap.decref(c);
        r
    });
    interp.heap.decref(globals);
    interp.heap.decref(locals);
    let v = result?;
    if name == "exec" {
        interp.heap.decref(v);
        return Ok(Value::None);
    }
    Ok(v)
}

fn builtin_eval(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    eval_or_exec(interp, args, kwnames, "eval")
}

fn builtin_exec(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    eval_or_exec(interp, args, kwnames, "exec")
}

/// The native `_dis` module under the bundled `dis` (a new reference).
pub(crate) fn dis_module(interp: &mut Interpreter) -> PyResult<Value> {
    crate::stdlib::native_module(interp, "_dis", |interp, dict| {
        define(interp, dict, "dis", dis_dis);
        define(
            interp,
            dict,
            "_instructions",
            super::dis_instructions::dis_instructions,
        );
        define(
            interp,
            dict,
            "_opnames",
            super::dis_instructions::dis_opnames,
        );
        define(
            interp,
            dict,
            "_disassembly",
            super::dis_instructions::dis_disassembly,
        );
        define(
            interp,
            dict,
            "_specialised",
            super::dis_instructions::dis_specialised,
        );
        Ok(())
    })
}

/// The code object behind a function, method, class body or code value.
pub(super) fn code_of(interp: &mut Interpreter, v: Value) -> PyResult<Value> {
    if interp.code_index(v).is_some() {
        return Ok(v);
    }
    if let Some(f) = interp.function_data(v) {
        return Ok(f.code);
    }
    if let Some(Payload::Interp(o)) = v.as_obj().map(|r| interp.heap.payload(r)) {
        if let InterpObject::Method { func, .. } = &**o {
            let func = *func;
            return code_of(interp, func);
        }
    }
    Err(PyErr::type_error(format!(
        "don't know how to disassemble {} objects",
        interp.type_name(v)
    )))
}

fn dis_dis(interp: &mut Interpreter, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    let Some(&x) = args.first() else {
        return Err(PyErr::type_error("dis() missing required argument 'x'"));
    };
    let owned;
    let code = if let Some(text) = interp.heap.str_of(x).map(str::to_string) {
        owned = compile_text(interp, &text, "<dis>", "exec")?;
        owned
    } else {
        owned = Value::None;
        code_of(interp, x)?
    };
    let index = interp.code_index(code).unwrap_or(0);
    let info = interp.codes[index as usize].clone();
    let text = pyrite_compiler::dis::dis(&info.code)
        .map_err(|e| PyErr::new(ExcKind::SystemError, e.to_string()));
    interp.heap.decref(owned);
    interp.write_stdout(&text?);
    Ok(Value::None)
}
