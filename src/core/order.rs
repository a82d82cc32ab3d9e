//! Sorting through one compiled sort. Every list the app orders is ordered here: the sort runs
//! once, on positions, with the caller's comparison behind a `dyn` reference, and the items are
//! then moved into that order. A sort written per item type would be compiled once per type
//! and per comparison (about 4 KB of wasm each); this is compiled once.
//!
//! All sorts here are stable: equal items keep their order.

use std::cmp::Ordering;

/// Positions `0..len` in the order `compare` gives them. The one place a sort is compiled.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Moves `items` so that the item at `positions[k]` ends up at `k` (following each cycle of
/// the permutation once, with swaps).
fn arrange<T>(items: &mut [T], mut positions: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = positions[at];
            positions[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let positions = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    arrange(items, positions);
}

/// Like `slice::sort_by_key`: the key is computed at each comparison (for cheap keys).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Like `slice::sort_by_cached_key`: each item's key is computed once (for keys that
/// allocate, such as a Norwegian sort key).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let positions = sorted_positions(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    arrange(items, positions);
}

/// Like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_like_the_standard_sorts_and_keeps_equal_items_in_order() {
        let words = ["ø", "b", "a", "c", "b", "å", "a", "z", "æ", "d", "a"];
        for len in 0..=words.len() {
            let mut ours: Vec<(usize, &str)> = words[..len].iter().copied().enumerate().collect();
            let mut standard = ours.clone();
            sort_by_key(&mut ours, |(_, w)| *w);
            standard.sort_by_key(|(_, w)| *w);
            assert_eq!(ours, standard, "{len} items");
        }
        let mut numbers = vec![5u64, 3, 9, 1, 3, 7, 0, 9];
        sort(&mut numbers);
        assert_eq!(numbers, [0, 1, 3, 3, 5, 7, 9, 9]);
        let mut by_length = vec!["ccc", "a", "bb", "d", "ee"];
        sort_by_cached_key(&mut by_length, |w| w.len());
        assert_eq!(by_length, ["a", "d", "bb", "ee", "ccc"]);
        let mut descending = vec![(1, 'a'), (3, 'b'), (2, 'c'), (3, 'd')];
        sort_by(&mut descending, |a, b| b.0.cmp(&a.0));
        assert_eq!(descending, [(3, 'b'), (3, 'd'), (2, 'c'), (1, 'a')]);
    }

    #[test]
    fn every_permutation_of_five_is_put_in_order() {
        let mut permutation = [0usize, 1, 2, 3, 4];
        // Heap's algorithm: all 120 orders of five items.
        fn visit(k: usize, items: &mut [usize; 5]) {
            if k == 1 {
                let mut sorted = items.map(|n| n.to_string());
                sort(&mut sorted);
                assert_eq!(sorted, ["0", "1", "2", "3", "4"], "from {items:?}");
                return;
            }
            for i in 0..k {
                visit(k - 1, items);
                let j = if k % 2 == 0 { i } else { 0 };
                items.swap(j, k - 1);
            }
        }
        visit(5, &mut permutation);
    }
}
