//! App-wide state shared through context: the loaded snapshot and the compare selection.

use crate::app::api::{self, LoadError};
use crate::core::catalog::{Catalog, MAX_COMPARE};
use leptos::prelude::*;
use std::sync::Arc;

pub type CatalogResult = Result<Arc<Catalog>, LoadError>;

/// Where the compare selection is kept between visits (this browser only).
const COMPARE_STORAGE_KEY: &str = "yrkesutforskeren.sammenlign";

#[derive(Clone, Copy)]
pub struct AppData {
    pub catalog: LocalResource<CatalogResult>,
    /// Slugs chosen for comparison, in the order they were added.
    pub compare: RwSignal<Vec<String>>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl AppData {
    /// Starts loading the snapshot and makes it available to every component below.
    pub fn provide() -> Self {
        let catalog = LocalResource::new(|| async { api::load_catalog().await.map(Arc::new) });
        let stored: Vec<String> = local_storage()
            .and_then(|s| s.get_item(COMPARE_STORAGE_KEY).ok().flatten())
            .map(|list| {
                list.split(',')
                    .filter(|s| !s.is_empty())
                    .take(MAX_COMPARE)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let compare = RwSignal::new(stored);
        Effect::new(move |_| {
            let list = compare.get().join(",");
            if let Some(storage) = local_storage() {
                let _ = storage.set_item(COMPARE_STORAGE_KEY, &list);
            }
        });
        let data = AppData { catalog, compare };
        provide_context(data);
        data
    }

    pub fn use_context() -> Self {
        expect_context::<AppData>()
    }

    pub fn retry(&self) {
        self.catalog.refetch();
    }

    pub fn is_compared(&self, slug: &str) -> bool {
        self.compare.with(|list| list.iter().any(|s| s == slug))
    }

    /// Adds or removes an occupation; adding to a full selection drops nothing and returns false.
    pub fn toggle_compare(&self, slug: &str) -> bool {
        let mut added = true;
        self.compare.update(|list| {
            if let Some(position) = list.iter().position(|s| s == slug) {
                list.remove(position);
            } else if list.len() < MAX_COMPARE {
                list.push(slug.to_string());
            } else {
                added = false;
            }
        });
        added
    }
}
