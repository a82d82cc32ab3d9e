//! Interest profiles (O*NET's RIASEC scores) per STYRK-08 unit group and per occupation.
//!
//! The chain: a STYRK-08 unit group is the ISCO-08 unit group with the same code → BLS's
//! ISCO-08 → SOC 2010 crosswalk → every O*NET-SOC 2010 occupation under that SOC code
//! ("11-1011" → "11-1011.00", "11-1011.03") → O*NET's SOC 2010 → 2019 crosswalk → the interest
//! scores (scale OI, 1–7). A code's profile is the mean over the distinct US occupations it
//! reaches; an occupation's, the mean over its codes that have one. Nothing is filled in: a
//! code without a US counterpart has no profile.

use crate::builder::csv::CsvTable;
use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_text;
use crate::core::interests::{InterestType, Profile};
use crate::core::model::OccupationSummary;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

pub struct InterestFiles<'a> {
    pub isco_to_soc: &'a Path,
    pub soc_2010_to_2019: &'a Path,
    pub scores: &'a Path,
}

/// Profiles per 4-digit code, and what the files said about themselves.
#[derive(Debug, Default)]
pub struct InterestProfiles {
    /// Unrounded means (1–7): profiles are rounded once, when an occupation's is made.
    pub by_code: BTreeMap<String, [f64; 6]>,
    /// US occupations with all six scores.
    pub us_occupations: usize,
    /// ISCO-08 unit groups in the crosswalk.
    pub crosswalk_codes: usize,
    /// The years the scores were dated ("2023–2026").
    pub period: String,
}

pub fn read(files: &InterestFiles, known_codes: &HashSet<&str>) -> BuildResult<InterestProfiles> {
    let isco_to_soc = read_isco_to_soc(files.isco_to_soc)?;
    let onet_2010_to_2019 = read_soc_2010_to_2019(files.soc_2010_to_2019)?;
    let (scores, period) = read_scores(files.scores)?;
    let mut by_code = BTreeMap::new();
    for (code, socs) in &isco_to_soc {
        if !known_codes.contains(code.as_str()) {
            continue;
        }
        let us: BTreeSet<&str> = socs
            .iter()
            .flat_map(|soc| {
                onet_2010_to_2019
                    .iter()
                    .filter(move |(onet_2010, _)| under_soc(onet_2010, soc))
                    .flat_map(|(_, onet_2019)| onet_2019.iter().map(String::as_str))
            })
            .filter(|onet| scores.contains_key(*onet))
            .collect();
        let profiles: Vec<[f64; 6]> = us.iter().map(|onet| scores[*onet]).collect();
        if let Some(profile) = mean(&profiles) {
            by_code.insert(code.clone(), profile);
        }
    }
    Ok(InterestProfiles {
        by_code,
        us_occupations: scores.len(),
        crosswalk_codes: isco_to_soc.len(),
        period,
    })
}

/// The occupation's profile: the mean over its codes that have one, rounded to tenths once.
pub fn occupation_profile(
    occupation: &OccupationSummary,
    profiles: &InterestProfiles,
) -> Option<Profile> {
    let of_codes: Vec<[f64; 6]> = occupation
        .styrk
        .iter()
        .filter_map(|code| profiles.by_code.get(code))
        .copied()
        .collect();
    mean(&of_codes).map(in_tenths)
}

/// Whether an O*NET-SOC code ("11-1011.03") lies under a SOC code ("11-1011").
fn under_soc(onet: &str, soc: &str) -> bool {
    onet.strip_prefix(soc)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// The mean of each of the six scores; `None` for no profiles.
fn mean(profiles: &[[f64; 6]]) -> Option<[f64; 6]> {
    if profiles.is_empty() {
        return None;
    }
    let mut means = [0.0; 6];
    for (i, slot) in means.iter_mut().enumerate() {
        *slot = profiles.iter().map(|p| p[i]).sum::<f64>() / profiles.len() as f64;
    }
    Some(means)
}

/// Scores on the 1–7 scale as tenths (6.94 → 69).
fn in_tenths(scores: [f64; 6]) -> Profile {
    scores.map(|score| (score * 10.0).round() as u8)
}

/// ISCO-08 unit group (or minor group) → SOC 2010 codes.
fn read_isco_to_soc(path: &Path) -> BuildResult<BTreeMap<String, BTreeSet<String>>> {
    let table = CsvTable::parse(path, &read_text(path)?, ',')?;
    let cols = table.columns(path, &["ISCO-08 Code", "2010 SOC Code"])?;
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (line, row) in &table.rows {
        // The publisher's sheet has a trailing space in some codes ("3322 ", "55-1011 ").
        let isco = row[cols[0]].trim();
        let soc = row[cols[1]].trim();
        // Most rows name a unit group (4 digits); a few a minor group (3 digits: "matches to
        // 3-digit ISCO"), which stays with the minor group's own code.
        if !(3..=4).contains(&isco.len()) || !isco.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BuildError::at(
                path,
                format!("line {line}"),
                format!("\"{isco}\" is not an ISCO-08 code of 3 or 4 digits"),
            ));
        }
        if !is_soc(soc) {
            return Err(BuildError::at(
                path,
                format!("line {line}"),
                format!("\"{soc}\" is not a SOC 2010 code (NN-NNNN)"),
            ));
        }
        map.entry(isco.to_string())
            .or_default()
            .insert(soc.to_string());
    }
    Ok(map)
}

fn is_soc(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 7
        && bytes[2] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || b.is_ascii_digit())
}

/// O*NET-SOC 2010 code → O*NET-SOC 2019 codes.
fn read_soc_2010_to_2019(path: &Path) -> BuildResult<Vec<(String, Vec<String>)>> {
    let table = CsvTable::parse(path, &read_text(path)?, ',')?;
    let cols = table.columns(path, &["O*NET-SOC 2010 Code", "O*NET-SOC 2019 Code"])?;
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (line, row) in &table.rows {
        let (from, to) = (row[cols[0]].trim(), row[cols[1]].trim());
        for code in [from, to] {
            if code.len() != 10 || !is_soc(&code[..7]) || code.as_bytes()[7] != b'.' {
                return Err(BuildError::at(
                    path,
                    format!("line {line}"),
                    format!("\"{code}\" is not an O*NET-SOC code (NN-NNNN.NN)"),
                ));
            }
        }
        let targets = map.entry(from.to_string()).or_default();
        if !targets.iter().any(|t| t == to) {
            targets.push(to.to_string());
        }
    }
    Ok(map.into_iter().collect())
}

/// Six scores (1–7) per O*NET-SOC 2019 code that has all six, and the years they are dated.
fn read_scores(path: &Path) -> BuildResult<(HashMap<String, [f64; 6]>, String)> {
    let table = CsvTable::parse(path, &read_text(path)?, '\t')?;
    let cols = table.columns(
        path,
        &[
            "O*NET-SOC Code",
            "Element Name",
            "Scale ID",
            "Data Value",
            "Date",
        ],
    )?;
    let mut partial: HashMap<String, [Option<f64>; 6]> = HashMap::new();
    let mut years = BTreeSet::new();
    for (line, row) in &table.rows {
        if row[cols[2]].trim() != "OI" {
            continue; // the high-point codes (IH) are not scores
        }
        let record = || format!("line {line}");
        let name = row[cols[1]].trim();
        let kind = InterestType::ALL
            .into_iter()
            .find(|t| t.onet_name() == name)
            .ok_or_else(|| {
                BuildError::at(path, record(), format!("unknown interest \"{name}\""))
            })?;
        let value: f64 = row[cols[3]].trim().parse().map_err(|_| {
            BuildError::at(
                path,
                record(),
                format!("\"{}\" is not a number", row[cols[3]].trim()),
            )
        })?;
        if !(1.0..=7.0).contains(&value) {
            return Err(BuildError::at(
                path,
                record(),
                format!("score {value} is outside O*NET's scale 1–7"),
            ));
        }
        // Dates are "MM/YYYY".
        if let Some(year) = row[cols[4]].trim().rsplit('/').next() {
            if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
                years.insert(year.to_string());
            }
        }
        partial.entry(row[cols[0]].trim().to_string()).or_default()[kind.index()] = Some(value);
    }
    let complete: HashMap<String, [f64; 6]> = partial
        .into_iter()
        .filter_map(|(code, scores)| {
            let mut out = [0.0; 6];
            for (slot, score) in out.iter_mut().zip(scores) {
                *slot = score?;
            }
            Some((code, out))
        })
        .collect();
    if complete.is_empty() {
        return Err(BuildError::new(
            path,
            "no occupation has all six interest scores (scale OI)",
        ));
    }
    let period = match (years.first(), years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(year), _) => year.clone(),
        _ => String::new(),
    };
    Ok((complete, period))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::scratch::ScratchDir;

    /// Reads the three files, the scores file written from `scores`.
    fn read_with(scores: &str, codes: &[&str]) -> BuildResult<InterestProfiles> {
        let dir = ScratchDir::new("interests");
        let isco = dir.write(
            "isco.csv",
            "ISCO-08 Code,ISCO-08 Title EN,part,2010 SOC Code,2010 SOC Title\n\
             7411,Building electricians,,47-2111 ,Electricians\n\
             2166,Graphic designers,*,27-1024 ,Graphic Designers\n\
             2166,Graphic designers,*,27-1014 ,Multimedia Artists\n\
             9999 ,Nothing,,99-9999 ,Nothing\n",
        );
        let crosswalk = dir.write(
            "x.csv",
            "O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,O*NET-SOC 2019 Code,O*NET-SOC 2019 Title\n\
             47-2111.00,Electricians,47-2111.00,Electricians\n\
             27-1024.00,Graphic Designers,27-1024.00,Graphic Designers\n\
             27-1014.00,Multimedia Artists,27-1014.00,Special Effects Artists\n\
             27-1014.01,Multimedia Artists,27-1014.00,Special Effects Artists\n",
        );
        let scores = dir.write("i.txt", scores);
        let files = InterestFiles {
            isco_to_soc: &isco,
            soc_2010_to_2019: &crosswalk,
            scores: &scores,
        };
        read(&files, &codes.iter().copied().collect())
    }

    fn scores_of(code: &str, values: [f64; 6], date: &str) -> String {
        InterestType::ALL
            .iter()
            .zip(values)
            .map(|(t, v)| format!("{code}\tx\t{}\tOI\t{v}\t{date}\tML\r\n", t.onet_name()))
            .collect()
    }

    const HEADER: &str =
        "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tDate\tDomain Source\r\n";

    #[test]
    fn a_code_gets_the_mean_of_the_us_occupations_it_reaches() {
        let text = format!(
            "{HEADER}{}{}{}47-2111.00\t1.B.1.g\tFirst Interest High-Point\tIH\t1.00\t11/2023\tML\r\n",
            scores_of("47-2111.00", [7.0, 2.5, 1.0, 1.5, 2.0, 4.0], "11/2023"),
            scores_of("27-1024.00", [3.0, 2.0, 7.0, 2.0, 3.0, 3.0], "02/2026"),
            scores_of("27-1014.00", [4.0, 3.0, 6.0, 2.0, 3.0, 4.0], "02/2026"),
        );
        let profiles = read_with(&text, &["7411", "2166"]).unwrap();
        assert_eq!(
            in_tenths(profiles.by_code["7411"]),
            [70, 25, 10, 15, 20, 40]
        );
        // 2166 reaches two US occupations; 27-1014.00 is counted once though two 2010 codes
        // lead to it.
        assert_eq!(
            in_tenths(profiles.by_code["2166"]),
            [35, 25, 65, 20, 30, 35]
        );
        assert_eq!(profiles.period, "2023–2026");
        assert_eq!(profiles.us_occupations, 3);
        let occupation =
            crate::core::catalog::tests::occupation("x", "X", &["7411", "2166", "1111"]);
        assert_eq!(
            occupation_profile(&occupation, &profiles),
            Some([53, 25, 38, 18, 25, 38])
        );
    }

    #[test]
    fn an_occupation_profile_is_rounded_once_from_its_codes_exact_means() {
        let mut profiles = InterestProfiles::default();
        profiles
            .by_code
            .insert("7411".into(), [1.16, 2.0, 3.0, 4.0, 5.0, 6.0]);
        profiles
            .by_code
            .insert("2166".into(), [1.26, 2.0, 3.0, 4.0, 5.0, 6.0]);
        let occupation = crate::core::catalog::tests::occupation("x", "X", &["7411", "2166"]);
        // The exact mean is 1.21; rounding each code first (1.2, 1.3) would give 1.25 → 1.3.
        assert_eq!(
            occupation_profile(&occupation, &profiles),
            Some([12, 20, 30, 40, 50, 60])
        );
    }

    #[test]
    fn a_code_without_a_us_counterpart_has_no_profile() {
        let text = format!(
            "{HEADER}{}",
            scores_of("47-2111.00", [7.0, 2.5, 1.0, 1.5, 2.0, 4.0], "11/2023")
        );
        let profiles = read_with(&text, &["7411", "2166", "9999"]).unwrap();
        assert!(profiles.by_code.contains_key("7411"));
        assert!(!profiles.by_code.contains_key("2166"));
        assert!(!profiles.by_code.contains_key("9999"));
    }

    #[test]
    fn a_bad_score_names_file_and_line() {
        let text = format!("{HEADER}47-2111.00\tx\tRealistic\tOI\t9.5\t11/2023\tML\r\n");
        let error = read_with(&text, &["7411"]).unwrap_err();
        assert_eq!(error.record.as_deref(), Some("line 2"));
        assert!(error.message.contains("outside"), "{error}");
        let text = format!("{HEADER}47-2111.00\tx\tRealistic\tOI\tmye\t11/2023\tML\r\n");
        let error = read_with(&text, &["7411"]).unwrap_err();
        assert!(error.to_string().contains("i.txt: line 2"), "{error}");
    }
}
