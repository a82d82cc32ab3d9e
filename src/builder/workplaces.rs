//! Input adapter for the employer × job title counts that NAV's Aa-register provides to
//! utdanning.no, and for SSB's list of 7-digit job titles. Neither is in the raw data today;
//! when the files are present the occupation page shows "Bedrifter i hele landet".
//!
//! Files in the `employers/` folder (`;`-separated, UTF-8, header line first):
//! - `nav_aa_register_<period>.csv`: `orgnr;kommunenummer;yrkeskode;antall`. `yrkeskode` is a
//!   7-digit title code from the title list or a 4-digit STYRK-08 code; `kommunenummer` a
//!   municipality code of 2020 or later (moved to 2024 codes).
//! - `ssb_stillingstitler_<anything>.csv`: `yrkeskode;tittel;styrk08`.

use crate::builder::csv::CsvTable;
use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_text;
use crate::builder::regions::CodeMoves;
use crate::core::model::{JobTitle, Region, WorkplaceCount, Workplaces};
use crate::core::orgnr;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

const COUNTS_PREFIX: &str = "nav_aa_register_";
const TITLES_PREFIX: &str = "ssb_stillingstitler_";

fn files_with_prefix(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".csv"))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

fn only_one(dir: &Path, prefix: &str) -> BuildResult<Option<PathBuf>> {
    let mut found = files_with_prefix(dir, prefix);
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop()),
        _ => Err(BuildError::new(
            dir,
            format!("several files named {prefix}*.csv; keep one"),
        )),
    }
}

/// Reads the files when they are present; `None` when there is no Aa-register file.
pub fn read_optional(
    dir: &Path,
    moves: &CodeMoves,
    known_codes: &HashSet<&str>,
    municipalities: &[Region],
) -> BuildResult<Option<Workplaces>> {
    let Some(counts_path) = only_one(dir, COUNTS_PREFIX)? else {
        return Ok(None);
    };
    let titles = match only_one(dir, TITLES_PREFIX)? {
        Some(path) => read_titles(&path, known_codes)?,
        None => Vec::new(),
    };
    let title_codes: HashSet<&str> = titles.iter().map(|t| t.code.as_str()).collect();
    let municipality_codes: HashSet<&str> =
        municipalities.iter().map(|m| m.code.as_str()).collect();
    let table = CsvTable::parse(&counts_path, &read_text(&counts_path)?, ';')?;
    let [orgnr_col, municipality_col, title_col, count_col] = table.columns(
        &counts_path,
        &["orgnr", "kommunenummer", "yrkeskode", "antall"],
    )?[..] else {
        unreachable!("four columns asked for")
    };
    let mut counts: BTreeMap<(String, String, String), u64> = BTreeMap::new();
    for (line, row) in &table.rows {
        let record = format!("line {line}");
        let fail = |message: String| BuildError::at(&counts_path, &record, message);
        let org = row[orgnr_col].trim();
        if !orgnr::is_valid(org) {
            return Err(fail(format!(
                "orgnr \"{org}\" is not a valid organisation number"
            )));
        }
        let title = row[title_col].trim();
        let known_title = match title.len() {
            7 => title_codes.contains(title),
            4 => known_codes.contains(title),
            _ => false,
        };
        if !known_title {
            return Err(fail(format!(
                "yrkeskode \"{title}\" is neither a title in the title list nor a STYRK-08 code"
            )));
        }
        let targets = moves.targets(row[municipality_col].trim());
        let [municipality] = &targets[..] else {
            return Err(fail(format!(
                "kommunenummer {} was split into {}; the count cannot be placed",
                row[municipality_col].trim(),
                targets.join(", ")
            )));
        };
        if !municipality_codes.contains(municipality.as_str()) {
            return Err(fail(format!(
                "kommunenummer \"{municipality}\" is not a municipality of 2024"
            )));
        }
        let count: u64 = row[count_col].trim().parse().map_err(|_| {
            fail(format!(
                "antall \"{}\" is not a whole number",
                row[count_col].trim()
            ))
        })?;
        let key = (org.to_string(), municipality.clone(), title.to_string());
        if counts.insert(key, count).is_some() {
            return Err(fail(format!(
                "orgnr {org}, kommunenummer {municipality} and yrkeskode {title} are listed twice"
            )));
        }
    }
    let period = counts_path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.strip_prefix(COUNTS_PREFIX))
        .unwrap_or_default()
        .to_string();
    Ok(Some(Workplaces {
        period,
        titles,
        counts: counts
            .into_iter()
            .map(|((orgnr, municipality, title), count)| WorkplaceCount {
                orgnr,
                municipality,
                title,
                count,
            })
            .collect(),
    }))
}

fn read_titles(path: &Path, known_codes: &HashSet<&str>) -> BuildResult<Vec<JobTitle>> {
    let table = CsvTable::parse(path, &read_text(path)?, ';')?;
    let [code_col, name_col, styrk_col] =
        table.columns(path, &["yrkeskode", "tittel", "styrk08"])?[..]
    else {
        unreachable!("three columns asked for")
    };
    let mut titles: BTreeMap<String, JobTitle> = BTreeMap::new();
    for (line, row) in &table.rows {
        let record = format!("line {line}");
        let code = row[code_col].trim();
        let styrk = row[styrk_col].trim();
        if code.len() != 7 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BuildError::at(
                path,
                record,
                format!("yrkeskode \"{code}\" is not seven digits"),
            ));
        }
        if !known_codes.contains(styrk) || styrk.len() != 4 {
            return Err(BuildError::at(
                path,
                record,
                format!("styrk08 \"{styrk}\" is not a 4-digit STYRK-08 code"),
            ));
        }
        let title = JobTitle {
            code: code.to_string(),
            name: row[name_col].trim().to_string(),
            styrk: styrk.to_string(),
        };
        if titles.insert(code.to_string(), title).is_some() {
            return Err(BuildError::at(
                path,
                record,
                format!("yrkeskode {code} is listed twice"),
            ));
        }
    }
    Ok(titles.into_values().collect())
}
