//! The full-text part of search: every text of every occupation page (description, task
//! list, where they work, education, personal qualities), reduced at build time to stems and
//! compact postings (`fulltext.json`), loaded by the app after the first list is on screen.
//!
//! Each (stem, occupation) pair carries a weight class saying how central the word is to the
//! page: points per occurrence by where it stands (task list 3, first paragraph 2, where they
//! work 2, rest of the description, education and qualities 1), summed; 1 point is a passing
//! mention (class 1), 2–3 points class 2, 4 or more class 3.
//! Words in more than [`MAX_DOCUMENT_SHARE`] of all pages say nothing about any one of them
//! and are left out, as are the function words in [`STOP_WORDS`].
//!
//! The same tokenizer ([`terms`]) reads the data here and the query in
//! [`crate::core::search`], and finds the passage a hit is shown with ([`passage`]).

use crate::core::model::{spans_text, Block, OccupationDetail};
use crate::core::order;
use crate::core::stem::stem;
use crate::core::text::{fold, fold_with_map};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// File name (inside the snapshot folder) of the full-text index.
pub const FULL_TEXT_FILE: &str = "fulltext.json";

/// Share of pages above which a word is too common to tell pages apart.
pub const MAX_DOCUMENT_SHARE: f32 = 0.4;

/// Highest weight class; a posting is `page-delta × CLASSES + class`.
const MAX_CLASS: u32 = 3;
const CLASSES: u32 = MAX_CLASS + 1;

fn class_of(points: u32) -> u32 {
    match points {
        0..=1 => 1,
        2..=3 => 2,
        _ => 3,
    }
}

/// Longest shared prefix written in front coding (one digit).
const MAX_SHARED: usize = 9;

/// Sorted terms written with front coding: each term as the number of leading bytes it
/// shares with the one before (one digit) and the rest ("kokk", "4er" → "kokker").
fn front_code(terms: &[String]) -> Vec<String> {
    let mut previous = "";
    terms
        .iter()
        .map(|term| {
            let mut shared = previous
                .bytes()
                .zip(term.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(MAX_SHARED);
            while !term.is_char_boundary(shared) {
                shared -= 1;
            }
            previous = term;
            format!("{shared}{}", &term[shared..])
        })
        .collect()
}

fn front_decode(coded: &[String]) -> Option<Vec<String>> {
    let mut terms: Vec<String> = Vec::with_capacity(coded.len());
    for entry in coded {
        let shared = entry.chars().next()?.to_digit(10)? as usize;
        let previous = terms.last().map(String::as_str).unwrap_or("");
        let head = previous.get(..shared)?;
        terms.push(format!("{head}{}", &entry[1..]));
    }
    Some(terms)
}

/// Function words of bokmål and nynorsk (folded) that never name what a job is about.
pub const STOP_WORDS: &[&str] = &[
    "a", "al", "alle", "alt", "andre", "at", "av", "bade", "bare", "begge", "bli", "blir", "blitt",
    "da", "dei", "deg", "dem", "den", "denne", "der", "dere", "deres", "det", "dette", "di", "din",
    "disse", "ditt", "du", "eg", "ei", "ein", "eit", "eller", "en", "ende", "er", "et", "ett",
    "etter", "for", "fordi", "fra", "fram", "frem", "ha", "hadde", "han", "har", "hennes", "her",
    "hva", "hvis", "hvor", "hvordan", "hvilke", "hvilken", "i", "ikke", "ikkje", "inn", "inni",
    "ja", "jeg", "kan", "kva", "kven", "kor", "korleis", "man", "mange", "med", "meg", "mellom",
    "men", "mer", "mest", "min", "mine", "mitt", "mot", "ned", "nei", "noe", "noen", "noko",
    "nokon", "nar", "og", "ogsa", "om", "opp", "oss", "over", "pa", "sa", "samt", "seg", "selv",
    "sin", "sine", "sitt", "sjolv", "skal", "skulle", "slik", "som", "til", "uten", "utan", "var",
    "ved", "vere", "vi", "vil", "ville", "vore", "vaere", "vart", "ogso", "kunne", "ma", "matte",
    "enn", "blant", "ofte", "gjerne", "mye", "mykje", "flere", "fleire", "mindre", "hver", "kvar",
    "hvert", "kvart", "hos", "inne", "under", "innen", "innenfor", "blant", "gjennom", "derfor",
    "difor", "eks", "osv", "etc", "feks",
    // Folded forms that would meet a content word: "måte" is no "mat", "får" no "far".
    "mate", "maten", "mater", "far", "na", "ga", "gar",
];

/// Where on the page a text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TextField {
    Tasks,
    Intro,
    WhereWork,
    Description,
    Education,
    Traits,
}

impl TextField {
    fn points(self) -> u32 {
        match self {
            TextField::Tasks => 3,
            TextField::Intro | TextField::WhereWork => 2,
            TextField::Description | TextField::Education | TextField::Traits => 1,
        }
    }
}

/// The searchable texts of a page, in page order, one entry per paragraph or list item.
pub fn detail_texts(detail: &OccupationDetail) -> Vec<(TextField, String)> {
    let mut texts = Vec::new();
    let mut blocks = |blocks: &[Block], first: TextField, rest: TextField| {
        let mut field = first;
        for block in blocks {
            match block {
                Block::Paragraph(spans) | Block::Heading(spans) => {
                    texts.push((field, spans_text(spans)));
                    field = rest;
                }
                Block::List(items) => {
                    texts.extend(items.iter().map(|item| (rest, spans_text(item))));
                }
            }
        }
    };
    blocks(
        &detail.description,
        TextField::Intro,
        TextField::Description,
    );
    blocks(
        &detail.education,
        TextField::Education,
        TextField::Education,
    );
    texts.extend(
        detail
            .tasks
            .iter()
            .map(|task| (TextField::Tasks, spans_text(task))),
    );
    texts.extend(
        detail
            .where_work
            .iter()
            .map(|text| (TextField::WhereWork, text.clone())),
    );
    texts.extend(
        detail
            .traits
            .iter()
            .map(|text| (TextField::Traits, text.clone())),
    );
    texts.retain(|(_, text)| !text.trim().is_empty());
    texts
}

/// The index terms of a text: folded words, function words left out, each stemmed.
pub fn terms(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|word| word.len() >= 2 && !STOP_WORDS.contains(word))
        .map(stem)
        .collect()
}

/// `fulltext.json`: terms (sorted stems, front-coded) and, per term, its pages as numbers
/// `page-number-delta × 4 + weight class`, pages numbered in snapshot order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FullTextFile {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    /// The snapshot this index was built with; another snapshot's index is not used.
    pub data_version: String,
    pub documents: u32,
    pub terms: Vec<String>,
    pub postings: Vec<Vec<u32>>,
}

impl FullTextFile {
    /// Builds the file from each page's texts, pages in snapshot order.
    pub fn build(pages: &[Vec<(TextField, String)>], data_version: &str) -> Self {
        let mut points: BTreeMap<String, BTreeMap<u32, u32>> = BTreeMap::new();
        for (page, texts) in pages.iter().enumerate() {
            for (field, text) in texts {
                for term in terms(text) {
                    *points
                        .entry(term)
                        .or_default()
                        .entry(page as u32)
                        .or_default() += field.points();
                }
            }
        }
        let limit = (pages.len() as f32 * MAX_DOCUMENT_SHARE).ceil() as usize;
        let mut terms_out = Vec::new();
        let mut postings = Vec::new();
        for (term, pages) in points {
            if pages.len() > limit.max(1) || term.len() < 2 {
                continue;
            }
            let mut previous = 0;
            let list = pages
                .into_iter()
                .map(|(page, points)| {
                    let delta = page - previous;
                    previous = page;
                    delta * CLASSES + class_of(points)
                })
                .collect();
            terms_out.push(term);
            postings.push(list);
        }
        FullTextFile {
            content_hash: crate::core::integrity::UNSEALED.to_string(),
            schema_version: crate::core::model::SCHEMA_VERSION,
            data_version: data_version.to_string(),
            documents: pages.len() as u32,
            terms: front_code(&terms_out),
            postings,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FullTextError {
    #[error("the full-text index belongs to data version {found}, the snapshot is {expected}")]
    OtherVersion { expected: String, found: String },
    #[error("the full-text index is malformed: {0}")]
    Malformed(String),
    /// The file is not sealed as it should be (hash, schema version).
    #[error(transparent)]
    Unsealed(#[from] crate::core::sealed::CatalogError),
}

/// JSON of posting lists decoded per step: a fraction of a millisecond natively, so the
/// browser fits as many steps into a task as its time allows.
const STEP_BYTES: usize = 8 * 1024;

/// A sealed `fulltext.json` decoded a part at a time (see [`FullTextSteps`]), behind the
/// search engine's object so that its code stays in the engine's wasm chunk.
pub trait FullTextDecoding {
    /// Decodes the next part; `Ok(true)` while parts are left.
    fn step(&mut self) -> Result<bool, FullTextError>;
    /// The index, with the parts not yet decoded decoded now.
    fn finish(self: Box<Self>) -> Result<FullTextIndex, FullTextError>;
}

/// The file's top level with each posting list kept as raw JSON.
#[derive(Deserialize)]
struct FileParts<'a> {
    data_version: String,
    documents: u32,
    terms: Vec<String>,
    #[serde(borrow)]
    postings: Vec<&'a serde_json::value::RawValue>,
}

/// Decodes `fulltext.json` in steps, so that a slow laptop takes input between them: the seal
/// is checked, the top level and the terms read, then about [`STEP_BYTES`] of posting lists
/// per step, and last the set of terms. The index is the one [`FullTextIndex::from_file`]
/// gives.
pub struct FullTextSteps<'a> {
    text: &'a str,
    data_version: &'a str,
    documents: usize,
    stage: FullTextStage<'a>,
}

enum FullTextStage<'a> {
    Unchecked,
    Sealed,
    Postings {
        terms: Vec<String>,
        left: std::vec::IntoIter<&'a serde_json::value::RawValue>,
        postings: Vec<Vec<(u32, u8)>>,
        rarity: Vec<f32>,
    },
    Built(FullTextIndex),
    /// Only while a step moves the stage on.
    Moving,
}

impl<'a> FullTextSteps<'a> {
    /// Readies the decoding of `text` for the snapshot of `data_version` with `documents`
    /// pages; nothing is read yet.
    pub fn new(text: &'a str, data_version: &'a str, documents: usize) -> Self {
        FullTextSteps {
            text,
            data_version,
            documents,
            stage: FullTextStage::Unchecked,
        }
    }

    fn next_stage(&self, stage: FullTextStage<'a>) -> Result<FullTextStage<'a>, FullTextError> {
        Ok(match stage {
            FullTextStage::Unchecked => {
                crate::core::sealed::check_sealed(self.text)?;
                FullTextStage::Sealed
            }
            FullTextStage::Sealed => {
                let parts: FileParts = serde_json::from_str(self.text)
                    .map_err(|e| FullTextError::Malformed(e.to_string()))?;
                let terms = checked_terms(
                    parts.data_version,
                    self.data_version,
                    parts.documents,
                    self.documents,
                    &parts.terms,
                    parts.postings.len(),
                )?;
                FullTextStage::Postings {
                    postings: Vec::with_capacity(terms.len()),
                    rarity: Vec::with_capacity(terms.len()),
                    terms,
                    left: parts.postings.into_iter(),
                }
            }
            FullTextStage::Postings {
                terms,
                mut left,
                mut postings,
                mut rarity,
            } => {
                if left.len() == 0 {
                    FullTextStage::Built(FullTextIndex::new(terms, postings, rarity))
                } else {
                    let mut budget = STEP_BYTES;
                    for raw in left.by_ref() {
                        budget = budget.saturating_sub(raw.get().len());
                        let list: Vec<u32> = serde_json::from_str(raw.get())
                            .map_err(|e| FullTextError::Malformed(e.to_string()))?;
                        let (decoded, rare) = decoded_postings(list, self.documents)?;
                        postings.push(decoded);
                        rarity.push(rare);
                        if budget == 0 {
                            break;
                        }
                    }
                    FullTextStage::Postings {
                        terms,
                        left,
                        postings,
                        rarity,
                    }
                }
            }
            FullTextStage::Moving => {
                return Err(FullTextError::Malformed("an earlier step failed".into()))
            }
            built @ FullTextStage::Built(_) => built,
        })
    }
}

impl FullTextDecoding for FullTextSteps<'_> {
    fn step(&mut self) -> Result<bool, FullTextError> {
        let stage = std::mem::replace(&mut self.stage, FullTextStage::Moving);
        self.stage = self.next_stage(stage)?;
        Ok(!matches!(self.stage, FullTextStage::Built(_)))
    }

    fn finish(mut self: Box<Self>) -> Result<FullTextIndex, FullTextError> {
        while self.step()? {}
        match self.stage {
            FullTextStage::Built(index) => Ok(index),
            _ => Err(FullTextError::Malformed("not decoded".into())),
        }
    }
}

/// The loaded full-text index.
#[derive(Debug, Clone, Default)]
pub struct FullTextIndex {
    terms: Vec<String>,
    /// The same terms for look-ups by equality, the most frequent question search asks.
    term_set: std::collections::HashSet<String>,
    /// Per term: (page, weight class).
    postings: Vec<Vec<(u32, u8)>>,
    /// Per term: how much a match says, lower for common words (0–1).
    rarity: Vec<f32>,
}

/// The terms of a full-text file, decoded, once its top level agrees with the snapshot
/// (`data_version`, `documents` pages, one posting list per term).
fn checked_terms(
    found_version: String,
    data_version: &str,
    found_documents: u32,
    documents: usize,
    coded: &[String],
    posting_lists: usize,
) -> Result<Vec<String>, FullTextError> {
    if found_version != data_version {
        return Err(FullTextError::OtherVersion {
            expected: data_version.to_string(),
            found: found_version,
        });
    }
    let terms = front_decode(coded)
        .ok_or_else(|| FullTextError::Malformed("a term is not front-coded".into()))?;
    if terms.len() != posting_lists
        || found_documents as usize != documents
        || !terms.windows(2).all(|w| w[0] < w[1])
    {
        return Err(FullTextError::Malformed(
            "terms, postings and pages do not agree".into(),
        ));
    }
    Ok(terms)
}

/// One term's postings as (page, class), and how rare the term is.
fn decoded_postings(
    list: Vec<u32>,
    documents: usize,
) -> Result<(Vec<(u32, u8)>, f32), FullTextError> {
    let total = (documents.max(1) as f32 + 1.0).ln();
    let mut page = 0u32;
    let mut decoded = Vec::with_capacity(list.len());
    for value in list {
        page = page.saturating_add(value / CLASSES);
        let class = (value % CLASSES) as u8;
        if page as usize >= documents || class == 0 {
            return Err(FullTextError::Malformed(format!(
                "page {page} or class {class} out of range"
            )));
        }
        decoded.push((page, class));
    }
    let rarity = (1.0 + documents as f32 / decoded.len().max(1) as f32).ln() / total;
    Ok((decoded, rarity))
}

impl FullTextIndex {
    /// Checks the file against the snapshot (`data_version`, `documents` pages) and decodes it.
    pub fn from_file(
        file: FullTextFile,
        data_version: &str,
        documents: usize,
    ) -> Result<Self, FullTextError> {
        let terms = checked_terms(
            file.data_version,
            data_version,
            file.documents,
            documents,
            &file.terms,
            file.postings.len(),
        )?;
        let mut postings = Vec::with_capacity(file.postings.len());
        let mut rarity = Vec::with_capacity(file.postings.len());
        for list in file.postings {
            let (decoded, rare) = decoded_postings(list, documents)?;
            postings.push(decoded);
            rarity.push(rare);
        }
        Ok(FullTextIndex::new(terms, postings, rarity))
    }

    fn new(terms: Vec<String>, postings: Vec<Vec<(u32, u8)>>, rarity: Vec<f32>) -> Self {
        FullTextIndex {
            term_set: terms.iter().cloned().collect(),
            terms,
            postings,
            rarity,
        }
    }

    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// About how many bytes the index holds on the heap (strings, the term set, postings):
    /// an estimate for the benchmark, not an allocator's count.
    pub fn heap_bytes(&self) -> usize {
        let strings: usize = self.terms.iter().map(|t| t.len() + 24).sum();
        let postings: usize = self
            .postings
            .iter()
            .map(|p| p.len() * std::mem::size_of::<(u32, u8)>() + 24)
            .sum();
        2 * strings + self.term_set.len() * 16 + postings + self.rarity.len() * 4
    }

    /// Whether `stem` is a term of the index.
    pub fn contains(&self, stem: &str) -> bool {
        self.term_set.contains(stem)
    }

    /// Adds to `scores` (one slot per page) how well each page matches a stemmed query word:
    /// the exact term, and terms it begins (`prefix`, while typing or for a compound's first
    /// part) at a lower weight. The best match per page counts.
    pub fn score(&self, stem: &str, prefix: bool, scores: &mut [f32]) {
        let start = self.terms.partition_point(|t| t.as_str() < stem);
        for index in start..self.terms.len() {
            let term = &self.terms[index];
            let exact = term == stem;
            if !exact && !(prefix && term.starts_with(stem)) {
                break;
            }
            let quality = if exact { 1.0 } else { 0.6 };
            for &(page, class) in &self.postings[index] {
                let value = class_weight(class) * (0.6 + 0.4 * self.rarity[index]) * quality;
                let slot = &mut scores[page as usize];
                if value > *slot {
                    *slot = value;
                }
            }
        }
    }
}

/// The score of a weight class: a passing mention 1.2, a central word 5 (a synonym is 6).
fn class_weight(class: u8) -> f32 {
    match class {
        1 => 1.2,
        2 => 3.0,
        _ => 5.0,
    }
}

/// A short piece of a page's text that contains query words, and where they are (character
/// ranges in `text`, for `<mark>`).
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    pub text: String,
    pub marks: Vec<(usize, usize)>,
}

/// Longest passage shown, in characters.
const PASSAGE_LENGTH: usize = 160;

/// The stems a search matched: the content words' and the intent verbs' ("bygge" in "bygge
/// hus"), which count less when a passage is chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchedStems {
    pub content: Vec<String>,
    pub soft: Vec<String>,
}

/// A page's texts with every word folded and stemmed once, so finding the passage for the
/// next query (a keystroke later) only compares stems.
#[derive(Debug, Clone, PartialEq)]
pub struct PassageTexts {
    texts: Vec<StemmedText>,
}

#[derive(Debug, Clone, PartialEq)]
struct StemmedText {
    text: String,
    /// (first char, end char, stem) of every word.
    words: Vec<(usize, usize, String)>,
}

impl PassageTexts {
    pub fn new(texts: &[(TextField, String)]) -> Self {
        let texts = texts
            .iter()
            .map(|(_, text)| {
                let (folded, map) = fold_with_map(text);
                let mut words = Vec::new();
                let mut start = 0;
                for word in folded.split(' ') {
                    let length = word.chars().count();
                    if length > 0 {
                        words.push((map[start], map[start + length - 1] + 1, stem(word)));
                    }
                    start += length + 1;
                }
                StemmedText {
                    text: text.clone(),
                    words,
                }
            })
            .collect();
        PassageTexts { texts }
    }
}

/// The passage of a page that best shows why it matched: the paragraph or list item holding
/// the most distinct content stems, then intent verbs (ties to the earlier, more central
/// one), cut to about [`PASSAGE_LENGTH`] characters around its first match. A word is marked
/// when its stem is a query stem, begins with one (from four letters), or ends with one
/// (a compound's head: "småhus" for "hus").
pub fn passage(texts: &PassageTexts, stems: &MatchedStems) -> Option<Passage> {
    let query_stems: Vec<(&str, usize)> = stems
        .content
        .iter()
        .chain(&stems.soft)
        .map(|q| (q.as_str(), q.chars().count()))
        .collect();
    let content_count = stems.content.len();
    if query_stems.is_empty() {
        return None;
    }
    let matches_in = |text: &StemmedText| -> Vec<(usize, usize, usize)> {
        // (first char, end char, query stem index) of every matching word.
        text.words
            .iter()
            .filter_map(|(first, end, word_stem)| {
                let hit = query_stems.iter().position(|&(q, length)| {
                    word_stem == q
                        || (length >= 4 && word_stem.starts_with(q))
                        || (length >= 3 && word_stem.ends_with(q))
                })?;
                Some((*first, *end, hit))
            })
            .collect()
    };
    let (_, text, found) = texts
        .texts
        .iter()
        .enumerate()
        .map(|(order, text)| (order, &text.text, matches_in(text)))
        .filter(|(_, _, found)| !found.is_empty())
        .max_by_key(|(order, _, found)| {
            let mut distinct: Vec<usize> = found.iter().map(|f| f.2).collect();
            order::sort(&mut distinct);
            distinct.dedup();
            let content = distinct.iter().filter(|&&i| i < content_count).count();
            (content, distinct.len(), std::cmp::Reverse(*order))
        })?;
    let chars: Vec<char> = text.chars().collect();
    let first = found[0].0;
    // Start a little before the first match, at a word boundary.
    let mut from = first.saturating_sub(PASSAGE_LENGTH / 3);
    if from > 0 {
        while from < first && !chars[from - 1].is_whitespace() {
            from += 1;
        }
    }
    let mut to = (from + PASSAGE_LENGTH).min(chars.len());
    if to < chars.len() {
        while to > first + 1 && !chars[to].is_whitespace() {
            to -= 1;
        }
    }
    let mut out: String = chars[from..to]
        .iter()
        .collect::<String>()
        .trim_end()
        .to_string();
    let mut offset = 0;
    if from > 0 {
        out.insert(0, '…');
        offset = 1;
    }
    if to < chars.len() {
        out.push('…');
    }
    let marks = found
        .iter()
        .filter(|(a, b, _)| *a >= from && *b <= to)
        .map(|(a, b, _)| (a - from + offset, b - from + offset))
        .collect();
    Some(Passage { text: out, marks })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The distinct stems of a query's words, all as content, for [`passage`].
    fn query_stems(query: &str) -> MatchedStems {
        let mut content = terms(query);
        content.sort();
        content.dedup();
        MatchedStems {
            content,
            soft: Vec::new(),
        }
    }

    fn pages() -> Vec<Vec<(TextField, String)>> {
        vec![
            vec![
                (TextField::Intro, "Kokker lager mat på restauranter.".into()),
                (TextField::Tasks, "lage mat".into()),
                (TextField::Tasks, "planlegge menyer".into()),
            ],
            vec![
                (TextField::Intro, "Tømrere bygger hus av tre.".into()),
                (TextField::Tasks, "bygge hus og hytter".into()),
            ],
            vec![(
                TextField::Intro,
                "Lærere underviser. Noen lærere lager mat i skolekjøkkenet.".into(),
            )],
            vec![(TextField::Intro, "Sjåfører kjører lastebil og buss.".into())],
            vec![(
                TextField::Intro,
                "Piloter flyr fly og lager rapporter.".into(),
            )],
        ]
    }

    fn index() -> FullTextIndex {
        let file = FullTextFile::build(&pages(), "v1");
        FullTextIndex::from_file(file, "v1", 5).unwrap()
    }

    fn ranked(stem_of: &str) -> Vec<usize> {
        let mut scores = vec![0.0; 5];
        index().score(&stem(stem_of), false, &mut scores);
        let mut pages: Vec<usize> = (0..5).filter(|&p| scores[p] > 0.0).collect();
        pages.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]));
        pages
    }

    #[test]
    fn central_words_rank_before_passing_mentions() {
        assert_eq!(
            ranked("mat"),
            [0, 2],
            "the cook's tasks before the teacher's aside"
        );
        assert_eq!(ranked("bygging"), [1], "inflections meet");
        assert_eq!(ranked("lastebilen"), [3]);
        assert!(ranked("og").is_empty(), "function words are not indexed");
    }

    #[test]
    fn common_words_are_left_out_and_the_file_round_trips() {
        let file = FullTextFile::build(&pages(), "v1");
        // "lage" stands on three of five pages: above the 40 % share.
        let terms = front_decode(&file.terms).unwrap();
        assert!(!terms.contains(&"lag".to_string()));
        assert!(terms.contains(&"kokk".to_string()));
        assert_eq!(front_code(&terms), file.terms);
        let text = serde_json::to_string(&file).unwrap();
        let back: FullTextFile = serde_json::from_str(&text).unwrap();
        assert_eq!(back, file);
    }

    #[test]
    fn another_snapshot_or_a_broken_file_is_refused() {
        let file = FullTextFile::build(&pages(), "v1");
        assert!(matches!(
            FullTextIndex::from_file(file.clone(), "v2", 5),
            Err(FullTextError::OtherVersion { .. })
        ));
        let mut broken = file.clone();
        broken.postings[0] = vec![99 * CLASSES + 1];
        assert!(matches!(
            FullTextIndex::from_file(broken, "v1", 5),
            Err(FullTextError::Malformed(_))
        ));
        assert!(FullTextIndex::from_file(file, "v1", 4).is_err());
    }

    fn sealed(file: &FullTextFile) -> String {
        let bytes = serde_json::to_vec(file).unwrap();
        String::from_utf8(crate::core::integrity::seal(bytes).unwrap()).unwrap()
    }

    #[test]
    fn decoded_in_steps_the_index_is_the_one_read_in_one_go() {
        let text = sealed(&FullTextFile::build(&pages(), "v1"));
        let mut steps = Box::new(FullTextSteps::new(&text, "v1", 5));
        let mut count = 1;
        while steps.step().unwrap() {
            count += 1;
        }
        assert!(
            count >= 4,
            "seal, top level, postings, term set: {count} steps"
        );
        let stepped = steps.finish().unwrap();
        let whole = index();
        assert_eq!(stepped.terms, whole.terms);
        assert_eq!(stepped.postings, whole.postings);
        assert_eq!(stepped.rarity, whole.rarity);
        assert_eq!(stepped.term_set, whole.term_set);
    }

    #[test]
    fn in_steps_an_edited_foreign_or_broken_file_is_refused() {
        let file = FullTextFile::build(&pages(), "v1");
        let decode =
            |text: &str, documents| Box::new(FullTextSteps::new(text, "v1", documents)).finish();
        let edited = sealed(&file).replacen("\"documents\":5", "\"documents\":4", 1);
        assert!(matches!(
            decode(&edited, 5),
            Err(FullTextError::Unsealed(_))
        ));
        let foreign = sealed(&FullTextFile::build(&pages(), "v2"));
        assert!(matches!(
            decode(&foreign, 5),
            Err(FullTextError::OtherVersion { .. })
        ));
        assert!(matches!(
            decode(&sealed(&file), 4),
            Err(FullTextError::Malformed(_))
        ));
        let mut broken = file.clone();
        broken.postings[3] = vec![99 * CLASSES + 1];
        let broken = sealed(&broken);
        let mut steps = FullTextSteps::new(&broken, "v1", 5);
        let error = loop {
            match steps.step() {
                Ok(true) => continue,
                Ok(false) => panic!("a page out of range was read"),
                Err(error) => break error,
            }
        };
        assert!(matches!(error, FullTextError::Malformed(_)));
        assert!(steps.step().is_err(), "no step after a failed one");
    }

    #[test]
    fn passages_show_the_matching_words_marked() {
        let texts = &pages()[1];
        let texts = &PassageTexts::new(texts);
        let found = passage(texts, &query_stems("bygge hus")).unwrap();
        assert_eq!(found.text, "Tømrere bygger hus av tre.");
        // The content word decides where an intent verb alone is also found.
        let verb_first = vec![
            (TextField::Intro, "De bygger mye.".to_string()),
            (TextField::Tasks, "reparere småhus".to_string()),
        ];
        let stems = MatchedStems {
            content: vec![stem("hus")],
            soft: vec![stem("bygge")],
        };
        let by_content = passage(&PassageTexts::new(&verb_first), &stems).unwrap();
        assert_eq!(by_content.text, "reparere småhus");
        assert_eq!(by_content.marks, [(9, 15)]);
        let marked: Vec<String> = found
            .marks
            .iter()
            .map(|&(a, b)| found.text.chars().skip(a).take(b - a).collect())
            .collect();
        assert_eq!(marked, ["bygger", "hus"]);
        assert!(passage(texts, &query_stems("fly")).is_none());
    }

    #[test]
    fn long_passages_are_cut_at_words_around_the_match() {
        let long = format!(
            "{} sveising av stål {}",
            "ord ".repeat(80),
            "ord ".repeat(80)
        );
        let texts = PassageTexts::new(&[(TextField::Description, long)]);
        let found = passage(&texts, &query_stems("sveise")).unwrap();
        assert!(found.text.starts_with('…') && found.text.ends_with('…'));
        assert!(found.text.chars().count() <= PASSAGE_LENGTH + 2);
        let (a, b) = found.marks[0];
        let marked: String = found.text.chars().skip(a).take(b - a).collect();
        assert_eq!(marked, "sveising");
    }
}
