//! The interactive prompt: `pyrite` with a terminal on standard input,
//! and `pyrite -i` after its program.
//!
//! Each input is read as CPython's REPL reads it: one line at the `sys.ps1`
//! prompt (`>>> `); more lines at the `sys.ps2` prompt (`... `) while
//! brackets or a triple-quoted string are open or a line ends with `\`,
//! and, for a compound statement (one whose first line ends with `:` or a
//! decorator), until an empty line. The input then runs in `__main__`
//! (`Interpreter::run_interactive`): an expression's value is shown by
//! `sys.displayhook`, an exception prints its traceback, a syntax error is
//! reported, and the prompt comes back. End of input (Ctrl-D) leaves with
//! status 0; `SystemExit` leaves with its status.
//!
//! With a terminal, lines are edited with rustyline (which shows the
//! prompt) and Ctrl-C at the prompt prints `KeyboardInterrupt` and drops
//! the input. Without one (`-i` with piped input), the prompts are written
//! to standard error, as CPython writes them when it has no readline.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use pyrite_lexer::TokenKind;
use pyrite_parser::render;
use pyrite_vm::{Interpreter, RunError};

/// The file name interactive input is compiled under.
const STDIN: &str = "<stdin>";

/// One read at a prompt.
enum Read {
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D or the end of piped input.
    End,
}

/// Where input lines come from.
enum Lines {
    Terminal(Box<rustyline::DefaultEditor>),
    Piped(std::io::StdinLock<'static>),
}

impl Lines {
    /// A line editor when standard input is a terminal and one can be made,
    /// else plain lines from standard input.
    fn open() -> Lines {
        if std::io::stdin().is_terminal()
            && let Ok(editor) = rustyline::DefaultEditor::new()
        {
            return Lines::Terminal(Box::new(editor));
        }
        Lines::Piped(std::io::stdin().lock())
    }

    fn read(&mut self, prompt: &str) -> Read {
        match self {
            Lines::Terminal(editor) => match editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    Read::Line(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Read::Interrupted,
                Err(_) => Read::End,
            },
            Lines::Piped(stdin) => {
                let mut stderr = std::io::stderr().lock();
                let _ = stderr.write_all(prompt.as_bytes());
                let _ = stderr.flush();
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) | Err(_) => Read::End,
                    Ok(_) => {
                        if line.ends_with('\n') {
                            line.pop();
                        }
                        Read::Line(line)
                    }
                }
            }
        }
    }
}

/// What the lines read so far make.
#[derive(Debug, PartialEq, Eq)]
enum Input {
    /// Nothing to run (empty or only a comment).
    Nothing,
    /// A statement ready to run (or with a syntax error to report).
    Complete,
    /// More lines are needed.
    More,
}

/// Classifies `buffer` (the lines so far, each ending in `\n`);
/// `last_blank` says whether the line just read was empty.
fn classify(buffer: &str, last_blank: bool) -> Input {
    // Input that stops inside brackets, a triple-quoted string or after a
    // `\` is incomplete; so is a block header without its body, until an
    // empty line says no body is coming.
    let parsed = pyrite_parser::parse_interactive(buffer);
    if parsed.incomplete {
        let bodiless = parsed
            .diagnostics
            .first()
            .is_some_and(|d| d.message.starts_with("expected an indented block"));
        if !(bodiless && last_blank) {
            return Input::More;
        }
    } else if !parsed.diagnostics.is_empty() {
        // A syntax error before the end is reported at once.
        return Input::Complete;
    }
    let (tokens, _) = pyrite_lexer::tokenize(buffer);
    let mut significant = tokens.iter().map(|t| t.kind).filter(|k| {
        !matches!(
            k,
            TokenKind::Comment
                | TokenKind::NonLogicalNewline
                | TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::EndMarker
        )
    });
    let Some(first) = significant.next() else {
        return Input::Nothing;
    };
    // The first logical line: everything before the first `Newline`.
    let first_line: Vec<TokenKind> = tokens
        .iter()
        .map(|t| t.kind)
        .take_while(|k| *k != TokenKind::Newline)
        .filter(|k| !matches!(k, TokenKind::Comment | TokenKind::NonLogicalNewline))
        .collect();
    // `x: int = 1` and `d[a:b]` have colons too: a block header starts
    // with a compound keyword or ends in `:`.
    let header = first_line.last() == Some(&TokenKind::Colon)
        || matches!(
            first,
            TokenKind::If
                | TokenKind::While
                | TokenKind::For
                | TokenKind::Try
                | TokenKind::With
                | TokenKind::Def
                | TokenKind::Class
                | TokenKind::Async
        );
    let compound = first == TokenKind::At || (first_line.contains(&TokenKind::Colon) && header);
    if compound && !last_blank {
        Input::More
    } else {
        Input::Complete
    }
}

/// Runs the prompt until end of input or `SystemExit`; the exit status.
pub fn prompt(interp: &mut Interpreter, quiet: bool) -> ExitCode {
    // Interactive mode starts with CPython's prompts in `sys.ps1` and
    // `sys.ps2`; a program may change them, or delete them for no prompt.
    interp.sys_text("ps1", Some(">>> "));
    interp.sys_text("ps2", Some("... "));
    let ps1 = |interp: &mut Interpreter| interp.sys_text("ps1", None).unwrap_or_default();
    let ps2 = |interp: &mut Interpreter| interp.sys_text("ps2", None).unwrap_or_default();
    if !quiet {
        let version = interp.sys_text("version", None).unwrap_or_default();
        let platform = interp.sys_text("platform", None).unwrap_or_default();
        eprintln!("Python {version} on {platform}");
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    let mut lines = Lines::open();
    loop {
        let mut buffer = String::new();
        let mut prompt_text = ps1(interp);
        let input = loop {
            interp.flush();
            match lines.read(&prompt_text) {
                Read::Line(line) => {
                    let blank = line.trim().is_empty();
                    buffer.push_str(&line);
                    buffer.push('\n');
                    match classify(&buffer, blank) {
                        Input::More => prompt_text = ps2(interp),
                        done => break Some(done),
                    }
                }
                Read::Interrupted => {
                    eprintln!("\nKeyboardInterrupt");
                    break None;
                }
                Read::End => {
                    eprintln!();
                    return ExitCode::SUCCESS;
                }
            }
        };
        if input != Some(Input::Complete) {
            continue;
        }
        if let Some(status) = run_input(interp, &buffer) {
            return status;
        }
    }
}

/// Runs one input; `Some(status)` when it raised `SystemExit`.
fn run_input(interp: &mut Interpreter, source: &str) -> Option<ExitCode> {
    match interp.run_interactive(source, STDIN) {
        Ok(()) => None,
        Err(RunError::Syntax(diagnostic)) => {
            interp.flush();
            let text = render::render_classic(&diagnostic, source, STDIN);
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
            None
        }
        Err(RunError::Exception(exc)) => {
            if let Some((code, message)) = interp.system_exit_status(exc) {
                interp.flush();
                if let Some(message) = message {
                    eprintln!("{message}");
                }
                return Some(ExitCode::from(code));
            }
            let report = interp.format_exception(exc);
            interp.heap().decref(exc);
            interp.flush();
            interp.write_error_report(&report);
            None
        }
        Err(RunError::NoModule(message)) => {
            eprintln!("pyrite: {message}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_statements_are_complete() {
        assert_eq!(classify("x = 1\n", false), Input::Complete);
        assert_eq!(classify("d[1:2]\n", false), Input::Complete);
        assert_eq!(classify("x: int = 1\n", false), Input::Complete);
        assert_eq!(classify("def f(:\n", false), Input::Complete);
    }

    #[test]
    fn open_brackets_and_strings_need_more() {
        assert_eq!(classify("(1,\n", false), Input::More);
        assert_eq!(classify("(1,\n\n", true), Input::More);
        assert_eq!(classify("(1,\n2)\n", false), Input::Complete);
        assert_eq!(classify("'''a\n", false), Input::More);
        assert_eq!(classify("x = 1 + \\\n", false), Input::More);
    }

    #[test]
    fn blocks_end_at_a_blank_line() {
        assert_eq!(classify("if x:\n", false), Input::More);
        assert_eq!(classify("if x:\n\n", true), Input::Complete);
        assert_eq!(classify("if x: pass\n", false), Input::More);
        assert_eq!(classify("@dec\n", false), Input::More);
        assert_eq!(classify("for i in x:\n    f(i)\n\n", true), Input::Complete);
    }

    #[test]
    fn comments_and_blank_lines_run_nothing() {
        assert_eq!(classify("\n", true), Input::Nothing);
        assert_eq!(classify("# note\n", false), Input::Nothing);
    }
}
