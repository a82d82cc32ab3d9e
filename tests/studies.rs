//! Samordna opptak's studies on the real data: the written type table's coverage, cells held
//! as the files give them, and nothing odd left unreported.

mod real_data;

use real_data::real_build;
use yrkesutforskeren::builder::studies::KINDS;
use yrkesutforskeren::core::model::{CutOff, OpenAdmission, Study, StudyFigures};

fn study(code: &str) -> &'static Study {
    let built = real_build();
    built
        .studies
        .studies
        .iter()
        .find(|s| s.code == code)
        .unwrap_or_else(|| panic!("study {code} is in studies.json"))
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn the_type_table_reaches_about_a_third_of_the_occupations_that_need_higher_education() {
    let built = real_build();
    let summary = &built.summary;
    eprintln!(
        "linked occupations: {} of {}; studies {} ({} linked); types {} of {}",
        summary.with_linked_studies,
        summary.with_higher_education,
        summary.studies,
        summary.linked_studies,
        summary.linked_kinds,
        summary.kinds
    );
    assert!(
        (95..=140).contains(&summary.with_linked_studies),
        "{} occupations reached",
        summary.with_linked_studies
    );
    // Every type of the files is in the table, and every description the table names exists.
    assert_eq!(summary.kinds, KINDS.len());
    for warning in &summary.study_warnings {
        assert!(
            !warning.contains("not one of Samordna opptak's study types"),
            "{warning}"
        );
        assert!(!warning.contains("study-type table"), "{warning}");
    }
    // Each occupation page gets the types the table gives it.
    let kinds_of = |slug: &str| {
        let detail = built.details.iter().find(|d| d.slug == slug);
        detail
            .unwrap_or_else(|| panic!("{slug} is an occupation"))
            .study_kinds
            .clone()
    };
    assert_eq!(kinds_of("sykepleier"), ["HELSEFAG - SYKEPL"]);
    assert_eq!(kinds_of("allmennlege"), ["HELSEFAG - MEDISIN"]);
    assert_eq!(kinds_of("elektroingenior"), ["TEKNO - INGENIØR"]);
    assert_eq!(kinds_of("advokat"), ["JUS"]);
    // Sociology's description is under SAMFUNN, a broad type: no studies.
    assert!(kinds_of("sosiolog").is_empty());
    // Broad types link nothing.
    for broad in ["SAMFUNN", "ØKADM", "REALFAG", "SPRÅK", "INFOTEKN"] {
        let kind = built
            .studies
            .kinds
            .iter()
            .find(|k| k.code == broad)
            .unwrap();
        assert!(kind.occupations.is_empty(), "{broad} links nothing");
    }
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn cells_are_held_as_the_files_give_them() {
    let built = real_build();
    // 2020, OsloMet, Administrasjon og ledelse i offentlig virksomhet: first-time quota, main round.
    let history = &built.study_history.studies["215138"];
    assert_eq!(
        history.older_main_round[&2020].0,
        Some(CutOff::Points(4570))
    );
    // 2025, UiT, Medisin: ordinary quota, main round 66; the supplementary round kept apart.
    let medicine = study("186740");
    assert_eq!(medicine.main_round[&2025].1, Some(CutOff::Points(6600)));
    assert_eq!(medicine.main_round[&2025].0, Some(CutOff::Points(5710)));
    assert_eq!(medicine.kind.as_deref(), Some("HELSEFAG - MEDISIN"));
    assert_eq!(medicine.county.as_deref(), Some("55"));
    // 2023, Lovisenberg, Sykepleie: ordinary quota, main round.
    assert_eq!(
        study("230050").main_round[&2023].1,
        Some(CutOff::Points(5110))
    );
    // `0` (every qualified applicant got in) and `-1` (no cut-off) are not scores.
    let administration = study("203162");
    assert_eq!(
        administration.main_round[&2025].0,
        Some(CutOff::Open(OpenAdmission::EveryoneQualified))
    );
    assert_eq!(
        administration.main_round[&2025].1,
        Some(CutOff::Points(3980))
    );
    assert_eq!(
        study("204184").main_round[&2024].0,
        Some(CutOff::Open(OpenAdmission::NotGiven))
    );
    // Applicants, first-choice applicants and places: Ansgar, Teologi, 2021 and 2026.
    let theology = &built.study_history.studies["255480"];
    assert_eq!(
        theology.figures[&2021],
        StudyFigures(Some(28), Some(4), Some(20))
    );
    assert_eq!(
        study("255480").latest,
        Some((2026, StudyFigures(Some(30), Some(9), Some(20))))
    );
    assert_eq!(study("255480").institution, "AHS");
    let ansgar = built
        .studies
        .institutions
        .iter()
        .find(|i| i.short == "AHS")
        .unwrap();
    assert_eq!(ansgar.name, "Ansgar høyskole");
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn odd_cells_are_named_by_file_and_line() {
    let built = real_build();
    let warnings = &built.summary.study_warnings;
    // The published key figures hold "NA" in a few cells: each one named, shown as missing.
    assert!(warnings.iter().any(|w| w.starts_with(
        "samordna_opptak_sokere_og_studieplasser_2021-2026_programniva.csv line 1011: 2025 \"NA\""
    )));
    assert_eq!(warnings.iter().filter(|w| w.contains("\"NA\"")).count(), 9);
    assert!(warnings
        .iter()
        .any(|w| w.contains("study place \"Vesterålen\"")));
    // A semicolon inside a quoted study name is part of the name, not a column.
    let craft = study("222442");
    assert!(craft
        .former_names
        .contains(&"Tradisjonskunst; tre, metall eller tekstilhåndverk".to_string()));
    assert_eq!(craft.kind.as_deref(), Some("ESTETISK"));
}
