//! Importing Python source modules, as CPython's `importlib` does for
//! source files: `sys.modules` first, then the native modules, then each
//! entry of `sys.path` (`NAME/__init__.py` makes a package, `NAME.py` a
//! module, and failing both everywhere, the directories named `NAME` a
//! namespace package). The entry `<frozen>` stands for the bundled
//! standard library (`crate::stdlib::bundled`): it follows the script's
//! directory, so a program's own `random.py` shadows the bundled one as it
//! shadows CPython's `Lib/random.py`. A package's submodules are searched
//! in its `__path__`, where an entry `<frozen PKG>` stands for the bundled
//! submodules of `PKG`. `__import__` is the same machinery as a builtin.
//!
//! Invariants:
//! - A module is in `sys.modules` before its body runs (so a circular
//!   import sees the partially initialised module) and is removed again if
//!   the body raises.
//! - `ImportState::initializing` names exactly the modules whose bodies are
//!   running, innermost last.
//! - The code cache (`pyrite_compiler::cache`) is only a shortcut: a cache
//!   file that does not check out is ignored and rewritten, and failing to
//!   write one is never an error.
//! - A bundled module's code is decoded (or compiled) when it is loaded,
//!   never kept after its body ran and never written to disk.
//! - While `ImportState::frozen_override` is negative (CPython's
//!   `_imp._override_frozen_modules_for_tests(-1)`, frozen modules off), a
//!   module found as source anywhere on the path wins over its bundled
//!   copy; the bundled copy is used only when no source exists, since many
//!   bundled modules stand for what CPython builds in.

mod main_module;

use std::path::{Path, PathBuf};

use pyrite_compiler::bytecode::CodeObject;
use pyrite_compiler::cache;
use pyrite_objects::types::interp::InterpObject;
use pyrite_objects::{ExcKind, Payload, PyErr, PyResult, Value};

use crate::interpreter::Interpreter;
use crate::stdlib::bundled::{self, Bundled};

/// Puts `__import__` in the builtins.
pub(crate) fn install(interp: &mut Interpreter) {
    let dict = interp.builtins;
    crate::builtins::define(interp, dict, "__import__", builtin_import);
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn builtin_import(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = crate::builtins::bind(
        interp,
        "__import__",
        args,
        kwnames,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = bound[0].unwrap_or(Value::None);
    let Some(text) = interp.heap.str_of(name).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "__import__() argument 1 must be str, not {}",
            interp.type_name(name)
        )));
    };
    let level = match bound[4] {
        Some(v) => interp.index_of(v, "an integer is required, not")?,
        None => 0,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let globals = bound[1].unwrap_or(Value::None);
    let fromlist = bound[3].unwrap_or(Value::None);
    interp.import_name(&text, globals, fromlist, level)
}

/// What the import system remembers between imports.
#[derive(Debug, Default)]
pub(crate) struct ImportState {
    /// The modules whose bodies are running.
    pub initializing: Vec<String>,
    /// `sys.path[0]`: the running script's directory, or `""`.
    pub script_dir: String,
    /// `_imp._override_frozen_modules_for_tests`: negative turns the bundled
    /// modules off wherever a source file of that name is found.
    pub frozen_override: i64,
    /// The `sys` module's part written in Python has run (see
    /// `builtins::sys`).
    pub sys_python_part_run: bool,
}

/// A module found on a search path.
enum Found {
    /// `NAME.py`, or `NAME/__init__.py` with the package directory.
    Source {
        file: PathBuf,
        package_dir: Option<PathBuf>,
    },
    /// Directories named `NAME` without `__init__.py`: a namespace package
    /// spanning all of them.
    Namespace(Vec<PathBuf>),
    /// A module of the bundled standard library.
    Bundled(Bundled),
}

/// Where a module's code came from, as its namespace records it.
struct ModuleFile {
    /// `__file__`.
    file: String,
    /// `__cached__`, for a source file.
    cached: Option<String>,
    /// `__path__`, for a package.
    path: Option<Vec<String>>,
}

fn not_found(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    )
}

/// Looks for `child` in each entry of `path`: the first package or
/// module wins; failing those, the directories of that name make a
/// namespace package. An entry `<frozen PKG>` holds the bundled
/// submodules of `PKG`, unless `frozen_off` asks for a source module first.
fn find_in_order(path: &[String], child: &str, frozen_off: bool) -> Option<Found> {
    if frozen_off {
        let sources: Vec<String> = path
            .iter()
            .filter(|e| *e != bundled::STDLIB_ENTRY && bundled::package_of_entry(e).is_none())
            .cloned()
            .collect();
        if let Some(found @ Found::Source { .. }) = find_in(&sources, child) {
            return Some(found);
        }
    }
    find_in(path, child)
}

/// Looks for `child` in each entry of `path`, bundled entries included.
fn find_in(path: &[String], child: &str) -> Option<Found> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut portions = Vec::new();
    for entry in path {
        if entry == bundled::STDLIB_ENTRY {
            if let Some(b) = bundled::find(child) {
                return Some(Found::Bundled(b));
            }
            continue;
        }
        if let Some(package) = bundled::package_of_entry(entry) {
            if let Some(b) = bundled::find(&format!("{package}.{child}")) {
                return Some(Found::Bundled(b));
            }
            continue;
        }
        let dir = cwd.join(entry);
        let package = dir.join(child);
        let init = package.join("__init__.py");
        if init.is_file() {
            return Some(Found::Source {
                file: init,
                package_dir: Some(package),
            });
        }
        let file = dir.join(format!("{child}.py"));
        if file.is_file() {
            return Some(Found::Source {
                file,
                package_dir: None,
            });
        }
        if package.is_dir() {
            portions.push(package);
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace(portions))
}

impl Interpreter {
    /// Sets `sys.path[0]` to the directory of the script `filename` (or the
    /// working directory for `<string>` and the like), as CPython does.
    pub(crate) fn set_script_dir(&mut self, filename: &str) {
        let dir = if filename.starts_with('<') {
            String::new()
        } else {
            Path::new(filename)
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        self.set_path0(dir);
    }

    /// Sets `sys.path[0]`, the directory a program's own modules are
    /// imported from.
    pub(crate) fn set_path0(&mut self, dir: String) {
        if self.modules.contains_key("sys") {
            self.set_sys_list_head("path", &dir);
        }
        self.import.script_dir = dir;
    }

    /// Sets item 0 of the list `sys.NAME` to `text` (appending it to an
    /// empty list).
    fn set_sys_list_head(&mut self, name: &str, text: &str) {
        let Some(list) = self.sys_attr(name).and_then(|p| p.as_obj()) else {
            return;
        };
        let s = self.heap.new_str(text);
        let old = match self.heap.payload_mut(list) {
            Payload::List(items) if items.is_empty() => {
                items.push(s);
                return;
            }
            Payload::List(items) => items.replace(0, s).unwrap_or(Value::None),
            _ => s,
        };
        self.heap.decref(old);
    }

    /// Makes `globals` the namespace of `sys.modules["__main__"]`.
    pub(crate) fn register_main(&mut self, globals: Value) {
        let module = self.new_interp("module", InterpObject::Module { dict: globals });
        self.heap.incref(globals);
        if let Ok(modules) = self.sys_modules() {
            self.dict_set_str(modules, "__main__", module);
        }
        self.heap.decref(module);
    }

    /// An attribute of the `sys` module's native part (`modules`, `path`,
    /// `dont_write_bytecode`), borrowed from its dict.
    fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = crate::builtins::sys::module(self);
        let dict = self.module_dict(sys);
        self.heap.decref(sys);
        let v = self.dict_get_str(dict, name)?;
        // The sys dict keeps its own reference.
        self.heap.decref(v);
        Some(v)
    }

    /// `sys.modules`, borrowed.
    fn sys_modules(&mut self) -> PyResult<Value> {
        match self.sys_attr("modules") {
            Some(d)
                if matches!(
                    d.as_obj().map(|r| self.heap.payload(r)),
                    Some(Payload::Dict(_))
                ) =>
            {
                Ok(d)
            }
            _ => Err(PyErr::new(
                ExcKind::RuntimeError,
                "lost sys.modules".to_string(),
            )),
        }
    }

    /// `sys.modules.get(name)` (a new reference).
    fn cached_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        let modules = self.sys_modules()?;
        Ok(self.dict_get_str(modules, name))
    }

    /// `sys.modules.get(name)` when it holds a module (a new reference).
    pub(crate) fn import_cached(&mut self, name: &str) -> Option<Value> {
        match self.cached_module(name) {
            Ok(Some(Value::None)) | Ok(None) => None,
            Ok(Some(m)) => Some(m),
            Err(e) => {
                self.drop_error(e);
                None
            }
        }
    }

    fn forget_module(&mut self, name: &str) {
        if let Ok(modules) = self.sys_modules() {
            let key = self.heap.new_str(name);
            if let Some(d) = modules.as_obj() {
                if let Err(e) = pyrite_objects::types::dict::del_item(self, d, key) {
                    self.drop_error(e);
                }
            }
            self.heap.decref(key);
        }
    }

    /// `__import__(name, globals, fromlist=..., level)`: what `IMPORT_NAME`
    /// pushes (a new reference).
    pub(crate) fn import_name(
        &mut self,
        name: &str,
        globals: Value,
        fromlist: Value,
        level: i64,
    ) -> PyResult<Value> {
        let absolute = if level > 0 {
            self.resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(PyErr::value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_absolute(&absolute)?;
        let from: Vec<Value> = match fromlist.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::Tuple(items)) => items.to_vec(),
            Some(Payload::List(items)) => items.to_values(),
            _ => Vec::new(),
        };
        if from.is_empty() {
            if level == 0 {
                let top = name.split('.').next().unwrap_or(name);
                if top.len() == name.len() {
                    return Ok(module);
                }
                self.heap.decref(module);
                return self.import_absolute(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            let cut = name.len() - name.split('.').next().unwrap_or(name).len();
            self.heap.decref(module);
            return self.import_absolute(&absolute[..absolute.len() - cut]);
        }
        if let Err(e) = self.handle_fromlist(module, &from, false) {
            self.heap.decref(module);
            return Err(e);
        }
        Ok(module)
    }

    /// The absolute name of a relative import from a module with `globals`.
    fn resolve_relative(&mut self, name: &str, globals: Value, level: i64) -> PyResult<String> {
        let text = |interp: &mut Interpreter, key: &str| {
            let v = interp.dict_get_str(globals, key)?;
            let s = interp.heap.str_of(v).map(str::to_string);
            interp.heap.decref(v);
            s
        };
        let package = match text(self, "__package__") {
            Some(p) => p,
            None => {
                let own = text(self, "__name__").unwrap_or_default();
                match self.dict_get_str(globals, "__path__") {
                    Some(p) => {
                        self.heap.decref(p);
                        own
                    }
                    None => own
                        .rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.into()),
                }
            }
        };
        if package.is_empty() {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import with no known parent package".to_string(),
            ));
        }
        let bits: Vec<&str> = package.rsplitn(level as usize, '.').collect();
        if (bits.len() as i64) < level {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package".to_string(),
            ));
        }
        let base = bits.last().copied().unwrap_or("");
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// The names of a `from` list that are submodules get imported.
    fn handle_fromlist(&mut self, module: Value, from: &[Value], recursive: bool) -> PyResult<()> {
        let dict = self.module_dict(module);
        let Some(path) = self.dict_get_str(dict, "__path__") else {
            return Ok(());
        };
        self.heap.decref(path);
        let package = self.module_name(module);
        for &x in from {
            let Some(item) = self.heap.str_of(x).map(str::to_string) else {
                let what = if recursive {
                    format!("{package}.__all__")
                } else {
                    "``from list''".to_string()
                };
                return Err(PyErr::type_error(format!(
                    "Item in {what} must be str, not {}",
                    self.type_name(x)
                )));
            };
            if item == "*" {
                if !recursive {
                    if let Some(all) = self.dict_get_str(dict, "__all__") {
                        let names = self.iterate(all);
                        self.heap.decref(all);
                        let names = names?;
                        let r = self.handle_fromlist(module, &names, true);
                        for n in names {
                            self.heap.decref(n);
                        }
                        r?;
                    }
                }
                continue;
            }
            if let Some(v) = self.dict_get_str(dict, &item) {
                self.heap.decref(v);
                continue;
            }
            let full = format!("{package}.{item}");
            if let Some(m) = self.try_import(&full)? {
                self.heap.decref(m);
            }
        }
        Ok(())
    }

    /// Imports a module by absolute dotted name (a new reference).
    pub(crate) fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        self.try_import(name)?.ok_or_else(|| not_found(name))
    }

    /// Imports `name`, or `None` when no finder knows it (its parent
    /// package, if any, was found).
    fn try_import(&mut self, name: &str) -> PyResult<Option<Value>> {
        if let Some(m) = self.cached_module(name)? {
            if m == Value::None {
                return Err(PyErr::new(
                    ExcKind::ModuleNotFoundError,
                    format!("import of {name} halted; None in sys.modules"),
                ));
            }
            return Ok(Some(m));
        }
        let (search, parent) = match name.rsplit_once('.') {
            Some((parent, child)) => {
                let parent_module = self.import_absolute(parent)?;
                if let Some(m) = self.cached_module(name)? {
                    self.heap.decref(parent_module);
                    return Ok(Some(m));
                }
                let dict = self.module_dict(parent_module);
                let Some(path) = self.dict_get_str(dict, "__path__") else {
                    self.heap.decref(parent_module);
                    return Err(PyErr::new(
                        ExcKind::ModuleNotFoundError,
                        format!("No module named '{name}'; '{parent}' is not a package"),
                    ));
                };
                let entries = self.path_entries(path);
                self.heap.decref(path);
                (entries, Some((parent_module, child)))
            }
            None => {
                if let Some(m) = crate::builtins::native_module(self, name) {
                    // A built-in module is recorded in sys.modules as any
                    // other, so `del sys.modules[name]` and a fresh import
                    // behave as in CPython.
                    let m = m?;
                    if let Ok(modules) = self.sys_modules() {
                        self.dict_set_str(modules, name, m);
                    }
                    return Ok(Some(m));
                }
                let path = self.sys_attr("path").unwrap_or(Value::None);
                (self.path_entries(path), None)
            }
        };
        let child = parent.map_or(name, |(_, c)| c);
        let frozen_off = self.import.frozen_override < 0;
        let Some(found) = find_in_order(&search, child, frozen_off) else {
            if let Some((p, _)) = parent {
                self.heap.decref(p);
            }
            return Ok(None);
        };
        let loaded = self.load_source_module(name, &found);
        match (loaded, parent) {
            (Ok(m), Some((p, child))) => {
                let pdict = self.module_dict(p);
                self.dict_set_str(pdict, child, m);
                self.heap.decref(p);
                Ok(Some(m))
            }
            (Ok(m), None) => Ok(Some(m)),
            (Err(e), Some((p, _))) => {
                self.heap.decref(p);
                Err(e)
            }
            (Err(e), None) => Err(e),
        }
    }

    /// The str items of a search path list.
    fn path_entries(&mut self, path: Value) -> Vec<String> {
        match path.as_obj().map(|r| self.heap.payload(r)) {
            Some(Payload::List(items)) => items
                .iter()
                .filter_map(|v| self.heap.str_of(v).map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Creates, registers and runs the module `name` from `found` (a new
    /// reference to whatever `sys.modules[name]` holds afterwards).
    fn load_source_module(&mut self, name: &str, found: &Found) -> PyResult<Value> {
        let modules = self.sys_modules()?;
        let (code, file, is_package) = match found {
            Found::Source { file, package_dir } => {
                let filename = file.display().to_string();
                let code = self.module_code(file, &filename)?;
                let namespace = ModuleFile {
                    file: filename,
                    cached: Some(cache::cache_path(file).display().to_string()),
                    path: package_dir.as_ref().map(|d| vec![d.display().to_string()]),
                };
                (code, namespace, package_dir.is_some())
            }
            Found::Bundled(b) => {
                let code = self.bundled_code(b)?;
                let namespace = ModuleFile {
                    file: b.filename(),
                    cached: None,
                    path: b.is_package.then(|| vec![b.filename()]),
                };
                (code, namespace, b.is_package)
            }
            Found::Namespace(dirs) => {
                let dirs = dirs.iter().map(|d| d.display().to_string()).collect();
                let dict = self.new_module_dict(name, name, None, Some(dirs));
                let module = self.new_interp("module", InterpObject::Module { dict });
                self.dict_set_str(modules, name, module);
                return Ok(module);
            }
        };
        let package = if is_package {
            name
        } else {
            name.rsplit_once('.').map_or("", |(p, _)| p)
        };
        let path = file.path.clone();
        let dict = self.new_module_dict(name, package, Some(&file), path);
        let module = self.new_interp("module", InterpObject::Module { dict });
        self.dict_set_str(modules, name, module);
        self.heap.decref(module);
        self.import.initializing.push(name.to_string());
        let result = self.run_code_in(code, dict);
        self.import.initializing.pop();
        match result {
            Ok(v) => {
                self.heap.decref(v);
                self.cached_module(name)?.ok_or_else(|| {
                    PyErr::new(
                        ExcKind::ImportError,
                        format!("Loaded module {name} not found in sys.modules"),
                    )
                })
            }
            Err(e) => {
                self.forget_module(name);
                Err(e)
            }
        }
    }

    /// The code object of a bundled module, decoded from its build-time
    /// image (or compiled, without one) each time the module is loaded.
    /// Nothing is kept: a module is loaded once unless a program removes it
    /// from `sys.modules`, and decoding an image costs about what copying
    /// a kept code object would.
    fn bundled_code(&mut self, b: &Bundled) -> PyResult<CodeObject> {
        match b.precompiled() {
            Some(code) => Ok(code),
            None => crate::interpreter::compile(b.source, &b.filename())
                .map_err(|d| PyErr::new(ExcKind::SyntaxError, d.message.clone())),
        }
    }

    /// A module namespace (a new reference): `__file__` and `__cached__`
    /// from `file` (`__file__` is `None` for a namespace package),
    /// `__path__` from `path`.
    fn new_module_dict(
        &mut self,
        name: &str,
        package: &str,
        file: Option<&ModuleFile>,
        path: Option<Vec<String>>,
    ) -> Value {
        let dict = self.heap.new_dict();
        let n = self.heap.new_str(name);
        self.dict_set_str(dict, "__name__", n);
        self.heap.decref(n);
        self.dict_set_str(dict, "__doc__", Value::None);
        let p = self.heap.new_str(package);
        self.dict_set_str(dict, "__package__", p);
        self.heap.decref(p);
        self.dict_set_str(dict, "__loader__", Value::None);
        self.dict_set_str(dict, "__spec__", Value::None);
        if file.is_none() {
            self.dict_set_str(dict, "__file__", Value::None);
        }
        if let Some(dirs) = path {
            let items = dirs.iter().map(|d| self.heap.new_str(d.as_str())).collect();
            let list = self.heap.new_list(items);
            self.dict_set_str(dict, "__path__", list);
            self.heap.decref(list);
        }
        if let Some(file) = file {
            let v = self.heap.new_str(file.file.as_str());
            self.dict_set_str(dict, "__file__", v);
            self.heap.decref(v);
            if let Some(cached) = &file.cached {
                let v = self.heap.new_str(cached.as_str());
                self.dict_set_str(dict, "__cached__", v);
                self.heap.decref(v);
            }
            let builtins = self.builtins_module;
            self.dict_set_str(dict, "__builtins__", builtins);
        }
        dict
    }

    /// The code object of a source file: from its cache file when that is
    /// valid, else compiled (and cached unless `sys.dont_write_bytecode`).
    fn module_code(&mut self, file: &Path, filename: &str) -> PyResult<CodeObject> {
        let io_error = |e: std::io::Error| {
            PyErr::new(ExcKind::ImportError, format!("cannot read {filename}: {e}"))
        };
        let stamp = cache::SourceStamp::of_file(file).map_err(io_error)?;
        let cache_file = cache::cache_path(file);
        if let Ok(bytes) = std::fs::read(&cache_file) {
            if let Ok(code) = cache::read(&bytes, stamp) {
                if code.co_filename == filename {
                    return Ok(code);
                }
            }
        }
        let bytes = std::fs::read(file).map_err(io_error)?;
        let source = match pyrite_lexer::decode_source(&bytes) {
            Ok(text) => text.into_owned(),
            Err(d) => return Err(self.syntax_error(&d, "", filename)),
        };
        let code = match crate::interpreter::compile(&source, filename) {
            Ok(code) => code,
            Err(d) => return Err(self.syntax_error(&d, &source, filename)),
        };
        self.sources.insert(
            filename.to_string(),
            Some(std::rc::Rc::from(source.as_str())),
        );
        let dont_write = self
            .sys_attr("dont_write_bytecode")
            .is_some_and(|v| v != Value::Bool(false));
        if !dont_write {
            if let Ok(bytes) = cache::write(&code, stamp) {
                // A read-only directory just means no cache.
                let _ = cache::store(&cache_file, &bytes);
            }
        }
        Ok(code)
    }

    /// Whether the module named `name` is still running its body.
    pub(crate) fn is_initializing(&self, name: &str) -> bool {
        self.import.initializing.iter().any(|n| n == name)
    }
}
