//! `pyrite -m NAME`: running a module that the import system finds, as
//! `__main__` (what CPython's `runpy` does for `python -m`).
//!
//! The module is found as `import NAME` would find it (its parent packages
//! are imported first; a package runs its `__main__` submodule), but its
//! code runs in the fresh `__main__` namespace rather than as a module of
//! its own name. `sys.path[0]` is the working directory and `sys.argv[0]`
//! the module's file, as in CPython. A module that cannot be found is
//! [`RunError::NoModule`], with runpy's message.

use pyrite_objects::Value;

use super::{Found, find_in};
use crate::interpreter::{Interpreter, RunError};

/// The most `__main__` submodules followed from package to package.
const MAX_PACKAGE_DEPTH: usize = 8;

impl Interpreter {
    /// Runs module `name` as the program's `__main__`.
    pub fn run_module_as_main(&mut self, name: &str) -> Result<(), RunError> {
        let cwd = std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        self.set_path0(cwd);
        let mut name = name.to_string();
        let mut depth = 0;
        let found = loop {
            let found = self.find_main_module(&name)?;
            let is_package = match &found {
                Found::Source { package_dir, .. } => package_dir.is_some(),
                Found::Bundled(b) => b.is_package,
                Found::Namespace(_) => true,
            };
            if !is_package {
                break found;
            }
            depth += 1;
            if name.ends_with(".__main__") || depth > MAX_PACKAGE_DEPTH {
                return Err(RunError::NoModule(format!(
                    "No module named {name}; '{}' is a package and cannot be directly executed",
                    name.trim_end_matches(".__main__")
                )));
            }
            name.push_str(".__main__");
        };
        let (code, filename) = match &found {
            Found::Source { file, .. } => {
                let filename = file.display().to_string();
                match self.module_code(file, &filename) {
                    Ok(code) => (code, filename),
                    Err(e) => return Err(RunError::Exception(self.exception_value(e))),
                }
            }
            Found::Bundled(b) => match self.bundled_code(b) {
                Ok(code) => (code, b.filename()),
                Err(e) => return Err(RunError::Exception(self.exception_value(e))),
            },
            Found::Namespace(_) => unreachable!("a namespace package is refused above"),
        };
        self.set_sys_list_head("argv", &filename);
        let globals = self.main_globals(&filename);
        let package = name.rsplit_once('.').map_or("", |(p, _)| p);
        let package = self.heap.new_str(package);
        self.dict_set_str(globals, "__package__", package);
        self.heap.decref(package);
        self.register_main(globals);
        let old = std::mem::replace(&mut self.main_dict, globals);
        self.heap.decref(old);
        match self.run_code_in(code, globals) {
            Ok(v) => {
                self.heap.decref(v);
                Ok(())
            }
            Err(e) => Err(RunError::Exception(self.exception_value(e))),
        }
    }

    /// Where module `name` is: its parent package imported, then looked
    /// up on the parent's `__path__` (or `sys.path`).
    fn find_main_module(&mut self, name: &str) -> Result<Found, RunError> {
        let (search, child) = match name.rsplit_once('.') {
            Some((parent, child)) => {
                let module = match self.import_absolute(parent) {
                    Ok(m) => m,
                    Err(e) => {
                        let exc = self.exception_value(e);
                        let shown = self.format_exception_only(exc);
                        self.heap.decref(exc);
                        return Err(RunError::NoModule(format!(
                            "Error while finding module specification for '{name}' ({})",
                            shown.trim_end()
                        )));
                    }
                };
                let dict = self.module_dict(module);
                let path = self.dict_get_str(dict, "__path__");
                self.heap.decref(module);
                let Some(path) = path else {
                    return Err(RunError::NoModule(format!(
                        "Error while finding module specification for '{name}' \
                         (ModuleNotFoundError: __path__ attribute not found on '{parent}' \
                         while trying to find '{name}')"
                    )));
                };
                let entries = self.path_entries(path);
                self.heap.decref(path);
                (entries, child)
            }
            None => {
                let path = self.sys_attr("path").unwrap_or(Value::None);
                (self.path_entries(path), name)
            }
        };
        find_in(&search, child).ok_or_else(|| RunError::NoModule(format!("No module named {name}")))
    }
}
