//! Replacement templates for `sub`, `subn` and `Match.expand`:
//! `\1`, `\g<name>`, `\g<2>` and escapes, parsed as CPython parses them.

use crate::error::{Error, ErrorKind};
use crate::names::{is_identifier, py_repr};

/// One piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text copied as is (code points, or bytes for a bytes template).
    Literal(Vec<u32>),
    /// The text of a group (empty if it did not match).
    Group(usize),
}

/// Parse `template` for a pattern with `groups` groups and the named
/// groups `names`.
pub fn parse_template(
    template: &[u32],
    bytes: bool,
    groups: usize,
    names: &[(String, usize)],
) -> Result<Vec<Piece>, Error> {
    let mut pieces = Vec::new();
    let mut literal: Vec<u32> = Vec::new();
    let mut i = 0;
    let n = template.len();
    let digit = |c: Option<&u32>| c.is_some_and(|&c| (0x30..=0x39).contains(&c));
    let octal = |c: Option<&u32>| c.is_some_and(|&c| (0x30..=0x37).contains(&c));
    let escape_message = |msg: String| -> String {
        if bytes {
            msg.chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect()
        } else {
            msg
        }
    };
    while i < n {
        let c = template[i];
        if c != u32::from(b'\\') {
            literal.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = template.get(i + 1) else {
            return Err(Error::at("bad escape (end of pattern)", n - 1));
        };
        let start = i;
        i += 2;
        let ch = char::from_u32(e).unwrap_or('\u{FFFD}');
        let mut group: Option<(usize, usize)> = None;
        match ch {
            'g' => {
                if template.get(i) != Some(&u32::from(b'<')) {
                    return Err(Error::at("missing <", i));
                }
                i += 1;
                let name_start = i;
                while i < n && template[i] != u32::from(b'>') {
                    i += 1;
                }
                let name: String = template[name_start..i]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                    .collect();
                if i >= n {
                    if name.is_empty() {
                        return Err(Error::at("missing group name", n));
                    }
                    return Err(Error::at("missing >, unterminated name", name_start));
                }
                i += 1;
                if name.is_empty() {
                    return Err(Error::at("missing group name", i - 1));
                }
                let index = if is_identifier(&name) {
                    match names.iter().find(|(k, _)| *k == name) {
                        Some(&(_, g)) => g,
                        None => {
                            return Err(Error::other(
                                ErrorKind::Index,
                                format!("unknown group name {}", py_repr(&name)),
                            ));
                        }
                    }
                } else {
                    let digits = name.trim_start_matches('+');
                    match digits.parse::<usize>() {
                        Ok(g)
                            if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) =>
                        {
                            g
                        }
                        _ => {
                            return Err(Error::at(
                                escape_message(format!(
                                    "bad character in group name {}",
                                    py_repr(&name)
                                )),
                                name_start,
                            ));
                        }
                    }
                };
                group = Some((index, name_start));
            }
            '0' => {
                let mut value = 0;
                for _ in 0..2 {
                    if octal(template.get(i)) {
                        value = value * 8 + (template[i] - 0x30);
                        i += 1;
                    } else {
                        break;
                    }
                }
                literal.push(value & 0xff);
            }
            '1'..='9' => {
                let mut text = vec![e];
                if digit(template.get(i)) {
                    text.push(template[i]);
                    i += 1;
                    if e <= 0x37 && text[1] <= 0x37 && octal(template.get(i)) {
                        text.push(template[i]);
                        i += 1;
                        let value = text.iter().fold(0, |v, &d| v * 8 + (d - 0x30));
                        if value > 0o377 {
                            let t: String =
                                text.iter().filter_map(|&c| char::from_u32(c)).collect();
                            return Err(Error::at(
                                format!("octal escape value \\{t} outside of range 0-0o377"),
                                start,
                            ));
                        }
                        literal.push(value);
                        continue;
                    }
                }
                let index = text
                    .iter()
                    .fold(0usize, |v, &d| v * 10 + (d - 0x30) as usize);
                group = Some((index, start + 1));
            }
            _ => {
                let simple = match ch {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(92),
                    _ => None,
                };
                match simple {
                    Some(v) => literal.push(v),
                    None if ch.is_ascii_alphabetic() => {
                        return Err(Error::at(
                            escape_message(format!("bad escape \\{ch}")),
                            start,
                        ));
                    }
                    None => {
                        literal.push(u32::from(b'\\'));
                        literal.push(e);
                    }
                }
            }
        }
        if let Some((index, pos)) = group {
            if index > groups {
                return Err(Error::at(format!("invalid group reference {index}"), pos));
            }
            if !literal.is_empty() {
                pieces.push(Piece::Literal(std::mem::take(&mut literal)));
            }
            pieces.push(Piece::Group(index));
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}
