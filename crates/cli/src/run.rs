//! Running Python code: `pyrite FILE`, `pyrite -c CMD`, `pyrite -m NAME`
//! and a program piped to standard input.
//!
//! The source is read as bytes and decoded (PEP 263), then handed to the
//! VM. A syntax error is printed as CPython prints it (classic format when
//! stderr is not a terminal, an ariadne report when it is, or as
//! `-X errors=classic|pretty` says) with exit status 1; an uncaught
//! exception prints CPython's traceback and exits with 1; `SystemExit`
//! sets the exit status. Ctrl-C raises `KeyboardInterrupt` in the running
//! code; left uncaught, its traceback is printed and the process ends by
//! SIGINT's default action, as CPython's does. One difference: CPython
//! leaves SIGINT alone when it starts out ignored (a background job of a
//! non-interactive shell); pyrite, which cannot ask for the inherited
//! disposition without unsafe code, always installs its handler.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use pyrite_lexer::Diagnostic;
use pyrite_parser::render;
use pyrite_vm::{Config, Interpreter, InterruptFlag, RunError};

use crate::args::Args;
use crate::repl;

/// Run a script file.
pub fn script(path: &str, args: &Args) -> ExitCode {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let shown = std::path::absolute(path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| path.to_string());
            let errno = error.raw_os_error().unwrap_or(2);
            let reason = match error.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => error.to_string(),
            };
            eprintln!("pyrite: can't open file '{shown}': [Errno {errno}] {reason}");
            return ExitCode::from(2);
        }
    };
    let mut argv = vec![path.to_string()];
    argv.extend(args.rest.iter().cloned());
    // CPython 3.11 runs a script under its absolute path (`__file__`,
    // `co_filename`, tracebacks).
    let filename = std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string());
    run(Program::Source(&bytes, &filename), argv, args)
}

/// Run the text of `-c`.
pub fn command(cmd: &str, args: &Args) -> ExitCode {
    let mut argv = vec!["-c".to_string()];
    argv.extend(args.rest.iter().cloned());
    run(Program::Source(cmd.as_bytes(), "<string>"), argv, args)
}

/// Run the program read from standard input (`pyrite -` or `pyrite` with
/// input that is not a terminal), as `<stdin>`; `sys.argv[0]` is `-` or
/// empty, as the command line gave it.
pub fn stdin(argv0: &str, args: &Args) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(error) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
        eprintln!("pyrite: can't read standard input: {error}");
        return ExitCode::from(2);
    }
    let mut argv = vec![argv0.to_string()];
    argv.extend(args.rest.iter().cloned());
    run(Program::Source(&bytes, "<stdin>"), argv, args)
}

/// The interactive prompt with no program before it, `__main__` made as
/// for an empty `<stdin>` program; the banner unless `-q`.
pub fn interactive(args: &Args) -> ExitCode {
    let mut argv = vec![String::new()];
    argv.extend(args.rest.iter().cloned());
    run(Program::Prompt, argv, args)
}

/// Run module `name` as `__main__` (`-m`), found as `import` finds it.
pub fn module(name: &str, args: &Args) -> ExitCode {
    // The module's file replaces `sys.argv[0]` once it is found.
    let mut argv = vec!["-m".to_string()];
    argv.extend(args.rest.iter().cloned());
    run(Program::Module(name), argv, args)
}

/// What to run: source text with its file name, a module by name, or
/// nothing before the interactive prompt.
#[derive(Clone, Copy)]
enum Program<'a> {
    Source(&'a [u8], &'a str),
    Module(&'a str),
    Prompt,
}

/// Native code that calls back into Python (a `__repr__` calling `repr`)
/// nests Rust calls until the recursion limit stops it, so the interpreter
/// runs on a stack big enough for any limit a program can reasonably set.
/// That stack is mapped for the main thread (pages are only touched as
/// they are used) rather than given to a new thread: a second thread
/// costs its creation at every start, and its allocations would come
/// from a separate malloc arena that grows a page at a time.
const INTERPRETER_STACK: usize = 1 << 30;

fn run(program: Program, argv: Vec<String>, args: &Args) -> ExitCode {
    // A panic is a bug in pyrite; its message has been printed by then,
    // and the exit status says the interpreter failed (EX_SOFTWARE).
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        stacker::grow(INTERPRETER_STACK, || run_here(program, argv, args))
    }))
    .unwrap_or(ExitCode::from(70))
}

fn run_here(program: Program, argv: Vec<String>, args: &Args) -> ExitCode {
    let (source, filename) = match program {
        Program::Source(bytes, filename) => {
            match pyrite_lexer::decode_source_file(bytes, filename) {
                Ok(source) => (source.into_owned(), filename),
                Err(diagnostic) => {
                    // CPython reports undecodable source without a location.
                    let text = render::bare_exception(&diagnostic);
                    let _ = std::io::stderr().lock().write_all(text.as_bytes());
                    return ExitCode::from(1);
                }
            }
        }
        Program::Module(_) => (String::new(), ""),
        Program::Prompt => (String::new(), "<stdin>"),
    };
    let interrupt = InterruptFlag::default();
    // Without a handler Ctrl-C still ends the process, as it would
    // CPython's if installing its handler failed.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupt.clone());
    let mut interp = Interpreter::new(Config {
        argv,
        interrupt: Some(interrupt),
        dont_write_bytecode: args.dont_write_bytecode
            || python_env(args, "PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()),
        python_path: python_path_entries(args),
        ..Config::default()
    });
    let mut interrupted = false;
    let result = match program {
        Program::Source(..) | Program::Prompt => interp.run_source(&source, filename),
        Program::Module(name) => interp.run_module_as_main(name),
    };
    let prompt = args.inspect || matches!(program, Program::Prompt);
    if prompt {
        // Under `-i` even `SystemExit` only prints its traceback, and the
        // prompt follows whatever the program did.
        match result {
            Ok(()) => {}
            Err(RunError::Syntax(diagnostic)) => {
                syntax_error(&diagnostic, &source, filename, args);
            }
            Err(RunError::NoModule(message)) => {
                let _ = writeln!(std::io::stderr(), "pyrite: {message}");
            }
            Err(RunError::Exception(exc)) => {
                let report = interp.format_exception(exc);
                interp.flush();
                interp.write_error_report(&report);
            }
        }
        let banner = matches!(program, Program::Prompt) && !args.quiet;
        let status = repl::prompt(&mut interp, !banner);
        interp.run_exit_handlers();
        interp.finalize_main();
        interp.flush();
        leave(interp);
        return status;
    }
    let status = match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(RunError::NoModule(message)) => {
            let _ = writeln!(std::io::stderr(), "pyrite: {message}");
            ExitCode::from(1)
        }
        Err(RunError::Syntax(diagnostic)) => syntax_error(&diagnostic, &source, filename, args),
        Err(RunError::Exception(exc)) => match interp.system_exit_status(exc) {
            Some((code, message)) => {
                interp.flush();
                if let Some(message) = message {
                    let _ = writeln!(std::io::stderr(), "{message}");
                }
                ExitCode::from(code)
            }
            None => {
                interrupted = interp.is_keyboard_interrupt(exc);
                let report = interp.format_exception(exc);
                interp.flush();
                interp.write_error_report(&report);
                ExitCode::from(1)
            }
        },
    };
    interp.run_exit_handlers();
    interp.finalize_main();
    interp.flush();
    leave(interp);
    if interrupted {
        // CPython ends with SIGINT's default action, so whoever started it
        // sees it killed by the signal (status 130 in a shell).
        let _ = std::io::stderr().flush();
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
        return ExitCode::from(130);
    }
    status
}

/// Ends with the interpreter when the process is about to exit: its memory
/// goes back to the system with the process, so it is not freed object by
/// object, which took a tenth of an empty program's run. What dropping it
/// would do besides, flushing its output, is already done.
fn leave(interp: Interpreter) {
    std::mem::forget(interp);
}

fn syntax_error(diagnostic: &Diagnostic, source: &str, filename: &str, args: &Args) -> ExitCode {
    let stderr = std::io::stderr();
    let pretty = match args.x_option("errors") {
        Some("classic") => false,
        Some("pretty") => true,
        _ => stderr.is_terminal(),
    };
    let text = if pretty {
        render::render_pretty(diagnostic, source, filename, stderr.is_terminal())
    } else {
        render::render_classic(diagnostic, source, filename)
    };
    let _ = stderr.lock().write_all(text.as_bytes());
    ExitCode::from(1)
}

/// The directories named by `PYTHONPATH` (colon-separated; an empty entry
/// stands for the current directory, as in CPython).
fn python_path_entries(args: &Args) -> Vec<String> {
    let value = python_env(args, "PYTHONPATH").unwrap_or_default();
    if value.is_empty() {
        return Vec::new();
    }
    let here = std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    value
        .split(':')
        .map(|entry| {
            if entry.is_empty() {
                here.clone()
            } else {
                entry.to_string()
            }
        })
        .collect()
}

/// The environment variable `name`, unless `-E` or `-I` said to ignore
/// the `PYTHON*` variables.
fn python_env(args: &Args, name: &str) -> Option<String> {
    if args.ignore_environment {
        return None;
    }
    std::env::var(name).ok()
}
