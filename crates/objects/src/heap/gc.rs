//! The cycle collector: trial deletion over container objects, as
//! CPython's `gc` module does it.
//!
//! Refcounting alone never frees a cycle (`a.append(a)`): each member keeps
//! the next one alive. To find cycles the collector takes a set of
//! container objects and, for each, starts from its refcount and subtracts
//! one for every reference coming from another object *inside the set*.
//! What remains counts references from outside (the VM's stacks, older
//! objects, a caller's temporaries): an object with a positive remainder is
//! reachable, and so is everything it reaches. The rest is garbage kept
//! alive only by itself.
//!
//! There are three generations, as in CPython. A new container starts in
//! generation 0; `gc.get_count()[0]` counts container allocations minus
//! deallocations since generation 0 was last collected. When it exceeds
//! the first threshold (700) a collection runs: of generation 0 alone, or
//! of generations 0-1 once generation 0 has been collected more than 10
//! times since generation 1 was, or of everything once generation 1 has
//! been collected 10 times *and* the objects that survived into the oldest
//! generation since the last full collection are at least a quarter of it
//! (CPython's guard against quadratic behaviour). Survivors move one
//! generation up. In a partial collection, references from older objects
//! count as outside references, so it is safe. `gc.collect()` collects
//! everything.
//!
//! Breaking a garbage cycle: objects with an unrun `__del__` are queued for
//! their finaliser and kept (with everything they reach) until a later
//! collection; weakrefs to the garbage are cleared; then every garbage
//! object's payload is released at once, which drops every refcount in the
//! cycle to zero.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{FINALISED, GEN_MASK, GEN_SHIFT, HAS_FINALISER, Heap, Payload};
use crate::value::ObjRef;

/// CPython's default `gc.get_threshold()`.
const DEFAULT_THRESHOLDS: [usize; 3] = [700, 10, 10];

#[derive(Debug)]
pub(super) struct GcState {
    enabled: bool,
    thresholds: [usize; 3],
    /// `gc.get_count()`.
    counts: [usize; 3],
    /// Members of generations 0 and 1 (generation 2 is every other
    /// container). Entries may be stale (freed, or moved up); they are
    /// checked when used.
    members: [Vec<ObjRef>; 2],
    /// Objects in generation 2 after the last full collection.
    long_lived_total: usize,
    /// Objects moved into generation 2 since then.
    long_lived_pending: usize,
    stats: GcStats,
    collecting: bool,
}

/// Totals since the heap was created (`gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Number of collections run.
    pub collections: usize,
    /// Objects found unreachable and freed.
    pub collected: usize,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            enabled: true,
            thresholds: DEFAULT_THRESHOLDS,
            counts: [0; 3],
            members: [Vec::new(), Vec::new()],
            long_lived_total: 0,
            long_lived_pending: 0,
            stats: GcStats::default(),
            collecting: false,
        }
    }
}

impl GcState {
    pub(super) fn note_allocation(&mut self, r: ObjRef) {
        self.counts[0] += 1;
        self.members[0].push(r);
    }

    pub(super) fn note_free(&mut self) {
        self.counts[0] = self.counts[0].saturating_sub(1);
    }

    pub(super) fn due(&self) -> bool {
        self.enabled
            && !self.collecting
            && self.thresholds[0] > 0
            && self.counts[0] > self.thresholds[0]
    }

    /// The oldest generation whose count exceeds its threshold.
    fn generation_to_collect(&self) -> usize {
        for generation in (0..3).rev() {
            if self.counts[generation] > self.thresholds[generation] {
                if generation == 2 && self.long_lived_pending < self.long_lived_total / 4 {
                    continue;
                }
                return generation;
            }
        }
        0
    }
}

fn generation_of(flags: u8) -> usize {
    ((flags & GEN_MASK) >> GEN_SHIFT) as usize
}

impl Heap {
    /// `gc.collect()`: collect every generation; returns the number of
    /// unreachable objects found and freed.
    pub fn collect(&mut self) -> usize {
        self.collect_generation(2)
    }

    /// Collect only generation 0.
    pub fn collect_young(&mut self) -> usize {
        self.collect_generation(0)
    }

    /// The automatic collection an allocation triggers.
    pub(super) fn collect_due(&mut self) -> usize {
        let generation = self.gc.generation_to_collect();
        self.collect_generation(generation)
    }

    /// `gc.collect(generation)`: collect generations `0..=generation`
    /// (clamped to 2); survivors move up one generation.
    pub fn collect_generation(&mut self, generation: usize) -> usize {
        let generation = generation.min(2);
        let set: Vec<ObjRef> = if generation == 2 {
            self.gc.members = [Vec::new(), Vec::new()];
            self.objects
                .iter()
                .filter(|(_, o)| o.is_tracked())
                .map(|(r, _)| r)
                .collect()
        } else {
            let mut set = Vec::new();
            for g in 0..=generation {
                for r in std::mem::take(&mut self.gc.members[g]) {
                    if self
                        .objects
                        .get(r)
                        .is_some_and(|o| generation_of(o.flags) == g)
                    {
                        set.push(r);
                    }
                }
            }
            set
        };
        let next = (generation + 1).min(2);
        let (collected, survivors) = self.collect_set(set, next);
        if generation < 2 {
            self.gc.counts[generation + 1] += 1;
        }
        for g in 0..=generation {
            self.gc.counts[g] = 0;
        }
        match generation {
            2 => {
                self.gc.long_lived_total = survivors;
                self.gc.long_lived_pending = 0;
            }
            1 => self.gc.long_lived_pending += survivors,
            _ => {}
        }
        collected
    }

    /// `gc.enable()`.
    pub fn gc_enable(&mut self) {
        self.gc.enabled = true;
    }
    /// `gc.disable()`.
    pub fn gc_disable(&mut self) {
        self.gc.enabled = false;
    }
    /// Moves every young object to the oldest generation without
    /// examining it, as CPython's `gc.freeze()` does for the objects a
    /// program made before forking: for objects known to stay alive (the
    /// built-ins an interpreter makes as it starts), a collection would
    /// only find out that none is garbage.
    pub fn gc_freeze(&mut self) {
        for generation in 0..2 {
            for r in std::mem::take(&mut self.gc.members[generation]) {
                if let Some(obj) = self.objects.get_mut(r) {
                    obj.flags = (obj.flags & !GEN_MASK) | (2 << GEN_SHIFT);
                    self.gc.long_lived_total += 1;
                }
            }
        }
        self.gc.counts = [0; 3];
    }
    /// `gc.isenabled()`.
    pub fn gc_is_enabled(&self) -> bool {
        self.gc.enabled
    }
    /// `gc.get_count()`.
    pub fn gc_count(&self) -> (usize, usize, usize) {
        let [a, b, c] = self.gc.counts;
        (a, b, c)
    }
    /// `gc.set_threshold(t0, t1, t2)`; a first threshold of zero disables
    /// automatic collection.
    pub fn gc_set_threshold(&mut self, thresholds: [usize; 3]) {
        self.gc.thresholds = thresholds;
    }
    /// `gc.get_threshold()`.
    pub fn gc_threshold(&self) -> [usize; 3] {
        self.gc.thresholds
    }
    /// `gc.get_objects(generation)`: the live objects the collector
    /// tracks, of one generation or of all (borrowed).
    pub fn tracked_objects(&self, generation: Option<usize>) -> Vec<ObjRef> {
        self.objects
            .iter()
            .filter(|(_, o)| o.is_tracked())
            .filter(|(_, o)| generation.is_none_or(|g| generation_of(o.flags) == g))
            .map(|(r, _)| r)
            .collect()
    }
    /// Collections run and objects collected so far.
    pub fn gc_stats(&self) -> GcStats {
        self.gc.stats
    }

    /// Trial deletion over `set` (live containers); frees the garbage and
    /// moves the survivors to `survivor_generation`. Returns the number
    /// collected and the number of survivors.
    fn collect_set(&mut self, set: Vec<ObjRef>, survivor_generation: usize) -> (usize, usize) {
        self.gc.collecting = true;
        self.gc.stats.collections += 1;

        // 1. gc_refs = refcount - references from inside the set. The
        //    bookkeeping is indexed by position in `set`, through a hash
        //    map, so a young collection costs in proportion to the young
        //    generation, not to the whole heap.
        let index = SetIndex::new(&set);
        let mut gc_refs: Vec<isize> = set.iter().map(|&r| self.get(r).refcount as isize).collect();
        for &r in &set {
            self.for_each_owned(r, |c| {
                if let Some(i) = index.get(c) {
                    gc_refs[i] -= 1;
                }
            });
        }

        // 2. Everything reachable from an object with outside references
        //    is reachable. `reachable` doubles as the visited mark.
        let mut reachable = vec![false; set.len()];
        let mut stack: Vec<usize> = (0..set.len()).filter(|&i| gc_refs[i] > 0).collect();
        self.mark_from(&mut stack, &set, &index, &mut reachable);

        // 3. Unreachable objects with an unrun finaliser are queued for it;
        //    they, and all they reach, survive this collection.
        let finalisable: Vec<usize> = (0..set.len())
            .filter(|&i| {
                let f = self.get(set[i]).flags;
                !reachable[i] && f & HAS_FINALISER != 0 && f & FINALISED == 0
            })
            .collect();
        if !finalisable.is_empty() {
            for &i in &finalisable {
                let r = set[i];
                let obj = self.get_mut(r);
                obj.flags |= FINALISED;
                obj.refcount += 1;
                self.pending_finalisers.push(r);
            }
            let mut stack = finalisable;
            self.mark_from(&mut stack, &set, &index, &mut reachable);
        }
        let garbage: Vec<ObjRef> = (0..set.len())
            .filter(|&i| !reachable[i])
            .map(|i| set[i])
            .collect();

        // Survivors move up a generation.
        let mut survivors = 0;
        for (i, &r) in set.iter().enumerate() {
            if reachable[i] {
                survivors += 1;
                let obj = self.get_mut(r);
                obj.flags = (obj.flags & !GEN_MASK) | ((survivor_generation as u8) << GEN_SHIFT);
                if survivor_generation < 2 {
                    self.gc.members[survivor_generation].push(r);
                }
            }
        }

        // 4. Weakrefs inside the garbage die without callbacks; weakrefs
        //    from outside to the garbage are cleared and their callbacks
        //    queued.
        for &r in &garbage {
            let target = match &mut self.get_mut(r).payload {
                Payload::Weakref { target, .. } => target.take(),
                _ => None,
            };
            if let Some(t) = target {
                self.weak.forget_weakref(t, r);
            }
        }
        self.clear_weakrefs_to(&garbage);

        // 5. Break the cycles: hold each garbage object with a temporary
        //    reference, release every payload, then drop the temporaries.
        for &r in &garbage {
            self.incref_obj(r);
        }
        for &r in &garbage {
            let payload = std::mem::replace(&mut self.get_mut(r).payload, Payload::Cleared);
            let mut children = Vec::new();
            payload.for_each_ref(|c| children.push(c));
            children.extend(self.take_subclass_dict(r));
            // The payload's buffers go now; the references it held are
            // released one by one below.
            drop(payload);
            for c in children {
                self.decref_obj(c);
            }
        }
        for &r in &garbage {
            self.decref_obj(r);
        }

        let n = garbage.len();
        self.gc.stats.collected += n;
        self.gc.collecting = false;
        (n, survivors)
    }

    /// Mark everything reachable from the set members on `stack` (by
    /// position in `set`), following only references into the set.
    fn mark_from(
        &self,
        stack: &mut Vec<usize>,
        set: &[ObjRef],
        index: &SetIndex,
        reachable: &mut [bool],
    ) {
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut reachable[i], true) {
                continue;
            }
            self.for_each_owned(set[i], |c| {
                if let Some(j) = index.get(c) {
                    if !reachable[j] {
                        stack.push(j);
                    }
                }
            });
        }
    }
}

/// Positions of the objects in a collection's set, by reference.
struct SetIndex(HashMap<ObjRef, usize, BuildHasherDefault<RefHasher>>);

impl SetIndex {
    fn new(set: &[ObjRef]) -> SetIndex {
        let mut map = HashMap::with_capacity_and_hasher(set.len(), Default::default());
        for (i, &r) in set.iter().enumerate() {
            map.insert(r, i);
        }
        SetIndex(map)
    }

    fn get(&self, r: ObjRef) -> Option<usize> {
        self.0.get(&r).copied()
    }
}

/// A multiplicative hash for slotmap keys (index and version words): keys
/// are not attacker-chosen, so no SipHash is needed.
#[derive(Default)]
struct RefHasher(u64);

impl Hasher for RefHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, word: u32) {
        self.write_u64(u64::from(word));
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}
