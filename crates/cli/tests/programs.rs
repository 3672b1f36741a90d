//! The end-to-end harness: every `tests/programs/**/NAME.py`, and every
//! example of the book (`docs/examples/**/NAME.py`), runs through
//! the `pyrite` binary, and its stdout, stderr and exit status must equal
//! what CPython 3.11 produced for it (`NAME.stdout`, `NAME.stderr`,
//! `NAME.exitcode`, recorded by `tests/regen.py`; a missing `.stderr` means
//! empty, a missing `.exitcode` means 0).
//!
//! A program can set the arguments it runs with in a comment within its
//! first five lines: `# pyrite-args: -m tokenize` (its file name follows).
//! Each program runs in its own folder with no standard input, and the
//! folder's absolute path is removed from the output, as `regen.py` does.
//! A file or folder whose name starts with `_` is not a program: it holds
//! modules the programs beside it import.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ROOTS: [&str; 2] = [
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/programs"),
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/examples"),
];

fn collect(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // `_NAME.py` and `_NAME/` are modules for the programs beside them.
        if entry.file_name().to_string_lossy().starts_with('_') {
            continue;
        }
        if path.is_dir() {
            collect(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            found.push(path);
        }
    }
}

fn program_args(source: &str) -> Vec<String> {
    source
        .trim_start_matches('\u{feff}')
        .lines()
        .take(5)
        .find_map(|line| line.strip_prefix("# pyrite-args:"))
        .map(|args| args.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

fn read_or(path: &Path, default: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|_| default.to_string())
}

/// Runs one program; `Err` describes how it differed from CPython.
fn check(program: &Path) -> Result<(), String> {
    let folder = program.parent().expect("a program file lies in a folder");
    let name = program.file_name().expect("a program has a file name");
    let source = std::fs::read_to_string(program).unwrap_or_default();
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(program_args(&source))
        .arg(name)
        .current_dir(folder)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .output()
        .map_err(|err| format!("could not run pyrite: {err}"))?;
    // The folder as the program sees it (its working directory, which the
    // OS reports resolved), as regen.py's resolved repository path gives it.
    let resolved = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    let prefix = format!("{}{}", resolved.display(), std::path::MAIN_SEPARATOR);
    let normalise = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&prefix, "");
    let stem = program.with_extension("");
    let mut problems = Vec::new();
    let expectations = [
        (
            "stdout",
            normalise(&output.stdout),
            read_or(&stem.with_extension("stdout"), ""),
        ),
        (
            "stderr",
            normalise(&output.stderr),
            read_or(&stem.with_extension("stderr"), ""),
        ),
    ];
    for (stream, actual, expected) in expectations {
        if actual != expected {
            problems.push(format!("{stream} differs:\n{}", diff(&expected, &actual)));
        }
    }
    let expected_status: i32 = read_or(&stem.with_extension("exitcode"), "0")
        .trim()
        .parse()
        .unwrap_or(0);
    let status = output.status.code().unwrap_or(-1);
    if status != expected_status {
        problems.push(format!("exit status {status}, expected {expected_status}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The first differing lines of two texts, enough to see what went wrong.
fn diff(expected: &str, actual: &str) -> String {
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let first = expected
        .iter()
        .zip(&actual)
        .take_while(|(e, a)| e == a)
        .count();
    let mut shown = format!("  first difference at line {}\n", first + 1);
    for line in expected.iter().skip(first).take(5) {
        shown.push_str(&format!("  - {line}\n"));
    }
    for line in actual.iter().skip(first).take(5) {
        shown.push_str(&format!("  + {line}\n"));
    }
    shown
}

#[test]
fn programs_match_cpython() {
    let mut programs = Vec::new();
    for root in ROOTS {
        collect(Path::new(root), &mut programs);
    }
    programs.sort();
    assert!(!programs.is_empty(), "no programs found under {ROOTS:?}");

    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = programs.len().div_ceil(workers);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = programs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .filter_map(|program| {
                            check(program)
                                .err()
                                .map(|why| format!("{}\n{why}", program.display()))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a checker thread panicked"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython 3.11:\n\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n\n")
    );
}
