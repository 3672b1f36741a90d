//! Modules that `pyrite -m NAME` runs natively, before the VM can run their
//! Python versions: each mirrors `python3.11 -m NAME FILE`'s output.

pub mod ast;
pub mod dis;
mod source;
pub mod tokenize;

use std::process::ExitCode;

/// Runs module `name` with `argv` (`sys.argv[1:]`), or `None` if pyrite has
/// no such command-line module.
pub fn run(name: &str, argv: &[String]) -> Option<ExitCode> {
    match name {
        "tokenize" => Some(tokenize::main(argv)),
        "ast" => Some(ast::main(argv)),
        "dis" => Some(dis::main(argv)),
        _ => None,
    }
}
