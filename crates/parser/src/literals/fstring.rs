//! Scanning an f-string's body into literal text and replacement fields
//! (`{expr!r:spec}`), as CPython 3.11 does before parsing each field's
//! expression on its own.
//!
//! The scanner only finds where each field's expression is; the grammar
//! tokenizes and parses it. Offsets are absolute byte offsets into the
//! source.

use pyrite_lexer::TextRange;

use super::string::decode_str;

/// A piece of an f-string: decoded literal text, or a field.
#[derive(Clone, PartialEq, Debug)]
pub enum Piece {
    Literal(String),
    Field(Field),
}

/// One `{...}` replacement field.
#[derive(Clone, PartialEq, Debug)]
pub struct Field {
    /// Where the expression's text is.
    pub expr: TextRange,
    /// For `{expr=}`: the text to print before the value (`"expr="`, with
    /// the whitespace around it).
    pub debug: Option<String>,
    /// -1, or the code point of `s`, `r` or `a`.
    pub conversion: i32,
    /// The format spec after `:`, itself scanned into pieces.
    pub spec: Option<Vec<Piece>>,
    /// From `{` to `}`.
    pub range: TextRange,
}

/// An f-string error: CPython's message and where it points.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FStringError {
    pub message: String,
    pub offset: usize,
}

/// Scans the body of an f-string whose body starts at `base` in the source.
pub fn scan(body: &str, base: usize, raw: bool) -> Result<Vec<Piece>, FStringError> {
    let mut scanner = Scanner {
        body: body.as_bytes(),
        text: body,
        base,
        raw,
        pos: 0,
    };
    scanner.pieces(0)
}

struct Scanner<'a> {
    body: &'a [u8],
    text: &'a str,
    base: usize,
    raw: bool,
    pos: usize,
}

impl Scanner<'_> {
    fn error(&self, message: &str) -> FStringError {
        FStringError {
            message: message.to_owned(),
            offset: self.base,
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.body.get(self.pos + ahead).copied()
    }

    /// Literal text and fields up to the end of the body, or (in a format
    /// spec, `depth > 0`) up to the `}` that closes the field.
    fn pieces(&mut self, depth: usize) -> Result<Vec<Piece>, FStringError> {
        let mut pieces = Vec::new();
        let mut raw_text = String::new();
        let flush = |raw_text: &mut String, pieces: &mut Vec<Piece>, raw: bool, base: usize| {
            if raw_text.is_empty() {
                return Ok(());
            }
            let text = decode_str(raw_text, raw)
                .map_err(|e| FStringError {
                    message: e.message,
                    offset: base,
                })?
                .into_text_lossy();
            raw_text.clear();
            if !text.is_empty() {
                pieces.push(Piece::Literal(text));
            }
            Ok(())
        };
        while let Some(c) = self.peek(0) {
            match c {
                b'{' if self.peek(1) == Some(b'{') && depth == 0 => {
                    raw_text.push('{');
                    self.pos += 2;
                }
                b'{' => {
                    flush(&mut raw_text, &mut pieces, self.raw, self.base)?;
                    if depth >= 2 {
                        return Err(self.error("f-string: expressions nested too deeply"));
                    }
                    let field = self.field(depth)?;
                    pieces.push(Piece::Field(field));
                }
                b'}' if depth > 0 => break,
                b'}' if self.peek(1) == Some(b'}') => {
                    raw_text.push('}');
                    self.pos += 2;
                }
                b'}' => return Err(self.error("f-string: single '}' is not allowed")),
                b'\\' if !self.raw && self.peek(1) == Some(b'N') && self.peek(2) == Some(b'{') => {
                    // `\N{NAME}`: the braces belong to the escape.
                    let close = self.text[self.pos..]
                        .find('}')
                        .map_or(self.body.len(), |i| self.pos + i + 1);
                    raw_text.push_str(&self.text[self.pos..close]);
                    self.pos = close;
                }
                b'\\' if self.raw || matches!(self.peek(1), None | Some(b'{' | b'}')) => {
                    // A backslash does not escape a brace: `\{x}` is a
                    // backslash, then a field.
                    raw_text.push('\\');
                    self.pos += 1;
                }
                b'\\' => {
                    let ch_len = self.text[self.pos + 1..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
                    raw_text.push_str(&self.text[self.pos..self.pos + 1 + ch_len]);
                    self.pos += 1 + ch_len;
                }
                _ => {
                    let ch = self.text[self.pos..].chars().next().unwrap_or('\u{fffd}');
                    raw_text.push(ch);
                    self.pos += ch.len_utf8().max(1);
                }
            }
        }
        flush(&mut raw_text, &mut pieces, self.raw, self.base)?;
        Ok(pieces)
    }

    /// A field, from its `{` to its `}`.
    fn field(&mut self, depth: usize) -> Result<Field, FStringError> {
        let open = self.pos;
        self.pos += 1;
        let expr_start = self.pos;
        let mut nesting: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let expr_end = loop {
            let Some(c) = self.peek(0) else {
                return Err(self.error("f-string: expecting '}'"));
            };
            if let Some((q, triple)) = quote {
                if c == b'\\' {
                    return Err(self.error("f-string expression part cannot include a backslash"));
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.peek(1) == Some(q) && self.peek(2) == Some(q) {
                        quote = None;
                        self.pos += 2;
                    }
                }
                self.pos += 1;
                continue;
            }
            match c {
                b'\\' => {
                    return Err(self.error("f-string expression part cannot include a backslash"));
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    let triple = self.peek(1) == Some(c) && self.peek(2) == Some(c);
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => nesting.push(c),
                b')' | b']' | b'}' if !nesting.is_empty() => {
                    let open = nesting.pop().unwrap_or(b'(');
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(self.error(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                b')' | b']' => {
                    return Err(self.error(&format!("f-string: unmatched '{}'", c as char)));
                }
                b'}' => break self.pos,
                b'!' | b'=' | b'<' | b'>' if self.peek(1) == Some(b'=') => {
                    self.pos += 2;
                    continue;
                }
                b'!' | b':' | b'=' if nesting.is_empty() => break self.pos,
                _ => {}
            }
            self.pos += 1;
        };
        let expr_text = &self.text[expr_start..expr_end];
        if expr_text.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let mut debug = None;
        if self.peek(0) == Some(b'=') {
            self.pos += 1;
            while matches!(self.peek(0), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
                self.pos += 1;
            }
            debug = Some(self.text[expr_start..self.pos].to_owned());
        }
        let mut conversion = -1;
        if self.peek(0) == Some(b'!') {
            match self.peek(1) {
                Some(c @ (b's' | b'r' | b'a')) => {
                    conversion = i32::from(c);
                    self.pos += 2;
                }
                None => return Err(self.error("f-string: expecting '}'")),
                Some(_) => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ));
                }
            }
        }
        let mut spec = None;
        if self.peek(0) == Some(b':') {
            self.pos += 1;
            spec = Some(self.pieces(depth + 1)?);
        }
        if self.peek(0) != Some(b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos += 1;
        if debug.is_some() && conversion == -1 && spec.is_none() {
            conversion = i32::from(b'r');
        }
        Ok(Field {
            expr: TextRange::new(self.base + expr_start, self.base + expr_end),
            debug,
            conversion,
            spec,
            range: TextRange::new(self.base + open, self.base + self.pos),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_fields_conversions_and_specs() {
        let pieces = scan("a{{{x!r:>{w}}}}b", 0, false).unwrap();
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0], Piece::Literal("a{".to_owned()));
        let Piece::Field(field) = &pieces[1] else {
            panic!("the second piece is a field")
        };
        assert_eq!(field.expr, TextRange::new(4, 5));
        assert_eq!(field.conversion, i32::from(b'r'));
        assert_eq!(field.spec.as_ref().map(Vec::len), Some(2));
        assert_eq!(pieces[2], Piece::Literal("}b".to_owned()));
    }

    #[test]
    fn debug_fields_default_to_repr() {
        let pieces = scan("{x = }", 0, false).unwrap();
        let Piece::Field(field) = &pieces[0] else {
            panic!("the only piece is a field")
        };
        assert_eq!(field.debug.as_deref(), Some("x = "));
        assert_eq!(field.conversion, i32::from(b'r'));
    }

    #[test]
    fn reports_cpython_messages() {
        let message = |s: &str| scan(s, 0, false).unwrap_err().message;
        assert_eq!(message("{}"), "f-string: empty expression not allowed");
        assert_eq!(message("}"), "f-string: single '}' is not allowed");
        assert_eq!(message("{x"), "f-string: expecting '}'");
        assert_eq!(
            message("{x!z}"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
    }
}
