//! A prerendered page at its own address taken over (Leptos hydration): the files it was
//! rendered from are fetched, the app renders the page exactly as the prerenderer did (same
//! address, language and data, none of this browser's stored choices) onto the nodes already
//! on screen, and then the browser's own state arrives as ordinary updates.

use super::form_state::take_form_state;
use super::{mark_ready, twin};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};
use yrkesutforskeren::app::data::page_files::PageFiles;
use yrkesutforskeren::app::data::{fetch, mark, AppData};
use yrkesutforskeren::app::{language, paths, Site};

/// The files to fetch when the page in `#app` was prerendered for the address the browser
/// shows, without a query (the prerenderer renders none); `None` otherwise.
pub fn files_to_take_over(prerendered: &Element) -> Option<PageFiles> {
    let location = web_sys::window()?.location();
    if location.search().ok()?.len() > 1 {
        return None;
    }
    let (lang, path) = paths::split_address(&location.pathname().ok()?);
    if prerendered.get_attribute("data-page")? != lang.path(&path) {
        return None;
    }
    PageFiles::from_attribute(&prerendered.get_attribute("data-files")?)
}

/// Fetches the page's files, then takes the page over; if they cannot be had, the page is
/// rendered as any other address (with its error state, or the last good copy).
pub fn take_over(document: Document, prerendered: Element, files: PageFiles) {
    wasm_bindgen_futures::spawn_local(async move {
        match fetch::load_page(&files).await {
            Ok(page) => hydrate(&document, prerendered, page),
            Err(_) => twin::start(document, prerendered),
        }
    });
}

fn hydrate(document: &Document, prerendered: Element, page: yrkesutforskeren::app::data::PageData) {
    let typed = take_form_state(&prerendered);
    // start.js shows a note while the reader types before the app runs; the page as
    // rendered had it hidden.
    if let Ok(Some(note)) = prerendered.query_selector(".search-pending") {
        if let Ok(note) = note.dyn_into::<HtmlElement>() {
            note.set_hidden(true);
        }
    }
    let Ok(root) = prerendered.dyn_into::<HtmlElement>() else {
        return;
    };
    let data = std::rc::Rc::new(std::cell::Cell::new(None));
    let provided = data.clone();
    leptos::mount::hydrate_from(root.clone(), move || {
        language::start();
        provided.set(Some(AppData::provide_taking_over(page)));
        view! { <Site/> }
    })
    .forget();
    mark("hydrated");
    if let Some(data) = data.take() {
        data.go_live();
    }
    for entry in typed {
        entry.apply(&root);
    }
    mark_ready(document);
}
