//! `pyrite -m dis FILE`: mirrors `python3.11 -m dis FILE`, which compiles
//! the file and prints `dis.dis` of the module's code object, recursing
//! into every nested code object.
//!
//! A syntax error (from the parser or the compiler) is printed as the
//! `SyntaxError` part of CPython's report, and the exit status is 1.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use pyrite_compiler::codegen::{CompileOptions, compile_module};
use pyrite_compiler::dis;
use pyrite_parser::{parse_module, render};

pub fn main(argv: &[String]) -> ExitCode {
    let Some(path) = argv.iter().find(|a| !a.starts_with('-')) else {
        eprintln!("usage: pyrite -m dis FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("pyrite -m dis: can't open '{path}': {error}");
            return ExitCode::from(2);
        }
    };
    let source = match pyrite_lexer::decode_source(&bytes) {
        Ok(source) => source,
        Err(diagnostic) => {
            eprint!("{}", render::render_classic(&diagnostic, "", path));
            return ExitCode::from(1);
        }
    };
    let report = |diagnostic: &pyrite_lexer::Diagnostic| {
        let stderr = std::io::stderr();
        let text = if stderr.is_terminal() {
            render::render_pretty(diagnostic, &source, path, true)
        } else {
            render::render_classic(diagnostic, &source, path)
        };
        let mut stderr = stderr.lock();
        let _ = stderr.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = stderr.write_all(b"\n");
        }
        ExitCode::from(1)
    };
    let parsed = parse_module(&source);
    let module = match (parsed.module, parsed.diagnostics.first()) {
        (Some(module), None) => module,
        (_, Some(diagnostic)) => return report(diagnostic),
        (None, None) => return ExitCode::from(1),
    };
    let options = CompileOptions {
        filename: path.clone(),
        optimize: 0,
    };
    let code = match compile_module(&module, &source, options) {
        Ok(code) => code,
        Err(diagnostic) => return report(&diagnostic),
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
