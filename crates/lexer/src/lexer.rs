//! The lexer proper: raw tokens in, Python tokens out.
//!
//! logos finds the raw tokens (`raw.rs`); this file adds what a regular
//! grammar cannot express, following CPython 3.11's `Parser/tokenizer.c`:
//!
//! - **Layout.** At the first token of a physical line outside brackets, the
//!   line's indentation is compared with a stack of open indentation levels,
//!   giving INDENT or DEDENTs. A line break ends a logical line (NEWLINE) only
//!   outside brackets and after some token; other line breaks (blank lines,
//!   comment-only lines, breaks inside brackets) are NL. A backslash before a
//!   line break joins the lines.
//! - **Brackets.** A stack of open brackets gives the `unmatched ')'`,
//!   mismatch and `'(' was never closed` errors, and the nesting limit.
//! - **Numbers, strings, names**, whose ends and errors `number.rs`,
//!   `string.rs` and `identifier.rs` decide.
//!
//! Invariants: the token stream ends with exactly one `EndMarker`; tokens
//! are in source order and do not overlap; every error is a `Diagnostic`
//! and the lexer goes on after it, so one pass finds as much as it can.

use logos::Logos;

use crate::identifier::{first_invalid_char, invalid_character_message, potential_identifier_len};
use crate::number::scan_number;
use crate::raw::Raw;
use crate::string::{StringPrefix, scan_string};
use crate::{Diagnostic, DiagnosticKind, LineIndex, TextRange, Token, TokenKind};

/// CPython's `MAXINDENT`: at most 100 indentation levels.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: at most 200 nested brackets.
const MAX_BRACKETS: usize = 200;
/// CPython's tab stops: a tab moves to the next multiple of 8.
const TAB_SIZE: u32 = 8;

/// Splits `source` into tokens. The stream includes `Comment` and
/// `NonLogicalNewline` tokens and always ends with `EndMarker`; the
/// diagnostics are in source order.
pub fn tokenize(source: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lexer = Lexer::new(source);
    lexer.run();
    (lexer.tokens, lexer.diagnostics)
}

/// One level of the indentation stack. `column` counts a tab as up to 8
/// columns, `alt_column` as 1: if the two comparisons disagree, the
/// indentation depends on the tab size, which is a `TabError`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Indentation {
    column: u32,
    alt_column: u32,
}

/// An open bracket: which one, and where.
#[derive(Clone, Copy, Debug)]
struct OpenBracket {
    bracket: u8,
    offset: u32,
}

struct Lexer<'s> {
    source: &'s str,
    raw: logos::Lexer<'s, Raw>,
    tokens: Vec<Token>,
    diagnostics: Vec<Diagnostic>,
    indents: Vec<Indentation>,
    brackets: Vec<OpenBracket>,
    /// Where the current physical line starts.
    line_start: usize,
    /// No token other than whitespace or a comment yet on this physical line
    /// (so its indentation has not been looked at).
    at_line_start: bool,
    /// The indentation measured so far at the start of a line that a
    /// backslash continued (see `backslash`), and where it began.
    pending_indent: Indentation,
    indent_start: usize,
    /// The column of the first backslash in a continued indentation, which
    /// then stands for the whole (0: none yet).
    continued_column: u32,
    /// The current logical line has a token, so a line break ends it.
    in_logical_line: bool,
    /// Built on the first error that needs a line number.
    line_index: Option<LineIndex>,
}

impl<'s> Lexer<'s> {
    fn new(source: &'s str) -> Self {
        Lexer {
            source,
            raw: Raw::lexer(source),
            // Python averages about one token per 4-5 bytes.
            tokens: Vec::with_capacity(source.len() / 4 + 2),
            diagnostics: Vec::new(),
            indents: vec![Indentation {
                column: 0,
                alt_column: 0,
            }],
            brackets: Vec::new(),
            line_start: 0,
            at_line_start: true,
            pending_indent: Indentation {
                column: 0,
                alt_column: 0,
            },
            indent_start: 0,
            continued_column: 0,
            in_logical_line: false,
            line_index: None,
        }
    }

    fn run(&mut self) {
        while let Some(raw) = self.raw.next() {
            let span = self.raw.span();
            match raw {
                Ok(Raw::Whitespace) => {}
                Ok(Raw::LineBreak) => self.line_break(span.start, span.end),
                Ok(Raw::Comment) => self.push(TokenKind::Comment, span.start, span.end),
                Ok(Raw::Backslash) => self.backslash(span.start),
                Ok(Raw::Name) | Ok(Raw::NonAscii) => self.name(span.start, span.end),
                Ok(Raw::NumberStart) => self.number(span.start),
                Ok(Raw::StringStart) => self.string(span.start, span.end),
                Ok(Raw::Operator(kind)) => self.operator(kind, span.start, span.end),
                Err(()) => self.stray_character(span.start),
            }
        }
        self.end_of_input();
    }

    // ----- emitting -----------------------------------------------------

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            range: TextRange::new(start, end),
        });
    }

    /// Emits a token that belongs to the logical line (anything but layout
    /// and comments), handling the line's indentation first.
    fn push_significant(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.begin_significant(start);
        self.push(kind, start, end);
    }

    fn begin_significant(&mut self, start: usize) {
        if self.at_line_start {
            self.at_line_start = false;
            if self.brackets.is_empty() {
                self.indentation(start);
            }
        }
        self.in_logical_line = true;
    }

    fn error(
        &mut self,
        kind: DiagnosticKind,
        message: impl Into<String>,
        start: usize,
        end: usize,
    ) {
        self.diagnostics
            .push(Diagnostic::new(kind, message, TextRange::new(start, end)));
    }

    fn syntax_error(&mut self, message: impl Into<String>, start: usize, end: usize) {
        self.error(DiagnosticKind::SyntaxError, message, start, end);
    }

    fn line_of(&mut self, offset: usize) -> usize {
        self.line_index
            .get_or_insert_with(|| LineIndex::new(self.source))
            .line(offset)
    }

    /// The end of the physical line containing `offset` (before its break).
    fn line_end(&self, offset: usize) -> usize {
        self.source[offset..]
            .find(['\r', '\n'])
            .map_or(self.source.len(), |i| offset + i)
    }

    /// Advances the raw lexer so that its next token starts at `end`.
    fn consume_to(&mut self, end: usize) {
        let current = self.raw.span().end;
        if end > current {
            self.raw.bump(end - current);
        }
    }

    // ----- layout -------------------------------------------------------

    fn line_break(&mut self, start: usize, end: usize) {
        let kind = if self.in_logical_line && self.brackets.is_empty() {
            self.in_logical_line = false;
            TokenKind::Newline
        } else {
            TokenKind::NonLogicalNewline
        };
        self.push(kind, start, end);
        self.line_start = end;
        self.at_line_start = true;
        self.pending_indent = Indentation {
            column: 0,
            alt_column: 0,
        };
        self.indent_start = end;
        self.continued_column = 0;
    }

    /// Adds the columns of the whitespace `text` to `from`: a tab moves to
    /// the next multiple of 8 (and counts 1 in `alt_column`), a form feed
    /// resets both counts, as in CPython.
    fn measure(from: Indentation, text: &str) -> Indentation {
        let Indentation {
            mut column,
            mut alt_column,
        } = from;
        for byte in text.bytes() {
            match byte {
                b' ' => {
                    column += 1;
                    alt_column += 1;
                }
                b'\t' => {
                    column = (column / TAB_SIZE + 1) * TAB_SIZE;
                    alt_column += 1;
                }
                _ => {
                    column = 0;
                    alt_column = 0;
                }
            }
        }
        Indentation { column, alt_column }
    }

    /// Compares the indentation of the line whose first token starts at
    /// `token_start` with the open levels (`tok_get`'s `atbol` block).
    fn indentation(&mut self, token_start: usize) {
        let measured = Self::measure(
            self.pending_indent,
            &self.source[self.line_start..token_start],
        );
        let (column, alt_column) = match self.continued_column {
            0 => (measured.column, measured.alt_column),
            first => (first, first),
        };
        let indent_end = if self.continued_column == 0 && self.indent_start == self.line_start {
            token_start
        } else {
            self.first_continuation_end()
        };
        let current = *self
            .indents
            .last()
            .expect("the indentation stack always holds level 0");
        let line_start = self.line_start;
        if column == current.column {
            if alt_column != current.alt_column {
                self.tab_error(line_start);
            }
        } else if column > current.column {
            if self.indents.len() == MAX_INDENT {
                self.error(
                    DiagnosticKind::IndentationError,
                    "too many levels of indentation",
                    line_start,
                    token_start,
                );
            }
            if alt_column <= current.alt_column {
                self.tab_error(line_start);
            }
            self.indents.push(Indentation { column, alt_column });
            self.push(TokenKind::Indent, self.indent_start, indent_end);
        } else {
            while self.indents.len() > 1
                && column < self.indents.last().map_or(0, |level| level.column)
            {
                self.indents.pop();
                self.push(TokenKind::Dedent, token_start, token_start);
            }
            let level = *self
                .indents
                .last()
                .expect("the indentation stack always holds level 0");
            if column != level.column {
                let end = self.line_end(token_start);
                self.error(
                    DiagnosticKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    end,
                    end,
                );
            } else if alt_column != level.alt_column {
                self.tab_error(line_start);
            }
        }
    }

    /// Where the indentation text of a backslash-continued line start ends:
    /// at its first backslash.
    fn first_continuation_end(&self) -> usize {
        self.source[self.indent_start..]
            .find('\\')
            .map_or(self.line_start, |i| self.indent_start + i)
    }

    fn tab_error(&mut self, line_start: usize) {
        self.error(
            DiagnosticKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            line_start,
            line_start,
        );
    }

    /// A `\`: joins the next line to this one, or is an error.
    fn backslash(&mut self, start: usize) {
        let after = start + 1;
        let rest = &self.source.as_bytes()[after..];
        let break_len = match rest {
            [b'\r', b'\n', ..] => 2,
            [b'\r' | b'\n', ..] => 1,
            _ => 0,
        };
        if break_len == 0 {
            let end = after + rest.first().map_or(0, |_| char_len(self.source, after));
            self.syntax_error(
                "unexpected character after line continuation character",
                after,
                end,
            );
            self.begin_significant(start);
            self.push(TokenKind::ErrorToken, start, after);
            return;
        }
        let next_line = after + break_len;
        if self.at_line_start && self.brackets.is_empty() {
            // A backslash in the indentation continues it on the next line
            // (CPython 3.11's `atbol` loop). The column of the first such
            // backslash not at column 0 stands for the whole indentation.
            self.pending_indent =
                Self::measure(self.pending_indent, &self.source[self.line_start..start]);
            if self.continued_column == 0 {
                self.continued_column = self.pending_indent.column;
            }
        } else {
            self.begin_significant(start);
        }
        self.consume_to(next_line);
        self.line_start = next_line;
        // Inside brackets, the end of input is `'(' was never closed`.
        if next_line == self.source.len() && self.brackets.is_empty() {
            self.syntax_error("unexpected EOF while parsing", after, next_line);
        }
    }

    fn end_of_input(&mut self) {
        let end = self.source.len();
        if let Some(open) = self.brackets.last().copied() {
            let start = open.offset as usize;
            self.syntax_error(
                format!("'{}' was never closed", char::from(open.bracket)),
                start,
                start + 1,
            );
        }
        if self.in_logical_line {
            self.push(TokenKind::Newline, end, end);
        } else if self
            .tokens
            .last()
            .is_some_and(|t| t.kind == TokenKind::Comment)
        {
            // A comment-only last line without a line break (had it one, an
            // NL would be last) still ends with NL, as `tokenize` reports it.
            self.push(TokenKind::NonLogicalNewline, end, end);
        }
        for _ in 1..self.indents.len() {
            self.push(TokenKind::Dedent, end, end);
        }
        self.push(TokenKind::EndMarker, end, end);
    }

    // ----- brackets -----------------------------------------------------

    fn operator(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.push_significant(kind, start, end);
        let bracket = self.source.as_bytes()[start];
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if self.brackets.len() == MAX_BRACKETS {
                    self.syntax_error("too many nested parentheses", start, end);
                }
                // Kept even past the limit, so that its `)` still matches.
                self.brackets.push(OpenBracket {
                    bracket,
                    offset: start as u32,
                });
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                let Some(open) = self.brackets.pop() else {
                    let message = format!("unmatched '{}'", char::from(bracket));
                    self.syntax_error(message, start, end);
                    return;
                };
                let expected = match open.bracket {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if bracket != expected {
                    let open_line = self.line_of(open.offset as usize);
                    let close_line = self.line_of(start);
                    let mut message = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        char::from(bracket),
                        char::from(open.bracket)
                    );
                    if open_line != close_line {
                        message.push_str(&format!(" on line {open_line}"));
                    }
                    self.syntax_error(message, start, end);
                }
            }
            _ => {}
        }
    }

    // ----- names, numbers, strings, strays ------------------------------

    /// A name: ASCII letters matched by logos, extended over any non-ASCII
    /// characters, then checked as CPython's `verify_identifier` does.
    fn name(&mut self, start: usize, matched_end: usize) {
        let non_ascii_follows = self
            .source
            .as_bytes()
            .get(matched_end)
            .is_some_and(|&b| b >= 0x80);
        let end = if non_ascii_follows || !self.source[start..matched_end].is_ascii() {
            start + potential_identifier_len(&self.source[start..])
        } else {
            matched_end
        };
        self.consume_to(end);
        let text = &self.source[start..end];
        if text.is_ascii() {
            let kind = TokenKind::keyword(text).unwrap_or(TokenKind::Name);
            self.push_significant(kind, start, end);
            return;
        }
        match first_invalid_char(text) {
            None => self.push_significant(TokenKind::Name, start, end),
            Some((offset, c)) => {
                self.push_significant(TokenKind::ErrorToken, start, end);
                let at = start + offset;
                self.syntax_error(invalid_character_message(c), at, at + c.len_utf8());
            }
        }
    }

    fn number(&mut self, start: usize) {
        match scan_number(&self.source[start..]) {
            Ok((kind, len)) => {
                self.consume_to(start + len);
                self.push_significant(kind, start, start + len);
            }
            Err(error) => {
                // Skip the rest of the malformed literal: digits, letters,
                // `_` and `.` that are still part of it.
                let rest = &self.source[start..];
                let len = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                    .unwrap_or(rest.len())
                    .max(error.end);
                self.consume_to(start + len);
                self.push_significant(TokenKind::ErrorToken, start, start + len);
                self.syntax_error(error.message, start + error.caret, start + error.end);
            }
        }
    }

    fn string(&mut self, start: usize, quote_end: usize) {
        let quote_start = quote_end - 1;
        let prefix = StringPrefix::parse(&self.source[start..quote_start]).unwrap_or_default();
        match scan_string(&self.source[quote_start..]) {
            Ok(len) => {
                let kind = if prefix.fstring {
                    TokenKind::FString
                } else {
                    TokenKind::String
                };
                self.consume_to(quote_start + len);
                self.push_significant(kind, start, quote_start + len);
            }
            Err(unterminated) => {
                let stop = quote_start + unterminated.stop;
                self.consume_to(stop);
                self.push_significant(TokenKind::ErrorToken, start, stop);
                // The line where the scan gave up. At the end of input that
                // is the last line read: the one its final line break ends.
                let detected_at =
                    if stop == self.source.len() && self.source.ends_with(['\n', '\r']) {
                        self.line_of(stop - 1)
                    } else {
                        self.line_of(stop)
                    };
                let what = if unterminated.triple {
                    "unterminated triple-quoted string literal"
                } else {
                    "unterminated string literal"
                };
                self.syntax_error(
                    format!("{what} (detected at line {detected_at})"),
                    start,
                    start + 1,
                );
            }
        }
    }

    /// A character that starts no token. A NUL byte is an error here, as
    /// CPython reports it before parsing. `$`, `?`, `!`, a backtick or a
    /// control character are tokens to CPython's tokenizer that no grammar
    /// rule accepts: the parser reports them (`invalid syntax`), after any
    /// tokenizer error elsewhere in the file, so the lexer only marks them.
    fn stray_character(&mut self, start: usize) {
        let end = start + char_len(self.source, start);
        self.consume_to(end);
        self.push_significant(TokenKind::ErrorToken, start, end);
        if self.source.as_bytes()[start] == 0 {
            self.syntax_error("source code cannot contain null bytes", start, end);
        }
    }
}

/// The byte length of the character at `offset` (1 at the end of input).
fn char_len(source: &str, offset: usize) -> usize {
    source[offset..].chars().next().map_or(1, char::len_utf8)
}
