//! Upper-secondary schools and admission thresholds (`schools.json`): look-ups by school,
//! county and programme area, school search by name, a pupil's points from their grades and
//! whether they reach a school's last threshold.

use crate::core::format::norwegian_sort_key;
use crate::core::model::{
    AdmissionCounty, AdmissionState, School, SchoolData, SchoolProgramme, Threshold,
};
use crate::core::order;
use crate::core::text::fold;
use std::collections::{BTreeSet, HashMap};

/// The schools file with its look-ups.
pub struct Schools {
    data: SchoolData,
    by_orgnr: HashMap<String, usize>,
    /// Folded words of each school's names, in the order of `data.schools`.
    words: Vec<Vec<String>>,
}

/// One school's row for one programme area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Offer<'a> {
    pub school: &'a School,
    pub programme: &'a SchoolProgramme,
}

impl Schools {
    pub fn new(data: SchoolData) -> Self {
        let by_orgnr = data
            .schools
            .iter()
            .enumerate()
            .map(|(i, s)| (s.orgnr.clone(), i))
            .collect();
        let words = data
            .schools
            .iter()
            .map(|s| {
                let names = format!("{} {}", s.name, s.short_name.as_deref().unwrap_or_default());
                fold(&names).split(' ').map(str::to_string).collect()
            })
            .collect();
        Schools {
            data,
            by_orgnr,
            words,
        }
    }

    pub fn data(&self) -> &SchoolData {
        &self.data
    }

    pub fn school(&self, orgnr: &str) -> Option<&School> {
        self.by_orgnr.get(orgnr).map(|&i| &self.data.schools[i])
    }

    /// The county's publishing details; `None` when it publishes no thresholds we hold.
    pub fn county(&self, code: &str) -> Option<&AdmissionCounty> {
        self.data.counties.iter().find(|c| c.county == code)
    }

    /// The county's schools, in Norwegian alphabetical order.
    pub fn in_county(&self, county: &str) -> Vec<&School> {
        let mut schools: Vec<&School> = self
            .data
            .schools
            .iter()
            .filter(|s| s.county == county)
            .collect();
        order::sort_by_cached_key(&mut schools, |s| norwegian_sort_key(&s.name));
        schools
    }

    /// Every school row for a programme area in a county, by school name, then row name.
    pub fn offering(&self, code: &str, county: &str) -> Vec<Offer<'_>> {
        self.in_county(county)
            .into_iter()
            .flat_map(|school| {
                school
                    .programmes
                    .iter()
                    .filter(|p| p.code.as_deref() == Some(code))
                    .map(move |programme| Offer { school, programme })
            })
            .collect()
    }

    /// The counties (codes) where some school has a row for the programme area.
    pub fn counties_offering(&self, code: &str) -> BTreeSet<&str> {
        self.data
            .schools
            .iter()
            .filter(|s| s.programmes.iter().any(|p| p.code.as_deref() == Some(code)))
            .map(|s| s.county.as_str())
            .collect()
    }

    /// Schools whose names hold every word of the query, each as the start of a word
    /// ("amalie skram", "katedral"); words of one or two letters only as whole words.
    pub fn search(&self, query: &str) -> Vec<&School> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() || words.iter().all(|w| w.len() < 3) {
            return vec![];
        }
        let mut found: Vec<&School> = self
            .words
            .iter()
            .zip(&self.data.schools)
            .filter(|(names, _)| {
                words.iter().all(|w| {
                    names.iter().any(|n| match w.len() {
                        0..=2 => n == w,
                        _ => n.starts_with(w),
                    })
                })
            })
            .map(|(_, school)| school)
            .collect();
        order::sort_by_cached_key(&mut found, |s| norwegian_sort_key(&s.name));
        found
    }

    /// The intake round a county's figure for `year` comes from; `None` when it does not say.
    pub fn round_of(&self, county: &str, year: u16) -> Option<u8> {
        let county = self.county(county)?;
        county.round_years.get(&year).copied().or(county.round)
    }
}

/// The latest year the list has a cell for, and the cell.
pub fn latest(programme: &SchoolProgramme) -> Option<(u16, Threshold)> {
    programme
        .thresholds
        .iter()
        .next_back()
        .map(|(year, cell)| (*year, *cell))
}

/// The newest year any of a school's programmes has a figure for, in either round.
pub fn newest_year(school: &School) -> Option<u16> {
    school.programmes.iter().filter_map(last_year).max()
}

fn last_year(programme: &SchoolProgramme) -> Option<u16> {
    let main = programme.thresholds.keys().next_back();
    let other = programme.other_round.keys().next_back();
    main.max(other).copied()
}

/// Whether a programme is only in lists older than the school's newest (`newest`): offered no
/// more, or listed under another name since.
pub fn is_earlier_offer(programme: &SchoolProgramme, newest: Option<u16>) -> bool {
    match (last_year(programme), newest) {
        (Some(last), Some(newest)) => last < newest,
        _ => false,
    }
}

/// Points by year for a chart: only years with points; the others are said in words.
pub fn points_by_year(programme: &SchoolProgramme) -> Vec<(u16, f32)> {
    programme
        .thresholds
        .iter()
        .filter_map(|(year, cell)| match cell {
            Threshold::Points(points) => Some((*year, *points)),
            Threshold::Admission(_) => None,
        })
        .collect()
}

/// Why the grades a pupil typed cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GradesError {
    #[error("nothing typed")]
    Empty,
    #[error("not a number")]
    NotANumber,
    #[error("a grade or average outside 1–6")]
    OutOfRange,
}

/// A number written with digits and at most one decimal comma or point ("4", "4,57", "4.6",
/// ",5"): the same value `str::parse::<f64>` gives (the digits as a whole number over a power
/// of ten, both exact), without the general float parser in the wasm.
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once([',', '.']).unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    // 15 digits stay exact in an f64; no grade needs more.
    if whole.len() + fraction.len() == 0
        || whole.len() + fraction.len() > 15
        || !digits(whole)
        || !digits(fraction)
    {
        return None;
    }
    let number = whole
        .bytes()
        .chain(fraction.bytes())
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    Some(number as f64 / 10f64.powi(fraction.len() as i32))
}

/// A grade average from what the pupil typed: one number is the average ("4,3", "4.25"),
/// several whole numbers are the grades ("4 5 5 3 6", "4, 5, 5"); grades are 1–6.
pub fn grade_average(text: &str) -> Result<f64, GradesError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(GradesError::Empty);
    }
    let tokens: Vec<&str> = trimmed
        .split(|c: char| c.is_whitespace() || c == ';' || c == '+')
        .filter(|t| !t.is_empty())
        .collect();
    // "4,5,5,6" (no spaces) is a list of grades; "4,5" alone is an average.
    let tokens: Vec<&str> = if tokens.len() == 1 && tokens[0].matches(',').count() > 1 {
        tokens[0].split(',').filter(|t| !t.is_empty()).collect()
    } else {
        tokens
            .iter()
            .map(|t| t.trim_end_matches(','))
            .filter(|t| !t.is_empty())
            .collect()
    };
    if tokens.len() == 1 {
        let average = decimal(tokens[0]).ok_or(GradesError::NotANumber)?;
        return if (1.0..=6.0).contains(&average) {
            Ok(average)
        } else {
            Err(GradesError::OutOfRange)
        };
    }
    let mut sum = 0u32;
    for token in &tokens {
        let grade: u32 = token.parse().map_err(|_| GradesError::NotANumber)?;
        if !(1..=6).contains(&grade) {
            return Err(GradesError::OutOfRange);
        }
        sum += grade;
    }
    Ok(f64::from(sum) / tokens.len() as f64)
}

/// Points for Vg1 as the counties count them: the grade average (two decimals) × 10.
pub fn points(average: f64) -> f64 {
    (average * 100.0).round() / 10.0
}

/// Whether a pupil's points would have been enough for one threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// At or above the last admitted applicant's points.
    Enough,
    Below,
    /// No waiting list that year: every qualified applicant got a place.
    EveryoneIn,
    /// No points decide (priority right, documentation, not offered).
    NotByPoints,
}

pub fn reach(points: f64, cell: Threshold) -> Reach {
    match cell {
        // Thresholds are published with one or two decimals; compare at two.
        Threshold::Points(threshold) => {
            if (points * 100.0).round() >= (f64::from(threshold) * 100.0).round() {
                Reach::Enough
            } else {
                Reach::Below
            }
        }
        Threshold::Admission(AdmissionState::NoWaitingList) => Reach::EveryoneIn,
        Threshold::Admission(_) => Reach::NotByPoints,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn programmes_only_in_older_lists_are_earlier_offers() {
        let data = fixture();
        let school = data
            .schools
            .iter()
            .find(|s| !s.programmes.is_empty())
            .unwrap();
        let newest = newest_year(school);
        assert!(newest.is_some());
        let latest_of_school = school
            .programmes
            .iter()
            .find(|p| p.thresholds.keys().next_back().copied() == newest)
            .unwrap();
        assert!(!is_earlier_offer(latest_of_school, newest));
        let mut old = school.programmes[0].clone();
        old.thresholds = [(newest.unwrap() - 2, Threshold::Points(400.0))]
            .into_iter()
            .collect();
        assert!(is_earlier_offer(&old, newest));
        let mut current = old.clone();
        current
            .other_round
            .insert(newest.unwrap(), Threshold::Points(380.0));
        assert!(
            !is_earlier_offer(&current, newest),
            "a figure in the other round counts"
        );
        let mut empty = old;
        empty.thresholds.clear();
        assert!(
            !is_earlier_offer(&empty, newest),
            "no figures: not known to be earlier"
        );
    }
    use crate::core::model::{AdmissionCounty, SchoolProgramme};
    use std::collections::BTreeMap;

    /// Three schools in Vestland (two with programmes), for the tests of every layer.
    pub(crate) fn schools() -> Schools {
        Schools::new(fixture())
    }

    fn fixture() -> SchoolData {
        let programme =
            |name: &str, code: Option<&str>, cells: &[(u16, Threshold)]| SchoolProgramme {
                name: name.into(),
                level: 1,
                code: code.map(str::to_string),
                thresholds: cells.iter().copied().collect(),
                other_round: BTreeMap::new(),
            };
        let school = |orgnr: &str, name: &str, county: &str, programmes| School {
            orgnr: orgnr.into(),
            name: name.into(),
            short_name: None,
            county: county.into(),
            municipality: None,
            address: String::new(),
            website: None,
            intake_region: None,
            programmes,
        };
        SchoolData {
            content_hash: String::new(),
            schema_version: crate::core::model::SCHEMA_VERSION,
            data_version: "v".into(),
            counties: vec![AdmissionCounty {
                county: "46".into(),
                round: Some(1),
                round_years: [(2023, 3)].into_iter().collect(),
                other_round: None,
                free_choice: false,
                public_schools_only: false,
                by_intake_region: false,
                source_url: "https://example.org".into(),
            }],
            schools: vec![
                school(
                    "974557746",
                    "Bergen katedralskole",
                    "46",
                    vec![programme(
                        "Studiespesialisering",
                        Some("STUSP1----"),
                        &[
                            (2024, Threshold::Points(50.1)),
                            (2025, Threshold::Points(51.0)),
                        ],
                    )],
                ),
                school(
                    "974557894",
                    "Amalie Skram vidaregåande skule",
                    "46",
                    vec![
                        programme(
                            "Elektro og datateknologi",
                            Some("ELELE1----"),
                            &[(2025, Threshold::Admission(AdmissionState::NoWaitingList))],
                        ),
                        programme(
                            "Studiespesialisering",
                            Some("STUSP1----"),
                            &[(2025, Threshold::Points(44.0))],
                        ),
                    ],
                ),
                school("974575396", "Åsane vidaregåande skule", "46", vec![]),
            ],
        }
    }

    #[test]
    fn schools_are_found_by_name_county_and_programme() {
        let schools = Schools::new(fixture());
        let names = |found: Vec<&School>| found.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(schools.search("amalie skram")),
            ["Amalie Skram vidaregåande skule"]
        );
        assert_eq!(
            names(schools.search("Bergen katedral")),
            ["Bergen katedralskole"]
        );
        assert_eq!(names(schools.search("asane")), ["Åsane vidaregåande skule"]);
        assert!(schools.search("sk").is_empty());
        assert!(schools.search("kokk").is_empty());
        // Å sorts last, as in Norwegian.
        assert_eq!(
            names(schools.in_county("46")),
            [
                "Amalie Skram vidaregåande skule",
                "Bergen katedralskole",
                "Åsane vidaregåande skule"
            ]
        );
        let offers = schools.offering("STUSP1----", "46");
        assert_eq!(offers.len(), 2);
        assert_eq!(offers[0].school.name, "Amalie Skram vidaregåande skule");
        assert!(schools.offering("STUSP1----", "03").is_empty());
        assert_eq!(
            schools
                .counties_offering("ELELE1----")
                .into_iter()
                .collect::<Vec<_>>(),
            ["46"]
        );
        assert_eq!(schools.round_of("46", 2025), Some(1));
        assert_eq!(schools.round_of("46", 2023), Some(3));
        assert_eq!(schools.round_of("03", 2025), None);
        let katedral = schools.school("974557746").unwrap();
        assert_eq!(
            latest(&katedral.programmes[0]),
            Some((2025, Threshold::Points(51.0)))
        );
        assert_eq!(
            points_by_year(&katedral.programmes[0]),
            [(2024, 50.1), (2025, 51.0)]
        );
    }

    #[test]
    fn grades_are_read_as_an_average_or_a_list() {
        assert_eq!(grade_average("4,3"), Ok(4.3));
        assert_eq!(grade_average(" 4.25 "), Ok(4.25));
        assert_eq!(grade_average("4 5 5 6"), Ok(5.0));
        assert_eq!(grade_average("4, 5, 6"), Ok(5.0));
        assert_eq!(grade_average("4,5,6"), Ok(5.0));
        assert_eq!(grade_average(""), Err(GradesError::Empty));
        assert_eq!(grade_average("fire"), Err(GradesError::NotANumber));
        assert_eq!(grade_average("7"), Err(GradesError::OutOfRange));
        assert_eq!(grade_average("4 5 0"), Err(GradesError::OutOfRange));
        assert_eq!(grade_average("4,5 5,5"), Err(GradesError::NotANumber));
        // An average reads as the float parser reads it, to the last bit.
        for written in ["4,57", "4.1", "3,999", "5,", ",5", "4,333333", "6.0", "1"] {
            let parsed = written.replace(',', ".").parse::<f64>().unwrap();
            let read = grade_average(written);
            if (1.0..=6.0).contains(&parsed) {
                assert_eq!(read, Ok(parsed), "{written}");
            } else {
                assert_eq!(read, Err(GradesError::OutOfRange), "{written}");
            }
        }
        for malformed in ["4,5.5", "4e0", "-4", "4,a", ".", "inf"] {
            assert_eq!(
                grade_average(malformed),
                Err(GradesError::NotANumber),
                "{malformed}"
            );
        }
    }

    #[test]
    fn points_are_the_average_times_ten_and_reach_compares_them() {
        assert_eq!(points(4.25), 42.5);
        assert_eq!(points(13.0 / 3.0), 43.3);
        assert_eq!(reach(42.5, Threshold::Points(42.5)), Reach::Enough);
        assert_eq!(reach(42.4, Threshold::Points(42.5)), Reach::Below);
        assert_eq!(
            reach(30.0, Threshold::Admission(AdmissionState::NoWaitingList)),
            Reach::EveryoneIn
        );
        assert_eq!(
            reach(60.0, Threshold::Admission(AdmissionState::Documentation)),
            Reach::NotByPoints
        );
    }
}
