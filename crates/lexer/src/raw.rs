//! The raw tokens logos recognises: what kind of thing starts at each point
//! of the source.
//!
//! Operators, whitespace, comments, line breaks and ASCII names are matched
//! whole. Numbers and strings are only *started* here (their first digit,
//! their prefix and opening quote): the rules for where they end, and the
//! errors when they do not, are hand-written in `number.rs` and `string.rs`,
//! because they follow CPython's tokenizer step by step. Layout (NEWLINE,
//! INDENT, DEDENT) is not a matter of single tokens at all: `lexer.rs` builds
//! it from these.

use logos::Logos;

use crate::TokenKind;

#[derive(Logos, Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Raw {
    /// Spaces, tabs and form feeds.
    #[regex(r"[ \t\x0C]+")]
    Whitespace,

    /// One physical line break, in any of the three styles.
    #[regex(r"\r\n|\r|\n")]
    LineBreak,

    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,

    /// A `\`: a line continuation if a line break follows.
    #[token("\\")]
    Backslash,

    /// An ASCII name; `lexer.rs` extends it if non-ASCII characters follow.
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name,

    /// The start of a number: a digit, or `.` and a digit.
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,

    /// A string's prefix (if any) and opening quote.
    #[regex(r#"([rRbBuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#)]
    StringStart,

    /// One non-ASCII character: the start of a Unicode name, or an error.
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,

    #[token("(", |_| TokenKind::Lpar)]
    #[token(")", |_| TokenKind::Rpar)]
    #[token("[", |_| TokenKind::Lsqb)]
    #[token("]", |_| TokenKind::Rsqb)]
    #[token("{", |_| TokenKind::Lbrace)]
    #[token("}", |_| TokenKind::Rbrace)]
    #[token(":", |_| TokenKind::Colon)]
    #[token(",", |_| TokenKind::Comma)]
    #[token(";", |_| TokenKind::Semi)]
    #[token("+", |_| TokenKind::Plus)]
    #[token("-", |_| TokenKind::Minus)]
    #[token("*", |_| TokenKind::Star)]
    #[token("/", |_| TokenKind::Slash)]
    #[token("|", |_| TokenKind::Vbar)]
    #[token("&", |_| TokenKind::Amper)]
    #[token("<", |_| TokenKind::Less)]
    #[token(">", |_| TokenKind::Greater)]
    #[token("=", |_| TokenKind::Equal)]
    #[token(".", |_| TokenKind::Dot)]
    #[token("%", |_| TokenKind::Percent)]
    #[token("==", |_| TokenKind::EqEqual)]
    #[token("!=", |_| TokenKind::NotEqual)]
    #[token("<=", |_| TokenKind::LessEqual)]
    #[token(">=", |_| TokenKind::GreaterEqual)]
    #[token("~", |_| TokenKind::Tilde)]
    #[token("^", |_| TokenKind::Circumflex)]
    #[token("<<", |_| TokenKind::LeftShift)]
    #[token(">>", |_| TokenKind::RightShift)]
    #[token("**", |_| TokenKind::DoubleStar)]
    #[token("+=", |_| TokenKind::PlusEqual)]
    #[token("-=", |_| TokenKind::MinEqual)]
    #[token("*=", |_| TokenKind::StarEqual)]
    #[token("/=", |_| TokenKind::SlashEqual)]
    #[token("%=", |_| TokenKind::PercentEqual)]
    #[token("&=", |_| TokenKind::AmperEqual)]
    #[token("|=", |_| TokenKind::VbarEqual)]
    #[token("^=", |_| TokenKind::CircumflexEqual)]
    #[token("<<=", |_| TokenKind::LeftShiftEqual)]
    #[token(">>=", |_| TokenKind::RightShiftEqual)]
    #[token("**=", |_| TokenKind::DoubleStarEqual)]
    #[token("//", |_| TokenKind::DoubleSlash)]
    #[token("//=", |_| TokenKind::DoubleSlashEqual)]
    #[token("@", |_| TokenKind::At)]
    #[token("@=", |_| TokenKind::AtEqual)]
    #[token("->", |_| TokenKind::Rarrow)]
    #[token("...", |_| TokenKind::Ellipsis)]
    #[token(":=", |_| TokenKind::ColonEqual)]
    Operator(TokenKind),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(source: &str) -> Vec<(Result<Raw, ()>, &str)> {
        let mut lexer = Raw::lexer(source);
        let mut out = Vec::new();
        while let Some(token) = lexer.next() {
            out.push((token, lexer.slice()));
        }
        out
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            raw("rb'x"),
            vec![(Ok(Raw::StringStart), "rb'"), (Ok(Raw::Name), "x")]
        );
        assert_eq!(
            raw("ur'"),
            vec![(Ok(Raw::Name), "ur"), (Ok(Raw::StringStart), "'")]
        );
        assert_eq!(
            raw("**="),
            vec![(Ok(Raw::Operator(TokenKind::DoubleStarEqual)), "**=")]
        );
        assert_eq!(raw(".5"), vec![(Ok(Raw::NumberStart), ".5")]);
        assert_eq!(
            raw("..."),
            vec![(Ok(Raw::Operator(TokenKind::Ellipsis)), "...")]
        );
        assert_eq!(raw("é"), vec![(Ok(Raw::NonAscii), "é")]);
        assert_eq!(raw("$"), vec![(Err(()), "$")]);
    }
}
