//! "Hvor i landet" on the occupation page: pick a county, then a municipality, and see what
//! the data links to this occupation there (training offices of its trade, schools by rule,
//! NAV's 2017 shortage), with links out to the services that hold the rest. The choice is kept in the URL (`?fylke=46&kommune=4601`).

use crate::app::components::figures::SourceNote;
use crate::app::components::folded::Folded;
use crate::app::components::places::{EmployerTable, SchoolsBlock, ShortageTable};
use crate::app::components::schools::{county_options, FirstStepSchools};
use crate::app::components::{state_navigation, with_catalog, with_places, ExternalLink, Link};
use crate::app::page_chunks::{self, lazy};
use crate::app::routes;
use crate::app::strings;
use crate::app::strings::number;
use crate::core::catalog::Catalog;
use crate::core::model::{EducationLevel, Employer, EmployerKind, OccupationSummary, SourceId};
use crate::core::order;
use crate::core::places::{Place, Places};
use crate::core::trade_ties::split_offices;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn WhereInCountry(occupation: OccupationSummary) -> impl IntoView {
    view! {
        <section aria-labelledby="hvor-i-landet" class="where-in-country">
            <h2 id="hvor-i-landet" tabindex="-1">{strings::where_heading()}</h2>
            {with_catalog(move |catalog| view! {
                <Picker catalog=catalog occupation=occupation.clone()/>
            })}
        </section>
    }
}

/// Near the top of the occupation page: the county choice of "Hvor i landet" (far below on a
/// phone), which it sets and then shows.
#[component]
pub fn CountyShortcut(catalog: Arc<Catalog>, slug: String) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let chosen = Memo::new(move |_| query.read().get("fylke"));
    let options = county_options(&catalog, chosen);
    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        let path = routes::occupation(&slug);
        let href = if code.is_empty() {
            path
        } else {
            format!("{path}?fylke={code}")
        };
        navigate(&href, state_navigation(true));
        if !code.is_empty() {
            // The section shows the county's figures; the reader is taken there.
            request_animation_frame(|| {
                let heading = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("hvor-i-landet"));
                if let Some(heading) = heading {
                    heading.scroll_into_view();
                    if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                        let _ = heading.focus();
                    }
                }
            });
        }
    };
    view! {
        <div class="field county-shortcut">
            <label for="kort-fylke">{strings::where_shortcut_label()}</label>
            <select id="kort-fylke" on:change=on_change prop:value=move || chosen.get().unwrap_or_default()>
                <option value="">{strings::where_choose_county()}</option>
                {options}
            </select>
        </div>
    }
}

/// The county and municipality choice, and what the region data holds for the place chosen.
/// The region data (`regions.json`) is read only once a place is chosen (or the snapshot has
/// workplace figures), so the occupation page itself goes live without it.
#[component]
fn Picker(catalog: Arc<Catalog>, occupation: OccupationSummary) -> impl IntoView {
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
        let path = routes::occupation(&slug);
        let href = if query.is_empty() {
            path
        } else {
            format!("{path}?{}", query.join("&"))
        };
        navigate(&href, state_navigation(true));
    };
    let go_county = go.clone();
    let county_options = county_options(&catalog, county);
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
        let occupation = occupation.clone();
        move || match county.get() {
            None => view! { <p class="note">{strings::where_pick_first()}</p> }.into_any(),
            Some(county) => {
                let code = municipality.get().unwrap_or(county);
                let occupation = occupation.clone();
                page_chunks::fetch_region_results();
                with_places(move |catalog, places| {
                    let place = RegionResults {
                        catalog,
                        places,
                        occupation: occupation.clone(),
                        code: code.clone(),
                    };
                    lazy(move || page_chunks::region_results(place.clone()))
                })
                .into_any()
            }
        }
    };
    let workplaces = catalog.source(SourceId::Workplaces).is_some().then(|| {
        with_places(move |catalog, places| {
            view! {
                <Workplaces catalog=catalog places=places occupation=occupation.clone()/>
            }
        })
    });
    view! {
        <p>{strings::where_lead()}</p>
        <div class="filters where-picker">
            <div class="field">
                <label for="hvor-fylke">{strings::where_county()}</label>
                <select
                    id="hvor-fylke"
                    on:focus=|_| page_chunks::fetch_region_results()
                    on:change=move |ev| go_county(Some(event_target_value(&ev)), None)
                    prop:value=move || county.get().unwrap_or_default()
                >
                    <option value="">{strings::where_choose_county()}</option>
                    {county_options}
                </select>
            </div>
            <div class="field">
                <label for="hvor-kommune">{strings::where_municipality()}</label>
                <select
                    id="hvor-kommune"
                    disabled=move || county.get().is_none()
                    on:change=move |ev| go(county.get_untracked(), Some(event_target_value(&ev)))
                    prop:value=move || municipality.get().unwrap_or_default()
                >
                    <option value="">{strings::where_all_municipalities()}</option>
                    {municipality_options}
                </select>
            </div>
        </div>
        <div aria-live="polite">{results}</div>
        {workplaces}
    }
}

/// An occupation in one county or municipality (`code`), as [`results`] shows it.
#[derive(Clone)]
pub struct RegionResults {
    pub catalog: Arc<Catalog>,
    pub places: Arc<Places>,
    pub occupation: OccupationSummary,
    pub code: String,
}

/// What the data holds for the occupation in one county or municipality: only the blocks a
/// written rule or the data links to this occupation, each explained once. Shown only once a
/// reader chooses a place, so it lives in a wasm chunk of its own
/// ([`page_chunks::region_results`]).
pub fn results(
    RegionResults {
        catalog,
        places,
        occupation,
        code,
    }: RegionResults,
) -> AnyView {
    let place = Place::of(&code);
    let place_name = catalog.region_name(&code);
    let county_code = place.county().to_string();
    let county_name = catalog.region_name(&county_code);
    let schools = places
        .links(EmployerKind::PrimarySchool, &occupation)
        .then(|| {
            let schools: Vec<_> = places
                .employers_in(place, EmployerKind::PrimarySchool)
                .into_iter()
                .cloned()
                .collect();
            view! {
                <h3>{strings::where_schools_heading(&place_name)}</h3>
                <p class="note">{strings::rule_schools()}</p>
                <SchoolsBlock catalog=catalog.clone() schools=schools/>
            }
        });
    let offices = places
        .links(EmployerKind::TrainingOffice, &occupation)
        .then(|| {
            view! {
                <TrainingOffices
                    catalog=catalog.clone()
                    places=places.clone()
                    occupation=occupation.clone()
                    code=code.clone()
                />
            }
        });
    // The first step: the Vg1 programme areas of the way in, and the county's schools with them.
    let vg1: Vec<_> = occupation
        .entry_programmes
        .iter()
        .filter_map(|step| catalog.programme(&step.code).cloned())
        .collect();
    let upper_secondary = (!vg1.is_empty()).then(|| {
        view! {
            <h3>{strings::where_upper_secondary_heading(&county_name)}</h3>
            <FirstStepSchools vg1=vg1 county=county_code.clone()/>
        }
    });
    let studies = occupation
        .education_levels
        .contains(&EducationLevel::HigherEducation)
        .then(|| {
            let place_name = place_name.clone();
            view! {
                <h3>{strings::where_studies_heading(&place_name)}</h3>
                <p>
                    {strings::studies_not_linked()} " "
                    <ExternalLink href=Catalog::utdanning_url(&occupation.slug)>{strings::studies_for_occupation_link()}</ExternalLink>
                </p>
                <p><Link href=routes::place(&code)>{strings::studies_in_place(&place_name)}</Link></p>
            }
        });
    let shortage: Vec<_> = places
        .shortage_for(&occupation.styrk)
        .into_iter()
        .map(|row| (row.clone(), row.by_county.get(&county_code).copied()))
        .collect();
    let shortage_block = if shortage.is_empty() {
        view! { <p class="missing-note">{strings::where_shortage_none()}</p> }.into_any()
    } else {
        view! { <ShortageTable rows=shortage county_name=county_name.clone()/> }.into_any()
    };
    let page = routes::place(&code);
    view! {
        {offices}
        {schools}
        {upper_secondary}
        {studies}
        <h3>{strings::where_shortage_heading(&county_name)}</h3>
        {shortage_block}
        <p><Link href=page>{strings::open_county(&place_name)}</Link></p>
    }
    .into_any()
}

/// Training offices in the place: those the written rule ties to the occupation's trade shown,
/// seated in the county first; the rest folded away; apprenticeship companies linked out.
#[component]
fn TrainingOffices(
    catalog: Arc<Catalog>,
    places: Arc<Places>,
    occupation: OccupationSummary,
    code: String,
) -> impl IntoView {
    let place = Place::of(&code);
    let place_name = catalog.region_name(&code);
    let mut offices = places.employers_in(place, EmployerKind::TrainingOffice);
    // Seated in the county first, then those only approved for it; largest first within each.
    order::sort_by_key(&mut offices, |o| {
        o.county.as_deref() != Some(place.county())
    });
    let (tied, others) = split_offices(offices, &occupation);
    let tied: Vec<Employer> = tied.into_iter().cloned().collect();
    let others: Vec<Employer> = others.into_iter().cloned().collect();
    // An office based in another county but approved for this one is listed apart, so that
    // nobody takes it for one of the county's own.
    let county_name = catalog.region_name(place.county());
    let (seated, elsewhere): (Vec<Employer>, Vec<Employer>) = tied
        .into_iter()
        .partition(|o| o.county.as_deref() == Some(place.county()));
    let elsewhere_block = (!elsewhere.is_empty()).then(|| {
        view! {
            <p class="note">{strings::offices_seated_elsewhere(&county_name)}</p>
            <EmployerTable catalog=catalog.clone() employers=elsewhere caption=strings::offices_seated_elsewhere_caption(&county_name)/>
        }
    });
    let tied_block = if seated.is_empty() && elsewhere_block.is_none() {
        view! { <p class="missing-note">{strings::offices_none_tied(&place_name)}</p> }.into_any()
    } else {
        view! {
            {(!seated.is_empty()).then(|| view! {
                <EmployerTable catalog=catalog.clone() employers=seated caption=strings::offices_tied_caption(&place_name)/>
            })}
            {elsewhere_block}
        }
        .into_any()
    };
    let others_block = (!others.is_empty()).then(|| {
        let summary = strings::offices_show_all(others.len(), &place_name).into_any();
        let lead = view! { <p class="note">{strings::offices_others()}</p> }.into_any();
        let caption = strings::offices_all_caption(&place_name);
        let catalog = catalog.clone();
        let table = move || {
            view! { <EmployerTable catalog=catalog.clone() employers=others.clone() caption=caption.clone()/> }
        };
        view! { <Folded summary=summary lead=lead body=table class="more-table" kept_without_script=true/> }
    });
    view! {
        <h3>{strings::where_offices_heading(&place_name)}</h3>
        <p class="note">{strings::office_ties_rule()}</p>
        {tied_block}
        {others_block}
        <p>
            {strings::apprentice_companies_missing()} " "
            <ExternalLink href=Catalog::utdanning_url(&occupation.slug)>{strings::apprentice_companies_link()}</ExternalLink>
        </p>
        <SourceNote id=SourceId::TrainingOffices/>
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
    if summary.total == 0 {
        return Some(
            view! {
                <h3>{strings::workplaces_heading()}</h3>
                <p>{strings::workplaces_none()}</p>
                <SourceNote id=SourceId::Workplaces/>
            }
            .into_any(),
        );
    }
    // Employees per county or municipality, each region linking to its page.
    let table = |column: &'static str,
                 counts: &std::collections::BTreeMap<String, u64>,
                 route: fn(&str) -> String| {
        let rows = counts
            .iter()
            .map(|(code, count)| {
                let href = route(code);
                let name = catalog.region_name(code);
                let count = number(*count);
                view! {
                    <tr>
                        <th scope="row" lang="nb"><Link href=href>{name}</Link></th>
                        <td class="num">{count}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="figures">
                    <caption>{strings::workplaces_heading()}</caption>
                    <thead><tr>
                        <th scope="col">{column}</th>
                        <th scope="col" class="num">{strings::employees_column()}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };
    let by_county = table(strings::county_column(), &summary.by_county, routes::county);
    let by_municipality = table(
        strings::where_municipality(),
        &summary.by_municipality,
        routes::municipality,
    );
    Some(
        view! {
            <h3>{strings::workplaces_heading()}</h3>
            <p>{strings::workplaces_total(&number(summary.total))}</p>
            <p class="note">{strings::workplaces_warning()}</p>
            {by_county}
            <details class="more-table">
                <summary>{strings::where_municipality()}</summary>
                {by_municipality}
            </details>
            <SourceNote id=SourceId::Workplaces/>
        }
        .into_any(),
    )
}
