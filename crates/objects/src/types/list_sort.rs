//! `list.sort()`: a stable merge sort over natural runs (TimSort's run
//! detection, minimum run length and merge-stack invariants, and its
//! galloping: a merge first skips the prefix of the left run and the
//! suffix of the right run that are already in place, and switches to
//! exponential search while one run keeps winning), comparing with `<`
//! only, as CPython does.
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
    /// How many wins in a row start galloping: it falls while galloping
    /// pays and rises when it stops paying (CPython's `min_gallop`).
    min_gallop: usize,
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

    /// How many of `run` (sorted) are `<= key`: where `key` goes after
    /// its equals. Exponential search from the left, then binary search.
    fn gallop_right(&mut self, key: usize, run: &[usize]) -> PyResult<usize> {
        let (mut below, mut above) = (0, 1);
        while above <= run.len() && !self.less(key, run[above - 1])? {
            below = above;
            above = above * 2 + 1;
        }
        let mut hi = above.min(run.len() + 1) - 1;
        let mut lo = below;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.less(key, run[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Ok(lo)
    }

    /// How many of `run` (sorted) are `< key`: where `key` goes before
    /// its equals.
    fn gallop_left(&mut self, key: usize, run: &[usize]) -> PyResult<usize> {
        let (mut below, mut above) = (0, 1);
        while above <= run.len() && self.less(run[above - 1], key)? {
            below = above;
            above = above * 2 + 1;
        }
        let mut hi = above.min(run.len() + 1) - 1;
        let mut lo = below;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.less(run[mid], key)? {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }

    /// Merge the adjacent sorted runs `perm[lo..mid]` and `perm[mid..hi]`.
    fn merge(&mut self, perm: &mut [usize], lo: usize, mid: usize, hi: usize) -> PyResult<()> {
        // The left run's elements not above the right run's first, and the
        // right run's elements not below the left run's last, are in place.
        let lo = lo + self.gallop_right(perm[mid], &perm[lo..mid])?;
        if lo == mid {
            return Ok(());
        }
        let hi = mid + self.gallop_left(perm[mid - 1], &perm[mid..hi])?;
        if hi == mid {
            return Ok(());
        }
        let left: Vec<usize> = perm[lo..mid].to_vec();
        // The right run's first element is below the whole left run now,
        // so it goes first without a comparison.
        perm[lo] = perm[mid];
        let mut state = Merge {
            i: 0,
            j: mid + 1,
            k: lo + 1,
        };
        let result = self.merge_loop(perm, &left, &mut state, hi);
        // Whatever happened, put the rest of the left run back so every
        // index stays in the permutation (it fills `k..j` exactly).
        let rest = &left[state.i..];
        perm[state.k..state.k + rest.len()].copy_from_slice(rest);
        result
    }

    /// The merge proper: one element at a time while the runs interleave,
    /// galloping while one run wins `min_gallop` times in a row, and
    /// going on while a gallop takes at least [`MIN_GALLOP`] elements.
    /// Invariant: `k + (left.len() - i) == j`, so writes never overtake
    /// the unread part of the right run.
    fn merge_loop(
        &mut self,
        perm: &mut [usize],
        left: &[usize],
        m: &mut Merge,
        hi: usize,
    ) -> PyResult<()> {
        let (mut left_wins, mut right_wins) = (0, 0);
        while m.i < left.len() && m.j < hi {
            if left_wins >= self.min_gallop || right_wins >= self.min_gallop {
                // Take every left element not above the next right one,
                // then every right element below the next left one.
                let n = self.gallop_right(perm[m.j], &left[m.i..])?;
                perm[m.k..m.k + n].copy_from_slice(&left[m.i..m.i + n]);
                m.i += n;
                m.k += n;
                if m.i == left.len() {
                    break;
                }
                let n2 = self.gallop_left(left[m.i], &perm[m.j..hi])?;
                perm.copy_within(m.j..m.j + n2, m.k);
                m.j += n2;
                m.k += n2;
                if n < MIN_GALLOP && n2 < MIN_GALLOP {
                    // Galloping stopped paying: make it harder to start.
                    self.min_gallop += 1;
                    (left_wins, right_wins) = (0, 0);
                } else {
                    self.min_gallop = self.min_gallop.saturating_sub(1).max(1);
                }
                continue;
            }
            // Take from the right only when strictly smaller: stability.
            if self.less(perm[m.j], left[m.i])? {
                perm[m.k] = perm[m.j];
                m.j += 1;
                right_wins += 1;
                left_wins = 0;
            } else {
                perm[m.k] = left[m.i];
                m.i += 1;
                left_wins += 1;
                right_wins = 0;
            }
            m.k += 1;
        }
        Ok(())
    }
}

/// The starting `min_gallop`, and the gallop length that keeps a merge
/// galloping (CPython's `MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// The positions of a merge in progress: the next left element `i` (of
/// the copied left run), the next right element `j` and the next slot
/// `k` (both in the permutation).
struct Merge {
    i: usize,
    j: usize,
    k: usize,
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
    let mut sorter = Sorter {
        rt,
        keys,
        min_gallop: MIN_GALLOP,
    };
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

    /// Partially ordered inputs take the galloping paths: long sorted
    /// runs, runs interleaved in blocks, and many equal keys.
    #[test]
    fn galloping_merges_stay_sorted_and_stable() {
        let mut heap = Heap::new();
        let inputs: Vec<Vec<i64>> = vec![
            (0..3000).chain(0..3000).collect(),
            (0..3000)
                .map(|i| i / 100)
                .chain((0..3000).map(|i| i / 7))
                .collect(),
            (0..4000)
                .map(|i| if i % 500 < 250 { i } else { 4000 - i })
                .collect(),
            (0..5000).map(|i| (i * 7919 % 5003) / 50).collect(),
            (0..2000).chain((0..50).map(|i| i * 40)).collect(),
        ];
        for raw in inputs {
            let keys: Vec<Value> = raw.iter().map(|i| Value::Int(*i)).collect();
            let perm = sorted_permutation(&mut heap, &keys, false).expect("ints are ordered");
            let mut seen = perm.clone();
            seen.sort_unstable();
            assert_eq!(seen, (0..keys.len()).collect::<Vec<_>>());
            for w in perm.windows(2) {
                let (x, y) = (raw[w[0]], raw[w[1]]);
                assert!(x < y || (x == y && w[0] < w[1]));
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
