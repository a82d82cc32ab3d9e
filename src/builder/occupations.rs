//! utdanning.no's occupation descriptions → summaries (for the list) and details (per page).

use crate::builder::error::{BuildError, BuildResult};
use crate::builder::html::{reduce, split_tasks};
use crate::builder::input::read_json;
use crate::core::model::{Block, OccupationDetail, OccupationSummary, Span};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;

const URL_PREFIX: &str = "https://utdanning.no/yrker/beskrivelse/";

#[derive(Deserialize)]
struct RawOccupation {
    title: String,
    id: String,
    url: String,
    #[serde(default)]
    styrk08: Vec<String>,
    description_html: Option<String>,
    #[serde(default)]
    education: Option<String>,
    education_html: Option<String>,
    traits: Option<String>,
    where_work: Option<String>,
}

pub struct Occupations {
    pub summaries: Vec<OccupationSummary>,
    pub details: Vec<OccupationDetail>,
    /// Codes an occupation names that are not in STYRK-08, dropped: (slug, id, code).
    pub unknown_codes: Vec<(String, String, String)>,
}

fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
}

/// Reads the occupations. `known_codes` are the STYRK-08 codes; a code outside it is dropped and
/// reported, because utdanning.no uses placeholders (e.g. "9999") that are not occupations.
pub fn read(path: &Path, known_codes: &HashSet<&str>) -> BuildResult<Occupations> {
    let raw: Vec<RawOccupation> = read_json(path)?;
    if raw.is_empty() {
        return Err(BuildError::new(path, "holds no occupations"));
    }
    let mut seen_slugs: HashMap<String, usize> = HashMap::new();
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    let mut summaries = Vec::with_capacity(raw.len());
    let mut details = Vec::with_capacity(raw.len());
    let mut unknown_codes = Vec::new();
    for (index, occupation) in raw.into_iter().enumerate() {
        let record = format!("[{index}] (id {})", occupation.id);
        let slug = occupation
            .url
            .strip_prefix(URL_PREFIX)
            .filter(|s| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .ok_or_else(|| {
                BuildError::at(
                    path,
                    &record,
                    format!(
                        "url \"{}\" is not an utdanning.no occupation page ({URL_PREFIX}<slug>)",
                        occupation.url
                    ),
                )
            })?
            .to_string();
        let title = occupation.title.trim().to_string();
        if title.is_empty() {
            return Err(BuildError::at(path, &record, "title is empty"));
        }
        if let Some(first) = seen_slugs.insert(slug.clone(), index) {
            return Err(BuildError::at(
                path,
                &record,
                format!("duplicate slug \"{slug}\", first at [{first}]"),
            ));
        }
        if let Some(first) = seen_ids.insert(occupation.id.clone(), index) {
            return Err(BuildError::at(
                path,
                &record,
                format!("duplicate id, first at [{first}]"),
            ));
        }
        let mut codes = Vec::new();
        for code in occupation.styrk08 {
            let code = code.trim().to_string();
            if !known_codes.contains(code.as_str()) {
                unknown_codes.push((slug.clone(), occupation.id.clone(), code));
            } else if !codes.contains(&code) {
                codes.push(code);
            }
        }

        let split = split_tasks(reduce(occupation.description_html.as_deref().unwrap_or("")));
        let education = match occupation.education_html.as_deref() {
            Some(html) => reduce(html),
            None => non_empty(occupation.education)
                .map(|text| vec![Block::Paragraph(vec![Span::plain(text)])])
                .unwrap_or_default(),
        };
        summaries.push(OccupationSummary {
            task_count: split.tasks.len() as u32,
            ..OccupationSummary::named(slug.clone(), title.clone(), codes)
        });
        details.push(OccupationDetail {
            content_hash: crate::core::integrity::UNSEALED.to_string(),
            schema_version: crate::core::model::SCHEMA_VERSION,
            slug,
            title,
            url: occupation.url,
            description: split.description,
            tasks_heading: split.tasks_heading,
            tasks: split.tasks,
            where_work: non_empty(occupation.where_work),
            traits: non_empty(occupation.traits),
            education,
            upper_secondary_routes: Vec::new(),
            study_kinds: Vec::new(),
        });
    }
    summaries.sort_by(|a, b| a.slug.cmp(&b.slug));
    details.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(Occupations {
        summaries,
        details,
        unknown_codes,
    })
}
