//! Interests: the six kinds of work (Holland's RIASEC types, as O*NET scores them), the
//! statements a pupil answers on `/interesser`, the answers' address form, and how well an
//! occupation's profile fits the answers.
//!
//! Rules shown to users where they matter:
//! - An occupation's profile describes the kind of work in its STYRK-08 groups, from US data
//!   (O*NET) through the international code (ISCO-08), not the pupil.
//! - The pupil's score for a kind of work is the statements they like minus those they do not
//!   like (−5 to 5); "vet ikke" counts nothing.
//! - The pupil's interest code is the kinds they like most, strongest first (up to three; kinds
//!   as strong as each other share a place). An occupation fits by where those kinds stand in
//!   its own order of kinds (its strongest, second, third), the pupil's strongest kind weighing
//!   most, and then by how much of them the work has ([`InterestCode::fit`]); the other kinds do
//!   not count. This is how O*NET's Interest Profiler matches a code to occupations' high points.

use crate::core::order;

/// The six kinds of work, in the order O*NET lists them (Realistic, Investigative, Artistic,
/// Social, Enterprising, Conventional).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum InterestType {
    Practical,
    Investigative,
    Creative,
    Social,
    Enterprising,
    Conventional,
}

impl InterestType {
    pub const ALL: [InterestType; 6] = [
        InterestType::Practical,
        InterestType::Investigative,
        InterestType::Creative,
        InterestType::Social,
        InterestType::Enterprising,
        InterestType::Conventional,
    ];

    /// Place in a profile's six scores.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The word used in addresses (`?typer=praktisk,kreativ`).
    pub fn key(self) -> &'static str {
        match self {
            InterestType::Practical => "praktisk",
            InterestType::Investigative => "undersokende",
            InterestType::Creative => "kreativ",
            InterestType::Social => "sosial",
            InterestType::Enterprising => "foretaksom",
            InterestType::Conventional => "systematisk",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key.trim())
    }

    /// O*NET's element name for the type (the interest file's third column).
    pub fn onet_name(self) -> &'static str {
        match self {
            InterestType::Practical => "Realistic",
            InterestType::Investigative => "Investigative",
            InterestType::Creative => "Artistic",
            InterestType::Social => "Social",
            InterestType::Enterprising => "Enterprising",
            InterestType::Conventional => "Conventional",
        }
    }
}

/// Six scores on O*NET's scale 1–7, in tenths (10 = 1.0 … 70 = 7.0), in [`InterestType::ALL`]
/// order.
pub type Profile = [u8; 6];

/// A profile's score for one type, on the 1–7 scale.
pub fn score(profile: &Profile, kind: InterestType) -> f64 {
    f64::from(profile[kind.index()]) / 10.0
}

/// The types of a profile, highest score first (ties in [`InterestType::ALL`] order).
pub fn ranked(profile: &Profile) -> Vec<InterestType> {
    let mut types = InterestType::ALL.to_vec();
    order::sort_by_key(&mut types, |t| std::cmp::Reverse(profile[t.index()]));
    types
}

/// How many statements there are for each type.
pub const STATEMENTS_PER_TYPE: usize = 5;
/// How many statements the pupil is offered.
pub const STATEMENT_COUNT: usize = STATEMENTS_PER_TYPE * 6;

/// The type statement `index` (0-based) speaks of. Statements take the six types in turn, so a
/// pupil who stops early has answered something of each.
pub fn statement_type(index: usize) -> InterestType {
    InterestType::ALL[index % 6]
}

/// One answer to a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Like,
    Unsure,
    Dislike,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Like, Answer::Unsure, Answer::Dislike];

    /// One letter in the address: j(a), v(et ikke), n(ei).
    pub fn letter(self) -> char {
        match self {
            Answer::Like => 'j',
            Answer::Unsure => 'v',
            Answer::Dislike => 'n',
        }
    }

    fn from_letter(letter: char) -> Option<Self> {
        Answer::ALL.into_iter().find(|a| a.letter() == letter)
    }

    fn weight(self) -> i32 {
        match self {
            Answer::Like => 1,
            Answer::Unsure => 0,
            Answer::Dislike => -1,
        }
    }
}

/// What the pupil has told: answers to the statements, or kinds of work chosen directly (from
/// an occupation page's "Passer for deg som liker …").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Interests {
    pub answers: [Option<Answer>; STATEMENT_COUNT],
    /// Chosen kinds of work, strongest first.
    pub chosen: Vec<InterestType>,
}

impl Interests {
    /// Reads `svar` (one letter per statement, `-` for none) and `typer` (type words, comma
    /// separated). Unknown letters and words are ignored; `None` when nothing is told.
    pub fn from_query(answers: Option<&str>, types: Option<&str>) -> Option<Self> {
        let mut interests = Interests::default();
        if let Some(letters) = answers {
            for (slot, letter) in interests.answers.iter_mut().zip(letters.trim().chars()) {
                *slot = Answer::from_letter(letter);
            }
        }
        if let Some(words) = types {
            for kind in words.split(',').filter_map(InterestType::from_key) {
                if !interests.chosen.contains(&kind) && interests.chosen.len() < 3 {
                    interests.chosen.push(kind);
                }
            }
        }
        (!interests.is_empty()).then_some(interests)
    }

    pub fn is_empty(&self) -> bool {
        self.answered() == 0 && self.chosen.is_empty()
    }

    /// The `svar` value: a letter per statement up to the last answered one; "" for none.
    pub fn answers_query(&self) -> String {
        let last = self.answers.iter().rposition(Option::is_some);
        match last {
            None => String::new(),
            Some(last) => self.answers[..=last]
                .iter()
                .map(|a| a.map(Answer::letter).unwrap_or('-'))
                .collect(),
        }
    }

    /// The `typer` value; "" for none.
    pub fn types_query(&self) -> String {
        self.chosen
            .iter()
            .map(|t| t.key())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Sets (or, with `None`, clears) the answer to statement `index`.
    pub fn set_answer(&mut self, index: usize, answer: Option<Answer>) {
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = answer;
        }
    }

    /// The pupil's score per type: likes minus dislikes (−5 to 5); a type chosen directly
    /// counts as liked throughout (5, 4, 3 for the first, second, third chosen).
    pub fn scores(&self) -> [i32; 6] {
        let mut scores = [0; 6];
        for (index, answer) in self.answers.iter().enumerate() {
            if let Some(answer) = answer {
                scores[statement_type(index).index()] += answer.weight();
            }
        }
        for (rank, kind) in self.chosen.iter().enumerate() {
            scores[kind.index()] = scores[kind.index()].max(5 - rank as i32);
        }
        scores
    }

    /// The pupil's interest code: the kinds of work liked (score above 0; when none is, those
    /// disliked less than the rest), strongest first, in groups of kinds that stand equally
    /// strong. Groups are taken while fewer than [`CODE_LENGTH`] kinds are in the code; a tie
    /// that would carry the code past that is left out, unless it is the first group. Empty
    /// when the answers do not tell the kinds apart.
    pub fn code(&self) -> InterestCode {
        let scores = self.scores();
        let lowest = scores.iter().copied().min().unwrap_or(0);
        let highest = scores.iter().copied().max().unwrap_or(0);
        // Liked kinds; only when nothing is liked, the kinds disliked least.
        let floor = if highest > 0 { 0 } else { lowest };
        let mut levels: Vec<i32> = scores.iter().copied().filter(|s| *s > floor).collect();
        order::sort_by(&mut levels, |a, b| b.cmp(a));
        levels.dedup();
        let mut groups: Vec<Vec<InterestType>> = Vec::new();
        let mut count = 0;
        for level in levels {
            let group: Vec<InterestType> = InterestType::ALL
                .into_iter()
                .filter(|t| scores[t.index()] == level)
                .collect();
            if count >= CODE_LENGTH || (count > 0 && count + group.len() > CODE_LENGTH) {
                break;
            }
            count += group.len();
            groups.push(group);
        }
        InterestCode { groups }
    }

    /// The kinds in the pupil's code, strongest first.
    pub fn strongest(&self) -> Vec<InterestType> {
        self.code().kinds().collect()
    }

    /// How well an occupation's profile fits the pupil's code (higher fits better); `None`
    /// when the code is empty. See [`InterestCode::fit`].
    pub fn fit(&self, profile: &Profile) -> Option<f64> {
        let code = self.code();
        (!code.is_empty()).then(|| code.fit(profile))
    }

    /// Whether the answers rank occupations at all.
    pub fn ranks(&self) -> bool {
        !self.code().is_empty()
    }

    /// Whether the pupil has told too little for more than a rough list: fewer than
    /// [`ROUGH_BELOW`] answers and no kind chosen directly.
    pub fn is_rough(&self) -> bool {
        self.chosen.is_empty() && self.answered() < ROUGH_BELOW
    }
}

/// How many kinds of work an interest code holds at most, ties at the top aside.
pub const CODE_LENGTH: usize = 3;
/// Below this many answers the list of fitting occupations is called rough.
pub const ROUGH_BELOW: usize = 6;

/// Iachan's (1984) agreement points for a kind at a place in the pupil's code (row) and at a
/// place in the occupation's order (column): the pupil's strongest kind as the work's
/// strongest counts most. Places past the third count nothing.
const AGREEMENT: [[f64; 3]; 3] = [[22.0, 10.0, 4.0], [10.0, 5.0, 2.0], [4.0, 2.0, 1.0]];

/// Weights of the pupil's places when the levels break ties between equal agreements.
const PLACE_WEIGHTS: [f64; 3] = [3.0, 2.0, 1.0];

/// Kinds of work strongest first, in groups of equally strong kinds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InterestCode {
    pub groups: Vec<Vec<InterestType>>,
}

impl InterestCode {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn kinds(&self) -> impl Iterator<Item = InterestType> + '_ {
        self.groups.iter().flatten().copied()
    }

    /// Where `kind` stands in the code (0 = strongest; tied kinds share the place) and whether
    /// it shares its place; `None` when the kind is not in the code.
    pub fn place(&self, kind: InterestType) -> Option<(usize, bool)> {
        let mut before = 0;
        for group in &self.groups {
            if group.contains(&kind) {
                return Some((before, group.len() > 1));
            }
            before += group.len();
        }
        None
    }

    /// How well an occupation's profile fits the code (0 when nothing is shared). First how
    /// the code meets the occupation's own order of kinds: Iachan's agreement points
    /// ([`AGREEMENT`]) summed over the code's kinds. Then, as a tie-break worth less than any
    /// difference in agreement, how much of the code's kinds the work has (its 1–7 scores,
    /// weighted 3, 2, 1 by the pupil's places). Kinds outside the code do not count. Kinds that
    /// share places (in the code or in the work) get the mean over the places they share.
    pub fn fit(&self, profile: &Profile) -> f64 {
        let wanted = places(&self.groups);
        let order = places(&order_groups(profile));
        let mut agreement = 0.0;
        let mut level = 0.0;
        for kind in self.kinds() {
            let i = kind.index();
            agreement += mean_over(&wanted[i], &order[i], |row, column| {
                AGREEMENT
                    .get(row)
                    .and_then(|r| r.get(column))
                    .copied()
                    .unwrap_or(0.0)
            });
            let weight = mean_over(&wanted[i], &(0..1), |row, _| {
                PLACE_WEIGHTS.get(row).copied().unwrap_or(0.0)
            });
            level += weight * f64::from(profile[i].saturating_sub(10));
        }
        // Levels add up to at most 360 (6 × 60): scaled below one agreement point's tenth.
        agreement + level / 10_000.0
    }
}

/// The places each kind covers in groups of kinds (strongest first): a tie covers as many
/// places as it has kinds.
fn places(groups: &[Vec<InterestType>]) -> [std::ops::Range<usize>; 6] {
    let mut covered: [std::ops::Range<usize>; 6] = Default::default();
    let mut place = 0;
    for group in groups {
        for kind in group {
            covered[kind.index()] = place..place + group.len();
        }
        place += group.len();
    }
    covered
}

/// The mean of `value(row, column)` over every pair of places in two ranges (0 when empty).
fn mean_over(
    rows: &std::ops::Range<usize>,
    columns: &std::ops::Range<usize>,
    value: impl Fn(usize, usize) -> f64,
) -> f64 {
    let count = rows.len() * columns.len();
    if count == 0 {
        return 0.0;
    }
    let sum: f64 = rows
        .clone()
        .flat_map(|row| columns.clone().map(move |column| (row, column)))
        .map(|(row, column)| value(row, column))
        .sum();
    sum / count as f64
}

/// An occupation's kinds of work in order of its scores, equal scores in one group.
pub fn order_groups(profile: &Profile) -> Vec<Vec<InterestType>> {
    let mut groups: Vec<Vec<InterestType>> = Vec::new();
    for kind in ranked(profile) {
        match groups.last_mut() {
            Some(last) if profile[last[0].index()] == profile[kind.index()] => last.push(kind),
            _ => groups.push(vec![kind]),
        }
    }
    groups
}

/// Where a kind stands in an occupation's order: 0 for its strongest (or one of its strongest
/// when tied), 1 for the next, and so on.
pub fn place_in(profile: &Profile, kind: InterestType) -> usize {
    profile
        .iter()
        .filter(|&&s| s > profile[kind.index()])
        .count()
}

/// Why an occupation is listed for the pupil: the kinds of the pupil's code that are among the
/// work's three strongest, else the work's own two strongest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FitReason {
    /// Kinds the pupil's code and the work's three strongest share, in the code's order, kinds
    /// liked equally by their place in the work (at most two).
    Shared(Vec<SharedKind>),
    /// None of the pupil's kinds is among the work's three strongest; these are its own two
    /// strongest.
    Other(Vec<InterestType>),
}

/// A kind of work the pupil's code and an occupation share, and where it stands in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharedKind {
    pub kind: InterestType,
    /// 0 = the work's strongest kind (or one of them, when tied).
    pub in_work: usize,
    /// 0 = the pupil's strongest kind.
    pub in_code: usize,
    /// Whether other kinds stand as strong in the pupil's code.
    pub tied_in_code: bool,
}

/// Kinds at these places in the work's order count as its strongest.
const STRONGEST_IN_WORK: usize = 3;

pub fn fit_reason(interests: &Interests, profile: &Profile) -> FitReason {
    let code = interests.code();
    let mut shared: Vec<SharedKind> = code
        .kinds()
        .filter_map(|kind| {
            let in_work = place_in(profile, kind);
            let (in_code, tied_in_code) = code.place(kind)?;
            (in_work < STRONGEST_IN_WORK).then_some(SharedKind {
                kind,
                in_work,
                in_code,
                tied_in_code,
            })
        })
        .collect();
    // The code's order first; kinds the pupil likes equally by where they stand in the work.
    order::sort_by_key(&mut shared, |s| (s.in_code, s.in_work));
    shared.truncate(2);
    if shared.is_empty() {
        FitReason::Other(ranked(profile).into_iter().take(2).collect())
    } else {
        FitReason::Shared(shared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ELECTRICIAN: Profile = [69, 27, 12, 13, 17, 43];
    const NURSE: Profile = [39, 51, 12, 55, 21, 43];
    const DESIGNER: Profile = [35, 28, 70, 22, 30, 35];

    fn liking(kinds: &[InterestType]) -> Interests {
        let mut interests = Interests::default();
        for index in 0..STATEMENT_COUNT {
            let answer = if kinds.contains(&statement_type(index)) {
                Answer::Like
            } else {
                Answer::Dislike
            };
            interests.set_answer(index, Some(answer));
        }
        interests
    }

    #[test]
    fn every_type_has_five_statements() {
        for kind in InterestType::ALL {
            let count = (0..STATEMENT_COUNT)
                .filter(|&i| statement_type(i) == kind)
                .count();
            assert_eq!(count, STATEMENTS_PER_TYPE, "{kind:?}");
        }
    }

    #[test]
    fn answers_survive_the_address() {
        let mut interests = Interests::default();
        interests.set_answer(0, Some(Answer::Like));
        interests.set_answer(3, Some(Answer::Dislike));
        interests.set_answer(4, Some(Answer::Unsure));
        assert_eq!(interests.answers_query(), "j--nv");
        let read = Interests::from_query(Some("j--nv"), None).unwrap();
        assert_eq!(read, interests);
        assert_eq!(Interests::from_query(Some(""), None), None);
        assert_eq!(Interests::from_query(Some("---"), Some("tull")), None);
    }

    #[test]
    fn damaged_addresses_lose_only_what_is_damaged() {
        let long = "j".repeat(500);
        let read = Interests::from_query(Some(&long), None).unwrap();
        assert_eq!(read.answered(), STATEMENT_COUNT);
        let read = Interests::from_query(Some("jxæn"), Some("kreativ,,sosial,kreativ,x")).unwrap();
        assert_eq!(read.answered(), 2);
        assert_eq!(
            read.chosen,
            vec![InterestType::Creative, InterestType::Social]
        );
        assert_eq!(read.types_query(), "kreativ,sosial");
    }

    #[test]
    fn scores_count_likes_minus_dislikes() {
        let interests = liking(&[InterestType::Practical]);
        let scores = interests.scores();
        assert_eq!(scores[InterestType::Practical.index()], 5);
        assert_eq!(scores[InterestType::Social.index()], -5);
        assert_eq!(interests.strongest(), vec![InterestType::Practical]);
    }

    #[test]
    fn two_strongest_and_a_third_only_when_as_strong() {
        let mut interests = liking(&[InterestType::Creative, InterestType::Social]);
        assert_eq!(
            interests.strongest(),
            vec![InterestType::Creative, InterestType::Social]
        );
        // One more liked statement of a third type does not make it as strong.
        interests.set_answer(4, Some(Answer::Like));
        assert_eq!(interests.strongest().len(), 2);
        let tied = liking(&[
            InterestType::Creative,
            InterestType::Social,
            InterestType::Enterprising,
        ]);
        assert_eq!(tied.strongest().len(), 3);
    }

    #[test]
    fn the_occupation_with_the_liked_kind_of_work_fits_best() {
        let practical = liking(&[InterestType::Practical]);
        let electrician = practical.fit(&ELECTRICIAN).unwrap();
        assert!(electrician > practical.fit(&NURSE).unwrap());
        assert!(electrician > practical.fit(&DESIGNER).unwrap());
        let caring = liking(&[InterestType::Social]);
        assert!(caring.fit(&NURSE).unwrap() > caring.fit(&ELECTRICIAN).unwrap());
        let creative = Interests::from_query(None, Some("kreativ")).unwrap();
        assert!(creative.fit(&DESIGNER).unwrap() > creative.fit(&NURSE).unwrap());
    }

    #[test]
    fn answers_that_tell_nothing_rank_nothing() {
        let mut unsure = Interests::default();
        unsure.set_answer(0, Some(Answer::Unsure));
        assert!(!unsure.ranks());
        assert_eq!(unsure.fit(&ELECTRICIAN), None);
        assert!(unsure.strongest().is_empty());
    }

    #[test]
    fn the_reason_names_the_kinds_shared_with_the_work_and_where_they_stand() {
        let interests = liking(&[InterestType::Practical, InterestType::Conventional]);
        assert_eq!(
            fit_reason(&interests, &ELECTRICIAN),
            FitReason::Shared(vec![
                SharedKind {
                    kind: InterestType::Practical,
                    in_work: 0,
                    in_code: 0,
                    tied_in_code: true
                },
                SharedKind {
                    kind: InterestType::Conventional,
                    in_work: 1,
                    in_code: 0,
                    tied_in_code: true
                },
            ])
        );
        let creative = liking(&[InterestType::Creative]);
        assert_eq!(
            fit_reason(&creative, &NURSE),
            FitReason::Other(vec![InterestType::Social, InterestType::Investigative])
        );
    }

    /// Likes for two practical statements and nothing else: occupations whose strongest kind
    /// is practical come before one where it is third, however low that one's other kinds are
    /// (a profile shape measure put such an occupation first).
    #[test]
    fn a_few_likes_of_one_kind_put_occupations_strongest_in_it_first() {
        let mut interests = Interests::default();
        interests.set_answer(0, Some(Answer::Like));
        interests.set_answer(6, Some(Answer::Like));
        assert_eq!(interests.strongest(), vec![InterestType::Practical]);
        assert!(interests.is_rough());
        const DENTIST: Profile = [35, 60, 12, 45, 20, 30];
        const FLAT_CARPENTER: Profile = [45, 20, 25, 20, 22, 30];
        let dentist = interests.fit(&DENTIST).unwrap();
        assert!(interests.fit(&ELECTRICIAN).unwrap() > dentist);
        assert!(interests.fit(&FLAT_CARPENTER).unwrap() > dentist);
        // Of two occupations strongest in it, the one with more of it comes first.
        assert!(interests.fit(&ELECTRICIAN).unwrap() > interests.fit(&FLAT_CARPENTER).unwrap());
    }

    #[test]
    fn the_strongest_kind_weighs_most() {
        // Practical liked most, then social.
        let mut interests = liking(&[InterestType::Practical]);
        for index in [3, 9, 15] {
            interests.set_answer(index, Some(Answer::Like));
        }
        assert_eq!(
            interests.code().groups,
            vec![vec![InterestType::Practical], vec![InterestType::Social]]
        );
        const PRACTICAL_FIRST: Profile = [60, 20, 20, 30, 25, 40];
        const SOCIAL_FIRST: Profile = [40, 20, 20, 60, 25, 30];
        assert!(interests.fit(&PRACTICAL_FIRST) > interests.fit(&SOCIAL_FIRST));
        // Both in the work's top two beats only the strongest.
        const BOTH: Profile = [60, 20, 20, 50, 25, 40];
        assert!(interests.fit(&BOTH) > interests.fit(&PRACTICAL_FIRST));
    }

    #[test]
    fn kinds_liked_equally_share_a_place_and_weigh_the_same() {
        let pair = liking(&[InterestType::Creative, InterestType::Social]);
        let code = pair.code();
        assert_eq!(
            code.groups,
            vec![vec![InterestType::Creative, InterestType::Social]]
        );
        assert_eq!(code.place(InterestType::Social), Some((0, true)));
        const CREATIVE_SOCIAL: Profile = [20, 20, 60, 50, 30, 25];
        const SOCIAL_CREATIVE: Profile = [20, 20, 50, 60, 30, 25];
        assert_eq!(pair.fit(&CREATIVE_SOCIAL), pair.fit(&SOCIAL_CREATIVE));
        // A fourth kind as strong as the third stays out, and so does a disliked kind.
        let mut interests = Interests::default();
        // Practical twice (statements 0 and 6), then investigative, creative and social once.
        for index in [0, 6, 1, 2, 3] {
            interests.set_answer(index, Some(Answer::Like));
        }
        assert_eq!(
            interests.code().groups,
            vec![vec![InterestType::Practical]],
            "practical 2, then three kinds at 1: the tie would carry the code past three"
        );
    }

    #[test]
    fn with_only_dislikes_the_kinds_disliked_least_make_the_code() {
        let mut interests = Interests::default();
        interests.set_answer(3, Some(Answer::Dislike));
        let code = interests.code();
        assert_eq!(code.groups.len(), 1);
        assert_eq!(code.groups[0].len(), 5);
        assert!(!code.kinds().any(|k| k == InterestType::Social));
    }

    #[test]
    fn ranked_puts_the_highest_score_first() {
        assert_eq!(ranked(&DESIGNER)[0], InterestType::Creative);
        assert_eq!(
            ranked(&ELECTRICIAN)[..2],
            [InterestType::Practical, InterestType::Conventional]
        );
    }
}
