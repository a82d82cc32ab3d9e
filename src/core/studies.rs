//! Higher-education studies (`studies.json`): look-ups by code, type, county and occupation,
//! search by name, institution and place, a study's latest cut-off per quota and its change,
//! applicants per place, and whether a pupil's school points reach a cut-off.

use crate::core::format::norwegian_sort_key;
use crate::core::model::{
    CutOff, Institution, OpenAdmission, Quota, Study, StudyData, StudyFigures, StudyHistory,
    StudyKind,
};
use crate::core::order;
use crate::core::text::fold;
use std::collections::{BTreeMap, HashMap};

/// The studies file with its look-ups.
pub struct Studies {
    data: StudyData,
    by_code: HashMap<String, usize>,
    /// Folded words of each study's name, institution (short and full) and place, in the order
    /// of `data.studies`, and how many of the first words are the name's.
    words: Vec<(Vec<String>, usize)>,
    /// The newest year of the cut-off lists and of the applicant figures.
    newest_cut_offs: Option<u16>,
    newest_figures: Option<u16>,
}

impl Studies {
    pub fn new(data: StudyData) -> Self {
        let by_code = data
            .studies
            .iter()
            .enumerate()
            .map(|(i, s)| (s.code.clone(), i))
            .collect();
        let full_name = |short: &str| {
            data.institutions
                .iter()
                .find(|i| i.short == short)
                .map(|i| i.name.clone())
                .unwrap_or_default()
        };
        let words = data
            .studies
            .iter()
            .map(|s| {
                let text = format!(
                    "{} {} {} {}",
                    s.name,
                    s.institution,
                    full_name(&s.institution),
                    s.place.as_deref().unwrap_or_default()
                );
                let in_name = fold(&s.name).split(' ').filter(|w| !w.is_empty()).count();
                let words = fold(&text).split(' ').map(str::to_string).collect();
                (words, in_name)
            })
            .collect();
        let newest_cut_offs = data
            .studies
            .iter()
            .filter_map(|s| s.main_round.keys().next_back())
            .max()
            .copied();
        let newest_figures = data
            .studies
            .iter()
            .filter_map(|s| s.latest.map(|l| l.0))
            .max();
        Studies {
            data,
            by_code,
            words,
            newest_cut_offs,
            newest_figures,
        }
    }

    /// The newest years of the lists: (cut-offs, applicant figures).
    pub fn newest_years(&self) -> (Option<u16>, Option<u16>) {
        (self.newest_cut_offs, self.newest_figures)
    }

    /// Whether the study is in the newest lists: a main-round cut-off in the newest cut-off
    /// year, or figures in the newest figure year. Others were offered before, not now.
    pub fn is_current(&self, study: &Study) -> bool {
        let in_cut_offs = self
            .newest_cut_offs
            .is_some_and(|year| study.main_round.contains_key(&year));
        let figure_year = study.latest.map(|l| l.0);
        in_cut_offs || (figure_year.is_some() && figure_year == self.newest_figures)
    }

    pub fn data(&self) -> &StudyData {
        &self.data
    }

    pub fn study(&self, code: &str) -> Option<&Study> {
        self.by_code.get(code).map(|&i| &self.data.studies[i])
    }

    pub fn institution(&self, short: &str) -> Option<&Institution> {
        self.data.institutions.iter().find(|i| i.short == short)
    }

    /// The institution's full name, or its short name where the files give no other.
    pub fn institution_name<'a>(&'a self, short: &'a str) -> &'a str {
        self.institution(short).map_or(short, |i| i.name.as_str())
    }

    pub fn kind(&self, code: &str) -> Option<&StudyKind> {
        self.data.kinds.iter().find(|k| k.code == code)
    }

    /// The study's type when the written table links it to occupations.
    pub fn linked_kind(&self, study: &Study) -> Option<&StudyKind> {
        self.kind(study.kind.as_deref()?)
            .filter(|k| !k.occupations.is_empty())
    }

    /// The current studies of these types, by institution, place and name.
    pub fn of_kinds(&self, kinds: &[String]) -> Vec<&Study> {
        self.sorted(
            self.data
                .studies
                .iter()
                .filter(|s| s.kind.as_ref().is_some_and(|k| kinds.contains(k)))
                .filter(|s| self.is_current(s))
                .collect(),
        )
    }

    /// The county's current studies, by institution, place and name.
    pub fn in_county(&self, county: &str) -> Vec<&Study> {
        self.sorted(
            self.data
                .studies
                .iter()
                .filter(|s| s.county.as_deref() == Some(county))
                .filter(|s| self.is_current(s))
                .collect(),
        )
    }

    fn sorted<'a>(&'a self, mut studies: Vec<&'a Study>) -> Vec<&'a Study> {
        order::sort_by_cached_key(&mut studies, |s| {
            (
                norwegian_sort_key(self.institution_name(&s.institution)),
                norwegian_sort_key(s.place.as_deref().unwrap_or_default()),
                norwegian_sort_key(&s.name),
            )
        });
        studies
    }

    /// Studies whose name, institution or place hold every word of the query, each as the
    /// start of a word ("sykepleie bergen", "ntnu ingeniør"); words of one or two letters only
    /// as whole words. Studies whose name holds the words come first, whole words before
    /// beginnings, and current studies before those only in older lists.
    pub fn search(&self, query: &str) -> Vec<&Study> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() || words.iter().all(|w| w.len() < 3) {
            return vec![];
        }
        let found: Vec<((usize, usize, usize), &Study)> = self
            .words
            .iter()
            .zip(&self.data.studies)
            .filter(|((names, _), _)| {
                words.iter().all(|w| {
                    names.iter().any(|n| match w.len() {
                        0..=2 => n == w,
                        _ => n.starts_with(w),
                    })
                })
            })
            .map(|((names, in_name), study)| {
                let name_words = names.get(..*in_name).unwrap_or_default();
                let starts = words
                    .iter()
                    .filter(|w| name_words.iter().any(|n| n.starts_with(**w)))
                    .count();
                let whole = words
                    .iter()
                    .filter(|w| name_words.iter().any(|n| n == **w))
                    .count();
                let older = usize::from(!self.is_current(study));
                ((words.len() - starts, words.len() - whole, older), study)
            })
            .collect();
        let mut groups: BTreeMap<(usize, usize, usize), Vec<&Study>> = BTreeMap::new();
        for (missing_from_name, study) in found {
            groups.entry(missing_from_name).or_default().push(study);
        }
        groups
            .into_values()
            .flat_map(|group| self.sorted(group))
            .collect()
    }
}

/// A study's studies listed for a county first: (in the county, the rest of the country).
pub fn county_first<'a>(
    studies: Vec<&'a Study>,
    county: Option<&str>,
) -> (Vec<&'a Study>, Vec<&'a Study>) {
    match county {
        Some(county) => studies
            .into_iter()
            .partition(|s| s.county.as_deref() == Some(county)),
        None => (Vec::new(), studies),
    }
}

/// The newest main-round year with a cut-off for the quota, and the cut-off.
pub fn latest_cut_off(study: &Study, quota: Quota) -> Option<(u16, CutOff)> {
    study
        .main_round
        .iter()
        .rev()
        .find_map(|(year, cells)| cells.get(quota).map(|c| (*year, c)))
}

/// How the newest cut-off of a quota moved since the year before, in hundredths of a point;
/// `None` unless both years have points.
pub fn cut_off_change(study: &Study, quota: Quota) -> Option<i64> {
    let (year, CutOff::Points(latest)) = latest_cut_off(study, quota)? else {
        return None;
    };
    let previous = study.main_round.get(&(year - 1))?.get(quota)?;
    match previous {
        CutOff::Points(previous) => Some(i64::from(latest) - i64::from(previous)),
        CutOff::Open(_) => None,
    }
}

/// First-choice applicants per place, in tenths ("2,4 per place" is 24); `None` without both
/// figures or without places.
pub fn first_choice_per_place(figures: &StudyFigures) -> Option<u32> {
    let places = figures.places().filter(|p| *p > 0)?;
    let first_choice = figures.first_choice()?;
    Some((first_choice * 10 + places / 2) / places)
}

/// Every main-round and supplementary-round cut-off of a study, by year: (main, supplementary).
pub fn all_cut_offs(
    study: &Study,
    history: Option<&StudyHistory>,
) -> BTreeMap<u16, [Option<crate::core::model::QuotaCutOffs>; 2]> {
    let mut years: BTreeMap<u16, [Option<crate::core::model::QuotaCutOffs>; 2]> = BTreeMap::new();
    let older = history.map(|h| &h.older_main_round);
    for (year, cells) in older.into_iter().flatten().chain(&study.main_round) {
        years.entry(*year).or_default()[0] = Some(*cells);
    }
    for (year, cells) in history.map(|h| &h.extra_round).into_iter().flatten() {
        years.entry(*year).or_default()[1] = Some(*cells);
    }
    years
}

/// School points from a diploma's grade average: the average with two decimals × 10, in
/// hundredths of a point (4.56 → 45.6 points → 4560).
pub fn school_points(average: f64) -> u32 {
    ((average * 100.0).round() * 10.0) as u32
}

/// Whether school points alone reach a cut-off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StudyReach {
    Enough,
    Below,
    /// Every qualified applicant got a place that year.
    EveryoneIn,
    /// No cut-off was given.
    Unknown,
}

pub fn study_reach(points: u32, cut_off: CutOff) -> StudyReach {
    match cut_off {
        CutOff::Points(needed) if points >= needed => StudyReach::Enough,
        CutOff::Points(_) => StudyReach::Below,
        CutOff::Open(OpenAdmission::EveryoneQualified) => StudyReach::EveryoneIn,
        CutOff::Open(OpenAdmission::NotGiven) => StudyReach::Unknown,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::model::{QuotaCutOffs, SCHEMA_VERSION};

    fn study(
        code: &str,
        name: &str,
        institution: &str,
        place: &str,
        county: &str,
        kind: &str,
    ) -> Study {
        Study {
            code: code.into(),
            name: name.into(),
            former_names: vec![],
            institution: institution.into(),
            place: Some(place.into()),
            municipality: None,
            county: Some(county.into()),
            kind: Some(kind.into()),
            main_round: BTreeMap::new(),
            latest: None,
        }
    }

    /// A study in the newest lists (figures for 2026), unless it has figures already.
    fn current(mut study: Study) -> Study {
        study
            .latest
            .get_or_insert((2026, StudyFigures(Some(10), Some(5), Some(5))));
        study
    }

    pub fn fixture() -> StudyData {
        let mut nursing_bergen = study(
            "203050",
            "Sykepleie",
            "HVL",
            "Bergen",
            "46",
            "HELSEFAG - SYKEPL",
        );
        nursing_bergen.main_round = BTreeMap::from([
            (
                2024,
                QuotaCutOffs(Some(CutOff::Points(4520)), Some(CutOff::Points(5010))),
            ),
            (
                2025,
                QuotaCutOffs(
                    Some(CutOff::Points(4680)),
                    Some(CutOff::Open(OpenAdmission::EveryoneQualified)),
                ),
            ),
        ]);
        nursing_bergen.latest = Some((2026, StudyFigures(Some(1500), Some(480), Some(200))));
        StudyData {
            content_hash: String::new(),
            schema_version: SCHEMA_VERSION,
            data_version: "v".into(),
            kinds: vec![
                StudyKind {
                    code: "HELSEFAG - SYKEPL".into(),
                    name: "Helsefag - sykepleie".into(),
                    descriptions: vec!["main_u_sykepleie".into()],
                    occupations: vec!["sykepleier".into()],
                },
                StudyKind {
                    code: "TEKNO - INGENIØR".into(),
                    name: "Teknologiske fag - ingeniør".into(),
                    descriptions: vec!["main_u_ingenior".into()],
                    occupations: vec!["ingenior".into()],
                },
                StudyKind {
                    code: "SAMFUNN".into(),
                    name: "Samfunnsfag".into(),
                    descriptions: vec![],
                    occupations: vec![],
                },
            ],
            institutions: vec![
                Institution {
                    short: "HVL".into(),
                    name: "Høgskulen på Vestlandet".into(),
                },
                Institution {
                    short: "NTNU".into(),
                    name: "Norges teknisk-naturvitenskapelige universitet".into(),
                },
                Institution {
                    short: "UIO".into(),
                    name: "Universitetet i Oslo".into(),
                },
            ],
            studies: [
                nursing_bergen,
                study(
                    "203051",
                    "Sykepleie",
                    "HVL",
                    "Stord",
                    "46",
                    "HELSEFAG - SYKEPL",
                ),
                study(
                    "194050",
                    "Sykepleie",
                    "NTNU",
                    "Trondheim",
                    "50",
                    "HELSEFAG - SYKEPL",
                ),
                study(
                    "194400",
                    "Ingeniør, data",
                    "NTNU",
                    "Trondheim",
                    "50",
                    "TEKNO - INGENIØR",
                ),
                study("185100", "Sosiologi", "UIO", "Oslo", "03", "SAMFUNN"),
                study(
                    "185101",
                    "Helse og samfunn, sykepleievitenskap",
                    "UIO",
                    "Oslo",
                    "03",
                    "SAMFUNN",
                ),
            ]
            .into_iter()
            .map(current)
            .collect(),
        }
    }

    fn codes(studies: &[&Study]) -> Vec<String> {
        studies.iter().map(|s| s.code.clone()).collect()
    }

    #[test]
    fn search_finds_by_name_institution_and_place_name_matches_first() {
        let studies = Studies::new(fixture());
        assert_eq!(codes(&studies.search("sykepleie bergen")), ["203050"]);
        assert_eq!(codes(&studies.search("NTNU ingeniør")), ["194400"]);
        assert_eq!(codes(&studies.search("vestlandet")), ["203050", "203051"]);
        // A name that holds the word comes before one where only a later word matches.
        assert_eq!(
            codes(&studies.search("sykepleie")),
            ["203050", "203051", "194050", "185101"]
        );
        assert_eq!(
            codes(&studies.search("helse sykepleievitenskap")),
            ["185101"]
        );
        assert!(studies.search("xy").is_empty());
    }

    #[test]
    fn occupations_studies_come_county_first() {
        let studies = Studies::new(fixture());
        let nursing = studies.of_kinds(&["HELSEFAG - SYKEPL".into()]);
        assert_eq!(codes(&nursing), ["203050", "203051", "194050"]);
        let (near, rest) = county_first(nursing.clone(), Some("50"));
        assert_eq!(codes(&near), ["194050"]);
        assert_eq!(codes(&rest), ["203050", "203051"]);
        let (near, rest) = county_first(nursing, None);
        assert!(near.is_empty());
        assert_eq!(rest.len(), 3);
        assert_eq!(codes(&studies.in_county("03")), ["185101", "185100"]);
    }

    #[test]
    fn studies_only_in_older_lists_are_left_out_of_lists_and_found_last() {
        let mut data = fixture();
        let mut old = study(
            "203999",
            "Sykepleie",
            "HVL",
            "Førde",
            "46",
            "HELSEFAG - SYKEPL",
        );
        old.main_round = BTreeMap::from([(2021, QuotaCutOffs(Some(CutOff::Points(4000)), None))]);
        data.studies.push(old);
        let studies = Studies::new(data);
        assert!(!studies.is_current(studies.study("203999").unwrap()));
        assert!(studies.is_current(studies.study("203050").unwrap()));
        assert_eq!(studies.newest_years(), (Some(2025), Some(2026)));
        let nursing = codes(&studies.of_kinds(&["HELSEFAG - SYKEPL".into()]));
        assert!(!nursing.contains(&"203999".to_string()));
        assert!(!codes(&studies.in_county("46")).contains(&"203999".to_string()));
        assert_eq!(codes(&studies.search("sykepleie førde")), ["203999"]);
        assert_eq!(
            codes(&studies.search("sykepleie hvl")),
            ["203050", "203051", "203999"]
        );
    }

    #[test]
    fn only_narrow_types_are_linked() {
        let studies = Studies::new(fixture());
        let sociology = studies.study("185100").unwrap();
        assert!(studies.linked_kind(sociology).is_none());
        let nursing = studies.study("203050").unwrap();
        assert_eq!(
            studies.linked_kind(nursing).unwrap().occupations,
            ["sykepleier"]
        );
        assert_eq!(studies.institution_name("HVL"), "Høgskulen på Vestlandet");
        assert_eq!(studies.institution_name("XYZ"), "XYZ");
    }

    #[test]
    fn latest_cut_off_change_and_applicants_per_place() {
        let studies = Studies::new(fixture());
        let nursing = studies.study("203050").unwrap();
        assert_eq!(
            latest_cut_off(nursing, Quota::FirstTime),
            Some((2025, CutOff::Points(4680)))
        );
        assert_eq!(cut_off_change(nursing, Quota::FirstTime), Some(160));
        // 2025's ordinary quota took everyone: no change in points to tell.
        assert_eq!(
            latest_cut_off(nursing, Quota::Ordinary),
            Some((2025, CutOff::Open(OpenAdmission::EveryoneQualified)))
        );
        assert_eq!(cut_off_change(nursing, Quota::Ordinary), None);
        assert_eq!(first_choice_per_place(&nursing.latest.unwrap().1), Some(24));
        assert_eq!(
            first_choice_per_place(&StudyFigures(Some(5), Some(3), Some(0))),
            None
        );
        assert_eq!(
            latest_cut_off(studies.study("185100").unwrap(), Quota::Ordinary),
            None
        );
    }

    #[test]
    fn school_points_reach_a_cut_off_or_say_why_not() {
        assert_eq!(school_points(4.56), 4560);
        assert_eq!(school_points(4.5), 4500);
        assert_eq!(study_reach(4680, CutOff::Points(4680)), StudyReach::Enough);
        assert_eq!(study_reach(4670, CutOff::Points(4680)), StudyReach::Below);
        assert_eq!(
            study_reach(1000, CutOff::Open(OpenAdmission::EveryoneQualified)),
            StudyReach::EveryoneIn
        );
        assert_eq!(
            study_reach(6000, CutOff::Open(OpenAdmission::NotGiven)),
            StudyReach::Unknown
        );
    }

    #[test]
    fn every_cut_off_by_year_joins_the_list_and_the_history() {
        let studies = Studies::new(fixture());
        let nursing = studies.study("203050").unwrap();
        let history = StudyHistory {
            older_main_round: BTreeMap::from([(
                2020,
                QuotaCutOffs(Some(CutOff::Points(4000)), None),
            )]),
            extra_round: BTreeMap::from([(2025, QuotaCutOffs(None, Some(CutOff::Points(4900))))]),
            figures: BTreeMap::new(),
        };
        let years = all_cut_offs(nursing, Some(&history));
        assert_eq!(
            years.keys().copied().collect::<Vec<_>>(),
            [2020, 2024, 2025]
        );
        assert_eq!(years[&2025][1].unwrap().1, Some(CutOff::Points(4900)));
        assert!(years[&2020][1].is_none());
        assert_eq!(all_cut_offs(nursing, None).len(), 2);
    }
}
