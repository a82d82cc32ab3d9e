//! Hooks for `make bench` (tests/e2e/bench.mjs): the app's own search engine, called from
//! JavaScript in the same page as MiniSearch so both are timed alike. Not used by the UI.

use crate::core::catalog::Catalog;
use crate::core::search::SearchIndex;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static CATALOG: RefCell<Option<Catalog>> = const { RefCell::new(None) };
}

/// Parses a snapshot and keeps it for the calls below; returns the number of occupations.
#[wasm_bindgen]
pub fn bench_load(snapshot_json: &str) -> Result<usize, JsValue> {
    let catalog =
        Catalog::from_json(snapshot_json).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let count = catalog.occupations().len();
    CATALOG.with(|cell| *cell.borrow_mut() = Some(catalog));
    Ok(count)
}

/// Builds the search index again (what the app does once per load); returns its word count.
#[wasm_bindgen]
pub fn bench_build_index() -> usize {
    CATALOG.with(|cell| {
        cell.borrow().as_ref().map_or(0, |catalog| {
            let order: Vec<usize> = (0..catalog.occupations().len())
                .map(|i| catalog.alphabetical_rank(i))
                .collect();
            SearchIndex::build(catalog.occupations(), |c| catalog.code(c), &order).word_count()
        })
    })
}

/// Slugs of the best `limit` hits for a query.
#[wasm_bindgen]
pub fn bench_search(query: &str, limit: usize) -> Vec<String> {
    CATALOG.with(|cell| {
        cell.borrow().as_ref().map_or_else(Vec::new, |catalog| {
            catalog
                .search_index()
                .search(query)
                .into_iter()
                .take(limit)
                .map(|hit| catalog.occupations()[hit.position].slug.clone())
                .collect()
        })
    })
}
