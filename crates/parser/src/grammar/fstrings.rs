//! String literals in the grammar: implicit concatenation, bytes, and
//! f-strings turned into `JoinedStr` / `FormattedValue`.
//!
//! Before parsing, [`FStringTable::build`] scans every f-string token and
//! tokenizes each field's expression (as CPython 3.11 does, inside
//! parentheses so it may span lines). The tokens live in the table, which
//! outlives the parse, so a field is parsed with the same expression rule
//! as the rest of the file, on its own token slice.

use std::collections::HashMap;

use chumsky::prelude::*;
use pyrite_lexer::{TextRange, TokenKind};

use super::{Cx, ParseError, Rule, Span, range, span_of};
use crate::ast::{Constant, Expr, ExprKind};
use crate::errors::diagnose;
use crate::literals::fstring::{self, Piece};
use crate::literals::string::{self, Decoded, decode_bytes, decode_str};

/// An f-string piece whose field expression has been tokenized.
#[derive(Debug)]
pub(crate) enum Prepared {
    Literal(String),
    Field {
        tokens: Vec<(TokenKind, Span)>,
        expr: TextRange,
        debug: Option<String>,
        conversion: i32,
        spec: Option<Vec<Prepared>>,
    },
}

/// The scanned f-strings of one source, by token start offset.
#[derive(Default, Debug)]
pub(crate) struct FStringTable {
    entries: HashMap<usize, Result<Vec<Prepared>, ParseError>>,
}

impl FStringTable {
    /// Scans every f-string among `tokens` (and, recursively, in their
    /// fields).
    pub fn build(source: &str, tokens: &[(TokenKind, Span)]) -> Self {
        let mut table = FStringTable::default();
        table.add_tokens(source, tokens);
        table
    }

    fn add_tokens(&mut self, source: &str, tokens: &[(TokenKind, Span)]) {
        for &(kind, span) in tokens {
            if kind == TokenKind::FString {
                let entry = self.prepare_token(source, span);
                self.entries.insert(span.start, entry);
            }
        }
    }

    fn prepare_token(&mut self, source: &str, span: Span) -> Result<Vec<Prepared>, ParseError> {
        let text = source.get(span.start..span.end).unwrap_or("");
        let lit = string::split(text);
        let base = span.start + lit.body_offset;
        let pieces = fstring::scan(lit.body, base, lit.prefix.raw)
            .map_err(|e| ParseError::custom(TextRange::new(span.end, span.end), e.message))?;
        self.prepare_pieces(source, pieces)
    }

    fn prepare_pieces(
        &mut self,
        source: &str,
        pieces: Vec<Piece>,
    ) -> Result<Vec<Prepared>, ParseError> {
        let mut out = Vec::with_capacity(pieces.len());
        for piece in pieces {
            match piece {
                Piece::Literal(text) => out.push(Prepared::Literal(text)),
                Piece::Field(field) => {
                    let tokens = self.field_tokens(source, field.expr)?;
                    let spec = match field.spec {
                        Some(spec) => Some(self.prepare_pieces(source, spec)?),
                        None => None,
                    };
                    out.push(Prepared::Field {
                        tokens,
                        expr: field.expr,
                        debug: field.debug,
                        conversion: field.conversion,
                        spec,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Tokenizes `(expr)`, its tokens moved to their place in the source
    /// (the parentheses land on the field's braces).
    fn field_tokens(
        &mut self,
        source: &str,
        expr: TextRange,
    ) -> Result<Vec<(TokenKind, Span)>, ParseError> {
        let text = source.get(expr.as_range()).unwrap_or("");
        let wrapped = format!("({text})");
        let (tokens, diagnostics) = pyrite_lexer::tokenize(&wrapped);
        if let Some(d) = diagnostics.first() {
            return Err(ParseError::custom(expr, format!("f-string: {}", d.message)));
        }
        let shift = |offset: u32| (offset as usize + expr.start as usize).saturating_sub(1);
        let kept: Vec<(TokenKind, Span)> = tokens
            .iter()
            .filter(|t| {
                !matches!(
                    t.kind,
                    TokenKind::Comment
                        | TokenKind::NonLogicalNewline
                        | TokenKind::Newline
                        | TokenKind::Indent
                        | TokenKind::Dedent
                        | TokenKind::EndMarker
                )
            })
            .map(|t| (t.kind, Span::from(shift(t.range.start)..shift(t.range.end))))
            .collect();
        // The wrapping parentheses stay: the field rule expects them, and
        // error messages see the expression as CPython does, in brackets.
        let inner = kept;
        self.add_tokens(source, &inner);
        Ok(inner)
    }
}

/// One or more adjacent string tokens as a single expression.
pub(crate) fn concatenate<'s>(
    cx: Cx<'s>,
    spans: &[Span],
    field: &Rule<'s, Expr>,
) -> Result<Expr, ParseError> {
    let whole = range(Span::from(spans[0].start..spans[spans.len() - 1].end));
    // CPython reports a literal's errors at its end.
    let at_end = TextRange::new(whole.end as usize, whole.end as usize);
    let mut any_bytes = false;
    let mut any_str = false;
    let mut any_format = false;
    for &span in spans {
        let lit = string::split(cx.text(span));
        if lit.prefix.bytes {
            any_bytes = true;
        } else {
            any_str = true;
        }
        any_format |= lit.prefix.format;
    }
    if any_bytes && any_str {
        return Err(ParseError::custom(
            at_end,
            "cannot mix bytes and nonbytes literals",
        ));
    }
    if any_bytes {
        let mut value = Vec::new();
        for &span in spans {
            let lit = string::split(cx.text(span));
            if !lit.body.is_ascii() {
                return Err(ParseError::custom(
                    range(span),
                    "bytes can only contain ASCII literal characters",
                ));
            }
            let bytes = decode_bytes(lit.body, lit.prefix.raw)
                .map_err(|e| ParseError::custom(at_end, e.message))?;
            value.extend(bytes);
        }
        return Ok(constant(Constant::Bytes(value), None, whole));
    }
    if !any_format {
        let mut value = String::new();
        // Set once a piece holds a lone surrogate: then the whole value is
        // kept as code points.
        let mut points: Option<Vec<u32>> = None;
        for &span in spans {
            let lit = string::split(cx.text(span));
            let decoded = decode_str(lit.body, lit.prefix.raw)
                .map_err(|e| ParseError::custom(at_end, e.message))?;
            match (decoded, &mut points) {
                (Decoded::Text(text), None) => value.push_str(&text),
                (Decoded::Text(text), Some(points)) => points.extend(text.chars().map(u32::from)),
                (Decoded::CodePoints(more), None) => {
                    let mut all: Vec<u32> = value.chars().map(u32::from).collect();
                    all.extend(more);
                    points = Some(all);
                }
                (Decoded::CodePoints(more), Some(points)) => points.extend(more),
            }
        }
        let first = string::split(cx.text(spans[0]));
        let kind = first.prefix.unicode.then(|| "u".to_owned());
        let value = match points {
            Some(points) => Constant::SurrogateStr(points),
            None => Constant::Str(value),
        };
        return Ok(constant(value, kind, whole));
    }
    let mut values = Parts::default();
    for &span in spans {
        let lit = string::split(cx.text(span));
        if lit.prefix.format {
            match cx.fstrings.entries.get(&span.start) {
                Some(Ok(pieces)) => values.extend(cx.source, pieces, field, whole, range(span))?,
                Some(Err(error)) => return Err(error.clone()),
                None => return Err(ParseError::custom(at_end, "f-string: invalid syntax")),
            }
        } else {
            let text = decode_str(lit.body, lit.prefix.raw)
                .map_err(|e| ParseError::custom(at_end, e.message))?
                .into_text_lossy();
            values.literal(&text);
        }
    }
    Ok(Expr::new(
        ExprKind::JoinedStr {
            values: values.finish(whole),
        },
        whole,
    ))
}

fn constant(value: Constant, kind: Option<String>, r: TextRange) -> Expr {
    Expr::new(ExprKind::Constant { value, kind }, r)
}

/// The values of a `JoinedStr` being built: adjacent literal text is
/// merged into one `Constant`, and empty text is dropped.
#[derive(Default)]
struct Parts {
    values: Vec<Expr>,
    pending: String,
}

impl Parts {
    fn literal(&mut self, text: &str) {
        self.pending.push_str(text);
    }

    fn flush(&mut self, r: TextRange) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            self.values.push(constant(Constant::Str(text), None, r));
        }
    }

    fn finish(mut self, r: TextRange) -> Vec<Expr> {
        self.flush(r);
        self.values
    }

    fn extend<'s>(
        &mut self,
        source: &str,
        pieces: &'s [Prepared],
        field: &Rule<'s, Expr>,
        whole: TextRange,
        token: TextRange,
    ) -> Result<(), ParseError> {
        for piece in pieces {
            match piece {
                Prepared::Literal(text) => self.literal(text),
                Prepared::Field {
                    tokens,
                    expr,
                    debug,
                    conversion,
                    spec,
                    ..
                } => {
                    if let Some(debug) = debug {
                        self.literal(debug);
                    }
                    self.flush(whole);
                    let value = parse_field(source, tokens, *expr, field)?;
                    let format_spec = match spec {
                        Some(spec) => {
                            let mut parts = Parts::default();
                            // A format spec has the range of the f-string
                            // token holding it, as in CPython 3.11.
                            parts.extend(source, spec, field, token, token)?;
                            Some(Box::new(Expr::new(
                                ExprKind::JoinedStr {
                                    values: parts.finish(token),
                                },
                                token,
                            )))
                        }
                        None => None,
                    };
                    // CPython 3.11 gives every part of a JoinedStr the range
                    // of the whole literal.
                    self.values.push(Expr::new(
                        ExprKind::FormattedValue {
                            value: Box::new(value),
                            conversion: *conversion,
                            format_spec,
                        },
                        whole,
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Parses one field's expression from its tokens. An error gets the
/// message the whole-file parser would give it, after `f-string: `.
fn parse_field<'s>(
    source: &str,
    tokens: &'s [(TokenKind, Span)],
    expr: TextRange,
    field: &Rule<'s, Expr>,
) -> Result<Expr, ParseError> {
    use chumsky::input::Input;
    let eoi = span_of(TextRange::new(expr.end as usize, expr.end as usize));
    let input = tokens.split_token_span(eoi);
    field.parse(input).into_result().map_err(|errors| {
        let first = errors
            .into_iter()
            .min_by_key(|e| (e.span.start, e.message.is_none()));
        let message = match first {
            Some(error) => diagnose(source, tokens, error).message,
            None => "invalid syntax".to_owned(),
        };
        ParseError::custom(expr, format!("f-string: {message}"))
    })
}
