//! Building the name index a part at a time, so the browser can take input between the parts:
//! each occupation's words with the field they come from, then the words in order with their
//! stems, first letters and suffixes.

use super::filler::FILLER_WORDS;
use super::index::{bracketed, unbracketed, words, Posting, MIN_REST};
use super::*;
use crate::core::order;

/// A code linked to this many occupations or more is shared: its NAV job titles are not each
/// occupation's own (see [`Field::Borrowed`]).
pub(super) const SHARED_CODE_OCCUPATIONS: usize = 5;

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

/// Looks up a STYRK code.
pub type StyrkLookup<'a> = Box<dyn Fn(&str) -> Option<&'a StyrkCode> + 'a>;
/// Looks up NAV's job titles under a STYRK code.
pub type JobTitlesLookup<'a> = Box<dyn Fn(&str) -> Option<&'a JobTitles> + 'a>;
/// A word and the documents it is in, each with its best field.
type WordPostings = (String, Vec<(u32, Field)>);

/// How much of the index one [`IndexBuilding::step`] builds: well under a millisecond
/// natively, so the browser can fit as many steps into a task as its time allows.
#[derive(Debug, Clone, Copy)]
pub(super) struct StepSizes {
    occupations: usize,
    words: usize,
    suffixes: usize,
}

impl Default for StepSizes {
    fn default() -> Self {
        StepSizes {
            occupations: 8,
            words: 500,
            suffixes: 2_500,
        }
    }
}

/// The name index built a part at a time (see [`SearchIndex::build`]): the occupations a few
/// at a time; the words, sorted a first byte at a time, with their stems, first letters and
/// suffixes; the stems and typo candidates sorted; the suffixes sorted a first byte at a time.
/// Built in one go or in steps, the index is the same.
pub struct IndexBuilding<'a> {
    occupations: &'a [OccupationSummary],
    code: StyrkLookup<'a>,
    job_titles: JobTitlesLookup<'a>,
    intros: &'a [String],
    order: &'a [usize],
    sizes: StepSizes,
    stage: Stage<'a>,
}

enum Stage<'a> {
    /// Postings gathered occupation by occupation, from `next` on.
    Documents {
        next: usize,
        postings: HashMap<String, Vec<(u32, Field)>>,
        code_words: HashMap<&'a str, CodeWords>,
        occupations_per_code: HashMap<&'a str, usize>,
        compact_titles: Vec<String>,
        title_lengths: Vec<usize>,
    },
    /// The words with their postings, grouped by their first byte (last group first): each
    /// group is sorted, then its words are moved into `index` in order with their stems,
    /// first letters and suffixes.
    Words {
        index: SearchIndex,
        groups: Vec<Vec<WordPostings>>,
        group: std::vec::IntoIter<WordPostings>,
        suffixes: Vec<(u32, u8)>,
    },
    /// The stems sorted.
    SortStems {
        index: SearchIndex,
        suffixes: Vec<(u32, u8)>,
    },
    /// The typo candidates sorted, the suffixes grouped.
    SortTypoCandidates {
        index: SearchIndex,
        suffixes: Vec<(u32, u8)>,
    },
    /// Suffixes grouped by their first byte, last group first; each group sorted in turn is
    /// appended to `index.suffixes`.
    Suffixes {
        index: SearchIndex,
        groups: Vec<Vec<(u32, u8)>>,
    },
    Built(SearchIndex),
    /// Only while a step moves the stage on.
    Moving,
}

/// Adds `word` to `doc`'s postings. Postings arrive document by document: the best field per
/// document is kept.
fn add(postings: &mut HashMap<String, Vec<(u32, Field)>>, word: String, doc: u32, field: Field) {
    let list = postings.entry(word).or_default();
    match list.last_mut() {
        Some(last) if last.0 == doc => last.1 = last.1.min(field),
        _ => list.push((doc, field)),
    }
}

impl<'a> IndexBuilding<'a> {
    /// Readies the index over the occupations, in catalog order. `code` looks up a STYRK code,
    /// `job_titles` NAV's job titles under one; `intros` are the occupations' first
    /// paragraphs in the same order (none: names only).
    pub fn new(
        occupations: &'a [OccupationSummary],
        code: StyrkLookup<'a>,
        job_titles: JobTitlesLookup<'a>,
        intros: &'a [String],
        order: &'a [usize],
    ) -> Self {
        let mut occupations_per_code: HashMap<&str, usize> = HashMap::new();
        for code_value in occupations.iter().flat_map(|o| &o.styrk) {
            *occupations_per_code.entry(code_value.as_str()).or_default() += 1;
        }
        IndexBuilding {
            occupations,
            code,
            job_titles,
            intros,
            order,
            sizes: StepSizes::default(),
            stage: Stage::Documents {
                next: 0,
                postings: HashMap::new(),
                code_words: HashMap::new(),
                occupations_per_code,
                compact_titles: Vec::with_capacity(occupations.len()),
                title_lengths: Vec::with_capacity(occupations.len()),
            },
        }
    }

    #[cfg(test)]
    pub(super) fn with_step_sizes(mut self, sizes: StepSizes) -> Self {
        self.sizes = sizes;
        self
    }

    #[cfg(test)]
    pub(super) fn step_sizes(occupations: usize, words: usize, suffixes: usize) -> StepSizes {
        StepSizes {
            occupations,
            words,
            suffixes,
        }
    }

    /// Builds the next part; `true` while parts are left.
    pub fn step(&mut self) -> bool {
        let stage = std::mem::replace(&mut self.stage, Stage::Moving);
        self.stage = match stage {
            Stage::Documents {
                mut next,
                mut postings,
                mut code_words,
                occupations_per_code,
                mut compact_titles,
                mut title_lengths,
            } => {
                if next < self.occupations.len() {
                    let end = (next + self.sizes.occupations).min(self.occupations.len());
                    for doc in next..end {
                        let (compact, length) = self.add_occupation(
                            doc,
                            &mut postings,
                            &mut code_words,
                            &occupations_per_code,
                        );
                        compact_titles.push(compact);
                        title_lengths.push(length);
                    }
                    next = end;
                    Stage::Documents {
                        next,
                        postings,
                        code_words,
                        occupations_per_code,
                        compact_titles,
                        title_lengths,
                    }
                } else {
                    self.sorted_words(postings, compact_titles, title_lengths)
                }
            }
            Stage::Words {
                mut index,
                mut groups,
                mut group,
                mut suffixes,
            } => {
                if group.len() > 0 {
                    for (word, docs) in group.by_ref().take(self.sizes.words) {
                        index.add_word(word, docs, &mut suffixes);
                    }
                    Stage::Words {
                        index,
                        groups,
                        group,
                        suffixes,
                    }
                } else if let Some(mut next) = groups.pop() {
                    order::sort_by(&mut next, |a, b| a.0.cmp(&b.0));
                    Stage::Words {
                        index,
                        groups,
                        group: next.into_iter(),
                        suffixes,
                    }
                } else {
                    Stage::SortStems { index, suffixes }
                }
            }
            Stage::SortStems {
                mut index,
                suffixes,
            } => {
                order::sort(&mut index.stems);
                Stage::SortTypoCandidates { index, suffixes }
            }
            Stage::SortTypoCandidates {
                mut index,
                suffixes,
            } => {
                index.sort_typo_candidates();
                let groups = by_first_byte(suffixes, |&(word, offset)| {
                    index.words[word as usize].as_bytes()[offset as usize]
                });
                Stage::Suffixes { index, groups }
            }
            Stage::Suffixes {
                mut index,
                mut groups,
            } => {
                let mut sorted = 0;
                while sorted < self.sizes.suffixes {
                    let Some(mut group) = groups.pop() else {
                        break;
                    };
                    sorted += group.len();
                    order::sort_by_cached_key(&mut group, |&(word, offset)| {
                        &index.words[word as usize][offset as usize..]
                    });
                    index.suffixes.extend(group);
                }
                if groups.is_empty() {
                    Stage::Built(index)
                } else {
                    Stage::Suffixes { index, groups }
                }
            }
            built @ (Stage::Built(_) | Stage::Moving) => built,
        };
        // `Moving` stays only if a step stopped half-way: nothing is left that could be built.
        !matches!(self.stage, Stage::Built(_) | Stage::Moving)
    }

    /// The index, with what is left of it built now.
    pub fn finish(mut self) -> SearchIndex {
        while self.step() {}
        match self.stage {
            Stage::Built(index) => index,
            _ => SearchIndex::default(),
        }
    }

    /// Adds one occupation's words; its compact title and title length.
    fn add_occupation(
        &self,
        doc: usize,
        postings: &mut HashMap<String, Vec<(u32, Field)>>,
        code_words: &mut HashMap<&'a str, CodeWords>,
        occupations_per_code: &HashMap<&'a str, usize>,
    ) -> (String, usize) {
        let occupation = &self.occupations[doc];
        let intro = self.intros.get(doc).map_or("", String::as_str);
        let doc = doc as u32;
        let title_words: Vec<String> = words(&occupation.title).collect();
        let title_stems: Vec<String> = title_words.iter().map(|w| stem(w)).collect();
        let compact: String = title_words.concat();
        if title_words.len() > 1 {
            add(postings, compact.clone(), doc, Field::Title);
        }
        for word in title_words {
            add(postings, word, doc, Field::Title);
        }
        for programme in &occupation.programmes {
            for word in words(programme) {
                add(postings, word, doc, Field::Synonym);
            }
        }
        for code_value in &occupation.styrk {
            add(postings, code_value.clone(), doc, Field::Code);
            let CodeWords {
                names,
                synonyms,
                former,
                group_names,
                name_stems,
                synonym_stems,
            } = code_words
                .entry(code_value.as_str())
                .or_insert_with(|| self.code_words(code_value));
            for word in names.iter() {
                add(postings, word.clone(), doc, Field::CodeName);
            }
            // A shared code's job titles are this occupation's own only where they share a
            // word with its title (also inside a compound: "sykehusportør" for Portør) or with
            // the code's name.
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
                add(postings, word.clone(), doc, field);
            }
            for word in former.iter() {
                add(postings, word.clone(), doc, Field::FormerTitle);
            }
            for word in group_names.iter() {
                add(postings, word.clone(), doc, Field::GroupName);
            }
        }
        for word in words(intro) {
            if word.chars().count() > 2 && !FILLER_WORDS.contains(&word.as_str()) {
                add(postings, word, doc, Field::Text);
            }
        }
        (compact, occupation.title.chars().count())
    }

    /// The folded words of one STYRK code's names and NAV titles.
    fn code_words(&self, code_value: &str) -> CodeWords {
        let Some(styrk) = (self.code)(code_value) else {
            return CodeWords::default();
        };
        let mut names: Vec<String> = words(&styrk.name).collect();
        // ISCO-08's English titles, so English queries find the occupation: the code's own,
        // and its minor group's ("Medical Doctors" above "Generalist Medical Practitioners")
        // at a lower weight.
        if let Some(title) = &styrk.isco_title_en {
            names.extend(words(title));
        }
        let group_names: Vec<String> = styrk
            .parent
            .as_deref()
            .and_then(|p| (self.code)(p))
            .and_then(|group| group.isco_title_en.as_deref())
            .map(|title| words(title).collect())
            .unwrap_or_default();
        let no_titles = JobTitles::default();
        let titles = (self.job_titles)(code_value).unwrap_or(&no_titles);
        // A title's words in brackets describe where ("Leder (sykehus)"): they rank like a
        // code name, not like a name.
        for title in &titles.current {
            names.extend(bracketed(title).flat_map(words));
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
    }

    /// The index's words with their postings, grouped for sorting; their keys come next.
    fn sorted_words(
        &self,
        postings: HashMap<String, Vec<(u32, Field)>>,
        compact_titles: Vec<String>,
        title_lengths: Vec<usize>,
    ) -> Stage<'a> {
        let words = postings.len();
        let index = SearchIndex {
            words: Vec::with_capacity(words),
            word_chars: Vec::with_capacity(words),
            postings: Vec::with_capacity(words),
            compact_titles,
            title_lengths,
            order: self.order.to_vec(),
            ..SearchIndex::default()
        };
        Stage::Words {
            index,
            groups: by_first_byte(postings.into_iter().collect(), |(word, _)| {
                word.as_bytes().first().copied().unwrap_or(0)
            }),
            group: Vec::new().into_iter(),
            suffixes: Vec::new(),
        }
    }
}

/// `items` grouped by a first byte, the last byte's group first and no group empty: sorted
/// group by group (each by text from that byte on) and joined, they are in the order of their
/// text. Each group keeps its items' order.
fn by_first_byte<T>(items: Vec<T>, first: impl Fn(&T) -> u8) -> Vec<Vec<T>> {
    let mut groups: Vec<Vec<T>> = (0..256).map(|_| Vec::new()).collect();
    for item in items {
        let byte = first(&item);
        groups[byte as usize].push(item);
    }
    groups.retain(|group| !group.is_empty());
    groups.reverse();
    groups
}

impl SearchIndex {
    /// Builds the index in one go (see [`IndexBuilding`]).
    pub fn build<'a>(
        occupations: &'a [OccupationSummary],
        code: impl Fn(&str) -> Option<&'a StyrkCode> + 'a,
        job_titles: impl Fn(&str) -> Option<&'a JobTitles> + 'a,
        intros: &'a [String],
        order: &'a [usize],
    ) -> Self {
        IndexBuilding::new(
            occupations,
            Box::new(code),
            Box::new(job_titles),
            intros,
            order,
        )
        .finish()
    }

    /// Adds the next word in order with its postings, its stem, its first and second letters
    /// and its suffixes.
    fn add_word(&mut self, word: String, docs: Vec<(u32, Field)>, suffixes: &mut Vec<(u32, u8)>) {
        let index = self.words.len();
        let chars: Vec<char> = word.chars().collect();
        let postings: Vec<Posting> = docs
            .into_iter()
            .map(|(doc, field)| Posting { doc, field })
            .collect();
        // Parts inside words of the description text are left out: too many, too noisy.
        let text_only = postings.iter().all(|p| p.field == Field::Text);
        if !(chars[0].is_ascii_digit() || word.len() > 255) {
            let word_stem = stem(&word);
            if word_stem != word {
                self.pieces.insert(word_stem.clone());
                self.stems.push((word_stem, index as u32));
            }
            self.by_first_char
                .entry(chars[0])
                .or_default()
                .push(index as u32);
            if let Some(second) = chars.get(1) {
                self.by_second_char
                    .entry(*second)
                    .or_default()
                    .push(index as u32);
            }
            if !text_only {
                for (offset, _) in word.char_indices().skip(1) {
                    if word.len() - offset >= 3 {
                        suffixes.push((index as u32, offset as u8));
                    }
                }
            }
        }
        self.pieces.insert(word.clone());
        self.words.push(word);
        self.word_chars.push(chars);
        self.postings.push(postings);
    }

    /// Sorts the typo candidates by length.
    fn sort_typo_candidates(&mut self) {
        // A typo look-up then reads only words of a fitting length.
        let word_chars = &self.word_chars;
        for list in self
            .by_first_char
            .values_mut()
            .chain(self.by_second_char.values_mut())
        {
            order::sort_by_key(list, |&index| word_chars[index as usize].len());
        }
    }
}
