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

use crate::ast::{Assertion, Category, Greed, MAXREPEAT, Node, Set, SetItem};
use crate::error::{Error, ErrorKind};
use crate::flags;
use crate::names::{is_identifier, py_repr};

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

/// What a parenthesised construct produced.
enum GroupResult {
    Node(Node),
    /// `(?flags)` at the start: the flags changed.
    GlobalFlags,
    /// A comment.
    Nothing,
}

impl Parser<'_> {
    fn parse_group(
        &mut self,
        start: usize,
        scope: Scope,
        nested: usize,
        first: bool,
    ) -> Result<GroupResult, Error> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add_flags = 0;
        let mut del_flags = 0;
        if self.eat('?')? {
            let Some(t) = self.get()? else {
                return Err(self.error("unexpected end of pattern", 0));
            };
            let c = if t.escaped {
                '\\'
            } else {
                char::from_u32(t.c).unwrap_or('\u{FFFD}')
            };
            match c {
                'P' if !t.escaped => {
                    if self.eat('<')? {
                        let n = self.get_until('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.eat('=')? {
                        let n = self.get_until(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let offset = n.chars().count() + 1;
                        let Some(gid) = self.names.iter().find(|(k, _)| *k == n).map(|e| e.1)
                        else {
                            return Err(
                                self.error(format!("unknown group name {}", py_repr(&n)), offset)
                            );
                        };
                        if !self.group_closed(gid) {
                            return Err(self.error("cannot refer to an open group", offset));
                        }
                        self.check_lookbehind_group(gid)?;
                        return Ok(GroupResult::Node(Node::Backref {
                            group: gid,
                            ignore_case: scope.flags & flags::IGNORECASE != 0,
                            unicode: self.unicode(scope.flags),
                        }));
                    } else {
                        let Some(t2) = self.get()? else {
                            return Err(self.error("unexpected end of pattern", 0));
                        };
                        return Err(
                            self.error(format!("unknown extension ?P{}", t2.text()), t2.len() + 2)
                        );
                    }
                }
                ':' if !t.escaped => capture = false,
                '#' if !t.escaped => {
                    loop {
                        if self.next.is_none() {
                            return Err(
                                self.error("missing ), unterminated comment", self.tell() - start)
                            );
                        }
                        if self.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    return Ok(GroupResult::Nothing);
                }
                '=' | '!' | '<' if !t.escaped => {
                    let mut kind = c;
                    let mut behind = false;
                    let saved_lookbehind = self.lookbehind_groups;
                    if c == '<' {
                        let Some(t2) = self.get()? else {
                            return Err(self.error("unexpected end of pattern", 0));
                        };
                        if !(t2.is('=') || t2.is('!')) {
                            return Err(self.error(
                                format!("unknown extension ?<{}", t2.text()),
                                t2.len() + 2,
                            ));
                        }
                        kind = if t2.is('=') { '=' } else { '!' };
                        behind = true;
                        if self.lookbehind_groups.is_none() {
                            self.lookbehind_groups = Some(self.groups.len());
                        }
                    }
                    let body = self.parse_alternation_in(scope.flags, scope.verbose, nested + 1)?;
                    if behind && saved_lookbehind.is_none() {
                        self.lookbehind_groups = None;
                    }
                    if !self.eat(')')? {
                        return Err(
                            self.error("missing ), unterminated subpattern", self.tell() - start)
                        );
                    }
                    if behind {
                        let (lo, hi) = body.width();
                        if hi != Some(lo) {
                            self.variable_lookbehind = true;
                        }
                    }
                    return Ok(GroupResult::Node(Node::Look {
                        behind,
                        negate: kind == '!',
                        body: Box::new(body),
                    }));
                }
                '(' if !t.escaped => {
                    return self
                        .parse_conditional(start, scope, nested)
                        .map(GroupResult::Node);
                }
                '>' if !t.escaped => {
                    capture = false;
                    atomic = true;
                }
                _ if !t.escaped && (flag_of(t.c).is_some() || c == '-') => {
                    match self.parse_flags(t)? {
                        None => {
                            if !first {
                                return Err(self.error(
                                    "global flags not at the start of the expression",
                                    self.tell() - start,
                                ));
                            }
                            return Ok(GroupResult::GlobalFlags);
                        }
                        Some((add, del)) => {
                            add_flags = add;
                            del_flags = del;
                            capture = false;
                        }
                    }
                }
                _ => {
                    return Err(self.error(format!("unknown extension ?{}", t.text()), t.len() + 1));
                }
            }
        }
        let group = if capture {
            let gid = self.groups.len();
            if let Some(n) = &name {
                if let Some(old) = self.names.iter().find(|(k, _)| k == n).map(|e| e.1) {
                    let msg = format!(
                        "redefinition of group name {} as group {gid}; was group {old}",
                        py_repr(n)
                    );
                    return Err(self.error(msg, n.chars().count() + 1));
                }
                self.names.push((n.clone(), gid));
            }
            self.groups.push(None);
            Some(gid)
        } else {
            None
        };
        let mut inner = scope.flags;
        inner |= add_flags;
        inner &= !del_flags;
        if add_flags & TYPE_FLAGS != 0 {
            inner = (inner & !TYPE_FLAGS) | (add_flags & TYPE_FLAGS);
        }
        let sub_verbose =
            (scope.verbose || add_flags & flags::VERBOSE != 0) && del_flags & flags::VERBOSE == 0;
        let body = self.parse_alternation_in(inner, sub_verbose, nested + 1)?;
        if !self.eat(')')? {
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        Ok(GroupResult::Node(match group {
            Some(index) => {
                self.groups[index] = Some(body.width());
                Node::Group {
                    index,
                    body: Box::new(body),
                }
            }
            None if atomic => Node::Atomic(Box::new(body)),
            None => body,
        }))
    }

    /// `(?(group)yes|no)`, after `(?(`.
    fn parse_conditional(
        &mut self,
        start: usize,
        scope: Scope,
        nested: usize,
    ) -> Result<Node, Error> {
        let condname = self.get_until(')', "group name")?;
        let offset = condname.chars().count() + 1;
        let group = if is_identifier(&condname) {
            match self.names.iter().find(|(k, _)| *k == condname) {
                Some(&(_, g)) => g,
                None => {
                    return Err(
                        self.error(format!("unknown group name {}", py_repr(&condname)), offset)
                    );
                }
            }
        } else {
            let digits = condname.trim_start_matches('+');
            let n = if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                digits.parse::<u64>().ok()
            } else {
                None
            };
            let Some(n) = n else {
                return Err(self.error(
                    format!("bad character in group name {}", py_repr(&condname)),
                    offset,
                ));
            };
            if n == 0 {
                return Err(self.error("bad group number", offset));
            }
            if n >= u64::from(u32::MAX) / 2 {
                return Err(self.error(format!("invalid group reference {n}"), offset));
            }
            let n = n as usize;
            let at = self.tell() - offset;
            self.groupref_pos.entry(n).or_insert(at);
            n
        };
        self.check_lookbehind_group(group)?;
        let yes = self.parse_sequence(scope, nested + 1, false)?;
        let no = if self.eat('|')? {
            let no = self.parse_sequence(scope, nested + 1, false)?;
            if self.next.is_some_and(|t| t.is('|')) {
                return Err(self.error("conditional backref with more than two branches", 0));
            }
            no
        } else {
            Node::Empty
        };
        if !self.eat(')')? {
            return Err(self.error("missing ), unterminated subpattern", self.tell() - start));
        }
        Ok(Node::Conditional {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// Inline flags after `(?`, starting with `first`; `None` for global
    /// flags `(?aiLmsux)`, else the scoped flags added and removed.
    fn parse_flags(&mut self, first: Tok) -> Result<Option<(u32, u32)>, Error> {
        let mut add = 0;
        let mut del = 0;
        let mut t = first;
        if !t.is('-') {
            loop {
                let flag = flag_of(t.c).unwrap_or(0);
                if !self.bytes && t.is('L') {
                    return Err(self.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if self.bytes && t.is('u') {
                    return Err(self.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let Some(n) = self.get()? else {
                    return Err(self.error("missing -, : or )", 0));
                };
                t = n;
                if t.is(')') || t.is('-') || t.is(':') {
                    break;
                }
                if t.escaped || flag_of(t.c).is_none() {
                    let alpha = !t.escaped && char::from_u32(t.c).is_some_and(char::is_alphabetic);
                    let msg = if alpha {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.error(msg, t.len()));
                }
            }
        }
        if t.is(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn on global flag", 1));
        }
        if t.is('-') {
            let Some(n) = self.get()? else {
                return Err(self.error("missing flag", 0));
            };
            t = n;
            if t.escaped || flag_of(t.c).is_none() {
                let alpha = !t.escaped && char::from_u32(t.c).is_some_and(char::is_alphabetic);
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.error(msg, t.len()));
            }
            loop {
                let flag = flag_of(t.c).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                let Some(n) = self.get()? else {
                    return Err(self.error("missing :", 0));
                };
                t = n;
                if t.is(':') {
                    break;
                }
                if t.escaped || flag_of(t.c).is_none() {
                    let alpha = !t.escaped && char::from_u32(t.c).is_some_and(char::is_alphabetic);
                    let msg = if alpha { "unknown flag" } else { "missing :" };
                    return Err(self.error(msg, t.len()));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}

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
    fn escape(&mut self, tok: Tok, flags: u32) -> Result<Node, Error> {
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
    fn parse_set(&mut self, flags: u32) -> Result<Node, Error> {
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
