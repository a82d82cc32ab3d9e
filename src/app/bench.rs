//! Hooks for `make bench` (tests/e2e/bench.mjs): the app's own search engine, called from
//! JavaScript in the same page as MiniSearch so both are timed alike. Not used by the UI.

use crate::core::catalog::{decode_checked, Catalog};
use crate::core::fulltext::{FullTextFile, FullTextIndex};
use crate::core::model::SearchData;
use crate::core::search::Engine;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static CATALOG: RefCell<Option<Catalog>> = const { RefCell::new(None) };
}

/// Parses a snapshot and its `search.json` and keeps them for the calls below; returns the
/// number of occupations.
#[wasm_bindgen]
pub fn bench_load(snapshot_json: &str, search_data_json: &str) -> Result<usize, JsValue> {
    let error = |e: String| JsValue::from_str(&e);
    let catalog = Catalog::from_json(snapshot_json).map_err(|e| error(e.to_string()))?;
    // The chunked build attaches no engine on its own (the app fetches it from its chunk).
    catalog.attach_search_engine(&Engine);
    let search_data: SearchData =
        decode_checked(search_data_json).map_err(|e| error(e.to_string()))?;
    catalog
        .attach_search_data(search_data)
        .map_err(|e| error(e.to_string()))?;
    let count = catalog.occupations().len();
    CATALOG.with(|cell| *cell.borrow_mut() = Some(catalog));
    Ok(count)
}

/// Builds the search index again (what the app does once per load); returns its word count.
#[wasm_bindgen]
pub fn bench_build_index(search_data_json: &str) -> usize {
    let Ok(search_data) = decode_checked::<SearchData>(search_data_json) else {
        return 0;
    };
    CATALOG.with(|cell| {
        cell.borrow().as_ref().map_or(0, |catalog| {
            catalog
                .build_search_index(&Engine, Some(&search_data))
                .word_count()
        })
    })
}

/// Decodes and checks the full-text index (what the app does once, after the first list);
/// returns its term count. With `attach`, search uses it from then on.
#[wasm_bindgen]
pub fn bench_full_text(full_text_json: &str, attach: bool) -> Result<usize, JsValue> {
    let error = |e: String| JsValue::from_str(&e);
    let file: FullTextFile = decode_checked(full_text_json).map_err(|e| error(e.to_string()))?;
    CATALOG.with(|cell| {
        let cell = cell.borrow();
        let catalog = cell
            .as_ref()
            .ok_or_else(|| error("no snapshot loaded".into()))?;
        let snapshot = catalog.snapshot();
        if attach {
            catalog
                .attach_full_text(file)
                .map_err(|e| error(e.to_string()))?;
            return Ok(0);
        }
        FullTextIndex::from_file(file, &snapshot.data_version, snapshot.occupations.len())
            .map(|index| index.term_count())
            .map_err(|e| error(e.to_string()))
    })
}

/// About how many bytes the search indexes hold (names index, and the full text when
/// attached): an estimate from their sizes.
#[wasm_bindgen]
pub fn bench_index_bytes() -> usize {
    CATALOG.with(|cell| {
        cell.borrow()
            .as_ref()
            .map_or(0, |catalog| catalog.search_index_bytes())
    })
}

/// Slugs of the best `limit` hits for a query (names, and the texts once attached).
#[wasm_bindgen]
pub fn bench_search(query: &str, limit: usize) -> Vec<String> {
    CATALOG.with(|cell| {
        cell.borrow().as_ref().map_or_else(Vec::new, |catalog| {
            catalog
                .search(query)
                .map(|results| results.hits)
                .unwrap_or_default()
                .into_iter()
                .take(limit)
                .map(|hit| catalog.occupations()[hit.position].slug.clone())
                .collect()
        })
    })
}
