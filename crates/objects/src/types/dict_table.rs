//! The table behind `dict`: insertion-ordered entries plus a sparse index,
//! the "compact dict" layout CPython has used since 3.6.
//!
//! `entries` holds `(hash, key, value)` in insertion order (a deleted
//! entry becomes `None` until the next resize compacts them); `indices` is
//! a power-of-two open-addressing table mapping a probe position to an
//! entry number. Probing follows CPython's recurrence
//! `i = (i * 5 + perturb + 1) & mask` with `perturb >>= 5`. Iteration order
//! is entry order, so it is insertion order, as in CPython.
//!
//! Key comparison that may need Python code is handed back to the caller
//! as in the set table ([`crate::types::set_table`]).

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

/// One live entry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DictEntry {
    /// `hash(key)`
    pub hash: i64,
    /// The key (an owned reference).
    pub key: Value,
    /// The value (an owned reference).
    pub value: Value,
}

/// The answer of [`DictTable::lookup`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DictLookup {
    /// The key is entry number `.0`.
    Found(usize),
    /// The key is absent.
    Absent,
    /// Entry `entry` has the same hash and must be compared by the caller;
    /// if unequal, look up again with `skip = rejected`.
    Compare {
        /// The candidate entry.
        entry: usize,
        /// Its key.
        candidate: Value,
        /// Equal-hash candidates rejected once this one is.
        rejected: usize,
    },
}

/// A dict's table.
#[derive(Clone, Debug)]
pub struct DictTable {
    indices: Box<[u32]>,
    entries: Vec<Option<DictEntry>>,
    used: usize,
    /// Moves whenever a key is added or removed (never when only a value
    /// is replaced), so a cache that saw the key set at one version knows
    /// it is unchanged while the version is.
    keys_version: u64,
}

impl Default for DictTable {
    fn default() -> Self {
        DictTable::new()
    }
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable {
            indices: vec![EMPTY; MIN_SIZE].into_boxed_slice(),
            entries: Vec::new(),
            used: 0,
            keys_version: 0,
        }
    }

    /// The version of the key set (see the field's docs).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// `len(d)`.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Entries in insertion order, with their entry numbers.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &DictEntry)> + '_ {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// Entry number `i`, if live.
    pub fn entry(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).and_then(Option::as_ref)
    }

    /// Entry number `i`, mutably.
    pub fn entry_mut(&mut self, i: usize) -> Option<&mut DictEntry> {
        self.entries.get_mut(i).and_then(Option::as_mut)
    }

    /// Number of entry positions, live or deleted (for iterators that
    /// walk positions).
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    /// Visit every key and value (owned references of the table).
    pub fn for_each_value(&self, f: &mut impl FnMut(&Value)) {
        for e in self.entries.iter().flatten() {
            f(&e.key);
            f(&e.value);
        }
    }

    fn probe_positions(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if first {
                first = false;
            } else {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            Some(i)
        })
    }

    /// Find `key`; see [`crate::types::set_table::SetTable::lookup`] for
    /// `skip` and `native_eq`.
    pub fn lookup(
        &self,
        key: Value,
        hash: i64,
        skip: usize,
        native_eq: &mut impl FnMut(Value, Value) -> Option<bool>,
    ) -> DictLookup {
        let mut candidates = 0;
        for pos in DictTable::probe_positions(hash, self.indices.len() - 1) {
            match self.indices[pos] {
                EMPTY => return DictLookup::Absent,
                DUMMY => {}
                ix => {
                    let ix = ix as usize;
                    let Some(e) = self.entry(ix) else { continue };
                    if e.hash != hash {
                        continue;
                    }
                    if e.key.is(key) {
                        return DictLookup::Found(ix);
                    }
                    candidates += 1;
                    if candidates > skip {
                        match native_eq(e.key, key) {
                            Some(true) => return DictLookup::Found(ix),
                            Some(false) => {}
                            None => {
                                return DictLookup::Compare {
                                    entry: ix,
                                    candidate: e.key,
                                    rejected: candidates,
                                };
                            }
                        }
                    }
                }
            }
        }
        unreachable!("a dict index always has an empty slot, so every probe sequence ends")
    }

    /// Append a new entry for a key known to be absent; the table takes
    /// over the caller's references to `key` and `value`.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let usable = self.indices.len() * 2 / 3;
        if self.entries.len() >= usable {
            self.resize((self.used + 1) * 3);
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        self.keys_version += 1;
        self.place(hash, ix);
    }

    fn place(&mut self, hash: i64, ix: u32) {
        let mask = self.indices.len() - 1;
        for pos in DictTable::probe_positions(hash, mask) {
            if self.indices[pos] == EMPTY || self.indices[pos] == DUMMY {
                self.indices[pos] = ix;
                return;
            }
        }
    }

    /// Remove entry `ix`; returns it (the caller owns its references).
    pub fn remove(&mut self, ix: usize) -> Option<DictEntry> {
        let e = self.entries.get_mut(ix)?.take()?;
        let mask = self.indices.len() - 1;
        for pos in DictTable::probe_positions(e.hash, mask) {
            if self.indices[pos] == ix as u32 {
                self.indices[pos] = DUMMY;
                break;
            }
        }
        self.used -= 1;
        self.keys_version += 1;
        Some(e)
    }

    /// Remove and return the last entry (`dict.popitem()`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let ix = self.entries.iter().rposition(Option::is_some)?;
        let e = self.remove(ix);
        self.entries.truncate(ix);
        e
    }

    /// Remove every entry; returns them in order.
    pub fn clear(&mut self) -> Vec<DictEntry> {
        let old = std::mem::take(self);
        self.keys_version = old.keys_version + 1;
        old.entries.into_iter().flatten().collect()
    }

    fn resize(&mut self, minsize: usize) {
        let mut size = MIN_SIZE;
        while size < minsize {
            size <<= 1;
        }
        self.entries.retain(Option::is_some);
        self.indices = vec![EMPTY; size].into_boxed_slice();
        for ix in 0..self.entries.len() {
            if let Some(e) = self.entries[ix] {
                self.place(e.hash, ix as u32);
            }
        }
    }

    /// Bytes owned outside the object header.
    pub fn heap_bytes(&self) -> usize {
        self.indices.len() * 4 + self.entries.capacity() * std::mem::size_of::<Option<DictEntry>>()
    }
}
