//! utdanning.no's links from education to occupations: upper-secondary programme areas
//! (lærefag, with the Vg1 → Vg2 → Vg3 paths) and higher-education descriptions.

use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_json;
use crate::core::model::{Programme, ProgrammeStep, UpperSecondaryRoute};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const OCCUPATION_PATH: &str = "/yrker/beskrivelse/";
const SITE: &str = "https://utdanning.no";
/// More paths than this to one programme area add nothing for a reader.
const MAX_PATHS: usize = 6;

#[derive(Deserialize)]
struct ProgrammeAreas {
    programomrader: BTreeMap<String, ProgrammeArea>,
}

#[derive(Deserialize)]
struct ProgrammeArea {
    sluttkompetanse: Option<String>,
    tittel: String,
    sti: Option<String>,
    tekst: Option<String>,
    #[serde(default)]
    yrker: Vec<OccupationLink>,
}

#[derive(Deserialize)]
struct OccupationLink {
    sti: String,
}

#[derive(Deserialize)]
struct Paths {
    noder: BTreeMap<String, String>,
    videre: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    kryss: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct HigherEducationLink {
    url: String,
    education_id: String,
}

/// A link the data states but that points at no occupation we have.
#[derive(Debug, Clone, PartialEq)]
pub struct UnmatchedLink {
    pub file: String,
    pub record: String,
    pub target: String,
}

pub struct EducationLinks {
    /// Every programme area with where it leads, sorted by code.
    pub programmes: Vec<Programme>,
    /// Routes per occupation slug.
    pub routes: BTreeMap<String, Vec<UpperSecondaryRoute>>,
    /// Distinct higher-education descriptions per occupation slug.
    pub higher_education: BTreeMap<String, BTreeSet<String>>,
    pub unmatched: Vec<UnmatchedLink>,
}

fn slug_of(path: &str) -> Option<&str> {
    path.strip_prefix(OCCUPATION_PATH).filter(|s| !s.is_empty())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub struct EducationFiles<'a> {
    pub programme_areas: &'a Path,
    pub paths: &'a Path,
    pub higher_education: &'a Path,
}

pub fn read(files: &EducationFiles, known_slugs: &BTreeSet<String>) -> BuildResult<EducationLinks> {
    let areas: ProgrammeAreas = read_json(files.programme_areas)?;
    let paths: Paths = read_json(files.paths)?;
    for (list, links) in [("videre", &paths.videre), ("kryss", &paths.kryss)] {
        for (from, targets) in links {
            for code in std::iter::once(from).chain(targets) {
                if !paths.noder.contains_key(code) {
                    return Err(BuildError::at(
                        files.paths,
                        format!("{list}.{from}"),
                        format!("names programme area {code}, which is not in noder"),
                    ));
                }
            }
        }
    }
    let mut previous: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, targets) in &paths.videre {
        for to in targets {
            previous.entry(to.as_str()).or_default().push(from.as_str());
        }
    }

    let mut routes: BTreeMap<String, Vec<UpperSecondaryRoute>> = BTreeMap::new();
    let mut unmatched = Vec::new();
    for (code, area) in &areas.programomrader {
        if !paths.noder.contains_key(code) {
            return Err(BuildError::at(
                files.programme_areas,
                format!("programomrader.{code}"),
                format!("is not a programme area in {}", file_name(files.paths)),
            ));
        }
        let route = UpperSecondaryRoute {
            code: code.clone(),
            title: area.tittel.trim().to_string(),
            qualification: area
                .sluttkompetanse
                .clone()
                .filter(|q| !q.trim().is_empty()),
            text: area.tekst.clone().filter(|t| !t.trim().is_empty()),
            url: area.sti.as_ref().map(|s| format!("{SITE}{s}")),
            paths: paths_to(code, &previous, &paths.noder),
        };
        for (index, link) in area.yrker.iter().enumerate() {
            match slug_of(&link.sti).filter(|s| known_slugs.contains(*s)) {
                Some(slug) => routes
                    .entry(slug.to_string())
                    .or_default()
                    .push(route.clone()),
                None => unmatched.push(UnmatchedLink {
                    file: file_name(files.programme_areas),
                    record: format!("programomrader.{code}.yrker[{index}]"),
                    target: link.sti.clone(),
                }),
            }
        }
    }

    let programmes = paths
        .noder
        .iter()
        .map(|(code, name)| {
            let area = areas.programomrader.get(code);
            Programme {
                code: code.clone(),
                name: name.trim().to_string(),
                next: paths.videre.get(code).cloned().unwrap_or_default(),
                cross: paths.kryss.get(code).cloned().unwrap_or_default(),
                occupations: area
                    .map(|a| {
                        a.yrker
                            .iter()
                            .filter_map(|link| slug_of(&link.sti))
                            .filter(|slug| known_slugs.contains(*slug))
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default(),
                qualification: area
                    .and_then(|a| a.sluttkompetanse.clone())
                    .filter(|q| !q.trim().is_empty()),
            }
        })
        .collect();

    let links: Vec<HigherEducationLink> = read_json(files.higher_education)?;
    let mut higher_education: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (index, link) in links.iter().enumerate() {
        match slug_of(&link.url).filter(|s| known_slugs.contains(*s)) {
            Some(slug) => {
                higher_education
                    .entry(slug.to_string())
                    .or_default()
                    .insert(link.education_id.clone());
            }
            None => unmatched.push(UnmatchedLink {
                file: file_name(files.higher_education),
                record: format!("[{index}]"),
                target: link.url.clone(),
            }),
        }
    }
    Ok(EducationLinks {
        programmes,
        routes,
        higher_education,
        unmatched,
    })
}

/// Every path that ends in `code`, found by walking the "continue to" links backwards to a
/// programme nothing leads into (a Vg1).
fn paths_to(
    code: &str,
    previous: &BTreeMap<&str, Vec<&str>>,
    names: &BTreeMap<String, String>,
) -> Vec<Vec<ProgrammeStep>> {
    fn walk<'a>(
        code: &'a str,
        previous: &BTreeMap<&'a str, Vec<&'a str>>,
        trail: &mut Vec<&'a str>,
        out: &mut Vec<Vec<&'a str>>,
    ) {
        if out.len() >= MAX_PATHS || trail.len() > 6 {
            return;
        }
        trail.push(code);
        let before: Vec<&str> = previous
            .get(code)
            .map(|p| p.iter().copied().filter(|c| !trail.contains(c)).collect())
            .unwrap_or_default();
        if before.is_empty() {
            out.push(trail.iter().rev().copied().collect());
        }
        for prior in before {
            walk(prior, previous, trail, out);
        }
        trail.pop();
    }
    let mut found = Vec::new();
    walk(code, previous, &mut Vec::new(), &mut found);
    found
        .into_iter()
        .filter(|p| p.len() > 1)
        .map(|p| {
            p.into_iter()
                .map(|c| ProgrammeStep {
                    code: c.to_string(),
                    name: names.get(c).cloned().unwrap_or_default(),
                })
                .collect()
        })
        .collect()
}

#[derive(Deserialize)]
struct StudySearch {
    by_fylke: BTreeMap<String, Vec<StudyRecord>>,
}

#[derive(Deserialize)]
struct StudyRecord {
    entity_id: String,
    title: String,
    #[serde(default)]
    larested: String,
    #[serde(default)]
    stedsnavn: String,
    #[serde(default)]
    url: String,
}

/// Higher-education study programmes per 2024 county, from utdanning.no's search per county.
/// Each programme is placed in a municipality only where its study place (or one of several,
/// "Bergen, Oslo") is the name of a municipality in that county. Returns the programmes and warnings for what was not placed.
pub fn read_study_programmes(
    path: &Path,
    counties: &[crate::core::model::Region],
    municipalities: &[crate::core::model::Region],
) -> BuildResult<(Vec<crate::core::model::StudyProgramme>, Vec<String>)> {
    use crate::core::text::fold;
    let search: StudySearch = read_json(path)?;
    let mut programmes = Vec::new();
    let mut warnings = Vec::new();
    let official_names = |name: &str| -> Vec<String> {
        std::iter::once(fold(name))
            .chain(name.split(" - ").map(fold))
            .collect()
    };
    for (county_name, records) in search.by_fylke {
        let wanted = fold(&county_name);
        let Some(county) = counties
            .iter()
            .find(|c| official_names(&c.name).contains(&wanted))
        else {
            warnings.push(format!(
                "{}: by_fylke \"{county_name}\" ({} programmes) is not a 2024 county; not placed",
                path.display(),
                records.len()
            ));
            continue;
        };
        let mut seen = BTreeSet::new();
        for (index, record) in records.into_iter().enumerate() {
            if record.title.trim().is_empty() {
                return Err(BuildError::at(
                    path,
                    format!("by_fylke.{county_name}[{index}]"),
                    "the programme has no title",
                ));
            }
            if !seen.insert(record.entity_id.clone()) {
                continue; // the search lists some programmes twice in one county
            }
            let place = record.stedsnavn.trim().to_string();
            let municipality = municipalities
                .iter()
                .find(|m| {
                    m.county.as_deref() == Some(county.code.as_str())
                        && place
                            .split(',')
                            .any(|part| official_names(&m.name).contains(&fold(part.trim())))
                })
                .map(|m| m.code.clone());
            let url = record
                .url
                .starts_with("/utdanning/")
                .then(|| format!("{SITE}{}", record.url));
            programmes.push(crate::core::model::StudyProgramme {
                county: county.code.clone(),
                municipality,
                title: record.title.trim().to_string(),
                institution: record.larested.trim().to_string(),
                place,
                url,
            });
        }
    }
    programmes.sort_by(|a, b| {
        (&a.county, &a.institution, &a.title).cmp(&(&b.county, &b.institution, &b.title))
    });
    Ok((programmes, warnings))
}
