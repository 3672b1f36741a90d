//! The code cache of imported modules: `__pycache__/NAME.pyrite-311.pyc`
//! is written on first import, reused while the source's mtime and size
//! match, and ignored and rewritten when it is corrupt or foreign.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use pyrite_vm::{Config, Interpreter, RunError};

/// A fresh directory holding `main.py`, a module `helper.py` and a
/// package `pkg` with a submodule.
fn project(tag: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!(
        "pyrite-import-{tag}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(dir.join("pkg")).expect("temp dir is writable");
    let files = [
        (
            "main.py",
            "import helper\nfrom pkg import sub\nprint(helper.value, sub.name)\n",
        ),
        ("helper.py", "value = 1\n"),
        ("pkg/__init__.py", ""),
        ("pkg/sub.py", "from . import __name__ as name\n"),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("temp dir is writable");
    }
    dir
}

/// Runs `main.py` in a new interpreter; what it printed.
fn run(dir: &Path, dont_write_bytecode: bool) -> String {
    let main = dir.join("main.py");
    let source = std::fs::read_to_string(&main).expect("main.py was written");
    let mut interp = Interpreter::new(Config {
        capture_output: true,
        dont_write_bytecode,
        ..Config::default()
    });
    match interp.run_source(&source, &main.display().to_string()) {
        Ok(()) => {}
        Err(RunError::Exception(exc)) => {
            let report = interp.format_exception(exc);
            panic!("main.py raised:\n{report}");
        }
        Err(RunError::Syntax(d)) => panic!("main.py did not compile: {}", d.message),
        Err(RunError::NoModule(m)) => panic!("run_source names no module: {m}"),
    }
    interp.take_output()
}

fn cache_of(dir: &Path, module: &str) -> PathBuf {
    dir.join("__pycache__")
        .join(format!("{module}.pyrite-311.pyc"))
}

/// Rewrites `helper.py` with text of the same size and puts its mtime back,
/// so only the cache can tell the old text from the new.
fn swap_source_keeping_stamp(dir: &Path, text: &str) {
    let path = dir.join("helper.py");
    let mtime = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("helper.py has an mtime");
    std::fs::write(&path, text).expect("helper.py is writable");
    let file = std::fs::File::options()
        .write(true)
        .open(&path)
        .expect("helper.py opens");
    file.set_modified(mtime).expect("mtime can be set");
}

#[test]
fn cache_is_written_reused_and_rewritten_when_corrupt() {
    let dir = project("reuse");
    assert_eq!(run(&dir, false), "1 pkg\n");
    let helper_cache = cache_of(&dir, "helper");
    for cache in [
        helper_cache.clone(),
        dir.join("pkg/__pycache__/__init__.pyrite-311.pyc"),
        dir.join("pkg/__pycache__/sub.pyrite-311.pyc"),
    ] {
        assert!(cache.is_file(), "{} was not written", cache.display());
    }
    let first = std::fs::read(&helper_cache).expect("cache is readable");
    assert!(first.starts_with(b"PYRITE\r\n"));

    // Same stamp, different text: the cached code runs.
    swap_source_keeping_stamp(&dir, "value = 2\n");
    assert_eq!(run(&dir, false), "1 pkg\n");
    assert_eq!(std::fs::read(&helper_cache).expect("cache"), first);

    // A flipped payload byte: the cache is ignored, the source compiled,
    // and the file rewritten.
    let mut corrupt = first.clone();
    let last = corrupt.len() - 1;
    corrupt[last] ^= 0x40;
    std::fs::write(&helper_cache, &corrupt).expect("cache is writable");
    assert_eq!(run(&dir, false), "2 pkg\n");
    let rewritten = std::fs::read(&helper_cache).expect("cache");
    assert_ne!(rewritten, corrupt);
    assert!(rewritten.starts_with(b"PYRITE\r\n"));

    // A foreign file (a CPython 3.11 header) and a truncated one.
    for junk in [
        &b"\xa7\x0d\x0d\x0a\0\0\0\0garbage"[..],
        &rewritten[..20],
        b"",
    ] {
        std::fs::write(&helper_cache, junk).expect("cache is writable");
        assert_eq!(run(&dir, false), "2 pkg\n");
        assert_eq!(std::fs::read(&helper_cache).expect("cache"), rewritten);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_changed_source_invalidates_the_cache() {
    let dir = project("stale");
    assert_eq!(run(&dir, false), "1 pkg\n");
    let path = dir.join("helper.py");
    std::fs::write(&path, "value = 'changed'\n").expect("helper.py is writable");
    let later = SystemTime::now() + Duration::from_secs(5);
    let file = std::fs::File::options()
        .write(true)
        .open(&path)
        .expect("helper.py opens");
    file.set_modified(later).expect("mtime can be set");
    assert_eq!(run(&dir, false), "changed pkg\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dont_write_bytecode_writes_nothing() {
    let dir = project("nowrite");
    assert_eq!(run(&dir, true), "1 pkg\n");
    assert!(!dir.join("__pycache__").exists());
    assert!(!dir.join("pkg/__pycache__").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
