//! Region views over `regions.json`: employers, training offices and study places in a county
//! or municipality, the written rules that link employers to occupations, NAV's 2017 shortage
//! figures, Aa-register counts (counted once per title) and the county map's measures.

use crate::core::model::{
    EducationLevel, Employer, EmployerKind, LinkRule, OccupationSummary, Region, RegionData,
    Shortage, StudyProgramme,
};
use crate::core::order;
use std::collections::{BTreeMap, HashMap};

/// A county ("46") or a municipality ("4601").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    County(&'a str),
    Municipality(&'a str),
}

impl<'a> Place<'a> {
    /// A region code as a place: two digits are a county, four a municipality.
    pub fn of(code: &'a str) -> Self {
        if code.len() == 2 {
            Place::County(code)
        } else {
            Place::Municipality(code)
        }
    }

    pub fn is_county(&self) -> bool {
        matches!(self, Place::County(_))
    }

    pub fn county(&self) -> &'a str {
        match self {
            Place::County(code) => code,
            Place::Municipality(code) => code.get(..2).unwrap_or(code),
        }
    }
}

/// What the county map can be coloured by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Schools,
    TrainingOffices,
    Apprentices,
    StudyProgrammes,
}

impl Measure {
    pub const ALL: [Measure; 4] = [
        Measure::Schools,
        Measure::TrainingOffices,
        Measure::Apprentices,
        Measure::StudyProgrammes,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Measure::Schools => "skoler",
            Measure::TrainingOffices => "opplaeringskontor",
            Measure::Apprentices => "laerlinger",
            Measure::StudyProgrammes => "studier",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// Employees for one occupation from the Aa-register, each (employer, municipality, title) row
/// counted once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkplaceSummary {
    pub total: u64,
    pub by_county: BTreeMap<String, u64>,
    pub by_municipality: BTreeMap<String, u64>,
    /// (orgnr, employees), largest first.
    pub by_employer: Vec<(String, u64)>,
}

pub struct Places {
    data: RegionData,
    by_orgnr: HashMap<String, usize>,
}

impl Places {
    pub fn new(data: RegionData) -> Self {
        let by_orgnr = data
            .employers
            .iter()
            .enumerate()
            .map(|(i, e)| (e.orgnr.clone(), i))
            .collect();
        Places { data, by_orgnr }
    }

    pub fn data(&self) -> &RegionData {
        &self.data
    }

    pub fn employer(&self, orgnr: &str) -> Option<&Employer> {
        self.by_orgnr.get(orgnr).map(|&i| &self.data.employers[i])
    }

    /// Employers of `kind` in a place. Training offices count in a county where they are
    /// approved, and in the municipality where they are located.
    pub fn employers_in(&self, place: Place, kind: EmployerKind) -> Vec<&Employer> {
        let mut found: Vec<&Employer> = self
            .data
            .employers
            .iter()
            .filter(|e| e.kind == kind)
            .filter(|e| match place {
                Place::County(code) if kind == EmployerKind::TrainingOffice => {
                    e.approved_in.iter().any(|c| c == code)
                }
                Place::County(code) => e.county.as_deref() == Some(code),
                Place::Municipality(code) => e.municipality.as_deref() == Some(code),
            })
            .collect();
        order::sort_by(&mut found, |a, b| {
            b.size.cmp(&a.size).then_with(|| a.name.cmp(&b.name))
        });
        found
    }

    pub fn rule(&self, kind: EmployerKind) -> Option<&LinkRule> {
        self.data.link_rules.iter().find(|r| r.kind == kind)
    }

    /// Whether a written rule links employers of `kind` to the occupation.
    pub fn links(&self, kind: EmployerKind, occupation: &OccupationSummary) -> bool {
        self.rule(kind).is_some_and(|rule| {
            occupation.styrk.iter().any(|c| rule.styrk.contains(c))
                || (rule.trade_occupations
                    && occupation
                        .education_levels
                        .contains(&EducationLevel::TradeCertificate))
        })
    }

    /// The occupations a rule links to this employer.
    pub fn linked_occupations<'a>(
        &self,
        employer: &Employer,
        occupations: &'a [OccupationSummary],
    ) -> Vec<&'a OccupationSummary> {
        occupations
            .iter()
            .filter(|o| self.links(employer.kind, o))
            .collect()
    }

    pub fn study_programmes_in(&self, place: Place) -> Vec<&StudyProgramme> {
        self.data
            .study_programmes
            .iter()
            .filter(|p| match place {
                Place::County(code) => p.county == code,
                Place::Municipality(code) => p.municipality.as_deref() == Some(code),
            })
            .collect()
    }

    /// Programmes per institution, most first.
    pub fn institutions_in(&self, place: Place) -> Vec<(&str, usize)> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for programme in self.study_programmes_in(place) {
            *counts.entry(programme.institution.as_str()).or_insert(0) += 1;
        }
        let mut list: Vec<(&str, usize)> = counts.into_iter().collect();
        order::sort_by(&mut list, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        list
    }

    /// NAV's 2017 shortage rows for these codes, in the given order.
    pub fn shortage_for(&self, codes: &[String]) -> Vec<&Shortage> {
        codes
            .iter()
            .filter_map(|c| self.data.shortage.iter().find(|s| &s.styrk == c))
            .collect()
    }

    /// The codes with the largest estimated shortage in a county (zeros left out).
    pub fn largest_shortage(&self, county: &str, limit: usize) -> Vec<(&Shortage, u64)> {
        let mut rows: Vec<(&Shortage, u64)> = self
            .data
            .shortage
            .iter()
            .filter_map(|s| Some((s, *s.by_county.get(county)?)))
            .filter(|(_, v)| *v > 0)
            .collect();
        order::sort_by(&mut rows, |a, b| {
            b.1.cmp(&a.1).then_with(|| a.0.styrk.cmp(&b.0.styrk))
        });
        rows.truncate(limit);
        rows
    }

    /// The value of a measure for each county.
    pub fn measure(&self, measure: Measure, counties: &[Region]) -> BTreeMap<String, u64> {
        counties
            .iter()
            .map(|county| {
                let place = Place::County(&county.code);
                let value = match measure {
                    Measure::Schools => {
                        self.employers_in(place, EmployerKind::PrimarySchool).len() as u64
                    }
                    Measure::TrainingOffices => {
                        self.employers_in(place, EmployerKind::TrainingOffice).len() as u64
                    }
                    // Apprentices are counted where the office is, once per office.
                    Measure::Apprentices => self
                        .data
                        .employers
                        .iter()
                        .filter(|e| {
                            e.kind == EmployerKind::TrainingOffice
                                && e.county.as_deref() == Some(county.code.as_str())
                        })
                        .filter_map(|e| e.size)
                        .sum(),
                    Measure::StudyProgrammes => self.study_programmes_in(place).len() as u64,
                };
                (county.code.clone(), value)
            })
            .collect()
    }

    /// Aa-register employees in the occupation's codes; `None` without an Aa-register file.
    /// A title belongs to one code, and each row is counted once, so an occupation with several
    /// codes never counts a person twice.
    pub fn workplaces_for(&self, codes: &[String]) -> Option<WorkplaceSummary> {
        let workplaces = self.data.workplaces.as_ref()?;
        let title_code: HashMap<&str, &str> = workplaces
            .titles
            .iter()
            .map(|t| (t.code.as_str(), t.styrk.as_str()))
            .collect();
        let mut summary = WorkplaceSummary::default();
        let mut employers: BTreeMap<&str, u64> = BTreeMap::new();
        for row in &workplaces.counts {
            let styrk = title_code
                .get(row.title.as_str())
                .copied()
                .unwrap_or(row.title.as_str());
            if !codes.iter().any(|c| c == styrk) {
                continue;
            }
            summary.total += row.count;
            let county = row.municipality.get(..2).unwrap_or_default().to_string();
            *summary.by_county.entry(county).or_insert(0) += row.count;
            *summary
                .by_municipality
                .entry(row.municipality.clone())
                .or_insert(0) += row.count;
            *employers.entry(row.orgnr.as_str()).or_insert(0) += row.count;
        }
        let mut by_employer: Vec<(String, u64)> = employers
            .into_iter()
            .map(|(o, c)| (o.to_string(), c))
            .collect();
        order::sort_by(&mut by_employer, |a, b| {
            b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
        });
        summary.by_employer = by_employer;
        Some(summary)
    }
}

/// Upper bounds of up to `classes` colour classes for the map (equal-count classes over the
/// distinct values, so a few large counties do not wash out the rest).
pub fn class_bounds(values: &[u64], classes: usize) -> Vec<u64> {
    let mut sorted: Vec<u64> = values.to_vec();
    order::sort(&mut sorted);
    sorted.dedup();
    if sorted.is_empty() || classes == 0 {
        return vec![];
    }
    let mut bounds: Vec<u64> = (1..=classes)
        .map(|i| sorted[(i * sorted.len()).div_ceil(classes) - 1])
        .collect();
    bounds.dedup();
    bounds
}

/// The class (0-based) a value falls in.
pub fn class_of(value: u64, bounds: &[u64]) -> usize {
    bounds
        .iter()
        .position(|b| value <= *b)
        .unwrap_or(bounds.len().saturating_sub(1))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::model::{CountyMap, JobTitle, SourceId, WorkplaceCount, Workplaces};

    fn employer(
        orgnr: &str,
        kind: EmployerKind,
        municipality: &str,
        size: Option<u64>,
    ) -> Employer {
        Employer {
            orgnr: orgnr.into(),
            name: format!("E{orgnr}"),
            kind,
            municipality: Some(municipality.into()),
            county: Some(municipality[..2].into()),
            size,
            approved_in: if kind == EmployerKind::TrainingOffice {
                vec![municipality[..2].into(), "50".into()]
            } else {
                vec![]
            },
            other_names: vec![],
            grades: None,
            ownership: None,
            place: None,
            website: None,
            source: SourceId::PrimarySchools,
        }
    }

    fn occupation(slug: &str, codes: &[&str], trade: bool) -> OccupationSummary {
        OccupationSummary {
            slug: slug.into(),
            title: slug.into(),
            styrk: codes.iter().map(|c| c.to_string()).collect(),
            task_count: 0,
            education_levels: if trade {
                vec![EducationLevel::TradeCertificate]
            } else {
                vec![]
            },
            higher_education_links: 0,
            programmes: vec![],
            entry_programmes: vec![],
            interests: None,
        }
    }

    pub(crate) fn places(workplaces: Option<Workplaces>) -> Places {
        Places::new(RegionData {
            content_hash: String::new(),
            schema_version: 1,
            data_version: "x".into(),
            employers: vec![
                employer("1", EmployerKind::PrimarySchool, "4601", Some(40)),
                employer("2", EmployerKind::PrimarySchool, "4602", None),
                employer("3", EmployerKind::TrainingOffice, "4601", Some(100)),
                employer("4", EmployerKind::PrimarySchool, "0301", Some(80)),
            ],
            link_rules: vec![
                LinkRule {
                    kind: EmployerKind::PrimarySchool,
                    styrk: vec!["2341".into()],
                    trade_occupations: false,
                },
                LinkRule {
                    kind: EmployerKind::TrainingOffice,
                    styrk: vec![],
                    trade_occupations: true,
                },
            ],
            study_programmes: vec![],
            shortage: vec![],
            map: CountyMap {
                width: 1,
                height: 1,
                counties: vec![],
            },
            workplaces,
        })
    }

    #[test]
    fn finds_employers_by_county_and_municipality() {
        let places = places(None);
        let in_vestland = places.employers_in(Place::County("46"), EmployerKind::PrimarySchool);
        assert_eq!(
            in_vestland
                .iter()
                .map(|e| e.orgnr.as_str())
                .collect::<Vec<_>>(),
            ["1", "2"]
        );
        let in_4602 = places.employers_in(Place::Municipality("4602"), EmployerKind::PrimarySchool);
        assert_eq!(in_4602.len(), 1);
        // A training office is in every county it is approved in.
        assert_eq!(
            places
                .employers_in(Place::County("50"), EmployerKind::TrainingOffice)
                .len(),
            1
        );
        assert_eq!(places.employer("3").unwrap().size, Some(100));
        assert!(places.employer("9").is_none());
    }

    #[test]
    fn links_follow_the_written_rules_only() {
        let places = places(None);
        let teacher = occupation("grunnskolelaerer", &["2341"], false);
        let electrician = occupation("elektriker", &["7411"], true);
        let doctor = occupation("lege", &["2211"], false);
        assert!(places.links(EmployerKind::PrimarySchool, &teacher));
        assert!(!places.links(EmployerKind::PrimarySchool, &electrician));
        assert!(places.links(EmployerKind::TrainingOffice, &electrician));
        assert!(!places.links(EmployerKind::Municipality, &doctor));
        let all = [teacher, electrician, doctor];
        let school = places.employer("1").unwrap().clone();
        let linked = places.linked_occupations(&school, &all);
        assert_eq!(linked.len(), 1);
        assert_eq!(linked[0].slug, "grunnskolelaerer");
    }

    #[test]
    fn measures_per_county() {
        let places = places(None);
        let counties = vec![
            Region {
                code: "03".into(),
                name: "Oslo".into(),
                county: None,
            },
            Region {
                code: "46".into(),
                name: "Vestland".into(),
                county: None,
            },
        ];
        let schools = places.measure(Measure::Schools, &counties);
        assert_eq!(schools["46"], 2);
        assert_eq!(schools["03"], 1);
        assert_eq!(places.measure(Measure::Apprentices, &counties)["46"], 100);
        assert_eq!(Measure::from_key("laerlinger"), Some(Measure::Apprentices));
    }

    #[test]
    fn aa_register_counts_each_title_row_once() {
        let workplaces = Workplaces {
            period: "2025".into(),
            titles: vec![
                JobTitle {
                    code: "2341101".into(),
                    name: "Lærer".into(),
                    styrk: "2341".into(),
                },
                JobTitle {
                    code: "2330101".into(),
                    name: "Lektor".into(),
                    styrk: "2330".into(),
                },
            ],
            counts: vec![
                WorkplaceCount {
                    orgnr: "1".into(),
                    municipality: "4601".into(),
                    title: "2341101".into(),
                    count: 30,
                },
                WorkplaceCount {
                    orgnr: "1".into(),
                    municipality: "4601".into(),
                    title: "2330101".into(),
                    count: 5,
                },
                WorkplaceCount {
                    orgnr: "4".into(),
                    municipality: "0301".into(),
                    title: "2341".into(),
                    count: 7,
                },
            ],
        };
        let places = places(Some(workplaces));
        // An occupation with both codes: 30 + 5 + 7, nothing twice.
        let both = places
            .workplaces_for(&["2341".into(), "2330".into()])
            .unwrap();
        assert_eq!(both.total, 42);
        assert_eq!(both.by_county["46"], 35);
        assert_eq!(both.by_municipality["0301"], 7);
        assert_eq!(both.by_employer[0], ("1".to_string(), 35));
        let one = places.workplaces_for(&["2330".into()]).unwrap();
        assert_eq!(one.total, 5);
        assert!(self::places(None)
            .workplaces_for(&["2341".into()])
            .is_none());
    }

    #[test]
    fn colour_classes_split_distinct_values() {
        let bounds = class_bounds(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
        assert_eq!(bounds, [2, 4, 6, 8, 10]);
        assert_eq!(class_of(1, &bounds), 0);
        assert_eq!(class_of(7, &bounds), 3);
        assert_eq!(class_of(10, &bounds), 4);
        assert_eq!(class_bounds(&[5, 5, 5], 5), [5]);
        assert!(class_bounds(&[], 5).is_empty());
    }
}
