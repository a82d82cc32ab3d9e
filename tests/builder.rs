//! The snapshot builder on small hand-written fixtures (and, when present, on the real data):
//! parsing, joins, validation errors that name file and record, determinism, atomic output.
#![cfg(not(target_arch = "wasm32"))]

mod real_data;

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use yrkesutforskeren::builder::{self, Built};
use yrkesutforskeren::core::catalog::{decode_checked, Catalog};
use yrkesutforskeren::core::model::{
    Block, Figure, MissingReason, OccupationDetail, SearchData, Snapshot,
};

/// A fresh folder under target/ for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("builder-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn write_json(path: &Path, value: &Value) {
    write(path, &serde_json::to_string_pretty(value).unwrap());
}

fn klass(code: &str, parent: Option<&str>, level: &str, name: &str) -> Value {
    json!({"code": code, "parentCode": parent, "level": level, "name": name, "shortName": "", "notes": ""})
}

fn cell(yrke: &str, extra: &[(&str, &str)], value: Option<u64>, status: Option<&str>) -> Value {
    let mut dims = serde_json::Map::new();
    dims.insert("Yrke".into(), json!({"code": yrke, "label": yrke}));
    for (k, v) in extra {
        dims.insert((*k).into(), json!({"code": v, "label": v}));
    }
    json!({"value": value, "status": status, "dimensions": dims})
}

/// Writes a complete, valid raw folder: two occupations sharing code 7522, one with a task list.
fn fixture(raw: &Path) {
    write_json(
        &raw.join("classification/ssb_klass7_styrk08_nb_codesAt2024-01-01.json"),
        &json!({"codes": [
            klass("7", None, "1", "Håndverkere"),
            klass("75", Some("7"), "2", "Næringsmiddelarbeidere mv."),
            klass("752", Some("75"), "3", "Treindustriarbeidere"),
            klass("7522", Some("752"), "4", "Møbelsnekkere"),
            klass("2", None, "1", "Akademiske yrker"),
            klass("25", Some("2"), "2", "IKT-rådgivere"),
            klass("251", Some("25"), "3", "Programvareutviklere"),
            klass("2511", Some("251"), "4", "Systemanalytikere"),
        ]}),
    );
    write_json(
        &raw.join("classification/nav_arbeidsplassen_styrk08_yrkeskategori.json"),
        &json!({
            "7522": {"styrkCode": "7522", "styrkDescription": "x", "categoryLevel1": "Håndverkere ", "categoryLevel2": "Snekker"},
            "2511": {"styrkCode": "2511", "styrkDescription": "x", "categoryLevel1": "IT", "categoryLevel2": "Utvikling"}
        }),
    );
    write(
        &raw.join("classification/ilo_isco08_en_titles_4digit_padded.csv"),
        "code4,title_en\n2000,Professionals\n2511,Systems Analysts\n7522,\"Cabinet-makers, and related\"\n",
    );
    write_json(
        &raw.join("occupations/utdanningno_yrkesbeskrivelser_2026-03_fixture.json"),
        &json!([
            {"title": "Møbelsnekker", "id": "y_mobel", "slug": "moebelsnekker", "styrk08": ["7522"],
             "description_html": "<p>Lager møbler&nbsp;av tre.</p><h3>Vanlige arbeidsoppgaver for en møbelsnekker:</h3><ul><li>tegne</li><li>høvle</li></ul>",
             "description": "", "education_html": "<p>Vg1 Bygg.</p>", "education": "Vg1 Bygg.",
             "traits": "Nøyaktig.", "where_work": "  Verksted.  ",
             "url": "https://utdanning.no/yrker/beskrivelse/mobelsnekker"},
            {"title": "Trevaresnekker", "id": "y_treva", "slug": "trevaresnekker", "styrk08": ["7522", "9999"],
             "description_html": null, "description": "", "education_html": null, "education": "",
             "traits": "", "where_work": null,
             "url": "https://utdanning.no/yrker/beskrivelse/trevaresnekker"}
        ]),
    );
    let sexes = [("0", 1u64), ("1", 2), ("2", 3)];
    let measures = ["01", "02", "051", "061"];
    let mut rows = vec![cell(
        "0-9",
        &[("Kjonn", "0"), ("MaaleMetode", "01"), ("Tid", "2025")],
        Some(50000),
        None,
    )];
    for code in ["7522", "2511", "25", "3_01-03"] {
        for (sex, factor) in sexes {
            for (m, measure) in measures.iter().enumerate() {
                let suppressed = code == "7522" && sex == "2";
                rows.push(cell(
                    code,
                    &[("Kjonn", sex), ("MaaleMetode", measure), ("Tid", "2025")],
                    (!suppressed).then_some(40000 + factor * 1000 + m as u64 * 10),
                    suppressed.then_some(":"),
                ));
            }
        }
    }
    write_json(
        &raw.join("salary/ssb_11418_occupation-distribution-latest_2025.json"),
        &json!({"tableId": "11418", "rows": rows}),
    );
    for (file, period, value) in [
        (
            "ssb_11658_occupation-latest-median_2025K4.json",
            "2025K4",
            42000u64,
        ),
        (
            "ssb_11658_occupation-previous-median_2024K4.json",
            "2024K4",
            40000,
        ),
    ] {
        let rows: Vec<Value> = ["7522", "2511"]
            .iter()
            .flat_map(|code| {
                [
                    cell(
                        code,
                        &[("Kjonn", "0"), ("Alder", "999D"), ("Tid", period)],
                        Some(value),
                        None,
                    ),
                    cell(
                        code,
                        &[("Kjonn", "1"), ("Alder", "999D"), ("Tid", period)],
                        Some(1),
                        None,
                    ),
                ]
            })
            .collect();
        write_json(
            &raw.join("salary").join(file),
            &json!({"tableId": "11658", "rows": rows}),
        );
    }
    let mut rows = vec![];
    for (code, total) in [("0-9", 1000u64), ("7522", 400), ("2511", 600)] {
        for (contract, share) in [("0", 1.0), ("F", 0.75), ("M", 0.25), ("09", 0.0)] {
            for age in ["15-74", "20-66"] {
                rows.push(cell(
                    code,
                    &[
                        ("Region", "0"),
                        ("Ansettelsesforhold", contract),
                        ("Alder", age),
                        ("Tid", "2025"),
                    ],
                    Some((total as f64 * share) as u64),
                    None,
                ));
            }
        }
    }
    write_json(
        &raw.join("employment/ssb_14437_occupation-contract-latest.json"),
        &json!({"tableId": "14437", "rows": rows}),
    );
    write(
        &raw.join("employment/nav_arbeidssokere_per_yrke_2002-2017_datahotell.csv"),
        "\u{feff}aar;yrke_grovgruppe;yrke_fingruppe;yrkeskode;yrke;yrkesbetegnelse;isco_versjon;antall_arbeidssokere\n\
         2011;x;x;7422;Gammel kode;Gammel tittel;ISCO-88;1\n\
         2016;x;x;7522;Møbelsnekkere;Møbelsnekker, Snekker (møbler, interiør);ISCO-08;10\n\
         2017;x;x;7522;Møbelsnekkere;Møbelsnekker, Stolmaker;ISCO-08;12\n\n",
    );
    write_json(
        &raw.join("apprenticeships/utdanningno_programomrade_til_yrker_2026-10_fixture.json"),
        &json!({"kilde": "fixture", "programomrader": {
            "BATMF3----": {"sluttkompetanse": "Fagbrev", "tittel": "Møbelsnekkerfaget", "sti": "/utdanningsoversikt/mobelsnekkerfaget",
                           "tekst": "Fører fram til fagbrev.",
                           "yrker": [{"tittel": "Møbelsnekker", "sti": "/yrker/beskrivelse/mobelsnekker"},
                                     {"tittel": "Borte", "sti": "/yrker/beskrivelse/finnes_ikke"}]}
        }}),
    );
    write_json(
        &raw.join("apprenticeships/utdanningno_vgs_lop_programomrader_2026-10_fixture.json"),
        &json!({"noder": {"BABAT1----": "Vg1 Bygg- og anleggsteknikk", "BATMF2----": "Vg2 Trearbeid",
                          "BATMF3----": "Møbelsnekkerfaget (opplæring i bedrift)"},
                "videre": {"BABAT1----": ["BATMF2----"], "BATMF2----": ["BATMF3----"]},
                "kryss": {}}),
    );
    write_json(
        &raw.join("education/utdanningno_utdanningsbeskrivelse_til_yrke_2025_fixture.json"),
        &json!([
            {"name": "Trevaresnekker", "url": "/yrker/beskrivelse/trevaresnekker", "education_id": "main_u_tre"},
            {"name": "Trevaresnekker", "url": "/yrker/beskrivelse/trevaresnekker", "education_id": "main_u_tre"}
        ]),
    );
    write_json(
        &raw.join("regions/ssb_klass104_fylker_codesAt2024-01-01.json"),
        &json!({"codes": [klass("55", None, "1", "Troms - Romsa - Tromssa"), klass("99", None, "1", "Uoppgitt")]}),
    );
    write_json(
        &raw.join("regions/ssb_klass131_kommuner_codesAt2024-01-01.json"),
        &json!({"codes": [klass("5501", None, "1", "Tromsø - Romsa - Tromssa"), klass("5503", None, "1", "Harstad - Hárstták"), klass("9999", None, "1", "Uoppgitt")]}),
    );
    region_fixture(raw);
    interest_fixture(raw);
    school_fixture(raw);
    study_fixture(raw);
}

/// One engineering study in Harstad with both quotas of the 2025 main round, and its figures.
fn study_fixture(raw: &Path) {
    write(
        &raw.join("higher-education/samordna_opptak_poenggrenser_2025.csv"),
        "Kvote;Lærested;Opptaksrunde;Studiekode;Studienavn;Studiested;Utdanningsområde og -type;År;Poenggrense\n\
         Førstegangsvitnemålskvote;UIT;Hovedopptak;186 123;Ingeniør, elektro;Harstad;TEKNO - INGENIØR;2025;41.3\n\
         Ordinær kvote;UIT;Hovedopptak;186 123;Ingeniør, elektro;Harstad;TEKNO - INGENIØR;2025;-1\n",
    );
    write(
        &raw.join("higher-education/samordna_opptak_sokere_og_studieplasser_2021-2026_fixture.csv"),
        "Institusjon;Studie- kode;Studienavn;Studie- sted;Utdannings- type;Nøkkeltall;2025;2026\n\
         UiT Norges arktiske universitet;186123;Ingeniør, elektro;Harstad;Teknologiske fag - ingeniør;Studieplasser;30;35\n",
    );
}

/// One upper-secondary school in Tromsø (5501) with three programme rows: a Vg1, a Vg2 the
/// rule matches by its first word, and a Vg2 it cannot match.
fn school_fixture(raw: &Path) {
    write_json(
        &raw.join("regions/geo/kartverket_kommuner_2024_S.topojson"),
        &json!({"type": "Topology", "objects": {"Kommuner": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "properties": {"kommunenummer": "5501"}, "arcs": [[0]]},
            {"type": "Polygon", "properties": {"kommunenummer": "5503"}, "arcs": [[1]]}
        ]}}, "arcs": [
            [[18.0, 69.0], [20.0, 69.0], [20.0, 70.0], [18.0, 70.0], [18.0, 69.0]],
            [[16.0, 68.5], [17.5, 68.5], [17.5, 69.0], [16.0, 69.0], [16.0, 68.5]]
        ]}),
    );
    write_json(
        &raw.join("schools/vgs_schools_admission_points_fixture.json"),
        &json!({"years": [2024, 2025], "counties": [
            {"code": "55", "fylke": "Troms", "round": "1", "free_choice": false, "source": "https://example.org/poeng"}
        ], "schools": [
            {"name": "Kongsbakken", "nsr_name": "Kongsbakken videregående skole", "orgnr": "974795655",
             "fylkesnummer": "55", "address": "Skolegata 1, 9008, TROMSØ", "lat": 69.6, "lon": 18.9,
             "url": "tffk.no/kongsbakken", "programs": [
                {"program": "Bygg- og anleggsteknikk", "program_en": "x", "level": "Vg1", "category": "BA",
                 "values": {"2024": 38.5, "2025": "open"}},
                {"program": "Trearbeid, SK 3 år", "program_en": "x", "level": "Vg2", "category": "BA",
                 "values": {"2025": 41.0}},
                {"program": "Byggteknikk", "program_en": "x", "level": "Vg2", "category": "BA",
                 "values": {"2019": null, "2020": 35.0}}
             ]}
        ]}),
    );
}

/// O*NET's interest scores for cabinet-makers (7522 → SOC 51-7011); 2511 has no counterpart.
fn interest_fixture(raw: &Path) {
    write(
        &raw.join("interests/bls_isco08_to_soc2010_crosswalk.csv"),
        "ISCO-08 Code,ISCO-08 Title EN,part,2010 SOC Code,2010 SOC Title,Comment 8/17/11\n\
         7522,Cabinet-makers and related workers,,51-7011 ,Cabinetmakers and Bench Carpenters,\n",
    );
    write(
        &raw.join("interests/onet_soc2010_to_soc2019_crosswalk.csv"),
        "O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,O*NET-SOC 2019 Code,O*NET-SOC 2019 Title\n\
         51-7011.00,Cabinetmakers and Bench Carpenters,51-7011.00,Cabinetmakers and Bench Carpenters\n",
    );
    let scores: String = [
        ("Realistic", "6.80"),
        ("Investigative", "2.10"),
        ("Artistic", "3.30"),
        ("Social", "1.20"),
        ("Enterprising", "1.90"),
        ("Conventional", "3.70"),
    ]
    .iter()
    .map(|(name, value)| {
        format!("51-7011.00\t1.B.1\t{name}\tOI\t{value}\t11/2023\tMachine Learning\r\n")
    })
    .collect();
    write(
        &raw.join("interests/onet_30x_interests.txt"),
        &format!("O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tDate\tDomain Source\r\n{scores}"),
    );
}

/// Employers, study places, shortage and the map for county 55 (Tromsø 5501, Harstad 5503,
/// which was 5402 in 2020–2023).
fn region_fixture(raw: &Path) {
    write_json(
        &raw.join("regions/ssb_klass131_changes_1971-01-01_2025-01-02.json"),
        &json!({"codeChanges": [
            {"oldCode": "1902", "oldName": "Tromsø", "newCode": "5401", "newName": "Tromsø", "changeOccurred": "2020-01-01"},
            {"oldCode": "5401", "oldName": "Tromsø", "newCode": "5501", "newName": "Tromsø - Romsa - Tromssa", "changeOccurred": "2024-01-01"},
            {"oldCode": "5402", "oldName": "Harstad", "newCode": "5503", "newName": "Harstad - Hárstták", "changeOccurred": "2024-01-01"}
        ]}),
    );
    write(
        &raw.join("employers/udir_nsr_grunnskoler_2026-01_orgnr_skjermfribarndom.csv"),
        "fylkesnummer,kommunenummer,skolenavn,organisasjonsnummer,lavestetrinn,hoyestetrinn,eierforhold,besoksadresse_adressenavn\n\
         55,5503,Medkila skole,977489784,1,7,Offentlig,Høgholtet 36\n\
         55,5503,Harstad kommune Medkila barneskole,977489784,1,7,Offentlig,Høgholtet 36\n\
         55,5501,Bjerkaker skole,974795655,1,7,Offentlig,Skoleveien 1\n",
    );
    write(
        &raw.join("employers/geonorge_udir_grunnskoler_2024_skjermfribarndom.tsv"),
        "\u{feff}navn\tantall_elever\tantall_ansatte\tlaveste_trinn\thoyeste_trinn\teierforhold\tkommunenummer\tgeom_wkt\n\
         Medkila skole\t300\t41\t1\t7\tOffentlig\t5402\tPOINT(1 2)\n\
         Bjerkaker skole\t200\t\t1\t7\tOffentlig\t5401\tPOINT(1 2)",
    );
    write(
        &raw.join("employers/ssb_klass_corr1236_kommune_orgnr_2020-2023.csv"),
        "\"sourceCode\";\"sourceName\";\"targetCode\";\"targetName\"\n\
         \"940101808\";\"TROMSØ KOMMUNE\";\"5401\";\"Tromsø\"\n\
         \"972417971\";\"HARSTAD KOMMUNE\";\"5402\";\"Harstad\"\n",
    );
    write_json(
        &raw.join("apprenticeships/udir_nor_opplaeringskontor_2026-10_fixture.json"),
        &json!({"kilde": "fixture", "kontor": [
            {"orgnr": "938371547", "navn": "Troms opplæringskontor", "fylke": "55", "kommune": "Tromsø",
             "nettside": "javascript:alert(1)", "laerlinger": 74, "godkjentI": ["55"]},
            {"orgnr": "898745422", "navn": "Ukjent sted AS", "fylke": "55", "kommune": "Finnes ikke",
             "nettside": "https://example.org/", "laerlinger": null, "godkjentI": ["55"]}
        ]}),
    );
    write_json(
        &raw.join("education/utdanningno_hoyere_utdanning_sok_per_fylke_2025_fixture.json"),
        &json!({"by_fylke": {
            "Troms": [
                {"entity_id": "a", "title": "Medisin", "larested": "UiT", "stedsnavn": "Tromsø", "url": "/utdanning/uit/medisin"},
                {"entity_id": "a", "title": "Medisin", "larested": "UiT", "stedsnavn": "Tromsø", "url": "/utdanning/uit/medisin"},
                {"entity_id": "b", "title": "Nett", "larested": "UiT", "stedsnavn": "", "url": "javascript:x"}
            ],
            "Svalbard": [{"entity_id": "c", "title": "Arktis", "larested": "UNIS", "stedsnavn": "Longyearbyen", "url": "/utdanning/unis/a"}]
        }}),
    );
    write(
        &raw.join("employment/nav_bedriftsundersokelse_2017_mangel_per_yrke_fylke_datahotell.csv"),
        "\u{feff}aar;yrkekode;yrke;ostfold;akershus;oslo;hedmark;oppland;buskerud;vestfold;telemark;aust_agder;vest_agder;rogaland;hordaland;sogn_fjordane;more_og_romsdal;trondelag;nordland;troms;finnmark;norge\n\
         2017;7522;Møbelsnekkere;0;0;25;0;0;0;0;0;0;0;0;0;0;0;0;0;50;25;1 100\n",
    );
    write_json(
        &raw.join("regions/geo/kartverket_fylker_2024_S.geojson"),
        &json!({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"fylkesnummer": "55"},
             "geometry": {"type": "Polygon", "coordinates": [[[16.0, 68.5], [20.0, 68.5], [20.0, 70.0], [16.0, 70.0], [16.0, 68.5]]]}}
        ]}),
    );
}

#[test]
fn schools_are_matched_to_programme_areas_placed_and_every_unmatched_name_reported() {
    use yrkesutforskeren::core::model::{AdmissionState, Threshold};
    let (_dir, built) = built_fixture("schools");
    let schools = &built.schools;
    assert_eq!(schools.data_version, built.snapshot.data_version);
    assert_eq!(schools.schools.len(), 1);
    let school = &schools.schools[0];
    assert_eq!(school.name, "Kongsbakken videregående skole");
    assert_eq!(school.short_name.as_deref(), Some("Kongsbakken"));
    assert_eq!(school.municipality.as_deref(), Some("5501"));
    assert_eq!(
        school.website.as_deref(),
        Some("https://tffk.no/kongsbakken")
    );
    let codes: Vec<Option<&str>> = school
        .programmes
        .iter()
        .map(|p| p.code.as_deref())
        .collect();
    assert_eq!(codes, [Some("BABAT1----"), Some("BATMF2----"), None]);
    // "No waiting list" is its own state, never 0 points; an empty cell is no figure.
    let vg1 = &school.programmes[0].thresholds;
    assert_eq!(vg1.get(&2024), Some(&Threshold::Points(38.5)));
    assert_eq!(
        vg1.get(&2025),
        Some(&Threshold::Admission(AdmissionState::NoWaitingList))
    );
    assert_eq!(school.programmes[2].thresholds.len(), 1);
    assert_eq!(built.summary.school_rows, 3);
    assert_eq!(built.summary.matched_school_rows, 2);
    assert_eq!(
        built.summary.unmatched_school_programmes,
        [(2, "BA".to_string(), "Byggteknikk".to_string(), 1)]
    );
    assert!(built
        .summary
        .to_string()
        .contains("\"Byggteknikk\" (1 rows) matches no programme area"));
    assert!(built
        .snapshot
        .sources
        .iter()
        .any(|s| s.period == "2020–2025" && s.credit.contains("Poengkart")));
}

#[test]
fn a_malformed_school_row_names_file_school_and_programme() {
    let message = error_for("school-points", |raw| {
        let path = raw.join("schools/vgs_schools_admission_points_fixture.json");
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("41.0", "\"41,0\"");
        write(&path, &text);
    });
    assert!(
        message.contains("vgs_schools_admission_points_fixture.json"),
        "{message}"
    );
    assert!(
        message.contains("Kongsbakken videregående skole"),
        "{message}"
    );
    assert!(message.contains("Trearbeid, SK 3 år"), "{message}");
    assert!(
        message.contains("neither points nor a known state"),
        "{message}"
    );
    let message = error_for("school-category", |raw| {
        let path = raw.join("schools/vgs_schools_admission_points_fixture.json");
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\"BA\"", "\"XX\"");
        write(&path, &text);
    });
    assert!(message.contains("category \"XX\""), "{message}");
}

fn built_fixture(name: &str) -> (PathBuf, Built) {
    let dir = scratch(name);
    let raw = dir.join("raw");
    fixture(&raw);
    let built = builder::build(&raw).expect("the fixture builds");
    (dir, built)
}

fn error_for(name: &str, break_fixture: impl FnOnce(&Path)) -> String {
    let dir = scratch(name);
    let raw = dir.join("raw");
    fixture(&raw);
    break_fixture(&raw);
    match builder::build(&raw) {
        Ok(_) => panic!("the broken fixture {name} was accepted"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn joins_occupations_codes_and_figures() {
    let (_, built) = built_fixture("joins");
    let snapshot = &built.snapshot;
    let slugs: Vec<&str> = snapshot
        .occupations
        .iter()
        .map(|o| o.slug.as_str())
        .collect();
    assert_eq!(
        slugs,
        ["mobelsnekker", "trevaresnekker"],
        "slug comes from the URL"
    );
    assert_eq!(snapshot.occupations[0].styrk, ["7522"]);
    assert_eq!(built.search.intros[0], "Lager møbler av tre.");
    assert_eq!(built.search.intros.len(), snapshot.occupations.len());
    assert_eq!(snapshot.occupations[0].task_count, 2);
    // 9999 is not a STYRK-08 code: dropped and reported.
    assert_eq!(snapshot.occupations[1].styrk, ["7522"]);
    assert_eq!(
        built.summary.unknown_codes,
        [(
            "trevaresnekker".to_string(),
            "y_treva".to_string(),
            "9999".to_string()
        )]
    );

    let catalog = Catalog::new(snapshot.clone()).unwrap();
    let code = catalog.code("7522").unwrap();
    assert_eq!(code.nav_category.as_ref().unwrap().level1, "Håndverkere");
    assert_eq!(
        code.isco_title_en.as_deref(),
        Some("Cabinet-makers, and related")
    );
    assert_eq!(
        catalog.code("2").unwrap().isco_title_en.as_deref(),
        Some("Professionals")
    );
    assert_eq!(catalog.ancestors("7522").len(), 3);

    assert_eq!(
        built.search.job_titles["7522"].current,
        ["Møbelsnekker", "Snekker (møbler, interiør)", "Stolmaker"],
        "STYRK-08 rows only, every year, each title once"
    );
    assert!(!built.search.job_titles.contains_key("2511"));
    assert_eq!(built.search.data_version, snapshot.data_version);

    let salary = catalog.salary("7522").unwrap();
    assert_eq!(salary.all.median, Figure::Value(41000));
    assert_eq!(
        salary.women.median,
        Figure::Missing(MissingReason::NotPublished)
    );
    assert_eq!(salary.median_change_percent(), Some(5.0));
    assert!(
        catalog.salary("25").is_some(),
        "salary exists for codes at every level"
    );
    assert!(
        catalog.salary("3_01-03").is_none(),
        "SSB aggregates are not STYRK codes"
    );
    assert_eq!(snapshot.all_occupations.median_salary, Figure::Value(50000));

    let employment = catalog.employment("7522").unwrap();
    assert_eq!(
        (employment.total, employment.permanent, employment.temporary),
        (400, 300, 100)
    );
    assert_eq!(snapshot.all_occupations.employed, Some(1000));
    // Both occupations share 7522: counted once.
    assert_eq!(catalog.employment_total(catalog.occupations()).persons, 400);

    assert_eq!(snapshot.counties.len(), 1);
    assert_eq!(snapshot.counties[0].name, "Troms - Romsa - Tromssa");
    assert_eq!(snapshot.municipalities[0].county.as_deref(), Some("55"));

    let periods: Vec<(String, String)> = snapshot
        .sources
        .iter()
        .map(|s| (format!("{:?}", s.id), s.period.clone()))
        .collect();
    assert!(periods.contains(&("Salary".into(), "2025".into())));
    assert!(periods.contains(&("SalaryChange".into(), "2024K4–2025K4".into())));
    assert!(snapshot
        .sources
        .iter()
        .all(|s| !s.credit.is_empty() && !s.licence.is_empty()));
}

#[test]
fn reads_studies_places_them_and_writes_their_files() {
    use yrkesutforskeren::core::model::{CutOff, OpenAdmission, StudyFigures};
    let (dir, built) = built_fixture("studies");
    let study = &built.studies.studies[0];
    assert_eq!(study.code, "186123");
    assert_eq!(
        study.county.as_deref(),
        Some("55"),
        "Harstad - Hárstták is in Troms"
    );
    assert_eq!(study.main_round[&2025].0, Some(CutOff::Points(4130)));
    assert_eq!(
        study.main_round[&2025].1,
        Some(CutOff::Open(OpenAdmission::NotGiven))
    );
    assert_eq!(
        study.latest,
        Some((2026, StudyFigures(None, None, Some(35))))
    );
    assert_eq!(built.studies.data_version, built.snapshot.data_version);
    assert_eq!(
        built.study_history.data_version,
        built.snapshot.data_version
    );
    let out = dir.join("out");
    builder::write(&built, &out).unwrap();
    for file in ["studies.json", "study_history.json"] {
        let text = std::fs::read_to_string(out.join(file)).unwrap();
        assert!(text.starts_with("{\"content_hash\":\""), "{file} is sealed");
    }
}

#[test]
fn links_education_routes_and_reports_links_to_unknown_occupations() {
    use yrkesutforskeren::core::model::EducationLevel;
    let (_, built) = built_fixture("education");
    let mobel = &built.details[0];
    assert_eq!(mobel.upper_secondary_routes.len(), 1);
    let route = &mobel.upper_secondary_routes[0];
    assert_eq!(route.qualification.as_deref(), Some("Fagbrev"));
    let path: Vec<&str> = route.paths[0].iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        path,
        [
            "Vg1 Bygg- og anleggsteknikk",
            "Vg2 Trearbeid",
            "Møbelsnekkerfaget (opplæring i bedrift)"
        ]
    );
    let summaries = &built.snapshot.occupations;
    assert_eq!(
        summaries[0].education_levels,
        [EducationLevel::TradeCertificate]
    );
    // The Vg1 where the routes start, for "Kort fortalt" and the trade ties of training offices.
    let entry: Vec<&str> = summaries[0]
        .entry_programmes
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(entry, ["Vg1 Bygg- og anleggsteknikk"]);
    assert!(summaries[1].entry_programmes.is_empty());
    assert_eq!(
        summaries[1].education_levels,
        [EducationLevel::HigherEducation]
    );
    assert_eq!(
        summaries[1].higher_education_links, 1,
        "the same description counts once"
    );
    assert_eq!(built.summary.unmatched_education_links.len(), 1);
    assert_eq!(
        built.summary.unmatched_education_links[0].target,
        "/yrker/beskrivelse/finnes_ikke"
    );
}

#[test]
fn a_path_to_an_unknown_programme_area_is_refused() {
    let message = error_for("dangling-programme", |raw| {
        write_json(
            &raw.join("apprenticeships/utdanningno_vgs_lop_programomrader_2026-10_fixture.json"),
            &json!({"noder": {"BABAT1----": "Vg1"}, "videre": {"BABAT1----": ["XX"]}, "kryss": {}}),
        )
    });
    assert!(message.contains("videre.BABAT1----"), "{message}");
    assert!(message.contains("XX"), "{message}");
}

#[test]
fn splits_texts_and_marks_what_is_missing() {
    let (_, built) = built_fixture("texts");
    let mobel = &built.details[0];
    assert_eq!(
        mobel.tasks_heading.as_deref(),
        Some("Vanlige arbeidsoppgaver for en møbelsnekker:")
    );
    assert_eq!(mobel.tasks.len(), 2);
    assert_eq!(
        mobel.description.len(),
        1,
        "the task list is not repeated in the description"
    );
    assert_eq!(mobel.where_work.as_deref(), Some("Verksted."));
    assert!(matches!(mobel.education[0], Block::Paragraph(_)));
    let treva = &built.details[1];
    assert!(treva.description.is_empty() && treva.tasks.is_empty());
    assert_eq!(
        treva.traits, None,
        "an empty text is missing, not an empty string"
    );
    assert_eq!(treva.where_work, None);
}

fn read_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn output_is_byte_identical_for_identical_input() {
    let (dir, first) = built_fixture("determinism");
    builder::write(&first, &dir.join("out1")).unwrap();
    let second = builder::build(&dir.join("raw")).unwrap();
    builder::write(&second, &dir.join("out2")).unwrap();
    let (a, b) = (read_tree(&dir.join("out1")), read_tree(&dir.join("out2")));
    let snapshot = &first.snapshot;
    assert_eq!(
        a.len(),
        7 + 1
            + 2 * snapshot.occupations.len()
            + snapshot.styrk.len()
            + 2 * snapshot.programmes.len()
            + 2 * first.schools.schools.len()
            + 4 * snapshot.counties.len(),
        "snapshot.json, regions.json, schools.json, studies.json, study_history.json, fulltext.json, \
         search.json, the pages' head, and per occupation its texts and its page's part, per code \
         its page's part, per programme area and school its part and share of schools.json, and \
         per county its part and shares of regions.json, schools.json and studies.json"
    );
    assert!(a.iter().any(|(name, _)| name.ends_with(".regions.json")));
    assert!(a.iter().any(|(name, _)| name.ends_with("side/hode.json")));
    assert_eq!(a, b);

    // Every file checks itself; read back, it equals what was built (apart from the hash).
    let text = |name: &str| {
        String::from_utf8(a.iter().find(|(n, _)| n == name).unwrap().1.clone()).unwrap()
    };
    let mut snapshot: Snapshot = decode_checked(&text("snapshot.json")).expect("verifies");
    assert_ne!(snapshot.content_hash, first.snapshot.content_hash);
    snapshot.content_hash = first.snapshot.content_hash.clone();
    assert_eq!(
        snapshot, first.snapshot,
        "the snapshot reads back as written"
    );
    let mut detail: OccupationDetail =
        decode_checked(&text("yrke/mobelsnekker.json")).expect("verifies");
    detail.content_hash = first.details[0].content_hash.clone();
    assert_eq!(detail, first.details[0]);
    let regions: yrkesutforskeren::core::model::RegionData =
        decode_checked(&text("regions.json")).expect("verifies");
    assert_eq!(regions.employers, first.regions.employers);
    let mut search: SearchData = decode_checked(&text("search.json")).expect("verifies");
    search.content_hash = first.search.content_hash.clone();
    assert_eq!(search, first.search);
    for only_search_reads in ["Stolmaker", "Lager møbler av tre."] {
        assert!(
            !text("snapshot.json").contains(only_search_reads),
            "job titles and intros are read by search only, so they are not in every page's \
             snapshot: {only_search_reads}"
        );
    }
    assert!(Catalog::from_json(&text("snapshot.json")).is_ok());
    assert!(
        Catalog::from_json(&text("snapshot.json").replace("Møbelsnekker", "Møbelsnekkar")).is_err()
    );
}

#[test]
fn a_change_in_the_input_changes_the_data_version() {
    let (dir, first) = built_fixture("version");
    let raw = dir.join("raw");
    let path = raw.join("regions/ssb_klass131_kommuner_codesAt2024-01-01.json");
    write_json(
        &path,
        &json!({"codes": [klass("5501", None, "1", "Tromsø"), klass("5503", None, "1", "Harstad")]}),
    );
    let second = builder::build(&raw).unwrap();
    assert_ne!(first.snapshot.data_version, second.snapshot.data_version);
}

#[test]
fn a_write_that_fails_halfway_leaves_the_previous_snapshot_untouched() {
    let (dir, mut built) = built_fixture("atomic");
    let out = dir.join("out");
    builder::write(&built, &out).unwrap();
    let before = read_tree(&out);
    // The last file cannot be written (its folder does not exist): every file before it has
    // been written into the staging folder by then.
    let last = built
        .details
        .last_mut()
        .expect("the fixture has occupations");
    last.slug = "no-such-folder/kokk".to_string();
    let error = builder::write(&built, &out)
        .expect_err("the write fails")
        .to_string();
    assert!(
        error.contains("no-such-folder"),
        "the error names the file: {error}"
    );
    assert_eq!(
        read_tree(&out),
        before,
        "the previous snapshot is untouched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders left behind: {leftovers:?}"
    );
}

#[test]
fn malformed_json_names_file_and_line() {
    let message = error_for("malformed-json", |raw| {
        write(
            &raw.join("regions/ssb_klass104_fylker_codesAt2024-01-01.json"),
            "{\"codes\": [\n  {\"code\": \"55\",\n  oops\n]}",
        )
    });
    assert!(
        message.contains("ssb_klass104_fylker_codesAt2024-01-01.json"),
        "{message}"
    );
    assert!(message.contains("line 3"), "{message}");
}

#[test]
fn a_wrong_encoding_is_reported_not_garbled() {
    let message = error_for("encoding", |raw| {
        std::fs::write(
            raw.join("classification/ilo_isco08_en_titles_4digit_padded.csv"),
            b"code4,title_en\n2511,Syst\xe8mes\n",
        )
        .unwrap()
    });
    assert!(
        message.contains("ilo_isco08_en_titles_4digit_padded.csv"),
        "{message}"
    );
    assert!(message.contains("UTF-8"), "{message}");
}

#[test]
fn a_short_csv_row_names_its_line() {
    let message = error_for("csv-row", |raw| {
        write(
            &raw.join("classification/ilo_isco08_en_titles_4digit_padded.csv"),
            "code4,title_en\n2000,Professionals\n2511\n",
        )
    });
    assert!(message.contains("line 3"), "{message}");
}

#[test]
fn duplicate_occupations_are_refused() {
    let message = error_for("duplicate-slug", |raw| {
        let path = raw.join("occupations/utdanningno_yrkesbeskrivelser_2026-03_fixture.json");
        let mut list: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut copy = list[0].clone();
        copy["id"] = json!("y_other");
        list.push(copy);
        write_json(&path, &Value::Array(list));
    });
    assert!(message.contains("[2] (id y_other)"), "{message}");
    assert!(
        message.contains("duplicate slug \"mobelsnekker\""),
        "{message}"
    );
}

#[test]
fn a_dangling_parent_code_is_refused() {
    let message = error_for("dangling-parent", |raw| {
        write_json(
            &raw.join("classification/ssb_klass7_styrk08_nb_codesAt2024-01-01.json"),
            &json!({"codes": [klass("7", None, "1", "Håndverkere"), klass("7522", Some("752"), "4", "Møbelsnekkere")]}),
        )
    });
    assert!(message.contains("code 7522"), "{message}");
    assert!(message.contains("parent code \"752\""), "{message}");
}

#[test]
fn nav_categories_must_point_at_unit_groups() {
    let message = error_for("nav-dangling", |raw| {
        write_json(
            &raw.join("classification/nav_arbeidsplassen_styrk08_yrkeskategori.json"),
            &json!({"1234": {"styrkCode": "1234", "categoryLevel1": "A", "categoryLevel2": "B"}}),
        )
    });
    assert!(message.contains("key 1234"), "{message}");
}

#[test]
fn a_missing_value_without_a_known_status_is_refused() {
    let message = error_for("status", |raw| {
        write_json(
            &raw.join("salary/ssb_11418_occupation-distribution-latest_2025.json"),
            &json!({"tableId": "11418", "rows": [
                cell("7522", &[("Kjonn", "0"), ("MaaleMetode", "01"), ("Tid", "2025")], None, Some("?"))
            ]}),
        )
    });
    assert!(message.contains("rows[0]"), "{message}");
    assert!(message.contains("unknown status"), "{message}");
}

#[test]
fn the_wrong_table_is_refused() {
    let message = error_for("wrong-table", |raw| {
        let from = raw.join("salary/ssb_11658_occupation-latest-median_2025K4.json");
        let to = raw.join("employment/ssb_14437_occupation-contract-latest.json");
        std::fs::copy(from, to).unwrap();
    });
    assert!(message.contains("expected table 14437"), "{message}");
}

#[test]
fn a_missing_file_names_the_folder() {
    let message = error_for("missing-file", |raw| {
        std::fs::remove_file(
            raw.join("occupations/utdanningno_yrkesbeskrivelser_2026-03_fixture.json"),
        )
        .unwrap()
    });
    assert!(message.contains("occupations"), "{message}");
    assert!(
        message.contains("utdanningno_yrkesbeskrivelser_2026-03_"),
        "{message}"
    );
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn the_real_data_builds_with_the_expected_counts() {
    let raw = real_data::raw_dir();
    let built = real_data::real_build();
    let catalog = Catalog::new(built.snapshot.clone()).unwrap();
    assert_eq!(catalog.occupations().len(), 599);
    assert_eq!(built.snapshot.styrk.len(), 582);
    assert_eq!(built.summary.styrk_per_level, [10, 43, 122, 407]);
    assert_eq!(built.snapshot.counties.len(), 15);
    assert_eq!(built.snapshot.municipalities.len(), 357);
    // Programme areas: every node of the paths file, found by name, leading to trades.
    assert_eq!(built.snapshot.programmes.len(), 290);
    let restaurant = catalog.find_programmes("restaurant- og matfag", 3);
    assert_eq!(restaurant[0].code, "RMRMF1----");
    let leads_to: Vec<&str> = catalog
        .programme_occupations("RMRMF1----")
        .into_iter()
        .map(|i| catalog.occupations()[i].slug.as_str())
        .collect();
    assert!(
        leads_to.contains(&"kokk") && leads_to.contains(&"baker"),
        "{leads_to:?}"
    );
    // The tree: every Vg1 of the raw file, every area reachable from a Vg1, no way round in
    // a circle, every occupation link to an occupation we hold.
    let raw_paths: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            raw.join("apprenticeships/utdanningno_vgs_lop_programomrader_2026-10_fuskelappen.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let raw_vg1 = raw_paths["noder"]
        .as_object()
        .unwrap()
        .values()
        .filter(|name| name.as_str().unwrap().starts_with("Vg1 "))
        .count();
    assert_eq!(catalog.vg1_programmes().len(), raw_vg1);
    assert_eq!(raw_vg1, 15);
    let programmes = &built.snapshot.programmes;
    let mut reached = std::collections::BTreeSet::new();
    let mut queue: Vec<&str> = catalog
        .vg1_programmes()
        .iter()
        .map(|p| p.code.as_str())
        .collect();
    while let Some(code) = queue.pop() {
        if reached.insert(code.to_string()) {
            queue.extend(
                catalog
                    .programme(code)
                    .unwrap()
                    .next
                    .iter()
                    .map(String::as_str),
            );
        }
    }
    let unreached: Vec<&str> = programmes
        .iter()
        .filter(|p| !reached.contains(&p.code))
        .map(|p| p.code.as_str())
        .collect();
    assert!(
        unreached.is_empty(),
        "not reachable from a Vg1: {unreached:?}"
    );
    fn walk<'a>(
        catalog: &'a Catalog,
        code: &'a str,
        trail: &mut Vec<&'a str>,
    ) -> Result<(), String> {
        if trail.contains(&code) {
            return Err(format!("{trail:?} → {code}"));
        }
        trail.push(code);
        for next in &catalog.programme(code).unwrap().next {
            walk(catalog, next, trail)?;
        }
        trail.pop();
        Ok(())
    }
    for vg1 in catalog.vg1_programmes() {
        walk(&catalog, &vg1.code, &mut Vec::new()).expect("no cycle");
    }
    assert!(programmes
        .iter()
        .flat_map(|p| &p.occupations)
        .all(|slug| catalog.occupation(slug).is_some()));
    // A former NAV title, only where its NAV group has one STYRK-08 code.
    assert_eq!(built.search.job_titles["5311"].former, ["Dagmamma/pappa"]);
    assert!(built
        .search
        .job_titles
        .iter()
        .filter(|(code, _)| *code != "5311")
        .all(|(_, titles)| titles.former.is_empty()));
    // The full-text index covers every page and keeps the function words out.
    assert_eq!(built.full_text.documents, 599);
    catalog.attach_search_data(built.search.clone()).unwrap();
    catalog.attach_full_text(built.full_text.clone()).unwrap();
    assert_eq!(
        catalog.occupations()[catalog.search("brannmann").unwrap().hits[0].position].slug,
        "brannkonstabel",
        "a former title named only in the page's text"
    );
    let it = catalog.occupation("it-prosjektleder").unwrap();
    assert_eq!(it.styrk, ["2522", "2511"]);
    assert!(it.task_count > 0);
    assert!(catalog.salary("2511").unwrap().all.median.value().is_some());
    assert!(catalog
        .occupations_under("2511")
        .iter()
        .any(|o| o.slug == "it-prosjektleder"));
    assert!(built
        .summary
        .unknown_codes
        .iter()
        .all(|(_, _, code)| code == "9999"));
    assert!(built
        .snapshot
        .counties
        .iter()
        .any(|c| c.name == "Troms - Romsa - Tromssa"));
    // Region data: every orgnr valid, every county with schools and a shape, the map small.
    use yrkesutforskeren::core::model::EmployerKind;
    let regions = &built.regions;
    let kinds = &built.summary.employers_by_kind;
    assert_eq!(kinds[&EmployerKind::PrimarySchool], 2800);
    assert_eq!(
        kinds[&EmployerKind::Municipality],
        356,
        "Haram (new in 2024) has no orgnr in SSB's table"
    );
    assert_eq!(kinds[&EmployerKind::TrainingOffice], 334);
    // The written rule ties an electrician's page in Vestland to the electro offices only.
    let places = yrkesutforskeren::core::places::Places::new(regions.clone());
    let electrician = catalog.occupation("elektriker").unwrap();
    let offices = places.employers_in(
        yrkesutforskeren::core::places::Place::County("46"),
        EmployerKind::TrainingOffice,
    );
    let (tied, others) = yrkesutforskeren::core::trade_ties::split_offices(offices, electrician);
    assert!(tied.len() >= 3, "{} tied", tied.len());
    assert!(tied
        .iter()
        .all(|o| o.name.to_lowercase().contains("elektro")));
    assert!(others.iter().any(|o| o.name.contains("Frisør")));
    assert!(regions
        .employers
        .iter()
        .all(|e| yrkesutforskeren::core::orgnr::is_valid(&e.orgnr)));
    for county in &built.snapshot.counties {
        assert!(regions
            .employers
            .iter()
            .any(|e| e.kind == EmployerKind::PrimarySchool
                && e.county.as_deref() == Some(county.code.as_str())));
    }
    assert_eq!(regions.map.counties.len(), 15);
    let map_bytes: usize = regions.map.counties.iter().map(|c| c.path.len()).sum();
    assert!(map_bytes < 60 * 1024, "{map_bytes} bytes of map paths");
    assert_eq!(regions.shortage.len(), 136);
    assert!(regions.study_programmes.len() > 3000);
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn the_real_data_matches_school_programmes_and_keeps_the_published_cells() {
    use yrkesutforskeren::core::model::{AdmissionState, Threshold};
    let built = real_data::real_build();
    let schools = &built.schools;
    assert_eq!(schools.schools.len(), 191);
    assert_eq!(schools.counties.len(), 7);
    assert_eq!(built.summary.school_rows, 2090);
    // Most rows match a programme area; each row that does not is reported by name.
    let matched = built.summary.matched_school_rows;
    assert!(
        matched * 100 >= 2090 * 95,
        "only {matched} of 2090 rows matched"
    );
    let reported: usize = built
        .summary
        .unmatched_school_programmes
        .iter()
        .map(|(_, _, _, rows)| rows)
        .sum();
    assert_eq!(matched + reported, 2090);
    // Every Vg1 row is matched (its category is the programme), and every school placed.
    assert!(schools
        .schools
        .iter()
        .flat_map(|s| &s.programmes)
        .filter(|p| p.level == 1)
        .all(|p| p.code.is_some()));
    assert!(built.summary.unplaced_schools.is_empty());
    assert!(schools.schools.iter().all(|s| s.municipality.is_some()));
    // Three cells as the file has them.
    let cell = |orgnr: &str, name: &str, year: u16| {
        let school = schools.schools.iter().find(|s| s.orgnr == orgnr).unwrap();
        let programme = school.programmes.iter().find(|p| p.name == name).unwrap();
        (
            programme.code.clone(),
            programme.thresholds.get(&year).copied(),
        )
    };
    assert_eq!(
        cell("874557102", "Studiespesialisering", 2025),
        (Some("STUSP1----".into()), Some(Threshold::Points(48.5)))
    );
    assert_eq!(
        cell(
            "999546560",
            "Informasjonsteknologi og medieproduksjon",
            2026
        ),
        (Some("IMIKM1----".into()), Some(Threshold::Points(38.8)))
    );
    assert_eq!(
        cell("974571919", "Elektro og datateknologi", 2024),
        (
            Some("ELELE1----".into()),
            Some(Threshold::Admission(AdmissionState::NoWaitingList))
        )
    );
    // Amalie Skram lies in Bergen, Vestland.
    let amalie = schools
        .schools
        .iter()
        .find(|s| s.orgnr == "999546560")
        .unwrap();
    assert_eq!(
        (amalie.county.as_str(), amalie.municipality.as_deref()),
        ("46", Some("4601"))
    );
}

#[test]
#[ignore = "real data: make test runs it (cargo test -- --include-ignored)"]
fn the_real_data_gives_interest_profiles_where_the_work_is_plain() {
    use yrkesutforskeren::core::interests::{ranked, InterestType};
    use yrkesutforskeren::core::model::SourceId;
    let built = real_data::real_build();
    // The chain reaches 544 of the 599 occupations (PROVENANCE-content.md); the rest have no
    // code or only codes without a US counterpart, and get no profile.
    assert_eq!(built.summary.with_interests, 544);
    assert!(built.summary.codes_with_interests >= 380);
    let top = |slug: &str| {
        let occupation = built
            .snapshot
            .occupations
            .iter()
            .find(|o| o.slug == slug)
            .unwrap_or_else(|| panic!("{slug} is in the data"));
        ranked(
            &occupation
                .interests
                .unwrap_or_else(|| panic!("{slug} has a profile")),
        )[0]
    };
    for slug in [
        "elektriker",
        "tomrer",
        "bilmekaniker_lette_kjoretoy",
        "rorlegger",
    ] {
        assert_eq!(top(slug), InterestType::Practical, "{slug}");
    }
    for slug in ["sykepleier", "barnehagelaerer"] {
        assert_eq!(top(slug), InterestType::Social, "{slug}");
    }
    for slug in ["grafisk_designer", "skuespiller"] {
        assert_eq!(top(slug), InterestType::Creative, "{slug}");
    }
    let source = built
        .snapshot
        .sources
        .iter()
        .find(|s| s.id == SourceId::Interests)
        .expect("O*NET is credited");
    assert!(source.credit.contains("USDOL/ETA") && source.credit.contains("CC BY 4.0"));
    assert_eq!(source.period, "2023–2026");
    let without: Vec<_> = built
        .snapshot
        .occupations
        .iter()
        .filter(|o| o.interests.is_none())
        .collect();
    assert_eq!(without.len(), 55);
    assert!(without.iter().any(|o| o.styrk.is_empty()));
}

#[test]
fn builds_the_employer_register_with_2024_codes() {
    use yrkesutforskeren::core::model::EmployerKind;
    let (_, built) = built_fixture("employers");
    let regions = &built.regions;
    assert_eq!(regions.data_version, built.snapshot.data_version);
    let by_orgnr = |orgnr: &str| regions.employers.iter().find(|e| e.orgnr == orgnr).unwrap();
    // Two NSR names, one orgnr: one employer; the size joins on the 2020-2023 code 5402.
    let medkila = by_orgnr("977489784");
    assert_eq!(medkila.kind, EmployerKind::PrimarySchool);
    assert_eq!(medkila.municipality.as_deref(), Some("5503"));
    assert_eq!(medkila.size, Some(41));
    assert_eq!(medkila.other_names, ["Harstad kommune Medkila barneskole"]);
    assert_eq!(medkila.grades.as_deref(), Some("1–7"));
    // No employee count in the file: missing, not zero.
    assert_eq!(by_orgnr("974795655").size, None);
    // Municipalities moved from 2020-2023 codes.
    let harstad = by_orgnr("972417971");
    assert_eq!(harstad.kind, EmployerKind::Municipality);
    assert_eq!(harstad.municipality.as_deref(), Some("5503"));
    assert_eq!(by_orgnr("940101808").municipality.as_deref(), Some("5501"));
    // Training offices: placed by official name; an unknown name keeps the county and the text;
    // only http(s) websites are kept.
    let troms = by_orgnr("938371547");
    assert_eq!(troms.municipality.as_deref(), Some("5501"));
    assert_eq!(troms.website, None);
    assert_eq!(troms.size, Some(74));
    let unknown = by_orgnr("898745422");
    assert_eq!(unknown.municipality, None);
    assert_eq!(unknown.county.as_deref(), Some("55"));
    assert_eq!(unknown.place.as_deref(), Some("Finnes ikke"));
    assert_eq!(unknown.size, None);
    assert_eq!(
        built.summary.employers_by_kind[&EmployerKind::TrainingOffice],
        2
    );
}

#[test]
fn places_study_programmes_shortage_and_the_map() {
    let (_, built) = built_fixture("places");
    let regions = &built.regions;
    // Listed twice in one county: once. Svalbard is not a county: reported, not placed.
    assert_eq!(regions.study_programmes.len(), 2);
    let medicine = &regions.study_programmes[0];
    assert_eq!(medicine.municipality.as_deref(), Some("5501"));
    assert_eq!(
        medicine.url.as_deref(),
        Some("https://utdanning.no/utdanning/uit/medisin")
    );
    assert_eq!(
        regions.study_programmes[1].url, None,
        "only utdanning.no paths become links"
    );
    assert!(built
        .summary
        .region_warnings
        .iter()
        .any(|w| w.contains("Svalbard")));
    // Troms and Finnmark of 2017 map to the 2024 counties 55 and 56.
    let shortage = &regions.shortage[0];
    assert_eq!((shortage.styrk.as_str(), shortage.year), ("7522", 2017));
    assert_eq!(shortage.by_county["55"], 50);
    assert_eq!(shortage.by_county["56"], 25);
    assert_eq!(shortage.national, 1100);
    assert_eq!(regions.map.counties.len(), 1);
    assert!(regions.map.counties[0].path.starts_with('M'));
    assert!(
        regions.workplaces.is_none(),
        "no Aa-register file in the fixture"
    );
}

#[test]
fn an_invalid_organisation_number_names_file_and_line() {
    let message = error_for("orgnr", |raw| {
        write(
            &raw.join("employers/udir_nsr_grunnskoler_2026-01_orgnr_skjermfribarndom.csv"),
            "fylkesnummer,kommunenummer,skolenavn,organisasjonsnummer,lavestetrinn,hoyestetrinn,eierforhold,besoksadresse_adressenavn\n\
             55,5503,Medkila skole,977489785,1,7,Offentlig,x\n",
        );
    });
    assert!(message.contains("udir_nsr_grunnskoler"), "{message}");
    assert!(message.contains("line 2"), "{message}");
    assert!(message.contains("977489785"), "{message}");
}

#[test]
fn reads_an_aa_register_extract_when_one_is_present() {
    use yrkesutforskeren::core::places::Places;
    let dir = scratch("aa-register");
    let raw = dir.join("raw");
    fixture(&raw);
    write(
        &raw.join("employers/ssb_stillingstitler_2024.csv"),
        "yrkeskode;tittel;styrk08\n7522101;Møbelsnekker;7522\n7522102;Stolmaker;7522\n2511101;Systemutvikler;2511\n",
    );
    write(
        &raw.join("employers/nav_aa_register_2025-03.csv"),
        "orgnr;kommunenummer;yrkeskode;antall\n\
         977489784;5402;7522101;3\n\
         977489784;5503;7522102;2\n\
         940101808;5501;7522;4\n\
         940101808;5501;2511101;9\n",
    );
    let built = builder::build(&raw).expect("the fixture with an Aa-register file builds");
    let workplaces = built.regions.workplaces.clone().expect("read");
    assert_eq!(workplaces.period, "2025-03");
    assert_eq!(workplaces.counts.len(), 4);
    assert!(built
        .snapshot
        .sources
        .iter()
        .any(|s| s.period == "2025-03" && s.publisher.contains("Aa-registeret")));
    let places = Places::new(built.regions);
    let furniture = places.workplaces_for(&["7522".to_string()]).unwrap();
    assert_eq!(furniture.total, 9, "3 + 2 + 4, the 2511 title not counted");
    assert_eq!(furniture.by_municipality["5503"], 5, "5402 moved to 5503");
    assert_eq!(furniture.by_employer[0], ("977489784".to_string(), 5));

    // A title code that is in no list is an error naming the line.
    write(
        &raw.join("employers/nav_aa_register_2025-03.csv"),
        "orgnr;kommunenummer;yrkeskode;antall\n977489784;5402;1234567;3\n",
    );
    let error = builder::build(&raw).err().expect("rejected").to_string();
    assert!(
        error.contains("nav_aa_register_2025-03.csv: line 2"),
        "{error}"
    );
}
