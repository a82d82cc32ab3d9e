//! Snapshot builder: reads the raw open data, joins and validates it, and writes the snapshot
//! the app fetches. Native only; shares its types with the app through [`crate::core::model`].

pub mod classification;
pub mod csv;
pub mod education;
pub mod employers;
pub mod error;
pub mod html;
pub mod input;
pub mod interests;
pub mod map;
pub mod occupations;
pub mod regions;
pub mod schools;
#[cfg(test)]
pub mod scratch;
pub mod shortage;
pub mod sources;
pub mod statistics;
pub mod studies;
pub mod workplaces;

use crate::core::fulltext::{detail_texts, FullTextFile, FULL_TEXT_FILE};
use crate::core::model::{
    EducationLevel, EmployerKind, LinkRule, OccupationDetail, RegionData, SchoolData, SearchData,
    Snapshot, StudyData, StudyHistoryData, DETAIL_DIR, REGIONS_FILE, SCHEMA_VERSION, SCHOOLS_FILE,
    SEARCH_FILE, SNAPSHOT_FILE, STUDIES_FILE, STUDY_HISTORY_FILE,
};
use crate::core::page_slice;
use error::{BuildError, BuildResult};
use input::find_file;
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// Where the raw data lives unless told otherwise (relative to the project root).
pub const DEFAULT_RAW_DIR: &str = "../shared/data/raw";
/// Where the snapshot is written unless told otherwise (git-ignored).
pub const DEFAULT_OUT_DIR: &str = "build/snapshot";

/// Everything read and joined, before it is written.
pub struct Built {
    pub snapshot: Snapshot,
    pub details: Vec<OccupationDetail>,
    pub regions: RegionData,
    /// Upper-secondary schools and admission thresholds (`schools.json`).
    pub schools: SchoolData,
    /// Samordna opptak's studies (`studies.json`) and their older figures.
    pub studies: StudyData,
    pub study_history: StudyHistoryData,
    /// Every text of every occupation page as search terms (`fulltext.json`).
    pub full_text: FullTextFile,
    /// What only search reads (`search.json`): NAV's job titles, the occupations' intros.
    pub search: SearchData,
    pub summary: Summary,
}

/// Counts printed after a build, so a reader can see what the data holds.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Summary {
    pub occupations: usize,
    pub with_codes: usize,
    pub with_salary: usize,
    pub with_employment: usize,
    pub with_tasks: usize,
    pub with_education: usize,
    pub with_traits: usize,
    pub with_where_work: usize,
    pub styrk_per_level: [usize; 4],
    pub codes_with_salary: usize,
    pub codes_with_employment: usize,
    pub counties: usize,
    pub municipalities: usize,
    /// (slug, utdanning.no id, code) of codes dropped because STYRK-08 has no such code.
    pub unknown_codes: Vec<(String, String, String)>,
    pub skipped_salary_aggregates: usize,
    pub with_upper_secondary_route: usize,
    pub with_trade_certificate: usize,
    pub with_higher_education: usize,
    pub codes_with_nav_titles: usize,
    /// STYRK-08 unit groups with an interest profile, of those in the ISCO-08 crosswalk.
    pub codes_with_interests: usize,
    pub crosswalk_codes: usize,
    pub with_interests: usize,
    /// Education links the data states that point at no occupation in the occupation file.
    pub unmatched_education_links: Vec<education::UnmatchedLink>,
    /// Employers per kind, and per kind and county.
    pub employers_by_kind: std::collections::BTreeMap<EmployerKind, usize>,
    pub employers_by_county: std::collections::BTreeMap<(String, EmployerKind), usize>,
    pub schools_with_size: usize,
    pub study_programmes: usize,
    pub codes_with_shortage: usize,
    pub map_bytes: usize,
    pub workplace_rows: Option<usize>,
    /// Records of the region files that could not be placed, one line each.
    pub region_warnings: Vec<String>,
    /// Upper-secondary schools, their programme rows and the rows matched to a programme area.
    pub schools: usize,
    pub school_rows: usize,
    pub matched_school_rows: usize,
    /// (level, category, name, rows) the programme rule could not match.
    pub unmatched_school_programmes: Vec<(u8, String, String, usize)>,
    /// Schools whose position lies in no municipality of the map.
    pub unplaced_schools: Vec<String>,
    /// Samordna opptak: rows read, studies, studies with a linked type.
    pub study_rows: usize,
    pub studies: usize,
    pub linked_studies: usize,
    /// Study types linked by the written table, of all types.
    pub linked_kinds: usize,
    pub kinds: usize,
    /// Occupations reached through a linked type.
    pub with_linked_studies: usize,
    /// Odd rows and cells of the study files, one line each.
    pub study_warnings: Vec<String>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "occupations:                 {}", self.occupations)?;
        writeln!(f, "  with STYRK codes:          {}", self.with_codes)?;
        writeln!(f, "  with a median salary:      {}", self.with_salary)?;
        writeln!(f, "  with employment figures:   {}", self.with_employment)?;
        writeln!(f, "  with a task list:          {}", self.with_tasks)?;
        writeln!(f, "  with education text:       {}", self.with_education)?;
        writeln!(f, "  with personal qualities:   {}", self.with_traits)?;
        writeln!(f, "  with where they work:      {}", self.with_where_work)?;
        writeln!(f, "  with an interest profile:  {}", self.with_interests)?;
        let [l1, l2, l3, l4] = self.styrk_per_level;
        writeln!(f, "STYRK-08 codes (levels 1-4): {l1} / {l2} / {l3} / {l4}")?;
        writeln!(f, "codes with salary figures:   {}", self.codes_with_salary)?;
        writeln!(
            f,
            "codes with interest profiles: {} (of {} ISCO-08 groups in the crosswalk)",
            self.codes_with_interests, self.crosswalk_codes
        )?;
        writeln!(
            f,
            "codes with employment:       {}",
            self.codes_with_employment
        )?;
        writeln!(
            f,
            "counties / municipalities:   {} / {}",
            self.counties, self.municipalities
        )?;
        writeln!(
            f,
            "  with an upper-secondary route:   {}",
            self.with_upper_secondary_route
        )?;
        writeln!(
            f,
            "  with a fagbrev/svennebrev route: {}",
            self.with_trade_certificate
        )?;
        writeln!(
            f,
            "  with higher-education links:     {}",
            self.with_higher_education
        )?;
        writeln!(
            f,
            "SSB aggregate codes skipped: {}",
            self.skipped_salary_aggregates
        )?;
        for (kind, count) in &self.employers_by_kind {
            writeln!(f, "employers, {kind:?}: {count}")?;
        }
        writeln!(
            f,
            "  schools with an employee count: {}",
            self.schools_with_size
        )?;
        writeln!(
            f,
            "employers per county (schools / municipalities / training offices):"
        )?;
        let counties: std::collections::BTreeSet<&String> =
            self.employers_by_county.keys().map(|(c, _)| c).collect();
        for county in counties {
            let count = |kind| {
                self.employers_by_county
                    .get(&(county.clone(), kind))
                    .copied()
                    .unwrap_or(0)
            };
            writeln!(
                f,
                "  {county}: {} / {} / {}",
                count(EmployerKind::PrimarySchool),
                count(EmployerKind::Municipality),
                count(EmployerKind::TrainingOffice)
            )?;
        }
        writeln!(
            f,
            "study programmes placed in counties: {}",
            self.study_programmes
        )?;
        writeln!(
            f,
            "codes with 2017 shortage figures: {}",
            self.codes_with_shortage
        )?;
        writeln!(f, "county map path data: {} bytes", self.map_bytes)?;
        match self.workplace_rows {
            Some(rows) => writeln!(f, "Aa-register rows: {rows}")?,
            None => writeln!(f, "Aa-register file: none (the adapter waits for one)")?,
        }
        writeln!(
            f,
            "upper-secondary schools: {}; programme rows matched: {} of {}",
            self.schools, self.matched_school_rows, self.school_rows
        )?;
        for (level, category, name, rows) in &self.unmatched_school_programmes {
            writeln!(
                f,
                "warning: school programme Vg{level} {category} \"{name}\" ({rows} rows) matches no programme area; shown by its name, without a link"
            )?;
        }
        for school in &self.unplaced_schools {
            writeln!(
                f,
                "warning: school {school} lies in no municipality of the map"
            )?;
        }
        writeln!(
            f,
            "Samordna opptak: {} rows; {} studies, {} of them in a type linked to occupations ({} of {} types linked)",
            self.study_rows, self.studies, self.linked_studies, self.linked_kinds, self.kinds
        )?;
        writeln!(
            f,
            "  occupations reached through a linked type: {} of {} with higher-education links",
            self.with_linked_studies, self.with_higher_education
        )?;
        for warning in &self.study_warnings {
            writeln!(f, "warning: {warning}")?;
        }
        for warning in &self.region_warnings {
            writeln!(f, "warning: {warning}")?;
        }
        for link in &self.unmatched_education_links {
            writeln!(
                f,
                "warning: {} {} links to {}, which is not in the occupation file; skipped",
                link.file, link.record, link.target
            )?;
        }
        for (slug, id, code) in &self.unknown_codes {
            writeln!(
                f,
                "warning: occupation {slug} (id {id}) names STYRK code \"{code}\", which STYRK-08 does not have; dropped"
            )?;
        }
        Ok(())
    }
}

/// Reads and joins all raw files under `raw`.
pub fn build(raw: &Path) -> BuildResult<Built> {
    let classification_dir = raw.join("classification");
    let styrk_path = classification_dir.join("ssb_klass7_styrk08_nb_codesAt2024-01-01.json");
    let nav_path = classification_dir.join("nav_arbeidsplassen_styrk08_yrkeskategori.json");
    let isco_path = classification_dir.join("ilo_isco08_en_titles_4digit_padded.csv");
    let styrk = classification::read_styrk(&classification::ClassificationFiles {
        styrk: &styrk_path,
        nav_categories: &nav_path,
        isco: &isco_path,
    })?;
    let job_titles = classification::read_nav_titles(
        &find_file(
            &raw.join("employment"),
            "nav_arbeidssokere_per_yrke_2",
            "_datahotell.csv",
        )?,
        &styrk,
    )?;
    let known_codes: HashSet<&str> = styrk.iter().map(|c| c.code.as_str()).collect();

    let occupations_path = find_file(
        &raw.join("occupations"),
        "utdanningno_yrkesbeskrivelser_2026-03_",
        ".json",
    )?;
    let mut occupations = occupations::read(&occupations_path, &known_codes)?;
    let known_slugs = occupations
        .summaries
        .iter()
        .map(|o| o.slug.clone())
        .collect();
    let apprenticeships_dir = raw.join("apprenticeships");
    let education_dir = raw.join("education");
    let education = education::read(
        &education::EducationFiles {
            programme_areas: &find_file(
                &apprenticeships_dir,
                "utdanningno_programomrade_til_yrker_",
                ".json",
            )?,
            paths: &find_file(
                &apprenticeships_dir,
                "utdanningno_vgs_lop_programomrader_",
                ".json",
            )?,
            higher_education: &find_file(
                &education_dir,
                "utdanningno_utdanningsbeskrivelse_til_yrke_",
                ".json",
            )?,
        },
        &known_slugs,
    )?;
    for (summary, detail) in occupations
        .summaries
        .iter_mut()
        .zip(occupations.details.iter_mut())
    {
        let routes = education
            .routes
            .get(&summary.slug)
            .cloned()
            .unwrap_or_default();
        let higher = education
            .higher_education
            .get(&summary.slug)
            .map(|ids| ids.len() as u32)
            .unwrap_or(0);
        let mut levels = std::collections::BTreeSet::new();
        for route in &routes {
            match route.qualification.as_deref() {
                Some("Fagbrev") | Some("Svennebrev") => {
                    levels.insert(EducationLevel::TradeCertificate);
                }
                Some("Yrkeskompetanse") => {
                    levels.insert(EducationLevel::VocationalCompetence);
                }
                _ => {}
            }
        }
        if higher > 0 {
            levels.insert(EducationLevel::HigherEducation);
        }
        summary.education_levels = levels.into_iter().collect();
        summary.higher_education_links = higher;
        summary.programmes = routes.iter().map(|r| r.title.clone()).collect();
        summary.programmes.dedup();
        for step in routes
            .iter()
            .flat_map(|r| r.paths.iter().filter_map(|p| p.first()))
        {
            if !summary.entry_programmes.contains(step) {
                summary.entry_programmes.push(step.clone());
            }
        }
        detail.upper_secondary_routes = routes;
    }

    let interests_dir = raw.join("interests");
    let interest_profiles = interests::read(
        &interests::InterestFiles {
            isco_to_soc: &find_file(&interests_dir, "bls_isco08_to_soc2010", ".csv")?,
            soc_2010_to_2019: &find_file(&interests_dir, "onet_soc2010_to_soc2019", ".csv")?,
            scores: &find_file(&interests_dir, "onet_", "_interests.txt")?,
        },
        &known_codes,
    )?;
    for summary in occupations.summaries.iter_mut() {
        summary.interests = interests::occupation_profile(summary, &interest_profiles);
    }

    let salary_dir = raw.join("salary");
    let salary = statistics::read_salary(
        &statistics::SalaryFiles {
            distribution: &salary_dir.join("ssb_11418_occupation-distribution-latest_2025.json"),
            latest_median: &salary_dir.join("ssb_11658_occupation-latest-median_2025K4.json"),
            previous_median: &salary_dir.join("ssb_11658_occupation-previous-median_2024K4.json"),
        },
        &known_codes,
    )?;
    let employment = statistics::read_employment(
        &raw.join("employment")
            .join("ssb_14437_occupation-contract-latest.json"),
        &known_codes,
    )?;

    let regions_dir = raw.join("regions");
    let (counties, municipalities) = regions::read(
        &regions_dir.join("ssb_klass104_fylker_codesAt2024-01-01.json"),
        &regions_dir.join("ssb_klass131_kommuner_codesAt2024-01-01.json"),
    )?;

    let (regions, region_warnings) = build_regions(raw, &counties, &municipalities, &known_codes)?;

    let schools = schools::read(
        &schools::SchoolFiles {
            schools: &find_file(
                &raw.join("schools"),
                "vgs_schools_admission_points_",
                ".json",
            )?,
            municipalities_map: &regions_dir
                .join("geo")
                .join("kartverket_kommuner_2024_S.topojson"),
        },
        &education.programmes,
        &counties,
        &municipalities,
    )?;

    let studies = studies::read(
        &studies::StudyFiles::find(&raw.join("higher-education"))?,
        &education.higher_education,
        &municipalities,
    )?;
    for detail in occupations.details.iter_mut() {
        if let Some(kinds) = studies.kinds_by_occupation.get(&detail.slug) {
            detail.study_kinds = kinds.clone();
        }
    }

    let mut sources = sources::all(&sources::Periods {
        salary: salary.period.clone(),
        salary_change: salary.change_period.clone(),
        employment: employment.period.clone(),
        interests: interest_profiles.period.clone(),
        admission: schools.period.clone(),
        study_cut_offs: studies.cut_off_period.clone(),
        study_figures: studies.figure_period.clone(),
    });
    if let Some(workplaces) = &regions.workplaces {
        sources.push(sources::workplaces(&workplaces.period));
    }

    let summary = Summary {
        occupations: occupations.summaries.len(),
        with_codes: occupations
            .summaries
            .iter()
            .filter(|o| !o.styrk.is_empty())
            .count(),
        with_salary: occupations
            .summaries
            .iter()
            .filter(|o| {
                o.styrk.iter().any(|c| {
                    salary
                        .by_code
                        .get(c)
                        .and_then(|s| s.all.median.value())
                        .is_some()
                })
            })
            .count(),
        with_employment: occupations
            .summaries
            .iter()
            .filter(|o| o.styrk.iter().any(|c| employment.by_code.contains_key(c)))
            .count(),
        with_tasks: occupations
            .summaries
            .iter()
            .filter(|o| o.task_count > 0)
            .count(),
        with_education: occupations
            .details
            .iter()
            .filter(|d| !d.education.is_empty())
            .count(),
        with_traits: occupations
            .details
            .iter()
            .filter(|d| d.traits.is_some())
            .count(),
        with_where_work: occupations
            .details
            .iter()
            .filter(|d| d.where_work.is_some())
            .count(),
        styrk_per_level: [1, 2, 3, 4].map(|l| styrk.iter().filter(|c| c.level == l).count()),
        codes_with_salary: salary.by_code.len(),
        codes_with_employment: employment.by_code.len(),
        counties: counties.len(),
        municipalities: municipalities.len(),
        unknown_codes: occupations.unknown_codes.clone(),
        skipped_salary_aggregates: salary.skipped_codes.len(),
        with_upper_secondary_route: occupations
            .details
            .iter()
            .filter(|d| !d.upper_secondary_routes.is_empty())
            .count(),
        with_trade_certificate: occupations
            .summaries
            .iter()
            .filter(|o| {
                o.education_levels
                    .contains(&EducationLevel::TradeCertificate)
            })
            .count(),
        with_higher_education: occupations
            .summaries
            .iter()
            .filter(|o| o.higher_education_links > 0)
            .count(),
        unmatched_education_links: education.unmatched.clone(),
        codes_with_nav_titles: job_titles
            .values()
            .filter(|titles| !titles.current.is_empty())
            .count(),
        codes_with_interests: interest_profiles.by_code.len(),
        crosswalk_codes: interest_profiles.crosswalk_codes,
        with_interests: occupations
            .summaries
            .iter()
            .filter(|o| o.interests.is_some())
            .count(),
        employers_by_kind: count_by(regions.employers.iter().map(|e| e.kind)),
        employers_by_county: count_by(regions.employers.iter().flat_map(|e| {
            // A training office counts in every county it is approved in.
            let counties: Vec<String> = if e.kind == EmployerKind::TrainingOffice {
                e.approved_in.clone()
            } else {
                e.county.iter().cloned().collect()
            };
            counties.into_iter().map(move |c| (c, e.kind))
        })),
        schools_with_size: regions
            .employers
            .iter()
            .filter(|e| e.kind == EmployerKind::PrimarySchool && e.size.is_some())
            .count(),
        study_programmes: regions.study_programmes.len(),
        codes_with_shortage: regions.shortage.len(),
        map_bytes: regions.map.counties.iter().map(|c| c.path.len()).sum(),
        workplace_rows: regions.workplaces.as_ref().map(|w| w.counts.len()),
        region_warnings,
        schools: schools.data.schools.len(),
        school_rows: schools.rows,
        matched_school_rows: schools.matched_rows,
        unmatched_school_programmes: schools.unmatched.clone(),
        unplaced_schools: schools.unplaced.clone(),
        study_rows: studies.rows,
        studies: studies.data.studies.len(),
        linked_studies: studies
            .data
            .studies
            .iter()
            .filter(|s| {
                studies
                    .data
                    .kinds
                    .iter()
                    .any(|k| Some(&k.code) == s.kind.as_ref() && !k.occupations.is_empty())
            })
            .count(),
        linked_kinds: studies
            .data
            .kinds
            .iter()
            .filter(|k| !k.occupations.is_empty())
            .count(),
        kinds: studies.data.kinds.len(),
        with_linked_studies: studies.kinds_by_occupation.len(),
        study_warnings: studies.warnings.clone(),
    };

    let mut snapshot = Snapshot {
        content_hash: crate::core::integrity::UNSEALED.to_string(),
        schema_version: SCHEMA_VERSION,
        data_version: String::new(),
        sources,
        occupations: occupations.summaries,
        styrk,
        all_occupations: statistics::national_reference(&salary, &employment),
        salary: salary.by_code,
        employment: employment.by_code,
        counties,
        municipalities,
        programmes: education.programmes,
    };
    let mut regions = regions;
    let mut school_data = schools.data;
    let mut study_data = studies.data;
    let mut study_history = studies.history;
    snapshot.data_version = content_version(
        &snapshot,
        &occupations.details,
        &regions,
        &school_data,
        &study_data,
        &study_history,
    );
    regions.data_version = snapshot.data_version.clone();
    school_data.data_version = snapshot.data_version.clone();
    study_data.data_version = snapshot.data_version.clone();
    study_history.data_version = snapshot.data_version.clone();
    // Pages in snapshot order: the index numbers them by their place in the snapshot.
    let pages: Vec<_> = occupations.details.iter().map(detail_texts).collect();
    let full_text = FullTextFile::build(&pages, &snapshot.data_version);
    let search = SearchData {
        content_hash: crate::core::integrity::UNSEALED.to_string(),
        schema_version: SCHEMA_VERSION,
        data_version: snapshot.data_version.clone(),
        job_titles,
        intros: occupations.details.iter().map(|d| d.intro()).collect(),
    };
    Ok(Built {
        snapshot,
        details: occupations.details,
        regions,
        schools: school_data,
        studies: study_data,
        study_history,
        full_text,
        search,
        summary,
    })
}

fn count_by<K: Ord>(keys: impl Iterator<Item = K>) -> std::collections::BTreeMap<K, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

/// The rules that link employers to occupations; the app shows them wherever it uses them.
pub fn link_rules() -> Vec<LinkRule> {
    vec![
        LinkRule {
            kind: EmployerKind::PrimarySchool,
            styrk: vec!["2341".into(), "5312".into()],
            trade_occupations: false,
        },
        LinkRule {
            kind: EmployerKind::TrainingOffice,
            styrk: vec![],
            trade_occupations: true,
        },
    ]
}

/// Employers, study programmes, labour shortage and the map (`regions.json`), with warnings
/// for the records that could not be placed.
fn build_regions(
    raw: &Path,
    counties: &[crate::core::model::Region],
    municipalities: &[crate::core::model::Region],
    known_codes: &HashSet<&str>,
) -> BuildResult<(RegionData, Vec<String>)> {
    let regions_dir = raw.join("regions");
    let employers_dir = raw.join("employers");
    let moves =
        regions::CodeMoves::read(&find_file(&regions_dir, "ssb_klass131_changes_", ".json")?)?;
    let employers = employers::read(
        &employers::EmployerFiles {
            schools: &find_file(
                &employers_dir,
                "udir_nsr_grunnskoler_",
                "_orgnr_skjermfribarndom.csv",
            )?,
            school_sizes: &find_file(&employers_dir, "geonorge_udir_grunnskoler_", ".tsv")?,
            municipality_orgnr: &employers_dir
                .join("ssb_klass_corr1236_kommune_orgnr_2020-2023.csv"),
            training_offices: &find_file(
                &raw.join("apprenticeships"),
                "udir_nor_opplaeringskontor_",
                ".json",
            )?,
        },
        &moves,
        counties,
        municipalities,
    )?;
    let (study_programmes, study_warnings) = education::read_study_programmes(
        &find_file(
            &raw.join("education"),
            "utdanningno_hoyere_utdanning_sok_per_fylke_",
            ".json",
        )?,
        counties,
        municipalities,
    )?;
    let shortage = shortage::read(
        &find_file(
            &raw.join("employment"),
            "nav_bedriftsundersokelse_2017_mangel_per_yrke_fylke",
            ".csv",
        )?,
        known_codes,
    )?;
    let map = map::read(
        &regions_dir
            .join("geo")
            .join("kartverket_fylker_2024_S.geojson"),
        counties,
    )?;
    let workplaces =
        workplaces::read_optional(&employers_dir, &moves, known_codes, municipalities)?;
    let mut warnings = employers.warnings;
    warnings.extend(study_warnings);
    let data = RegionData {
        content_hash: crate::core::integrity::UNSEALED.to_string(),
        schema_version: SCHEMA_VERSION,
        data_version: String::new(),
        employers: employers.employers,
        link_rules: link_rules(),
        study_programmes,
        shortage,
        map,
        workplaces,
    };
    Ok((data, warnings))
}

/// A short content hash (FNV-1a, 64 bit) over everything the snapshot holds: identical input
/// gives the identical version, any change gives another.
fn content_version(
    snapshot: &Snapshot,
    details: &[OccupationDetail],
    regions: &RegionData,
    schools: &SchoolData,
    studies: &StudyData,
    study_history: &StudyHistoryData,
) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(&serde_json::to_vec(snapshot).unwrap_or_default());
    for detail in details {
        feed(&serde_json::to_vec(detail).unwrap_or_default());
    }
    feed(&serde_json::to_vec(regions).unwrap_or_default());
    feed(&serde_json::to_vec(schools).unwrap_or_default());
    feed(&serde_json::to_vec(studies).unwrap_or_default());
    feed(&serde_json::to_vec(study_history).unwrap_or_default());
    format!("{hash:016x}")
}

/// Writes the snapshot into `out`: first into a temporary sibling folder, which then replaces
/// `out` in one rename, so a failed write never leaves a half-written snapshot behind.
pub fn write(built: &Built, out: &Path) -> BuildResult<Vec<(PathBuf, u64)>> {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .map_err(|e| BuildError::new(parent, format!("cannot create the folder: {e}")))?;
    let name = out
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("snapshot");
    let staging = parent.join(format!(".{name}.partial"));
    let _ = std::fs::remove_dir_all(&staging);
    let result = write_files(built, &staging);
    if let Err(error) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(error);
    }
    let previous = parent.join(format!(".{name}.previous"));
    let _ = std::fs::remove_dir_all(&previous);
    if out.exists() {
        std::fs::rename(out, &previous).map_err(|e| {
            BuildError::new(out, format!("cannot move the old snapshot aside: {e}"))
        })?;
    }
    std::fs::rename(&staging, out)
        .map_err(|e| BuildError::new(out, format!("cannot move the new snapshot in place: {e}")))?;
    let _ = std::fs::remove_dir_all(&previous);
    let mut files = vec![];
    collect_sizes(out, &mut files);
    files.sort();
    Ok(files)
}

fn write_files(built: &Built, dir: &Path) -> BuildResult<()> {
    let detail_dir = dir.join(DETAIL_DIR);
    std::fs::create_dir_all(&detail_dir)
        .map_err(|e| BuildError::new(&detail_dir, format!("cannot create the folder: {e}")))?;
    write_json(&dir.join(SNAPSHOT_FILE), &built.snapshot)?;
    write_json(&dir.join(REGIONS_FILE), &built.regions)?;
    write_json(&dir.join(SCHOOLS_FILE), &built.schools)?;
    write_json(&dir.join(STUDIES_FILE), &built.studies)?;
    write_json(&dir.join(STUDY_HISTORY_FILE), &built.study_history)?;
    write_json(&dir.join(FULL_TEXT_FILE), &built.full_text)?;
    write_json(&dir.join(SEARCH_FILE), &built.search)?;
    for detail in &built.details {
        write_json(&detail_dir.join(format!("{}.json", detail.slug)), detail)?;
    }
    // Each page's own part of the snapshot, and its own share of other files, beside the head
    // they all read.
    let whole = page_slice::Whole {
        snapshot: &built.snapshot,
        regions: &built.regions,
        schools: &built.schools,
        studies: &built.studies,
    };
    let pages = page_slice::SlicedPage::all(&whole);
    let files = std::iter::once(page_slice::HEAD_FILE.to_string())
        .chain(pages.iter().map(|page| page.file()));
    let folders: std::collections::BTreeSet<PathBuf> = files
        .filter_map(|file| dir.join(file).parent().map(Path::to_path_buf))
        .collect();
    for folder in folders {
        std::fs::create_dir_all(&folder)
            .map_err(|e| BuildError::new(&folder, format!("cannot create the folder: {e}")))?;
    }
    write_json(
        &dir.join(page_slice::HEAD_FILE),
        &page_slice::head(&built.snapshot),
    )?;
    for page in &pages {
        let Some(part) = page_slice::part(&whole, page) else {
            continue;
        };
        write_json(&dir.join(page.file()), &part.snapshot)?;
        let own = |file| page.own_file(file).map(|path| dir.join(path));
        if let (Some(regions), Some(path)) = (&part.regions, own(page_slice::OwnFile::Regions)) {
            write_json(&path, regions)?;
        }
        if let (Some(schools), Some(path)) = (&part.schools, own(page_slice::OwnFile::Schools)) {
            write_json(&path, schools)?;
        }
        if let (Some(studies), Some(path)) = (&part.studies, own(page_slice::OwnFile::Studies)) {
            write_json(&path, studies)?;
        }
    }
    Ok(())
}

/// Writes one file; files that carry a content hash are sealed (see `core::integrity`).
fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> BuildResult<()> {
    let bytes = serde_json::to_vec(value)
        .map_err(|e| BuildError::new(path, format!("cannot serialise: {e}")))?;
    let bytes = if bytes.starts_with(crate::core::integrity::PREFIX.as_bytes()) {
        crate::core::integrity::seal(bytes)
            .ok_or_else(|| BuildError::new(path, "the content hash field is not unsealed"))?
    } else {
        bytes
    };
    std::fs::write(path, bytes).map_err(|e| BuildError::new(path, format!("cannot write: {e}")))
}

fn collect_sizes(dir: &Path, out: &mut Vec<(PathBuf, u64)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_sizes(&path, out);
        } else if let Ok(meta) = entry.metadata() {
            out.push((path, meta.len()));
        }
    }
}
