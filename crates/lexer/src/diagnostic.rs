//! The error value of the front end: lexer, parser and compiler all report
//! `Diagnostic`s; the CLI renders them.

use crate::TextRange;

/// Which Python exception a diagnostic becomes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum DiagnosticKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The source nests too deeply for CPython's parser, which gives up
    /// with a bare `MemoryError`.
    MemoryError,
    /// The source nests too deeply for CPython's compiler: `RecursionError:
    /// maximum recursion depth exceeded during compilation`.
    RecursionError,
}

impl DiagnosticKind {
    /// The exception's name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            DiagnosticKind::SyntaxError => "SyntaxError",
            DiagnosticKind::IndentationError => "IndentationError",
            DiagnosticKind::TabError => "TabError",
            DiagnosticKind::MemoryError => "MemoryError",
            DiagnosticKind::RecursionError => "RecursionError",
        }
    }

    /// Whether the exception is a `SyntaxError` (or a subclass), which
    /// carries a file, line and column; `MemoryError` and `RecursionError`
    /// carry none, and print as a bare exception line.
    pub fn is_syntax_error(self) -> bool {
        matches!(
            self,
            DiagnosticKind::SyntaxError
                | DiagnosticKind::IndentationError
                | DiagnosticKind::TabError
        )
    }
}

/// One error in the source: where, what kind, CPython 3.11's message, and
/// optional notes (a suggested fix, shown by the pretty renderer).
///
/// Position convention: the character column of `range.start`, plus one, is
/// the `offset` of CPython's `SyntaxError`, and its line is `lineno`. The
/// range covers the text the error is about (at least the character at
/// `offset`, when there is one).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
    pub range: TextRange,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(kind: DiagnosticKind, message: impl Into<String>, range: TextRange) -> Self {
        Diagnostic {
            kind,
            message: message.into(),
            range,
            notes: Vec::new(),
        }
    }

    pub fn syntax(message: impl Into<String>, range: TextRange) -> Self {
        Diagnostic::new(DiagnosticKind::SyntaxError, message, range)
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}
