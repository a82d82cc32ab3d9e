//! How the app starts in the browser. The page arrives as prerendered HTML (or the frame from
//! `shell.html`) inside `#app`.
//!
//! - A prerendered page at its own address, without a query ([`takeover`]): the app fetches
//!   the files the page was rendered from, then takes the page over (Leptos hydration): the
//!   nodes on screen stay and become live, nothing is rendered twice.
//! - Any other address (a query, the frame, a page from another build, data that failed to
//!   load) ([`twin`]): the app renders the address into a hidden twin and swaps it in.
//!
//! Either way what the reader did in the page's forms before it went live carries over
//! ([`form_state`]), and `<html data-app="ready">` marks the page live.

mod form_state;
mod takeover;
mod twin;

use web_sys::Document;

/// Set on `<html>` once the app runs the page (`data-app="ready"`); tests wait for it.
const READY_ATTRIBUTE: &str = "data-app";

pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // A reader who chose nynorsk or English gets the page in that language.
    if let Some(address) = yrkesutforskeren::app::language::remembered_address() {
        if window.location().replace(&address).is_ok() {
            return;
        }
    }
    let Some(document) = window.document() else {
        return;
    };
    // A page renders only once what it is rendered from is in: its fixed texts (a page in
    // nynorsk or English) and its wasm chunk (a page outside the main wasm).
    let path = window.location().pathname().unwrap_or_default();
    let (lang, path) = yrkesutforskeren::app::paths::split_address(&path);
    wasm_bindgen_futures::spawn_local(async move {
        let texts = async {
            #[cfg(feature = "texts-file")]
            if yrkesutforskeren::app::strings::fixed::file_name(lang).is_some() {
                return yrkesutforskeren::app::data::fetch::load_texts(lang).await;
            }
            let _ = lang;
            Ok(())
        };
        let chunk = yrkesutforskeren::app::page_chunks::preload(&path);
        match futures::future::join(texts, chunk).await {
            (Ok(()), Ok(())) => run(document),
            (Err(error), _) | (_, Err(error)) => start_failed(&error.detail()),
        }
    });
}

/// Takes the prerendered page over, or renders the address into a twin.
fn run(document: Document) {
    yrkesutforskeren::app::page_chunks::fetch_ahead_on_intent(&document);
    let Some(prerendered) = document.get_element_by_id("app") else {
        leptos::mount::mount_to_body(yrkesutforskeren::app::App);
        mark_ready(&document);
        return;
    };
    match takeover::rendered_from(&prerendered) {
        Some(rendered) => takeover::take_over(document, prerendered, rendered),
        None => twin::start(document, prerendered),
    }
}

/// The app cannot run the page: `start.js` shows the page as it is with its note that the
/// app could not start (`window.yrkeStartFailed`), as when the app itself fails to load.
fn start_failed(detail: &str) {
    use wasm_bindgen::JsCast;
    use web_sys::js_sys::{Function, Reflect};
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(show) = Reflect::get(&window, &"yrkeStartFailed".into()) {
        if let Some(show) = show.dyn_ref::<Function>() {
            let _ = show.call1(&window, &detail.into());
        }
    }
}

/// Marks the page as run by the app; what `start.js` hid until then (the parts the address's
/// query decides, the frame around an embed) is the live page's now.
fn mark_ready(document: &Document) {
    yrkesutforskeren::app::data::mark("live");
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute(READY_ATTRIBUTE, "ready");
        let _ = root.remove_attribute("data-query");
        let _ = root.remove_attribute("data-embed");
        let _ = root.remove_attribute("data-typing");
    }
}
