//! The snapshot: the data model shared by the builder (which writes it) and the app (which reads it).
//!
//! Two kinds of files make up a snapshot:
//! - `snapshot.json` ([`Snapshot`]): everything the list, the STYRK views and the figures need.
//! - `yrke/<slug>.json` ([`OccupationDetail`]): the texts of one occupation, fetched when its page opens.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Bumped whenever the shape of the snapshot changes; the app refuses other versions.
pub const SCHEMA_VERSION: u32 = 1;

/// File name of the main snapshot file inside the snapshot folder.
pub const SNAPSHOT_FILE: &str = "snapshot.json";
/// Folder (inside the snapshot folder) holding one detail file per occupation.
pub const DETAIL_DIR: &str = "yrke";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
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
    /// First paragraph of the description as plain text.
    pub intro: String,
    pub task_count: u32,
    /// Education levels that lead to the occupation, as far as the data tells (sorted).
    #[serde(default)]
    pub education_levels: Vec<EducationLevel>,
    /// How many of utdanning.no's higher-education descriptions name this occupation.
    #[serde(default)]
    pub higher_education_links: u32,
    /// Titles of the upper-secondary programme areas (lærefag) that lead to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<String>,
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
    /// Job titles NAV registered under this code (STYRK-08 years of NAV's job-seeker
    /// statistics, 2012–2017): the everyday words people use for the occupation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nav_titles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NavCategory {
    pub level1: String,
    pub level2: String,
}

/// One published statistic: a value, or the reason SSB gives for not publishing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// Plain text of a run of spans.
pub fn spans_text(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}
