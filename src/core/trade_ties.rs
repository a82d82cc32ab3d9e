//! Which training offices (opplæringskontor) belong to an occupation's trade. The register
//! does not say which trades an office takes apprentices in, so the app uses one written rule,
//! shown wherever it is used:
//!
//! An office is tied to an occupation when a word of the office's name and a word of the
//! occupation's title, its lærefag or its Vg1 programme area are the same trade word: equal,
//! one starting with the other when the shorter has at least four letters, or the two starting
//! with the same six letters ("elektro" and "elektriker"). Before comparing,
//! both sides are folded (`text::fold`) and "-fag", "-faget", "-fagene", "-fagenes" are cut off,
//! so "Elektrofag" and "Vg1 Elektro og datateknologi" share "elektro", and "Bilfag" and
//! "Bilfaget, lette kjøretøy" share "bil". Words that say nothing about a trade
//! ("opplæringskontor", "og", "AS", place words shorter than four letters …) are left out.

use crate::core::model::{Employer, OccupationSummary};
use crate::core::order;
use crate::core::text::fold;

/// Shortest word that may match another word by its start.
const MIN_PREFIX: usize = 4;
/// Letters two words must share from their start to be the same trade ("elektr").
const MIN_COMMON: usize = 6;

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
    "servicekontor",
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
    let common = short
        .chars()
        .zip(long.chars())
        .take_while(|(x, y)| x == y)
        .count();
    short == long || (short.len() >= MIN_PREFIX && long.starts_with(short)) || common >= MIN_COMMON
}

/// How an office's name ties it to an occupation; the closer tie first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tie {
    /// The name names the occupation or its lærefag ("Frisørfagets" for Frisør).
    Trade,
    /// The name names the Vg1 programme area the occupation starts in ("Elektrofag" for
    /// Vg1 Elektro og datateknologi).
    ProgrammeArea,
}

/// The words an office name may share with an occupation, by kind of tie.
pub struct TradeWords {
    trade: Vec<String>,
    area: Vec<String>,
}

fn sorted_words<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut all: Vec<String> = texts
        .flat_map(words)
        .filter(|w| !w.starts_with("vg"))
        .collect();
    order::sort(&mut all);
    all.dedup();
    all
}

/// Words from the occupation's title and lærefag (trade) and its Vg1 programme areas (area).
pub fn trade_words(occupation: &OccupationSummary) -> TradeWords {
    TradeWords {
        trade: sorted_words(
            std::iter::once(occupation.title.as_str())
                .chain(occupation.programmes.iter().map(String::as_str)),
        ),
        area: sorted_words(occupation.entry_programmes.iter().map(|s| s.name.as_str())),
    }
}

/// How the office's name ties it to the occupation, if it does.
pub fn office_tie(office_name: &str, words_of: &TradeWords) -> Option<Tie> {
    let name = words(office_name);
    let shares = |list: &[String]| name.iter().any(|w| list.iter().any(|t| same_trade(w, t)));
    if shares(&words_of.trade) {
        Some(Tie::Trade)
    } else if shares(&words_of.area) {
        Some(Tie::ProgrammeArea)
    } else {
        None
    }
}

/// Training offices split by the rule: those tied to the occupation (by its trade first, then
/// by its programme area) and the others, each otherwise in the order given.
pub fn split_offices<'a>(
    offices: Vec<&'a Employer>,
    occupation: &OccupationSummary,
) -> (Vec<&'a Employer>, Vec<&'a Employer>) {
    let words = trade_words(occupation);
    let mut tied: Vec<(Tie, &Employer)> = Vec::new();
    let mut others = Vec::new();
    for office in offices {
        match office_tie(&office.name, &words) {
            Some(tie) => tied.push((tie, office)),
            None => others.push(office),
        }
    }
    order::sort_by_key(&mut tied, |(tie, _)| *tie);
    (tied.into_iter().map(|(_, o)| o).collect(), others)
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
            task_count: 0,
            education_levels: vec![EducationLevel::TradeCertificate],
            higher_education_links: 0,
            programmes: vec![lærefag.into()],
            entry_programmes: vec![ProgrammeStep {
                code: "X".into(),
                name: vg1.into(),
            }],
            interests: None,
        }
    }

    fn tied(occupation: &OccupationSummary, office: &str) -> bool {
        office_tie(office, &trade_words(occupation)).is_some()
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
        let words = trade_words(&trade(
            "Elektriker",
            "Elektrikerfaget",
            "Vg1 Elektro og datateknologi",
        ));
        assert_eq!(office_tie("Elektrofag Nordvest", &words), Some(Tie::Trade));
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
    fn a_trade_tie_ranks_before_a_programme_area_tie() {
        let florist = trade(
            "Blomsterdekoratør",
            "Blomsterdekoratørfaget",
            "Vg1 Frisør, blomster, interiør og eksponeringsdesign",
        );
        let words = trade_words(&florist);
        assert_eq!(
            office_tie("Blomsterdekoratørfagets opplæringskontor (Blok)", &words),
            Some(Tie::Trade)
        );
        assert_eq!(
            office_tie("Foreningen Frisørfagets opplæringskontor", &words),
            Some(Tie::ProgrammeArea)
        );
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
