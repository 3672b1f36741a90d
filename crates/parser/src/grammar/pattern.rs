//! The `match` statement and its patterns (PEP 634).
//!
//! `match` and `case` are soft keywords: they are `Name` tokens, and the
//! statement is tried before the simple statements, so `match = 1` and
//! `match(x)` still parse as ordinary statements when it fails.

use chumsky::prelude::*;
use pyrite_lexer::TokenKind;

use super::compound::colon;
use super::expr::ExprRules;
use super::{Cx, Rule, Span, deep, name, range, soft_keyword, tok};
use crate::ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};

pub(crate) fn match_statement<'s>(
    cx: Cx<'s>,
    r: &ExprRules<'s>,
    block: Rule<'s, Vec<Stmt>>,
) -> Rule<'s, Stmt> {
    let subject = r
        .star_named_expression
        .clone()
        .then(
            tok(TokenKind::Comma)
                .ignore_then(
                    r.star_named_expression
                        .clone()
                        .separated_by(tok(TokenKind::Comma))
                        .allow_trailing()
                        .collect::<Vec<Expr>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| match rest {
            None => first,
            Some(rest) => {
                let mut elts = vec![first];
                elts.extend(rest);
                Expr::new(
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    },
                    range(e.span()),
                )
            }
        });
    let case = soft_keyword(cx, "case")
        .ignore_then(patterns(cx, r))
        .then(
            tok(TokenKind::If)
                .ignore_then(r.named_expression.clone())
                .or_not(),
        )
        .then_ignore(colon())
        .then(block)
        .map_with(|((pattern, guard), body), e| MatchCase {
            pattern,
            guard: guard.map(Box::new),
            body,
            range: range(e.span()),
        });
    soft_keyword(cx, "match")
        .ignore_then(subject)
        .then_ignore(tok(TokenKind::Colon))
        .then_ignore(tok(TokenKind::Newline))
        .then_ignore(tok(TokenKind::Indent))
        .then(case.repeated().at_least(1).collect::<Vec<MatchCase>>())
        .then_ignore(tok(TokenKind::Dedent))
        .map_with(|(subject, cases), e| {
            Stmt::new(
                StmtKind::Match {
                    subject: Box::new(subject),
                    cases,
                },
                range(e.span()),
            )
        })
        .boxed()
}

fn pattern_node(kind: PatternKind, span: Span) -> Pattern {
    Pattern::new(kind, range(span))
}

/// `patterns: open_sequence_pattern | pattern`.
fn patterns<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Pattern> {
    let pattern = pattern(cx, r);
    let star = star_pattern(cx);
    let item = star.or(pattern.clone()).boxed();
    item.clone()
        .then(
            tok(TokenKind::Comma)
                .ignore_then(
                    item.separated_by(tok(TokenKind::Comma))
                        .allow_trailing()
                        .collect::<Vec<Pattern>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| match rest {
            None if !matches!(first.kind, PatternKind::MatchStar { .. }) => first,
            rest => {
                let mut patterns = vec![first];
                patterns.extend(rest.unwrap_or_default());
                pattern_node(PatternKind::MatchSequence { patterns }, e.span())
            }
        })
        .boxed()
}

fn star_pattern<'s>(cx: Cx<'s>) -> Rule<'s, Pattern> {
    tok(TokenKind::Star)
        .ignore_then(name(cx))
        .map_with(|(n, _), e| {
            let name = (n != "_").then_some(n);
            pattern_node(PatternKind::MatchStar { name }, e.span())
        })
        .boxed()
}

/// `pattern: or_pattern ['as' NAME]`.
fn pattern<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Pattern> {
    recursive(|pattern| {
        let pattern = pattern.boxed();
        let closed = closed_pattern(cx, r, pattern);
        let or_pattern = closed
            .separated_by(tok(TokenKind::Vbar))
            .at_least(1)
            .collect::<Vec<Pattern>>()
            .map_with(|mut patterns, e| {
                if patterns.len() == 1 {
                    patterns.pop().expect("at_least(1) collected a pattern")
                } else {
                    pattern_node(PatternKind::MatchOr { patterns }, e.span())
                }
            });
        let as_pattern = or_pattern
            .then(tok(TokenKind::As).ignore_then(name(cx)).or_not())
            .map_with(|(pattern, name), e| match name {
                None => pattern,
                Some((name, _)) => pattern_node(
                    PatternKind::MatchAs {
                        pattern: Some(Box::new(pattern)),
                        name: Some(name),
                    },
                    e.span(),
                ),
            })
            .boxed();
        deep(as_pattern)
    })
    .boxed()
}

fn closed_pattern<'s>(
    cx: Cx<'s>,
    r: &ExprRules<'s>,
    pattern: Rule<'s, Pattern>,
) -> Rule<'s, Pattern> {
    let item = star_pattern(cx).or(pattern.clone()).boxed();
    let items = item
        .clone()
        .separated_by(tok(TokenKind::Comma))
        .allow_trailing()
        .collect::<Vec<Pattern>>();

    // A dotted name: `Color.RED` (a value) or a class before `(`.
    let dotted = name(cx)
        .map(|(id, span)| {
            Expr::new(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Load,
                },
                range(span),
            )
        })
        .foldl(
            tok(TokenKind::Dot).ignore_then(name(cx)).repeated(),
            |value, (attr, span)| {
                let r = value.range.cover(range(span));
                Expr::new(
                    ExprKind::Attribute {
                        value: Box::new(value),
                        attr,
                        ctx: ExprContext::Load,
                    },
                    r,
                )
            },
        )
        .boxed();

    let keyword_pattern = name(cx)
        .then_ignore(tok(TokenKind::Equal))
        .then(pattern.clone())
        .map(|((n, _), p)| (n, p));
    enum ClassArg {
        Positional(Pattern),
        Keyword(String, Pattern),
    }
    let class_arg = keyword_pattern
        .map(|(n, p)| ClassArg::Keyword(n, p))
        .or(pattern.clone().map(ClassArg::Positional));
    let class_pattern = dotted
        .clone()
        .then(
            class_arg
                .separated_by(tok(TokenKind::Comma))
                .allow_trailing()
                .collect::<Vec<ClassArg>>()
                .delimited_by(tok(TokenKind::Lpar), tok(TokenKind::Rpar)),
        )
        .map_with(|(cls, args), e| {
            let mut patterns = Vec::new();
            let mut kwd_attrs = Vec::new();
            let mut kwd_patterns = Vec::new();
            for arg in args {
                match arg {
                    ClassArg::Positional(p) => patterns.push(p),
                    ClassArg::Keyword(n, p) => {
                        kwd_attrs.push(n);
                        kwd_patterns.push(p);
                    }
                }
            }
            pattern_node(
                PatternKind::MatchClass {
                    cls: Box::new(cls),
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                },
                e.span(),
            )
        });

    let name_or_value = dotted.map_with(|expr, e| match expr.kind {
        ExprKind::Name { id, .. } => {
            let name = (id != "_").then_some(id);
            pattern_node(
                PatternKind::MatchAs {
                    pattern: None,
                    name,
                },
                e.span(),
            )
        }
        _ => pattern_node(
            PatternKind::MatchValue {
                value: Box::new(expr),
            },
            e.span(),
        ),
    });

    let literal = literal_expr(cx, r).map_with(|value, e| {
        let kind = match &value.kind {
            ExprKind::Constant {
                value: c @ (Constant::None | Constant::Bool(_)),
                ..
            } => PatternKind::MatchSingleton { value: c.clone() },
            _ => PatternKind::MatchValue {
                value: Box::new(value),
            },
        };
        pattern_node(kind, e.span())
    });

    let group_or_tuple = item
        .clone()
        .then(
            tok(TokenKind::Comma)
                .ignore_then(
                    item.clone()
                        .separated_by(tok(TokenKind::Comma))
                        .allow_trailing()
                        .collect::<Vec<Pattern>>(),
                )
                .or_not(),
        )
        .or_not()
        .delimited_by(tok(TokenKind::Lpar), tok(TokenKind::Rpar))
        .map_with(|inside, e| match inside {
            None => pattern_node(
                PatternKind::MatchSequence {
                    patterns: Vec::new(),
                },
                e.span(),
            ),
            Some((first, None)) if !matches!(first.kind, PatternKind::MatchStar { .. }) => first,
            Some((first, rest)) => {
                let mut patterns = vec![first];
                patterns.extend(rest.unwrap_or_default());
                pattern_node(PatternKind::MatchSequence { patterns }, e.span())
            }
        });
    let list = items
        .delimited_by(tok(TokenKind::Lsqb), tok(TokenKind::Rsqb))
        .map_with(|patterns, e| pattern_node(PatternKind::MatchSequence { patterns }, e.span()));

    enum MapItem {
        Pair(Expr, Pattern),
        Rest(String),
    }
    let key = literal_expr(cx, r).or(name(cx)
        .map(|(id, span)| {
            Expr::new(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Load,
                },
                range(span),
            )
        })
        .foldl(
            tok(TokenKind::Dot)
                .ignore_then(name(cx))
                .repeated()
                .at_least(1),
            |value, (attr, span)| {
                let r = value.range.cover(range(span));
                Expr::new(
                    ExprKind::Attribute {
                        value: Box::new(value),
                        attr,
                        ctx: ExprContext::Load,
                    },
                    r,
                )
            },
        ));
    let map_item = choice((
        tok(TokenKind::DoubleStar)
            .ignore_then(name(cx))
            .map(|(n, _)| MapItem::Rest(n)),
        key.then_ignore(tok(TokenKind::Colon))
            .then(pattern)
            .map(|(k, p)| MapItem::Pair(k, p)),
    ));
    let mapping = map_item
        .separated_by(tok(TokenKind::Comma))
        .allow_trailing()
        .collect::<Vec<MapItem>>()
        .delimited_by(tok(TokenKind::Lbrace), tok(TokenKind::Rbrace))
        .map_with(|items, e| {
            let mut keys = Vec::new();
            let mut patterns = Vec::new();
            let mut rest = None;
            for item in items {
                match item {
                    MapItem::Pair(k, p) => {
                        keys.push(k);
                        patterns.push(p);
                    }
                    MapItem::Rest(n) => rest = Some(n),
                }
            }
            pattern_node(
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                },
                e.span(),
            )
        });

    choice((
        literal,
        class_pattern,
        name_or_value,
        group_or_tuple,
        list,
        mapping,
    ))
    .boxed()
}

/// The literals a pattern may hold: signed numbers, complex sums like
/// `1 + 2j`, strings, `None`, `True`, `False`.
fn literal_expr<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Expr> {
    let number = select! {
        TokenKind::Int => (),
        TokenKind::Float => (),
        TokenKind::Imaginary => (),
    }
    .rewind()
    .ignore_then(r.core.primary.clone());
    let signed = tok(TokenKind::Minus)
        .ignore_then(number.clone())
        .map_with(|operand, e| {
            Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(operand),
                },
                range(e.span()),
            )
        })
        .or(number.clone())
        .boxed();
    let complex = signed
        .then(
            select! {
                TokenKind::Plus => Operator::Add,
                TokenKind::Minus => Operator::Sub,
            }
            .then(number)
            .or_not(),
        )
        .map_with(|(left, tail), e| match tail {
            None => left,
            Some((op, right)) => Expr::new(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                range(e.span()),
            ),
        });
    let other = select! {
        TokenKind::String => (),
        TokenKind::FString => (),
        TokenKind::None => (),
        TokenKind::True => (),
        TokenKind::False => (),
    }
    .rewind()
    .ignore_then(r.core.primary.clone());
    let _ = cx;
    complex.or(other).boxed()
}
