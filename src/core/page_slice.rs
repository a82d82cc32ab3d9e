//! A page's own share of the snapshot. A prerendered occupation page goes live from two small
//! files instead of the whole `snapshot.json`: the head every occupation page shares
//! (`side/hode.json`: sources, regions, every occupation's slug, title and codes) and its own
//! (`side/yrke/<slug>.json`: the occupation whole, the codes its related occupations are found
//! by, salary and employment of its codes, its programme areas). Joined, they are a snapshot
//! that gives that page exactly what the whole one gives (`tests/page_slices.rs` renders every
//! occupation page from both); the whole one loads later, for the next page.

use crate::core::integrity::UNSEALED;
use crate::core::model::{
    OccupationHead, OccupationPageData, OccupationSummary, PageHead, Snapshot, StyrkCode,
};
use std::collections::{BTreeMap, BTreeSet};

/// Folder (inside the snapshot folder) holding the pages' own files.
pub const PAGE_DIR: &str = "side";

/// The head every occupation page reads, in the snapshot folder.
pub const HEAD_FILE: &str = "side/hode.json";

/// Where an occupation page's own file is in the snapshot folder: `side/yrke/<slug>.json`.
pub fn occupation_page_file(slug: &str) -> String {
    format!("{PAGE_DIR}/yrke/{slug}.json")
}

/// The slug of an occupation page's own file from its path in the snapshot folder.
pub fn occupation_page_slug(file: &str) -> Option<&str> {
    file.strip_prefix(PAGE_DIR)?
        .strip_prefix("/yrke/")?
        .strip_suffix(".json")
        .filter(|slug| !slug.is_empty() && !slug.contains('/'))
}

/// What every occupation page reads, unsealed (the builder seals it as it writes).
pub fn head(snapshot: &Snapshot) -> PageHead {
    PageHead {
        content_hash: UNSEALED.to_string(),
        schema_version: snapshot.schema_version,
        data_version: snapshot.data_version.clone(),
        sources: snapshot.sources.clone(),
        occupations: snapshot
            .occupations
            .iter()
            .map(|o| OccupationHead {
                slug: o.slug.clone(),
                title: o.title.clone(),
                styrk: o.styrk.clone(),
            })
            .collect(),
        all_occupations: snapshot.all_occupations.clone(),
        counties: snapshot.counties.clone(),
        municipalities: snapshot.municipalities.clone(),
    }
}

/// What the page of the occupation `slug` reads besides the head, unsealed; `None` for a slug
/// the snapshot does not have.
pub fn occupation_page(snapshot: &Snapshot, slug: &str) -> Option<OccupationPageData> {
    let me = snapshot.occupations.iter().find(|o| o.slug == slug)?;
    let by_code: BTreeMap<&str, &StyrkCode> = snapshot
        .styrk
        .iter()
        .map(|s| (s.code.as_str(), s))
        .collect();
    let code = |c: &str| by_code.get(c).copied();
    let nav_of = |c: &str| {
        code(c)
            .and_then(|s| s.nav_category.as_ref())
            .map(|n| n.level2.clone())
    };
    let my_nav: BTreeSet<String> = me.styrk.iter().filter_map(|c| nav_of(c)).collect();

    let mut codes: BTreeSet<&str> = BTreeSet::new();
    for own in &me.styrk {
        let mut current = code(own);
        while let Some(found) = current {
            codes.insert(found.code.as_str());
            current = found.parent.as_deref().and_then(code);
        }
    }
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
    Some(OccupationPageData {
        content_hash: UNSEALED.to_string(),
        schema_version: snapshot.schema_version,
        data_version: snapshot.data_version.clone(),
        occupation: me.clone(),
        styrk: snapshot
            .styrk
            .iter()
            .filter(|s| codes.contains(s.code.as_str()))
            .cloned()
            .collect(),
        salary: snapshot
            .salary
            .iter()
            .filter(|(c, _)| own.contains(c.as_str()))
            .map(|(c, s)| (c.clone(), s.clone()))
            .collect(),
        employment: snapshot
            .employment
            .iter()
            .filter(|(c, _)| own.contains(c.as_str()))
            .map(|(c, e)| (c.clone(), *e))
            .collect(),
        programmes: snapshot
            .programmes
            .iter()
            .filter(|p| entry.contains(p.code.as_str()) || p.occupations.iter().any(|o| o == slug))
            .cloned()
            .collect(),
    })
}

/// Why a head and a page's own file do not make one snapshot.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum JoinError {
    #[error("the page's data version {page} does not match the head's {head}")]
    OtherVersion { head: String, page: String },
    #[error("the head does not list the page's occupation {0}")]
    NotInHead(String),
}

/// The head and one occupation page's own file as the snapshot that page reads. Its content
/// hash is the two files' hashes, head first (what the page's seals name).
pub fn join(head: PageHead, page: OccupationPageData) -> Result<Snapshot, JoinError> {
    if head.data_version != page.data_version {
        return Err(JoinError::OtherVersion {
            head: head.data_version,
            page: page.data_version,
        });
    }
    let slug = page.occupation.slug.clone();
    let mut found = false;
    let mut page_occupation = Some(page.occupation);
    let occupations = head
        .occupations
        .into_iter()
        .map(|o| {
            if o.slug == slug {
                found = true;
                if let Some(whole) = page_occupation.take() {
                    return whole;
                }
            }
            summary_of(o)
        })
        .collect();
    if !found {
        return Err(JoinError::NotInHead(slug));
    }
    Ok(Snapshot {
        content_hash: format!("{} {}", head.content_hash, page.content_hash),
        schema_version: head.schema_version,
        data_version: head.data_version,
        sources: head.sources,
        occupations,
        styrk: page.styrk,
        salary: page.salary,
        employment: page.employment,
        all_occupations: head.all_occupations,
        counties: head.counties,
        municipalities: head.municipalities,
        programmes: page.programmes,
    })
}

/// Another occupation as the head has it, with nothing else known of it.
fn summary_of(head: OccupationHead) -> OccupationSummary {
    OccupationSummary {
        slug: head.slug,
        title: head.title,
        styrk: head.styrk,
        task_count: 0,
        education_levels: Vec::new(),
        higher_education_links: 0,
        programmes: Vec::new(),
        entry_programmes: Vec::new(),
        interests: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::tests::catalog;
    use crate::core::catalog::Catalog;
    use crate::core::glance::Glance;

    fn sliced(whole: &Catalog, slug: &str) -> Catalog {
        let page = occupation_page(whole.snapshot(), slug).unwrap();
        assert_eq!(page.content_hash, UNSEALED);
        Catalog::new(join(head(whole.snapshot()), page).unwrap()).unwrap()
    }

    #[test]
    fn the_file_names_the_slug_and_reads_back() {
        assert_eq!(occupation_page_file("kokk"), "side/yrke/kokk.json");
        assert_eq!(occupation_page_slug("side/yrke/kokk.json"), Some("kokk"));
        assert_eq!(occupation_page_slug("side/yrke/.json"), None);
        assert_eq!(occupation_page_slug("side/yrke/a/b.json"), None);
        assert_eq!(occupation_page_slug("yrke/kokk.json"), None);
        assert_eq!(occupation_page_slug(HEAD_FILE), None);
    }

    #[test]
    fn an_unknown_occupation_has_no_page_file() {
        assert!(occupation_page(catalog().snapshot(), "finnes-ikke").is_none());
    }

    #[test]
    fn the_page_reads_the_same_from_its_files_as_from_the_whole() {
        let whole = &catalog();
        for occupation in whole.occupations() {
            let slug = &occupation.slug;
            let sliced = sliced(whole, slug);
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
    fn other_occupations_keep_only_what_links_and_counts_need() {
        let whole = catalog();
        let first = &whole.occupations()[0];
        let sliced = sliced(&whole, &first.slug);
        assert_eq!(sliced.occupations().len(), whole.occupations().len());
        for other in sliced.occupations().iter().filter(|o| o.slug != first.slug) {
            assert!(other.entry_programmes.is_empty() && other.interests.is_none());
        }
        let snapshot = sliced.snapshot();
        assert!(snapshot.salary.keys().all(|c| first.styrk.contains(c)));
        assert!(snapshot.employment.keys().all(|c| first.styrk.contains(c)));
    }

    #[test]
    fn files_of_other_builds_do_not_join() {
        let whole = catalog();
        let slug = &whole.occupations()[0].slug;
        let mut page = occupation_page(whole.snapshot(), slug).unwrap();
        page.data_version = "other".into();
        assert!(matches!(
            join(head(whole.snapshot()), page),
            Err(JoinError::OtherVersion { .. })
        ));
        let page = occupation_page(whole.snapshot(), slug).unwrap();
        let mut without = head(whole.snapshot());
        without.occupations.retain(|o| &o.slug != slug);
        assert_eq!(join(without, page), Err(JoinError::NotInHead(slug.clone())));
    }
}
