//! A prerendered page at its own address taken over (Leptos hydration): the files it was
//! rendered from are fetched, the app renders the page exactly as the prerenderer did (same
//! address, language and data, none of this browser's stored choices) onto the nodes already
//! on screen, and then the browser's own state arrives as ordinary updates.

use super::form_state::take_form_state;
use super::{mark_ready, twin};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};
use yrkesutforskeren::app::components::later;
use yrkesutforskeren::app::data::page_files::PageFiles;
use yrkesutforskeren::app::data::{fetch, mark, AppData};
use yrkesutforskeren::app::{language, paths, Site};

/// What a page the browser may take over was rendered from: its files besides the snapshot,
/// and the content hashes of all it read.
pub struct Rendered {
    files: PageFiles,
    seals: String,
}

/// What the page in `#app` was rendered from, when it was prerendered for the address the
/// browser shows, without a query (the prerenderer renders none); `None` otherwise.
pub fn rendered_from(prerendered: &Element) -> Option<Rendered> {
    let location = web_sys::window()?.location();
    if location.search().ok()?.len() > 1 {
        return None;
    }
    let (lang, path) = paths::split_address(&location.pathname().ok()?);
    if prerendered.get_attribute("data-page")? != lang.path(&path) {
        return None;
    }
    Some(Rendered {
        files: PageFiles::from_attribute(&prerendered.get_attribute("data-files")?)?,
        seals: prerendered.get_attribute("data-seals")?,
    })
}

/// Fetches the page's files, then takes the page over; if they cannot be had, or hold other
/// data than the page was rendered from, the page is rendered as any other address (with its
/// error state, or the last good copy).
pub fn take_over(document: Document, prerendered: Element, rendered: Rendered) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut page = match fetch::load_page(&rendered.files).await {
            // A page rendered from other files (an old copy in a cache) is rendered anew.
            Ok(page) if page.seals() == rendered.seals => page,
            _ => return twin::start(document, prerendered),
        };
        let stale = page.stale.take();
        let typed = take_form_state(&prerendered);
        // The page's data, then the page, each in a task of its own.
        fetch::next_task().await;
        let data = AppData::for_taking_over(page);
        fetch::next_task().await;
        let Some(root) = hydrate(prerendered, data) else {
            return;
        };
        // The parts the page left for later (`components::later`), each in a task of its own.
        later::take_over_later_parts().await;
        // The views' effects run first (they sync from the address, which has no query), then
        // what the reader did before and this browser's state arrive as updates.
        // The page is marked live first, so start.js no longer answers the replayed typing
        // with its "results are coming" note.
        fetch::next_task().await;
        data.go_live(stale);
        mark_ready(&document);
        for entry in typed {
            entry.apply(&root);
        }
        reopen_folds(&root);
    });
}

/// Folds the reader opened before the app ran are told so now: a fold whose body is built as
/// it opens (`components::folded`) builds it.
fn reopen_folds(root: &HtmlElement) {
    let (Ok(open), Ok(toggle)) = (
        root.query_selector_all("details[open]"),
        web_sys::Event::new("toggle"),
    ) else {
        return;
    };
    for index in 0..open.length() {
        if let Some(details) = open.item(index) {
            let _ = details.dispatch_event(&toggle);
        }
    }
}

/// Renders the page onto the prerendered nodes with the state it was prerendered with.
fn hydrate(prerendered: Element, data: AppData) -> Option<HtmlElement> {
    // start.js shows a note while the reader types before the app runs; the page as
    // rendered had it hidden.
    if let Ok(Some(note)) = prerendered.query_selector(".search-pending") {
        if let Ok(note) = note.dyn_into::<HtmlElement>() {
            note.set_hidden(true);
        }
    }
    let root = prerendered.dyn_into::<HtmlElement>().ok()?;
    later::taking_over(|| {
        leptos::mount::hydrate_from(root.clone(), move || {
            language::start();
            data.provide_made();
            view! { <Site/> }
        })
        .forget()
    });
    mark("hydrated");
    Some(root)
}
