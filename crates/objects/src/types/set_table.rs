//! The hash table behind `set` and `frozenset`, laid out and probed as
//! CPython 3.11's `setobject.c` does, so iteration order (table order)
//! matches CPython's for the same hashes.
//!
//! The table is a power-of-two array of slots (at least 8). A key with
//! hash `h` is looked for at `h & mask` and the next [`LINEAR_PROBES`]
//! slots (when they fit before the end), then the probe jumps to
//! `(i * 5 + 1 + perturb) & mask` with `perturb` the hash shifted right by
//! 5 more bits each jump. Removal leaves a dummy so later probes continue
//! past it; an insertion may reuse the last dummy seen on its probe path.
//! The table grows when filled (live + dummy) slots reach 3/5 of it.
//!
//! Comparing keys may need Python code (a user `__eq__`), which cannot run
//! while the table is borrowed. So [`SetTable::lookup`] compares natively
//! where it can and otherwise stops and asks the caller to compare
//! ([`Lookup::Compare`]); the caller then looks up again, telling the
//! table how many equal-hash candidates were already rejected.

use crate::value::Value;

/// Slots inspected linearly before jumping (CPython's `LINEAR_PROBES`).
pub const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Smallest table (CPython's `PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;

/// One slot of the table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slot {
    /// Never used: ends every probe sequence.
    Empty,
    /// Held a key that was removed.
    Dummy,
    /// A live key with its hash.
    Full {
        /// `hash(key)`
        hash: i64,
        /// The key (an owned reference).
        key: Value,
    },
}

/// The answer of [`SetTable::lookup`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lookup {
    /// The key is in the slot.
    Found(usize),
    /// The key is absent; an insertion goes in this slot (`fresh` if the
    /// slot is empty rather than a reused dummy).
    Absent {
        /// Where to insert.
        slot: usize,
        /// Whether the slot was never used.
        fresh: bool,
    },
    /// The key in `slot` has the same hash and must be compared by the
    /// caller. If unequal, look up again with `skip` set to `rejected`.
    Compare {
        /// The candidate's slot.
        slot: usize,
        /// The candidate key.
        candidate: Value,
        /// Equal-hash candidates rejected once this one is.
        rejected: usize,
    },
}

/// The table of a `set`/`frozenset`.
#[derive(Clone, Debug)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Live keys.
    used: usize,
    /// Live keys plus dummies.
    fill: usize,
    /// Where `set.pop()` resumes its search.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// The probe sequence of a hash in a table with `mask`: runs of
/// consecutive slots starting at `start`, then a perturbed jump computed
/// from the run's start.
struct Probe {
    mask: usize,
    start: usize,
    offset: usize,
    run: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let start = hash as u64 as usize & mask;
        Probe {
            mask,
            start,
            offset: 0,
            run: Probe::run_length(start, mask),
            perturb: hash as u64,
        }
    }
    /// Slots beyond the first that a run starting at `i` inspects.
    fn run_length(i: usize, mask: usize) -> usize {
        if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }
    fn current(&self) -> usize {
        self.start + self.offset
    }
    fn advance(&mut self) {
        if self.offset < self.run {
            self.offset += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.start = self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.offset = 0;
            self.run = Probe::run_length(self.start, self.mask);
        }
    }
}

impl SetTable {
    /// An empty table of the minimum size.
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
            finger: 0,
        }
    }

    /// `len(set)`.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slots in table order (iteration order).
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// The live `(hash, key)` pairs in iteration order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.slots.iter().filter_map(|s| match *s {
            Slot::Full { hash, key } => Some((hash, key)),
            _ => None,
        })
    }

    /// Visit every key (each an owned reference of the table).
    pub fn for_each_key(&self, f: &mut impl FnMut(&Value)) {
        for s in &self.slots {
            if let Slot::Full { key, .. } = s {
                f(key);
            }
        }
    }

    /// Find `key`. `native_eq` compares two keys without running Python
    /// code, or returns `None` when it cannot; the first `skip`
    /// equal-hash candidates are taken as already found unequal.
    pub fn lookup(
        &self,
        key: Value,
        hash: i64,
        skip: usize,
        native_eq: &mut impl FnMut(Value, Value) -> Option<bool>,
    ) -> Lookup {
        let mut probe = Probe::new(hash, self.mask());
        let mut freeslot = None;
        let mut candidates = 0;
        // A table always has an empty slot (fill < size), so this ends.
        loop {
            let i = probe.current();
            match self.slots[i] {
                Slot::Empty => {
                    return match freeslot {
                        Some(slot) => Lookup::Absent { slot, fresh: false },
                        None => Lookup::Absent {
                            slot: i,
                            fresh: true,
                        },
                    };
                }
                Slot::Dummy => freeslot = Some(i),
                Slot::Full { hash: h, key: k } if h == hash => {
                    if k.is(key) {
                        return Lookup::Found(i);
                    }
                    candidates += 1;
                    if candidates > skip {
                        match native_eq(k, key) {
                            Some(true) => return Lookup::Found(i),
                            Some(false) => {}
                            None => {
                                return Lookup::Compare {
                                    slot: i,
                                    candidate: k,
                                    rejected: candidates,
                                };
                            }
                        }
                    }
                }
                Slot::Full { .. } => {}
            }
            probe.advance();
        }
    }

    /// Put a key known to be absent at the slot [`SetTable::lookup`] gave,
    /// growing the table if it is now too full. The table takes over the
    /// caller's reference to `key`.
    pub fn insert_at(&mut self, slot: usize, fresh: bool, hash: i64, key: Value) {
        self.slots[slot] = Slot::Full { hash, key };
        self.used += 1;
        if fresh {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
    }

    /// Remove the key in `slot`, leaving a dummy; returns the key (the
    /// caller now owns its reference).
    pub fn remove_at(&mut self, slot: usize) -> Value {
        match std::mem::replace(&mut self.slots[slot], Slot::Dummy) {
            Slot::Full { key, .. } => {
                self.used -= 1;
                key
            }
            other => {
                self.slots[slot] = other;
                Value::None
            }
        }
    }

    /// The key and hash in a slot, if live.
    pub fn get(&self, slot: usize) -> Option<(i64, Value)> {
        match self.slots.get(slot) {
            Some(Slot::Full { hash, key }) => Some((*hash, *key)),
            _ => None,
        }
    }

    /// Rebuild with the smallest power-of-two size above `minused`,
    /// reinserting live keys in old table order.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
    }

    /// Insert a key known to be absent into a table without dummies.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mut probe = Probe::new(hash, self.mask());
        while self.slots[probe.current()] != Slot::Empty {
            probe.advance();
        }
        self.slots[probe.current()] = Slot::Full { hash, key };
    }

    /// Add every entry of `other`, known to hold no key of `self` when
    /// `self` is empty (CPython's `set_merge`). Returns the keys that were
    /// added, for which the caller must take references, or `None` when
    /// `self` was not empty and the caller must add one key at a time.
    pub fn merge_into_empty(&mut self, other: &SetTable) -> Option<Vec<Value>> {
        if other.used == 0 {
            return Some(Vec::new());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return None;
        }
        let mut added = Vec::with_capacity(other.used);
        added.extend(other.entries().map(|(_, k)| k));
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for (hash, key) in other.entries() {
                self.insert_clean(hash, key);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        Some(added)
    }

    /// Rebuild the table when more than a quarter of it is dummies, as
    /// CPython does after `difference_update`.
    pub fn purge_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// `set.pop()`: remove the next key from the finger onwards.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Full { .. }) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some(self.remove_at(i))
    }

    /// Remove every key; returns them (the caller owns their references).
    pub fn clear(&mut self) -> Vec<Value> {
        let old = std::mem::take(self);
        old.entries().map(|(_, k)| k).collect()
    }

    /// Bytes of table owned outside the object header.
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }
}
