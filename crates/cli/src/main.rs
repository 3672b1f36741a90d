//! The `pyrite` binary: python3's command-line interface over pyrite's crates.
//!
//! The CLI is the only layer that renders (DESIGN.md invariant 2): it reads
//! files, calls the library crates, and prints their results and errors.

mod args;
mod modules;
mod repl;
mod run;

use std::io::IsTerminal;
use std::process::ExitCode;

use args::{Args, Target};

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(usage) => {
            eprintln!("{}", usage.0);
            eprintln!("usage: pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            return ExitCode::from(2);
        }
    };
    match &args.target {
        Target::Module(name) if args.inspect => run::module(name, &args),
        Target::Module(name) => {
            modules::run(name, &args.rest).unwrap_or_else(|| run::module(name, &args))
        }
        Target::Script(path) if path != "-" => run::script(path, &args),
        Target::Command(cmd) => run::command(cmd, &args),
        Target::Script(_) => run::stdin("-", &args),
        Target::Interactive if !args.inspect && !std::io::stdin().is_terminal() => {
            run::stdin("", &args)
        }
        Target::Interactive => run::interactive(&args),
    }
}
