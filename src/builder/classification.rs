//! STYRK-08 (SSB Klass 7) with NAV's occupation categories and ISCO-08 English titles.

use crate::builder::csv::CsvTable;
use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::{read_json, read_text};
use crate::core::model::{JobTitles, NavCategory, StyrkCode};
use crate::core::text::fold;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

#[derive(Deserialize)]
struct KlassCodes {
    codes: Vec<KlassCode>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KlassCode {
    pub code: String,
    pub parent_code: Option<String>,
    pub level: String,
    pub name: String,
}

/// Codes of a Klass `codes` response (STYRK, counties, municipalities share the format).
pub fn read_klass_codes(path: &Path) -> BuildResult<Vec<KlassCode>> {
    let parsed: KlassCodes = read_json(path)?;
    let mut seen = HashMap::new();
    for (index, code) in parsed.codes.iter().enumerate() {
        if code.code.trim().is_empty() || code.name.trim().is_empty() {
            return Err(BuildError::at(
                path,
                format!("codes[{index}]"),
                "code or name is empty",
            ));
        }
        if let Some(first) = seen.insert(code.code.clone(), index) {
            return Err(BuildError::at(
                path,
                format!("codes[{index}] (code {})", code.code),
                format!("duplicate code, first seen at codes[{first}]"),
            ));
        }
    }
    Ok(parsed.codes)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct NavEntry {
    styrk_code: String,
    category_level1: String,
    category_level2: String,
}

pub struct ClassificationFiles<'a> {
    pub styrk: &'a Path,
    pub nav_categories: &'a Path,
    pub isco: &'a Path,
}

pub fn read_styrk(files: &ClassificationFiles) -> BuildResult<Vec<StyrkCode>> {
    let codes = read_klass_codes(files.styrk)?;
    let known: HashMap<&str, &KlassCode> = codes.iter().map(|c| (c.code.as_str(), c)).collect();

    let nav: BTreeMap<String, NavEntry> = read_json(files.nav_categories)?;
    let isco_text = read_text(files.isco)?;
    let isco_table = CsvTable::parse(files.isco, &isco_text, ',')?;
    let columns = isco_table.columns(files.isco, &["code4", "title_en"])?;
    let mut isco = HashMap::new();
    for (line, row) in &isco_table.rows {
        let code = row[columns[0]].trim();
        if code.len() != 4 || !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(BuildError::at(
                files.isco,
                format!("line {line}"),
                format!("code4 \"{code}\" is not four digits"),
            ));
        }
        isco.insert(code.to_string(), row[columns[1]].trim().to_string());
    }

    let mut result = Vec::with_capacity(codes.len());
    for (index, code) in codes.iter().enumerate() {
        let record = || format!("codes[{index}] (code {})", code.code);
        let level: u8 = match code.level.as_str() {
            "1" => 1,
            "2" => 2,
            "3" => 3,
            "4" => 4,
            other => {
                return Err(BuildError::at(
                    files.styrk,
                    record(),
                    format!("level \"{other}\" is not 1–4"),
                ))
            }
        };
        if code.code.len() != level as usize || !code.code.chars().all(|c| c.is_ascii_digit()) {
            return Err(BuildError::at(
                files.styrk,
                record(),
                format!("a level {level} code must have {level} digits"),
            ));
        }
        let parent = code.parent_code.clone().filter(|p| !p.is_empty());
        match (&parent, level) {
            (None, 1) => {}
            (Some(p), _) if level > 1 => {
                let parent_ok = known
                    .get(p.as_str())
                    .map(|pc| {
                        code.code.starts_with(&pc.code) && pc.code.len() + 1 == code.code.len()
                    })
                    .unwrap_or(false);
                if !parent_ok {
                    return Err(BuildError::at(
                        files.styrk,
                        record(),
                        format!("parent code \"{p}\" does not exist or is not one level up"),
                    ));
                }
            }
            _ => {
                return Err(BuildError::at(
                    files.styrk,
                    record(),
                    "a level 1 code has a parent, or a lower level code has none",
                ))
            }
        }
        let nav_category = nav.get(&code.code).map(|e| NavCategory {
            level1: e.category_level1.trim().to_string(),
            level2: e.category_level2.trim().to_string(),
        });
        // ISCO has no group for STYRK's "Uoppgitt" (0, 00, 000, 0000 in STYRK are
        // "unknown", in ISCO "armed forces"), so those are not matched.
        let isco_title_en = if code.code.chars().all(|c| c == '0') {
            None
        } else {
            isco.get(&format!("{:0<4}", code.code)).cloned()
        };
        result.push(StyrkCode {
            code: code.code.clone(),
            parent,
            level,
            name: code.name.trim().to_string(),
            nav_category,
            isco_title_en,
        });
    }
    for (key, entry) in &nav {
        if key != &entry.styrk_code {
            return Err(BuildError::at(
                files.nav_categories,
                format!("key {key}"),
                format!("holds styrkCode {}", entry.styrk_code),
            ));
        }
        match known.get(key.as_str()) {
            Some(code) if code.level == "4" => {}
            _ => {
                return Err(BuildError::at(
                    files.nav_categories,
                    format!("key {key}"),
                    "is not a STYRK-08 unit group (4-digit code) in the STYRK file",
                ))
            }
        }
    }

    result.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(result)
}

/// Splits NAV's "A, B (x, y), C" list of titles at top-level commas.
fn split_titles(list: &str) -> Vec<String> {
    let mut titles = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for ch in list.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth <= 0 => {
                titles.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(ch);
    }
    titles.push(current);
    titles
        .into_iter()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty() && t != "*" && t != "KONVERTERT")
        .collect()
}

/// NAV job titles per STYRK-08 unit group from NAV's job-seeker statistics (rows coded in
/// ISCO-08, i.e. STYRK-08). Rows in ISCO-88 (STYRK-98) use another code list: their titles
/// that no STYRK-08 row uses any more become former titles of the STYRK-08 codes in the same
/// NAV fine group (`yrke_fingruppe`), when that group has one STYRK-08 code only (in a
/// larger group nothing says which code a title belongs to). Trainee rows ("Lærling (…)"),
/// group names ("… o.l.") and plurals of current titles ("Tømrere") are not former titles.
pub fn read_nav_titles(
    path: &Path,
    codes: &[StyrkCode],
) -> BuildResult<BTreeMap<String, JobTitles>> {
    let text = read_text(path)?;
    let table = CsvTable::parse(path, &text, ';')?;
    let columns = table.columns(
        path,
        &[
            "yrkeskode",
            "yrkesbetegnelse",
            "isco_versjon",
            "yrke_fingruppe",
        ],
    )?;
    let mut by_code: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut codes_by_group: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut old_by_group: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, row) in &table.rows {
        let code = row[columns[0]].trim();
        let group = row[columns[3]].trim().to_string();
        let titles = split_titles(&row[columns[1]]);
        match row[columns[2]].trim() {
            "ISCO-08" => {
                codes_by_group
                    .entry(group)
                    .or_default()
                    .insert(code.to_string());
                by_code.entry(code.to_string()).or_default().extend(titles);
            }
            "ISCO-88" => old_by_group.entry(group).or_default().extend(titles),
            _ => {}
        }
    }
    let stems = |title: &str| -> String {
        fold(title)
            .split(' ')
            .map(crate::core::stem::stem)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let current: BTreeSet<String> = by_code.values().flatten().map(|t| stems(t)).collect();
    let mut old_by_code: BTreeMap<&str, BTreeSet<&String>> = BTreeMap::new();
    for (group, titles) in &old_by_group {
        let Some(group_codes) = codes_by_group.get(group) else {
            continue;
        };
        // "0000" is NAV's "unknown occupation", not a group of titles.
        if group_codes.len() != 1 || group_codes.contains("0000") {
            continue;
        }
        let former = titles.iter().filter(|title| {
            !current.contains(&stems(title))
                && !title.starts_with("Lærling")
                && !title.ends_with("o.l.")
                && !title.starts_with("Uoppgitt")
        });
        for title in former {
            for code in group_codes {
                old_by_code.entry(code).or_default().insert(title);
            }
        }
    }
    let mut titles_by_code = BTreeMap::new();
    for code in codes.iter().filter(|c| c.level == 4) {
        let titles = JobTitles {
            current: by_code
                .get(&code.code)
                .map(|titles| titles.iter().cloned().collect())
                .unwrap_or_default(),
            former: old_by_code
                .get(code.code.as_str())
                .map(|titles| titles.iter().map(|t| t.to_string()).collect())
                .unwrap_or_default(),
        };
        if !titles.current.is_empty() || !titles.former.is_empty() {
            titles_by_code.insert(code.code.clone(), titles);
        }
    }
    Ok(titles_by_code)
}

#[cfg(test)]
mod tests {
    use super::split_titles;

    #[test]
    fn splits_nav_titles_at_top_level_commas() {
        assert_eq!(
            split_titles("Kokk, Leder (kjøkken, kantine),  Pizzabaker , *"),
            ["Kokk", "Leder (kjøkken, kantine)", "Pizzabaker"]
        );
    }
}
