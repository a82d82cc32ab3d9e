//! "Hvor i landet" on the occupation page: pick a county, then a municipality, and see the
//! employers, training offices and study places there for this occupation, with what the data
//! does not hold said plainly. The choice is kept in the URL (`?fylke=46&kommune=4601`).

use crate::app::components::figures::SourceNote;
use crate::app::components::places::{
    SchoolsBlock, ShortageTable, StudiesBlock, TrainingOfficesBlock,
};
use crate::app::components::Link;
use crate::app::components::{state_navigation, with_places};
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::format::thousands;
use crate::core::model::{EmployerKind, OccupationSummary, SourceId};
use crate::core::places::{Place, Places};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

#[component]
pub fn WhereInCountry(occupation: OccupationSummary) -> impl IntoView {
    view! {
        <section aria-labelledby="hvor-i-landet" class="where-in-country">
            <h2 id="hvor-i-landet">{strings::WHERE_HEADING}</h2>
            {with_places(move |catalog, places| view! {
                <Picker catalog=catalog places=places occupation=occupation.clone()/>
            })}
        </section>
    }
}

#[component]
fn Picker(
    catalog: Arc<Catalog>,
    places: Arc<Places>,
    occupation: OccupationSummary,
) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let slug = occupation.slug.clone();
    let county = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            query
                .read()
                .get("fylke")
                .filter(|c| catalog.county(c).is_some())
        })
    };
    let municipality = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            let chosen = query.read().get("kommune")?;
            let county = county.get()?;
            catalog
                .municipality(&chosen)
                .filter(|m| m.county.as_deref() == Some(county.as_str()))
                .map(|m| m.code.clone())
        })
    };
    let go = move |county: Option<String>, municipality: Option<String>| {
        let mut query = Vec::new();
        if let Some(c) = county.filter(|c| !c.is_empty()) {
            query.push(format!("fylke={c}"));
            if let Some(m) = municipality.filter(|m| !m.is_empty()) {
                query.push(format!("kommune={m}"));
            }
        }
        let path = format!("/yrke/{slug}");
        let href = if query.is_empty() {
            path
        } else {
            format!("{path}?{}", query.join("&"))
        };
        navigate(&href, state_navigation(true));
    };
    let go_county = go.clone();
    let county_options = catalog
        .snapshot()
        .counties
        .iter()
        .map(|c| {
            let code = c.code.clone();
            view! {
                <option value=c.code.clone() selected=move || county.get().as_deref() == Some(code.as_str())>
                    {c.name.clone()}
                </option>
            }
        })
        .collect_view();
    let municipality_options = {
        let catalog = catalog.clone();
        move || {
            county.get().map(|c| {
                catalog
                    .municipalities_in(&c)
                    .into_iter()
                    .map(|m| {
                        let code = m.code.clone();
                        view! {
                            <option value=m.code.clone() selected=move || municipality.get().as_deref() == Some(code.as_str())>
                                {m.name.clone()}
                            </option>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let results = {
        let catalog = catalog.clone();
        let places = places.clone();
        let occupation = occupation.clone();
        move || match county.get() {
            None => view! { <p class="note">{strings::WHERE_PICK_FIRST}</p> }.into_any(),
            Some(county) => {
                let code = municipality.get().unwrap_or(county);
                view! {
                    <Results catalog=catalog.clone() places=places.clone() occupation=occupation.clone() code=code/>
                }
                .into_any()
            }
        }
    };
    view! {
        <p>{strings::WHERE_LEAD}</p>
        <div class="filters where-picker">
            <div class="field">
                <label for="hvor-fylke">{strings::WHERE_COUNTY}</label>
                <select
                    id="hvor-fylke"
                    on:change=move |ev| go_county(Some(event_target_value(&ev)), None)
                    prop:value=move || county.get().unwrap_or_default()
                >
                    <option value="">{strings::WHERE_CHOOSE_COUNTY}</option>
                    {county_options}
                </select>
            </div>
            <div class="field">
                <label for="hvor-kommune">{strings::WHERE_MUNICIPALITY}</label>
                <select
                    id="hvor-kommune"
                    disabled=move || county.get().is_none()
                    on:change=move |ev| go(county.get_untracked(), Some(event_target_value(&ev)))
                    prop:value=move || municipality.get().unwrap_or_default()
                >
                    <option value="">{strings::WHERE_ALL_MUNICIPALITIES}</option>
                    {municipality_options}
                </select>
            </div>
        </div>
        <div aria-live="polite">{results}</div>
        <Workplaces catalog=catalog places=places occupation=occupation/>
    }
}

/// What the data holds for the occupation in one county or municipality.
#[component]
fn Results(
    catalog: Arc<Catalog>,
    places: Arc<Places>,
    occupation: OccupationSummary,
    code: String,
) -> impl IntoView {
    let place = Place::of(&code);
    let is_county = place.is_county();
    let place_name = catalog.region_name(&code);
    let county_code = place.county().to_string();
    let county_name = catalog.region_name(&county_code);
    let employers = if places.links(EmployerKind::PrimarySchool, &occupation) {
        let schools: Vec<_> = places
            .employers_in(place, EmployerKind::PrimarySchool)
            .into_iter()
            .cloned()
            .collect();
        view! {
            <p class="note">{strings::RULE_SCHOOLS}</p>
            <SchoolsBlock catalog=catalog.clone() schools=schools/>
        }
        .into_any()
    } else {
        view! { <p class="missing-note">{strings::where_employers_none(&occupation.title)}</p> }
            .into_any()
    };
    let offices = if places.links(EmployerKind::TrainingOffice, &occupation) {
        let offices: Vec<_> = places
            .employers_in(place, EmployerKind::TrainingOffice)
            .into_iter()
            .cloned()
            .collect();
        let caption = if is_county {
            strings::TRAINING_OFFICES_APPROVED
        } else {
            strings::TRAINING_OFFICES_LOCATED
        };
        view! {
            <p class="note">{strings::RULE_TRAINING_OFFICES}</p>
            <TrainingOfficesBlock catalog=catalog.clone() offices=offices caption=caption/>
        }
        .into_any()
    } else {
        view! { <p class="missing-note">{strings::WHERE_TRAINING_NOT_TRADE}</p> }.into_any()
    };
    let shortage: Vec<_> = places
        .shortage_for(&occupation.styrk)
        .into_iter()
        .map(|row| (row.clone(), row.by_county.get(&county_code).copied()))
        .collect();
    let shortage_block = if shortage.is_empty() {
        view! { <p class="missing-note">{strings::WHERE_SHORTAGE_NONE}</p> }.into_any()
    } else {
        view! { <ShortageTable rows=shortage county_name=county_name.clone()/> }.into_any()
    };
    let page = if is_county {
        format!("/fylke/{code}")
    } else {
        format!("/kommune/{code}")
    };
    view! {
        <h3>{strings::EMPLOYERS_HEADING}" – "{place_name.clone()}</h3>
        {employers}
        <h3>{strings::KIND_TRAINING_OFFICES}" – "{place_name.clone()}</h3>
        {offices}
        <h3>{strings::STUDIES_HEADING}" – "{place_name.clone()}</h3>
        <p class="note">{strings::WHERE_STUDIES_NOT_LINKED}</p>
        <StudiesBlock places=places.clone() code=code.clone()/>
        <h3>{strings::SHORTAGE_HEADING}" – "{county_name}</h3>
        {shortage_block}
        <p><Link href=page>{strings::open_county(&place_name)}</Link></p>
    }
}

/// "Bedrifter i hele landet" from the Aa-register, when the snapshot has it.
#[component]
fn Workplaces(
    catalog: Arc<Catalog>,
    places: Arc<Places>,
    occupation: OccupationSummary,
) -> impl IntoView {
    let summary = places.workplaces_for(&occupation.styrk)?;
    // Employees per county or municipality, each region linking to its page.
    let table =
        |column: &'static str, counts: &std::collections::BTreeMap<String, u64>, route: &str| {
            let rows = counts
                .iter()
                .map(|(code, count)| {
                    let href = format!("/{route}/{code}");
                    let name = catalog.region_name(code);
                    let count = thousands(*count);
                    view! {
                        <tr>
                            <th scope="row"><Link href=href>{name}</Link></th>
                            <td class="num">{count}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-wrap">
                    <table class="figures">
                        <caption>{strings::WORKPLACES_HEADING}</caption>
                        <thead><tr>
                            <th scope="col">{column}</th>
                            <th scope="col" class="num">{strings::EMPLOYEES_COLUMN}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        };
    let by_county = table(strings::COUNTY_COLUMN, &summary.by_county, "fylke");
    let by_municipality = table(
        strings::WHERE_MUNICIPALITY,
        &summary.by_municipality,
        "kommune",
    );
    Some(view! {
        <h3>{strings::WORKPLACES_HEADING}</h3>
        <p>{strings::workplaces_total(&thousands(summary.total))}</p>
        <p class="note">{strings::WORKPLACES_WARNING}</p>
        {by_county}
        <details class="more-table">
            <summary>{strings::WHERE_MUNICIPALITY}</summary>
            {by_municipality}
        </details>
        <SourceNote id=SourceId::Workplaces/>
    })
}
