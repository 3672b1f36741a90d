//! What each [`TokenKind`] is called and spelled: the keyword table, the
//! operator table, and the names CPython's `token` module gives them.
//!
//! These tables are the one place a keyword or operator is spelled; the lexer,
//! the `tokenize` module and the docs all read them.

use crate::TokenKind;

/// Every hard keyword of Python 3.11, with its kind.
pub const KEYWORDS: &[(&str, TokenKind)] = &[
    ("False", TokenKind::False),
    ("None", TokenKind::None),
    ("True", TokenKind::True),
    ("and", TokenKind::And),
    ("as", TokenKind::As),
    ("assert", TokenKind::Assert),
    ("async", TokenKind::Async),
    ("await", TokenKind::Await),
    ("break", TokenKind::Break),
    ("class", TokenKind::Class),
    ("continue", TokenKind::Continue),
    ("def", TokenKind::Def),
    ("del", TokenKind::Del),
    ("elif", TokenKind::Elif),
    ("else", TokenKind::Else),
    ("except", TokenKind::Except),
    ("finally", TokenKind::Finally),
    ("for", TokenKind::For),
    ("from", TokenKind::From),
    ("global", TokenKind::Global),
    ("if", TokenKind::If),
    ("import", TokenKind::Import),
    ("in", TokenKind::In),
    ("is", TokenKind::Is),
    ("lambda", TokenKind::Lambda),
    ("nonlocal", TokenKind::Nonlocal),
    ("not", TokenKind::Not),
    ("or", TokenKind::Or),
    ("pass", TokenKind::Pass),
    ("raise", TokenKind::Raise),
    ("return", TokenKind::Return),
    ("try", TokenKind::Try),
    ("while", TokenKind::While),
    ("with", TokenKind::With),
    ("yield", TokenKind::Yield),
];

/// Every operator and delimiter: its spelling, its kind, and its name in
/// CPython's `token` module (what `tokenize -e` prints).
pub const OPERATORS: &[(&str, TokenKind, &str)] = &[
    ("(", TokenKind::Lpar, "LPAR"),
    (")", TokenKind::Rpar, "RPAR"),
    ("[", TokenKind::Lsqb, "LSQB"),
    ("]", TokenKind::Rsqb, "RSQB"),
    ("{", TokenKind::Lbrace, "LBRACE"),
    ("}", TokenKind::Rbrace, "RBRACE"),
    (":", TokenKind::Colon, "COLON"),
    (",", TokenKind::Comma, "COMMA"),
    (";", TokenKind::Semi, "SEMI"),
    ("+", TokenKind::Plus, "PLUS"),
    ("-", TokenKind::Minus, "MINUS"),
    ("*", TokenKind::Star, "STAR"),
    ("/", TokenKind::Slash, "SLASH"),
    ("|", TokenKind::Vbar, "VBAR"),
    ("&", TokenKind::Amper, "AMPER"),
    ("<", TokenKind::Less, "LESS"),
    (">", TokenKind::Greater, "GREATER"),
    ("=", TokenKind::Equal, "EQUAL"),
    (".", TokenKind::Dot, "DOT"),
    ("%", TokenKind::Percent, "PERCENT"),
    ("==", TokenKind::EqEqual, "EQEQUAL"),
    ("!=", TokenKind::NotEqual, "NOTEQUAL"),
    ("<=", TokenKind::LessEqual, "LESSEQUAL"),
    (">=", TokenKind::GreaterEqual, "GREATEREQUAL"),
    ("~", TokenKind::Tilde, "TILDE"),
    ("^", TokenKind::Circumflex, "CIRCUMFLEX"),
    ("<<", TokenKind::LeftShift, "LEFTSHIFT"),
    (">>", TokenKind::RightShift, "RIGHTSHIFT"),
    ("**", TokenKind::DoubleStar, "DOUBLESTAR"),
    ("+=", TokenKind::PlusEqual, "PLUSEQUAL"),
    ("-=", TokenKind::MinEqual, "MINEQUAL"),
    ("*=", TokenKind::StarEqual, "STAREQUAL"),
    ("/=", TokenKind::SlashEqual, "SLASHEQUAL"),
    ("%=", TokenKind::PercentEqual, "PERCENTEQUAL"),
    ("&=", TokenKind::AmperEqual, "AMPEREQUAL"),
    ("|=", TokenKind::VbarEqual, "VBAREQUAL"),
    ("^=", TokenKind::CircumflexEqual, "CIRCUMFLEXEQUAL"),
    ("<<=", TokenKind::LeftShiftEqual, "LEFTSHIFTEQUAL"),
    (">>=", TokenKind::RightShiftEqual, "RIGHTSHIFTEQUAL"),
    ("**=", TokenKind::DoubleStarEqual, "DOUBLESTAREQUAL"),
    ("//", TokenKind::DoubleSlash, "DOUBLESLASH"),
    ("//=", TokenKind::DoubleSlashEqual, "DOUBLESLASHEQUAL"),
    ("@", TokenKind::At, "AT"),
    ("@=", TokenKind::AtEqual, "ATEQUAL"),
    ("->", TokenKind::Rarrow, "RARROW"),
    ("...", TokenKind::Ellipsis, "ELLIPSIS"),
    (":=", TokenKind::ColonEqual, "COLONEQUAL"),
];

impl TokenKind {
    /// The keyword spelled `name`, if it is one (soft keywords are not).
    pub fn keyword(name: &str) -> Option<TokenKind> {
        // A match on string literals compiles to a length switch and a few
        // comparisons: cheaper than searching KEYWORDS for every name.
        Some(match name {
            "False" => TokenKind::False,
            "None" => TokenKind::None,
            "True" => TokenKind::True,
            "and" => TokenKind::And,
            "as" => TokenKind::As,
            "assert" => TokenKind::Assert,
            "async" => TokenKind::Async,
            "await" => TokenKind::Await,
            "break" => TokenKind::Break,
            "class" => TokenKind::Class,
            "continue" => TokenKind::Continue,
            "def" => TokenKind::Def,
            "del" => TokenKind::Del,
            "elif" => TokenKind::Elif,
            "else" => TokenKind::Else,
            "except" => TokenKind::Except,
            "finally" => TokenKind::Finally,
            "for" => TokenKind::For,
            "from" => TokenKind::From,
            "global" => TokenKind::Global,
            "if" => TokenKind::If,
            "import" => TokenKind::Import,
            "in" => TokenKind::In,
            "is" => TokenKind::Is,
            "lambda" => TokenKind::Lambda,
            "nonlocal" => TokenKind::Nonlocal,
            "not" => TokenKind::Not,
            "or" => TokenKind::Or,
            "pass" => TokenKind::Pass,
            "raise" => TokenKind::Raise,
            "return" => TokenKind::Return,
            "try" => TokenKind::Try,
            "while" => TokenKind::While,
            "with" => TokenKind::With,
            "yield" => TokenKind::Yield,
            _ => return None,
        })
    }

    /// Whether this is a hard keyword (`if`, `None`, ...).
    pub fn is_keyword(self) -> bool {
        KEYWORDS.iter().any(|&(_, kind)| kind == self)
    }

    /// Whether this is an operator or delimiter (`OP` in `tokenize`).
    pub fn is_operator(self) -> bool {
        self.operator_entry().is_some()
    }

    /// How an operator or keyword is spelled; `None` for the other kinds,
    /// whose text is whatever the source says.
    pub fn text(self) -> Option<&'static str> {
        if let Some(&(text, _, _)) = self.operator_entry() {
            return Some(text);
        }
        KEYWORDS
            .iter()
            .find(|&&(_, kind)| kind == self)
            .map(|&(text, _)| text)
    }

    fn operator_entry(self) -> Option<&'static (&'static str, TokenKind, &'static str)> {
        OPERATORS.iter().find(|&&(_, kind, _)| kind == self)
    }

    /// The token's type name as `tokenize` prints it: `NAME`, `NUMBER`,
    /// `STRING`, `OP`, `NEWLINE`, `NL`, ...
    pub fn tokenize_name(self) -> &'static str {
        match self {
            TokenKind::Name => "NAME",
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary => "NUMBER",
            TokenKind::String | TokenKind::FString => "STRING",
            TokenKind::Newline => "NEWLINE",
            TokenKind::NonLogicalNewline => "NL",
            TokenKind::Indent => "INDENT",
            TokenKind::Dedent => "DEDENT",
            TokenKind::Comment => "COMMENT",
            TokenKind::EndMarker => "ENDMARKER",
            TokenKind::ErrorToken => "ERRORTOKEN",
            kind if kind.is_keyword() => "NAME",
            _ => "OP",
        }
    }

    /// The exact type name (`tokenize -e`): operators get their own name
    /// (`LPAR`, `RARROW`), everything else its `tokenize_name`.
    pub fn exact_name(self) -> &'static str {
        match self.operator_entry() {
            Some(&(_, _, name)) => name,
            None => self.tokenize_name(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_lookup_agrees_with_the_table() {
        for &(text, kind) in KEYWORDS {
            assert_eq!(TokenKind::keyword(text), Some(kind));
            assert_eq!(kind.text(), Some(text));
            assert_eq!(kind.tokenize_name(), "NAME");
        }
        for soft in ["match", "case", "_", "print", "Name"] {
            assert_eq!(TokenKind::keyword(soft), None);
        }
    }

    #[test]
    fn operators_have_cpython_names() {
        for &(text, kind, name) in OPERATORS {
            assert_eq!(kind.text(), Some(text));
            assert_eq!(kind.exact_name(), name);
            assert_eq!(kind.tokenize_name(), "OP");
        }
    }
}
