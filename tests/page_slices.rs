//! Every occupation page, in each language, rendered from its slice of the real snapshot (as
//! the prerenderer writes it and the browser takes it over) and from the whole snapshot, is
//! the same page.
#![cfg(feature = "prerender")]

mod real_data;

use yrkesutforskeren::app::data::{files, Preloaded};
use yrkesutforskeren::app::prerender::render;
use yrkesutforskeren::app::routes;
use yrkesutforskeren::builder;
use yrkesutforskeren::core::lang::Lang;

#[test]
#[ignore = "real data: run by make test"]
fn every_occupation_page_is_the_same_from_its_slice_as_from_the_whole_snapshot() {
    let folder = std::env::temp_dir().join(format!("yrke-page-slices-{}", std::process::id()));
    builder::write(real_data::real_build(), &folder).expect("the real snapshot writes");
    let sliced = files::load(&folder).expect("the written snapshot and its slices read back");
    let _ = std::fs::remove_dir_all(&folder);
    assert_eq!(
        sliced.page_catalogs.len(),
        sliced.catalog.occupations().len()
    );
    let whole = Preloaded {
        catalog: sliced.catalog.clone(),
        places: sliced.places.clone(),
        schools: sliced.schools.clone(),
        studies: sliced.studies.clone(),
        study_history: sliced.study_history.clone(),
        details: sliced.details.clone(),
        page_catalogs: Default::default(),
    };

    let mut pages = 0;
    for occupation in sliced.catalog.occupations() {
        let path = routes::occupation(&occupation.slug);
        for lang in [Lang::Nb, Lang::Nn, Lang::En] {
            let from_slice = render(&sliced, lang, &path);
            let from_whole = render(&whole, lang, &path);
            assert_eq!(
                from_slice.files.as_ref().and_then(|f| f.slice.as_deref()),
                Some(occupation.slug.as_str()),
                "{path} is read from its slice"
            );
            assert_eq!(from_slice.title, from_whole.title, "{lang:?} {path}");
            assert_eq!(from_slice.body, from_whole.body, "{lang:?} {path}");
            pages += 1;
        }
    }
    assert_eq!(pages, sliced.catalog.occupations().len() * 3);
}
