//! The interactive prompt driven through `-qi` with piped input, which
//! CPython also answers with prompts (on standard error) even though its
//! input is not a terminal.
//!
//! Each session `tests/interactive/NAME.in` is typed into
//! `pyrite -qi` (after the `-c` program `NAME.program` when there is one),
//! and its standard output, standard error and exit status must be
//! CPython's, recorded in `NAME.stdout`, `NAME.stderr` and, when not 0,
//! `NAME.status` by
//! `PYTHONHASHSEED=0 python3.11 -qi [-c "$(cat NAME.program)"] < NAME.in`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn sessions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interactive")
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// Runs session `name`: (stdout, stderr, exit status).
fn run_session(name: &str) -> (String, String, i32) {
    let dir = sessions();
    let input = read(&dir.join(format!("{name}.in"))).expect("each session has its input");
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    command.arg("-qi");
    if let Some(program) = read(&dir.join(format!("{name}.program"))) {
        command.arg("-c").arg(program);
    }
    let mut child = command
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the pyrite binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("the session is written to pyrite's stdin");
    let output = child.wait_with_output().expect("pyrite finishes");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

fn check(name: &str) {
    let dir = sessions();
    let expected = |ext: &str| read(&dir.join(format!("{name}.{ext}")));
    let (stdout, stderr, status) = run_session(name);
    assert_eq!(
        stdout,
        expected("stdout").unwrap_or_default(),
        "{name}: stdout"
    );
    assert_eq!(
        stderr,
        expected("stderr").unwrap_or_default(),
        "{name}: stderr"
    );
    let want_status = expected("status").map_or(0, |s| s.trim().parse().unwrap_or(-1));
    assert_eq!(status, want_status, "{name}: exit status");
}

#[test]
fn expressions_are_shown_and_set_underscore() {
    check("basics");
}

#[test]
fn blocks_brackets_and_strings_continue_at_the_second_prompt() {
    check("blocks");
}

#[test]
fn errors_are_reported_and_the_prompt_returns() {
    check("errors");
}

#[test]
fn the_prompts_come_from_sys_ps1_and_ps2() {
    check("prompts");
}

#[test]
fn dash_i_runs_the_program_then_the_prompt() {
    check("after_program");
}

#[test]
fn dash_i_after_an_exception_still_prompts() {
    check("after_error");
}
