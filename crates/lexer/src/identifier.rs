//! Names: which characters may form one, and the name Python actually binds.
//!
//! As in CPython's tokenizer, a name is first read greedily as a run of
//! "potential identifier characters" (ASCII letters, digits, `_`, anything
//! non-ASCII), and only then checked against Unicode's XID_Start /
//! XID_Continue properties (PEP 3131). That is why `a€b` is one bad name
//! whose error points at the `€`, not three tokens.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::literal_repr::is_printable;

/// The byte length of the run of potential identifier characters at the
/// start of `text`.
pub(crate) fn potential_identifier_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() || b == b'_' {
            i += 1;
        } else if b >= 0x80 {
            // Non-ASCII: take the whole character; every byte of it is
            // >= 0x80, so this stays on character boundaries.
            i += 1;
            while i < bytes.len() && (0x80..0xC0).contains(&bytes[i]) {
                i += 1;
            }
        } else {
            break;
        }
    }
    i
}

/// CPython's `_PyUnicode_ScanIdentifier`: the byte offset and value of the
/// first character that cannot be part of an identifier, if any.
pub(crate) fn first_invalid_char(name: &str) -> Option<(usize, char)> {
    let mut chars = name.char_indices();
    let (_, first) = chars.next()?;
    if !(first == '_' || unicode_ident::is_xid_start(first)) {
        return Some((0, first));
    }
    chars.find(|&(_, c)| !unicode_ident::is_xid_continue(c))
}

/// CPython's message for a character that cannot start or continue a name.
pub(crate) fn invalid_character_message(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", u32::from(c))
    } else {
        format!("invalid non-printable character U+{:04X}", u32::from(c))
    }
}

/// The name an identifier binds: its NFKC normal form (PEP 3131), so that
/// `ℌ` and `H` are the same variable. ASCII names are returned as they are.
pub fn normalize_identifier(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfkc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_greedily_then_checked() {
        assert_eq!(potential_identifier_len("a€b+1"), 5);
        assert_eq!(first_invalid_char("a€b"), Some((1, '€')));
        assert_eq!(first_invalid_char("café"), None);
        assert_eq!(first_invalid_char("_x1"), None);
        assert_eq!(first_invalid_char("\u{a0}"), Some((0, '\u{a0}')));
    }

    #[test]
    fn messages_distinguish_printable_characters() {
        assert_eq!(
            invalid_character_message('€'),
            "invalid character '€' (U+20AC)"
        );
        assert_eq!(
            invalid_character_message('\u{200b}'),
            "invalid non-printable character U+200B"
        );
    }

    #[test]
    fn names_are_nfkc_normalised() {
        assert_eq!(normalize_identifier("ℌ"), "H");
        assert_eq!(normalize_identifier("ﬁle"), "file");
        assert!(matches!(normalize_identifier("plain"), Cow::Borrowed(_)));
    }
}
