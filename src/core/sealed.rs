//! The checks every sealed snapshot file passes before it is used: the schema version it
//! states, then its content hash; and decoding it in one go. The catalog and the stepwise
//! decoder ([`crate::core::snapshot_steps`]) both start here.

use crate::core::integrity::{self, IntegrityError};
use crate::core::model::SCHEMA_VERSION;

/// Why a sealed file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// The file is cut off, corrupted or edited: its content does not match its hash.
    #[error("{0}")]
    Integrity(IntegrityError),
    /// The snapshot was written for another version of the app.
    #[error("snapshot schema version {found}, this app reads version {expected}")]
    WrongSchemaVersion { found: u32, expected: u32 },
    /// The content is not a snapshot (it has the right hash, so it was built that way).
    #[error("{0}")]
    Decode(String),
}

/// The schema version a file states near its start (`"schema_version":N`), read without parsing
/// the whole file, so a file from another app version is recognised even when it is sealed
/// differently or not at all.
fn stated_schema_version(text: &str) -> Option<u32> {
    const KEY: &str = "\"schema_version\":";
    let mut end = text.len().min(120);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let start = text[..end].find(KEY)? + KEY.len();
    let digits: String = text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .take(9)
        .collect();
    digits.parse().ok()
}

/// Decodes any of the snapshot's sealed files (`snapshot.json`, `regions.json`,
/// `yrke/<slug>.json`) after checking its content hash and schema version.
pub fn decode_checked<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, CatalogError> {
    check_sealed(text)?;
    serde_json::from_str(text).map_err(|e| CatalogError::Decode(e.to_string()))
}

/// The checks before decoding a sealed file: its schema version, then its content hash.
pub(crate) fn check_sealed(text: &str) -> Result<(), CatalogError> {
    if let Some(found) = stated_schema_version(text).filter(|v| *v != SCHEMA_VERSION) {
        return Err(CatalogError::WrongSchemaVersion {
            found,
            expected: SCHEMA_VERSION,
        });
    }
    integrity::verify(text).map_err(CatalogError::Integrity)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Snapshot;

    #[test]
    fn a_file_from_another_app_version_is_recognised_before_anything_else() {
        let old = r#"{"schema_version":1,"data_version":"x","occupations":[]}"#;
        assert!(matches!(
            decode_checked::<Snapshot>(old),
            Err(CatalogError::WrongSchemaVersion { found: 1, .. })
        ));
        let newer = format!(
            "{}0000000000000000\",\"schema_version\":7}}",
            integrity::PREFIX
        );
        assert!(matches!(
            decode_checked::<Snapshot>(&newer),
            Err(CatalogError::WrongSchemaVersion { found: 7, .. })
        ));
        assert!(matches!(
            decode_checked::<Snapshot>(&format!("{{\"schema_version\":{SCHEMA_VERSION}")),
            Err(CatalogError::Integrity(_))
        ));
        assert_eq!(
            stated_schema_version("ø{\"schema_version\":99999999999999"),
            Some(999_999_999)
        );
    }
}
