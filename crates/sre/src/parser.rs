//! The pattern parser: Python's regular-expression syntax to a [`Node`]
//! tree, raising the errors CPython's `re` raises, at the same positions.
//!
//! Invariants:
//! - The source is read one token ahead, as CPython's tokenizer reads it
//!   (a token is one character or a backslash and the character after
//!   it), so a trailing lone backslash is reported as soon as the token
//!   before it is consumed, exactly when CPython reports it.
//! - Global inline flags can only appear at the very start, so the flags
//!   in force are known before any atom is parsed; each node records the
//!   flags it needs.
//! - Nesting deeper than [`MAX_NESTING`] is refused with a
//!   `RecursionError`, as CPython refuses it; the recursion grows its
//!   stack on the heap when needed (`stacker`), so parsing never exhausts
//!   the Rust stack.

use std::collections::BTreeMap;

use crate::ast::{Assertion, Greed, MAXREPEAT, Node};
use crate::error::{Error, ErrorKind};
use crate::flags;
use crate::names::{is_identifier, py_repr};

mod escapes;
mod groups;

use groups::GroupResult;

/// How deeply parsing may recurse before it gives up: two steps per
/// level of parentheses, and CPython 3.11 runs out of Python recursion
/// past 495 levels.
pub(crate) const MAX_NESTING: usize = 2 * 495;

/// A token: a character, or a backslash escape of one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Tok {
    c: u32,
    escaped: bool,
}

impl Tok {
    fn len(self) -> usize {
        if self.escaped { 2 } else { 1 }
    }

    fn is(self, c: char) -> bool {
        !self.escaped && self.c == c as u32
    }

    fn text(self) -> String {
        let ch = char::from_u32(self.c).unwrap_or('\u{FFFD}');
        if self.escaped {
            format!("\\{ch}")
        } else {
            ch.to_string()
        }
    }
}

/// The result of parsing: the tree and what the pattern object reports.
pub(crate) struct Parsed {
    pub node: Node,
    pub flags: u32,
    pub groups: usize,
    pub group_names: Vec<(String, usize)>,
}

/// The flags in force inside a part of the pattern.
#[derive(Clone, Copy)]
struct Scope {
    flags: u32,
    verbose: bool,
}

struct Parser<'a> {
    pattern: &'a [u32],
    bytes: bool,
    /// Index just after the look-ahead token.
    index: usize,
    next: Option<Tok>,
    flags: u32,
    /// Per group (index 0 unused): whether it is closed, and its width.
    groups: Vec<Option<(u64, Option<u64>)>>,
    names: Vec<(String, usize)>,
    lookbehind_groups: Option<usize>,
    /// Forward references from conditionals: group → position.
    groupref_pos: BTreeMap<usize, usize>,
    /// A look-behind of variable width was seen; CPython reports it when
    /// compiling, after every parse error.
    variable_lookbehind: bool,
}

/// Parse `pattern` (code points, or bytes for a bytes pattern).
pub(crate) fn parse(pattern: &[u32], bytes: bool, flags: u32) -> Result<Parsed, Error> {
    let mut p = Parser {
        pattern,
        bytes,
        index: 0,
        next: None,
        flags,
        groups: vec![Some((0, Some(0)))],
        names: Vec::new(),
        lookbehind_groups: None,
        groupref_pos: BTreeMap::new(),
        variable_lookbehind: false,
    };
    p.advance()?;
    let node = p.parse_alternation(flags & flags::VERBOSE != 0, 0)?;
    let final_flags = fix_flags(p.flags, bytes)?;
    if p.next.is_some() {
        return Err(p.error("unbalanced parenthesis", 0));
    }
    for (&g, &pos) in &p.groupref_pos {
        if g >= p.groups.len() {
            return Err(Error::at(format!("invalid group reference {g}"), pos));
        }
    }
    if p.variable_lookbehind {
        return Err(Error::plain("look-behind requires fixed-width pattern"));
    }
    Ok(Parsed {
        node,
        flags: final_flags,
        groups: p.groups.len() - 1,
        group_names: p.names,
    })
}

/// Check the flags against the pattern's type and add `re.UNICODE` to a
/// str pattern's, as CPython's `fix_flags` does.
fn fix_flags(f: u32, bytes: bool) -> Result<u32, Error> {
    if !bytes {
        if f & flags::LOCALE != 0 {
            return Err(Error::other(
                ErrorKind::Value,
                "cannot use LOCALE flag with a str pattern",
            ));
        }
        if f & flags::ASCII == 0 {
            Ok(f | flags::UNICODE)
        } else if f & flags::UNICODE != 0 {
            Err(Error::other(
                ErrorKind::Value,
                "ASCII and UNICODE flags are incompatible",
            ))
        } else {
            Ok(f)
        }
    } else {
        if f & flags::UNICODE != 0 {
            return Err(Error::other(
                ErrorKind::Value,
                "cannot use UNICODE flag with a bytes pattern",
            ));
        }
        if f & flags::LOCALE != 0 && f & flags::ASCII != 0 {
            return Err(Error::other(
                ErrorKind::Value,
                "ASCII and LOCALE flags are incompatible",
            ));
        }
        Ok(f)
    }
}

fn is_ascii_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(t) if !t.escaped && (b'0' as u32..=b'9' as u32).contains(&t.c))
}

fn is_octal_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(t) if !t.escaped && (b'0' as u32..=b'7' as u32).contains(&t.c))
}

fn is_hex_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(t) if !t.escaped && char::from_u32(t.c).is_some_and(|c| c.is_ascii_hexdigit()))
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => flags::IGNORECASE,
        'L' => flags::LOCALE,
        'm' => flags::MULTILINE,
        's' => flags::DOTALL,
        'x' => flags::VERBOSE,
        'a' => flags::ASCII,
        't' => flags::TEMPLATE,
        'u' => flags::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = flags::ASCII | flags::LOCALE | flags::UNICODE;
const GLOBAL_FLAGS: u32 = flags::DEBUG | flags::TEMPLATE;

impl<'a> Parser<'a> {
    /// Read the next token into `next`.
    fn advance(&mut self) -> Result<(), Error> {
        let Some(&c) = self.pattern.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == u32::from(b'\\') {
            let Some(&e) = self.pattern.get(self.index + 1) else {
                return Err(Error::at(
                    "bad escape (end of pattern)",
                    self.pattern.len() - 1,
                ));
            };
            self.index += 2;
            self.next = Some(Tok {
                c: e,
                escaped: true,
            });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, escaped: false });
        }
        Ok(())
    }

    fn get(&mut self) -> Result<Option<Tok>, Error> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn eat(&mut self, c: char) -> Result<bool, Error> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> Result<(), Error> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> Error {
        let mut msg = msg.into();
        if self.bytes {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect();
        }
        Error::at(msg, self.tell().saturating_sub(offset))
    }

    /// Characters up to `terminator` (consumed), for a group name.
    fn get_until(&mut self, terminator: char, name: &str) -> Result<String, Error> {
        let mut result = String::new();
        loop {
            let t = self.next;
            self.advance()?;
            match t {
                None => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    let n = result.chars().count();
                    return Err(self.error(format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t.is(terminator) => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(result);
                }
                Some(t) => result.push_str(&t.text()),
            }
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> Result<(), Error> {
        if !is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(msg, name.chars().count() + offset));
        }
        Ok(())
    }

    /// The width of a closed group (unknown if it is still open).
    fn group_width(&self, gid: usize) -> (u64, Option<u64>) {
        self.groups.get(gid).copied().flatten().unwrap_or((0, None))
    }

    fn group_closed(&self, gid: usize) -> bool {
        self.groups.get(gid).is_some_and(Option::is_some)
    }

    fn check_lookbehind_group(&self, gid: usize) -> Result<(), Error> {
        if let Some(first) = self.lookbehind_groups {
            if !self.group_closed(gid) {
                return Err(self.error("cannot refer to an open group", 0));
            }
            if gid >= first {
                return Err(self.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn scope(&self, flags: u32, verbose: bool) -> Scope {
        Scope { flags, verbose }
    }

    fn unicode(&self, flags: u32) -> bool {
        !self.bytes && flags & (flags::ASCII | flags::LOCALE) == 0
    }

    /// `a|b|c`
    fn parse_alternation(&mut self, verbose: bool, nested: usize) -> Result<Node, Error> {
        self.parse_alternation_in(self.flags, verbose, nested)
    }

    fn parse_alternation_in(
        &mut self,
        flags: u32,
        verbose: bool,
        nested: usize,
    ) -> Result<Node, Error> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.parse_alternation_unguarded(flags, verbose, nested)
        })
    }

    fn parse_alternation_unguarded(
        &mut self,
        flags: u32,
        mut verbose: bool,
        nested: usize,
    ) -> Result<Node, Error> {
        if nested > MAX_NESTING {
            return Err(Error::other(
                ErrorKind::Recursion,
                "maximum recursion depth exceeded",
            ));
        }
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            let flags_now = if nested == 0 { self.flags } else { flags };
            items.push(self.parse_sequence(self.scope(flags_now, verbose), nested + 1, first)?);
            if !self.eat('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & flags::VERBOSE != 0;
            }
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alternation(items)
        })
    }

    /// A sequence of items up to `|`, `)` or the end.
    fn parse_sequence(&mut self, scope: Scope, nested: usize, first: bool) -> Result<Node, Error> {
        let mut scope = scope;
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item is a repeat made in this sequence (for
        // "multiple repeat").
        let mut last_is_repeat = false;
        while let Some(this) = self.next {
            if this.is('|') || this.is(')') {
                break;
            }
            self.advance()?;
            if scope.verbose && !this.escaped {
                if char::from_u32(this.c).is_some_and(|c| " \t\n\r\x0b\x0c".contains(c)) {
                    continue;
                }
                if this.is('#') {
                    loop {
                        match self.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            Some(_) => {}
                        }
                    }
                    continue;
                }
            }
            let flags = scope.flags;
            let icase = flags & flags::IGNORECASE != 0;
            let unicode = self.unicode(flags);
            if this.escaped {
                items.push(self.escape(this, flags)?);
                last_is_repeat = false;
                continue;
            }
            let ch = char::from_u32(this.c).unwrap_or('\u{FFFD}');
            match ch {
                '[' => {
                    items.push(self.parse_set(flags)?);
                    last_is_repeat = false;
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.tell();
                    let (min, max) = match ch {
                        '?' => (0, 1),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.next.is_some_and(|t| t.is('}')) {
                                items.push(Node::Char {
                                    c: this.c,
                                    ignore_case: icase,
                                    unicode,
                                });
                                last_is_repeat = false;
                                continue;
                            }
                            let mut lo = String::new();
                            let mut hi = String::new();
                            while is_ascii_digit(self.next) {
                                lo.push(
                                    char::from_u32(self.get()?.map_or(0, |t| t.c)).unwrap_or('0'),
                                );
                            }
                            if self.eat(',')? {
                                while is_ascii_digit(self.next) {
                                    hi.push(
                                        char::from_u32(self.get()?.map_or(0, |t| t.c))
                                            .unwrap_or('0'),
                                    );
                                }
                            } else {
                                hi = lo.clone();
                            }
                            if !self.eat('}')? {
                                items.push(Node::Char {
                                    c: this.c,
                                    ignore_case: icase,
                                    unicode,
                                });
                                last_is_repeat = false;
                                self.seek(here)?;
                                continue;
                            }
                            let too_large = || {
                                Error::other(
                                    ErrorKind::Overflow,
                                    "the repetition number is too large",
                                )
                            };
                            let parse_num = |s: &str| -> Result<u64, Error> {
                                s.parse::<u64>()
                                    .ok()
                                    .filter(|&n| n < MAXREPEAT)
                                    .ok_or_else(too_large)
                            };
                            let min = if lo.is_empty() { 0 } else { parse_num(&lo)? };
                            let max = if hi.is_empty() {
                                MAXREPEAT
                            } else {
                                parse_num(&hi)?
                            };
                            if !hi.is_empty() && max < min {
                                return Err(self.error(
                                    "min repeat greater than max repeat",
                                    self.tell() - here,
                                ));
                            }
                            (min, max)
                        }
                    };
                    let offset = self.tell() - here + 1;
                    let Some(item) = items.pop() else {
                        return Err(self.error("nothing to repeat", offset));
                    };
                    if matches!(item, Node::Assert(_)) {
                        return Err(self.error("nothing to repeat", offset));
                    }
                    if last_is_repeat {
                        return Err(self.error("multiple repeat", offset));
                    }
                    let greed = if self.eat('?')? {
                        Greed::Lazy
                    } else if self.eat('+')? {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    // Bounds are below MAXREPEAT, so they fit in a u32.
                    items.push(Node::Repeat {
                        body: Box::new(item),
                        min: u32::try_from(min).unwrap_or(u32::MAX),
                        max: if max == MAXREPEAT {
                            None
                        } else {
                            Some(u32::try_from(max).unwrap_or(u32::MAX))
                        },
                        greed,
                    });
                    last_is_repeat = true;
                }
                '.' => {
                    items.push(Node::Any {
                        dotall: flags & flags::DOTALL != 0,
                    });
                    last_is_repeat = false;
                }
                '^' => {
                    items.push(Node::Assert(Assertion::Beginning {
                        multiline: flags & flags::MULTILINE != 0,
                    }));
                    last_is_repeat = false;
                }
                '$' => {
                    items.push(Node::Assert(Assertion::End {
                        multiline: flags & flags::MULTILINE != 0,
                    }));
                    last_is_repeat = false;
                }
                '(' => {
                    let start = self.tell() - 1;
                    match self.parse_group(start, scope, nested, first && items.is_empty())? {
                        GroupResult::Node(n) => {
                            items.push(n);
                            last_is_repeat = false;
                        }
                        GroupResult::GlobalFlags => {
                            scope.flags = self.flags;
                            scope.verbose = self.flags & flags::VERBOSE != 0;
                        }
                        GroupResult::Nothing => {}
                    }
                }
                _ => {
                    items.push(Node::Char {
                        c: this.c,
                        ignore_case: icase,
                        unicode,
                    });
                    last_is_repeat = false;
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }
}
