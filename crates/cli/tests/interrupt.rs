//! Ctrl-C: SIGINT raises `KeyboardInterrupt` in the running code, which an
//! `except` clause can catch; uncaught, CPython's traceback is printed and
//! the process ends killed by SIGINT, as CPython 3.11's does.
#![cfg(unix)]

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const PROGRAM: &str = r#"import sys
def spin():
    while True:
        pass
try:
    print("ready")
    sys.stdout.flush()
    n = 0
    while True:
        n += 1
except KeyboardInterrupt as e:
    print("caught", repr(e), e.args)
print("ready")
sys.stdout.flush()
spin()
"#;

fn interrupt(pid: u32) {
    let status = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("the kill command runs");
    assert!(status.success());
}

fn wait(child: &mut Child) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("waiting on the child works") {
            return status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("pyrite did not stop on SIGINT");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sigint_raises_keyboard_interrupt() {
    let dir = std::env::temp_dir().join(format!("pyrite-interrupt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("the temp dir can be made");
    let path = dir.join("spin.py");
    std::fs::write(&path, PROGRAM).expect("the program can be written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyrite starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut out = String::new();
    // Interrupt the first loop (caught) once the program says it runs,
    // then the second (uncaught).
    for expected in ["ready\n", "caught KeyboardInterrupt() ()\n", "ready\n"] {
        let mut line = String::new();
        stdout.read_line(&mut line).expect("stdout reads");
        assert_eq!(line, expected);
        out.push_str(&line);
        if line == "ready\n" {
            std::thread::sleep(Duration::from_millis(200));
            interrupt(child.id());
        }
    }
    let status = wait(&mut child);
    stdout.read_to_string(&mut out).expect("stdout reads");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut err)
        .expect("stderr reads");
    assert_eq!(out, "ready\ncaught KeyboardInterrupt() ()\nready\n");
    let shown = path.display().to_string();
    assert_eq!(
        err,
        format!(
            "Traceback (most recent call last):\n  File \"{shown}\", line 15, in <module>\n    spin()\n  File \"{shown}\", line 3, in spin\n    while True:\nKeyboardInterrupt\n"
        )
    );
    assert_eq!(status.signal(), Some(2), "{status:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
