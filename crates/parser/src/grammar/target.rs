//! Assignment and deletion targets: checking that an expression can be
//! one, with CPython's messages, and giving it the `Store`/`Del` context.
//!
//! Targets are parsed as expressions and checked afterwards, which is
//! what lets the errors name what was found (`cannot assign to function
//! call`), as CPython's `invalid_*` rules do.

use super::ParseError;
use crate::ast::{Constant, Expr, ExprContext, ExprKind};

/// What `_PyPegen_get_expr_name` calls an expression in messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be a target (`_PyPegen_get_invalid_target`).
pub(crate) fn invalid_target(e: &Expr, delete: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, delete))
        }
        ExprKind::Starred { value, .. } => {
            if delete {
                Some(e)
            } else {
                invalid_target(value, delete)
            }
        }
        _ => Some(e),
    }
}

/// Gives a valid target its context, all the way down.
pub(crate) fn with_context(mut e: Expr, ctx: ExprContext) -> Expr {
    set_context(&mut e, ctx);
    e
}

fn set_context(e: &mut Expr, new: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_context(value, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            for elt in elts {
                set_context(elt, new);
            }
        }
        _ => {}
    }
}

/// `e` as an assignment target, or `cannot assign to ...`.
pub(crate) fn store_target(e: Expr) -> Result<Expr, (Expr, ParseError)> {
    match invalid_target(&e, false) {
        None => Ok(with_context(e, ExprContext::Store)),
        Some(bad) => {
            let error =
                ParseError::custom(bad.range, format!("cannot assign to {}", expr_name(bad)));
            Err((e, error))
        }
    }
}

/// `e` as a `del` target, or `cannot delete ...`.
pub(crate) fn delete_target(e: Expr) -> Result<Expr, (Expr, ParseError)> {
    match invalid_target(&e, true) {
        None => Ok(with_context(e, ExprContext::Del)),
        Some(bad) => {
            let error = ParseError::custom(bad.range, format!("cannot delete {}", expr_name(bad)));
            Err((e, error))
        }
    }
}

/// The target of `:=`, which must be a plain name.
pub(crate) fn named_target(e: Expr) -> Result<Expr, (Expr, ParseError)> {
    if matches!(e.kind, ExprKind::Name { .. }) {
        return Ok(with_context(e, ExprContext::Store));
    }
    let error = ParseError::custom(
        e.range,
        format!("cannot use assignment expressions with {}", expr_name(&e)),
    );
    Err((e, error))
}
