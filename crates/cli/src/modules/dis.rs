//! `pyrite -m dis FILE`: mirrors `python3.11 -m dis FILE`, which compiles
//! the file and prints `dis.dis` of the module's code object, recursing
//! into every nested code object.
//!
//! A syntax error (from the parser or the compiler) is printed as the
//! `SyntaxError` part of CPython's report, and the exit status is 1.

use std::io::Write;
use std::process::ExitCode;

use pyrite_compiler::codegen::{CompileOptions, compile_module};
use pyrite_compiler::dis;
use pyrite_parser::parse_module;

use super::source;

pub fn main(argv: &[String]) -> ExitCode {
    let file = match source::read("dis", argv) {
        Ok(file) => file,
        Err(status) => return status,
    };
    let parsed = parse_module(&file.text);
    let module = match (parsed.module, parsed.diagnostics.first()) {
        (Some(module), None) => module,
        (_, Some(diagnostic)) => return file.report(diagnostic),
        (None, None) => return ExitCode::from(1),
    };
    let options = CompileOptions {
        filename: file.path.clone(),
        optimize: 0,
    };
    let code = match compile_module(&module, &file.text, options) {
        Ok(code) => code,
        Err(diagnostic) => return file.report(&diagnostic),
    };
    match dis::dis(&code) {
        Ok(text) => {
            // A closed stdout (`| head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("pyrite -m dis: {error}");
            ExitCode::from(1)
        }
    }
}
