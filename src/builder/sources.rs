//! Source records: who published each dataset, under which licence, and the credit line the
//! licence asks for. Facts taken from `PROVENANCE.md` / `PROVENANCE-content.md` beside the raw
//! data; periods of statistics tables are read from the data itself.

use crate::core::model::{Source, SourceId};

/// The sentence data.norge.no asks users of utdanning.no's occupation texts to show.
pub const UTDANNING_NO_CREDIT: &str = "Yrkesbeskrivelsen er basert på åpne data fra utdanning.no og er underlagt Norsk lisens for offentlige data (NLOD). Teksten vedlikeholdes på yrkessiden på utdanning.no.";
const UTDANNING_NO_CREDIT_SHORT: &str =
    "Basert på åpne data fra utdanning.no, Norsk lisens for offentlige data (NLOD).";
const SSB_CREDIT: &str = "Statistisk sentralbyrå";
const CC_BY: &str = "CC BY 4.0";

/// Periods read from the statistics files.
pub struct Periods {
    pub salary: String,
    pub salary_change: String,
    pub employment: String,
    /// The years O*NET's interest scores are dated.
    pub interests: String,
    /// The first and last year of the admission thresholds.
    pub admission: String,
    /// The first and last year of Samordna opptak's cut-offs, and of its applicant figures.
    pub study_cut_offs: String,
    pub study_figures: String,
}

/// Samordna opptak's figures are copied from its published lists; the pages say so, and that the
/// pupil checks samordnaopptak.no, in the page's language.
pub const STUDY_CREDIT: &str = "Samordna opptak (HK-dir)";
const STUDY_LICENCE: &str =
    "ikke oppgitt (offisiell statistikk publisert av HK-dir for allmenn bruk)";

/// Credit for the compiled admission thresholds, with the caution their compiler gives.
pub const ADMISSION_CREDIT: &str = "Poengkart, Avshalom Dayan. Samlet fra fylkeskommunenes publiserte lister; uoffisielt, kan inneholde feil ved innlesing.";

/// The credit O*NET's licence asks for, and the change we made marked.
pub const ONET_CREDIT: &str = "O*NET 30.x Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. Endret av Yrkesutforskeren: gjennomsnitt per STYRK-08-kode gjennom ISCO-08 (kodenøkler fra U.S. Bureau of Labor Statistics og O*NET).";

#[allow(clippy::too_many_arguments)]
fn source(
    id: SourceId,
    publisher: &str,
    dataset: &str,
    period: &str,
    licence: &str,
    credit: &str,
    url: &str,
    retrieved: &str,
) -> Source {
    Source {
        id,
        publisher: publisher.into(),
        dataset: dataset.into(),
        period: period.into(),
        licence: licence.into(),
        credit: credit.into(),
        url: url.into(),
        retrieved: retrieved.into(),
    }
}

pub fn all(periods: &Periods) -> Vec<Source> {
    vec![
        source(
            SourceId::Occupations,
            "utdanning.no (Direktoratet for høyere utdanning og kompetanse)",
            "Yrkesbeskrivelser fra utdanning.no",
            "mars 2026",
            "NLOD",
            UTDANNING_NO_CREDIT,
            "https://utdanning.no/yrker",
            "2026-03-15",
        ),
        source(
            SourceId::Styrk,
            "Statistisk sentralbyrå",
            "Klass 7: Standard for yrkesklassifisering (STYRK-08)",
            "gyldig fra 1. januar 2024",
            CC_BY,
            SSB_CREDIT,
            "https://www.ssb.no/klass/klassifikasjoner/7",
            "2025-10-15",
        ),
        source(
            SourceId::NavCategories,
            "NAV (arbeidsplassen.no)",
            "Yrkeskategorier per STYRK-08-kode",
            "mars 2026",
            "MIT (NAV IT)",
            "NAV",
            "https://arbeidsplassen.nav.no",
            "2026-03-18",
        ),
        source(
            SourceId::Isco,
            "International Labour Organization",
            "ISCO-08 Structure, English titles",
            "2008",
            "ISCO-08 © International Labour Organization 2008, gjenbruk med kreditering",
            "ISCO-08 © International Labour Organization",
            "https://ilostat.ilo.org/methods/concepts-and-definitions/classification-occupation/",
            "2025-02-05",
        ),
        source(
            SourceId::Salary,
            "Statistisk sentralbyrå",
            "Tabell 11418: Yrkesfordelt månedslønn, etter sektor, kjønn og arbeidstid",
            &periods.salary,
            CC_BY,
            SSB_CREDIT,
            "https://www.ssb.no/statbank/table/11418",
            "2026-04-04",
        ),
        source(
            SourceId::SalaryChange,
            "Statistisk sentralbyrå",
            "Tabell 11658: Yrkes-, kjønns- og aldersfordeling for lønnstakere, jobber og lønn",
            &periods.salary_change,
            CC_BY,
            SSB_CREDIT,
            "https://www.ssb.no/statbank/table/11658",
            "2026-04-04",
        ),
        source(
            SourceId::Employment,
            "Statistisk sentralbyrå",
            "Tabell 14437: Ansettelsesform blant sysselsatte, etter yrke og alder, 4. kvartal",
            &periods.employment,
            CC_BY,
            SSB_CREDIT,
            "https://www.ssb.no/statbank/table/14437",
            "2026-04-04",
        ),
        source(
            SourceId::UpperSecondary,
            "utdanning.no (Direktoratet for høyere utdanning og kompetanse)",
            "Lærefag og programområder i videregående opplæring, med yrkene de fører til",
            "oktober 2026",
            "NLOD",
            UTDANNING_NO_CREDIT_SHORT,
            "https://utdanning.no/utdanningsoversikt",
            "2026-10-03",
        ),
        source(
            SourceId::HigherEducation,
            "utdanning.no (Direktoratet for høyere utdanning og kompetanse)",
            "Utdanningsbeskrivelser med relevante yrker",
            "januar 2025",
            "NLOD",
            UTDANNING_NO_CREDIT_SHORT,
            "https://utdanning.no/utdanningsbeskrivelser",
            "2025-01-27",
        ),
        source(
            SourceId::NavJobTitles,
            "NAV (Difis Datahotell-arkiv)",
            "Arbeidssøkere etter yrke: yrkesbetegnelser per STYRK-08-kode",
            "2012–2017",
            "ikke oppgitt i kilden (åpne data fra Datahotell)",
            "NAV",
            "https://data.norge.no",
            "ikke oppgitt",
        ),
        source(
            SourceId::Regions,
            "Statistisk sentralbyrå",
            "Klass 104 Fylkesinndeling og Klass 131 Kommuneinndeling",
            "gyldig fra 1. januar 2024",
            CC_BY,
            SSB_CREDIT,
            "https://www.ssb.no/klass/klassifikasjoner/131",
            "2025-10-15",
        ),
        source(
            SourceId::PrimarySchools,
            "Utdanningsdirektoratet, Nasjonalt skoleregister (via Geonorge)",
            "Grunnskoler: organisasjonsnummer (januar 2026) og antall ansatte (2024)",
            "januar 2026 (ansatte: 2024)",
            "NLOD",
            "Utdanningsdirektoratet (Nasjonalt skoleregister)",
            "https://data-nsr.udir.no",
            "2026-01-03",
        ),
        source(
            SourceId::MunicipalityOrgnr,
            "Statistisk sentralbyrå",
            "Klass korrespondanse 1236: organisasjonsnummer for kommuner",
            "kommuneinndelingen 2020–2023, flyttet til 2024-koder",
            CC_BY,
            SSB_CREDIT,
            "https://www.ssb.no/klass/klassifikasjoner/582/korrespondanser/1236",
            "2023-11-21",
        ),
        source(
            SourceId::TrainingOffices,
            "Utdanningsdirektoratet, Nasjonalt organisasjonsregister (NOR)",
            "Godkjente opplæringskontor med antall lærlinger",
            "oktober 2026",
            "NLOD",
            "Utdanningsdirektoratet (NOR, data fra Vigo)",
            "https://www.udir.no",
            "2026-10-08",
        ),
        source(
            SourceId::LabourShortage,
            "NAV",
            "Bedriftsundersøkelsen 2017: anslått mangel på arbeidskraft per yrke og fylke",
            "2017",
            "ikke oppgitt i kilden (åpne data fra Datahotell)",
            "NAV",
            "https://data.norge.no",
            "ikke oppgitt",
        ),
        source(
            SourceId::StudyProgrammes,
            "utdanning.no (Direktoratet for høyere utdanning og kompetanse)",
            "Studietilbud ved universiteter og høyskoler, per fylke",
            "januar 2025",
            "ikke oppgitt i kilden (katalogtekster fra lærestedene via utdanning.no)",
            "utdanning.no",
            "https://utdanning.no/sok",
            "2025-01-22",
        ),
        source(
            SourceId::CountyMap,
            "Kartverket",
            "Fylker 2024 (forenklet kart)",
            "2024",
            CC_BY,
            "© Kartverket",
            "https://www.kartverket.no",
            "ikke oppgitt",
        ),
        source(
            SourceId::Interests,
            "O*NET (U.S. Department of Labor, Employment and Training Administration)",
            "O*NET 30.x Interests (RIASEC), via ISCO-08 → SOC 2010 (BLS) og SOC 2010 → 2019 (O*NET)",
            &periods.interests,
            CC_BY,
            ONET_CREDIT,
            "https://www.onetcenter.org/database.html",
            "2026-12-02",
        ),
        source(
            SourceId::AdmissionPoints,
            "Fylkeskommunene (Akershus, Buskerud, Innlandet, Oslo, Rogaland, Trøndelag, Vestland), samlet av Poengkart",
            "Poenggrenser for videregående skoler (siste søker som kom inn), med skolene i Udirs skoleregister (NSR)",
            &periods.admission,
            "MIT (Poengkart); poenggrensene er fakta fylkeskommunene har publisert",
            ADMISSION_CREDIT,
            "https://github.com/avshalomd/poengkart",
            "2026-08-22",
        ),
        source(
            SourceId::StudyCutOffs,
            "Samordna opptak (Direktoratet for høyere utdanning og kompetanse, HK-dir)",
            "Poenggrenser per studium, kvote og opptak (siste kvalifiserte søker som fikk tilbud)",
            &periods.study_cut_offs,
            STUDY_LICENCE,
            STUDY_CREDIT,
            "https://www.samordnaopptak.no",
            "2026-04-24",
        ),
        source(
            SourceId::StudyApplicants,
            "Samordna opptak (Direktoratet for høyere utdanning og kompetanse, HK-dir)",
            "Nøkkeltall på programnivå: søkere, førstevalgssøkere og studieplasser i hovedopptaket",
            &periods.study_figures,
            STUDY_LICENCE,
            STUDY_CREDIT,
            "https://www.samordnaopptak.no",
            "2026-04-24",
        ),
    ]
}

/// The source record for NAV's Aa-register extract, when the raw data holds one.
pub fn workplaces(period: &str) -> Source {
    source(
        SourceId::Workplaces,
        "NAV, Aa-registeret (levert til utdanning.no)",
        "Ansatte per virksomhet og stillingstittel",
        period,
        "NLOD",
        "NAV (Aa-registeret)",
        "https://www.nav.no",
        "ikke oppgitt",
    )
}
