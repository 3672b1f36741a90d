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
//! Each module comes with its code, compiled by the build script into a
//! code-cache image; importing decodes it (or, if the build could not
//! compile the module, compiles the source then, reporting the error).
//!
//! Invariants:
//! - The table is sorted by name (the build script sorts it), so lookup is
//!   a binary search.
//! - Nothing is decoded or compiled until the module is imported.
//! - A code image is only used if it is stamped with its source's size
//!   (and mtime 0) and passes the cache's checks; else the source is
//!   compiled, so an image can never run in place of a different text.

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
    /// The compiled code as a code-cache image (empty if the build could
    /// not compile the source).
    pub code: &'static [u8],
}

impl Bundled {
    /// Its code filename and `__file__`: `<frozen NAME>`.
    pub(crate) fn filename(&self) -> String {
        frozen_name(self.name)
    }

    /// The code compiled at build time, if there is a valid image.
    pub(crate) fn precompiled(&self) -> Option<pyrite_compiler::bytecode::CodeObject> {
        let stamp = pyrite_compiler::cache::SourceStamp {
            mtime: 0,
            size: self.source.len() as u64,
        };
        pyrite_compiler::cache::read_built_in(self.code, stamp)
            .ok()
            .filter(|code| code.co_filename == self.filename())
    }
}

/// The bundled module with the dotted name `name`.
pub(crate) fn find(name: &str) -> Option<Bundled> {
    BUNDLED
        .binary_search_by(|entry| entry.0.cmp(name))
        .ok()
        .map(|i| {
            let (name, is_package, source, code) = BUNDLED[i];
            Bundled {
                name,
                is_package,
                source,
                code,
            }
        })
}

/// `<frozen NAME>`: a bundled module's filename, and a bundled package's
/// search-path entry.
pub(crate) fn frozen_name(name: &str) -> String {
    format!("<frozen {name}>")
}

/// The `sys.path` entry that stands for the bundled modules.
pub(crate) const STDLIB_ENTRY: &str = "<frozen>";

/// The package whose bundled submodules the search-path entry `entry`
/// stands for, if it is such an entry.
pub(crate) fn package_of_entry(entry: &str) -> Option<&str> {
    entry.strip_prefix("<frozen ")?.strip_suffix('>')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_every_module_was_compiled_by_the_build() {
        assert!(BUNDLED.windows(2).all(|w| w[0].0 < w[1].0));
        for &(name, is_package, source, code) in BUNDLED {
            let b = Bundled {
                name,
                is_package,
                source,
                code,
            };
            assert!(
                b.precompiled().is_some(),
                "{name} has no valid build-time code (does it compile?)"
            );
        }
    }

    #[test]
    fn frozen_path_entries_name_their_package() {
        assert_eq!(package_of_entry(&frozen_name("asyncio")), Some("asyncio"));
        assert_eq!(package_of_entry("/usr/lib/python3"), None);
        assert!(find("heapq").is_some_and(|b| !b.is_package));
        assert!(find("no_such_module").is_none());
    }
}
