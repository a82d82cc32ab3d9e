//! Every text the UI shows, in bokmål, nynorsk and English. A fixed text is one line with
//! its three versions side by side; a text with figures or names in it is a function that
//! writes each language's sentence. The language is the page's (set once when the app
//! starts, or by the prerenderer before each page); see [`set_lang`].

use crate::core::format;
use crate::core::lang::Lang;
use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Nb) };
}

/// The language every text comes in from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

/// The language of the page being shown.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

fn pick(nb: &'static str, nn: &'static str, en: &'static str) -> &'static str {
    match lang() {
        Lang::Nb => nb,
        Lang::Nn => nn,
        Lang::En => en,
    }
}

/// Defines one function per fixed text, returning it in the current language, and for the
/// table numbered `$table` (see [`fixed::TABLES`]) its content hash `TABLE_HASH` and, where
/// the texts are compiled in, the table `FIXED` (name and bokmål, nynorsk, English) that the
/// tests and the prerenderer's texts files read. With the feature `texts-file` (the browser
/// build) only the bokmål texts are compiled in; the nynorsk and English ones come from the
/// page language's texts file ([`fixed::install`]).
macro_rules! texts {
    ($table:literal; $($name:ident = $nb:literal, $nn:literal, $en:literal;)*) => {
        #[cfg(feature = "texts-file")]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum FixedText { $($name,)* }
        /// The table's names and nynorsk and English texts, hashed at compile time: a texts
        /// file is used only when it was written from these very texts.
        pub const TABLE_HASH: u64 =
            $crate::app::strings::fixed::hash(&[$(stringify!($name), $nn, $en,)*]);
        $(
            #[cfg(not(feature = "texts-file"))]
            pub fn $name() -> &'static str { $crate::app::strings::pick($nb, $nn, $en) }
            #[cfg(feature = "texts-file")]
            pub fn $name() -> &'static str {
                $crate::app::strings::fixed::pick($nb, $table, FixedText::$name as usize)
            }
        )*
        /// Every fixed text: its name and its bokmål, nynorsk and English version.
        #[cfg(not(feature = "texts-file"))]
        pub const FIXED: &[(&str, [&str; 3])] = &[$((stringify!($name), [$nb, $nn, $en]),)*];
    };
}

pub mod fixed;
// Numbers: "53 190" and "3,4 %" in Norwegian, "53,190" and "3.4%" in English.

pub fn number(value: u64) -> String {
    format::number(value, lang())
}
pub fn signed_percent(value: f64) -> String {
    format::signed_percent(value, lang())
}
pub fn share_percent(part: u64, whole: u64) -> Option<String> {
    format::share_percent(part, whole, lang())
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

/// A count and a noun in its singular or plural: (1, "yrke", "yrker") → "1 yrke".
fn count_of(count: usize, one: &str, many: &str) -> String {
    let noun = if count == 1 { one } else { many };
    format!("{}\u{a0}{noun}", number(count as u64))
}

/// One sentence per language: `by_lang!(nb, nn, en)` with each a `format!`-style expression.
macro_rules! by_lang {
    ($nb:expr, $nn:expr, $en:expr $(,)?) => {
        match lang() {
            Lang::Nb => $nb,
            Lang::Nn => $nn,
            Lang::En => $en,
        }
    };
}
mod interests;
mod schools;
mod studies;
pub use interests::*;
pub use schools::*;
pub use studies::*;

texts! { 0;
    // The site
    app_name = "Yrkesutforskeren", "Yrkesutforskeren", "Yrkesutforskeren";
    tagline = "Finn yrker, se hva de gjør, hva de tjener og hvor mange som jobber i dem.",
        "Finn yrke, sjå kva dei gjer, kva dei tener og kor mange som jobbar i dei.",
        "Find occupations in Norway: what people in them do, what they earn and how many work in them.";
    meta_description = "Finn yrker, se arbeidsoppgaver, lønn og hvor mange som jobber i dem. Åpne data fra utdanning.no og SSB.",
        "Finn yrke, sjå arbeidsoppgåver, løn og kor mange som jobbar i dei. Opne data frå utdanning.no og SSB.",
        "Find occupations in Norway: tasks, pay and how many work in them. Open data from utdanning.no and Statistics Norway.";
    meta_styrk = "Alle yrkeskodene i STYRK-08 med yrkene, lønna og hvor mange som jobber i hver kode.",
        "Alle yrkeskodane i STYRK-08 med yrka, løna og kor mange som jobbar i kvar kode.",
        "Every occupation code in STYRK-08 with its occupations, pay and how many work in each code.";
    meta_counties = "Hvor i Norge jobbene er: sysselsatte, arbeidsgivere og læreplasser per fylke.",
        "Kvar i Noreg jobbane er: sysselsette, arbeidsgivarar og læreplassar per fylke.",
        "Where in Norway the jobs are: people in work, employers and apprenticeships by county.";
    meta_vgs = "Fra Vg1 til yrke: hvilke lærefag og yrker hvert utdanningsprogram i videregående fører til.",
        "Frå Vg1 til yrke: kva lærefag og yrke kvart utdanningsprogram i vidaregåande fører til.",
        "From Vg1 to a job: the trades and occupations each upper secondary programme leads to.";
    meta_about = "Om Yrkesutforskeren: kildene, lisensene, hvor ferske dataene er, og tilgjengelighet.",
        "Om Yrkesutforskeren: kjeldene, lisensane, kor ferske dataa er, og tilgjenge.",
        "About Yrkesutforskeren: the sources, their licences, how recent the data is, and accessibility.";
    skip_to_content = "Hopp til innholdet", "Hopp til innhaldet", "Skip to content";
    nav_label = "Hovedmeny", "Hovudmeny", "Main menu";
    nav_occupations = "Yrker", "Yrke", "Occupations";
    nav_styrk = "STYRK-koder", "STYRK-kodar", "STYRK codes";
    nav_regions = "Fylker", "Fylke", "Counties";
    nav_vgs = "Videregående", "Vidaregåande", "Upper secondary";
    nav_compare = "Sammenlign", "Samanlikn", "Compare";
    nav_about = "Om", "Om", "About";
    language_label = "Språk", "Språk", "Language";
    language_bokmal = "Bokmål", "Bokmål", "Norwegian (bokmål)";
    language_nynorsk = "Nynorsk", "Nynorsk", "Norwegian (nynorsk)";
    language_english = "Engelsk", "Engelsk", "English";
    content_in_bokmal = "Yrkesnavn og tekster fra utdanning.no, SSB og NAV finnes bare på bokmål.",
        "Yrkesnamn og tekstar frå utdanning.no, SSB og NAV finst berre på bokmål.",
        "Names and texts from utdanning.no, SSB and NAV are only in Norwegian (bokmål).";
    noscript_note = "Søk, filtre, sammenligning og hele yrkeslisten trenger JavaScript. Sidene kan du lese som vanlig, og alle yrkene finner du under",
        "Søk, filter, samanlikning og heile yrkeslista treng JavaScript. Sidene kan du lese som vanleg, og alle yrka finn du under",
        "Search, filters, comparison and the full list of occupations need JavaScript. You can read the pages as usual, and every occupation is listed under";
    start_failed = "Yrkesutforskeren kunne ikke starte i denne nettleseren. Last inn siden på nytt, eller prøv en nyere nettleser.",
        "Yrkesutforskeren kunne ikkje starte i denne nettlesaren. Last inn sida på nytt, eller prøv ein nyare nettlesar.",
        "Yrkesutforskeren could not start in this browser. Reload the page, or try a newer browser.";

    // Loading and errors
    loading = "Laster inn data …", "Lastar inn data …", "Loading data …";
    load_failed_title = "Dataene kunne ikke lastes", "Dataa kunne ikkje lastast", "The data could not be loaded";
    retry = "Prøv igjen", "Prøv igjen", "Try again";
    error_network = "Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.",
        "Fekk ikkje kontakt med serveren. Sjekk nettilkoplinga og prøv igjen.",
        "Could not reach the server. Check your internet connection and try again.";
    error_decode = "Dataene som kom fram, var ufullstendige eller ødelagte. Prøv igjen om litt.",
        "Dataa som kom fram, var ufullstendige eller øydelagde. Prøv igjen om litt.",
        "The data that arrived was incomplete or damaged. Try again in a moment.";
    error_schema = "Dataene er laget for en annen versjon av Yrkesutforskeren. Last inn siden på nytt.",
        "Dataa er laga for ein annan versjon av Yrkesutforskeren. Last inn sida på nytt.",
        "The data was made for another version of Yrkesutforskeren. Reload the page.";
    error_integrity = "Dataene som kom fram, stemmer ikke med innholdet de skal ha (filen er avkortet eller endret). Prøv igjen om litt.",
        "Dataa som kom fram, stemmer ikkje med innhaldet dei skal ha (fila er avkorta eller endra). Prøv igjen om litt.",
        "The data that arrived does not match what it should contain (the file is cut short or changed). Try again in a moment.";
    stale_data = "De nyeste dataene kunne ikke brukes, så du ser den siste versjonen som virket.",
        "Dei nyaste dataa kunne ikkje brukast, så du ser den siste versjonen som verka.",
        "The newest data could not be used, so you are seeing the last version that worked.";
    error_details = "Tekniske detaljer", "Tekniske detaljar", "Technical details";

    // Explorer
    search_label = "Søk i yrker", "Søk i yrke", "Search occupations";
    search_hint = "Skriv et yrke, et ord eller en STYRK-kode.",
        "Skriv eit yrke, eit ord eller ein STYRK-kode.",
        "Type an occupation, a word or a STYRK code. English job titles work too.";
    search_placeholder = "for eksempel kokk eller 2511", "til dømes kokk eller 2511", "for example cook or 2511";
    clear_search = "Tøm søket", "Tøm søket", "Clear search";
    passage_label = "Fra teksten om yrket: ", "Frå teksten om yrket: ", "From the text about the occupation: ";
    programmes_heading = "Utdanningsprogram og lærefag:", "Utdanningsprogram og lærefag:", "Education programmes and trades:";
    programme_unknown = "Vi finner ikke dette utdanningsprogrammet.", "Vi finn ikkje dette utdanningsprogrammet.", "We cannot find this education programme.";
    programme_filter_label = "utdanningsprogrammet", "utdanningsprogrammet", "the education programme";
    show_all_occupations = "Vis alle yrker", "Vis alle yrka", "Show all occupations";
    results_label = "Yrker", "Yrke", "Occupations";
    no_code = "Ingen STYRK-kode", "Ingen STYRK-kode", "No STYRK code";

    // Occupation page
    tasks_default_heading = "Vanlige arbeidsoppgaver", "Vanlege arbeidsoppgåver", "Typical tasks";
    tasks_missing = "utdanning.no har ingen liste over arbeidsoppgaver for dette yrket.",
        "utdanning.no har inga liste over arbeidsoppgåver for dette yrket.",
        "utdanning.no has no list of tasks for this occupation.";
    where_work_missing = "utdanning.no har ikke beskrevet hvor de som har dette yrket jobber.",
        "utdanning.no har ikkje skildra kvar dei som har dette yrket, jobbar.",
        "utdanning.no has not described where people in this occupation work.";
    traits_heading = "Personlige egenskaper", "Personlege eigenskapar", "Personal qualities";
    traits_missing = "utdanning.no har ikke beskrevet personlige egenskaper for dette yrket.",
        "utdanning.no har ikkje skildra personlege eigenskapar for dette yrket.",
        "utdanning.no has not described personal qualities for this occupation.";
    education_heading = "Utdanning", "Utdanning", "Education";
    education_missing = "utdanning.no har ingen utdanningstekst for dette yrket.",
        "utdanning.no har ingen utdanningstekst for dette yrket.",
        "utdanning.no has no text about education for this occupation.";
    salary_heading = "Lønn", "Løn", "Pay";
    salary_none = "For dette yrket finnes det ikke tilgjengelig lønnsdata.",
        "For dette yrket finst det ikkje tilgjengelege lønsdata.",
        "There is no pay data for this occupation.";
    salary_explained = "Avtalt lønn i måneden før skatt, for ansatte i alle sektorer. Deltid er regnet om til heltid. Medianen er lønnen i midten: halvparten tjener mer, halvparten mindre. Kvartilene viser lønnen til den fjerdedelen som tjener minst og den fjerdedelen som tjener mest.",
        "Avtalt løn i månaden før skatt, for tilsette i alle sektorar. Deltid er rekna om til heiltid. Medianen er løna i midten: halvparten tener meir, halvparten mindre. Kvartilane viser løna til den fjerdeparten som tener minst og den fjerdeparten som tener mest.",
        "Agreed pay per month before tax, for employees in all sectors. Part-time pay is converted to full-time. The median is the pay in the middle: half earn more, half earn less. The quartiles show the pay of the quarter who earn least and the quarter who earn most.";
    salary_per_code_note = "SSB regner ut lønn for yrkesgrupper (STYRK-koder). Dette yrket hører til flere grupper, så du ser én tabell for hver gruppe.",
        "SSB reknar ut løn for yrkesgrupper (STYRK-kodar). Dette yrket høyrer til fleire grupper, så du ser éin tabell for kvar gruppe.",
        "Statistics Norway (SSB) calculates pay for occupational groups (STYRK codes). This occupation belongs to several groups, so you see one table for each group.";
    employment_heading = "Hvor mange jobber i yrket?", "Kor mange jobbar i yrket?", "How many work in this occupation?";
    employment_none = "Det finnes ingen sysselsettingstall for dette yrket.",
        "Det finst ingen sysselsetjingstal for dette yrket.",
        "There are no employment figures for this occupation.";
    employment_explained = "Hvor mange i alderen 15–74 år som jobber i hver yrkesgruppe i hele landet, og hvor mange av dem som har fast jobb. SSB teller yrkesgrupper (STYRK-koder), ikke yrker, så tallet gjelder alle i gruppen.",
        "Kor mange i alderen 15–74 år som jobbar i kvar yrkesgruppe i heile landet, og kor mange av dei som har fast jobb. SSB tel yrkesgrupper (STYRK-kodar), ikkje yrke, så talet gjeld alle i gruppa.",
        "How many people aged 15–74 work in each occupational group in all of Norway, and how many of them have a permanent job. Statistics Norway counts occupational groups (STYRK codes), not occupations, so the figure covers everyone in the group.";
    codes_heading = "STYRK-koder", "STYRK-kodar", "STYRK codes";
    codes_none = "utdanning.no har ikke knyttet dette yrket til en STYRK-kode.",
        "utdanning.no har ikkje knytt dette yrket til ein STYRK-kode.",
        "utdanning.no has not linked this occupation to a STYRK code.";
    sources_heading = "Kilder", "Kjelder", "Sources";
    source_label = "Kilde", "Kjelde", "Source";
    licence_label = "Lisens", "Lisens", "Licence";
    text_loading = "Laster inn yrkesbeskrivelsen …", "Lastar inn yrkesskildringa …", "Loading the description …";
    text_missing = "Beskrivelsen av dette yrket finnes ikke i datagrunnlaget.",
        "Skildringa av dette yrket finst ikkje i datagrunnlaget.",
        "The description of this occupation is missing from the data.";

    // "Kort fortalt" at the top of an occupation page
    glance_heading = "Kort fortalt", "Kort fortalt", "At a glance";
    glance_salary_label = "Lønn", "Løn", "Pay";
    glance_employed_label = "I jobb", "I jobb", "In work";
    glance_permanent_label = "Fast jobb", "Fast jobb", "Permanent job";
    glance_way_in_label = "Veien inn", "Vegen inn", "The way in";
    glance_salary_range_why = "Yrket hører til flere yrkesgrupper hos SSB, og de har ulik lønn. Du ser den laveste og den høyeste.",
        "Yrket høyrer til fleire yrkesgrupper hos SSB, og dei har ulik løn. Du ser den lågaste og den høgaste.",
        "The occupation belongs to several of Statistics Norway's occupational groups, and their pay differs. You see the lowest and the highest.";
    glance_salary_missing = "SSB har ikke lønnstall for dette yrket.", "SSB har ikkje lønstal for dette yrket.", "Statistics Norway has no pay figures for this occupation.";
    glance_employed_shared = "Tallet gjelder hele yrkesgruppen, også andre yrker i den.",
        "Talet gjeld heile yrkesgruppa, også andre yrke i ho.",
        "The figure covers the whole occupational group, including other occupations in it.";
    glance_employed_missing = "SSB har ikke tall for hvor mange som jobber i yrket.",
        "SSB har ikkje tal for kor mange som jobbar i yrket.",
        "Statistics Norway has no figures for how many work in this occupation.";
    glance_permanent_missing = "Ingen tall for fast og midlertidig jobb.", "Ingen tal for fast og mellombels jobb.", "No figures for permanent and temporary jobs.";
    glance_trade_only = "Fagbrev eller svennebrev fra videregående", "Fagbrev eller sveinebrev frå vidaregåande",
        "A craft or trade certificate (fagbrev or svennebrev) from upper secondary school";
    glance_higher = "Høyere utdanning (universitet eller høyskole)", "Høgare utdanning (universitet eller høgskule)", "Higher education (university or university college)";
    glance_or = "eller", "eller", "or";
    glance_way_in_missing = "utdanning.no knytter ikke yrket til en bestemt utdanning.",
        "utdanning.no knyter ikkje yrket til ei bestemd utdanning.",
        "utdanning.no does not link this occupation to a particular education.";

    // Figures
    col_code = "Yrkesgruppe (STYRK-kode)", "Yrkesgruppe (STYRK-kode)", "Occupational group (STYRK code)";
    col_group = "Gruppe", "Gruppe", "Group";
    col_median = "Median", "Median", "Median";
    col_lower_quartile = "Nedre kvartil", "Nedre kvartil", "Lower quartile";
    col_upper_quartile = "Øvre kvartil", "Øvre kvartil", "Upper quartile";
    col_mean = "Snitt", "Snitt", "Mean";
    col_employed = "Personer i jobb", "Personar i jobb", "People in work";
    col_permanent = "Fast jobb", "Fast jobb", "Permanent job";
    col_temporary = "Midlertidig jobb", "Mellombels jobb", "Temporary job";
    group_all = "Alle", "Alle", "Everyone";
    group_men = "Menn", "Menn", "Men";
    group_women = "Kvinner", "Kvinner", "Women";
    not_published = "ikke publisert", "ikkje publisert", "not published";
    not_applicable = "ikke aktuelt", "ikkje aktuelt", "not applicable";
    no_cell = "mangler", "manglar", "missing";
    compare_save_shared = "Lagre denne listen i stedet", "Lagre denne lista i staden", "Save this list instead";
    compare_show_saved = "Vis listen min", "Vis lista mi", "Show my list";
    borrowed_hit = "Treffet kommer bare fra en annen stillingstittel med samme STYRK-kode, ikke fra dette yrket.", "Treffet kjem berre frå ein annan stillingstittel med same STYRK-kode, ikkje frå dette yrket.", "Found only through another job title with the same STYRK code, not through this occupation.";
    not_published_note = "«Ikke publisert» betyr at SSB holder tallet tilbake fordi det bygger på for få personer.",
        "«Ikkje publisert» betyr at SSB held talet tilbake fordi det byggjer på for få personar.",
        "“Not published” means that Statistics Norway holds the figure back because it is based on too few people.";
    employment_caption = "Personer i jobb per yrkesgruppe", "Personar i jobb per yrkesgruppe", "People in work per occupational group";
    residual_code_note = "SSB samler noen yrker i grupper som heter «Andre …» eller «… mv.» (med flere). Da gjelder tallene hele gruppen, ikke bare dette yrket.",
        "SSB samlar nokre yrke i grupper som heiter «Andre …» eller «… mv.» (med fleire). Då gjeld tala heile gruppa, ikkje berre dette yrket.",
        "Statistics Norway puts some occupations in groups called “Andre …” (other) or “… mv.” (and others). The figures then cover the whole group, not only this occupation.";
    chart_legend = "Streken viser nedre til øvre kvartil; prikken er medianen.",
        "Streken viser nedre til øvre kvartil; prikken er medianen.",
        "The line runs from the lower to the upper quartile; the dot is the median.";

    // STYRK
    styrk_title = "STYRK-08: yrkesklassifiseringen", "STYRK-08: yrkesklassifiseringa", "STYRK-08: the classification of occupations";
    styrk_intro = "STYRK-08 er Statistisk sentralbyrås standard for yrkesklassifisering. Den har fire nivåer: hovedgruppe (1 siffer), undergruppe (2), yrkesgruppe (3) og yrkestype (4). Velg en hovedgruppe for å gå nedover.",
        "STYRK-08 er Statistisk sentralbyrå sin standard for yrkesklassifisering. Han har fire nivå: hovudgruppe (1 siffer), undergruppe (2), yrkesgruppe (3) og yrkestype (4). Vel ei hovudgruppe for å gå nedover.",
        "STYRK-08 is Statistics Norway's standard classification of occupations, the Norwegian version of the international ISCO-08. It has four levels: major group (1 digit), sub-major group (2), minor group (3) and unit group (4). Choose a major group to go down.";
    styrk_level = "Nivå", "Nivå", "Level";
    parents_label = "Plassering i STYRK-08", "Plassering i STYRK-08", "Place in STYRK-08";
    children_heading = "Underliggende koder", "Underliggjande kodar", "Codes below this one";
    nav_category = "NAVs yrkeskategori", "Yrkeskategori hos NAV", "NAV's occupational category";
    isco_title = "ISCO-08 (engelsk)", "ISCO-08 (engelsk)", "ISCO-08 (English)";
    occupations_heading = "Yrker på utdanning.no med denne koden", "Yrke på utdanning.no med denne koden", "Occupations on utdanning.no with this code";
    occupations_none = "Ingen yrkesbeskrivelser på utdanning.no er knyttet til denne koden.",
        "Ingen yrkesskildringar på utdanning.no er knytte til denne koden.",
        "No occupation descriptions on utdanning.no are linked to this code.";
    many_to_many_note = "Et yrke kan ha flere STYRK-koder, og en kode kan høre til flere yrker. Legger man sammen tallene for hvert yrke, blir summen for høy.",
        "Eit yrke kan ha fleire STYRK-kodar, og ein kode kan høyre til fleire yrke. Legg ein saman tala for kvart yrke, blir summen for høg.",
        "An occupation can have several STYRK codes, and a code can belong to several occupations. Adding up the figures for each occupation gives too high a total.";

    // Not found
    not_found_title = "Fant ikke siden", "Fann ikkje sida", "Page not found";
    not_found_text = "Vi fant ingen side på denne adressen. Kanskje lenken er gammel, eller det er en skrivefeil i adressen.",
        "Vi fann inga side på denne adressa. Kanskje lenkja er gammal, eller det er ein skrivefeil i adressa.",
        "There is no page at this address. Perhaps the link is old, or there is a typo in the address.";
    back_to_list = "Gå til alle yrker", "Gå til alle yrka", "Go to all occupations";
    not_found_suggestions = "Mente du en av disse?", "Meinte du ein av desse?", "Did you mean one of these?";

    // Footer
    footer_text = "Åpne data fra utdanning.no, SSB, NAV, Udir, Samordna opptak og Kartverket. Hvert tall viser kilden sin.",
        "Opne data frå utdanning.no, SSB, NAV, Udir, Samordna opptak og Kartverket. Kvart tal viser kjelda si.",
        "Open data from utdanning.no, Statistics Norway (SSB), NAV, Udir, Samordna opptak and Kartverket. Every figure shows its source.";
    footer_sources_link = "Alle kilder og lisenser", "Alle kjelder og lisensar", "All sources and licences";

    // Explorer filters
    filters_heading = "Filtrer og sorter", "Filtrer og sorter", "Filter and sort";
    filter_nav1 = "Yrkesområde (NAV)", "Yrkesområde (NAV)", "Field of work (NAV)";
    filter_nav2 = "Underområde (NAV)", "Underområde (NAV)", "Sub-field (NAV)";
    filter_major = "STYRK-hovedgruppe", "STYRK-hovudgruppe", "STYRK major group";
    filter_salary_min = "Median lønn fra (kr/mnd)", "Median løn frå (kr/mnd.)", "Median pay from (NOK/month)";
    filter_salary_max = "Median lønn til (kr/mnd)", "Median løn til (kr/mnd.)", "Median pay up to (NOK/month)";
    filter_education = "Utdanning", "Utdanning", "Education";
    filter_any = "Alle", "Alle", "All";
    education_trade = "Fagbrev eller svennebrev", "Fagbrev eller sveinebrev", "Craft or trade certificate";
    education_vocational = "Yrkeskompetanse fra videregående", "Yrkeskompetanse frå vidaregåande", "Vocational qualification from upper secondary";
    education_higher = "Høyere utdanning", "Høgare utdanning", "Higher education";
    sort_label = "Sorter etter", "Sorter etter", "Sort by";
    sort_relevance = "Beste treff (uten søk: A–Å)", "Beste treff (utan søk: A–Å)", "Best match (without a search: A–Å)";
    sort_name = "Navn (A–Å)", "Namn (A–Å)", "Name (A–Å)";
    sort_salary = "Høyest median lønn", "Høgast median løn", "Highest median pay";
    sort_employment = "Flest sysselsatte", "Flest sysselsette", "Most people in work";
    sort_salary_rule = "Har et yrke flere STYRK-koder, sorteres det etter den høyeste medianen blant kodene. Yrker uten lønnstall kommer sist.",
        "Har eit yrke fleire STYRK-kodar, blir det sortert etter den høgaste medianen blant kodane. Yrke utan lønstal kjem sist.",
        "An occupation with several STYRK codes is sorted by the highest median among its codes. Occupations without pay figures come last.";
    sort_employment_rule = "Sysselsatte i yrkets STYRK-koder, hver kode talt én gang. Deler yrket kode med andre yrker, gjelder tallet alle som har koden. Yrker uten tall kommer sist.",
        "Sysselsette i STYRK-kodane til yrket, kvar kode talt éin gong. Deler yrket kode med andre yrke, gjeld talet alle som har koden. Yrke utan tal kjem sist.",
        "People in work in the occupation's STYRK codes, each code counted once. If the occupation shares a code with others, the figure covers everyone with that code. Occupations without figures come last.";
    salary_filter_rule = "Lønnsfilteret tar med yrket når minst én av yrkets koder har median i intervallet.",
        "Lønsfilteret tek med yrket når minst éin av kodane til yrket har median i intervallet.",
        "The pay filter includes an occupation when at least one of its codes has a median in the range.";
    clear_filters = "Nullstill alle filtre", "Nullstill alle filter", "Clear all filters";
    search_failed_title = "Søket etter yrker kunne ikke lastes", "Søket etter yrke kunne ikkje lastast", "The occupation search could not be loaded";
    search_pending = "Leter etter yrker … svarene kommer straks.", "Leitar etter yrke … svara kjem straks.", "Looking for occupations … the results are on their way.";
    pay_hint = "Vil du vite hvilke yrker som gir høyest lønn?", "Vil du vite kva yrke som gir høgast løn?", "Want to know which occupations pay the most?";
    list_by_pay = "Vis alle yrker etter lønn", "Vis alle yrke etter løn", "List all occupations by pay";
    widen_hint = "Prøv å fjerne ett av filtrene:", "Prøv å fjerne eitt av filtera:", "Try removing one of the filters:";
    badge_trade = "Fagbrev/svennebrev", "Fagbrev/sveinebrev", "Trade certificate";

    // Compare
    compare_remove = "Fjern fra sammenligning", "Fjern frå samanlikning", "Remove from comparison";
    compare_full = "Du kan sammenligne opptil fire yrker. Fjern ett først.", "Du kan samanlikne opptil fire yrke. Fjern eitt først.", "You can compare up to four occupations. Remove one first.";
    compare_title = "Sammenlign yrker", "Samanlikn yrke", "Compare occupations";
    compare_empty = "Du har ikke valgt noen yrker ennå. Trykk «Sammenlign» på et yrke eller i lista.",
        "Du har ikkje valt nokon yrke enno. Trykk «Samanlikn» på eit yrke eller i lista.",
        "You have not chosen any occupations yet. Press “Compare” on an occupation or in the list.";
    compare_row_median = "Median månedslønn", "Median månadsløn", "Median monthly pay";
    compare_row_quartiles = "Nedre–øvre kvartil", "Nedre–øvre kvartil", "Lower–upper quartile";
    compare_row_employed = "Antall i jobb", "Tal i jobb", "Number in work";
    compare_row_education = "Utdanning", "Utdanning", "Education";
    compare_row_codes = "STYRK-koder", "STYRK-kodar", "STYRK codes";
    compare_row_tasks = "Arbeidsoppgaver", "Arbeidsoppgåver", "Tasks";
    compare_caption = "Yrkene side om side. Lønn og sysselsetting vises per STYRK-kode.",
        "Yrka side om side. Løn og sysselsetjing blir viste per STYRK-kode.",
        "The occupations side by side. Pay and employment are shown per STYRK code.";
    none_dash = "–", "–", "–";

    // Occupation page extras
    actions_label = "Del og skriv ut", "Del og skriv ut", "Share and print";
    copy_link = "Kopier lenke", "Kopier lenkje", "Copy link";
    link_copied = "Lenken er kopiert.", "Lenkja er kopiert.", "The link is copied.";
    link_copy_failed = "Kunne ikke kopiere. Marker adressen i adressefeltet og kopier den.",
        "Kunne ikkje kopiere. Merk adressa i adressefeltet og kopier ho.",
        "Could not copy. Select the address in the address bar and copy it.";
    print = "Skriv ut", "Skriv ut", "Print";
    related_heading = "Yrker som ligner", "Yrke som liknar", "Similar occupations";
    related_same_code = "Samme STYRK-kode", "Same STYRK-kode", "Same STYRK code";
    related_same_nav = "Samme yrkeskategori hos NAV", "Same yrkeskategori hos NAV", "Same occupational category at NAV";
    routes_heading = "Videregående opplæring", "Vidaregåande opplæring", "Upper secondary education";
    routes_intro = "Lærefag og programområder som utdanning.no knytter til yrket, med veien fra Vg1:",
        "Lærefag og programområde som utdanning.no knyter til yrket, med vegen frå Vg1:",
        "Trades and programme areas that utdanning.no links to the occupation, with the way from Vg1:";
    routes_none = "utdanning.no knytter ikke dette yrket til et lærefag eller programområde i videregående.",
        "utdanning.no knyter ikkje dette yrket til eit lærefag eller programområde i vidaregåande.",
        "utdanning.no does not link this occupation to a trade or programme area in upper secondary school.";
    higher_education_heading = "Høyere utdanning", "Høgare utdanning", "Higher education";
    higher_education_none = "utdanning.no knytter ingen beskrivelse av høyere utdanning til dette yrket.",
        "utdanning.no knyter inga skildring av høgare utdanning til dette yrket.",
        "utdanning.no links no description of higher education to this occupation.";

    // STYRK look-up
    styrk_search_label = "Slå opp kode eller navn", "Slå opp kode eller namn", "Look up a code or a name";
    styrk_search_hint = "Skriv 1–4 siffer (for eksempel 251) eller en del av et navn (for eksempel sykepleier).",
        "Skriv 1–4 siffer (til dømes 251) eller ein del av eit namn (til dømes sjukepleiar).",
        "Type 1–4 digits (for example 251) or part of a name (for example sykepleier, or nurse).";
    occupation_hits_heading = "Yrker som passer til søket", "Yrke som passar til søket", "Occupations that match the search";

    // Videregående: /vgs and /vgs/<code>
    vgs_title = "Videregående: fra Vg1 til yrke", "Vidaregåande: frå Vg1 til yrke", "Upper secondary: from Vg1 to a job";
    vgs_lead = "Velg et utdanningsprogram på Vg1 og se hvilke lærefag og yrker det kan føre til, hva de tjener og hvor mange som jobber i dem.",
        "Vel eit utdanningsprogram på Vg1 og sjå kva lærefag og yrke det kan føre til, kva dei tener og kor mange som jobbar i dei.",
        "Choose an education programme in Vg1 (the first year of upper secondary school) and see which trades and occupations it can lead to, what they earn and how many work in them.";
    vgs_no_salary = "Ingen lønnstall for disse yrkene", "Ingen lønstal for desse yrka", "No pay figures for these occupations";
    vgs_way_label = "Veien hit fra Vg1", "Vegen hit frå Vg1", "The way here from Vg1";
    vgs_tree_heading = "Veien videre", "Vegen vidare", "The way on";
    vgs_tree_hint = "Åpne et trinn for å se hva det fører til. Lærefag viser yrkene de gir, med lønn og hvor mange som jobber i dem.",
        "Opne eit steg for å sjå kva det fører til. Lærefag viser yrka dei gir, med løn og kor mange som jobbar i dei.",
        "Open a step to see what it leads to. Trades show the occupations they lead to, with pay and how many work in them.";
    vgs_table_summary = "Vis alt som tabell", "Vis alt som tabell", "Show everything as a table";
    vgs_table_caption = "Alle veier til yrker herfra", "Alle vegar til yrke herifrå", "Every way to an occupation from here";
    vgs_table_way = "Vei", "Veg", "Way";
    vgs_table_occupation = "Yrke", "Yrke", "Occupation";
    vgs_table_salary = "Median lønn", "Median løn", "Median pay";
    vgs_table_employed = "I jobb", "I jobb", "In work";
    vgs_here = "Herfra", "Herifrå", "From here";
    vgs_no_occupations = "Dataene knytter ikke dette til noe yrke.", "Dataa knyter ikkje dette til noko yrke.", "The data links this to no occupation.";
    vgs_no_figures = "ingen lønns- eller sysselsettingstall", "ingen løns- eller sysselsetjingstal", "no pay or employment figures";
    vgs_all_link = "Alle utdanningsprogram på Vg1", "Alle utdanningsprogram på Vg1", "All education programmes in Vg1";
    ways_in_heading = "Vet du ikke hva yrket heter? Start her:", "Veit du ikkje kva yrket heiter? Start her:", "Don't know what the job is called? Start here:";
    vgs_higher_link = "Se yrker som krever høyere utdanning", "Sjå yrke som krev høgare utdanning", "See occupations that need higher education";
    vgs_in_list = "Se yrkene i lista, der du kan sortere og filtrere dem", "Sjå yrka i lista, der du kan sortere og filtrere dei", "See the occupations in the list, where you can sort and filter them";
    vgs_missing_figure = "mangler", "manglar", "missing";

    // Regions: counties, municipalities, employers
    loading_places = "Laster inn arbeidsgivere og studiesteder …", "Lastar inn arbeidsgivarar og studiestader …", "Loading employers and places of study …";
    counties_heading = "Hvor er arbeidsplassene?", "Kvar er arbeidsplassane?", "Where are the workplaces?";
    counties_lead = "Velg et fylke på kartet eller i tabellen for å se arbeidsgivere, opplæringskontor og studiesteder der.",
        "Vel eit fylke på kartet eller i tabellen for å sjå arbeidsgivarar, opplæringskontor og studiestader der.",
        "Choose a county on the map or in the table to see employers, training offices and places of study there.";
    map_measure_label = "Vis på kartet", "Vis på kartet", "Show on the map";
    map_label = "Kart over fylkene", "Kart over fylka", "Map of the counties";
    map_legend = "Forklaring", "Forklaring", "Key";
    map_table_caption = "Fylkene i tall", "Fylka i tal", "The counties in figures";
    map_credit = "Kart: © Kartverket, CC BY 4.0 (forenklet).", "Kart: © Kartverket, CC BY 4.0 (forenkla).", "Map: © Kartverket, CC BY 4.0 (simplified).";
    county_column = "Fylke", "Fylke", "County";
    measure_schools = "Grunnskoler", "Grunnskular", "Primary and lower secondary schools";
    measure_training_offices = "Opplæringskontor godkjent i fylket", "Opplæringskontor godkjende i fylket", "Training offices approved in the county";
    measure_apprentices = "Lærlinger i opplæringskontor med sete i fylket", "Lærlingar i opplæringskontor med sete i fylket", "Apprentices in training offices based in the county";
    measure_studies = "Studietilbud (universitet og høyskole)", "Studietilbod (universitet og høgskule)", "Study programmes (universities and university colleges)";
    county_not_found = "Vi fant ikke noe fylke med dette nummeret.", "Vi fann ikkje noko fylke med dette nummeret.", "There is no county with this number.";
    municipality_not_found = "Vi fant ingen kommune med dette nummeret.", "Vi fann ingen kommune med dette nummeret.", "There is no municipality with this number.";
    employer_not_found = "Vi fant ingen arbeidsgiver med dette organisasjonsnummeret i dataene.",
        "Vi fann ingen arbeidsgivar med dette organisasjonsnummeret i dataa.",
        "There is no employer with this organisation number in the data.";
    orgnr_invalid = "Dette er ikke et gyldig organisasjonsnummer (ni sifre med kontrollsiffer).",
        "Dette er ikkje eit gyldig organisasjonsnummer (ni siffer med kontrollsiffer).",
        "This is not a valid organisation number (nine digits with a check digit).";
    municipalities_heading = "Kommunene", "Kommunane", "Municipalities";
    employers_heading = "Arbeidsgivere", "Arbeidsgivarar", "Employers";
    employers_explained = "Registeret vårt har tre typer arbeidsgivere: grunnskoler, kommunene selv og opplæringskontor. Andre arbeidsgivere finnes ikke i de åpne dataene vi bygger på.",
        "Registeret vårt har tre typar arbeidsgivarar: grunnskular, kommunane sjølve og opplæringskontor. Andre arbeidsgivarar finst ikkje i dei opne dataa vi byggjer på.",
        "Our register has three kinds of employer: primary and lower secondary schools, the municipalities themselves, and training offices. Other employers are not in the open data we build on.";
    kind_schools = "Grunnskoler", "Grunnskular", "Primary and lower secondary schools";
    kind_municipality = "Kommunen som arbeidsgiver", "Kommunen som arbeidsgivar", "The municipality as an employer";
    kind_training_offices = "Opplæringskontor", "Opplæringskontor", "Training offices";
    kind_school = "Grunnskole", "Grunnskule", "School (years 1–10)";
    kind_municipality_one = "Kommune", "Kommune", "Municipality";
    kind_training_office = "Opplæringskontor", "Opplæringskontor", "Training office";
    size_unknown = "antall ikke oppgitt", "talet er ikkje oppgitt", "number not given";
    no_schools = "Ingen grunnskoler i dataene her.", "Ingen grunnskular i dataa her.", "No schools in the data here.";
    no_municipality_orgnr = "Organisasjonsnummeret til kommunen finnes ikke i dataene (SSBs tabell er fra før kommunen ble opprettet eller endret i 2024).",
        "Organisasjonsnummeret til kommunen finst ikkje i dataa (tabellen til SSB er frå før kommunen vart oppretta eller endra i 2024).",
        "The municipality's organisation number is not in the data (Statistics Norway's table is from before the municipality was created or changed in 2024).";
    training_offices_approved = "Opplæringskontor godkjent i fylket", "Opplæringskontor godkjende i fylket", "Training offices approved in the county";
    training_offices_located = "Opplæringskontor med adresse i kommunen", "Opplæringskontor med adresse i kommunen", "Training offices with an address in the municipality";
    training_offices_explained = "Et opplæringskontor tar inn lærlinger for bedriftene som er med i kontoret. Registeret sier ikke hvilke fag hvert kontor har lærlinger i.",
        "Eit opplæringskontor tek inn lærlingar for bedriftene som er med i kontoret. Registeret seier ikkje kva fag kvart kontor har lærlingar i.",
        "A training office takes on apprentices for the companies that are members of it. The register does not say which trades each office has apprentices in.";
    no_training_offices = "Ingen opplæringskontor i dataene her.", "Ingen opplæringskontor i dataa her.", "No training offices in the data here.";
    studies_heading = "Studiesteder", "Studiestader", "Places of study";
    no_studies = "utdanning.no har ingen studietilbud på universitets- eller høyskolenivå her.",
        "utdanning.no har ingen studietilbod på universitets- eller høgskulenivå her.",
        "utdanning.no has no university or university college programmes here.";
    studies_municipality_rule = "Et studietilbud står under kommunen når studiestedet utdanning.no oppgir, har samme navn som kommunen.",
        "Eit studietilbod står under kommunen når studiestaden utdanning.no oppgir, har same namn som kommunen.",
        "A study programme is listed under the municipality when the place of study that utdanning.no gives has the same name as the municipality.";
    institution_column = "Lærested", "Lærestad", "Institution";
    programmes_column = "Studietilbud", "Studietilbod", "Study programmes";
    shortage_explained = "NAVs bedriftsundersøkelse 2017 anslår hvor mange flere arbeidstakere bedriftene manglet, rundet til nærmeste 25. Tallene er fra 2017 og gjelder fylkene slik de var da, lagt sammen til dagens fylker (Hedmark og Oppland er Innlandet, Aust- og Vest-Agder er Agder, Hordaland og Sogn og Fjordane er Vestland). Noen kommuner har byttet fylke siden.",
        "Bedriftsundersøkinga til NAV frå 2017 anslår kor mange fleire arbeidstakarar bedriftene mangla, runda av til næraste 25. Tala er frå 2017 og gjeld fylka slik dei var då, lagde saman til dagens fylke (Hedmark og Oppland er Innlandet, Aust- og Vest-Agder er Agder, Hordaland og Sogn og Fjordane er Vestland). Nokre kommunar har bytt fylke sidan.",
        "NAV's employer survey of 2017 estimates how many more workers companies were short of, rounded to the nearest 25. The figures are from 2017 and cover the counties as they were then, added up into today's counties (Hedmark and Oppland are Innlandet, Aust- and Vest-Agder are Agder, Hordaland and Sogn og Fjordane are Vestland). Some municipalities have moved county since.";
    shortage_none_county = "NAVs undersøkelse fant ingen mangel på arbeidskraft her i 2017.",
        "Undersøkinga til NAV fann ingen mangel på arbeidskraft her i 2017.",
        "NAV's survey found no shortage of workers here in 2017.";
    occupation_group_column = "Yrkesgruppe (STYRK-08)", "Yrkesgruppe (STYRK-08)", "Occupational group (STYRK-08)";
    national_column = "Hele landet", "Heile landet", "All of Norway";
    routes_per_place_missing = "Dataene sier ikke hvor mange lærefag eller studieplasser som fører til hvert yrke i hvert fylke, så vi kan ikke rangere yrkene etter det.",
        "Dataa seier ikkje kor mange lærefag eller studieplassar som fører til kvart yrke i kvart fylke, så vi kan ikkje rangere yrka etter det.",
        "The data does not say how many trades or study places lead to each occupation in each county, so we cannot rank the occupations by that.";
    employer_type = "Type", "Type", "Type";
    employer_name = "Navn", "Namn", "Name";
    employer_location = "Sted", "Stad", "Place";
    employer_size = "Størrelse", "Storleik", "Size";
    employer_orgnr = "Organisasjonsnummer", "Organisasjonsnummer", "Organisation number";
    employer_grades = "Trinn", "Trinn", "School years";
    employer_ownership = "Eierform", "Eigarform", "Ownership";
    employer_other_names = "Også registrert som", "Også registrert som", "Also registered as";
    employer_approved_in = "Godkjent i", "Godkjend i", "Approved in";
    employer_website = "Nettside", "Nettside", "Website";
    employer_register = "Se enheten i Brønnøysundregistrene", "Sjå eininga i Brønnøysundregistera", "See the entity in the Brønnøysund Register Centre";
    linked_heading = "Yrker hos denne arbeidsgiveren", "Yrke hos denne arbeidsgivaren", "Occupations at this employer";
    linked_tied_heading = "Fag som navnet til kontoret passer til", "Fag som namnet til kontoret passar til", "Trades the office's name fits";
    linked_tied_none = "Navnet til kontoret sier ikke hvilke fag det har lærlinger i.", "Namnet til kontoret seier ikkje kva fag det har lærlingar i.", "The office's name does not say which trades it has apprentices in.";
    linked_others_heading = "Andre yrker med fagbrev eller svennebrev", "Andre yrke med fagbrev eller sveinebrev", "Other occupations with a craft or trade certificate";
    linked_others_explained = "Kontoret kan ta lærlinger i noen av disse fagene, men registeret sier ikke hvilke. Yrkene er gruppert etter Vg1-programområdet de starter i.",
        "Kontoret kan ta lærlingar i nokre av desse faga, men registeret seier ikkje kva for nokre. Yrka er grupperte etter Vg1-programområdet dei startar i.",
        "The office may take apprentices in some of these trades, but the register does not say which. The occupations are grouped by the Vg1 programme area they start in.";
    no_vg1_group = "Uten Vg1-programområde i dataene", "Utan Vg1-programområde i dataa", "Without a Vg1 programme area in the data";
    linked_none = "Ingen regel i dataene knytter denne typen arbeidsgiver til bestemte yrker, så vi viser ingen.",
        "Ingen regel i dataa knyter denne typen arbeidsgivar til bestemde yrke, så vi viser ingen.",
        "No rule in the data links this kind of employer to particular occupations, so we show none.";
    rule_schools = "Regel: grunnskoler sysselsetter grunnskolelærere (STYRK 2341) og skoleassistenter (STYRK 5312). Yrker med en av disse kodene vises.",
        "Regel: grunnskular sysselset grunnskulelærarar (STYRK 2341) og skuleassistentar (STYRK 5312). Yrke med ein av desse kodane blir viste.",
        "Rule: schools employ teachers (STYRK 2341) and teaching assistants (STYRK 5312). Occupations with one of these codes are shown.";
    rule_training_offices = "Regel: opplæringskontor formidler lærlinger i fag som ender med fagbrev eller svennebrev. Registeret sier ikke hvilke av fagene hvert kontor dekker.",
        "Regel: opplæringskontor formidlar lærlingar i fag som endar med fagbrev eller sveinebrev. Registeret seier ikkje kva for nokre av faga kvart kontor dekkjer.",
        "Rule: training offices place apprentices in trades that end with a craft or trade certificate. The register does not say which of the trades each office covers.";

    // "Hvor i landet" on the occupation page
    where_heading = "Hvor i landet", "Kvar i landet", "Where in Norway";
    where_lead = "Velg et fylke, og eventuelt en kommune, for å se hva dataene sier om yrket der.",
        "Vel eit fylke, og eventuelt ein kommune, for å sjå kva dataa seier om yrket der.",
        "Choose a county, and a municipality if you like, to see what the data says about the occupation there.";
    new_tab = " (åpnes i ny fane)", " (blir opna i ny fane)", " (opens in a new tab)";
    needs_connection = " Lenken krever nettforbindelse.", " Lenkja krev nettilkopling.", " The link needs an internet connection.";
    office_ties_rule = "Registeret sier ikke hvilke fag hvert opplæringskontor har lærlinger i. Her står kontorene som har et navn som passer til yrkets fag eller Vg1-programområde (for eksempel «elektro» for Elektro og datateknologi). Kontor med navn etter selve faget står øverst, så kontor for samme programområde, og kontor med sete i fylket før kontor som bare er godkjent der.",
        "Registeret seier ikkje kva fag kvart opplæringskontor har lærlingar i. Her står kontora som har eit namn som passar til faget eller Vg1-programområdet til yrket (til dømes «elektro» for Elektro og datateknologi). Kontor med namn etter sjølve faget står øvst, så kontor for same programområde, og kontor med sete i fylket før kontor som berre er godkjende der.",
        "The register does not say which trades each training office has apprentices in. Listed here are the offices whose name fits the occupation's trade or Vg1 programme area (for example “elektro” for Elektro og datateknologi). Offices named after the trade itself come first, then offices for the same programme area, and offices based in the county before offices that are only approved there.";
    offices_others = "Navnene til disse kontorene sier ikke hvilke fag de har lærlinger i. Noen av dem kan likevel ta lærlinger i faget.",
        "Namna til desse kontora seier ikkje kva fag dei har lærlingar i. Nokre av dei kan likevel ta lærlingar i faget.",
        "The names of these offices do not say which trades they have apprentices in. Some of them may still take apprentices in this trade.";
    apprentice_companies_link = "Se lærebedrifter for yrket på utdanning.no", "Sjå lærebedrifter for yrket på utdanning.no", "See training companies for the occupation on utdanning.no";
    apprentice_companies_missing = "Lærebedriftene (bedriftene som tar inn lærlinger) finnes ikke i de åpne dataene.",
        "Lærebedriftene (bedriftene som tek inn lærlingar) finst ikkje i dei opne dataa.",
        "The training companies (the companies that take on apprentices) are not in the open data.";
    studies_not_linked = "Dataene sier ikke hvilke studier som fører til dette yrket.", "Dataa seier ikkje kva studium som fører til dette yrket.", "The data does not say which study programmes lead to this occupation.";
    studies_for_occupation_link = "Se studiene som fører til yrket på utdanning.no", "Sjå studia som fører til yrket på utdanning.no", "See the study programmes that lead to the occupation on utdanning.no";
    where_county = "Fylke", "Fylke", "County";
    where_municipality = "Kommune", "Kommune", "Municipality";
    where_choose_county = "Velg fylke", "Vel fylke", "Choose a county";
    where_shortcut_label = "Se yrket i fylket ditt", "Sjå yrket i fylket ditt", "See the occupation in your county";
    where_all_municipalities = "Hele fylket", "Heile fylket", "The whole county";
    where_pick_first = "Velg et fylke for å se tallene.", "Vel eit fylke for å sjå tala.", "Choose a county to see the figures.";
    where_shortage_none = "NAVs bedriftsundersøkelse 2017 har ingen tall for yrkets STYRK-koder.",
        "Bedriftsundersøkinga til NAV frå 2017 har ingen tal for STYRK-kodane til yrket.",
        "NAV's employer survey of 2017 has no figures for the occupation's STYRK codes.";
    workplaces_heading = "Bedrifter i hele landet", "Bedrifter i heile landet", "Companies in all of Norway";
    workplaces_warning = "Tallene teller hver stillingstittel én gang. En tittel kan være knyttet til flere yrker, så tallene for ulike yrker må ikke legges sammen.",
        "Tala tel kvar stillingstittel éin gong. Ein tittel kan vere knytt til fleire yrke, så tala for ulike yrke må ikkje leggjast saman.",
        "The figures count each job title once. A title can be linked to several occupations, so the figures for different occupations must not be added together.";
    employees_column = "Ansatte", "Tilsette", "Employees";
    workplaces_none = "Uttrekket fra Aa-registeret har ingen ansatte i yrkets STYRK-koder.",
        "Uttrekket frå Aa-registeret har ingen tilsette i STYRK-kodane til yrket.",
        "The Aa-register extract has no employees in the occupation's STYRK codes.";

    // Offline, embedding, about
    update_ready = "Ny versjon er klar – last inn på nytt.", "Ny versjon er klar – last inn på nytt.", "A new version is ready – reload the page.";
    update_reload = "Last inn på nytt", "Last inn på nytt", "Reload";
    embed_credit = "Yrkesutforskeren – åpne data fra utdanning.no, SSB, NAV og Udir.",
        "Yrkesutforskeren – opne data frå utdanning.no, SSB, NAV og Udir.",
        "Yrkesutforskeren – open data from utdanning.no, Statistics Norway, NAV and Udir.";
    embed_unknown_language = "Språket kortet ba om, finnes ikke. Du ser det på bokmål.",
        "Språket kortet bad om, finst ikkje. Du ser det på bokmål.",
        "The language the card asked for does not exist. It is shown in Norwegian (bokmål).";
    embed_open_app = "Åpne Yrkesutforskeren i en ny fane", "Opne Yrkesutforskeren i ei ny fane", "Open Yrkesutforskeren in a new tab";
    utdanning_credit_short = "Yrkesbeskrivelsen er basert på åpne data fra utdanning.no (NLOD).",
        "Yrkesskildringa er basert på opne data frå utdanning.no (NLOD).",
        "The description is based on open data from utdanning.no (NLOD).";
    embed_heading = "Bygg inn på skolens nettside", "Bygg inn på nettsida til skulen", "Embed on your school's website";
    embed_explained = "Lim inn denne linjen på skolens nettside, så vises et kort om yrket der. Kortet henter data fra Yrkesutforskeren og åpner hele siden i en ny fane.",
        "Lim inn denne linja på nettsida til skulen, så blir eit kort om yrket vist der. Kortet hentar data frå Yrkesutforskeren og opnar heile sida i ei ny fane.",
        "Paste this line into your school's website, and a card about the occupation appears there. The card gets its data from Yrkesutforskeren and opens the full page in a new tab.";
    embed_language_label = "Språk i kortet", "Språk i kortet", "Language of the card";
    embed_snippet_label = "Kode å lime inn", "Kode å lime inn", "Code to paste";
    embed_copy = "Kopier koden", "Kopier koden", "Copy the code";
    embed_copied = "Koden er kopiert.", "Koden er kopiert.", "The code is copied.";
    embed_more = "Flere valg og søkeboksen: se Om-siden.", "Fleire val og søkjeboksen: sjå Om-sida.", "More options and the search box: see the About page.";
    about_title = "Om Yrkesutforskeren", "Om Yrkesutforskeren", "About Yrkesutforskeren";
    about_lead = "Yrkesutforskeren viser yrker med arbeidsoppgaver, lønn, sysselsetting, utdanningsveier og arbeidsgivere, bygget på åpne data fra offentlige kilder. Alt søk og all filtrering skjer i nettleseren din.",
        "Yrkesutforskeren viser yrke med arbeidsoppgåver, løn, sysselsetjing, utdanningsvegar og arbeidsgivarar, bygd på opne data frå offentlege kjelder. Alt søk og all filtrering skjer i nettlesaren din.",
        "Yrkesutforskeren (the occupation explorer) shows occupations in Norway with their tasks, pay, employment, routes through education and employers, built on open data from public sources. All searching and filtering happens in your browser.";
    privacy_heading = "Personvern", "Personvern", "Privacy";
    sources_and_licences = "Kilder og lisenser", "Kjelder og lisensar", "Sources and licences";
    sources_intro = "Hvert tall i appen viser kilde og periode. Disse datasettene er brukt, med lisens og den krediteringen lisensen krever:",
        "Kvart tal i appen viser kjelde og periode. Desse datasetta er brukte, med lisens og den krediteringa lisensen krev:",
        "Every figure in the app shows its source and period. These datasets are used, with their licence and the credit the licence asks for (in Norwegian, as the publishers write them):";
    hosting_heading = "Drift på egen nettadresse", "Drift på eiga nettadresse", "Hosting on your own address";
    accessibility_heading = "Tilgjengelighetserklæring", "Tilgjengeerklæring", "Accessibility statement";
    // The about page's paragraphs
    privacy_1 = "Yrkesutforskeren bruker ingen informasjonskapsler (cookies), ingen sporing og ingen statistikkverktøy, og henter ingenting fra andre nettsteder. Den spør ikke etter navn, e-post eller annet om deg.",
        "Yrkesutforskeren bruker ingen informasjonskapslar (cookies), inga sporing og ingen statistikkverktøy, og hentar ingenting frå andre nettstader. Han spør ikkje etter namn, e-post eller anna om deg.",
        "Yrkesutforskeren uses no cookies, no tracking and no analytics, and loads nothing from other websites. It does not ask for your name, e-mail or anything else about you.";
    privacy_2 = "Nettleseren din lagrer tre ting på enheten: listen over yrker du har valgt å sammenligne, språket du har valgt, og en kopi av appen og dataene slik at den virker uten nett. Ingenting av dette sendes noe sted. Du sletter det ved å tømme nettstedsdata i nettleseren.",
        "Nettlesaren din lagrar tre ting på eininga: lista over yrke du har valt å samanlikne, språket du har valt, og ein kopi av appen og dataa slik at han verkar utan nett. Ingenting av dette blir sendt nokon stad. Du slettar det ved å tømme nettstaddata i nettlesaren.",
        "Your browser stores three things on your device: the list of occupations you have chosen to compare, the language you have chosen, and a copy of the app and its data so that it works offline. None of this is sent anywhere. You delete it by clearing the site data in your browser.";
    privacy_3 = "Serveren som leverer filene, ser det alle nettservere ser (IP-adresse og hvilke filer som hentes). Hvem som drifter serveren, står på nettstedet som viser Yrkesutforskeren.",
        "Serveren som leverer filene, ser det alle nettserverar ser (IP-adresse og kva filer som blir henta). Kven som driftar serveren, står på nettstaden som viser Yrkesutforskeren.",
        "The server that delivers the files sees what every web server sees (IP address and which files are fetched). Who runs the server is stated on the website that shows Yrkesutforskeren.";
    privacy_4 = "Når Yrkesutforskeren er bygd inn på en skoles nettside, gjelder det samme: rammen henter bare filer fra Yrkesutforskeren selv.",
        "Når Yrkesutforskeren er bygd inn på nettsida til ein skule, gjeld det same: ramma hentar berre filer frå Yrkesutforskeren sjølv.",
        "When Yrkesutforskeren is embedded on a school's website, the same applies: the frame loads files only from Yrkesutforskeren itself.";
    embed_guide_1 = "Skolen kan vise et yrke eller en søkeboks på sin egen nettside med én linje kode. Linjen lager en ramme (iframe) med tittel, som tilpasser høyden til innholdet. Lenker åpner hele Yrkesutforskeren i en ny fane.",
        "Skulen kan vise eit yrke eller ein søkjeboks på si eiga nettside med éi linje kode. Linja lagar ei ramme (iframe) med tittel, som tilpassar høgda til innhaldet. Lenkjer opnar heile Yrkesutforskeren i ei ny fane.",
        "A school can show an occupation or a search box on its own website with one line of code. The line creates a titled frame (iframe) that fits its height to the content. Links open the full Yrkesutforskeren in a new tab.";
    embed_guide_2 = "Hver yrkesside har også en ferdig kode under «Bygg inn på skolens nettside».",
        "Kvar yrkesside har også ein ferdig kode under «Bygg inn på nettsida til skulen».",
        "Every occupation page also has a ready-made line under “Embed on your school's website”.";
    embed_options_1 = "data-yrke=\"…\": yrket som skal vises (det siste leddet i adressen til yrkessiden).",
        "data-yrke=\"…\": yrket som skal visast (det siste leddet i adressa til yrkessida).",
        "data-yrke=\"…\": the occupation to show (the last part of the occupation page's address).";
    embed_options_2 = "data-view=\"sok\": en søkeboks i stedet for et yrke.",
        "data-view=\"sok\": ein søkjeboks i staden for eit yrke.",
        "data-view=\"sok\": a search box instead of an occupation.";
    embed_options_3 = "data-view=\"interesser\": «Hva liker du å gjøre?», utsagnene og yrkene som passer.",
        "data-view=\"interesser\": «Kva liker du å gjere?», utsegnene og yrka som passar.",
        "data-view=\"interesser\": “What do you like doing?”, the statements and the occupations that fit.";
    embed_options_4 = "data-farge=\"#rrggbb\": skolens farge på lenker, brukt med lyse farger. Farger med for svak kontrast mot hvitt blir ikke brukt.",
        "data-farge=\"#rrggbb\": fargen til skulen på lenkjer, brukt med lyse fargar. Fargar med for svak kontrast mot kvitt blir ikkje brukte.",
        "data-farge=\"#rrggbb\": the school's colour for links, used with light colours. Colours with too little contrast against white are not used.";
    embed_options_5 = "data-visning=\"kompakt\" eller \"full\".",
        "data-visning=\"kompakt\" eller \"full\".",
        "data-visning=\"kompakt\" (compact) or \"full\".";
    embed_options_6 = "data-sprak=\"nb\", \"nn\" eller \"en\": bokmål (standard), nynorsk eller engelsk.",
        "data-sprak=\"nb\", \"nn\" eller \"en\": bokmål (standard), nynorsk eller engelsk.",
        "data-sprak=\"nb\", \"nn\" or \"en\": Norwegian bokmål (the default), nynorsk or English.";
    embed_options_7 = "data-tema=\"lys\", \"mork\" eller \"auto\": lyse farger (standard), mørke farger, eller det samme som leserens nettleser.",
        "data-tema=\"lys\", \"mork\" eller \"auto\": lyse fargar (standard), mørke fargar, eller det same som nettlesaren til lesaren.",
        "data-tema=\"lys\", \"mork\" or \"auto\": light colours (the default), dark colours, or the same as the reader's browser.";
    hosting_1 = "Yrkesutforskeren er en statisk nettside. En skole eller kommune kan legge mappen dist/ på sin egen server, også i en undermappe som /karriere/yrker/ (bygg med make dist PUBLIC_URL=/karriere/yrker/). Hver side ligger ferdig som en fil (adressen /yrke/kokk er filen yrke/kokk.html), og serveren må svare med shell.html for andre adresser i mappen.",
        "Yrkesutforskeren er ei statisk nettside. Ein skule eller kommune kan leggje mappa dist/ på sin eigen server, også i ei undermappe som /karriere/yrker/ (bygg med make dist PUBLIC_URL=/karriere/yrker/). Kvar side ligg ferdig som ei fil (adressa /nn/yrke/kokk er fila nn/yrke/kokk.html), og serveren må svare med shell.html for andre adresser i mappa.",
        "Yrkesutforskeren is a static website. A school or municipality can put the folder dist/ on its own server, also in a subfolder such as /karriere/yrker/ (build with make dist PUBLIC_URL=/karriere/yrker/). Every page is ready as a file (the address /en/yrke/kokk is the file en/yrke/kokk.html), and the server must answer with shell.html for other addresses in the folder.";
    hosting_2 = "Da virker appen også uten nett når den er bygd inn: nettlesere skiller lagringen til rammer fra andre nettsteder, så en ramme fra skolens egen adresse er den sikre måten å få frakoblet bruk på skolens sider.",
        "Då verkar appen også utan nett når han er bygd inn: nettlesarar skil lagringa til rammer frå andre nettstader, så ei ramme frå den eigne adressa til skulen er den sikre måten å få fråkopla bruk på sidene til skulen.",
        "The app then also works offline when embedded: browsers keep the storage of frames from other websites apart, so a frame from the school's own address is the sure way to offline use on the school's pages.";
    hosting_3 = "HTML-filene og sw.js bør sendes med Cache-Control: no-cache, så nye versjoner blir oppdaget. Alt annet kan mellomlagres lenge; appen oppdaterer seg selv og sier fra når en ny versjon er klar.",
        "HTML-filene og sw.js bør sendast med Cache-Control: no-cache, så nye versjonar blir oppdaga. Alt anna kan mellomlagrast lenge; appen oppdaterer seg sjølv og seier frå når ein ny versjon er klar.",
        "The HTML files and sw.js should be sent with Cache-Control: no-cache, so that new versions are noticed. Everything else can be cached for a long time; the app updates itself and says so when a new version is ready.";
    accessibility_1 = "Yrkesutforskeren skal oppfylle WCAG 2.1 nivå AA, som forskrift om universell utforming av IKT krever for skoler.",
        "Yrkesutforskeren skal oppfylle WCAG 2.1 nivå AA, som forskrift om universell utforming av IKT krev for skular.",
        "Yrkesutforskeren aims to meet WCAG 2.1 level AA, which the Norwegian regulations on universal design of ICT require of schools.";
    accessibility_2 = "Slik tester vi: hver side skannes automatisk med axe-core i lys og mørk modus, på bokmål, nynorsk og engelsk, ved hver endring, og alle funksjoner kan brukes med tastatur. Kartet over fylkene har de samme tallene i en tabell, og lønnsfigurene har tabeller ved siden av seg.",
        "Slik testar vi: kvar side blir skanna automatisk med axe-core i lys og mørk modus, på bokmål, nynorsk og engelsk, ved kvar endring, og alle funksjonar kan brukast med tastatur. Kartet over fylka har dei same tala i ein tabell, og lønsfigurane har tabellar ved sida av seg.",
        "How we test: every page is scanned automatically with axe-core in light and dark mode, in bokmål, nynorsk and English, at every change, and every feature can be used with a keyboard. The map of the counties has the same figures in a table, and the pay charts have tables beside them.";
    accessibility_3 = "Kjente begrensninger: tekstene fra utdanning.no og navn fra registrene vises slik kildene skriver dem, også når de har skrivefeil, og bare på bokmål; på nynorsk- og engelsksidene er de merket som bokmål, så skjermlesere uttaler dem riktig. Kartet er forenklet og viser ikke små øyer.",
        "Kjende avgrensingar: tekstane frå utdanning.no og namn frå registera blir viste slik kjeldene skriv dei, også når dei har skrivefeil, og berre på bokmål; på nynorsk- og engelsksidene er dei merkte som bokmål, så skjermlesarar uttaler dei rett. Kartet er forenkla og viser ikkje små øyar.",
        "Known limitations: the texts from utdanning.no and names from the registers are shown as the sources write them, typos included, and only in Norwegian (bokmål); on the nynorsk and English pages they are marked as bokmål, so screen readers pronounce them correctly. The map is simplified and leaves out small islands.";
    accessibility_4 = "Finner du noe som ikke virker for deg, ta kontakt med skolen eller den som drifter nettstedet, så retter vi det.",
        "Finn du noko som ikkje verkar for deg, ta kontakt med skulen eller den som driftar nettstaden, så rettar vi det.",
        "If you find something that does not work for you, contact your school or whoever runs the website, and we will fix it.";
}

// Texts with names and figures in them

pub fn meta_occupation(title: &str) -> String {
    by_lang!(
        format!("{title}: arbeidsoppgaver, lønn, hvor mange som jobber i yrket og veien dit."),
        format!("{title}: arbeidsoppgåver, løn, kor mange som jobbar i yrket og vegen dit."),
        format!("{title}: tasks, pay, how many work in the occupation and the way into it."),
    )
}
pub fn meta_styrk_code(code: &str, name: &str) -> String {
    by_lang!(
        format!("STYRK-08 {code} {name}: yrkene i koden, lønn og hvor mange som jobber i den."),
        format!("STYRK-08 {code} {name}: yrka i koden, løn og kor mange som jobbar i han."),
        format!(
            "STYRK-08 {code} {name}: the occupations in the code, pay and how many work in it."
        ),
    )
}
pub fn meta_county(county: &str) -> String {
    by_lang!(
        format!("Yrker og arbeidsplasser i {county}: sysselsatte, arbeidsgivere og læreplasser."),
        format!("Yrke og arbeidsplassar i {county}: sysselsette, arbeidsgivarar og læreplassar."),
        format!("Occupations and workplaces in {county}: people in work, employers and apprenticeships."),
    )
}
pub fn meta_programme(programme: &str) -> String {
    by_lang!(
        format!("{programme}: lærefagene og yrkene det fører til, steg for steg fra Vg1."),
        format!("{programme}: lærefaga og yrka det fører til, steg for steg frå Vg1."),
        format!("{programme}: the trades and occupations it leads to, step by step from Vg1."),
    )
}
/// A page's title in the browser tab: "Kokk – Yrkesutforskeren".
pub fn page_title(page: &str) -> String {
    format!("{page} – {}", app_name())
}
pub fn error_http(status: u16) -> String {
    by_lang!(
        format!("Serveren svarte med feilkode {status}. Prøv igjen om litt."),
        format!("Serveren svarte med feilkode {status}. Prøv igjen om litt."),
        format!("The server answered with error code {status}. Try again in a moment."),
    )
}
pub fn result_count(shown: usize, total: usize) -> String {
    let (shown_n, total_n) = (number(shown as u64), number(total as u64));
    if shown == total {
        by_lang!(
            format!("Viser alle {total_n} yrker"),
            format!("Viser alle {total_n} yrke"),
            format!("Showing all {total_n} occupations"),
        )
    } else {
        by_lang!(
            format!("{} av {total_n}", count_of(shown, "yrke", "yrker")),
            format!("{shown_n} yrke av {total_n}"),
            format!(
                "{} of {total_n}",
                count_of(shown, "occupation", "occupations")
            ),
        )
    }
}
pub fn no_results(query: &str) -> String {
    by_lang!(
        format!("Ingen yrker passer til «{query}». Prøv et kortere ord eller en annen skrivemåte."),
        format!(
            "Ingen yrke passar til «{query}». Prøv eit kortare ord eller ein annan skrivemåte."
        ),
        format!("No occupations match “{query}”. Try a shorter word or another spelling."),
    )
}
pub fn nearest_results(query: &str) -> String {
    by_lang!(
        format!("Ingen yrker passer til alle ordene i «{query}». Dette er de som ligger nærmest:"),
        format!("Ingen yrke passar til alle orda i «{query}». Dette er dei som ligg nærast:"),
        format!("No occupations match every word in “{query}”. These come closest:"),
    )
}
/// A shared compare link that differs from the list the reader saved.
pub fn compare_shared_differs(saved: usize) -> String {
    let count = occupations_count(saved);
    by_lang!(
        format!("Denne lenken viser en annen liste enn den du har lagret ({count}). Listen din er ikke endret."),
        format!("Denne lenkja viser ikkje same liste som den du har lagra ({count}). Lista di er ikkje endra."),
        format!("This link shows a different list from the one you saved ({count}). Your list has not been changed."),
    )
}
pub fn nearest_by_spelling(query: &str) -> String {
    by_lang!(
        format!("Ingen yrker passer til «{query}». Nærmeste treff etter stavemåten:"),
        format!("Ingen yrke passar til «{query}». Nærmaste treff etter skrivemåten:"),
        format!("No occupations match “{query}”. Nearest matches by spelling:"),
    )
}
/// A programme area's name as listed: school years carry "Vg1 …" in the name already; a
/// lærefag says it is one.
pub fn programme_label(name: &str, kind: crate::core::programmes::ProgrammeKind) -> String {
    use crate::core::programmes::ProgrammeKind;
    match kind {
        ProgrammeKind::Apprenticeship => {
            by_lang!(
                format!("{name} (lærefag)"),
                format!("{name} (lærefag)"),
                format!("{name} (trade)")
            )
        }
        _ => name.to_string(),
    }
}
pub fn programme_leads_to(count: usize) -> String {
    match count {
        0 => pick(
            "(ingen yrker oppført)",
            "(ingen yrke oppførte)",
            "(no occupations listed)",
        )
        .into(),
        n => by_lang!(
            format!("(fører til {})", count_of(n, "yrke", "yrker")),
            format!("(fører til {})", count_of(n, "yrke", "yrke")),
            format!("(leads to {})", count_of(n, "occupation", "occupations")),
        ),
    }
}
pub fn programme_filter(name: &str) -> String {
    by_lang!(
        format!("Viser yrkene {name} fører til."),
        format!("Viser yrka {name} fører til."),
        format!("Showing the occupations {name} leads to."),
    )
}
pub fn where_work_heading(title: &str) -> String {
    by_lang!(
        format!("Hvor jobber en {}?", lowercase_start(title)),
        format!("Kvar jobbar ein {}?", lowercase_start(title)),
        "Where do they work?".to_string(),
    )
}
pub fn shared_with(names: &str) -> String {
    by_lang!(
        format!("Samme kode har også: {names}."),
        format!("Same kode har også: {names}."),
        format!("The same code also covers: {names}."),
    )
}
pub fn read_more_on(title: &str) -> String {
    by_lang!(
        format!("Les mer om {title} på utdanning.no"),
        format!("Les meir om {title} på utdanning.no"),
        format!("Read more about {title} on utdanning.no (in Norwegian)"),
    )
}
/// An amount of money: "53 190 kr", "NOK 53,190".
pub fn kroner(amount: &str) -> String {
    by_lang!(
        format!("{amount}\u{a0}kr"),
        format!("{amount}\u{a0}kr"),
        format!("NOK\u{a0}{amount}"),
    )
}
pub fn glance_salary(amount: &str) -> String {
    by_lang!(
        format!("{amount}\u{a0}kr i måneden før skatt (median)"),
        format!("{amount}\u{a0}kr i månaden før skatt (median)"),
        format!("NOK\u{a0}{amount} a month before tax (median)"),
    )
}
pub fn glance_salary_range(low: &str, high: &str) -> String {
    by_lang!(
        format!("{low}–{high}\u{a0}kr i måneden før skatt (median)"),
        format!("{low}–{high}\u{a0}kr i månaden før skatt (median)"),
        format!("NOK\u{a0}{low}–{high} a month before tax (median)"),
    )
}
pub fn glance_employed(persons: &str) -> String {
    by_lang!(
        format!("{persons} personer"),
        format!("{persons} personar"),
        format!("{persons} people")
    )
}
pub fn glance_permanent(percent: &str) -> String {
    by_lang!(
        format!("{percent}\u{a0}% har fast jobb"),
        format!("{percent}\u{a0}% har fast jobb"),
        format!("{percent}% have a permanent job"),
    )
}
/// What follows the Vg1 programme(s) in "Veien inn" for a trade: "Vg1 X, så læretid …".
pub fn glance_trade_after() -> &'static str {
    pick(
        ", så læretid i bedrift til fagbrev eller svennebrev",
        ", så læretid i bedrift til fagbrev eller sveinebrev",
        ", then an apprenticeship in a company to a craft or trade certificate",
    )
}
/// What follows the Vg1 programme(s) in "Veien inn" for a school route.
pub fn glance_school_after() -> &'static str {
    pick(
        " på videregående",
        " på vidaregåande",
        " in upper secondary school",
    )
}
pub fn glance_source(salary_period: &str, employment_period: &str) -> String {
    by_lang!(
        format!("Kilde: SSB (lønn {salary_period}, antall i jobb {employment_period}) og utdanning.no. Mer om tallene lenger ned."),
        format!("Kjelde: SSB (løn {salary_period}, tal i jobb {employment_period}) og utdanning.no. Meir om tala lenger ned."),
        format!("Source: Statistics Norway (pay {salary_period}, number in work {employment_period}) and utdanning.no. More about the figures further down."),
    )
}
pub fn median_change(change: &str, period: &str) -> String {
    let period = match period.split_once('–') {
        Some((from, to)) => {
            let (from, to) = (plain_period(from), plain_period(to));
            by_lang!(
                format!("fra {from} til {to}"),
                format!("frå {from} til {to}"),
                format!("from {from} to {to}"),
            )
        }
        None => plain_period(period),
    };
    by_lang!(
        format!("Endring i median {period}: {change}"),
        format!("Endring i median {period}: {change}"),
        format!("Change in the median {period}: {change}"),
    )
}

/// Kroner in a table cell: the unit may go below the figure where the column is narrow
/// ("40 630" over "kr"); the figure itself never breaks.
pub fn kroner_in_cell(amount: &str) -> String {
    by_lang!(
        format!("{amount} kr"),
        format!("{amount} kr"),
        format!("NOK {amount}"),
    )
}

/// SSB's quarter form in plain words: "2024K4" → "4. kvartal 2024" ("Q4 2024" in English);
/// anything else unchanged.
pub fn plain_period(period: &str) -> String {
    let quarter = period.trim().split_once('K').filter(|(year, q)| {
        year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && matches!(*q, "1" | "2" | "3" | "4")
    });
    match quarter {
        Some((year, q)) => by_lang!(
            format!("{q}.\u{a0}kvartal {year}"),
            format!("{q}.\u{a0}kvartal {year}"),
            format!("Q{q}\u{a0}{year}"),
        ),
        None => period.to_string(),
    }
}
pub fn salary_caption(code: &str, name: &str) -> String {
    by_lang!(
        format!("Lønn i måneden for {name} (STYRK {code})"),
        format!("Løn i månaden for {name} (STYRK {code})"),
        format!("Monthly pay for {name} (STYRK {code})"),
    )
}
pub fn national_median(amount: &str) -> String {
    by_lang!(
        format!("Til sammenligning: medianen for alle yrker er {amount}\u{a0}kr i måneden."),
        format!("Til samanlikning: medianen for alle yrke er {amount}\u{a0}kr i månaden."),
        format!("For comparison: the median for all occupations is NOK\u{a0}{amount} a month."),
    )
}
pub fn level_name(level: u8) -> &'static str {
    match level {
        1 => pick("Hovedgruppe", "Hovudgruppe", "Major group"),
        2 => pick("Undergruppe", "Undergruppe", "Sub-major group"),
        3 => pick("Yrkesgruppe", "Yrkesgruppe", "Minor group"),
        _ => pick("Yrkestype", "Yrkestype", "Unit group"),
    }
}
/// "Yrkestype (4 siffer)": a STYRK level and its number of digits.
pub fn level_with_digits(level: u8) -> String {
    let name = level_name(level);
    by_lang!(
        format!("{name} ({level} siffer)"),
        format!("{name} ({level} siffer)"),
        format!(
            "{name} ({level} {})",
            if level == 1 { "digit" } else { "digits" }
        ),
    )
}
pub fn occupations_total(persons: &str, codes: usize) -> String {
    by_lang!(
        format!("Til sammen {persons} sysselsatte i {}. Hver kode er talt én gang, selv om flere yrker deler den.", count_of(codes, "kode", "koder")),
        format!("Til saman {persons} sysselsette i {}. Kvar kode er talt éin gong, sjølv om fleire yrke deler han.", count_of(codes, "kode", "kodar")),
        format!("In total {persons} people in work in {}. Each code is counted once, even when several occupations share it.", count_of(codes, "code", "codes")),
    )
}
pub fn occupation_not_found(slug: &str) -> String {
    by_lang!(
        format!("Vi har ikke noe yrke med adressen «{slug}»."),
        format!("Vi har ikkje noko yrke med adressa «{slug}»."),
        format!("There is no occupation at the address “{slug}”."),
    )
}
pub fn code_not_found(code: &str) -> String {
    by_lang!(
        format!("STYRK-08 har ingen kode «{code}»."),
        format!("STYRK-08 har ingen kode «{code}»."),
        format!("STYRK-08 has no code “{code}”."),
    )
}
pub fn data_version(version: &str) -> String {
    by_lang!(
        format!("Dataversjon (for feilmeldinger): {version}"),
        format!("Dataversjon (for feilmeldingar): {version}"),
        format!("Data version (for error reports): {version}"),
    )
}
pub fn remove_filter(label: &str) -> String {
    by_lang!(
        format!("Fjern «{label}»"),
        format!("Fjern «{label}»"),
        format!("Remove “{label}”")
    )
}
pub fn median_range(low: &str, high: &str) -> String {
    let range = if low == high {
        low.to_string()
    } else {
        format!("{low}–{high}")
    };
    by_lang!(
        format!("Median {range}\u{a0}kr/mnd"),
        format!("Median {range}\u{a0}kr/mnd."),
        format!("Median NOK\u{a0}{range}/month"),
    )
}
pub fn employed_short(persons: &str) -> String {
    by_lang!(
        format!("{persons} i jobb"),
        format!("{persons} i jobb"),
        format!("{persons} in work")
    )
}
pub fn compare_nav(count: usize) -> String {
    format!("{} ({count})", nav_compare())
}
pub fn code_hits(count: usize) -> String {
    match count {
        0 => pick(
            "Ingen koder passer.",
            "Ingen kodar passar.",
            "No codes match.",
        )
        .into(),
        n => by_lang!(
            count_of(n, "kode", "koder"),
            count_of(n, "kode", "kodar"),
            count_of(n, "code", "codes")
        ),
    }
}
pub fn show_more(count: usize) -> String {
    let n = number(count as u64);
    by_lang!(
        format!("Vis {n} til"),
        format!("Vis {n} til"),
        format!("Show {n} more")
    )
}
pub fn show_all(total: usize) -> String {
    let n = number(total as u64);
    by_lang!(
        format!("Vis alle {n}"),
        format!("Vis alle {n}"),
        format!("Show all {n}")
    )
}
fn occupations_listed(count: usize) -> String {
    match count {
        0 => pick(
            "ingen yrker oppført",
            "ingen yrke oppførte",
            "no occupations listed",
        )
        .into(),
        n => by_lang!(
            count_of(n, "yrke", "yrker"),
            count_of(n, "yrke", "yrke"),
            count_of(n, "occupation", "occupations")
        ),
    }
}
pub fn vgs_counts(apprenticeships: usize, occupations: usize) -> String {
    let trades = match apprenticeships {
        0 => pick("ingen lærefag", "ingen lærefag", "no trades").to_string(),
        n => by_lang!(
            count_of(n, "lærefag", "lærefag"),
            count_of(n, "lærefag", "lærefag"),
            count_of(n, "trade", "trades")
        ),
    };
    format!("{trades} · {}", occupations_listed(occupations))
}
pub fn vgs_leads_to(apprenticeships: usize, occupations: usize, spread: &str) -> String {
    let counts = vgs_counts(apprenticeships, occupations);
    by_lang!(
        format!("Fører til {counts}. Lønn i disse yrkene: {spread}."),
        format!("Fører til {counts}. Løn i desse yrka: {spread}."),
        format!("Leads to {counts}. Pay in these occupations: {spread}."),
    )
}
pub fn vgs_branch_count(occupations: usize) -> String {
    occupations_listed(occupations)
}
pub fn vgs_trade_leads_to(occupations: usize, spread: &str) -> String {
    match occupations {
        0 => pick(
            "Dataene knytter ikke dette lærefaget til noe yrke.",
            "Dataa knyter ikkje dette lærefaget til noko yrke.",
            "The data links this trade to no occupation.",
        )
        .to_string(),
        1 => by_lang!(
            format!("Fører til 1\u{a0}yrke. Lønn: {spread}."),
            format!("Fører til 1\u{a0}yrke. Løn: {spread}."),
            format!("Leads to 1\u{a0}occupation. Pay: {spread}."),
        ),
        n => by_lang!(
            format!(
                "Fører til {}. Lønn i disse yrkene: {spread}.",
                count_of(n, "yrke", "yrker")
            ),
            format!(
                "Fører til {}. Løn i desse yrka: {spread}.",
                count_of(n, "yrke", "yrke")
            ),
            format!(
                "Leads to {}. Pay in these occupations: {spread}.",
                count_of(n, "occupation", "occupations")
            ),
        ),
    }
}
/// What completing a trade gives ("Fagbrev" from the data, in bokmål).
pub fn vgs_qualification(qualification: &str) -> String {
    match lang() {
        Lang::En => match qualification.to_lowercase().as_str() {
            "fagbrev" => "Completing the training gives a craft certificate (fagbrev).".to_string(),
            "svennebrev" => {
                "Completing the training gives a trade certificate (svennebrev).".to_string()
            }
            "yrkeskompetanse" => {
                "Completing the training gives a vocational qualification (yrkeskompetanse)."
                    .to_string()
            }
            other => format!("Completing the training gives: {other}."),
        },
        Lang::Nn => format!(
            "Fullført opplæring gir {}.",
            match qualification.to_lowercase().as_str() {
                "svennebrev" => "sveinebrev".to_string(),
                other => other.to_string(),
            }
        ),
        Lang::Nb => format!("Fullført opplæring gir {}.", qualification.to_lowercase()),
    }
}
pub fn ways_in_areas(count: usize) -> String {
    by_lang!(
        format!("Yrker etter område ({count})"),
        format!("Yrke etter område ({count})"),
        format!("Occupations by field ({count})"),
    )
}
pub fn ways_in_vg1(count: usize) -> String {
    by_lang!(
        format!("Yrker etter Vg1-program ({count})"),
        format!("Yrke etter Vg1-program ({count})"),
        format!("Occupations by Vg1 programme ({count})"),
    )
}
pub fn occupations_count(count: usize) -> String {
    by_lang!(
        count_of(count, "yrke", "yrker"),
        count_of(count, "yrke", "yrke"),
        count_of(count, "occupation", "occupations")
    )
}
pub fn vgs_open_page(name: &str) -> String {
    by_lang!(
        format!("Egen side for {name}"),
        format!("Eiga side for {name}"),
        format!("Page for {name}")
    )
}
pub fn programme_not_found(code: &str) -> String {
    by_lang!(
        format!("Vi finner ikke utdanningsprogrammet «{code}»."),
        format!("Vi finn ikkje utdanningsprogrammet «{code}»."),
        format!("There is no education programme “{code}”."),
    )
}
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
pub fn county_number(code: &str) -> String {
    by_lang!(
        format!("Fylkesnummer {code}"),
        format!("Fylkesnummer {code}"),
        format!("County number {code}")
    )
}
pub fn municipality_number(code: &str, county: &str) -> String {
    by_lang!(
        format!("Kommunenummer {code}, {county}"),
        format!("Kommunenummer {code}, {county}"),
        format!("Municipality number {code}, {county}"),
    )
}
pub fn schools_summary(count: usize, with_size: usize, employees: &str) -> String {
    let (count, with_size) = (number(count as u64), number(with_size as u64));
    by_lang!(
        format!("{count} grunnskoler. {with_size} av dem har oppgitt antall ansatte, til sammen {employees}."),
        format!("{count} grunnskular. {with_size} av dei har oppgitt talet på tilsette, til saman {employees}."),
        format!("{count} schools. {with_size} of them have given their number of employees, {employees} in total."),
    )
}
pub fn employees(count: &str) -> String {
    by_lang!(
        format!("{count} ansatte"),
        format!("{count} tilsette"),
        format!("{count} employees")
    )
}
pub fn apprentices(count: &str) -> String {
    by_lang!(
        format!("{count} lærlinger"),
        format!("{count} lærlingar"),
        format!("{count} apprentices")
    )
}
pub fn studies_summary(count: usize, institutions: usize) -> String {
    let (count, institutions) = (number(count as u64), number(institutions as u64));
    by_lang!(
        format!("{count} studietilbud ved {institutions} læresteder (universitet, høyskole og andre tilbydere på utdanning.no)."),
        format!("{count} studietilbod ved {institutions} lærestader (universitet, høgskule og andre tilbydarar på utdanning.no)."),
        format!("{count} study programmes at {institutions} institutions (universities, university colleges and other providers on utdanning.no)."),
    )
}
pub fn show_programmes(count: usize) -> String {
    let count = number(count as u64);
    by_lang!(
        format!("Vis alle {count} studietilbud"),
        format!("Vis alle {count} studietilbod"),
        format!("Show all {count} study programmes"),
    )
}
pub fn shortage_top(county: &str) -> String {
    by_lang!(
        format!("Yrkene med størst anslått mangel i {county}"),
        format!("Yrka med størst anslått mangel i {county}"),
        format!("The occupations with the largest estimated shortage in {county}"),
    )
}
pub fn place_not_placed(name: &str) -> String {
    by_lang!(
        format!("{name} (oppgitt av kilden, ikke funnet blant kommunene i 2024)"),
        format!("{name} (oppgitt av kjelda, ikkje funne blant kommunane i 2024)"),
        format!("{name} (given by the source, not found among the municipalities of 2024)"),
    )
}
pub fn grades(range: &str) -> String {
    by_lang!(
        format!("{range}. trinn"),
        format!("{range}. trinn"),
        format!("years {range}")
    )
}
pub fn group_summary(name: &str, count: usize) -> String {
    format!("{name} ({})", occupations_count(count))
}
pub fn where_schools_heading(place: &str) -> String {
    by_lang!(
        format!("Grunnskoler i {place}"),
        format!("Grunnskular i {place}"),
        format!("Schools in {place}")
    )
}
pub fn where_offices_heading(place: &str) -> String {
    by_lang!(
        format!("Opplæringskontor i {place}"),
        format!("Opplæringskontor i {place}"),
        format!("Training offices in {place}"),
    )
}
pub fn offices_tied_caption(place: &str) -> String {
    by_lang!(
        format!("Opplæringskontor for faget i {place}"),
        format!("Opplæringskontor for faget i {place}"),
        format!("Training offices for the trade in {place}"),
    )
}
pub fn offices_seated_elsewhere(place: &str) -> String {
    by_lang!(
        format!("Godkjent også for {place}, men med sete i et annet fylke:"),
        format!("Godkjend også for {place}, men med sete i eit anna fylke:"),
        format!("Also approved for {place}, but based in another county:"),
    )
}
pub fn offices_seated_elsewhere_caption(place: &str) -> String {
    by_lang!(
        format!("Opplæringskontor med sete i et annet fylke, godkjent for {place}"),
        format!("Opplæringskontor med sete i eit anna fylke, godkjende for {place}"),
        format!("Training offices based in another county, approved for {place}"),
    )
}
pub fn offices_none_tied(place: &str) -> String {
    by_lang!(
        format!("Ingen opplæringskontor i {place} har et navn som passer til faget."),
        format!("Ingen opplæringskontor i {place} har eit namn som passar til faget."),
        format!("No training office in {place} has a name that fits the trade."),
    )
}
pub fn offices_show_all(count: usize, place: &str) -> String {
    let count = number(count as u64);
    by_lang!(
        format!("Vis alle {count} opplæringskontor i {place}"),
        format!("Vis alle {count} opplæringskontor i {place}"),
        format!("Show all {count} training offices in {place}"),
    )
}
pub fn offices_all_caption(place: &str) -> String {
    by_lang!(
        format!("Alle opplæringskontor i {place}"),
        format!("Alle opplæringskontor i {place}"),
        format!("All training offices in {place}"),
    )
}
pub fn where_upper_secondary_heading(county: &str) -> String {
    by_lang!(
        format!("Videregående skoler i {county}"),
        format!("Vidaregåande skular i {county}"),
        format!("Upper secondary schools in {county}"),
    )
}
pub fn upper_secondary_missing(programmes: &str) -> String {
    by_lang!(
        format!("Dataene våre sier ikke hvilke skoler som har Vg1 {programmes}."),
        format!("Dataa våre seier ikkje kva skular som har Vg1 {programmes}."),
        format!("Our data does not say which schools offer Vg1 {programmes}."),
    )
}
pub fn vilbli_link(county: &str) -> String {
    by_lang!(
        format!("Finn skolene i {county} på vilbli.no"),
        format!("Finn skulane i {county} på vilbli.no"),
        format!("Find the schools in {county} on vilbli.no"),
    )
}
pub fn where_studies_heading(place: &str) -> String {
    by_lang!(
        format!("Studier i {place}"),
        format!("Studium i {place}"),
        format!("Study programmes in {place}")
    )
}
pub fn studies_in_place(place: &str) -> String {
    by_lang!(
        format!("Alle studietilbud i {place}"),
        format!("Alle studietilbod i {place}"),
        format!("All study programmes in {place}"),
    )
}
pub fn where_shortage_heading(county: &str) -> String {
    by_lang!(
        format!("Mangel på arbeidskraft i {county} i 2017"),
        format!("Mangel på arbeidskraft i {county} i 2017"),
        format!("Shortage of workers in {county} in 2017"),
    )
}
pub fn open_county(name: &str) -> String {
    by_lang!(
        format!("Åpne {name}"),
        format!("Opne {name}"),
        format!("Open {name}")
    )
}
pub fn workplaces_total(total: &str) -> String {
    by_lang!(
        format!("{total} ansatte i yrkets STYRK-koder i hele landet"),
        format!("{total} tilsette i STYRK-kodane til yrket i heile landet"),
        format!("{total} employees in the occupation's STYRK codes in all of Norway"),
    )
}
pub fn embed_read_more(title: &str) -> String {
    by_lang!(
        format!(
            "Les mer om {} i Yrkesutforskeren (ny fane)",
            lowercase_start(title)
        ),
        format!(
            "Les meir om {} i Yrkesutforskeren (ny fane)",
            lowercase_start(title)
        ),
        format!("Read more about {title} in Yrkesutforskeren (new tab)"),
    )
}
/// The frame's title for screen readers, on a school's page: "Kokk – Yrkesutforskeren".
pub fn embed_occupation_title(title: &str) -> String {
    page_title(title)
}

// The about page: paragraphs

pub fn privacy() -> [&'static str; 4] {
    [privacy_1(), privacy_2(), privacy_3(), privacy_4()]
}
pub fn embed_guide() -> [&'static str; 2] {
    [embed_guide_1(), embed_guide_2()]
}
pub fn embed_options() -> [&'static str; 7] {
    [
        embed_options_1(),
        embed_options_2(),
        embed_options_3(),
        embed_options_4(),
        embed_options_5(),
        embed_options_6(),
        embed_options_7(),
    ]
}
pub fn hosting() -> [&'static str; 3] {
    [hosting_1(), hosting_2(), hosting_3()]
}
pub fn accessibility() -> [&'static str; 4] {
    [
        accessibility_1(),
        accessibility_2(),
        accessibility_3(),
        accessibility_4(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words only bokmål has (nynorsk writes "ikkje", "kva", "kvar", "løn", "yrke" …); none may
    /// stand in a nynorsk text.
    const BOKMAL_ONLY: &[&str] = &[
        "ikke",
        "hva",
        "hvor",
        "hvilke",
        "hvordan",
        "hver",
        "hvert",
        "noen",
        "noe",
        "finnes",
        "jobber",
        "mer",
        "fra",
        "dem",
        "bare",
        "selv",
        "velg",
        "vises",
        "tall",
        "tallene",
        "lønn",
        "lønnen",
        "yrker",
        "yrkene",
        "koder",
        "kodene",
        "videregående",
        "høyere",
        "skole",
        "skoler",
        "ansatte",
        "lærlinger",
        "arbeidsgivere",
        "gjelder",
        "kilde",
        "kilder",
        "dataene",
        "nettleseren",
        "beskrivelse",
        "laster",
        "siden",
        "hele",
        "nå",
        "enn",
        "ble",
        "samme",
        "egen",
        "egne",
        "vet",
    ];
    /// Norwegian words an English text has no business holding outside quoted names.
    const NORWEGIAN: &[&str] = &[
        "ikke", "ikkje", "hva", "kva", "hvor", "kvar", "lønn", "løn", "yrker", "yrke", "finnes",
        "finst", "som", "er", "på", "med", "til", "av", "kilde", "kjelde",
    ];
    /// Texts that are the same in English: names, figures, signs.
    const SAME_IN_ENGLISH: &[&str] = &["app_name", "col_median", "none_dash", "employer_type"];

    fn words(text: &str) -> Vec<String> {
        // What stands in quotes is a name from the data («elektro», “Andre …”) or a value;
        // `data-…` is an attribute a school types, a word with a slash a path.
        let mut quoted = false;
        let mut out = Vec::new();
        for token in text
            .split_whitespace()
            .filter(|t| !t.starts_with("data-") && !t.contains('/'))
        {
            let mut word = String::new();
            for c in token.chars().chain([' ']) {
                if matches!(c, '«' | '»' | '“' | '”' | '"') {
                    quoted = !quoted;
                }
                if c.is_alphanumeric() && !quoted {
                    word.extend(c.to_lowercase());
                } else if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
        }
        out
    }

    fn bokmal_in_nynorsk(text: &str) -> Vec<String> {
        words(text)
            .into_iter()
            .filter(|w| BOKMAL_ONLY.contains(&w.as_str()))
            .collect()
    }

    fn norwegian_in_english(text: &str) -> Vec<String> {
        words(text)
            .into_iter()
            .filter(|w| NORWEGIAN.contains(&w.as_str()))
            .collect()
    }

    /// Every text with figures or names, once with sample values, in the current language.
    fn written_texts() -> Vec<String> {
        use crate::core::programmes::ProgrammeKind;
        let mut texts = vec![
            meta_occupation("Kokk"),
            meta_styrk_code("5120", "Kokker"),
            meta_county("Vestland"),
            meta_programme("Vg1 Restaurant- og matfag"),
            error_http(503),
            result_count(3, 599),
            result_count(599, 599),
            result_count(1, 599),
            no_results("xyz"),
            nearest_results("xyz"),
            nearest_by_spelling("xyz"),
            compare_shared_differs(3),
            programme_label("Kokkfaget", ProgrammeKind::Apprenticeship),
            programme_leads_to(0),
            programme_leads_to(4),
            programme_filter("Vg1 Elektro"),
            where_work_heading("Kokk"),
            shared_with("Kokk, Kokkelærling"),
            read_more_on("Kokk"),
            kroner("53 190"),
            glance_salary("53 190"),
            glance_salary_range("40 000", "50 000"),
            glance_employed("12 345"),
            glance_permanent("78"),
            glance_trade_after().to_string(),
            glance_school_after().to_string(),
            glance_source("2025", "2025"),
            median_change("+3,4 %", "2024K4–2025K4"),
            salary_caption("5120", "Kokker"),
            national_median("53 190"),
            level_name(1).to_string(),
            level_name(4).to_string(),
            level_with_digits(4),
            occupations_total("12 345", 2),
            occupation_not_found("x"),
            code_not_found("9"),
            data_version("abc"),
            remove_filter("Lønn"),
            median_range("40 000", "50 000"),
            employed_short("12 345"),
            compare_nav(2),
            code_hits(0),
            code_hits(5),
            show_more(20),
            show_all(120),
            vgs_counts(3, 7),
            vgs_leads_to(3, 7, "40 000–50 000 kr"),
            vgs_branch_count(0),
            vgs_trade_leads_to(0, ""),
            vgs_trade_leads_to(2, "40 000 kr"),
            vgs_qualification("Fagbrev"),
            vgs_qualification("Svennebrev"),
            ways_in_areas(12),
            ways_in_vg1(10),
            occupations_count(5),
            vgs_open_page("Vg2 Kokk- og servitørfag"),
            programme_not_found("X"),
            county_number("46"),
            municipality_number("4601", "Vestland"),
            schools_summary(40, 30, "2 000"),
            employees("20"),
            apprentices("20"),
            studies_summary(10, 2),
            show_programmes(12),
            shortage_top("Vestland"),
            place_not_placed("Bergen"),
            grades("1–7"),
            group_summary("Vg1 Elektro", 3),
            where_schools_heading("Bergen"),
            where_offices_heading("Bergen"),
            offices_tied_caption("Bergen"),
            offices_none_tied("Bergen"),
            offices_seated_elsewhere("Vestland"),
            offices_seated_elsewhere_caption("Vestland"),
            offices_show_all(4, "Bergen"),
            offices_all_caption("Bergen"),
            where_upper_secondary_heading("Vestland"),
            upper_secondary_missing("Elektro"),
            vilbli_link("Vestland"),
            where_studies_heading("Bergen"),
            studies_in_place("Bergen"),
            where_shortage_heading("Vestland"),
            open_county("Vestland"),
            workplaces_total("12 345"),
            embed_read_more("Kokk"),
        ];
        texts.extend(privacy().map(str::to_string));
        texts.extend(embed_guide().map(str::to_string));
        texts.extend(embed_options().map(str::to_string));
        texts.extend(hosting().map(str::to_string));
        texts.extend(accessibility().map(str::to_string));
        texts.extend(interests::written_samples());
        texts.extend(schools::school_samples());
        texts.extend(studies::study_samples());
        texts
    }

    #[test]
    fn every_fixed_text_is_written_in_all_three_languages() {
        for (name, [nb, nn, en]) in FIXED
            .iter()
            .chain(interests::FIXED)
            .chain(schools::FIXED)
            .chain(studies::FIXED)
        {
            assert!(
                !nb.is_empty() && !nn.is_empty() && !en.is_empty(),
                "{name} is empty in a language"
            );
            assert!(
                en != nb || SAME_IN_ENGLISH.contains(name),
                "{name} is not translated to English: {en}"
            );
            let bokmal = bokmal_in_nynorsk(nn);
            assert!(
                bokmal.is_empty(),
                "{name} has bokmål words in nynorsk: {bokmal:?} in {nn}"
            );
            let norwegian = norwegian_in_english(en);
            assert!(
                norwegian.is_empty(),
                "{name} has Norwegian words in English: {norwegian:?} in {en}"
            );
        }
        let names: std::collections::HashSet<_> = FIXED
            .iter()
            .chain(interests::FIXED)
            .chain(schools::FIXED)
            .chain(studies::FIXED)
            .map(|(name, _)| name)
            .collect();
        assert_eq!(
            names.len(),
            FIXED.len() + interests::FIXED.len() + schools::FIXED.len() + studies::FIXED.len(),
            "a text is defined twice"
        );
    }

    #[test]
    fn every_written_text_is_written_in_all_three_languages() {
        set_lang(Lang::Nb);
        let bokmal = written_texts();
        set_lang(Lang::Nn);
        let nynorsk = written_texts();
        set_lang(Lang::En);
        let english = written_texts();
        set_lang(Lang::Nb);
        for ((nb, nn), en) in bokmal.iter().zip(&nynorsk).zip(&english) {
            assert!(!nn.is_empty() && !en.is_empty(), "{nb}");
            assert_ne!(nb, en, "not translated to English");
            let found = bokmal_in_nynorsk(nn);
            assert!(
                found.is_empty(),
                "bokmål words in nynorsk: {found:?} in {nn}"
            );
            let found = norwegian_in_english(en);
            assert!(
                found.is_empty(),
                "Norwegian words in English: {found:?} in {en}"
            );
        }
    }

    #[test]
    fn numbers_and_money_follow_the_language() {
        set_lang(Lang::Nb);
        assert_eq!(kroner(&number(53190)), "53\u{a0}190\u{a0}kr");
        assert_eq!(result_count(1, 599), "1\u{a0}yrke av 599");
        set_lang(Lang::Nn);
        assert_eq!(result_count(2, 599), "2 yrke av 599");
        assert_eq!(occupations_count(2), "2\u{a0}yrke");
        set_lang(Lang::En);
        assert_eq!(kroner(&number(53190)), "NOK\u{a0}53,190");
        assert_eq!(share_percent(1, 4).as_deref(), Some("25%"));
        assert_eq!(result_count(1, 2872), "1\u{a0}occupation of 2,872");
        assert_eq!(
            median_change("+3.4%", "2024K4–2025K4"),
            "Change in the median from Q4\u{a0}2024 to Q4\u{a0}2025: +3.4%"
        );
        set_lang(Lang::Nb);
        assert_eq!(
            median_change("+3,4\u{a0}%", "2024K4–2025K4"),
            "Endring i median fra 4.\u{a0}kvartal 2024 til 4.\u{a0}kvartal 2025: +3,4\u{a0}%"
        );
        assert_eq!(plain_period("2025"), "2025");
    }
}
