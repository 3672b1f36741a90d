//! What the `-m` modules that read a source file share: finding the file
//! argument, reading and decoding it, and printing a syntax error the way
//! `python3.11 -m MODULE FILE` does.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use pyrite_lexer::Diagnostic;
use pyrite_parser::render;

/// A source file named on the command line, decoded to text.
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// Reads the first non-option argument of `pyrite -m MODULE` as a source
/// file. On failure the error is printed and the exit status returned.
pub fn read(module: &str, argv: &[String]) -> Result<SourceFile, ExitCode> {
    let Some(path) = argv.iter().find(|a| !a.starts_with('-')) else {
        eprintln!("usage: pyrite -m {module} FILE");
        return Err(ExitCode::from(2));
    };
    let bytes = std::fs::read(path).map_err(|error| {
        eprintln!("pyrite -m {module}: can't open file '{path}': {error}");
        ExitCode::from(2)
    })?;
    match pyrite_lexer::decode_source(&bytes) {
        Ok(text) => Ok(SourceFile {
            path: path.clone(),
            text: text.into_owned(),
        }),
        Err(diagnostic) => {
            eprint!("{}", render::render_classic(&diagnostic, "", path));
            Err(ExitCode::from(1))
        }
    }
}

impl SourceFile {
    /// Prints `diagnostic` as the `SyntaxError` part of CPython's report
    /// (classic when stderr is not a terminal, an ariadne report when it
    /// is) and gives exit status 1.
    pub fn report(&self, diagnostic: &Diagnostic) -> ExitCode {
        let stderr = std::io::stderr();
        let text = if stderr.is_terminal() {
            render::render_pretty(diagnostic, &self.text, &self.path, true)
        } else {
            render::render_classic(diagnostic, &self.text, &self.path)
        };
        let mut stderr = stderr.lock();
        let _ = stderr.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = stderr.write_all(b"\n");
        }
        ExitCode::from(1)
    }
}
