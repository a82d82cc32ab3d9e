//! The fixed texts (one line, three languages, defined with `texts!`) as tables, and the
//! texts files the browser reads them from.
//!
//! The browser build (feature `texts-file`) compiles in only the bokmål texts. A page in
//! nynorsk or English names its texts file (`texts/nn-<hash>.json`, written by the
//! prerenderer from the same tables), and the app installs it before it renders anything.
//! The hash in the name is computed at compile time from the tables' names and texts, so the
//! app asks for exactly the file written from its own texts.

use crate::core::lang::Lang;

/// The tables in order: a table's number is its place here (`texts! { 1; … }`).
pub const TABLE_HASHES: [u64; 4] = [
    super::TABLE_HASH,
    super::interests::TABLE_HASH,
    super::schools::TABLE_HASH,
    super::studies::TABLE_HASH,
];

/// One hash over every table: the version of the texts, part of each file's name.
pub const VERSION: u64 = hash_words(&TABLE_HASHES);

/// The texts file of a language other than bokmål, relative to the site's base:
/// `texts/nn-0123456789abcdef.json`.
pub fn file_name(lang: Lang) -> Option<String> {
    (lang != Lang::Nb).then(|| format!("texts/{}-{VERSION:016x}.json", lang.code()))
}

/// FNV-1a over each text's bytes, each text closed by a zero byte: a change to any name or
/// text, or to their order, gives another hash. Computed at compile time.
pub const fn hash(texts: &[&str]) -> u64 {
    let mut state = FNV_OFFSET;
    let mut i = 0;
    while i < texts.len() {
        state = fnv(state, texts[i].as_bytes()).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    state
}

const fn hash_words(words: &[u64]) -> u64 {
    let mut state = FNV_OFFSET;
    let mut i = 0;
    while i < words.len() {
        let bytes = words[i].to_le_bytes();
        state = fnv(state, &bytes);
        i += 1;
    }
    state
}

/// `state` carried on over `bytes`.
const fn fnv(mut state: u64, bytes: &[u8]) -> u64 {
    let mut j = 0;
    while j < bytes.len() {
        state = (state ^ bytes[j] as u64).wrapping_mul(FNV_PRIME);
        j += 1;
    }
    state
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// What a texts file holds: the version it was written for, and per table its texts in the
/// order they are defined.
#[derive(serde::Serialize, serde::Deserialize)]
struct TextsFile {
    version: String,
    tables: Vec<Vec<String>>,
}

/// Why a texts file cannot be used.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TextsFileError {
    #[error("the texts file cannot be read: {0}")]
    Decode(String),
    #[error("the texts file is for version {found}, the app's texts are version {expected}")]
    OtherVersion { found: String, expected: String },
}

#[cfg(not(feature = "texts-file"))]
mod compiled_in {
    use super::*;

    /// Every table with its texts, in table order.
    fn tables() -> [&'static [(&'static str, [&'static str; 3])]; 4] {
        [
            super::super::FIXED,
            super::super::interests::FIXED,
            super::super::schools::FIXED,
            super::super::studies::FIXED,
        ]
    }

    /// The texts file of a language other than bokmål: its name and its JSON.
    pub fn texts_file(lang: Lang) -> Option<(String, String)> {
        let column = match lang {
            Lang::Nb => return None,
            Lang::Nn => 1,
            Lang::En => 2,
        };
        let file = TextsFile {
            version: format!("{VERSION:016x}"),
            tables: tables()
                .iter()
                .map(|table| {
                    table
                        .iter()
                        .map(|(_, texts)| texts[column].to_string())
                        .collect()
                })
                .collect(),
        };
        let json = serde_json::to_string(&file).ok()?;
        Some((file_name(lang)?, json))
    }
}
#[cfg(not(feature = "texts-file"))]
pub use compiled_in::texts_file;

#[cfg(feature = "texts-file")]
mod from_file {
    use super::*;
    use std::cell::OnceCell;

    thread_local! {
        static INSTALLED: OnceCell<(Lang, Vec<Vec<&'static str>>)> = const { OnceCell::new() };
    }

    /// Reads a texts file for `lang` and makes its texts the ones shown in that language.
    /// The texts live as long as the page (they are kept, once, for every render).
    pub fn install(lang: Lang, json: &str) -> Result<(), TextsFileError> {
        let file: TextsFile =
            serde_json::from_str(json).map_err(|e| TextsFileError::Decode(e.to_string()))?;
        let expected = format!("{VERSION:016x}");
        if file.version != expected || file.tables.len() != TABLE_HASHES.len() {
            return Err(TextsFileError::OtherVersion {
                found: file.version,
                expected,
            });
        }
        let tables = file
            .tables
            .into_iter()
            .map(|table| {
                table
                    .into_iter()
                    .map(|text| &*Box::leak(text.into_boxed_str()))
                    .collect()
            })
            .collect();
        INSTALLED.with(|installed| {
            let _ = installed.set((lang, tables));
        });
        Ok(())
    }

    /// The fixed text `id` of table `table` in the page's language; bokmål when the page is
    /// in bokmål or its language's file is not installed.
    pub fn pick(nb: &'static str, table: usize, id: usize) -> &'static str {
        let lang = super::super::lang();
        if lang == Lang::Nb {
            return nb;
        }
        INSTALLED.with(|installed| {
            installed
                .get()
                .filter(|(installed_lang, _)| *installed_lang == lang)
                .and_then(|(_, tables)| tables.get(table)?.get(id).copied())
                .unwrap_or(nb)
        })
    }
}
#[cfg(feature = "texts-file")]
pub use from_file::{install, pick};

#[cfg(all(test, not(feature = "texts-file")))]
mod tests {
    use super::*;

    #[test]
    fn a_file_holds_every_fixed_text_of_its_language_in_table_order() {
        let (name, json) = texts_file(Lang::En).unwrap();
        assert_eq!(name, format!("texts/en-{VERSION:016x}.json"));
        let file: TextsFile = serde_json::from_str(&json).unwrap();
        assert_eq!(file.version, format!("{VERSION:016x}"));
        assert_eq!(file.tables.len(), TABLE_HASHES.len());
        assert_eq!(file.tables[0].len(), super::super::FIXED.len());
        assert_eq!(file.tables[2].len(), super::super::schools::FIXED.len());
        let at = super::super::FIXED
            .iter()
            .position(|(name, _)| *name == "tagline")
            .unwrap();
        assert_eq!(file.tables[0][at], super::super::FIXED[at].1[2]);
        let (_, nynorsk) = texts_file(Lang::Nn).unwrap();
        assert!(nynorsk.contains("Finn yrke, sjå kva dei gjer"));
        assert!(texts_file(Lang::Nb).is_none(), "bokmål is compiled in");
    }

    #[test]
    fn the_hash_follows_every_name_text_and_order() {
        let base = hash(&["tagline", "Finn yrke", "Find occupations"]);
        assert_eq!(base, hash(&["tagline", "Finn yrke", "Find occupations"]));
        assert_ne!(base, hash(&["tagline", "Finn yrker", "Find occupations"]));
        assert_ne!(base, hash(&["tagline", "Find occupations", "Finn yrke"]));
        assert_ne!(hash(&["ab", "c"]), hash(&["a", "bc"]));
        assert_ne!(TABLE_HASHES[0], TABLE_HASHES[1]);
    }
}
