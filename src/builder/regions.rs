//! Counties (Klass 104) and municipalities (Klass 131) valid from 2024-01-01, and the moves
//! that bring older region codes to them.

use crate::builder::classification::read_klass_codes;
use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_json;
use crate::core::model::Region;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// Klass's code for "unknown" in both classifications.
fn is_unknown(code: &str) -> bool {
    code.chars().all(|c| c == '9')
}

pub fn read(
    counties_path: &Path,
    municipalities_path: &Path,
) -> BuildResult<(Vec<Region>, Vec<Region>)> {
    let mut counties = Vec::new();
    for (index, code) in read_klass_codes(counties_path)?.into_iter().enumerate() {
        if is_unknown(&code.code) {
            continue;
        }
        if code.code.len() != 2 || !code.code.chars().all(|c| c.is_ascii_digit()) {
            return Err(BuildError::at(
                counties_path,
                format!("codes[{index}]"),
                format!("county code \"{}\" is not two digits", code.code),
            ));
        }
        counties.push(Region {
            code: code.code,
            name: code.name.trim().to_string(),
            county: None,
        });
    }
    let county_codes: HashSet<String> = counties.iter().map(|c| c.code.clone()).collect();
    let mut municipalities = Vec::new();
    for (index, code) in read_klass_codes(municipalities_path)?
        .into_iter()
        .enumerate()
    {
        if is_unknown(&code.code) {
            continue;
        }
        if code.code.len() != 4 || !code.code.chars().all(|c| c.is_ascii_digit()) {
            return Err(BuildError::at(
                municipalities_path,
                format!("codes[{index}]"),
                format!("municipality code \"{}\" is not four digits", code.code),
            ));
        }
        let county = code.code[..2].to_string();
        if !county_codes.contains(&county) {
            return Err(BuildError::at(
                municipalities_path,
                format!("codes[{index}] (code {})", code.code),
                format!("county {county} is not in {}", counties_path.display()),
            ));
        }
        municipalities.push(Region {
            code: code.code,
            name: code.name.trim().to_string(),
            county: Some(county),
        });
    }
    counties.sort_by(|a, b| a.code.cmp(&b.code));
    municipalities.sort_by(|a, b| a.code.cmp(&b.code));
    Ok((counties, municipalities))
}

/// One row of SSB's change table (Klass 131 `changes.json`).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeChange {
    pub old_code: String,
    pub new_code: String,
    /// ISO date.
    pub change_occurred: String,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ChangeTable {
    code_changes: Vec<CodeChange>,
}

/// Moves municipality codes valid in 2020–2023 to the codes valid from 2024-01-01, following
/// SSB's change table date by date (a code can be renumbered, merged or split).
pub struct CodeMoves {
    /// Changes after 2020-01-01 up to 2024-01-01, grouped by date in date order.
    steps: Vec<BTreeMap<String, Vec<String>>>,
}

/// The division the 2020–2023 codes belong to took effect on this date; later changes move them.
const FROM: &str = "2020-01-01";
const TO: &str = "2024-01-01";

impl CodeMoves {
    pub fn read(path: &Path) -> BuildResult<Self> {
        let table: ChangeTable = read_json(path)?;
        for (index, change) in table.code_changes.iter().enumerate() {
            if change.old_code.trim().is_empty() || change.new_code.trim().is_empty() {
                return Err(BuildError::at(
                    path,
                    format!("codeChanges[{index}]"),
                    "oldCode or newCode is empty",
                ));
            }
        }
        Ok(Self::new(&table.code_changes))
    }

    pub fn new(changes: &[CodeChange]) -> Self {
        let mut by_date: BTreeMap<&str, BTreeMap<String, Vec<String>>> = BTreeMap::new();
        for change in changes {
            let date = change.change_occurred.as_str();
            if date > FROM && date <= TO {
                let targets = by_date
                    .entry(date)
                    .or_default()
                    .entry(change.old_code.clone())
                    .or_default();
                if !targets.contains(&change.new_code) {
                    targets.push(change.new_code.clone());
                }
            }
        }
        CodeMoves {
            steps: by_date.into_values().collect(),
        }
    }

    /// The 2024 codes that a 2020–2023 code became: itself when nothing changed, several when
    /// the municipality was split.
    pub fn targets(&self, code: &str) -> Vec<String> {
        let mut current = vec![code.to_string()];
        for step in &self.steps {
            let mut next: Vec<String> = Vec::new();
            for code in &current {
                for target in step
                    .get(code)
                    .cloned()
                    .unwrap_or_else(|| vec![code.clone()])
                {
                    if !next.contains(&target) {
                        next.push(target);
                    }
                }
            }
            current = next;
        }
        current
    }
}

/// The 2024 county each county of 2017 (NAV's column names) lies in. Hedmark and Oppland became
/// Innlandet, Aust- and Vest-Agder became Agder, Hordaland and Sogn og Fjordane became Vestland;
/// the others map one to one (their borders moved a little in 2020 and 2024).
pub const COUNTIES_2017: [(&str, &str); 18] = [
    ("ostfold", "31"),
    ("akershus", "32"),
    ("oslo", "03"),
    ("hedmark", "34"),
    ("oppland", "34"),
    ("buskerud", "33"),
    ("vestfold", "39"),
    ("telemark", "40"),
    ("aust_agder", "42"),
    ("vest_agder", "42"),
    ("rogaland", "11"),
    ("hordaland", "46"),
    ("sogn_fjordane", "46"),
    ("more_og_romsdal", "15"),
    ("trondelag", "50"),
    ("nordland", "18"),
    ("troms", "55"),
    ("finnmark", "56"),
];

/// Sums figures given per 2017 county into the 2024 counties they became.
pub fn sum_into_2024_counties<'a>(
    figures: impl IntoIterator<Item = (&'a str, u64)>,
) -> Result<BTreeMap<String, u64>, String> {
    let mut sums = BTreeMap::new();
    for (county_2017, value) in figures {
        let (_, code) = COUNTIES_2017
            .iter()
            .find(|(name, _)| *name == county_2017)
            .ok_or_else(|| format!("\"{county_2017}\" is not a county of 2017"))?;
        *sums.entry(code.to_string()).or_insert(0) += value;
    }
    Ok(sums)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(old: &str, new: &str, date: &str) -> CodeChange {
        CodeChange {
            old_code: old.into(),
            new_code: new.into(),
            change_occurred: date.into(),
        }
    }

    #[test]
    fn moves_renumbered_split_and_unchanged_codes_to_2024() {
        let moves = CodeMoves::new(&[
            change("0301", "0301", "2020-01-01"), // the 2020 reform itself is not a move
            change("3001", "3101", "2024-01-01"), // Halden renumbered
            change("1507", "1508", "2024-01-01"), // Ålesund split
            change("1507", "1580", "2024-01-01"),
            change("1853", "1853", "2022-01-01"), // Evenes: new name, same code
            change("5001", "5001", "2023-01-01"),
            change("9999", "0000", "2025-01-01"), // after 2024: not applied
        ]);
        assert_eq!(moves.targets("3001"), ["3101"]);
        assert_eq!(moves.targets("1507"), ["1508", "1580"]);
        assert_eq!(moves.targets("1853"), ["1853"]);
        assert_eq!(moves.targets("0301"), ["0301"]);
        assert_eq!(moves.targets("9999"), ["9999"]);
    }

    #[test]
    fn chains_changes_on_successive_dates() {
        let moves = CodeMoves::new(&[
            change("1000", "1001", "2022-01-01"),
            change("1001", "1002", "2024-01-01"),
        ]);
        assert_eq!(moves.targets("1000"), ["1002"]);
    }

    #[test]
    fn sums_2017_counties_into_the_counties_they_became() {
        let sums = sum_into_2024_counties([
            ("hedmark", 75),
            ("oppland", 125),
            ("aust_agder", 100),
            ("vest_agder", 200),
            ("hordaland", 325),
            ("sogn_fjordane", 50),
            ("oslo", 275),
        ])
        .unwrap();
        assert_eq!(sums["34"], 200);
        assert_eq!(sums["42"], 300);
        assert_eq!(sums["46"], 375);
        assert_eq!(sums["03"], 275);
        assert!(sum_into_2024_counties([("viken", 1)]).is_err());
        let targets: std::collections::BTreeSet<&str> =
            COUNTIES_2017.iter().map(|(_, c)| *c).collect();
        assert_eq!(
            targets.len(),
            15,
            "every 2024 county receives a 2017 county"
        );
    }
}
