//! Property-based fuzzing (proptest): no input panics the snapshot decoder, the search path or
//! the parsing of route parameters. A panic in the browser would kill the app.
//! `make test` runs a short round (`PROPTEST_CASES`, default 256 per property); `make fuzz`
//! runs a long one. The properties on damaged snapshots, search and look-ups start from the
//! real snapshot (tests/real_data), so a bare `cargo test` lists them as ignored.

mod real_data;

use proptest::prelude::*;
use std::sync::OnceLock;
use yrkesutforskeren::core::catalog::{decode_checked, split_compare_list, Catalog};
use yrkesutforskeren::core::explore::{explore, Filters};
use yrkesutforskeren::core::integrity::{self, UNSEALED};
use yrkesutforskeren::core::model::{OccupationDetail, RegionData};
use yrkesutforskeren::core::{orgnr, search::highlight};

struct Files {
    snapshot: String,
    detail: String,
    catalog: &'static Catalog,
    details: &'static [OccupationDetail],
}

fn sealed<T: serde::Serialize>(value: &T) -> String {
    String::from_utf8(integrity::seal(serde_json::to_vec(value).unwrap()).unwrap()).unwrap()
}

/// The real snapshot as the app receives it (sealed text) and as it has loaded it.
fn files() -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| {
        let built = real_data::real_build();
        Files {
            snapshot: sealed(&built.snapshot),
            detail: sealed(&built.details[0]),
            catalog: real_data::real_catalog(),
            details: &built.details,
        }
    })
}

/// Replaces the stated hash so that a mutated file passes the hash check and reaches the
/// decoder and the catalog, the parts the hash cannot protect from a bad build.
fn reseal(text: &str) -> Option<String> {
    let start = integrity::PREFIX.len();
    let mut bytes = text.as_bytes().to_vec();
    if bytes.len() < start + 16 || !text.is_char_boundary(start + 16) {
        return None;
    }
    bytes[start..start + 16].copy_from_slice(UNSEALED.as_bytes());
    String::from_utf8(integrity::seal(bytes)?).ok()
}

fn mutate(text: &str, cut: usize, at: usize, byte: u8) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let at = at % bytes.len();
    bytes[at] = byte;
    bytes.truncate(cut % (bytes.len() + 1));
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A query key: mostly one the explorer reads (so values reach every parser), sometimes any.
fn route_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "q", "nav1", "nav2", "hovedgruppe", "lonn_min", "lonn_max", "utdanning", "program",
            "sorter", "svar", "typer", "vis",
        ])
        .prop_map(str::to_string),
        1 => "(?s).{0,12}",
    ]
}

/// A query value: sometimes one the explorer knows, mostly any text.
fn route_value() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => prop::sample::select(vec![
            "alle", "fagbrev", "lonn", "sysselsatte", "IT", "7", "60000", " 5 ", "kokk", "r,i",
        ])
        .prop_map(str::to_string),
        3 => "(?s).{0,40}",
    ]
}

proptest! {
    // PROPTEST_CASES sets the number of cases; failures are printed, not stored in files.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_decoder_survives_any_text(text in any::<String>()) {
        let _ = Catalog::from_json(&text);
        let _ = decode_checked::<RegionData>(&text);
        let _ = decode_checked::<OccupationDetail>(&text);
    }

    #[test]
    #[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
    fn the_decoder_survives_damaged_snapshots(
        cut in any::<usize>(),
        at in any::<usize>(),
        byte in prop::sample::select(b"{}[]\",:0123456789-.eE \\nultrfa\xc3\xa5".to_vec()),
        resealed in any::<bool>(),
    ) {
        let files = files();
        for original in [&files.snapshot, &files.detail] {
            let damaged = mutate(original, cut, at, byte);
            let damaged = if resealed { reseal(&damaged).unwrap_or(damaged) } else { damaged };
            let unchanged = damaged == *original;
            let loaded = Catalog::from_json(&damaged).is_ok()
                || decode_checked::<OccupationDetail>(&damaged).is_ok();
            // A file that was changed and not resealed never gets through.
            prop_assert!(unchanged || resealed || !loaded);
        }
    }

    #[test]
    #[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
    fn search_survives_any_query(query in "(?s).{0,300}", long in 0usize..5000) {
        let files = files();
        let catalog = files.catalog;
        for query in [query.clone(), query.repeat(long / query.len().max(1)).chars().take(5000).collect()] {
            let filters = Filters { text: query.clone(), ..Filters::default() };
            let explored = explore(catalog, &filters);
            for &position in explored.positions.iter().take(3) {
                let title = &catalog.occupations()[position].title;
                for (from, to) in highlight(title, &query) {
                    prop_assert!(from <= to);
                }
            }
            let _ = catalog.name_hits(&query);
            let _ = catalog.find_codes(&query, 10);
            let _ = catalog.find_programmes(&query, 4);
            if let Some(results) = &explored.search {
                let texts = yrkesutforskeren::core::fulltext::PassageTexts::new(
                    &yrkesutforskeren::core::fulltext::detail_texts(&files.details[0]),
                );
                if let Some(found) = yrkesutforskeren::core::fulltext::passage(&texts, &results.stems) {
                    let length = found.text.chars().count();
                    prop_assert!(found.marks.iter().all(|&(a, b)| a < b && b <= length));
                }
            }
        }
    }

    #[test]
    fn route_parameters_survive_anything(
        pairs in prop::collection::vec((route_key(), route_value()), 0..8),
        text in "(?s).{0,64}",
    ) {
        let filters = Filters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        // What the address holds reads back as the same filters.
        let pairs = filters.to_pairs();
        let again = Filters::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert_eq!(&again, &filters);
        // The written query is one address part: plain ASCII, nothing that ends or splits it.
        let query = filters.to_query();
        prop_assert!(query.is_empty() || query.starts_with('?'));
        prop_assert!(
            query.chars().all(|c| c.is_ascii_graphic() && c != '#'),
            "query {query:?}"
        );
        prop_assert_eq!(query.matches('=').count(), pairs.len());
        let _ = split_compare_list(&text);
        let _ = orgnr::is_valid(&text);
        let _ = orgnr::grouped(&text);
    }

    #[test]
    #[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
    fn look_ups_survive_anything(text in "(?s).{0,64}") {
        let catalog = files().catalog;
        let _ = catalog.occupation(&text);
        let _ = catalog.code(&text);
        let _ = catalog.compare_list(&text);
        let _ = catalog.region_name(&text);
        let _ = catalog.municipalities_in(&text);
    }
}
