//! `pyrite -m ast FILE`: mirrors `python3.11 -m ast FILE`.

use std::process::ExitCode;

pub fn main(_argv: &[String]) -> ExitCode {
    eprintln!("pyrite: -m ast is not available in this build yet");
    ExitCode::from(2)
}
