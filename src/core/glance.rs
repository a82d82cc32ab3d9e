//! "Kort fortalt": the few facts a pupil wants first about an occupation (monthly salary,
//! how many work in it, the share with a permanent job, the way in), each computed from the
//! snapshot and each saying plainly when the data has nothing.

use crate::core::catalog::Catalog;
use crate::core::model::{EducationLevel, OccupationSummary, ProgrammeStep};

/// The median monthly salary over the occupation's STYRK codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SalaryGlance {
    /// One code has a median, or every code has the same one.
    One(u64),
    /// The codes differ: the lowest and the highest median.
    Range { low: u64, high: u64 },
    /// No code of the occupation has a published median.
    Missing,
}

/// The summary at the top of an occupation page.
#[derive(Debug, Clone, PartialEq)]
pub struct Glance {
    pub salary: SalaryGlance,
    /// Employed persons in the occupation's codes, each code counted once.
    pub employed: Option<u64>,
    /// Whether those codes also hold other occupations (the figure is for the whole group).
    pub employed_shared: bool,
    /// Share of the employed with a permanent job, in whole percent.
    pub permanent_percent: Option<u64>,
    /// Vg1 programme areas where the upper-secondary routes start: code, and the name without
    /// "Vg1 ".
    pub entry_programmes: Vec<ProgrammeStep>,
    pub trade_certificate: bool,
    pub vocational: bool,
    pub higher_education: bool,
}

impl Glance {
    /// Whether utdanning.no ties the occupation to any education (else "Veien inn" says so).
    pub fn has_way_in(&self) -> bool {
        self.trade_certificate || self.vocational || self.higher_education
    }

    pub fn of(catalog: &Catalog, occupation: &OccupationSummary) -> Self {
        let medians: Vec<u64> = occupation
            .styrk
            .iter()
            .filter_map(|code| catalog.salary(code)?.all.median.value())
            .collect();
        let salary = match (medians.iter().min(), medians.iter().max()) {
            (Some(&low), Some(&high)) if low == high => SalaryGlance::One(low),
            (Some(&low), Some(&high)) => SalaryGlance::Range { low, high },
            _ => SalaryGlance::Missing,
        };
        let total = catalog.employment_total([occupation]);
        let (employed, permanent_percent) = if total.codes_counted.is_empty() {
            (None, None)
        } else {
            let permanent: u64 = total
                .codes_counted
                .iter()
                .filter_map(|code| catalog.employment(code))
                .map(|e| e.permanent)
                .sum();
            let percent =
                (total.persons > 0).then(|| (permanent * 100 + total.persons / 2) / total.persons);
            (Some(total.persons), percent)
        };
        let employed_shared = occupation.styrk.iter().any(|code| {
            !catalog
                .occupations_sharing(code, &occupation.slug)
                .is_empty()
        });
        let levels = &occupation.education_levels;
        Glance {
            salary,
            employed,
            employed_shared,
            permanent_percent,
            entry_programmes: occupation
                .entry_programmes
                .iter()
                .map(|step| ProgrammeStep {
                    code: step.code.clone(),
                    name: programme_name(&step.name).to_string(),
                })
                .collect(),
            trade_certificate: levels.contains(&EducationLevel::TradeCertificate),
            vocational: levels.contains(&EducationLevel::VocationalCompetence),
            higher_education: levels.contains(&EducationLevel::HigherEducation),
        }
    }
}

/// Whether a STYRK name is one of SSB's catch-all groups ("Andre håndverkere",
/// "Bakere, konditorer mv."), whose figures cover more than the occupation.
pub fn is_catch_all_group(name: &str) -> bool {
    name.starts_with("Andre ")
        || name.ends_with(" mv.")
        || name.ends_with(" mv")
        || name.contains(" mv. ")
}

/// "Vg1 Elektro og datateknologi" → "Elektro og datateknologi".
pub fn programme_name(name: &str) -> &str {
    ["Vg1 ", "Vg2 ", "Vg3 "]
        .iter()
        .find_map(|prefix| name.strip_prefix(prefix))
        .unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::tests::catalog;

    #[test]
    fn one_code_gives_one_median_and_its_employment() {
        let catalog = catalog();
        let glance = Glance::of(&catalog, catalog.occupation("tomrer").unwrap());
        assert_eq!(glance.salary, SalaryGlance::One(45_000));
        assert_eq!(glance.employed, Some(1000));
        assert_eq!(glance.permanent_percent, Some(100));
        // 7115 is also Møbelsnekker's code.
        assert!(glance.employed_shared);
    }

    #[test]
    fn codes_with_different_medians_give_a_range() {
        let catalog = catalog();
        let glance = Glance::of(&catalog, catalog.occupation("mobelsnekker").unwrap());
        assert_eq!(
            glance.salary,
            SalaryGlance::Range {
                low: 42_000,
                high: 45_000
            }
        );
        assert_eq!(glance.employed, Some(1300), "each code once");
    }

    #[test]
    fn missing_data_stays_missing() {
        let catalog = catalog();
        let glance = Glance::of(&catalog, catalog.occupation("grunder").unwrap());
        assert_eq!(glance.salary, SalaryGlance::Missing);
        assert_eq!(glance.employed, None);
        assert_eq!(glance.permanent_percent, None);
        assert!(!glance.employed_shared);
        assert!(glance.entry_programmes.is_empty());
    }

    #[test]
    fn catch_all_groups_are_recognised() {
        assert!(is_catch_all_group("Andre håndverkere"));
        assert!(is_catch_all_group("Bakere, konditorer mv."));
        assert!(is_catch_all_group(
            "Vevere, strikkere mv. (innen husflidsproduksjon)"
        ));
        assert!(!is_catch_all_group("Tømrere og snekkere"));
    }

    #[test]
    fn the_way_in_names_the_vg1_programmes() {
        let catalog = catalog();
        let mut occupation = catalog.occupation("tomrer").unwrap().clone();
        occupation.entry_programmes = vec![ProgrammeStep {
            code: "BABAT1----".into(),
            name: "Vg1 Bygg- og anleggsteknikk".into(),
        }];
        occupation.education_levels = vec![EducationLevel::TradeCertificate];
        let glance = Glance::of(&catalog, &occupation);
        assert_eq!(glance.entry_programmes[0].name, "Bygg- og anleggsteknikk");
        assert_eq!(glance.entry_programmes[0].code, "BABAT1----");
        assert!(glance.trade_certificate && !glance.higher_education);
    }
}
