//! App-wide state shared through context: the loaded snapshot (or its last good copy), the
//! region data once a view asks for it, the compare selection and the offline updates.

use crate::app::api::{self, LoadError};
use crate::app::offline::Updates;
use crate::core::catalog::{split_compare_list, Catalog, MAX_COMPARE};
use crate::core::places::Places;
use leptos::prelude::*;
use std::sync::Arc;

pub type CatalogResult = Result<Arc<Catalog>, LoadError>;
pub type PlacesResult = Result<Arc<Places>, LoadError>;

/// Pause after the first page before offline caching starts.
const OFFLINE_DELAY_MS: u64 = 2000;

/// Where the compare selection is kept between visits (this browser only).
const COMPARE_STORAGE_KEY: &str = "yrkesutforskeren.sammenlign";

#[derive(Clone, Copy)]
pub struct AppData {
    pub catalog: LocalResource<CatalogResult>,
    /// Slugs chosen for comparison, in the order they were added.
    pub compare: RwSignal<Vec<String>>,
    /// True after an occupation could not be added because four are chosen.
    pub compare_full: RwSignal<bool>,
    /// The region data (`regions.json`): `None` until a view asks for it and the snapshot is
    /// there, so the first page never waits for it.
    pub places: LocalResource<Option<PlacesResult>>,
    places_wanted: RwSignal<bool>,
    /// A new version of the app, fully cached for offline use, waiting to be switched to.
    pub updates: Updates,
    /// Set when the current snapshot failed and the last good copy is shown instead.
    pub stale: RwSignal<Option<LoadError>>,
    /// Whether the browser has a network connection (links out of the app say when not).
    pub online: RwSignal<bool>,
    /// Set once search reads every page's texts (`fulltext.json` loaded after the first
    /// list); views that search read it to search again with them.
    pub full_text: RwSignal<bool>,
}

/// The browser's localStorage, where it is available.
pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

impl AppData {
    /// Starts loading the snapshot and makes it available to every component below.
    pub fn provide() -> Self {
        let stale = RwSignal::new(None::<LoadError>);
        let catalog = LocalResource::new(move || async move {
            api::load_catalog().await.map(|(catalog, fallback_reason)| {
                stale.set(fallback_reason);
                Arc::new(catalog)
            })
        });
        let stored: Vec<String> = local_storage()
            .and_then(|s| s.get_item(COMPARE_STORAGE_KEY).ok().flatten())
            .map(|list| split_compare_list(&list))
            .unwrap_or_default();
        let compare = RwSignal::new(stored);
        Effect::new(move |_| {
            let list = compare.get().join(",");
            if let Some(storage) = local_storage() {
                let _ = storage.set_item(COMPARE_STORAGE_KEY, &list);
            }
        });
        // The search index is built once the first page is on screen, not before it; then
        // the pages' texts are fetched (precached for offline use like every file). Without
        // them search still answers from names, codes and synonyms.
        let full_text = RwSignal::new(false);
        Effect::new(move |_| {
            if let Some(Ok(loaded)) = catalog.get() {
                set_timeout(
                    move || {
                        let _ = loaded.search_index();
                        leptos::task::spawn_local(async move {
                            match api::load_full_text(&loaded).await {
                                Ok(()) => full_text.set(true),
                                Err(error) => leptos::logging::warn!(
                                    "search reads names only: {}",
                                    error.detail()
                                ),
                            }
                        });
                    },
                    std::time::Duration::from_millis(100),
                );
            }
        });
        // A selection can name occupations the data does not have (an old saved list, a
        // hand-edited link): once the data is there, only known occupations stay.
        Effect::new(move |_| {
            let Some(Ok(loaded)) = catalog.get() else {
                return;
            };
            let list = compare.get();
            let known: Vec<String> = loaded
                .compare_list(&list.join(","))
                .into_iter()
                .map(|o| o.slug.clone())
                .collect();
            if known != list {
                compare.set(known);
            }
        });
        let compare_full = RwSignal::new(false);
        // The notice goes away as soon as the selection changes.
        Effect::new(move |_| {
            compare.track();
            compare_full.set(false);
        });
        let places_wanted = RwSignal::new(false);
        let places = LocalResource::new(move || {
            let version = places_wanted
                .get()
                .then(|| catalog.get().and_then(Result::ok))
                .flatten()
                .map(|c| c.snapshot().data_version.clone());
            async move {
                let version = version?;
                Some(api::load_places(&version).await.map(Arc::new))
            }
        });
        let online = RwSignal::new(web_sys::window().is_none_or(|w| w.navigator().on_line()));
        let _ = window_event_listener(leptos::ev::online, move |_| online.set(true));
        let _ = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        let data = AppData {
            online,
            full_text,
            catalog,
            compare,
            compare_full,
            places,
            places_wanted,
            updates: Updates::new(),
            stale,
        };
        // Offline caching starts once the first page is on screen and the browser has had a
        // moment: the first load does not share the network and CPU with 5 MB of precaching.
        Effect::new(move |registered: Option<bool>| {
            if registered == Some(true) {
                return true;
            }
            if catalog.get().is_none() {
                return false;
            }
            set_timeout(
                move || data.updates.register(),
                std::time::Duration::from_millis(OFFLINE_DELAY_MS),
            );
            true
        });
        provide_context(data);
        data
    }

    pub fn use_context() -> Self {
        expect_context::<AppData>()
    }

    /// The catalog once it has loaded; `None` while loading or after a failure. Reading it
    /// tracks the load, so a view using it updates when the data arrives.
    pub fn loaded(&self) -> Option<Arc<Catalog>> {
        self.catalog.get().and_then(Result::ok)
    }

    pub fn retry(&self) {
        self.catalog.refetch();
    }

    /// Starts loading the region data (once) and returns its state.
    pub fn want_places(&self) -> Option<PlacesResult> {
        if !self.places_wanted.get_untracked() {
            self.places_wanted.set(true);
        }
        self.places.get().flatten()
    }

    pub fn retry_places(&self) {
        self.places.refetch();
    }

    /// Adds or removes an occupation; adding to a full selection changes nothing and returns
    /// false.
    pub fn toggle_compare(&self, slug: &str) -> bool {
        let (position, length) = self
            .compare
            .with_untracked(|list| (list.iter().position(|s| s == slug), list.len()));
        match position {
            Some(position) => self.compare.update(|list| {
                list.remove(position);
            }),
            None if length < MAX_COMPARE => self.compare.update(|list| list.push(slug.to_string())),
            None => return false,
        }
        true
    }
}
