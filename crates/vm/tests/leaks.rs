//! Every end-to-end program under `tests/programs/vm` leaves the heap
//! empty once the interpreter releases its own tables: whatever a program
//! allocated was freed by reference counting or the cycle collector.

use std::path::{Path, PathBuf};

use pyrite_vm::{Config, Interpreter, RunError};

fn collect(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, found);
        } else if path.extension().is_some_and(|e| e == "py") {
            found.push(path);
        }
    }
}

#[test]
fn programs_leave_no_objects_behind() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs/vm");
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    programs.sort();
    assert!(
        !programs.is_empty(),
        "no programs found under {}",
        root.display()
    );
    // Native-to-Python re-entry (`__repr__`, `__call__`, ...) nests Rust
    // calls up to the recursion limit, so the programs run on a thread with
    // a stack as big as the one the `pyrite` binary gives its interpreter.
    let leaks = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let mut leaks = Vec::new();
            for program in &programs {
                let source = std::fs::read_to_string(program).expect("program is readable UTF-8");
                let mut interp = Interpreter::new(Config {
                    capture_output: true,
                    ..Config::default()
                });
                if let Err(RunError::Exception(exc)) =
                    interp.run_source(&source, &program.display().to_string())
                {
                    interp.heap().decref(exc);
                }
                let left = interp.shutdown();
                if left != 0 {
                    leaks.push(format!("{}: {left} objects", program.display()));
                }
            }
            leaks
        })
        .expect("the test thread starts")
        .join()
        .expect("no program panics");
    assert!(leaks.is_empty(), "leaks:\n{}", leaks.join("\n"));
}
