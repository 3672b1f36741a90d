//! The token type shared by the lexer and the parser.

use std::ops::Range;

/// A byte range into the source text: `start..end`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "a range starts before it ends");
        TextRange {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest range covering both.
    pub fn cover(self, other: TextRange) -> TextRange {
        TextRange {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn as_range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One token: what it is, and where it is in the source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Token {
    pub kind: TokenKind,
    pub range: TextRange,
}

/// Every kind of token in Python 3.11.
///
/// Keywords have their own kinds so the parser can match on them; `tokenize`
/// prints them as `NAME`, as CPython does. The soft keywords `match`, `case`
/// and `_` are plain `Name`s: only the parser knows when they are keywords.
/// A string token (including an f-string) keeps its prefix and quotes in its
/// range; the parser re-scans its text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TokenKind {
    // Names and literals.
    Name,
    /// An integer literal in any base: `42`, `0x_1f`, `0o17`, `0b1`, `1_000`.
    Int,
    /// A float literal: `1.5`, `1e-3`, `.5`, `1_000.5e-3`.
    Float,
    /// An imaginary literal: `1j`, `1.5e-3J`.
    Imaginary,
    /// Any string or bytes literal, with its prefix and quotes.
    String,
    /// An f-string literal (prefix contains `f` or `F`), kept whole.
    FString,

    // Layout.
    /// A logical line ends (`NEWLINE` in CPython's tokenizer).
    Newline,
    /// A line break that does not end a logical line (`NL`): blank lines,
    /// comment-only lines, line breaks inside brackets.
    NonLogicalNewline,
    Indent,
    Dedent,
    Comment,
    EndMarker,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters, named as in CPython's `token` module.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,

    /// Text that forms no valid token: a malformed number, an unterminated
    /// string, a name with an invalid Unicode character, a NUL byte (each
    /// with a diagnostic from the lexer), or a stray `$`, `?`, `!` or
    /// backtick. Those last are tokens to CPython's tokenizer that no
    /// grammar rule accepts, so it is the parser that reports them, as
    /// `invalid syntax` at this token, and only if the lexer reported no
    /// error anywhere in the file (CPython prefers a tokenizer error).
    ErrorToken,
}
