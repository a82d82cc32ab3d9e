//! SSB StatBank tables (flattened JSON-stat as in the raw files): salary from 11418 and 11658,
//! employment from 14437.

use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_json;
use crate::core::model::{
    Employment, Figure, MissingReason, NationalReference, Salary, SalaryFigures,
};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

/// SSB's code for "all occupations" in the Yrke dimension.
const ALL_OCCUPATIONS: &str = "0-9";

#[derive(Deserialize)]
struct Table {
    #[serde(rename = "tableId")]
    table_id: String,
    rows: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    value: Option<f64>,
    status: Option<String>,
    dimensions: HashMap<String, DimensionValue>,
}

#[derive(Deserialize)]
struct DimensionValue {
    code: String,
}

/// One cell: the table's row index (for errors) and its dimension codes.
struct Cell<'a> {
    index: usize,
    row: &'a Row,
}

impl<'a> Cell<'a> {
    fn dim(&self, file: &Path, name: &str) -> BuildResult<&'a str> {
        self.row
            .dimensions
            .get(name)
            .map(|d| d.code.as_str())
            .ok_or_else(|| {
                BuildError::at(
                    file,
                    format!("rows[{}]", self.index),
                    format!("has no dimension \"{name}\""),
                )
            })
    }

    fn figure(&self, file: &Path) -> BuildResult<Figure> {
        let record = || format!("rows[{}]", self.index);
        match (self.row.value, self.row.status.as_deref()) {
            (Some(v), _) if v >= 0.0 && v.fract() == 0.0 && v < 1e12 => Ok(Figure::Value(v as u64)),
            (Some(v), _) => Err(BuildError::at(
                file,
                record(),
                format!("value {v} is not a whole non-negative number"),
            )),
            (None, Some(":")) => Ok(Figure::Missing(MissingReason::NotPublished)),
            (None, Some(".")) | (None, Some("..")) => {
                Ok(Figure::Missing(MissingReason::NotApplicable))
            }
            (None, other) => Err(BuildError::at(
                file,
                record(),
                format!("has no value and an unknown status {other:?}"),
            )),
        }
    }
}

fn read_table(path: &Path, expected_id: &str) -> BuildResult<Table> {
    let table: Table = read_json(path)?;
    if table.table_id != expected_id {
        return Err(BuildError::new(
            path,
            format!(
                "is SSB table {}, expected table {expected_id}",
                table.table_id
            ),
        ));
    }
    if table.rows.is_empty() {
        return Err(BuildError::new(path, "has no rows"));
    }
    Ok(table)
}

/// The single period (Tid) of a table; mixed periods are an error.
fn single_period(path: &Path, table: &Table) -> BuildResult<String> {
    let mut periods = BTreeSet::new();
    for (index, row) in table.rows.iter().enumerate() {
        periods.insert(Cell { index, row }.dim(path, "Tid")?.to_string());
    }
    if periods.len() != 1 {
        return Err(BuildError::new(
            path,
            format!("holds several periods: {periods:?}"),
        ));
    }
    Ok(periods.into_iter().next().unwrap_or_default())
}

pub struct SalaryData {
    pub by_code: BTreeMap<String, Salary>,
    pub all_occupations_median: Figure,
    pub period: String,
    pub change_period: String,
    /// Yrke codes in the tables that are not STYRK-08 codes (SSB aggregates), skipped.
    pub skipped_codes: BTreeSet<String>,
}

pub struct SalaryFiles<'a> {
    pub distribution: &'a Path,
    pub latest_median: &'a Path,
    pub previous_median: &'a Path,
}

pub fn read_salary(files: &SalaryFiles, known_codes: &HashSet<&str>) -> BuildResult<SalaryData> {
    let path = files.distribution;
    let table = read_table(path, "11418")?;
    let period = single_period(path, &table)?;
    let mut by_code: BTreeMap<String, Salary> = BTreeMap::new();
    let mut skipped_codes = BTreeSet::new();
    let mut all_occupations_median = Figure::default();
    let mut seen = HashSet::new();
    for (index, row) in table.rows.iter().enumerate() {
        let cell = Cell { index, row };
        let code = cell.dim(path, "Yrke")?;
        let sex = cell.dim(path, "Kjonn")?;
        let measure = cell.dim(path, "MaaleMetode")?;
        if !seen.insert((code, sex, measure)) {
            return Err(BuildError::at(
                path,
                format!("rows[{index}]"),
                format!("second cell for Yrke {code}, Kjonn {sex}, MaaleMetode {measure}"),
            ));
        }
        let figure = cell.figure(path)?;
        if code == ALL_OCCUPATIONS {
            if sex == "0" && measure == "01" {
                all_occupations_median = figure;
            }
            continue;
        }
        if !known_codes.contains(code) {
            skipped_codes.insert(code.to_string());
            continue;
        }
        let salary = by_code.entry(code.to_string()).or_insert_with(|| Salary {
            all: SalaryFigures::default(),
            men: SalaryFigures::default(),
            women: SalaryFigures::default(),
            median_previous: Figure::default(),
            median_latest: Figure::default(),
        });
        let group = match sex {
            "0" => &mut salary.all,
            "1" => &mut salary.men,
            "2" => &mut salary.women,
            other => {
                return Err(BuildError::at(
                    path,
                    format!("rows[{index}]"),
                    format!("unknown Kjonn code \"{other}\""),
                ))
            }
        };
        match measure {
            "01" => group.median = figure,
            "02" => group.mean = figure,
            "051" => group.lower_quartile = figure,
            "061" => group.upper_quartile = figure,
            other => {
                return Err(BuildError::at(
                    path,
                    format!("rows[{index}]"),
                    format!("unknown MaaleMetode code \"{other}\""),
                ))
            }
        }
    }

    let latest = read_both_sexes_median(files.latest_median, known_codes)?;
    let previous = read_both_sexes_median(files.previous_median, known_codes)?;
    for (code, figure) in &latest.by_code {
        if let Some(salary) = by_code.get_mut(code) {
            salary.median_latest = *figure;
        }
    }
    for (code, figure) in &previous.by_code {
        if let Some(salary) = by_code.get_mut(code) {
            salary.median_previous = *figure;
        }
    }
    Ok(SalaryData {
        by_code,
        all_occupations_median,
        period,
        change_period: format!("{}–{}", previous.period, latest.period),
        skipped_codes,
    })
}

struct QuarterMedians {
    by_code: BTreeMap<String, Figure>,
    period: String,
}

fn read_both_sexes_median(path: &Path, known_codes: &HashSet<&str>) -> BuildResult<QuarterMedians> {
    let table = read_table(path, "11658")?;
    let period = single_period(path, &table)?;
    let mut by_code = BTreeMap::new();
    for (index, row) in table.rows.iter().enumerate() {
        let cell = Cell { index, row };
        if cell.dim(path, "Kjonn")? != "0" || cell.dim(path, "Alder")? != "999D" {
            continue;
        }
        let code = cell.dim(path, "Yrke")?;
        if known_codes.contains(code)
            && by_code
                .insert(code.to_string(), cell.figure(path)?)
                .is_some()
        {
            return Err(BuildError::at(
                path,
                format!("rows[{index}]"),
                format!("second median cell for Yrke {code}"),
            ));
        }
    }
    Ok(QuarterMedians { by_code, period })
}

pub struct EmploymentData {
    pub by_code: BTreeMap<String, Employment>,
    pub all_occupations: Option<u64>,
    pub period: String,
}

pub fn read_employment(path: &Path, known_codes: &HashSet<&str>) -> BuildResult<EmploymentData> {
    let table = read_table(path, "14437")?;
    let period = single_period(path, &table)?;
    let mut by_code: BTreeMap<String, Employment> = BTreeMap::new();
    let mut all_occupations = None;
    let mut seen = HashSet::new();
    for (index, row) in table.rows.iter().enumerate() {
        let cell = Cell { index, row };
        if cell.dim(path, "Alder")? != "15-74" || cell.dim(path, "Region")? != "0" {
            continue;
        }
        let code = cell.dim(path, "Yrke")?;
        let contract = cell.dim(path, "Ansettelsesforhold")?;
        if !seen.insert((code, contract)) {
            return Err(BuildError::at(
                path,
                format!("rows[{index}]"),
                format!("second cell for Yrke {code}, Ansettelsesforhold {contract}"),
            ));
        }
        let Figure::Value(value) = cell.figure(path)? else {
            // Employment counts are never suppressed in this table; a gap stays a gap.
            continue;
        };
        if code == ALL_OCCUPATIONS {
            if contract == "0" {
                all_occupations = Some(value);
            }
            continue;
        }
        if !known_codes.contains(code) {
            continue;
        }
        let entry = by_code.entry(code.to_string()).or_insert(Employment {
            total: 0,
            permanent: 0,
            temporary: 0,
            unknown: 0,
        });
        match contract {
            "0" => entry.total = value,
            "F" => entry.permanent = value,
            "M" => entry.temporary = value,
            "09" => entry.unknown = value,
            other => {
                return Err(BuildError::at(
                    path,
                    format!("rows[{index}]"),
                    format!("unknown Ansettelsesforhold code \"{other}\""),
                ))
            }
        }
    }
    for (code, _) in by_code.iter() {
        if !seen.contains(&(code.as_str(), "0")) {
            return Err(BuildError::new(
                path,
                format!("Yrke {code} has contract rows but no total (Ansettelsesforhold 0)"),
            ));
        }
    }
    Ok(EmploymentData {
        by_code,
        all_occupations,
        period,
    })
}

pub fn national_reference(salary: &SalaryData, employment: &EmploymentData) -> NationalReference {
    NationalReference {
        median_salary: salary.all_occupations_median,
        employed: employment.all_occupations,
    }
}
