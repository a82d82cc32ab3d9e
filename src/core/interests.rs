//! Interests: the six kinds of work (Holland's RIASEC types, as O*NET scores them), the
//! statements a pupil answers on `/interesser`, the answers' address form, and how well an
//! occupation's profile fits the answers.
//!
//! Rules shown to users where they matter:
//! - An occupation's profile describes the kind of work in its STYRK-08 groups, from US data
//!   (O*NET) through the international code (ISCO-08), not the pupil.
//! - The pupil's score for a kind of work is the statements they like minus those they do not
//!   like (−5 to 5); "vet ikke" counts nothing.
//! - Fit is how alike the shape of the pupil's six scores and the occupation's six scores is
//!   (Pearson's correlation): the kinds of work they like most are the kinds the work has most of.

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
    types.sort_by_key(|t| std::cmp::Reverse(profile[t.index()]));
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

    /// The two strongest kinds of work the pupil likes (score above 0), and a third when it
    /// stands as strong as the second. Empty when nothing is liked more than not.
    pub fn strongest(&self) -> Vec<InterestType> {
        let scores = self.scores();
        let mut liked: Vec<InterestType> = InterestType::ALL
            .into_iter()
            .filter(|t| scores[t.index()] > 0)
            .collect();
        liked.sort_by_key(|t| std::cmp::Reverse(scores[t.index()]));
        if liked.len() > 2 && scores[liked[2].index()] < scores[liked[1].index()] {
            liked.truncate(2);
        }
        liked.truncate(3);
        liked
    }

    /// How well an occupation's profile fits (−1 to 1); `None` when the answers do not tell
    /// one kind of work from another yet (all scores equal).
    pub fn fit(&self, profile: &Profile) -> Option<f64> {
        let scores = self.scores().map(f64::from);
        let values = profile.map(f64::from);
        correlation(&scores, &values)
    }

    /// Whether the answers rank occupations at all.
    pub fn ranks(&self) -> bool {
        let scores = self.scores();
        scores.iter().any(|s| *s != scores[0])
    }
}

/// Pearson's correlation of two series of six; `None` when either does not vary.
fn correlation(a: &[f64; 6], b: &[f64; 6]) -> Option<f64> {
    let mean = |x: &[f64; 6]| x.iter().sum::<f64>() / 6.0;
    let (mean_a, mean_b) = (mean(a), mean(b));
    let mut product = 0.0;
    let mut square_a = 0.0;
    let mut square_b = 0.0;
    for (x, y) in a.iter().zip(b) {
        product += (x - mean_a) * (y - mean_b);
        square_a += (x - mean_a).powi(2);
        square_b += (y - mean_b).powi(2);
    }
    (square_a > 0.0 && square_b > 0.0).then(|| product / (square_a * square_b).sqrt())
}

/// Why an occupation is listed for the pupil: the kinds of work among the pupil's strongest
/// that the occupation has much of (3.5 or more of 7), else the occupation's own top two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FitReason {
    /// The work has much of these kinds the pupil likes, strongest first.
    Shared(Vec<InterestType>),
    /// None of the pupil's strongest kinds is large in this work; these are its own top two.
    Other(Vec<InterestType>),
}

/// A score of 3.5 of 7 (in tenths) or more counts as "much" of a kind of work.
const MUCH: u8 = 35;

pub fn fit_reason(interests: &Interests, profile: &Profile) -> FitReason {
    let strongest = interests.strongest();
    let mut shared: Vec<InterestType> = strongest
        .into_iter()
        .filter(|t| profile[t.index()] >= MUCH)
        .collect();
    shared.sort_by_key(|t| std::cmp::Reverse(profile[t.index()]));
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
    fn the_reason_names_the_liked_kinds_the_work_has_much_of() {
        let interests = liking(&[InterestType::Practical, InterestType::Conventional]);
        assert_eq!(
            fit_reason(&interests, &ELECTRICIAN),
            FitReason::Shared(vec![InterestType::Practical, InterestType::Conventional])
        );
        let creative = liking(&[InterestType::Creative]);
        assert_eq!(
            fit_reason(&creative, &NURSE),
            FitReason::Other(vec![InterestType::Social, InterestType::Investigative])
        );
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
