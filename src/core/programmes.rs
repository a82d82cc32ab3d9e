//! Upper-secondary programme areas and lærefag: what kind each is, what it is called in
//! short, and which occupations it leads to.

use crate::core::model::Programme;
use std::collections::{BTreeSet, HashMap};

/// The step a programme area is in upper-secondary education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProgrammeKind {
    Vg1,
    Vg2,
    Vg3,
    /// A lærefag: training in a company, towards a trade or journeyman's certificate.
    Apprenticeship,
    /// Vg4, påbygging and other steps after Vg3.
    Further,
}

/// The suffix utdanning.no gives lærefag names.
const IN_COMPANY: &str = "(opplæring i bedrift)";

impl ProgrammeKind {
    pub fn of(programme: &Programme) -> Self {
        if programme.name.ends_with(IN_COMPANY) {
            return ProgrammeKind::Apprenticeship;
        }
        match programme.code.as_bytes().get(5) {
            Some(b'1') => ProgrammeKind::Vg1,
            Some(b'2') => ProgrammeKind::Vg2,
            Some(b'3') => ProgrammeKind::Vg3,
            _ => ProgrammeKind::Further,
        }
    }
}

/// The name without utdanning.no's "(opplæring i bedrift)": "Kokkfaget".
pub fn short_name(programme: &Programme) -> &str {
    programme
        .name
        .strip_suffix(IN_COMPANY)
        .unwrap_or(&programme.name)
        .trim()
}

/// Programme areas by code, with the occupations each leads to.
#[derive(Debug, Clone, Default)]
pub struct Programmes {
    by_code: HashMap<String, usize>,
}

impl Programmes {
    pub fn new(programmes: &[Programme]) -> Self {
        Programmes {
            by_code: programmes
                .iter()
                .enumerate()
                .map(|(i, p)| (p.code.clone(), i))
                .collect(),
        }
    }

    pub fn get<'a>(&self, programmes: &'a [Programme], code: &str) -> Option<&'a Programme> {
        self.by_code.get(code).map(|&i| &programmes[i])
    }

    /// The slugs of every occupation a programme area leads to: its own, and those of every
    /// area one can continue to from it, step by step (cross-over paths not followed).
    pub fn leads_to(&self, programmes: &[Programme], code: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut slugs = BTreeSet::new();
        let mut queue = vec![code.to_string()];
        while let Some(code) = queue.pop() {
            if !seen.insert(code.clone()) {
                continue;
            }
            if let Some(programme) = self.get(programmes, &code) {
                slugs.extend(programme.occupations.iter().cloned());
                queue.extend(programme.next.iter().cloned());
            }
        }
        slugs
    }

    /// Programme areas whose name holds every content word of `query`: Vg1 first, then Vg2,
    /// Vg3 and lærefag, shorter names first; at most `limit`.
    pub fn find<'a>(
        &self,
        programmes: &'a [Programme],
        query: &str,
        limit: usize,
    ) -> Vec<&'a Programme> {
        let words = crate::core::search::content_words(query);
        let mut found: Vec<&Programme> = programmes
            .iter()
            .filter(|p| crate::core::search::names_all_words(short_name(p), &words))
            .collect();
        found.sort_by_key(|p| (ProgrammeKind::of(p), short_name(p).chars().count()));
        found.truncate(limit);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn programme(code: &str, name: &str, next: &[&str], jobs: &[&str]) -> Programme {
        Programme {
            code: code.into(),
            name: name.into(),
            next: next.iter().map(|s| s.to_string()).collect(),
            cross: vec![],
            occupations: jobs.iter().map(|s| s.to_string()).collect(),
            qualification: None,
        }
    }

    fn sample() -> Vec<Programme> {
        vec![
            programme(
                "RMRMF1----",
                "Vg1 Restaurant- og matfag",
                &["RMKOS2----"],
                &[],
            ),
            programme(
                "RMKOS2----",
                "Vg2 Kokk- og servitørfag",
                &["RMKOK3----"],
                &[],
            ),
            programme(
                "RMKOK3----",
                "Kokkfaget (opplæring i bedrift)",
                &[],
                &["kokk", "kjokkensjef"],
            ),
        ]
    }

    #[test]
    fn kinds_and_short_names() {
        let all = sample();
        assert_eq!(ProgrammeKind::of(&all[0]), ProgrammeKind::Vg1);
        assert_eq!(ProgrammeKind::of(&all[1]), ProgrammeKind::Vg2);
        assert_eq!(ProgrammeKind::of(&all[2]), ProgrammeKind::Apprenticeship);
        assert_eq!(short_name(&all[2]), "Kokkfaget");
    }

    #[test]
    fn a_programme_leads_to_the_trades_after_it() {
        let all = sample();
        let index = Programmes::new(&all);
        let slugs: Vec<String> = index.leads_to(&all, "RMRMF1----").into_iter().collect();
        assert_eq!(slugs, ["kjokkensjef", "kokk"]);
        assert!(index.leads_to(&all, "UKJENT").is_empty());
    }

    #[test]
    fn finds_programmes_by_name_as_pupils_write_them() {
        let all = sample();
        let index = Programmes::new(&all);
        let codes = |q: &str| -> Vec<String> {
            index
                .find(&all, q, 5)
                .into_iter()
                .map(|p| p.code.clone())
                .collect()
        };
        assert_eq!(codes("restaurant- og matfag"), ["RMRMF1----"]);
        assert_eq!(codes("Restaurant og mat"), ["RMRMF1----"]);
        assert_eq!(codes("kokk"), ["RMKOS2----", "RMKOK3----"]);
        assert_eq!(codes("kokkfag"), ["RMKOK3----"]);
        assert!(codes("pilot").is_empty());
        assert!(codes("").is_empty());
    }
}
