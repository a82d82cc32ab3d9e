//! Which parts of a title a query matches, for `<mark>`.

use super::filler::FILLER_WORDS;
use super::query::{allowed_typos, typo_distance};
use super::*;
use crate::core::order;

/// Character ranges of `title` that a query matches (for `<mark>`), merged and sorted.
pub fn highlight(title: &str, query: &str) -> Vec<(usize, usize)> {
    let folded_query = fold(query);
    let tokens: Vec<&str> = folded_query
        .split(' ')
        .filter(|w| !w.is_empty() && !FILLER_WORDS.contains(w))
        .collect();
    if tokens.is_empty() {
        return Vec::new();
    }
    let (folded, map) = fold_with_map(title);
    let folded_chars: Vec<char> = folded.chars().collect();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    // Words of the folded title with their char offsets.
    let mut start = 0;
    for word in folded.split(' ') {
        let length = word.chars().count();
        let word_chars = &folded_chars[start..start + length];
        for token in &tokens {
            let token_chars: Vec<char> = token.chars().collect();
            let found = if word.starts_with(token) {
                Some((0, token_chars.len()))
            } else if token_chars.len() >= 3 {
                word.find(token).map(|byte| {
                    let at = word[..byte].chars().count();
                    (at, at + token_chars.len())
                })
            } else {
                None
            };
            let found = found.or_else(|| {
                let max = allowed_typos(token_chars.len());
                if max == 0 || word_chars.is_empty() {
                    return None;
                }
                match typo_distance(&token_chars, word_chars, max) {
                    (Some(_), _) => Some((0, length)),
                    (None, Some(_)) => Some((0, token_chars.len().min(length))),
                    _ => None,
                }
            });
            if let Some((from, to)) = found {
                if to > from {
                    let first = map[start + from];
                    let last = map[start + to - 1] + 1;
                    ranges.push((first, last));
                }
            }
        }
        start += length + 1;
    }
    order::sort(&mut ranges);
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (from, to) in ranges {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}
