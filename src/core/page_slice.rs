//! A page's own share of the snapshot. A prerendered occupation or STYRK code page goes live
//! from two small files instead of the whole `snapshot.json`: the head every such page shares
//! (`side/hode.json`: sources, regions, every occupation's slug, title and codes) and its own
//! part (`side/yrke/<slug>.json`: the occupation whole, the codes its related occupations are
//! found by, salary and employment of its codes, its programme areas; `side/styrk/<code>.json`:
//! the code with its parents and children, its salary and the employment at and below it).
//! Both are snapshots with the other's fields empty, so they are read as `snapshot.json` is.
//! Joined, they are a snapshot that gives that page exactly what the whole one gives
//! (`tests/page_slices.rs` renders every such page from both); the whole one loads later, for
//! the next page.

use crate::core::integrity::UNSEALED;
use crate::core::model::{OccupationSummary, Snapshot, StyrkCode};
use std::collections::{BTreeMap, BTreeSet};

/// Folder (inside the snapshot folder) holding the pages' own files.
pub const PAGE_DIR: &str = "side";

/// The head every sliced page reads, in the snapshot folder.
pub const HEAD_FILE: &str = "side/hode.json";

/// A page that goes live from its slice of the snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SlicedPage {
    /// An occupation's page, by slug.
    Occupation(String),
    /// A STYRK code's page, by code.
    Code(String),
}

impl SlicedPage {
    /// Where its own part is in the snapshot folder: `side/yrke/<slug>.json`,
    /// `side/styrk/<code>.json`.
    pub fn file(&self) -> String {
        match self {
            SlicedPage::Occupation(slug) => format!("{PAGE_DIR}/yrke/{slug}.json"),
            SlicedPage::Code(code) => format!("{PAGE_DIR}/styrk/{code}.json"),
        }
    }

    /// The page whose own part is at `file` (a path in the snapshot folder), if it is one.
    pub fn from_file(file: &str) -> Option<SlicedPage> {
        let rest = file.strip_prefix(PAGE_DIR)?.strip_prefix('/')?;
        let (kind, name) = rest.strip_suffix(".json")?.split_once('/')?;
        let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
        match kind {
            "yrke" if !name.is_empty() && name.chars().all(plain) => {
                Some(SlicedPage::Occupation(name.to_string()))
            }
            "styrk"
                if (1..=4).contains(&name.len()) && name.chars().all(|c| c.is_ascii_digit()) =>
            {
                Some(SlicedPage::Code(name.to_string()))
            }
            _ => None,
        }
    }

    /// Every page the snapshot has a slice for: each occupation's and each code's.
    pub fn all(snapshot: &Snapshot) -> Vec<SlicedPage> {
        let occupations = snapshot
            .occupations
            .iter()
            .map(|o| SlicedPage::Occupation(o.slug.clone()));
        let codes = snapshot
            .styrk
            .iter()
            .map(|c| SlicedPage::Code(c.code.clone()));
        occupations.chain(codes).collect()
    }
}

/// A snapshot of this one's version with nothing in it, unsealed (the builder seals it as it
/// writes).
fn empty_like(snapshot: &Snapshot) -> Snapshot {
    Snapshot {
        content_hash: UNSEALED.to_string(),
        schema_version: snapshot.schema_version,
        data_version: snapshot.data_version.clone(),
        sources: Vec::new(),
        occupations: Vec::new(),
        styrk: Vec::new(),
        salary: BTreeMap::new(),
        employment: BTreeMap::new(),
        all_occupations: snapshot.all_occupations.clone(),
        counties: Vec::new(),
        municipalities: Vec::new(),
        programmes: Vec::new(),
    }
}

/// What every sliced page reads: the sources, the regions, the national figures and every
/// occupation's slug, title and codes.
pub fn head(snapshot: &Snapshot) -> Snapshot {
    Snapshot {
        sources: snapshot.sources.clone(),
        occupations: snapshot
            .occupations
            .iter()
            .map(|o| OccupationSummary::named(o.slug.clone(), o.title.clone(), o.styrk.clone()))
            .collect(),
        counties: snapshot.counties.clone(),
        municipalities: snapshot.municipalities.clone(),
        ..empty_like(snapshot)
    }
}

/// What `page` reads besides the head, unsealed; `None` for a page the snapshot does not have.
pub fn part(snapshot: &Snapshot, page: &SlicedPage) -> Option<Snapshot> {
    match page {
        SlicedPage::Occupation(slug) => occupation_part(snapshot, slug),
        SlicedPage::Code(code) => code_part(snapshot, code),
    }
}

/// The snapshot's codes by code.
fn codes_by_code(snapshot: &Snapshot) -> BTreeMap<&str, &StyrkCode> {
    snapshot
        .styrk
        .iter()
        .map(|s| (s.code.as_str(), s))
        .collect()
}

/// `codes` with the parents of each, up to the major group.
fn with_parents<'a>(
    by_code: &BTreeMap<&'a str, &'a StyrkCode>,
    codes: impl IntoIterator<Item = &'a str>,
) -> BTreeSet<&'a str> {
    let mut all = BTreeSet::new();
    for code in codes {
        let mut current = by_code.get(code).copied();
        while let Some(found) = current {
            all.insert(found.code.as_str());
            current = found
                .parent
                .as_deref()
                .and_then(|p| by_code.get(p).copied());
        }
    }
    all
}

/// A part with the codes, salaries and employment figures whose codes are chosen.
fn part_of(
    snapshot: &Snapshot,
    occupation: Option<OccupationSummary>,
    codes: &BTreeSet<&str>,
    figures: impl Fn(&str) -> bool,
) -> Snapshot {
    Snapshot {
        occupations: occupation.into_iter().collect(),
        styrk: snapshot
            .styrk
            .iter()
            .filter(|s| codes.contains(s.code.as_str()))
            .cloned()
            .collect(),
        salary: snapshot
            .salary
            .iter()
            .filter(|(c, _)| figures(c))
            .map(|(c, s)| (c.clone(), s.clone()))
            .collect(),
        employment: snapshot
            .employment
            .iter()
            .filter(|(c, _)| figures(c))
            .map(|(c, e)| (c.clone(), *e))
            .collect(),
        ..empty_like(snapshot)
    }
}

/// An occupation's page: the occupation whole; its codes with their parents, and every code in
/// one of its NAV categories (related occupations are found by them); salary and employment of
/// its codes; the programme areas where its routes start and the lærefag that lead to it.
fn occupation_part(snapshot: &Snapshot, slug: &str) -> Option<Snapshot> {
    let me = snapshot.occupations.iter().find(|o| o.slug == slug)?;
    let by_code = codes_by_code(snapshot);
    let nav_of = |c: &str| {
        by_code
            .get(c)
            .and_then(|s| s.nav_category.as_ref())
            .map(|n| n.level2.clone())
    };
    let my_nav: BTreeSet<String> = me.styrk.iter().filter_map(|c| nav_of(c)).collect();
    let mut codes = with_parents(&by_code, me.styrk.iter().map(String::as_str));
    for other in &snapshot.occupations {
        for c in &other.styrk {
            if nav_of(c).is_some_and(|nav| my_nav.contains(&nav)) {
                codes.insert(c.as_str());
            }
        }
    }
    let own: BTreeSet<&str> = me.styrk.iter().map(String::as_str).collect();
    let entry: BTreeSet<&str> = me
        .entry_programmes
        .iter()
        .map(|p| p.code.as_str())
        .collect();
    let mut part = part_of(snapshot, Some(me.clone()), &codes, |c| own.contains(c));
    part.programmes = snapshot
        .programmes
        .iter()
        .filter(|p| entry.contains(p.code.as_str()) || p.occupations.iter().any(|o| o == slug))
        .cloned()
        .collect();
    Some(part)
}

/// A STYRK code's page: the code with its parents and children, its salary, and the
/// employment of every code at or below it (what its occupations are counted by).
fn code_part(snapshot: &Snapshot, code: &str) -> Option<Snapshot> {
    let by_code = codes_by_code(snapshot);
    by_code.get(code)?;
    let mut codes = with_parents(&by_code, [code]);
    codes.extend(
        snapshot
            .styrk
            .iter()
            .filter(|c| c.parent.as_deref() == Some(code))
            .map(|c| c.code.as_str()),
    );
    let mut part = part_of(snapshot, None, &codes, |c| c.starts_with(code));
    part.salary.retain(|c, _| c == code);
    Some(part)
}

/// Why a head and a page's own part do not make one snapshot.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum JoinError {
    #[error("the page's data version {page} does not match the head's {head}")]
    OtherVersion { head: String, page: String },
    #[error("the head does not list the page's occupation {0}")]
    NotInHead(String),
    #[error("a page's part holds at most one occupation, not {0}")]
    Occupations(usize),
}

/// The head and one page's own part as the snapshot that page reads: the head's sources,
/// regions and occupations, the part's occupation whole in place of its name and codes, and
/// the part's codes, figures and programme areas. Its content hash is the two files' hashes,
/// head first (what the page's seals name).
pub fn join(head: Snapshot, part: Snapshot) -> Result<Snapshot, JoinError> {
    if head.data_version != part.data_version {
        return Err(JoinError::OtherVersion {
            head: head.data_version,
            page: part.data_version,
        });
    }
    if part.occupations.len() > 1 {
        return Err(JoinError::Occupations(part.occupations.len()));
    }
    let mut whole = part.occupations.into_iter().next();
    let occupations: Vec<OccupationSummary> = head
        .occupations
        .into_iter()
        .map(|o| whole.take_if(|w| w.slug == o.slug).unwrap_or(o))
        .collect();
    if let Some(missing) = whole {
        return Err(JoinError::NotInHead(missing.slug));
    }
    Ok(Snapshot {
        content_hash: format!("{} {}", head.content_hash, part.content_hash),
        occupations,
        styrk: part.styrk,
        salary: part.salary,
        employment: part.employment,
        programmes: part.programmes,
        ..head
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::tests::catalog;
    use crate::core::catalog::Catalog;
    use crate::core::glance::Glance;

    fn sliced(whole: &Catalog, page: &SlicedPage) -> Catalog {
        let part = part(whole.snapshot(), page).unwrap();
        assert_eq!(part.content_hash, UNSEALED);
        Catalog::new(join(head(whole.snapshot()), part).unwrap()).unwrap()
    }

    fn occupation(slug: &str) -> SlicedPage {
        SlicedPage::Occupation(slug.into())
    }

    #[test]
    fn a_page_names_its_file_and_reads_back_from_it() {
        assert_eq!(occupation("kokk").file(), "side/yrke/kokk.json");
        assert_eq!(
            SlicedPage::Code("2511".into()).file(),
            "side/styrk/2511.json"
        );
        for page in SlicedPage::all(catalog().snapshot()) {
            assert_eq!(SlicedPage::from_file(&page.file()), Some(page));
        }
        for other in [
            "side/yrke/.json",
            "side/yrke/a/b.json",
            "side/yrke/Kokk.json",
            "yrke/kokk.json",
            "side/styrk/25111.json",
            "side/styrk/25a1.json",
            "side/fylke/46.json",
            HEAD_FILE,
        ] {
            assert_eq!(SlicedPage::from_file(other), None, "{other}");
        }
    }

    #[test]
    fn an_unknown_page_has_no_part() {
        let snapshot = catalog().snapshot().clone();
        assert!(part(&snapshot, &occupation("finnes-ikke")).is_none());
        assert!(part(&snapshot, &SlicedPage::Code("0000".into())).is_none());
    }

    #[test]
    fn an_occupation_page_reads_the_same_from_its_slice_as_from_the_whole() {
        let whole = &catalog();
        for occupation in whole.occupations() {
            let slug = &occupation.slug;
            let sliced = sliced(whole, &SlicedPage::Occupation(slug.clone()));
            let mine = sliced.occupation(slug).unwrap();
            assert_eq!(mine, occupation, "{slug}");
            assert_eq!(
                Glance::of(&sliced, mine),
                Glance::of(whole, occupation),
                "{slug}"
            );
            let related = |c: &Catalog| {
                c.related(slug, 12)
                    .into_iter()
                    .map(|(o, r)| (o.slug.clone(), r))
                    .collect::<Vec<_>>()
            };
            assert_eq!(related(&sliced), related(whole), "{slug}");
            for code in &occupation.styrk {
                assert_eq!(sliced.code(code), whole.code(code), "{slug} {code}");
                assert_eq!(sliced.ancestors(code), whole.ancestors(code), "{slug}");
                assert_eq!(sliced.salary(code), whole.salary(code), "{slug} {code}");
                assert_eq!(sliced.employment(code), whole.employment(code));
            }
            for step in &occupation.entry_programmes {
                assert_eq!(sliced.programme(&step.code), whole.programme(&step.code));
            }
            let all: Vec<&str> = whole
                .occupations()
                .iter()
                .map(|o| o.slug.as_str())
                .collect();
            let titles = |c: &Catalog| {
                c.compare_list(&all.join(","))
                    .into_iter()
                    .map(|o| o.title.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(titles(&sliced), titles(whole));
        }
    }

    #[test]
    fn a_code_page_reads_the_same_from_its_slice_as_from_the_whole() {
        let whole = &catalog();
        for code in &whole.snapshot().styrk {
            let code = code.code.as_str();
            let sliced = sliced(whole, &SlicedPage::Code(code.into()));
            assert_eq!(sliced.code(code), whole.code(code));
            assert_eq!(sliced.ancestors(code), whole.ancestors(code), "{code}");
            assert_eq!(sliced.children(code), whole.children(code), "{code}");
            assert_eq!(sliced.salary(code), whole.salary(code), "{code}");
            assert_eq!(sliced.employment(code), whole.employment(code), "{code}");
            let under = |c: &Catalog| {
                let linked = c.occupations_under(code);
                let total = c.employment_total_within(linked.iter().copied(), code);
                let slugs: Vec<String> = linked.iter().map(|o| o.slug.clone()).collect();
                (slugs, total)
            };
            assert_eq!(under(&sliced), under(whole), "{code}");
        }
    }

    #[test]
    fn other_occupations_keep_only_what_links_and_counts_need() {
        let whole = catalog();
        let first = &whole.occupations()[0];
        let sliced = sliced(&whole, &occupation(&first.slug));
        assert_eq!(sliced.occupations().len(), whole.occupations().len());
        for other in sliced.occupations().iter().filter(|o| o.slug != first.slug) {
            assert!(other.entry_programmes.is_empty() && other.interests.is_none());
        }
        let snapshot = sliced.snapshot();
        assert!(snapshot.salary.keys().all(|c| first.styrk.contains(c)));
        assert!(snapshot.employment.keys().all(|c| first.styrk.contains(c)));
    }

    #[test]
    fn parts_of_other_builds_do_not_join() {
        let whole = catalog();
        let page = occupation(&whole.occupations()[0].slug);
        let mut part = part(whole.snapshot(), &page).unwrap();
        part.data_version = "other".into();
        assert!(matches!(
            join(head(whole.snapshot()), part.clone()),
            Err(JoinError::OtherVersion { .. })
        ));
        part.data_version = whole.snapshot().data_version.clone();
        let slug = whole.occupations()[0].slug.clone();
        let mut without = head(whole.snapshot());
        without.occupations.retain(|o| o.slug != slug);
        assert_eq!(join(without, part), Err(JoinError::NotInHead(slug)));
    }
}
