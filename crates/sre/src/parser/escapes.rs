//! Escapes (`\d`, `\x41`, `\N{...}`, backreferences) and character sets.

use super::{Parser, Tok, is_ascii_digit, is_hex_digit, is_octal_digit};
use crate::ast::{Assertion, Category, Node, Set, SetItem};
use crate::error::Error;
use crate::flags;
use crate::names::py_repr;

/// What an escape stands for.
enum Escaped {
    Char(u32),
    Category(Category),
}

impl Parser<'_> {
    fn set_of(&self, category: Category, flags: u32) -> Node {
        Node::Set(Box::new(Set {
            items: vec![SetItem::Category(category)],
            negate: false,
            ignore_case: false,
            unicode: self.unicode(flags),
        }))
    }

    /// An escape outside a set.
    pub(super) fn escape(&mut self, tok: Tok, flags: u32) -> Result<Node, Error> {
        let unicode = self.unicode(flags);
        let icase = flags & flags::IGNORECASE != 0;
        let c = char::from_u32(tok.c).unwrap_or('\u{FFFD}');
        let assertion = match c {
            'A' => Some(Assertion::StartOfText),
            'Z' => Some(Assertion::EndOfText),
            'b' => Some(Assertion::WordBoundary { unicode }),
            'B' => Some(Assertion::NotWordBoundary { unicode }),
            _ => None,
        };
        if let Some(a) = assertion {
            return Ok(Node::Assert(a));
        }
        if let Some(cat) = category_of(c) {
            return Ok(self.set_of(cat, flags));
        }
        let literal = |c: u32| Node::Char {
            c,
            ignore_case: icase,
            unicode,
        };
        if c == '0' {
            let mut value = 0;
            for _ in 0..2 {
                if !is_octal_digit(self.next) {
                    break;
                }
                value = value * 8 + (self.get()?.map_or(0, |t| t.c) - u32::from(b'0'));
            }
            return Ok(literal(value));
        }
        if c.is_ascii_digit() {
            let mut text = c.to_string();
            if is_ascii_digit(self.next) {
                let d = self.get()?.map_or(0, |t| t.c);
                text.push(char::from_u32(d).unwrap_or('0'));
                let b = text.as_bytes();
                if b[0] <= b'7' && b[1] <= b'7' && is_octal_digit(self.next) {
                    let d = self.get()?.map_or(0, |t| t.c);
                    text.push(char::from_u32(d).unwrap_or('0'));
                    let value = u32::from_str_radix(&text, 8).unwrap_or(0);
                    if value > 0o377 {
                        return Err(self.error(
                            format!("octal escape value \\{text} outside of range 0-0o377"),
                            text.len() + 1,
                        ));
                    }
                    return Ok(literal(value));
                }
            }
            let group: usize = text.parse().unwrap_or(usize::MAX);
            if group < self.groups.len() {
                if !self.group_closed(group) {
                    return Err(self.error("cannot refer to an open group", text.len() + 1));
                }
                self.check_lookbehind_group(group)?;
                return Ok(Node::Backref {
                    group,
                    ignore_case: icase,
                    unicode,
                    width: self.group_width(group),
                });
            }
            return Err(self.error(format!("invalid group reference {group}"), text.len()));
        }
        match self.common_escape(tok)? {
            Escaped::Char(v) => Ok(literal(v)),
            Escaped::Category(cat) => Ok(self.set_of(cat, flags)),
        }
    }

    /// The escapes that mean the same inside and outside a set: control
    /// characters, `\x \u \U \N`, and escaped punctuation.
    fn common_escape(&mut self, tok: Tok) -> Result<Escaped, Error> {
        let c = char::from_u32(tok.c).unwrap_or('\u{FFFD}');
        let simple = match c {
            'a' => Some(7),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(92),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(Escaped::Char(v));
        }
        let hex = |p: &mut Parser, n: usize| -> Result<Option<u32>, Error> {
            let mut text = format!("\\{c}");
            for _ in 0..n {
                if !is_hex_digit(p.next) {
                    break;
                }
                text.push(char::from_u32(p.get()?.map_or(0, |t| t.c)).unwrap_or('0'));
            }
            if text.len() != n + 2 {
                return Err(p.error(format!("incomplete escape {text}"), text.len()));
            }
            Ok(u32::from_str_radix(&text[2..], 16).ok())
        };
        match c {
            'x' => return Ok(Escaped::Char(hex(self, 2)?.unwrap_or(0))),
            'u' if !self.bytes => return Ok(Escaped::Char(hex(self, 4)?.unwrap_or(0))),
            'U' if !self.bytes => {
                let start = self.tell();
                let v = hex(self, 8)?.unwrap_or(u32::MAX);
                if v > 0x10FFFF {
                    let text: String = self.pattern[start - 2..start + 8]
                        .iter()
                        .filter_map(|&c| char::from_u32(c))
                        .collect();
                    return Err(self.error(format!("bad escape {text}"), 10));
                }
                return Ok(Escaped::Char(v));
            }
            'N' if !self.bytes => {
                if !self.eat('{')? {
                    return Err(self.error("missing {", 0));
                }
                let name = self.get_until('}', "character name")?;
                return match crate::names::lookup_char(&name) {
                    Some(ch) => Ok(Escaped::Char(ch)),
                    None => Err(self.error(
                        format!("undefined character name {}", py_repr(&name)),
                        name.chars().count() + 4,
                    )),
                };
            }
            _ => {}
        }
        if c.is_ascii_alphanumeric() {
            return Err(self.error(format!("bad escape {}", tok.text()), 2));
        }
        Ok(Escaped::Char(tok.c))
    }

    /// An escape inside a set.
    fn class_escape(&mut self, tok: Tok) -> Result<Escaped, Error> {
        let c = char::from_u32(tok.c).unwrap_or('\u{FFFD}');
        if c == 'b' {
            return Ok(Escaped::Char(8));
        }
        if let Some(cat) = category_of(c) {
            return Ok(Escaped::Category(cat));
        }
        if ('0'..='7').contains(&c) {
            let mut text = c.to_string();
            for _ in 0..2 {
                if !is_octal_digit(self.next) {
                    break;
                }
                text.push(char::from_u32(self.get()?.map_or(0, |t| t.c)).unwrap_or('0'));
            }
            let value = u32::from_str_radix(&text, 8).unwrap_or(0);
            if value > 0o377 {
                return Err(self.error(
                    format!("octal escape value \\{text} outside of range 0-0o377"),
                    text.len() + 1,
                ));
            }
            return Ok(Escaped::Char(value));
        }
        if c == '8' || c == '9' {
            return Err(self.error(format!("bad escape {}", tok.text()), 2));
        }
        self.common_escape(tok)
    }

    /// `[...]`, after the `[`.
    pub(super) fn parse_set(&mut self, flags: u32) -> Result<Node, Error> {
        let here = self.tell() - 1;
        let mut items: Vec<SetItem> = Vec::new();
        let negate = self.eat('^')?;
        loop {
            let Some(this) = self.get()? else {
                return Err(self.error("unterminated character set", self.tell() - here));
            };
            if this.is(']') && !items.is_empty() {
                break;
            }
            let code1 = if this.escaped {
                self.class_escape(this)?
            } else {
                Escaped::Char(this.c)
            };
            if self.eat('-')? {
                let Some(that) = self.get()? else {
                    return Err(self.error("unterminated character set", self.tell() - here));
                };
                if that.is(']') {
                    items.push(item_of(code1));
                    items.push(SetItem::Char(u32::from(b'-')));
                    break;
                }
                let code2 = if that.escaped {
                    self.class_escape(that)?
                } else {
                    Escaped::Char(that.c)
                };
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                let offset = this.len() + 1 + that.len();
                match (code1, code2) {
                    (Escaped::Char(lo), Escaped::Char(hi)) if lo <= hi => {
                        items.push(SetItem::Range(lo, hi));
                    }
                    _ => return Err(self.error(msg, offset)),
                }
            } else {
                items.push(item_of(code1));
            }
        }
        let icase = flags & flags::IGNORECASE != 0;
        let unicode = self.unicode(flags);
        if let ([SetItem::Char(c)], false) = (&items[..], negate) {
            return Ok(Node::Char {
                c: *c,
                ignore_case: icase,
                unicode,
            });
        }
        Ok(Node::Set(Box::new(Set {
            items,
            negate,
            ignore_case: icase,
            unicode,
        })))
    }
}

fn item_of(e: Escaped) -> SetItem {
    match e {
        Escaped::Char(c) => SetItem::Char(c),
        Escaped::Category(cat) => SetItem::Category(cat),
    }
}

fn category_of(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        'w' => Category::Word,
        'W' => Category::NotWord,
        's' => Category::Space,
        'S' => Category::NotSpace,
        _ => return None,
    })
}
