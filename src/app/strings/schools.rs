//! The texts of the schools and admission points: `/skole/<orgnr>`, the schools on programme,
//! county and occupation pages, and "Regn ut poengene dine".

use super::{lang, pick};
use crate::core::format;
use crate::core::lang::Lang;
use crate::core::model::{AdmissionState, Threshold};
use crate::core::schools::{GradesError, Reach};

texts! { 2;
    loading_schools = "Henter skolene …", "Hentar skulane …", "Loading the schools …";
    schools_heading = "Skoler med dette programmet", "Skular med dette programmet", "Schools with this programme";
    schools_pick_county = "Velg fylke for å se skolene, poenggrensene og om poengene dine holder.", "Vel fylke for å sjå skulane, poenggrensene og om poenga dine held.", "Choose a county to see the schools, their admission points and whether your points are enough.";
    threshold_explained = "Poenggrensen er poengene til den siste søkeren som fikk plass. Den sier hva som skulle til det året, ikke hva skolen krever.", "Poenggrensa er poenga til den siste søkjaren som fekk plass. Ho seier kva som skulle til det året, ikkje kva skulen krev.", "The admission points are those of the last applicant who got a place. They tell what it took that year, not what the school requires.";
    admission_caution = "Samlet fra fylkenes publiserte lister. Sjekk med fylket før du søker.", "Samla frå listene fylka har publisert. Sjekk med fylket før du søkjer.", "Compiled from the lists the counties publish. Check with the county before you apply.";
    vilbli_schools_link = "Skoler og programmer på vilbli.no", "Skular og program på vilbli.no", "Schools and programmes on vilbli.no";
    free_choice_note = "Fritt skolevalg i fylket: søkerne konkurrerer om plassene med poengene sine.", "Fritt skuleval i fylket: søkjarane konkurrerer om plassane med poenga sine.", "Free choice of school in this county: applicants compete for places with their points.";
    nearness_note = "Fylket tar også hensyn til hvor søkerne bor, så poengene er ikke alt.", "Fylket tek også omsyn til kvar søkjarane bur, så poenga er ikkje alt.", "The county also takes into account where applicants live, so points are not everything.";
    public_only_note = "Listen har bare fylkets egne skoler, ikke de private.", "Lista har berre skulane til fylket, ikkje dei private.", "The list has only the county's own schools, not private ones.";
    intake_region_note = "Grensene gjelder søkere som bor i skolens inntaksregion.", "Grensene gjeld søkjarar som bur i inntaksregionen til skulen.", "The points apply to applicants who live in the school's intake region.";
    calculator_heading = "Regn ut poengene dine", "Rekn ut poenga dine", "Work out your points";
    calculator_label = "Karaktersnittet ditt, eller alle karakterene", "Karaktersnittet ditt, eller alle karakterane", "Your grade average, or all your grades";
    calculator_hint = "For eksempel 4,3 eller 4 5 5 3 6", "Til dømes 4,3 eller 4 5 5 3 6", "For example 4.3 or 4 5 5 3 6";
    calculator_rule = "Til Vg1 regner fylkene poengene som snittet av karakterene fra 10. trinn ganger 10.", "Til Vg1 reknar fylka poenga som snittet av karakterane frå 10. trinn gonger 10.", "For Vg1 the counties count points as the average of your Year 10 grades times 10.";
    calculator_private = "Det du skriver blir bare her på siden. Ingenting lagres eller sendes.", "Det du skriv blir berre her på sida. Ingenting blir lagra eller sendt.", "What you type stays on this page. Nothing is stored or sent.";
    grades_not_a_number = "Skriv snittet som et tall, for eksempel 4,3, eller karakterene med mellomrom mellom.", "Skriv snittet som eit tal, til dømes 4,3, eller karakterane med mellomrom mellom.", "Type the average as a number, for example 4.3, or the grades with spaces between them.";
    grades_out_of_range = "Karakterene går fra 1 til 6.", "Karakterane går frå 1 til 6.", "Grades go from 1 to 6.";
    school_facts_county = "Fylke", "Fylke", "County";
    school_facts_municipality = "Kommune", "Kommune", "Municipality";
    school_facts_address = "Adresse", "Adresse", "Address";
    school_facts_intake_region = "Inntaksregion", "Inntaksregion", "Intake region";
    school_website = "Skolens nettside", "Nettsida til skulen", "The school's website";
    school_programmes_heading = "Programmer og poenggrenser", "Program og poenggrenser", "Programmes and admission points";
    school_not_found = "Vi har ingen videregående skole med dette organisasjonsnummeret.", "Vi har ingen vidaregåande skule med dette organisasjonsnummeret.", "We have no upper-secondary school with this organisation number.";
    school_no_programmes = "Fylkets liste har ingen programmer for denne skolen.", "Lista til fylket har ingen program for denne skulen.", "The county's list has no programmes for this school.";
    all_years = "Alle år", "Alle år", "Every year";
    col_year = "År", "År", "Year";
    col_threshold = "Poenggrense", "Poenggrense", "Admission points";
    programme_not_matched = "Dette tilbudet har et navn som ikke står i dagens liste over programområder (kanskje et eldre navn). Spør skolen eller se vilbli.no for hva det fører til.", "Dette tilbodet har eit namn som ikkje står i dagens liste over programområde (kanskje eit eldre namn). Spør skulen eller sjå vilbli.no for kva det fører til.", "This programme has a name that is not in today's list of programme areas (perhaps an older name). Ask the school or see vilbli.no for where it leads.";
    later_intake_vg2 = "Til Vg2 blir du tatt inn på karakterene fra Vg1, ikke poengene fra ungdomsskolen. Poengene dine fra 10. trinn gjelder bare Vg1.", "Til Vg2 blir du teken inn på karakterane frå Vg1, ikkje poenga frå ungdomsskulen. Poenga dine frå 10. trinn gjeld berre Vg1.", "For Vg2 you are admitted on your Vg1 grades, not your lower secondary points. Your points from year 10 only count for Vg1.";
    later_intake_vg3 = "Hit blir du tatt inn på karakterene fra de årene du har tatt i videregående, ikke poengene fra ungdomsskolen. Poengene dine fra 10. trinn gjelder bare Vg1.", "Hit blir du teken inn på karakterane frå dei åra du har teke på vidaregåande, ikkje poenga frå ungdomsskulen. Poenga dine frå 10. trinn gjeld berre Vg1.", "Here you are admitted on your grades from the upper secondary years you have taken, not your lower secondary points. Your points from year 10 only count for Vg1.";
    schools_per_county = "Skolene per fylke, for de fylkene som publiserer poenggrenser:", "Skulane per fylke, for dei fylka som publiserer poenggrenser:", "The schools by county, for the counties that publish admission points:";
    schools_hits_heading = "Skoler", "Skular", "Schools";
    schools_not_published_short = "publiserer ikke poenggrenser", "publiserer ikkje poenggrenser", "does not publish admission points";
    trend_caption = "Poenggrensen år for år", "Poenggrensa år for år", "Admission points year by year";
}

/// One decimal or two, as the figure needs, in the page's language.
pub fn points_number(value: f64) -> String {
    format::points(value, lang())
}

/// "2. inntak" for a round; nothing when the county does not say.
fn round_part(round: Option<u8>) -> String {
    match round {
        Some(r) => by_lang!(
            format!(", {r}. inntak"),
            format!(", {r}. inntak"),
            format!(", round {r}")
        ),
        None => String::new(),
    }
}

/// What a list says for a year, in words, with year and round: "42,5 poeng (2025, 1. inntak)".
pub fn threshold_text(cell: Threshold, year: u16, round: Option<u8>) -> String {
    let when = format!("({year}{})", round_part(round));
    format!("{} {when}", cell_text(cell))
}

/// What one cell says, without the year.
pub fn cell_text(cell: Threshold) -> String {
    match cell {
        Threshold::Points(points) => points_unit(f64::from(points)),
        Threshold::Admission(state) => state_text(state).to_string(),
    }
}

pub fn points_unit(points: f64) -> String {
    let n = points_number(points);
    by_lang!(
        format!("{n}\u{a0}poeng"),
        format!("{n}\u{a0}poeng"),
        format!("{n}\u{a0}points")
    )
}

pub fn state_text(state: AdmissionState) -> &'static str {
    match state {
        AdmissionState::NoWaitingList => pick(
            "Ingen venteliste: alle kvalifiserte fikk plass",
            "Inga venteliste: alle kvalifiserte fekk plass",
            "No waiting list: every qualified applicant got a place",
        ),
        AdmissionState::PriorityRight => pick(
            "Fylt med fortrinnsrett, ingen poenggrense",
            "Fylt med fortrinnsrett, inga poenggrense",
            "Filled by priority right, no admission points",
        ),
        AdmissionState::Documentation => pick(
            "Opptak etter dokumentasjon eller prøve, ikke poeng",
            "Opptak etter dokumentasjon eller prøve, ikkje poeng",
            "Admission by documents or audition, not points",
        ),
        AdmissionState::NotOffered => pick("Ikke tilbudt", "Ikkje tilbode", "Not offered"),
    }
}

/// Whether the pupil's points reached the latest threshold, with its year.
pub fn reach_text(reach: Reach, year: u16) -> String {
    match reach {
        Reach::Enough => by_lang!(
            format!("Poengene dine hadde holdt i {year}"),
            format!("Poenga dine hadde halde i {year}"),
            format!("Your points would have been enough in {year}")
        ),
        Reach::Below => by_lang!(
            format!("Under grensen i {year}"),
            format!("Under grensa i {year}"),
            format!("Below the line in {year}")
        ),
        Reach::EveryoneIn => by_lang!(
            format!("Alle kvalifiserte kom inn i {year}"),
            format!("Alle kvalifiserte kom inn i {year}"),
            format!("Every qualified applicant got in in {year}")
        ),
        Reach::NotByPoints => pick(
            "Ikke opptak etter poeng",
            "Ikkje opptak etter poeng",
            "Not admitted by points",
        )
        .to_string(),
    }
}

pub fn grades_error(error: GradesError) -> Option<&'static str> {
    match error {
        GradesError::Empty => None,
        GradesError::NotANumber => Some(grades_not_a_number()),
        GradesError::OutOfRange => Some(grades_out_of_range()),
    }
}

/// "Du har 43,3 poeng (snitt 4,33 × 10)."
pub fn your_points(points: f64, average: f64) -> String {
    let p = points_number(points);
    let a = points_number((average * 100.0).round() / 100.0);
    by_lang!(
        format!("Du har {p}\u{a0}poeng (snitt {a} × 10)."),
        format!("Du har {p}\u{a0}poeng (snitt {a} × 10)."),
        format!("You have {p}\u{a0}points (average {a} × 10).")
    )
}

pub fn schools_heading_in(county: &str) -> String {
    by_lang!(
        format!("Skoler med dette programmet i {county}"),
        format!("Skular med dette programmet i {county}"),
        format!("Schools with this programme in {county}")
    )
}

pub fn schools_in(programme: &str, county: &str) -> String {
    by_lang!(
        format!("{programme}: skoler i {county}"),
        format!("{programme}: skular i {county}"),
        format!("{programme}: schools in {county}")
    )
}

pub fn upper_secondary_schools_in(county: &str) -> String {
    by_lang!(
        format!("Videregående skoler i {county}"),
        format!("Vidaregåande skular i {county}"),
        format!("Upper-secondary schools in {county}")
    )
}

pub fn none_offering(county: &str) -> String {
    by_lang!(
        format!("Ingen skoler i {county} har dette programmet i fylkets liste."),
        format!("Ingen skular i {county} har dette programmet i lista til fylket."),
        format!("No school in {county} has this programme in the county's list.")
    )
}

pub fn thresholds_not_published(county: &str) -> String {
    by_lang!(
        format!("{county} publiserer ikke poenggrenser som vi kan vise. Skolene og programmene i fylket står på vilbli.no."),
        format!("{county} publiserer ikkje poenggrenser som vi kan vise. Skulane og programma i fylket står på vilbli.no."),
        format!("{county} does not publish admission points we can show. The county's schools and programmes are on vilbli.no.")
    )
}

pub fn county_list_link(county: &str) -> String {
    by_lang!(
        format!("Poenggrensene på sidene til {county}"),
        format!("Poenggrensene på sidene til {county}"),
        format!("The admission points on {county}'s own pages")
    )
}

pub fn school_in(municipality: Option<&str>, county: &str) -> String {
    match municipality {
        Some(m) => by_lang!(
            format!("Videregående skole i {m}, {county}"),
            format!("Vidaregåande skule i {m}, {county}"),
            format!("Upper-secondary school in {m}, {county}")
        ),
        None => upper_secondary_school_in(county),
    }
}

fn upper_secondary_school_in(county: &str) -> String {
    by_lang!(
        format!("Videregående skole i {county}"),
        format!("Vidaregåande skule i {county}"),
        format!("Upper-secondary school in {county}")
    )
}

pub fn meta_school(name: &str, county: &str, count: usize) -> String {
    by_lang!(
        format!("{name} i {county}: {count} programmer med poenggrensene år for år, og hva de fører til."),
        format!("{name} i {county}: {count} program med poenggrensene år for år, og kva dei fører til."),
        format!("{name} in {county}: {count} programmes with their admission points year by year, and where they lead.")
    )
}

/// A level's heading: "Vg1".
pub fn vg_level(level: u8) -> String {
    format!("Vg{level}")
}

/// "Vg1 Elektro og datateknologi: hva det fører til (12 yrker)"; without a count when the
/// programme leads on to further education rather than to occupations we link.
pub fn programme_leads_link(programme: &str, occupations: usize) -> String {
    if occupations == 0 {
        return by_lang!(
            format!("{programme}: veien videre"),
            format!("{programme}: vegen vidare"),
            format!("{programme}: what comes next")
        );
    }
    let count = super::occupations_count(occupations);
    by_lang!(
        format!("{programme}: hva det fører til ({count})"),
        format!("{programme}: kva det fører til ({count})"),
        format!("{programme}: where it leads ({count})")
    )
}

/// The folded list of a school's offers that are only in older lists.
pub fn earlier_offers(count: usize) -> String {
    by_lang!(
        format!("Tidligere tilbud og eldre navn ({count})"),
        format!("Tidlegare tilbod og eldre namn ({count})"),
        format!("Earlier programmes and older names ({count})")
    )
}

/// Why they are apart: they are missing from the newest list.
pub fn earlier_offers_note(newest: u16) -> String {
    by_lang!(
        format!("Disse står ikke i listen for {newest}: skolen tilbyr dem ikke lenger, eller de har fått nytt navn."),
        format!("Desse står ikkje i lista for {newest}: skulen tilbyr dei ikkje lenger, eller dei har fått nytt namn."),
        format!("These are not in the {newest} list: the school no longer offers them, or they have been renamed.")
    )
}

/// "Andre inntak" column: "1. inntak".
pub fn round_column(round: u8) -> String {
    by_lang!(
        format!("{round}. inntak"),
        format!("{round}. inntak"),
        format!("Round {round}")
    )
}

/// The chart's text alternative: every year with its figure.
pub fn trend_label(points: &[(u16, f32)]) -> String {
    let years: Vec<String> = points
        .iter()
        .map(|(year, p)| format!("{year}: {}", points_unit(f64::from(*p))))
        .collect();
    format!("{}. {}", trend_caption(), years.join("; "))
}

/// "og 3 skoler til: skriv mer av navnet".
pub fn more_schools(count: usize) -> String {
    let n = count;
    by_lang!(
        format!("og {n} til: skriv mer av navnet for å finne én."),
        format!("og {n} til: skriv meir av namnet for å finne éin."),
        format!("and {n} more: type more of the name to find one.")
    )
}

#[cfg(test)]
pub fn school_samples() -> Vec<String> {
    let mut texts = vec![
        threshold_text(Threshold::Points(42.5), 2025, Some(1)),
        threshold_text(
            Threshold::Admission(AdmissionState::NoWaitingList),
            2024,
            None,
        ),
        reach_text(Reach::Enough, 2025),
        reach_text(Reach::Below, 2025),
        reach_text(Reach::EveryoneIn, 2025),
        reach_text(Reach::NotByPoints, 2025),
        your_points(43.3, 4.33),
        schools_in("Vg1 Elektro", "Vestland"),
        schools_heading_in("Vestland"),
        upper_secondary_schools_in("Vestland"),
        none_offering("Oslo"),
        thresholds_not_published("Agder"),
        county_list_link("Oslo"),
        school_in(Some("Bergen"), "Vestland"),
        meta_school("Amalie Skram", "Vestland", 4),
        programme_leads_link("Vg1 Elektro", 12),
        programme_leads_link("Vg1 Studiespesialisering", 0),
        earlier_offers(3),
        earlier_offers_note(2025),
        round_column(3),
        trend_label(&[(2024, 41.0), (2025, 42.5)]),
        more_schools(4),
    ];
    for state in [
        AdmissionState::NoWaitingList,
        AdmissionState::PriorityRight,
        AdmissionState::Documentation,
        AdmissionState::NotOffered,
    ] {
        texts.push(state_text(state).to_string());
    }
    texts
}
