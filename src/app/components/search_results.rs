//! What the explorer shows around its list when a text is searched: programme areas and
//! lærefag the text names, the honest "nearest" note, and for a hit found only in a page's
//! texts the passage that matched.

use crate::app::components::{marked, programme_name, Link};
use crate::app::data::AppData;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::fulltext::{passage, MatchedStems};
use crate::core::model::School;
use leptos::prelude::*;
use std::sync::Arc;

/// Most programme areas listed above the occupations.
const PROGRAMME_HITS: usize = 4;

/// Programme areas and lærefag whose name the query gives, each linking to the occupations
/// it leads to.
#[component]
pub fn ProgrammeHits(catalog: Arc<Catalog>, query: Memo<String>) -> impl IntoView {
    // Drawn again only when the programmes found change, not for every keystroke.
    let found = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            let query = query.get();
            if query.trim().is_empty() {
                return Vec::new();
            }
            catalog
                .find_programmes(&query, PROGRAMME_HITS)
                .into_iter()
                .map(|programme| programme.code.clone())
                .collect::<Vec<String>>()
        })
    };
    move || {
        let found = found.get();
        (!found.is_empty()).then(|| {
            let items = found
                .iter()
                .filter_map(|code| catalog.programme(code))
                .map(|programme| {
                    let count = catalog.programme_occupations(&programme.code).len();
                    let label = programme_name(programme);
                    view! {
                        <li>
                            <Link href=routes::programme(&programme.code)>{label}</Link>
                            " "
                            <span class="note">{strings::programme_leads_to(count)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="programme-hits" aria-labelledby="program-treff">
                    <h2 id="program-treff" class="small-heading">{strings::programmes_heading()}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}

/// Most studies listed above the occupations.
const STUDY_HITS: usize = 5;

/// Higher-education studies whose name, institution or place the query gives ("sykepleie
/// bergen", "ntnu ingeniør"), each linking to its page. The studies are fetched once a text is
/// searched and the occupations' search answers; nothing shows until they are in.
#[component]
pub fn StudyHits(query: Memo<String>) -> impl IntoView {
    let data = AppData::use_context();
    let found = Memo::new(move |_| {
        let query = query.get();
        if query.trim().chars().count() < 3 || !data.search_settled() {
            return Vec::new();
        }
        let Some(Ok(studies)) = data.studies.want() else {
            return Vec::new();
        };
        studies
            .search(&query)
            .into_iter()
            .map(|s| {
                (
                    s.code.clone(),
                    s.name.clone(),
                    studies.institution_name(&s.institution).to_string(),
                    s.place.clone(),
                )
            })
            .collect::<Vec<_>>()
    });
    move || {
        let found = found.get();
        (!found.is_empty()).then(|| {
            let more = found.len().saturating_sub(STUDY_HITS);
            let items = found
                .into_iter()
                .take(STUDY_HITS)
                .map(|(code, name, institution, place)| {
                    let place = place.map(|p| format!(", {p}")).unwrap_or_default();
                    view! {
                        <li>
                            <Link href=routes::study(&code)><span lang="nb">{name}</span></Link>
                            " "
                            <span class="note" lang="nb">{institution}{place}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="programme-hits" aria-labelledby="studie-treff">
                    <h2 id="studie-treff" class="small-heading">{strings::studies_hits_heading()}</h2>
                    <ul>{items}</ul>
                    {(more > 0).then(|| view! { <p class="note">{strings::more_studies(more)}</p> })}
                </section>
            }
        })
    }
}

/// Most schools listed above the occupations.
const SCHOOL_HITS: usize = 5;

/// Upper-secondary schools whose name the query gives ("amalie skram", "katedralskole"),
/// each linking to its page. The schools are fetched once a text is searched and the
/// occupations' search answers; nothing shows until they are in.
#[component]
pub fn SchoolHits(query: Memo<String>) -> impl IntoView {
    let data = AppData::use_context();
    // Drawn again only when the schools found change, not for every keystroke.
    let found = Memo::new(move |_| {
        let query = query.get();
        if query.trim().chars().count() < 3 || !data.search_settled() {
            return Vec::new();
        }
        let Some(Ok(schools)) = data.schools.want() else {
            return Vec::new();
        };
        schools
            .search(&query)
            .into_iter()
            .cloned()
            .collect::<Vec<School>>()
    });
    move || {
        let found = found.get();
        (!found.is_empty()).then(|| {
            let more = found.len().saturating_sub(SCHOOL_HITS);
            let items = found
                .into_iter()
                .take(SCHOOL_HITS)
                .map(|school| {
                    let county = data
                        .loaded()
                        .map(|c| c.region_name(&school.county))
                        .unwrap_or_default();
                    let name = school.name.clone();
                    view! {
                        <li>
                            <Link href=routes::school(&school.orgnr)><span lang="nb">{name}</span></Link>
                            " "
                            <span class="note">{county}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="programme-hits" aria-labelledby="skole-treff">
                    <h2 id="skole-treff" class="small-heading">{strings::schools_hits_heading()}</h2>
                    <ul>{items}</ul>
                    {(more > 0).then(|| view! { <p class="note">{strings::more_schools(more)}</p> })}
                </section>
            }
        })
    }
}

/// The passage of an occupation's page that a query matched, marked; nothing while it loads,
/// when the row was found by name, or when the page cannot be fetched.
#[component]
pub fn MatchedPassage(
    /// The occupation's slug when its row was found only through its texts.
    slug: Signal<Option<String>>,
    stems: Signal<MatchedStems>,
    /// Whether a page's texts may be fetched and prepared now. While someone types, a row
    /// shows a passage only from a page already prepared: fetching and stemming a page per
    /// row would hold up the next keystroke.
    fetch: Signal<bool>,
) -> impl IntoView {
    let data = AppData::use_context();
    // Drawn again only when the passage itself changes, not for every keystroke.
    let found = Memo::new(move |_| {
        let slug = slug.get()?;
        let texts = if fetch.get() {
            data.passage_texts(&slug)?
        } else {
            data.prepared_passage_texts(&slug)?
        };
        stems.with(|stems| passage(&texts, stems))
    });
    move || {
        let found = found.get()?;
        Some(view! {
            <p class="passage" lang="nb">
                <span class="visually-hidden">{strings::passage_label()}</span>
                {marked(&found.text, &found.marks)}
            </p>
        })
    }
}
