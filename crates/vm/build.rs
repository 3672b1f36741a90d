//! Embeds the bundled pure-Python standard library (`crates/vm/lib`) in
//! the interpreter.
//!
//! Writes `$OUT_DIR/bundled.rs`: a table of `(dotted name, is_package,
//! source, code)` sorted by name, each source an `include_str!` of its
//! file and each code the module compiled here, as a code-cache image
//! (`pyrite_compiler::cache`, stamped with the source's size and mtime 0)
//! that the interpreter decodes when the module is first imported — the
//! way CPython freezes its start-up modules. A module the compiler
//! rejects gets an empty code image, so importing it compiles the source
//! and reports the error then.
//! `lib/NAME.py` is the module `NAME`; a directory `lib/PKG` with an
//! `__init__.py` is the package `PKG`, and its files and sub-packages are
//! `PKG.NAME`. Directories without `__init__.py`, files not ending in
//! `.py`, and `__pycache__` are left out.
//!
//! It also compiles the parts of native modules written in Python (the
//! `.py` files under `src`) into `$OUT_DIR/python_parts.rs`.
//!
//! Cargo reruns this script when anything under `lib` changes (it scans a
//! directory named in `rerun-if-changed` recursively), so editing, adding
//! or removing a `.py` file rebuilds the table.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use pyrite_compiler::cache::{self, SourceStamp};
use pyrite_compiler::codegen::{CompileOptions, compile_module};

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

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let code_dir = out_dir.join("bundled");
    if let Err(e) = std::fs::create_dir_all(&code_dir) {
        panic!("cannot make {}: {e}", code_dir.display());
    }
    let mut out = String::from(
        "/// The bundled modules: (dotted name, is a package, source, compiled\n\
         /// code image or empty), sorted by name.\n\
         pub(crate) static BUNDLED: &[(&str, bool, &str, &[u8])] = &[\n",
    );
    for (name, is_package, file) in &modules {
        let path = file.display().to_string();
        let image = std::fs::read_to_string(file)
            .ok()
            .and_then(|source| code_image(&source, &format!("<frozen {name}>")))
            .unwrap_or_default();
        let image_path = code_dir.join(format!("{name}.code"));
        if let Err(e) = std::fs::write(&image_path, image) {
            panic!("cannot write {}: {e}", image_path.display());
        }
        let image_path = image_path.display().to_string();
        // `{:?}` writes a Rust string literal, escaping as needed.
        let _ = writeln!(
            out,
            "    ({name:?}, {is_package}, include_str!({path:?}), include_bytes!({image_path:?})),"
        );
    }
    out.push_str("];\n");

    if let Err(e) = std::fs::write(out_dir.join("bundled.rs"), out) {
        panic!("cannot write the bundled-module table: {e}");
    }
    write_python_parts(&manifest.join("src"), &code_dir, &out_dir);
}

/// `source` compiled as the module whose code is named `filename`, as a
/// code-cache image; `None` if it does not compile (or the compiler
/// fails on it).
fn code_image(source: &str, filename: &str) -> Option<Vec<u8>> {
    std::panic::catch_unwind(|| {
        let parsed = pyrite_parser::parse_module(source);
        if !parsed.diagnostics.is_empty() {
            return None;
        }
        let module = parsed.module?;
        let options = CompileOptions {
            filename: filename.to_string(),
            optimize: 0,
        };
        let code = compile_module(&module, source, options).ok()?;
        let stamp = SourceStamp {
            mtime: 0,
            size: source.len() as u64,
        };
        cache::write(&code, stamp).ok()
    })
    .ok()
    .flatten()
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

/// Writes `$OUT_DIR/python_parts.rs`: the table `PYTHON_PARTS` of `(source,
/// code image)` for each `.py` file under `src`, the parts of native
/// modules written in Python (`include_str!`-ed by their modules), which
/// would otherwise be compiled at every start-up. Their code is compiled
/// under the name `<frozen>`; the interpreter renames it. Cargo reruns this
/// script when one of these files changes; a part added later is missing
/// from the table until then, and is compiled when it runs.
fn write_python_parts(src: &Path, code_dir: &Path, out_dir: &Path) {
    let mut parts = Vec::new();
    collect_python_files(src, &mut parts);
    parts.sort();
    let mut out = String::from(
        "/// The Python parts of native modules: (source, compiled code image\n\
         /// or empty).\n\
         pub(crate) static PYTHON_PARTS: &[(&str, &[u8])] = &[\n",
    );
    for (i, file) in parts.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", file.display());
        let image = std::fs::read_to_string(file)
            .ok()
            .and_then(|source| code_image(&source, "<frozen>"))
            .unwrap_or_default();
        let image_path = code_dir.join(format!("part{i}.code"));
        if let Err(e) = std::fs::write(&image_path, image) {
            panic!("cannot write {}: {e}", image_path.display());
        }
        let _ = writeln!(
            out,
            "    (include_str!({:?}), include_bytes!({:?})),",
            file.display().to_string(),
            image_path.display().to_string()
        );
    }
    out.push_str("];\n");
    if let Err(e) = std::fs::write(out_dir.join("python_parts.rs"), out) {
        panic!("cannot write the Python-part table: {e}");
    }
}

/// Adds every `.py` file below `dir` to `files`.
fn collect_python_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.is_dir() {
            collect_python_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "py") {
            files.push(path);
        }
    }
}
