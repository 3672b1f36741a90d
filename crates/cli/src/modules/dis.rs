//! `pyrite -m dis FILE`: mirrors `python3.11 -m dis FILE`.

use std::process::ExitCode;

pub fn main(_argv: &[String]) -> ExitCode {
    eprintln!("pyrite: -m dis is not available in this build yet");
    ExitCode::from(2)
}
