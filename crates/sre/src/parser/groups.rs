//! Parenthesised constructs: groups, lookarounds, conditionals, atomic
//! groups, comments and inline flags.

use super::{GLOBAL_FLAGS, Parser, Scope, TYPE_FLAGS, Tok, flag_of};
use crate::ast::Node;
use crate::error::Error;
use crate::flags;
use crate::names::{is_identifier, py_repr};

/// What a parenthesised construct produced.
pub(super) enum GroupResult {
    Node(Node),
    /// `(?flags)` at the start: the flags changed.
    GlobalFlags,
    /// A comment.
    Nothing,
}

impl Parser<'_> {
    pub(super) fn parse_group(
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
                            width: self.group_width(gid),
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
