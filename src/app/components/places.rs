//! Blocks shared by the region views and the occupation page's "Hvor i landet": employers,
//! training offices, study places and NAV's 2017 shortage, each with its source.

use crate::app::components::figures::SourceNote;
use crate::app::components::folded::Folded;
use crate::app::components::Link;
use crate::app::routes;
use crate::app::strings;
use crate::app::strings::number;
use crate::core::catalog::Catalog;
use crate::core::format::http_url;
use crate::core::model::{Employer, EmployerKind, Shortage, SourceId, StudyProgramme};
use crate::core::places::{Place, Places};
use leptos::prelude::*;
use std::sync::Arc;

/// Where an employer is: "Tromsø - Romsa - Tromssa, Troms - Romsa - Tromssa", or what the
/// source said when it is not a 2024 municipality.
pub fn employer_location(catalog: &Catalog, employer: &Employer) -> String {
    let county = employer
        .county
        .as_deref()
        .map(|c| catalog.region_name(c))
        .unwrap_or_default();
    match (&employer.municipality, &employer.place) {
        (Some(code), _) => format!("{}, {county}", catalog.region_name(code)),
        (None, Some(place)) => format!("{}, {county}", strings::place_not_placed(place)),
        (None, None) => county,
    }
}

pub fn employer_size(employer: &Employer) -> String {
    match (employer.kind, employer.size) {
        (_, None) => strings::size_unknown().to_string(),
        (EmployerKind::TrainingOffice, Some(n)) => strings::apprentices(&number(n)),
        (_, Some(n)) => strings::employees(&number(n)),
    }
}

pub fn kind_name(kind: EmployerKind) -> &'static str {
    match kind {
        EmployerKind::PrimarySchool => strings::kind_school(),
        EmployerKind::Municipality => strings::kind_municipality_one(),
        EmployerKind::TrainingOffice => strings::kind_training_office(),
    }
}

/// A table of employers with links to their pages.
#[component]
pub fn EmployerTable(
    catalog: Arc<Catalog>,
    employers: Vec<Employer>,
    #[prop(into)] caption: String,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="figures employers">
                // The heading above names the table; the caption is for screen readers.
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::employer_name()}</th>
                        <th scope="col">{strings::employer_location()}</th>
                        <th scope="col" class="num">{strings::employer_size()}</th>
                    </tr>
                </thead>
                <tbody>
                    {employers
                        .into_iter()
                        .map(|e| {
                            let class = if e.size.is_none() { "num missing" } else { "num" };
                            let location = employer_location(&catalog, &e);
                            let size = employer_size(&e);
                            let href = routes::employer(&e.orgnr);
                            view! {
                                <tr>
                                    <th scope="row" lang="nb"><Link href=href>{e.name}</Link></th>
                                    <td>{location}</td>
                                    <td class=class>{size}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Primary schools in a place: a summary line, then the table behind a disclosure.
#[component]
pub fn SchoolsBlock(catalog: Arc<Catalog>, schools: Vec<Employer>) -> impl IntoView {
    if schools.is_empty() {
        return view! { <p class="missing-note">{strings::no_schools()}</p> }.into_any();
    }
    let with_size = schools.iter().filter(|s| s.size.is_some()).count();
    let employees: u64 = schools.iter().filter_map(|s| s.size).sum();
    let summary = strings::schools_summary(schools.len(), with_size, &number(employees));
    view! {
        <p>{summary}</p>
        <Folded
            summary=strings::kind_schools().into_any()
            body=move || view! { <EmployerTable catalog=catalog.clone() employers=schools.clone() caption=strings::kind_schools()/> }
            class="more-table"
            kept_without_script=true
        />
        <SourceNote id=SourceId::PrimarySchools/>
    }
    .into_any()
}

/// Training offices, with what the register does and does not say.
#[component]
pub fn TrainingOfficesBlock(
    catalog: Arc<Catalog>,
    offices: Vec<Employer>,
    caption: &'static str,
) -> impl IntoView {
    let body = if offices.is_empty() {
        view! { <p class="missing-note">{strings::no_training_offices()}</p> }.into_any()
    } else {
        view! { <EmployerTable catalog=catalog employers=offices caption=caption/> }.into_any()
    };
    view! {
        <p class="note">{strings::training_offices_explained()}</p>
        {body}
        <SourceNote id=SourceId::TrainingOffices/>
    }
}

/// Higher-education study programmes in a county or municipality.
#[component]
pub fn StudiesBlock(places: Arc<Places>, code: String) -> impl IntoView {
    let place = Place::of(&code);
    let programmes: Vec<_> = places
        .study_programmes_in(place)
        .into_iter()
        .cloned()
        .collect();
    let institutions: Vec<(String, usize)> = places
        .institutions_in(place)
        .into_iter()
        .map(|(name, count)| (name.to_string(), count))
        .collect();
    let rule = matches!(place, Place::Municipality(_))
        .then(|| view! { <p class="note">{strings::studies_municipality_rule()}</p> });
    if programmes.is_empty() {
        return view! {
            <p class="missing-note">{strings::no_studies()}</p>
            {rule}
            <SourceNote id=SourceId::StudyProgrammes/>
        }
        .into_any();
    }
    let count = programmes.len();
    view! {
        <p>{strings::studies_summary(count, institutions.len())}</p>
        {rule}
        <div class="table-wrap" tabindex="0">
            <table class="figures">
                <caption>{strings::studies_heading()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::institution_column()}</th>
                        <th scope="col" class="num">{strings::programmes_column()}</th>
                    </tr>
                </thead>
                <tbody>
                    {institutions
                        .into_iter()
                        .map(|(name, count)| view! {
                            <tr><th scope="row" lang="nb">{name}</th><td class="num">{count}</td></tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <Folded
            summary=strings::show_programmes(count).into_any()
            body=move || programme_list(programmes.clone())
            class="more-table"
            kept_without_script=true
        />
        <SourceNote id=SourceId::StudyProgrammes/>
    }
    .into_any()
}

/// The study programmes of a place, each linking to utdanning.no where it has an address.
fn programme_list(programmes: Vec<StudyProgramme>) -> impl IntoView {
    view! {
            <ul class="programme-list">
                {programmes
                    .into_iter()
                    .map(|p| {
                        let label = format!("{} – {}, {}", p.title, p.institution, p.place);
                        match p.url.filter(|u| http_url(u).is_some()) {
                            Some(url) => view! {
                                <li lang="nb"><a href=url rel="noopener noreferrer">{label}</a></li>
                            }
                            .into_any(),
                            None => view! { <li lang="nb">{label}</li> }.into_any(),
                        }
                    })
                    .collect_view()}
            </ul>
    }
}

/// NAV's 2017 shortage for some codes in one county, beside the national figure.
#[component]
pub fn ShortageTable(rows: Vec<(Shortage, Option<u64>)>, county_name: String) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="figures">
                <caption class="visually-hidden">{strings::where_shortage_heading(&county_name)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::occupation_group_column()}</th>
                        <th scope="col" class="num">{county_name.clone()}</th>
                        <th scope="col" class="num">{strings::national_column()}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(row, value)| view! {
                            <tr>
                                <th scope="row">
                                    <Link href=routes::styrk_code(&row.styrk)>{format!("{} ", row.styrk)}<span lang="nb">{crate::app::components::breakable(&row.name)}</span></Link>
                                </th>
                                <td class="num">{value.map(number).unwrap_or_else(|| strings::no_cell().to_string())}</td>
                                <td class="num">{number(row.national)}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <p class="note">{strings::shortage_explained()}</p>
        <SourceNote id=SourceId::LabourShortage/>
    }
}
