//! Look-ups over a loaded [`Snapshot`]: occupations by slug, STYRK codes at any level, the
//! many-to-many between occupations and codes, and totals that count each code once.

use crate::core::format::norwegian_sort_key;
use crate::core::model::{
    Employment, OccupationSummary, Salary, Snapshot, Source, SourceId, StyrkCode, SCHEMA_VERSION,
};
use crate::core::text::{contains_all_words, fold};
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// The snapshot was written for another version of the app.
    WrongSchemaVersion { found: u32, expected: u32 },
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogError::WrongSchemaVersion { found, expected } => write!(
                f,
                "snapshot schema version {found}, this app reads version {expected}"
            ),
        }
    }
}

/// A snapshot with indexes for the look-ups the pages need.
#[derive(Debug, Clone)]
pub struct Catalog {
    snapshot: Snapshot,
    occupation_by_slug: HashMap<String, usize>,
    code_by_code: HashMap<String, usize>,
    /// Folded "title code code …" per occupation, same order as the snapshot.
    occupation_search_text: Vec<String>,
    /// Rank of each occupation in Norwegian alphabetical order of titles.
    occupation_order: Vec<usize>,
}

/// Employed persons over a set of occupations, each STYRK code counted once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmploymentTotal {
    pub persons: u64,
    /// Distinct codes whose figures were added, sorted.
    pub codes_counted: Vec<String>,
    /// Distinct codes without an employment figure, sorted.
    pub codes_without_figures: Vec<String>,
    /// How many occupation→code links pointed at a code already counted (the same code, or a
    /// code inside a broader code of the set).
    pub shared_links_skipped: usize,
}

impl Catalog {
    pub fn new(snapshot: Snapshot) -> Result<Self, CatalogError> {
        if snapshot.schema_version != SCHEMA_VERSION {
            return Err(CatalogError::WrongSchemaVersion {
                found: snapshot.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
        let occupation_by_slug = snapshot
            .occupations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.slug.clone(), i))
            .collect();
        let code_by_code = snapshot
            .styrk
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        let occupation_search_text = snapshot
            .occupations
            .iter()
            .map(|o| fold(&format!("{} {}", o.title, o.styrk.join(" "))))
            .collect();
        let mut by_title: Vec<usize> = (0..snapshot.occupations.len()).collect();
        by_title.sort_by_cached_key(|&i| {
            let o = &snapshot.occupations[i];
            (norwegian_sort_key(&o.title), o.slug.clone())
        });
        let mut occupation_order = vec![0; by_title.len()];
        for (rank, &i) in by_title.iter().enumerate() {
            occupation_order[i] = rank;
        }
        Ok(Catalog {
            snapshot,
            occupation_by_slug,
            code_by_code,
            occupation_search_text,
            occupation_order,
        })
    }

    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    pub fn occupations(&self) -> &[OccupationSummary] {
        &self.snapshot.occupations
    }

    pub fn occupation(&self, slug: &str) -> Option<&OccupationSummary> {
        self.occupation_by_slug
            .get(slug)
            .map(|&i| &self.snapshot.occupations[i])
    }

    /// Occupations whose title (or STYRK code) contains every word of the query, in Norwegian
    /// alphabetical order. An empty query gives all occupations.
    pub fn filter_by_text(&self, query: &str) -> Vec<&OccupationSummary> {
        self.filter_positions(query)
            .into_iter()
            .map(|i| &self.snapshot.occupations[i])
            .collect()
    }

    /// As [`Catalog::filter_by_text`], as positions in [`Catalog::occupations`].
    pub fn filter_positions(&self, query: &str) -> Vec<usize> {
        let folded_query = fold(query);
        let mut hits: Vec<usize> = self
            .occupation_search_text
            .iter()
            .enumerate()
            .filter(|(_, text)| contains_all_words(text, &folded_query))
            .map(|(i, _)| i)
            .collect();
        hits.sort_unstable_by_key(|&i| self.occupation_order[i]);
        hits
    }

    pub fn code(&self, code: &str) -> Option<&StyrkCode> {
        self.code_by_code
            .get(code)
            .map(|&i| &self.snapshot.styrk[i])
    }

    /// Parents of a code from the major group down, not including the code itself.
    pub fn ancestors(&self, code: &str) -> Vec<&StyrkCode> {
        let mut chain = Vec::new();
        let mut current = self.code(code).and_then(|c| c.parent.as_deref());
        while let Some(parent_code) = current {
            match self.code(parent_code) {
                Some(parent) => {
                    chain.push(parent);
                    current = parent.parent.as_deref();
                }
                None => break,
            }
        }
        chain.reverse();
        chain
    }

    /// Direct children of a code, sorted by code.
    pub fn children(&self, code: &str) -> Vec<&StyrkCode> {
        self.snapshot
            .styrk
            .iter()
            .filter(|c| c.parent.as_deref() == Some(code))
            .collect()
    }

    /// Occupations linked to this code or to any code below it (a code at level 1–3 is a prefix
    /// of the unit groups it contains).
    pub fn occupations_under(&self, code: &str) -> Vec<&OccupationSummary> {
        self.snapshot
            .occupations
            .iter()
            .filter(|o| o.styrk.iter().any(|c| c.starts_with(code)))
            .collect()
    }

    /// Other occupations linked to exactly this unit group code.
    pub fn occupations_sharing(&self, code: &str, except_slug: &str) -> Vec<&OccupationSummary> {
        self.snapshot
            .occupations
            .iter()
            .filter(|o| o.slug != except_slug && o.styrk.iter().any(|c| c == code))
            .collect()
    }

    pub fn salary(&self, code: &str) -> Option<&Salary> {
        self.snapshot.salary.get(code)
    }

    pub fn employment(&self, code: &str) -> Option<&Employment> {
        self.snapshot.employment.get(code)
    }

    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.snapshot.sources.iter().find(|s| s.id == id)
    }

    /// Employed persons over a set of occupations. One STYRK code can belong to several
    /// occupations (utdanning.no's warning); adding per occupation would count those persons
    /// more than once, so each distinct code is added once.
    pub fn employment_total<'a>(
        &self,
        occupations: impl IntoIterator<Item = &'a OccupationSummary>,
    ) -> EmploymentTotal {
        let mut codes = BTreeSet::new();
        let mut links = 0usize;
        for occupation in occupations {
            for code in &occupation.styrk {
                links += 1;
                codes.insert(code.clone());
            }
        }
        // A code below another code in the set (2511 under 251) is already inside the broader
        // code's figure, so only the broadest code of each branch is counted.
        let broader_present = |code: &str| (1..code.len()).any(|len| codes.contains(&code[..len]));
        let redundant: Vec<String> = codes
            .iter()
            .filter(|code| broader_present(code))
            .cloned()
            .collect();
        for code in &redundant {
            codes.remove(code);
        }
        let mut persons = 0;
        let mut codes_counted = Vec::new();
        let mut codes_without_figures = Vec::new();
        for code in codes {
            match self.employment(&code) {
                Some(e) => {
                    persons += e.total;
                    codes_counted.push(code);
                }
                None => codes_without_figures.push(code),
            }
        }
        let distinct = codes_counted.len() + codes_without_figures.len();
        EmploymentTotal {
            persons,
            codes_counted,
            codes_without_figures,
            shared_links_skipped: links - distinct,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Figure, NationalReference};
    use std::collections::BTreeMap;

    fn code(code: &str, name: &str) -> StyrkCode {
        StyrkCode {
            code: code.into(),
            parent: (code.len() > 1).then(|| code[..code.len() - 1].to_string()),
            level: code.len() as u8,
            name: name.into(),
            nav_category: None,
            isco_title_en: None,
        }
    }

    fn occupation(slug: &str, title: &str, codes: &[&str]) -> OccupationSummary {
        OccupationSummary {
            slug: slug.into(),
            title: title.into(),
            styrk: codes.iter().map(|c| c.to_string()).collect(),
            intro: String::new(),
            task_count: 0,
        }
    }

    fn employed(total: u64) -> Employment {
        Employment {
            total,
            permanent: total,
            temporary: 0,
            unknown: 0,
        }
    }

    fn catalog() -> Catalog {
        let styrk = vec![
            code("7", "Håndverkere"),
            code("71", "Byggearbeidere"),
            code("711", "Bygningsarbeidere"),
            code("7115", "Tømrere og snekkere"),
            code("752", "Treindustriarbeidere"),
            code("7522", "Møbelsnekkere"),
            code("2", "Akademiske yrker"),
            code("25", "IKT-rådgivere"),
            code("251", "Programvareutviklere"),
            code("2511", "Systemanalytikere"),
            code("2512", "Programvareutviklere"),
        ];
        let employment = BTreeMap::from([
            ("7115".to_string(), employed(1000)),
            ("7522".to_string(), employed(300)),
            ("251".to_string(), employed(50_000)),
            ("2511".to_string(), employed(20_000)),
        ]);
        Catalog::new(Snapshot {
            schema_version: SCHEMA_VERSION,
            data_version: "test".into(),
            sources: vec![],
            occupations: vec![
                occupation("mobelsnekker", "Møbelsnekker", &["7522", "7115"]),
                occupation("trevaresnekker", "Trevaresnekker", &["7522"]),
                occupation("tomrer", "Tømrer", &["7115"]),
                occupation("it-prosjektleder", "IT-prosjektleder", &["2511", "2512"]),
                occupation("utvikler", "Utvikler", &["251"]),
                occupation("grunder", "Gründer", &[]),
            ],
            styrk,
            salary: BTreeMap::new(),
            employment,
            all_occupations: NationalReference {
                median_salary: Figure::Value(1),
                employed: None,
            },
            counties: vec![],
            municipalities: vec![],
        })
        .unwrap()
    }

    #[test]
    fn refuses_another_schema_version() {
        let mut snapshot = catalog().snapshot().clone();
        snapshot.schema_version = SCHEMA_VERSION + 1;
        assert!(matches!(
            Catalog::new(snapshot),
            Err(CatalogError::WrongSchemaVersion { .. })
        ));
    }

    #[test]
    fn finds_occupations_and_codes() {
        let catalog = catalog();
        assert_eq!(catalog.occupation("tomrer").unwrap().title, "Tømrer");
        assert!(catalog.occupation("finnes-ikke").is_none());
        assert_eq!(catalog.code("7522").unwrap().name, "Møbelsnekkere");
        let ancestors: Vec<&str> = catalog
            .ancestors("7115")
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(ancestors, ["7", "71", "711"]);
        let children: Vec<&str> = catalog
            .children("251")
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(children, ["2511", "2512"]);
    }

    #[test]
    fn links_codes_to_occupations_both_ways() {
        let catalog = catalog();
        let under_7: Vec<&str> = catalog
            .occupations_under("7")
            .iter()
            .map(|o| o.slug.as_str())
            .collect();
        assert_eq!(under_7, ["mobelsnekker", "trevaresnekker", "tomrer"]);
        let sharing: Vec<&str> = catalog
            .occupations_sharing("7522", "mobelsnekker")
            .iter()
            .map(|o| o.slug.as_str())
            .collect();
        assert_eq!(sharing, ["trevaresnekker"]);
    }

    #[test]
    fn counts_a_shared_code_once() {
        let catalog = catalog();
        let snekkere: Vec<&OccupationSummary> = ["mobelsnekker", "trevaresnekker", "tomrer"]
            .iter()
            .map(|s| catalog.occupation(s).unwrap())
            .collect();
        let total = catalog.employment_total(snekkere);
        // Adding per occupation would give 1300 + 300 + 1000 = 2600.
        assert_eq!(total.persons, 1300);
        assert_eq!(total.codes_counted, ["7115", "7522"]);
        assert_eq!(total.shared_links_skipped, 2);
    }

    #[test]
    fn counts_a_code_inside_a_broader_code_once() {
        let catalog = catalog();
        let it: Vec<&OccupationSummary> = ["it-prosjektleder", "utvikler"]
            .iter()
            .map(|s| catalog.occupation(s).unwrap())
            .collect();
        let total = catalog.employment_total(it);
        // 2511 and 2512 are inside 251, which already holds their persons.
        assert_eq!(total.persons, 50_000);
        assert_eq!(total.codes_counted, ["251"]);
        assert!(total.codes_without_figures.is_empty());
    }

    #[test]
    fn reports_codes_without_figures_instead_of_counting_zero() {
        let catalog = catalog();
        let total = catalog.employment_total([catalog.occupation("it-prosjektleder").unwrap()]);
        assert_eq!(total.persons, 20_000);
        assert_eq!(total.codes_without_figures, ["2512"]);
        let none = catalog.employment_total([catalog.occupation("grunder").unwrap()]);
        assert_eq!(none.persons, 0);
        assert!(none.codes_counted.is_empty());
    }

    #[test]
    fn filters_titles_in_norwegian_order() {
        let catalog = catalog();
        let hits: Vec<&str> = catalog
            .filter_by_text("snekker")
            .iter()
            .map(|o| o.slug.as_str())
            .collect();
        assert_eq!(hits, ["mobelsnekker", "trevaresnekker"]);
        let by_code: Vec<&str> = catalog
            .filter_by_text("7115")
            .iter()
            .map(|o| o.slug.as_str())
            .collect();
        assert_eq!(by_code, ["mobelsnekker", "tomrer"]);
        assert_eq!(catalog.filter_by_text("").len(), 6);
        assert_eq!(catalog.filter_by_text("it prosjektleder").len(), 1);
        assert_eq!(catalog.filter_by_text("gründer")[0].slug, "grunder");
        let all: Vec<&str> = catalog
            .filter_by_text("")
            .iter()
            .map(|o| o.title.as_str())
            .collect();
        assert_eq!(all.last(), Some(&"Utvikler"));
    }
}
