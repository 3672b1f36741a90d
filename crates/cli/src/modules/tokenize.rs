//! `pyrite -m tokenize [-e] [FILE]`: mirrors `python3.11 -m tokenize`.
//!
//! That command is `Lib/tokenize.py`, a regex tokenizer with conventions of
//! its own, so this module translates pyrite's token stream into them:
//! - an ENCODING token first (none for standard input); positions as (line,
//!   character column), with lines split at `\n` only (`readline`);
//! - layout decided by `tokenize.py`'s rules (`Layout`): its own bracket
//!   count and statement starts give NEWLINE or NL, INDENT and DEDENT, the
//!   end-of-input DEDENTs and ENDMARKER go on the line after the last one,
//!   and an unterminated last line gets a NEWLINE spanning one column;
//! - on malformed text, what its regexes match (a bad number as several
//!   NUMBER/NAME tokens, a stray character and the whitespace before it as
//!   ERRORTOKENs, an unterminated string as its quote and the tokens after);
//! - its fatal errors (`EOF in multi-line string`, `EOF in multi-line
//!   statement`, an unindent to no open level), printed as
//!   `FILE:LINE:COL: error: MSG` with exit status 1, after no tokens for a
//!   file and after the tokens before the error for standard input.
//!
//! A lone `\r` is a line break to pyrite (as to CPython's compiler) but an
//! ordinary character to `tokenize.py`; that difference is not translated.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use pyrite_lexer::{
    Diagnostic, Token, TokenKind, decode_source_file, detect_encoding, is_printable, tokenize,
};

pub fn main(argv: &[String]) -> ExitCode {
    let mut exact = false;
    let mut filename = None;
    for arg in argv {
        match arg.as_str() {
            "-e" | "--exact" => exact = true,
            "-h" | "--help" => {
                println!("usage: tokenize.py [-h] [-e] [filename.py]");
                return ExitCode::SUCCESS;
            }
            _ if filename.is_none() => filename = Some(arg.clone()),
            _ => {
                eprintln!("usage: tokenize.py [-h] [-e] [filename.py]");
                eprintln!("tokenize.py: error: unrecognized arguments: {arg}");
                return ExitCode::from(2);
            }
        }
    }
    let (bytes, shown_name) = match read_input(filename.as_deref()) {
        Ok(read) => read,
        Err(message) => return fail(&message),
    };
    let rendered = if filename.is_some() {
        render(&bytes, &shown_name, exact)
    } else {
        render_stdin(&bytes, exact)
    };
    let (printed, failure) = match rendered {
        Ok(listing) => (listing, None),
        Err(Failure { printed, message }) => (printed, Some(message)),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = out.write_all(printed.as_bytes()).and_then(|()| out.flush());
    match failure {
        None => ExitCode::SUCCESS,
        Some(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(1)
}

fn read_input(filename: Option<&str>) -> Result<(Vec<u8>, String), String> {
    match filename {
        Some(name) => std::fs::read(name)
            .map(|bytes| (bytes, name.to_string()))
            .map_err(|err| format!("error: {}", os_error_text(&err, name))),
        None => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|err| format!("error: {err}"))?;
            Ok((bytes, "<stdin>".to_string()))
        }
    }
}

/// An `OSError`'s `str()`, e.g. `[Errno 2] No such file or directory: 'x.py'`.
fn os_error_text(err: &io::Error, name: &str) -> String {
    let description = match err.kind() {
        io::ErrorKind::NotFound => "No such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => err.to_string(),
    };
    match err.raw_os_error() {
        Some(errno) => format!("[Errno {errno}] {description}: {}", python_repr(name)),
        None => description,
    }
}

/// The whole listing, or the one-line error `tokenize.py` would print.
fn render(bytes: &[u8], filename: &str, exact: bool) -> Result<String, Failure> {
    let declaration = detect_encoding(bytes);
    let encoding = declaration.cookie.clone().unwrap_or_else(|| "utf-8".into());
    if declaration.bom && encoding != "utf-8" {
        return Err(format!(
            "{filename}: error: encoding problem for {}: utf-8",
            python_repr(filename)
        )
        .into());
    }
    if declaration.cookie.is_none() && !cookie_lines_are_utf8(bytes) {
        return Err(format!(
            "{filename}: error: invalid or missing encoding declaration for {}",
            python_repr(filename)
        )
        .into());
    }
    let source = decode_source_file(bytes, filename)
        .map_err(|diagnostic| {
            if diagnostic.message.starts_with("encoding problem: ") {
                format!(
                    "{filename}: error: unknown encoding for {}: {encoding}",
                    python_repr(filename)
                )
            } else {
                format!("error: {}", diagnostic.message)
            }
        })
        .map_err(Failure::from)?;
    listing(&source, filename, Some(&encoding), exact)
}

/// Standard input is read as text, as `sys.stdin` reads it (UTF-8, line
/// breaks kept as they are), and has no ENCODING token.
fn render_stdin(bytes: &[u8], exact: bool) -> Result<String, Failure> {
    listing(&String::from_utf8_lossy(bytes), "<stdin>", None, exact)
}

/// What `tokenize.py` prints when it fails: the tokens it had already
/// printed (only when reading standard input), then one error line.
#[derive(Debug)]
struct Failure {
    printed: String,
    message: String,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure {
            printed: String::new(),
            message,
        }
    }
}

fn listing(
    source: &str,
    filename: &str,
    encoding: Option<&str>,
    exact: bool,
) -> Result<String, Failure> {
    let (tokens, diagnostics) = tokenize(source);
    let progress = Progress::default();
    let listing = Listing::new(source, &progress);
    let fatal = diagnostics.iter().find_map(|d| listing.fatal_error(d));
    let cutoff = fatal.as_ref().map_or(usize::MAX, |&(_, cutoff)| cutoff);
    let mut out = String::with_capacity(tokens.len() * 50);
    if let Some(encoding) = encoding {
        listing.line(&mut out, (0, 0), (0, 0), "ENCODING", encoding);
    }
    let mut layout = Layout {
        indents: vec![0],
        statement_line: true,
        line_has_token: false,
        line_start: 0,
        previous_end: 0,
    };
    let laid_out = tokens
        .iter()
        .filter(|t| (t.range.start as usize) < cutoff)
        .try_for_each(|token| listing.event(&mut out, &mut layout, token, exact))
        .and_then(|()| match fatal {
            Some(_) => Ok(()),
            None => listing.end_of_input(&mut out, &mut layout),
        });
    let fatal = match laid_out {
        Err(message) => Some(message),
        Ok(()) => fatal.map(|(message, _)| message),
    };
    match fatal {
        None => Ok(out),
        // A file's tokens are all read before any is printed; standard
        // input's are printed as they come, up to the error.
        Some(message) => Err(Failure {
            printed: if encoding.is_some() {
                String::new()
            } else {
                out
            },
            message: format!("{filename}:{message}"),
        }),
    }
}

/// What `tokenize.py` has seen so far, shared by a listing and the pieces
/// of lines it re-reads.
#[derive(Default)]
struct Progress {
    /// Open brackets minus closed ones, among the OP tokens printed.
    bracket_level: std::cell::Cell<i64>,
    /// The last token printed ended a line (or nothing is printed yet), so
    /// the next line starts a statement and its leading whitespace is
    /// indentation.
    mid_line: std::cell::Cell<bool>,
}

/// `tokenize.py`'s own layout state. Which line breaks are NEWLINE and
/// which NL, and where INDENT and DEDENT go, follow from its bracket count
/// and its idea of where statements start, which differ from CPython's
/// tokenizer (and so from the lexer's layout tokens) on malformed input.
struct Layout {
    indents: Vec<usize>,
    /// The current physical line started a statement: no bracket was open
    /// and no backslash joined it to the line before.
    statement_line: bool,
    /// Something other than a comment is on the current physical line.
    line_has_token: bool,
    line_start: usize,
    /// The end of the last token or line break handled.
    previous_end: usize,
}

/// `detect_encoding` decodes the lines it searches for a cookie (the first,
/// and the second if the first is blank or a comment) as UTF-8 first.
fn cookie_lines_are_utf8(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut lines = bytes.split_inclusive(|&b| b == b'\n');
    let Some(first) = lines.next() else {
        return true;
    };
    let Ok(text) = std::str::from_utf8(first) else {
        return false;
    };
    let blank_or_comment = matches!(
        text.trim_start_matches([' ', '\t', '\x0C']).chars().next(),
        None | Some('#' | '\r' | '\n')
    );
    !blank_or_comment
        || lines
            .next()
            .is_none_or(|second| std::str::from_utf8(second).is_ok())
}

/// Positions as `tokenize.py` counts them: lines end at `\n` only, as
/// `readline` splits them, and columns count characters.
struct Listing<'s, 'p> {
    source: &'s str,
    progress: &'p Progress,
    line_starts: Vec<usize>,
    /// The line of the end-of-input DEDENTs and ENDMARKER.
    eof_line: usize,
    /// Where `source` sits in the file, when it is a piece of one line
    /// re-read on its own (see `unterminated_string`).
    line_shift: usize,
    column_shift: usize,
}

impl<'s, 'p> Listing<'s, 'p> {
    fn new(source: &'s str, progress: &'p Progress) -> Self {
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let line_count = line_starts.len();
        let last_line = &source[line_starts[line_count - 1]..];
        // The end-of-input tokens go on the line after the last one. That
        // is `line_count` when the text ends with a line break; and
        // `tokenize.py` stops at a last line of only whitespace without a
        // line break, so they stay on that line too.
        let eof_line = if last_line
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\x0C'))
        {
            line_count
        } else {
            line_count + 1
        };
        Listing {
            source,
            progress,
            line_starts,
            eof_line,
            line_shift: 0,
            column_shift: 0,
        }
    }

    /// 1-based line of `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// (line, character column) of `offset`.
    fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1];
        let column = self.source[start..offset].chars().count();
        match line {
            1 => (line + self.line_shift, column + self.column_shift),
            _ => (line + self.line_shift, column),
        }
    }

    /// Where a token that starts at `from` and reads `text` ends. A line
    /// break that ends the token (NEWLINE, NL) leaves its end on its own
    /// line, one column per character, as `tokenize.py` reports it.
    fn end_position(&self, from: (usize, usize), text: &str) -> (usize, usize) {
        let body = text.strip_suffix('\n').unwrap_or(text);
        match body.rfind('\n') {
            Some(last) => (
                from.0 + body.matches('\n').count(),
                text[last + 1..].chars().count(),
            ),
            None => (from.0, from.1 + text.chars().count()),
        }
    }

    /// `tokenize.py`'s message for the errors that stop it, as
    /// `LINE:COL: error: MESSAGE`; `None` for errors it reads past.
    /// Also returns where `tokenize.py` stops yielding tokens: at the string,
    /// at the end, or at the start of the badly indented line.
    fn fatal_error(&self, diagnostic: &Diagnostic) -> Option<(String, usize)> {
        let start = diagnostic.range.start as usize;
        let (message, (line, column), cutoff) =
            if diagnostic.message.starts_with("unterminated triple") {
                ("EOF in multi-line string", self.position(start), start)
            } else if diagnostic.message == "unexpected EOF while parsing" {
                (
                    "EOF in multi-line statement",
                    (self.eof_line, 0),
                    self.source.len(),
                )
            } else {
                return None;
            };
        Some((format!("{line}:{column}: error: {message}"), cutoff))
    }

    /// Handles one token of the lexer's stream in `tokenize.py`'s terms.
    /// The lexer's own layout tokens are replaced by the layout's.
    fn event(
        &self,
        out: &mut String,
        layout: &mut Layout,
        token: &Token,
        exact: bool,
    ) -> Result<(), String> {
        let (start, end) = (token.range.start as usize, token.range.end as usize);
        match token.kind {
            TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker => return Ok(()),
            TokenKind::Newline | TokenKind::NonLogicalNewline if start == end => return Ok(()),
            TokenKind::Newline | TokenKind::NonLogicalNewline => {
                self.continuation(out, layout, start)?;
                let level = self.progress.bracket_level.get();
                let blank = layout.statement_line && !layout.line_has_token;
                let name = if level > 0 || blank { "NL" } else { "NEWLINE" };
                let from = self.position(start);
                let text = &self.source[start..end];
                self.line(
                    out,
                    from,
                    (from.0, from.1 + text.chars().count()),
                    name,
                    text,
                );
                layout.statement_line = self.progress.bracket_level.get() == 0;
                layout.line_has_token = false;
                layout.line_start = end;
            }
            kind => {
                self.continuation(out, layout, start)?;
                if kind != TokenKind::Comment {
                    if layout.statement_line && !layout.line_has_token {
                        self.indentation(out, layout, start)?;
                    }
                    layout.line_has_token = true;
                }
                self.token(out, token, exact);
            }
        }
        layout.previous_end = end;
        Ok(())
    }

    /// A line break between the last event and `at` that no token covers
    /// was joined by a backslash: the line after it continues a statement.
    /// If the backslash was the first thing on a statement's line,
    /// `tokenize.py` has measured that line's indentation first.
    fn continuation(&self, out: &mut String, layout: &mut Layout, at: usize) -> Result<(), String> {
        let gap = &self.source[layout.previous_end..at];
        let Some(last_break) = gap.rfind('\n') else {
            return Ok(());
        };
        if layout.statement_line && !layout.line_has_token {
            let backslash =
                layout.line_start + self.source[layout.line_start..at].find('\\').unwrap_or(0);
            self.indentation(out, layout, backslash)?;
            layout.line_has_token = true;
        }
        layout.statement_line = false;
        layout.line_start = layout.previous_end + last_break + 1;
        Ok(())
    }

    /// INDENT or DEDENTs for the statement line whose first token starts at
    /// `first`, or `tokenize.py`'s IndentationError.
    fn indentation(
        &self,
        out: &mut String,
        layout: &mut Layout,
        first: usize,
    ) -> Result<(), String> {
        let whitespace = &self.source[layout.line_start..first];
        let mut column = 0;
        for c in whitespace.chars() {
            column = match c {
                ' ' => column + 1,
                '\t' => (column / 8 + 1) * 8,
                _ => 0,
            };
        }
        let (line, pos) = self.position(first);
        let top = layout.indents.last().copied().unwrap_or(0);
        if column > top {
            layout.indents.push(column);
            self.line(out, (line, 0), (line, pos), "INDENT", whitespace);
        }
        while column < layout.indents.last().copied().unwrap_or(0) {
            if !layout.indents.contains(&column) {
                return Err(format!(
                    "{line}:{pos}: error: unindent does not match any outer indentation level"
                ));
            }
            layout.indents.pop();
            self.line(out, (line, pos), (line, pos), "DEDENT", "");
        }
        Ok(())
    }

    /// The end of the input: the NL that ends a last comment-only line
    /// without a line break, the error for brackets still open, the
    /// implicit NEWLINE after a last line without a line break, the DEDENTs
    /// still pending, and ENDMARKER.
    fn end_of_input(&self, out: &mut String, layout: &mut Layout) -> Result<(), String> {
        let end = self.source.len();
        self.continuation(out, layout, end)?;
        let last_line = &self.source[self.line_starts[self.line_starts.len() - 1]..];
        let text = last_line.trim_start_matches([' ', '\t', '\x0C']);
        let (line, column) = self.position(end);
        let comment_only = text.starts_with('#');
        if comment_only && layout.statement_line && !layout.line_has_token {
            self.line(out, (line, column), (line, column), "NL", "");
        }
        if self.progress.bracket_level.get() != 0 {
            return Err(format!(
                "{}:0: error: EOF in multi-line statement",
                self.eof_line
            ));
        }
        if !text.is_empty() && !comment_only && !last_line.ends_with('\r') {
            self.line(out, (line, column), (line, column + 1), "NEWLINE", "");
        }
        for _ in 1..layout.indents.len() {
            self.line(out, (self.eof_line, 0), (self.eof_line, 0), "DEDENT", "");
        }
        self.line(out, (self.eof_line, 0), (self.eof_line, 0), "ENDMARKER", "");
        Ok(())
    }

    fn token(&self, out: &mut String, token: &Token, exact: bool) {
        let start = token.range.start as usize;
        let text = &self.source[start..token.range.end as usize];
        let from = self.position(start);
        let to = self.end_position(from, text);
        if token.kind == TokenKind::ErrorToken
            && self.unterminated_string(out, start, from, text, exact)
        {
            return;
        }
        if token.kind == TokenKind::ErrorToken
            && text.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        {
            self.split_bad_number(out, from, text);
            return;
        }
        // `tokenize.py`'s regex fails only at a character it cannot start a
        // token with (not a letter, digit, `_` or quote).
        let unmatchable = |c: char| !(c.is_alphanumeric() || matches!(c, '_' | '\'' | '"'));
        if token.kind == TokenKind::ErrorToken && text.starts_with(unmatchable) {
            self.whitespace_before_stray(out, start);
        }
        let bad_name = token.kind == TokenKind::ErrorToken
            && text.starts_with(|c: char| c.is_alphabetic() || c == '_' || !c.is_ascii())
            && !text.contains(['\'', '"']);
        if bad_name || (token.kind == TokenKind::Name && !text.is_ascii()) {
            self.split_name(out, from, text);
            return;
        }
        let name = if exact {
            token.kind.exact_name()
        } else {
            token.kind.tokenize_name()
        };
        self.line(out, from, to, name, text);
    }

    /// `tokenize.py` reads a name as the regex `\w+`, which stops at
    /// identifier characters that are not letters or digits (combining
    /// marks, `·`, variation selectors): each of those is an ERRORTOKEN and
    /// the name goes on after it.
    fn split_name(&self, out: &mut String, from: (usize, usize), text: &str) {
        let (line, mut column) = from;
        let mut run = String::new();
        for c in text.chars() {
            if c.is_alphanumeric() || c == '_' {
                run.push(c);
                continue;
            }
            if !run.is_empty() {
                let width = run.chars().count();
                self.line(out, (line, column), (line, column + width), "NAME", &run);
                column += width;
                run.clear();
            }
            let mut buf = [0; 4];
            self.line(
                out,
                (line, column),
                (line, column + 1),
                "ERRORTOKEN",
                c.encode_utf8(&mut buf),
            );
            column += 1;
        }
        if !run.is_empty() {
            let width = run.chars().count();
            self.line(out, (line, column), (line, column + width), "NAME", &run);
        }
    }

    /// A malformed number (`0777`, `1__0`) is an error to CPython's
    /// tokenizer, but `tokenize.py` reads it as whatever its regexes match:
    /// numbers, names and operators in turn (`0777` is NUMBER `0`, NUMBER `777`).
    fn split_bad_number(&self, out: &mut String, from: (usize, usize), text: &str) {
        let (line, mut column) = from;
        let mut rest = text;
        while !rest.is_empty() {
            let (kind, len) = if let Some(len) = regex_number(rest.as_bytes()) {
                ("NUMBER", len)
            } else if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                let len = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                ("NAME", len)
            } else {
                ("OP", rest.chars().next().map_or(1, char::len_utf8))
            };
            let piece = &rest[..len];
            let width = piece.chars().count();
            self.line(out, (line, column), (line, column + width), kind, piece);
            column += width;
            rest = &rest[len..];
        }
    }

    /// An unterminated single-quoted string on one line: `tokenize.py` reads
    /// its prefix as a NAME, its quote as an ERRORTOKEN, and the rest of the
    /// line as ordinary tokens, which are re-read here the same way.
    fn unterminated_string(
        &self,
        out: &mut String,
        start: usize,
        from: (usize, usize),
        text: &str,
        exact: bool,
    ) -> bool {
        let Some(quote_at) = text.find(['\'', '"']) else {
            return false;
        };
        let prefix = &text[..quote_at];
        if text.contains('\n') || !prefix.chars().all(|c| "rRbBuUfF".contains(c)) {
            return false;
        }
        let (line, column) = from;
        if prefix.is_empty() {
            self.whitespace_before_stray(out, start);
        } else {
            self.line(out, from, (line, column + quote_at), "NAME", prefix);
        }
        let quote = &text[quote_at..quote_at + 1];
        let quote_column = column + quote_at;
        self.line(
            out,
            (line, quote_column),
            (line, quote_column + 1),
            "ERRORTOKEN",
            quote,
        );
        let rest = &text[quote_at + 1..];
        let mut piece = Listing::new(rest, self.progress);
        piece.line_shift = line - 1;
        piece.column_shift = quote_column + 1;
        let (tokens, _) = tokenize(rest);
        for token in &tokens {
            if !matches!(
                token.kind,
                TokenKind::Newline
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Indent
                    | TokenKind::Dedent
                    | TokenKind::EndMarker
            ) {
                piece.token(out, token, exact);
            }
        }
        true
    }

    /// When `tokenize.py`'s regex fails at a stray character (`$`, `` ` ``),
    /// it has not skipped the whitespace before it: each of those characters
    /// becomes an ERRORTOKEN of its own. (Indentation is not affected: it was
    /// consumed before the line's first token.)
    fn whitespace_before_stray(&self, out: &mut String, start: usize) {
        let before = &self.source[..start];
        let gap = before.len() - before.trim_end_matches([' ', '\t', '\x0C']).len();
        let gap_start = start - gap;
        let first_on_line = gap_start == 0 || self.source[..gap_start].ends_with(['\n', '\r']);
        let statement_start =
            !self.progress.mid_line.get() && self.progress.bracket_level.get() == 0;
        if gap == 0 || (first_on_line && statement_start) {
            return;
        }
        let (line, column) = self.position(gap_start);
        for (i, c) in self.source[gap_start..start].chars().enumerate() {
            let mut buf = [0; 4];
            let at = (line, column + i);
            self.line(
                out,
                at,
                (line, column + i + 1),
                "ERRORTOKEN",
                c.encode_utf8(&mut buf),
            );
        }
    }

    /// One line of output: `"%-20s%-15s%-15r"`.
    fn line(
        &self,
        out: &mut String,
        from: (usize, usize),
        to: (usize, usize),
        name: &str,
        text: &str,
    ) {
        use std::fmt::Write as _;
        if name != "ERRORTOKEN" && name != "STRING" {
            let level = &self.progress.bracket_level;
            match text {
                "(" | "[" | "{" => level.set(level.get() + 1),
                ")" | "]" | "}" => level.set(level.get() - 1),
                _ => {}
            }
        }
        let line_ends = matches!(name, "NEWLINE" | "NL" | "INDENT" | "DEDENT" | "ENCODING");
        self.progress.mid_line.set(!line_ends);
        let range = format!("{},{}-{},{}:", from.0, from.1, to.0, to.1);
        let _ = writeln!(out, "{range:<20}{name:<15}{:<15}", python_repr(text));
    }
}

/// `tokenize.py`'s `Number` regex: the length of its match at the start of
/// `s`. Its alternatives are tried in order (imaginary, float, integer), as
/// a regex alternation does, not longest-first.
fn regex_number(s: &[u8]) -> Option<usize> {
    let digits = |i: usize, is_digit: fn(u8) -> bool| -> Option<usize> {
        // `[d](?:_?[d])*`
        if !s.get(i).copied().is_some_and(is_digit) {
            return None;
        }
        let mut j = i + 1;
        loop {
            match s.get(j) {
                Some(b'_') if s.get(j + 1).copied().is_some_and(is_digit) => j += 2,
                Some(&b) if is_digit(b) => j += 1,
                _ => return Some(j),
            }
        }
    };
    let decimal = |i| digits(i, |b| b.is_ascii_digit());
    let exponent = |i: usize| -> Option<usize> {
        if !matches!(s.get(i), Some(b'e' | b'E')) {
            return None;
        }
        let i = if matches!(s.get(i + 1), Some(b'+' | b'-')) {
            i + 2
        } else {
            i + 1
        };
        decimal(i)
    };
    let point_float = || -> Option<usize> {
        let end = match decimal(0) {
            Some(end) if s.get(end) == Some(&b'.') => decimal(end + 1).unwrap_or(end + 1),
            _ if s.first() == Some(&b'.') => decimal(1)?,
            _ => return None,
        };
        Some(exponent(end).unwrap_or(end))
    };
    let float = || point_float().or_else(|| exponent(decimal(0)?));
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let imaginary = || {
        decimal(0)
            .filter(|&end| is_j(end))
            .or_else(|| float().filter(|&end| is_j(end)))
            .map(|end| end + 1)
    };
    let prefixed = |letters: &[u8], is_digit: fn(u8) -> bool| -> Option<usize> {
        if s.first() != Some(&b'0') || !s.get(1).is_some_and(|b| letters.contains(b)) {
            return None;
        }
        // `(?:_?[d])+`
        let start = if s.get(2) == Some(&b'_') { 3 } else { 2 };
        digits(start, is_digit)
    };
    let integer = || {
        prefixed(b"xX", |b| b.is_ascii_hexdigit())
            .or_else(|| prefixed(b"bB", |b| matches!(b, b'0' | b'1')))
            .or_else(|| prefixed(b"oO", |b| (b'0'..=b'7').contains(&b)))
            .or_else(|| match s.first() {
                Some(b'0') => digits(0, |b| b == b'0'),
                Some(b'1'..=b'9') => decimal(0),
                _ => None,
            })
    };
    imaginary().or_else(float).or_else(integer)
}

/// Python's `repr()` of a `str`.
fn python_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let code = u32::from(c);
                if code < 0x100 {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code < 0x10000 {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        assert_eq!(python_repr("print"), "'print'");
        assert_eq!(python_repr("'a'"), "\"'a'\"");
        assert_eq!(python_repr("'a\""), "'\\'a\"'");
        assert_eq!(python_repr("\n"), "'\\n'");
        assert_eq!(python_repr("é\u{200b}\x0c"), "'é\\u200b\\x0c'");
    }

    #[test]
    fn number_regex_matches_tokenize_py() {
        assert_eq!(regex_number(b"0777"), Some(1));
        assert_eq!(regex_number(b"777"), Some(3));
        assert_eq!(regex_number(b"1__0"), Some(1));
        assert_eq!(regex_number(b"1_000.5e-3j"), Some(11));
        assert_eq!(regex_number(b"0x_1fL"), Some(5));
        assert_eq!(regex_number(b"1e"), Some(1));
        assert_eq!(regex_number(b".5"), Some(2));
        assert_eq!(regex_number(b"abc"), None);
    }

    #[test]
    fn malformed_source_reads_as_tokenize_py_reads_it() {
        // Expected: `python3.11 -m tokenize` on the same bytes.
        let listing = render(b"x = 0777 + $y\nz = 'ab\n", "f.py", false).unwrap();
        let expected = [
            "0,0-0,0:            ENCODING       'utf-8'        ",
            "1,0-1,1:            NAME           'x'            ",
            "1,2-1,3:            OP             '='            ",
            "1,4-1,5:            NUMBER         '0'            ",
            "1,5-1,8:            NUMBER         '777'          ",
            "1,9-1,10:           OP             '+'            ",
            "1,10-1,11:          ERRORTOKEN     ' '            ",
            "1,11-1,12:          ERRORTOKEN     '$'            ",
            "1,12-1,13:          NAME           'y'            ",
            "1,13-1,14:          NEWLINE        '\\n'           ",
            "2,0-2,1:            NAME           'z'            ",
            "2,2-2,3:            OP             '='            ",
            "2,3-2,4:            ERRORTOKEN     ' '            ",
            "2,4-2,5:            ERRORTOKEN     \"'\"            ",
            "2,5-2,7:            NAME           'ab'           ",
            "2,7-2,8:            NEWLINE        '\\n'           ",
            "3,0-3,0:            ENDMARKER      ''             ",
        ];
        assert_eq!(listing.lines().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn fatal_errors_print_no_tokens() {
        let failure = render(b"x = (1,\n", "f.py", false).unwrap_err();
        assert_eq!(
            failure.message,
            "f.py:2:0: error: EOF in multi-line statement"
        );
        assert!(failure.printed.is_empty());
        let failure = render(b"s = '''abc\n", "f.py", false).unwrap_err();
        assert_eq!(failure.message, "f.py:1:4: error: EOF in multi-line string");
    }

    #[test]
    fn listing_format() {
        let listing = render(b"print(1)\n", "f.py", false).unwrap();
        let first_lines: Vec<&str> = listing.lines().take(3).collect();
        assert_eq!(
            first_lines,
            [
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,5:            NAME           'print'        ",
                "1,5-1,6:            OP             '('            ",
            ]
        );
        let exact = render(b"print(1)\n", "f.py", true).unwrap();
        assert!(exact.contains("LPAR"));
    }
}
