//! Fetching the snapshot files. URLs are relative to the document base, so the app works from
//! any sub-path it is hosted under.

use crate::app::strings;
use crate::core::catalog::{Catalog, CatalogError};
use crate::core::model::{
    OccupationDetail, RegionData, Snapshot, DETAIL_DIR, REGIONS_FILE, SCHEMA_VERSION, SNAPSHOT_FILE,
};
use crate::core::places::Places;
use gloo_net::http::Request;
use serde::de::DeserializeOwned;

/// Folder in `dist/` that holds the snapshot (Trunk copies `build/snapshot` there).
const SNAPSHOT_DIR: &str = "snapshot";

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Network(String),
    Http(u16),
    Decode(String),
    Schema(String),
}

impl LoadError {
    /// What the user is told.
    pub fn message(&self) -> String {
        match self {
            LoadError::Network(_) => strings::ERROR_NETWORK.to_string(),
            LoadError::Http(status) => strings::error_http(*status),
            LoadError::Decode(_) => strings::ERROR_DECODE.to_string(),
            LoadError::Schema(_) => strings::ERROR_SCHEMA.to_string(),
        }
    }

    /// Details for someone helping the user.
    pub fn detail(&self) -> String {
        match self {
            LoadError::Network(d) | LoadError::Decode(d) | LoadError::Schema(d) => d.clone(),
            LoadError::Http(status) => format!("HTTP {status}"),
        }
    }
}

impl From<CatalogError> for LoadError {
    fn from(error: CatalogError) -> Self {
        LoadError::Schema(error.to_string())
    }
}

/// `Ok(None)` when the server has no such file (404).
async fn fetch_json<T: DeserializeOwned>(path: &str) -> Result<Option<T>, LoadError> {
    let response = Request::get(path)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    match response.status() {
        200 => {}
        404 => return Ok(None),
        status => return Err(LoadError::Http(status)),
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| LoadError::Decode(format!("{path}: {e}")))
}

pub async fn load_catalog() -> Result<Catalog, LoadError> {
    let path = format!("{SNAPSHOT_DIR}/{SNAPSHOT_FILE}");
    let snapshot: Snapshot = fetch_json(&path).await?.ok_or(LoadError::Http(404))?;
    Ok(Catalog::new(snapshot)?)
}

/// The texts of one occupation; `Ok(None)` when the snapshot has none for this slug.
pub async fn load_detail(slug: &str) -> Result<Option<OccupationDetail>, LoadError> {
    // Slugs come from the URL: only characters our slugs use may reach the request path.
    if slug.is_empty()
        || !slug
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Ok(None);
    }
    fetch_json(&format!("{SNAPSHOT_DIR}/{DETAIL_DIR}/{slug}.json")).await
}

/// The region data, checked to belong to the snapshot the app runs with.
pub async fn load_places(data_version: &str) -> Result<Places, LoadError> {
    let path = format!("{SNAPSHOT_DIR}/{REGIONS_FILE}");
    let data: RegionData = fetch_json(&path).await?.ok_or(LoadError::Http(404))?;
    if data.schema_version != SCHEMA_VERSION {
        return Err(LoadError::Schema(format!(
            "{path}: schema {} (the app reads {SCHEMA_VERSION})",
            data.schema_version
        )));
    }
    if data.data_version != data_version {
        return Err(LoadError::Schema(format!(
            "{path}: data version {} does not match snapshot {data_version}",
            data.data_version
        )));
    }
    Ok(Places::new(data))
}
