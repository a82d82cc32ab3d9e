//! The build-time side of the data layer: the snapshot folder read from disk, checked as the
//! browser checks what it fetches, and handed to the views before they render.

use super::{DetailResult, PageSlice, Preloaded};
use crate::app::routes;
use crate::core::catalog::{decode_checked, Catalog, CatalogError};
use crate::core::model::Snapshot;
use crate::core::model::{
    OccupationDetail, RegionData, SchoolData, SearchData, StudyData, StudyHistoryData, DETAIL_DIR,
    REGIONS_FILE, SCHOOLS_FILE, SEARCH_FILE, SNAPSHOT_FILE, STUDIES_FILE, STUDY_HISTORY_FILE,
};
use crate::core::page_slice::{self, OwnFile, Part, SlicedPage, HEAD_FILE};
use crate::core::places::Places;
use crate::core::schools::Schools;
use crate::core::studies::Studies;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum FilesError {
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: CatalogError },
    #[error("{path}: {reason}")]
    Slice { path: PathBuf, reason: String },
    #[error("{path}: data version {found} does not match the snapshot's {expected}")]
    OtherVersion {
        path: PathBuf,
        found: String,
        expected: String,
    },
}

fn read(path: &Path) -> Result<String, FilesError> {
    std::fs::read_to_string(path).map_err(|source| FilesError::Read {
        path: path.to_path_buf(),
        source,
    })
}

fn decode<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, FilesError> {
    decode_checked(&read(path)?).map_err(|reason| FilesError::Invalid {
        path: path.to_path_buf(),
        reason,
    })
}

/// A file that must carry the snapshot's data version.
fn decode_of_version<T: serde::de::DeserializeOwned>(
    path: &Path,
    expected: &str,
    version_of: impl Fn(&T) -> String,
) -> Result<T, FilesError> {
    let data: T = decode(path)?;
    let found = version_of(&data);
    if found != expected {
        return Err(FilesError::OtherVersion {
            path: path.to_path_buf(),
            found,
            expected: expected.to_string(),
        });
    }
    Ok(data)
}

/// A page's own share of a file, read where the page has one.
fn own_share<T: serde::de::DeserializeOwned>(
    path: Option<PathBuf>,
    expected: &str,
    version_of: impl Fn(&T) -> String,
) -> Result<Option<T>, FilesError> {
    path.map(|path| decode_of_version(&path, expected, version_of))
        .transpose()
}

/// Reads the snapshot, what only search reads, the region data, every occupation's texts and
/// the sliced pages' slices from
/// `dir` (the folder the builder writes and the site serves as `snapshot/`).
pub fn load(dir: &Path) -> Result<Preloaded, FilesError> {
    let snapshot_path = dir.join(SNAPSHOT_FILE);
    let catalog =
        Catalog::from_json(&read(&snapshot_path)?).map_err(|reason| FilesError::Invalid {
            path: snapshot_path.clone(),
            reason,
        })?;
    let expected = catalog.snapshot().data_version.clone();
    let search: SearchData =
        decode_of_version(&dir.join(SEARCH_FILE), &expected, |d: &SearchData| {
            d.data_version.clone()
        })?;
    // The versions were compared just above.
    let _ = catalog.attach_search_data(search);
    let regions: RegionData =
        decode_of_version(&dir.join(REGIONS_FILE), &expected, |d: &RegionData| {
            d.data_version.clone()
        })?;
    let schools: SchoolData =
        decode_of_version(&dir.join(SCHOOLS_FILE), &expected, |d: &SchoolData| {
            d.data_version.clone()
        })?;
    let studies: StudyData =
        decode_of_version(&dir.join(STUDIES_FILE), &expected, |d: &StudyData| {
            d.data_version.clone()
        })?;
    let study_history: StudyHistoryData = decode_of_version(
        &dir.join(STUDY_HISTORY_FILE),
        &expected,
        |d: &StudyHistoryData| d.data_version.clone(),
    )?;
    let mut details: HashMap<String, DetailResult> = HashMap::new();
    for occupation in catalog.occupations() {
        let path = dir
            .join(DETAIL_DIR)
            .join(format!("{}.json", occupation.slug));
        let detail = if path.exists() {
            Some(Arc::new(decode::<OccupationDetail>(&path)?))
        } else {
            None
        };
        details.insert(occupation.slug.clone(), Ok(detail));
    }
    let head_path = dir.join(HEAD_FILE);
    let head: Snapshot =
        decode_of_version(&head_path, &expected, |d: &Snapshot| d.data_version.clone())?;
    let whole = page_slice::Whole {
        snapshot: catalog.snapshot(),
        regions: &regions,
        schools: &schools,
        studies: &studies,
    };
    let mut page_slices = HashMap::new();
    for page in SlicedPage::all(&whole) {
        let path = dir.join(page.file());
        let invalid = |reason: String| FilesError::Slice {
            path: path.clone(),
            reason,
        };
        let own = |file| page.own_file(file).map(|own| dir.join(own));
        let part = Part {
            snapshot: decode(&path)?,
            regions: own_share(own(OwnFile::Regions), &expected, |d: &RegionData| {
                d.data_version.clone()
            })?,
            schools: own_share(own(OwnFile::Schools), &expected, |d: &SchoolData| {
                d.data_version.clone()
            })?,
            studies: own_share(own(OwnFile::Studies), &expected, |d: &StudyData| {
                d.data_version.clone()
            })?,
        };
        let slice = PageSlice::new(page.clone(), head.clone(), part).map_err(invalid)?;
        page_slices.insert(routes::sliced(&page), slice);
    }
    Ok(Preloaded {
        catalog: Arc::new(catalog),
        places: Arc::new(Places::new(regions)),
        schools: Arc::new(Schools::new(schools)),
        studies: Arc::new(Studies::new(studies)),
        study_history: Arc::new(study_history),
        details,
        page_slices,
    })
}
