//! Building the name index and the look-ups over its words: known words, stems, parts of
//! compound words, prefixes.

use super::filler::FILLER_WORDS;
use super::*;
use crate::core::order;

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

/// A code linked to this many occupations or more is shared: its NAV job titles are not each
/// occupation's own (see [`Field::Borrowed`]).
pub(super) const SHARED_CODE_OCCUPATIONS: usize = 5;

/// Shortest part a compound is split into.
pub(super) const MIN_PART: usize = 3;
/// Shortest rest of a title word that makes the query word its whole first part ("bil" +
/// "mekaniker"; not "mat" + "ros").
pub(super) const MIN_REST: usize = 4;

/// The folded words of one STYRK code's names and NAV titles, made once per code while the
/// index is built, with the stems the shared-code rule compares.
#[derive(Default)]
struct CodeWords {
    /// The code's name, its ISCO-08 English title and the bracketed parts of NAV's titles.
    names: Vec<String>,
    /// NAV's current job titles, each word once.
    synonyms: Vec<String>,
    /// NAV's former (STYRK-98) titles, each word once.
    former: Vec<String>,
    /// The ISCO-08 English title of the code's minor group.
    group_names: Vec<String>,
    name_stems: Vec<String>,
    /// In the order of `synonyms`.
    synonym_stems: Vec<String>,
}

impl SearchIndex {
    /// Builds the index over the occupations, in catalog order. `code` looks up a STYRK code,
    /// `job_titles` NAV's job titles under one; `intros` are the occupations' first
    /// paragraphs in the same order (none: names only).
    pub fn build<'a>(
        occupations: &[OccupationSummary],
        code: impl Fn(&str) -> Option<&'a StyrkCode>,
        job_titles: impl Fn(&str) -> Option<&'a JobTitles>,
        intros: &[String],
        order: &[usize],
    ) -> Self {
        let mut map: HashMap<String, Vec<(u32, Field)>> = HashMap::new();
        let mut add = |word: String, doc: u32, field: Field| {
            let list = map.entry(word).or_default();
            match list.last_mut() {
                // Postings arrive document by document: keep the best field per document.
                Some(last) if last.0 == doc => last.1 = last.1.min(field),
                _ => list.push((doc, field)),
            }
        };
        let mut code_words: HashMap<&str, CodeWords> = HashMap::new();
        let mut occupations_per_code: HashMap<&str, usize> = HashMap::new();
        for code_value in occupations.iter().flat_map(|o| &o.styrk) {
            *occupations_per_code.entry(code_value.as_str()).or_default() += 1;
        }
        let mut compact_titles = Vec::with_capacity(occupations.len());
        let mut title_lengths = Vec::with_capacity(occupations.len());
        for (doc, occupation) in occupations.iter().enumerate() {
            let doc = doc as u32;
            let title_words: Vec<String> = words(&occupation.title).collect();
            let title_stems: Vec<String> = title_words.iter().map(|w| stem(w)).collect();
            let compact: String = title_words.concat();
            if title_words.len() > 1 {
                add(compact.clone(), doc, Field::Title);
            }
            for word in title_words {
                add(word, doc, Field::Title);
            }
            compact_titles.push(compact);
            title_lengths.push(occupation.title.chars().count());
            for programme in &occupation.programmes {
                for word in words(programme) {
                    add(word, doc, Field::Synonym);
                }
            }
            for code_value in &occupation.styrk {
                add(code_value.clone(), doc, Field::Code);
                let CodeWords {
                    names,
                    synonyms,
                    former,
                    group_names,
                    name_stems,
                    synonym_stems,
                } = code_words.entry(code_value.as_str()).or_insert_with(|| {
                    let Some(styrk) = code(code_value) else {
                        return CodeWords::default();
                    };
                    let mut names: Vec<String> = words(&styrk.name).collect();
                    // ISCO-08's English titles, so English queries find the occupation:
                    // the code's own, and its minor group's ("Medical Doctors" above
                    // "Generalist Medical Practitioners") at a lower weight.
                    if let Some(title) = &styrk.isco_title_en {
                        names.extend(words(title));
                    }
                    let group_names: Vec<String> = styrk
                        .parent
                        .as_deref()
                        .and_then(|p| code(p))
                        .and_then(|group| group.isco_title_en.as_deref())
                        .map(|title| words(title).collect())
                        .unwrap_or_default();
                    let no_titles = JobTitles::default();
                    let titles = job_titles(code_value).unwrap_or(&no_titles);
                    // A title's words in brackets describe where ("Leder (sykehus)"):
                    // they rank like a code name, not like a name.
                    for title in &titles.current {
                        names.extend(bracketed(title).flat_map(|t| words(t)));
                    }
                    let distinct = |titles: &[String]| {
                        let mut all: Vec<String> = titles
                            .iter()
                            .flat_map(|t| words(&unbracketed(t)).collect::<Vec<_>>())
                            .collect();
                        order::sort(&mut all);
                        all.dedup();
                        all
                    };
                    let synonyms = distinct(&titles.current);
                    CodeWords {
                        name_stems: names.iter().map(|n| stem(n)).collect(),
                        synonym_stems: synonyms.iter().map(|w| stem(w)).collect(),
                        names,
                        synonyms,
                        former: distinct(&titles.former),
                        group_names,
                    }
                });
                for word in names.iter() {
                    add(word.clone(), doc, Field::CodeName);
                }
                // A shared code's job titles are this occupation's own only where they share
                // a word with its title (also inside a compound: "sykehusportør" for Portør)
                // or with the code's name.
                let shared = occupations_per_code
                    .get(code_value.as_str())
                    .is_some_and(|&n| n >= SHARED_CODE_OCCUPATIONS);
                for (word, word_stem) in synonyms.iter().zip(synonym_stems.iter()) {
                    let own = !shared
                        || title_stems.contains(word_stem)
                        || title_stems
                            .iter()
                            .any(|t| t.chars().count() >= MIN_REST && word.contains(t.as_str()))
                        || name_stems.contains(word_stem);
                    let field = if own { Field::Synonym } else { Field::Borrowed };
                    add(word.clone(), doc, field);
                }
                for word in former.iter() {
                    add(word.clone(), doc, Field::FormerTitle);
                }
                for word in group_names.iter() {
                    add(word.clone(), doc, Field::GroupName);
                }
            }
            let intro = intros.get(doc as usize).map_or("", String::as_str);
            for word in words(intro) {
                if word.chars().count() > 2 && !FILLER_WORDS.contains(&word.as_str()) {
                    add(word, doc, Field::Text);
                }
            }
        }
        let mut entries: Vec<(String, Vec<(u32, Field)>)> = map.into_iter().collect();
        order::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        let mut words_out = Vec::with_capacity(entries.len());
        let mut postings: Vec<Vec<Posting>> = Vec::with_capacity(entries.len());
        for (word, docs) in entries {
            words_out.push(word);
            postings.push(
                docs.into_iter()
                    .map(|(doc, field)| Posting { doc, field })
                    .collect(),
            );
        }
        let word_chars: Vec<Vec<char>> = words_out.iter().map(|w| w.chars().collect()).collect();
        let mut suffixes: Vec<(u32, u8)> = Vec::new();
        let mut stems: Vec<(String, u32)> = Vec::new();
        let mut by_first_char: HashMap<char, Vec<u32>> = HashMap::new();
        let mut by_second_char: HashMap<char, Vec<u32>> = HashMap::new();
        for (index, word) in words_out.iter().enumerate() {
            let chars = &word_chars[index];
            if chars[0].is_ascii_digit() || word.len() > 255 {
                continue;
            }
            let word_stem = stem(word);
            if word_stem != *word {
                stems.push((word_stem, index as u32));
            }
            by_first_char
                .entry(chars[0])
                .or_default()
                .push(index as u32);
            if let Some(second) = chars.get(1) {
                by_second_char
                    .entry(*second)
                    .or_default()
                    .push(index as u32);
            }
            // Parts inside words of the description text are left out: too many, too noisy.
            if postings[index]
                .iter()
                .all(|p: &Posting| p.field == Field::Text)
            {
                continue;
            }
            for (offset, _) in word.char_indices().skip(1) {
                if word.len() - offset >= 3 {
                    suffixes.push((index as u32, offset as u8));
                }
            }
        }
        order::sort(&mut stems);
        // Typo candidates by length, so a typo look-up reads only words of a fitting length.
        for list in by_first_char
            .values_mut()
            .chain(by_second_char.values_mut())
        {
            order::sort_by_key(list, |&index| word_chars[index as usize].len());
        }
        let pieces = words_out
            .iter()
            .cloned()
            .chain(stems.iter().map(|(stem, _)| stem.clone()))
            .collect();
        order::sort_by_cached_key(&mut suffixes, |&(word, offset)| {
            &words_out[word as usize][offset as usize..]
        });
        SearchIndex {
            word_chars,
            suffixes,
            stems,
            pieces,
            by_first_char,
            by_second_char,
            words: words_out,
            postings,
            compact_titles,
            title_lengths,
            order: order.to_vec(),
        }
    }

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
