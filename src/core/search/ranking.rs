//! Matching query words against the indexes and ranking the documents.

use super::index::{DEEP_LOOK_LIMIT, MIN_PART};
use super::query::{allowed_typos, typo_distance, Form, QueryWord};
use super::*;
use crate::core::order;

/// How a query word met an index word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Match {
    Exact,
    /// Same stem, another inflection or the other written standard.
    Stem,
    /// The query word is the whole first part of a compound ("bil" in "bilmekaniker").
    FirstPart,
    Prefix,
    /// A whole word that merely begins a longer one ("mat" in "matematiker").
    PrefixOfWord,
    /// The query word ends a compound word: its head ("tekniker" in "flytekniker"), so the
    /// compound is a kind of what was asked for.
    Head,
    Infix,
    Typo(u8),
    TypoPrefix(u8),
}

impl Match {
    fn is_typo(self) -> bool {
        matches!(self, Match::Typo(_) | Match::TypoPrefix(_))
    }

    fn quality(self) -> f32 {
        match self {
            Match::Exact => 1.0,
            Match::Stem => 0.92,
            Match::FirstPart => 0.8,
            Match::Prefix => 0.85,
            Match::PrefixOfWord => 0.35,
            Match::Head => 0.7,
            Match::Infix => 0.5,
            Match::Typo(1) => 0.55,
            Match::Typo(_) => 0.5,
            Match::TypoPrefix(1) => 0.45,
            Match::TypoPrefix(_) => 0.3,
        }
    }
}

pub(super) const EXACT_TITLE_BONUS: f32 = 100.0;
pub(super) const TITLE_PREFIX_BONUS: f32 = 40.0;
pub(super) const ALL_IN_TITLE_BONUS: f32 = 15.0;

/// Per document, for one query word: its best score, whether a match without typos and a
/// match in a name field (not the page's text) were among its matches, and its tier: 2 for
/// the word in a name as written (or inflected), 1 for the word in the page's texts or a
/// name with a typo, 0 for a compound's parts where the whole word is found elsewhere.
/// Tiers rank before scores: a typo never beats the word itself in a name.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct WordScore {
    score: f32,
    real: bool,
    named: bool,
    tier: u8,
    /// Matched somewhere other than a borrowed job title ([`Field::Borrowed`]).
    direct: bool,
}

/// The least score of a title one typo away.
pub(super) const TITLE_TYPO_SCORE: f32 = 4.5;
/// Weight of name matches in a phrase of intent, against the page's texts.
pub(super) const PHRASE_NAMES_FACTOR: f32 = 0.6;
/// Weight of an intent verb found in a page's texts.
pub(super) const SOFT_VERB_FACTOR: f32 = 1.5;
/// How many names [`SearchIndex::nearest_by_spelling`] offers.
pub(super) const SPELLING_HITS: usize = 5;

impl SearchIndex {
    /// Best match per document for one query word, into `scores` (one slot per document).
    pub(super) fn match_word(
        &self,
        token: &str,
        full_text: Option<&FullTextIndex>,
        scores: &mut [WordScore],
    ) {
        let mut credit = |word_index: usize, kind: Match, titles_only: bool| {
            for posting in &self.postings[word_index] {
                if titles_only && posting.field != Field::Title {
                    continue;
                }
                // A compound part found in a synonym or code name ("folk" in
                // "folkemusiker") says less than one in the title.
                let part_elsewhere = posting.field != Field::Title
                    && matches!(kind, Match::FirstPart | Match::Head | Match::Infix);
                let damping = if part_elsewhere { 0.6 } else { 1.0 };
                let value = posting.field.weight() * kind.quality() * damping;
                let slot = &mut scores[posting.doc as usize];
                if value > slot.score {
                    slot.score = value;
                }
                slot.real |= !kind.is_typo();
                slot.named |= posting.field != Field::Text;
                slot.direct |= posting.field != Field::Borrowed;
                let strong = matches!(
                    kind,
                    Match::Exact | Match::Stem | Match::Prefix | Match::FirstPart | Match::Head
                );
                // Code names are long descriptions ("Ledere av … sykehus"), not names a
                // pupil uses: they rank with the page's texts.
                let descriptive = matches!(
                    posting.field,
                    Field::Text | Field::CodeName | Field::GroupName
                );
                let tier = if strong && !part_elsewhere && !descriptive {
                    2
                } else {
                    1
                };
                slot.tier = slot.tier.max(tier);
            }
        };
        let start = self.words.partition_point(|w| w.as_str() < token);
        let mut end = start;
        let numeric = token.chars().all(|c| c.is_ascii_digit());
        let length = token.chars().count();
        // Looking into the rest of a compound is affordable for a few words, not for the
        // hundreds that begin with "s" or "for".
        let few = |from: usize, head: &str| {
            self.words[from..]
                .iter()
                .take(DEEP_LOOK_LIMIT + 1)
                .take_while(|w| w.starts_with(head))
                .count()
                <= DEEP_LOOK_LIMIT
        };
        let deep = few(start, token);
        let token_stem = stem(token);
        // A word the indexes hold as it was typed: not a typo, and not just the start of
        // whatever begins with it ("lege" should not also bring "leder").
        let known_word = !numeric && self.is_known(token, full_text);
        while end < self.words.len() && self.words[end].starts_with(token) {
            let word = &self.words[end];
            let kind = if *word == token {
                Match::Exact
            } else if !numeric
                && length >= MIN_PART
                && self.is_word_part(&word[token.len()..], full_text, deep)
            {
                Match::FirstPart
            } else if known_word {
                Match::PrefixOfWord
            } else {
                Match::Prefix
            };
            credit(end, kind, false);
            end += 1;
        }
        if numeric {
            return;
        }
        // An inflected word is also the first part of a compound by its stem ("biler" →
        // "bil" in "bilmekaniker"; "møbler" → "møbel" in "møbelsnekker").
        if token_stem != token && token_stem.chars().count() >= MIN_PART {
            let mut heads = vec![token_stem.clone()];
            if let Some(rest) = token_stem.strip_suffix('l') {
                heads.push(format!("{rest}el"));
            }
            for head in &heads {
                let from = self.words.partition_point(|w| w.as_str() < head.as_str());
                let deep = few(from, head);
                for index in from..self.words.len() {
                    let word = &self.words[index];
                    if !word.starts_with(head.as_str()) {
                        break;
                    }
                    if word.len() > head.len()
                        && self.is_word_part(&word[head.len()..], full_text, deep)
                    {
                        credit(index, Match::FirstPart, false);
                    }
                }
            }
        }
        // An inflected word also ends a compound by its stem ("målar" → "mal" in
        // "industrimaler"), or stands between two words ("båter" → "båt" in
        // "trebåtbygger").
        if token_stem != token && token_stem.chars().count() >= MIN_PART {
            let suffix = |entry: &(u32, u8)| &self.words[entry.0 as usize][entry.1 as usize..];
            let first = self
                .suffixes
                .partition_point(|e| suffix(e) < token_stem.as_str());
            for entry in self.suffixes[first..]
                .iter()
                .take_while(|e| suffix(e).starts_with(token_stem.as_str()))
            {
                let word = &self.words[entry.0 as usize];
                let ending = &suffix(entry)[token_stem.len()..];
                let before = &word[..entry.1 as usize];
                // The stem ends the word (with an inflection), or stands in the middle:
                // "båt" in "trebåtbygger".
                let fits = ending.is_empty()
                    || crate::core::stem::is_ending(ending)
                    || self.is_word_part(ending, full_text, false);
                // From five letters a stem is no accidental ending ("arbeid"); a short one
                // must follow a word.
                if fits
                    && (token_stem.chars().count() >= 5 || self.is_first_part(before, full_text))
                {
                    credit(entry.0 as usize, Match::Head, false);
                }
            }
        }
        let exact_stem = self.words.binary_search_by(|w| w.as_str().cmp(&token_stem));
        if let Ok(index) = exact_stem {
            if self.words[index] != token {
                credit(index, Match::Stem, false);
            }
        }
        for index in self.stem_range(&token_stem) {
            if self.words[index as usize] != token {
                credit(index as usize, Match::Stem, false);
            }
        }
        if length >= 3 {
            let suffix = |entry: &(u32, u8)| &self.words[entry.0 as usize][entry.1 as usize..];
            let first = self.suffixes.partition_point(|e| suffix(e) < token);
            for entry in self.suffixes[first..]
                .iter()
                .take_while(|e| suffix(e).starts_with(token))
            {
                let word = &self.words[entry.0 as usize];
                let before = &word[..entry.1 as usize];
                // A whole word found inside another counts only where it ends the compound,
                // from five letters or after a word ("leder" in "prosjektleder", not "mat" in
                // "diplomat"); an unfinished word from five letters also inside one.
                let head = entry.1 as usize + token.len() == word.len();
                let long_head = head && length >= 5;
                if known_word && !(long_head || (head && self.is_first_part(before, full_text))) {
                    continue;
                }
                if !head && length < 5 {
                    continue;
                }
                let kind = if head { Match::Head } else { Match::Infix };
                credit(entry.0 as usize, kind, false);
            }
        }
        // Typos are looked for unless the word stands in a name as written, or in the texts
        // uninflected ("mekanikker" is looked at as a typo of "mekaniker", though its stem is
        // the word "mekanikk").
        let max_typos = allowed_typos(length);
        let written = self
            .words
            .binary_search_by(|w| w.as_str().cmp(token))
            .is_ok()
            || (token_stem == token && full_text.is_some_and(|ft| ft.contains(token)));
        if max_typos == 0 || written {
            return;
        }
        // A word whose stem the texts hold ("klær", "sjøen") is a typo only of a whole title,
        // never of the start of a word ("lærer") nor of a synonym.
        let stem_in_texts = full_text.is_some_and(|ft| ft.contains(&token_stem));
        let query: Vec<char> = token.chars().collect();
        // Whole-word typos only: words of the query's length give or take the typos allowed.
        let shortest = length.saturating_sub(max_typos);
        let longest = if stem_in_texts {
            length + max_typos
        } else {
            usize::MAX
        };
        let in_window = |list: &'_ Vec<u32>| -> std::ops::Range<usize> {
            let from = list.partition_point(|&i| self.word_chars[i as usize].len() < shortest);
            let to = list.partition_point(|&i| self.word_chars[i as usize].len() <= longest);
            from..to.max(from)
        };
        let candidates = self
            .by_first_char
            .get(&query[0])
            .into_iter()
            .chain(self.by_second_char.get(&query[0]))
            .flat_map(|list| list[in_window(list)].iter());
        for &index in candidates {
            let index = index as usize;
            let chars = &self.word_chars[index];
            if chars.len() + max_typos < length
                || (stem_in_texts && chars.len() > length + max_typos)
            {
                continue;
            }
            match typo_distance(&query, chars, max_typos) {
                (Some(d), _) if d > 0 => credit(index, Match::Typo(d as u8), stem_in_texts),
                (None, Some(d)) if d > 0 && !stem_in_texts => {
                    credit(index, Match::TypoPrefix(d as u8), false)
                }
                _ => {}
            }
        }
    }

    /// Scores of one query word in both indexes. `typing` allows the full text to match the
    /// word as the start of a longer term (the last word, still being typed); without
    /// `names` only the full text is read (the verb of an intent phrase: "hjelpe" should not
    /// bring "Hjelpearbeider").
    pub(super) fn score_word(
        &self,
        token: &str,
        typing: bool,
        names: bool,
        names_factor: f32,
        full_text: Option<&FullTextIndex>,
    ) -> Vec<WordScore> {
        let documents = self.document_count();
        let mut scores = vec![WordScore::default(); documents];
        if names || full_text.is_none() {
            self.match_word(token, full_text, &mut scores);
            scores.iter_mut().for_each(|s| s.score *= names_factor);
        }
        if let Some(full_text) = full_text {
            let mut text_scores = vec![0f32; documents];
            let token_stem = stem(token);
            full_text.score(
                &token_stem,
                typing && token.chars().count() >= 4,
                &mut text_scores,
            );
            // Found through a cut ending ("tommerer" → "tømmer"), the word may be a typo of
            // another: it weighs a little less than the word as written.
            let inflected = if token_stem == token { 1.0 } else { 0.8 };
            for (slot, text) in scores.iter_mut().zip(text_scores) {
                if text > 0.0 {
                    slot.score += text * inflected;
                    slot.real = true;
                    slot.direct = true;
                    slot.tier = slot.tier.max(1);
                }
            }
        }
        scores
    }

    /// Ranked hits for a query with the name index alone, best first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.find(query, None).hits
    }

    /// The answer to a query from the name index and, when loaded, the full-text index.
    pub fn find(&self, query: &str, full_text: Option<&FullTextIndex>) -> Results {
        let nothing = Results {
            hits: Vec::new(),
            answer: Answer::Nothing,
            stems: MatchedStems::default(),
        };
        let typed_space_last = query.ends_with(char::is_whitespace);
        let owned = content_words(query);
        let tokens: Vec<&str> = owned.iter().map(String::as_str).collect();
        if tokens.is_empty() {
            return nothing;
        }
        let documents = self.document_count();
        let title_threshold = Field::Title.weight() * Match::TypoPrefix(2).quality();
        let mut total = vec![0f32; documents];
        let mut matched = vec![0u8; documents];
        let mut real = vec![0u8; documents];
        let mut tiers = vec![0u8; documents];
        let mut named = vec![false; documents];
        let mut in_title = vec![0u8; documents];
        let mut direct = vec![false; documents];
        let mut used = 0u8;
        let mut stems = MatchedStems::default();
        let query_words = self.query_words(&tokens, typed_space_last, full_text);
        let compact_query: String = query_words
            .iter()
            .filter(|w| !w.soft)
            .map(|w| w.text.as_str())
            .collect();
        // In a phrase of intent the page's texts say more than a name that shares a word.
        let phrase = query_words.iter().any(|w| w.soft);
        let names_factor = if phrase { PHRASE_NAMES_FACTOR } else { 1.0 };
        for word in &query_words {
            let scores = self.score_query_word(word, names_factor, full_text);
            if scores.iter().all(|s| s.score == 0.0) {
                continue; // a word the indexes do not know narrows nothing
            }
            if word.soft {
                stems.soft.extend(word.stems());
            } else {
                stems.content.extend(word.stems());
            }
            if word.soft {
                // The verb of an intent phrase ranks, it does not narrow; it tells most
                // what the work is ("kjøre tog" is the train driver's, not the conductor's).
                for (doc, slot) in scores.iter().enumerate() {
                    total[doc] += slot.score * SOFT_VERB_FACTOR;
                }
                continue;
            }
            used += 1;
            // In a phrase of intent a name does not outrank what the pages say.
            let top_tier = if phrase { 1 } else { 2 };
            for (doc, slot) in scores.iter().enumerate() {
                if slot.score > 0.0 {
                    total[doc] += slot.score;
                    matched[doc] += 1;
                    real[doc] += u8::from(slot.real);
                    tiers[doc] += slot.tier.min(top_tier);
                    named[doc] |= slot.named;
                    direct[doc] |= slot.direct;
                    if slot.score >= title_threshold && slot.named {
                        in_title[doc] += 1;
                    }
                }
            }
        }
        if used == 0 {
            // No word is known in any form: the names nearest by spelling, said as such.
            let hits = self.nearest_by_spelling(&compact_query);
            return if hits.is_empty() {
                nothing
            } else {
                Results {
                    hits,
                    answer: Answer::Spelling,
                    stems,
                }
            };
        }
        let best = matched.iter().copied().max().unwrap_or(0);
        // A title that begins with the query: the title being typed ("sykepl"), or a
        // compound whose first part is the query word ("bil" → "bilmekaniker"). Not for a
        // phrase of intent ("bygge hus" is no "husøkonom"), nor when a whole word merely
        // begins a longer one ("mat" → "matematiker").
        let whole_word = self.is_known(&compact_query, full_text);
        let prefix_bonus = |title: &str| {
            !phrase
                && (!whole_word
                    || self.is_word_part(&title[compact_query.len()..], full_text, true))
        };
        let mut hits: Vec<Hit> = (0..documents)
            .filter(|&doc| matched[doc] == best && best > 0)
            .map(|doc| {
                let mut score = total[doc];
                let title = &self.compact_titles[doc];
                if *title == compact_query {
                    score += EXACT_TITLE_BONUS;
                } else if title.starts_with(&compact_query) && prefix_bonus(title) {
                    score += TITLE_PREFIX_BONUS;
                }
                if used > 1 && in_title[doc] == used {
                    score += ALL_IN_TITLE_BONUS;
                }
                Hit {
                    position: doc,
                    score,
                    from_text: !named[doc],
                    borrowed: !direct[doc],
                }
            })
            .collect();
        // Hits found only through borrowed job titles come after every direct hit.
        order::sort_by(&mut hits, |a, b| {
            a.borrowed
                .cmp(&b.borrowed)
                .then(tiers[b.position].cmp(&tiers[a.position]))
                .then(b.score.total_cmp(&a.score))
                .then(self.title_lengths[a.position].cmp(&self.title_lengths[b.position]))
                .then(self.order[a.position].cmp(&self.order[b.position]))
        });
        let answer = match hits.first() {
            Some(top) if best == used && real[top.position] == used => Answer::Found,
            _ => Answer::Nearest,
        };
        for list in [&mut stems.content, &mut stems.soft] {
            order::sort(list);
            list.dedup();
        }
        Results {
            hits,
            answer,
            stems,
        }
    }

    /// The occupations whose title, synonym or former title is nearest to `query` by spelling
    /// (edit distance over the whole name, at most a third of its letters, at least 2, at most
    /// 6), nearest first, at most [`SPELLING_HITS`]; for a query no word of which is known.
    fn nearest_by_spelling(&self, query: &str) -> Vec<Hit> {
        let query: Vec<char> = query.chars().collect();
        if query.len() < 3 {
            return Vec::new();
        }
        let max = (query.len() / 3).clamp(2, 6);
        let mut best: Vec<(usize, u32)> = Vec::new();
        let mut consider =
            |distance: usize, doc: u32| match best.iter_mut().find(|(_, d)| *d == doc) {
                Some(entry) => entry.0 = entry.0.min(distance),
                None => best.push((distance, doc)),
            };
        for (doc, title) in self.compact_titles.iter().enumerate() {
            let title: Vec<char> = title.chars().collect();
            if let (Some(distance), _) = typo_distance(&query, &title, max) {
                consider(distance, doc as u32);
            }
        }
        for (index, word) in self.word_chars.iter().enumerate() {
            let Some(distance) = typo_distance(&query, word, max).0 else {
                continue;
            };
            for posting in &self.postings[index] {
                if matches!(
                    posting.field,
                    Field::Title | Field::Synonym | Field::FormerTitle
                ) {
                    consider(distance, posting.doc);
                }
            }
        }
        order::sort_by_key(&mut best, |&(distance, doc)| {
            (
                distance,
                self.title_lengths[doc as usize],
                self.order[doc as usize],
            )
        });
        best.into_iter()
            .take(SPELLING_HITS)
            .map(|(_, doc)| Hit {
                position: doc as usize,
                score: 0.0,
                from_text: false,
                borrowed: false,
            })
            .collect()
    }

    /// Per document, the best of a query word's forms; a compound's parts add up, and count
    /// as a match without typos only when every part matched.
    pub(super) fn score_query_word(
        &self,
        word: &QueryWord,
        names_factor: f32,
        full_text: Option<&FullTextIndex>,
    ) -> Vec<WordScore> {
        let documents = self.document_count();
        let mut best = vec![WordScore::default(); documents];
        // Per document, the tier and typo-free match of the word itself (not its parts).
        let mut word_tier = vec![(0u8, false); documents];
        let mut word_matched = false;
        let mut name_typo = false;
        let names = !word.soft;
        for form in &word.forms {
            let scores = match form {
                Form::Word(text, typing, factor) => {
                    let mut scores = self.score_word(text, *typing, names, names_factor, full_text);
                    scores.iter_mut().for_each(|s| s.score *= factor);
                    word_matched |= scores
                        .iter()
                        .any(|s| s.real || (s.named && s.score >= TITLE_TYPO_SCORE));
                    name_typo |= scores
                        .iter()
                        .any(|s| s.named && !s.real && s.score >= TITLE_TYPO_SCORE);
                    for (kept, slot) in word_tier.iter_mut().zip(&scores) {
                        if slot.score > 0.0 {
                            *kept = (kept.0.max(slot.tier), kept.1 | slot.real);
                        }
                    }
                    scores
                }
                Form::Parts(parts, factor) => {
                    let factor = if name_typo { factor * 0.5 } else { *factor };
                    let mut sum = vec![WordScore::default(); documents];
                    let mut parts_matched = vec![0usize; documents];
                    for part in parts {
                        for (doc, slot) in self
                            .score_word(part, false, names, names_factor, full_text)
                            .into_iter()
                            .enumerate()
                        {
                            if slot.score > 0.0 {
                                sum[doc].score += slot.score * factor;
                                sum[doc].named |= slot.named;
                                sum[doc].direct |= slot.direct;
                                parts_matched[doc] += usize::from(slot.real);
                            }
                        }
                    }
                    for (slot, count) in sum.iter_mut().zip(parts_matched) {
                        slot.real = count > 0;
                        slot.tier = u8::from(count > 0);
                    }
                    sum
                }
            };
            for (slot, score) in best.iter_mut().zip(scores) {
                if score.score > slot.score {
                    *slot = score;
                }
            }
        }
        // Where the word itself matched, pages found only through its parts ("lege" for
        // "dyrlege") come after those that hold the word: the tier is the word's own.
        if word_matched {
            for (slot, (tier, real)) in best.iter_mut().zip(word_tier) {
                slot.tier = tier;
                slot.real = real;
            }
        }
        best
    }
}
