//! From a [`Node`] tree to a [`Program`]: a flat list of instructions for
//! the backtracking machine in [`crate::exec`].
//!
//! Invariants:
//! - Every jump target is an index into the program; the program ends
//!   with [`Inst::Match`].
//! - A repeat of one single-character item (a literal, a set, `.`) is one
//!   [`Inst::RepeatOne`]; any other repeat is a loop around its body with
//!   its own counter register (`RepeatInit` / `RepeatStep`).
//! - Every atomic group and lookaround is bracketed by a start and an end
//!   instruction; the end finds its start's marker as the nearest marker on
//!   the backtracking stack, because constructs nest.

use crate::ast::{Assertion, Category, Greed, Node, Set, SetItem};

/// Something that matches exactly one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Single {
    Char(u32),
    /// A character ignoring case: the pattern's character and whether
    /// Unicode folding applies.
    CharFold(u32, bool),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// A set that is one category (`\d`, `\w`, …), with Unicode's
    /// definitions or not.
    Category(Category, bool),
    /// An index into [`Program::sets`].
    Set(usize),
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Inst {
    One(Single),
    Assert(Assertion),
    /// Record the position in a capture slot (`2g` start, `2g+1` end).
    Save(usize),
    /// Continue at `first`; on backtracking, at `second`.
    Split {
        first: usize,
        second: usize,
    },
    Jump(usize),
    RepeatOne {
        item: Single,
        min: u32,
        max: Option<u32>,
        greed: Greed,
    },
    /// Reset counter register `reg` before a loop.
    RepeatInit {
        reg: usize,
    },
    /// The head of a loop whose body follows; `exit` is after the loop.
    RepeatStep {
        reg: usize,
        min: u32,
        max: Option<u32>,
        lazy: bool,
        exit: usize,
    },
    AtomicStart,
    AtomicEnd,
    /// Start of a lookaround; `behind` is the look-behind's width; `end`
    /// is the instruction after the matching `LookEnd`.
    LookStart {
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    LookEnd {
        negate: bool,
    },
    Backref {
        group: usize,
        fold: Option<bool>,
    },
    /// Continue if `group` matched, else jump to `otherwise`.
    GroupExists {
        group: usize,
        otherwise: usize,
    },
    Match,
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub(crate) struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<Set>,
    /// How many counter registers loops use.
    pub registers: usize,
    /// Capturing groups, not counting group 0.
    pub groups: usize,
    /// The pattern can only match at the start of the text.
    pub anchored: bool,
    /// A character every match starts with, when there is one.
    pub first_char: Option<u32>,
    /// Items one of which matches the first character of every match,
    /// when they are known: a search skips positions none matches.
    pub first_items: Option<Vec<Single>>,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<Set>,
    registers: usize,
}

/// Compile a tree with `groups` capturing groups.
pub(crate) fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        registers: 0,
    };
    c.emit(node);
    c.insts.push(Inst::Match);
    let first_items = first_items(&c.insts);
    Program {
        first_items,
        insts: c.insts,
        sets: c.sets,
        registers: c.registers,
        groups,
        anchored: starts_anchored(node),
        first_char: first_char(node),
    }
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::Assert(Assertion::StartOfText | Assertion::Beginning { multiline: false }) => true,
        Node::Concat(items) => items.first().is_some_and(starts_anchored),
        Node::Group { body, .. } | Node::Atomic(body) => starts_anchored(body),
        Node::Alternation(items) => !items.is_empty() && items.iter().all(starts_anchored),
        _ => false,
    }
}

fn first_char(node: &Node) -> Option<u32> {
    match node {
        Node::Char {
            c,
            ignore_case: false,
            ..
        } => Some(*c),
        Node::Concat(items) => items.first().and_then(first_char),
        Node::Group { body, .. } | Node::Atomic(body) => first_char(body),
        Node::Repeat { body, min, .. } if *min > 0 => first_char(body),
        _ => None,
    }
}

/// The most items [`first_items`] collects before giving up.
const MAX_FIRST_ITEMS: usize = 8;

/// The single-character items a match must start with, found by following
/// the program from its start through zero-width steps; `None` when a
/// match could start otherwise (or be empty).
fn first_items(insts: &[Inst]) -> Option<Vec<Single>> {
    let mut found = Vec::new();
    let mut todo = vec![0];
    let mut seen = vec![false; insts.len()];
    while let Some(pc) = todo.pop() {
        if std::mem::replace(seen.get_mut(pc)?, true) {
            continue;
        }
        match insts[pc] {
            Inst::One(item) => found.push(item),
            Inst::RepeatOne { item, min, .. } => {
                found.push(item);
                if min == 0 {
                    todo.push(pc + 1);
                }
            }
            Inst::Assert(_) | Inst::Save(_) | Inst::AtomicStart | Inst::RepeatInit { .. } => {
                todo.push(pc + 1)
            }
            Inst::Jump(to) => todo.push(to),
            Inst::Split { first, second } => {
                todo.push(first);
                todo.push(second);
            }
            Inst::RepeatStep { min, exit, .. } => {
                todo.push(pc + 1);
                if min == 0 {
                    todo.push(exit);
                }
            }
            _ => return None,
        }
        if found.len() > MAX_FIRST_ITEMS {
            return None;
        }
    }
    Some(found)
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn single(&mut self, node: &Node) -> Option<Single> {
        Some(match node {
            Node::Char {
                c,
                ignore_case,
                unicode,
            } => {
                if *ignore_case {
                    Single::CharFold(*c, *unicode)
                } else {
                    Single::Char(*c)
                }
            }
            Node::Any { dotall } => {
                if *dotall {
                    Single::AnyAll
                } else {
                    Single::Any
                }
            }
            Node::Set(set) => {
                if let ([SetItem::Category(cat)], false) = (&set.items[..], set.negate) {
                    return Some(Single::Category(*cat, set.unicode));
                }
                self.sets.push((**set).clone());
                Single::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn emit(&mut self, node: &Node) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.emit_unguarded(node));
    }

    fn emit_unguarded(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
                if let Some(s) = self.single(node) {
                    self.insts.push(Inst::One(s));
                }
            }
            Node::Assert(a) => self.insts.push(Inst::Assert(*a)),
            Node::Group { index, body } => {
                self.insts.push(Inst::Save(2 * index));
                self.emit(body);
                self.insts.push(Inst::Save(2 * index + 1));
            }
            Node::Concat(items) => items.iter().for_each(|n| self.emit(n)),
            Node::Alternation(items) => {
                let mut jumps = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if i + 1 < items.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Jump(0));
                        self.emit(item);
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jump(0));
                        let next = self.pc();
                        self.insts[split] = Inst::Split {
                            first: split + 1,
                            second: next,
                        };
                    } else {
                        self.emit(item);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jump(end);
                }
            }
            Node::Repeat {
                body,
                min,
                max,
                greed,
            } => self.emit_repeat(body, *min, *max, *greed),
            Node::Atomic(body) => {
                self.insts.push(Inst::AtomicStart);
                self.emit(body);
                self.insts.push(Inst::AtomicEnd);
            }
            Node::Look {
                behind,
                negate,
                body,
            } => {
                let start = self.pc();
                self.insts.push(Inst::Jump(0));
                self.emit(body);
                self.insts.push(Inst::LookEnd { negate: *negate });
                let width = if *behind {
                    Some(usize::try_from(body.width().0).unwrap_or(usize::MAX))
                } else {
                    None
                };
                self.insts[start] = Inst::LookStart {
                    behind: width,
                    negate: *negate,
                    end: self.pc(),
                };
            }
            Node::Backref {
                group,
                ignore_case,
                unicode,
                ..
            } => self.insts.push(Inst::Backref {
                group: *group,
                fold: ignore_case.then_some(*unicode),
            }),
            Node::Conditional { group, yes, no } => {
                let test = self.pc();
                self.insts.push(Inst::Jump(0));
                self.emit(yes);
                let skip = self.pc();
                self.insts.push(Inst::Jump(0));
                let otherwise = self.pc();
                self.emit(no);
                let end = self.pc();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    otherwise,
                };
                self.insts[skip] = Inst::Jump(end);
            }
        }
    }

    fn emit_repeat(&mut self, body: &Node, min: u32, max: Option<u32>, greed: Greed) {
        if let Some(item) = self.single(body) {
            self.insts.push(Inst::RepeatOne {
                item,
                min,
                max,
                greed,
            });
            return;
        }
        if greed == Greed::Possessive {
            self.insts.push(Inst::AtomicStart);
        }
        let reg = self.registers;
        self.registers += 1;
        self.insts.push(Inst::RepeatInit { reg });
        let step = self.pc();
        self.insts.push(Inst::Jump(0));
        self.emit(body);
        self.insts.push(Inst::Jump(step));
        let exit = self.pc();
        self.insts[step] = Inst::RepeatStep {
            reg,
            min,
            max,
            lazy: greed == Greed::Lazy,
            exit,
        };
        if greed == Greed::Possessive {
            self.insts.push(Inst::AtomicEnd);
        }
    }
}
