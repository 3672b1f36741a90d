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
//! There are two generations. New containers are *young*; when more than
//! `threshold` young containers have been allocated the young set is
//! collected (references from old objects count as outside ones, so this is
//! safe) and its survivors become old. `gc.collect()` collects everything.
//!
//! Breaking a garbage cycle: objects with an unrun `__del__` are queued for
//! their finaliser and kept (with everything they reach) until a later
//! collection; weakrefs to the garbage are cleared; then every garbage
//! object's payload is released at once, which drops every refcount in the
//! cycle to zero.

use slotmap::SecondaryMap;

use super::{FINALISED, HAS_FINALISER, Heap, Payload, YOUNG};
use crate::value::ObjRef;

/// CPython's default `gc.get_threshold()[0]`.
const DEFAULT_THRESHOLD: usize = 700;

#[derive(Debug)]
pub(super) struct GcState {
    enabled: bool,
    threshold: usize,
    /// Containers allocated minus containers freed since the last
    /// collection (CPython's generation-0 count).
    count: usize,
    young: Vec<ObjRef>,
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
            threshold: DEFAULT_THRESHOLD,
            count: 0,
            young: Vec::new(),
            stats: GcStats::default(),
            collecting: false,
        }
    }
}

impl GcState {
    pub(super) fn note_allocation(&mut self, r: ObjRef) {
        self.count += 1;
        self.young.push(r);
    }

    pub(super) fn note_free(&mut self) {
        self.count = self.count.saturating_sub(1);
    }

    pub(super) fn due(&self) -> bool {
        self.enabled && !self.collecting && self.threshold > 0 && self.count > self.threshold
    }
}

impl Heap {
    /// `gc.collect()`: collect every generation; returns the number of
    /// unreachable objects found and freed.
    pub fn collect(&mut self) -> usize {
        let all: Vec<ObjRef> = self
            .objects
            .iter()
            .filter(|(_, o)| o.payload.is_container())
            .map(|(r, _)| r)
            .collect();
        self.collect_set(all)
    }

    /// Collect only the young generation (the automatic collection).
    pub fn collect_young(&mut self) -> usize {
        let young = std::mem::take(&mut self.gc.young);
        let live: Vec<ObjRef> = young
            .into_iter()
            .filter(|r| self.objects.contains_key(*r))
            .collect();
        self.collect_set(live)
    }

    /// `gc.enable()`.
    pub fn gc_enable(&mut self) {
        self.gc.enabled = true;
    }
    /// `gc.disable()`.
    pub fn gc_disable(&mut self) {
        self.gc.enabled = false;
    }
    /// `gc.isenabled()`.
    pub fn gc_is_enabled(&self) -> bool {
        self.gc.enabled
    }
    /// `gc.get_count()`: containers allocated (net of frees) since the last
    /// collection, for the young generation; the old one is not counted
    /// separately.
    pub fn gc_count(&self) -> (usize, usize, usize) {
        (self.gc.count, 0, 0)
    }
    /// `gc.set_threshold(threshold)`; zero disables automatic collection.
    pub fn gc_set_threshold(&mut self, threshold: usize) {
        self.gc.threshold = threshold;
    }
    /// `gc.get_threshold()[0]`.
    pub fn gc_threshold(&self) -> usize {
        self.gc.threshold
    }
    /// Collections run and objects collected so far.
    pub fn gc_stats(&self) -> GcStats {
        self.gc.stats
    }

    /// Trial deletion over `set` (live containers); frees the garbage.
    fn collect_set(&mut self, set: Vec<ObjRef>) -> usize {
        self.gc.collecting = true;
        self.gc.count = 0;
        self.gc.stats.collections += 1;

        // 1. gc_refs = refcount - references from inside the set.
        let mut gc_refs: SecondaryMap<ObjRef, isize> = SecondaryMap::with_capacity(set.len());
        for &r in &set {
            gc_refs.insert(r, self.get(r).refcount as isize);
        }
        for &r in &set {
            self.get(r).for_each_ref(|c| {
                if let Some(n) = gc_refs.get_mut(c) {
                    *n -= 1;
                }
            });
        }

        // 2. Everything reachable from an object with outside references
        //    is reachable. `reachable` doubles as the visited mark.
        let mut reachable: SecondaryMap<ObjRef, ()> = SecondaryMap::new();
        let mut stack: Vec<ObjRef> = set.iter().copied().filter(|r| gc_refs[*r] > 0).collect();
        self.mark_from(&mut stack, &gc_refs, &mut reachable);

        // 3. Unreachable objects with an unrun finaliser are queued for it;
        //    they, and all they reach, survive this collection.
        let mut garbage: Vec<ObjRef> = set
            .iter()
            .copied()
            .filter(|r| !reachable.contains_key(*r))
            .collect();
        let finalisable: Vec<ObjRef> = garbage
            .iter()
            .copied()
            .filter(|r| {
                let f = self.get(*r).flags;
                f & HAS_FINALISER != 0 && f & FINALISED == 0
            })
            .collect();
        if !finalisable.is_empty() {
            for &r in &finalisable {
                let obj = self.get_mut(r);
                obj.flags |= FINALISED;
                obj.refcount += 1;
                self.pending_finalisers.push(r);
            }
            let mut stack = finalisable;
            self.mark_from(&mut stack, &gc_refs, &mut reachable);
            garbage.retain(|r| !reachable.contains_key(*r));
        }

        // Survivors of a young collection become old.
        for &r in &set {
            if reachable.contains_key(r) {
                self.get_mut(r).flags &= !YOUNG;
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
        n
    }

    fn mark_from(
        &self,
        stack: &mut Vec<ObjRef>,
        in_set: &SecondaryMap<ObjRef, isize>,
        reachable: &mut SecondaryMap<ObjRef, ()>,
    ) {
        while let Some(r) = stack.pop() {
            if reachable.insert(r, ()).is_some() {
                continue;
            }
            self.get(r).for_each_ref(|c| {
                if in_set.contains_key(c) && !reachable.contains_key(c) {
                    stack.push(c);
                }
            });
        }
    }
}
