//! The nesting limit, checked on the tokens before parsing.
//!
//! CPython 3.11 gives up on very deeply nested expressions (`-` repeated
//! 100000 times, 10000 nested `not`s, a 3000-term `1+1+...`) with a
//! `MemoryError` or `RecursionError`; it never crashes. pyrite must not
//! crash either, and a tree that deep would also be deep to walk, so the
//! nesting an expression could reach is estimated from its tokens and a
//! source beyond [`MAX_DEPTH`] is rejected up front with a `SyntaxError`.
//!
//! The estimate counts, within each bracket level, the operator tokens
//! since the last `,` or `;` (each may add a level to the tree), plus the
//! enclosing levels. Comparisons and `and`/`or` are not counted: a chain
//! of them is one flat node (`Compare`, `BoolOp`) however long it is, and
//! CPython compiles a 20,000-term `1 < 1 < ...` or `x and y and ...`. Brackets alone are limited by the lexer (`too many
//! nested parentheses`).
//!
//! Which error a too-deep source gets follows CPython: its parser keeps a
//! stack of at most 6000 rules and fails with a bare `MemoryError` on a run
//! of prefix operators about twice [`MAX_DEPTH`] long (`-` or `not` 5968
//! times, `lambda:` 2984 times); anything shallower that still exceeds
//! [`MAX_DEPTH`] parses there, and its compiler fails with `RecursionError:
//! maximum recursion depth exceeded during compilation`. pyrite rejects
//! both before parsing, so a syntax error later in such a file is not the
//! one reported, as it would be by CPython.

use pyrite_lexer::{Diagnostic, DiagnosticKind, TextRange, TokenKind};

use crate::grammar::Span;

/// Deeper than this, a source is rejected (CPython 3.11 itself fails at
/// about 3000 nested binary operations).
pub const MAX_DEPTH: usize = 3000;

/// The message CPython's compiler gives for a tree nested too deeply.
pub const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

/// The run of prefix operators (weighted as CPython's parser rules nest
/// them) from which CPython's parser gives up with `MemoryError`.
const PARSER_STACK_LIMIT: usize = 5968;

/// Checks the estimated nesting depth of `tokens`.
pub fn check(tokens: &[(TokenKind, Span)]) -> Result<(), Diagnostic> {
    // Operators counted at each open bracket level.
    let mut levels: Vec<usize> = vec![0];
    let mut total: usize = 0;
    for (i, &(kind, span)) in tokens.iter().enumerate() {
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                levels.push(0);
                total += 1;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if levels.len() > 1 => {
                let counted = levels.pop().unwrap_or(0);
                total = total.saturating_sub(counted + 1);
            }
            TokenKind::Comma | TokenKind::Semi => {
                if let Some(top) = levels.last_mut() {
                    total = total.saturating_sub(*top);
                    *top = 0;
                }
            }
            TokenKind::Newline => {
                levels.clear();
                levels.push(0);
                total = 0;
            }
            kind if adds_depth(kind) && !is_not_in_comparison(tokens, i) => {
                if let Some(top) = levels.last_mut() {
                    *top += 1;
                }
                total += 1;
                if total > MAX_DEPTH {
                    let range = TextRange::new(span.start, span.end);
                    return Err(if prefix_run(tokens, i) >= PARSER_STACK_LIMIT {
                        Diagnostic::new(DiagnosticKind::MemoryError, "", range)
                    } else {
                        Diagnostic::new(DiagnosticKind::RecursionError, TOO_DEEP, range)
                    });
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The weight of the run of prefix operators (`-x`, `not x`, `lambda: x`,
/// …) around `tokens[at]`: how deep CPython's parser must nest to read it.
fn prefix_run(tokens: &[(TokenKind, Span)], at: usize) -> usize {
    let weight = |kind: TokenKind| match kind {
        TokenKind::Minus | TokenKind::Plus | TokenKind::Tilde | TokenKind::Not => Some(1),
        TokenKind::Await => Some(1),
        TokenKind::Lambda => Some(2),
        TokenKind::Colon => Some(0),
        _ => None,
    };
    let before = tokens[..at]
        .iter()
        .rev()
        .map_while(|&(kind, _)| weight(kind));
    let after = tokens[at..].iter().map_while(|&(kind, _)| weight(kind));
    before.chain(after).sum()
}

/// Whether `tokens[at]` is the `not` of `is not` or `not in`: part of a
/// comparison operator, not the prefix `not` that nests.
fn is_not_in_comparison(tokens: &[(TokenKind, Span)], at: usize) -> bool {
    tokens[at].0 == TokenKind::Not
        && (at > 0 && tokens[at - 1].0 == TokenKind::Is
            || tokens
                .get(at + 1)
                .is_some_and(|&(kind, _)| kind == TokenKind::In))
}

fn adds_depth(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Plus | Minus
            | Star
            | Slash
            | DoubleSlash
            | Percent
            | At
            | DoubleStar
            | Tilde
            | Vbar
            | Amper
            | Circumflex
            | LeftShift
            | RightShift
            | Not
            | If
            | Lambda
            | Await
            | Dot
            | ColonEqual
            | Yield
    )
}
