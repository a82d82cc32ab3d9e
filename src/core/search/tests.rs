use super::*;
use crate::core::order;

/// An occupation and its intro (which search reads from `search.json`).
fn occupation(slug: &str, title: &str, codes: &[&str], intro: &str) -> (OccupationSummary, String) {
    let summary = OccupationSummary {
        slug: slug.into(),
        title: title.into(),
        styrk: codes.iter().map(|c| c.to_string()).collect(),
        task_count: 0,
        education_levels: vec![],
        higher_education_links: 0,
        programmes: vec![],
        entry_programmes: vec![],
        interests: None,
    };
    (summary, intro.into())
}

/// A unit-group code and NAV's job titles under it.
fn styrk(code: &str, name: &str, nav: &[&str]) -> (StyrkCode, JobTitles) {
    let code = StyrkCode {
        code: code.into(),
        parent: None,
        level: 4,
        name: name.into(),
        nav_category: None,
        isco_title_en: None,
    };
    let titles = JobTitles {
        current: nav.iter().map(|s| s.to_string()).collect(),
        former: Vec::new(),
    };
    (code, titles)
}

/// The index over `occupations` (with their intros) in their own order, and the occupations.
fn build(
    listed: Vec<(OccupationSummary, String)>,
    codes: &[(StyrkCode, JobTitles)],
) -> (Vec<OccupationSummary>, SearchIndex) {
    let (occupations, intros): (Vec<_>, Vec<_>) = listed.into_iter().unzip();
    let find = |c: &str| codes.iter().find(|(code, _)| code.code == c);
    let order: Vec<usize> = (0..occupations.len()).collect();
    let index = SearchIndex::build(
        &occupations,
        |c| find(c).map(|(code, _)| code),
        |c| find(c).map(|(_, titles)| titles),
        &intros,
        &order,
    );
    (occupations, index)
}

fn index() -> (Vec<OccupationSummary>, SearchIndex) {
    let (occupations, codes) = fixture();
    build(occupations, &codes)
}

/// Occupations with their intros, and codes with NAV's job titles under each.
type Fixture = (
    Vec<(OccupationSummary, String)>,
    Vec<(StyrkCode, JobTitles)>,
);

/// The occupations and codes [`index`] is built over.
fn fixture() -> Fixture {
    let occupations = vec![
        occupation(
            "it-prosjektleder",
            "IT-prosjektleder",
            &["2511", "2522"],
            "Leder IT-prosjekter.",
        ),
        occupation(
            "prosjektleder",
            "Prosjektleder",
            &[],
            "Leder prosjekter i alle bransjer.",
        ),
        occupation(
            "sykepleier",
            "Sykepleier",
            &["2223"],
            "Pleier syke mennesker.",
        ),
        occupation(
            "bilmekaniker",
            "Bilmekaniker lette kjøretøy",
            &["7231"],
            "Reparerer biler.",
        ),
        occupation("tomrer", "Tømrer", &["7115"], "Bygger hus av tre."),
        occupation(
            "dyrepleier",
            "Dyrepleier",
            &["5164"],
            "Steller dyr på klinikk.",
        ),
        occupation(
            "systemutvikler",
            "Systemutvikler",
            &["2512"],
            "Lager programvare.",
        ),
        occupation(
            "billedkunstner",
            "Billedkunstner",
            &[],
            "Lager kunst i bilder.",
        ),
        // A title one letter from the synonym "snekker": only ever a typo of it.
        occupation("sneker", "Sneker", &[], "Et tenkt yrke."),
    ];
    let codes = [
        styrk("2511", "Systemanalytikere", &[]),
        styrk("2512", "Programvareutviklere", &["Programmerer"]),
        styrk("2522", "Systemadministratorer", &[]),
        styrk("2223", "Sykepleiere", &["Sykepleier", "Sykesøster"]),
        styrk("7231", "Bilmekanikere", &["Bilreparatør"]),
        styrk(
            "7115",
            "Tømrere og snekkere",
            &["Snekker", "Bygningssnekker"],
        ),
        styrk("5164", "Dyrepassere", &["Dyrepasser"]),
    ];
    (occupations, codes.to_vec())
}

fn top(query: &str) -> Vec<String> {
    let (occupations, index) = index();
    index
        .search(query)
        .into_iter()
        .map(|h| occupations[h.position].slug.clone())
        .collect()
}

/// The pages' texts, in the order of [`index`].
fn full_text() -> FullTextIndex {
    use crate::core::fulltext::{FullTextFile, TextField};
    let pages: Vec<Vec<(TextField, String)>> = [
        "Leder prosjekter innen IT.",
        "Leder prosjekter i alle bransjer.",
        "Sykepleiere pleier syke på sykehus og hjelper pasienter.",
        "Bilmekanikere reparerer biler og finner feil.",
        "Tømrere bygger hus og hytter av tre. Tidligere het yrket snekker.",
        "Dyrepleiere steller dyr og hjelper veterinæren.",
        "Systemutviklere skriver programmer.",
        "Billedkunstnere maler og stiller ut.",
        "Et tenkt yrke.",
    ]
    .iter()
    .map(|text| vec![(TextField::Tasks, text.to_string())])
    .collect();
    FullTextIndex::from_file(FullTextFile::build(&pages, "v"), "v", pages.len()).unwrap()
}

fn find(query: &str) -> (Vec<String>, Answer, Vec<bool>) {
    let (occupations, index) = index();
    let results = index.find(query, Some(&full_text()));
    (
        results
            .hits
            .iter()
            .map(|h| occupations[h.position].slug.clone())
            .collect(),
        results.answer,
        results.hits.iter().map(|h| h.from_text).collect(),
    )
}

#[test]
fn reads_every_text_and_says_when_only_the_text_matched() {
    let (slugs, answer, from_text) = find("bygge hus");
    assert_eq!(slugs[0], "tomrer");
    assert_eq!(answer, Answer::Found);
    assert!(from_text[0], "neither title nor synonyms say «hus»");
    let (slugs, _, from_text) = find("tomrer");
    assert_eq!(slugs, ["tomrer"]);
    assert!(!from_text[0]);
}

#[test]
fn nynorsk_and_inflections_meet_their_bokmal_words() {
    assert_eq!(find("sjukepleiar").0[0], "sykepleier");
    assert_eq!(find("bilane").0[0], "bilmekaniker");
    assert_eq!(find("sjukehus").0[0], "sykepleier");
}

#[test]
fn an_unknown_compound_is_read_by_its_parts() {
    let (index_occupations, index) = index();
    let ft = full_text();
    assert_eq!(
        index.split_compound("husbygging", Some(&ft)),
        Some(vec!["hus".to_string(), "bygging".to_string()])
    );
    let (slugs, _, _) = find("husbygging");
    assert_eq!(slugs[0], "tomrer");
    assert!(index.split_compound("tomrer", Some(&ft)).is_none());
    drop(index_occupations);
}

#[test]
fn intent_phrases_rank_by_what_the_pages_say() {
    assert_eq!(find("hjelpe dyr").0[0], "dyrepleier");
    assert_eq!(find("jobbe med dyr").0[0], "dyrepleier");
    assert_eq!(find("reparere biler").0[0], "bilmekaniker");
}

#[test]
fn a_word_that_starts_titles_ranks_compounds_before_rare_look_alikes() {
    let (slugs, _, _) = find("bil");
    let mechanic = slugs.iter().position(|s| s == "bilmekaniker").unwrap();
    // «Billedkunstner» starts with the letters too: listed, but after the car trade.
    let painter = slugs.iter().position(|s| s == "billedkunstner").unwrap();
    assert!(mechanic < painter, "{slugs:?}");
}

#[test]
fn a_typo_never_beats_the_word_itself() {
    // «snekker» stands in a name (Tømrer's synonym): the title one typo away is not even
    // listed, and the word itself ranks first.
    let (slugs, answer, _) = find("snekker");
    assert_eq!(answer, Answer::Found);
    assert_eq!(slugs[0], "tomrer");
    assert!(!slugs.contains(&"sneker".to_string()), "{slugs:?}");
    // A word no name or text holds as written is read as a typo.
    assert_eq!(find("sykeplier").0[0], "sykepleier");
    assert_eq!(find("snekeer").0[..2], ["sneker", "tomrer"]);
}

#[test]
fn never_empty_for_a_real_word_and_honest_about_it() {
    let (slugs, answer, _) = find("tomrer programmer");
    assert!(!slugs.is_empty());
    assert_eq!(answer, Answer::Nearest, "no page holds both words");
    let (slugs, answer, _) = find("zzzqqq");
    assert!(slugs.is_empty());
    assert_eq!(answer, Answer::Nothing);
}

#[test]
fn a_word_known_in_no_form_gets_the_names_nearest_by_spelling() {
    // Three letters off "tømrer" (beyond the typo rule), so nothing matches as a word.
    let (slugs, answer, _) = find("tyømmrerr");
    assert_eq!(answer, Answer::Spelling);
    assert_eq!(slugs[0], "tomrer");
    assert!(slugs.len() <= 5);
}

#[test]
fn feminine_and_older_forms_find_the_title() {
    assert_eq!(
        super::query::masculine_forms("sykepleierske")[0],
        "sykepleier"
    );
    assert!(super::query::masculine_forms("servitrise").contains(&"servitor".to_string()));
    assert_eq!(super::query::masculine_forms("brannkvinne")[0], "brannmann");
    let (slugs, answer, _) = find("sykepleierske");
    assert_eq!(slugs[0], "sykepleier");
    assert_eq!(answer, Answer::Found);
    assert_eq!(find("tømrerinne").0[0], "tomrer");
}

#[test]
fn exact_title_first_then_prefix_then_compounds() {
    assert_eq!(
        top("prosjektleder")[..2],
        ["prosjektleder", "it-prosjektleder"]
    );
    assert_eq!(top("it prosjektleder")[0], "it-prosjektleder");
    assert_eq!(top("IT-prosjektleder")[0], "it-prosjektleder");
    assert_eq!(top("itprosjektleder")[0], "it-prosjektleder");
    assert!(top("leder").contains(&"it-prosjektleder".to_string()));
    assert!(top("bil").contains(&"bilmekaniker".to_string()));
    assert_eq!(top("sykepl")[0], "sykepleier");
}

#[test]
fn tolerates_typos_by_length() {
    assert_eq!(top("sykepleir")[0], "sykepleier");
    assert_eq!(top("sykeplier")[0], "sykepleier");
    assert_eq!(top("tomer")[0], "tomrer", "one edit from four letters");
    assert_eq!(
        top("systemutvilker")[0],
        "systemutvikler",
        "a swap counts as one edit"
    );
    assert_eq!(
        top("systmutviklr")[0],
        "systemutvikler",
        "two edits from eight letters"
    );
    assert!(top("kok").is_empty(), "no typos below four letters");
}

#[test]
fn finds_synonyms_codes_and_folded_spellings() {
    assert_eq!(top("snekker")[0], "tomrer");
    assert_eq!(top("programmerer")[0], "systemutvikler");
    assert_eq!(top("2223"), ["sykepleier"]);
    let mut by_prefix = top("251");
    order::sort(&mut by_prefix);
    assert_eq!(by_prefix, ["it-prosjektleder", "systemutvikler"]);
    assert_eq!(top("toemrer")[0], "tomrer");
    assert_eq!(top("kjoretoy")[0], "bilmekaniker");
}

#[test]
fn ignores_filler_and_unknown_words() {
    assert_eq!(top("jobbe med dyr")[0], "dyrepleier");
    assert_eq!(top("sykepleier zzzqqq")[0], "sykepleier");
    assert!(top("").is_empty());
    assert!(top("  -- ").is_empty());
}

#[test]
fn survives_hostile_input() {
    let long = "ø".repeat(5000) + &"a".repeat(5000);
    let _ = top(&long);
    let _ = top("\u{202e}<script>alert(1)</script>");
    let _ = highlight("Tømrer", &long);
}

#[test]
fn highlights_matched_parts_of_the_title() {
    assert_eq!(highlight("IT-prosjektleder", "prosj"), [(3, 8)]);
    assert_eq!(
        highlight("IT-prosjektleder", "it leder"),
        [(0, 2), (11, 16)]
    );
    assert_eq!(highlight("Tømrer", "tomrer"), [(0, 6)]);
    assert_eq!(highlight("Sykepleier", "sykepleir"), [(0, 10)]);
    assert!(highlight("Tømrer", "").is_empty());
}

/// Five occupations share code 2422; its job title "Helsefaglig rådgiver" is none of theirs.
#[test]
fn a_hit_only_through_a_shared_codes_job_title_ranks_below_direct_hits_and_says_so() {
    let occupations = vec![
        occupation(
            "jurist",
            "Jurist",
            &["2422", "2611"],
            "Arbeider med lov og rett.",
        ),
        occupation("diplomat", "Diplomat", &["2422"], "Representerer Norge."),
        occupation(
            "radgiver",
            "Rådgiver",
            &["2422"],
            "Gir råd i forvaltningen.",
        ),
        occupation("arkeolog", "Arkeolog", &["2422"], "Graver ut fortiden."),
        occupation("konsulent", "Konsulent", &["2422"], "Utreder saker."),
        occupation(
            "helsesekretaer",
            "Helsesekretær",
            &["3344"],
            "Har helsefaglig og merkantil utdanning.",
        ),
    ];
    let codes = [
        styrk(
            "2422",
            "Rådgivere innen offentlig forvaltning",
            &["Helsefaglig rådgiver", "Politisk rådgiver"],
        ),
        styrk("2611", "Advokater", &[]),
        styrk("3344", "Helsesekretærer", &[]),
    ];
    let (occupations, index) = build(occupations, &codes);
    let hits = index.search("helsefaglig");
    let slugs: Vec<&str> = hits
        .iter()
        .map(|h| occupations[h.position].slug.as_str())
        .collect();
    assert_eq!(
        slugs[0], "helsesekretaer",
        "the direct hit first: {slugs:?}"
    );
    assert!(!hits[0].borrowed);
    assert!(hits[1..].iter().all(|h| h.borrowed), "{hits:?}");
    // "Rådgiver" is in the title of one and in the code's name: its own for all three.
    let hits = index.search("politisk radgiver");
    assert!(hits.iter().all(|h| !h.borrowed), "{hits:?}");
}

#[test]
fn an_index_built_a_little_at_a_time_answers_like_one_built_at_once() {
    let (_, whole) = index();
    let (listed, codes) = fixture();
    let (occupations, intros): (Vec<_>, Vec<_>) = listed.into_iter().unzip();
    let find = |c: &str| codes.iter().find(|(code, _)| code.code == c);
    let order: Vec<usize> = (0..occupations.len()).collect();
    let mut building = IndexBuilding::new(
        &occupations,
        Box::new(|c| find(c).map(|(code, _)| code)),
        Box::new(|c| find(c).map(|(_, titles)| titles)),
        &intros,
        &order,
    )
    .with_step_sizes(IndexBuilding::step_sizes(1, 2, 3));
    let mut steps = 1;
    while building.step() {
        steps += 1;
    }
    assert!(steps > occupations.len() + 10, "{steps} steps");
    let stepped = building.finish();
    assert_eq!(stepped.words, whole.words);
    assert_eq!(stepped.suffixes, whole.suffixes);
    let mut in_text_order = whole.suffixes.clone();
    order::sort_by_cached_key(&mut in_text_order, |&(word, offset)| {
        &whole.words[word as usize][offset as usize..]
    });
    assert_eq!(
        whole.suffixes, in_text_order,
        "suffixes in the order of their text"
    );
    assert_eq!(stepped.stems, whole.stems);
    assert_eq!(stepped.pieces, whole.pieces);
    assert_eq!(stepped.by_first_char, whole.by_first_char);
    assert_eq!(stepped.by_second_char, whole.by_second_char);
    assert_eq!(stepped.compact_titles, whole.compact_titles);
    for query in [
        "sykepleier",
        "leder",
        "bil",
        "snekker",
        "programmerer",
        "7231",
        "sjukepleiar",
        "tomer",
        "dyr",
    ] {
        assert_eq!(stepped.search(query), whole.search(query), "{query}");
    }
}
