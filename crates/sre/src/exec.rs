//! The backtracking machine: runs a [`Program`] over a text.
//!
//! Invariants:
//! - There is no recursion: every choice point, and every undo record for
//!   a capture slot or loop counter, goes on one explicit stack
//!   (`Vec<Frame>`), so long texts and deep patterns use heap memory, never
//!   the Rust stack.
//! - Undo records sit between the choice points they belong to, so popping
//!   the stack back to a choice point restores exactly the captures and
//!   counters in force when that choice was made.
//! - Cutting the stack (at the end of an atomic group, a possessive repeat
//!   or a positive lookaround) drops choice points but keeps undo records,
//!   so a later backtrack past the construct still restores its captures.
//! - Positions are indices into the text (code points for str, bytes for
//!   bytes); the text given is already cut at `endpos`.

use crate::ast::{Assertion, Greed};
use crate::class::{in_category, is_word, same_ignoring_case, set_matches};
use crate::compile::{Inst, Program, Single};

/// "Not set" in a capture slot.
const UNSET: usize = usize::MAX;

/// One entry of the backtracking stack.
#[derive(Clone, Copy, Debug)]
enum Frame {
    /// A choice point: resume at `pc` with the position `pos`.
    Alt { pc: usize, pos: usize },
    /// Undo: put back a capture slot.
    Slot { slot: usize, old: usize },
    /// Undo: put back `lastindex`.
    LastIndex { old: usize },
    /// Undo: put back a loop's counter and the start of its iteration.
    Register {
        reg: usize,
        count: u32,
        start: usize,
    },
    /// A greedy single-character repeat that can give back characters
    /// down to `min_pos`; it last stopped at `pos`.
    GiveBack {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character repeat that can take one more character
    /// at `pos`, having taken `count`.
    TakeMore { pc: usize, pos: usize, count: u32 },
    /// A lazy loop that can run one more iteration from `pos`.
    Iterate { step: usize, pos: usize },
    /// The start of an atomic group.
    Atomic,
    /// The start of a lookaround, with the position to come back to.
    Look {
        pos: usize,
        negate: bool,
        end: usize,
    },
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(
            self,
            Frame::Slot { .. } | Frame::LastIndex { .. } | Frame::Register { .. }
        )
    }
}

/// How a match must be anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `Pattern.match`: at the start position.
    Match,
    /// `Pattern.fullmatch`: at the start position, through to the end.
    FullMatch,
    /// `Pattern.search`: at the first position where it matches.
    Search,
}

/// A successful match: each group's span, and `lastindex`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    /// `(start, end)` of group 0 and of each group, `None` if it did not
    /// take part.
    pub spans: Vec<Option<(usize, usize)>>,
    /// The last group closed, as `Match.lastindex`.
    pub lastindex: Option<usize>,
}

/// A character unit of a text: a `char` of a str or a byte of bytes.
pub trait Unit: Copy {
    /// Its code point (or byte value).
    fn code(self) -> u32;
}

impl Unit for char {
    fn code(self) -> u32 {
        self as u32
    }
}

impl Unit for u8 {
    fn code(self) -> u32 {
        u32::from(self)
    }
}

impl Unit for u32 {
    fn code(self) -> u32 {
        self
    }
}

const NEWLINE: u32 = b'\n' as u32;

struct Machine<'p, 't, T: Unit> {
    prog: &'p Program,
    text: &'t [T],
    full: bool,
    /// A match starting here may not be empty.
    must_advance_at: Option<usize>,
    /// Where the current attempt started.
    start: usize,
    stack: Vec<Frame>,
    slots: Vec<usize>,
    counts: Vec<u32>,
    starts: Vec<usize>,
    lastindex: usize,
}

/// Run `prog` over `text[..end]` from `pos` in the given mode.
pub(crate) fn run<T: Unit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Captures> {
    let end = text.len();
    if pos > end {
        return None;
    }
    let mut m = Machine {
        prog,
        text,
        full: mode == Mode::FullMatch,
        must_advance_at: must_advance.then_some(pos),
        start: pos,
        stack: Vec::new(),
        slots: vec![UNSET; 2 * (prog.groups + 1)],
        counts: vec![0; prog.registers],
        starts: vec![UNSET; prog.registers],
        lastindex: UNSET,
    };
    if mode != Mode::Search || prog.anchored {
        if mode == Mode::Search && pos != 0 {
            // `^`/`\A` only match at the very start of the text.
            return None;
        }
        return m.attempt(pos);
    }
    let mut start = pos;
    loop {
        if let Some(c) = prog.first_char {
            match text[start..].iter().position(|u| u.code() == c) {
                Some(i) => start += i,
                None => return None,
            }
        } else if let Some(items) = &prog.first_items {
            while start < end && !items.iter().any(|&item| m.single(item, start)) {
                start += 1;
            }
            if start >= end {
                return None;
            }
        }
        if let Some(caps) = m.attempt(start) {
            return Some(caps);
        }
        if start >= end {
            return None;
        }
        start += 1;
    }
}

impl<T: Unit> Machine<'_, '_, T> {
    fn attempt(&mut self, start: usize) -> Option<Captures> {
        self.stack.clear();
        self.slots.iter_mut().for_each(|s| *s = UNSET);
        self.lastindex = UNSET;
        self.start = start;
        let end = self.execute(start)?;
        let mut spans = Vec::with_capacity(self.prog.groups + 1);
        spans.push(Some((start, end)));
        for g in 1..=self.prog.groups {
            let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
            spans.push(if s != UNSET && e != UNSET && s <= e {
                Some((s, e))
            } else {
                None
            });
        }
        Some(Captures {
            spans,
            lastindex: (self.lastindex != UNSET).then_some(self.lastindex),
        })
    }

    fn at(&self, pos: usize) -> Option<u32> {
        self.text.get(pos).map(|u| u.code())
    }

    fn single(&self, item: Single, pos: usize) -> bool {
        let Some(c) = self.at(pos) else { return false };
        match item {
            Single::Char(x) => c == x,
            Single::CharFold(x, unicode) => same_ignoring_case(c, x, unicode),
            Single::Any => c != NEWLINE,
            Single::AnyAll => true,
            Single::Category(cat, unicode) => in_category(cat, c, unicode),
            Single::Set(i) => set_matches(&self.prog.sets[i], c),
        }
    }

    fn assertion(&self, a: Assertion, pos: usize) -> bool {
        let end = self.text.len();
        match a {
            Assertion::Beginning { multiline } => {
                pos == 0 || (multiline && self.at(pos - 1) == Some(NEWLINE))
            }
            Assertion::End { multiline } => {
                pos == end
                    || (pos + 1 == end && self.at(pos) == Some(NEWLINE))
                    || (multiline && self.at(pos) == Some(NEWLINE))
            }
            Assertion::StartOfText => pos == 0,
            Assertion::EndOfText => pos == end,
            Assertion::WordBoundary { unicode } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && self.at(pos - 1).is_some_and(|c| is_word(c, unicode));
                let after = self.at(pos).is_some_and(|c| is_word(c, unicode));
                before != after
            }
            Assertion::NotWordBoundary { unicode } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && self.at(pos - 1).is_some_and(|c| is_word(c, unicode));
                let after = self.at(pos).is_some_and(|c| is_word(c, unicode));
                before == after
            }
        }
    }

    fn set_slot(&mut self, slot: usize, value: usize) {
        self.stack.push(Frame::Slot {
            slot,
            old: self.slots[slot],
        });
        self.slots[slot] = value;
    }

    fn set_register(&mut self, reg: usize, count: u32, start: usize) {
        self.stack.push(Frame::Register {
            reg,
            count: self.counts[reg],
            start: self.starts[reg],
        });
        self.counts[reg] = count;
        self.starts[reg] = start;
    }

    fn undo(&mut self, frame: Frame) {
        match frame {
            Frame::Slot { slot, old } => self.slots[slot] = old,
            Frame::LastIndex { old } => self.lastindex = old,
            Frame::Register { reg, count, start } => {
                self.counts[reg] = count;
                self.starts[reg] = start;
            }
            _ => {}
        }
    }

    /// The index of the nearest atomic or lookaround marker.
    fn nearest_marker(&self) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|f| matches!(f, Frame::Atomic | Frame::Look { .. }))
    }

    /// Drop the choice points above the nearest marker and the marker
    /// itself, keeping the undo records; returns the marker.
    fn cut(&mut self) -> Option<Frame> {
        let i = self.nearest_marker()?;
        let marker = self.stack[i];
        let mut w = i;
        for r in i + 1..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
        Some(marker)
    }

    /// Backtrack: resume at the most recent choice point, as `(pc, pos)`.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(frame) = self.stack.pop() {
            match frame {
                Frame::Alt { pc, pos } => return Some((pc, pos)),
                Frame::GiveBack { pc, min_pos, pos } => {
                    let mut new_pos = pos - 1;
                    // When a literal follows, only the positions holding
                    // it can succeed: skip the others.
                    if let Some(Inst::One(Single::Char(c))) = self.prog.insts.get(pc + 1) {
                        while new_pos > min_pos && self.at(new_pos) != Some(*c) {
                            new_pos -= 1;
                        }
                    }
                    if new_pos > min_pos {
                        self.stack.push(Frame::GiveBack {
                            pc,
                            min_pos,
                            pos: new_pos,
                        });
                    }
                    return Some((pc + 1, new_pos));
                }
                Frame::TakeMore { pc, pos, count } => {
                    let Inst::RepeatOne { item, max, .. } = self.prog.insts[pc] else {
                        continue;
                    };
                    if !self.single(item, pos) {
                        continue;
                    }
                    let count = count + 1;
                    if max.is_none_or(|m| count < m) {
                        self.stack.push(Frame::TakeMore {
                            pc,
                            pos: pos + 1,
                            count,
                        });
                    }
                    return Some((pc + 1, pos + 1));
                }
                Frame::Iterate { step, pos } => {
                    let Inst::RepeatStep { reg, .. } = self.prog.insts[step] else {
                        continue;
                    };
                    let count = self.counts[reg] + 1;
                    self.set_register(reg, count, pos);
                    return Some((step + 1, pos));
                }
                Frame::Look {
                    pos, negate, end, ..
                } => {
                    if negate {
                        // The negative lookaround's body failed: it holds.
                        return Some((end, pos));
                    }
                }
                Frame::Atomic => {}
                undo => self.undo(undo),
            }
        }
        None
    }

    /// Run from `start`; the end of the match on success.
    fn execute(&mut self, start: usize) -> Option<usize> {
        let mut pc = 0;
        let mut pos = start;
        let text_len = self.text.len();
        loop {
            let ok = match self.prog.insts[pc] {
                Inst::One(item) => {
                    if self.single(item, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.assertion(a, pos)
                }
                Inst::Save(slot) => {
                    self.set_slot(slot, pos);
                    if slot % 2 == 1 {
                        self.stack.push(Frame::LastIndex {
                            old: self.lastindex,
                        });
                        self.lastindex = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Split { first, second } => {
                    self.stack.push(Frame::Alt { pc: second, pos });
                    pc = first;
                    true
                }
                Inst::Jump(to) => {
                    pc = to;
                    true
                }
                Inst::RepeatOne {
                    item,
                    min,
                    max,
                    greed,
                } => {
                    let limit =
                        max.map_or(text_len, |m| text_len.min(pos.saturating_add(m as usize)));
                    match greed {
                        Greed::Greedy | Greed::Possessive => {
                            let mut n = pos;
                            while n < limit && self.single(item, n) {
                                n += 1;
                            }
                            let min_pos = pos + min as usize;
                            if n < min_pos {
                                false
                            } else {
                                if greed == Greed::Greedy && n > min_pos {
                                    self.stack.push(Frame::GiveBack {
                                        pc,
                                        min_pos,
                                        pos: n,
                                    });
                                }
                                pos = n;
                                pc += 1;
                                true
                            }
                        }
                        Greed::Lazy => {
                            let mut n = pos;
                            let target = pos.saturating_add(min as usize);
                            while n < target && self.single(item, n) {
                                n += 1;
                            }
                            if n < target {
                                false
                            } else {
                                if max.is_none_or(|m| min < m) {
                                    self.stack.push(Frame::TakeMore {
                                        pc,
                                        pos: n,
                                        count: min,
                                    });
                                }
                                pos = n;
                                pc += 1;
                                true
                            }
                        }
                    }
                }
                Inst::RepeatInit { reg } => {
                    self.set_register(reg, 0, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepeatStep {
                    reg,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let count = self.counts[reg];
                    if count > 0 && count >= min && self.starts[reg] == pos {
                        // The last iteration matched nothing: stop looping.
                        pc = exit;
                    } else if count < min {
                        self.set_register(reg, count + 1, pos);
                        pc += 1;
                    } else if max.is_some_and(|m| count >= m) {
                        pc = exit;
                    } else if lazy {
                        self.stack.push(Frame::Iterate { step: pc, pos });
                        pc = exit;
                    } else {
                        self.stack.push(Frame::Alt { pc: exit, pos });
                        self.set_register(reg, count + 1, pos);
                        pc += 1;
                    }
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Frame::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    behind,
                    negate,
                    end,
                } => {
                    let from = match behind {
                        Some(w) => pos.checked_sub(w),
                        None => Some(pos),
                    };
                    match from {
                        None => {
                            if negate {
                                pc = end;
                                true
                            } else {
                                false
                            }
                        }
                        Some(from) => {
                            self.stack.push(Frame::Look { pos, negate, end });
                            pos = from;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd { negate } => {
                    if negate {
                        // The body matched, so the negative lookaround
                        // fails: unwind through its marker.
                        while let Some(f) = self.stack.pop() {
                            if matches!(f, Frame::Look { .. }) {
                                break;
                            }
                            self.undo(f);
                        }
                        false
                    } else {
                        match self.cut() {
                            Some(Frame::Look { pos: back, .. }) => {
                                pos = back;
                                pc += 1;
                                true
                            }
                            _ => false,
                        }
                    }
                }
                Inst::Backref { group, fold } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == UNSET || e == UNSET || s > e {
                        false
                    } else {
                        let len = e - s;
                        if pos + len > text_len {
                            false
                        } else {
                            let same = (0..len).all(|i| {
                                let (a, b) = (self.text[s + i].code(), self.text[pos + i].code());
                                match fold {
                                    None => a == b,
                                    Some(unicode) => same_ignoring_case(a, b, unicode),
                                }
                            });
                            if same {
                                pos += len;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Inst::GroupExists { group, otherwise } => {
                    let (s, e) = (
                        self.slots.get(2 * group).copied().unwrap_or(UNSET),
                        self.slots.get(2 * group + 1).copied().unwrap_or(UNSET),
                    );
                    pc = if s != UNSET && e != UNSET {
                        pc + 1
                    } else {
                        otherwise
                    };
                    true
                }
                Inst::Match => {
                    let empty_refused =
                        self.must_advance_at == Some(self.start) && pos == self.start;
                    if (!self.full || pos == text_len) && !empty_refused {
                        return Some(pos);
                    }
                    false
                }
            };
            if !ok {
                let (p, q) = self.backtrack()?;
                pc = p;
                pos = q;
            }
        }
    }
}
