//! The parser's entry point: source text to a module and diagnostics.

use chumsky::input::Input;
use chumsky::prelude::*;
use pyrite_lexer::{Diagnostic, TextRange, TokenKind};

use crate::ast::Module;
use crate::errors::diagnose;
use crate::grammar::{Cx, FStringTable, Span, module_rule};
use crate::{depth, type_comments};

/// What parsing a module produced: the tree if there was no error, and the
/// errors (the first is the one CPython would report).
#[derive(Debug)]
pub struct ParseOutput {
    pub module: Option<Module>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a whole file (`ast.parse(source)`, mode `exec`).
pub fn parse_module(source: &str) -> ParseOutput {
    let (tokens, lex_errors) = pyrite_lexer::tokenize(source);
    let all_tokens = tokens;
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
    let fail = |diagnostic: Diagnostic| ParseOutput {
        module: None,
        diagnostics: vec![diagnostic],
    };
    if let Err(too_deep) = depth::check(&tokens) {
        return fail(lex_errors.into_iter().next().unwrap_or(too_deep));
    }
    let fstrings = FStringTable::build(source, &tokens);
    let cx = Cx {
        source,
        fstrings: &fstrings,
    };
    let eoi = Span::from(source.len()..source.len());
    let (body, errors) = module_rule(cx)
        .parse(tokens.as_slice().split_token_span(eoi))
        .into_output_errors();
    let parse_error = errors
        .into_iter()
        .min_by_key(|e| (e.span.start, e.message.is_none()));
    let lex_error = lex_errors.into_iter().next();
    match (parse_error, lex_error) {
        (None, None) => ParseOutput {
            module: body.map(|body| {
                let mut module = Module {
                    body,
                    type_ignores: Vec::new(),
                    range: TextRange::new(0, source.len()),
                };
                type_comments::attach(&mut module, source, &all_tokens);
                module
            }),
            diagnostics: Vec::new(),
        },
        (None, Some(lex)) => fail(lex),
        (Some(error), lex) => {
            let at = tokens.partition_point(|(_, span)| span.start < error.span.start);
            let at_end_of_file = tokens[at.min(tokens.len())..].iter().all(|(kind, _)| {
                matches!(
                    kind,
                    TokenKind::Newline | TokenKind::Dedent | TokenKind::EndMarker
                )
            });
            let diagnostic = diagnose(source, &tokens, error);
            match lex {
                // The tokenizer finds an unclosed bracket only at the end of
                // the file; a parse error before that comes first.
                Some(lex) if lex.message.ends_with("was never closed") && !at_end_of_file => {
                    fail(diagnostic)
                }
                Some(lex) if lex.range.start <= diagnostic.range.start => fail(lex),
                _ => fail(diagnostic),
            }
        }
    }
}
