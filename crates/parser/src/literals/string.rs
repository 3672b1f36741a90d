//! String and bytes literals: splitting a token's text into prefix, quotes
//! and body, and decoding the body's backslash escapes.

/// What a literal's prefix says about it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub unicode: bool,
    pub format: bool,
}

/// A string token's text, taken apart.
#[derive(Clone, Copy, Debug)]
pub struct Literal<'a> {
    pub prefix: Prefix,
    /// The text between the quotes.
    pub body: &'a str,
    /// The byte offset of `body` within the token's text.
    pub body_offset: usize,
}

/// Splits a string token's text (`rb'''...'''`) into prefix and body.
pub fn split(text: &str) -> Literal<'_> {
    let mut prefix = Prefix::default();
    let quote_at = text.find(['\'', '"']).unwrap_or(text.len());
    for c in text[..quote_at].chars() {
        match c.to_ascii_lowercase() {
            'r' => prefix.raw = true,
            'b' => prefix.bytes = true,
            'u' => prefix.unicode = true,
            'f' => prefix.format = true,
            _ => {}
        }
    }
    let rest = &text[quote_at..];
    let quote_len = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let end = rest
        .len()
        .saturating_sub(quote_len)
        .max(quote_len.min(rest.len()));
    let body = rest.get(quote_len..end).unwrap_or("");
    Literal {
        prefix,
        body,
        body_offset: quote_at + quote_len,
    }
}

/// An escape that cannot be decoded: CPython's message, and the byte
/// offset in the body where the escape starts.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct EscapeError {
    pub message: String,
    pub offset: usize,
}

/// A decoded `str` literal: text, or, when it holds a lone surrogate
/// (`'\ud800'`, which a Rust `String` cannot), its code points.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Decoded {
    Text(String),
    CodePoints(Vec<u32>),
}

/// Where decoded characters go.
trait Sink {
    fn push(&mut self, c: char);
    fn push_surrogate(&mut self, code: u32);
}

/// Text, noting whether a surrogate had to be left out.
struct TextSink {
    text: String,
    lost_surrogate: bool,
}

impl Sink for TextSink {
    fn push(&mut self, c: char) {
        self.text.push(c);
    }
    fn push_surrogate(&mut self, _code: u32) {
        self.lost_surrogate = true;
    }
}

impl Decoded {
    /// The text, with U+FFFD standing for each lone surrogate.
    pub fn into_text_lossy(self) -> String {
        match self {
            Decoded::Text(text) => text,
            Decoded::CodePoints(points) => points
                .into_iter()
                .map(|p| char::from_u32(p).unwrap_or('\u{fffd}'))
                .collect(),
        }
    }
}

impl Sink for Vec<u32> {
    fn push(&mut self, c: char) {
        Vec::push(self, c as u32);
    }
    fn push_surrogate(&mut self, code: u32) {
        Vec::push(self, code);
    }
}

/// Decodes a `str` literal's body: escapes unless `raw`; `\r\n` becomes
/// `\n` either way.
pub fn decode_str(body: &str, raw: bool) -> Result<Decoded, EscapeError> {
    let mut text = TextSink {
        text: String::with_capacity(body.len()),
        lost_surrogate: false,
    };
    decode_into(body, raw, &mut text)?;
    if !text.lost_surrogate {
        return Ok(Decoded::Text(text.text));
    }
    let mut points = Vec::with_capacity(body.len());
    decode_into(body, raw, &mut points)?;
    Ok(Decoded::CodePoints(points))
}

fn decode_into(body: &str, raw: bool, out: &mut impl Sink) -> Result<(), EscapeError> {
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' {
            if chars.peek().map(|p| p.1) == Some('\n') {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' || raw {
            out.push(c);
            if c == '\\' {
                // In a raw string a backslash still protects the next char
                // from ending the literal; both are kept.
                if let Some(&(_, next)) = chars.peek() {
                    chars.next();
                    if next == '\r' {
                        if chars.peek().map(|p| p.1) == Some('\n') {
                            chars.next();
                        }
                        out.push('\n');
                    } else {
                        out.push(next);
                    }
                }
            }
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let unicode_error = |what: &str, end: usize| EscapeError {
            message: format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
                i,
                end.saturating_sub(1).max(i + 1)
            ),
            offset: i,
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let count = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut value: u32 = 0;
                let mut end = i + 2;
                for _ in 0..count {
                    match chars.peek() {
                        Some(&(j, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            end = j + 1;
                            chars.next();
                        }
                        _ => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            return Err(unicode_error(what, end));
                        }
                    }
                }
                match char::from_u32(value) {
                    Some(c) => out.push(c),
                    None if (0xd800..0xe000).contains(&value) => out.push_surrogate(value),
                    None => return Err(unicode_error("illegal Unicode character", end)),
                }
            }
            'N' => {
                let rest = &body[i + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|close| &r[..close]));
                let Some(name) = name else {
                    return Err(unicode_error("malformed \\N character escape", i + 2));
                };
                let end = i + 2 + name.len() + 2;
                match super::unicode_name::lookup(name) {
                    Some(c) => out.push(c),
                    None => return Err(unicode_error("unknown Unicode character name", end)),
                }
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

/// Decodes a `bytes` literal's body. Non-ASCII characters are an error
/// the caller reports (`bytes can only contain ASCII literal characters`).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push(b'\n');
            i += if bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            continue;
        }
        if b != b'\\' || raw {
            out.push(b);
            i += 1;
            if b == b'\\' && i < bytes.len() {
                out.push(bytes[i]);
                i += 1;
            }
            continue;
        }
        let Some(&e) = bytes.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let start = i;
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = bytes
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(hex) = hex else {
                    return Err(EscapeError {
                        message: format!("(value error) invalid \\x escape at position {start}"),
                        offset: start,
                    });
                };
                let digit = |h: u8| (h as char).to_digit(16).unwrap_or(0) as u8;
                out.push(digit(hex[0]) * 16 + digit(hex[1]));
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_prefix_quotes_and_body() {
        let lit = split("rb'''a'b'''");
        assert!(lit.prefix.raw && lit.prefix.bytes);
        assert_eq!(lit.body, "a'b");
        assert_eq!(lit.body_offset, 5);
        assert_eq!(split("''").body, "");
    }

    #[test]
    fn decodes_escapes() {
        let text = |s: &str| Ok(Decoded::Text(s.to_owned()));
        assert_eq!(
            decode_str("a\\n\\x41\\101\\u00e9\\\nb", false),
            text("a\nAAéb")
        );
        assert_eq!(decode_str(r"\d", false), text("\\d"));
        assert_eq!(decode_str(r"\n", true), text("\\n"));
        assert_eq!(
            decode_str(r"a\ud800", false),
            Ok(Decoded::CodePoints(vec![97, 0xd800]))
        );
        assert!(decode_str(r"\x4", false).is_err());
        assert_eq!(decode_bytes(r"\xff\0", false).unwrap(), vec![255, 0]);
    }
}
