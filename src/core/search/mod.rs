//! The search engine behind every search box, the same code in the browser (wasm) and in the
//! `yrke` command.
//!
//! Two indexes answer together. The name index, built in the app from the snapshot: every
//! occupation is a document with fields, each word folded by [`crate::core::text::fold`]:
//! title (and the title written as one word), synonyms (NAV's job titles under the
//! occupation's STYRK codes, and the lærefag that lead to it), former titles (NAV, STYRK-98),
//! codes, code names (STYRK-08 and ISCO-08 English), and text (the first paragraph). The
//! full-text index ([`crate::core::fulltext`]), loaded after the first list: every text of
//! every page as stems. Until it is there, the name index answers alone.
//!
//! Matching, per query word: exact word, word prefix (while typing), the same stem
//! ("sjukepleiar" = "sykepleier", [`crate::core::stem`]), part of a compound word from 3
//! letters (the head, "leder" in "prosjektleder", weighs more than a part inside; a whole
//! first part, "bil" in "bilmekaniker", more than the start of a longer word, "billedkunstner"),
//! and typos (one edit from 4 letters, two from 8; also in a prefix), looked for only when the
//! word is not itself in the index. Digits match STYRK codes by prefix ("251" → 2511–2519).
//! A word found nowhere is split into words the indexes hold when it is a compound
//! ("brannfolk" → brann + folk). Words found nowhere at all are left out rather than emptying
//! the result; filler words and the verbs of intent phrases ("jobbe med", "lage") are ignored.
//!
//! Ranking: first the occupations that match every word, then (when none does: the nearest
//! answer, [`Answer::Nearest`]) those that match the most; among them those matched without
//! typos; then by score. A word scores by the best name field it matched (exact title, title
//! prefix, title words, synonyms, codes, code names, text, in that order of weight) plus how
//! central it is to the page's full text. Ties go to the shorter title, then the alphabet.
//!
//! Where each part lives: `building` builds the name index a part at a time, `index` looks
//! words up in it, `query` reads a query into its words (filler, intent verbs, everyday words,
//! typo distance, compounds), `ranking` matches and scores them, `highlight` marks matches in
//! a title.

mod building;
mod filler;
mod highlight;
mod index;
mod query;
mod ranking;
#[cfg(test)]
mod tests;

pub use highlight::highlight;
pub use query::{content_words, name_query, name_words, names_all_words};

pub use building::{IndexBuilding, JobTitlesLookup, StyrkLookup};
use index::Posting;

use crate::core::fulltext::{FullTextDecoding, FullTextIndex, FullTextSteps, MatchedStems};
use crate::core::model::{JobTitles, OccupationSummary, SearchData, StyrkCode};
use crate::core::stem::stem;
use crate::core::text::{fold, fold_with_map};
use std::collections::HashMap;

/// The code that builds the name index and answers queries, reached through one object: the
/// browser keeps it in a wasm chunk fetched when search is wanted
/// (`app::page_chunks::search_engine`), so pages that never search do not download it.
/// [`crate::core::catalog::Catalog`] answers no search before it has one.
pub trait SearchEngine: std::fmt::Debug + Sync {
    /// The name index over `occupations`, ready to be built in steps (see [`IndexBuilding`]).
    fn index_steps<'a>(
        &self,
        occupations: &'a [OccupationSummary],
        code: StyrkLookup<'a>,
        data: Option<&'a SearchData>,
        order: &'a [usize],
    ) -> Box<dyn IndexSteps + 'a>;

    /// `fulltext.json` for the snapshot of `data_version` with `documents` pages, ready to be
    /// decoded in steps (see [`FullTextSteps`]).
    fn full_text_steps<'a>(
        &self,
        text: &'a str,
        data_version: &'a str,
        documents: usize,
    ) -> Box<dyn FullTextDecoding + 'a>;

    /// The answer to a query from the name index and, when loaded, the full-text index.
    fn find(&self, index: &SearchIndex, query: &str, full_text: Option<&FullTextIndex>) -> Results;
}

/// A name index being built, a step at a time, behind the engine's object (see
/// [`IndexBuilding`]).
pub trait IndexSteps {
    /// Builds the next part; `true` while parts are left.
    fn step(&mut self) -> bool;
    /// The index, with what is left of it built now.
    fn finish(self: Box<Self>) -> SearchIndex;
}

impl IndexSteps for IndexBuilding<'_> {
    fn step(&mut self) -> bool {
        IndexBuilding::step(self)
    }

    fn finish(self: Box<Self>) -> SearchIndex {
        IndexBuilding::finish(*self)
    }
}

/// The search engine, called directly.
#[derive(Debug, Clone, Copy, Default)]
pub struct Engine;

impl SearchEngine for Engine {
    fn index_steps<'a>(
        &self,
        occupations: &'a [OccupationSummary],
        code: StyrkLookup<'a>,
        data: Option<&'a SearchData>,
        order: &'a [usize],
    ) -> Box<dyn IndexSteps + 'a> {
        Box::new(IndexBuilding::new(
            occupations,
            code,
            Box::new(move |code| data.and_then(|d| d.job_titles.get(code))),
            data.map_or(&[], |d| d.intros.as_slice()),
            order,
        ))
    }

    fn full_text_steps<'a>(
        &self,
        text: &'a str,
        data_version: &'a str,
        documents: usize,
    ) -> Box<dyn FullTextDecoding + 'a> {
        Box::new(FullTextSteps::new(text, data_version, documents))
    }

    fn find(&self, index: &SearchIndex, query: &str, full_text: Option<&FullTextIndex>) -> Results {
        index.find(query, full_text)
    }
}

/// Where in a document a word was found. Earlier fields weigh more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Synonym,
    FormerTitle,
    Code,
    CodeName,
    /// The English (ISCO-08) title of the code's minor group ("Medical Doctors").
    GroupName,
    Text,
    /// A NAV job title of a code the occupation shares with many others, whose words are in
    /// neither the occupation's title nor the code's name ("Helsefaglig rådgiver" under 2422
    /// for Jurist): found only this way, a hit ranks below every direct hit and says so.
    Borrowed,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Title => 10.0,
            Field::Synonym => 6.0,
            Field::FormerTitle => 5.5,
            Field::Code => 5.0,
            Field::CodeName => 4.0,
            Field::GroupName => 2.5,
            Field::Text => 1.0,
            Field::Borrowed => 3.0,
        }
    }
}

/// One result: the occupation's position in the catalog and its score. `from_text` is set
/// when only the page's texts matched (no name, synonym or code): the result then shows the
/// passage that matched, so the pupil sees why it is there.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub position: usize,
    pub score: f32,
    pub from_text: bool,
    /// Found only through another occupation's job title under a shared code
    /// ([`Field::Borrowed`]).
    pub borrowed: bool,
}

/// How well the hits answer the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Every word of the query matched, without typos, in each of the first hits.
    Found,
    /// Nothing matched every word as written: the hits are the nearest occupations (typos,
    /// some of the words, parts of a compound).
    Nearest,
    /// No word of the query is known in any form: the hits are the names nearest by
    /// spelling ("Nærmeste treff").
    Spelling,
    /// The query holds no word the indexes know and no name is near it by spelling (or it
    /// holds no word at all).
    Nothing,
}

/// The answer to one query.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub answer: Answer,
    /// The stems of the query words that matched, for passages ([`crate::core::fulltext::passage`]).
    pub stems: MatchedStems,
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
    /// (stem, word) for every word, sorted by stem: finds other inflections and spellings.
    stems: Vec<(String, u32)>,
    /// Every word and every stem of a word, for the many look-ups of compound pieces.
    pieces: std::collections::HashSet<String>,
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
