//! Number literals, scanned as CPython's tokenizer scans them.
//!
//! The scanner follows `tok_get`'s number branch in CPython 3.11's
//! `Parser/tokenizer.c` step by step, because its error messages (and where
//! they point) depend on exactly how far it has read: `1__0` is an
//! `invalid decimal literal` pointing at the first `_`, `0o8` an
//! `invalid digit '8' in octal literal` pointing at the `8`.
//!
//! Invariant: the scanner only reads ASCII bytes before it stops, so every
//! offset it returns is a character boundary.

use crate::TokenKind;

/// Why a number literal is malformed, in CPython's words.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NumberError {
    pub message: String,
    /// Byte offset (from the literal's start) of the character CPython's
    /// caret points at.
    pub caret: usize,
    /// Byte offset just past what the error covers (at least `caret + 1`).
    pub end: usize,
}

/// A byte cursor with C's `tok_nextc`/`tok_backup` semantics: reading past
/// the end yields `EOF`, and backing up over `EOF` does nothing.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

const EOF: u32 = 0x100;

impl Cursor<'_> {
    fn next(&mut self) -> u32 {
        match self.bytes.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                u32::from(b)
            }
            None => EOF,
        }
    }

    fn backup(&mut self, c: u32) {
        if c != EOF {
            self.pos -= 1;
        }
    }

    /// The generic `syntaxerror(tok, ...)`: the caret points at the last
    /// character read.
    fn error(&self, message: impl Into<String>) -> NumberError {
        let caret = self.pos.saturating_sub(1);
        NumberError {
            message: message.into(),
            caret,
            end: caret + 1,
        }
    }

    /// `lookahead(tok, test)`: does `test` follow, as a whole word?
    fn lookahead(&mut self, test: &str) -> bool {
        let start = self.pos;
        let matched = self.bytes[start..].starts_with(test.as_bytes())
            && !self
                .bytes
                .get(start + test.len())
                .is_some_and(|&b| is_potential_identifier_char(u32::from(b)));
        self.pos = start;
        matched
    }
}

fn is_digit(c: u32) -> bool {
    (u32::from(b'0')..=u32::from(b'9')).contains(&c)
}

fn is_hex_digit(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_hexdigit()
}

/// CPython's `is_potential_identifier_char`: ASCII letters, digits, `_`, and
/// any byte of a non-ASCII character.
pub(crate) fn is_potential_identifier_char(c: u32) -> bool {
    c != EOF && (c >= 0x80 || (c as u8).is_ascii_alphanumeric() || c == u32::from(b'_'))
}

fn char_of(c: u32) -> char {
    char::from_u32(c).unwrap_or('?')
}

/// Scans the number literal at the start of `text` (which begins with a
/// digit, or a `.` followed by a digit). Returns its kind and length.
pub(crate) fn scan_number(text: &str) -> Result<(TokenKind, usize), NumberError> {
    let mut cur = Cursor {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let first = cur.next();
    let kind = if first == u32::from(b'.') {
        let c = cur.next();
        fraction(&mut cur, c)?
    } else if first == u32::from(b'0') {
        zero_prefixed(&mut cur)?
    } else {
        let c = decimal_tail(&mut cur)?;
        after_integer_part(&mut cur, c)?
    };
    Ok((kind, cur.pos))
}

/// `tok_decimal_tail`: digits with single underscores between them.
/// Returns the character after them (already read).
fn decimal_tail(cur: &mut Cursor) -> Result<u32, NumberError> {
    loop {
        let mut c = cur.next();
        while is_digit(c) {
            c = cur.next();
        }
        if c != u32::from(b'_') {
            return Ok(c);
        }
        c = cur.next();
        if !is_digit(c) {
            cur.backup(c);
            return Err(cur.error("invalid decimal literal"));
        }
    }
}

/// `verify_end_of_number`: a literal may not run straight into a name,
/// except into one of the keywords that can follow a number in valid code
/// (`1if x else y`), which CPython only warns about.
fn verify_end(cur: &mut Cursor, c: u32, kind: &str) -> Result<(), NumberError> {
    let followed_by_keyword = match char_of(c) {
        'a' => cur.lookahead("nd"),
        'e' => cur.lookahead("lse"),
        'f' => cur.lookahead("or"),
        'i' => matches!(cur.bytes.get(cur.pos), Some(b'f' | b'n' | b's')),
        'o' => cur.lookahead("r"),
        'n' => cur.lookahead("ot"),
        _ => false,
    };
    // Only an ASCII character counts here: after `0` a `€` ends the number,
    // and is then an invalid character of its own.
    if !followed_by_keyword && c < 0x80 && is_potential_identifier_char(c) {
        cur.backup(c);
        return Err(cur.error(format!("invalid {kind} literal")));
    }
    Ok(())
}

/// After `0`: a hexadecimal, octal or binary prefix, or a decimal literal
/// made of zeros (`00`), or a float or imaginary (`09.5`, `09j`).
fn zero_prefixed(cur: &mut Cursor) -> Result<TokenKind, NumberError> {
    let c = cur.next();
    match char_of(c) {
        'x' | 'X' => {
            let mut c = cur.next();
            loop {
                if c == u32::from(b'_') {
                    c = cur.next();
                }
                if !is_hex_digit(c) {
                    cur.backup(c);
                    return Err(cur.error("invalid hexadecimal literal"));
                }
                c = cur.next();
                while is_hex_digit(c) {
                    c = cur.next();
                }
                if c != u32::from(b'_') {
                    break;
                }
            }
            verify_end(cur, c, "hexadecimal")?;
            cur.backup(c);
            Ok(TokenKind::Int)
        }
        'o' | 'O' => radix_digits(cur, 8, "octal"),
        'b' | 'B' => radix_digits(cur, 2, "binary"),
        _ => {
            let mut c = c;
            let mut nonzero = false;
            loop {
                if c == u32::from(b'_') {
                    c = cur.next();
                    if !is_digit(c) {
                        cur.backup(c);
                        return Err(cur.error("invalid decimal literal"));
                    }
                }
                if c != u32::from(b'0') {
                    break;
                }
                c = cur.next();
            }
            let zeros_end = cur.pos;
            if is_digit(c) {
                nonzero = true;
                c = decimal_tail(cur)?;
            }
            match char_of(c) {
                '.' => {
                    let c = cur.next();
                    fraction(cur, c)
                }
                'e' | 'E' => exponent(cur, c),
                'j' | 'J' => imaginary(cur),
                _ if nonzero => {
                    cur.backup(c);
                    Err(NumberError {
                        message: "leading zeros in decimal integer literals are not permitted; \
                                  use an 0o prefix for octal integers"
                            .into(),
                        caret: 0,
                        end: zeros_end.saturating_sub(1).max(1),
                    })
                }
                _ => {
                    verify_end(cur, c, "decimal")?;
                    cur.backup(c);
                    Ok(TokenKind::Int)
                }
            }
        }
    }
}

/// The digits after `0o` or `0b`.
fn radix_digits(cur: &mut Cursor, radix: u32, kind: &str) -> Result<TokenKind, NumberError> {
    let in_radix = |c: u32| is_digit(c) && c - u32::from(b'0') < radix;
    let mut c = cur.next();
    loop {
        if c == u32::from(b'_') {
            c = cur.next();
        }
        if !in_radix(c) {
            if is_digit(c) {
                return Err(cur.error(format!("invalid digit '{}' in {kind} literal", char_of(c))));
            }
            cur.backup(c);
            return Err(cur.error(format!("invalid {kind} literal")));
        }
        c = cur.next();
        while in_radix(c) {
            c = cur.next();
        }
        if c != u32::from(b'_') {
            break;
        }
    }
    if is_digit(c) {
        return Err(cur.error(format!("invalid digit '{}' in {kind} literal", char_of(c))));
    }
    verify_end(cur, c, kind)?;
    cur.backup(c);
    Ok(TokenKind::Int)
}

/// After the integer part of a decimal literal: `.`, an exponent, `j`, or
/// the end.
fn after_integer_part(cur: &mut Cursor, c: u32) -> Result<TokenKind, NumberError> {
    if c == u32::from(b'.') {
        let c = cur.next();
        return fraction(cur, c);
    }
    exponent_or_end(cur, c, TokenKind::Int)
}

/// After the `.`: optional fraction digits, then an exponent, `j`, or the end.
fn fraction(cur: &mut Cursor, c: u32) -> Result<TokenKind, NumberError> {
    let mut c = c;
    if is_digit(c) {
        c = decimal_tail(cur)?;
    }
    exponent_or_end(cur, c, TokenKind::Float)
}

fn exponent_or_end(cur: &mut Cursor, c: u32, kind: TokenKind) -> Result<TokenKind, NumberError> {
    match char_of(c) {
        'e' | 'E' => exponent(cur, c),
        'j' | 'J' => imaginary(cur),
        _ => {
            verify_end(cur, c, "decimal")?;
            cur.backup(c);
            Ok(kind)
        }
    }
}

/// After `e` or `E` (`e` is that character, already read).
fn exponent(cur: &mut Cursor, e: u32) -> Result<TokenKind, NumberError> {
    let mut c = cur.next();
    if c == u32::from(b'+') || c == u32::from(b'-') {
        c = cur.next();
        if !is_digit(c) {
            cur.backup(c);
            return Err(cur.error("invalid decimal literal"));
        }
    } else if !is_digit(c) {
        // `1else`: the `e` starts a keyword, and the number ends before it.
        cur.backup(c);
        verify_end(cur, e, "decimal")?;
        cur.backup(e);
        return Ok(TokenKind::Int);
    }
    let c = decimal_tail(cur)?;
    if c == u32::from(b'j') || c == u32::from(b'J') {
        return imaginary(cur);
    }
    verify_end(cur, c, "decimal")?;
    cur.backup(c);
    Ok(TokenKind::Float)
}

/// After `j` or `J`.
fn imaginary(cur: &mut Cursor) -> Result<TokenKind, NumberError> {
    let c = cur.next();
    verify_end(cur, c, "imaginary")?;
    cur.backup(c);
    Ok(TokenKind::Imaginary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> (TokenKind, usize) {
        scan_number(text).expect("a valid literal")
    }

    #[test]
    fn every_valid_form() {
        assert_eq!(kind("42 "), (TokenKind::Int, 2));
        assert_eq!(kind("0x_1f)"), (TokenKind::Int, 5));
        assert_eq!(kind("0o17"), (TokenKind::Int, 4));
        assert_eq!(kind("0b1"), (TokenKind::Int, 3));
        assert_eq!(kind("1_000.5e-3j"), (TokenKind::Imaginary, 11));
        assert_eq!(kind(".5"), (TokenKind::Float, 2));
        assert_eq!(kind("1."), (TokenKind::Float, 2));
        assert_eq!(kind("1e5"), (TokenKind::Float, 3));
        assert_eq!(kind("09.5"), (TokenKind::Float, 4));
        assert_eq!(kind("09j"), (TokenKind::Imaginary, 3));
        assert_eq!(kind("00"), (TokenKind::Int, 2));
        assert_eq!(kind("0_0"), (TokenKind::Int, 3));
        assert_eq!(kind("1if"), (TokenKind::Int, 1));
        assert_eq!(kind("1else"), (TokenKind::Int, 1));
        assert_eq!(kind("0xfor"), (TokenKind::Int, 3));
        assert_eq!(kind("1é"), (TokenKind::Int, 1));
    }

    #[test]
    fn errors_point_where_cpython_points() {
        let err = |text: &str| {
            let e = scan_number(text).expect_err("an invalid literal");
            (e.message, e.caret)
        };
        assert_eq!(err("1abc"), ("invalid decimal literal".into(), 0));
        assert_eq!(err("1__0"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("0x"), ("invalid hexadecimal literal".into(), 1));
        assert_eq!(err("0o8"), ("invalid digit '8' in octal literal".into(), 2));
        assert_eq!(err("1e+"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("1.5j2"), ("invalid imaginary literal".into(), 3));
        assert_eq!(err("1e5e"), ("invalid decimal literal".into(), 2));
        assert!(err("0777").0.starts_with("leading zeros"));
    }
}
