//! Every page in a wasm chunk of its own that the browser fetches when the page opens, so a
//! visit downloads the main wasm (the router, the frame, the data layer and what pages share)
//! and the code of the pages it shows. The pages readers land on, the list (`/`) and an
//! occupation, keep in the main wasm whatever they share with other chunks
//! (`scripts/split-wasm.sh`), so each needs its own chunk and nothing more. What an occupation
//! page shows for a chosen county or municipality is a chunk too ([`region_results`]), and so
//! is the search engine ([`search_engine`]).
//!
//! With the feature `page-chunks` (the browser build) every page below is a `wasm_split`
//! split point; `scripts/split-wasm.sh` (Trunk's post-build hook) cuts the chunks out of the
//! wasm. Without it (the prerenderer, the component tests) the same functions render at once.
//! The start-up loads the chunk of the page it opens before it renders ([`preload`]), so a
//! prerendered page is taken over exactly as rendered; a page opened by a link shows a
//! loading line until its chunk is in, and a chunk that fails to load an error with a retry.

use crate::app::components::status::{LoadFailed, Loading};
use crate::app::components::where_in_country::{self, RegionResults};
use crate::app::data::fetch::{decode_json, LoadError};
use crate::app::pages;
use crate::app::strings;
use crate::core::model::{RegionData, SearchData, StudyHistoryData};
use crate::core::search::{Engine, SearchEngine};
use futures::FutureExt;
use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// Declares one page's loader (`$load`, rendering `$page` once chunk `$chunk` is in) and the
/// preload of that chunk (`$preload`).
macro_rules! page_chunks {
    ($($load:ident, $preload:ident in $chunk:ident: $page:path;)*) => {$(
        #[cfg(feature = "page-chunks")]
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            preload($preload),
            fallible
        )]
        pub fn $load() -> Result<AnyView, SplitLoaderError> {
            Ok(view! { <$page/> }.into_any())
        }

        #[cfg(not(feature = "page-chunks"))]
        pub async fn $load() -> Result<AnyView, SplitLoaderError> {
            Ok(view! { <$page/> }.into_any())
        }

        #[cfg(not(feature = "page-chunks"))]
        async fn $preload() -> Result<(), SplitLoaderError> {
            Ok(())
        }
    )*};
}

page_chunks! {
    occupation, preload_occupation in occupation: pages::occupation::OccupationPage;
    explorer, preload_explorer in explorer: pages::explorer::ExplorerPage;
    styrk_index, preload_styrk_index in styrk: pages::styrk::StyrkIndexPage;
    styrk_code, preload_styrk_code in styrk: pages::styrk::StyrkCodePage;
    compare, preload_compare in compare: pages::compare::ComparePage;
    counties, preload_counties in counties: pages::counties::CountiesPage;
    county, preload_county in county: pages::county::CountyPage;
    municipality, preload_municipality in county: pages::county::MunicipalityPage;
    employer, preload_employer in employer: pages::employer::EmployerPage;
    school, preload_school in school: pages::school::SchoolPage;
    study, preload_study in study: pages::study::StudyPage;
    vgs_index, preload_vgs_index in vgs: pages::vgs::VgsIndexPage;
    vgs_programme, preload_vgs_programme in vgs: pages::vgs::VgsProgrammePage;
    interests, preload_interests in interests: pages::interests::InterestsPage;
    about, preload_about in about: pages::about::AboutPage;
    embed_occupation, preload_embed_occupation in embed: pages::embed::EmbedOccupationPage;
    embed_search, preload_embed_search in embed: pages::embed::EmbedSearchPage;
    embed_interests, preload_embed_interests in embed: pages::embed::EmbedInterestsPage;
}

/// An occupation in the county or municipality a reader chose on its page: shown only after
/// that choice (never prerendered), so fetched then.
#[cfg(feature = "page-chunks")]
#[leptos::wasm_split::wasm_split(
    region_results,
    wasm_split_path = ::leptos::wasm_split,
    preload(preload_region_results),
    fallible
)]
pub fn region_results(place: RegionResults) -> Result<AnyView, SplitLoaderError> {
    Ok(where_in_country::results(place))
}

#[cfg(not(feature = "page-chunks"))]
pub async fn region_results(place: RegionResults) -> Result<AnyView, SplitLoaderError> {
    Ok(where_in_country::results(place))
}

/// The search engine (building the name index, ranking answers), in a chunk fetched when a
/// page first wants search, beside `search.json`: pages read without searching never load it.
#[cfg(feature = "page-chunks")]
#[leptos::wasm_split::wasm_split(
    search_engine,
    wasm_split_path = ::leptos::wasm_split,
    preload(preload_search_engine),
    fallible
)]
pub fn search_engine() -> Result<&'static dyn SearchEngine, SplitLoaderError> {
    Ok(&Engine)
}

#[cfg(not(feature = "page-chunks"))]
pub async fn search_engine() -> Result<&'static dyn SearchEngine, SplitLoaderError> {
    Ok(&Engine)
}

/// Starts fetching the chunk of [`region_results`] while the reader is about to choose a
/// place (and the region data loads), so the results need not wait for it afterwards.
pub fn fetch_region_results() {
    #[cfg(feature = "page-chunks")]
    fetch_ahead(preload_region_results());
}

/// Starts fetching the occupation page's chunk while a list of occupations is on screen: the
/// reader will likely open one, and on a phone no pointer rests on the link first.
pub fn fetch_occupation_page() {
    #[cfg(feature = "page-chunks")]
    fetch_ahead(preload_occupation());
}

/// Fetches a chunk in the background, for one of its functions called soon after. A failure
/// is left to that call, which fetches again and shows the error.
#[cfg(feature = "page-chunks")]
fn fetch_ahead(preload: impl Future<Output = Result<(), SplitLoaderError>> + 'static) {
    wasm_bindgen_futures::spawn_local(async {
        let _ = preload.await;
    });
}

/// Decoders of the files only chunked pages read, in chunks of their own: `regions.json`
/// (county, municipality and employer pages, a county chosen on an occupation page) and
/// `study_history.json` (a study's page); `search.json`'s is in the search engine's chunk.
/// Their `fetch_*` start fetching the chunk as the file is requested, so the two arrive side
/// by side. (The decoders of `schools.json` and
/// `studies.json` stay in the main wasm: as chunks they made the school and programme pages'
/// Lighthouse TBT 15–60 ms worse.)
macro_rules! decoder_chunks {
    ($($decode:ident, $fetch:ident, $preload:ident in $chunk:ident: $data:ty;)*) => {$(
        #[cfg(feature = "page-chunks")]
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            preload($preload),
            fallible
        )]
        pub fn $decode(text: &str) -> Result<$data, LoadError> {
            decode_json(text)
        }

        #[cfg(not(feature = "page-chunks"))]
        pub async fn $decode(text: &str) -> Result<$data, LoadError> {
            decode_json(text)
        }

        pub fn $fetch() {
            #[cfg(feature = "page-chunks")]
            fetch_ahead($preload());
        }
    )*};
}

decoder_chunks! {
    decode_region_data, fetch_region_data, preload_region_data in region_data: RegionData;
    decode_study_history, fetch_study_history, preload_study_history in study_history: StudyHistoryData;
    decode_search_data, fetch_search_data, preload_search_data in search_engine: SearchData;
}

impl From<SplitLoaderError> for LoadError {
    fn from(_: SplitLoaderError) -> Self {
        chunk_error()
    }
}

/// The pages whose chunk the start-up loads first, one per route of [`crate::app::Site`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkedPage {
    Explorer,
    Occupation,
    Compare,
    Counties,
    County,
    Municipality,
    Employer,
    School,
    Study,
    VgsIndex,
    VgsProgramme,
    StyrkIndex,
    StyrkCode,
    Interests,
    About,
    EmbedOccupation,
    EmbedSearch,
    EmbedInterests,
}

impl ChunkedPage {
    /// The page at an app path ("/fylke/46"); nothing for an address no route serves.
    pub fn at(path: &str) -> Option<ChunkedPage> {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        Some(match segments.as_slice() {
            [] => ChunkedPage::Explorer,
            ["yrke", _] => ChunkedPage::Occupation,
            ["sammenlign"] => ChunkedPage::Compare,
            ["fylke"] => ChunkedPage::Counties,
            ["fylke", _] => ChunkedPage::County,
            ["kommune", _] => ChunkedPage::Municipality,
            ["arbeidsgiver", _] => ChunkedPage::Employer,
            ["skole", _] => ChunkedPage::School,
            ["studie", _] => ChunkedPage::Study,
            ["vgs"] => ChunkedPage::VgsIndex,
            ["vgs", _] => ChunkedPage::VgsProgramme,
            ["styrk"] => ChunkedPage::StyrkIndex,
            ["styrk", _] => ChunkedPage::StyrkCode,
            ["interesser"] => ChunkedPage::Interests,
            ["om"] => ChunkedPage::About,
            ["embed", "yrke", _] => ChunkedPage::EmbedOccupation,
            ["embed", "sok"] => ChunkedPage::EmbedSearch,
            ["embed", "interesser"] => ChunkedPage::EmbedInterests,
            _ => return None,
        })
    }

    /// The name of the page's chunk, as `scripts/split-wasm.sh` writes it into the chunk's file
    /// name (`wasm-split-<name>-<hash>.wasm`).
    pub fn chunk(self) -> &'static str {
        match self {
            ChunkedPage::Explorer => "explorer",
            ChunkedPage::Occupation => "occupation",
            ChunkedPage::Compare => "compare",
            ChunkedPage::Counties => "counties",
            ChunkedPage::County | ChunkedPage::Municipality => "county",
            ChunkedPage::Employer => "employer",
            ChunkedPage::School => "school",
            ChunkedPage::Study => "study",
            ChunkedPage::VgsIndex | ChunkedPage::VgsProgramme => "vgs",
            ChunkedPage::StyrkIndex | ChunkedPage::StyrkCode => "styrk",
            ChunkedPage::Interests => "interests",
            ChunkedPage::About => "about",
            ChunkedPage::EmbedOccupation
            | ChunkedPage::EmbedSearch
            | ChunkedPage::EmbedInterests => "embed",
        }
    }
}

/// The chunk the page at an app path renders from, fetched; nothing for an address no route
/// serves (its page, "not found", is in the main wasm).
pub async fn preload(path: &str) -> Result<(), LoadError> {
    let Some(page) = ChunkedPage::at(path) else {
        return Ok(());
    };
    preload_page(page).await.map_err(|_| chunk_error())
}

async fn preload_page(page: ChunkedPage) -> Result<(), SplitLoaderError> {
    match page {
        ChunkedPage::Explorer => preload_explorer().await,
        ChunkedPage::Occupation => preload_occupation().await,
        ChunkedPage::Compare => preload_compare().await,
        ChunkedPage::Counties => preload_counties().await,
        ChunkedPage::County => preload_county().await,
        ChunkedPage::Municipality => preload_municipality().await,
        ChunkedPage::Employer => preload_employer().await,
        ChunkedPage::School => preload_school().await,
        ChunkedPage::Study => preload_study().await,
        ChunkedPage::VgsIndex => preload_vgs_index().await,
        ChunkedPage::VgsProgramme => preload_vgs_programme().await,
        ChunkedPage::StyrkIndex => preload_styrk_index().await,
        ChunkedPage::StyrkCode => preload_styrk_code().await,
        ChunkedPage::Interests => preload_interests().await,
        ChunkedPage::About => preload_about().await,
        ChunkedPage::EmbedOccupation => preload_embed_occupation().await,
        ChunkedPage::EmbedSearch => preload_embed_search().await,
        ChunkedPage::EmbedInterests => preload_embed_interests().await,
    }
}

/// Fetches the chunk of the page a link on this site leads to as soon as the reader points at
/// the link or moves focus to it, so following it need not wait for the chunk. Each chunk is
/// asked for once (a failed fetch is left to the page, which fetches again and shows the error).
pub fn fetch_ahead_on_intent(document: &web_sys::Document) {
    #[cfg(feature = "page-chunks")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let asked = RefCell::new(Vec::<ChunkedPage>::new());
        let on_intent = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let Some(page) = linked_page(&event) else {
                return;
            };
            if asked.borrow().contains(&page) {
                return;
            }
            asked.borrow_mut().push(page);
            fetch_ahead(preload_page(page));
        });
        for kind in ["pointerover", "focusin"] {
            let _ =
                document.add_event_listener_with_callback(kind, on_intent.as_ref().unchecked_ref());
        }
        // Listens as long as the page lives.
        on_intent.forget();
    }
    #[cfg(not(feature = "page-chunks"))]
    let _ = document;
}

/// The page of this site that the link an event happened in leads to.
#[cfg(feature = "page-chunks")]
fn linked_page(event: &web_sys::Event) -> Option<ChunkedPage> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let here = web_sys::window()?.location().origin().ok()?;
    if link.origin() != here {
        return None;
    }
    let (_, path) = crate::app::paths::split_address(&link.pathname());
    ChunkedPage::at(&path)
}

fn chunk_error() -> LoadError {
    LoadError::Network("a part of the app (a wasm chunk) could not be loaded".to_string())
}

#[derive(Clone, Copy, PartialEq)]
enum Chunk {
    Loading,
    Failed,
    Ready,
}

/// The page (or part) `load` renders: at once when its chunk is in, else a loading line until
/// it is, or the error with a retry.
pub fn lazy<L, F>(load: L) -> AnyView
where
    L: Fn() -> F + Clone + Send + Sync + 'static,
    F: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    let mut first = Box::pin(load());
    let first = match (&mut first).now_or_never() {
        Some(Ok(view)) => return view,
        Some(Err(_)) => None,
        None => Some(first),
    };
    let state = RwSignal::new(Chunk::Loading);
    let page: SendWrapper<Rc<RefCell<Option<AnyView>>>> =
        SendWrapper::new(Rc::new(RefCell::new(None)));
    // The loads belong to the page: a retry (clicked inside the error, which the loading line
    // then replaces) is not cancelled with the error, but with the page.
    let owner = Owner::current().unwrap_or_default();
    let fill = {
        let page = page.clone();
        move |pending: Pin<Box<F>>| {
            let page = page.clone();
            // Cancelled when the reader leaves the page before its chunk is in.
            owner.with(|| {
                leptos::task::spawn_local_scoped_with_cancellation(async move {
                    let loaded = match pending.await {
                        Ok(view) => {
                            *page.borrow_mut() = Some(view);
                            Chunk::Ready
                        }
                        Err(_) => Chunk::Failed,
                    };
                    let _ = state.try_set(loaded);
                })
            });
        }
    };
    match first {
        Some(pending) => fill.clone()(pending),
        None => state.set(Chunk::Failed),
    }
    let retry = SendWrapper::new(fill);
    let on_retry = Callback::new(move |_| {
        state.set(Chunk::Loading);
        retry.clone()(Box::pin(load()));
    });
    (move || match state.get() {
        Chunk::Loading => view! { <Loading label=strings::loading()/> }.into_any(),
        Chunk::Failed => view! { <LoadFailed error=chunk_error() on_retry=on_retry/> }.into_any(),
        Chunk::Ready => page.borrow_mut().take().unwrap_or_else(|| ().into_any()),
    })
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_up_loads_the_chunk_of_the_page_it_opens_and_none_for_an_unknown_address() {
        let chunked = [
            ("/", ChunkedPage::Explorer),
            ("", ChunkedPage::Explorer),
            ("/yrke/kokk", ChunkedPage::Occupation),
            ("/fylke", ChunkedPage::Counties),
            ("/fylke/46", ChunkedPage::County),
            ("/vgs/", ChunkedPage::VgsIndex),
            ("/vgs/ELELE1----", ChunkedPage::VgsProgramme),
            ("/skole/999546560", ChunkedPage::School),
            ("/styrk", ChunkedPage::StyrkIndex),
            ("/styrk/2511", ChunkedPage::StyrkCode),
            ("/embed/yrke/kokk", ChunkedPage::EmbedOccupation),
            ("/embed/interesser", ChunkedPage::EmbedInterests),
        ];
        for (path, page) in chunked {
            assert_eq!(ChunkedPage::at(path), Some(page), "{path}");
        }
        let unknown = ["/finnes-ikke", "/fylke/46/x", "/yrke", "/yrke/kokk/x"];
        for path in unknown {
            assert_eq!(ChunkedPage::at(path), None, "{path}");
        }
    }
}
