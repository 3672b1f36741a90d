//! String literals: the prefix, the quotes, and where the literal ends.
//!
//! The lexer only finds a string's end, as CPython's tokenizer does: a
//! backslash hides the character after it, a single-quoted string may not
//! cross a line break, a triple-quoted one may. Decoding escapes (and, for
//! f-strings, the replacement fields) is the parser's job; [`StringParts`]
//! tells it where the body is and what the prefix allows.

/// What a string prefix says: `r`aw, `b`ytes, `f`ormatted, `u`nicode
/// (the last only for Python 2 compatibility; it changes nothing).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct StringPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub unicode: bool,
}

impl StringPrefix {
    /// Reads a prefix made of the letters `rRbBfFuU`; `None` if it has a
    /// letter twice or a combination Python rejects (`ub`, `bf`, `ur`).
    pub fn parse(text: &str) -> Option<StringPrefix> {
        let mut prefix = StringPrefix::default();
        for byte in text.bytes() {
            let flag = match byte.to_ascii_lowercase() {
                b'r' => &mut prefix.raw,
                b'b' => &mut prefix.bytes,
                b'f' => &mut prefix.fstring,
                b'u' => &mut prefix.unicode,
                _ => return None,
            };
            if *flag {
                return None;
            }
            *flag = true;
        }
        let allowed = !(prefix.unicode && (prefix.raw || prefix.bytes || prefix.fstring))
            && !(prefix.bytes && prefix.fstring);
        allowed.then_some(prefix)
    }
}

/// The pieces of a string token's text.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct StringParts {
    pub prefix: StringPrefix,
    /// The quote character, `'` or `"`.
    pub quote: char,
    /// Whether the literal is triple-quoted.
    pub triple: bool,
    /// Byte range of the body (between the quotes) within the token text.
    pub body: std::ops::Range<usize>,
}

impl StringParts {
    /// Splits the text of a `String` or `FString` token; `None` if the text
    /// is not a complete string literal.
    pub fn of(token_text: &str) -> Option<StringParts> {
        let quote_at = token_text.find(['\'', '"'])?;
        let prefix = StringPrefix::parse(&token_text[..quote_at])?;
        let quote = char::from(token_text.as_bytes()[quote_at]);
        let rest = &token_text[quote_at..];
        let triple_quote = if quote == '\'' { "'''" } else { "\"\"\"" };
        let quote_len = if rest.len() >= 6 && rest.starts_with(triple_quote) {
            3
        } else {
            1
        };
        if rest.len() < 2 * quote_len {
            return None;
        }
        Some(StringParts {
            prefix,
            quote,
            triple: quote_len == 3,
            body: quote_at + quote_len..token_text.len() - quote_len,
        })
    }
}

/// Why a string literal has no end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Unterminated {
    pub triple: bool,
    /// Byte offset (from the string's first quote) where the scan gave up:
    /// the line break that ended a single-quoted string, or the end of input.
    pub stop: usize,
}

/// Scans a string whose opening quote is the first byte of `text`; returns
/// the length up to and including the closing quote.
pub(crate) fn scan_string(text: &str) -> Result<usize, Unterminated> {
    let bytes = text.as_bytes();
    let quote = bytes[0];
    let triple = bytes.len() >= 3 && bytes[1] == quote && bytes[2] == quote;
    if !triple && bytes.get(1) == Some(&quote) {
        return Ok(2);
    }
    let mut i = if triple { 3 } else { 1 };
    let mut closing = 0;
    let needed = if triple { 3 } else { 1 };
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b == quote {
            closing += 1;
            if closing == needed {
                return Ok(i);
            }
            continue;
        }
        closing = 0;
        match b {
            b'\\' => match bytes.get(i) {
                // `\` + CRLF is one escaped line break.
                Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => i += 2,
                Some(&next) => i += utf8_len(next),
                None => {}
            },
            b'\n' | b'\r' if !triple => {
                return Err(Unterminated {
                    triple,
                    stop: i - 1,
                });
            }
            _ => {}
        }
    }
    Err(Unterminated {
        triple,
        stop: bytes.len(),
    })
}

/// The length of the UTF-8 sequence that starts with `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_python_accepts() {
        for ok in ["", "r", "R", "b", "rb", "Br", "f", "rF", "u", "U"] {
            assert!(StringPrefix::parse(ok).is_some(), "{ok}");
        }
        for bad in ["ur", "bf", "rr", "ub", "x"] {
            assert!(StringPrefix::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn string_ends() {
        assert_eq!(scan_string("'abc' x"), Ok(5));
        assert_eq!(scan_string("''"), Ok(2));
        assert_eq!(scan_string("'''a'b''c'''"), Ok(12));
        assert_eq!(scan_string(r"'a\'b'"), Ok(6));
        assert_eq!(scan_string("'a\\\r\nb'"), Ok(7));
        assert_eq!(scan_string("\"\"\"\"\"\""), Ok(6));
        assert_eq!(
            scan_string("'abc\n'"),
            Err(Unterminated {
                triple: false,
                stop: 4
            })
        );
        assert_eq!(
            scan_string("'''abc"),
            Err(Unterminated {
                triple: true,
                stop: 6
            })
        );
    }

    #[test]
    fn parts_of_a_token() {
        let parts = StringParts::of("rb'''x'''").unwrap();
        assert!(parts.prefix.raw && parts.prefix.bytes && parts.triple);
        assert_eq!(parts.body, 5..6);
        let parts = StringParts::of("f\"\"").unwrap();
        assert!(parts.prefix.fstring && !parts.triple);
        assert_eq!(parts.body, 2..2);
    }
}
