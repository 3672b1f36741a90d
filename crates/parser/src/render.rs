//! The two renderings of a syntax error: CPython 3.11's classic format and
//! an ariadne report.
//!
//! Both are plain functions from a [`Diagnostic`] and the source to text;
//! the CLI chooses one and prints it (DESIGN.md invariant 2).

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use pyrite_lexer::{Diagnostic, LineIndex};

/// Where a diagnostic points, as `SyntaxError` reports it: 1-based line,
/// 1-based character offset, and the end of the range.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Location {
    pub lineno: usize,
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: usize,
}

/// `SyntaxError.lineno/offset/end_lineno/end_offset` for a diagnostic.
pub fn location(d: &Diagnostic, source: &str) -> Location {
    let index = LineIndex::new(source);
    let clamp = |offset: u32| (offset as usize).min(source.len());
    let (lineno, col) = index.line_col_chars(source, clamp(d.range.start));
    let (end_lineno, end_col) = index.line_col_chars(source, clamp(d.range.end));
    Location {
        lineno,
        offset: col + 1,
        end_lineno,
        end_offset: end_col + 1,
    }
}

/// The text of 1-based line `lineno`, without its line break.
fn line_text(source: &str, lineno: usize) -> Option<&str> {
    let index = LineIndex::new(source);
    if lineno == 0 || lineno > index.line_count() {
        return None;
    }
    let start = index.line_start(lineno);
    let end = if lineno < index.line_count() {
        index.line_start(lineno + 1)
    } else {
        source.len()
    };
    source
        .get(start..end)
        .map(|l| l.trim_end_matches(['\n', '\r']))
}

/// CPython's own format (what `python3.11 FILE` prints to a pipe):
///
/// ```text
///   File "x.py", line 1
///     f() = 1
///     ^^^
/// SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
/// ```
pub fn render_classic(d: &Diagnostic, source: &str, filename: &str) -> String {
    if !d.kind.is_syntax_error() {
        return bare_exception(d);
    }
    let loc = location(d, source);
    let mut out = format!("  File \"{filename}\", line {}\n", loc.lineno);
    if let Some(text) = line_text(source, loc.lineno) {
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let skipped = text.chars().count() - stripped.chars().count();
        let len = stripped.chars().count();
        out.push_str("    ");
        out.push_str(stripped);
        out.push('\n');
        let offset = (loc.offset - 1).saturating_sub(skipped);
        if loc.offset > skipped {
            let offset = offset.min(len);
            let end = if loc.end_lineno == loc.lineno {
                (loc.end_offset - 1).saturating_sub(skipped)
            } else {
                len
            };
            let carets = end.saturating_sub(offset).max(1);
            out.push_str("    ");
            out.push_str(&" ".repeat(offset));
            out.push_str(&"^".repeat(carets));
            out.push('\n');
        }
    }
    out.push_str(&format!("{}: {}\n", d.kind.name(), d.message));
    out
}

/// An ariadne report: the source with the error's range labelled, and the
/// diagnostic's notes (a suggested fix) below.
pub fn render_pretty(d: &Diagnostic, source: &str, filename: &str, color: bool) -> String {
    if !d.kind.is_syntax_error() {
        return bare_exception(d);
    }
    let start = (d.range.start as usize).min(source.len());
    let end = (d.range.end as usize).clamp(start, source.len());
    let span = (filename, start..end);
    let mut report = Report::build(ReportKind::Error, span.clone())
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_message(format!("{}: {}", d.kind.name(), d.message))
        .with_label(
            Label::new(span)
                .with_message(&d.message)
                .with_color(Color::Red),
        );
    for note in &d.notes {
        report = report.with_note(note);
    }
    let mut out = Vec::new();
    let written = report
        .finish()
        .write((filename, Source::from(source)), &mut out);
    match written {
        Ok(()) => String::from_utf8_lossy(&out).into_owned(),
        Err(_) => render_classic(d, source, filename),
    }
}

/// The exception line alone, as CPython prints an error that has no
/// location to show: a diagnostic that is not a `SyntaxError`
/// (`MemoryError`, `RecursionError: maximum recursion depth exceeded during
/// compilation`), or a script whose bytes cannot be decoded
/// (`SyntaxError: Non-UTF-8 code starting with '\xff' in file ...`).
pub fn bare_exception(d: &Diagnostic) -> String {
    if d.message.is_empty() {
        format!("{}\n", d.kind.name())
    } else {
        format!("{}: {}\n", d.kind.name(), d.message)
    }
}
