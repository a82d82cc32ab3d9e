//! Upper-secondary programme areas and lærefag: what kind each is, what it is called in
//! short, and which occupations it leads to.

use crate::core::model::Programme;
use crate::core::order;
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

/// The code as an address writes it ("ELELE1", "elele1", "ELELE1----") in the data's form
/// ("ELELE1----"); `None` for anything that cannot be a code.
pub fn code_from_address(text: &str) -> Option<String> {
    let trimmed = text.trim().trim_end_matches('-');
    if trimmed.is_empty()
        || trimmed.len() > CODE_LENGTH
        || !trimmed.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut code = trimmed.to_ascii_uppercase();
    while code.len() < CODE_LENGTH {
        code.push('-');
    }
    Some(code)
}

/// The code as addresses write it: without the trailing dashes ("ELELE1").
pub fn address_code(code: &str) -> &str {
    code.trim_end_matches('-')
}

/// Udir's programme-area codes are ten characters, padded with dashes.
const CODE_LENGTH: usize = 10;

/// Short names pupils and schools use for the Vg1 programme areas, and the code prefix each
/// stands for (a written list; "TIF" is Teknologi- og industrifag).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("tif", "TPTIP1"),
    ("tip", "TPTIP1"),
    ("ba", "BABAT1"),
    ("el", "ELELE1"),
    ("ho", "HSHSF1"),
    ("hs", "HSHSF1"),
    ("rm", "RMRMF1"),
    ("na", "NANAB1"),
    ("im", "IMIKM1"),
    ("ikm", "IMIKM1"),
    ("sr", "SRSSR1"),
    ("ssr", "SRSSR1"),
    ("fbie", "FDFBI1"),
    ("hdp", "DTDTH1"),
    ("st", "STUSP1"),
    ("stud", "STUSP1"),
    ("mdd", "MDMDD1"),
    ("kda", "KDKDA1"),
    ("mk", "MEMOK1"),
];

/// Programme areas by code, with the occupations each leads to.
#[derive(Debug, Clone, Default)]
pub struct Programmes {
    by_code: HashMap<String, usize>,
    /// Each programme's short name as words with stems, made on the first search.
    name_words: std::sync::OnceLock<Vec<Vec<(String, String)>>>,
}

impl Programmes {
    pub fn new(programmes: &[Programme]) -> Self {
        Programmes {
            by_code: programmes
                .iter()
                .enumerate()
                .map(|(i, p)| (p.code.clone(), i))
                .collect(),
            name_words: std::sync::OnceLock::new(),
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

    /// The Vg1 programme areas, in the data's order of codes.
    pub fn vg1<'a>(&self, programmes: &'a [Programme]) -> Vec<&'a Programme> {
        programmes
            .iter()
            .filter(|p| ProgrammeKind::of(p) == ProgrammeKind::Vg1)
            .collect()
    }

    /// The programme areas that lead to `code` (one step before it).
    pub fn before<'a>(&self, programmes: &'a [Programme], code: &str) -> Vec<&'a Programme> {
        programmes
            .iter()
            .filter(|p| p.next.iter().any(|n| n == code))
            .collect()
    }

    /// One way from a Vg1 to `code`, the Vg1 first and `code` last (just `code` for a Vg1 or
    /// an area nothing leads to).
    pub fn way_from_vg1<'a>(&self, programmes: &'a [Programme], code: &str) -> Vec<&'a Programme> {
        let mut way = Vec::new();
        let mut current = self.get(programmes, code);
        while let Some(programme) = current {
            if way.iter().any(|p: &&Programme| p.code == programme.code) || way.len() > 6 {
                break;
            }
            way.push(programme);
            current = self
                .before(programmes, &programme.code)
                .into_iter()
                .min_by_key(|p| {
                    // Prefer the way through the school years before a påbygg.
                    (ProgrammeKind::of(p), p.code.clone())
                });
        }
        way.reverse();
        way
    }

    /// How many lærefag one can reach from `code`, step by step.
    pub fn apprenticeships_from(&self, programmes: &[Programme], code: &str) -> usize {
        let mut seen = BTreeSet::new();
        let mut queue = vec![code.to_string()];
        let mut count = 0;
        while let Some(code) = queue.pop() {
            if !seen.insert(code.clone()) {
                continue;
            }
            if let Some(programme) = self.get(programmes, &code) {
                if ProgrammeKind::of(programme) == ProgrammeKind::Apprenticeship {
                    count += 1;
                }
                queue.extend(programme.next.iter().cloned());
            }
        }
        count
    }

    /// Programme areas an unknown address may have meant: those whose code begins like it
    /// (longest shared start first), else those whose name the text gives.
    pub fn suggest<'a>(
        &self,
        programmes: &'a [Programme],
        text: &str,
        limit: usize,
    ) -> Vec<&'a Programme> {
        let wanted = text.trim().trim_end_matches('-').to_ascii_uppercase();
        for length in (2..=wanted.len().min(CODE_LENGTH)).rev() {
            let Some(start) = wanted.get(..length) else {
                continue;
            };
            let mut found: Vec<&Programme> = programmes
                .iter()
                .filter(|p| p.code.starts_with(start))
                .collect();
            if !found.is_empty() {
                order::sort_by_key(&mut found, |p| (ProgrammeKind::of(p), p.code.clone()));
                found.truncate(limit);
                return found;
            }
        }
        self.find(programmes, text, limit)
    }

    /// Programme areas whose name holds every content word of `query`, or that a known short
    /// name stands for ("TIF"): Vg1 first, then Vg2, Vg3 and lærefag, shorter names first; at
    /// most `limit`.
    pub fn find<'a>(
        &self,
        programmes: &'a [Programme],
        query: &str,
        limit: usize,
    ) -> Vec<&'a Programme> {
        let words = crate::core::search::content_words(query);
        let abbreviated: Vec<&str> = ABBREVIATIONS
            .iter()
            .filter(|(short, _)| words.len() == 1 && words[0] == *short)
            .map(|(_, code)| *code)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let query = crate::core::search::name_query(&words);
        let names = self.name_words.get_or_init(|| {
            programmes
                .iter()
                .map(|p| crate::core::search::name_words(short_name(p)))
                .collect()
        });
        let mut found: Vec<&Programme> = programmes
            .iter()
            .zip(names)
            .filter(|(p, name)| {
                abbreviated.contains(&address_code(&p.code))
                    || crate::core::search::names_all_words(name, &query)
            })
            .map(|(p, _)| p)
            .collect();
        order::sort_by_key(&mut found, |p| {
            (ProgrammeKind::of(p), short_name(p).chars().count())
        });
        found.truncate(limit);
        found
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A programme area for test data: code, name, where it leads, its occupations.
    pub(crate) fn programme(code: &str, name: &str, next: &[&str], jobs: &[&str]) -> Programme {
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
    fn addresses_take_the_code_without_dashes_in_any_case() {
        assert_eq!(code_from_address("elele1").as_deref(), Some("ELELE1----"));
        assert_eq!(
            code_from_address("ELELE1----").as_deref(),
            Some("ELELE1----")
        );
        assert_eq!(code_from_address("<script>"), None);
        assert_eq!(code_from_address("ABCDEFGHIJK"), None);
        assert_eq!(address_code("RMKOK3----"), "RMKOK3");
    }

    #[test]
    fn a_deep_programme_knows_its_way_from_vg1() {
        let all = sample();
        let index = Programmes::new(&all);
        let way: Vec<&str> = index
            .way_from_vg1(&all, "RMKOK3----")
            .iter()
            .map(|p| p.code.as_str())
            .collect();
        assert_eq!(way, ["RMRMF1----", "RMKOS2----", "RMKOK3----"]);
        assert_eq!(index.apprenticeships_from(&all, "RMRMF1----"), 1);
        assert_eq!(index.vg1(&all).len(), 1);
        let suggested: Vec<&str> = index
            .suggest(&all, "RMKOS9", 3)
            .iter()
            .map(|p| p.code.as_str())
            .collect();
        assert_eq!(suggested, ["RMKOS2----"]);
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
        assert_eq!(codes("RM"), ["RMRMF1----"], "a short name schools use");
        assert!(codes("pilot").is_empty());
        assert!(codes("").is_empty());
    }
}
