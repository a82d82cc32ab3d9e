//! The search engine behind every search box, the same code in the browser (wasm) and in the
//! `yrke` command.
//!
//! Index: every occupation is a document with fields, each word folded by
//! [`crate::core::text::fold`]:
//! title (and the title written as one word), synonyms (NAV's job titles under the
//! occupation's STYRK codes, and the lærefag that lead to it), codes, code names (STYRK-08 and
//! ISCO-08 English), and text (the first paragraph of the description).
//!
//! Matching, per query word: exact word, word prefix (while typing), part of a compound word
//! from 3 letters (the head, "leder" in "prosjektleder", weighs more than a part inside), and typos (one edit from 4 letters, two from
//! 8; also in a prefix). Digits match STYRK codes by prefix ("251" → 2511–2519).
//! Typos are only looked for when the word is not itself in the index.
//! Words found nowhere in the index ("jobbe", "med") are left out rather than emptying the result;
//! everyday filler words are ignored.
//!
//! Ranking: exact title, then title prefix, then title words, synonyms, codes, code names and
//! text, in that order of weight; a closer kind of match weighs more. Ties go to the shorter
//! title, then the alphabet.

use crate::core::model::{OccupationSummary, StyrkCode};
use crate::core::text::{fold, fold_with_map};
use std::collections::HashMap;

/// Where in a document a word was found. Earlier fields weigh more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Synonym,
    Code,
    CodeName,
    Text,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Title => 10.0,
            Field::Synonym => 6.0,
            Field::Code => 5.0,
            Field::CodeName => 4.0,
            Field::Text => 1.0,
        }
    }
}

/// How a query word met an index word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Match {
    Exact,
    Prefix,
    /// The query word ends a compound word: its head ("tekniker" in "flytekniker"), so the
    /// compound is a kind of what was asked for.
    Head,
    Infix,
    Typo(u8),
    TypoPrefix(u8),
}

impl Match {
    fn quality(self) -> f32 {
        match self {
            Match::Exact => 1.0,
            Match::Prefix => 0.85,
            Match::Head => 0.7,
            Match::Infix => 0.5,
            Match::Typo(1) => 0.55,
            Match::Typo(_) => 0.4,
            Match::TypoPrefix(1) => 0.45,
            Match::TypoPrefix(_) => 0.3,
        }
    }
}

const EXACT_TITLE_BONUS: f32 = 100.0;
const TITLE_PREFIX_BONUS: f32 = 40.0;
const ALL_IN_TITLE_BONUS: f32 = 15.0;

/// Words that say nothing about which occupation is meant.
const FILLER_WORDS: &[&str] = &[
    "a", "av", "bli", "blir", "de", "den", "det", "du", "eg", "en", "er", "et", "for", "hva", "i",
    "jeg", "jobb", "jobbe", "jobber", "kan", "med", "og", "om", "pa", "som", "til", "vil", "yrke",
    "yrker", "arbeide", "jobbe", "innen", "innenfor", "noe",
];

#[derive(Debug, Clone)]
struct Posting {
    doc: u32,
    field: Field,
}

/// One result: the occupation's position in the catalog, its score, and the character ranges
/// of its title that matched (for highlighting).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub position: usize,
    pub score: f32,
}

#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Index words, sorted, with their postings.
    words: Vec<String>,
    /// The same words as characters, for the typo scan.
    word_chars: Vec<Vec<char>>,
    /// Every proper suffix of every word as (word, byte offset), sorted by the suffix text:
    /// finds the words that contain a query word inside them by binary search.
    suffixes: Vec<(u32, u8)>,
    /// Words by their first and by their second character: the only candidates for a typo
    /// (a wrong first letter is rare; a swap of the first two letters is covered).
    by_first_char: HashMap<char, Vec<u32>>,
    by_second_char: HashMap<char, Vec<u32>>,
    postings: Vec<Vec<Posting>>,
    /// Folded titles without spaces, for the exact-title and title-prefix bonuses.
    compact_titles: Vec<String>,
    title_lengths: Vec<usize>,
    /// Alphabetical rank of each document, for ties.
    order: Vec<usize>,
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter()
}

/// Edit distance (insert, delete, substitute, swap of neighbours) between `query` and `word`,
/// and between `query` and the closest prefix of `word`; `None` when above `max`.
fn typo_distance(query: &[char], word: &[char], max: usize) -> (Option<usize>, Option<usize>) {
    const CAP: usize = 32;
    let n = query.len();
    let m = word.len().min(n + max);
    if word.len() + max < n || n >= CAP || m >= CAP {
        return (None, None);
    }
    // Three rolling rows on the stack, rotated by index: this runs for thousands of words
    // per keystroke.
    let mut rows = [[0u8; CAP]; 3];
    let (mut before, mut previous, mut current) = (0usize, 1usize, 2usize);
    for (j, cell) in rows[previous].iter_mut().enumerate().take(m + 1) {
        *cell = j as u8;
    }
    let max_u8 = max as u8;
    for i in 1..n + 1 {
        rows[current][0] = i as u8;
        let mut row_min = i as u8;
        for j in 1..m + 1 {
            let cost = u8::from(query[i - 1] != word[j - 1]);
            let mut value = (rows[previous][j] + 1)
                .min(rows[current][j - 1] + 1)
                .min(rows[previous][j - 1] + cost);
            if i > 1 && j > 1 && query[i - 1] == word[j - 2] && query[i - 2] == word[j - 1] {
                value = value.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max_u8 {
            return (None, None);
        }
        (before, previous, current) = (previous, current, before);
    }
    let last = &rows[previous];
    let full = (m == word.len())
        .then(|| last[m] as usize)
        .filter(|d| *d <= max);
    let prefix = last[..m + 1]
        .iter()
        .map(|d| *d as usize)
        .min()
        .filter(|d| *d <= max);
    (full, prefix)
}

fn allowed_typos(length: usize) -> usize {
    match length {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

impl SearchIndex {
    /// Builds the index over the occupations, in catalog order. `code` looks up a STYRK code.
    pub fn build<'a>(
        occupations: &[OccupationSummary],
        code: impl Fn(&str) -> Option<&'a StyrkCode>,
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
        // Folded words of each STYRK code's names and NAV titles, folded once per code.
        let mut code_words: HashMap<&str, (Vec<String>, Vec<String>)> = HashMap::new();
        let mut compact_titles = Vec::with_capacity(occupations.len());
        let mut title_lengths = Vec::with_capacity(occupations.len());
        for (doc, occupation) in occupations.iter().enumerate() {
            let doc = doc as u32;
            let title_words: Vec<String> = words(&occupation.title).collect();
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
                let (names, synonyms) =
                    code_words.entry(code_value.as_str()).or_insert_with(|| {
                        let Some(styrk) = code(code_value) else {
                            return (Vec::new(), Vec::new());
                        };
                        let mut names: Vec<String> = words(&styrk.name).collect();
                        if let Some(isco) = &styrk.isco_title_en {
                            names.extend(words(isco));
                        }
                        let mut synonyms: Vec<String> =
                            styrk.nav_titles.iter().flat_map(|t| words(t)).collect();
                        synonyms.sort();
                        synonyms.dedup();
                        (names, synonyms)
                    });
                for word in names.iter() {
                    add(word.clone(), doc, Field::CodeName);
                }
                for word in synonyms.iter() {
                    add(word.clone(), doc, Field::Synonym);
                }
            }
            for word in words(&occupation.intro) {
                if word.chars().count() > 2 && !FILLER_WORDS.contains(&word.as_str()) {
                    add(word, doc, Field::Text);
                }
            }
        }
        let mut entries: Vec<(String, Vec<(u32, Field)>)> = map.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
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
        let mut by_first_char: HashMap<char, Vec<u32>> = HashMap::new();
        let mut by_second_char: HashMap<char, Vec<u32>> = HashMap::new();
        for (index, word) in words_out.iter().enumerate() {
            let chars = &word_chars[index];
            if chars[0].is_ascii_digit() || word.len() > 255 {
                continue;
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
        suffixes.sort_unstable_by(|a, b| {
            words_out[a.0 as usize][a.1 as usize..].cmp(&words_out[b.0 as usize][b.1 as usize..])
        });
        SearchIndex {
            word_chars,
            suffixes,
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

    /// Best score per document for one query word, into `scores` (one slot per document).
    fn match_word(&self, token: &str, scores: &mut [f32]) {
        let mut credit = |word_index: usize, kind: Match| {
            for posting in &self.postings[word_index] {
                let value = posting.field.weight() * kind.quality();
                let slot = &mut scores[posting.doc as usize];
                if value > *slot {
                    *slot = value;
                }
            }
        };
        let start = self.words.partition_point(|w| w.as_str() < token);
        let mut end = start;
        while end < self.words.len() && self.words[end].starts_with(token) {
            let kind = if self.words[end] == token {
                Match::Exact
            } else {
                Match::Prefix
            };
            credit(end, kind);
            end += 1;
        }
        let numeric = token.chars().all(|c| c.is_ascii_digit());
        if numeric {
            return;
        }
        let length = token.chars().count();
        if length >= 3 {
            let suffix = |entry: &(u32, u8)| &self.words[entry.0 as usize][entry.1 as usize..];
            let first = self.suffixes.partition_point(|e| suffix(e) < token);
            for entry in self.suffixes[first..]
                .iter()
                .take_while(|e| suffix(e).starts_with(token))
            {
                let word = &self.words[entry.0 as usize];
                let kind = if entry.1 as usize + token.len() == word.len() {
                    Match::Head
                } else {
                    Match::Infix
                };
                credit(entry.0 as usize, kind);
            }
        }
        let max_typos = allowed_typos(length);
        // A word the index holds as it was typed is not a typo: "lege" should not also
        // bring "leder".
        let known_word = self.words.get(start).is_some_and(|w| w == token);
        if max_typos == 0 || known_word {
            return;
        }
        let query: Vec<char> = token.chars().collect();
        let candidates = self
            .by_first_char
            .get(&query[0])
            .into_iter()
            .chain(self.by_second_char.get(&query[0]))
            .flatten();
        for &index in candidates {
            let index = index as usize;
            let chars = &self.word_chars[index];
            if chars.len() + max_typos < length {
                continue;
            }
            match typo_distance(&query, chars, max_typos) {
                (Some(d), _) if d > 0 => credit(index, Match::Typo(d as u8)),
                (None, Some(d)) if d > 0 => credit(index, Match::TypoPrefix(d as u8)),
                _ => {}
            }
        }
    }

    /// Ranked hits for a query, best first. An empty query gives nothing.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let folded = fold(query);
        let mut tokens: Vec<&str> = folded
            .split(' ')
            .filter(|w| !w.is_empty() && !FILLER_WORDS.contains(w))
            .collect();
        if tokens.is_empty() {
            tokens = folded.split(' ').filter(|w| !w.is_empty()).collect();
        }
        tokens.dedup();
        if tokens.is_empty() {
            return Vec::new();
        }
        // Very long pastes are cut: nobody names an occupation in more than 12 words.
        tokens.truncate(12);
        let compact_query: String = tokens.concat();
        let documents = self.compact_titles.len();
        let title_threshold = Field::Title.weight() * Match::TypoPrefix(2).quality();
        let mut total = vec![0f32; documents];
        let mut matched = vec![0u8; documents];
        let mut in_title = vec![0u8; documents];
        let mut scores = vec![0f32; documents];
        let mut used = 0u8;
        for token in &tokens {
            let token: String = token.chars().take(40).collect();
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.match_word(&token, &mut scores);
            if scores.iter().all(|s| *s == 0.0) {
                continue; // a word the index does not know narrows nothing
            }
            used += 1;
            for doc in 0..documents {
                if scores[doc] > 0.0 {
                    total[doc] += scores[doc];
                    matched[doc] += 1;
                    if scores[doc] >= title_threshold {
                        in_title[doc] += 1;
                    }
                }
            }
        }
        if used == 0 {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = (0..documents)
            .filter(|&doc| matched[doc] == used)
            .map(|doc| {
                let mut score = total[doc];
                let title = &self.compact_titles[doc];
                if *title == compact_query {
                    score += EXACT_TITLE_BONUS;
                } else if title.starts_with(&compact_query) {
                    score += TITLE_PREFIX_BONUS;
                }
                if used > 1 && in_title[doc] == used {
                    score += ALL_IN_TITLE_BONUS;
                }
                Hit {
                    position: doc,
                    score,
                }
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(self.title_lengths[a.position].cmp(&self.title_lengths[b.position]))
                .then(self.order[a.position].cmp(&self.order[b.position]))
        });
        hits
    }
}

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
    ranges.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (from, to) in ranges {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occupation(slug: &str, title: &str, codes: &[&str], intro: &str) -> OccupationSummary {
        OccupationSummary {
            slug: slug.into(),
            title: title.into(),
            styrk: codes.iter().map(|c| c.to_string()).collect(),
            intro: intro.into(),
            task_count: 0,
            education_levels: vec![],
            higher_education_links: 0,
            programmes: vec![],
            entry_programmes: vec![],
        }
    }

    fn styrk(code: &str, name: &str, nav: &[&str]) -> StyrkCode {
        StyrkCode {
            code: code.into(),
            parent: None,
            level: 4,
            name: name.into(),
            nav_category: None,
            isco_title_en: None,
            nav_titles: nav.iter().map(|s| s.to_string()).collect(),
            old_nav_titles: Vec::new(),
        }
    }

    fn index() -> (Vec<OccupationSummary>, SearchIndex) {
        let occupations = vec![
            occupation(
                "it-prosjektleder",
                "IT-prosjektleder",
                &["2511", "2522"],
                "Leder IT-prosjekter.",
            ),
            occupation(
                "prosjektleder",
                "Prosjektleder",
                &[],
                "Leder prosjekter i alle bransjer.",
            ),
            occupation(
                "sykepleier",
                "Sykepleier",
                &["2223"],
                "Pleier syke mennesker.",
            ),
            occupation(
                "bilmekaniker",
                "Bilmekaniker lette kjøretøy",
                &["7231"],
                "Reparerer biler.",
            ),
            occupation("tomrer", "Tømrer", &["7115"], "Bygger hus av tre."),
            occupation(
                "dyrepleier",
                "Dyrepleier",
                &["5164"],
                "Steller dyr på klinikk.",
            ),
            occupation(
                "systemutvikler",
                "Systemutvikler",
                &["2512"],
                "Lager programvare.",
            ),
        ];
        let codes = [
            styrk("2511", "Systemanalytikere", &[]),
            styrk("2512", "Programvareutviklere", &["Programmerer"]),
            styrk("2522", "Systemadministratorer", &[]),
            styrk("2223", "Sykepleiere", &["Sykepleier", "Sykesøster"]),
            styrk("7231", "Bilmekanikere", &["Bilreparatør"]),
            styrk(
                "7115",
                "Tømrere og snekkere",
                &["Snekker", "Bygningssnekker"],
            ),
            styrk("5164", "Dyrepassere", &["Dyrepasser"]),
        ];
        let order: Vec<usize> = (0..occupations.len()).collect();
        let index =
            SearchIndex::build(&occupations, |c| codes.iter().find(|s| s.code == c), &order);
        (occupations, index)
    }

    fn top(query: &str) -> Vec<String> {
        let (occupations, index) = index();
        index
            .search(query)
            .into_iter()
            .map(|h| occupations[h.position].slug.clone())
            .collect()
    }

    #[test]
    fn exact_title_first_then_prefix_then_compounds() {
        assert_eq!(
            top("prosjektleder")[..2],
            ["prosjektleder", "it-prosjektleder"]
        );
        assert_eq!(top("it prosjektleder")[0], "it-prosjektleder");
        assert_eq!(top("IT-prosjektleder")[0], "it-prosjektleder");
        assert_eq!(top("itprosjektleder")[0], "it-prosjektleder");
        assert!(top("leder").contains(&"it-prosjektleder".to_string()));
        assert_eq!(top("bil")[0], "bilmekaniker");
        assert_eq!(top("sykepl")[0], "sykepleier");
    }

    #[test]
    fn tolerates_typos_by_length() {
        assert_eq!(top("sykepleir")[0], "sykepleier");
        assert_eq!(top("sykeplier")[0], "sykepleier");
        assert_eq!(top("tomer")[0], "tomrer", "one edit from four letters");
        assert_eq!(
            top("systemutvilker")[0],
            "systemutvikler",
            "a swap counts as one edit"
        );
        assert_eq!(
            top("systmutviklr")[0],
            "systemutvikler",
            "two edits from eight letters"
        );
        assert!(top("kok").is_empty(), "no typos below four letters");
    }

    #[test]
    fn finds_synonyms_codes_and_folded_spellings() {
        assert_eq!(top("snekker")[0], "tomrer");
        assert_eq!(top("programmerer")[0], "systemutvikler");
        assert_eq!(top("2223"), ["sykepleier"]);
        let mut by_prefix = top("251");
        by_prefix.sort();
        assert_eq!(by_prefix, ["it-prosjektleder", "systemutvikler"]);
        assert_eq!(top("toemrer")[0], "tomrer");
        assert_eq!(top("kjoretoy")[0], "bilmekaniker");
    }

    #[test]
    fn ignores_filler_and_unknown_words() {
        assert_eq!(top("jobbe med dyr")[0], "dyrepleier");
        assert_eq!(top("sykepleier zzzqqq")[0], "sykepleier");
        assert!(top("").is_empty());
        assert!(top("  -- ").is_empty());
    }

    #[test]
    fn survives_hostile_input() {
        let long = "ø".repeat(5000) + &"a".repeat(5000);
        let _ = top(&long);
        let _ = top("\u{202e}<script>alert(1)</script>");
        let _ = highlight("Tømrer", &long);
    }

    #[test]
    fn highlights_matched_parts_of_the_title() {
        assert_eq!(highlight("IT-prosjektleder", "prosj"), [(3, 8)]);
        assert_eq!(
            highlight("IT-prosjektleder", "it leder"),
            [(0, 2), (11, 16)]
        );
        assert_eq!(highlight("Tømrer", "tomrer"), [(0, 6)]);
        assert_eq!(highlight("Sykepleier", "sykepleir"), [(0, 10)]);
        assert!(highlight("Tømrer", "").is_empty());
    }
}
