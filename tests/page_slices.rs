//! Every sliced page (occupation, STYRK code, programme area, school, county), in each language,
//! rendered from its own files of the real data (as the prerenderer writes it and the browser
//! takes it over) and from the whole files, is the same page.
#![cfg(feature = "prerender")]

mod real_data;

use yrkesutforskeren::app::data::page_files::PageFiles;
use yrkesutforskeren::app::data::{files, Preloaded};
use yrkesutforskeren::app::prerender::render;
use yrkesutforskeren::builder;
use yrkesutforskeren::core::lang::Lang;

#[test]
#[ignore = "real data: run by make test"]
fn every_sliced_page_is_the_same_from_its_slice_as_from_the_whole_snapshot() {
    let folder = std::env::temp_dir().join(format!("yrke-page-slices-{}", std::process::id()));
    builder::write(real_data::real_build(), &folder).expect("the real snapshot writes");
    let sliced = files::load(&folder).expect("the written snapshot and its slices read back");
    let _ = std::fs::remove_dir_all(&folder);
    let snapshot = sliced.catalog.snapshot();
    assert_eq!(
        sliced.page_slices.len(),
        snapshot.occupations.len()
            + snapshot.styrk.len()
            + snapshot.programmes.len()
            + sliced.schools.data().schools.len()
            + snapshot.counties.len(),
        "a slice for every occupation, code, programme area, school and county"
    );
    let whole = Preloaded {
        catalog: sliced.catalog.clone(),
        places: sliced.places.clone(),
        schools: sliced.schools.clone(),
        studies: sliced.studies.clone(),
        study_history: sliced.study_history.clone(),
        details: sliced.details.clone(),
        page_slices: Default::default(),
    };

    let mut paths: Vec<&String> = sliced.page_slices.keys().collect();
    paths.sort();
    for path in paths {
        let page = &sliced.page_slices[path].page;
        for lang in [Lang::Nb, Lang::Nn, Lang::En] {
            let from_slice = render(&sliced, lang, path);
            let from_whole = render(&whole, lang, path);
            assert_eq!(
                from_slice.files.as_ref().and_then(|f| f.slice.as_ref()),
                Some(page),
                "{path} is read from its slice"
            );
            assert_eq!(from_whole.files.and_then(|f| f.slice), None);
            // The browser reads the page's file list back as the same files.
            let files = from_slice.files.clone().expect("the page read files");
            assert_eq!(
                PageFiles::from_attribute(&files.to_attribute()),
                Some(files),
                "{path}"
            );
            assert_eq!(from_slice.title, from_whole.title, "{lang:?} {path}");
            assert_eq!(from_slice.body, from_whole.body, "{lang:?} {path}");
        }
    }
}
