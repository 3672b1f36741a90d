//! The bundled standard library: modules from `crates/vm/lib` import
//! without any file on disk, named `<frozen NAME>` as CPython names its
//! frozen modules, compiled once per interpreter.

use pyrite_vm::{Config, Interpreter, RunError};

/// Runs `source` as `__main__` in a fresh interpreter; what it printed,
/// or the formatted exception.
fn run(source: &str) -> String {
    let mut interp = Interpreter::new(Config {
        capture_output: true,
        ..Config::default()
    });
    let outcome = interp.run_source(source, "<test>");
    let mut out = interp.take_output();
    match outcome {
        Ok(()) => {}
        Err(RunError::Exception(exc)) => out.push_str(&interp.format_exception(exc)),
        Err(RunError::Syntax(d)) => panic!("the test program did not compile: {}", d.message),
        Err(RunError::NoModule(m)) => panic!("run_source names no module: {m}"),
    }
    out
}

#[test]
fn bundled_module_is_named_frozen() {
    let out = run("import heapq\n\
         print(heapq.__name__, heapq.__file__, repr(heapq.__package__))\n\
         print(heapq.nsmallest.__code__.co_filename)\n\
         print(hasattr(heapq, '__path__'), hasattr(heapq, '__cached__'))\n");
    assert_eq!(
        out,
        "heapq <frozen heapq> ''\n<frozen heapq>\nFalse False\n"
    );
}

#[test]
fn reimport_after_removal_runs_the_body_again() {
    let out = run("import sys, heapq\n\
         first = heapq\n\
         del sys.modules['heapq']\n\
         import heapq\n\
         print(first is heapq, heapq.heappop([3]))\n");
    assert_eq!(out, "False 3\n");
}

#[test]
fn traceback_through_a_bundled_module_has_no_source_line() {
    let out = run("import heapq\nheapq.nsmallest(2, 5)\n");
    assert!(
        out.contains("  File \"<frozen heapq>\", line ")
            && out.ends_with("TypeError: 'int' object is not iterable\n"),
        "{out}"
    );
    let frozen_line = out
        .lines()
        .position(|l| l.contains("<frozen heapq>"))
        .expect("a frame of heapq");
    let next = out.lines().nth(frozen_line + 1).unwrap_or("");
    assert!(!next.starts_with("    "), "{out}");
}

#[test]
fn sys_modules_entry_wins_over_the_bundled_module() {
    let out = run("import sys\n\
         sys.modules['heapq'] = 'stand-in'\n\
         import heapq\n\
         print(heapq)\n");
    assert_eq!(out, "stand-in\n");
}

#[test]
fn bundled_package_finds_its_submodules() {
    let out = run("import collections.abc\n\
         from collections import abc\n\
         print(collections.__path__, collections.__file__, collections.__package__)\n\
         print(abc.__name__, abc.__file__, abc.__package__, abc is collections.abc)\n");
    assert_eq!(
        out,
        "['<frozen collections>'] <frozen collections> collections\n\
         collections.abc <frozen collections.abc> collections True\n"
    );
}

#[test]
fn missing_submodule_of_a_bundled_package() {
    let out = run("import collections.nothing\n");
    assert!(
        out.ends_with("ModuleNotFoundError: No module named 'collections.nothing'\n"),
        "{out}"
    );
}
