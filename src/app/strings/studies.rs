//! The texts of higher-education studies: `/studie/<code>`, "Studier som fører hit" on
//! occupation pages, a county's studies, study hits in search and "Hva trenger jeg?".

use super::{lang, pick};
use crate::core::lang::Lang;
use crate::core::model::{CutOff, OpenAdmission};
use crate::core::studies::StudyReach;

texts! { 3;
    loading_studies = "Henter studiene …", "Hentar studia …", "Loading the studies …";
    studies_leading_here = "Studier som fører hit", "Studium som fører hit", "Studies that lead here";
    studies_rule_note = "Koblingen fra yrket til studietypen er vår egen regel, ikke Samordna opptaks.", "Koplinga frå yrket til studietypen er vår eigen regel, ikkje Samordna opptak sin.", "The link from the occupation to the study type is our own rule, not Samordna opptak's.";
    studies_pick_county = "Velg fylke for å se studiene der først.", "Vel fylke for å sjå studia der først.", "Choose a county to see its studies first.";
    studies_rest_of_country = "Resten av landet", "Resten av landet", "The rest of the country";
    studies_whole_country = "Hele landet", "Heile landet", "The whole country";
    studies_caution = "Tallene er kopiert fra Samordna opptaks publiserte lister. Sjekk samordnaopptak.no før du søker.", "Tala er kopierte frå listene Samordna opptak har publisert. Sjekk samordnaopptak.no før du søkjer.", "The figures are copied from the lists Samordna opptak publishes. Check samordnaopptak.no before you apply.";
    quota_first_time = "Førstegangsvitnemål", "Førstegongsvitnemål", "First-time diploma quota";
    quota_ordinary = "Ordinær kvote", "Ordinær kvote", "Ordinary quota";
    cut_off_missing = "ingen grense i listene", "inga grense i listene", "no cut-off in the lists";
    cut_off_everyone = "alle kvalifiserte fikk tilbud", "alle kvalifiserte fekk tilbod", "every qualified applicant got an offer";
    cut_off_not_given = "ingen grense oppgitt", "inga grense oppgitt", "no cut-off given";
    cut_off_explained = "Poenggrensen er poengene til den siste kvalifiserte søkeren som fikk tilbud. Den sier hva som skulle til det året, ikke hva studiet krever.", "Poenggrensa er poenga til den siste kvalifiserte søkjaren som fekk tilbod. Ho seier kva som skulle til det året, ikkje kva studiet krev.", "The cut-off is the points of the last qualified applicant who got an offer. It tells what it took that year, not what the study requires.";
    what_do_i_need = "Hva trenger jeg?", "Kva treng eg?", "What do I need?";
    diploma_label = "Snittet på vitnemålet ditt, eller alle karakterene", "Snittet på vitnemålet ditt, eller alle karakterane", "The average on your diploma, or all your grades";
    diploma_hint = "For eksempel 4,56 eller 4 5 5 3 6", "Til dømes 4,56 eller 4 5 5 3 6", "For example 4.56 or 4 5 5 3 6";
    quota_rule_first_time = "I kvoten for førstegangsvitnemål (til og med året du fyller 21) konkurrerer du med skolepoengene pluss tilleggspoeng, for eksempel for realfag og språk.", "I kvoten for førstegongsvitnemål (til og med året du fyller 21) konkurrerer du med skulepoenga pluss tilleggspoeng, til dømes for realfag og språk.", "In the first-time diploma quota (up to the year you turn 21) you compete with your school points plus extra points, for example for science subjects and languages.";
    quota_rule_ordinary = "I ordinær kvote teller også alderspoeng og andre tilleggspoeng, så grensene der er ofte høyere.", "I ordinær kvote tel også alderspoeng og andre tilleggspoeng, så grensene der er ofte høgare.", "In the ordinary quota, age points and other extra points count too, so its cut-offs are often higher.";
    tenth_grade_note = "Snittet fra 10. trinn er ikke snittet på vitnemålet fra videregående. Bruker du det, er svaret bare et grovt anslag.", "Snittet frå 10. trinn er ikkje snittet på vitnemålet frå vidaregåande. Bruker du det, er svaret berre eit grovt overslag.", "Your Year 10 average is not your upper-secondary diploma average. If you use it, the answer is only a rough guess.";
    reach_rule = "Merket under hver studie sammenligner skolepoengene dine alene med den siste grensen i kvoten for førstegangsvitnemål.", "Merket under kvart studium samanliknar skulepoenga dine åleine med den siste grensa i kvoten for førstegongsvitnemål.", "The mark under each study compares your school points alone with the latest cut-off in the first-time diploma quota.";
    study_not_found = "Vi har ikke noe studium med denne koden i Samordna opptaks lister.", "Vi har ikkje noko studium med denne koden i listene til Samordna opptak.", "We have no study with this code in Samordna opptak's lists.";
    study_code_label = "Studiekode", "Studiekode", "Study code";
    study_institution_label = "Lærested", "Lærestad", "Institution";
    study_place_label = "Studiested", "Studiestad", "Place of study";
    study_kind_label = "Type i Samordna opptak", "Type i Samordna opptak", "Type in Samordna opptak";
    study_former_names = "Tidligere navn", "Tidlegare namn", "Former names";
    study_place_missing = "ikke oppgitt", "ikkje oppgitt", "not given";
    cut_offs_heading = "Poenggrenser", "Poenggrenser", "Cut-off points";
    round_main = "Hovedopptak", "Hovudopptak", "Main round";
    round_extra = "Suppleringsopptak", "Suppleringsopptak", "Supplementary round";
    applicants_heading = "Søkere og studieplasser", "Søkjarar og studieplassar", "Applicants and places";
    applicants_explained = "Tall fra hovedopptaket, slik Samordna opptak publiserte dem i april hvert år.", "Tal frå hovudopptaket, slik Samordna opptak publiserte dei i april kvart år.", "Figures from the main round, as Samordna opptak published them in April each year.";
    col_applicants = "Søkere", "Søkjarar", "Applicants";
    col_first_choice = "Førstevalg", "Førsteval", "First choice";
    col_places = "Plasser", "Plassar", "Places";
    per_place_missing_all = "Samordna opptaks nøkkeltall har ingen søkertall for dette studiet.", "Nøkkeltala til Samordna opptak har ingen søkjartal for dette studiet.", "Samordna opptak's key figures have no applicant numbers for this study.";
    col_study_year = "År", "År", "Year";
    leads_to_heading = "Yrker studiet kan føre til", "Yrke studiet kan føre til", "Occupations the study can lead to";
    studies_hits_heading = "Studier", "Studium", "Studies";
    study_history_loading = "Henter tidligere år …", "Hentar tidlegare år …", "Loading earlier years …";
}

/// "Helsefag - sykepleie" and "Juridiske fag" as the sentence names them: «…» og «…».
fn kinds_list(kinds: &[String]) -> String {
    let quoted: Vec<String> = kinds.iter().map(|k| format!("«{k}»")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let and = pick("og", "og", "and");
            format!("{} {and} {last}", rest.join(", "))
        }
        None => String::new(),
    }
}

/// The rule in one sentence: which of Samordna opptak's study types an occupation's studies are.
pub fn studies_kind_sentence(kinds: &[String]) -> String {
    let kinds = kinds_list(kinds);
    by_lang!(
        format!("Studier som Samordna opptak fører som {kinds}."),
        format!("Studium som Samordna opptak fører som {kinds}."),
        format!("Studies that Samordna opptak lists as {kinds}.")
    )
}

/// An occupation that needs higher education, but none of whose descriptions the rule links
/// (the reason follows in [`studies_unlinked_why`]).
pub fn studies_unlinked(descriptions: u32) -> String {
    let n = descriptions;
    by_lang!(
        format!("utdanning.no knytter yrket til {n} beskrivelse{} av høyere utdanning. Se yrkessiden der for studiene.", if n == 1 { "" } else { "r" }),
        format!("utdanning.no knyter yrket til {n} skildring{} av høgare utdanning. Sjå yrkessida der for studia.", if n == 1 { "" } else { "ar" }),
        format!("utdanning.no links the occupation to {n} description{} of higher education. See the occupation's page there for the studies.", if n == 1 { "" } else { "s" })
    )
}

/// Why an occupation's descriptions show no studies here.
pub fn studies_unlinked_why(descriptions: u32) -> String {
    let one = descriptions == 1;
    by_lang!(
        format!("Ingen studietype hos Samordna opptak svarer til {}, så studiene og poenggrensene kan ikke vises her.", if one { "beskrivelsen" } else { "beskrivelsene" }),
        format!("Ingen studietype hos Samordna opptak svarer til {}, så studia og poenggrensene kan ikkje visast her.", if one { "skildringa" } else { "skildringane" }),
        format!("No study type in Samordna opptak matches {}, so the studies and their cut-offs cannot be shown here.", if one { "the description" } else { "the descriptions" })
    )
}

pub fn studies_in_county(county: &str) -> String {
    by_lang!(
        format!("I {county}"),
        format!("I {county}"),
        format!("In {county}")
    )
}

pub fn studies_none_in_county(county: &str) -> String {
    by_lang!(
        format!("Ingen av disse studiene er i {county}."),
        format!("Ingen av desse studia er i {county}."),
        format!("None of these studies is in {county}.")
    )
}

/// The summary of a fold with more studies.
pub fn more_studies(count: usize) -> String {
    by_lang!(
        format!("{count} studier til"),
        format!("{count} studium til"),
        format!(
            "{count} more {}",
            if count == 1 { "study" } else { "studies" }
        )
    )
}

/// "46,8 poeng", or what a cut-off that is no score means.
pub fn cut_off_text(cut_off: CutOff) -> String {
    match cut_off {
        CutOff::Points(hundredths) => points_text(hundredths),
        CutOff::Open(OpenAdmission::EveryoneQualified) => cut_off_everyone().to_string(),
        CutOff::Open(OpenAdmission::NotGiven) => cut_off_not_given().to_string(),
    }
}

/// Points in hundredths as published, with their unit: 4680 → "46,8 poeng".
pub fn points_text(hundredths: u32) -> String {
    let n = cut_off_number(hundredths);
    by_lang!(
        format!("{n}\u{a0}poeng"),
        format!("{n}\u{a0}poeng"),
        format!("{n}\u{a0}points")
    )
}

/// 4680 → "46,8", 10797 → "107,97" ("46.8" in English); integer arithmetic only.
pub fn cut_off_number(hundredths: u32) -> String {
    let (whole, rest) = (hundredths / 100, hundredths % 100);
    let separator = if lang() == Lang::En { '.' } else { ',' };
    if rest % 10 == 0 {
        format!("{whole}{separator}{}", rest / 10)
    } else {
        format!("{whole}{separator}{rest:02}")
    }
}

/// "(hovedopptaket 2025)".
pub fn main_round_year(year: u16) -> String {
    by_lang!(
        format!("(hovedopptaket {year})"),
        format!("(hovudopptaket {year})"),
        format!("(main round {year})")
    )
}

/// How the newest cut-off moved since the year before: "opp 1,6 poeng fra 2024".
pub fn cut_off_change_text(change: i64, previous_year: u16) -> String {
    let amount = cut_off_number(change.unsigned_abs() as u32);
    match change {
        0 => by_lang!(
            format!("som i {previous_year}"),
            format!("som i {previous_year}"),
            format!("the same as {previous_year}")
        ),
        c if c > 0 => by_lang!(
            format!("opp {amount} poeng fra {previous_year}"),
            format!("opp {amount} poeng frå {previous_year}"),
            format!("up {amount} points from {previous_year}")
        ),
        _ => by_lang!(
            format!("ned {amount} poeng fra {previous_year}"),
            format!("ned {amount} poeng frå {previous_year}"),
            format!("down {amount} points from {previous_year}")
        ),
    }
}

/// First-choice applicants per place, in tenths: "2,4 førstevalgssøkere per plass (2026)".
pub fn per_place_text(tenths: u32, year: u16) -> String {
    let separator = if lang() == Lang::En { '.' } else { ',' };
    let n = format!("{}{separator}{}", tenths / 10, tenths % 10);
    by_lang!(
        format!("{n} førstevalgssøkere per plass ({year})"),
        format!("{n} førstevalsøkjarar per plass ({year})"),
        format!("{n} first-choice applicants per place ({year})")
    )
}

pub fn per_place_missing(year: u16) -> String {
    by_lang!(
        format!("Søkere per plass: ikke oppgitt for {year}"),
        format!("Søkjarar per plass: ikkje oppgitt for {year}"),
        format!("Applicants per place: not given for {year}")
    )
}

/// "Skolepoengene dine: 45,6 poeng (snittet × 10)."
pub fn school_points_result(hundredths: u32) -> String {
    let points = points_text(hundredths);
    by_lang!(
        format!("Skolepoengene dine: {points} (snittet × 10)."),
        format!("Skulepoenga dine: {points} (snittet × 10)."),
        format!("Your school points: {points} (the average × 10).")
    )
}

/// One study's mark against its latest first-time quota cut-off.
pub fn study_reach_text(reach: StudyReach, year: u16) -> String {
    match reach {
        StudyReach::Enough => by_lang!(
            format!("Skolepoengene dine hadde holdt i {year}"),
            format!("Skulepoenga dine hadde halde i {year}"),
            format!("Your school points would have been enough in {year}")
        ),
        StudyReach::Below => by_lang!(
            format!("Under grensen i {year}"),
            format!("Under grensa i {year}"),
            format!("Below the cut-off in {year}")
        ),
        StudyReach::EveryoneIn => by_lang!(
            format!("Alle kvalifiserte fikk tilbud i {year}"),
            format!("Alle kvalifiserte fekk tilbod i {year}"),
            format!("Every qualified applicant got an offer in {year}")
        ),
        StudyReach::Unknown => by_lang!(
            format!("Ingen grense oppgitt i {year}"),
            format!("Inga grense oppgitt i {year}"),
            format!("No cut-off given in {year}")
        ),
    }
}

/// "Skolepoengene dine alene når grensen for 4 av 12 studier her."
pub fn reach_summary(enough: usize, total: usize) -> String {
    by_lang!(
        format!("Skolepoengene dine alene når den siste grensen for {enough} av {total} studier her (kvoten for førstegangsvitnemål, hovedopptaket)."),
        format!("Skulepoenga dine åleine når den siste grensa for {enough} av {total} studium her (kvoten for førstegongsvitnemål, hovudopptaket)."),
        format!("Your school points alone reach the latest cut-off of {enough} of {total} studies here (first-time diploma quota, main round).")
    )
}

/// How a study links to occupations, or why it does not.
pub fn leads_to_rule(kind: &str) -> String {
    by_lang!(
        format!("Samordna opptak fører studiet som «{kind}». Vi kobler den typen til yrkene under gjennom utdanning.no sine beskrivelser av høyere utdanning."),
        format!("Samordna opptak fører studiet som «{kind}». Vi koplar den typen til yrka under gjennom skildringane av høgare utdanning på utdanning.no."),
        format!("Samordna opptak lists the study as «{kind}». We link that type to the occupations below through utdanning.no's descriptions of higher education.")
    )
}

pub fn leads_to_none(kind: Option<&str>) -> String {
    match kind {
        Some(kind) => by_lang!(
            format!("Samordna opptak fører studiet som «{kind}», en bred type som ikke peker på ett yrke. Derfor viser vi ingen yrker her."),
            format!("Samordna opptak fører studiet som «{kind}», ein brei type som ikkje peikar på eitt yrke. Difor viser vi ingen yrke her."),
            format!("Samordna opptak lists the study as «{kind}», a broad type that names no single occupation, so we show no occupations here.")
        ),
        None => pick(
            "Listene gir ingen studietype for dette studiet, så vi viser ingen yrker her.",
            "Listene gir ingen studietype for dette studiet, så vi viser ingen yrke her.",
            "The lists give no study type for this study, so we show no occupations here.",
        )
        .to_string(),
    }
}

/// A county page's heading for its studies.
pub fn county_studies_heading(county: &str) -> String {
    by_lang!(
        format!("Studier i {county} med poenggrenser"),
        format!("Studium i {county} med poenggrenser"),
        format!("Studies in {county} with cut-off points")
    )
}

pub fn county_studies_summary(count: usize, institutions: usize) -> String {
    let one = institutions == 1;
    by_lang!(
        format!("{count} studier ved {institutions} lærested i Samordna opptaks lister."),
        format!(
            "{count} studium ved {institutions} {} i listene til Samordna opptak.",
            if one { "lærestad" } else { "lærestader" }
        ),
        format!(
            "{count} studies at {institutions} {} in Samordna opptak's lists.",
            if one { "institution" } else { "institutions" }
        )
    )
}

pub fn county_studies_none(county: &str) -> String {
    by_lang!(
        format!("Samordna opptaks lister har ingen studier i {county}."),
        format!("Listene til Samordna opptak har ingen studium i {county}."),
        format!("Samordna opptak's lists have no studies in {county}.")
    )
}

/// A study page's note when the study is not in the newest lists.
pub fn study_not_current(last_year: Option<u16>) -> String {
    match last_year {
        Some(year) => by_lang!(
            format!("Studiet står ikke i de nyeste listene fra Samordna opptak. De siste tallene er fra {year}."),
            format!("Studiet står ikkje i dei nyaste listene frå Samordna opptak. Dei siste tala er frå {year}."),
            format!("The study is not in Samordna opptak's newest lists. Its latest figures are from {year}.")
        ),
        None => pick(
            "Studiet står ikke i de nyeste listene fra Samordna opptak.",
            "Studiet står ikkje i dei nyaste listene frå Samordna opptak.",
            "The study is not in Samordna opptak's newest lists.",
        )
        .to_string(),
    }
}

/// The page's title and description for a study.
pub fn meta_study(name: &str, institution: &str) -> String {
    by_lang!(
        format!("{name} ved {institution}: poenggrenser år for år, søkere per studieplass og yrkene studiet kan føre til."),
        format!("{name} ved {institution}: poenggrenser år for år, søkjarar per studieplass og yrka studiet kan føre til."),
        format!("{name} at {institution}: cut-off points year by year, applicants per place and the occupations the study can lead to.")
    )
}

#[cfg(test)]
pub fn study_samples() -> Vec<String> {
    vec![
        studies_kind_sentence(&["Helsefag - sykepleie".into()]),
        studies_kind_sentence(&["A".into(), "B".into()]),
        studies_unlinked(1),
        studies_unlinked(2),
        studies_in_county("Vestland"),
        studies_none_in_county("Vestland"),
        more_studies(4),
        cut_off_text(CutOff::Points(4680)),
        main_round_year(2025),
        cut_off_change_text(160, 2024),
        cut_off_change_text(-40, 2024),
        cut_off_change_text(0, 2024),
        per_place_text(24, 2026),
        per_place_missing(2026),
        school_points_result(4560),
        study_reach_text(StudyReach::Enough, 2025),
        study_reach_text(StudyReach::Below, 2025),
        study_reach_text(StudyReach::EveryoneIn, 2025),
        study_reach_text(StudyReach::Unknown, 2025),
        reach_summary(3, 12),
        leads_to_rule("Juridiske fag"),
        leads_to_none(Some("Samfunnsfag")),
        leads_to_none(None),
        county_studies_heading("Vestland"),
        county_studies_summary(12, 3),
        county_studies_summary(96, 1),
        studies_unlinked_why(1),
        studies_unlinked_why(2),
        county_studies_none("Vestland"),
        meta_study("Sykepleie", "Nord universitet"),
        study_not_current(Some(2021)),
        study_not_current(None),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::strings::set_lang;

    #[test]
    fn points_keep_the_decimals_they_were_published_with() {
        set_lang(Lang::Nb);
        assert_eq!(cut_off_number(4680), "46,8");
        assert_eq!(cut_off_number(10797), "107,97");
        assert_eq!(cut_off_number(5200), "52,0");
        assert_eq!(cut_off_change_text(160, 2024), "opp 1,6 poeng fra 2024");
        assert_eq!(
            per_place_text(24, 2026),
            "2,4 førstevalgssøkere per plass (2026)"
        );
        set_lang(Lang::En);
        assert_eq!(points_text(4570), "45.7\u{a0}points");
        set_lang(Lang::Nb);
    }
}
