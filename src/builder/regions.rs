//! Counties (Klass 104) and municipalities (Klass 131) valid from 2024-01-01.

use crate::builder::classification::read_klass_codes;
use crate::builder::error::{BuildError, BuildResult};
use crate::core::model::Region;
use std::collections::HashSet;
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
