//! A program piped to standard input runs as `<stdin>`, as
//! `python3.11 < prog.py` and `python3.11 - args < prog.py` do.

use std::io::Write;
use std::process::{Command, Stdio};

fn run_piped(args: &[&str], source: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the pyrite binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(source.as_bytes())
        .expect("the program is written to pyrite's stdin");
    let output = child.wait_with_output().expect("pyrite finishes");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn a_piped_program_runs_as_stdin() {
    let source = "import sys\nprint(__name__, sys.argv)\n";
    assert_eq!(
        run_piped(&[], source),
        ("__main__ ['']\n".into(), String::new(), 0)
    );
    assert_eq!(
        run_piped(&["-", "a", "b"], source),
        ("__main__ ['-', 'a', 'b']\n".into(), String::new(), 0)
    );
}

#[test]
fn an_error_in_a_piped_program_names_stdin() {
    let (stdout, stderr, status) = run_piped(&[], "x = 1\nprint(1 / 0)\n");
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\n\
         ZeroDivisionError: division by zero\n"
    );
    assert_eq!(status, 1);
}
