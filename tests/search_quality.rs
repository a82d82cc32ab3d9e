//! Search quality on the real data: the committed set of real-world queries
//! (`tests/search/quality.json`), with the full-text index loaded as the app loads it.
//!
//! Each query says what a person would expect in the top three, in one of two forms:
//! - `expect`: at most five occupations, the obvious one first where there is one (then also
//!   named as `obvious`). Recall of the query = expected occupations in the top 3 ÷ min(3, n).
//! - `rule`, for broad intents ("jobbe ute") and codes: a test a person wrote that each
//!   occupation in the top 3 must pass (a NAV area of one of its codes, a word in its title, a
//!   STYRK code). Recall = top-3 occupations passing ÷ 3.
//!
//! Where a query names an `obvious` answer, whether it is in the top 3 is counted apart.
#![cfg(not(target_arch = "wasm32"))]

mod real_data;

use real_data::real_catalog;

use serde::Deserialize;
use std::collections::BTreeMap;
use yrkesutforskeren::core::catalog::Catalog;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QualityQuery {
    query: String,
    kind: String,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default)]
    rule: Option<Rule>,
    #[serde(default)]
    obvious: Option<String>,
}

/// What each of the top three must be, for a broad query. An occupation passes when one of
/// its STYRK codes has one of the NAV areas (either level), when its title holds the word, or
/// when it has the code.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    #[serde(default)]
    nav_level1: Vec<String>,
    #[serde(default)]
    nav_level2: Vec<String>,
    #[serde(default)]
    title_contains: Option<String>,
    #[serde(default)]
    styrk: Option<String>,
}

impl Rule {
    fn passes(&self, catalog: &Catalog, slug: &str) -> bool {
        let Some(occupation) = catalog.occupation(slug) else {
            return false;
        };
        let in_area = occupation.styrk.iter().any(|code| {
            catalog
                .code(code)
                .and_then(|c| c.nav_category.as_ref())
                .is_some_and(|nav| {
                    self.nav_level1.contains(&nav.level1) || self.nav_level2.contains(&nav.level2)
                })
        });
        let in_title = self
            .title_contains
            .as_ref()
            .is_some_and(|word| occupation.title.to_lowercase().contains(word.as_str()));
        let has_code = self
            .styrk
            .as_ref()
            .is_some_and(|code| occupation.styrk.contains(code));
        in_area || in_title || has_code
    }
}

/// The first `n` slugs the search gives for `query`.
fn top(catalog: &Catalog, query: &str, n: usize) -> Vec<String> {
    catalog
        .search(query)
        .expect("the real catalog's search is ready")
        .hits
        .into_iter()
        .take(n)
        .map(|h| catalog.occupations()[h.position].slug.clone())
        .collect()
}

/// Queries a walk-through as pupils found wanting, each with what it must find.
#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn walk_through_queries_find_what_pupils_mean() {
    let catalog = real_catalog();
    let elektrisitet = top(catalog, "elektrisitet", 3);
    assert!(
        elektrisitet.contains(&"elektriker".to_string()),
        "{elektrisitet:?}"
    );
    // "fikse" is an intent verb ("reparere"), not a typo of "fiske".
    for query in ["fikse ting", "fikse"] {
        let found = top(catalog, query, 10);
        assert!(
            !found.iter().any(|s| s.contains("fiske")),
            "{query}: {found:?}"
        );
        assert!(
            ["skomaker", "urmaker", "gullsmed"]
                .iter()
                .any(|s| found[..5].contains(&s.to_string())),
            "{query}: {found:?}"
        );
    }
    let sea = top(catalog, "jobb på sjøen", 3);
    for slug in ["matros", "fisker"] {
        assert!(sea.contains(&slug.to_string()), "jobb på sjøen: {sea:?}");
    }
    let car = top(catalog, "car mechanic", 3);
    assert!(
        car.contains(&"bilmekaniker_lette_kjoretoy".to_string()),
        "car mechanic: {car:?}"
    );
}

/// The gates stand where the honest figures stood when the expectations were rewritten
/// (README, "Search quality"): a change that makes search worse for pupils fails here.
const RECALL_GATE: f64 = 0.918;
const OBVIOUS_GATE: f64 = 24.0 / 37.0;

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn top_three_recall_holds_on_expectations_a_person_wrote() {
    let catalog = real_catalog();
    let queries: Vec<QualityQuery> = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search/quality.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(
        queries.len() >= 300,
        "the quality set has {} queries",
        queries.len()
    );

    let mut per_kind: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    let mut total = 0.0;
    let (mut obvious_found, mut obvious_asked) = (0usize, 0usize);
    let mut misses = Vec::new();
    for q in &queries {
        // Each query is written in one form, tightly.
        assert!(
            q.expect.is_empty() != q.rule.is_none(),
            "{}: either expect or rule",
            q.query
        );
        assert!(q.expect.len() <= 5, "{}: at most five answers", q.query);
        for slug in q.expect.iter().chain(&q.obvious) {
            assert!(
                catalog.occupation(slug).is_some(),
                "{}: unknown slug {slug}",
                q.query
            );
        }
        if let (Some(obvious), false) = (&q.obvious, q.expect.is_empty()) {
            assert_eq!(obvious, &q.expect[0], "{}: the obvious one first", q.query);
        }
        let top = top(catalog, &q.query, 3);
        let recall = match &q.rule {
            Some(rule) => top.iter().filter(|s| rule.passes(catalog, s)).count() as f64 / 3.0,
            None => {
                let found = q.expect.iter().filter(|e| top.contains(e)).count();
                found as f64 / q.expect.len().min(3) as f64
            }
        };
        total += recall;
        let entry = per_kind.entry(q.kind.as_str()).or_default();
        entry.0 += recall;
        entry.1 += 1;
        let obvious_missed = q.obvious.as_ref().is_some_and(|o| !top.contains(o));
        if let Some(obvious) = &q.obvious {
            obvious_asked += 1;
            obvious_found += usize::from(top.contains(obvious));
        }
        if recall < 1.0 || obvious_missed {
            let wanted = match &q.rule {
                Some(_) => "its rule".to_string(),
                None => format!("{:?}", q.expect),
            };
            misses.push(format!(
                "  {:<28} {:.2}{} expected {wanted}, top 3 {top:?}",
                q.query,
                recall,
                if obvious_missed {
                    " (obvious one missing)"
                } else {
                    ""
                },
            ));
        }
    }
    let overall = total / queries.len() as f64;
    let obvious = obvious_found as f64 / obvious_asked as f64;
    println!(
        "search quality: {} queries, top-3 recall {:.1} %; the obvious answer in the top 3 for \
         {obvious_found} of {obvious_asked} ({:.1} %)",
        queries.len(),
        overall * 100.0,
        obvious * 100.0
    );
    for (kind, (sum, n)) in &per_kind {
        println!(
            "  {kind:<10} {n:>3} queries  {:.1} %",
            sum / *n as f64 * 100.0
        );
    }
    println!("not fully found ({}):\n{}", misses.len(), misses.join("\n"));
    assert!(
        overall >= RECALL_GATE,
        "top-3 recall {:.1} % is below {:.1} %",
        overall * 100.0,
        RECALL_GATE * 100.0
    );
    assert!(
        obvious >= OBVIOUS_GATE,
        "the obvious answer is in the top 3 for {:.1} %, below {:.1} %",
        obvious * 100.0,
        OBVIOUS_GATE * 100.0
    );
}
