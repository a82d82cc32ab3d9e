//! The loaded snapshot, shared with every page through context.

use crate::app::api::{self, LoadError};
use crate::core::catalog::Catalog;
use leptos::prelude::*;
use std::sync::Arc;

pub type CatalogResult = Result<Arc<Catalog>, LoadError>;

#[derive(Clone, Copy)]
pub struct AppData {
    pub catalog: LocalResource<CatalogResult>,
}

impl AppData {
    /// Starts loading the snapshot and makes it available to every component below.
    pub fn provide() -> Self {
        let catalog = LocalResource::new(|| async { api::load_catalog().await.map(Arc::new) });
        let data = AppData { catalog };
        provide_context(data);
        data
    }

    pub fn use_context() -> Self {
        expect_context::<AppData>()
    }

    pub fn retry(&self) {
        self.catalog.refetch();
    }
}
