//! `/arbeidsgiver/<orgnr>`: one employer with type, location, size, the occupations a written
//! rule links to it (and the rule), and its page in Brønnøysundregistrene.

use crate::app::components::figures::SourceNote;
use crate::app::components::folded::Folded;
use crate::app::components::places::{employer_location, employer_size, kind_name};
use crate::app::components::Link;
use crate::app::components::{set_title, with_places};
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::glance::programme_name;
use crate::core::model::{Employer, EmployerKind, OccupationSummary};
use crate::core::orgnr;
use crate::core::places::Places;
use crate::core::trade_ties::{office_tie, trade_words, Tie};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::collections::BTreeMap;
use std::sync::Arc;

#[component]
pub fn EmployerPage() -> impl IntoView {
    let params = use_params_map();
    let number = Memo::new(move |_| params.read().get("orgnr").unwrap_or_default());
    with_places(move |catalog, places| {
        // "974 760 673" and "974760673" are the same number.
        let number: String = number
            .get()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        match places.employer(&number).cloned() {
            Some(employer) => {
                set_title(&employer.name);
                view! { <EmployerView catalog=catalog places=places.clone() employer=employer/> }
                    .into_any()
            }
            None => {
                let message = if orgnr::is_valid(&number) {
                    strings::employer_not_found()
                } else {
                    strings::orgnr_invalid()
                };
                let suggestions = vec![(
                    routes::COUNTIES.to_string(),
                    strings::nav_regions().to_string(),
                )];
                view! { <NotFound message=message suggestions=suggestions/> }.into_any()
            }
        }
    })
}

#[component]
fn EmployerView(catalog: Arc<Catalog>, places: Arc<Places>, employer: Employer) -> impl IntoView {
    let linked = places.linked_occupations(&employer, catalog.occupations());
    let rule = match employer.kind {
        EmployerKind::PrimarySchool => Some(strings::rule_schools()),
        EmployerKind::TrainingOffice => Some(strings::rule_training_offices()),
        EmployerKind::Municipality => None,
    }
    .filter(|_| places.rule(employer.kind).is_some());
    let linked_block = if linked.is_empty() {
        view! { <p class="missing-note">{strings::linked_none()}</p> }.into_any()
    } else if employer.kind == EmployerKind::TrainingOffice {
        view! {
            {rule.map(|r| view! { <p class="note">{r}</p> })}
            <OfficeOccupations office=employer.name.clone() linked=linked.into_iter().cloned().collect()/>
        }
        .into_any()
    } else {
        view! {
            {rule.map(|r| view! { <p class="note">{r}</p> })}
            <OccupationList occupations=linked.into_iter().cloned().collect()/>
        }
        .into_any()
    };
    // A value written by the page, or (`data`) a name from the registers, which is bokmål.
    let row = |label: &'static str, value: Option<String>, data: bool| {
        let lang = data.then_some("nb");
        value.map(|v| view! { <div><dt>{label}</dt><dd lang=lang>{v}</dd></div> })
    };
    let approved = (!employer.approved_in.is_empty()).then(|| {
        employer
            .approved_in
            .iter()
            .map(|c| catalog.region_name(c))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let register = orgnr::register_url(&employer.orgnr);
    view! {
        <article class="employer">
            <h1 lang="nb">{employer.name.clone()}</h1>
            <dl class="facts">
                {row(strings::employer_type(), Some(kind_name(employer.kind).to_string()), false)}
                {row(strings::employer_orgnr(), Some(orgnr::grouped(&employer.orgnr)), false)}
                {row(strings::employer_location(), Some(employer_location(&catalog, &employer)), false)}
                {row(strings::employer_size(), Some(employer_size(&employer)), false)}
                {row(strings::employer_grades(), employer.grades.as_deref().map(strings::grades), false)}
                {row(strings::employer_ownership(), employer.ownership.clone(), true)}
                {row(strings::employer_other_names(), (!employer.other_names.is_empty()).then(|| employer.other_names.join(", ")), true)}
                {row(strings::employer_approved_in(), approved, false)}
            </dl>
            <p>
                <a href=register rel="noopener noreferrer">{strings::employer_register()}</a>
                {employer.website.clone().filter(|u| crate::core::format::http_url(u).is_some()).map(|url| view! {
                    " · "
                    <a href=url rel="noopener noreferrer">{strings::employer_website()}</a>
                })}
            </p>
            <section aria-labelledby="yrker-her">
                <h2 id="yrker-her">{strings::linked_heading()}</h2>
                {linked_block}
            </section>
            <SourceNote id=employer.source/>
        </article>
    }
}

#[component]
fn OccupationList(occupations: Vec<OccupationSummary>) -> impl IntoView {
    let items = occupations
        .into_iter()
        .map(|o| {
            let href = routes::occupation(&o.slug);
            view! { <li><Link href=href><span lang="nb">{o.title}</span></Link></li> }
        })
        .collect_view();
    view! { <ul class="columns">{items}</ul> }
}

/// A training office's occupations: those its name ties it to first, the other trades grouped
/// by the Vg1 programme area they start in and folded away.
#[component]
fn OfficeOccupations(office: String, linked: Vec<OccupationSummary>) -> impl IntoView {
    // Only a tie by the trade itself is listed: a tie by programme area alone would name
    // every trade of the area, which the groups below show anyway.
    let (tied, others): (Vec<_>, Vec<_>) = linked
        .into_iter()
        .partition(|o| office_tie(&office, &trade_words(o)) == Some(Tie::Trade));
    let mut groups: BTreeMap<String, Vec<OccupationSummary>> = BTreeMap::new();
    for occupation in others {
        let group = occupation
            .entry_programmes
            .first()
            .map(|p| programme_name(&p.name).to_string())
            .unwrap_or_else(|| strings::no_vg1_group().to_string());
        groups.entry(group).or_default().push(occupation);
    }
    let tied_block = if tied.is_empty() {
        view! { <p class="missing-note">{strings::linked_tied_none()}</p> }.into_any()
    } else {
        view! { <OccupationList occupations=tied/> }.into_any()
    };
    let group_views = groups
        .into_iter()
        .map(|(name, occupations)| {
            let summary = strings::group_summary(&name, occupations.len()).into_any();
            let list = move || view! { <OccupationList occupations=occupations.clone()/> };
            view! { <Folded summary=summary body=list class="more-table" kept_without_script=true/> }
        })
        .collect_view();
    view! {
        <h3>{strings::linked_tied_heading()}</h3>
        {tied_block}
        <h3>{strings::linked_others_heading()}</h3>
        <p class="note">{strings::linked_others_explained()}</p>
        {group_views}
    }
}
