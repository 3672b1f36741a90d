//! Expressions, from `primary` up to `expression`, `named_expression`,
//! `star_expressions` and `yield_expr`.
//!
//! The binary and unary operators from `|` to `**` are one Pratt parser
//! (binding powers in the table in [`arithmetic`]); comparisons, `not`,
//! `and`, `or`, conditional expressions and `lambda` are ordinary rules
//! around it, because their AST shapes (`Compare` with several operators,
//! flattened `BoolOp`s) are not binary trees.
//!
//! Three rules are recursive: `expression`, `disjunction` and `primary`
//! (atoms contain expressions; comprehensions contain disjunctions; targets
//! are primaries). [`Core`] bundles handles to the three, and each
//! recursion is a `recursive` closure, so the handles inside are weak and
//! building the grammar leaks nothing.

use chumsky::input::MapExtra;
use chumsky::pratt::{infix, left, prefix, right};
use chumsky::prelude::*;
use pyrite_lexer::TokenKind;

use super::atom::{comprehension_clauses, primary_body};
use super::params::lambda_parameters;
use super::target::named_target;
use super::{Cx, Extra, ParseError, Rule, Span, Tokens, deep, range, tok};
use crate::ast::{BoolOp, CmpOp, Comprehension, Expr, ExprContext, ExprKind, Operator, UnaryOp};

/// Handles to the three recursive expression rules.
#[derive(Clone)]
pub(crate) struct Core<'s> {
    pub expression: Rule<'s, Expr>,
    pub disjunction: Rule<'s, Expr>,
    pub primary: Rule<'s, Expr>,
}

/// Every expression rule the rest of the grammar uses.
#[derive(Clone)]
pub(crate) struct ExprRules<'s> {
    pub core: Core<'s>,
    pub named_expression: Rule<'s, Expr>,
    pub star_named_expression: Rule<'s, Expr>,
    /// `a, *b, c` (a `Tuple` when there is a comma).
    pub star_expressions: Rule<'s, Expr>,
    pub yield_expr: Rule<'s, Expr>,
    pub bitwise_or: Rule<'s, Expr>,
    pub comprehension: Rule<'s, Vec<Comprehension>>,
}

/// Builds the expression grammar.
pub(crate) fn expression_rules<'s>(cx: Cx<'s>) -> ExprRules<'s> {
    let expression = recursive(move |expression| {
        let expression = expression.boxed();
        let disjunction = recursive({
            let expression = expression.clone();
            move |disjunction| {
                let disjunction = disjunction.boxed();
                let primary = recursive({
                    let expression = expression.clone();
                    let disjunction = disjunction.clone();
                    move |primary| {
                        let core = Core {
                            expression: expression.clone(),
                            disjunction: disjunction.clone(),
                            primary: primary.boxed(),
                        };
                        deep(primary_body(cx, &derive(cx, core)))
                    }
                })
                .boxed();
                deep(disjunction_body(primary))
            }
        })
        .boxed();
        deep(expression_body(cx, disjunction, expression))
    })
    .boxed();
    let disjunction = recursive({
        let expression = expression.clone();
        move |disjunction| {
            let disjunction = disjunction.boxed();
            let primary = recursive({
                let expression = expression.clone();
                move |primary| {
                    let core = Core {
                        expression: expression.clone(),
                        disjunction: disjunction.clone(),
                        primary: primary.boxed(),
                    };
                    deep(primary_body(cx, &derive(cx, core)))
                }
            })
            .boxed();
            deep(disjunction_body(primary))
        }
    })
    .boxed();
    let primary = recursive({
        let expression = expression.clone();
        let disjunction = disjunction.clone();
        move |primary| {
            let core = Core {
                expression: expression.clone(),
                disjunction: disjunction.clone(),
                primary: primary.boxed(),
            };
            deep(primary_body(cx, &derive(cx, core)))
        }
    })
    .boxed();
    derive(
        cx,
        Core {
            expression,
            disjunction,
            primary,
        },
    )
}

/// The non-recursive rules, built on top of the three recursive ones.
pub(crate) fn derive<'s>(cx: Cx<'s>, core: Core<'s>) -> ExprRules<'s> {
    let expression = core.expression.clone();
    let bitwise_or = arithmetic(core.primary.clone());

    // named_expression: NAME ':=' expression | expression !':='
    let named_expression = expression
        .clone()
        .then(
            tok(TokenKind::ColonEqual)
                .ignore_then(expression.clone())
                .or_not(),
        )
        .validate(|(target, value), e, emitter| match value {
            None => target,
            Some(value) => {
                let target = named_target(target).unwrap_or_else(|(target, error)| {
                    emitter.emit(error);
                    target
                });
                Expr::new(
                    ExprKind::NamedExpr {
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    range(e.span()),
                )
            }
        })
        .boxed();

    let starred = |operand: Rule<'s, Expr>| {
        tok(TokenKind::Star)
            .ignore_then(operand)
            .map_with(|value, e| {
                Expr::new(
                    ExprKind::Starred {
                        value: Box::new(value),
                        ctx: ExprContext::Load,
                    },
                    range(e.span()),
                )
            })
            .boxed()
    };
    let star_named_expression = starred(bitwise_or.clone())
        .or(named_expression.clone())
        .boxed();
    let star_expression = starred(bitwise_or.clone()).or(expression.clone()).boxed();
    let star_expressions = tuple_of(star_expression);

    let yield_expr = tok(TokenKind::Yield)
        .ignore_then(choice((
            tok(TokenKind::From)
                .ignore_then(expression.clone())
                .map(|value| ExprKind::YieldFrom {
                    value: Box::new(value),
                }),
            star_expressions
                .clone()
                .or_not()
                .map(|value| ExprKind::Yield {
                    value: value.map(Box::new),
                }),
        )))
        .map_with(|kind, e| Expr::new(kind, range(e.span())))
        .boxed();

    let comprehension = comprehension_clauses(cx, &core);
    ExprRules {
        core,
        named_expression,
        star_named_expression,
        star_expressions,
        yield_expr,
        bitwise_or,
        comprehension,
    }
}

/// `item (',' item)* [',']`: the item alone, or a `Tuple` when there is a
/// comma.
pub(crate) fn tuple_of<'s>(item: Rule<'s, Expr>) -> Rule<'s, Expr> {
    item.clone()
        .then(
            tok(TokenKind::Comma)
                .ignore_then(item)
                .repeated()
                .collect::<Vec<Expr>>(),
        )
        .then(tok(TokenKind::Comma).or_not())
        .map_with(|((first, rest), trailing), e| {
            if rest.is_empty() && trailing.is_none() {
                return first;
            }
            let mut elts = Vec::with_capacity(rest.len() + 1);
            elts.push(first);
            elts.extend(rest);
            Expr::new(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                range(e.span()),
            )
        })
        .boxed()
}

fn binop<'s>(
    left: Expr,
    op: Operator,
    right: Expr,
    e: &mut MapExtra<'s, '_, Tokens<'s>, Extra>,
) -> Expr {
    Expr::new(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        range(e.span()),
    )
}

/// `bitwise_or`: the Pratt parser over `await_primary` for the binary
/// operators `| ^ & << >> + - * / // % @ **` and the unary `+ - ~`.
///
/// | operators            | binding                  |
/// |----------------------|--------------------------|
/// | `\|`                 | 1, left                  |
/// | `^`                  | 2, left                  |
/// | `&`                  | 3, left                  |
/// | `<< >>`              | 4, left                  |
/// | `+ -`                | 5, left                  |
/// | `* / // % @`         | 6, left                  |
/// | unary `+ - ~`        | 7, prefix                |
/// | `**`                 | 8, right                 |
///
/// `-x ** y` is `-(x ** y)` because `**` binds tighter than the prefix
/// operators, and `x ** -y` parses because a prefix operator may start any
/// operand.
pub(crate) fn arithmetic<'s>(primary: Rule<'s, Expr>) -> Rule<'s, Expr> {
    let await_primary = tok(TokenKind::Await)
        .ignore_then(primary.clone())
        .map_with(|value, e| {
            Expr::new(
                ExprKind::Await {
                    value: Box::new(value),
                },
                range(e.span()),
            )
        })
        .or(primary)
        .boxed();
    let shift = select! {
        TokenKind::LeftShift => Operator::LShift,
        TokenKind::RightShift => Operator::RShift,
    };
    let additive = select! {
        TokenKind::Plus => Operator::Add,
        TokenKind::Minus => Operator::Sub,
    };
    let multiplicative = select! {
        TokenKind::Star => Operator::Mult,
        TokenKind::Slash => Operator::Div,
        TokenKind::DoubleSlash => Operator::FloorDiv,
        TokenKind::Percent => Operator::Mod,
        TokenKind::At => Operator::MatMult,
    };
    let unary = select! {
        TokenKind::Plus => UnaryOp::UAdd,
        TokenKind::Minus => UnaryOp::USub,
        TokenKind::Tilde => UnaryOp::Invert,
    };
    await_primary
        .pratt((
            infix(left(1), tok(TokenKind::Vbar).to(Operator::BitOr), binop),
            infix(
                left(2),
                tok(TokenKind::Circumflex).to(Operator::BitXor),
                binop,
            ),
            infix(left(3), tok(TokenKind::Amper).to(Operator::BitAnd), binop),
            infix(left(4), shift, binop),
            infix(left(5), additive, binop),
            infix(left(6), multiplicative, binop),
            prefix(7, unary, |op, operand, e| {
                Expr::new(
                    ExprKind::UnaryOp {
                        op,
                        operand: Box::new(operand),
                    },
                    range(e.span()),
                )
            }),
            infix(
                right(8),
                tok(TokenKind::DoubleStar).to(Operator::Pow),
                binop,
            ),
        ))
        .boxed()
}

/// `comparison`, `inversion`, `conjunction`, `disjunction` over `primary`.
fn disjunction_body<'s>(primary: Rule<'s, Expr>) -> Rule<'s, Expr> {
    let bitwise_or = arithmetic(primary);
    // One `select!` for the one-token operators keeps the common case (no
    // comparison at all) to three failed attempts instead of ten.
    let compare_op = choice((
        select! {
            TokenKind::EqEqual => CmpOp::Eq,
            TokenKind::NotEqual => CmpOp::NotEq,
            TokenKind::LessEqual => CmpOp::LtE,
            TokenKind::Less => CmpOp::Lt,
            TokenKind::GreaterEqual => CmpOp::GtE,
            TokenKind::Greater => CmpOp::Gt,
            TokenKind::In => CmpOp::In,
        },
        tok(TokenKind::Is)
            .ignore_then(tok(TokenKind::Not).or_not())
            .map(|not| {
                if not.is_some() {
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }),
        tok(TokenKind::Not)
            .then(tok(TokenKind::In))
            .to(CmpOp::NotIn),
    ));
    let comparison = bitwise_or
        .clone()
        .then(
            compare_op
                .then(bitwise_or)
                .repeated()
                .collect::<Vec<(CmpOp, Expr)>>(),
        )
        .map_with(|(left, rest), e| {
            if rest.is_empty() {
                return left;
            }
            let (ops, comparators) = rest.into_iter().unzip();
            Expr::new(
                ExprKind::Compare {
                    left: Box::new(left),
                    ops,
                    comparators,
                },
                range(e.span()),
            )
        })
        .boxed();
    let inversion = tok(TokenKind::Not)
        .map_with(|_, e| e.span())
        .repeated()
        .foldr_with(comparison, |not: Span, operand: Expr, e| {
            // Every `not` ends where the whole inversion does (after a
            // closing parenthesis of the operand, if any).
            let r = range(Span::from(not.start..e.span().end));
            Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand),
                },
                r,
            )
        })
        .boxed();
    let conjunction = bool_op(inversion, TokenKind::And, BoolOp::And);
    bool_op(conjunction, TokenKind::Or, BoolOp::Or)
}

fn bool_op<'s>(operand: Rule<'s, Expr>, token: TokenKind, op: BoolOp) -> Rule<'s, Expr> {
    operand
        .separated_by(tok(token))
        .at_least(1)
        .collect::<Vec<Expr>>()
        .map_with(move |mut values, e| {
            if values.len() == 1 {
                return values.pop().expect("at_least(1) collected one operand");
            }
            Expr::new(ExprKind::BoolOp { op, values }, range(e.span()))
        })
        .boxed()
}

/// `expression: disjunction ['if' disjunction 'else' expression] | lambdef`.
fn expression_body<'s>(
    cx: Cx<'s>,
    disjunction: Rule<'s, Expr>,
    expression: Rule<'s, Expr>,
) -> Rule<'s, Expr> {
    let conditional = disjunction
        .clone()
        .then(
            tok(TokenKind::If)
                .map_with(|_, e| e.span())
                .then(disjunction.clone())
                .then(
                    tok(TokenKind::Else)
                        .ignore_then(expression.clone())
                        .or_not(),
                )
                .or_not(),
        )
        .validate(|(body, tail), e, emitter| match tail {
            None => body,
            Some(((_, test), Some(orelse))) => Expr::new(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                range(e.span()),
            ),
            Some(((_, test), None)) => {
                let r = body.range.cover(test.range);
                emitter.emit(ParseError::custom(
                    r,
                    "expected 'else' after 'if' expression",
                ));
                body
            }
        });
    let lambda = tok(TokenKind::Lambda)
        .ignore_then(lambda_parameters(cx, expression.clone()).or_not())
        .then_ignore(tok(TokenKind::Colon))
        .then(expression)
        .map_with(|(args, body), e| {
            let span = e.span();
            Expr::new(
                ExprKind::Lambda {
                    args: Box::new(args.unwrap_or_else(|| crate::ast::Arguments {
                        range: range(Span::from(span.start..span.start)),
                        ..Default::default()
                    })),
                    body: Box::new(body),
                },
                range(span),
            )
        });
    lambda.or(conditional).boxed()
}
