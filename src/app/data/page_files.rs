//! The files a prerendered page's views read besides the snapshot, and their content hashes.
//! The prerenderer writes both on the page (`<div id="app" data-files="…" data-seals="…">`);
//! the browser fetches exactly those files before it takes the page over, and does so only when
//! their hashes are the page's, so the first render has the data the prerendered one had.

use super::{DetailResult, LoadError, Preloaded};
use crate::core::catalog::Catalog;
use crate::core::model::{
    OccupationDetail, StudyHistoryData, DETAIL_DIR, REGIONS_FILE, SCHOOLS_FILE, STUDIES_FILE,
    STUDY_HISTORY_FILE,
};
use crate::core::page_slice::{OwnFile, SlicedPage, HEAD_FILE};
use crate::core::places::Places;
use crate::core::schools::Schools;
use crate::core::studies::Studies;
use std::sync::Arc;

/// Which of the snapshot's other files a page's first render read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageFiles {
    /// `regions.json`.
    pub places: bool,
    /// `schools.json`.
    pub schools: bool,
    /// `studies.json`.
    pub studies: bool,
    /// `study_history.json`.
    pub study_history: bool,
    /// `yrke/<slug>.json`, by slug.
    pub details: Vec<String>,
    /// A page read from its slice of the snapshot instead of the whole (`side/hode.json` and
    /// the page's own part, see [`SlicedPage::file`]).
    pub slice: Option<SlicedPage>,
}

/// Where one occupation's texts are in the snapshot folder: `yrke/<slug>.json`.
pub fn detail_file(slug: &str) -> String {
    format!("{DETAIL_DIR}/{slug}.json")
}

impl PageFiles {
    /// The page attribute's form: the files' paths in the snapshot folder, separated by spaces
    /// ("regions.json schools.json yrke/kokk.json"). `start.js` requests them, with
    /// `snapshot.json`, as it fetches the app.
    pub fn to_attribute(&self) -> String {
        let slice = self
            .slice
            .iter()
            .flat_map(|page| [HEAD_FILE.to_string(), page.file()]);
        let flags = [
            (self.places, self.path_of(OwnFile::Regions)),
            (self.schools, self.path_of(OwnFile::Schools)),
            (self.studies, self.path_of(OwnFile::Studies)),
            (self.study_history, STUDY_HISTORY_FILE.to_string()),
        ];
        slice
            .chain(
                flags
                    .into_iter()
                    .filter(|(read, _)| *read)
                    .map(|(_, file)| file),
            )
            .chain(self.details.iter().map(|slug| detail_file(slug)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where the page reads `file` from: its own share when its slice has one, else the
    /// whole file.
    pub fn path_of(&self, file: OwnFile) -> String {
        self.slice
            .as_ref()
            .and_then(|page| page.own_file(file))
            .unwrap_or_else(|| file.whole().to_string())
    }

    /// Reads the attribute back; `None` when it names a file this version does not know (a
    /// page from another build), so the page is not taken over with data it may not match.
    pub fn from_attribute(attribute: &str) -> Option<PageFiles> {
        let mut files = PageFiles::default();
        let mut head = false;
        // Pages whose own shares are named, and the whole files named.
        let mut shares_of = Vec::new();
        let mut whole = Vec::new();
        for file in attribute.split_ascii_whitespace() {
            if let Some(page) = SlicedPage::from_file(file) {
                files.slice = Some(page);
                continue;
            }
            if let Some((page, own)) = SlicedPage::from_own_file(file) {
                *files.reads(own) = true;
                shares_of.push(page);
                continue;
            }
            match file {
                HEAD_FILE => head = true,
                REGIONS_FILE => whole.push(OwnFile::Regions),
                SCHOOLS_FILE => whole.push(OwnFile::Schools),
                STUDIES_FILE => whole.push(OwnFile::Studies),
                STUDY_HISTORY_FILE => files.study_history = true,
                _ => {
                    let slug = file
                        .strip_prefix(DETAIL_DIR)
                        .and_then(|rest| rest.strip_prefix('/'))
                        .and_then(|rest| rest.strip_suffix(".json"))
                        .filter(|slug| !slug.is_empty() && !slug.contains('/'))?;
                    files.details.push(slug.to_string());
                }
            }
        }
        for &file in &whole {
            *files.reads(file) = true;
        }
        // A slice is its head and the page's own file, both or neither; a page's own share of a
        // file comes with that page's slice, in place of the whole file.
        let own = files.slice.as_ref().map_or(&[][..], SlicedPage::own_files);
        let fits = shares_of
            .iter()
            .all(|page| files.slice.as_ref() == Some(page))
            && !whole.iter().any(|file| own.contains(file));
        (head == files.slice.is_some() && fits).then_some(files)
    }

    /// Whether the page reads `file` (its own share or the whole).
    fn reads(&mut self, file: OwnFile) -> &mut bool {
        match file {
            OwnFile::Regions => &mut self.places,
            OwnFile::Schools => &mut self.schools,
            OwnFile::Studies => &mut self.studies,
        }
    }
}

/// What the browser fetched before taking a prerendered page over: the snapshot and the
/// files the page's first render reads ([`PageFiles`]).
pub struct PageData {
    /// The snapshot, or the page's slice of it.
    pub catalog: Arc<Catalog>,
    /// The app path the catalog is a slice for ("/yrke/kokk"); `None` for the whole snapshot.
    pub slice_for: Option<String>,
    /// The files of which the page's own share was fetched, not the whole file.
    pub own_files: &'static [OwnFile],
    /// Why the last good copy of the snapshot is used, when it is.
    pub stale: Option<LoadError>,
    pub places: Option<Arc<Places>>,
    pub schools: Option<Arc<Schools>>,
    pub studies: Option<Arc<Studies>>,
    pub study_history: Option<Arc<StudyHistoryData>>,
    pub details: Vec<(String, DetailResult)>,
}

/// The content hashes of the files a render read, in one order: the snapshot, then regions,
/// schools, studies and study history where read, then each occupation's texts ("-" where the
/// snapshot has none). The browser takes a prerendered page over only when the files it
/// fetched give the same: data that differs from the page's, even under the same version,
/// would not match the page's nodes.
pub fn seals<'a>(
    catalog: &Catalog,
    places: Option<&Places>,
    schools: Option<&Schools>,
    studies: Option<&Studies>,
    study_history: Option<&StudyHistoryData>,
    details: impl Iterator<Item = Option<&'a OccupationDetail>>,
) -> String {
    let mut hashes = vec![catalog.snapshot().content_hash.as_str()];
    hashes.extend(places.map(|p| p.data().content_hash.as_str()));
    hashes.extend(schools.map(|s| s.data().content_hash.as_str()));
    hashes.extend(studies.map(|s| s.data().content_hash.as_str()));
    hashes.extend(study_history.map(|h| h.content_hash.as_str()));
    hashes.extend(details.map(|d| d.map_or("-", |d| d.content_hash.as_str())));
    hashes.join(" ")
}

impl PageData {
    /// The content hashes of what was fetched (see [`seals`]).
    pub fn seals(&self) -> String {
        seals(
            &self.catalog,
            self.places.as_deref(),
            self.schools.as_deref(),
            self.studies.as_deref(),
            self.study_history.as_deref(),
            self.details
                .iter()
                .map(|(_, detail)| detail.as_ref().ok().and_then(|d| d.as_deref())),
        )
    }
}

impl Preloaded {
    /// The content hashes of the files a page's render read (see [`seals`]).
    /// `catalog` is the one the page was rendered from: the whole snapshot's or its slice's.
    pub fn seals(&self, catalog: &Catalog, files: &PageFiles) -> String {
        seals(
            catalog,
            files.places.then_some(&*self.places),
            files.schools.then_some(&*self.schools),
            files.studies.then_some(&*self.studies),
            files.study_history.then_some(&*self.study_history),
            files.details.iter().map(|slug| {
                self.details
                    .get(slug)
                    .and_then(|d| d.as_ref().ok())
                    .and_then(|d| d.as_deref())
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attribute_reads_back_as_the_same_files() {
        let files = PageFiles {
            places: true,
            schools: false,
            studies: true,
            study_history: true,
            details: vec!["kokk".into(), "it-prosjektleder".into()],
            slice: None,
        };
        assert_eq!(
            files.to_attribute(),
            "regions.json studies.json study_history.json yrke/kokk.json yrke/it-prosjektleder.json"
        );
        assert_eq!(
            PageFiles::from_attribute(&files.to_attribute()),
            Some(files)
        );
        assert_eq!(PageFiles::from_attribute(""), Some(PageFiles::default()));
        let sliced = PageFiles {
            details: vec!["kokk".into()],
            slice: Some(SlicedPage::Occupation("kokk".into())),
            ..PageFiles::default()
        };
        assert_eq!(
            sliced.to_attribute(),
            "side/hode.json side/yrke/kokk.json yrke/kokk.json"
        );
        assert_eq!(
            PageFiles::from_attribute(&sliced.to_attribute()),
            Some(sliced)
        );
        let school = PageFiles {
            schools: true,
            slice: Some(SlicedPage::School("974600072".into())),
            ..PageFiles::default()
        };
        assert_eq!(
            school.to_attribute(),
            "side/hode.json side/skole/974600072.json side/skole/974600072.schools.json",
            "a page with its own share of schools.json reads that, not the whole"
        );
        assert_eq!(
            PageFiles::from_attribute(&school.to_attribute()),
            Some(school)
        );
    }

    #[test]
    fn an_unknown_word_means_the_page_is_not_taken_over() {
        assert_eq!(PageFiles::from_attribute("regions.json maps.json"), None);
        assert_eq!(PageFiles::from_attribute("yrke/.json"), None);
        assert_eq!(PageFiles::from_attribute("yrke/a/b.json"), None);
        assert_eq!(PageFiles::from_attribute("yrke/kokk"), None);
        assert_eq!(PageFiles::from_attribute("side/yrke/kokk.json"), None);
        assert_eq!(PageFiles::from_attribute("side/hode.json"), None);
        // A page's own share only with that page's slice, and never beside the whole file.
        let own = "side/skole/974600072.schools.json";
        assert_eq!(PageFiles::from_attribute(own), None);
        assert_eq!(
            PageFiles::from_attribute(&format!("side/hode.json side/vgs/ELELE1.json {own}")),
            None
        );
        assert_eq!(
            PageFiles::from_attribute("side/hode.json side/skole/974600072.json schools.json"),
            None
        );
    }
}
