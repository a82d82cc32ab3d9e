//! Errors that stop a build. Each names the file and, where there is one, the record.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct BuildError {
    pub file: PathBuf,
    /// Which record: a row number, an id or a code, as the file identifies its records.
    pub record: Option<String>,
    pub message: String,
}

impl BuildError {
    pub fn new(file: &Path, message: impl Into<String>) -> Self {
        BuildError {
            file: file.to_path_buf(),
            record: None,
            message: message.into(),
        }
    }

    pub fn at(file: &Path, record: impl Into<String>, message: impl Into<String>) -> Self {
        BuildError {
            file: file.to_path_buf(),
            record: Some(record.into()),
            message: message.into(),
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.record {
            Some(record) => write!(f, "{}: {}: {}", self.file.display(), record, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for BuildError {}

pub type BuildResult<T> = Result<T, BuildError>;
