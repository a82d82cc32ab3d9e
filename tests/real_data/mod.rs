//! The one fixture for tests on the real open data: what the builder makes of
//! `../shared/data/raw` (or `YRKE_RAW_DIR`), and the catalog built from it as the app has it,
//! job titles and full text attached.
//!
//! Every test that uses it is marked `#[ignore = "real data: …"]`, so a bare `cargo test` reports
//! them as ignored instead of passing them unrun. `make test` runs them
//! (`-- --include-ignored`), and then a missing raw folder fails them.

// Not every test binary that includes this module uses every item.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use yrkesutforskeren::builder;
use yrkesutforskeren::core::catalog::Catalog;

pub fn raw_dir() -> PathBuf {
    std::env::var_os("YRKE_RAW_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(builder::DEFAULT_RAW_DIR))
}

/// Everything the builder makes of the real raw data, built once per test binary. Fails the
/// test, naming the folder, when there is no raw data.
pub fn real_build() -> &'static builder::Built {
    static BUILT: OnceLock<builder::Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let raw = raw_dir();
        assert!(
            raw.exists(),
            "no raw data at {}: these tests need ../shared/data/raw beside the project, or \
             YRKE_RAW_DIR",
            raw.display()
        );
        builder::build(&raw).expect("the real raw data builds")
    })
}

/// The real catalog, as the app has it once search is ready.
pub fn real_catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let built = real_build();
        let catalog = Catalog::new(built.snapshot.clone()).expect("the real snapshot loads");
        catalog
            .attach_search_data(built.search.clone())
            .expect("the real job titles attach");
        catalog
            .attach_full_text(built.full_text.clone())
            .expect("the real full text attaches");
        catalog
    })
}
