//! Simple statements, blocks, and the module: the top of the grammar.

use chumsky::prelude::*;
use pyrite_lexer::TokenKind;

use super::compound::compound_statement;
use super::expr::{ExprRules, expression_rules};
use super::target::{delete_target, expr_name, invalid_target, store_target};
use super::{Cx, ParseError, Rule, Span, deep, name, range, tok};
use crate::ast::{Alias, Constant, Expr, ExprContext, ExprKind, Operator, Stmt, StmtKind, UnaryOp};

/// `file: statements ENDMARKER`.
pub(crate) fn module_rule<'s>(cx: Cx<'s>) -> Rule<'s, Vec<Stmt>> {
    statement_rule(cx)
        .repeated()
        .collect::<Vec<Vec<Stmt>>>()
        .map(|groups| groups.into_iter().flatten().collect())
        .then_ignore(tok(TokenKind::EndMarker))
        .then_ignore(end())
        .boxed()
}

/// `interactive: statement_newline`: one statement (or one line of simple
/// statements), as the REPL reads it.
pub(crate) fn interactive_rule<'s>(cx: Cx<'s>) -> Rule<'s, Vec<Stmt>> {
    statement_rule(cx)
        .or_not()
        .map(Option::unwrap_or_default)
        .then_ignore(tok(TokenKind::Newline).repeated())
        .then_ignore(tok(TokenKind::EndMarker))
        .then_ignore(end())
        .boxed()
}

/// `statement: compound_stmt | simple_stmts`.
fn statement_rule<'s>(cx: Cx<'s>) -> Rule<'s, Vec<Stmt>> {
    let r = expression_rules(cx);
    recursive(|statement| {
        let statement = statement.boxed();
        let block = block(cx, &r, statement);
        deep(
            compound_statement(cx, &r, block)
                .map(|s| vec![s])
                .or(simple_statements(cx, &r))
                .boxed(),
        )
    })
    .boxed()
}

/// `eval: expressions NEWLINE* ENDMARKER`.
pub(crate) fn expression_rule<'s>(cx: Cx<'s>) -> Rule<'s, Expr> {
    let r = expression_rules(cx);
    r.star_expressions
        .then_ignore(tok(TokenKind::Newline).repeated())
        .then_ignore(tok(TokenKind::EndMarker))
        .then_ignore(end())
        .boxed()
}

/// `block: NEWLINE INDENT statements DEDENT | simple_stmts`.
fn block<'s>(cx: Cx<'s>, r: &ExprRules<'s>, statement: Rule<'s, Vec<Stmt>>) -> Rule<'s, Vec<Stmt>> {
    let indented = tok(TokenKind::Newline)
        .ignore_then(tok(TokenKind::Indent))
        .ignore_then(statement.repeated().at_least(1).collect::<Vec<Vec<Stmt>>>())
        .then_ignore(tok(TokenKind::Dedent))
        .map(|groups| groups.into_iter().flatten().collect());
    indented.or(simple_statements(cx, r)).boxed()
}

/// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
pub(crate) fn simple_statements<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Vec<Stmt>> {
    simple_statement(cx, r)
        .separated_by(tok(TokenKind::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<Stmt>>()
        .then_ignore(tok(TokenKind::Newline))
        .boxed()
}

fn simple_statement<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Stmt> {
    let expression = r.core.expression.clone();
    let keyword_led = choice((
        tok(TokenKind::Pass).to(StmtKind::Pass),
        tok(TokenKind::Break).to(StmtKind::Break),
        tok(TokenKind::Continue).to(StmtKind::Continue),
        tok(TokenKind::Return)
            .ignore_then(r.star_expressions.clone().or_not())
            .map(|value| StmtKind::Return {
                value: value.map(Box::new),
            }),
        tok(TokenKind::Raise)
            .ignore_then(
                expression
                    .clone()
                    .then(
                        tok(TokenKind::From)
                            .ignore_then(expression.clone())
                            .or_not(),
                    )
                    .or_not(),
            )
            .map(|parts| match parts {
                None => StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                Some((exc, cause)) => StmtKind::Raise {
                    exc: Some(Box::new(exc)),
                    cause: cause.map(Box::new),
                },
            }),
        tok(TokenKind::Assert)
            .ignore_then(expression.clone())
            .then(
                tok(TokenKind::Comma)
                    .ignore_then(expression.clone())
                    .or_not(),
            )
            .map(|(test, msg)| StmtKind::Assert {
                test: Box::new(test),
                msg: msg.map(Box::new),
            }),
        tok(TokenKind::Global)
            .ignore_then(names(cx))
            .map(|names| StmtKind::Global { names }),
        tok(TokenKind::Nonlocal)
            .ignore_then(names(cx))
            .map(|names| StmtKind::Nonlocal { names }),
        tok(TokenKind::Del)
            .ignore_then(
                tok(TokenKind::Star)
                    .or_not()
                    .then(r.core.primary.clone())
                    .map_with(|(star, value), e| match star {
                        None => value,
                        Some(_) => Expr::new(
                            ExprKind::Starred {
                                value: Box::new(value),
                                ctx: ExprContext::Load,
                            },
                            range(e.span()),
                        ),
                    })
                    .separated_by(tok(TokenKind::Comma))
                    .at_least(1)
                    .allow_trailing()
                    .collect::<Vec<Expr>>(),
            )
            .then_ignore(
                choice((tok(TokenKind::Semi), tok(TokenKind::Newline)))
                    .rewind()
                    .ignored(),
            )
            .validate(|targets, _, emitter| {
                let targets = targets
                    .into_iter()
                    .map(|t| {
                        delete_target(t).unwrap_or_else(|(t, error)| {
                            emitter.emit(error);
                            t
                        })
                    })
                    .collect();
                StmtKind::Delete { targets }
            }),
        import(cx),
        import_from(cx),
    ))
    .map_with(|kind, e| Stmt::new(kind, range(e.span())));
    keyword_led.or(expression_statement(cx, r)).boxed()
}

fn names<'s>(cx: Cx<'s>) -> Rule<'s, Vec<String>> {
    name(cx)
        .map(|(n, _)| n)
        .separated_by(tok(TokenKind::Comma))
        .at_least(1)
        .collect()
        .boxed()
}

fn dotted_name<'s>(cx: Cx<'s>) -> Rule<'s, String> {
    name(cx)
        .map(|(n, _)| n)
        .separated_by(tok(TokenKind::Dot))
        .at_least(1)
        .collect::<Vec<String>>()
        .map(|parts| parts.join("."))
        .boxed()
}

fn import<'s>(cx: Cx<'s>) -> Rule<'s, StmtKind> {
    let alias = dotted_name(cx)
        .then(tok(TokenKind::As).ignore_then(name(cx)).or_not())
        .map_with(|(name, asname), e| Alias {
            name,
            asname: asname.map(|(n, _)| n),
            range: range(e.span()),
        });
    tok(TokenKind::Import)
        .ignore_then(
            alias
                .separated_by(tok(TokenKind::Comma))
                .at_least(1)
                .collect::<Vec<Alias>>(),
        )
        .map(|names| StmtKind::Import { names })
        .boxed()
}

fn import_from<'s>(cx: Cx<'s>) -> Rule<'s, StmtKind> {
    let dots = choice((
        tok(TokenKind::Dot).to(1u32),
        tok(TokenKind::Ellipsis).to(3u32),
    ))
    .repeated();
    let alias = name(cx)
        .then(tok(TokenKind::As).ignore_then(name(cx)).or_not())
        .map_with(|((name, _), asname), e| Alias {
            name,
            asname: asname.map(|(n, _)| n),
            range: range(e.span()),
        })
        .boxed();
    let aliases = alias
        .clone()
        .separated_by(tok(TokenKind::Comma))
        .at_least(1)
        .collect::<Vec<Alias>>();
    let targets = choice((
        tok(TokenKind::Star).map_with(|_, e| {
            vec![Alias {
                name: "*".to_owned(),
                asname: None,
                range: range(e.span()),
            }]
        }),
        alias
            .separated_by(tok(TokenKind::Comma))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<Alias>>()
            .delimited_by(tok(TokenKind::Lpar), tok(TokenKind::Rpar)),
        aliases,
    ));
    let source = choice((
        dots.clone()
            .at_least(1)
            .fold(0u32, |a, b| a + b)
            .then(dotted_name(cx).or_not()),
        dotted_name(cx).map(|module| (0, Some(module))),
    ));
    tok(TokenKind::From)
        .ignore_then(source)
        .then_ignore(tok(TokenKind::Import))
        .then(targets)
        .map(|((level, module), names)| StmtKind::ImportFrom {
            module,
            names,
            level,
        })
        .boxed()
}

/// Expression statements and the three assignment forms.
fn expression_statement<'s>(cx: Cx<'s>, r: &ExprRules<'s>) -> Rule<'s, Stmt> {
    #[derive(Clone)]
    enum Tail {
        Nothing,
        Assign(Vec<Expr>),
        Augmented(Operator, Expr),
        Annotated(Expr, Option<Expr>),
    }
    let value = r.yield_expr.clone().or(r.star_expressions.clone()).boxed();
    let augmented = select! {
        TokenKind::PlusEqual => Operator::Add,
        TokenKind::MinEqual => Operator::Sub,
        TokenKind::StarEqual => Operator::Mult,
        TokenKind::AtEqual => Operator::MatMult,
        TokenKind::SlashEqual => Operator::Div,
        TokenKind::PercentEqual => Operator::Mod,
        TokenKind::AmperEqual => Operator::BitAnd,
        TokenKind::VbarEqual => Operator::BitOr,
        TokenKind::CircumflexEqual => Operator::BitXor,
        TokenKind::LeftShiftEqual => Operator::LShift,
        TokenKind::RightShiftEqual => Operator::RShift,
        TokenKind::DoubleStarEqual => Operator::Pow,
        TokenKind::DoubleSlashEqual => Operator::FloorDiv,
    };
    let tail = choice((
        tok(TokenKind::Equal)
            .ignore_then(value.clone())
            .repeated()
            .at_least(1)
            .collect::<Vec<Expr>>()
            .map(Tail::Assign),
        augmented
            .then(value.clone())
            .map(|(op, v)| Tail::Augmented(op, v)),
        tok(TokenKind::Colon)
            .ignore_then(r.core.expression.clone())
            .then(tok(TokenKind::Equal).ignore_then(value.clone()).or_not())
            .map(|(annotation, v)| Tail::Annotated(annotation, v)),
        empty().to(Tail::Nothing),
    ));
    value
        .then(tail)
        .validate(move |(first, tail), e, emitter| {
            let span: Span = e.span();
            let kind = match tail {
                Tail::Nothing => StmtKind::Expr {
                    value: Box::new(first),
                },
                Tail::Assign(mut values) => {
                    let value = values.pop().expect("at_least(1) collected a value");
                    let single = values.is_empty();
                    let mut targets = Vec::with_capacity(values.len() + 1);
                    for (i, target) in std::iter::once(first).chain(values).enumerate() {
                        let before = cx.source.get(..target.range.start as usize).unwrap_or("");
                        let parenthesised = before.trim_end().ends_with('(');
                        targets.push(assignment_target(
                            target,
                            i == 0 && single,
                            parenthesised,
                            &value,
                            emitter,
                        ));
                    }
                    StmtKind::Assign {
                        targets,
                        value: Box::new(value),
                        type_comment: None,
                    }
                }
                Tail::Augmented(op, value) => {
                    let target = match &first.kind {
                        ExprKind::Name { .. }
                        | ExprKind::Attribute { .. }
                        | ExprKind::Subscript { .. } => {
                            store_target(first).unwrap_or_else(|(t, _)| t)
                        }
                        _ => {
                            emitter.emit(ParseError::custom(
                                first.range,
                                format!(
                                    "'{}' is an illegal expression for augmented assignment",
                                    expr_name(&first)
                                ),
                            ));
                            first
                        }
                    };
                    StmtKind::AugAssign {
                        target: Box::new(target),
                        op,
                        value: Box::new(value),
                    }
                }
                Tail::Annotated(annotation, value) => {
                    let parenthesised = first.range.start as usize != span.start;
                    let simple = matches!(first.kind, ExprKind::Name { .. }) && !parenthesised;
                    let target = match &first.kind {
                        ExprKind::Name { .. }
                        | ExprKind::Attribute { .. }
                        | ExprKind::Subscript { .. } => {
                            store_target(first).unwrap_or_else(|(t, _)| t)
                        }
                        ExprKind::Tuple { .. } | ExprKind::List { .. } => {
                            let what = expr_name(&first);
                            emitter.emit(ParseError::custom(
                                first.range,
                                format!("only single target (not {what}) can be annotated"),
                            ));
                            first
                        }
                        _ => {
                            emitter.emit(ParseError::custom(
                                first.range,
                                "illegal target for annotation",
                            ));
                            first
                        }
                    };
                    StmtKind::AnnAssign {
                        target: Box::new(target),
                        annotation: Box::new(annotation),
                        value: value.map(Box::new),
                        simple,
                    }
                }
            };
            Stmt::new(kind, range(span))
        })
        .boxed()
}

/// Checks one target of `a = b = value`, with CPython's messages: the
/// first of a single `=` gets `Maybe you meant '==' instead of '='?` when
/// it is an operand-level expression (CPython's `invalid_named_expression`).
fn assignment_target(
    target: Expr,
    lone: bool,
    parenthesised: bool,
    value: &Expr,
    emitter: &mut chumsky::input::Emitter<ParseError>,
) -> Expr {
    let is_yield = matches!(
        target.kind,
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
    );
    // `x = yield = 1`; a parenthesised `(yield)` is an ordinary bad target.
    if is_yield && !parenthesised {
        emitter.emit(ParseError::custom(
            target.range,
            "assignment to yield expression not possible",
        ));
        return target;
    }
    match store_target(target) {
        Ok(t) => t,
        Err((target, error)) => {
            let whole_is_bad =
                invalid_target(&target, false).map(|bad| bad.range) == Some(target.range);
            if lone && whole_is_bad && is_operand_level(&target) && is_operand_level(value) {
                emitter.emit(ParseError::custom(
                    target.range,
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(&target)
                    ),
                ));
            } else {
                emitter.emit(error);
            }
            target
        }
    }
}

/// Whether `e` is a `bitwise_or` (not a comparison, `not`, `and`/`or`,
/// conditional, lambda), and not one of the forms CPython's
/// `invalid_named_expression` excludes.
fn is_operand_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Compare { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Yield { .. }
        | ExprKind::YieldFrom { .. }
        | ExprKind::Starred { .. }
        | ExprKind::List { .. }
        | ExprKind::GeneratorExp { .. } => false,
        ExprKind::Tuple { elts, .. } => elts.first().is_some_and(is_operand_level),
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::Constant { value, .. } => !matches!(value, Constant::None | Constant::Bool(_)),
        _ => true,
    }
}
