//! Reading raw files: locating them by name pattern, decoding, and turning parse errors into
//! [`BuildError`]s that name the file and the place.

use crate::builder::error::{BuildError, BuildResult};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// The one file in `dir` whose name starts with `prefix` and ends with `suffix`.
pub fn find_file(dir: &Path, prefix: &str, suffix: &str) -> BuildResult<PathBuf> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| BuildError::new(dir, format!("cannot read the folder: {e}")))?;
    let mut matches: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .map(|n| n.starts_with(prefix) && n.ends_with(suffix))
                .unwrap_or(false)
        })
        .collect();
    matches.sort();
    match matches.len() {
        1 => Ok(matches.remove(0)),
        0 => Err(BuildError::new(
            dir,
            format!("no file named {prefix}*{suffix}"),
        )),
        _ => Err(BuildError::new(
            dir,
            format!(
                "several files match {prefix}*{suffix}: {}",
                matches
                    .iter()
                    .filter_map(|p| p.file_name()?.to_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// The file as UTF-8 text; other encodings are an error naming the byte offset.
pub fn read_text(path: &Path) -> BuildResult<String> {
    let bytes =
        std::fs::read(path).map_err(|e| BuildError::new(path, format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        BuildError::at(
            path,
            format!("byte {}", e.utf8_error().valid_up_to()),
            "is not valid UTF-8 (is the file in another encoding?)",
        )
    })
}

/// Parses JSON into `T`; a syntax or shape error names the line and column.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> BuildResult<T> {
    let text = read_text(path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    serde_json::from_str(text).map_err(|e| {
        BuildError::at(
            path,
            format!("line {}, column {}", e.line(), e.column()),
            format!("malformed JSON: {e}"),
        )
    })
}
