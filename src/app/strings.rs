//! Every text the UI shows, in Norwegian bokmål. Kept in one place so nynorsk and English can
//! follow as sibling modules with the same names.

pub const APP_NAME: &str = "Yrkesutforskeren";
pub const TAGLINE: &str =
    "Finn yrker, se hva de gjør, hva de tjener og hvor mange som jobber i dem.";
// Page descriptions for search engines and link cards (prerendered pages)
pub const META_DESCRIPTION: &str = "Finn yrker, se arbeidsoppgaver, lønn og hvor mange som jobber i dem. Åpne data fra utdanning.no og SSB.";
pub const META_STYRK: &str =
    "Alle yrkeskodene i STYRK-08 med yrkene, lønna og hvor mange som jobber i hver kode.";
pub const META_COUNTIES: &str =
    "Hvor i Norge jobbene er: sysselsatte, arbeidsgivere og læreplasser per fylke.";
pub const META_VGS: &str =
    "Fra Vg1 til yrke: hvilke lærefag og yrker hvert utdanningsprogram i videregående fører til.";
pub const META_ABOUT: &str =
    "Om Yrkesutforskeren: kildene, lisensene, hvor ferske dataene er, og tilgjengelighet.";
pub fn meta_occupation(title: &str) -> String {
    format!("{title}: arbeidsoppgaver, lønn, hvor mange som jobber i yrket og veien dit.")
}
pub fn meta_styrk_code(code: &str, name: &str) -> String {
    format!("STYRK-08 {code} {name}: yrkene i koden, lønn og hvor mange som jobber i den.")
}
pub fn meta_county(county: &str) -> String {
    format!("Yrker og arbeidsplasser i {county}: sysselsatte, arbeidsgivere og læreplasser.")
}
pub fn meta_programme(programme: &str) -> String {
    format!("{programme}: lærefagene og yrkene det fører til, steg for steg fra Vg1.")
}
pub const SKIP_TO_CONTENT: &str = "Hopp til innholdet";
pub const NAV_LABEL: &str = "Hovedmeny";
pub const NAV_OCCUPATIONS: &str = "Yrker";
pub const NAV_STYRK: &str = "STYRK-koder";

pub const LOADING: &str = "Laster inn data …";
pub const LOAD_FAILED_TITLE: &str = "Dataene kunne ikke lastes";
pub const RETRY: &str = "Prøv igjen";
pub const ERROR_NETWORK: &str =
    "Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.";
pub const ERROR_DECODE: &str =
    "Dataene som kom fram, var ufullstendige eller ødelagte. Prøv igjen om litt.";
pub const ERROR_SCHEMA: &str =
    "Dataene er laget for en annen versjon av Yrkesutforskeren. Last inn siden på nytt.";
pub const ERROR_INTEGRITY: &str =
    "Dataene som kom fram, stemmer ikke med innholdet de skal ha (filen er avkortet eller endret). Prøv igjen om litt.";
pub const STALE_DATA: &str =
    "De nyeste dataene kunne ikke brukes, så du ser den siste versjonen som virket.";
pub fn error_http(status: u16) -> String {
    format!("Serveren svarte med feilkode {status}. Prøv igjen om litt.")
}
pub const ERROR_DETAILS: &str = "Tekniske detaljer";

// Explorer
pub const SEARCH_LABEL: &str = "Søk i yrker";
pub const SEARCH_HINT: &str = "Skriv et yrke, et ord eller en STYRK-kode.";
pub const SEARCH_PLACEHOLDER: &str = "for eksempel kokk eller 2511";
pub fn result_count(shown: usize, total: usize) -> String {
    if shown == total {
        format!("Viser alle {total} yrker")
    } else if shown == 1 {
        format!("1 yrke av {total}")
    } else {
        format!("{shown} yrker av {total}")
    }
}
pub fn no_results(query: &str) -> String {
    format!("Ingen yrker passer til «{query}». Prøv et kortere ord eller en annen skrivemåte.")
}
pub const CLEAR_SEARCH: &str = "Tøm søket";
pub fn nearest_results(query: &str) -> String {
    format!("Ingen yrker passer til alle ordene i «{query}». Dette er de som ligger nærmest:")
}
pub const PASSAGE_LABEL: &str = "Fra teksten om yrket: ";
pub const PROGRAMMES_HEADING: &str = "Utdanningsprogram og lærefag:";
/// A programme area's name as listed: school years carry "Vg1 …" in the name already; a
/// lærefag says it is one.
pub fn programme_label(name: &str, kind: crate::core::programmes::ProgrammeKind) -> String {
    use crate::core::programmes::ProgrammeKind;
    match kind {
        ProgrammeKind::Apprenticeship => format!("{name} (lærefag)"),
        _ => name.to_string(),
    }
}
pub fn programme_leads_to(count: usize) -> String {
    match count {
        0 => "(ingen yrker oppført)".into(),
        1 => "(fører til 1\u{a0}yrke)".into(),
        n => format!("(fører til {n}\u{a0}yrker)"),
    }
}
pub fn programme_filter(name: &str) -> String {
    format!("Viser yrkene {name} fører til.")
}
pub const PROGRAMME_UNKNOWN: &str = "Vi finner ikke dette utdanningsprogrammet.";
pub const PROGRAMME_FILTER_LABEL: &str = "utdanningsprogrammet";
pub const SHOW_ALL_OCCUPATIONS: &str = "Vis alle yrker";
pub const RESULTS_LABEL: &str = "Yrker";
pub const NO_CODE: &str = "Ingen STYRK-kode";

// Occupation page
pub const TASKS_DEFAULT_HEADING: &str = "Vanlige arbeidsoppgaver";
pub const TASKS_MISSING: &str =
    "utdanning.no har ingen liste over arbeidsoppgaver for dette yrket.";
pub fn where_work_heading(title: &str) -> String {
    format!("Hvor jobber en {}?", lowercase_start(title))
}

/// "Kokk" → "kokk" inside a sentence, but acronyms stay: "IT-prosjektleder" is kept.
fn lowercase_start(title: &str) -> String {
    let mut chars = title.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(title.chars().skip(1)).collect()
        }
        _ => title.to_string(),
    }
}
pub const WHERE_WORK_MISSING: &str =
    "utdanning.no har ikke beskrevet hvor de som har dette yrket jobber.";
pub const TRAITS_HEADING: &str = "Personlige egenskaper";
pub const TRAITS_MISSING: &str =
    "utdanning.no har ikke beskrevet personlige egenskaper for dette yrket.";
pub const EDUCATION_HEADING: &str = "Utdanning";
pub const EDUCATION_MISSING: &str = "utdanning.no har ingen utdanningstekst for dette yrket.";
pub const SALARY_HEADING: &str = "Lønn";
pub const SALARY_NONE: &str = "For dette yrket finnes det ikke tilgjengelig lønnsdata.";
pub const SALARY_EXPLAINED: &str =
    "Avtalt lønn i måneden før skatt, for ansatte i alle sektorer. Deltid er regnet om til heltid. Medianen er lønnen i midten: halvparten tjener mer, halvparten mindre. Kvartilene viser lønnen til den fjerdedelen som tjener minst og den fjerdedelen som tjener mest.";
pub const SALARY_PER_CODE_NOTE: &str =
    "SSB regner ut lønn for yrkesgrupper (STYRK-koder). Dette yrket hører til flere grupper, så du ser én tabell for hver gruppe.";
pub const EMPLOYMENT_HEADING: &str = "Hvor mange jobber i yrket?";
pub const EMPLOYMENT_NONE: &str = "Det finnes ingen sysselsettingstall for dette yrket.";
pub const EMPLOYMENT_EXPLAINED: &str =
    "Hvor mange i alderen 15–74 år som jobber i hver yrkesgruppe i hele landet, og hvor mange av dem som har fast jobb. SSB teller yrkesgrupper (STYRK-koder), ikke yrker, så tallet gjelder alle i gruppen.";
pub const CODES_HEADING: &str = "STYRK-koder";
pub const CODES_NONE: &str = "utdanning.no har ikke knyttet dette yrket til en STYRK-kode.";
pub fn shared_with(names: &str) -> String {
    format!("Samme kode har også: {names}.")
}
pub const SOURCES_HEADING: &str = "Kilder";
pub fn read_more_on(title: &str) -> String {
    format!("Les mer om {title} på utdanning.no")
}
pub const TEXT_LOADING: &str = "Laster inn yrkesbeskrivelsen …";
pub const TEXT_MISSING: &str = "Beskrivelsen av dette yrket finnes ikke i datagrunnlaget.";

// "Kort fortalt" at the top of an occupation page
pub const GLANCE_HEADING: &str = "Kort fortalt";
pub const GLANCE_SALARY: &str = "Lønn";
pub const GLANCE_EMPLOYED: &str = "I jobb";
pub const GLANCE_PERMANENT: &str = "Fast jobb";
pub const GLANCE_WAY_IN: &str = "Veien inn";
pub fn glance_salary(amount: &str) -> String {
    format!("{amount}\u{a0}kr i måneden før skatt (median)")
}
pub fn glance_salary_range(low: &str, high: &str) -> String {
    format!("{low}–{high}\u{a0}kr i måneden før skatt (median)")
}
pub const GLANCE_SALARY_RANGE_WHY: &str =
    "Yrket hører til flere yrkesgrupper hos SSB, og de har ulik lønn. Du ser den laveste og den høyeste.";
pub const GLANCE_SALARY_MISSING: &str = "SSB har ikke lønnstall for dette yrket.";
pub fn glance_employed(persons: &str) -> String {
    format!("{persons} personer")
}
pub const GLANCE_EMPLOYED_SHARED: &str =
    "Tallet gjelder hele yrkesgruppen, også andre yrker i den.";
pub const GLANCE_EMPLOYED_MISSING: &str = "SSB har ikke tall for hvor mange som jobber i yrket.";
pub fn glance_permanent(percent: &str) -> String {
    format!("{percent}\u{a0}% har fast jobb")
}
pub const GLANCE_PERMANENT_MISSING: &str = "Ingen tall for fast og midlertidig jobb.";
pub fn glance_trade_route(programmes: &str) -> String {
    format!("Vg1 {programmes}, så læretid i bedrift til fagbrev eller svennebrev")
}
pub fn glance_school_route(programmes: &str) -> String {
    format!("Vg1 {programmes} på videregående")
}
pub const GLANCE_TRADE_ONLY: &str = "Fagbrev eller svennebrev fra videregående";
pub const GLANCE_HIGHER: &str = "Høyere utdanning (universitet eller høyskole)";
pub const GLANCE_OR: &str = "eller";
pub const GLANCE_WAY_IN_MISSING: &str = "utdanning.no knytter ikke yrket til en bestemt utdanning.";
pub fn glance_source(salary_period: &str, employment_period: &str) -> String {
    format!("Kilde: SSB (lønn {salary_period}, antall i jobb {employment_period}) og utdanning.no. Mer om tallene lenger ned.")
}

// Figures
pub const COL_CODE: &str = "Yrkesgruppe (STYRK-kode)";
pub const COL_GROUP: &str = "Gruppe";
pub const COL_MEDIAN: &str = "Median";
pub const COL_LOWER_QUARTILE: &str = "Nedre kvartil";
pub const COL_UPPER_QUARTILE: &str = "Øvre kvartil";
pub const COL_MEAN: &str = "Gjennomsnitt";
pub const COL_EMPLOYED: &str = "Personer i jobb";
pub const COL_PERMANENT: &str = "Fast jobb";
pub const COL_TEMPORARY: &str = "Midlertidig jobb";
pub const GROUP_ALL: &str = "Alle";
pub const GROUP_MEN: &str = "Menn";
pub const GROUP_WOMEN: &str = "Kvinner";
pub const NOT_PUBLISHED: &str = "ikke publisert";
pub const NOT_APPLICABLE: &str = "ikke aktuelt";
pub const NO_CELL: &str = "mangler";
pub const NOT_PUBLISHED_NOTE: &str =
    "«Ikke publisert» betyr at SSB holder tallet tilbake fordi det bygger på for få personer.";
pub fn kroner(amount: &str) -> String {
    format!("{amount}\u{a0}kr")
}
pub fn median_change(change: &str, period: &str) -> String {
    format!("Endring i median {period}: {change}")
}
pub fn salary_caption(code: &str, name: &str) -> String {
    format!("Lønn i måneden for {name} (STYRK {code})")
}
pub fn employment_caption() -> &'static str {
    "Personer i jobb per yrkesgruppe"
}
pub fn source_line(publisher: &str, dataset: &str, period: &str, licence: &str) -> String {
    format!("Kilde: {publisher}, {dataset}, {period}. Lisens: {licence}.")
}
pub fn national_median(amount: &str) -> String {
    format!("Til sammenligning: medianen for alle yrker er {amount}\u{a0}kr i måneden.")
}
pub const RESIDUAL_CODE_NOTE: &str = "SSB samler noen yrker i grupper som heter «Andre …» eller «… mv.» (med flere). Da gjelder tallene hele gruppen, ikke bare dette yrket.";

// STYRK
pub const STYRK_TITLE: &str = "STYRK-08: yrkesklassifiseringen";
pub const STYRK_INTRO: &str = "STYRK-08 er Statistisk sentralbyrås standard for yrkesklassifisering. Den har fire nivåer: hovedgruppe (1 siffer), undergruppe (2), yrkesgruppe (3) og yrkestype (4). Velg en hovedgruppe for å gå nedover.";
pub fn level_name(level: u8) -> &'static str {
    match level {
        1 => "Hovedgruppe",
        2 => "Undergruppe",
        3 => "Yrkesgruppe",
        _ => "Yrkestype",
    }
}
pub const PARENTS_LABEL: &str = "Plassering i STYRK-08";
pub const CHILDREN_HEADING: &str = "Underliggende koder";
pub const NAV_CATEGORY: &str = "NAVs yrkeskategori";
pub const ISCO_TITLE: &str = "ISCO-08 (engelsk)";
pub const OCCUPATIONS_HEADING: &str = "Yrker på utdanning.no med denne koden";
pub const OCCUPATIONS_NONE: &str =
    "Ingen yrkesbeskrivelser på utdanning.no er knyttet til denne koden.";
pub fn occupations_total(persons: &str, codes: usize) -> String {
    format!(
        "Til sammen {persons} sysselsatte i {codes} {}. Hver kode er talt én gang, selv om flere yrker deler den.",
        if codes == 1 { "kode" } else { "koder" }
    )
}
pub const MANY_TO_MANY_NOTE: &str = "Et yrke kan ha flere STYRK-koder, og en kode kan høre til flere yrker. Legger man sammen tallene for hvert yrke, blir summen for høy.";

// Not found
pub const NOT_FOUND_TITLE: &str = "Fant ikke siden";
pub const NOT_FOUND_TEXT: &str = "Vi fant ingen side på denne adressen. Kanskje lenken er gammel, eller det er en skrivefeil i adressen.";
pub fn occupation_not_found(slug: &str) -> String {
    format!("Vi har ikke noe yrke med adressen «{slug}».")
}
pub fn code_not_found(code: &str) -> String {
    format!("STYRK-08 har ingen kode «{code}».")
}
pub const BACK_TO_LIST: &str = "Gå til alle yrker";

// Footer
pub const FOOTER_TEXT: &str =
    "Åpne data fra utdanning.no, SSB, NAV, Udir og Kartverket. Hvert tall viser kilden sin.";
pub const FOOTER_SOURCES_LINK: &str = "Alle kilder og lisenser";
pub fn data_version(version: &str) -> String {
    format!("Dataversjon (for feilmeldinger): {version}")
}

// Explorer filters (issue 3)
pub const FILTERS_HEADING: &str = "Filtrer og sorter";
pub const FILTER_NAV1: &str = "Yrkesområde (NAV)";
pub const FILTER_NAV2: &str = "Underområde (NAV)";
pub const FILTER_MAJOR: &str = "STYRK-hovedgruppe";
pub const FILTER_SALARY_MIN: &str = "Median lønn fra (kr/mnd)";
pub const FILTER_SALARY_MAX: &str = "Median lønn til (kr/mnd)";
pub const FILTER_EDUCATION: &str = "Utdanning";
pub const FILTER_ANY: &str = "Alle";
pub const EDUCATION_TRADE: &str = "Fagbrev eller svennebrev";
pub const EDUCATION_VOCATIONAL: &str = "Yrkeskompetanse fra videregående";
pub const EDUCATION_HIGHER: &str = "Høyere utdanning";
pub const SORT_LABEL: &str = "Sorter etter";
pub const SORT_RELEVANCE: &str = "Beste treff (uten søk: A–Å)";
pub const SORT_NAME: &str = "Navn (A–Å)";
pub const SORT_SALARY: &str = "Høyest median lønn";
pub const SORT_EMPLOYMENT: &str = "Flest sysselsatte";
pub const SORT_SALARY_RULE: &str = "Har et yrke flere STYRK-koder, sorteres det etter den høyeste medianen blant kodene. Yrker uten lønnstall kommer sist.";
pub const SORT_EMPLOYMENT_RULE: &str = "Sysselsatte i yrkets STYRK-koder, hver kode talt én gang. Deler yrket kode med andre yrker, gjelder tallet alle som har koden. Yrker uten tall kommer sist.";
pub const SALARY_FILTER_RULE: &str =
    "Lønnsfilteret tar med yrket når minst én av yrkets koder har median i intervallet.";
pub const CLEAR_FILTERS: &str = "Nullstill alle filtre";
pub const WIDEN_HINT: &str = "Prøv å fjerne ett av filtrene:";
pub fn remove_filter(label: &str) -> String {
    format!("Fjern «{label}»")
}
pub const BADGE_TRADE: &str = "Fagbrev/svennebrev";
pub fn median_range(low: &str, high: &str) -> String {
    if low == high {
        format!("Median {low}\u{a0}kr/mnd")
    } else {
        format!("Median {low}–{high}\u{a0}kr/mnd")
    }
}
pub fn employed_short(persons: &str) -> String {
    format!("{persons} i jobb")
}

// Compare
pub const NAV_COMPARE: &str = "Sammenlign";
pub fn compare_nav(count: usize) -> String {
    format!("Sammenlign ({count})")
}
pub const COMPARE_REMOVE: &str = "Fjern fra sammenligning";
pub const COMPARE_FULL: &str = "Du kan sammenligne opptil fire yrker. Fjern ett først.";
pub const COMPARE_TITLE: &str = "Sammenlign yrker";
pub const COMPARE_EMPTY: &str =
    "Du har ikke valgt noen yrker ennå. Trykk «Sammenlign» på et yrke eller i lista.";
pub const COMPARE_ROW_MEDIAN: &str = "Median månedslønn";
pub const COMPARE_ROW_QUARTILES: &str = "Nedre–øvre kvartil";
pub const COMPARE_ROW_EMPLOYED: &str = "Antall i jobb";
pub const COMPARE_ROW_EDUCATION: &str = "Utdanning";
pub const COMPARE_ROW_CODES: &str = "STYRK-koder";
pub const COMPARE_ROW_TASKS: &str = "Arbeidsoppgaver";
pub const COMPARE_CAPTION: &str =
    "Yrkene side om side. Lønn og sysselsetting vises per STYRK-kode.";
pub const NONE_DASH: &str = "–";

// Occupation page extras
pub const ACTIONS_LABEL: &str = "Del og skriv ut";
pub const COPY_LINK: &str = "Kopier lenke";
pub const LINK_COPIED: &str = "Lenken er kopiert.";
pub const LINK_COPY_FAILED: &str =
    "Kunne ikke kopiere. Marker adressen i adressefeltet og kopier den.";
pub const PRINT: &str = "Skriv ut";
pub const RELATED_HEADING: &str = "Yrker som ligner";
pub const RELATED_SAME_CODE: &str = "Samme STYRK-kode";
pub const RELATED_SAME_NAV: &str = "Samme yrkeskategori hos NAV";
pub const ROUTES_HEADING: &str = "Videregående opplæring";
pub const ROUTES_INTRO: &str =
    "Lærefag og programområder som utdanning.no knytter til yrket, med veien fra Vg1:";
pub const ROUTES_NONE: &str =
    "utdanning.no knytter ikke dette yrket til et lærefag eller programområde i videregående.";
pub fn higher_education_links(count: u32) -> String {
    if count == 1 {
        "utdanning.no knytter yrket til 1 beskrivelse av høyere utdanning. Se yrkessiden der for studiene.".into()
    } else {
        format!("utdanning.no knytter yrket til {count} beskrivelser av høyere utdanning. Se yrkessiden der for studiene.")
    }
}
pub const HIGHER_EDUCATION_HEADING: &str = "Høyere utdanning";
pub const HIGHER_EDUCATION_NONE: &str =
    "utdanning.no knytter ingen beskrivelse av høyere utdanning til dette yrket.";
pub const STUDY_PLACES_NOTE: &str = "Studiestedene per fylke kan ikke vises her: datagrunnlaget sier ikke hvilke studier som hører til hvilken utdanningsbeskrivelse.";
pub const CHART_LEGEND: &str = "Streken viser nedre til øvre kvartil; prikken er medianen.";

// STYRK look-up
pub const STYRK_SEARCH_LABEL: &str = "Slå opp kode eller navn";
pub const STYRK_SEARCH_HINT: &str =
    "Skriv 1–4 siffer (for eksempel 251) eller en del av et navn (for eksempel sykepleier).";
pub fn code_hits(count: usize) -> String {
    match count {
        0 => "Ingen koder passer.".into(),
        1 => "1 kode".into(),
        n => format!("{n} koder"),
    }
}
pub const OCCUPATION_HITS_HEADING: &str = "Yrker som passer til søket";
pub fn show_more(count: usize) -> String {
    format!("Vis {count} til")
}
pub fn show_all(total: usize) -> String {
    format!("Vis alle {total}")
}

// Regions: counties, municipalities, employers
pub const NOT_FOUND_SUGGESTIONS: &str = "Mente du en av disse?";
pub const NAV_REGIONS: &str = "Fylker";
pub const NAV_VGS: &str = "Videregående";

// Videregående: /vgs and /vgs/<code>
pub const VGS_TITLE: &str = "Videregående: fra Vg1 til yrke";
pub const VGS_LEAD: &str = "Velg et utdanningsprogram på Vg1 og se hvilke lærefag og yrker det kan føre til, hva de tjener og hvor mange som jobber i dem.";
pub const VGS_NO_SALARY: &str = "Ingen lønnstall for disse yrkene";
pub fn vgs_counts(apprenticeships: usize, occupations: usize) -> String {
    let trades = match apprenticeships {
        0 => "ingen lærefag".to_string(),
        1 => "1\u{a0}lærefag".to_string(),
        n => format!("{n}\u{a0}lærefag"),
    };
    let jobs = match occupations {
        0 => "ingen yrker oppført".to_string(),
        1 => "1\u{a0}yrke".to_string(),
        n => format!("{n}\u{a0}yrker"),
    };
    format!("{trades} · {jobs}")
}
pub fn vgs_leads_to(apprenticeships: usize, occupations: usize, spread: &str) -> String {
    format!(
        "Fører til {}. Lønn i disse yrkene: {spread}.",
        vgs_counts(apprenticeships, occupations)
    )
}
pub fn vgs_branch_count(occupations: usize) -> String {
    match occupations {
        0 => "ingen yrker oppført".into(),
        1 => "1\u{a0}yrke".into(),
        n => format!("{n}\u{a0}yrker"),
    }
}
pub fn vgs_trade_leads_to(occupations: usize, spread: &str) -> String {
    match occupations {
        0 => "Dataene knytter ikke dette lærefaget til noe yrke.".to_string(),
        1 => format!("Fører til 1\u{a0}yrke. Lønn: {spread}."),
        n => format!("Fører til {n}\u{a0}yrker. Lønn i disse yrkene: {spread}."),
    }
}
pub fn vgs_qualification(qualification: &str) -> String {
    format!("Fullført opplæring gir {}.", qualification.to_lowercase())
}
pub const VGS_WAY_LABEL: &str = "Veien hit fra Vg1";
pub const VGS_TREE_HEADING: &str = "Veien videre";
pub const VGS_TREE_HINT: &str = "Åpne et trinn for å se hva det fører til. Lærefag viser yrkene de gir, med lønn og hvor mange som jobber i dem.";
pub const VGS_TABLE_SUMMARY: &str = "Vis alt som tabell";
pub const VGS_TABLE_CAPTION: &str = "Alle veier til yrker herfra";
pub const VGS_TABLE_WAY: &str = "Vei";
pub const VGS_TABLE_OCCUPATION: &str = "Yrke";
pub const VGS_TABLE_SALARY: &str = "Median lønn";
pub const VGS_TABLE_EMPLOYED: &str = "I jobb";
pub const VGS_HERE: &str = "Herfra";
pub const VGS_NO_OCCUPATIONS: &str = "Dataene knytter ikke dette til noe yrke.";
pub const VGS_NO_FIGURES: &str = "ingen lønns- eller sysselsettingstall";
pub const VGS_ALL_LINK: &str = "Alle utdanningsprogram på Vg1";
pub const WAYS_IN_HEADING: &str = "Vet du ikke hva yrket heter? Start her:";
pub fn ways_in_areas(count: usize) -> String {
    format!("Yrker etter område ({count})")
}
pub fn ways_in_vg1(count: usize) -> String {
    format!("Yrker etter Vg1-program ({count})")
}
pub fn occupations_count(count: usize) -> String {
    match count {
        1 => "1\u{a0}yrke".into(),
        n => format!("{n}\u{a0}yrker"),
    }
}
pub const VGS_HIGHER_LINK: &str = "Se yrker som krever høyere utdanning";
pub const VGS_IN_LIST: &str = "Se yrkene i lista, der du kan sortere og filtrere dem";
pub const VGS_MISSING_FIGURE: &str = "mangler";
pub fn vgs_open_page(name: &str) -> String {
    format!("Egen side for {name}")
}
pub fn programme_not_found(code: &str) -> String {
    format!("Vi finner ikke utdanningsprogrammet «{code}».")
}
pub const LOADING_PLACES: &str = "Laster inn arbeidsgivere og studiesteder …";
pub const COUNTIES_HEADING: &str = "Hvor er arbeidsplassene?";
pub const COUNTIES_LEAD: &str = "Velg et fylke på kartet eller i tabellen for å se arbeidsgivere, opplæringskontor og studiesteder der.";
pub const MAP_MEASURE_LABEL: &str = "Vis på kartet";
pub const MAP_LABEL: &str = "Kart over fylkene";
pub const MAP_LEGEND: &str = "Forklaring";
pub const MAP_TABLE_CAPTION: &str = "Fylkene i tall";
pub const MAP_CREDIT: &str = "Kart: © Kartverket, CC BY 4.0 (forenklet).";
pub const COUNTY_COLUMN: &str = "Fylke";
pub const MEASURE_SCHOOLS: &str = "Grunnskoler";
pub const MEASURE_TRAINING_OFFICES: &str = "Opplæringskontor godkjent i fylket";
pub const MEASURE_APPRENTICES: &str = "Lærlinger i opplæringskontor med sete i fylket";
pub const MEASURE_STUDIES: &str = "Studietilbud (universitet og høyskole)";
pub fn legend_range(low: &str, high: &str) -> String {
    if low == high {
        low.to_string()
    } else {
        format!("{low}–{high}")
    }
}
pub fn map_county_label(name: &str, measure: &str, value: &str) -> String {
    format!("{name}: {measure} {value}")
}

pub const COUNTY_NOT_FOUND: &str = "Vi fant ikke noe fylke med dette nummeret.";
pub const MUNICIPALITY_NOT_FOUND: &str = "Vi fant ingen kommune med dette nummeret.";
pub const EMPLOYER_NOT_FOUND: &str =
    "Vi fant ingen arbeidsgiver med dette organisasjonsnummeret i dataene.";
pub const ORGNR_INVALID: &str =
    "Dette er ikke et gyldig organisasjonsnummer (ni sifre med kontrollsiffer).";
pub fn county_number(code: &str) -> String {
    format!("Fylkesnummer {code}")
}
pub fn municipality_number(code: &str, county: &str) -> String {
    format!("Kommunenummer {code}, {county}")
}
pub const MUNICIPALITIES_HEADING: &str = "Kommunene";
pub const EMPLOYERS_HEADING: &str = "Arbeidsgivere";
pub const EMPLOYERS_EXPLAINED: &str = "Registeret vårt har tre typer arbeidsgivere: grunnskoler, kommunene selv og opplæringskontor. Andre arbeidsgivere finnes ikke i de åpne dataene vi bygger på.";
pub const KIND_SCHOOLS: &str = "Grunnskoler";
pub const KIND_MUNICIPALITY: &str = "Kommunen som arbeidsgiver";
pub const KIND_TRAINING_OFFICES: &str = "Opplæringskontor";
pub const KIND_SCHOOL: &str = "Grunnskole";
pub const KIND_MUNICIPALITY_ONE: &str = "Kommune";
pub const KIND_TRAINING_OFFICE: &str = "Opplæringskontor";
pub fn schools_summary(count: usize, with_size: usize, employees: &str) -> String {
    format!("{count} grunnskoler. {with_size} av dem har oppgitt antall ansatte, til sammen {employees}.")
}
pub fn employees(count: &str) -> String {
    format!("{count} ansatte")
}
pub fn apprentices(count: &str) -> String {
    format!("{count} lærlinger")
}
pub const SIZE_UNKNOWN: &str = "antall ikke oppgitt";
pub const NO_SCHOOLS: &str = "Ingen grunnskoler i dataene her.";
pub const NO_MUNICIPALITY_ORGNR: &str = "Organisasjonsnummeret til kommunen finnes ikke i dataene (SSBs tabell er fra før kommunen ble opprettet eller endret i 2024).";
pub const TRAINING_OFFICES_APPROVED: &str = "Opplæringskontor godkjent i fylket";
pub const TRAINING_OFFICES_LOCATED: &str = "Opplæringskontor med adresse i kommunen";
pub const TRAINING_OFFICES_EXPLAINED: &str = "Et opplæringskontor tar inn lærlinger for bedriftene som er med i kontoret. Registeret sier ikke hvilke fag hvert kontor har lærlinger i.";
pub const NO_TRAINING_OFFICES: &str = "Ingen opplæringskontor i dataene her.";
pub const STUDIES_HEADING: &str = "Studiesteder";
pub fn studies_summary(count: usize, institutions: usize) -> String {
    format!("{count} studietilbud ved {institutions} læresteder (universitet, høyskole og andre tilbydere på utdanning.no).")
}
pub const NO_STUDIES: &str =
    "utdanning.no har ingen studietilbud på universitets- eller høyskolenivå her.";
pub const STUDIES_MUNICIPALITY_RULE: &str = "Et studietilbud står under kommunen når studiestedet utdanning.no oppgir, har samme navn som kommunen.";
pub fn show_programmes(count: usize) -> String {
    format!("Vis alle {count} studietilbud")
}
pub const INSTITUTION_COLUMN: &str = "Lærested";
pub const PROGRAMMES_COLUMN: &str = "Studietilbud";
pub const SHORTAGE_EXPLAINED: &str = "NAVs bedriftsundersøkelse 2017 anslår hvor mange flere arbeidstakere bedriftene manglet, rundet til nærmeste 25. Tallene er fra 2017 og gjelder fylkene slik de var da, lagt sammen til dagens fylker (Hedmark og Oppland er Innlandet, Aust- og Vest-Agder er Agder, Hordaland og Sogn og Fjordane er Vestland). Noen kommuner har byttet fylke siden.";
pub fn shortage_top(county: &str) -> String {
    format!("Yrkene med størst anslått mangel i {county}")
}
pub const SHORTAGE_NONE_COUNTY: &str =
    "NAVs undersøkelse fant ingen mangel på arbeidskraft her i 2017.";
pub const OCCUPATION_GROUP_COLUMN: &str = "Yrkesgruppe (STYRK-08)";
pub const NATIONAL_COLUMN: &str = "Hele landet";
pub const ROUTES_PER_PLACE_MISSING: &str = "Dataene sier ikke hvor mange lærefag eller studieplasser som fører til hvert yrke i hvert fylke, så vi kan ikke rangere yrkene etter det.";

pub const EMPLOYER_TYPE: &str = "Type";
pub const EMPLOYER_NAME: &str = "Navn";
pub const EMPLOYER_LOCATION: &str = "Sted";
pub const EMPLOYER_SIZE: &str = "Størrelse";
pub const EMPLOYER_ORGNR: &str = "Organisasjonsnummer";
pub const EMPLOYER_GRADES: &str = "Trinn";
pub const EMPLOYER_OWNERSHIP: &str = "Eierform";
pub const EMPLOYER_OTHER_NAMES: &str = "Også registrert som";
pub const EMPLOYER_APPROVED_IN: &str = "Godkjent i";
pub const EMPLOYER_WEBSITE: &str = "Nettside";
pub const EMPLOYER_REGISTER: &str = "Se enheten i Brønnøysundregistrene";
pub fn place_not_placed(name: &str) -> String {
    format!("{name} (oppgitt av kilden, ikke funnet blant kommunene i 2024)")
}
pub fn grades(range: &str) -> String {
    format!("{range}. trinn")
}
pub const LINKED_HEADING: &str = "Yrker hos denne arbeidsgiveren";
pub const LINKED_TIED_HEADING: &str = "Fag som navnet til kontoret passer til";
pub const LINKED_TIED_NONE: &str = "Navnet til kontoret sier ikke hvilke fag det har lærlinger i.";
pub const LINKED_OTHERS_HEADING: &str = "Andre yrker med fagbrev eller svennebrev";
pub const LINKED_OTHERS_EXPLAINED: &str = "Kontoret kan ta lærlinger i noen av disse fagene, men registeret sier ikke hvilke. Yrkene er gruppert etter Vg1-programområdet de starter i.";
pub const NO_VG1_GROUP: &str = "Uten Vg1-programområde i dataene";
pub fn group_summary(name: &str, count: usize) -> String {
    if count == 1 {
        format!("{name} (1 yrke)")
    } else {
        format!("{name} ({count} yrker)")
    }
}
pub const LINKED_NONE: &str =
    "Ingen regel i dataene knytter denne typen arbeidsgiver til bestemte yrker, så vi viser ingen.";
pub const RULE_SCHOOLS: &str = "Regel: grunnskoler sysselsetter grunnskolelærere (STYRK 2341) og skoleassistenter (STYRK 5312). Yrker med en av disse kodene vises.";
pub const RULE_TRAINING_OFFICES: &str = "Regel: opplæringskontor formidler lærlinger i fag som ender med fagbrev eller svennebrev. Registeret sier ikke hvilke av fagene hvert kontor dekker.";

// "Hvor i landet" on the occupation page
pub const WHERE_HEADING: &str = "Hvor i landet";
pub const WHERE_LEAD: &str =
    "Velg et fylke, og eventuelt en kommune, for å se hva dataene sier om yrket der.";
pub const NEW_TAB: &str = " (åpnes i ny fane)";
pub const NEEDS_CONNECTION: &str = " Lenken krever nettforbindelse.";
pub fn where_schools_heading(place: &str) -> String {
    format!("Grunnskoler i {place}")
}
pub fn where_offices_heading(place: &str) -> String {
    format!("Opplæringskontor i {place}")
}
pub const OFFICE_TIES_RULE: &str = "Registeret sier ikke hvilke fag hvert opplæringskontor har lærlinger i. Her står kontorene som har et navn som passer til yrkets fag eller Vg1-programområde (for eksempel «elektro» for Elektro og datateknologi). Kontor med navn etter selve faget står øverst, så kontor for samme programområde, og kontor med sete i fylket før kontor som bare er godkjent der.";
pub fn offices_tied_caption(place: &str) -> String {
    format!("Opplæringskontor for faget i {place}")
}
pub fn offices_none_tied(place: &str) -> String {
    format!("Ingen opplæringskontor i {place} har et navn som passer til faget.")
}
pub fn offices_show_all(count: usize, place: &str) -> String {
    format!("Vis alle {count} opplæringskontor i {place}")
}
pub const OFFICES_OTHERS: &str = "Navnene til disse kontorene sier ikke hvilke fag de har lærlinger i. Noen av dem kan likevel ta lærlinger i faget.";
pub fn offices_all_caption(place: &str) -> String {
    format!("Alle opplæringskontor i {place}")
}
pub const APPRENTICE_COMPANIES_LINK: &str = "Se lærebedrifter for yrket på utdanning.no";
pub const APPRENTICE_COMPANIES_MISSING: &str =
    "Lærebedriftene (bedriftene som tar inn lærlinger) finnes ikke i de åpne dataene.";
pub fn where_upper_secondary_heading(county: &str) -> String {
    format!("Videregående skoler i {county}")
}
pub fn upper_secondary_missing(programmes: &str) -> String {
    format!("Dataene våre sier ikke hvilke skoler som har Vg1 {programmes}.")
}
pub fn vilbli_link(county: &str) -> String {
    format!("Finn skolene i {county} på vilbli.no")
}
pub fn where_studies_heading(place: &str) -> String {
    format!("Studier i {place}")
}
pub const STUDIES_NOT_LINKED: &str = "Dataene sier ikke hvilke studier som fører til dette yrket.";
pub const STUDIES_FOR_OCCUPATION_LINK: &str = "Se studiene som fører til yrket på utdanning.no";
pub fn studies_in_place(place: &str) -> String {
    format!("Alle studietilbud i {place}")
}
pub fn where_shortage_heading(county: &str) -> String {
    format!("Mangel på arbeidskraft i {county} i 2017")
}
pub const WHERE_COUNTY: &str = "Fylke";
pub const WHERE_MUNICIPALITY: &str = "Kommune";
pub const WHERE_CHOOSE_COUNTY: &str = "Velg fylke";
pub const WHERE_ALL_MUNICIPALITIES: &str = "Hele fylket";
pub const WHERE_PICK_FIRST: &str = "Velg et fylke for å se tallene.";
pub const WHERE_SHORTAGE_NONE: &str =
    "NAVs bedriftsundersøkelse 2017 har ingen tall for yrkets STYRK-koder.";
pub fn open_county(name: &str) -> String {
    format!("Åpne {name}")
}
pub const WORKPLACES_HEADING: &str = "Bedrifter i hele landet";
pub const WORKPLACES_WARNING: &str = "Tallene teller hver stillingstittel én gang. En tittel kan være knyttet til flere yrker, så tallene for ulike yrker må ikke legges sammen.";
pub fn workplaces_total(total: &str) -> String {
    format!("{total} ansatte i yrkets STYRK-koder i hele landet")
}
pub const EMPLOYEES_COLUMN: &str = "Ansatte";

// Offline, embedding, about
pub const UPDATE_READY: &str = "Ny versjon er klar – last inn på nytt.";
pub const UPDATE_RELOAD: &str = "Last inn på nytt";
pub const EMBED_CREDIT: &str = "Yrkesutforskeren – åpne data fra utdanning.no, SSB, NAV og Udir.";
pub const EMBED_ONLY_BOKMAL: &str = "Yrkesutforskeren finnes foreløpig bare på bokmål.";
pub const EMBED_OPEN_APP: &str = "Åpne Yrkesutforskeren i en ny fane";
pub fn embed_read_more(title: &str) -> String {
    format!(
        "Les mer om {} i Yrkesutforskeren (ny fane)",
        lowercase_start(title)
    )
}
pub const UTDANNING_CREDIT_SHORT: &str =
    "Yrkesbeskrivelsen er basert på åpne data fra utdanning.no (NLOD).";
pub const EMBED_HEADING: &str = "Bygg inn på skolens nettside";
pub const EMBED_EXPLAINED: &str = "Lim inn denne linjen på skolens nettside, så vises et kort om yrket der. Kortet henter data fra Yrkesutforskeren og åpner hele siden i en ny fane.";
pub const EMBED_SNIPPET_LABEL: &str = "Kode å lime inn";
pub const EMBED_COPY: &str = "Kopier koden";
pub const EMBED_COPIED: &str = "Koden er kopiert.";
pub const EMBED_MORE: &str = "Flere valg og søkeboksen: se Om-siden.";
pub const NAV_ABOUT: &str = "Om";
pub const ABOUT_TITLE: &str = "Om Yrkesutforskeren";
pub const ABOUT_LEAD: &str = "Yrkesutforskeren viser yrker med arbeidsoppgaver, lønn, sysselsetting, utdanningsveier og arbeidsgivere, bygget på åpne data fra offentlige kilder. Alt søk og all filtrering skjer i nettleseren din.";
pub const PRIVACY_HEADING: &str = "Personvern";
pub const PRIVACY: [&str; 4] = [
    "Yrkesutforskeren bruker ingen informasjonskapsler (cookies), ingen sporing og ingen statistikkverktøy, og henter ingenting fra andre nettsteder. Den spør ikke etter navn, e-post eller annet om deg.",
    "Nettleseren din lagrer to ting på enheten: listen over yrker du har valgt å sammenligne, og en kopi av appen og dataene slik at den virker uten nett. Ingenting av dette sendes noe sted. Du sletter det ved å tømme nettstedsdata i nettleseren.",
    "Serveren som leverer filene, ser det alle nettservere ser (IP-adresse og hvilke filer som hentes). Hvem som drifter serveren, står på nettstedet som viser Yrkesutforskeren.",
    "Når Yrkesutforskeren er bygd inn på en skoles nettside, gjelder det samme: rammen henter bare filer fra Yrkesutforskeren selv.",
];
pub const SOURCES_AND_LICENCES: &str = "Kilder og lisenser";
pub const SOURCES_INTRO: &str = "Hvert tall i appen viser kilde og periode. Disse datasettene er brukt, med lisens og den krediteringen lisensen krever:";
pub const EMBED_GUIDE: [&str; 2] = [
    "Skolen kan vise et yrke eller en søkeboks på sin egen nettside med én linje kode. Linjen lager en ramme (iframe) med tittel, som tilpasser høyden til innholdet. Lenker åpner hele Yrkesutforskeren i en ny fane.",
    "Hver yrkesside har også en ferdig kode under «Bygg inn på skolens nettside».",
];
pub const EMBED_OPTIONS: [&str; 5] = [
    "data-yrke=\"…\": yrket som skal vises (det siste leddet i adressen til yrkessiden).",
    "data-view=\"sok\": en søkeboks i stedet for et yrke.",
    "data-farge=\"#rrggbb\": skolens farge på lenker, brukt med lyse farger. Farger med for svak kontrast mot hvitt blir ikke brukt.",
    "data-visning=\"kompakt\" eller \"full\", og data-sprak=\"nb\" (bokmål; nynorsk og engelsk kommer).",
    "data-tema=\"lys\", \"mork\" eller \"auto\": lyse farger (standard), mørke farger, eller det samme som leserens nettleser.",
];
pub const HOSTING_HEADING: &str = "Drift på egen nettadresse";
pub const HOSTING: [&str; 3] = [
    "Yrkesutforskeren er en statisk nettside. En skole eller kommune kan legge mappen dist/ på sin egen server, også i en undermappe som /karriere/yrker/ (bygg med make dist PUBLIC_URL=/karriere/yrker/). Hver side ligger ferdig som en fil (adressen /yrke/kokk er filen yrke/kokk.html), og serveren må svare med shell.html for andre adresser i mappen.",
    "Da virker appen også uten nett når den er bygd inn: nettlesere skiller lagringen til rammer fra andre nettsteder, så en ramme fra skolens egen adresse er den sikre måten å få frakoblet bruk på skolens sider.",
    "HTML-filene og sw.js bør sendes med Cache-Control: no-cache, så nye versjoner blir oppdaget. Alt annet kan mellomlagres lenge; appen oppdaterer seg selv og sier fra når en ny versjon er klar.",
];
pub const ACCESSIBILITY_HEADING: &str = "Tilgjengelighetserklæring";
pub const ACCESSIBILITY: [&str; 4] = [
    "Yrkesutforskeren skal oppfylle WCAG 2.1 nivå AA, som forskrift om universell utforming av IKT krever for skoler.",
    "Slik tester vi: hver side skannes automatisk med axe-core i lys og mørk modus ved hver endring, og alle funksjoner kan brukes med tastatur. Kartet over fylkene har de samme tallene i en tabell, og lønnsfigurene har tabeller ved siden av seg.",
    "Kjente begrensninger: tekstene fra utdanning.no og navn fra registrene vises slik kildene skriver dem, også når de har skrivefeil. Kartet er forenklet og viser ikke små øyer.",
    "Finner du noe som ikke virker for deg, ta kontakt med skolen eller den som drifter nettstedet, så retter vi det.",
];
