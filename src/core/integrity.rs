//! Content hashes that make a snapshot file check itself. Each file is JSON whose first member
//! is `"content_hash"`: 16 hex digits of FNV-1a (64 bit) over the file's bytes with those 16
//! digits written as zeros. A truncated, corrupted or hand-edited file fails the check, so the
//! app can say so instead of showing wrong data.

/// Every sealed file starts with this, followed by the 16 hex digits and a closing quote.
pub const PREFIX: &str = "{\"content_hash\":\"";
const DIGITS: usize = 16;
/// The value written before sealing.
pub const UNSEALED: &str = "0000000000000000";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntegrityError {
    /// The file does not start with a content hash (not ours, or cut off at the start).
    NoHash,
    /// The hash does not match the content (cut off, corrupted or edited).
    Mismatch { expected: String, actual: String },
}

impl std::fmt::Display for IntegrityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IntegrityError::NoHash => write!(f, "the file has no content hash"),
            IntegrityError::Mismatch { expected, actual } => write!(
                f,
                "content hash {actual} does not match the file's stated {expected}"
            ),
        }
    }
}

fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in *part {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

fn hash_of(bytes: &[u8]) -> String {
    let start = PREFIX.len();
    format!(
        "{:016x}",
        fnv1a(&[
            &bytes[..start],
            UNSEALED.as_bytes(),
            &bytes[start + DIGITS..]
        ])
    )
}

fn stated(bytes: &[u8]) -> Option<&str> {
    let digits = bytes
        .strip_prefix(PREFIX.as_bytes())?
        .get(..DIGITS + 1)
        .filter(|d| d[DIGITS] == b'"')?;
    let digits = std::str::from_utf8(&digits[..DIGITS]).ok()?;
    digits
        .bytes()
        .all(|b| b.is_ascii_hexdigit())
        .then_some(digits)
}

/// Writes the content hash into a serialised file whose hash field holds [`UNSEALED`].
/// Returns `None` when the bytes do not start with an unsealed hash field.
pub fn seal(mut bytes: Vec<u8>) -> Option<Vec<u8>> {
    if stated(&bytes)? != UNSEALED {
        return None;
    }
    let hash = hash_of(&bytes);
    bytes[PREFIX.len()..PREFIX.len() + DIGITS].copy_from_slice(hash.as_bytes());
    Some(bytes)
}

/// Checks a file's content against the hash it states.
pub fn verify(text: &str) -> Result<(), IntegrityError> {
    let bytes = text.as_bytes();
    let expected = stated(bytes).ok_or(IntegrityError::NoHash)?;
    let actual = hash_of(bytes);
    if actual == expected {
        Ok(())
    } else {
        Err(IntegrityError::Mismatch {
            expected: expected.to_string(),
            actual,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(body: &str) -> String {
        let text = format!("{PREFIX}{UNSEALED}\",{body}");
        String::from_utf8(seal(text.into_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn a_sealed_file_verifies_and_any_change_fails() {
        let text = sealed(r#""title":"Kokk","n":1}"#);
        assert!(verify(&text).is_ok());
        assert_ne!(&text[PREFIX.len()..PREFIX.len() + 16], UNSEALED);
        let edited = text.replace("Kokk", "Kokl");
        assert!(matches!(
            verify(&edited),
            Err(IntegrityError::Mismatch { .. })
        ));
        let truncated = &text[..text.len() - 3];
        assert!(matches!(
            verify(truncated),
            Err(IntegrityError::Mismatch { .. })
        ));
    }

    #[test]
    fn files_without_a_hash_are_refused() {
        assert_eq!(verify(""), Err(IntegrityError::NoHash));
        assert_eq!(
            verify("{\"content_hash\":\"12\"}"),
            Err(IntegrityError::NoHash)
        );
        assert_eq!(
            verify("{\"schema_version\":1}"),
            Err(IntegrityError::NoHash)
        );
        assert_eq!(
            verify(&format!("{PREFIX}zzzzzzzzzzzzzzzz\",1}}")),
            Err(IntegrityError::NoHash)
        );
        assert!(seal(b"{\"a\":1}".to_vec()).is_none());
        // Never panics on any cut of a sealed file.
        let text = sealed(r#""å":"ø"}"#);
        for end in 0..text.len() {
            if let Some(cut) = text.get(..end) {
                assert!(verify(cut).is_err());
            }
        }
    }
}
