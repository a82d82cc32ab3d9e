//! The look-ups over the name index's words: known words, stems, parts of compound words,
//! prefixes; and how its words are read from a text.

use super::*;

#[derive(Debug, Clone)]
pub(super) struct Posting {
    pub(super) doc: u32,
    pub(super) field: Field,
}

pub(super) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter()
}

/// The parts of a title inside brackets: "Leder (kjøkken, kantine)" → "kjøkken, kantine".
pub(super) fn bracketed(title: &str) -> impl Iterator<Item = &str> {
    title
        .split('(')
        .skip(1)
        .filter_map(|part| part.split(')').next())
}

/// A title without its bracketed parts: "Leder (kjøkken, kantine)" → "Leder ".
pub(super) fn unbracketed(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut depth = 0usize;
    for ch in title.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// Most index words beginning alike for which the rest of each is looked into (see
/// [`SearchIndex::is_word_part`]).
pub(super) const DEEP_LOOK_LIMIT: usize = 40;

/// Shortest part a compound is split into.
pub(super) const MIN_PART: usize = 3;
/// Shortest rest of a title word that makes the query word its whole first part ("bil" +
/// "mekaniker"; not "mat" + "ros").
pub(super) const MIN_REST: usize = 4;

impl SearchIndex {
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// About how many bytes the index holds on the heap: an estimate for the benchmark.
    pub fn heap_bytes(&self) -> usize {
        let strings: usize = self.words.iter().map(|w| w.len() + 24).sum();
        let chars: usize = self.word_chars.iter().map(|c| c.len() * 4 + 24).sum();
        let postings: usize = self
            .postings
            .iter()
            .map(|p| p.len() * std::mem::size_of::<Posting>() + 24)
            .sum();
        let stems: usize = self.stems.iter().map(|(s, _)| s.len() + 32).sum();
        2 * strings
            + chars
            + postings
            + 2 * stems
            + self.suffixes.len() * 8
            + (self.words.len() * 2) * 4
    }

    pub fn document_count(&self) -> usize {
        self.compact_titles.len()
    }

    /// Whether the name index holds `word` as it is, or a word with the same stem.
    pub(super) fn knows(&self, word: &str) -> bool {
        self.words
            .binary_search_by(|w| w.as_str().cmp(word))
            .is_ok()
            || {
                let word_stem = stem(word);
                self.words
                    .binary_search_by(|w| w.as_str().cmp(&word_stem))
                    .is_ok()
                    || self.stem_range(&word_stem).next().is_some()
            }
    }

    pub(super) fn stem_range<'s>(&'s self, word_stem: &'s str) -> impl Iterator<Item = u32> + 's {
        let first = self.stems.partition_point(|(s, _)| s.as_str() < word_stem);
        self.stems[first..]
            .iter()
            .take_while(move |(s, _)| s == word_stem)
            .map(|(_, index)| *index)
    }

    /// Whether `rest` (what follows a query word inside an index word) is itself a word, with
    /// or without a linking "s" or "e": then the query word is a whole first part.
    /// With `deep`, a rest that is itself two words counts too ("hagelaerer" in
    /// "barnehagelaerer"); that look-up is left out where many words begin alike.
    pub(super) fn is_word_part(
        &self,
        rest: &str,
        full_text: Option<&FullTextIndex>,
        deep: bool,
    ) -> bool {
        let candidates = [Some(rest), rest.strip_prefix('s'), rest.strip_prefix('e')];
        let known = |part: &str| self.is_part_known(part, full_text);
        candidates.into_iter().flatten().any(|part| {
            part.chars().count() >= MIN_REST
                && (known(part)
                    || (deep
                        && part.char_indices().skip(MIN_REST).any(|(end, _)| {
                            let tail = &part[end..];
                            known(&part[..end])
                                && [Some(tail), tail.strip_prefix('s'), tail.strip_prefix('e')]
                                    .into_iter()
                                    .flatten()
                                    .any(|t| t.chars().count() >= MIN_REST && known(t))
                        })))
        })
    }

    /// Whether `head` (what comes before a query word inside an index word) is itself a word,
    /// with or without a linking "s" or "e" at its end.
    pub(super) fn is_first_part(&self, head: &str, full_text: Option<&FullTextIndex>) -> bool {
        [Some(head), head.strip_suffix('s'), head.strip_suffix('e')]
            .into_iter()
            .flatten()
            .any(|part| part.chars().count() >= MIN_PART && self.is_part_known(part, full_text))
    }

    /// Whether a piece of an index word (a compound's part, bokmål as the data is) is a
    /// word: as it stands or without one inflection ending, in names or texts. Cheaper than
    /// [`SearchIndex::is_known`], which also reads nynorsk; search looks up many pieces.
    pub(super) fn is_part_known(&self, part: &str, full_text: Option<&FullTextIndex>) -> bool {
        let exact = |piece: &str| {
            self.pieces.contains(piece) || full_text.is_some_and(|ft| ft.contains(piece))
        };
        exact(part) || {
            let cut = crate::core::stem::cut_ending(part);
            cut != part && exact(cut)
        }
    }

    /// Whether a word is known to either index as written or by its stem.
    pub(super) fn is_known(&self, word: &str, full_text: Option<&FullTextIndex>) -> bool {
        self.knows(word) || full_text.is_some_and(|ft| ft.contains(&stem(word)))
    }

    /// Whether some index word starts with `token` (a word still being typed).
    pub(super) fn has_prefix(&self, token: &str) -> bool {
        let start = self.words.partition_point(|w| w.as_str() < token);
        self.words.get(start).is_some_and(|w| w.starts_with(token))
    }
}
