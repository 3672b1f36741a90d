//! Literal tokens to values: numbers, strings and bytes (with their
//! escapes), and the structure of f-strings.

pub mod fstring;
pub mod number;
pub mod string;
mod unicode_name;
