//! The data layer: app-wide state shared through context (the loaded snapshot or its last
//! good copy, the region data, occupation texts, the compare selection, offline updates) and
//! its two sides. In the browser ([`fetch`]) files are fetched as views ask for them; at build
//! time ([`files`], feature `prerender`) everything is read from the snapshot folder before
//! the views render, so the same views render to static HTML without touching browser APIs.

pub mod fetch;
#[cfg(feature = "prerender")]
pub mod files;
pub mod offline;
pub mod page_files;

use crate::app::page_chunks;
use crate::core::catalog::{split_compare_list, Catalog, MAX_COMPARE};
use crate::core::fulltext::{detail_texts, PassageTexts};
use crate::core::model::OccupationDetail;
use crate::core::model::Snapshot;
use crate::core::model::StudyHistoryData;
use crate::core::page_slice::{self, OwnFile, Part, SlicedPage};
use crate::core::places::Places;
use crate::core::schools::Schools;
use crate::core::studies::Studies;
use fetch::LoadError;
use leptos::prelude::*;
use offline::Updates;
use page_files::{PageData, PageFiles};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

pub type CatalogResult = Result<Arc<Catalog>, LoadError>;
/// One occupation's texts; `Ok(None)` when the snapshot has none for the slug.
pub type DetailResult = Result<Option<Arc<OccupationDetail>>, LoadError>;

/// Which page the catalog in hand is a slice for, and where the router is: a slice serves its
/// own page alone.
#[derive(Clone, Copy)]
struct SliceScope {
    /// The app path (language aside, "/yrke/kokk") whose slice the catalog holds; `None` when
    /// it holds the whole snapshot.
    slice_for: RwSignal<Option<String>>,
    /// The router's current app path, once the site's frame follows it ([`AppData::follow_route`]).
    route: StoredValue<Option<Signal<String>>>,
}

impl SliceScope {
    fn new() -> Self {
        SliceScope {
            slice_for: RwSignal::new(None),
            route: StoredValue::new(None),
        }
    }

    /// Whether the slice in hand is made for another page than the router's (tracked).
    fn elsewhere(&self) -> bool {
        self.slice_for.with(|slice| {
            slice.as_ref().is_some_and(|scope| {
                self.route
                    .get_value()
                    .is_some_and(|route| route.with(|route| route != scope))
            })
        })
    }
}

/// A snapshot file fetched once a view asks for it (and the snapshot is there), then kept. On a
/// sliced page taken over it may hold that page's own share of the file, which serves that
/// page alone: when the reader leaves, the share goes in the same update that hands the views
/// the whole snapshot ([`AppData::leave_slice`]), and the whole file takes its place. (Until
/// then every view waits for the catalog, which reads as not loaded on another page.)
pub struct LazyFile<T: Send + Sync + 'static> {
    value: RwSignal<Option<Result<Arc<T>, LoadError>>>,
    wanted: RwSignal<bool>,
    /// Whether `value` is a page's own share of the file.
    sliced: RwSignal<bool>,
}

impl<T: Send + Sync + 'static> Clone for LazyFile<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for LazyFile<T> {}

impl<T: Send + Sync + 'static> LazyFile<T> {
    fn new() -> Self {
        LazyFile {
            value: RwSignal::new(None),
            wanted: RwSignal::new(false),
            sliced: RwSignal::new(false),
        }
    }

    /// Starts loading the file (once) and returns its state; reading it tracks the load.
    pub fn want(&self) -> Option<Result<Arc<T>, LoadError>> {
        if !self.wanted.get_untracked() {
            self.wanted.set(true);
        }
        self.value.get()
    }

    /// The file when it has loaded, without asking for it.
    pub fn if_loaded(&self) -> Option<Arc<T>> {
        self.value.get().and_then(Result::ok)
    }

    /// In the browser, taking a page over: the file as fetched for it, when it was, and
    /// whether that is the page's own share of it.
    fn preload_fetched(&self, value: Option<Arc<T>>, own_share: bool) {
        if let Some(value) = value {
            self.preload(value);
            self.sliced.set(own_share);
        }
    }

    /// The reader left the sliced page: its share goes, and the whole file loads if a view
    /// wants it.
    fn leave_slice(&self) {
        if self.sliced.get_untracked() {
            self.sliced.set(false);
            self.value.set(None);
        }
    }

    /// Tries again after a failed load (in the browser; at build time nothing is fetched).
    pub fn retry(&self) {
        if cfg!(target_arch = "wasm32") {
            self.value.set(None);
        }
    }

    /// Build time: the file read before rendering.
    fn preload(&self, value: Arc<T>) {
        self.value.set(Some(Ok(value)));
    }

    /// Fetches the file once it is wanted and the snapshot's version is known; marks `step`
    /// on the browser's timeline when it is in.
    fn load_when_wanted(self, version: impl Fn() -> Option<String> + 'static, step: &'static str)
    where
        T: fetch::VersionedFile,
    {
        Effect::new(move |_| {
            if let (true, Some(version)) = (self.wanted.get(), version()) {
                if self.value.with(Option::is_none) {
                    leptos::task::spawn_local(async move {
                        let loaded = fetch::load_versioned::<T>(&version).await.map(Arc::new);
                        mark(step);
                        let _ = self.value.try_set(Some(loaded));
                    });
                }
            }
        });
    }
}

/// Occupations whose words are kept ready for search passages (about 20 KB each).
const PASSAGE_CACHE_LIMIT: usize = 100;

/// Pause after a page taken over from its slice went live before the whole snapshot loads.
const WHOLE_DELAY_MS: u64 = 1000;

/// Pause after the first page before offline caching starts.
const OFFLINE_DELAY_MS: u64 = 2000;

/// Where the compare selection is kept between visits (this browser only).
const COMPARE_STORAGE_KEY: &str = "yrkesutforskeren.sammenlign";

/// The whole snapshot while the app runs on a page's slice of it: not asked for yet, on its
/// way, or in (and kept until the reader leaves the page).
#[derive(Clone)]
enum Whole {
    NotAsked,
    Loading,
    In(Result<(Arc<Catalog>, Option<LoadError>), LoadError>),
}

#[derive(Clone, Copy)]
pub struct AppData {
    /// The snapshot: `None` while it loads. On a prerendered sliced page taken over, the
    /// page's slice of it ([`crate::core::page_slice`]) until the reader leaves it.
    catalog: RwSignal<Option<CatalogResult>>,
    /// Which page `catalog` (and a file's share in hand) is a slice for.
    scope: SliceScope,
    /// The whole snapshot, loaded while the reader is on the slice's page.
    whole: StoredValue<Whole>,
    /// Slugs chosen for comparison, in the order they were added.
    pub compare: RwSignal<Vec<String>>,
    /// True after an occupation could not be added because four are chosen.
    pub compare_full: RwSignal<bool>,
    /// The region data (`regions.json`), fetched where a view shows it, so the first page
    /// never waits for it.
    pub places: LazyFile<Places>,
    /// The schools and admission thresholds (`schools.json`), fetched where schools are shown.
    pub schools: LazyFile<Schools>,
    /// Samordna opptak's studies (`studies.json`), fetched where studies are shown.
    pub studies: LazyFile<Studies>,
    /// Every study's older figures (`study_history.json`), fetched by a study's page.
    pub study_history: LazyFile<StudyHistoryData>,
    /// Occupation texts by slug, kept once fetched (a page visited again shows them at once).
    /// Each slug has a signal of its own: a view tracks only the occupations it shows, so the
    /// texts arriving for one row of a result list re-render that row alone.
    details: StoredValue<HashMap<String, ArcRwSignal<Option<DetailResult>>>>,
    /// The texts of an occupation folded and stemmed for search passages, made once per slug.
    passage_texts: StoredValue<HashMap<String, Arc<PassageTexts>>>,
    /// Whether missing data is fetched (in the browser) or was all read before rendering.
    fetches: bool,
    /// Whether views show what this browser holds (choices stored on the device, the
    /// connection, a last good copy in use). False at build time and while the app takes a
    /// prerendered page over, so the first render is exactly the prerendered one; the browser's
    /// state then arrives as ordinary updates ([`AppData::go_live`]).
    pub live: RwSignal<bool>,
    /// The occupations whose texts a build-time render read (see [`AppData::files_read`]).
    details_read: StoredValue<BTreeSet<String>>,
    /// A new version of the app, fully cached for offline use, waiting to be switched to.
    pub updates: Updates,
    /// Set when the current snapshot failed and the last good copy is shown instead.
    pub stale: RwSignal<Option<LoadError>>,
    /// Whether the browser has a network connection (links out of the app say when not).
    pub online: RwSignal<bool>,
    /// Set once search answers: what only search reads (`search.json`: NAV's job titles, the
    /// occupations' intros; loaded once search is wanted) is in, or could not be read. Views
    /// that search track it; until then a search shows that it is on its way, never an empty
    /// answer.
    pub search_ready: RwSignal<bool>,
    /// Set once search reads every page's texts (`fulltext.json`, loaded after
    /// `search.json`); views that search read it to search again with them.
    pub full_text: RwSignal<bool>,
    search_wanted: RwSignal<bool>,
    /// Why search cannot answer (its engine could not be fetched), until the reader tries
    /// again ([`AppData::retry_search`]).
    pub search_failed: RwSignal<Option<LoadError>>,
    /// Counts the reader's tries to ready search.
    search_attempt: RwSignal<u32>,
    /// What the pupil typed into "Regn ut poengene dine": kept while the app runs, so every
    /// school list shows it, and never stored or sent.
    pub grades: RwSignal<String>,
    /// What the pupil typed into "Hva trenger jeg?" for higher education: kept while the app
    /// runs, never stored or sent.
    pub diploma_grades: RwSignal<String>,
}

/// Everything the views of one build-time render read, loaded from the snapshot files.
#[derive(Clone)]
pub struct Preloaded {
    pub catalog: Arc<Catalog>,
    pub places: Arc<Places>,
    pub schools: Arc<Schools>,
    pub studies: Arc<Studies>,
    pub study_history: Arc<StudyHistoryData>,
    pub details: HashMap<String, DetailResult>,
    /// Each sliced page's own data, by the page's app path: such a page is rendered from it,
    /// as the browser takes it over. Empty: every page from the whole files.
    pub page_slices: HashMap<String, PageSlice>,
}

/// One sliced page's data at build time: its slice of the snapshot as a catalog, and its own
/// share of the files it has one of ([`SlicedPage::own_files`]).
#[derive(Clone)]
pub struct PageSlice {
    pub page: SlicedPage,
    pub catalog: Arc<Catalog>,
    pub places: Option<Arc<Places>>,
    pub schools: Option<Arc<Schools>>,
    pub studies: Option<Arc<Studies>>,
}

impl PageSlice {
    /// The page's data from the head and its own files, joined and checked as the browser does.
    pub fn new(page: SlicedPage, head: Snapshot, part: Part) -> Result<PageSlice, String> {
        let snapshot = page_slice::join(head, part.snapshot).map_err(|e| e.to_string())?;
        let catalog = Catalog::new(snapshot).map_err(|e| e.to_string())?;
        Ok(PageSlice {
            page,
            catalog: Arc::new(catalog),
            places: part.regions.map(|r| Arc::new(Places::new(r))),
            schools: part.schools.map(|s| Arc::new(Schools::new(s))),
            studies: part.studies.map(|s| Arc::new(Studies::new(s))),
        })
    }
}

impl Preloaded {
    /// What the page at `path` renders from: its own data where it has a slice (which page
    /// that is), else the whole files.
    pub fn for_page(&self, path: &str) -> (Preloaded, Option<SlicedPage>) {
        let slice = self.page_slices.get(path);
        fn pick<T>(own: Option<&Arc<T>>, whole: &Arc<T>) -> Arc<T> {
            Arc::clone(own.unwrap_or(whole))
        }
        let preloaded = Preloaded {
            catalog: Arc::clone(slice.map_or(&self.catalog, |s| &s.catalog)),
            places: pick(slice.and_then(|s| s.places.as_ref()), &self.places),
            schools: pick(slice.and_then(|s| s.schools.as_ref()), &self.schools),
            studies: pick(slice.and_then(|s| s.studies.as_ref()), &self.studies),
            study_history: Arc::clone(&self.study_history),
            details: self.details.clone(),
            page_slices: HashMap::new(),
        };
        (preloaded, slice.map(|s| s.page.clone()))
    }
}

/// Marks a step of loading on the browser's performance timeline (`yrke:<step>`), which
/// `make bench` prints; nothing at build time.
pub fn mark(step: &str) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("yrke:{step}"));
    }
}

/// The browser's localStorage, where it is available.
pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok()?
}

/// The compare selection stored in this browser.
fn stored_compare() -> Vec<String> {
    local_storage()
        .and_then(|s| s.get_item(COMPARE_STORAGE_KEY).ok().flatten())
        .map(|list| split_compare_list(&list))
        .unwrap_or_default()
}

impl AppData {
    fn new(fetches: bool, live: bool) -> Self {
        let compare = RwSignal::new(if live { stored_compare() } else { Vec::new() });
        AppData {
            catalog: RwSignal::new(None),
            scope: SliceScope::new(),
            whole: StoredValue::new(Whole::NotAsked),
            compare,
            compare_full: RwSignal::new(false),
            places: LazyFile::new(),
            schools: LazyFile::new(),
            studies: LazyFile::new(),
            study_history: LazyFile::new(),
            details: StoredValue::new(HashMap::new()),
            passage_texts: StoredValue::new(HashMap::new()),
            fetches,
            live: RwSignal::new(live),
            details_read: StoredValue::new(BTreeSet::new()),
            updates: Updates::new(),
            stale: RwSignal::new(None),
            online: RwSignal::new(true),
            search_ready: RwSignal::new(false),
            full_text: RwSignal::new(false),
            search_wanted: RwSignal::new(false),
            search_failed: RwSignal::new(None),
            search_attempt: RwSignal::new(0),
            grades: RwSignal::new(String::new()),
            diploma_grades: RwSignal::new(String::new()),
        }
    }

    /// Build time: every file already read; nothing is fetched and no browser API is touched.
    pub fn provide_preloaded(preloaded: Preloaded) -> Self {
        let data = AppData::new(false, false);
        data.search_ready.set(preloaded.catalog.search_ready());
        data.catalog.set(Some(Ok(preloaded.catalog)));
        data.places.preload(preloaded.places);
        data.schools.preload(preloaded.schools);
        data.studies.preload(preloaded.studies);
        data.study_history.preload(preloaded.study_history);
        data.details.set_value(
            preloaded
                .details
                .into_iter()
                .map(|(slug, detail)| (slug, ArcRwSignal::new(Some(detail))))
                .collect(),
        );
        provide_context(data);
        data
    }

    /// Build time, for the frame alone: nothing loaded, nothing fetched.
    pub fn provide_unloaded() -> Self {
        let data = AppData::new(false, false);
        provide_context(data);
        data
    }

    /// Build time: the files the views rendered so far read besides the snapshot.
    pub fn files_read(&self) -> PageFiles {
        PageFiles {
            places: self.places.wanted.get_untracked(),
            schools: self.schools.wanted.get_untracked(),
            studies: self.studies.wanted.get_untracked(),
            study_history: self.study_history.wanted.get_untracked(),
            details: self.details_read.get_value().into_iter().collect(),
            slice: None,
        }
    }

    /// In the browser: starts loading the snapshot and makes it available to every component
    /// below.
    pub fn provide() -> Self {
        let data = AppData::new(true, true);
        data.load_catalog();
        data.start();
        data
    }

    /// In the browser, taking a prerendered page over: the page's files already fetched, and
    /// nothing of this browser's own state shown until [`AppData::go_live`] (`page.stale` is
    /// not read here: the caller hands it to `go_live`). The data is made in a task of its
    /// own, before the page is taken over, under an owner that lives as long as the app; the
    /// take-over then provides it ([`AppData::provide_made`]).
    pub fn for_taking_over(page: PageData) -> Self {
        let owner = Owner::new_root(None);
        let data = owner.with(|| AppData::made_from(page));
        // The page taken over keeps its data for the app's lifetime, as its own owner does.
        std::mem::forget(owner);
        data
    }

    /// Inside the take-over: the data made by [`AppData::for_taking_over`] in context, with
    /// its effects and listeners.
    pub fn provide_made(self) {
        self.start();
    }

    fn made_from(page: PageData) -> Self {
        let data = AppData::new(true, false);
        data.catalog.set(Some(Ok(page.catalog)));
        data.scope.slice_for.set(page.slice_for);
        let own = |file| page.own_files.contains(&file);
        data.places
            .preload_fetched(page.places, own(OwnFile::Regions));
        data.schools
            .preload_fetched(page.schools, own(OwnFile::Schools));
        data.studies
            .preload_fetched(page.studies, own(OwnFile::Studies));
        if let Some(history) = page.study_history {
            data.study_history.preload(history);
        }
        data.details.set_value(
            page.details
                .into_iter()
                .map(|(slug, detail)| (slug, ArcRwSignal::new(Some(detail))))
                .collect(),
        );
        data
    }

    /// After a prerendered page was taken over: this browser's state (the stored compare
    /// selection and county, the connection, why a last good copy is in use) shown as ordinary
    /// updates.
    pub fn go_live(&self, stale: Option<LoadError>) {
        self.stale.set(stale);
        self.compare.set(stored_compare());
        if let Some(window) = web_sys::window() {
            self.online.set(window.navigator().on_line());
        }
        self.live.set(true);
        if self.scope.slice_for.get_untracked().is_some() {
            let data = *self;
            set_timeout(
                move || data.load_whole_ahead(),
                std::time::Duration::from_millis(WHOLE_DELAY_MS),
            );
        }
    }

    /// Follows the router's app path, so a page's slice serves that page alone. The site's
    /// frame calls it, inside the router.
    pub fn follow_route(&self, path: Signal<String>) {
        self.scope.route.set_value(Some(path));
    }

    /// While the reader is on a slice's page, after it went live: the whole snapshot loads in
    /// the background, kept for the next page (the page itself never renders again for it).
    fn load_whole_ahead(self) {
        let asked = self
            .whole
            .try_with_value(|whole| !matches!(whole, Whole::NotAsked))
            .unwrap_or(true);
        if asked || self.scope.slice_for.get_untracked().is_none() {
            return;
        }
        self.whole.set_value(Whole::Loading);
        leptos::task::spawn_local(async move {
            let loaded = fetch::load_catalog().await.map(|(loaded, stale)| {
                mark("snapshot-decoded");
                (Arc::new(loaded), stale)
            });
            if self.scope.slice_for.try_get_untracked().flatten().is_some() {
                self.whole.try_set_value(Whole::In(loaded));
            } else {
                self.apply_catalog(loaded);
            }
        });
    }

    /// The reader left the slice's page (or searches): the whole snapshot takes its place, at
    /// once when it is in, else once it is.
    fn leave_slice(self) {
        self.scope.slice_for.set(None);
        self.places.leave_slice();
        self.schools.leave_slice();
        self.studies.leave_slice();
        match self.whole.get_value() {
            Whole::In(loaded) => self.apply_catalog(loaded),
            Whole::Loading => self.catalog.set(None),
            Whole::NotAsked => self.load_catalog(),
        }
    }

    /// The browser side's effects and listeners, and the data in context.
    fn start(self) {
        let data = self;
        let AppData {
            catalog,
            compare,
            compare_full,
            full_text,
            online,
            ..
        } = data;
        let live = data.live;
        Effect::new(move |_| {
            let list = compare.get().join(",");
            if !live.get() {
                return;
            }
            if let Some(storage) = local_storage() {
                let _ = storage.set_item(COMPARE_STORAGE_KEY, &list);
            }
        });
        // Search is readied once a page asks for it (a search box gets focus, a query is in
        // the address): `search.json` (NAV's job titles, intros) is fetched, the names index is
        // built in a task of its own, then every page's texts are fetched (all precached for
        // offline use like every file). Pages that do not search never pay for it; without the
        // texts search still answers from names, codes, job titles and intros.
        let search_wanted = data.search_wanted;
        let search_ready = data.search_ready;
        let slice_for = data.scope.slice_for;
        // A page's slice serves that page alone: another page, or a search, reads the whole.
        Effect::new(move |_| {
            if slice_for.with(Option::is_none) {
                return;
            }
            if data.scope.elsewhere() || search_wanted.get() {
                data.leave_slice();
            }
        });
        // A failed attempt (the engine's chunk could not be fetched) is tried again when the
        // reader asks ([`AppData::retry_search`]); what is already in is not fetched again.
        let search_attempt = data.search_attempt;
        let search_failed = data.search_failed;
        Effect::new(move |started: Option<Option<u32>>| {
            let started = started.flatten();
            let attempt = search_attempt.get();
            if started == Some(attempt) || !search_wanted.get() || slice_for.with(Option::is_some) {
                return started;
            }
            let Some(Ok(loaded)) = catalog.get() else {
                return started;
            };
            leptos::task::spawn_local(async move {
                let engine = async {
                    if loaded.has_search_engine() {
                        return Ok(None);
                    }
                    Ok::<_, LoadError>(Some(page_chunks::search_engine().await?))
                };
                let search_data = async {
                    if loaded.search_data_settled() {
                        return;
                    }
                    if let Err(error) = fetch::load_search_data(&loaded).await {
                        leptos::logging::warn!(
                            "search reads names and codes only: {}",
                            error.detail()
                        );
                        loaded.search_without_search_data();
                    }
                };
                let engine = match futures::future::join(engine, search_data).await {
                    (Ok(engine), ()) => engine,
                    (Err(error), ()) => {
                        search_failed.set(Some(error));
                        return;
                    }
                };
                // The index is built a part per task, so typing meanwhile is not held up;
                // search answers once it is whole and the engine is attached.
                if let Some(engine) = engine {
                    if let Some(mut steps) = loaded.search_index_steps(engine) {
                        let built: Result<(), std::convert::Infallible> =
                            fetch::in_short_tasks(|| Ok(steps.step())).await;
                        let Ok(()) = built;
                        loaded.attach_search_index(steps.finish());
                    }
                    loaded.attach_search_engine(engine);
                }
                let Some(engine) = loaded.search_engine() else {
                    return;
                };
                fetch::next_task().await;
                let _ = loaded.search_index();
                mark("search-index-built");
                search_ready.set(true);
                fetch::next_task().await;
                match fetch::load_full_text(&loaded, engine).await {
                    Ok(()) => {
                        mark("full-text-attached");
                        full_text.set(true)
                    }
                    Err(error) => {
                        leptos::logging::warn!("search reads names only: {}", error.detail())
                    }
                }
            });
            Some(attempt)
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
        // The notice goes away as soon as the selection changes.
        Effect::new(move |_| {
            compare.track();
            compare_full.set(false);
        });
        // The other files are each fetched once a view wants them and the snapshot is there.
        let snapshot_version = move || {
            catalog.with(|c| {
                c.as_ref()
                    .and_then(|c| c.as_ref().ok())
                    .map(|c| c.snapshot().data_version.clone())
            })
        };
        data.places
            .load_when_wanted(snapshot_version, "regions-loaded");
        data.schools
            .load_when_wanted(snapshot_version, "schools-loaded");
        data.studies
            .load_when_wanted(snapshot_version, "studies-loaded");
        data.study_history
            .load_when_wanted(snapshot_version, "study-history-loaded");
        if let Some(window) = web_sys::window().filter(|_| live.get_untracked()) {
            online.set(window.navigator().on_line());
        }
        let _ = window_event_listener(leptos::ev::online, move |_| online.set(true));
        let _ = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        // Offline caching starts once the first page is on screen and the browser has had a
        // moment: the first load does not share the network and CPU with 5 MB of precaching.
        Effect::new(move |registered: Option<bool>| {
            if registered == Some(true) {
                return true;
            }
            if catalog.with(Option::is_none) {
                return false;
            }
            set_timeout(
                move || data.updates.register(),
                std::time::Duration::from_millis(OFFLINE_DELAY_MS),
            );
            true
        });
        provide_context(data);
    }

    fn load_catalog(self) {
        self.catalog.set(None);
        leptos::task::spawn_local(async move {
            let loaded = fetch::load_catalog().await.map(|(loaded, stale)| {
                mark("snapshot-decoded");
                (Arc::new(loaded), stale)
            });
            self.apply_catalog(loaded);
        });
    }

    /// The whole snapshot in place (or why it could not be had), with the reason when it is
    /// the last good copy.
    fn apply_catalog(self, loaded: Result<(Arc<Catalog>, Option<LoadError>), LoadError>) {
        let catalog = loaded.map(|(catalog, stale)| {
            self.stale.try_set(stale);
            catalog
        });
        self.catalog.try_set(Some(catalog));
    }

    /// The catalog the current page renders from: `None` while it loads (and while the only
    /// one in is another page's slice). Reading it tracks the load.
    pub fn current(&self) -> Option<CatalogResult> {
        if self.scope.elsewhere() {
            return None;
        }
        self.catalog.get()
    }

    /// The catalog as it is, not tracked: for what the data itself decides, such as whether a
    /// link in a text goes to one of our pages.
    pub fn current_untracked(&self) -> Option<Arc<Catalog>> {
        self.catalog.get_untracked().and_then(Result::ok)
    }

    pub fn use_context() -> Self {
        expect_context::<AppData>()
    }

    /// The catalog once it has loaded; `None` while loading or after a failure. Reading it
    /// tracks the load, so a view using it updates when the data arrives.
    pub fn loaded(&self) -> Option<Arc<Catalog>> {
        self.current().and_then(Result::ok)
    }

    /// Whether the catalog is still on its way (neither loaded nor failed).
    pub fn catalog_loading(&self) -> bool {
        self.current().is_none()
    }

    pub fn retry(&self) {
        if self.fetches {
            self.load_catalog();
        }
    }

    /// Readies search (once): see [`AppData::provide`]. Views call it when a search box gets
    /// focus or a query is given.
    pub fn want_search(&self) {
        if !self.search_wanted.get_untracked() {
            self.search_wanted.set(true);
        }
    }

    /// Whether search answers, or failed to get ready: what waits for the occupations'
    /// search (the schools and studies a query names) goes ahead then. Tracked.
    pub fn search_settled(&self) -> bool {
        self.search_ready.get() || self.search_failed.with(Option::is_some)
    }

    /// Tries again to ready search after it failed.
    pub fn retry_search(&self) {
        self.search_failed.set(None);
        self.search_attempt.update(|attempt| *attempt += 1);
    }

    /// One occupation's texts, fetched once (when this side fetches) and kept; `None` while
    /// they load. Reading it tracks the texts, so a view updates when they arrive.
    pub fn detail(&self, slug: &str) -> Option<DetailResult> {
        if !self.fetches {
            self.details_read.update_value(|read| {
                read.insert(slug.to_string());
            });
        }
        let (cell, added) = self
            .details
            .try_update_value(|cells| match cells.get(slug) {
                Some(cell) => (cell.clone(), false),
                None => {
                    let cell = ArcRwSignal::new(None);
                    cells.insert(slug.to_string(), cell.clone());
                    (cell, true)
                }
            })?;
        if added {
            self.fetch_detail(slug, cell.clone());
        }
        cell.get()
    }

    /// The occupation's texts prepared for search passages, once its texts have loaded.
    pub fn passage_texts(&self, slug: &str) -> Option<Arc<PassageTexts>> {
        let detail = self.detail(slug)?.ok().flatten()?;
        if let Some(found) = self.prepared_passage_texts(slug) {
            return Some(found);
        }
        let prepared = Arc::new(PassageTexts::new(&detail_texts(&detail)));
        self.passage_texts.try_update_value(|cache| {
            // Bounded: a long session of searches keeps the most recent pages' words only.
            if cache.len() >= PASSAGE_CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(slug.to_string(), prepared.clone());
        });
        Some(prepared)
    }

    /// The occupation's texts prepared for search passages if they already are: never
    /// fetches nor prepares.
    pub fn prepared_passage_texts(&self, slug: &str) -> Option<Arc<PassageTexts>> {
        self.passage_texts
            .try_with_value(|prepared| prepared.get(slug).cloned())
            .flatten()
    }

    /// Fetches an occupation's texts again after a failure.
    pub fn retry_detail(&self, slug: &str) {
        let cell = self
            .details
            .try_with_value(|cells| cells.get(slug).cloned())
            .flatten();
        if let Some(cell) = cell {
            cell.set(None);
            self.fetch_detail(slug, cell);
        }
    }

    /// In the browser: fetches the texts into their cell. At build time they are all read.
    fn fetch_detail(&self, slug: &str, cell: ArcRwSignal<Option<DetailResult>>) {
        if !self.fetches {
            return;
        }
        let slug = slug.to_string();
        leptos::task::spawn_local(async move {
            let loaded = fetch::load_detail(&slug).await.map(|d| d.map(Arc::new));
            cell.try_set(Some(loaded));
        });
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
