//! The explorer's filters and sort orders, their URL form, and applying them to the catalog.
//!
//! Rules shown to users where they matter:
//! - An occupation with several STYRK codes matches a salary range when at least one of its
//!   codes' median lies in the range; sorting by salary uses the highest median among its codes.
//!   Codes are never averaged.
//! - Sorting by employment uses the persons in the occupation's codes, each code once. A code
//!   shared with other occupations counts for each of them, so the figure is not a head count
//!   of the occupation alone.
//! - Sorting by fit (with answers from `/interesser`) puts the occupations whose profile is most
//!   like the pupil's answers first (see [`crate::core::interests`]); occupations without a
//!   profile come last, alphabetically.

use crate::core::catalog::Catalog;
use crate::core::interests::Interests;
use crate::core::model::{EducationLevel, OccupationSummary};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Best search match first; without a search, alphabetical.
    #[default]
    Relevance,
    /// Norwegian alphabetical order of titles.
    Name,
    /// Highest median salary first; occupations without one last.
    Salary,
    /// Most employed first; occupations without figures last.
    Employment,
    /// Best fit with the pupil's interests first; the default when there are answers and no
    /// search.
    Fit,
}

impl SortOrder {
    pub fn key(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevans",
            SortOrder::Name => "navn",
            SortOrder::Salary => "lonn",
            SortOrder::Employment => "sysselsatte",
            SortOrder::Fit => "passer",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "relevans" => Some(SortOrder::Relevance),
            "navn" => Some(SortOrder::Name),
            "lonn" => Some(SortOrder::Salary),
            "sysselsatte" => Some(SortOrder::Employment),
            "passer" => Some(SortOrder::Fit),
            _ => None,
        }
    }
}

pub fn education_key(level: EducationLevel) -> &'static str {
    match level {
        EducationLevel::TradeCertificate => "fagbrev",
        EducationLevel::VocationalCompetence => "yrkeskompetanse",
        EducationLevel::HigherEducation => "hoyere",
    }
}

pub fn education_from_key(key: &str) -> Option<EducationLevel> {
    match key {
        "fagbrev" => Some(EducationLevel::TradeCertificate),
        "yrkeskompetanse" => Some(EducationLevel::VocationalCompetence),
        "hoyere" => Some(EducationLevel::HigherEducation),
        _ => None,
    }
}

/// Everything the explorer can filter and sort by. Its URL form is [`Filters::to_query`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub text: String,
    pub nav_level1: Option<String>,
    pub nav_level2: Option<String>,
    /// STYRK-08 major group (one digit).
    pub major_group: Option<String>,
    /// Monthly median salary range in NOK, inclusive.
    pub salary_min: Option<u64>,
    pub salary_max: Option<u64>,
    pub education: Option<EducationLevel>,
    /// A programme area or lærefag code: only the occupations it leads to.
    pub programme: Option<String>,
    pub sort: SortOrder,
    /// What the pupil likes (`svar`, `typer` from `/interesser`): ranks by fit.
    pub interests: Option<Interests>,
    /// The pupil asked for the whole list (`vis=alle`); the front page shows it only then, or
    /// when something is searched, filtered or sorted.
    pub show_all: bool,
}

impl Filters {
    /// Reads the URL query pairs; unknown keys and malformed values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filters = Filters::default();
        let mut answers = None;
        let mut types = None;
        let non_empty = |v: &str| {
            let v = v.trim();
            (!v.is_empty()).then(|| v.chars().take(200).collect::<String>())
        };
        for (key, value) in pairs {
            match key {
                "q" => filters.text = value.chars().take(200).collect(),
                "nav1" => filters.nav_level1 = non_empty(value),
                "nav2" => filters.nav_level2 = non_empty(value),
                "hovedgruppe" => {
                    filters.major_group = value
                        .trim()
                        .parse::<u8>()
                        .ok()
                        .filter(|d| *d <= 9)
                        .map(|d| d.to_string())
                }
                "lonn_min" => filters.salary_min = value.trim().parse().ok(),
                "lonn_max" => filters.salary_max = value.trim().parse().ok(),
                "utdanning" => filters.education = education_from_key(value.trim()),
                "program" => {
                    filters.programme = non_empty(value)
                        .filter(|code| code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                }
                "sorter" => filters.sort = SortOrder::from_key(value.trim()).unwrap_or_default(),
                "svar" => answers = Some(value),
                "typer" => types = Some(value),
                "vis" => filters.show_all = value.trim() == "alle",
                _ => {}
            }
        }
        filters.interests = Interests::from_query(answers, types);
        filters
    }

    /// The query pairs for the URL, in a fixed order; defaults are left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if let Some(v) = &self.nav_level1 {
            pairs.push(("nav1", v.clone()));
        }
        if let Some(v) = &self.nav_level2 {
            pairs.push(("nav2", v.clone()));
        }
        if let Some(v) = &self.major_group {
            pairs.push(("hovedgruppe", v.clone()));
        }
        if let Some(v) = self.salary_min {
            pairs.push(("lonn_min", v.to_string()));
        }
        if let Some(v) = self.salary_max {
            pairs.push(("lonn_max", v.to_string()));
        }
        if let Some(level) = self.education {
            pairs.push(("utdanning", education_key(level).to_string()));
        }
        if let Some(code) = &self.programme {
            pairs.push(("program", code.clone()));
        }
        if self.sort != SortOrder::Relevance {
            pairs.push(("sorter", self.sort.key().to_string()));
        }
        if let Some(interests) = &self.interests {
            let answers = interests.answers_query();
            if !answers.is_empty() {
                pairs.push(("svar", answers));
            }
            let types = interests.types_query();
            if !types.is_empty() {
                pairs.push(("typer", types));
            }
        }
        if self.show_all {
            pairs.push(("vis", "alle".to_string()));
        }
        pairs
    }

    /// `?a=b&c=d` (empty when nothing is set), percent-encoded.
    pub fn to_query(&self) -> String {
        query_string(&self.to_pairs())
    }

    /// True when anything but the sort order, the interests and "show all" narrows the list.
    pub fn narrows(&self) -> bool {
        Filters {
            sort: SortOrder::Relevance,
            interests: None,
            show_all: false,
            ..self.clone()
        } != Filters::default()
    }

    /// Whether the front page shows the list: something is searched, filtered, sorted or
    /// answered, or the whole list was asked for.
    pub fn lists(&self) -> bool {
        self.show_all
            || self.narrows()
            || self.sort != SortOrder::Relevance
            || self.interests.is_some()
    }

    /// The order the list is in: by fit when there are answers that rank and neither a search
    /// nor another order is chosen.
    pub fn effective_sort(&self) -> SortOrder {
        let ranks = self.interests.as_ref().is_some_and(Interests::ranks);
        match self.sort {
            SortOrder::Relevance if ranks && self.text.trim().is_empty() => SortOrder::Fit,
            SortOrder::Fit if !ranks => SortOrder::Relevance,
            other => other,
        }
    }
}

/// `?a=b&c=d` from query pairs, values percent-encoded; empty for none.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect();
    format!("?{}", encoded.join("&"))
}

/// Percent-encodes a query value: UTF-8 bytes outside the unreserved set.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Per-occupation values the filters and sort orders use, computed once per catalog.
#[derive(Debug, Clone, Default)]
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

/// Applies the filters (except the text, which the caller has matched already: `positions`
/// are the text matches in relevance or name order) and sorts.
pub fn apply(
    catalog: &Catalog,
    facets: &[Facets],
    positions: Vec<usize>,
    filters: &Filters,
) -> Vec<usize> {
    let occupations = catalog.occupations();
    let from_programme: Option<std::collections::HashSet<usize>> = filters
        .programme
        .as_ref()
        .map(|code| catalog.programme_occupations(code).into_iter().collect());
    let mut hits: Vec<usize> = positions
        .into_iter()
        .filter(|&i| {
            if from_programme.as_ref().is_some_and(|set| !set.contains(&i)) {
                return false;
            }
            let facet = &facets[i];
            let occupation = &occupations[i];
            let nav_ok = match (&filters.nav_level1, &filters.nav_level2) {
                (None, None) => true,
                (Some(l1), None) => facet.nav.iter().any(|(a, _)| a == l1),
                (None, Some(l2)) => facet.nav.iter().any(|(_, b)| b == l2),
                (Some(l1), Some(l2)) => facet.nav.iter().any(|(a, b)| a == l1 && b == l2),
            };
            let major_ok = filters
                .major_group
                .as_ref()
                .map(|g| facet.major_groups.contains(g))
                .unwrap_or(true);
            let salary_ok = if filters.salary_min.is_none() && filters.salary_max.is_none() {
                true
            } else {
                let min = filters.salary_min.unwrap_or(0);
                let max = filters.salary_max.unwrap_or(u64::MAX);
                facet.medians.iter().any(|m| (min..=max).contains(m))
            };
            let education_ok = filters
                .education
                .map(|level| occupation.education_levels.contains(&level))
                .unwrap_or(true);
            nav_ok && major_ok && salary_ok && education_ok
        })
        .collect();
    match filters.effective_sort() {
        SortOrder::Relevance => {}
        SortOrder::Fit => {
            let Some(interests) = &filters.interests else {
                return hits;
            };
            // Fit in thousandths, so that equal fits fall back to alphabetical order.
            let fit = |i: usize| {
                occupations[i]
                    .interests
                    .as_ref()
                    .and_then(|profile| interests.fit(profile))
                    .map(|f| (f * 1000.0).round() as i64)
            };
            hits.sort_by_cached_key(|&i| (std::cmp::Reverse(fit(i)), catalog.alphabetical_rank(i)));
        }
        SortOrder::Name => hits.sort_by_key(|&i| catalog.alphabetical_rank(i)),
        // Equal figures (occupations sharing a code) in alphabetical order, so the list
        // does not reorder when search learns more.
        SortOrder::Salary => {
            hits.sort_by_key(|&i| {
                (
                    std::cmp::Reverse(facets[i].highest_median()),
                    catalog.alphabetical_rank(i),
                )
            });
        }
        SortOrder::Employment => {
            hits.sort_by_key(|&i| {
                (
                    std::cmp::Reverse(facets[i].employed),
                    catalog.alphabetical_rank(i),
                )
            });
        }
    }
    hits
}

/// NAV level-1 categories with their level-2 categories and how many occupations have each.
pub fn nav_options(facets: &[Facets]) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut options: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for facet in facets {
        for (l1, l2) in &facet.nav {
            *options
                .entry(l1.clone())
                .or_default()
                .entry(l2.clone())
                .or_default() += 1;
        }
    }
    options
}
