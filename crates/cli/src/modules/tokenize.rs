//! `pyrite -m tokenize FILE`: mirrors `python3.11 -m tokenize FILE`.

use std::process::ExitCode;

pub fn main(_argv: &[String]) -> ExitCode {
    eprintln!("pyrite: -m tokenize is not available in this build yet");
    ExitCode::from(2)
}
