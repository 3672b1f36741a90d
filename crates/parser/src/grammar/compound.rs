//! Compound statements: `def`, `class`, `if`, `while`, `for`, `with`,
//! `try`, `match`, with their decorators and `async` forms.

use chumsky::prelude::*;
use pyrite_lexer::TokenKind;

use super::atom::{CallArguments, call_arguments, single_target, star_targets};
use super::expr::{ExprRules, tuple_of};
use super::params::def_parameters;
use super::pattern::match_statement;
use super::{Cx, ParseError, Rule, Span, name, range, tok};
use crate::ast::{Arguments, ExceptHandler, Expr, ExprKind, Stmt, StmtKind, WithItem};

/// `:` where CPython reports `expected ':'` if it is missing.
pub(crate) fn colon<'s>() -> Rule<'s, ()> {
    expect(TokenKind::Colon, "expected ':'")
}

/// A token CPython requires at this point (its `&&` forced tokens),
/// reporting `message` when it is missing.
fn expect<'s>(kind: TokenKind, message: &'static str) -> Rule<'s, ()> {
    tok(kind)
        .ignored()
        .map_err(move |e: ParseError| ParseError {
            span: e.span,
            message: Some(message.to_owned()),
        })
        .boxed()
}

pub(crate) fn compound_statement<'s>(
    cx: Cx<'s>,
    r: &ExprRules<'s>,
    block: Rule<'s, Vec<Stmt>>,
) -> Rule<'s, Stmt> {
    choice((
        function_or_class(cx, r, block.clone()),
        if_statement(r, block.clone()),
        while_statement(r, block.clone()),
        for_statement(r, block.clone()),
        with_statement(r, block.clone()),
        try_statement(cx, r, block.clone()),
        match_statement(cx, r, block),
    ))
    .boxed()
}

fn else_block<'s>(block: Rule<'s, Vec<Stmt>>) -> Rule<'s, Vec<Stmt>> {
    tok(TokenKind::Else)
        .ignore_then(colon())
        .ignore_then(block)
        .or_not()
        .map(Option::unwrap_or_default)
        .boxed()
}

fn function_or_class<'s>(
    cx: Cx<'s>,
    r: &ExprRules<'s>,
    block: Rule<'s, Vec<Stmt>>,
) -> Rule<'s, Stmt> {
    let decorators = tok(TokenKind::At)
        .ignore_then(r.named_expression.clone())
        .then_ignore(tok(TokenKind::Newline))
        .repeated()
        .collect::<Vec<Expr>>();
    let function = tok(TokenKind::Async)
        .or_not()
        .then_ignore(tok(TokenKind::Def))
        .then(name(cx))
        .then(
            def_parameters(cx, r.core.expression.clone())
                .or_not()
                .delimited_by(
                    expect(TokenKind::Lpar, "expected '('"),
                    tok(TokenKind::Rpar),
                ),
        )
        .then(
            tok(TokenKind::Rarrow)
                .ignore_then(r.core.expression.clone())
                .or_not(),
        )
        .then_ignore(colon())
        .then(block.clone())
        .map(|((((is_async, (name, name_span)), args), returns), body)| {
            let args = args.unwrap_or_else(|| Arguments {
                range: range(Span::from(name_span.end..name_span.end)),
                ..Arguments::default()
            });
            move |decorator_list: Vec<Expr>| {
                let args = Box::new(args);
                let returns = returns.map(Box::new);
                if is_async.is_some() {
                    StmtKind::AsyncFunctionDef {
                        name,
                        args,
                        body,
                        decorator_list,
                        returns,
                        type_comment: None,
                    }
                } else {
                    StmtKind::FunctionDef {
                        name,
                        args,
                        body,
                        decorator_list,
                        returns,
                        type_comment: None,
                    }
                }
            }
        })
        .map(|f| Box::new(f) as Box<dyn FnOnce(Vec<Expr>) -> StmtKind>);
    let class = tok(TokenKind::Class)
        .ignore_then(name(cx))
        .then(
            call_arguments(r)
                .delimited_by(tok(TokenKind::Lpar), tok(TokenKind::Rpar))
                .or_not(),
        )
        .then_ignore(colon())
        .then(block)
        .map(|(((name, _), arguments), body)| {
            let CallArguments {
                args: bases,
                keywords,
                ..
            } = arguments.unwrap_or_default();
            Box::new(move |decorator_list: Vec<Expr>| StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            }) as Box<dyn FnOnce(Vec<Expr>) -> StmtKind>
        });
    // The node starts at `def`/`class`, not at its decorators, as in CPython.
    decorators
        .then(function.or(class).map_with(|make, e| (make, e.span())))
        .map(|(decorators, (make, span))| Stmt::new(make(decorators), range(span)))
        .boxed()
}

fn if_statement<'s>(r: &ExprRules<'s>, block: Rule<'s, Vec<Stmt>>) -> Rule<'s, Stmt> {
    let clause = |keyword: TokenKind| {
        tok(keyword)
            .ignore_then(r.named_expression.clone())
            .then_ignore(colon())
            .then(block.clone())
            .map_with(|(test, body), e| (test, body, e.span()))
    };
    clause(TokenKind::If)
        .then(clause(TokenKind::Elif).repeated().collect::<Vec<_>>())
        .then(else_block(block.clone()))
        .map_with(|((first, elifs), orelse), e| {
            let end = e.span().end;
            let mut orelse = orelse;
            for (test, body, span) in elifs.into_iter().rev() {
                let r = range(Span::from(span.start..end));
                orelse = vec![Stmt::new(
                    StmtKind::If {
                        test: Box::new(test),
                        body,
                        orelse,
                    },
                    r,
                )];
            }
            let (test, body, _) = first;
            Stmt::new(
                StmtKind::If {
                    test: Box::new(test),
                    body,
                    orelse,
                },
                range(e.span()),
            )
        })
        .boxed()
}

fn while_statement<'s>(r: &ExprRules<'s>, block: Rule<'s, Vec<Stmt>>) -> Rule<'s, Stmt> {
    tok(TokenKind::While)
        .ignore_then(r.named_expression.clone())
        .then_ignore(colon())
        .then(block.clone())
        .then(else_block(block))
        .map_with(|((test, body), orelse), e| {
            Stmt::new(
                StmtKind::While {
                    test: Box::new(test),
                    body,
                    orelse,
                },
                range(e.span()),
            )
        })
        .boxed()
}

fn for_statement<'s>(r: &ExprRules<'s>, block: Rule<'s, Vec<Stmt>>) -> Rule<'s, Stmt> {
    tok(TokenKind::Async)
        .or_not()
        .then_ignore(tok(TokenKind::For))
        .then(star_targets(r.core.primary.clone()))
        .then_ignore(tok(TokenKind::In))
        .then(r.star_expressions.clone())
        .then_ignore(colon())
        .then(block.clone())
        .then(else_block(block))
        .map_with(|((((is_async, target), iter), body), orelse), e| {
            let target = Box::new(target);
            let iter = Box::new(iter);
            let kind = if is_async.is_some() {
                StmtKind::AsyncFor {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                }
            } else {
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                }
            };
            Stmt::new(kind, range(e.span()))
        })
        .boxed()
}

fn with_statement<'s>(r: &ExprRules<'s>, block: Rule<'s, Vec<Stmt>>) -> Rule<'s, Stmt> {
    let item = r
        .core
        .expression
        .clone()
        .then(
            tok(TokenKind::As)
                .ignore_then(single_target(r.core.primary.clone()))
                .then_ignore(
                    choice((
                        tok(TokenKind::Comma),
                        tok(TokenKind::Rpar),
                        tok(TokenKind::Colon),
                    ))
                    .rewind(),
                )
                .or_not(),
        )
        .map_with(|(context_expr, optional_vars), e| WithItem {
            context_expr,
            optional_vars: optional_vars.map(Box::new),
            range: range(e.span()),
        })
        .boxed();
    let parenthesised = item
        .clone()
        .separated_by(tok(TokenKind::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<WithItem>>()
        .delimited_by(tok(TokenKind::Lpar), tok(TokenKind::Rpar))
        .then_ignore(tok(TokenKind::Colon).rewind());
    let plain = item
        .separated_by(tok(TokenKind::Comma))
        .at_least(1)
        .collect::<Vec<WithItem>>();
    tok(TokenKind::Async)
        .or_not()
        .then_ignore(tok(TokenKind::With))
        .then(parenthesised.or(plain))
        .then_ignore(colon())
        .then(block)
        .map_with(|((is_async, items), body), e| {
            let kind = if is_async.is_some() {
                StmtKind::AsyncWith {
                    items,
                    body,
                    type_comment: None,
                }
            } else {
                StmtKind::With {
                    items,
                    body,
                    type_comment: None,
                }
            };
            Stmt::new(kind, range(e.span()))
        })
        .boxed()
}

fn try_statement<'s>(cx: Cx<'s>, r: &ExprRules<'s>, block: Rule<'s, Vec<Stmt>>) -> Rule<'s, Stmt> {
    let handler = tok(TokenKind::Except)
        .ignore_then(tok(TokenKind::Star).or_not())
        .then(
            tuple_of(r.core.expression.clone())
                .then(tok(TokenKind::As).ignore_then(name(cx)).or_not())
                .or_not(),
        )
        .then_ignore(colon())
        .then(block.clone())
        .validate(|((star, clause), body), e, emitter| {
            let (r#type, name) = match clause {
                Some((t, name)) => {
                    if matches!(t.kind, ExprKind::Tuple { .. }) && !is_parenthesised_tuple(&t) {
                        emitter.emit(ParseError::custom(
                            t.range,
                            "multiple exception types must be parenthesized",
                        ));
                    }
                    (Some(Box::new(t)), name.map(|(n, _)| n))
                }
                None => (None, None),
            };
            (
                star.is_some(),
                ExceptHandler {
                    r#type,
                    name,
                    body,
                    range: range(e.span()),
                },
            )
        })
        .boxed();
    let finally = tok(TokenKind::Finally)
        .ignore_then(colon())
        .ignore_then(block.clone());
    tok(TokenKind::Try)
        .ignore_then(colon())
        .ignore_then(block.clone())
        .then(choice((
            handler
                .repeated()
                .at_least(1)
                .collect::<Vec<(bool, ExceptHandler)>>()
                .then(else_block(block))
                .then(finally.clone().or_not())
                .map(|((handlers, orelse), finalbody)| {
                    (handlers, orelse, finalbody.unwrap_or_default())
                }),
            finally.map(|finalbody| (Vec::new(), Vec::new(), finalbody)),
        )))
        .validate(|(body, (handlers, orelse, finalbody)), e, emitter| {
            let star = handlers.first().is_some_and(|(s, _)| *s);
            if let Some((_, other)) = handlers.iter().find(|(s, _)| *s != star) {
                emitter.emit(ParseError::custom(
                    other.range,
                    "cannot have both 'except' and 'except*' on the same 'try'",
                ));
            }
            let handlers = handlers.into_iter().map(|(_, h)| h).collect();
            let kind = if star {
                StmtKind::TryStar {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            } else {
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            };
            Stmt::new(kind, range(e.span()))
        })
        .boxed()
}

/// A `Tuple` whose range starts at its parenthesis (a display, not the bare
/// `a, b` that `tuple_of` builds from its first element).
fn is_parenthesised_tuple(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Tuple { elts, .. } => elts
            .first()
            .is_none_or(|first| first.range.start != t.range.start),
        _ => false,
    }
}
