//! Upper-secondary schools and the points it took to get in (Poengkart's compilation of the
//! counties' published lists), matched to our programme areas and placed in a municipality.
//!
//! The programme rule, written once: a row's two-letter category is its utdanningsprogram
//! ([`PROGRAMME_OF_CATEGORY`]). A Vg1 row belongs to that programme's Vg1. A later row
//! (Vg2–Vg4; "Vg2/Vg3" counts as Vg2) belongs to the one school programme area at its level,
//! reachable from that Vg1 (påbygg: among the PB areas), whose name's first word starts with
//! the row name's first word or is the start of it, both folded ("Kulde-, varmepumpe-,
//! vent.tekn" → "Vg2 Kulde-, varmepumpe- og ventilasjonsteknikk"; "Hudpleier" → "Vg2 Hudpleie").
//! No area or more than one: the row keeps its name, gets no code, and is reported.
//!
//! What a cell says (Poengkart's `CONTEXT.md`): a number is the points of the last admitted
//! applicant; `open` no waiting list (every qualified applicant got in, not 0 points); `F`
//! filled through the priority right; `D` admission by documentation; `U` not offered.

use crate::builder::error::{BuildError, BuildResult};
use crate::builder::input::read_json;
use crate::core::model::{
    AdmissionCounty, AdmissionState, Programme, Region, School, SchoolData, SchoolProgramme,
    Threshold, SCHEMA_VERSION,
};
use crate::core::orgnr;
use crate::core::text::fold;
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// How far (km) a school on the coast may lie outside the simplified map and still be placed
/// in the nearest municipality of its county.
const NEAR_KM: f64 = 5.0;

/// Poengkart's two-letter categories and the Vg1 programme area each is.
pub const PROGRAMME_OF_CATEGORY: [(&str, &str); 16] = [
    ("BA", "BABAT1----"),
    ("DT", "DTDTH1----"),
    ("EL", "ELELE1----"),
    ("FD", "FDFBI1----"),
    ("HS", "HSHSF1----"),
    ("ID", "IDRET1----"),
    ("IM", "IMIKM1----"),
    ("KD", "KDKDA1----"),
    ("MD", "MDMDD1----"),
    ("MK", "MEMOK1----"),
    ("NA", "NANAB1----"),
    ("RM", "RMRMF1----"),
    ("SR", "SRSSR1----"),
    ("ST", "STUSP1----"),
    ("TP", "TPTIP1----"),
    // Påbygging til generell studiekompetanse: no Vg1 of its own.
    ("PB", ""),
];

pub struct SchoolFiles<'a> {
    /// Poengkart's `schools.json`.
    pub schools: &'a Path,
    /// Kartverket's municipalities (2024) as TopoJSON with plain longitude/latitude arcs.
    pub municipalities_map: &'a Path,
}

/// What was read: the schools (data version not yet set) and the names the rule left unmatched.
#[derive(Debug)]
pub struct Schools {
    pub data: SchoolData,
    /// (level, category, name, rows): every programme name the rule could not match.
    pub unmatched: Vec<(u8, String, String, usize)>,
    pub rows: usize,
    pub matched_rows: usize,
    /// Schools whose position lies in no municipality of the map.
    pub unplaced: Vec<String>,
    /// "2017–2026": the years that hold a figure.
    pub period: String,
}

#[derive(Deserialize)]
struct RawFile {
    counties: Vec<RawCounty>,
    schools: Vec<Value>,
}

#[derive(Deserialize)]
struct RawCounty {
    code: String,
    round: Option<String>,
    #[serde(default)]
    free_choice: bool,
    #[serde(default)]
    round_years: BTreeMap<String, String>,
    #[serde(default)]
    also_publishes: Option<String>,
    #[serde(default)]
    note: Option<String>,
    source: String,
}

#[derive(Deserialize)]
struct RawSchool {
    name: String,
    nsr_name: String,
    orgnr: String,
    fylkesnummer: String,
    address: String,
    lat: f64,
    lon: f64,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    inntaksregion: Option<String>,
    programs: Vec<RawProgramme>,
}

#[derive(Deserialize)]
struct RawProgramme {
    program: String,
    level: String,
    category: String,
    #[serde(default)]
    values: BTreeMap<String, Value>,
    #[serde(default)]
    values_r1: BTreeMap<String, Value>,
    #[serde(default)]
    values_r3: BTreeMap<String, Value>,
}

pub fn read(
    files: &SchoolFiles,
    programmes: &[Programme],
    counties: &[Region],
    municipalities: &[Region],
) -> BuildResult<Schools> {
    let path = files.schools;
    let raw: RawFile = read_json(path)?;
    let county_codes: HashSet<&str> = counties.iter().map(|c| c.code.as_str()).collect();
    let map = MunicipalityMap::read(files.municipalities_map, municipalities)?;
    let rule = ProgrammeRule::new(programmes);

    let mut admission_counties = Vec::new();
    for (index, county) in raw.counties.iter().enumerate() {
        let record = format!("counties[{index}]");
        if !county_codes.contains(county.code.as_str()) {
            return Err(BuildError::at(
                path,
                record,
                format!("county code \"{}\" is not a 2024 county", county.code),
            ));
        }
        let round = |text: &str| {
            text.parse::<u8>()
                .ok()
                .filter(|r| (1..=3).contains(r))
                .ok_or_else(|| {
                    BuildError::at(path, &record, format!("intake round \"{text}\" is not 1–3"))
                })
        };
        let mut round_years = BTreeMap::new();
        for (year, value) in &county.round_years {
            round_years.insert(year_of(path, &record, year)?, round(value)?);
        }
        let other_round = match county.also_publishes.as_deref() {
            Some(text) if text.contains("values_r1") => Some(1),
            Some(text) if text.contains("values_r3") => Some(3),
            Some(text) => {
                return Err(BuildError::at(
                    path,
                    record,
                    format!("another round is named but not which field holds it: \"{text}\""),
                ))
            }
            None => None,
        };
        let note = county.note.as_deref().unwrap_or_default();
        admission_counties.push(AdmissionCounty {
            county: county.code.clone(),
            round: county.round.as_deref().map(round).transpose()?,
            round_years,
            other_round,
            free_choice: county.free_choice,
            public_schools_only: note.contains("municipal schools only"),
            by_intake_region: note.contains("intake region"),
            source_url: county.source.clone(),
        });
    }
    admission_counties.sort_by(|a, b| a.county.cmp(&b.county));
    let published: HashSet<String> = admission_counties
        .iter()
        .map(|c| c.county.clone())
        .collect();

    let mut schools: BTreeMap<String, School> = BTreeMap::new();
    let mut unmatched: BTreeMap<(u8, String, String), usize> = BTreeMap::new();
    let mut unplaced = Vec::new();
    let (mut rows, mut matched_rows) = (0, 0);
    let mut years = Vec::new();
    for (index, value) in raw.schools.into_iter().enumerate() {
        let record = format!("schools[{index}]");
        let school: RawSchool = serde_json::from_value(value)
            .map_err(|e| BuildError::at(path, &record, format!("not a school record: {e}")))?;
        let record = format!("{record} ({})", school.nsr_name);
        if !orgnr::is_valid(&school.orgnr) {
            return Err(BuildError::at(
                path,
                record,
                format!(
                    "organisation number \"{}\" fails the mod-11 check",
                    school.orgnr
                ),
            ));
        }
        if !published.contains(&school.fylkesnummer) {
            return Err(BuildError::at(
                path,
                record,
                format!(
                    "county \"{}\" is not among the file's counties",
                    school.fylkesnummer
                ),
            ));
        }
        let municipality = map
            .locate(school.lon, school.lat)
            .or_else(|| map.nearest_within(school.lon, school.lat, &school.fylkesnummer, NEAR_KM));
        match &municipality {
            Some((_, county)) if *county != school.fylkesnummer => {
                return Err(BuildError::at(
                    path,
                    record,
                    format!(
                        "lies in county {county} on Kartverket's map, not in {}",
                        school.fylkesnummer
                    ),
                ))
            }
            None => unplaced.push(school.nsr_name.clone()),
            _ => {}
        }
        let mut programmes_out = Vec::new();
        for (p, programme) in school.programs.iter().enumerate() {
            let record = format!("{record} programs[{p}] ({})", programme.program);
            let level = level_of(&programme.level).ok_or_else(|| {
                BuildError::at(
                    path,
                    &record,
                    format!("level \"{}\" is not Vg1–Vg4", programme.level),
                )
            })?;
            let code = rule
                .code(&programme.category, level, &programme.program)
                .map_err(|message| BuildError::at(path, &record, message))?;
            rows += 1;
            match &code {
                Some(_) => matched_rows += 1,
                None => {
                    *unmatched
                        .entry((level, programme.category.clone(), programme.program.clone()))
                        .or_insert(0) += 1
                }
            }
            let thresholds = thresholds_of(path, &record, &programme.values)?;
            let other = match programme.values_r1.is_empty() {
                true => thresholds_of(path, &record, &programme.values_r3)?,
                false => thresholds_of(path, &record, &programme.values_r1)?,
            };
            years.extend(thresholds.keys().chain(other.keys()).copied());
            programmes_out.push(SchoolProgramme {
                name: programme.program.trim().to_string(),
                level,
                code,
                thresholds,
                other_round: other,
            });
        }
        let name = school.nsr_name.trim().to_string();
        let short_name = school.name.trim();
        let website = school.url.as_deref().map(str::trim).and_then(|url| {
            let url = if url.contains("://") {
                url.to_string()
            } else {
                format!("https://{url}")
            };
            crate::core::format::http_url(&url).map(str::to_string)
        });
        let entry = School {
            orgnr: school.orgnr.clone(),
            short_name: (short_name != name && !short_name.is_empty())
                .then(|| short_name.to_string()),
            name,
            county: school.fylkesnummer.clone(),
            municipality: municipality.map(|(code, _)| code),
            address: school.address.trim().to_string(),
            website,
            intake_region: school.inntaksregion.clone(),
            programmes: programmes_out,
        };
        if schools.insert(school.orgnr.clone(), entry).is_some() {
            return Err(BuildError::at(
                path,
                record,
                format!("organisation number {} is listed twice", school.orgnr),
            ));
        }
    }
    let period = match (years.iter().min(), years.iter().max()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(year), _) => year.to_string(),
        _ => String::new(),
    };
    Ok(Schools {
        data: SchoolData {
            content_hash: crate::core::integrity::UNSEALED.to_string(),
            schema_version: SCHEMA_VERSION,
            data_version: String::new(),
            counties: admission_counties,
            schools: schools.into_values().collect(),
        },
        unmatched: unmatched
            .into_iter()
            .map(|((level, category, name), count)| (level, category, name, count))
            .collect(),
        rows,
        matched_rows,
        unplaced,
        period,
    })
}

fn level_of(text: &str) -> Option<u8> {
    let level = text.strip_prefix("Vg")?.get(..1)?.parse::<u8>().ok()?;
    (1..=4).contains(&level).then_some(level)
}

fn year_of(path: &Path, record: &str, text: &str) -> BuildResult<u16> {
    text.parse::<u16>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or_else(|| BuildError::at(path, record, format!("\"{text}\" is not a year")))
}

/// One round's cells by year; an empty cell (null) is no figure.
fn thresholds_of(
    path: &Path,
    record: &str,
    values: &BTreeMap<String, Value>,
) -> BuildResult<BTreeMap<u16, Threshold>> {
    let mut out = BTreeMap::new();
    for (year, value) in values {
        let year_number = year_of(path, record, year)?;
        let cell = match value {
            Value::Number(n) => match n.as_f64() {
                Some(points) if (0.0..=70.0).contains(&points) => Threshold::Points(points as f32),
                _ => {
                    return Err(BuildError::at(
                        path,
                        format!("{record} {year}"),
                        format!("{n} points is outside 0–70"),
                    ))
                }
            },
            Value::String(token) => Threshold::Admission(match token.as_str() {
                "open" => AdmissionState::NoWaitingList,
                "F" => AdmissionState::PriorityRight,
                "D" => AdmissionState::Documentation,
                "U" => AdmissionState::NotOffered,
                other => {
                    return Err(BuildError::at(
                        path,
                        format!("{record} {year}"),
                        format!("\"{other}\" is neither points nor a known state (open, F, D, U)"),
                    ))
                }
            }),
            Value::Null => continue,
            other => {
                return Err(BuildError::at(
                    path,
                    format!("{record} {year}"),
                    format!("{other} is neither points nor a known state"),
                ))
            }
        };
        out.insert(year_number, cell);
    }
    Ok(out)
}

/// The written rule (see the module's head) over our programme areas.
pub struct ProgrammeRule<'a> {
    by_code: HashMap<&'a str, &'a Programme>,
    programmes: &'a [Programme],
}

impl<'a> ProgrammeRule<'a> {
    pub fn new(programmes: &'a [Programme]) -> Self {
        ProgrammeRule {
            by_code: programmes.iter().map(|p| (p.code.as_str(), p)).collect(),
            programmes,
        }
    }

    /// The programme area of one row; an unknown category is an error, no match is `None`.
    pub fn code(&self, category: &str, level: u8, name: &str) -> Result<Option<String>, String> {
        let vg1 = PROGRAMME_OF_CATEGORY
            .iter()
            .find(|(c, _)| *c == category)
            .map(|(_, code)| *code)
            .ok_or_else(|| format!("category \"{category}\" is not one of the 16 known"))?;
        if level == 1 {
            return Ok(self.by_code.contains_key(vg1).then(|| vg1.to_string()));
        }
        let candidates: Vec<&Programme> = if vg1.is_empty() {
            self.programmes
                .iter()
                .filter(|p| p.code.starts_with("PB") && is_school_area(p, level))
                .collect()
        } else {
            self.reachable(vg1)
                .into_iter()
                .filter(|p| is_school_area(p, level))
                .collect()
        };
        let Some(word) = first_word(name) else {
            return Ok(None);
        };
        let found: Vec<&&Programme> = candidates
            .iter()
            .filter(|p| {
                first_word(&p.name)
                    .is_some_and(|own| own.starts_with(&word) || word.starts_with(&own))
            })
            .collect();
        Ok(match found.as_slice() {
            [one] => Some(one.code.clone()),
            _ => None,
        })
    }

    /// Every programme area one can reach from `code` through "videre".
    fn reachable(&self, code: &str) -> Vec<&'a Programme> {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut queue = vec![code];
        let mut out = Vec::new();
        while let Some(next) = queue.pop() {
            let Some(programme) = self.by_code.get(next) else {
                continue;
            };
            for step in &programme.next {
                if seen.insert(step.as_str()) {
                    if let Some(found) = self.by_code.get(step.as_str()) {
                        out.push(*found);
                    }
                    queue.push(step.as_str());
                }
            }
        }
        out
    }
}

/// A programme area taught in school at `level` (not a lærefag in a company).
fn is_school_area(programme: &Programme, level: u8) -> bool {
    programme.code.as_bytes().get(5) == Some(&(b'0' + level))
        && !programme.name.contains("opplæring i bedrift")
}

/// The first folded word of a name, after a leading "Vg2"/"Vg 4".
fn first_word(name: &str) -> Option<String> {
    let folded = fold(name);
    let mut words = folded.split(' ').filter(|w| !w.is_empty()).peekable();
    if words.peek().is_some_and(|w| *w == "vg") {
        words.next();
        words.next();
    } else if words
        .peek()
        .is_some_and(|w| w.len() == 3 && w.starts_with("vg"))
    {
        words.next();
    }
    words.next().map(str::to_string)
}

/// Municipality polygons (rings of longitude/latitude), for finding where a school lies.
struct MunicipalityMap {
    /// (municipality code, its county code, rings).
    shapes: Vec<(String, String, Vec<Vec<(f64, f64)>>)>,
}

impl MunicipalityMap {
    fn read(path: &Path, municipalities: &[Region]) -> BuildResult<Self> {
        let topology: Value = read_json(path)?;
        let arcs: Vec<Vec<(f64, f64)>> = topology["arcs"]
            .as_array()
            .ok_or_else(|| BuildError::new(path, "no \"arcs\" array"))?
            .iter()
            .enumerate()
            .map(|(i, arc)| {
                arc.as_array()
                    .map(|points| {
                        points
                            .iter()
                            .filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                            .collect()
                    })
                    .ok_or_else(|| {
                        BuildError::at(path, format!("arcs[{i}]"), "not a list of points")
                    })
            })
            .collect::<BuildResult<_>>()?;
        if topology.get("transform").is_some() {
            return Err(BuildError::new(
                path,
                "quantised TopoJSON (with \"transform\") is not read; plain coordinates expected",
            ));
        }
        let known: HashMap<&str, &str> = municipalities
            .iter()
            .map(|m| (m.code.as_str(), m.county.as_deref().unwrap_or_default()))
            .collect();
        let geometries = topology["objects"]
            .as_object()
            .and_then(|objects| objects.values().next())
            .and_then(|object| object["geometries"].as_array())
            .ok_or_else(|| BuildError::new(path, "no object with \"geometries\""))?;
        let mut shapes = Vec::new();
        for (index, geometry) in geometries.iter().enumerate() {
            let record = format!("geometries[{index}]");
            let code = geometry["properties"]["kommunenummer"]
                .as_str()
                .ok_or_else(|| BuildError::at(path, &record, "no \"kommunenummer\""))?;
            let county = known.get(code).ok_or_else(|| {
                BuildError::at(
                    path,
                    &record,
                    format!("\"{code}\" is not a 2024 municipality"),
                )
            })?;
            let polygons: Vec<&Value> = match geometry["type"].as_str() {
                Some("Polygon") => vec![&geometry["arcs"]],
                Some("MultiPolygon") => geometry["arcs"]
                    .as_array()
                    .map(|p| p.iter().collect())
                    .unwrap_or_default(),
                other => {
                    return Err(BuildError::at(
                        path,
                        record,
                        format!("geometry type {other:?}"),
                    ))
                }
            };
            let mut rings = Vec::new();
            for polygon in polygons {
                for ring in polygon.as_array().into_iter().flatten() {
                    let mut points: Vec<(f64, f64)> = Vec::new();
                    for index in ring.as_array().into_iter().flatten() {
                        let index = index.as_i64().ok_or_else(|| {
                            BuildError::at(path, &record, "an arc index is not a number")
                        })?;
                        let (arc, reversed) = if index < 0 {
                            (!index as usize, true)
                        } else {
                            (index as usize, false)
                        };
                        let mut arc = arcs
                            .get(arc)
                            .ok_or_else(|| BuildError::at(path, &record, format!("no arc {arc}")))?
                            .clone();
                        if reversed {
                            arc.reverse();
                        }
                        if !points.is_empty() {
                            arc.remove(0);
                        }
                        points.extend(arc);
                    }
                    rings.push(points);
                }
            }
            shapes.push((code.to_string(), county.to_string(), rings));
        }
        Ok(MunicipalityMap { shapes })
    }

    /// The municipality and county whose shape holds the point (even-odd over all rings).
    fn locate(&self, lon: f64, lat: f64) -> Option<(String, String)> {
        self.shapes
            .iter()
            .find(|(_, _, rings)| {
                rings
                    .iter()
                    .filter(|ring| ring_contains(ring, lon, lat))
                    .count()
                    % 2
                    == 1
            })
            .map(|(code, county, _)| (code.clone(), county.clone()))
    }

    /// The municipality of `county` whose edge is nearest the point, when within `km`.
    fn nearest_within(
        &self,
        lon: f64,
        lat: f64,
        county: &str,
        km: f64,
    ) -> Option<(String, String)> {
        self.shapes
            .iter()
            .filter(|(_, c, _)| c == county)
            .map(|(code, c, rings)| {
                let distance = rings
                    .iter()
                    .map(|ring| km_to_ring(ring, lon, lat))
                    .fold(f64::INFINITY, f64::min);
                (distance, code, c)
            })
            .filter(|(distance, _, _)| *distance <= km)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, code, c)| (code.clone(), c.clone()))
    }
}

/// Distance in km from a point to a ring's edges (flat-earth, fine at this scale).
fn km_to_ring(ring: &[(f64, f64)], lon: f64, lat: f64) -> f64 {
    let x_km = 111.32 * lat.to_radians().cos();
    let y_km = 110.57;
    let project = |(x, y): (f64, f64)| ((x - lon) * x_km, (y - lat) * y_km);
    ring.windows(2)
        .map(|pair| {
            let (a, b) = (project(pair[0]), project(pair[1]));
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let length = dx * dx + dy * dy;
            let t = if length == 0.0 {
                0.0
            } else {
                (-(a.0 * dx + a.1 * dy) / length).clamp(0.0, 1.0)
            };
            let (px, py) = (a.0 + t * dx, a.1 + t * dy);
            (px * px + py * py).sqrt()
        })
        .fold(f64::INFINITY, f64::min)
}

fn ring_contains(ring: &[(f64, f64)], x: f64, y: f64) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let (xi, yi) = ring[i];
        let (xj, yj) = ring[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(code: &str, name: &str, next: &[&str]) -> Programme {
        Programme {
            code: code.into(),
            name: name.into(),
            next: next.iter().map(|s| s.to_string()).collect(),
            cross: vec![],
            occupations: vec![],
            qualification: None,
        }
    }

    fn areas() -> Vec<Programme> {
        vec![
            area(
                "ELELE1----",
                "Vg1 Elektro og datateknologi",
                &["ELKVV2----", "ELELE2----", "ELDEL2----"],
            ),
            area(
                "ELKVV2----",
                "Vg2 Kulde-, varmepumpe- og ventilasjonsteknikk",
                &[],
            ),
            area("ELELE2----", "Vg2 Elenergi og ekom", &["ELELE3----"]),
            area("ELELE3----", "Elektrikerfaget (opplæring i bedrift)", &[]),
            area("ELDEL2----", "Vg2 Datateknologi og elektronikk", &[]),
            area(
                "HSHSF1----",
                "Vg1 Helse- og oppvekstfag",
                &["HSHUD2----", "HSHEA2----", "HSHES2----"],
            ),
            area("HSHUD2----", "Vg2 Hudpleie", &[]),
            area("HSHEA2----", "Vg2 Helsearbeiderfag", &[]),
            area("HSHES2----", "Vg2 Helseservicefag", &[]),
            area(
                "PBPBY3----",
                "Vg3 Påbygging til generell studiekompetanse",
                &[],
            ),
        ]
    }

    #[test]
    fn a_vg1_row_is_its_category_and_a_later_row_is_matched_by_its_first_word() {
        let programmes = areas();
        let rule = ProgrammeRule::new(&programmes);
        let code = |category, level, name| rule.code(category, level, name).unwrap();
        assert_eq!(
            code("EL", 1, "Elektrofag, SK 3-årig").as_deref(),
            Some("ELELE1----")
        );
        assert_eq!(
            code("EL", 2, "Kulde-, varmepumpe-, vent.tekn").as_deref(),
            Some("ELKVV2----")
        );
        assert_eq!(code("EL", 2, "Elenergi").as_deref(), Some("ELELE2----"));
        assert_eq!(
            code("EL", 2, "Data og elektronikk").as_deref(),
            Some("ELDEL2----")
        );
        assert_eq!(code("HS", 2, "Hudpleier").as_deref(), Some("HSHUD2----"));
        assert_eq!(
            code("HS", 2, "Helsearbeiderfag, SK 3 år").as_deref(),
            Some("HSHEA2----")
        );
        assert_eq!(
            code("PB", 3, "Påbygg. gen. studiekompetanse").as_deref(),
            Some("PBPBY3----")
        );
        // A lærefag is not a school programme; a name with no area stays unmatched.
        assert_eq!(code("EL", 3, "Elektrikerfaget"), None);
        assert_eq!(code("HS", 2, "Ambulansefag"), None);
        assert!(rule.code("XX", 1, "Noe").is_err());
    }

    #[test]
    fn a_point_is_found_inside_a_ring_and_not_outside() {
        let square = vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)];
        assert!(ring_contains(&square, 1.0, 1.0));
        assert!(!ring_contains(&square, 3.0, 1.0));
    }
}
