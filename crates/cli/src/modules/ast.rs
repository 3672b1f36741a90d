//! `pyrite -m ast [-a] FILE`: mirrors `python3.11 -m ast FILE`, which
//! prints `ast.dump(ast.parse(source), indent=3)` (with `-a`, also each
//! node's `lineno`, `col_offset`, `end_lineno` and `end_col_offset`).
//!
//! A syntax error is printed as the `SyntaxError` part of CPython's report
//! (classic format when stderr is not a terminal, an ariadne report when it
//! is), and the exit status is 1.

use std::io::Write;
use std::process::ExitCode;

use pyrite_parser::{ast, parse_module};

use super::source;

pub fn main(argv: &[String]) -> ExitCode {
    let file = match source::read("ast", argv) {
        Ok(file) => file,
        Err(status) => return status,
    };
    let output = parse_module(&file.text);
    match (output.module, output.diagnostics.first()) {
        (Some(module), None) => {
            let attributes = argv
                .iter()
                .any(|a| a == "-a" || a == "--include-attributes");
            let mut text = if attributes {
                ast::dump_module_with_attributes(&module, 3, &file.text)
            } else {
                ast::dump_module(&module, 3)
            };
            text.push('\n');
            // A closed stdout (`| head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        (_, Some(diagnostic)) => file.report(diagnostic),
        (None, None) => ExitCode::from(1),
    }
}
