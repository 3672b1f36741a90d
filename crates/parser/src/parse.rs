//! The parser's entry points: source text to a tree and diagnostics.
//!
//! Both modes share one pipeline: tokenize, drop comments and non-logical
//! newlines, check the nesting depth, scan the f-strings, run the grammar,
//! and turn the first failure into CPython's diagnostic.

use chumsky::input::Input;
use chumsky::prelude::*;
use pyrite_lexer::{Diagnostic, LineIndex, TextRange, Token, TokenKind};

use crate::ast::{Expression, Interactive, Module};
use crate::errors::diagnose;
use crate::grammar::{
    Cx, FStringTable, Rule, Span, expression_rule, interactive_rule, module_rule,
};
use crate::{depth, positions, type_comments};

/// What parsing a module produced: the tree if there was no error, and the
/// errors (the first is the one CPython would report).
#[derive(Debug)]
pub struct ParseOutput {
    pub module: Option<Module>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What parsing an expression (`mode='eval'`) produced.
#[derive(Debug)]
pub struct ExpressionOutput {
    pub expression: Option<Expression>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a whole file (`ast.parse(source)`, mode `exec`).
pub fn parse_module(source: &str) -> ParseOutput {
    let (body, diagnostics, tokens) = run(source, module_rule);
    let module = body.map(|mut body| {
        positions::fix_ends(&mut body);
        let mut module = Module {
            body,
            type_ignores: Vec::new(),
            range: TextRange::new(0, source.len()),
        };
        type_comments::attach(&mut module, source, &tokens);
        module
    });
    ParseOutput {
        module,
        diagnostics,
    }
}

/// What parsing one interactive input (`mode='single'`) produced.
#[derive(Debug)]
pub struct InteractiveOutput {
    pub interactive: Option<Interactive>,
    pub diagnostics: Vec<Diagnostic>,
    /// The input stopped short (an open bracket, a block header waiting
    /// for its body, an unfinished triple-quoted string): a REPL should
    /// read another line rather than report the error.
    pub incomplete: bool,
}

/// Parses one statement as the REPL reads it (`compile(..., 'single')`).
pub fn parse_interactive(source: &str) -> InteractiveOutput {
    let (body, diagnostics, tokens) = run(source, interactive_rule);
    let incomplete = body.is_none() && is_incomplete(source, &tokens, &diagnostics);
    InteractiveOutput {
        interactive: body.map(|mut body| Interactive {
            body: {
                positions::fix_ends(&mut body);
                body
            },
            range: TextRange::new(0, source.len()),
        }),
        diagnostics,
        incomplete,
    }
}

/// Whether an error only says the input ended too soon.
fn is_incomplete(source: &str, tokens: &[Token], diagnostics: &[Diagnostic]) -> bool {
    let Some(d) = diagnostics.first() else {
        return false;
    };
    if d.message.ends_with("was never closed")
        || d.message.starts_with("unterminated triple-quoted string")
        || d.message.starts_with("expected an indented block")
    {
        return true;
    }
    // The parser stopped at the end: nothing but layout tokens after it.
    let rest = tokens
        .iter()
        .filter(|t| t.range.start >= d.range.start)
        .all(|t| {
            matches!(
                t.kind,
                TokenKind::Newline
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Dedent
                    | TokenKind::Indent
                    | TokenKind::EndMarker
                    | TokenKind::Comment
            )
        });
    rest && d.range.start as usize >= source.trim_end().len()
}

/// Parses one expression, as `eval()` and `compile(..., 'eval')` do.
pub fn parse_expression(source: &str) -> ExpressionOutput {
    let (body, diagnostics, _) = run(source, expression_rule);
    ExpressionOutput {
        expression: body.map(|body| Expression {
            body: Box::new(body),
            range: TextRange::new(0, source.len()),
        }),
        diagnostics,
    }
}

/// The pipeline: the tree (if no error), the diagnostics, and the lexer's
/// full token stream.
fn run<T>(
    source: &str,
    grammar: for<'s> fn(Cx<'s>) -> Rule<'s, T>,
) -> (Option<T>, Vec<Diagnostic>, Vec<Token>) {
    let (all_tokens, lex_errors) = pyrite_lexer::tokenize(source);
    let tokens: Vec<(TokenKind, Span)> = all_tokens
        .iter()
        .filter(|t| !matches!(t.kind, TokenKind::Comment | TokenKind::NonLogicalNewline))
        .map(|t| {
            (
                t.kind,
                Span::from(t.range.start as usize..t.range.end as usize),
            )
        })
        .collect();
    if let Err(too_deep) = depth::check(&tokens) {
        let first = lex_errors.into_iter().next().unwrap_or(too_deep);
        return (None, vec![first], all_tokens);
    }
    let fstrings = FStringTable::build(source, &tokens);
    let cx = Cx {
        source,
        fstrings: &fstrings,
    };
    let eoi = Span::from(source.len()..source.len());
    let (body, errors) = grammar(cx)
        .parse(tokens.as_slice().split_token_span(eoi))
        .into_output_errors();
    let parse_error = errors
        .into_iter()
        .min_by_key(|e| (e.span.start, e.message.is_none()));
    let lex_error = lex_errors.into_iter().next();
    let diagnostic = match (parse_error, lex_error) {
        (None, None) => return (body, Vec::new(), all_tokens),
        (None, Some(lex)) => lex,
        (Some(error), lex) => {
            let at = tokens.partition_point(|(_, span)| span.start < error.span.start);
            let at_end_of_file = tokens[at.min(tokens.len())..].iter().all(|(kind, _)| {
                matches!(
                    kind,
                    TokenKind::Newline | TokenKind::Dedent | TokenKind::EndMarker
                )
            });
            let error_at = error.span.start;
            let diagnostic = diagnose(source, &tokens, error);
            match lex {
                // A bracket still open at the end of the file wins over a
                // parse error on a later line than the bracket (what the
                // parser saw there was the bracket's fault); a parse error
                // on the bracket's own line comes first, as in CPython.
                Some(lex) if lex.message.ends_with("was never closed") && !at_end_of_file => {
                    let lines = LineIndex::new(source);
                    if lines.line(error_at) > lines.line(lex.range.start as usize) {
                        lex
                    } else {
                        diagnostic
                    }
                }
                Some(lex) if lex.range.start <= diagnostic.range.start => lex,
                _ => diagnostic,
            }
        }
    };
    (None, vec![diagnostic], all_tokens)
}
