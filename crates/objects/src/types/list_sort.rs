//! `list.sort()`: a stable merge sort over natural runs (TimSort's run
//! detection, minimum run length and merge-stack invariants, without
//! galloping), comparing with `<` only, as CPython does.
//!
//! Comparisons may run Python code and may raise: the sort works on a
//! permutation of indices, so an exception mid-sort loses no element, and
//! a comparison that is not a consistent order cannot make it misbehave
//! (it only yields some permutation).

use crate::error::PyResult;
use crate::ops::lt;
use crate::runtime::Runtime;
use crate::value::Value;

/// CPython's `merge_compute_minrun`: `n` itself below 64, else a value
/// in 32..=64 such that `n / minrun` is close to a power of two.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

struct Sorter<'a> {
    rt: &'a mut dyn Runtime,
    keys: &'a [Value],
}

impl Sorter<'_> {
    fn less(&mut self, a: usize, b: usize) -> PyResult<bool> {
        lt(self.rt, self.keys[a], self.keys[b])
    }

    /// Extend `perm[lo..hi]`, sorted up to `start`, by binary insertion.
    fn binary_insertion(
        &mut self,
        perm: &mut [usize],
        lo: usize,
        hi: usize,
        start: usize,
    ) -> PyResult<()> {
        for i in start.max(lo + 1)..hi {
            let pivot = perm[i];
            let (mut left, mut right) = (lo, i);
            while left < right {
                let mid = left + (right - left) / 2;
                if self.less(pivot, perm[mid])? {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            perm.copy_within(left..i, left + 1);
            perm[left] = pivot;
        }
        Ok(())
    }

    /// Length of the run starting at `lo`; a strictly descending run is
    /// reversed in place (strictness keeps the sort stable).
    fn count_run(&mut self, perm: &mut [usize], lo: usize, hi: usize) -> PyResult<usize> {
        if lo + 1 >= hi {
            return Ok(hi - lo);
        }
        let mut n = 2;
        if self.less(perm[lo + 1], perm[lo])? {
            while lo + n < hi && self.less(perm[lo + n], perm[lo + n - 1])? {
                n += 1;
            }
            perm[lo..lo + n].reverse();
        } else {
            while lo + n < hi && !self.less(perm[lo + n], perm[lo + n - 1])? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Merge the adjacent sorted runs `perm[lo..mid]` and `perm[mid..hi]`.
    fn merge(&mut self, perm: &mut [usize], lo: usize, mid: usize, hi: usize) -> PyResult<()> {
        let left: Vec<usize> = perm[lo..mid].to_vec();
        let (mut i, mut j, mut k) = (0, mid, lo);
        let mut result = Ok(());
        while i < left.len() && j < hi {
            // Take from the right only when strictly smaller: stability.
            match self.less(perm[j], left[i]) {
                Ok(true) => {
                    perm[k] = perm[j];
                    j += 1;
                }
                Ok(false) => {
                    perm[k] = left[i];
                    i += 1;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            k += 1;
        }
        // Whatever happened, put the rest of the left run back so every
        // index stays in the permutation.
        while i < left.len() {
            perm[k] = left[i];
            i += 1;
            k += 1;
        }
        result
    }
}

/// The order in which to take `keys` to sort them stably by `<`:
/// returns a permutation of `0..keys.len()`.
pub fn sorted_permutation(
    rt: &mut dyn Runtime,
    keys: &[Value],
    reverse: bool,
) -> PyResult<Vec<usize>> {
    let n = keys.len();
    // Reverse first and last so equal keys keep their original order.
    let mut perm: Vec<usize> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    if n < 2 {
        return Ok(perm);
    }
    let mut sorter = Sorter { rt, keys };
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut len = sorter.count_run(&mut perm, lo, n)?;
        if len < minrun {
            let forced = minrun.min(n - lo);
            sorter.binary_insertion(&mut perm, lo, lo + forced, lo + len)?;
            len = forced;
        }
        runs.push((lo, len));
        lo += len;
        // Keep run lengths decreasing fast enough (TimSort's invariants).
        while runs.len() > 1 {
            let k = runs.len();
            let (b, c) = (runs[k - 2].1, runs[k - 1].1);
            let a = if k > 2 { runs[k - 3].1 } else { usize::MAX };
            if k > 2 && a <= b + c {
                let at = if a < c { k - 3 } else { k - 2 };
                merge_at(&mut sorter, &mut perm, &mut runs, at)?;
            } else if b <= c {
                merge_at(&mut sorter, &mut perm, &mut runs, k - 2)?;
            } else {
                break;
            }
        }
    }
    while runs.len() > 1 {
        let at = runs.len() - 2;
        merge_at(&mut sorter, &mut perm, &mut runs, at)?;
    }
    if reverse {
        perm.reverse();
    }
    Ok(perm)
}

fn merge_at(
    sorter: &mut Sorter<'_>,
    perm: &mut [usize],
    runs: &mut Vec<(usize, usize)>,
    at: usize,
) -> PyResult<()> {
    let (lo, l1) = runs[at];
    let (_, l2) = runs[at + 1];
    runs[at] = (lo, l1 + l2);
    runs.remove(at + 1);
    sorter.merge(perm, lo, lo + l1, lo + l1 + l2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;

    #[test]
    fn min_run_matches_cpython() {
        assert_eq!(min_run(63), 63);
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(65), 33);
        assert_eq!(min_run(1_000_000), 62);
    }

    #[test]
    fn sorts_stably_in_both_directions() {
        let mut heap = Heap::new();
        // Pseudo-random keys with many duplicates.
        let keys: Vec<Value> = (0..2000)
            .map(|i| Value::Int((i * 7919 % 101) as i64 % 17))
            .collect();
        for reverse in [false, true] {
            let perm = sorted_permutation(&mut heap, &keys, reverse).expect("ints are ordered");
            for w in perm.windows(2) {
                let (a, b) = (keys[w[0]], keys[w[1]]);
                let (Value::Int(x), Value::Int(y)) = (a, b) else {
                    unreachable!("the keys are ints")
                };
                if reverse {
                    assert!(x > y || (x == y && w[0] < w[1]));
                } else {
                    assert!(x < y || (x == y && w[0] < w[1]));
                }
            }
        }
    }

    #[test]
    fn a_failing_comparison_keeps_every_index() {
        let mut heap = Heap::new();
        let s = heap.new_str("x");
        let mut keys: Vec<Value> = (0..100).map(Value::Int).collect();
        keys[50] = s;
        let err =
            sorted_permutation(&mut heap, &keys, false).expect_err("str and int are unordered");
        assert!(
            err.message()
                .is_some_and(|m| m.contains("not supported between instances"))
        );
    }
}
