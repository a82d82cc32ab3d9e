//! Which training offices (opplæringskontor) belong to an occupation's trade. The register
//! does not say which trades an office takes apprentices in, so the app uses one written rule,
//! shown wherever it is used:
//!
//! An office is tied to an occupation when a word of the office's name and a word of the
//! occupation's title, its lærefag or its Vg1 programme area are the same trade word: equal,
//! or one starting with the other when the shorter has at least four letters. Before comparing,
//! both sides are folded (`text::fold`) and "-fag", "-faget", "-fagene", "-fagenes" are cut off,
//! so "Elektrofag" and "Vg1 Elektro og datateknologi" share "elektro", and "Bilfag" and
//! "Bilfaget, lette kjøretøy" share "bil". Words that say nothing about a trade
//! ("opplæringskontor", "og", "AS", place words shorter than four letters …) are left out.

use crate::core::model::{Employer, OccupationSummary};
use crate::core::text::fold;

/// Shortest word that may match another word by its start.
const MIN_PREFIX: usize = 4;

/// Words of office names and programme titles that say nothing about a trade.
const NOT_TRADE_WORDS: &[&str] = &[
    "opplaering",
    "opplaeringskontor",
    "opplaeringskontoret",
    "opplaeringssenter",
    "opplaeringssenteret",
    "opplaerngskontor",
    "opplaeringkontoret",
    "fagopplaering",
    "fagopplaeringskontoret",
    "kontor",
    "kontoret",
    "bedrift",
    "laerling",
    "laerlinger",
    "laerlingekontoret",
    "laerlingesenter",
    "laerlingsenteret",
    "laerlingbedrift",
    "laerlingekompaniet",
    "laerlingkompaniet",
    "laerlingkompasset",
    "tverrfaglig",
    "tverrfaglige",
    "flerfaglig",
    "flerfaglige",
    "fleirfagleg",
    "kompetanse",
    "samarbeidsorgan",
    "stiftelsen",
    "avdeling",
    "gruppen",
    "norge",
    "norway",
    "senter",
    "senteret",
    "offentlig",
    "offentleg",
    "privat",
    "sektor",
    "region",
    "omegn",
    "nord",
    "vest",
    "andre",
    "lette",
    "tunge",
];

/// The trade word of one folded word: "elektrofagenes" → "elektro", "bilfaget" → "bil".
fn trade_stem(word: &str) -> &str {
    for suffix in ["fagenes", "fagene", "fagets", "faget", "fag"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= 2 {
                return stem;
            }
        }
    }
    word
}

/// The trade words of a name or title.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !NOT_TRADE_WORDS.contains(w))
        .map(trade_stem)
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_alphabetic()))
        .map(str::to_string)
        .collect()
}

fn same_trade(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.len() >= MIN_PREFIX && long.starts_with(short))
}

/// The words an office name must share to be tied to the occupation: from its title, its
/// lærefag and its Vg1 programme areas.
pub fn trade_words(occupation: &OccupationSummary) -> Vec<String> {
    let mut all: Vec<String> = std::iter::once(occupation.title.as_str())
        .chain(occupation.programmes.iter().map(String::as_str))
        .chain(occupation.entry_programmes.iter().map(|s| s.name.as_str()))
        .flat_map(words)
        .filter(|w| !w.starts_with("vg"))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// Whether the office's name names one of the trade words.
pub fn office_is_tied(office_name: &str, trade_words: &[String]) -> bool {
    words(office_name)
        .iter()
        .any(|w| trade_words.iter().any(|t| same_trade(w, t)))
}

/// Training offices split by the rule: those tied to the occupation, and the others. Both
/// keep the order given.
pub fn split_offices<'a>(
    offices: Vec<&'a Employer>,
    occupation: &OccupationSummary,
) -> (Vec<&'a Employer>, Vec<&'a Employer>) {
    let words = trade_words(occupation);
    offices
        .into_iter()
        .partition(|office| office_is_tied(&office.name, &words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{EducationLevel, ProgrammeStep};

    fn trade(title: &str, lærefag: &str, vg1: &str) -> OccupationSummary {
        OccupationSummary {
            slug: fold(title),
            title: title.into(),
            styrk: vec![],
            intro: String::new(),
            task_count: 0,
            education_levels: vec![EducationLevel::TradeCertificate],
            higher_education_links: 0,
            programmes: vec![lærefag.into()],
            entry_programmes: vec![ProgrammeStep {
                code: "X".into(),
                name: vg1.into(),
            }],
        }
    }

    fn tied(occupation: &OccupationSummary, office: &str) -> bool {
        office_is_tied(office, &trade_words(occupation))
    }

    #[test]
    fn an_electricians_offices_are_the_electro_offices() {
        let electrician = trade(
            "Elektriker",
            "Elektrikerfaget",
            "Vg1 Elektro og datateknologi",
        );
        for office in [
            "Opplæringskontoret for Elektrofag i Hedmark",
            "Elektrofag Nordvest",
            "Seos - Elektrofagenes opplæringskontor",
            "Stiftelsen Otde (Opplæringskontoret for Tele, Data og Elektro)",
            "Fagopplæring Elektro",
        ] {
            assert!(tied(&electrician, office), "{office}");
        }
        for office in [
            "Foreningen Frisørfagets opplæringskontor",
            "Baker & Konditor Opplæring",
            "Opplæringskontoret for Bilfag i Vestfold",
            "Opplæringskontoret i Vestland AS",
            "Opplæringskontoret for Offentlig Sektor i Agder",
            "Hallingdal opplæringskontor SA",
        ] {
            assert!(!tied(&electrician, office), "{office}");
        }
    }

    #[test]
    fn short_trade_words_must_be_equal() {
        let mechanic = trade(
            "Bilmekaniker",
            "Bilfaget, lette kjøretøy",
            "Vg1 Teknologi- og industrifag",
        );
        assert!(tied(&mechanic, "Opplæringskontoret for Bilfag AS"));
        assert!(tied(
            &mechanic,
            "Opplæringskontoret for Teknologifag i Agder Sti"
        ));
        let sailor = trade("Matros", "Matrosfaget", "Vg1 Teknologi- og industrifag");
        assert!(!tied(&sailor, "Mat og Reiselivsbransjens opplæringskontor"));
        let cook = trade("Kokk", "Kokkfaget", "Vg1 Restaurant- og matfag");
        assert!(tied(
            &cook,
            "Opplæringskontoret for Hotell- og Matfag, Sogn og Fjordane"
        ));
        assert!(!tied(&cook, "Foreningen Frisørfagets opplæringskontor"));
    }

    #[test]
    fn splitting_keeps_the_order() {
        let hairdresser = trade(
            "Frisør",
            "Frisørfaget",
            "Vg1 Frisør, blomster, interiør og eksponeringsdesign",
        );
        let office = |name: &str| Employer {
            orgnr: name.into(),
            name: name.into(),
            kind: crate::core::model::EmployerKind::TrainingOffice,
            municipality: None,
            county: None,
            size: None,
            approved_in: vec![],
            other_names: vec![],
            grades: None,
            ownership: None,
            place: None,
            website: None,
            source: crate::core::model::SourceId::TrainingOffices,
        };
        let list = [
            office("Frisørenes opplæringskontor i Buskerud"),
            office("Elektrofag Nordvest"),
            office("Opplæringskontoret for Frisørfag i Midt-Norge SA"),
        ];
        let (tied, others) = split_offices(list.iter().collect(), &hairdresser);
        let names = |l: Vec<&Employer>| l.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(tied),
            [
                "Frisørenes opplæringskontor i Buskerud",
                "Opplæringskontoret for Frisørfag i Midt-Norge SA"
            ]
        );
        assert_eq!(names(others), ["Elektrofag Nordvest"]);
    }
}
