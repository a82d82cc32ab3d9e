//! `/studie/<code>`: one higher-education study in Samordna opptak's lists: where it is, its
//! cut-offs per year, quota and round, applicants and places per year, and the occupations it
//! leads to through the written type table.

use crate::app::components::status::{LoadFailed, Loading};
use crate::app::components::studies::{cut_off_cell, DiplomaPoints, StudyCard, StudySources};
use crate::app::components::{fact_row, set_title, with_studies, Link};
use crate::app::data::AppData;
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::model::{QuotaCutOffs, Study, StudyFigures, StudyHistory};
use crate::core::studies::{all_cut_offs, Studies};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn StudyPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("code").unwrap_or_default());
    with_studies(move |catalog, studies| {
        let code: String = code.get().chars().filter(|c| !c.is_whitespace()).collect();
        match studies.study(&code).cloned() {
            Some(study) => {
                set_title(&format!("{} – {}", study.name, study.institution));
                view! { <StudyView catalog=catalog studies=studies.clone() study=study/> }
                    .into_any()
            }
            None => {
                let suggestions = vec![(
                    routes::higher_education_list(),
                    strings::vgs_higher_link().to_string(),
                )];
                view! { <NotFound message=strings::study_not_found() suggestions=suggestions/> }
                    .into_any()
            }
        }
    })
}

#[component]
fn StudyView(catalog: Arc<Catalog>, studies: Arc<Studies>, study: Study) -> impl IntoView {
    let data = AppData::use_context();
    let place = study.place.as_ref().map(|p| match &study.county {
        Some(county) => format!("{p} ({})", catalog.region_name(county)),
        None => p.clone(),
    });
    let kind = studies
        .kind(study.kind.as_deref().unwrap_or_default())
        .cloned();
    let facts = view! {
        <dl class="facts">
            {fact_row(strings::study_institution_label(), Some(studies.institution_name(&study.institution).to_string()), None)}
            {fact_row(
                strings::study_place_label(),
                Some(place.unwrap_or_else(|| strings::study_place_missing().to_string())),
                study.county.as_deref().map(routes::county),
            )}
            {fact_row(strings::study_code_label(), Some(study.code.clone()), None)}
            {fact_row(strings::study_kind_label(), kind.as_ref().map(|k| k.name.clone()), None)}
            {fact_row(
                strings::study_former_names(),
                (!study.former_names.is_empty()).then(|| study.former_names.join(" · ")),
                None,
            )}
        </dl>
    };
    let leads_to = match kind.as_ref().filter(|k| !k.occupations.is_empty()) {
        Some(kind) => {
            let items = kind
                .occupations
                .iter()
                .filter_map(|slug| catalog.occupation(slug))
                .map(|o| (routes::occupation(&o.slug), o.title.clone()))
                .collect::<Vec<_>>()
                .into_iter()
                .map(|(href, title)| {
                    view! { <li><Link href=href><span lang="nb">{title}</span></Link></li> }
                })
                .collect_view();
            view! {
                <p>{strings::leads_to_rule(&kind.name)}</p>
                <p class="note">{strings::studies_rule_note()}</p>
                <ul class="inline-list">{items}</ul>
            }
            .into_any()
        }
        None => view! {
            <p class="missing-note">{strings::leads_to_none(kind.as_ref().map(|k| k.name.as_str()))}</p>
        }
        .into_any(),
    };
    let history = {
        let study = study.clone();
        move || {
            match data.study_history.want() {
            None => view! {
                <Loading label=strings::study_history_loading()/>
            }
            .into_any(),
            Some(Err(error)) => view! {
                <LoadFailed error=error on_retry=Callback::new(move |_| data.study_history.retry())/>
            }
            .into_any(),
            Some(Ok(history)) => {
                let own = history.studies.get(&study.code).cloned().unwrap_or_default();
                view! { <YearTables study=study.clone() history=own/> }.into_any()
            }
        }
        }
    };
    let not_current = (!studies.is_current(&study)).then(|| {
        let last_year = study
            .main_round
            .keys()
            .copied()
            .chain(study.latest.map(|l| l.0))
            .max();
        view! { <p class="missing-note">{strings::study_not_current(last_year)}</p> }
    });
    view! {
        <article class="study">
            <h1 lang="nb">{study.name.clone()}</h1>
            {not_current}
            {facts}
            <ul class="study-list study-summary">
                <StudyCard studies=studies.clone() study=study.clone() named=false/>
            </ul>
            <DiplomaPoints heading_level=2/>
            {history}
            <section aria-labelledby="yrker-fra-studiet">
                <h2 id="yrker-fra-studiet">{strings::leads_to_heading()}</h2>
                {leads_to}
            </section>
            <section class="credit">
                <StudySources/>
            </section>
        </article>
    }
}

/// The cut-offs per year (main round, then supplementary round) and the applicant figures per
/// year, each a small table that fits a phone.
#[component]
fn YearTables(study: Study, history: StudyHistory) -> impl IntoView {
    let years = all_cut_offs(&study, Some(&history));
    let round_table = |round: usize, caption: &'static str| {
        let rows: Vec<(u16, QuotaCutOffs)> = years
            .iter()
            .rev()
            .filter_map(|(year, rounds)| rounds[round].map(|cells| (*year, cells)))
            .collect();
        (!rows.is_empty()).then(|| {
            let rows = rows
                .into_iter()
                .map(|(year, cells)| {
                    view! {
                        <tr>
                            <th scope="row">{year}</th>
                            <td>{cut_off_cell(cells.0)}</td>
                            <td>{cut_off_cell(cells.1)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="figures study-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{strings::col_study_year()}</th>
                            <th scope="col">{strings::quota_first_time()}</th>
                            <th scope="col">{strings::quota_ordinary()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    let count = |value: Option<u32>| {
        value.map_or_else(
            || strings::none_dash().to_string(),
            |v| strings::number(u64::from(v)),
        )
    };
    let figure_rows: Vec<(u16, StudyFigures)> = history
        .figures
        .iter()
        .rev()
        .map(|(y, f)| (*y, *f))
        .collect();
    let figures = if figure_rows.is_empty() {
        view! { <p class="missing-note">{strings::per_place_missing_all()}</p> }.into_any()
    } else {
        let rows = figure_rows
            .into_iter()
            .map(|(year, figures)| {
                view! {
                    <tr>
                        <th scope="row">{year}</th>
                        <td>{count(figures.applicants())}</td>
                        <td>{count(figures.first_choice())}</td>
                        <td>{count(figures.places())}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="figures study-table">
                <caption>{strings::round_main()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::col_study_year()}</th>
                        <th scope="col">{strings::col_applicants()}</th>
                        <th scope="col">{strings::col_first_choice()}</th>
                        <th scope="col">{strings::col_places()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="poenggrenser">
            <h2 id="poenggrenser">{strings::cut_offs_heading()}</h2>
            <p class="note">{strings::cut_off_explained()}</p>
            {round_table(0, strings::round_main())}
            {round_table(1, strings::round_extra())}
        </section>
        <section aria-labelledby="sokere">
            <h2 id="sokere">{strings::applicants_heading()}</h2>
            <p class="note">{strings::applicants_explained()}</p>
            {figures}
        </section>
    }
}
