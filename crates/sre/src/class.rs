//! Matching one character: categories (`\d \w \s`), sets, and case
//! folding under IGNORECASE.
//!
//! Case folding follows CPython's `re`: with Unicode rules two characters
//! match when their simple lowercase forms agree, or their simple
//! uppercase forms do (which covers characters such as `ſ` and `K`, the
//! Kelvin sign, whose lowercase differs from that of the letters they
//! match); with ASCII rules (bytes patterns and `re.ASCII`) only `A-Z`
//! fold.

use crate::ast::{Category, Set, SetItem};
use crate::unicode_tables::{ALNUM, DECIMAL, SPACE};

fn in_table(table: &[(u32, u32)], c: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `\w`: alphanumeric or underscore.
pub(crate) fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode && in_table(ALNUM, c)
}

fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    unicode && in_table(DECIMAL, c)
}

fn is_space(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (unicode && (28..=31).contains(&c));
    }
    unicode && in_table(SPACE, c)
}

/// Whether `c` is in `category`.
pub(crate) fn in_category(category: Category, c: u32, unicode: bool) -> bool {
    match category {
        Category::Digit => is_digit(c, unicode),
        Category::NotDigit => !is_digit(c, unicode),
        Category::Word => is_word(c, unicode),
        Category::NotWord => !is_word(c, unicode),
        Category::Space => is_space(c, unicode),
        Category::NotSpace => !is_space(c, unicode),
    }
}

/// The simple lowercase of `c`.
pub(crate) fn lower(c: u32, unicode: bool) -> u32 {
    if c < 128 || !unicode {
        return if (b'A' as u32..=b'Z' as u32).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        // Only U+0130 lowercases to two characters; its simple lowercase
        // is the first of them.
        (Some(l), Some(_)) => l as u32,
        _ => c,
    }
}

/// The simple uppercase of `c` (itself when the full uppercase is more
/// than one character).
pub(crate) fn upper(c: u32, unicode: bool) -> u32 {
    if c < 128 || !unicode {
        return if (b'a' as u32..=b'z' as u32).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// Whether `a` and `b` are the same letter ignoring case.
pub(crate) fn same_ignoring_case(a: u32, b: u32, unicode: bool) -> bool {
    a == b
        || lower(a, unicode) == lower(b, unicode)
        || (unicode && upper(a, unicode) == upper(b, unicode))
}

fn contains_exact(set: &Set, c: u32) -> bool {
    set.items.iter().any(|item| match *item {
        SetItem::Char(x) => x == c,
        SetItem::Range(lo, hi) => lo <= c && c <= hi,
        SetItem::Category(cat) => in_category(cat, c, set.unicode),
    })
}

/// Whether `c` is matched by `set`.
pub(crate) fn set_matches(set: &Set, c: u32) -> bool {
    let mut found = contains_exact(set, c);
    if !found && set.ignore_case {
        let u = set.unicode;
        let l = lower(c, u);
        let up = upper(c, u);
        found = (l != c && contains_exact(set, l))
            || (up != c && contains_exact(set, up))
            || (u && {
                let lu = lower(up, u);
                lu != c && lu != l && contains_exact(set, lu)
            })
            || (u && {
                // A character whose case partner is only reached from
                // the other side (U+212A KELVIN SIGN from `k`).
                FOLD_EXTRAS.iter().any(|&(a, b)| {
                    (a == l && contains_exact(set, b)) || (b == c && contains_exact(set, a))
                })
            });
    }
    found != set.negate
}

/// Characters that fold onto an ASCII letter from outside ASCII, paired
/// with that letter: a set listing one must match the other.
const FOLD_EXTRAS: &[(u32, u32)] = &[(0x6B, 0x212A), (0x73, 0x17F), (0xE5, 0x212B)];
