//! Higher-education studies, shared by occupation pages ("Studier som fører hit"), county
//! pages and `/studie/<code>`: one study's card with its latest cut-offs, change and applicants
//! per place, a folded list, the sources, and "Hva trenger jeg?".

use crate::app::components::figures::SourceNote;
use crate::app::components::folded::Folded;
use crate::app::components::schools::{county_choice, CountyPicker, GradesField};
use crate::app::components::{with_studies, Link};
use crate::app::data::AppData;
use crate::app::routes;
use crate::app::strings;
use crate::core::model::{CutOff, Quota, SourceId, Study};
use crate::core::order;
use crate::core::schools::grade_average;
use crate::core::studies::{
    county_first, cut_off_change, first_choice_per_place, latest_cut_off, school_points,
    study_reach, Studies, StudyReach,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Studies shown before a list folds.
const SHOWN_FIRST: usize = 5;
/// Studies of the rest of the country shown before they fold, when a county's come first.
const SHOWN_AFTER_COUNTY: usize = 3;

/// The pupil's school points from "Hva trenger jeg?", in hundredths, when what they typed
/// reads as grades.
pub fn diploma_points() -> Signal<Option<u32>> {
    let grades = AppData::use_context().diploma_grades;
    Signal::derive(move || grade_average(&grades.get()).ok().map(school_points))
}

/// "Hva trenger jeg?": the pupil's average (or grades) → school points, the two quotas in two
/// sentences, and why a Year 10 average is only a guess. Nothing is stored or sent.
#[component]
pub fn DiplomaPoints(
    /// The heading's level: 4 inside an occupation's "Studier som fører hit", else 3 or 2.
    #[prop(default = 4)]
    heading_level: u8,
) -> impl IntoView {
    let grades = AppData::use_context().diploma_grades;
    let answer = Signal::derive(move || match grade_average(&grades.get()) {
        Ok(average) => Some(strings::school_points_result(school_points(average))),
        Err(error) => strings::grades_error(error).map(str::to_string),
    });
    view! {
        <div class="calculator">
            {match heading_level {
                2 => view! { <h2>{strings::what_do_i_need()}</h2> }.into_any(),
                3 => view! { <h3>{strings::what_do_i_need()}</h3> }.into_any(),
                _ => view! { <h4>{strings::what_do_i_need()}</h4> }.into_any(),
            }}
            <GradesField
                id="vitnemal"
                grades=grades
                label=strings::diploma_label()
                hint=strings::diploma_hint()
                answer=answer
            />
            <p class="note">{strings::quota_rule_first_time()} " " {strings::quota_rule_ordinary()}</p>
            <p class="note">{strings::tenth_grade_note()} " " {strings::calculator_private()}</p>
        </div>
    }
}

/// One quota's latest main-round cut-off with its year and change: "Førstegangsvitnemål:
/// 46,8 poeng (hovedopptaket 2025), opp 1,6 poeng fra 2024".
fn quota_line(study: &Study, quota: Quota) -> String {
    let label = match quota {
        Quota::FirstTime => strings::quota_first_time(),
        Quota::Ordinary => strings::quota_ordinary(),
    };
    match latest_cut_off(study, quota) {
        None => format!("{label}: {}", strings::cut_off_missing()),
        Some((year, cut_off)) => {
            let change = cut_off_change(study, quota)
                .map(|c| format!(", {}", strings::cut_off_change_text(c, year - 1)))
                .unwrap_or_default();
            format!(
                "{label}: {} {}{change}",
                strings::cut_off_text(cut_off),
                strings::main_round_year(year)
            )
        }
    }
}

/// Whether the pupil's school points reach a study's latest first-time quota cut-off.
fn reach_of(study: &Study, points: u32) -> Option<(u16, StudyReach)> {
    latest_cut_off(study, Quota::FirstTime)
        .map(|(year, cut_off)| (year, study_reach(points, cut_off)))
}

/// One study: its name to its page, institution and place, both quotas' latest cut-offs,
/// applicants per place, and the mark for the pupil's points.
#[component]
pub fn StudyCard(
    studies: Arc<Studies>,
    study: Study,
    /// Whether the card names the study with a link to its page (not on that page itself).
    #[prop(default = true)]
    named: bool,
) -> impl IntoView {
    let points = diploma_points();
    let institution = studies.institution_name(&study.institution).to_string();
    let place = study
        .place
        .clone()
        .map(|p| format!(", {p}"))
        .unwrap_or_default();
    let per_place = study
        .latest
        .map(|(year, figures)| match first_choice_per_place(&figures) {
            Some(tenths) => strings::per_place_text(tenths, year),
            None => strings::per_place_missing(year),
        });
    let mark = {
        let study = study.clone();
        move || {
            let (year, reach) = reach_of(&study, points.get()?)?;
            let class = match reach {
                StudyReach::Enough | StudyReach::EveryoneIn => "reach reach-yes",
                StudyReach::Below => "reach reach-no",
                StudyReach::Unknown => "reach",
            };
            Some(view! { <p class=class>{strings::study_reach_text(reach, year)}</p> })
        }
    };
    let href = routes::study(&study.code);
    let name = study.name.clone();
    let first_time = quota_line(&study, Quota::FirstTime);
    let ordinary = quota_line(&study, Quota::Ordinary);
    let heading = named.then(|| {
        view! {
            <Link href=href><span lang="nb">{name}</span></Link>
            <p class="note"><span lang="nb">{institution}{place}</span></p>
        }
    });
    view! {
        <li class="study-card">
            {heading}
            <p>{first_time}</p>
            <p>{ordinary}</p>
            {per_place.map(|text| view! { <p class="note">{text}</p> })}
            {mark}
        </li>
    }
}

/// Studies as cards: the first `shown`, the rest folded behind "n studier til".
#[component]
pub fn StudyList(studies: Arc<Studies>, list: Vec<Study>, shown: usize) -> impl IntoView {
    let rest: Vec<Study> = list.iter().skip(shown).cloned().collect();
    let first = list
        .into_iter()
        .take(shown)
        .map(|study| view! { <StudyCard studies=studies.clone() study=study/> })
        .collect_view();
    let folded = (!rest.is_empty()).then(|| {
        let count = rest.len();
        let cards = move || {
            let cards = rest
                .iter()
                .map(|study| view! { <StudyCard studies=studies.clone() study=study.clone()/> })
                .collect_view();
            view! { <ul class="study-list">{cards}</ul> }
        };
        view! {
            <Folded summary=strings::more_studies(count).into_any() body=cards class="more-studies" kept_without_script=true/>
        }
    });
    view! {
        <ul class="study-list">{first}</ul>
        {folded}
    }
}

/// How many of the studies the pupil's school points alone reach, once they have typed them.
#[component]
fn ReachSummary(list: Vec<Study>) -> impl IntoView {
    let points = diploma_points();
    move || {
        let points = points.get()?;
        let with_cut_off: Vec<StudyReach> = list
            .iter()
            .filter_map(|s| reach_of(s, points))
            .map(|(_, reach)| reach)
            .collect();
        let enough = with_cut_off
            .iter()
            .filter(|r| matches!(r, StudyReach::Enough | StudyReach::EveryoneIn))
            .count();
        Some(view! {
            <p class="points-answer">{strings::reach_summary(enough, with_cut_off.len())}</p>
            <p class="note">{strings::reach_rule()}</p>
        })
    }
}

/// Where the figures come from, and the caution to check before applying.
#[component]
pub fn StudySources() -> impl IntoView {
    view! {
        <p class="note">{strings::studies_caution()}</p>
        <SourceNote id=SourceId::StudyCutOffs/>
        <SourceNote id=SourceId::StudyApplicants/>
    }
}

/// "Studier som fører hit" on an occupation page: the rule in one sentence, a county choice,
/// "Hva trenger jeg?", then the studies of the chosen county and of the rest of the country.
#[component]
pub fn OccupationStudies(kinds: Vec<String>) -> impl IntoView {
    with_studies(move |catalog, studies| {
        let names: Vec<String> = kinds
            .iter()
            .map(|code| studies.kind(code).map_or(code.clone(), |k| k.name.clone()))
            .collect();
        let all: Vec<Study> = studies.of_kinds(&kinds).into_iter().cloned().collect();
        let (county, choose) = county_choice(catalog.clone());
        let lists = {
            let catalog = catalog.clone();
            let studies = studies.clone();
            let all = all.clone();
            move || {
                let chosen = county.get();
                let (near, rest) = county_first(all.iter().collect(), chosen.as_deref());
                let near: Vec<Study> = near.into_iter().cloned().collect();
                let rest: Vec<Study> = rest.into_iter().cloned().collect();
                let county_part = chosen.map(|code| {
                    let name = catalog.region_name(&code);
                    let list = if near.is_empty() {
                        view! { <p class="missing-note">{strings::studies_none_in_county(&name)}</p> }.into_any()
                    } else {
                        view! { <StudyList studies=studies.clone() list=near shown=SHOWN_FIRST/> }.into_any()
                    };
                    view! {
                        <h4>{strings::studies_in_county(&name)}</h4>
                        {list}
                    }
                });
                let (rest_heading, shown) = if county_part.is_some() {
                    (strings::studies_rest_of_country(), SHOWN_AFTER_COUNTY)
                } else {
                    (strings::studies_whole_country(), SHOWN_FIRST)
                };
                view! {
                    {county_part}
                    <h4>{rest_heading}</h4>
                    <StudyList studies=studies.clone() list=rest shown=shown/>
                }
            }
        };
        view! {
            <section class="studies" aria-labelledby="studier">
                <h3 id="studier">{strings::studies_leading_here()}</h3>
                <p>{strings::studies_kind_sentence(&names)}</p>
                <p class="note">{strings::studies_rule_note()} " " {strings::cut_off_explained()}</p>
                <CountyPicker id="studie-fylke" catalog=catalog.clone() county=county choose=choose/>
                <DiplomaPoints/>
                <ReachSummary list=all.clone()/>
                <div aria-live="polite">{lists}</div>
                <StudySources/>
            </section>
        }
    })
}

/// A county's studies in Samordna opptak's lists, on the county page.
#[component]
pub fn CountyStudies(county: String) -> impl IntoView {
    with_studies(move |catalog, studies| {
        let name = catalog.region_name(&county);
        let list: Vec<Study> = studies.in_county(&county).into_iter().cloned().collect();
        let body = if list.is_empty() {
            view! { <p class="missing-note">{strings::county_studies_none(&name)}</p> }.into_any()
        } else {
            let institutions = {
                let mut names: Vec<&str> = list.iter().map(|s| s.institution.as_str()).collect();
                order::sort(&mut names);
                names.dedup();
                names.len()
            };
            view! {
                <p>{strings::county_studies_summary(list.len(), institutions)}</p>
                <DiplomaPoints heading_level=3/>
                <ReachSummary list=list.clone()/>
                <StudyList studies=studies.clone() list=list shown=SHOWN_FIRST/>
            }
            .into_any()
        };
        view! {
            <section class="studies" aria-labelledby="fylke-studier">
                <h2 id="fylke-studier">{strings::county_studies_heading(&name)}</h2>
                <p class="note">{strings::cut_off_explained()}</p>
                {body}
                <StudySources/>
            </section>
        }
    })
}

/// A cut-off cell of a table: points, or what the state means; "–" for none.
pub fn cut_off_cell(cut_off: Option<CutOff>) -> String {
    cut_off.map_or_else(|| strings::none_dash().to_string(), strings::cut_off_text)
}
