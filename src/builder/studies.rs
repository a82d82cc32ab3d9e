//! Samordna opptak's higher-education studies: cut-offs per study code, year, quota and round,
//! and applicants, first-choice applicants and places per year. No file keys utdanning.no's
//! higher-education descriptions to study codes; the written table [`KINDS`] links a
//! description to Samordna opptak's own study type, and only narrow types that name a
//! profession are linked. Odd rows and cells are reported with file and line, never dropped
//! silently.

use crate::builder::csv::CsvTable;
use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_text;
use crate::core::model::{
    CutOff, Institution, OpenAdmission, QuotaCutOffs, Region, Study, StudyData, StudyFigures,
    StudyHistory, StudyHistoryData, StudyKind, SCHEMA_VERSION,
};
use crate::core::text::fold;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every study type of Samordna opptak's lists: (type as the cut-off lists write it, the name
/// the applicant figures give it, utdanning.no descriptions it is linked to). A type is linked
/// only when it names one profession's studies; broad types link nothing.
pub const KINDS: &[(&str, &str, &[&str])] = &[
    (
        "HELSEFAG - SYKEPL",
        "Helsefag - sykepleie",
        &["main_u_sykepleie"],
    ),
    (
        "HELSEFAG - MEDISIN",
        "Helsefag - medisin",
        &["main_u_medisin"],
    ),
    (
        "HELSEFAG - VERNEPL",
        "Helsefag - vernepleie",
        &["main_u_vernepleie"],
    ),
    (
        "HELSEFAG - SOSIONOM",
        "Helsefag - sosionom",
        &["main_u_sosionom"],
    ),
    (
        "HELSEFAG - BARNEVER",
        "Helsefag - barnevern",
        &["main_u_barnevern"],
    ),
    (
        "HELSEFAG - FYSIO",
        "Helsefag - fysioterapi",
        &["main_u_fysioterapi"],
    ),
    (
        "HELSEFAG - ERGO",
        "Helsefag - ergoterapi",
        &["main_u_ergoterapi"],
    ),
    (
        "HELSEFAG - RADIO",
        "Helsefag - radiologi",
        &["main_u_radiografi"],
    ),
    (
        "HELSEFAG - BIOING",
        "Helsefag - bioingeniør",
        &["main_u_bioingeniorfag"],
    ),
    (
        "HELSEFAG - ODONT",
        "Helsefag - odontologi",
        &["main_u_tannlege", "main_u_tannpleie"],
    ),
    (
        "HELSEFAG - FARMASI",
        "Helsefag - farmasi",
        &["main_u_farmasi"],
    ),
    (
        "HELSEFAG - RESEPTAR",
        "Helsefag - reseptar",
        &["main_u_farmasi"],
    ),
    (
        "HELSEFAG - VETERIN",
        "Helsefag - veterinær",
        &["main_u_veterinarutdanning", "main_u_dyrepleie"],
    ),
    (
        "HELSEFAG - ERNÆRING",
        "Helsefag - ernæring",
        &["main_u_ernaring"],
    ),
    (
        "HELSEFAG - ORTOPEDI",
        "Helsefag - ortopedi",
        &["main_u_ortopediingenioer"],
    ),
    (
        "HELSEFAG - AUDIO",
        "Helsefag - audio",
        &["main_u_audiografutdanning"],
    ),
    ("HELSEFAG - ANNET", "Helsefag - annet", &[]),
    (
        "TEKNO - ARKITEKT",
        "Teknologiske fag - arkitekt",
        &["main_u_arkitektur"],
    ),
    (
        "TEKNO - SIVING",
        "Teknologiske fag - sivilingeniør",
        &["main_u_sivilingenior"],
    ),
    (
        "TEKNO - INGENIØR",
        "Teknologiske fag - ingeniør",
        &[
            "main_u_ingenior",
            "main_u_byggingenior",
            "main_u_dataingenior",
            "main_u_elektro",
            "main_u_ingenior_petroleum",
        ],
    ),
    (
        "TEKNO - MARITIM",
        "Teknologiske fag - maritime",
        &["main_u_navigasjon", "main_u_maritime_fag"],
    ),
    ("TEKNO - ANNET", "Teknologiske fag - annet", &[]),
    (
        "LÆRER - BHGLÆRER",
        "Lærerutdanninger - barnehage",
        &["main_u_barnehagelarer"],
    ),
    (
        "LÆRER - GLU1-7",
        "Lærerutdanninger - GLU 1-7",
        &["main_u_grunnskolelarer_1_7"],
    ),
    (
        "LÆRER - GLU5-10",
        "Lærerutdanninger - GLU 5-10",
        &["main_u_grunnskolelarer_5_10"],
    ),
    (
        "LÆRER - LEKTOR 8-13",
        "Lærerutdanninger - lektor",
        &["main_u_lektorutdanning"],
    ),
    (
        "LÆRER - YFAGLÆRER",
        "Lærerutdanninger - yrkesfaglærer",
        &["main_u_yrkesfaglarer"],
    ),
    ("LÆRER - LUPE1-13", "Lærerutdanninger - LUPE 1-13", &[]),
    ("LÆRER - ANNET", "Lærerutdanninger - annet", &[]),
    ("JUS", "Juridiske fag", &["main_u_juss"]),
    ("SAMFUNN", "Samfunnsfag", &[]),
    ("ØKADM", "Økonomisk-administrative fag", &[]),
    ("SPRÅK", "Språkfag", &[]),
    ("HISTORIE", "Historiefag", &[]),
    ("REALFAG", "Realfag", &[]),
    ("ESTETISK", "Estetiske fag", &[]),
    ("IDRETT", "Idrettsfag", &[]),
    ("MEDIEFAG", "Mediefag", &[]),
    ("INFOTEKN", "Informasjonsteknologi", &[]),
    ("PEDFAG", "Pedagogiske fag", &[]),
    ("LANDOGHAVBRUK", "Land- og havbruk", &[]),
    ("REISELIV", "Reiselivsfag", &[]),
];

/// Study places that are not a municipality's name, and the 2024 municipality they lie in.
const PLACE_ALIASES: &[(&str, &str)] = &[
    ("Mo i Rana", "Rana - Raane"),
    ("Guovdageaidnu Kautok", "Guovdageaidnu - Kautokeino"),
];

/// Places that are no place: shown as written, in no county, and not reported.
const NO_PLACE: &[&str] = &["Nettstudium"];

/// Years of main-round cut-offs kept in `studies.json` (the lists show the newest and its
/// change); older years go with the study's history.
const LIST_YEARS: u16 = 3;

const CUT_OFF_PREFIX: &str = "samordna_opptak_poenggrenser_";
const FIGURES_PREFIX: &str = "samordna_opptak_sokere_og_studieplasser_";

pub struct StudyFiles {
    /// One file per year.
    pub cut_offs: Vec<PathBuf>,
    pub figures: PathBuf,
}

impl StudyFiles {
    /// The cut-off lists and the figures file in `dir`.
    pub fn find(dir: &Path) -> BuildResult<Self> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| BuildError::new(dir, format!("cannot read the folder: {e}")))?;
        let mut cut_offs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(CUT_OFF_PREFIX) && n.ends_with(".csv"))
            })
            .collect();
        cut_offs.sort();
        if cut_offs.is_empty() {
            return Err(BuildError::new(
                dir,
                format!("no file named {CUT_OFF_PREFIX}*.csv"),
            ));
        }
        let figures = crate::builder::input::find_file(dir, FIGURES_PREFIX, ".csv")?;
        Ok(StudyFiles { cut_offs, figures })
    }
}

/// The studies, their history, and what the build saw.
pub struct Studies {
    pub data: StudyData,
    pub history: StudyHistoryData,
    /// Study types linked per occupation slug.
    pub kinds_by_occupation: BTreeMap<String, Vec<String>>,
    /// One line per odd row or cell, naming file and line.
    pub warnings: Vec<String>,
    pub rows: usize,
    /// "2020–2025": the years of the cut-off lists; and of the applicant figures.
    pub cut_off_period: String,
    pub figure_period: String,
}

/// "2020–2025" for the years in `years`, "2025" for one; empty for none.
fn period(years: impl Iterator<Item = u16>) -> String {
    let years: BTreeSet<u16> = years.collect();
    match (years.first(), years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(year), _) => year.to_string(),
        _ => String::new(),
    }
}

/// Where a study's name, place and type come from: the newest row that gives them.
#[derive(Default)]
struct Draft {
    names: Vec<(u16, String)>,
    institution: Option<String>,
    full_institution: Option<String>,
    place: Option<(u16, String)>,
    kind: Option<(u16, String)>,
    main_round: BTreeMap<u16, QuotaCutOffs>,
    extra_round: BTreeMap<u16, QuotaCutOffs>,
    figures: BTreeMap<u16, StudyFigures>,
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// "203 162" → "203162"; `None` unless what is left is digits.
fn study_code(cell: &str) -> Option<String> {
    let code: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    (!code.is_empty() && code.chars().all(|c| c.is_ascii_digit())).then_some(code)
}

/// A cut-off cell: `0` and `-1` are states, other values points with at most two decimals.
pub fn parse_cut_off(cell: &str) -> Option<CutOff> {
    match cell.trim() {
        "0" | "0.0" => return Some(CutOff::Open(OpenAdmission::EveryoneQualified)),
        "-1" | "-1.0" => return Some(CutOff::Open(OpenAdmission::NotGiven)),
        _ => {}
    }
    let (whole, fraction) = cell.trim().split_once('.').unwrap_or((cell.trim(), ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 2
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let hundredths: u32 = format!("{fraction:0<2}").parse().ok()?;
    let points = whole.checked_mul(100)?.checked_add(hundredths)?;
    (points > 0).then_some(CutOff::Points(points))
}

/// An applicant-figure cell: digits with spaces as thousands separators; empty is `Ok(None)`.
fn parse_count(cell: &str) -> Result<Option<u32>, ()> {
    let digits: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    digits.parse().map(Some).map_err(|_| ())
}

pub fn read(
    files: &StudyFiles,
    higher_education: &BTreeMap<String, BTreeSet<String>>,
    municipalities: &[Region],
) -> BuildResult<Studies> {
    let mut warnings = Vec::new();
    let mut drafts: BTreeMap<String, Draft> = BTreeMap::new();
    let kind_by_name: BTreeMap<&str, &str> =
        KINDS.iter().map(|(code, name, _)| (*name, *code)).collect();
    let mut rows = 0;

    for path in &files.cut_offs {
        let name = file_name(path);
        let table = CsvTable::parse(path, &read_text(path)?, ';')?;
        let [quota, institution, round, code, study, place, kind, year, points] = table
            .columns(
                path,
                &[
                    "Kvote",
                    "Lærested",
                    "Opptaksrunde",
                    "Studiekode",
                    "Studienavn",
                    "Studiested",
                    "Utdanningsområde og -type",
                    "År",
                    "Poenggrense",
                ],
            )?
            .try_into()
            .map_err(|_| BuildError::new(path, "column look-up"))?;
        for (line, row) in &table.rows {
            rows += 1;
            let at = |message: String| format!("{name} line {line}: {message}");
            let Some(year) = row[year]
                .trim()
                .parse::<u16>()
                .ok()
                .filter(|y| (2000..2100).contains(y))
            else {
                return Err(BuildError::at(
                    path,
                    format!("line {line}"),
                    format!("År \"{}\" is not a year", row[year]),
                ));
            };
            let Some(code) = study_code(&row[code]) else {
                warnings.push(at(format!(
                    "study code \"{}\" is not a number; row skipped",
                    row[code]
                )));
                continue;
            };
            let first_time = match row[quota].trim() {
                "Førstegangsvitnemålskvote" => true,
                "Ordinær kvote" => false,
                other => {
                    warnings.push(at(format!("quota \"{other}\" is neither Førstegangsvitnemålskvote nor Ordinær kvote; row skipped")));
                    continue;
                }
            };
            let main = match row[round].trim() {
                "Hovedopptak" => true,
                "Suppleringsopptak" => false,
                other => {
                    warnings.push(at(format!("round \"{other}\" is neither Hovedopptak nor Suppleringsopptak; row skipped")));
                    continue;
                }
            };
            let Some(cut_off) = parse_cut_off(&row[points]) else {
                warnings.push(at(format!(
                    "Poenggrense \"{}\" is not points, 0 or -1; row skipped",
                    row[points]
                )));
                continue;
            };
            let draft = drafts.entry(code.clone()).or_default();
            draft.names.push((year, row[study].trim().to_string()));
            match &draft.institution {
                Some(known) if known != row[institution].trim() => warnings.push(at(format!(
                    "Lærested \"{}\" differs from \"{known}\" in another row of the same study code; the first is kept",
                    row[institution].trim()
                ))),
                Some(_) => {}
                None => draft.institution = Some(row[institution].trim().to_string()),
            }
            let place_text = row[place].trim();
            if !place_text.is_empty() && draft.place.as_ref().is_none_or(|(y, _)| *y < year) {
                draft.place = Some((year, place_text.to_string()));
            }
            let kind_text = row[kind].trim();
            if KINDS.iter().any(|(known, _, _)| *known == kind_text) {
                if draft.kind.as_ref().is_none_or(|(y, _)| *y < year) {
                    draft.kind = Some((year, kind_text.to_string()));
                }
            } else {
                warnings.push(at(format!(
                    "\"Utdanningsområde og -type\" holds \"{kind_text}\", which is not one of Samordna opptak's study types; the row's cut-off is kept, its type is not used"
                )));
            }
            let rounds = if main {
                &mut draft.main_round
            } else {
                &mut draft.extra_round
            };
            let cell = rounds.entry(year).or_default();
            let slot = if first_time { &mut cell.0 } else { &mut cell.1 };
            match slot {
                Some(previous) if *previous != cut_off => warnings.push(at(format!(
                    "a second cut-off for study {code}, {year}, same quota and round, differs from the first; the first is kept"
                ))),
                Some(_) => {}
                None => *slot = Some(cut_off),
            }
        }
    }

    let path = &files.figures;
    let name = file_name(path);
    let table = CsvTable::parse(path, &read_text(path)?, ';')?;
    let [institution, code, study, place, kind, figure] = table
        .columns(
            path,
            &[
                "Institusjon",
                "Studie- kode",
                "Studienavn",
                "Studie- sted",
                "Utdannings- type",
                "Nøkkeltall",
            ],
        )?
        .try_into()
        .map_err(|_| BuildError::new(path, "column look-up"))?;
    let years: Vec<(usize, u16)> = table
        .header
        .iter()
        .enumerate()
        .filter_map(|(i, h)| h.parse::<u16>().ok().map(|y| (i, y)))
        .collect();
    if years.is_empty() {
        return Err(BuildError::new(path, "the header has no year columns"));
    }
    for (line, row) in &table.rows {
        rows += 1;
        let at = |message: String| format!("{name} line {line}: {message}");
        let Some(code) = study_code(&row[code]) else {
            warnings.push(at(format!(
                "study code \"{}\" is not a number; row skipped",
                row[code]
            )));
            continue;
        };
        let index = match row[figure].trim() {
            "Alle søkere" => 0,
            "Førstevalgssøkere" => 1,
            "Studieplasser" => 2,
            "Førstevalgssøkere (kvinner)" => continue,
            other => {
                warnings.push(at(format!(
                    "Nøkkeltall \"{other}\" is not a figure we know; row skipped"
                )));
                continue;
            }
        };
        let draft = drafts.entry(code.clone()).or_default();
        let newest_here = years
            .iter()
            .filter(|(i, _)| !row[*i].trim().is_empty())
            .map(|(_, y)| *y)
            .max();
        let Some(newest_here) = newest_here else {
            continue;
        };
        draft
            .names
            .push((newest_here, row[study].trim().to_string()));
        draft.full_institution = Some(row[institution].trim().to_string());
        let place_text = row[place].trim();
        if !place_text.is_empty() && draft.place.as_ref().is_none_or(|(y, _)| *y < newest_here) {
            draft.place = Some((newest_here, place_text.to_string()));
        }
        if draft.kind.is_none() {
            match kind_by_name.get(row[kind].trim()) {
                Some(kind) => draft.kind = Some((0, (*kind).to_string())),
                None => warnings.push(at(format!(
                    "\"Utdannings- type\" \"{}\" is not one of Samordna opptak's study types",
                    row[kind].trim()
                ))),
            }
        }
        for (column, year) in &years {
            match parse_count(&row[*column]) {
                Ok(None) => {}
                Ok(Some(count)) => {
                    let cell = draft.figures.entry(*year).or_default();
                    let slot = match index {
                        0 => &mut cell.0,
                        1 => &mut cell.1,
                        _ => &mut cell.2,
                    };
                    *slot = Some(count);
                }
                Err(()) => warnings.push(at(format!(
                    "{year} \"{}\" is not a count; shown as missing",
                    row[*column].trim()
                ))),
            }
        }
    }

    // Full institution names, from the studies present in both files.
    let mut institutions: BTreeMap<String, String> = BTreeMap::new();
    for draft in drafts.values() {
        if let (Some(short), Some(full)) = (&draft.institution, &draft.full_institution) {
            institutions
                .entry(short.clone())
                .or_insert_with(|| full.clone());
        }
    }
    let short_of: BTreeMap<String, String> = institutions
        .iter()
        .map(|(short, full)| (full.clone(), short.clone()))
        .collect();

    let cut_off_period = period(
        drafts
            .values()
            .flat_map(|d| d.main_round.keys().chain(d.extra_round.keys()).copied()),
    );
    let figure_period = period(drafts.values().flat_map(|d| d.figures.keys().copied()));
    let newest_year = drafts
        .values()
        .filter_map(|d| d.main_round.keys().next_back())
        .max()
        .copied()
        .unwrap_or(0);
    let first_list_year = newest_year.saturating_sub(LIST_YEARS - 1);
    let places = PlaceFinder::new(municipalities);
    let mut unplaced: BTreeMap<String, usize> = BTreeMap::new();
    let mut studies = Vec::new();
    let mut history = BTreeMap::new();
    for (code, mut draft) in drafts {
        draft
            .names
            .sort_by_key(|(year, _)| std::cmp::Reverse(*year));
        let Some((_, name)) = draft.names.first().cloned() else {
            continue;
        };
        let mut former_names = Vec::new();
        for (_, other) in &draft.names {
            if *other != name && !former_names.contains(other) {
                former_names.push(other.clone());
            }
        }
        let institution = match (&draft.institution, &draft.full_institution) {
            (Some(short), _) => short.clone(),
            (None, Some(full)) => {
                let short = short_of.get(full).cloned().unwrap_or_else(|| full.clone());
                institutions
                    .entry(short.clone())
                    .or_insert_with(|| full.clone());
                short
            }
            (None, None) => continue,
        };
        let place = draft.place.map(|(_, p)| p);
        let municipality = place.as_deref().and_then(|p| {
            let found = places.find(p);
            if found.is_none() && !NO_PLACE.contains(&p) {
                *unplaced.entry(p.to_string()).or_default() += 1;
            }
            found
        });
        let county = municipality.map(|m| m.chars().take(2).collect());
        let latest = draft
            .figures
            .iter()
            .next_back()
            .map(|(year, figures)| (*year, *figures));
        let older_main_round = draft.main_round.split_off(&first_list_year);
        let (main_round, older_main_round) = (older_main_round, draft.main_round);
        history.insert(
            code.clone(),
            StudyHistory {
                older_main_round,
                extra_round: draft.extra_round,
                figures: draft.figures,
            },
        );
        studies.push(Study {
            code,
            name,
            former_names,
            institution,
            place,
            municipality: municipality.map(str::to_string),
            county,
            kind: draft.kind.map(|(_, k)| k),
            main_round,
            latest,
        });
    }
    for (place, count) in unplaced {
        warnings.push(format!(
            "study place \"{place}\" ({count} studies) is not a 2024 municipality name; shown as written, in no county"
        ));
    }

    // The written table, checked against the descriptions utdanning.no has.
    let mut by_description: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (slug, ids) in higher_education {
        for id in ids {
            by_description
                .entry(id.as_str())
                .or_default()
                .insert(slug.as_str());
        }
    }
    let mut kinds = Vec::new();
    let mut kinds_by_occupation: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (code, name, descriptions) in KINDS {
        let mut occupations = BTreeSet::new();
        for description in *descriptions {
            let Some(slugs) = by_description.get(description) else {
                warnings.push(format!(
                    "the study-type table links {code} to description {description}, which utdanning.no links to no occupation we have; it links nothing"
                ));
                continue;
            };
            occupations.extend(slugs.iter().copied());
        }
        for slug in &occupations {
            kinds_by_occupation
                .entry(slug.to_string())
                .or_default()
                .push(code.to_string());
        }
        kinds.push(StudyKind {
            code: code.to_string(),
            name: name.to_string(),
            descriptions: descriptions.iter().map(|d| d.to_string()).collect(),
            occupations: occupations.into_iter().map(str::to_string).collect(),
        });
    }

    Ok(Studies {
        data: StudyData {
            content_hash: crate::core::integrity::UNSEALED.to_string(),
            schema_version: SCHEMA_VERSION,
            data_version: String::new(),
            kinds,
            institutions: institutions
                .into_iter()
                .map(|(short, name)| Institution { short, name })
                .collect(),
            studies,
        },
        history: StudyHistoryData {
            content_hash: crate::core::integrity::UNSEALED.to_string(),
            schema_version: SCHEMA_VERSION,
            data_version: String::new(),
            studies: history,
        },
        kinds_by_occupation,
        warnings,
        rows,
        cut_off_period,
        figure_period,
    })
}

/// Finds the 2024 municipality a study place names: its official name or one of the name's
/// forms ("Harstad" in "Harstad - Hárstták"), or a place in [`PLACE_ALIASES`].
struct PlaceFinder<'a> {
    by_name: BTreeMap<String, &'a str>,
}

impl<'a> PlaceFinder<'a> {
    fn new(municipalities: &'a [Region]) -> Self {
        let mut by_name = BTreeMap::new();
        for m in municipalities {
            by_name.insert(fold(&m.name), m.code.as_str());
            for form in m.name.split(" - ") {
                by_name.entry(fold(form)).or_insert(m.code.as_str());
            }
        }
        for (alias, official) in PLACE_ALIASES {
            if let Some(code) = by_name.get(&fold(official)).copied() {
                by_name.insert(fold(alias), code);
            }
        }
        PlaceFinder { by_name }
    }

    fn find(&self, place: &str) -> Option<&'a str> {
        self.by_name.get(&fold(place)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_and_minus_one_are_states_not_scores() {
        assert_eq!(
            parse_cut_off("0"),
            Some(CutOff::Open(OpenAdmission::EveryoneQualified))
        );
        assert_eq!(
            parse_cut_off("-1"),
            Some(CutOff::Open(OpenAdmission::NotGiven))
        );
        assert_eq!(parse_cut_off("45.7"), Some(CutOff::Points(4570)));
        assert_eq!(parse_cut_off("107.97"), Some(CutOff::Points(10797)));
        assert_eq!(parse_cut_off("52"), Some(CutOff::Points(5200)));
        assert_eq!(parse_cut_off("-2"), None);
        assert_eq!(parse_cut_off("4,5"), None);
        assert_eq!(parse_cut_off("1.234"), None);
        assert_eq!(parse_cut_off(""), None);
    }

    #[test]
    fn counts_read_spaces_as_thousands_separators() {
        assert_eq!(parse_count("1\u{a0}188"), Ok(Some(1188)));
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("NA"), Err(()));
    }

    #[test]
    fn every_type_is_listed_once() {
        let codes: BTreeSet<&str> = KINDS.iter().map(|k| k.0).collect();
        let names: BTreeSet<&str> = KINDS.iter().map(|k| k.1).collect();
        assert_eq!(codes.len(), KINDS.len());
        assert_eq!(names.len(), KINDS.len());
    }

    fn region(code: &str, name: &str) -> Region {
        Region {
            code: code.into(),
            name: name.into(),
            county: Some(code[..2].into()),
        }
    }

    fn scratch_files(
        cut_offs: &str,
        figures: &str,
    ) -> (crate::builder::scratch::ScratchDir, StudyFiles) {
        let dir = crate::builder::scratch::ScratchDir::new("studies");
        let cut_path = dir.path().join("samordna_opptak_poenggrenser_2025.csv");
        std::fs::write(&cut_path, cut_offs).unwrap();
        let figures_path = dir
            .path()
            .join("samordna_opptak_sokere_og_studieplasser_2021-2026.csv");
        std::fs::write(&figures_path, figures).unwrap();
        let files = StudyFiles::find(dir.path()).unwrap();
        (dir, files)
    }

    const CUT_HEADER: &str = "Kvote;Lærested;Opptaksrunde;Studiekode;Studienavn;Studiested;Utdanningsområde og -type;År;Poenggrense\n";
    const FIGURES_HEADER: &str =
        "Institusjon;Studie- kode;Studienavn;Studie- sted;Utdannings- type;Nøkkeltall;2025;2026\n";

    #[test]
    fn odd_rows_are_reported_with_file_and_line_and_the_rest_is_kept() {
        let cut_offs = format!(
            "{CUT_HEADER}\
             Førstegangsvitnemålskvote;HVL;Hovedopptak;203 162;Sykepleie;Bergen;HELSEFAG - SYKEPL;2025;48.2\n\
             Ordinær kvote;HVL;Hovedopptak;203 162;Sykepleie;Bergen;HELSEFAG - SYKEPL;2025;0\n\
             Ekstrakvote;HVL;Hovedopptak;203 162;Sykepleie;Bergen;HELSEFAG - SYKEPL;2025;50\n\
             Ordinær kvote;USN;Suppleringsopptak;111 222;Friluftsliv;Mo i Rana;Vinje;2025;-1\n"
        );
        let figures = format!(
            "{FIGURES_HEADER}\
             Høgskulen på Vestlandet;203162;Sykepleie;Bergen;Helsefag - sykepleie;Alle søkere;1\u{a0}188;NA\n\
             Høgskulen på Vestlandet;203162;Sykepleie;Bergen;Helsefag - sykepleie;Studieplasser;100;100\n"
        );
        let (_dir, files) = scratch_files(&cut_offs, &figures);
        let links = BTreeMap::from([(
            "sykepleier".to_string(),
            BTreeSet::from(["main_u_sykepleie".to_string()]),
        )]);
        let mut all_links = links.clone();
        for (_, _, descriptions) in KINDS {
            for d in *descriptions {
                all_links
                    .entry(format!("x-{d}"))
                    .or_default()
                    .insert(d.to_string());
            }
        }
        let studies = read(
            &files,
            &all_links,
            &[region("4601", "Bergen"), region("1833", "Rana - Raane")],
        )
        .unwrap();
        let warnings = studies.warnings.join("\n");
        assert!(
            warnings
                .contains("samordna_opptak_poenggrenser_2025.csv line 4: quota \"Ekstrakvote\""),
            "{warnings}"
        );
        assert!(warnings.contains("samordna_opptak_poenggrenser_2025.csv line 5: \"Utdanningsområde og -type\" holds \"Vinje\""), "{warnings}");
        assert!(
            warnings.contains("line 2: 2026 \"NA\" is not a count"),
            "{warnings}"
        );
        let nursing = studies
            .data
            .studies
            .iter()
            .find(|s| s.code == "203162")
            .unwrap();
        assert_eq!(
            nursing.main_round[&2025],
            QuotaCutOffs(
                Some(CutOff::Points(4820)),
                Some(CutOff::Open(OpenAdmission::EveryoneQualified))
            )
        );
        assert_eq!(nursing.county.as_deref(), Some("46"));
        assert_eq!(
            nursing.latest,
            Some((2026, StudyFigures(None, None, Some(100))))
        );
        assert_eq!(
            studies.history.studies["203162"].figures[&2025],
            StudyFigures(Some(1188), None, Some(100))
        );
        let outdoor = studies
            .data
            .studies
            .iter()
            .find(|s| s.code == "111222")
            .unwrap();
        assert_eq!(outdoor.kind, None);
        assert_eq!(outdoor.municipality.as_deref(), Some("1833"));
        assert_eq!(
            studies.history.studies["111222"].extra_round[&2025].1,
            Some(CutOff::Open(OpenAdmission::NotGiven))
        );
        assert_eq!(
            studies.kinds_by_occupation["sykepleier"],
            ["HELSEFAG - SYKEPL"]
        );
        let institutions = &studies.data.institutions;
        assert!(institutions
            .iter()
            .any(|i| i.short == "HVL" && i.name == "Høgskulen på Vestlandet"));
    }

    #[test]
    fn a_year_that_is_not_a_year_stops_the_build_at_its_line() {
        let cut_offs = format!("{CUT_HEADER}Ordinær kvote;HVL;Hovedopptak;203 162;Sykepleie;Bergen;HELSEFAG - SYKEPL;tjuefem;48.2\n");
        let (_dir, files) = scratch_files(&cut_offs, FIGURES_HEADER);
        let err = read(&files, &BTreeMap::new(), &[]).err().unwrap();
        assert_eq!(err.record.as_deref(), Some("line 2"));
        assert!(err
            .to_string()
            .contains("samordna_opptak_poenggrenser_2025.csv"));
    }

    #[test]
    fn a_table_entry_naming_no_known_description_is_reported() {
        let (_dir, files) = scratch_files(CUT_HEADER, FIGURES_HEADER);
        let studies = read(&files, &BTreeMap::new(), &[]).unwrap();
        assert!(studies
            .warnings
            .iter()
            .any(|w| w.contains("HELSEFAG - SYKEPL to description main_u_sykepleie")));
        assert!(studies.kinds_by_occupation.is_empty());
    }
}
