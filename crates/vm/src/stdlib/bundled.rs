//! The bundled standard library: pure-Python modules from `crates/vm/lib`,
//! embedded in the binary by the crate's build script (see `build.rs`),
//! imported as CPython imports its frozen modules.
//!
//! A bundled module is named by its dotted name (`heapq`,
//! `asyncio.events`); its code's filename and its `__file__` are
//! `<frozen NAME>`. A bundled package's `__path__` is `['<frozen NAME>']`:
//! the import system reads such a search-path entry as "the bundled
//! submodules of `NAME`", so `import asyncio.events` and relative imports
//! inside the package find their modules in the table, not on disk.
//!
//! Invariants:
//! - The table is sorted by name (the build script sorts it), so lookup is
//!   a binary search.
//! - Sources are only text here; nothing is compiled until imported.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// A module of the bundled standard library.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Bundled {
    /// The dotted name.
    pub name: &'static str,
    /// Whether it is a package (`NAME/__init__.py`).
    pub is_package: bool,
    /// The source text.
    pub source: &'static str,
}

impl Bundled {
    /// Its code filename and `__file__`: `<frozen NAME>`.
    pub(crate) fn filename(&self) -> String {
        frozen_name(self.name)
    }
}

/// The bundled module with the dotted name `name`.
pub(crate) fn find(name: &str) -> Option<Bundled> {
    BUNDLED
        .binary_search_by(|entry| entry.0.cmp(name))
        .ok()
        .map(|i| {
            let (name, is_package, source) = BUNDLED[i];
            Bundled {
                name,
                is_package,
                source,
            }
        })
}

/// `<frozen NAME>`: a bundled module's filename, and a bundled package's
/// search-path entry.
pub(crate) fn frozen_name(name: &str) -> String {
    format!("<frozen {name}>")
}

/// The package whose bundled submodules the search-path entry `entry`
/// stands for, if it is such an entry.
pub(crate) fn package_of_entry(entry: &str) -> Option<&str> {
    entry.strip_prefix("<frozen ")?.strip_suffix('>')
}
