//! The CPython 3.11 standard library as a compiler corpus (ignored by
//! default; run with `cargo test -p pyrite-compiler --test stdlib_corpus --
//! --ignored --nocapture`). Every file the parser accepts must compile
//! without a panic, its code objects must pass validation, and the code
//! cache must round-trip them. `PYRITE_STDLIB` overrides the directory.

use std::path::{Path, PathBuf};

use pyrite_compiler::cache::{self, SourceStamp};
use pyrite_compiler::codegen::{CompileOptions, compile_module};

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && !path.ends_with("site-packages") {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
#[ignore]
fn stdlib_compiles_and_round_trips() {
    let root = std::env::var("PYRITE_STDLIB")
        .unwrap_or_else(|_| "/root/.pyenv/versions/3.11.7/lib/python3.11".to_string());
    let mut files = Vec::new();
    python_files(Path::new(&root), &mut files);
    files.sort();
    let (mut parsed, mut compiled, mut errors, mut panics) = (0, 0, Vec::new(), Vec::new());
    let stamp = SourceStamp { mtime: 1, size: 2 };
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let Ok(source) = pyrite_lexer::decode_source(&bytes) else {
            continue;
        };
        // A parser failure (or panic) is the parser's to report.
        let parse = std::panic::catch_unwind(|| pyrite_parser::parse_module(&source));
        let Some(module) = parse.ok().and_then(|p| p.module) else {
            continue;
        };
        parsed += 1;
        let options = CompileOptions {
            filename: path.display().to_string(),
            optimize: 0,
        };
        let result = std::panic::catch_unwind(|| compile_module(&module, &source, options));
        match result {
            Err(_) => panics.push(path.display().to_string()),
            Ok(Err(diagnostic)) => {
                errors.push(format!("{}: {}", path.display(), diagnostic.message))
            }
            Ok(Ok(code)) => {
                compiled += 1;
                code.validate()
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let bytes = cache::write(&code, stamp).unwrap();
                assert_eq!(
                    cache::read(&bytes, stamp).as_ref(),
                    Ok(&code),
                    "{}",
                    path.display()
                );
            }
        }
    }
    println!(
        "{} files, {parsed} parsed, {compiled} compiled, {} compile errors, {} panics",
        files.len(),
        errors.len(),
        panics.len()
    );
    for e in errors.iter().take(40) {
        println!("  error: {e}");
    }
    for p in &panics {
        println!("  panic: {p}");
    }
    assert!(panics.is_empty());
}
