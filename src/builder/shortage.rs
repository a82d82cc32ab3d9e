//! NAV's employer survey 2017: estimated shortage of labour per 4-digit STYRK-08 code and
//! county of 2017, summed into the 2024 counties.

use crate::builder::csv::CsvTable;
use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_text;
use crate::builder::regions::{sum_into_2024_counties, COUNTIES_2017};
use crate::core::model::Shortage;
use std::collections::HashSet;
use std::path::Path;

/// A whole number, written plain ("1650") or in groups of three digits ("1 400").
fn parse_grouped(text: &str) -> Option<u64> {
    let mut groups = text.split([' ', '\u{a0}']);
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let well_formed = !first.is_empty()
        && first.len() <= if rest.is_empty() { 20 } else { 3 }
        && rest.iter().all(|g| g.len() == 3);
    if !well_formed {
        return None;
    }
    std::iter::once(first)
        .chain(rest)
        .collect::<String>()
        .parse()
        .ok()
}

pub fn read(path: &Path, known_codes: &HashSet<&str>) -> BuildResult<Vec<Shortage>> {
    let table = CsvTable::parse(path, &read_text(path)?, ';')?;
    let [year_col, code_col, name_col, national_col] =
        table.columns(path, &["aar", "yrkekode", "yrke", "norge"])?[..]
    else {
        unreachable!("four columns asked for")
    };
    let county_names: Vec<&str> = COUNTIES_2017.iter().map(|(name, _)| *name).collect();
    let county_cols = table.columns(path, &county_names)?;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, row) in &table.rows {
        let record = format!("line {line}");
        let number = |column: usize| -> BuildResult<u64> {
            let text = row[column].trim();
            parse_grouped(text).ok_or_else(|| {
                BuildError::at(
                    path,
                    &record,
                    format!("{} \"{text}\" is not a whole number", table.header[column]),
                )
            })
        };
        let code = row[code_col].trim().to_string();
        if !known_codes.contains(code.as_str()) || code.len() != 4 {
            return Err(BuildError::at(
                path,
                &record,
                format!("yrkekode \"{code}\" is not a 4-digit STYRK-08 code"),
            ));
        }
        if !seen.insert(code.clone()) {
            return Err(BuildError::at(
                path,
                &record,
                format!("yrkekode {code} is listed twice"),
            ));
        }
        let year = u16::try_from(number(year_col)?)
            .map_err(|_| BuildError::at(path, &record, "aar is not a year"))?;
        let mut figures = Vec::new();
        for (column, name) in county_cols.iter().zip(&county_names) {
            figures.push((*name, number(*column)?));
        }
        let by_county = sum_into_2024_counties(figures)
            .map_err(|message| BuildError::at(path, &record, message))?;
        out.push(Shortage {
            styrk: code,
            name: row[name_col].trim().to_string(),
            year,
            national: number(national_col)?,
            by_county,
        });
    }
    out.sort_by(|a, b| a.styrk.cmp(&b.styrk));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::scratch::ScratchDir;

    fn write(text: &str) -> (ScratchDir, std::path::PathBuf) {
        let dir = ScratchDir::new("shortage");
        let path = dir.write("mangel.csv", text);
        (dir, path)
    }

    const HEADER: &str = "\u{feff}aar;yrkekode;yrke;ostfold;akershus;oslo;hedmark;oppland;buskerud;vestfold;telemark;aust_agder;vest_agder;rogaland;hordaland;sogn_fjordane;more_og_romsdal;trondelag;nordland;troms;finnmark;norge\n";

    #[test]
    fn reads_and_sums_counties() {
        let (_dir, path) = write(&format!(
            "{HEADER}2017;2223;Sykepleiere;425;300;275;75;125;150;150;100;100;200;350;325;50;200;275;200;125;150;3600\n"
        ));
        let codes: HashSet<&str> = ["2223"].into();
        let rows = read(&path, &codes).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].by_county["34"], 200);
        assert_eq!(rows[0].by_county["46"], 375);
        assert_eq!(rows[0].national, 3600);
        assert_eq!(rows[0].year, 2017);
    }

    #[test]
    fn reads_numbers_written_in_groups_of_three() {
        assert_eq!(parse_grouped("1 400"), Some(1400));
        assert_eq!(parse_grouped("1650"), Some(1650));
        assert_eq!(parse_grouped("12 345 678"), Some(12_345_678));
        assert_eq!(parse_grouped("14 00"), None);
        assert_eq!(parse_grouped("1400 000"), None);
        assert_eq!(parse_grouped(""), None);
    }

    #[test]
    fn names_the_line_of_a_bad_number() {
        let (_dir, path) = write(&format!(
            "{HEADER}2017;2223;Sykepleiere;x;300;275;75;125;150;150;100;100;200;350;325;50;200;275;200;125;150;3600\n"
        ));
        let codes: HashSet<&str> = ["2223"].into();
        let err = read(&path, &codes).unwrap_err();
        assert_eq!(err.record.as_deref(), Some("line 2"));
        assert!(err.message.contains("ostfold"));
    }
}
