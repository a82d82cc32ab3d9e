//! The employer register: primary schools (Udir NSR), the municipalities themselves (SSB
//! correspondence 1236) and the approved training offices (Udir NOR). Every organisation number
//! is checked (mod 11); older municipality codes are moved to 2024 codes.

use crate::builder::csv::CsvTable;
use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::{read_json, read_text};
use crate::builder::regions::CodeMoves;
use crate::core::model::{Employer, EmployerKind, Region, SourceId};
use crate::core::orgnr;
use crate::core::text::fold;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// What was read, with the records that could not be placed (printed after a build).
#[derive(Debug, Default)]
pub struct Employers {
    pub employers: Vec<Employer>,
    /// Schools given an employee count from the 2024 school file.
    pub schools_with_size: usize,
    pub warnings: Vec<String>,
}

pub struct EmployerFiles<'a> {
    /// NSR schools with orgnr, 2024 codes (CSV, comma).
    pub schools: &'a Path,
    /// Geonorge schools with employee counts, 2020–2023 codes (TSV).
    pub school_sizes: &'a Path,
    /// SSB correspondence 1236, municipality orgnr, 2020–2023 codes (CSV, `;`, UTF-8).
    pub municipality_orgnr: &'a Path,
    /// Udir NOR training offices (JSON).
    pub training_offices: &'a Path,
}

pub fn read(
    files: &EmployerFiles,
    moves: &CodeMoves,
    counties: &[Region],
    municipalities: &[Region],
) -> BuildResult<Employers> {
    let municipality_names: HashMap<&str, &str> = municipalities
        .iter()
        .map(|m| (m.code.as_str(), m.name.as_str()))
        .collect();
    let county_codes: HashSet<&str> = counties.iter().map(|c| c.code.as_str()).collect();
    let mut out = Employers::default();
    let mut employers: BTreeMap<String, Employer> = BTreeMap::new();

    read_schools(files, moves, &municipality_names, &mut employers, &mut out)?;
    read_municipalities(
        files.municipality_orgnr,
        moves,
        &municipality_names,
        &mut employers,
        &mut out,
    )?;
    read_training_offices(
        files.training_offices,
        &county_codes,
        municipalities,
        &mut employers,
    )?;
    out.employers = employers.into_values().collect();
    Ok(out)
}

fn checked_orgnr(path: &Path, record: &str, value: &str) -> BuildResult<String> {
    let value = value.trim();
    if orgnr::is_valid(value) {
        Ok(value.to_string())
    } else {
        Err(BuildError::at(
            path,
            record,
            format!(
                "organisation number \"{value}\" is not valid (nine digits, mod-11 check digit)"
            ),
        ))
    }
}

fn grades(lowest: &str, highest: &str) -> Option<String> {
    match (lowest.trim(), highest.trim()) {
        ("", "") => None,
        (low, "") | ("", low) => Some(low.to_string()),
        (low, high) => Some(format!("{low}–{high}")),
    }
}

fn read_schools(
    files: &EmployerFiles,
    moves: &CodeMoves,
    municipality_names: &HashMap<&str, &str>,
    employers: &mut BTreeMap<String, Employer>,
    out: &mut Employers,
) -> BuildResult<()> {
    // Employee counts by (folded name, 2024 municipality): a 2020–2023 code that was split
    // offers every code it became; a key met twice is ambiguous and gives no count.
    let sizes_path = files.school_sizes;
    let sizes = CsvTable::parse(sizes_path, &read_text(sizes_path)?, '\t')?;
    let [name_col, employees_col, code_col] =
        sizes.columns(sizes_path, &["navn", "antall_ansatte", "kommunenummer"])?[..]
    else {
        unreachable!("three columns asked for")
    };
    let mut size_by_key: HashMap<(String, String), Option<(usize, u64)>> = HashMap::new();
    for (index, (line, row)) in sizes.rows.iter().enumerate() {
        let employees = match row[employees_col].trim() {
            "" => continue,
            text => text.parse::<u64>().map_err(|_| {
                BuildError::at(
                    sizes_path,
                    format!("line {line}"),
                    format!("antall_ansatte \"{text}\" is not a whole number"),
                )
            })?,
        };
        if employees == 0 {
            continue;
        }
        for code in moves.targets(row[code_col].trim()) {
            let key = (fold(&row[name_col]), code);
            size_by_key
                .entry(key)
                .and_modify(|v| *v = None)
                .or_insert(Some((index, employees)));
        }
    }

    let path = files.schools;
    let table = CsvTable::parse(path, &read_text(path)?, ',')?;
    let [county_col, code_col, name_col, orgnr_col, low_col, high_col, owner_col] = table.columns(
        path,
        &[
            "fylkesnummer",
            "kommunenummer",
            "skolenavn",
            "organisasjonsnummer",
            "lavestetrinn",
            "hoyestetrinn",
            "eierforhold",
        ],
    )?[..] else {
        unreachable!("seven columns asked for")
    };
    // Size rows already counted for an orgnr (two NSR names can share one orgnr).
    let mut counted: HashMap<String, HashSet<usize>> = HashMap::new();
    for (line, row) in &table.rows {
        let record = format!("line {line}");
        let orgnr = checked_orgnr(path, &record, &row[orgnr_col])?;
        let code = row[code_col].trim().to_string();
        let name = row[name_col].trim().to_string();
        if !municipality_names.contains_key(code.as_str()) {
            out.warnings.push(format!(
                "{}: {record}: school {name} ({orgnr}) is in {code}, which is not a 2024 municipality (Svalbard is not one); not placed",
                path.display()
            ));
            continue;
        }
        if row[county_col].trim() != &code[..2] {
            return Err(BuildError::at(
                path,
                record,
                format!(
                    "county {} does not match municipality {code}",
                    row[county_col].trim()
                ),
            ));
        }
        let size = size_by_key
            .get(&(fold(&name), code.clone()))
            .copied()
            .flatten();
        match employers.get_mut(&orgnr) {
            Some(existing) => {
                if existing.municipality.as_deref() != Some(code.as_str()) {
                    return Err(BuildError::at(
                        path,
                        record,
                        format!(
                            "organisation number {orgnr} is listed before in another municipality"
                        ),
                    ));
                }
                // One organisation registered under two school names: keep both names.
                existing.other_names.push(name);
                if let Some((index, employees)) = size {
                    if counted.entry(orgnr.clone()).or_default().insert(index) {
                        existing.size = Some(existing.size.unwrap_or(0) + employees);
                    }
                }
            }
            None => {
                if let Some((index, _)) = size {
                    counted.entry(orgnr.clone()).or_default().insert(index);
                }
                employers.insert(
                    orgnr.clone(),
                    Employer {
                        orgnr,
                        name,
                        kind: EmployerKind::PrimarySchool,
                        county: Some(code[..2].to_string()),
                        municipality: Some(code),
                        size: size.map(|(_, employees)| employees),
                        approved_in: vec![],
                        other_names: vec![],
                        grades: grades(&row[low_col], &row[high_col]),
                        ownership: Some(row[owner_col].trim().to_string())
                            .filter(|o| !o.is_empty()),
                        place: None,
                        website: None,
                        source: SourceId::PrimarySchools,
                    },
                );
            }
        }
    }
    out.schools_with_size = employers
        .values()
        .filter(|e| e.kind == EmployerKind::PrimarySchool && e.size.is_some())
        .count();
    Ok(())
}

fn read_municipalities(
    path: &Path,
    moves: &CodeMoves,
    municipality_names: &HashMap<&str, &str>,
    employers: &mut BTreeMap<String, Employer>,
    out: &mut Employers,
) -> BuildResult<()> {
    let table = CsvTable::parse(path, &read_text(path)?, ';')?;
    let [orgnr_col, name_col, code_col] =
        table.columns(path, &["sourceCode", "targetName", "targetCode"])?[..]
    else {
        unreachable!("three columns asked for")
    };
    let mut placed: HashSet<String> = HashSet::new();
    for (line, row) in &table.rows {
        let record = format!("line {line}");
        let orgnr = checked_orgnr(path, &record, &row[orgnr_col])?;
        let old_name = row[name_col].trim();
        let targets = moves.targets(row[code_col].trim());
        // A split municipality keeps its organisation in the part that kept its name.
        let code = if targets.len() == 1 {
            Some(targets[0].clone())
        } else {
            targets
                .iter()
                .find(|t| {
                    municipality_names
                        .get(t.as_str())
                        .is_some_and(|n| n.split(" - ").any(|part| part == old_name))
                })
                .cloned()
        };
        let Some(code) = code.filter(|c| municipality_names.contains_key(c.as_str())) else {
            out.warnings.push(format!(
                "{}: {record}: {old_name} ({}) became {}; no single 2024 municipality keeps its organisation number, not placed",
                path.display(),
                row[code_col].trim(),
                targets.join(", ")
            ));
            continue;
        };
        if !placed.insert(code.clone()) {
            return Err(BuildError::at(
                path,
                record,
                format!("a second organisation number for municipality {code}"),
            ));
        }
        if employers.contains_key(&orgnr) {
            return Err(BuildError::at(
                path,
                record,
                format!("organisation number {orgnr} is already used by another employer"),
            ));
        }
        employers.insert(
            orgnr.clone(),
            Employer {
                orgnr,
                name: format!("{} kommune", municipality_names[code.as_str()]),
                kind: EmployerKind::Municipality,
                county: Some(code[..2].to_string()),
                municipality: Some(code),
                size: None,
                approved_in: vec![],
                other_names: vec![],
                grades: None,
                ownership: None,
                place: None,
                website: None,
                source: SourceId::MunicipalityOrgnr,
            },
        );
    }
    for (code, name) in municipality_names {
        if !placed.contains(*code) {
            out.warnings.push(format!(
                "{}: municipality {code} {name} has no organisation number in the file",
                path.display()
            ));
        }
    }
    out.warnings.sort();
    Ok(())
}

#[derive(Deserialize)]
struct TrainingOfficeFile {
    kontor: Vec<TrainingOffice>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TrainingOffice {
    orgnr: String,
    navn: String,
    fylke: String,
    kommune: Option<String>,
    nettside: Option<String>,
    laerlinger: Option<u64>,
    godkjent_i: Vec<String>,
}

fn read_training_offices(
    path: &Path,
    county_codes: &HashSet<&str>,
    municipalities: &[Region],
    employers: &mut BTreeMap<String, Employer>,
) -> BuildResult<()> {
    let file: TrainingOfficeFile = read_json(path)?;
    for (index, office) in file.kontor.into_iter().enumerate() {
        let record = format!("kontor[{index}]");
        let orgnr = checked_orgnr(path, &record, &office.orgnr)?;
        for county in std::iter::once(&office.fylke).chain(&office.godkjent_i) {
            if !county_codes.contains(county.as_str()) {
                return Err(BuildError::at(
                    path,
                    format!("{record} ({orgnr})"),
                    format!("county \"{county}\" is not a 2024 county"),
                ));
            }
        }
        // The office's municipality is given by name; it is placed only where the name is one
        // of the official names of a municipality in the office's county.
        let municipality = office.kommune.as_deref().and_then(|name| {
            let wanted = fold(name);
            municipalities
                .iter()
                .find(|m| {
                    m.county.as_deref() == Some(office.fylke.as_str())
                        && (fold(&m.name) == wanted
                            || m.name.split(" - ").any(|part| fold(part) == wanted))
                })
                .map(|m| m.code.clone())
        });
        if employers.contains_key(&orgnr) {
            return Err(BuildError::at(
                path,
                format!("{record} ({orgnr})"),
                "organisation number is listed twice",
            ));
        }
        let mut approved_in = office.godkjent_i;
        approved_in.sort();
        approved_in.dedup();
        let website = office
            .nettside
            .filter(|w| w.starts_with("https://") || w.starts_with("http://"));
        employers.insert(
            orgnr.clone(),
            Employer {
                orgnr,
                name: office.navn.trim().to_string(),
                kind: EmployerKind::TrainingOffice,
                county: Some(office.fylke),
                municipality: municipality.clone(),
                size: office.laerlinger,
                approved_in,
                other_names: vec![],
                grades: None,
                ownership: None,
                place: office.kommune.filter(|_| municipality.is_none()),
                website,
                source: SourceId::TrainingOffices,
            },
        );
    }
    Ok(())
}
