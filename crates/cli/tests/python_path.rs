//! `PYTHONPATH` adds directories to `sys.path` after the program's own
//! directory and before the standard library, as in CPython; `-E` and `-I`
//! ignore it.

use std::process::Command;

#[test]
fn pythonpath_directories_are_searched_in_order() {
    let root = std::env::temp_dir().join(format!("pyrite-pythonpath-{}", std::process::id()));
    let (first, second) = (root.join("first"), root.join("second"));
    for dir in [&first, &second] {
        std::fs::create_dir_all(dir).expect("the test directories can be made");
    }
    std::fs::write(first.join("shadowed.py"), "WHERE = 'first'\n").expect("module written");
    std::fs::write(second.join("shadowed.py"), "WHERE = 'second'\n").expect("module written");
    std::fs::write(second.join("only_second.py"), "WHERE = 'second only'\n")
        .expect("module written");
    let program = root.join("main.py");
    std::fs::write(
        &program,
        "import sys, shadowed, only_second\n\
         print(shadowed.WHERE, only_second.WHERE)\n\
         print([p.rsplit('/', 1)[-1] for p in sys.path[1:3]])\n",
    )
    .expect("program written");
    let value = format!("{}:{}", first.display(), second.display());
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg(&program)
        .env("PYTHONPATH", value)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("pyrite runs");
    let _ = std::fs::remove_dir_all(&root);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "first second only\n['first', 'second']\n"
    );
}

#[test]
fn ignore_environment_drops_pythonpath() {
    for flag in ["-E", "-I"] {
        let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
            .args([
                flag,
                "-c",
                "import sys; print('/pyrite-nowhere' in sys.path)",
            ])
            .env("PYTHONPATH", "/pyrite-nowhere")
            .output()
            .expect("pyrite runs");
        assert_eq!(String::from_utf8_lossy(&output.stdout), "False\n", "{flag}");
    }
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(["-c", "import sys; print('/pyrite-nowhere' in sys.path)"])
        .env("PYTHONPATH", "/pyrite-nowhere")
        .output()
        .expect("pyrite runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "True\n");
}
