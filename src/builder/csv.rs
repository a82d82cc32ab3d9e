//! A small CSV reader: quoted fields, doubled quotes, a chosen delimiter, a leading BOM.
//! Enough for the publishers' files; errors name the file and the line.

use crate::builder::error::{BuildError, BuildResult};
use std::collections::HashMap;
use std::path::Path;

pub struct CsvTable {
    pub header: Vec<String>,
    /// Each row with the 1-based line number it started on.
    pub rows: Vec<(usize, Vec<String>)>,
}

impl CsvTable {
    pub fn parse(file: &Path, text: &str, delimiter: char) -> BuildResult<Self> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut records = Vec::new();
        let mut field = String::new();
        let mut record = Vec::new();
        let mut in_quotes = false;
        let mut line = 1usize;
        let mut record_line = 1usize;
        let mut chars = text.chars().peekable();
        while let Some(ch) = chars.next() {
            if in_quotes {
                match ch {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    c => field.push(c),
                }
                continue;
            }
            match ch {
                '"' if field.is_empty() => in_quotes = true,
                c if c == delimiter => record.push(std::mem::take(&mut field)),
                '\r' => {}
                '\n' => {
                    record.push(std::mem::take(&mut field));
                    records.push((record_line, std::mem::take(&mut record)));
                    line += 1;
                    record_line = line;
                }
                c => field.push(c),
            }
        }
        if in_quotes {
            return Err(BuildError::at(
                file,
                format!("line {record_line}"),
                "a quoted field is not closed before the end of the file",
            ));
        }
        if !field.is_empty() || !record.is_empty() {
            record.push(field);
            records.push((record_line, record));
        }
        // Blank lines (a trailing newline, or the publisher's empty last line) carry no record.
        records.retain(|(_, r)| !(r.len() == 1 && r[0].trim().is_empty()));
        let mut iter = records.into_iter();
        let (_, header) = iter
            .next()
            .ok_or_else(|| BuildError::new(file, "the file is empty (no header line)"))?;
        let header: Vec<String> = header.into_iter().map(|h| h.trim().to_string()).collect();
        let rows: Vec<(usize, Vec<String>)> = iter.collect();
        for (line, row) in &rows {
            if row.len() != header.len() {
                return Err(BuildError::at(
                    file,
                    format!("line {line}"),
                    format!("has {} fields, the header has {}", row.len(), header.len()),
                ));
            }
        }
        Ok(CsvTable { header, rows })
    }

    /// Column positions by name; an error names the first missing column.
    pub fn columns(&self, file: &Path, names: &[&str]) -> BuildResult<Vec<usize>> {
        let by_name: HashMap<&str, usize> = self
            .header
            .iter()
            .enumerate()
            .map(|(i, h)| (h.as_str(), i))
            .collect();
        names
            .iter()
            .map(|name| {
                by_name.get(name).copied().ok_or_else(|| {
                    BuildError::new(file, format!("the header has no column \"{name}\""))
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_bom_and_blank_last_line() {
        let text = "\u{feff}code4,title_en\n1000,Managers\n1100,\"Chief Executives, Senior\"\n\n";
        let table = CsvTable::parse(Path::new("x.csv"), text, ',').unwrap();
        assert_eq!(table.header, ["code4", "title_en"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[1].1[1], "Chief Executives, Senior");
        assert_eq!(table.rows[1].0, 3);
    }

    #[test]
    fn names_the_line_with_a_wrong_field_count() {
        let err = CsvTable::parse(Path::new("x.csv"), "a;b\n1;2\n3\n", ';')
            .err()
            .unwrap();
        assert_eq!(err.record.as_deref(), Some("line 3"));
        assert!(err.to_string().contains("x.csv"));
    }

    #[test]
    fn rejects_an_unclosed_quote() {
        let err = CsvTable::parse(Path::new("x.csv"), "a\n\"open\n", ',')
            .err()
            .unwrap();
        assert!(err.message.contains("not closed"));
    }
}
