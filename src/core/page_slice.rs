//! A page's own share of the snapshot. A prerendered occupation, STYRK code, programme area or
//! school page goes live from small files instead of the whole `snapshot.json`: the head every
//! such page shares (`side/hode.json`: sources, regions, every occupation's slug, title and
//! codes) and its own part (`side/yrke/<slug>.json`: the occupation whole, the codes its related
//! occupations are found by, salary and employment of its codes, its programme areas;
//! `side/styrk/<code>.json`: the code with its parents and children, its salary and the
//! employment at and below it; `side/vgs/<code>.json`: the programme areas before and after it,
//! the occupations they lead to whole with their codes' figures; `side/skole/<orgnr>.json`: the
//! programme areas the school offers and those after them). Both are snapshots with the other's
//! fields empty, so they are read as `snapshot.json` is. A programme area's or school's page
//! also has its own share of `schools.json` beside its part ([`OwnFile`]).
//! Joined, they give that page exactly what the whole files give (`tests/page_slices.rs` renders
//! every such page from both); the whole ones load later, for the next page.

use crate::core::integrity::UNSEALED;
use crate::core::model::{
    CountyMap, OccupationSummary, Programme, RegionData, School, SchoolData, Snapshot, Study,
    StudyData, StyrkCode, REGIONS_FILE, SCHOOLS_FILE, STUDIES_FILE,
};
use crate::core::programmes::{address_code, code_from_address};
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
    /// A programme area's page (`/vgs/<code>`), by its full code ("ELELE1----").
    Programme(String),
    /// A school's page, by orgnr.
    School(String),
    /// A county's page, by its 2024 number.
    County(String),
}

/// A file besides the snapshot of which some pages have their own share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnFile {
    /// `regions.json`: a county's employers, study places and the link rules and shortage.
    Regions,
    /// `schools.json`: the schools a page shows, with the admission counties' notes.
    Schools,
    /// `studies.json`: a county's studies, with every study type and institution.
    Studies,
}

impl OwnFile {
    /// Every kind, in the order a page's files list them.
    pub const ALL: [OwnFile; 3] = [OwnFile::Regions, OwnFile::Schools, OwnFile::Studies];

    /// The whole file's name in the snapshot folder.
    pub fn whole(self) -> &'static str {
        match self {
            OwnFile::Regions => REGIONS_FILE,
            OwnFile::Schools => SCHOOLS_FILE,
            OwnFile::Studies => STUDIES_FILE,
        }
    }
}

impl SlicedPage {
    /// The folder below [`PAGE_DIR`] and the name of the page's files.
    fn place(&self) -> (&'static str, &str) {
        match self {
            SlicedPage::Occupation(slug) => ("yrke", slug),
            SlicedPage::Code(code) => ("styrk", code),
            SlicedPage::Programme(code) => ("vgs", address_code(code)),
            SlicedPage::School(orgnr) => ("skole", orgnr),
            SlicedPage::County(number) => ("fylke", number),
        }
    }

    /// Where its own part is in the snapshot folder: `side/yrke/<slug>.json`,
    /// `side/styrk/<code>.json`, `side/vgs/<code>.json`, `side/skole/<orgnr>.json`.
    pub fn file(&self) -> String {
        let (kind, name) = self.place();
        format!("{PAGE_DIR}/{kind}/{name}.json")
    }

    /// The files besides the snapshot the page has its own share of.
    pub fn own_files(&self) -> &'static [OwnFile] {
        match self {
            SlicedPage::Occupation(_) | SlicedPage::Code(_) => &[],
            SlicedPage::Programme(_) | SlicedPage::School(_) => &[OwnFile::Schools],
            SlicedPage::County(_) => &OwnFile::ALL,
        }
    }

    /// Where its own share of `file` is, when it has one: `side/skole/<orgnr>.schools.json`.
    pub fn own_file(&self, file: OwnFile) -> Option<String> {
        self.own_files().contains(&file).then(|| {
            let (kind, name) = self.place();
            format!("{PAGE_DIR}/{kind}/{name}.{}", file.whole())
        })
    }

    /// The page whose own part is at `file` (a path in the snapshot folder), if it is one.
    pub fn from_file(file: &str) -> Option<SlicedPage> {
        let rest = file.strip_prefix(PAGE_DIR)?.strip_prefix('/')?;
        let (kind, name) = rest.strip_suffix(".json")?.split_once('/')?;
        let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
        let digits = |n: &str| n.chars().all(|c| c.is_ascii_digit());
        match kind {
            "yrke" if !name.is_empty() && name.chars().all(plain) => {
                Some(SlicedPage::Occupation(name.to_string()))
            }
            "styrk" if (1..=4).contains(&name.len()) && digits(name) => {
                Some(SlicedPage::Code(name.to_string()))
            }
            "vgs" => code_from_address(name)
                .filter(|code| address_code(code) == name)
                .map(SlicedPage::Programme),
            "skole" if name.len() == 9 && digits(name) => Some(SlicedPage::School(name.into())),
            "fylke" if name.len() == 2 && digits(name) => Some(SlicedPage::County(name.into())),
            _ => None,
        }
    }

    /// The page and the file whose own share is at `path` (`side/skole/<orgnr>.schools.json`).
    pub fn from_own_file(path: &str) -> Option<(SlicedPage, OwnFile)> {
        OwnFile::ALL.into_iter().find_map(|file| {
            let stem = path.strip_suffix(file.whole())?.strip_suffix('.')?;
            let page = SlicedPage::from_file(&format!("{stem}.json"))?;
            page.own_files().contains(&file).then_some((page, file))
        })
    }

    /// Every page the files have a slice for: each occupation's, code's, programme area's,
    /// school's and county's.
    pub fn all(whole: &Whole) -> Vec<SlicedPage> {
        let snapshot = whole.snapshot;
        let occupations = snapshot
            .occupations
            .iter()
            .map(|o| SlicedPage::Occupation(o.slug.clone()));
        let codes = snapshot
            .styrk
            .iter()
            .map(|c| SlicedPage::Code(c.code.clone()));
        let programmes = snapshot
            .programmes
            .iter()
            .map(|p| SlicedPage::Programme(p.code.clone()));
        let schools = whole
            .schools
            .schools
            .iter()
            .map(|s| SlicedPage::School(s.orgnr.clone()));
        let counties = snapshot
            .counties
            .iter()
            .map(|c| SlicedPage::County(c.code.clone()));
        occupations
            .chain(codes)
            .chain(programmes)
            .chain(schools)
            .chain(counties)
            .collect()
    }
}

/// The whole files pages are sliced from.
#[derive(Clone, Copy)]
pub struct Whole<'a> {
    pub snapshot: &'a Snapshot,
    pub regions: &'a RegionData,
    pub schools: &'a SchoolData,
    pub studies: &'a StudyData,
}

/// A page's own files: its part of the snapshot and its share of each [`OwnFile`] it has.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub snapshot: Snapshot,
    pub regions: Option<RegionData>,
    pub schools: Option<SchoolData>,
    pub studies: Option<StudyData>,
}

impl Part {
    /// A part of the snapshot alone.
    fn of(snapshot: Snapshot) -> Part {
        Part {
            snapshot,
            regions: None,
            schools: None,
            studies: None,
        }
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

/// What `page` reads besides the head, unsealed; `None` for a page the files do not have.
pub fn part(whole: &Whole, page: &SlicedPage) -> Option<Part> {
    let snapshot = whole.snapshot;
    match page {
        SlicedPage::Occupation(slug) => occupation_part(snapshot, slug).map(Part::of),
        SlicedPage::Code(code) => code_part(snapshot, code).map(Part::of),
        SlicedPage::Programme(code) => programme_part(whole, code),
        SlicedPage::School(orgnr) => school_part(whole, orgnr),
        SlicedPage::County(number) => county_part(whole, number),
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
    occupations: impl IntoIterator<Item = OccupationSummary>,
    codes: &BTreeSet<&str>,
    figures: impl Fn(&str) -> bool,
) -> Snapshot {
    Snapshot {
        occupations: occupations.into_iter().collect(),
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

/// The programme areas one can go on to from `codes`, step by step (through `next` and
/// `cross`), with `codes` themselves.
fn programmes_after(
    programmes: &[Programme],
    codes: impl IntoIterator<Item = String>,
) -> BTreeSet<&str> {
    let by_code: BTreeMap<&str, &Programme> =
        programmes.iter().map(|p| (p.code.as_str(), p)).collect();
    let mut seen = BTreeSet::new();
    let mut queue: Vec<String> = codes.into_iter().collect();
    while let Some(code) = queue.pop() {
        let Some(programme) = by_code.get(code.as_str()) else {
            continue;
        };
        if seen.insert(programme.code.as_str()) {
            queue.extend(programme.next.iter().chain(&programme.cross).cloned());
        }
    }
    seen
}

/// The snapshot's programme areas whose codes are in `codes`, in the snapshot's order.
fn programmes_among(snapshot: &Snapshot, codes: &BTreeSet<&str>) -> Vec<Programme> {
    snapshot
        .programmes
        .iter()
        .filter(|p| codes.contains(p.code.as_str()))
        .cloned()
        .collect()
}

/// The programme areas from which one can reach `code`, step by step.
fn programmes_before<'a>(programmes: &'a [Programme], code: &str) -> BTreeSet<&'a str> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut queue = vec![code.to_string()];
    while let Some(code) = queue.pop() {
        for before in programmes.iter().filter(|p| p.next.contains(&code)) {
            if seen.insert(before.code.as_str()) {
                queue.push(before.code.clone());
            }
        }
    }
    seen
}

/// A programme area's page: the programme areas on every way to it and after it; the
/// occupations those after it lead to, whole, with their codes (and parents) and their codes'
/// salary and employment; the schools that offer it, with only that row each, and every
/// admission county's notes.
fn programme_part(whole: &Whole, code: &str) -> Option<Part> {
    let snapshot = whole.snapshot;
    snapshot.programmes.iter().find(|p| p.code == code)?;
    let after = programmes_after(&snapshot.programmes, [code.to_string()]);
    let before = programmes_before(&snapshot.programmes, code);
    let slugs: BTreeSet<&str> = snapshot
        .programmes
        .iter()
        .filter(|p| after.contains(p.code.as_str()))
        .flat_map(|p| p.occupations.iter().map(String::as_str))
        .collect();
    let occupations: Vec<&OccupationSummary> = snapshot
        .occupations
        .iter()
        .filter(|o| slugs.contains(o.slug.as_str()))
        .collect();
    let own: BTreeSet<&str> = occupations
        .iter()
        .flat_map(|o| o.styrk.iter().map(String::as_str))
        .collect();
    let codes = with_parents(&codes_by_code(snapshot), own.iter().copied());
    let mut part = part_of(snapshot, occupations.into_iter().cloned(), &codes, |c| {
        own.contains(c)
    });
    part.programmes = programmes_among(snapshot, &(&after | &before));
    let schools = SchoolData {
        schools: whole
            .schools
            .schools
            .iter()
            .filter_map(|school| {
                let programmes: Vec<_> = school
                    .programmes
                    .iter()
                    .filter(|p| p.code.as_deref() == Some(code))
                    .cloned()
                    .collect();
                (!programmes.is_empty()).then(|| School {
                    programmes,
                    ..school.clone()
                })
            })
            .collect(),
        ..schools_like(whole.schools)
    };
    Some(Part {
        schools: Some(schools),
        ..Part::of(part)
    })
}

/// A school's page: the programme areas it offers and those one can go on to from them; the
/// school whole, with its county's admission notes.
fn school_part(whole: &Whole, orgnr: &str) -> Option<Part> {
    let school = whole.schools.schools.iter().find(|s| s.orgnr == orgnr)?;
    let snapshot = whole.snapshot;
    let offered = school.programmes.iter().filter_map(|p| p.code.clone());
    let part = Snapshot {
        programmes: programmes_among(snapshot, &programmes_after(&snapshot.programmes, offered)),
        ..empty_like(snapshot)
    };
    let schools = SchoolData {
        counties: whole
            .schools
            .counties
            .iter()
            .filter(|c| c.county == school.county)
            .cloned()
            .collect(),
        schools: vec![school.clone()],
        ..schools_like(whole.schools)
    };
    Some(Part {
        schools: Some(schools),
        ..Part::of(part)
    })
}

/// A county's page: the programme areas its schools offer and those after them; its
/// employers (training offices approved there), study places and the shortage and link rules
/// whole (no county map: the page has none); its schools with its admission notes; its studies, with every study type and
/// institution, and the studies that carry the newest year of cut-offs and of applicant
/// figures (which decide what counts as current).
fn county_part(whole: &Whole, county: &str) -> Option<Part> {
    let snapshot = whole.snapshot;
    snapshot.counties.iter().find(|c| c.code == county)?;
    let in_county = |c: &Option<String>| c.as_deref() == Some(county);
    let schools: Vec<School> = whole
        .schools
        .schools
        .iter()
        .filter(|s| s.county == county)
        .cloned()
        .collect();
    let offered = schools
        .iter()
        .flat_map(|s| s.programmes.iter().filter_map(|p| p.code.clone()));
    let part = Snapshot {
        programmes: programmes_among(snapshot, &programmes_after(&snapshot.programmes, offered)),
        ..empty_like(snapshot)
    };
    let regions = RegionData {
        content_hash: UNSEALED.to_string(),
        employers: whole
            .regions
            .employers
            .iter()
            .filter(|e| in_county(&e.county) || e.approved_in.iter().any(|c| c == county))
            .cloned()
            .collect(),
        study_programmes: whole
            .regions
            .study_programmes
            .iter()
            .filter(|p| p.county == county)
            .cloned()
            .collect(),
        map: CountyMap {
            counties: Vec::new(),
            ..whole.regions.map.clone()
        },
        ..whole.regions.clone()
    };
    let schools = SchoolData {
        counties: whole
            .schools
            .counties
            .iter()
            .filter(|c| c.county == county)
            .cloned()
            .collect(),
        schools,
        ..schools_like(whole.schools)
    };
    let newest = |year: fn(&Study) -> Option<u16>| {
        let latest = whole.studies.studies.iter().filter_map(year).max();
        whole
            .studies
            .studies
            .iter()
            .find(move |s| latest.is_some() && year(s) == latest)
    };
    let studies = StudyData {
        content_hash: UNSEALED.to_string(),
        studies: whole
            .studies
            .studies
            .iter()
            .filter(|s| in_county(&s.county))
            .chain(newest(|s| s.main_round.keys().next_back().copied()))
            .chain(newest(|s| s.latest.map(|l| l.0)))
            .fold(Vec::new(), |mut kept: Vec<Study>, s| {
                if !kept.iter().any(|k| k.code == s.code) {
                    kept.push(s.clone());
                }
                kept
            }),
        ..whole.studies.clone()
    };
    Some(Part {
        snapshot: part,
        regions: Some(regions),
        schools: Some(schools),
        studies: Some(studies),
    })
}

/// `schools.json` of this one's version with every county's notes and no school, unsealed.
fn schools_like(schools: &SchoolData) -> SchoolData {
    SchoolData {
        content_hash: UNSEALED.to_string(),
        schema_version: schools.schema_version,
        data_version: schools.data_version.clone(),
        counties: schools.counties.clone(),
        schools: Vec::new(),
    }
}

/// Why a head and a page's own part do not make one snapshot.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum JoinError {
    #[error("the page's data version {page} does not match the head's {head}")]
    OtherVersion { head: String, page: String },
    #[error("the head does not list the page's occupation {0}")]
    NotInHead(String),
}

/// The head and one page's own part as the snapshot that page reads: the head's sources,
/// regions and occupations, the part's occupations whole in place of their names and codes,
/// and the part's codes, figures and programme areas. Its content hash is the two files'
/// hashes, head first (what the page's seals name).
pub fn join(head: Snapshot, part: Snapshot) -> Result<Snapshot, JoinError> {
    if head.data_version != part.data_version {
        return Err(JoinError::OtherVersion {
            head: head.data_version,
            page: part.data_version,
        });
    }
    // A plain list: a part holds at most a few hundred occupations, and the browser's wasm
    // then carries no ordered map for this.
    let mut whole: Vec<Option<OccupationSummary>> =
        part.occupations.into_iter().map(Some).collect();
    let occupations: Vec<OccupationSummary> = head
        .occupations
        .into_iter()
        .map(|named| {
            whole
                .iter_mut()
                .find(|w| w.as_ref().is_some_and(|w| w.slug == named.slug))
                .and_then(Option::take)
                .unwrap_or(named)
        })
        .collect();
    if let Some(missing) = whole.into_iter().flatten().next() {
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
    use crate::core::model::{EmployerKind, Region};
    use crate::core::places::tests::places;
    use crate::core::places::{Place, Places};
    use crate::core::schools::tests::schools;
    use crate::core::schools::Schools;
    use crate::core::studies::Studies;

    /// The catalog fixture with the counties the other fixtures have places in.
    fn catalog_with_counties() -> Catalog {
        let mut snapshot = catalog().snapshot().clone();
        snapshot.counties = [("03", "Oslo"), ("11", "Rogaland"), ("46", "Vestland")]
            .into_iter()
            .map(|(code, name)| Region {
                code: code.into(),
                name: name.into(),
                county: None,
            })
            .collect();
        Catalog::new(snapshot).unwrap()
    }

    /// The fixtures' other files, which the pages' shares are cut from.
    struct Others {
        places: Places,
        schools: Schools,
        studies: StudyData,
    }

    fn others() -> Others {
        Others {
            places: places(None),
            schools: schools(),
            studies: crate::core::studies::tests::fixture(),
        }
    }

    fn whole_of<'a>(catalog: &'a Catalog, others: &'a Others) -> Whole<'a> {
        Whole {
            snapshot: catalog.snapshot(),
            regions: others.places.data(),
            schools: others.schools.data(),
            studies: &others.studies,
        }
    }

    /// The page's part, its snapshot joined to the head, and its shares of the other files.
    fn sliced_with_others(whole: &Catalog, page: &SlicedPage) -> (Catalog, Part) {
        let part = part(&whole_of(whole, &others()), page).unwrap();
        assert_eq!(part.snapshot.content_hash, UNSEALED);
        let joined = join(head(whole.snapshot()), part.snapshot.clone()).unwrap();
        (Catalog::new(joined).unwrap(), part)
    }

    fn sliced_with_schools(whole: &Catalog, page: &SlicedPage) -> (Catalog, Option<Schools>) {
        let (catalog, part) = sliced_with_others(whole, page);
        (catalog, part.schools.map(Schools::new))
    }

    fn sliced(whole: &Catalog, page: &SlicedPage) -> Catalog {
        sliced_with_others(whole, page).0
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
        assert_eq!(
            SlicedPage::Programme("ELELE1----".into()).file(),
            "side/vgs/ELELE1.json"
        );
        assert_eq!(
            SlicedPage::School("974600072".into()).own_file(OwnFile::Schools),
            Some("side/skole/974600072.schools.json".into())
        );
        assert_eq!(occupation("kokk").own_file(OwnFile::Schools), None);
        let catalog = catalog_with_counties();
        let others = others();
        let pages = SlicedPage::all(&whole_of(&catalog, &others));
        for kind in ["yrke", "styrk", "vgs", "skole", "fylke"] {
            assert!(pages.iter().any(|p| p.place().0 == kind), "{kind}");
        }
        for page in pages {
            assert_eq!(SlicedPage::from_file(&page.file()), Some(page.clone()));
            for &file in page.own_files() {
                let path = page.own_file(file).unwrap();
                assert_eq!(SlicedPage::from_own_file(&path), Some((page.clone(), file)));
                assert_eq!(SlicedPage::from_file(&path), None, "{path}");
            }
        }
        assert_eq!(
            SlicedPage::from_own_file("side/yrke/kokk.schools.json"),
            None
        );
        for other in [
            "side/yrke/.json",
            "side/yrke/a/b.json",
            "side/yrke/Kokk.json",
            "yrke/kokk.json",
            "side/styrk/25111.json",
            "side/styrk/25a1.json",
            "side/fylke/4.json",
            "side/fylke/046.json",
            "side/vgs/elele1.json",
            "side/vgs/ELELE1----.json",
            "side/skole/97460007.json",
            HEAD_FILE,
        ] {
            assert_eq!(SlicedPage::from_file(other), None, "{other}");
        }
    }

    #[test]
    fn an_unknown_page_has_no_part() {
        let catalog = catalog();
        let others = others();
        let whole = whole_of(&catalog, &others);
        for page in [
            occupation("finnes-ikke"),
            SlicedPage::Code("0000".into()),
            SlicedPage::Programme("XXXXX1----".into()),
            SlicedPage::School("000000000".into()),
            SlicedPage::County("99".into()),
        ] {
            assert!(part(&whole, &page).is_none(), "{page:?}");
        }
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
    fn a_programme_page_reads_the_same_from_its_slice_as_from_the_whole() {
        let whole = &catalog();
        let all_schools = schools();
        assert!(!whole.snapshot().programmes.is_empty());
        for programme in &whole.snapshot().programmes {
            let code = programme.code.as_str();
            let page = SlicedPage::Programme(code.into());
            let (sliced, schools) = sliced_with_schools(whole, &page);
            let schools = schools.expect("a programme page has its own schools");
            assert_eq!(sliced.programme(code), whole.programme(code));
            let way = |c: &Catalog| {
                c.programme_way(code)
                    .iter()
                    .map(|p| p.code.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(way(&sliced), way(whole), "{code}");
            for after in programmes_after(&whole.snapshot().programmes, [code.to_string()]) {
                assert_eq!(sliced.programme(after), whole.programme(after), "{after}");
                assert_eq!(
                    sliced.programme_apprenticeships(after),
                    whole.programme_apprenticeships(after)
                );
                let leads = |c: &Catalog| {
                    c.programme_occupations(after)
                        .into_iter()
                        .map(|i| (c.occupations()[i].clone(), c.facets()[i].clone()))
                        .collect::<Vec<_>>()
                };
                assert_eq!(leads(&sliced), leads(whole), "{code} → {after}");
            }
            let offers = |s: &Schools, county: &str| {
                s.offering(code, county)
                    .into_iter()
                    .map(|o| {
                        (
                            o.school.orgnr.clone(),
                            o.school.name.clone(),
                            o.programme.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                schools.counties_offering(code),
                all_schools.counties_offering(code)
            );
            for county in &all_schools.data().counties {
                let county = county.county.as_str();
                assert_eq!(schools.county(county), all_schools.county(county));
                assert_eq!(offers(&schools, county), offers(&all_schools, county));
            }
        }
    }

    #[test]
    fn a_school_page_reads_the_same_from_its_slice_as_from_the_whole() {
        let whole = &catalog();
        let all_schools = schools();
        for school in &all_schools.data().schools {
            let page = SlicedPage::School(school.orgnr.clone());
            let (sliced, schools) = sliced_with_schools(whole, &page);
            let schools = schools.expect("a school page has its own schools");
            assert_eq!(schools.school(&school.orgnr), Some(school));
            assert_eq!(schools.data().schools.len(), 1);
            assert_eq!(
                schools.county(&school.county),
                all_schools.county(&school.county)
            );
            for code in school.programmes.iter().filter_map(|p| p.code.as_deref()) {
                assert_eq!(sliced.programme(code), whole.programme(code), "{code}");
                assert_eq!(
                    sliced.programme_occupations(code).len(),
                    whole.programme_occupations(code).len(),
                    "{code}"
                );
            }
        }
    }

    #[test]
    fn a_county_page_reads_the_same_from_its_slice_as_from_the_whole() {
        let whole = &catalog_with_counties();
        let all = others();
        let all_studies = Studies::new(all.studies.clone());
        let mut shown = (0, 0, 0);
        for county in &whole.snapshot().counties {
            let code = county.code.as_str();
            let (sliced, part) = sliced_with_others(whole, &SlicedPage::County(code.into()));
            let places = Places::new(part.regions.expect("a county has its own regions"));
            let schools = Schools::new(part.schools.expect("a county has its own schools"));
            let studies = Studies::new(part.studies.expect("a county has its own studies"));
            let place = Place::County(code);
            for kind in [
                EmployerKind::PrimarySchool,
                EmployerKind::Municipality,
                EmployerKind::TrainingOffice,
            ] {
                assert_eq!(
                    places.employers_in(place, kind),
                    all.places.employers_in(place, kind),
                    "{code} {kind:?}"
                );
            }
            assert_eq!(
                places.study_programmes_in(place),
                all.places.study_programmes_in(place)
            );
            assert_eq!(
                places.largest_shortage(code, 10),
                all.places.largest_shortage(code, 10)
            );
            assert_eq!(schools.in_county(code), all.schools.in_county(code));
            assert_eq!(schools.county(code), all.schools.county(code));
            let current = |s: &Studies| {
                s.in_county(code)
                    .into_iter()
                    .map(|study| study.code.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(current(&studies), current(&all_studies), "{code}");
            shown.0 += places.data().employers.len();
            shown.1 += schools.in_county(code).len();
            shown.2 += current(&studies).len();
            for school in schools.in_county(code) {
                for area in school.programmes.iter().filter_map(|p| p.code.as_deref()) {
                    assert_eq!(sliced.programme(area), whole.programme(area), "{area}");
                    assert_eq!(
                        sliced.programme_occupations(area).len(),
                        whole.programme_occupations(area).len()
                    );
                }
            }
        }
        assert!(shown.0 > 0 && shown.1 > 0 && shown.2 > 0, "{shown:?}");
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
        let mut part = part(&whole_of(&whole, &others()), &page).unwrap().snapshot;
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
