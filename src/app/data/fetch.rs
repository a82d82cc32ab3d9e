//! The browser side of the data layer: fetching the snapshot files, checked and decoded. URLs
//! are relative to the document base, so the app works from any sub-path it is hosted under.

use super::page_files::{detail_file, PageData, PageFiles};
use crate::app::page_chunks;
use crate::app::{routes, strings};
use crate::core::catalog::{decode_checked, Catalog, CatalogError};
use crate::core::fulltext::{FullTextError, FULL_TEXT_FILE};
use crate::core::model::{
    OccupationDetail, RegionData, SchoolData, SearchData, StudyData, StudyHistoryData,
    REGIONS_FILE, SCHOOLS_FILE, SEARCH_FILE, SNAPSHOT_FILE, STUDIES_FILE, STUDY_HISTORY_FILE,
};
use crate::core::page_slice::{join, OwnFile, SlicedPage, HEAD_FILE};
use crate::core::places::Places;
use crate::core::schools::Schools;
use crate::core::sealed::check_sealed;
use crate::core::search::SearchEngine;
use crate::core::snapshot_steps::SnapshotSteps;
use crate::core::studies::Studies;
use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Folder in `dist/` that holds the snapshot (Trunk copies `build/snapshot` there).
const SNAPSHOT_DIR: &str = "snapshot";

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Network(String),
    Http(u16),
    Decode(String),
    Schema(String),
    Integrity(String),
}

impl LoadError {
    /// What the user is told.
    pub fn message(&self) -> String {
        match self {
            LoadError::Network(_) => strings::error_network().to_string(),
            LoadError::Http(status) => strings::error_http(*status),
            LoadError::Decode(_) => strings::error_decode().to_string(),
            LoadError::Schema(_) => strings::error_schema().to_string(),
            LoadError::Integrity(_) => strings::error_integrity().to_string(),
        }
    }

    /// Details for someone helping the user.
    pub fn detail(&self) -> String {
        match self {
            LoadError::Network(d)
            | LoadError::Decode(d)
            | LoadError::Schema(d)
            | LoadError::Integrity(d) => d.clone(),
            LoadError::Http(status) => format!("HTTP {status}"),
        }
    }
}

impl From<CatalogError> for LoadError {
    fn from(error: CatalogError) -> Self {
        match error {
            CatalogError::Integrity(e) => LoadError::Integrity(e.to_string()),
            CatalogError::WrongSchemaVersion { .. } => LoadError::Schema(error.to_string()),
            CatalogError::Decode(e) => LoadError::Decode(e),
        }
    }
}

/// The response `start.js` requested for `path` as it fetched the app (`window.yrkePrefetched`,
/// see `public/start.js`), taken so that it is used once; `None` when there is none.
fn take_prefetched(path: &str) -> Option<web_sys::js_sys::Promise> {
    use web_sys::js_sys::{Object, Reflect};
    let window = web_sys::window()?;
    let prefetched = Reflect::get(&window, &"yrkePrefetched".into()).ok()?;
    if !prefetched.is_object() {
        return None;
    }
    let promise = Reflect::get(&prefetched, &path.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = Reflect::delete_property(prefetched.unchecked_ref::<Object>(), &path.into());
    Some(promise)
}

/// Installs the fixed texts of the page's language from its texts file (nynorsk and English;
/// bokmål is compiled in, so a bokmål page needs nothing). The app renders nothing before.
#[cfg(feature = "texts-file")]
pub async fn load_texts(lang: crate::core::lang::Lang) -> Result<(), LoadError> {
    let Some(path) = strings::fixed::file_name(lang) else {
        return Ok(());
    };
    let text = fetch_text(&path)
        .await
        .map_err(|e| e.with_file(&path))?
        .ok_or(LoadError::Http(404))?;
    strings::fixed::install(lang, &text).map_err(|e| LoadError::Decode(format!("{path}: {e}")))
}

/// The file's text; `Ok(None)` when the server has no such file (404).
async fn fetch_text(path: &str) -> Result<Option<String>, LoadError> {
    let response = match take_prefetched(path) {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| LoadError::Network(format!("{e:?}")))
            .and_then(|response| {
                response
                    .dyn_into::<web_sys::Response>()
                    .map_err(|_| LoadError::Network(format!("{path}: not a response")))
            })
            .map(gloo_net::http::Response::from)?,
        None => Request::get(path)
            .send()
            .await
            .map_err(|e| LoadError::Network(e.to_string()))?,
    };
    match response.status() {
        200 => {}
        404 => return Ok(None),
        status => return Err(LoadError::Http(status)),
    }
    // As bytes, checked as UTF-8 here: reading it as JavaScript text would decode 800 KB into
    // UTF-16 and encode it back into the wasm's memory, twice the work on the main thread.
    let bytes = response
        .binary()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| LoadError::Decode(format!("{path}: {e}")))
}

/// A sealed snapshot file, checked (hash, schema version) and decoded.
async fn fetch_checked<T: DeserializeOwned>(path: &str) -> Result<Option<T>, LoadError> {
    let Some(text) = fetch_text(path).await? else {
        return Ok(None);
    };
    decode_checked(&text)
        .map(Some)
        .map_err(|e| LoadError::from(e).with_file(path))
}

impl LoadError {
    fn with_file(self, path: &str) -> Self {
        match self {
            LoadError::Decode(d) => LoadError::Decode(format!("{path}: {d}")),
            LoadError::Schema(d) => LoadError::Schema(format!("{path}: {d}")),
            LoadError::Integrity(d) => LoadError::Integrity(format!("{path}: {d}")),
            other => other,
        }
    }
}

/// Where the last snapshot that loaded and checked out is kept, for when a later one fails.
const LAST_GOOD_CACHE: &str = "yrke-last-good";

/// The snapshot, and the reason when it is the last good copy instead of the current one.
pub async fn load_catalog() -> Result<(Catalog, Option<LoadError>), LoadError> {
    let path = format!("{SNAPSHOT_DIR}/{SNAPSHOT_FILE}");
    let fetched = fetch_text(&path).await;
    super::mark("snapshot-fetched");
    let current = match fetched {
        Ok(Some(text)) => decode_in_steps(&text)
            .await
            .map(|catalog| (catalog, text))
            .map_err(|e| LoadError::from(e).with_file(&path)),
        Ok(None) => Err(LoadError::Http(404)),
        Err(error) => Err(error),
    };
    match current {
        Ok((catalog, text)) => {
            // Kept a little later, so the first page does not wait for a 700 KB cache write.
            let version = catalog.snapshot().data_version.clone();
            leptos::prelude::set_timeout(
                move || {
                    wasm_bindgen_futures::spawn_local(async move {
                        last_good::store(&path, &text, &version).await
                    })
                },
                std::time::Duration::from_millis(1500),
            );
            Ok((catalog, None))
        }
        Err(error) => match last_good::load(&path).await {
            Some(text) => match Catalog::from_json(&text) {
                Ok(catalog) => Ok((catalog, Some(error))),
                Err(_) => Err(error),
            },
            None => Err(error),
        },
    }
}

/// A copy of the last good snapshot in the browser's Cache Storage (kept apart from the
/// service worker's caches, which it replaces with each version).
mod last_good {
    use super::LAST_GOOD_CACHE;
    use crate::app::data::local_storage;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    async fn cache() -> Option<web_sys::Cache> {
        // Cache Storage exists only in secure contexts (https, localhost).
        let window = web_sys::window()?;
        let caches: web_sys::CacheStorage =
            web_sys::js_sys::Reflect::get(&window, &"caches".into())
                .ok()?
                .dyn_into()
                .ok()?;
        JsFuture::from(caches.open(LAST_GOOD_CACHE))
            .await
            .ok()?
            .dyn_into()
            .ok()
    }

    /// The data version of the stored copy, kept beside it so an unchanged snapshot is not
    /// written again on every visit.
    const VERSION_KEY: &str = "yrkesutforskeren.sist-gode-dataversjon";

    pub async fn store(path: &str, text: &str, version: &str) {
        let Some(cache) = cache().await else {
            return;
        };
        let stored_version = local_storage().and_then(|s| s.get_item(VERSION_KEY).ok().flatten());
        let present = JsFuture::from(cache.match_with_str(path))
            .await
            .is_ok_and(|r| r.is_object());
        if present && stored_version.as_deref() == Some(version) {
            return;
        }
        if let Ok(response) = web_sys::Response::new_with_opt_str(Some(text)) {
            if JsFuture::from(cache.put_with_str(path, &response))
                .await
                .is_ok()
            {
                if let Some(storage) = local_storage() {
                    let _ = storage.set_item(VERSION_KEY, version);
                }
            }
        }
    }

    pub async fn load(path: &str) -> Option<String> {
        let cache = cache().await?;
        let response: web_sys::Response = JsFuture::from(cache.match_with_str(path))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }
}

/// A page's slice of the snapshot: the head all sliced pages share and the page's own part,
/// fetched at once, checked and joined. There is no last good copy of a slice: when it cannot
/// be had the page is rendered anew from the whole snapshot.
async fn load_slice(page: &SlicedPage) -> Result<Catalog, LoadError> {
    let head_path = format!("{SNAPSHOT_DIR}/{HEAD_FILE}");
    let page_path = format!("{SNAPSHOT_DIR}/{}", page.file());
    let (head, page) = futures::join!(fetch_text(&head_path), fetch_text(&page_path));
    let head = head?.ok_or(LoadError::Http(404))?;
    let page = page?.ok_or(LoadError::Http(404))?;
    super::mark("snapshot-fetched");
    // Read as snapshot.json is, all steps at once (the files are small): one decoder in the wasm.
    let read = |text: &str, path: &str| {
        SnapshotSteps::start(text)
            .and_then(SnapshotSteps::finish)
            .map_err(|e| LoadError::from(e).with_file(path))
    };
    let head = read(&head, &head_path)?;
    let page = read(&page, &page_path)?;
    let snapshot = join(head, page).map_err(|e| LoadError::Schema(format!("{page_path}: {e}")))?;
    let catalog = Catalog::new(snapshot).map_err(|e| LoadError::from(e).with_file(&page_path))?;
    super::mark("snapshot-decoded");
    Ok(catalog)
}

/// The snapshot checked, decoded a part at a time and indexed, each in a task of its own, so
/// none blocks the page for long.
async fn decode_in_steps(text: &str) -> Result<Catalog, CatalogError> {
    let mut steps = SnapshotSteps::start(text)?;
    next_task().await;
    while steps.step()? {
        next_task().await;
    }
    let snapshot = steps.finish()?;
    next_task().await;
    let catalog = Catalog::new(snapshot);
    next_task().await;
    catalog
}

/// Resolves in a later task of the browser's event loop, so it can paint and handle input in
/// between long steps.
pub async fn next_task() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long one task runs steps of a long piece of work ([`in_short_tasks`]).
const TASK_BUDGET_MS: f64 = 25.0;

/// Runs `step` (`Ok(true)` while steps are left) as many times as fit in about
/// [`TASK_BUDGET_MS`] per task, each batch in a task of its own, so a slow laptop takes input
/// and paints between them; the first batch waits for the next task.
pub async fn in_short_tasks<E>(mut step: impl FnMut() -> Result<bool, E>) -> Result<(), E> {
    let performance = web_sys::window().and_then(|w| w.performance());
    loop {
        next_task().await;
        let start = performance.as_ref().map_or(0.0, |p| p.now());
        loop {
            if !step()? {
                return Ok(());
            }
            let elapsed = performance
                .as_ref()
                .map_or(f64::INFINITY, |p| p.now() - start);
            if elapsed >= TASK_BUDGET_MS {
                break;
            }
        }
    }
}

/// Where one occupation's texts are; `None` for a slug ours never take.
fn detail_path(slug: &str) -> Option<String> {
    // Slugs come from the URL: only characters our slugs use may reach the request path.
    let valid = !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| format!("{SNAPSHOT_DIR}/{}", detail_file(slug)))
}

/// The texts of one occupation; `Ok(None)` when the snapshot has none for this slug.
pub async fn load_detail(slug: &str) -> Result<Option<OccupationDetail>, LoadError> {
    match detail_path(slug) {
        Some(path) => fetch_checked(&path).await,
        None => Ok(None),
    }
}

/// The full-text index (`fulltext.json`), decoded by the search `engine` a part per task and
/// added to the catalog's search; it must belong to the catalog's snapshot.
pub async fn load_full_text(catalog: &Catalog, engine: &dyn SearchEngine) -> Result<(), LoadError> {
    let path = format!("{SNAPSHOT_DIR}/{FULL_TEXT_FILE}");
    let text = fetch_text(&path).await?.ok_or(LoadError::Http(404))?;
    let failed = |error: FullTextError| {
        match error {
            FullTextError::Unsealed(error) => LoadError::from(error),
            other => LoadError::Schema(other.to_string()),
        }
        .with_file(&path)
    };
    let snapshot = catalog.snapshot();
    let mut steps =
        engine.full_text_steps(&text, &snapshot.data_version, snapshot.occupations.len());
    in_short_tasks(|| steps.step()).await.map_err(failed)?;
    catalog.attach_full_text_index(steps.finish().map_err(failed)?);
    Ok(())
}

/// What only search reads (`search.json`: NAV's job titles, the intros), added to the
/// catalog's search.
pub async fn load_search_data(catalog: &Catalog) -> Result<(), LoadError> {
    let data = load_versioned::<SearchData>(&catalog.snapshot().data_version).await?;
    catalog
        .attach_search_data(data)
        .map_err(|e| LoadError::Schema(format!("{}: {e}", versioned_path::<SearchData>())))
}

/// A snapshot file that must carry the snapshot's data version: where it is, how it is
/// decoded, and how its decoded form is checked and made ready for the views.
pub trait VersionedFile: Sized {
    type Data: DeserializeOwned;
    const FILE: &'static str;
    fn data_version(data: &Self::Data) -> &str;
    fn ready(data: Self::Data) -> Self;
    /// The file's JSON decoded (unchecked).
    fn decode(text: &str) -> Decoding<'_, Self::Data> {
        Box::pin(async move { decode_json(text) })
    }
    /// Called as the file is requested: what decoding it needs may be fetched meanwhile.
    fn prefetch() {}
}

/// JSON decoded, unchecked; what every versioned file's decoding comes down to.
pub fn decode_json<T: DeserializeOwned>(text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| CatalogError::Decode(e.to_string()).into())
}

/// A file's decoding, which may first fetch its decoder (a wasm chunk).
pub type Decoding<'a, T> = Pin<Box<dyn Future<Output = Result<T, LoadError>> + 'a>>;

/// Implements [`VersionedFile`]: `Ready: Data = FILE, how Ready is made from Data;`, and for a
/// file only chunked pages read, `…, decoded by DECODE in a chunk fetched by PREFETCH;`
/// (see [`page_chunks`]).
macro_rules! versioned_files {
    ($($ready:ty: $data:ty = $file:expr, $make:expr $(, decoded by $decode:path, $prefetch:path)?;)*) => {$(
        impl VersionedFile for $ready {
            type Data = $data;
            const FILE: &'static str = $file;
            fn data_version(data: &$data) -> &str {
                &data.data_version
            }
            fn ready(data: $data) -> Self {
                $make(data)
            }
            $(
                fn decode(text: &str) -> Decoding<'_, $data> {
                    Box::pin($decode(text))
                }
                fn prefetch() {
                    $prefetch()
                }
            )?
        }
    )*};
}

versioned_files! {
    Places: RegionData = REGIONS_FILE, Places::new,
        decoded by page_chunks::decode_region_data, page_chunks::fetch_region_data;
    Schools: SchoolData = SCHOOLS_FILE, Schools::new;
    Studies: StudyData = STUDIES_FILE, Studies::new;
    StudyHistoryData: StudyHistoryData = STUDY_HISTORY_FILE, std::convert::identity,
        decoded by page_chunks::decode_study_history, page_chunks::fetch_study_history;
    SearchData: SearchData = SEARCH_FILE, std::convert::identity,
        decoded by page_chunks::decode_search_data, page_chunks::fetch_search_data;
}

fn versioned_path<F: VersionedFile>() -> String {
    format!("{SNAPSHOT_DIR}/{}", F::FILE)
}

/// A versioned file's text; a missing file is an error.
async fn fetch_versioned_text<F: VersionedFile>() -> Result<String, LoadError> {
    F::prefetch();
    fetch_file(F::FILE).await
}

/// The text of `file` in the snapshot folder (a whole file, or a page's own share of one); a
/// missing file is an error.
async fn fetch_file(file: &str) -> Result<String, LoadError> {
    fetch_text(&format!("{SNAPSHOT_DIR}/{file}"))
        .await?
        .ok_or(LoadError::Http(404))
}

/// A versioned file's text checked, decoded, compared with the snapshot's version and made
/// ready, each step in a task of its own: `regions.json` is 1.4 MB of JSON, and its hash,
/// decoding and indexing in one task would keep a slow laptop from answering for long.
async fn decode_versioned<F: VersionedFile>(
    text: &str,
    data_version: &str,
    file: &str,
) -> Result<F, LoadError> {
    let path = format!("{SNAPSHOT_DIR}/{file}");
    let failed = |e: CatalogError| LoadError::from(e).with_file(&path);
    check_sealed(text).map_err(failed)?;
    next_task().await;
    let data = F::decode(text).await.map_err(|e| e.with_file(&path))?;
    let found = F::data_version(&data);
    if found != data_version {
        return Err(LoadError::Schema(format!(
            "{path}: data version {found} does not match snapshot {data_version}"
        )));
    }
    next_task().await;
    let ready = F::ready(data);
    next_task().await;
    Ok(ready)
}

/// A versioned file (region data, schools, studies, study history) fetched and checked to
/// belong to the snapshot the app runs with.
pub async fn load_versioned<F: VersionedFile>(data_version: &str) -> Result<F, LoadError> {
    decode_versioned(&fetch_versioned_text::<F>().await?, data_version, F::FILE).await
}

/// Everything a prerendered page's first render reads. Every file is requested at once; the
/// others are decoded after the snapshot (they must carry its version), each in a task of its
/// own.
pub async fn load_page(files: &PageFiles) -> Result<PageData, LoadError> {
    /// The file's path (`file`) when the page reads it; its decoder is asked for as the file
    /// is requested.
    fn wanted<F: VersionedFile>(read: bool, file: String) -> Option<String> {
        read.then(|| {
            F::prefetch();
            file
        })
    }
    /// The file's path and text, when the page reads one.
    async fn text_if(file: Option<String>) -> Result<Option<(String, String)>, LoadError> {
        let Some(file) = file else {
            return Ok(None);
        };
        let text = fetch_file(&file).await?;
        Ok(Some((file, text)))
    }
    let detail_texts = futures::future::try_join_all(files.details.iter().map(|slug| async move {
        let text = match detail_path(slug) {
            Some(path) => fetch_text(&path).await?.map(|text| (path, text)),
            None => None,
        };
        Ok::<_, LoadError>((slug.clone(), text))
    }));
    let other_texts = async {
        futures::try_join!(
            text_if(wanted::<Places>(
                files.places,
                files.path_of(OwnFile::Regions)
            )),
            text_if(wanted::<Schools>(
                files.schools,
                files.path_of(OwnFile::Schools)
            )),
            text_if(wanted::<Studies>(
                files.studies,
                files.path_of(OwnFile::Studies)
            )),
            text_if(wanted::<StudyHistoryData>(
                files.study_history,
                StudyHistoryData::FILE.into()
            )),
            detail_texts,
        )
    };
    let catalog = async {
        match &files.slice {
            Some(page) => load_slice(page)
                .await
                .map(|catalog| (catalog, None, Some(routes::sliced(page)))),
            None => load_catalog()
                .await
                .map(|(catalog, stale)| (catalog, stale, None)),
        }
    };
    let (catalog, other_texts) = futures::join!(catalog, other_texts);
    let (catalog, stale, slice_for) = catalog?;
    let (places, schools, studies, study_history, detail_texts) = other_texts?;
    super::mark("page-files-fetched");

    let version = catalog.snapshot().data_version.clone();
    async fn decoded<F: VersionedFile>(
        text: Option<(String, String)>,
        version: &str,
    ) -> Result<Option<Arc<F>>, LoadError> {
        let Some((file, text)) = text else {
            return Ok(None);
        };
        let value = decode_versioned::<F>(&text, version, &file).await?;
        Ok(Some(Arc::new(value)))
    }
    let places = decoded::<Places>(places, &version).await?;
    let schools = decoded::<Schools>(schools, &version).await?;
    let studies = decoded::<Studies>(studies, &version).await?;
    let study_history = decoded::<StudyHistoryData>(study_history, &version).await?;
    let mut details = Vec::with_capacity(detail_texts.len());
    for (slug, text) in detail_texts {
        let detail = match text {
            Some((path, text)) => Some(
                decode_checked::<OccupationDetail>(&text)
                    .map_err(|e| LoadError::from(e).with_file(&path))?,
            ),
            None => None,
        };
        details.push((slug, Ok(detail.map(Arc::new))));
    }
    super::mark("page-files-loaded");
    Ok(PageData {
        catalog: Arc::new(catalog),
        slice_for,
        own_files: files.slice.as_ref().map_or(&[], SlicedPage::own_files),
        stale,
        places,
        schools,
        studies,
        study_history,
        details,
    })
}
