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
//! enclosing levels. Brackets alone are limited by the lexer (`too many
//! nested parentheses`).

use pyrite_lexer::{Diagnostic, TextRange, TokenKind};

use crate::grammar::Span;

/// Deeper than this, a source is rejected (CPython 3.11 itself fails at
/// about 3000 nested binary operations).
pub const MAX_DEPTH: usize = 3000;

/// The message for a source nested too deeply.
pub const TOO_DEEP: &str = "too many nested expressions";

/// Checks the estimated nesting depth of `tokens`.
pub fn check(tokens: &[(TokenKind, Span)]) -> Result<(), Diagnostic> {
    // Operators counted at each open bracket level.
    let mut levels: Vec<usize> = vec![0];
    let mut total: usize = 0;
    for &(kind, span) in tokens {
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
            kind if adds_depth(kind) => {
                if let Some(top) = levels.last_mut() {
                    *top += 1;
                }
                total += 1;
                if total > MAX_DEPTH {
                    return Err(Diagnostic::syntax(
                        TOO_DEEP,
                        TextRange::new(span.start, span.end),
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(())
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
            | Less
            | Greater
            | EqEqual
            | NotEqual
            | LessEqual
            | GreaterEqual
            | Not
            | And
            | Or
            | If
            | Lambda
            | Await
            | Dot
            | ColonEqual
            | Yield
    )
}
