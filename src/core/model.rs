//! The snapshot: the data model shared by the builder (which writes it) and the app (which reads it).
//!
//! Two kinds of files make up a snapshot:
//! - `snapshot.json` ([`Snapshot`]): everything the list, the STYRK views and the figures need.
//! - `yrke/<slug>.json` ([`OccupationDetail`]): the texts of one occupation, fetched when its page opens.
//! - Files a view fetches when it needs them: `search.json` ([`SearchData`], for search),
//!   `regions.json`, `schools.json`, `studies.json`, `study_history.json`, `fulltext.json`.

use number_or_name::FromNumberOrName;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod number_or_name;

/// Bumped whenever the shape of the snapshot changes; the app refuses other versions.
pub const SCHEMA_VERSION: u32 = 6;

/// File name of the main snapshot file inside the snapshot folder.
pub const SNAPSHOT_FILE: &str = "snapshot.json";
/// Folder (inside the snapshot folder) holding one detail file per occupation.
pub const DETAIL_DIR: &str = "yrke";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    /// Content hash of the input the snapshot was built from (hex), shown as the data version.
    pub data_version: String,
    pub sources: Vec<Source>,
    /// Sorted by slug.
    pub occupations: Vec<OccupationSummary>,
    /// Every STYRK-08 code at all four levels, sorted by code.
    pub styrk: Vec<StyrkCode>,
    /// Salary per STYRK code (any level SSB publishes), keyed by code.
    pub salary: BTreeMap<String, Salary>,
    /// Employed persons per STYRK code, keyed by code.
    pub employment: BTreeMap<String, Employment>,
    /// National figures for all occupations together (SSB's "0-9 Alle yrker"), for comparison.
    pub all_occupations: NationalReference,
    pub counties: Vec<Region>,
    pub municipalities: Vec<Region>,
    /// Upper-secondary programme areas (Vg1, Vg2, Vg3, lærefag) and how they lead on, sorted
    /// by code.
    #[serde(default)]
    pub programmes: Vec<Programme>,
}

/// A programme area in upper-secondary school (Vg1, Vg2, Vg3) or a lærefag (training in a
/// company), as utdanning.no lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    /// Udir's programme-area code ("RMRMF1----").
    pub code: String,
    /// The name as utdanning.no gives it ("Vg1 Restaurant- og matfag",
    /// "Kokkfaget (opplæring i bedrift)").
    pub name: String,
    /// Where one can continue ("videre"), then the cross-over paths ("kryss").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cross: Vec<String>,
    /// Occupations (slugs) this programme area leads to directly (a lærefag's trades).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<String>,
    /// Fagbrev, Svennebrev, Yrkeskompetanse … for a lærefag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
}

/// Identifies a dataset in [`Snapshot::sources`]; every figure names the source it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceId {
    Occupations,
    Styrk,
    NavCategories,
    Isco,
    Salary,
    SalaryChange,
    Employment,
    Regions,
    UpperSecondary,
    HigherEducation,
    NavJobTitles,
    PrimarySchools,
    MunicipalityOrgnr,
    TrainingOffices,
    LabourShortage,
    StudyProgrammes,
    CountyMap,
    Workplaces,
    Interests,
    AdmissionPoints,
    /// Samordna opptak's cut-offs per study (the last admitted applicant's points).
    StudyCutOffs,
    /// Samordna opptak's applicants, first-choice applicants and places per study.
    StudyApplicants,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: SourceId,
    pub publisher: String,
    /// Table or dataset name as the publisher gives it.
    pub dataset: String,
    /// Period the figures or texts refer to, e.g. "2025" or "2025K4".
    pub period: String,
    pub licence: String,
    /// Credit line the licence requires, shown wherever the data is shown.
    pub credit: String,
    pub url: String,
    /// When the copy we build from was taken from the publisher (ISO date).
    pub retrieved: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OccupationSummary {
    /// Last path segment of the utdanning.no URL; the key used in our own URLs.
    pub slug: String,
    pub title: String,
    /// 4-digit STYRK-08 codes, in the order utdanning.no lists them.
    pub styrk: Vec<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub task_count: u32,
    /// Education levels that lead to the occupation, as far as the data tells (sorted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education_levels: Vec<EducationLevel>,
    /// How many of utdanning.no's higher-education descriptions name this occupation.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub higher_education_links: u32,
    /// Titles of the upper-secondary programme areas (lærefag) that lead to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<String>,
    /// The Vg1 programme areas where the routes to it start ("Vg1 Elektro og datateknologi").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entry_programmes: Vec<ProgrammeStep>,
    /// The kinds of work in the occupation's STYRK-08 groups (see
    /// [`crate::core::interests`]): six scores 1–7 in tenths, from O*NET through ISCO-08;
    /// none when no code of the occupation has a US counterpart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<crate::core::interests::Profile>,
}

impl OccupationSummary {
    /// An occupation known by its slug, title and codes, and nothing else yet.
    pub fn named(slug: String, title: String, styrk: Vec<String>) -> Self {
        OccupationSummary {
            slug,
            title,
            styrk,
            task_count: 0,
            education_levels: Vec::new(),
            higher_education_links: 0,
            programmes: Vec::new(),
            entry_programmes: Vec::new(),
            interests: None,
        }
    }
}

/// Whether a count is zero, which the files leave out.
fn is_zero(count: &u32) -> bool {
    *count == 0
}

/// An education level that leads to an occupation, from utdanning.no's links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EducationLevel {
    /// Upper secondary ending in a trade or journeyman's certificate (fagbrev/svennebrev).
    TradeCertificate,
    /// Upper secondary ending in vocational competence (yrkeskompetanse) in school.
    VocationalCompetence,
    /// University or university college.
    HigherEducation,
}

/// An upper-secondary route to an occupation: the Vg3/apprenticeship programme area and the
/// Vg1 → Vg2 → … paths that lead to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpperSecondaryRoute {
    /// Udir programme area code, e.g. "ELELE3----".
    pub code: String,
    pub title: String,
    /// "Fagbrev", "Svennebrev", "Yrkeskompetanse", or none when utdanning.no gives none.
    pub qualification: Option<String>,
    pub text: Option<String>,
    /// utdanning.no page for the programme area.
    pub url: Option<String>,
    /// Each path from a Vg1 programme to this programme area, first step first.
    pub paths: Vec<Vec<ProgrammeStep>>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ProgrammeStep {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StyrkCode {
    pub code: String,
    pub parent: Option<String>,
    /// 1 = major group … 4 = unit group.
    pub level: u8,
    pub name: String,
    /// NAV occupation categories (unit groups only).
    pub nav_category: Option<NavCategory>,
    /// ISCO-08 English title for the same code.
    pub isco_title_en: Option<String>,
}

/// File name of what only search reads, inside the snapshot folder.
pub const SEARCH_FILE: &str = "search.json";

/// What only search reads (`search.json`): NAV's job titles per STYRK-08 code and each
/// occupation's first paragraph. Fetched with search instead of with every page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchData {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    /// Equal to [`Snapshot::data_version`] of the snapshot it was built with.
    pub data_version: String,
    /// By STYRK-08 unit-group code; codes without titles are left out.
    pub job_titles: BTreeMap<String, JobTitles>,
    /// Each occupation's first paragraph as plain text ([`OccupationDetail::intro`]), in the
    /// order of [`Snapshot::occupations`].
    pub intros: Vec<String>,
}

/// The job titles of one STYRK-08 code.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JobTitles {
    /// Job titles NAV registered under this code (STYRK-08 years of NAV's job-seeker
    /// statistics, 2012–2017): the everyday words people use for the occupation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub current: Vec<String>,
    /// Older job titles NAV used (STYRK-98 years, 2002–2011) in the same NAV occupation group,
    /// which no STYRK-08 year uses any more ("Dagmamma/pappa"). Found by search as former
    /// titles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NavCategory {
    pub level1: String,
    pub level2: String,
}

/// One published statistic: a value, or the reason SSB gives for not publishing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Figure {
    Value(u64),
    Missing(MissingReason),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingReason {
    /// SSB status ":": suppressed for confidentiality (too few persons).
    NotPublished,
    /// SSB status ".": not applicable / cannot occur.
    NotApplicable,
    /// The table has no cell for this code at all.
    NoCell,
}

impl Figure {
    pub fn value(self) -> Option<u64> {
        match self {
            Figure::Value(v) => Some(v),
            Figure::Missing(_) => None,
        }
    }
}

impl Default for Figure {
    fn default() -> Self {
        Figure::Missing(MissingReason::NoCell)
    }
}

/// Monthly agreed salary (avtalt månedslønn, NOK) for one group of employees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SalaryFigures {
    pub median: Figure,
    pub mean: Figure,
    pub lower_quartile: Figure,
    pub upper_quartile: Figure,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Salary {
    /// SSB 11418, all sectors, full and part time.
    pub all: SalaryFigures,
    pub men: SalaryFigures,
    pub women: SalaryFigures,
    /// SSB 11658: median for both sexes in the previous and the latest quarter.
    pub median_previous: Figure,
    pub median_latest: Figure,
}

impl Salary {
    /// Whether SSB withheld any figure of the salary table (too few persons).
    pub fn has_unpublished(&self) -> bool {
        [self.all, self.men, self.women].iter().any(|f| {
            [f.lower_quartile, f.median, f.upper_quartile, f.mean]
                .contains(&Figure::Missing(MissingReason::NotPublished))
        })
    }

    /// Change in per cent from the previous to the latest quarter's median, when both exist.
    pub fn median_change_percent(&self) -> Option<f64> {
        let previous = self.median_previous.value()?;
        let latest = self.median_latest.value()?;
        if previous == 0 {
            return None;
        }
        Some((latest as f64 - previous as f64) / previous as f64 * 100.0)
    }
}

/// Employed persons (sysselsatte, by residence, age 15–74) from SSB 14437.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employment {
    pub total: u64,
    pub permanent: u64,
    pub temporary: u64,
    pub unknown: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NationalReference {
    pub median_salary: Figure,
    pub employed: Option<u64>,
}

/// A county or municipality valid from 2024-01-01.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Region {
    pub code: String,
    /// Official name, with Sami and Kven forms where they exist ("Troms - Romsa - Tromssa").
    pub name: String,
    /// The county a municipality belongs to (its first two digits); `None` for counties.
    pub county: Option<String>,
}

/// The texts of one occupation (`yrke/<slug>.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OccupationDetail {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    pub slug: String,
    pub title: String,
    /// The utdanning.no page ("les mer").
    pub url: String,
    /// Description without the task list.
    pub description: Vec<Block>,
    /// The heading utdanning.no gives the task list, e.g. "Vanlige arbeidsoppgaver for en kokk:".
    pub tasks_heading: Option<String>,
    pub tasks: Vec<Vec<Span>>,
    pub where_work: Option<String>,
    pub traits: Option<String>,
    pub education: Vec<Block>,
    #[serde(default)]
    pub upper_secondary_routes: Vec<UpperSecondaryRoute>,
    /// Samordna opptak's study types ([`StudyKind::code`]) the occupation's higher-education
    /// descriptions are linked to by the written table in `builder::studies`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub study_kinds: Vec<String>,
}

/// A block of rich text, reduced at build time from utdanning.no's HTML to what is safe to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "content", rename_all = "snake_case")]
pub enum Block {
    Paragraph(Vec<Span>),
    Heading(Vec<Span>),
    List(Vec<Vec<Span>>),
}

/// A run of text with its emphasis and, for links, an absolute http(s) target.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strong: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub emphasis: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            ..Span::default()
        }
    }
}

impl OccupationDetail {
    /// The first paragraph of the description as plain text ("" when it has none): what a
    /// card about the occupation says, and what search reads besides names.
    pub fn intro(&self) -> String {
        self.description
            .iter()
            .find_map(|block| match block {
                Block::Paragraph(spans) => Some(spans_text(spans)),
                _ => None,
            })
            .unwrap_or_default()
    }
}

/// Plain text of a run of spans.
pub fn spans_text(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// File name (inside the snapshot folder) of the region data: employers, training offices,
/// study places, labour shortage and the county map. Fetched when a region view opens.
pub const REGIONS_FILE: &str = "regions.json";

/// Everything the region views show (`regions.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionData {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    /// Equal to [`Snapshot::data_version`] of the snapshot it was built with.
    pub data_version: String,
    /// Sorted by orgnr.
    pub employers: Vec<Employer>,
    /// The rules that link employers to occupations; nothing else links them.
    pub link_rules: Vec<LinkRule>,
    /// Higher-education study programmes offered in each county.
    pub study_programmes: Vec<StudyProgramme>,
    /// NAV's 2017 employer survey: estimated shortage of labour per 4-digit STYRK-08 code.
    pub shortage: Vec<Shortage>,
    pub map: CountyMap,
    /// Employees per employer and job title, from NAV's Aa-register extract, when the raw data
    /// holds one (it does not today).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workplaces: Option<Workplaces>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmployerKind {
    PrimarySchool,
    Municipality,
    TrainingOffice,
}

/// An organisation with a validated 9-digit organisation number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Employer {
    pub orgnr: String,
    pub name: String,
    pub kind: EmployerKind,
    /// 2024 municipality code, when the source places it in one.
    pub municipality: Option<String>,
    /// 2024 county code.
    pub county: Option<String>,
    /// Employees (schools, from the 2024 school file) or apprentices (training offices).
    pub size: Option<u64>,
    /// Counties a training office is approved in (2024 codes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approved_in: Vec<String>,
    /// Other names the source registers under the same organisation number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    /// School grades, e.g. "1–10".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grades: Option<String>,
    /// Ownership as the source says it ("Offentlig", "Privat").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<String>,
    /// The municipality as the source names it, kept when it is not a 2024 municipality name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub source: SourceId,
}

/// A written rule: employers of `kind` employ people in the occupations it names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkRule {
    pub kind: EmployerKind,
    /// Occupations with any of these 4-digit STYRK-08 codes.
    #[serde(default)]
    pub styrk: Vec<String>,
    /// Also every occupation with a fagbrev/svennebrev route.
    #[serde(default)]
    pub trade_occupations: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyProgramme {
    pub county: String,
    /// 2024 municipality whose name equals the study place, when one does.
    pub municipality: Option<String>,
    pub title: String,
    pub institution: String,
    /// The place utdanning.no gives ("stedsnavn").
    pub place: String,
    /// Absolute utdanning.no URL.
    pub url: Option<String>,
}

/// Estimated shortage of labour for one code: per 2024 county (the 2017 counties summed into
/// the counties they became) and for the whole country, as NAV published it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shortage {
    pub styrk: String,
    /// NAV's name for the occupation group.
    pub name: String,
    pub year: u16,
    pub national: u64,
    pub by_county: BTreeMap<String, u64>,
}

/// The 15 counties as SVG paths, projected and simplified at build time from Kartverket's map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyMap {
    pub width: u32,
    pub height: u32,
    pub counties: Vec<CountyShape>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountyShape {
    pub county: String,
    /// SVG path data in the map's coordinates.
    pub path: String,
}

/// Employees per employer and job title (NAV Aa-register, as utdanning.no receives it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workplaces {
    /// What the files said about themselves: period and file names.
    pub period: String,
    /// Job titles (SSB's 7-digit title codes, or 4-digit STYRK-08 codes used as titles) with the
    /// STYRK-08 code each belongs to.
    pub titles: Vec<JobTitle>,
    /// One row per employer, municipality and title.
    pub counts: Vec<WorkplaceCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobTitle {
    pub code: String,
    pub name: String,
    pub styrk: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkplaceCount {
    pub orgnr: String,
    pub municipality: String,
    pub title: String,
    pub count: u64,
}

/// File name (inside the snapshot folder) of the upper-secondary schools and the points it took
/// to get in. Fetched where schools are shown.
pub const SCHOOLS_FILE: &str = "schools.json";

/// Upper-secondary schools and their admission thresholds (`schools.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SchoolData {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    /// Equal to [`Snapshot::data_version`] of the snapshot it was built with.
    pub data_version: String,
    /// The counties whose published thresholds the file holds; every other county publishes
    /// none we can use.
    pub counties: Vec<AdmissionCounty>,
    /// Sorted by orgnr.
    pub schools: Vec<School>,
}

/// A county that publishes the points of the last admitted applicant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdmissionCounty {
    /// 2024 county code.
    pub county: String,
    /// The intake round (1., 2. inntak) the thresholds come from; `None` when the county does
    /// not say.
    pub round: Option<u8>,
    /// Years whose figures come from another round than `round`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub round_years: BTreeMap<u16, u8>,
    /// The round of [`SchoolProgramme::other_round`], where the county publishes a second one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_round: Option<u8>,
    /// Pupils may apply to any school in the county (otherwise a school's nearest pupils come
    /// first).
    pub free_choice: bool,
    /// Only the county's own (public) schools are in the county's list.
    #[serde(default)]
    pub public_schools_only: bool,
    /// The thresholds hold for applicants living in the school's intake region.
    #[serde(default)]
    pub by_intake_region: bool,
    /// The county's page with the published lists.
    pub source_url: String,
}

/// One upper-secondary school (videregående skole).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct School {
    pub orgnr: String,
    /// The name in Udir's school register ("Asker videregående skole").
    pub name: String,
    /// The short name the county's list uses ("Asker"), when it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// 2024 county code.
    pub county: String,
    /// 2024 municipality code, found from the school's position on Kartverket's map.
    pub municipality: Option<String>,
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The county's intake region the school belongs to, where the county has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intake_region: Option<String>,
    pub programmes: Vec<SchoolProgramme>,
}

/// One programme as a county lists it for one school, with its thresholds by year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SchoolProgramme {
    /// The name as the county's list gives it ("Helse- og oppvekstfag, SK 3 år").
    pub name: String,
    /// 1–4 (Vg1–Vg4); a row listed as "Vg2/Vg3" has level 2.
    pub level: u8,
    /// Our programme area ("ELELE1----"), by the rule in `builder::schools`; `None` when the
    /// rule finds none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// By year, from the county's main round ([`AdmissionCounty::round`]).
    pub thresholds: BTreeMap<u16, Threshold>,
    /// By year, from the county's other round ([`AdmissionCounty::other_round`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub other_round: BTreeMap<u16, Threshold>,
}

/// What a county's list says for one programme, school and year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Threshold {
    /// The points of the last admitted applicant (grade average × 10).
    Points(f32),
    Admission(AdmissionState),
}

/// A year without a threshold, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AdmissionState {
    /// Every qualified applicant got a place: no waiting list (not 0 points).
    #[serde(rename = "open")]
    NoWaitingList,
    /// Filled through applicants' statutory priority right; no points.
    #[serde(rename = "F")]
    PriorityRight,
    /// Admission by documentation or interview (IB, elite sport); no points.
    #[serde(rename = "D")]
    Documentation,
    /// Not offered that year.
    #[serde(rename = "U")]
    NotOffered,
}

/// File name (inside the snapshot folder) of the higher-education studies with their latest
/// figures and main-round cut-offs. Fetched where studies are shown.
pub const STUDIES_FILE: &str = "studies.json";
/// File name of every study's supplementary-round cut-offs and figures for every year.
/// Fetched by a study's own page.
pub const STUDY_HISTORY_FILE: &str = "study_history.json";

/// Higher-education studies in Samordna opptak (`studies.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyData {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    /// Equal to [`Snapshot::data_version`] of the snapshot it was built with.
    pub data_version: String,
    /// Every study type in the files, linked to occupations or not.
    pub kinds: Vec<StudyKind>,
    /// Institutions by Samordna opptak's short name.
    pub institutions: Vec<Institution>,
    /// Sorted by study code.
    pub studies: Vec<Study>,
}

/// One of Samordna opptak's study types ("Utdanningsområde og -type").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyKind {
    /// As the cut-off lists write it ("HELSEFAG - SYKEPL").
    pub code: String,
    /// As the applicant figures name it ("Helsefag - sykepleie").
    pub name: String,
    /// utdanning.no's higher-education descriptions the written table links to this type;
    /// empty for broad types (SAMFUNN, REALFAG …) that name no profession.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub descriptions: Vec<String>,
    /// Occupations (slugs) those descriptions lead to, in slug order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Institution {
    /// Samordna opptak's short name ("NTNU", "HVL").
    pub short: String,
    /// The full name, from the applicant figures ("Høgskulen på Vestlandet").
    pub name: String,
}

/// One study as Samordna opptak lists it under one study code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Study {
    /// Samordna opptak's study code without spaces ("203162").
    pub code: String,
    /// The name in the newest list.
    pub name: String,
    /// Names the code had in older lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    /// [`Institution::short`].
    pub institution: String,
    /// The study place as the newest list gives it ("Bergen", "Nettstudium").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// 2024 municipality and county of the place, where the place names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    /// [`StudyKind::code`], from the newest cut-off list that gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Main round (hovedopptak) cut-offs by year, the newest three years of the lists (older
    /// years are in [`StudyHistory::older_main_round`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub main_round: BTreeMap<u16, QuotaCutOffs>,
    /// Applicants, first-choice applicants and places of the newest year with figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<(u16, StudyFigures)>,
}

/// The cut-offs of one year and round: first-time diploma quota, then ordinary quota.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct QuotaCutOffs(pub Option<CutOff>, pub Option<CutOff>);

impl QuotaCutOffs {
    pub fn get(&self, quota: Quota) -> Option<CutOff> {
        match quota {
            Quota::FirstTime => self.0,
            Quota::Ordinary => self.1,
        }
    }
}

/// Samordna opptak's two quotas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Quota {
    /// Førstegangsvitnemålskvote: applicants with a first diploma, up to the year they turn 21.
    FirstTime,
    /// Ordinær kvote: everyone else, with age and other extra points.
    Ordinary,
}

/// What a list says for one study, year, quota and round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum CutOff {
    /// The last admitted applicant's points, in hundredths ("45.7" is 4570).
    Points(u32),
    Open(OpenAdmission),
}

/// A cut-off that is not a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenAdmission {
    /// `0` in the lists: every qualified applicant got a place.
    #[serde(rename = "all")]
    EveryoneQualified,
    /// `-1` in the lists: no cut-off given.
    #[serde(rename = "none")]
    NotGiven,
}

/// One year's applicant figures for a study; `None` where the cell is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StudyFigures(pub Option<u32>, pub Option<u32>, pub Option<u32>);

impl StudyFigures {
    pub fn applicants(&self) -> Option<u32> {
        self.0
    }
    pub fn first_choice(&self) -> Option<u32> {
        self.1
    }
    pub fn places(&self) -> Option<u32> {
        self.2
    }
}

/// Every study's older figures (`study_history.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyHistoryData {
    /// Content hash of this file (see [`crate::core::integrity`]); always the first member.
    pub content_hash: String,
    pub schema_version: u32,
    pub data_version: String,
    /// By study code.
    pub studies: BTreeMap<String, StudyHistory>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StudyHistory {
    /// Main round cut-offs of the years before those in [`Study::main_round`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub older_main_round: BTreeMap<u16, QuotaCutOffs>,
    /// Supplementary round (suppleringsopptak) cut-offs by year.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra_round: BTreeMap<u16, QuotaCutOffs>,
    /// Applicant figures by year.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub figures: BTreeMap<u16, StudyFigures>,
}

impl FromNumberOrName for Figure {
    const EXPECTING: &'static str = "a whole number or why it is missing";
    fn from_u64(value: u64) -> Option<Self> {
        Some(Figure::Value(value))
    }
    fn from_name(name: &str) -> Option<Self> {
        number_or_name::unit_variant(name).map(Figure::Missing)
    }
}

impl FromNumberOrName for Threshold {
    const EXPECTING: &'static str = "points or an admission state";
    fn from_u64(value: u64) -> Option<Self> {
        Some(Threshold::Points(value as f32))
    }
    fn from_f64(value: f64) -> Option<Self> {
        Some(Threshold::Points(value as f32))
    }
    fn from_name(name: &str) -> Option<Self> {
        number_or_name::unit_variant(name).map(Threshold::Admission)
    }
}

impl FromNumberOrName for CutOff {
    const EXPECTING: &'static str = "points in hundredths or \"all\" or \"none\"";
    fn from_u64(value: u64) -> Option<Self> {
        u32::try_from(value).ok().map(CutOff::Points)
    }
    fn from_name(name: &str) -> Option<Self> {
        number_or_name::unit_variant(name).map(CutOff::Open)
    }
}

number_or_name::deserialize_with_visitor!(Figure, Threshold, CutOff);
