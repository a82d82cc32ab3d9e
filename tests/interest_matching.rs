//! Interest matching on the real data: what a pupil who likes one kind of work, or two, sees
//! first on `/interesser`. Liking one kind alone, at least 8 of the top 10 occupations must have
//! that kind as their strongest; liking two, at least 8 of the top 10 must have both among their
//! three strongest. The figures are printed (`--nocapture`) for the README.
#![cfg(not(target_arch = "wasm32"))]

mod real_data;

use real_data::real_catalog;
use yrkesutforskeren::core::catalog::Catalog;
use yrkesutforskeren::core::explore::{explore, Filters, SortOrder};
use yrkesutforskeren::core::interests::{
    place_in, statement_type, Answer, InterestType, Interests, STATEMENT_COUNT,
};

/// Every statement of `kinds` liked, nothing else answered.
fn liking(kinds: &[InterestType]) -> Interests {
    let mut interests = Interests::default();
    for index in 0..STATEMENT_COUNT {
        if kinds.contains(&statement_type(index)) {
            interests.set_answer(index, Some(Answer::Like));
        }
    }
    interests
}

/// The first `n` occupations `/interesser` lists for these answers.
fn top(catalog: &Catalog, interests: &Interests, n: usize) -> Vec<usize> {
    let filters = Filters {
        interests: Some(interests.clone()),
        ..Filters::default()
    };
    assert_eq!(filters.effective_sort(), SortOrder::Fit);
    explore(catalog, &filters)
        .positions
        .into_iter()
        .take(n)
        .collect()
}

/// How many of `positions` have every kind of `kinds` at a place before `within` in their own
/// order (0 = strongest).
fn having(catalog: &Catalog, positions: &[usize], kinds: &[InterestType], within: usize) -> usize {
    positions
        .iter()
        .filter(|&&p| {
            catalog.occupations()[p]
                .interests
                .as_ref()
                .is_some_and(|profile| kinds.iter().all(|&k| place_in(profile, k) < within))
        })
        .count()
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn one_kind_liked_alone_lists_occupations_strongest_in_it() {
    let catalog = real_catalog();
    let mut failures = Vec::new();
    for kind in InterestType::ALL {
        let top10 = top(catalog, &liking(&[kind]), 10);
        let count = having(catalog, &top10, &[kind], 1);
        println!("{kind:?}: {count} of 10 strongest in it");
        if count < 8 {
            failures.push(format!("{kind:?}: {count} of 10"));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn two_kinds_liked_list_occupations_with_both_among_their_three_strongest() {
    let catalog = real_catalog();
    let mut failures = Vec::new();
    for (i, &first) in InterestType::ALL.iter().enumerate() {
        for &second in &InterestType::ALL[i + 1..] {
            let top10 = top(catalog, &liking(&[first, second]), 10);
            let count = having(catalog, &top10, &[first, second], 3);
            // Where the data has fewer such occupations, all of them must be in the top 10.
            let available = having(
                catalog,
                &(0..catalog.occupations().len()).collect::<Vec<_>>(),
                &[first, second],
                3,
            );
            println!("{first:?} + {second:?}: {count} of 10 (in all {available})");
            if count < 8.min(available) {
                failures.push(format!("{first:?} + {second:?}: {count} of 10"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

fn slugs(catalog: &Catalog, positions: &[usize]) -> Vec<String> {
    positions
        .iter()
        .map(|&p| catalog.occupations()[p].slug.clone())
        .collect()
}

/// The walk-through's case: "Reparere en sykkel" and one more practical statement liked.
#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn two_practical_likes_list_practical_trades_not_dentists() {
    let catalog = real_catalog();
    let mut interests = Interests::default();
    interests.set_answer(0, Some(Answer::Like));
    interests.set_answer(6, Some(Answer::Like));
    let top50 = slugs(catalog, &top(catalog, &interests, 50));
    println!("{:?}", &top50[..20]);
    for unfitting in ["tannlege", "veterinaer"] {
        assert!(
            !top50.contains(&unfitting.to_string()),
            "{unfitting} in {top50:?}"
        );
    }
}
