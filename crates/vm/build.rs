//! Embeds the bundled pure-Python standard library (`crates/vm/lib`) in
//! the interpreter.
//!
//! Writes `$OUT_DIR/bundled.rs`: a table of `(dotted name, is_package,
//! source)` sorted by name, each source an `include_str!` of its file, so
//! the binary carries the text and nothing is compiled until imported.
//! `lib/NAME.py` is the module `NAME`; a directory `lib/PKG` with an
//! `__init__.py` is the package `PKG`, and its files and sub-packages are
//! `PKG.NAME`. Directories without `__init__.py`, files not ending in
//! `.py`, and `__pycache__` are left out.
//!
//! Cargo reruns this script when anything under `lib` changes (it scans a
//! directory named in `rerun-if-changed` recursively), so editing, adding
//! or removing a `.py` file rebuilds the table.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let lib = manifest.join("lib");
    println!("cargo:rerun-if-changed=lib");
    println!("cargo:rerun-if-changed=build.rs");

    let mut modules = Vec::new();
    if lib.is_dir() {
        collect(&lib, "", &mut modules);
    }
    modules.sort_by(|a, b| a.0.cmp(&b.0));

    let mut out = String::from(
        "/// The bundled modules: (dotted name, is a package, source), sorted by name.\n\
         pub(crate) static BUNDLED: &[(&str, bool, &str)] = &[\n",
    );
    for (name, is_package, file) in &modules {
        let path = file.display().to_string();
        // `{:?}` writes a Rust string literal, escaping as needed.
        let _ = writeln!(out, "    ({name:?}, {is_package}, include_str!({path:?})),");
    }
    out.push_str("];\n");

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(e) = std::fs::write(out_dir.join("bundled.rs"), out) {
        panic!("cannot write the bundled-module table: {e}");
    }
}

/// Adds the modules of directory `dir`, whose package name is `prefix`
/// (`""` at the top), to `modules`.
fn collect(dir: &Path, prefix: &str, modules: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let dotted = |stem: &str| {
            if prefix.is_empty() {
                stem.to_string()
            } else {
                format!("{prefix}.{stem}")
            }
        };
        if path.is_dir() {
            let init = path.join("__init__.py");
            if file_name != "__pycache__" && is_identifier(file_name) && init.is_file() {
                let name = dotted(file_name);
                collect(&path, &name, modules);
                modules.push((name, true, init));
            }
        } else if let Some(stem) = file_name.strip_suffix(".py") {
            if stem != "__init__" && is_identifier(stem) {
                modules.push((dotted(stem), false, path.clone()));
            }
        }
    }
}

/// Whether `name` can be a module name (an ASCII identifier).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}
