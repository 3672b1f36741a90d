//! `pyrite -m ast [-a] FILE`: mirrors `python3.11 -m ast FILE`, which
//! prints `ast.dump(ast.parse(source), indent=3)` (with `-a`, also each
//! node's `lineno`, `col_offset`, `end_lineno` and `end_col_offset`).
//!
//! A syntax error is printed as the `SyntaxError` part of CPython's report
//! (classic format when stderr is not a terminal, an ariadne report when it
//! is), and the exit status is 1.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use pyrite_parser::{ast, parse_module, render};

pub fn main(argv: &[String]) -> ExitCode {
    let Some(path) = argv.iter().find(|a| !a.starts_with('-')) else {
        eprintln!("usage: pyrite -m ast FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("pyrite -m ast: can't open file '{path}': {error}");
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
    let output = parse_module(&source);
    match (output.module, output.diagnostics.first()) {
        (Some(module), None) => {
            let attributes = argv
                .iter()
                .any(|a| a == "-a" || a == "--include-attributes");
            let mut text = if attributes {
                ast::dump_module_with_attributes(&module, 3, &source)
            } else {
                ast::dump_module(&module, 3)
            };
            text.push('\n');
            // A closed stdout (`| head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        (_, Some(diagnostic)) => {
            let stderr = std::io::stderr();
            let text = if stderr.is_terminal() {
                render::render_pretty(diagnostic, &source, path, true)
            } else {
                render::render_classic(diagnostic, &source, path)
            };
            let _ = stderr.lock().write_all(text.as_bytes());
            ExitCode::from(1)
        }
        (None, None) => ExitCode::from(1),
    }
}
