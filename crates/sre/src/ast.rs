//! The parsed form of a pattern: a tree of [`Node`]s in which every flag
//! has already been applied (a literal knows whether it ignores case, a
//! `.` whether it matches a newline), so the compiler needs no flag state.

/// A predefined class: `\d \w \s` and their negations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

/// One member of a character set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SetItem {
    Char(u32),
    Range(u32, u32),
    Category(Category),
}

/// A character set `[...]`, or a category escape outside one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Set {
    pub items: Vec<SetItem>,
    pub negate: bool,
    pub ignore_case: bool,
    /// Categories and case folding use Unicode's definitions (a str
    /// pattern without `re.ASCII`), else ASCII's.
    pub unicode: bool,
}

/// A zero-width assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Assertion {
    /// `^`: the start of the text, or of any line under MULTILINE.
    Beginning { multiline: bool },
    /// `$`: the end, or before a final newline; before any newline under
    /// MULTILINE.
    End { multiline: bool },
    /// `\A`
    StartOfText,
    /// `\Z`
    EndOfText,
    /// `\b`
    WordBoundary { unicode: bool },
    /// `\B`
    NotWordBoundary { unicode: bool },
}

/// How a repeat chooses how many times to match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// The largest finite repeat bound plus one: `MAXREPEAT`, which as a
/// bound means "no limit".
pub(crate) const MAXREPEAT: u64 = 4_294_967_295;

/// A pattern tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Node {
    Empty,
    Char {
        c: u32,
        ignore_case: bool,
        unicode: bool,
    },
    Set(Box<Set>),
    /// `.`
    Any {
        dotall: bool,
    },
    Assert(Assertion),
    /// A capturing group, numbered from 1.
    Group {
        index: usize,
        body: Box<Node>,
    },
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat {
        body: Box<Node>,
        min: u32,
        /// `None`: no upper bound.
        max: Option<u32>,
        greed: Greed,
    },
    /// `(?>...)`
    Atomic(Box<Node>),
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`.
    Look {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Backref {
        group: usize,
        ignore_case: bool,
        unicode: bool,
        /// The referenced group's width (it is closed before any
        /// reference to it), so a look-behind can use the reference.
        width: (u64, Option<u64>),
    },
    /// `(?(group)yes|no)`
    Conditional {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

impl Node {
    /// The least and greatest number of characters the node can match;
    /// `None` as the greatest means unbounded (or unknown, for a
    /// backreference).
    pub(crate) fn width(&self) -> (u64, Option<u64>) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.width_unguarded())
    }

    fn width_unguarded(&self) -> (u64, Option<u64>) {
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, Some(0)),
            Node::Char { .. } | Node::Set(_) | Node::Any { .. } => (1, Some(1)),
            Node::Group { body, .. } | Node::Atomic(body) => body.width(),
            Node::Concat(items) => items.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (l, h) = n.width();
                (
                    lo.saturating_add(l),
                    hi.zip(h).map(|(a, b)| a.saturating_add(b)),
                )
            }),
            Node::Alternation(items) => {
                let mut lo = u64::MAX;
                let mut hi = Some(0);
                for n in items {
                    let (l, h) = n.width();
                    lo = lo.min(l);
                    hi = hi.zip(h).map(|(a, b)| a.max(b));
                }
                (if items.is_empty() { 0 } else { lo }, hi)
            }
            Node::Repeat { body, min, max, .. } => {
                let (l, h) = body.width();
                let lo = l.saturating_mul(u64::from(*min));
                let hi = match (h, max) {
                    (Some(0), _) => Some(0),
                    (Some(h), Some(m)) => Some(h.saturating_mul(u64::from(*m))),
                    _ => None,
                };
                (lo, hi)
            }
            Node::Backref { width, .. } => *width,
            Node::Conditional { yes, no, .. } => {
                let (l1, h1) = yes.width();
                let (l2, h2) = no.width();
                (l1.min(l2), h1.zip(h2).map(|(a, b)| a.max(b)))
            }
        }
    }
}
