//! Atoms and primaries: names, literals, the bracketed displays (tuples,
//! lists, sets, dicts, comprehensions), and the trailers that follow an
//! atom (`.attr`, calls, subscripts).
//!
//! Bracketed forms are left-factored: after `(`, the first element is
//! parsed once and what follows it (`for`, `,` or `)`) decides between a
//! generator expression, a tuple and a parenthesised expression, so no
//! input is parsed twice.

use chumsky::prelude::*;
use pyrite_lexer::{TextRange, TokenKind};

use super::expr::{Core, ExprRules, tuple_of};
use super::fstrings::concatenate;
use super::target::store_target;
use super::{Cx, ParseError, Rule, Span, name, range, tok};
use crate::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword};
use crate::literals::number;

/// `primary: atom ('.' NAME | '(' arguments ')' | '[' slices ']')*`.
pub(crate) fn primary_body<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Expr> {
    enum Trailer {
        Attribute(String),
        Call(CallArguments),
        Subscript(Expr),
    }
    let trailer = choice((
        tok(TokenKind::Dot)
            .ignore_then(name(cx))
            .map(|(attr, _)| Trailer::Attribute(attr)),
        call_arguments(r)
            .delimited_by(tok(TokenKind::Lpar), tok(TokenKind::Rpar))
            .map(Trailer::Call),
        slices(r)
            .delimited_by(tok(TokenKind::Lsqb), tok(TokenKind::Rsqb))
            .map(Trailer::Subscript),
    ))
    .map_with(|t, e| (t, e.span()));
    atom(cx, r)
        .foldl_with(
            trailer.repeated(),
            |value, (trailer, span): (Trailer, Span), e| {
                // From the atom's first token (a parenthesis included) to
                // the end of this trailer.
                let r = range(Span::from(e.span().start..span.end));
                let value = Box::new(value);
                let kind = match trailer {
                    Trailer::Attribute(attr) => ExprKind::Attribute {
                        value,
                        attr,
                        ctx: ExprContext::Load,
                    },
                    Trailer::Call(CallArguments {
                        mut args,
                        keywords,
                        sole_generator,
                    }) => {
                        // A generator expression that is the only argument
                        // shares the call's parentheses, and its range.
                        if let (true, [generator]) = (sole_generator, args.as_mut_slice()) {
                            generator.range = range(span);
                        }
                        ExprKind::Call {
                            func: value,
                            args,
                            keywords,
                        }
                    }
                    Trailer::Subscript(slice) => ExprKind::Subscript {
                        value,
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    },
                };
                Expr::new(kind, r)
            },
        )
        .boxed()
}

fn atom<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Expr> {
    let constant = |value: Constant| ExprKind::Constant { value, kind: None };
    let literal = select! {
        TokenKind::True => Ok(Constant::Bool(true)),
        TokenKind::False => Ok(Constant::Bool(false)),
        TokenKind::None => Ok(Constant::None),
        TokenKind::Ellipsis => Ok(Constant::Ellipsis),
        TokenKind::Int = e => number::int_value(cx.text(e.span())),
        TokenKind::Float = e => Ok(Constant::Float(number::float_value(cx.text(e.span())))),
        TokenKind::Imaginary = e => Ok(number::imaginary_value(cx.text(e.span()))),
    }
    .validate(move |value, e, emitter| {
        let value = value.unwrap_or_else(|message| {
            emitter.emit(ParseError::custom(range(e.span()), message));
            Constant::None
        });
        Expr::new(constant(value), range(e.span()))
    });
    let name_atom = name(cx).map(|(id, span)| {
        Expr::new(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            range(span),
        )
    });
    let field = tuple_of(r.core.expression.clone())
        .or(r.yield_expr.clone())
        .delimited_by(tok(TokenKind::Lpar), tok(TokenKind::Rpar))
        .then_ignore(end())
        .boxed();
    let strings = select! {
        TokenKind::String = e => e.span(),
        TokenKind::FString = e => e.span(),
    }
    .repeated()
    .at_least(1)
    .collect::<Vec<Span>>()
    .try_map(move |spans, _| concatenate(cx, &spans, &field));
    choice((
        name_atom,
        literal,
        strings,
        parenthesised(r),
        list_display(r),
        brace_display(r),
    ))
    .boxed()
}

/// `(` ... `)`: empty tuple, parenthesised yield, generator expression,
/// tuple, or a parenthesised expression.
fn parenthesised<'s>(r: &ExprRules<'s>) -> Rule<'s, Expr> {
    #[derive(Clone)]
    enum Inside {
        Empty,
        Yield(Expr),
        Generator(Expr, Vec<Comprehension>),
        Tuple(Vec<Expr>),
        Group(Expr),
    }
    let rest = tok(TokenKind::Comma)
        .ignore_then(
            r.star_named_expression
                .clone()
                .separated_by(tok(TokenKind::Comma))
                .allow_trailing()
                .collect::<Vec<Expr>>(),
        )
        .then_ignore(tok(TokenKind::Rpar));
    let after_first = choice((
        r.comprehension
            .clone()
            .then_ignore(tok(TokenKind::Rpar))
            .map(Some)
            .map(|c| (c, None)),
        rest.map(|rest| (None, Some(rest))),
        tok(TokenKind::Rpar).map(|_| (None, None)),
    ));
    tok(TokenKind::Lpar)
        .ignore_then(choice((
            tok(TokenKind::Rpar).to(Inside::Empty),
            r.yield_expr
                .clone()
                .then_ignore(tok(TokenKind::Rpar))
                .map(Inside::Yield),
            r.star_named_expression
                .clone()
                .then(after_first)
                .map(|(first, tail)| match tail {
                    (Some(generators), _) => Inside::Generator(first, generators),
                    (None, Some(rest)) => {
                        let mut elts = vec![first];
                        elts.extend(rest);
                        Inside::Tuple(elts)
                    }
                    (None, None) => Inside::Group(first),
                }),
        )))
        .validate(|inside, e, emitter| {
            let r = range(e.span());
            let kind = match inside {
                Inside::Empty => ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                Inside::Yield(expr) => return expr,
                Inside::Group(expr) => {
                    if matches!(expr.kind, ExprKind::Starred { .. }) {
                        emitter.emit(ParseError::custom(
                            expr.range,
                            "cannot use starred expression here",
                        ));
                    }
                    return expr;
                }
                Inside::Generator(elt, generators) => ExprKind::GeneratorExp {
                    elt: Box::new(elt),
                    generators,
                },
                Inside::Tuple(elts) => ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
            };
            Expr::new(kind, r)
        })
        .boxed()
}

/// `[` ... `]`: a list or a list comprehension.
fn list_display<'s>(r: &ExprRules<'s>) -> Rule<'s, Expr> {
    let items = r
        .star_named_expression
        .clone()
        .then(choice((
            r.comprehension.clone().map(Ok),
            tok(TokenKind::Comma)
                .ignore_then(
                    r.star_named_expression
                        .clone()
                        .separated_by(tok(TokenKind::Comma))
                        .allow_trailing()
                        .collect::<Vec<Expr>>(),
                )
                .or_not()
                .map(|rest| Err(rest.unwrap_or_default())),
        )))
        .or_not();
    items
        .delimited_by(tok(TokenKind::Lsqb), tok(TokenKind::Rsqb))
        .map_with(|items, e| {
            let kind = match items {
                None => ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                Some((elt, Ok(generators))) => ExprKind::ListComp {
                    elt: Box::new(elt),
                    generators,
                },
                Some((first, Err(rest))) => {
                    let mut elts = vec![first];
                    elts.extend(rest);
                    ExprKind::List {
                        elts,
                        ctx: ExprContext::Load,
                    }
                }
            };
            Expr::new(kind, range(e.span()))
        })
        .boxed()
}

/// `{` ... `}`: a dict, a set, or their comprehensions.
fn brace_display<'s>(r: &ExprRules<'s>) -> Rule<'s, Expr> {
    #[derive(Clone)]
    enum Item {
        Pair(Option<Expr>, Expr),
        /// `**mapping`, and where it is, `**` included.
        Unpack(Expr, Span),
        Element(Expr),
    }
    let item = choice((
        tok(TokenKind::DoubleStar)
            .ignore_then(r.bitwise_or.clone())
            .map_with(|value, e| Item::Unpack(value, e.span())),
        r.star_named_expression
            .clone()
            .then(
                tok(TokenKind::Colon)
                    .ignore_then(r.core.expression.clone())
                    .or_not(),
            )
            .map(|(key, value)| match value {
                Some(value) => Item::Pair(Some(key), value),
                None => Item::Element(key),
            }),
    ))
    .boxed();
    let contents = item
        .clone()
        .then(choice((
            r.comprehension.clone().map(Ok),
            tok(TokenKind::Comma)
                .ignore_then(
                    item.separated_by(tok(TokenKind::Comma))
                        .allow_trailing()
                        .collect::<Vec<Item>>(),
                )
                .or_not()
                .map(|rest| Err(rest.unwrap_or_default())),
        )))
        .or_not();
    contents
        .delimited_by(tok(TokenKind::Lbrace), tok(TokenKind::Rbrace))
        .validate(|contents, e, emitter| {
            let r = range(e.span());
            let kind = match contents {
                None => ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                Some((Item::Pair(key, value), Ok(generators))) => ExprKind::DictComp {
                    key: Box::new(key.unwrap_or_else(|| value.clone())),
                    value: Box::new(value),
                    generators,
                },
                Some((Item::Unpack(value, span), Ok(generators))) => {
                    emitter.emit(ParseError::custom(
                        range(span),
                        "dict unpacking cannot be used in dict comprehension",
                    ));
                    ExprKind::DictComp {
                        key: Box::new(value.clone()),
                        value: Box::new(value),
                        generators,
                    }
                }
                Some((Item::Element(elt), Ok(generators))) => ExprKind::SetComp {
                    elt: Box::new(elt),
                    generators,
                },
                Some((first, Err(rest))) => {
                    let is_dict = matches!(first, Item::Pair(..) | Item::Unpack(..));
                    let mut keys = Vec::new();
                    let mut values = Vec::new();
                    let mut elts = Vec::new();
                    for item in std::iter::once(first).chain(rest) {
                        match (item, is_dict) {
                            (Item::Pair(key, value), true) => {
                                keys.push(key);
                                values.push(value);
                            }
                            (Item::Unpack(value, _), true) => {
                                keys.push(None);
                                values.push(value);
                            }
                            (Item::Element(elt), false) => elts.push(elt),
                            (Item::Element(key), true) => {
                                emitter.emit(ParseError::custom(
                                    key.range,
                                    "':' expected after dictionary key",
                                ));
                            }
                            (Item::Pair(_, value) | Item::Unpack(value, _), false) => {
                                emitter.emit(ParseError::custom(value.range, "invalid syntax"));
                            }
                        }
                    }
                    if is_dict {
                        ExprKind::Dict { keys, values }
                    } else {
                        ExprKind::Set { elts }
                    }
                }
            };
            Expr::new(kind, r)
        })
        .boxed()
}

/// The arguments of a call, checked for CPython's ordering rules.
/// The arguments of a call: positional (with `*` unpackings), keywords
/// (with `**` unpackings), and whether the only argument is an
/// unparenthesised generator expression (`f(x for x in y)`).
#[derive(Clone, Default)]
pub(crate) struct CallArguments {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub sole_generator: bool,
}

pub(crate) fn call_arguments<'s>(r: &ExprRules<'s>) -> Rule<'s, CallArguments> {
    #[derive(Clone)]
    enum Arg {
        Positional(Expr),
        Generator(Expr),
        Star(Expr),
        Keyword(Keyword),
        DoubleStar(Keyword),
    }
    #[derive(Clone)]
    enum Follow {
        Nothing,
        Generator(Vec<Comprehension>),
        Equals(Expr),
    }
    let expression = r.core.expression.clone();
    let arg = choice((
        tok(TokenKind::Star)
            .ignore_then(expression.clone())
            .map_with(|value, e| {
                Arg::Star(Expr::new(
                    ExprKind::Starred {
                        value: Box::new(value),
                        ctx: ExprContext::Load,
                    },
                    range(e.span()),
                ))
            }),
        tok(TokenKind::DoubleStar)
            .ignore_then(expression.clone())
            .map_with(|value, e| {
                Arg::DoubleStar(Keyword {
                    arg: None,
                    value,
                    range: range(e.span()),
                })
            }),
        // One expression, then what follows it decides: a generator
        // expression, a keyword argument `name=value` (or, when the left
        // side is not a bare name, CPython's `invalid_kwarg` error), or a
        // plain positional argument. Parsing the expression once keeps
        // nested calls linear.
        r.named_expression
            .clone()
            .then(choice((
                r.comprehension.clone().map(Follow::Generator),
                tok(TokenKind::Equal)
                    .ignore_then(expression)
                    .map(Follow::Equals),
                empty().to(Follow::Nothing),
            )))
            .validate(|(elt, follow), e, emitter| match follow {
                Follow::Nothing => Arg::Positional(elt),
                Follow::Generator(generators) => Arg::Generator(Expr::new(
                    ExprKind::GeneratorExp {
                        elt: Box::new(elt),
                        generators,
                    },
                    range(e.span()),
                )),
                Follow::Equals(value) => {
                    let span: Span = e.span();
                    let bare_name = span.start == elt.range.start as usize;
                    if let (ExprKind::Name { id, .. }, true) = (&elt.kind, bare_name) {
                        return Arg::Keyword(Keyword {
                            arg: Some(id.clone()),
                            value,
                            range: range(span),
                        });
                    }
                    emitter.emit(ParseError::custom(
                        elt.range,
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                    ));
                    Arg::Keyword(Keyword {
                        arg: None,
                        value,
                        range: range(e.span()),
                    })
                }
            }),
    ));
    arg.separated_by(tok(TokenKind::Comma))
        .allow_trailing()
        .collect::<Vec<Arg>>()
        .validate(|list, e, emitter| {
            // CPython reports ordering errors at the token after the
            // arguments.
            let span: Span = e.span();
            let after = TextRange::new(span.end, span.end);
            let count = list.len();
            let mut args = Vec::new();
            let mut keywords: Vec<Keyword> = Vec::new();
            let mut seen_keyword = false;
            let mut seen_double_star = false;
            let mut reported = false;
            let mut report = |error: ParseError| {
                if !reported {
                    emitter.emit(error);
                    reported = true;
                }
            };
            let mut bare_generators = 0;
            for arg in list {
                let bare_generator = matches!(arg, Arg::Generator(_));
                bare_generators += usize::from(bare_generator);
                match arg {
                    Arg::Positional(e) | Arg::Generator(e) => {
                        if bare_generator && count > 1 {
                            report(ParseError::custom(
                                e.range,
                                "Generator expression must be parenthesized",
                            ));
                        }
                        if seen_double_star {
                            report(ParseError::custom(
                                after,
                                "positional argument follows keyword argument unpacking",
                            ));
                        } else if seen_keyword {
                            report(ParseError::custom(
                                after,
                                "positional argument follows keyword argument",
                            ));
                        }
                        args.push(e);
                    }
                    Arg::Star(e) => {
                        if seen_double_star {
                            report(ParseError::custom(
                                e.range,
                                "iterable argument unpacking follows keyword argument unpacking",
                            ));
                        }
                        args.push(e);
                    }
                    Arg::Keyword(k) => {
                        seen_keyword = true;
                        keywords.push(k);
                    }
                    Arg::DoubleStar(k) => {
                        seen_double_star = true;
                        keywords.push(k);
                    }
                }
            }
            let sole_generator = count == 1 && bare_generators == 1;
            CallArguments {
                args,
                keywords,
                sole_generator,
            }
        })
        .boxed()
}

/// What goes between `[` and `]` after a primary: one slice, or several
/// (a `Tuple`).
fn slices<'s>(r: &ExprRules<'s>) -> Rule<'s, Expr> {
    let expression = r.core.expression.clone();
    let bound = expression.clone().or_not();
    let slice = r
        .named_expression
        .clone()
        .or_not()
        .then(
            tok(TokenKind::Colon)
                .ignore_then(bound.clone())
                .then(tok(TokenKind::Colon).ignore_then(bound).or_not())
                .or_not(),
        )
        .try_map_with(|(lower, rest), e| match (lower, rest) {
            (Some(expr), None) => Ok(expr),
            (None, None) => Err(ParseError {
                span: e.span(),
                message: None,
            }),
            (lower, Some((upper, step))) => Ok(Expr::new(
                ExprKind::Slice {
                    lower: lower.map(Box::new),
                    upper: upper.map(Box::new),
                    step: step.flatten().map(Box::new),
                },
                range(e.span()),
            )),
        });
    let starred = tok(TokenKind::Star)
        .ignore_then(r.bitwise_or.clone())
        .map_with(|value, e| {
            Expr::new(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                range(e.span()),
            )
        });
    // `a[*b]` is a one-element tuple, as if written `a[*b,]`.
    tuple_of(starred.or(slice).boxed())
        .map(|e| match e.kind {
            ExprKind::Starred { .. } => {
                let r = e.range;
                Expr::new(
                    ExprKind::Tuple {
                        elts: vec![e],
                        ctx: ExprContext::Load,
                    },
                    r,
                )
            }
            _ => e,
        })
        .boxed()
}

/// `for_if_clauses`: one or more `[async] for targets in disjunction
/// (if disjunction)*`.
pub(crate) fn comprehension_clauses<'s>(
    _cx: Cx<'s>,
    core: &Core<'s>,
) -> Rule<'s, Vec<Comprehension>> {
    let target = star_targets(core.primary.clone());
    tok(TokenKind::Async)
        .or_not()
        .then_ignore(tok(TokenKind::For))
        .then(target)
        .then_ignore(tok(TokenKind::In))
        .then(core.disjunction.clone())
        .then(
            tok(TokenKind::If)
                .ignore_then(core.disjunction.clone())
                .repeated()
                .collect::<Vec<Expr>>(),
        )
        .map_with(|(((is_async, target), iter), ifs), e| Comprehension {
            target,
            iter,
            ifs,
            is_async: is_async.is_some(),
            range: range(e.span()),
        })
        .repeated()
        .at_least(1)
        .collect::<Vec<Comprehension>>()
        .boxed()
}

/// `star_targets` as in `for` loops: `primary`s (optionally starred),
/// comma-separated, checked and given the `Store` context.
pub(crate) fn star_targets<'s>(primary: Rule<'s, Expr>) -> Rule<'s, Expr> {
    checked_target(tuple_of(star_target(primary)))
}

/// One `star_target` (as after `with ... as`), checked.
pub(crate) fn single_target<'s>(primary: Rule<'s, Expr>) -> Rule<'s, Expr> {
    checked_target(star_target(primary))
}

fn star_target<'s>(primary: Rule<'s, Expr>) -> Rule<'s, Expr> {
    tok(TokenKind::Star)
        .ignore_then(primary.clone())
        .map_with(|value, e| {
            Expr::new(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                range(e.span()),
            )
        })
        .or(primary)
        .boxed()
}

fn checked_target<'s>(target: Rule<'s, Expr>) -> Rule<'s, Expr> {
    target
        .validate(|target, _, emitter| {
            store_target(target).unwrap_or_else(|(target, error)| {
                emitter.emit(error);
                target
            })
        })
        .boxed()
}
