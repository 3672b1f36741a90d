//! The stream itself: pyrite's tokens translated into `tokenize.py`'s
//! tokens, positions and layout, line by line.

use crate::{Diagnostic, Token, TokenKind, tokenize};

use super::number::regex_number;
use super::{TokenInfo, TokenizeError};

/// The tokens `tokenize.py` yields for `source`, and its fatal error if it
/// stops with one (after yielding the tokens before it).
pub(super) fn stream(source: &str, exact: bool) -> (Vec<TokenInfo>, Option<TokenizeError>) {
    let (tokens, diagnostics) = tokenize(source);
    let progress = Progress::default();
    let listing = Listing::new(source, &progress);
    let fatal = diagnostics.iter().find_map(|d| listing.fatal_error(d));
    let cutoff = fatal.as_ref().map_or(usize::MAX, |&(_, cutoff)| cutoff);
    let mut out = Vec::with_capacity(tokens.len());
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
        Err(error) => Some(error),
        Ok(()) => fatal.map(|(error, _)| error),
    };
    (out, fatal)
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

    /// `tokenize.py`'s error for the errors that stop it; `None` for errors
    /// it reads past.
    /// Also returns where `tokenize.py` stops yielding tokens: at the string,
    /// at the end, or at the start of the badly indented line.
    fn fatal_error(&self, diagnostic: &Diagnostic) -> Option<(TokenizeError, usize)> {
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
        Some((
            TokenizeError {
                line,
                column,
                message,
            },
            cutoff,
        ))
    }

    /// Handles one token of the lexer's stream in `tokenize.py`'s terms.
    /// The lexer's own layout tokens are replaced by the layout's.
    fn event(
        &self,
        out: &mut Vec<TokenInfo>,
        layout: &mut Layout,
        token: &Token,
        exact: bool,
    ) -> Result<(), TokenizeError> {
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
    fn continuation(
        &self,
        out: &mut Vec<TokenInfo>,
        layout: &mut Layout,
        at: usize,
    ) -> Result<(), TokenizeError> {
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
        out: &mut Vec<TokenInfo>,
        layout: &mut Layout,
        first: usize,
    ) -> Result<(), TokenizeError> {
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
                return Err(TokenizeError {
                    line,
                    column: pos,
                    message: "unindent does not match any outer indentation level",
                });
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
    fn end_of_input(
        &self,
        out: &mut Vec<TokenInfo>,
        layout: &mut Layout,
    ) -> Result<(), TokenizeError> {
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
            return Err(TokenizeError {
                line: self.eof_line,
                column: 0,
                message: "EOF in multi-line statement",
            });
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

    fn token(&self, out: &mut Vec<TokenInfo>, token: &Token, exact: bool) {
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
    fn split_name(&self, out: &mut Vec<TokenInfo>, from: (usize, usize), text: &str) {
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
    fn split_bad_number(&self, out: &mut Vec<TokenInfo>, from: (usize, usize), text: &str) {
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
        out: &mut Vec<TokenInfo>,
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
    fn whitespace_before_stray(&self, out: &mut Vec<TokenInfo>, start: usize) {
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

    /// One token out.
    fn line(
        &self,
        out: &mut Vec<TokenInfo>,
        start: (usize, usize),
        end: (usize, usize),
        kind: &'static str,
        text: &str,
    ) {
        if kind != "ERRORTOKEN" && kind != "STRING" {
            let level = &self.progress.bracket_level;
            match text {
                "(" | "[" | "{" => level.set(level.get() + 1),
                ")" | "]" | "}" => level.set(level.get() - 1),
                _ => {}
            }
        }
        let line_ends = matches!(kind, "NEWLINE" | "NL" | "INDENT" | "DEDENT");
        self.progress.mid_line.set(!line_ends);
        out.push(TokenInfo {
            kind,
            string: text.to_string(),
            start,
            end,
        });
    }
}
