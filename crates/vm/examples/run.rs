//! Run a Python file with the VM alone, printing what it prints and its
//! traceback: `cargo run -p pyrite-vm --example run -- prog.py`.

use std::io::Write;
use std::process::ExitCode;

use pyrite_vm::{Config, Interpreter, RunError};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: run FILE");
        return ExitCode::from(2);
    };
    let Ok(source) = std::fs::read_to_string(&path) else {
        eprintln!("run: can't read {path}");
        return ExitCode::from(2);
    };
    let filename = std::path::absolute(&path)
        .map(|p| p.display().to_string())
        .unwrap_or(path);
    let mut interp = Interpreter::new(Config::default());
    let status = match interp.run_source(&source, &filename) {
        Ok(()) => ExitCode::SUCCESS,
        Err(RunError::Syntax(d)) => {
            eprintln!("SyntaxError: {}", d.message);
            ExitCode::from(1)
        }
        Err(RunError::Exception(exc)) => {
            let report = interp.format_exception(exc);
            interp.flush();
            let _ = std::io::stderr().write_all(report.as_bytes());
            ExitCode::from(1)
        }
        Err(RunError::NoModule(message)) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    };
    interp.flush();
    status
}
