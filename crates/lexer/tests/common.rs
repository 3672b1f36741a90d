//! Shared by the lexer's integration tests: reading fixtures, and showing
//! tokens and diagnostics as text.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use pyrite_lexer::{Diagnostic, LineIndex, Token};

/// The `*.py` files of `tests/fixtures/<dir>`, sorted by name.
pub fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("fixture directory {}: {e}", root.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    files.sort();
    files
}

pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One token per line: `LINE:COL-LINE:COL KIND 'TEXT'` (columns in
/// characters, as Python reports them).
pub fn dump_tokens(source: &str, tokens: &[Token]) -> String {
    let index = LineIndex::new(source);
    let mut out = String::new();
    for token in tokens {
        let (l1, c1) = index.line_col_chars(source, token.range.start as usize);
        let (l2, c2) = index.line_col_chars(source, token.range.end as usize);
        let text = &source[token.range.as_range()];
        out.push_str(&format!(
            "{:<12} {:<18} {:?}\n",
            format!("{l1}:{c1}-{l2}:{c2}"),
            format!("{:?}", token.kind),
            text
        ));
    }
    out
}

/// The 1-based line and 1-based character offset CPython's `SyntaxError`
/// would carry for this diagnostic.
pub fn cpython_position(source: &str, diagnostic: &Diagnostic) -> (usize, usize) {
    let index = LineIndex::new(source);
    let (line, column) = index.line_col_chars(source, diagnostic.range.start as usize);
    (line, column + 1)
}

/// A diagnostic as `python3.11 FILE` prints it, without the traceback
/// header: the file and line, the source line, a caret, the message.
pub fn render(filename: &str, source: &str, diagnostic: &Diagnostic) -> String {
    let index = LineIndex::new(source);
    let (line, offset) = cpython_position(source, diagnostic);
    let start = index.line_start(line);
    let text = &source[start..];
    let text = &text[..text.find(['\r', '\n']).unwrap_or(text.len())];
    let indent = text.len() - text.trim_start().len();
    let shown = text.trim();
    let width = source[diagnostic.range.as_range()]
        .chars()
        .take_while(|&c| c != '\n' && c != '\r')
        .count()
        .max(1);
    // As in CPython, no caret when the offset falls in the indentation
    // that the displayed line has lost.
    let caret = match (offset - 1).checked_sub(indent) {
        Some(column) => format!("    {}{}\n", " ".repeat(column), "^".repeat(width)),
        None => String::new(),
    };
    format!(
        "  File \"{filename}\", line {line}\n    {shown}\n{caret}{}: {}\n",
        diagnostic.kind.name(),
        diagnostic.message
    )
}
