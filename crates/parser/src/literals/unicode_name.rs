//! `\N{NAME}` escapes: Unicode character names (and their aliases).

/// The character called `name`, matched case-insensitively as CPython does.
pub fn lookup(name: &str) -> Option<char> {
    unicode_names2::character(name)
}
