//! The one fixture for tests on the real open data: the catalog built from `../shared/data/raw`
//! (or `YRKE_RAW_DIR`) as the app has it, full text attached. Where there is no raw data the
//! tests that use it say so on stderr and return early; with `YRKE_REQUIRE_RAW=1` (set by
//! `make test`) a missing raw folder fails instead.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use yrkesutforskeren::builder;
use yrkesutforskeren::core::catalog::Catalog;

pub fn raw_dir() -> PathBuf {
    std::env::var_os("YRKE_RAW_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(builder::DEFAULT_RAW_DIR))
}

/// Everything the builder makes of the real raw data, built once per test binary; `None`
/// (said on stderr) without raw data.
pub fn real_build() -> Option<&'static builder::Built> {
    static BUILT: OnceLock<Option<builder::Built>> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let raw = raw_dir();
            if !raw.exists() {
                assert!(
                    std::env::var_os("YRKE_REQUIRE_RAW").is_none(),
                    "YRKE_REQUIRE_RAW is set and there is no raw data at {}",
                    raw.display()
                );
                eprintln!("SKIPPED: no raw data at {}", raw.display());
                return None;
            }
            Some(builder::build(&raw).expect("the real raw data builds"))
        })
        .as_ref()
}

/// The real catalog, as the app has it; `None` (said on stderr) without raw data.
pub fn real_catalog() -> Option<&'static Catalog> {
    static CATALOG: OnceLock<Option<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| {
            let built = real_build()?;
            let catalog = Catalog::new(built.snapshot.clone()).expect("the real snapshot loads");
            catalog
                .attach_full_text(built.full_text.clone())
                .expect("the real full text attaches");
            Some(catalog)
        })
        .as_ref()
}
