//! Parameter lists of `def` and `lambda`.
//!
//! The list is parsed as a flat sequence of items (`/`, `*`, `*args`,
//! `**kwargs`, `name[: annotation][= default]`) and then checked in one
//! pass, which both builds [`Arguments`] and reports CPython's messages for
//! misplaced items.

use chumsky::prelude::*;
use pyrite_lexer::TokenKind;

use super::{Cx, ParseError, Rule, Span, name, range, tok};
use crate::ast::{Arg, Arguments, Expr, ExprContext, ExprKind};

/// One parameter-list item, where it is, and its `= default` (with where
/// the `=` is).
type Entry = ((Item, Span), Option<(Span, Expr)>);

#[derive(Clone)]
enum Item {
    Slash,
    Star(Option<Arg>),
    DoubleStar(Arg),
    Param(Arg),
}

/// The parameters between `def f(` and `)`, annotations allowed.
pub(crate) fn def_parameters<'s>(cx: Cx<'s>, expression: Rule<'s, Expr>) -> Rule<'s, Arguments> {
    parameters(cx, expression, true)
}

/// The parameters between `lambda` and `:`, without annotations.
pub(crate) fn lambda_parameters<'s>(cx: Cx<'s>, expression: Rule<'s, Expr>) -> Rule<'s, Arguments> {
    parameters(cx, expression, false)
}

fn parameters<'s>(cx: Cx<'s>, expression: Rule<'s, Expr>, annotated: bool) -> Rule<'s, Arguments> {
    let annotation = |allow_star: bool| {
        let starred = tok(TokenKind::Star)
            .ignore_then(expression.clone())
            .map_with(|value, e| {
                Expr::new(
                    ExprKind::Starred {
                        value: Box::new(value),
                        ctx: ExprContext::Load,
                    },
                    range(e.span()),
                )
            });
        let value = if allow_star {
            starred.or(expression.clone()).boxed()
        } else {
            expression.clone()
        };
        tok(TokenKind::Colon)
            .ignore_then(value)
            .or_not()
            .map(move |a| if annotated { a } else { None })
            .boxed()
    };
    let arg = |allow_star: bool| {
        let annotation = if annotated {
            annotation(allow_star)
        } else {
            empty().to(None).boxed()
        };
        name(cx)
            .then(annotation)
            .map_with(|((arg, _), annotation), e| Arg {
                arg,
                annotation: annotation.map(Box::new),
                type_comment: None,
                range: range(e.span()),
            })
            .boxed()
    };
    let default = tok(TokenKind::Equal)
        .map_with(|_, e| e.span())
        .then(expression.clone())
        .or_not();
    let item = choice((
        tok(TokenKind::Slash).to(Item::Slash),
        tok(TokenKind::DoubleStar)
            .ignore_then(arg(false))
            .map(Item::DoubleStar),
        tok(TokenKind::Star)
            .ignore_then(arg(true).or_not())
            .map(Item::Star),
        arg(false).map(Item::Param),
    ))
    .map_with(|item, e| (item, e.span()))
    .then(default)
    .boxed();
    item.separated_by(tok(TokenKind::Comma))
        .allow_trailing()
        .collect::<Vec<Entry>>()
        .validate(move |items, e, emitter| {
            let (arguments, error) = build(items, e.span(), annotated);
            if let Some(error) = error {
                emitter.emit(error);
            }
            arguments
        })
        .boxed()
}

/// Builds [`Arguments`] from the items, with the first ordering error.
/// `def_form` is false for `lambda`, whose bare-`*` error CPython reports
/// after the `*`.
fn build(items: Vec<Entry>, whole: Span, def_form: bool) -> (Arguments, Option<ParseError>) {
    let mut a = Arguments {
        range: range(whole),
        ..Arguments::default()
    };
    let mut error: Option<ParseError> = None;
    let mut fail = |span: Span, message: &str| {
        if error.is_none() {
            error = Some(ParseError::custom(range(span), message));
        }
    };
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut bare_star: Option<Span> = None;
    let mut seen_double_star = false;
    let mut seen_default = false;
    let mut positional: Vec<Arg> = Vec::new();
    for ((item, span), default) in items {
        let default_at = default.as_ref().map_or(span, |(at, _)| *at);
        let default = default.map(|(_, value)| value);
        if seen_double_star {
            fail(span, "arguments cannot follow var-keyword argument");
        }
        match item {
            Item::Slash => {
                if seen_slash {
                    fail(span, "/ may appear only once");
                } else if seen_star {
                    fail(span, "/ must be ahead of *");
                } else if positional.is_empty() {
                    fail(span, "at least one argument must precede /");
                }
                seen_slash = true;
                a.posonlyargs.append(&mut positional);
            }
            Item::Star(arg) => {
                if seen_star {
                    fail(span, "* argument may appear only once");
                }
                if default.is_some() {
                    fail(
                        default_at,
                        "var-positional argument cannot have default value",
                    );
                }
                seen_star = true;
                match arg {
                    Some(arg) => a.vararg = Some(Box::new(arg)),
                    None if def_form => bare_star = Some(span),
                    None => bare_star = Some(Span::from(span.end..span.end)),
                }
            }
            Item::DoubleStar(arg) => {
                if default.is_some() {
                    fail(default_at, "var-keyword argument cannot have default value");
                }
                seen_double_star = true;
                a.kwarg = Some(Box::new(arg));
            }
            Item::Param(arg) => {
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(default) => {
                            seen_default = true;
                            a.defaults.push(default);
                        }
                        None if seen_default => {
                            fail(span, "non-default argument follows default argument");
                        }
                        None => {}
                    }
                    positional.push(arg);
                }
            }
        }
    }
    if let Some(span) = bare_star {
        if a.kwonlyargs.is_empty() {
            fail(span, "named arguments must follow bare *");
        }
    }
    a.args = positional;
    (a, error)
}
