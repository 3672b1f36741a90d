//! Python's regular expressions, for the `re` module.
//!
//! This crate owns the pattern language and the matcher: it parses a
//! pattern in Python's syntax ([`Regex::new`]), raising the errors CPython
//! raises with the same messages and positions, and runs it with Python's
//! semantics ([`Regex::run`]) over a str (as `char`s) or bytes (as `u8`s).
//! It knows nothing of the interpreter: turning results into Python
//! objects, the pattern cache and the `re` module's functions live in the
//! VM (`crates/vm/src/stdlib/re`).
//!
//! The pipeline is `parser` (text → [`ast`] tree, flags applied to each
//! node) → `compile` (tree → flat instructions) → `exec` (a backtracking
//! machine with an explicit stack).
//!
//! Invariants:
//! - Nothing panics, whatever the pattern, flags or text.
//! - Matching never recurses on the Rust stack: long texts and deep
//!   patterns cost heap memory only. Parsing recurses once per group
//!   nesting level, which is capped.
//! - Positions are in code points for str patterns and bytes for bytes
//!   patterns.

mod ast;
mod class;
mod compile;
mod error;
mod exec;
mod names;
mod parser;
mod template;
mod unicode_tables;

pub use error::{Error, ErrorKind};
pub use exec::{Captures, Mode, Unit};
pub use template::{Piece, parse_template};

/// The flag values of the `re` module (`re.IGNORECASE` is 2, …).
pub mod flags {
    /// `re.TEMPLATE`
    pub const TEMPLATE: u32 = 1;
    /// `re.IGNORECASE`
    pub const IGNORECASE: u32 = 2;
    /// `re.LOCALE`
    pub const LOCALE: u32 = 4;
    /// `re.MULTILINE`
    pub const MULTILINE: u32 = 8;
    /// `re.DOTALL`
    pub const DOTALL: u32 = 16;
    /// `re.UNICODE`
    pub const UNICODE: u32 = 32;
    /// `re.VERBOSE`
    pub const VERBOSE: u32 = 64;
    /// `re.DEBUG`
    pub const DEBUG: u32 = 128;
    /// `re.ASCII`
    pub const ASCII: u32 = 256;
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    program: compile::Program,
    /// The flags, with inline flags and `re.UNICODE` for str patterns
    /// added (`Pattern.flags`).
    pub flags: u32,
    /// The number of capturing groups (`Pattern.groups`).
    pub groups: usize,
    /// Named groups in the order they are defined (`Pattern.groupindex`).
    pub group_names: Vec<(String, usize)>,
}

impl Regex {
    /// Compile `pattern` (code points of a str, or the bytes of a bytes
    /// pattern when `bytes`) with the `re` flags `flags`.
    pub fn new(pattern: &[u32], bytes: bool, flags: u32) -> Result<Regex, Error> {
        let parsed = parser::parse(pattern, bytes, flags)?;
        let program = compile::compile(&parsed.node, parsed.groups);
        Ok(Regex {
            program,
            flags: parsed.flags,
            groups: parsed.groups,
            group_names: parsed.group_names,
        })
    }

    /// Match against `text` (already cut at `endpos`) from `pos`.
    pub fn run<T: Unit>(&self, text: &[T], pos: usize, mode: Mode) -> Option<Captures> {
        exec::run(&self.program, text, pos, mode, false)
    }

    /// [`Regex::run`], where with `must_advance` a match starting at `pos`
    /// may not be empty (how `findall`, `sub` and `split` step past an
    /// empty match without skipping a match that starts there).
    pub fn run_from<T: Unit>(
        &self,
        text: &[T],
        pos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        exec::run(&self.program, text, pos, mode, must_advance)
    }

    /// The number of a named group.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.group_names
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, g)| g)
    }
}
