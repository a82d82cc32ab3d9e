//! The explorer's filters and sort orders, their URL form, and applying them to the catalog.
//!
//! Rules shown to users where they matter:
//! - An occupation with several STYRK codes matches a salary range when at least one of its
//!   codes' median lies in the range; sorting by salary uses the highest median among its codes.
//!   Codes are never averaged.
//! - Sorting by employment uses the persons in the occupation's codes, each code once. A code
//!   shared with other occupations counts for each of them, so the figure is not a head count
//!   of the occupation alone.
//! - Sorting by fit (with answers from `/interesser`) puts the occupations that fit the pupil's
//!   interest code best first (see [`crate::core::interests`]); occupations without a
//!   profile come last, alphabetically.

use crate::core::catalog::{Catalog, Facets};
use crate::core::interests::Interests;
use crate::core::model::EducationLevel;
use crate::core::order;
use crate::core::search::Results;
use crate::core::text::fold;
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
                "q" => filters.text = text_as_read(value),
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

    /// Whether a filter, answers or another order than the default is set: what "Nullstill
    /// alle filtre" clears. A searched text alone is not a filter (the search box clears it).
    pub fn has_filters(&self) -> bool {
        Filters {
            text: String::new(),
            ..self.clone()
        }
        .narrows()
            || self.sort != SortOrder::Relevance
            || self.interests.is_some()
    }

    /// The whole list sorted by pay, the other filters kept: where a question about earning
    /// well ([`asks_about_pay`]) leads.
    pub fn by_pay(&self) -> Filters {
        Filters {
            text: String::new(),
            sort: SortOrder::Salary,
            show_all: true,
            ..self.clone()
        }
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

/// Words of a question about earning well ("tjene mye penger", "høy lønn", "make money"):
/// a search cannot answer it, sorting by pay can.
const PAY_WORDS: &[&str] = &[
    "tjene", "tjener", "tene", "tener", "penger", "pengar", "lonn", "lonnen", "lon", "lona", "rik",
    "rike", "betalt", "money", "salary", "pay", "paid", "earn", "rich",
];

/// Whether a searched text asks which occupations pay well.
pub fn asks_about_pay(text: &str) -> bool {
    crate::core::search::content_words(text)
        .iter()
        .any(|word| PAY_WORDS.contains(&word.as_str()))
}

/// The longest searched text an address carries, in characters.
const MAX_TEXT_CHARS: usize = 200;

/// A searched text as it reads back from the address (`q`): at most 200 characters. A page
/// that writes a text compares what comes back with this, not with what was typed.
pub fn text_as_read(text: &str) -> String {
    text.chars().take(MAX_TEXT_CHARS).collect()
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

/// What the explorer lists: positions in [`Catalog::occupations`], and the search behind
/// them when a text was given (its answer, which hits only the texts found, the stems for
/// passages).
#[derive(Debug, Clone, PartialEq)]
pub struct Explored {
    pub positions: Vec<usize>,
    pub search: Option<Results>,
    /// A text was given before search was ready (`search.json` still loading): nothing is
    /// listed yet, and the list is not empty either.
    pub waiting_for_search: bool,
}

impl Explored {
    /// The search's hit for the occupation at `position`, when a text was searched.
    fn hit(&self, position: usize) -> Option<&crate::core::search::Hit> {
        self.search
            .as_ref()
            .and_then(|s| s.hits.iter().find(|hit| hit.position == position))
    }

    /// Whether the occupation at `position` was found only through its page's texts.
    pub fn from_text(&self, position: usize) -> bool {
        self.hit(position).is_some_and(|hit| hit.from_text)
    }

    /// Whether the occupation at `position` was found only through another occupation's job
    /// title under a code they share.
    pub fn borrowed(&self, position: usize) -> bool {
        self.hit(position).is_some_and(|hit| hit.borrowed)
    }
}

/// The occupations that pass every filter, in the chosen order, with the search's answer
/// when there is a text.
pub fn explore(catalog: &Catalog, filters: &Filters) -> Explored {
    let search = if fold(&filters.text).is_empty() {
        None
    } else {
        let Some(results) = catalog.search(&filters.text) else {
            return Explored {
                positions: Vec::new(),
                search: None,
                waiting_for_search: true,
            };
        };
        Some(results)
    };
    let positions = match &search {
        Some(results) => results.hits.iter().map(|hit| hit.position).collect(),
        None => catalog.alphabetical(),
    };
    let positions = apply(catalog, positions, filters);
    Explored {
        positions,
        search,
        waiting_for_search: false,
    }
}

/// Applies the filters (except the text, which the caller has matched already: `positions`
/// are the text matches in relevance or name order) and sorts.
fn apply(catalog: &Catalog, positions: Vec<usize>, filters: &Filters) -> Vec<usize> {
    let facets = catalog.facets();
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
            // Fit in hundred-thousandths (its level tie-break is in ten-thousandths), so that
            // equal fits fall back to alphabetical order.
            let fit = |i: usize| {
                occupations[i]
                    .interests
                    .as_ref()
                    .and_then(|profile| interests.fit(profile))
                    .map(|f| (f * 100_000.0).round() as i64)
            };
            order::sort_by_cached_key(&mut hits, |&i| {
                (std::cmp::Reverse(fit(i)), catalog.alphabetical_rank(i))
            });
        }
        SortOrder::Name => order::sort_by_key(&mut hits, |&i| catalog.alphabetical_rank(i)),
        // Equal figures (occupations sharing a code) in alphabetical order, so the list
        // does not reorder when search learns more.
        SortOrder::Salary => {
            order::sort_by_key(&mut hits, |&i| {
                (
                    std::cmp::Reverse(facets[i].highest_median()),
                    catalog.alphabetical_rank(i),
                )
            });
        }
        SortOrder::Employment => {
            order::sort_by_key(&mut hits, |&i| {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_reads_back_from_the_address_as_its_first_200_characters() {
        let long = "sykepleier ".repeat(455);
        let written = Filters {
            text: long.clone(),
            ..Filters::default()
        };
        let pairs = written.to_pairs();
        let read = Filters::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(read.text, text_as_read(&long));
        assert_eq!(read.text.chars().count(), 200);
        assert_eq!(text_as_read("kokk"), "kokk");
    }
    use crate::core::catalog::tests::{catalog, slugs};

    #[test]
    fn lists_everything_alphabetically_or_searches() {
        let catalog = catalog();
        let text = |query: &str| {
            let filters = Filters {
                text: query.into(),
                ..Default::default()
            };
            slugs(&catalog, &explore(&catalog, &filters).positions)
        };
        let all = text("");
        assert_eq!(all.first().map(String::as_str), Some("grunder"));
        assert_eq!(all.last().map(String::as_str), Some("utvikler"));
        assert_eq!(text("trevaresnekker")[0], "trevaresnekker");
        assert_eq!(text("7115").len(), 2);
        assert_eq!(text("gründer")[0], "grunder");
    }

    #[test]
    fn filters_round_trip_through_the_url() {
        let filters = Filters {
            text: "snekker ø&".into(),
            nav_level1: Some("Bygg og anlegg".into()),
            nav_level2: None,
            major_group: Some("7".into()),
            salary_min: Some(40_000),
            salary_max: Some(60_000),
            education: Some(crate::core::model::EducationLevel::TradeCertificate),
            programme: Some("BATMR3----".into()),
            sort: SortOrder::Salary,
            interests: crate::core::interests::Interests::from_query(Some("jn-v"), Some("kreativ")),
            show_all: true,
        };
        let query = filters.to_query();
        assert!(
            query.ends_with("&svar=jn-v&typer=kreativ&vis=alle"),
            "{query}"
        );
        assert!(query.starts_with("?q=snekker%20%C3%B8%26&nav1=Bygg%20og%20anlegg"));
        let pairs: Vec<(String, String)> = filters
            .to_pairs()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let back = Filters::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(back, filters);
        assert_eq!(Filters::default().to_query(), "");
        let junk = Filters::from_pairs([
            ("lonn_min", "mye"),
            ("hovedgruppe", "12"),
            ("sorter", "x"),
            ("program", "<script>"),
            ("svar", "xyz"),
            ("vis", "noe"),
        ]);
        assert_eq!(junk, Filters::default());
    }

    #[test]
    fn answers_rank_the_list_by_fit_and_leave_occupations_without_a_profile_last() {
        use crate::core::interests::Interests;
        let catalog = catalog();
        let by = |filters: Filters| slugs(&catalog, &explore(&catalog, &filters).positions);
        let practical = Filters {
            interests: Interests::from_query(None, Some("praktisk")),
            ..Default::default()
        };
        assert_eq!(practical.effective_sort(), SortOrder::Fit);
        assert!(practical.lists() && !practical.narrows());
        let ranked = by(practical.clone());
        assert_eq!(
            ranked,
            [
                "tomrer",
                "mobelsnekker",
                "it-prosjektleder",
                "grunder",
                "trevaresnekker",
                "utvikler"
            ]
        );
        let orderly = by(Filters {
            interests: Interests::from_query(None, Some("systematisk,undersokende")),
            ..Default::default()
        });
        assert_eq!(orderly[0], "it-prosjektleder");
        // Filters narrow the ranked list; another order chosen wins over fit.
        assert_eq!(
            by(Filters {
                major_group: Some("7".into()),
                ..practical.clone()
            }),
            ["tomrer", "mobelsnekker", "trevaresnekker"]
        );
        assert_eq!(
            by(Filters {
                sort: SortOrder::Salary,
                ..practical.clone()
            })[0],
            "it-prosjektleder"
        );
        // Answers that tell nothing apart leave the usual order.
        let unsure = Filters {
            interests: Interests::from_query(Some("vvv"), None),
            ..Default::default()
        };
        assert_eq!(unsure.effective_sort(), SortOrder::Relevance);
        assert_eq!(by(unsure), by(Filters::default()));
    }

    #[test]
    fn the_front_page_lists_only_when_asked() {
        assert!(!Filters::default().lists());
        for query in [
            "vis=alle",
            "q=kokk",
            "nav1=IT",
            "sorter=lonn",
            "utdanning=fagbrev",
            "typer=sosial",
        ] {
            let (key, value) = query.split_once('=').unwrap();
            assert!(Filters::from_pairs([(key, value)]).lists(), "{query}");
        }
    }

    #[test]
    fn combines_filters_and_sorts_without_averaging_codes() {
        let catalog = catalog();
        let by = |filters: Filters| slugs(&catalog, &explore(&catalog, &filters).positions);
        assert_eq!(
            by(Filters {
                major_group: Some("7".into()),
                ..Default::default()
            }),
            ["mobelsnekker", "trevaresnekker", "tomrer"]
        );
        assert_eq!(
            by(Filters {
                nav_level1: Some("Industri".into()),
                ..Default::default()
            }),
            ["mobelsnekker", "trevaresnekker"]
        );
        assert_eq!(
            by(Filters {
                nav_level2: Some("Tømrer".into()),
                ..Default::default()
            }),
            ["mobelsnekker", "tomrer"]
        );
        // Møbelsnekker has medians 42 000 and 45 000: in range when either is.
        assert_eq!(
            by(Filters {
                salary_min: Some(44_000),
                salary_max: Some(50_000),
                ..Default::default()
            }),
            ["mobelsnekker", "tomrer"]
        );
        assert_eq!(
            by(Filters {
                text: "snekker".into(),
                salary_max: Some(43_000),
                ..Default::default()
            }),
            ["mobelsnekker", "trevaresnekker"]
        );
        let by_salary = by(Filters {
            sort: SortOrder::Salary,
            ..Default::default()
        });
        assert_eq!(
            by_salary[..3],
            ["it-prosjektleder", "mobelsnekker", "tomrer"]
        );
        assert_eq!(by_salary.last().map(String::as_str), Some("utvikler"));
        let by_employment = by(Filters {
            sort: SortOrder::Employment,
            ..Default::default()
        });
        assert_eq!(by_employment[..2], ["utvikler", "it-prosjektleder"]);
        assert!(by(Filters {
            education: Some(crate::core::model::EducationLevel::HigherEducation),
            ..Default::default()
        })
        .is_empty());
    }

    #[test]
    fn a_question_about_pay_leads_to_the_list_by_pay() {
        for text in [
            "tjene mye penger",
            "høy lønn",
            "Jeg vil bli rik",
            "make money",
            "tene godt",
        ] {
            assert!(asks_about_pay(text), "{text}");
        }
        for text in ["kokk", "lønnsmedarbeider", "", "penge"] {
            assert!(!asks_about_pay(text), "{text}");
        }
        let asked = Filters {
            text: "tjene mye penger".into(),
            education: Some(EducationLevel::TradeCertificate),
            ..Default::default()
        };
        let by_pay = asked.by_pay();
        assert_eq!(by_pay.sort, SortOrder::Salary);
        assert!(by_pay.text.is_empty() && by_pay.show_all);
        assert_eq!(by_pay.education, asked.education);
        let catalog = catalog();
        let listed = slugs(
            &catalog,
            &explore(&catalog, &Filters::default().by_pay()).positions,
        );
        assert_eq!(listed[0], "it-prosjektleder");
    }

    #[test]
    fn only_filters_answers_or_an_order_count_as_filters() {
        assert!(!Filters::default().has_filters());
        let searched = Filters {
            text: "kokk".into(),
            show_all: true,
            ..Default::default()
        };
        assert!(!searched.has_filters());
        for query in [
            "nav1=IT",
            "sorter=lonn",
            "utdanning=fagbrev",
            "typer=sosial",
            "program=RMRMF1----",
            "lonn_min=40000",
        ] {
            let (key, value) = query.split_once('=').unwrap();
            assert!(Filters::from_pairs([(key, value)]).has_filters(), "{query}");
        }
    }
}
