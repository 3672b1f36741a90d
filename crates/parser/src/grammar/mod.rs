//! The grammar: chumsky parsers over the filtered token slice.
//!
//! Each file holds one family of rules (`expr`, `atom`, `params`,
//! `stmt`, `compound`, `pattern`); every rule a file exports is boxed
//! ([`Rule`]), which keeps the parser types small and compile times sane.
//!
//! The input is the lexer's tokens without comments and non-logical
//! newlines, as `(TokenKind, Span)` pairs whose spans are byte ranges into
//! the source, so `e.span()` in a `map_with` is a node's source range.
//! Token texts (names, numbers, strings) are read from the source through
//! [`Cx`].
//!
//! Errors: a parser that fails produces a [`ParseError`] without a message
//! (CPython's `invalid syntax`); the checks CPython makes while parsing
//! (invalid targets, argument order, ...) emit errors with CPython's
//! message and keep parsing, so that the earliest one can be reported.

mod atom;
mod compound;
mod expr;
mod fstrings;
mod params;
mod pattern;
mod stmt;
mod target;

pub(crate) use fstrings::FStringTable;
pub(crate) use stmt::{expression_rule, interactive_rule, module_rule};

use chumsky::input::MappedInput;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;
use pyrite_lexer::{TextRange, TokenKind};

pub(crate) type Span = SimpleSpan;
pub(crate) type Tokens<'s> = MappedInput<'s, TokenKind, Span, &'s [(TokenKind, Span)]>;
pub(crate) type Extra = extra::Err<ParseError>;
/// A boxed rule: the unit the grammar is built from.
pub(crate) type Rule<'s, O> = Boxed<'s, 's, Tokens<'s>, O, Extra>;

/// A parse failure: where, and CPython's message if it is not the generic
/// `invalid syntax`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ParseError {
    pub span: Span,
    pub message: Option<String>,
}

impl ParseError {
    pub fn custom(range: TextRange, message: impl Into<String>) -> Self {
        ParseError {
            span: span_of(range),
            message: Some(message.into()),
        }
    }
}

impl<'s, I: chumsky::input::Input<'s, Span = Span>> chumsky::error::Error<'s, I> for ParseError {
    fn merge(self, other: Self) -> Self {
        if self.message.is_none() && other.message.is_some() {
            other
        } else {
            self
        }
    }
}

impl<'s, I: chumsky::input::Input<'s, Span = Span>, L> chumsky::label::LabelError<'s, I, L>
    for ParseError
{
    fn expected_found<E: IntoIterator<Item = L>>(
        _expected: E,
        _found: Option<MaybeRef<'s, I::Token>>,
        span: Span,
    ) -> Self {
        ParseError {
            span,
            message: None,
        }
    }
}

/// What every rule may read besides the tokens: the source text and the
/// pre-scanned f-strings.
#[derive(Clone, Copy)]
pub(crate) struct Cx<'s> {
    pub source: &'s str,
    pub fstrings: &'s FStringTable,
}

impl<'s> Cx<'s> {
    pub fn text(&self, span: Span) -> &'s str {
        self.source.get(span.start..span.end).unwrap_or("")
    }
}

/// A node's range from the span chumsky gives it. The span of a rule that
/// matched nothing can end before it starts (it runs from the next token to
/// the previous one); such a range is empty, at its start.
pub(crate) fn range(span: Span) -> TextRange {
    TextRange::new(span.start, span.end.max(span.start))
}

pub(crate) fn span_of(range: TextRange) -> Span {
    SimpleSpan::from(range.start as usize..range.end as usize)
}

/// One token of kind `kind`.
pub(crate) fn tok<'s>(kind: TokenKind) -> impl Parser<'s, Tokens<'s>, TokenKind, Extra> + Clone {
    just(kind)
}

/// Room the stack must have left before a recursive rule runs; below it,
/// the rule runs on a fresh heap-allocated stack segment.
const STACK_RED_ZONE: usize = 256 * 1024;
/// The size of each such segment.
const STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// `rule`, run on a fresh stack segment when the current one is nearly
/// full. Every recursive rule is wrapped in this, so nesting is limited by
/// [`crate::depth`], never by the thread's stack.
pub(crate) fn deep<'s, O: 's>(rule: Rule<'s, O>) -> Rule<'s, O> {
    custom(move |inp| stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || inp.parse(&rule)))
        .boxed()
}

/// A `Name` token: its (NFKC-normalised) text and span.
pub(crate) fn name<'s>(cx: Cx<'s>) -> Rule<'s, (String, Span)> {
    select! { TokenKind::Name = e => e.span() }
        .map(move |span: Span| {
            (
                pyrite_lexer::normalize_identifier(cx.text(span)).into_owned(),
                span,
            )
        })
        .boxed()
}

/// A `Name` token spelled `word` (the soft keywords `match`, `case`, `_`).
pub(crate) fn soft_keyword<'s>(cx: Cx<'s>, word: &'static str) -> Rule<'s, Span> {
    select! { TokenKind::Name = e => e.span() }
        .filter(move |span: &Span| cx.text(*span) == word)
        .boxed()
}
