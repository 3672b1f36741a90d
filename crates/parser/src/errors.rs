//! Turning the grammar's failure into the diagnostic CPython 3.11 reports.
//!
//! Errors with a message (invalid targets, argument order, `expected ':'`,
//! ...) are already CPython's. A bare failure becomes `invalid syntax` at
//! the token where parsing stopped, unless that token matches one of the
//! situations for which CPython has a more helpful message: an unexpected
//! indent, a missing indented block, `print "x"`, or two expressions side
//! by side inside brackets (a forgotten comma).

use pyrite_lexer::{Diagnostic, DiagnosticKind, LineIndex, TextRange, TokenKind};

use crate::grammar::{ParseError, Span};

/// The diagnostic for a parse failure, with a note suggesting the fix
/// where CPython's message implies one.
pub(crate) fn diagnose(
    source: &str,
    tokens: &[(TokenKind, Span)],
    error: ParseError,
) -> Diagnostic {
    let d = diagnose_bare(source, tokens, error);
    match fix_note(&d.message) {
        Some(note) if d.notes.is_empty() => d.with_note(note),
        _ => d,
    }
}

/// The fix a message suggests, spelled out for the pretty rendering.
fn fix_note(message: &str) -> Option<&'static str> {
    let note = if message.ends_with("Maybe you meant '==' instead of '='?") {
        "to compare, write '=='; to assign, the left side must be a name, attribute or subscript"
    } else if message.ends_with("Maybe you meant '==' or ':=' instead of '='?") {
        "write '==' to compare, or ':=' to assign inside an expression"
    } else if message.ends_with("Perhaps you forgot a comma?") {
        "separate the two expressions with ','"
    } else if message.starts_with("Missing parentheses in call to 'print'") {
        "in Python 3, print is a function: print(...)"
    } else if message == "expected ':'" {
        "end the header of a compound statement with ':'"
    } else if message.starts_with("expected an indented block") {
        "indent the block's statements (four spaces is the convention), or write 'pass'"
    } else if message == "unexpected indent" {
        "remove the indentation: only a block after ':' is indented"
    } else if message == "positional argument follows keyword argument" {
        "put positional arguments before keyword arguments"
    } else if message == "non-default argument follows default argument" {
        "give this parameter a default too, or move it before the defaults"
    } else if message == "Generator expression must be parenthesized" {
        "wrap the generator expression in its own parentheses"
    } else if message == "multiple exception types must be parenthesized" {
        "write the exception types as a tuple: except (A, B):"
    } else {
        return None;
    };
    Some(note)
}

fn diagnose_bare(source: &str, tokens: &[(TokenKind, Span)], error: ParseError) -> Diagnostic {
    let error_range = TextRange::new(error.span.start, error.span.end);
    let at = tokens.partition_point(|(_, span)| span.start < error.span.start);
    if matches!(error.message.as_deref(), None | Some("expected ':'")) {
        if let Some(d) = assignment_in_condition(tokens, at) {
            return d;
        }
    }
    // CPython 3.11 says `expected ':'` when the line ends where the colon
    // should be (its `invalid_*` rules match NEWLINE there), and always
    // after `def`, `else`, `try` and `finally` (forced tokens in its
    // grammar); otherwise `invalid syntax`.
    let mut message = error.message;
    if message.as_deref() == Some("expected ':'") {
        let at_newline = tokens.get(at).is_some_and(|t| t.0 == TokenKind::Newline);
        let start = statement_start(tokens, at.min(tokens.len().saturating_sub(1)));
        let forced = matches!(
            tokens.get(start).map(|t| t.0),
            Some(TokenKind::Def | TokenKind::Else | TokenKind::Try | TokenKind::Finally)
        ) || matches!(
            (
                tokens.get(start).map(|t| t.0),
                tokens.get(start + 1).map(|t| t.0)
            ),
            (Some(TokenKind::Async), Some(TokenKind::Def))
        );
        if !at_newline && !forced {
            message = None;
        }
    }
    if let Some(message) = message {
        let kind = if message.starts_with("expected an indented block")
            || message == "unexpected indent"
        {
            DiagnosticKind::IndentationError
        } else {
            DiagnosticKind::SyntaxError
        };
        return Diagnostic::new(kind, message, error_range);
    }
    let Some(&(kind, span)) = tokens.get(at) else {
        return Diagnostic::syntax("invalid syntax", error_range);
    };
    let token_range = TextRange::new(span.start, span.end);
    let previous = at.checked_sub(1).map(|i| tokens[i]);
    let indent_at = match (kind, previous) {
        (TokenKind::Indent, _) => Some(at),
        (_, Some((TokenKind::Indent, _))) => Some(at - 1),
        _ => None,
    };
    let after_header = |i: usize| i >= 2 && tokens[i - 2].0 == TokenKind::Colon;
    if let Some(indent_at) = indent_at.filter(|&i| !after_header(i)) {
        // CPython points at the last character of the indentation.
        let next = tokens.get(indent_at + 1).map_or(span.end, |(_, s)| s.start);
        let at = TextRange::new(next.saturating_sub(1), next);
        return Diagnostic::new(DiagnosticKind::IndentationError, "unexpected indent", at);
    }
    if let Some(d) = missing_except(tokens, at) {
        return d;
    }
    // `def f() -> :`: CPython's forced `:` fails at the `->` whose
    // annotation is missing.
    if let (TokenKind::Colon, Some((TokenKind::Rarrow, arrow))) = (kind, previous) {
        return Diagnostic::syntax("expected ':'", TextRange::new(arrow.start, arrow.end))
            .with_note("end the header of a compound statement with ':'");
    }
    if let Some(d) = missing_block(source, tokens, at) {
        return d;
    }
    if let Some(d) = print_statement(source, tokens, at) {
        return d;
    }
    if let (Some((prev_kind, _)), true) = (previous, bracket_depth(&tokens[..at]) > 0) {
        if ends_operand(prev_kind) && starts_operand(kind) && !is_string_prefix(tokens, at) {
            let start = operand_start(tokens, at);
            return Diagnostic::syntax(
                "invalid syntax. Perhaps you forgot a comma?",
                TextRange::new(start, span.end),
            );
        }
    }
    Diagnostic::syntax("invalid syntax", token_range)
}

/// `if x = 1:`: CPython's `invalid_named_expression` for a name.
fn assignment_in_condition(tokens: &[(TokenKind, Span)], at: usize) -> Option<Diagnostic> {
    if tokens.get(at)?.0 != TokenKind::Equal {
        return None;
    }
    let (name, name_span) = tokens[at.checked_sub(1)?];
    if name != TokenKind::Name {
        return None;
    }
    let start = statement_start(tokens, at - 1);
    if !matches!(
        tokens[start].0,
        TokenKind::If | TokenKind::Elif | TokenKind::While
    ) || start + 1 != at - 1
    {
        return None;
    }
    Some(Diagnostic::syntax(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        TextRange::new(
            name_span.start,
            tokens.get(at + 1).map_or(tokens[at].1, |t| t.1).end,
        ),
    ))
}

/// A `try:` block followed by neither `except` nor `finally`.
fn missing_except(tokens: &[(TokenKind, Span)], mut at: usize) -> Option<Diagnostic> {
    while tokens.get(at)?.0 == TokenKind::Dedent {
        at += 1;
    }
    if tokens.get(at.checked_sub(1)?)?.0 != TokenKind::Dedent {
        return None;
    }
    // Find the INDENT that opened the block just closed.
    let mut depth = 0usize;
    let mut i = at - 1;
    loop {
        match tokens[i].0 {
            TokenKind::Dedent => depth += 1,
            TokenKind::Indent => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        i = i.checked_sub(1)?;
    }
    let colon = i.checked_sub(2)?;
    if tokens[colon].0 != TokenKind::Colon
        || tokens[statement_start(tokens, colon)].0 != TokenKind::Try
    {
        return None;
    }
    let span = tokens[at].1;
    Some(Diagnostic::syntax(
        "expected 'except' or 'finally' block",
        TextRange::new(span.start, span.end),
    ))
}

/// `if x:` followed by a line that is not indented.
fn missing_block(source: &str, tokens: &[(TokenKind, Span)], at: usize) -> Option<Diagnostic> {
    // Parsing stops at the NEWLINE after the colon (or at what follows it).
    let colon = if tokens.get(at)?.0 == TokenKind::Newline {
        at.checked_sub(1)?
    } else {
        at.checked_sub(2)?
    };
    if tokens.get(colon)?.0 != TokenKind::Colon || tokens.get(colon + 1)?.0 != TokenKind::Newline {
        return None;
    }
    if tokens
        .get(colon + 2)
        .is_some_and(|t| t.0 == TokenKind::Indent)
    {
        return None;
    }
    let start = statement_start(tokens, colon);
    let (first, first_span) = tokens[start];
    let first_text = source.get(first_span.start..first_span.end).unwrap_or("");
    let what = match first {
        TokenKind::If => "'if' statement",
        TokenKind::Elif => "'elif' statement",
        TokenKind::Else => "'else' statement",
        TokenKind::While => "'while' statement",
        TokenKind::For => "'for' statement",
        TokenKind::With => "'with' statement",
        TokenKind::Try => "'try' statement",
        TokenKind::Except => "'except' statement",
        TokenKind::Finally => "'finally' statement",
        TokenKind::Def => "function definition",
        TokenKind::Class => "class definition",
        TokenKind::Async => match tokens.get(start + 1).map(|t| t.0) {
            Some(TokenKind::Def) => "function definition",
            Some(TokenKind::For) => "'for' statement",
            Some(TokenKind::With) => "'with' statement",
            _ => return None,
        },
        TokenKind::Name if first_text == "match" => "'match' statement",
        TokenKind::Name if first_text == "case" => "'case' statement",
        _ => return None,
    };
    let index = LineIndex::new(source);
    let line = index.line(first_span.start);
    // At the end of the file CPython points at the end of the header line.
    let next = match tokens.get(colon + 2)? {
        (TokenKind::EndMarker | TokenKind::Dedent, _) => &tokens[colon + 1].1,
        (_, next) => next,
    };
    Some(Diagnostic::new(
        DiagnosticKind::IndentationError,
        format!("expected an indented block after {what} on line {line}"),
        TextRange::new(next.start, next.start),
    ))
}

/// The index of the first token of the logical line holding `at`,
/// skipping decorators' lines.
fn statement_start(tokens: &[(TokenKind, Span)], at: usize) -> usize {
    let mut i = at;
    while i > 0
        && !matches!(
            tokens[i - 1].0,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    {
        i -= 1;
    }
    i
}

/// `print "hello"`: Python 2's print statement.
fn print_statement(source: &str, tokens: &[(TokenKind, Span)], at: usize) -> Option<Diagnostic> {
    let name_at = at.checked_sub(1)?;
    let (kind, span) = tokens[name_at];
    if kind != TokenKind::Name || source.get(span.start..span.end) != Some("print") {
        return None;
    }
    if statement_start(tokens, name_at) != name_at || !starts_operand(tokens[at].0) {
        return None;
    }
    let end = tokens[at..]
        .iter()
        .take_while(|t| {
            !matches!(
                t.0,
                TokenKind::Newline | TokenKind::Semi | TokenKind::EndMarker
            )
        })
        .last()
        .map_or(tokens[at].1.end, |t| t.1.end);
    Some(Diagnostic::syntax(
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        TextRange::new(span.start, end),
    ))
}

fn bracket_depth(tokens: &[(TokenKind, Span)]) -> usize {
    let mut depth: usize = 0;
    for (kind, _) in tokens {
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth = depth.saturating_sub(1)
            }
            TokenKind::Newline => depth = 0,
            _ => {}
        }
    }
    depth
}

fn ends_operand(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Imaginary
            | String
            | FString
            | Rpar
            | Rsqb
            | Rbrace
            | True
            | False
            | None
            | Ellipsis
    )
}

fn starts_operand(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Imaginary
            | String
            | FString
            | Lpar
            | Lsqb
            | Lbrace
            | True
            | False
            | None
            | Ellipsis
            | Tilde
            | Lambda
            | Not
            | Await
    )
}

/// CPython does not suggest a comma between a name and a string
/// (`print f"..."`-like typos of prefixes).
fn is_string_prefix(tokens: &[(TokenKind, Span)], at: usize) -> bool {
    matches!(tokens[at].0, TokenKind::String | TokenKind::FString)
        && tokens[at - 1].0 == TokenKind::Name
}

/// Where the expression ending just before `at` starts: after the nearest
/// `,`, `(`, `[`, `{`, `:` or `=` at the same bracket depth.
fn operand_start(tokens: &[(TokenKind, Span)], at: usize) -> usize {
    let mut depth: usize = 0;
    let mut i = at;
    while i > 0 {
        let (kind, _) = tokens[i - 1];
        match kind {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            TokenKind::Comma | TokenKind::Colon | TokenKind::Equal | TokenKind::Newline
                if depth == 0 =>
            {
                break;
            }
            _ => {}
        }
        i -= 1;
    }
    tokens[i.min(at)].1.start
}
