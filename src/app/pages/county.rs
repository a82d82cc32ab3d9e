//! `/fylke/<nr>` and `/kommune/<nr>`: employers by type with their size, training offices,
//! study places and the occupations NAV found hardest to fill there in 2017.

use crate::app::components::later::LaterPart;
use crate::app::components::places::{
    EmployerTable, SchoolsBlock, ShortageTable, StudiesBlock, TrainingOfficesBlock,
};
use crate::app::components::schools::CountySchoolList;
use crate::app::components::studies::CountyStudies;
use crate::app::components::Link;
use crate::app::components::{set_title, with_places};
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::model::{EmployerKind, Region};
use crate::core::places::{Place, Places};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// Rows in the "largest shortage" table.
const SHORTAGE_ROWS: usize = 10;

fn county_suggestions(catalog: &Catalog) -> Vec<(String, String)> {
    catalog
        .counties_by_name()
        .into_iter()
        .map(|c| (routes::county(&c.code), c.name.clone()))
        .collect()
}

#[component]
pub fn CountyPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("nr").unwrap_or_default());
    with_places(move |catalog, places| {
        let code = code.get();
        match catalog.county(&code).cloned() {
            Some(county) => {
                set_title(&county.name);
                view! { <RegionView catalog=catalog places=places region=county/> }.into_any()
            }
            None => view! {
                <NotFound message=strings::county_not_found() suggestions=county_suggestions(&catalog)/>
            }
            .into_any(),
        }
    })
}

#[component]
pub fn MunicipalityPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("nr").unwrap_or_default());
    with_places(move |catalog, places| {
        let code = code.get();
        match catalog.municipality(&code).cloned() {
            Some(municipality) => {
                set_title(&municipality.name);
                view! { <RegionView catalog=catalog places=places region=municipality/> }.into_any()
            }
            None => {
                // Suggest the municipalities of the county the number points at, if any.
                let county = code.get(..2).unwrap_or_default();
                let mut suggestions: Vec<(String, String)> = catalog
                    .municipalities_in(county)
                    .into_iter()
                    .map(|m| (routes::municipality(&m.code), m.name.clone()))
                    .collect();
                if suggestions.is_empty() {
                    suggestions = county_suggestions(&catalog);
                }
                view! { <NotFound message=strings::municipality_not_found() suggestions=suggestions/> }
                    .into_any()
            }
        }
    })
}

#[component]
fn RegionView(catalog: Arc<Catalog>, places: Arc<Places>, region: Region) -> impl IntoView {
    let place = Place::of(&region.code);
    let is_county = place.is_county();
    let county_code = place.county().to_string();
    let owned = |kind| -> Vec<_> {
        places
            .employers_in(place, kind)
            .into_iter()
            .cloned()
            .collect()
    };
    let schools = owned(EmployerKind::PrimarySchool);
    let municipalities = owned(EmployerKind::Municipality);
    let offices = owned(EmployerKind::TrainingOffice);
    let county_name = catalog.region_name(&county_code);
    let subtitle = if is_county {
        strings::county_number(&region.code)
    } else {
        strings::municipality_number(&region.code, &county_name)
    };
    let municipality_list = is_county.then(|| {
        let items = catalog
            .municipalities_in(&region.code)
            .into_iter()
            .map(|m| {
                let href = routes::municipality(&m.code);
                let name = m.name.clone();
                view! { <li><Link href=href>{name}</Link></li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="kommuner">
                <h2 id="kommuner">{strings::municipalities_heading()}</h2>
                <ul class="columns">{items}</ul>
            </section>
        }
    });
    let municipality_employers = if municipalities.is_empty() {
        view! { <p class="missing-note">{strings::no_municipality_orgnr()}</p> }.into_any()
    } else {
        view! {
            <EmployerTable catalog=catalog.clone() employers=municipalities caption=strings::kind_municipality()/>
        }
        .into_any()
    };
    let shortage: Vec<_> = places
        .largest_shortage(&county_code, SHORTAGE_ROWS)
        .into_iter()
        .map(|(row, value)| (row.clone(), Some(value)))
        .collect();
    let shortage_block = if shortage.is_empty() {
        view! { <p class="missing-note">{strings::shortage_none_county()}</p> }.into_any()
    } else {
        view! { <ShortageTable rows=shortage county_name=county_name.clone()/> }.into_any()
    };
    let back_to_county = (!is_county).then(|| {
        let href = routes::county(&county_code);
        let text = strings::open_county(&county_name);
        view! { <p><Link href=href>{text}</Link></p> }
    });
    let offices_caption = if is_county {
        strings::training_offices_approved()
    } else {
        strings::training_offices_located()
    };
    view! {
        <article class="region">
            <h1>{region.name.clone()}</h1>
            <p class="lead">{subtitle}</p>
            {back_to_county}
            <LaterPart class="region-parts">
                {municipality_list}
                {is_county.then(|| view! { <CountySchoolList county=region.code.clone()/> })}
                {is_county.then(|| view! { <CountyStudies county=region.code.clone()/> })}
                <LaterPart class="region-figures">
                <section aria-labelledby="arbeidsgivere">
                    <h2 id="arbeidsgivere">{strings::employers_heading()}</h2>
                    <p class="note">{strings::employers_explained()}</p>
                    <h3>{strings::kind_schools()}</h3>
                    <SchoolsBlock catalog=catalog.clone() schools=schools/>
                    <h3>{strings::kind_municipality()}</h3>
                    {municipality_employers}
                    <h3>{strings::kind_training_offices()}</h3>
                    <TrainingOfficesBlock catalog=catalog.clone() offices=offices caption=offices_caption/>
                </section>
                <section aria-labelledby="studier">
                    <h2 id="studier">{strings::studies_heading()}</h2>
                    <StudiesBlock places=places.clone() code=region.code.clone()/>
                </section>
                <section aria-labelledby="mangel">
                    <h2 id="mangel">{strings::shortage_top(&county_name)}</h2>
                    {shortage_block}
                    <p class="note">{strings::routes_per_place_missing()}</p>
                </section>
                </LaterPart>
            </LaterPart>
        </article>
    }
}
