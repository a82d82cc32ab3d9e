//! Look-ups over a loaded [`Snapshot`]: occupations by slug, STYRK codes at any level, the
//! many-to-many between occupations and codes, and totals that count each code once.

use crate::core::format::norwegian_sort_key;
use crate::core::fulltext::{FullTextError, FullTextFile, FullTextIndex};
use crate::core::model::{
    Employment, OccupationSummary, Programme, Region, Salary, SearchData, Snapshot, Source,
    SourceId, StyrkCode, SCHEMA_VERSION,
};
use crate::core::order;
use crate::core::places::Place;
use crate::core::programmes::Programmes;
use crate::core::search::{Hit, IndexSteps, Results, SearchEngine, SearchIndex};
use crate::core::text::{contains_all_words, fold};
use std::collections::{BTreeSet, HashMap};

pub use crate::core::sealed::{decode_checked, CatalogError};

/// A snapshot with indexes for the look-ups the pages need.
#[derive(Debug, Clone)]
pub struct Catalog {
    snapshot: Snapshot,
    occupation_by_slug: HashMap<String, usize>,
    code_by_code: HashMap<String, usize>,
    /// Rank of each occupation in Norwegian alphabetical order of titles.
    occupation_order: Vec<usize>,
    /// Filter and sort values per occupation, same order as the snapshot.
    facets: Vec<Facets>,
    /// What only search reads (NAV's job titles, the intros) once `search.json` is in, or
    /// `None` when search goes without it (the file could not be read). Search waits until
    /// this is set.
    search_data: std::sync::OnceLock<Option<SearchData>>,
    /// What builds the name index and answers: set with the catalog natively, attached by the
    /// browser once its chunk is in ([`Self::attach_search_engine`]). Search waits for it.
    engine: std::sync::OnceLock<&'static dyn SearchEngine>,
    /// Built on the first search after `search.json` is settled, so the first list renders
    /// without waiting for it.
    search: std::sync::OnceLock<SearchIndex>,
    /// Every page's texts as search terms, once `fulltext.json` has loaded.
    full_text: std::sync::OnceLock<FullTextIndex>,
    programme_index: Programmes,
}

/// Why `search.json` was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SearchDataError {
    #[error("the file belongs to data version {found}, the snapshot is {expected}")]
    OtherVersion { expected: String, found: String },
    #[error("the file has {found} intros for the snapshot's {expected} occupations")]
    Intros { expected: usize, found: usize },
}

/// Why an occupation is listed as related to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// Shares a STYRK-08 unit group (4-digit code).
    SameUnitGroup,
    /// Shares one of NAV's level-2 occupation categories.
    SameNavCategory,
}

/// Per-occupation values the filters and sort orders use, computed once per catalog.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    pub nav: Vec<(String, String)>,
    pub major_groups: Vec<String>,
    /// Medians (both sexes) of the occupation's codes that have one.
    pub medians: Vec<u64>,
    /// Employed persons in the occupation's codes, each code once; `None` without figures.
    pub employed: Option<u64>,
}

impl Facets {
    pub fn of(catalog: &Catalog, occupation: &OccupationSummary) -> Self {
        let mut nav = Vec::new();
        let mut major_groups = Vec::new();
        let mut medians = Vec::new();
        for code in &occupation.styrk {
            if let Some(category) = catalog.code(code).and_then(|c| c.nav_category.as_ref()) {
                let pair = (category.level1.clone(), category.level2.clone());
                if !nav.contains(&pair) {
                    nav.push(pair);
                }
            }
            let major = code[..1].to_string();
            if !major_groups.contains(&major) {
                major_groups.push(major);
            }
            if let Some(median) = catalog.salary(code).and_then(|s| s.all.median.value()) {
                medians.push(median);
            }
        }
        let total = catalog.employment_total([occupation]);
        Facets {
            nav,
            major_groups,
            medians,
            employed: (!total.codes_counted.is_empty()).then_some(total.persons),
        }
    }

    pub fn highest_median(&self) -> Option<u64> {
        self.medians.iter().copied().max()
    }
}

/// Most occupations compared side by side.
pub const MAX_COMPARE: usize = 4;

/// Where utdanning.no keeps its occupation pages (host and path, without the scheme).
const UTDANNING_OCCUPATION_PATH: &str = "utdanning.no/yrker/beskrivelse/";

/// The slugs of a compare list ("a,b,c") in order: non-empty, each once, at most
/// [`MAX_COMPARE`]. Used for the URL and for the saved selection alike.
pub fn split_compare_list(list: &str) -> Vec<String> {
    let mut slugs: Vec<String> = Vec::new();
    for slug in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if slugs.len() == MAX_COMPARE {
            break;
        }
        if !slugs.iter().any(|s| s == slug) {
            slugs.push(slug.to_string());
        }
    }
    slugs
}

/// Employed persons over a set of occupations, each STYRK code counted once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmploymentTotal {
    pub persons: u64,
    /// Distinct codes whose figures were added, sorted.
    pub codes_counted: Vec<String>,
    /// Distinct codes without an employment figure, sorted.
    pub codes_without_figures: Vec<String>,
    /// How many occupation→code links pointed at a code already counted (the same code, or a
    /// code inside a broader code of the set).
    pub shared_links_skipped: usize,
}

impl Catalog {
    /// Reads a snapshot file as the app receives it: content hash first, then the schema
    /// version, then the content. Any input gives a catalog or an error, never a panic.
    pub fn from_json(text: &str) -> Result<Self, CatalogError> {
        // The same decoder as the browser's, all steps at once (one decoder in the wasm).
        Self::new(crate::core::snapshot_steps::SnapshotSteps::start(text)?.finish()?)
    }

    pub fn new(snapshot: Snapshot) -> Result<Self, CatalogError> {
        if snapshot.schema_version != SCHEMA_VERSION {
            return Err(CatalogError::WrongSchemaVersion {
                found: snapshot.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
        let occupation_by_slug = snapshot
            .occupations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.slug.clone(), i))
            .collect();
        let code_by_code = snapshot
            .styrk
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        let mut by_title: Vec<usize> = (0..snapshot.occupations.len()).collect();
        order::sort_by_cached_key(&mut by_title, |&i| {
            let o = &snapshot.occupations[i];
            (norwegian_sort_key(&o.title), o.slug.clone())
        });
        let mut occupation_order = vec![0; by_title.len()];
        for (rank, &i) in by_title.iter().enumerate() {
            occupation_order[i] = rank;
        }
        let mut catalog = Catalog {
            snapshot,
            occupation_by_slug,
            code_by_code,
            occupation_order,
            facets: Vec::new(),
            search_data: std::sync::OnceLock::new(),
            engine: std::sync::OnceLock::new(),
            search: std::sync::OnceLock::new(),
            full_text: std::sync::OnceLock::new(),
            programme_index: Programmes::default(),
        };
        // The browser's chunked build attaches the engine from its chunk instead.
        #[cfg(not(feature = "page-chunks"))]
        catalog.attach_search_engine(&crate::core::search::Engine);
        catalog.programme_index = Programmes::new(&catalog.snapshot.programmes);
        catalog.facets = catalog
            .snapshot
            .occupations
            .iter()
            .map(|o| Facets::of(&catalog, o))
            .collect();
        Ok(catalog)
    }

    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    pub fn occupations(&self) -> &[OccupationSummary] {
        &self.snapshot.occupations
    }

    /// utdanning.no's page of an occupation (our slugs are the last part of its address).
    pub fn utdanning_url(slug: &str) -> String {
        format!("https://{UTDANNING_OCCUPATION_PATH}{slug}")
    }

    /// The occupation an utdanning.no link points at ("https://utdanning.no/yrker/beskrivelse/kokk"),
    /// when we hold it, so links inside utdanning.no's texts can open our own page.
    pub fn occupation_at_url(&self, url: &str) -> Option<&OccupationSummary> {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))?;
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        let slug = rest.strip_prefix(UTDANNING_OCCUPATION_PATH)?;
        let slug = slug.split(['?', '#']).next()?.trim_end_matches('/');
        self.occupation(slug)
    }

    pub fn occupation(&self, slug: &str) -> Option<&OccupationSummary> {
        self.occupation_by_slug
            .get(slug)
            .map(|&i| &self.snapshot.occupations[i])
    }

    /// Rank of the occupation at `position` in Norwegian alphabetical order of titles.
    pub fn alphabetical_rank(&self, position: usize) -> usize {
        self.occupation_order[position]
    }

    /// The search engine over all occupations, once `search.json` is settled (see
    /// [`Self::attach_search_data`]) and the engine is in; `None` before, so no search answers
    /// without them. Built here on first use unless [`Self::attach_search_index`] came first.
    pub fn search_index(&self) -> Option<&SearchIndex> {
        let engine = *self.engine.get()?;
        let data = self.search_data.get()?.as_ref();
        Some(
            self.search
                .get_or_init(|| self.build_search_index(engine, data)),
        )
    }

    /// A names index built afresh over the occupations with what `search.json` holds (none:
    /// names and codes only): what [`Self::search_index`] keeps, and what benchmarks time.
    pub fn build_search_index(
        &self,
        engine: &dyn SearchEngine,
        data: Option<&SearchData>,
    ) -> SearchIndex {
        self.index_steps_over(engine, data).finish()
    }

    /// The names index of [`Self::build_search_index`], to be built a step at a time.
    fn index_steps_over<'c>(
        &'c self,
        engine: &dyn SearchEngine,
        data: Option<&'c SearchData>,
    ) -> Box<dyn IndexSteps + 'c> {
        engine.index_steps(
            &self.snapshot.occupations,
            Box::new(move |code| self.code(code)),
            data,
            &self.occupation_order,
        )
    }

    /// The names index with what `search.json` holds, to be built in steps; `None` until
    /// `search.json` is settled. Once built, [`Self::attach_search_index`] keeps it.
    pub fn search_index_steps(
        &self,
        engine: &dyn SearchEngine,
    ) -> Option<Box<dyn IndexSteps + '_>> {
        let data = self.search_data.get()?.as_ref();
        Some(self.index_steps_over(engine, data))
    }

    /// Keeps a names index built in steps, so that search does not build one (a second call
    /// keeps the first). Attach it before the engine: search answers once both are in.
    pub fn attach_search_index(&self, index: SearchIndex) {
        let _ = self.search.set(index);
    }

    /// Lets search answer with `engine` (a second call keeps the first).
    pub fn attach_search_engine(&self, engine: &'static dyn SearchEngine) {
        let _ = self.engine.set(engine);
    }

    /// The engine that answers searches, once attached.
    pub fn search_engine(&self) -> Option<&'static dyn SearchEngine> {
        self.engine.get().copied()
    }

    /// Whether an engine answers searches: see [`Self::attach_search_engine`].
    pub fn has_search_engine(&self) -> bool {
        self.engine.get().is_some()
    }

    /// Adds what only search reads (`search.json`), when it belongs to this snapshot. A second
    /// call keeps the first.
    pub fn attach_search_data(&self, data: SearchData) -> Result<(), SearchDataError> {
        if data.data_version != self.snapshot.data_version {
            return Err(SearchDataError::OtherVersion {
                expected: self.snapshot.data_version.clone(),
                found: data.data_version,
            });
        }
        if data.intros.len() != self.snapshot.occupations.len() {
            return Err(SearchDataError::Intros {
                expected: self.snapshot.occupations.len(),
                found: data.intros.len(),
            });
        }
        let _ = self.search_data.set(Some(data));
        Ok(())
    }

    /// Whether search answers: `search.json` is in (or search goes without it) and the engine
    /// is attached.
    pub fn search_ready(&self) -> bool {
        self.search_data_settled() && self.has_search_engine()
    }

    /// Whether `search.json` is in, or search goes without it.
    pub fn search_data_settled(&self) -> bool {
        self.search_data.get().is_some()
    }

    /// Lets search answer from names and codes alone, when `search.json` cannot be read.
    pub fn search_without_search_data(&self) {
        let _ = self.search_data.set(None);
    }

    /// Adds the full-text index (`fulltext.json`) to search, when it belongs to this snapshot.
    /// A second call keeps the first index.
    pub fn attach_full_text(&self, file: FullTextFile) -> Result<(), FullTextError> {
        let index = FullTextIndex::from_file(
            file,
            &self.snapshot.data_version,
            self.snapshot.occupations.len(),
        )?;
        self.attach_full_text_index(index);
        Ok(())
    }

    /// Adds a full-text index already read for this snapshot (see [`Self::attach_full_text`]).
    pub fn attach_full_text_index(&self, index: FullTextIndex) {
        let _ = self.full_text.set(index);
    }

    /// A programme area or lærefag by its code.
    pub fn programme(&self, code: &str) -> Option<&Programme> {
        self.programme_index.get(&self.snapshot.programmes, code)
    }

    /// Programme areas and lærefag whose name a query gives, at most `limit`.
    pub fn find_programmes(&self, query: &str, limit: usize) -> Vec<&Programme> {
        self.programme_index
            .find(&self.snapshot.programmes, query, limit)
    }

    /// The Vg1 programme areas.
    pub fn vg1_programmes(&self) -> Vec<&Programme> {
        self.programme_index.vg1(&self.snapshot.programmes)
    }

    /// One way from a Vg1 to the programme area `code`, the Vg1 first.
    pub fn programme_way(&self, code: &str) -> Vec<&Programme> {
        self.programme_index
            .way_from_vg1(&self.snapshot.programmes, code)
    }

    /// How many lærefag one can reach from `code`.
    pub fn programme_apprenticeships(&self, code: &str) -> usize {
        self.programme_index
            .apprenticeships_from(&self.snapshot.programmes, code)
    }

    /// Programme areas an unknown address may have meant.
    pub fn suggest_programmes(&self, text: &str, limit: usize) -> Vec<&Programme> {
        self.programme_index
            .suggest(&self.snapshot.programmes, text, limit)
    }

    /// The lowest and highest monthly median salary among the occupations at `positions`
    /// (every code's median counts); `None` when none has one.
    pub fn salary_spread(&self, positions: &[usize]) -> Option<(u64, u64)> {
        let medians = positions
            .iter()
            .flat_map(|&i| self.facets[i].medians.iter().copied());
        medians.fold(None, |spread, m| match spread {
            None => Some((m, m)),
            Some((low, high)) => Some((low.min(m), high.max(m))),
        })
    }

    /// Positions of the occupations a programme area leads to, in Norwegian alphabetical
    /// order.
    pub fn programme_occupations(&self, code: &str) -> Vec<usize> {
        let mut positions: Vec<usize> = self
            .programme_index
            .leads_to(&self.snapshot.programmes, code)
            .iter()
            .filter_map(|slug| self.position(slug))
            .collect();
        order::sort_by_key(&mut positions, |&i| self.occupation_order[i]);
        positions
    }

    /// About how many bytes the search indexes hold (see [`SearchIndex::heap_bytes`]).
    pub fn search_index_bytes(&self) -> usize {
        self.search_index().map_or(0, SearchIndex::heap_bytes)
            + self.full_text.get().map_or(0, |ft| ft.heap_bytes())
    }

    /// The answer to a search: names, codes, job titles, intros and, once loaded, every page's
    /// texts; `None` until `search.json` is settled.
    pub fn search(&self, query: &str) -> Option<Results> {
        self.answer(query, self.full_text.get())
    }

    /// Ranked hits for a query from names, codes, job titles and intros alone (not the pages'
    /// texts); `None` until search is ready.
    pub fn name_hits(&self, query: &str) -> Option<Vec<Hit>> {
        self.answer(query, None).map(|results| results.hits)
    }

    /// The engine's answer from the name index and `full_text`, once search is ready.
    fn answer(&self, query: &str, full_text: Option<&FullTextIndex>) -> Option<Results> {
        let engine = *self.engine.get()?;
        Some(engine.find(self.search_index()?, query, full_text))
    }

    /// Every occupation's position, in Norwegian alphabetical order of titles.
    pub fn alphabetical(&self) -> Vec<usize> {
        let mut all: Vec<usize> = (0..self.snapshot.occupations.len()).collect();
        order::sort_by_key(&mut all, |&i| self.occupation_order[i]);
        all
    }

    /// The position in [`Catalog::occupations`] of the occupation with this slug.
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.occupation_by_slug.get(slug).copied()
    }

    pub fn facets(&self) -> &[Facets] {
        &self.facets
    }

    /// Occupations related to `slug`: first those sharing a STYRK unit group, then those sharing
    /// a NAV level-2 category, each group in Norwegian alphabetical order, at most `limit`.
    pub fn related(&self, slug: &str, limit: usize) -> Vec<(&OccupationSummary, Relation)> {
        let Some(&index) = self.occupation_by_slug.get(slug) else {
            return Vec::new();
        };
        let me = &self.snapshot.occupations[index];
        let my_units: Vec<&String> = me.styrk.iter().filter(|c| c.len() == 4).collect();
        let my_nav = &self.facets[index].nav;
        let mut related: Vec<(usize, Relation)> = Vec::new();
        for (i, other) in self.snapshot.occupations.iter().enumerate() {
            if i == index {
                continue;
            }
            if other.styrk.iter().any(|c| my_units.contains(&c)) {
                related.push((i, Relation::SameUnitGroup));
            } else if self.facets[i]
                .nav
                .iter()
                .any(|(_, l2)| my_nav.iter().any(|(_, mine)| mine == l2))
            {
                related.push((i, Relation::SameNavCategory));
            }
        }
        order::sort_by_key(&mut related, |&(i, relation)| {
            (relation, self.occupation_order[i])
        });
        related
            .into_iter()
            .take(limit)
            .map(|(i, relation)| (&self.snapshot.occupations[i], relation))
            .collect()
    }

    /// STYRK codes for a look-up: digits find the code and every code below it; words find
    /// codes whose name (or ISCO title) holds them all. Sorted by code, at most `limit`.
    pub fn find_codes(&self, query: &str, limit: usize) -> Vec<&StyrkCode> {
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return Vec::new();
        }
        if trimmed.chars().all(|c| c.is_ascii_digit()) {
            return self
                .snapshot
                .styrk
                .iter()
                .filter(|c| c.code.starts_with(trimmed))
                .take(limit)
                .collect();
        }
        let folded = fold(trimmed);
        self.snapshot
            .styrk
            .iter()
            .filter(|c| {
                let text = fold(&format!(
                    "{} {}",
                    c.name,
                    c.isco_title_en.as_deref().unwrap_or("")
                ));
                contains_all_words(&text, &folded)
            })
            .take(limit)
            .collect()
    }

    /// The occupations named in a compare list ("a,b,c"): known slugs only, each once, at most
    /// [`MAX_COMPARE`].
    pub fn compare_list(&self, list: &str) -> Vec<&OccupationSummary> {
        let known: Vec<&str> = list
            .split(',')
            .map(str::trim)
            .filter(|slug| self.occupation(slug).is_some())
            .collect();
        split_compare_list(&known.join(","))
            .iter()
            .filter_map(|slug| self.occupation(slug))
            .collect()
    }

    pub fn code(&self, code: &str) -> Option<&StyrkCode> {
        self.code_by_code
            .get(code)
            .map(|&i| &self.snapshot.styrk[i])
    }

    /// The ILO's ISCO-08 English titles of an occupation's codes, each once, in code order
    /// ("Building and related electricians · Electrical mechanics and fitters"); `None` when no
    /// code has one.
    pub fn english_titles(&self, occupation: &OccupationSummary) -> Option<String> {
        let mut titles: Vec<&str> = Vec::new();
        for title in occupation
            .styrk
            .iter()
            .filter_map(|code| self.code(code)?.isco_title_en.as_deref())
        {
            if !titles.contains(&title) {
                titles.push(title);
            }
        }
        (!titles.is_empty()).then(|| titles.join(" · "))
    }

    /// Parents of a code from the major group down, not including the code itself.
    pub fn ancestors(&self, code: &str) -> Vec<&StyrkCode> {
        let mut chain = Vec::new();
        let mut current = self.code(code).and_then(|c| c.parent.as_deref());
        while let Some(parent_code) = current {
            match self.code(parent_code) {
                Some(parent) => {
                    chain.push(parent);
                    current = parent.parent.as_deref();
                }
                None => break,
            }
        }
        chain.reverse();
        chain
    }

    /// Direct children of a code, sorted by code.
    pub fn children(&self, code: &str) -> Vec<&StyrkCode> {
        self.snapshot
            .styrk
            .iter()
            .filter(|c| c.parent.as_deref() == Some(code))
            .collect()
    }

    /// Occupations linked to this code or to any code below it (a code at level 1–3 is a prefix
    /// of the unit groups it contains).
    pub fn occupations_under(&self, code: &str) -> Vec<&OccupationSummary> {
        self.snapshot
            .occupations
            .iter()
            .filter(|o| o.styrk.iter().any(|c| c.starts_with(code)))
            .collect()
    }

    /// Other occupations linked to exactly this unit group code.
    pub fn occupations_sharing(&self, code: &str, except_slug: &str) -> Vec<&OccupationSummary> {
        self.snapshot
            .occupations
            .iter()
            .filter(|o| o.slug != except_slug && o.styrk.iter().any(|c| c == code))
            .collect()
    }

    pub fn salary(&self, code: &str) -> Option<&Salary> {
        self.snapshot.salary.get(code)
    }

    pub fn employment(&self, code: &str) -> Option<&Employment> {
        self.snapshot.employment.get(code)
    }

    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.snapshot.sources.iter().find(|s| s.id == id)
    }

    /// Occupations a mistyped or outdated address may have meant ("sykepleir" → Sykepleier);
    /// none until search is ready.
    pub fn suggest_occupations(&self, slug: &str, limit: usize) -> Vec<&OccupationSummary> {
        let words: String = slug
            .chars()
            .take(200)
            .map(|c| if c == '-' || c == '_' { ' ' } else { c })
            .collect();
        self.name_hits(&words)
            .unwrap_or_default()
            .into_iter()
            .take(limit)
            .map(|hit| &self.snapshot.occupations[hit.position])
            .collect()
    }

    /// Codes an unknown code may have meant: the longest prefix that finds any, by name otherwise.
    pub fn suggest_codes(&self, code: &str, limit: usize) -> Vec<&StyrkCode> {
        let code: String = code.chars().take(50).collect();
        let mut end = code.len();
        while end > 0 {
            if code.is_char_boundary(end) {
                let found = self.find_codes(&code[..end], limit);
                if !found.is_empty() {
                    return found;
                }
            }
            end -= 1;
        }
        Vec::new()
    }

    /// Every county in Norwegian alphabetical order (A–Å), as lists and choices show them.
    pub fn counties_by_name(&self) -> Vec<&Region> {
        let mut counties: Vec<&Region> = self.snapshot.counties.iter().collect();
        order::sort_by_cached_key(&mut counties, |c| norwegian_sort_key(&c.name));
        counties
    }

    pub fn county(&self, code: &str) -> Option<&Region> {
        self.snapshot.counties.iter().find(|c| c.code == code)
    }

    pub fn municipality(&self, code: &str) -> Option<&Region> {
        self.snapshot.municipalities.iter().find(|m| m.code == code)
    }

    /// The municipalities of a county, in alphabetical order.
    pub fn municipalities_in(&self, county: &str) -> Vec<&Region> {
        let mut list: Vec<&Region> = self
            .snapshot
            .municipalities
            .iter()
            .filter(|m| m.county.as_deref() == Some(county))
            .collect();
        order::sort_by_cached_key(&mut list, |m| norwegian_sort_key(&m.name));
        list
    }

    /// The name of a county or municipality by its code, or the code when it is unknown.
    pub fn region_name(&self, code: &str) -> String {
        let region = match Place::of(code) {
            Place::County(code) => self.county(code),
            Place::Municipality(code) => self.municipality(code),
        };
        region
            .map(|r| r.name.clone())
            .unwrap_or_else(|| code.to_string())
    }

    /// Employed persons over a set of occupations. One STYRK code can belong to several
    /// occupations (utdanning.no's warning); adding per occupation would count those persons
    /// more than once, so each distinct code is added once.
    pub fn employment_total<'a>(
        &self,
        occupations: impl IntoIterator<Item = &'a OccupationSummary>,
    ) -> EmploymentTotal {
        self.employment_total_within(occupations, "")
    }

    /// [`Self::employment_total`] over only the codes at or below `branch` (a STYRK code; ""
    /// for every code): a code page counts its own people, not those of other codes its
    /// occupations also have.
    pub fn employment_total_within<'a>(
        &self,
        occupations: impl IntoIterator<Item = &'a OccupationSummary>,
        branch: &str,
    ) -> EmploymentTotal {
        let mut codes = BTreeSet::new();
        let mut links = 0usize;
        for occupation in occupations {
            for code in occupation.styrk.iter().filter(|c| c.starts_with(branch)) {
                links += 1;
                codes.insert(code.clone());
            }
        }
        // A code below another code in the set (2511 under 251) is already inside the broader
        // code's figure, so only the broadest code of each branch is counted.
        let broader_present = |code: &str| (1..code.len()).any(|len| codes.contains(&code[..len]));
        let redundant: Vec<String> = codes
            .iter()
            .filter(|code| broader_present(code))
            .cloned()
            .collect();
        for code in &redundant {
            codes.remove(code);
        }
        let mut persons = 0;
        let mut codes_counted = Vec::new();
        let mut codes_without_figures = Vec::new();
        for code in codes {
            match self.employment(&code) {
                Some(e) => {
                    persons += e.total;
                    codes_counted.push(code);
                }
                None => codes_without_figures.push(code),
            }
        }
        let distinct = codes_counted.len() + codes_without_figures.len();
        EmploymentTotal {
            persons,
            codes_counted,
            codes_without_figures,
            shared_links_skipped: links - distinct,
        }
    }
}

/// The small catalog the core tests share (codes, salaries and employment of a few trades).
#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::model::{Figure, JobTitles, NationalReference};
    use std::collections::BTreeMap;

    fn code(code: &str, name: &str) -> StyrkCode {
        StyrkCode {
            code: code.into(),
            parent: (code.len() > 1).then(|| code[..code.len() - 1].to_string()),
            level: code.len() as u8,
            name: name.into(),
            nav_category: None,
            isco_title_en: None,
        }
    }

    /// An occupation with a title and codes and nothing else.
    pub(crate) fn occupation(slug: &str, title: &str, codes: &[&str]) -> OccupationSummary {
        OccupationSummary::named(
            slug.into(),
            title.into(),
            codes.iter().map(|c| c.to_string()).collect(),
        )
    }

    fn with_profile(
        mut occupation: OccupationSummary,
        profile: crate::core::interests::Profile,
    ) -> OccupationSummary {
        occupation.interests = Some(profile);
        occupation
    }

    fn employed(total: u64) -> Employment {
        Employment {
            total,
            permanent: total,
            temporary: 0,
            unknown: 0,
        }
    }

    fn with_nav(mut code: StyrkCode, level1: &str, level2: &str) -> StyrkCode {
        code.nav_category = Some(crate::core::model::NavCategory {
            level1: level1.into(),
            level2: level2.into(),
        });
        code
    }

    fn median(value: u64) -> crate::core::model::Salary {
        let figures = crate::core::model::SalaryFigures {
            median: Figure::Value(value),
            ..Default::default()
        };
        crate::core::model::Salary {
            all: figures,
            men: figures,
            women: figures,
            median_previous: Figure::default(),
            median_latest: Figure::default(),
        }
    }

    use crate::core::programmes::tests::programme;

    /// The slugs of the occupations at `positions`, in order.
    pub(crate) fn slugs(catalog: &Catalog, positions: &[usize]) -> Vec<String> {
        positions
            .iter()
            .map(|&i| catalog.occupations()[i].slug.clone())
            .collect()
    }

    /// `search.json` for the fixture's snapshot (`data_version` "test"): NAV's job titles for
    /// `codes`, and an intro for Tømrer.
    fn search_data(codes: &[(&str, &[&str])]) -> SearchData {
        let mut intros = vec![String::new(); 6];
        intros[2] = "Bygger hus og hytter av tre.".into();
        SearchData {
            content_hash: String::new(),
            schema_version: SCHEMA_VERSION,
            data_version: "test".into(),
            job_titles: codes
                .iter()
                .map(|(code, titles)| {
                    let titles = JobTitles {
                        current: titles.iter().map(|t| t.to_string()).collect(),
                        former: Vec::new(),
                    };
                    (code.to_string(), titles)
                })
                .collect(),
            intros,
        }
    }

    /// The fixture, search ready (with NAV's job titles for two codes).
    pub(crate) fn catalog() -> Catalog {
        let catalog = catalog_before_search();
        catalog
            .attach_search_data(search_data(&[
                ("7115", &["Tømrer", "Bygningssnekker"]),
                ("7522", &["Møbelsnekker"]),
            ]))
            .unwrap();
        catalog
    }

    #[test]
    fn search_answers_once_its_file_is_settled_and_only_with_its_own() {
        let catalog = catalog_before_search();
        assert_eq!(catalog.search("bygningssnekker"), None);
        assert!(catalog.suggest_occupations("tomrer", 3).is_empty());
        let mut other = search_data(&[("7115", &["Bygningssnekker"])]);
        other.data_version = "other".into();
        assert_eq!(
            catalog.attach_search_data(other),
            Err(SearchDataError::OtherVersion {
                expected: "test".into(),
                found: "other".into()
            })
        );
        let mut short = search_data(&[]);
        short.intros.pop();
        assert_eq!(
            catalog.attach_search_data(short),
            Err(SearchDataError::Intros {
                expected: 6,
                found: 5
            })
        );
        assert_eq!(catalog.search("bygningssnekker"), None);
        catalog
            .attach_search_data(search_data(&[("7115", &["Bygningssnekker"])]))
            .unwrap();
        let found = catalog.search("bygningssnekker").expect("search is ready");
        let found: Vec<usize> = found.hits.iter().map(|hit| hit.position).collect();
        // Tømrer's own title; Møbelsnekker shares the code.
        assert_eq!(slugs(&catalog, &found), ["tomrer", "mobelsnekker"]);
        let found = catalog.search("hytter").unwrap();
        assert_eq!(
            found.hits.first().map(|hit| hit.position),
            Some(2),
            "from the intro"
        );

        // Without the file, search answers from names and codes.
        let without = catalog_before_search();
        without.search_without_search_data();
        assert!(without.search("bygningssnekker").unwrap().hits.is_empty());
        assert!(without.search("hytter").unwrap().hits.is_empty());
        let found = without.search("tømrer").unwrap();
        assert_eq!(found.hits.first().map(|hit| hit.position), Some(2));
    }

    /// The fixture before search is ready: its `search.json` not yet in.
    fn catalog_before_search() -> Catalog {
        let styrk = vec![
            code("7", "Håndverkere"),
            code("71", "Byggearbeidere"),
            code("711", "Bygningsarbeidere"),
            with_nav(
                code("7115", "Tømrere og snekkere"),
                "Bygg og anlegg",
                "Tømrer",
            ),
            code("75", "Næringsmiddelarbeidere"),
            code("752", "Treindustriarbeidere"),
            with_nav(code("7522", "Møbelsnekkere"), "Industri", "Snekker"),
            code("2", "Akademiske yrker"),
            code("25", "IKT-rådgivere"),
            code("251", "Programvareutviklere"),
            with_nav(code("2511", "Systemanalytikere"), "IT", "Utvikling"),
            with_nav(code("2512", "Programvareutviklere"), "IT", "Utvikling"),
        ];
        let employment = BTreeMap::from([
            ("7115".to_string(), employed(1000)),
            ("7522".to_string(), employed(300)),
            ("251".to_string(), employed(50_000)),
            ("2511".to_string(), employed(20_000)),
        ]);
        Catalog::new(Snapshot {
            content_hash: String::new(),
            schema_version: SCHEMA_VERSION,
            data_version: "test".into(),
            sources: vec![],
            occupations: vec![
                with_profile(
                    occupation("mobelsnekker", "Møbelsnekker", &["7522", "7115"]),
                    [62, 21, 36, 12, 19, 37],
                ),
                occupation("trevaresnekker", "Trevaresnekker", &["7522"]),
                with_profile(
                    occupation("tomrer", "Tømrer", &["7115"]),
                    [69, 20, 14, 13, 18, 35],
                ),
                with_profile(
                    occupation("it-prosjektleder", "IT-prosjektleder", &["2511", "2512"]),
                    [38, 54, 17, 21, 29, 58],
                ),
                occupation("utvikler", "Utvikler", &["251"]),
                occupation("grunder", "Gründer", &[]),
            ],
            styrk,
            salary: BTreeMap::from([
                ("7115".to_string(), median(45_000)),
                ("7522".to_string(), median(42_000)),
                ("2511".to_string(), median(70_000)),
            ]),
            employment,
            all_occupations: NationalReference {
                median_salary: Figure::Value(1),
                employed: None,
            },
            counties: vec![],
            municipalities: vec![],
            programmes: vec![
                programme(
                    "BABAT1----",
                    "Vg1 Bygg- og anleggsteknikk",
                    &["BATMF2----"],
                    &[],
                ),
                programme("BATMF2----", "Vg2 Tømrer", &["BATMR3----"], &[]),
                programme(
                    "BATMR3----",
                    "Tømrerfaget (opplæring i bedrift)",
                    &[],
                    &["tomrer", "ukjent-yrke"],
                ),
            ],
        })
        .unwrap()
    }

    #[test]
    fn programme_areas_are_found_by_name_and_lead_to_known_occupations() {
        let catalog = catalog();
        let found: Vec<&str> = catalog
            .find_programmes("bygg og anlegg", 5)
            .iter()
            .map(|p| p.code.as_str())
            .collect();
        assert_eq!(found, ["BABAT1----"]);
        assert_eq!(
            slugs(&catalog, &catalog.programme_occupations("BABAT1----")),
            ["tomrer"]
        );
        assert!(catalog.programme("BATMR3----").is_some());
        assert_eq!(catalog.vg1_programmes().len(), 1);
        assert_eq!(catalog.programme_way("BATMR3----").len(), 3);
        assert_eq!(catalog.programme_apprenticeships("BABAT1----"), 1);
        let tomrer = catalog.programme_occupations("BABAT1----");
        assert_eq!(catalog.salary_spread(&tomrer), Some((45_000, 45_000)));
        assert_eq!(catalog.salary_spread(&[]), None);
        assert!(catalog.programme_occupations("XX").is_empty());
    }

    #[test]
    fn refuses_another_schema_version() {
        let mut snapshot = catalog().snapshot().clone();
        snapshot.schema_version = SCHEMA_VERSION + 1;
        assert!(matches!(
            Catalog::new(snapshot),
            Err(CatalogError::WrongSchemaVersion { .. })
        ));
    }

    #[test]
    fn utdanning_links_to_occupations_we_hold_become_ours() {
        let catalog = catalog();
        let slug = |url: &str| catalog.occupation_at_url(url).map(|o| o.slug.as_str());
        assert_eq!(
            slug("https://utdanning.no/yrker/beskrivelse/tomrer"),
            Some("tomrer")
        );
        assert_eq!(
            slug("http://www.utdanning.no/yrker/beskrivelse/tomrer/?x=1"),
            Some("tomrer")
        );
        assert_eq!(
            slug("https://utdanning.no/yrker/beskrivelse/finnes-ikke"),
            None
        );
        assert_eq!(slug("https://utdanning.no/node/395887"), None);
        assert_eq!(slug("https://example.org/yrker/beskrivelse/tomrer"), None);
    }

    #[test]
    fn finds_occupations_and_codes() {
        let catalog = catalog();
        assert_eq!(catalog.occupation("tomrer").unwrap().title, "Tømrer");
        assert!(catalog.occupation("finnes-ikke").is_none());
        assert_eq!(catalog.code("7522").unwrap().name, "Møbelsnekkere");
        let ancestors: Vec<&str> = catalog
            .ancestors("7115")
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(ancestors, ["7", "71", "711"]);
        let children: Vec<&str> = catalog
            .children("251")
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(children, ["2511", "2512"]);
    }

    #[test]
    fn links_codes_to_occupations_both_ways() {
        let catalog = catalog();
        let under_7: Vec<&str> = catalog
            .occupations_under("7")
            .iter()
            .map(|o| o.slug.as_str())
            .collect();
        assert_eq!(under_7, ["mobelsnekker", "trevaresnekker", "tomrer"]);
        let sharing: Vec<&str> = catalog
            .occupations_sharing("7522", "mobelsnekker")
            .iter()
            .map(|o| o.slug.as_str())
            .collect();
        assert_eq!(sharing, ["trevaresnekker"]);
    }

    #[test]
    fn counts_a_shared_code_once() {
        let catalog = catalog();
        let snekkere: Vec<&OccupationSummary> = ["mobelsnekker", "trevaresnekker", "tomrer"]
            .iter()
            .map(|s| catalog.occupation(s).unwrap())
            .collect();
        let total = catalog.employment_total(snekkere);
        // Adding per occupation would give 1300 + 300 + 1000 = 2600.
        assert_eq!(total.persons, 1300);
        assert_eq!(total.codes_counted, ["7115", "7522"]);
        assert_eq!(total.shared_links_skipped, 2);
    }

    #[test]
    fn counts_a_code_inside_a_broader_code_once() {
        let catalog = catalog();
        let it: Vec<&OccupationSummary> = ["it-prosjektleder", "utvikler"]
            .iter()
            .map(|s| catalog.occupation(s).unwrap())
            .collect();
        let total = catalog.employment_total(it);
        // 2511 and 2512 are inside 251, which already holds their persons.
        assert_eq!(total.persons, 50_000);
        assert_eq!(total.codes_counted, ["251"]);
        assert!(total.codes_without_figures.is_empty());
    }

    #[test]
    fn a_code_page_counts_only_its_own_branch() {
        let catalog = catalog();
        let it: Vec<&OccupationSummary> = ["it-prosjektleder", "utvikler"]
            .iter()
            .map(|s| catalog.occupation(s).unwrap())
            .collect();
        // The occupations also have 251 (and 2512); the page of 2511 counts 2511 alone.
        let own = catalog.employment_total_within(it.iter().copied(), "2511");
        assert_eq!(own.codes_counted, ["2511"]);
        assert_eq!(own.persons, 20_000);
        assert_eq!(
            catalog.employment_total_within(it, "").persons,
            50_000,
            "no branch: every code"
        );
    }

    #[test]
    fn reports_codes_without_figures_instead_of_counting_zero() {
        let catalog = catalog();
        let total = catalog.employment_total([catalog.occupation("it-prosjektleder").unwrap()]);
        assert_eq!(total.persons, 20_000);
        assert_eq!(total.codes_without_figures, ["2512"]);
        let none = catalog.employment_total([catalog.occupation("grunder").unwrap()]);
        assert_eq!(none.persons, 0);
        assert!(none.codes_counted.is_empty());
    }

    #[test]
    fn lists_related_occupations_by_code_then_category() {
        let catalog = catalog();
        let related: Vec<(&str, Relation)> = catalog
            .related("mobelsnekker", 10)
            .into_iter()
            .map(|(o, r)| (o.slug.as_str(), r))
            .collect();
        assert_eq!(
            related,
            [
                ("trevaresnekker", Relation::SameUnitGroup),
                ("tomrer", Relation::SameUnitGroup)
            ]
        );
        let it: Vec<&str> = catalog
            .related("it-prosjektleder", 10)
            .iter()
            .map(|(o, _)| o.slug.as_str())
            .collect();
        assert!(
            it.is_empty(),
            "251 is not a unit group and has no NAV category: {it:?}"
        );
        assert!(catalog.related("finnes-ikke", 10).is_empty());
    }

    #[test]
    fn finds_codes_by_digits_or_name() {
        let catalog = catalog();
        let codes = |q: &str| -> Vec<String> {
            catalog
                .find_codes(q, 50)
                .iter()
                .map(|c| c.code.clone())
                .collect()
        };
        assert_eq!(codes("251"), ["251", "2511", "2512"]);
        assert_eq!(codes("møbel"), ["7522"]);
        assert_eq!(codes("snekkere tømrere"), ["7115"]);
        assert!(codes("  ").is_empty());
        assert!(codes("8").is_empty());
    }

    #[test]
    fn reads_a_compare_list_of_at_most_four_known_occupations() {
        let catalog = catalog();
        let list = |q: &str| -> Vec<String> {
            catalog
                .compare_list(q)
                .iter()
                .map(|o| o.slug.clone())
                .collect()
        };
        assert_eq!(
            list("tomrer,finnes-ikke,tomrer,utvikler"),
            ["tomrer", "utvikler"]
        );
        assert_eq!(
            list("tomrer,utvikler,grunder,mobelsnekker,trevaresnekker").len(),
            MAX_COMPARE
        );
        assert!(list("").is_empty());
    }

    #[test]
    fn unknown_addresses_get_suggestions() {
        let catalog = catalog();
        let slugs = |slug: &str| -> Vec<String> {
            catalog
                .suggest_occupations(slug, 3)
                .iter()
                .map(|o| o.slug.clone())
                .collect()
        };
        assert_eq!(
            slugs("mobelsnekkr")[0],
            "mobelsnekker",
            "a typo in the address"
        );
        assert_eq!(slugs("it-prosjekt-leder")[0], "it-prosjektleder");
        assert!(slugs("").is_empty());
        let codes = |code: &str| -> Vec<String> {
            catalog
                .suggest_codes(code, 5)
                .iter()
                .map(|c| c.code.clone())
                .collect()
        };
        assert!(
            codes("75229").contains(&"7522".to_string()),
            "{:?}",
            codes("75229")
        );
        assert!(codes("").is_empty());
        let _ = codes("ø\u{202e}9");
    }
}
