//! `/fylke`: the county map, coloured by the measure chosen (kept in the URL as `?vis=`), and
//! the same figures as a table.

use crate::app::components::county_map::CountyMapView;
use crate::app::components::figures::SourceNote;
use crate::app::components::Link;
use crate::app::components::{set_title, state_navigation, with_places};
use crate::app::routes;
use crate::app::strings;
use crate::app::strings::number;
use crate::core::catalog::Catalog;
use crate::core::model::{Region, SourceId};
use crate::core::places::{Measure, Places};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

pub fn measure_label(measure: Measure) -> &'static str {
    match measure {
        Measure::Schools => strings::measure_schools(),
        Measure::TrainingOffices => strings::measure_training_offices(),
        Measure::Apprentices => strings::measure_apprentices(),
        Measure::StudyProgrammes => strings::measure_studies(),
    }
}

#[component]
pub fn CountiesPage() -> impl IntoView {
    set_title(strings::nav_regions());
    view! {
        <h1>{strings::counties_heading()}</h1>
        <p class="lead">{strings::counties_lead()}</p>
        {with_places(|catalog, places| view! { <Counties catalog=catalog places=places/> })}
    }
}

#[component]
fn Counties(catalog: Arc<Catalog>, places: Arc<Places>) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let measure = Memo::new(move |_| {
        query
            .read()
            .get("vis")
            .and_then(|k| Measure::from_key(&k))
            .unwrap_or(Measure::Schools)
    });
    let counties: Vec<Region> = catalog.counties_by_name().into_iter().cloned().collect();
    let all: Vec<_> = Measure::ALL
        .into_iter()
        .map(|m| (m, places.measure(m, &counties)))
        .collect();
    let values = {
        let all = all.clone();
        Signal::derive(move || {
            let chosen = measure.get();
            all.iter()
                .find(|(m, _)| *m == chosen)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    };
    let on_change = move |ev| {
        let key = event_target_value(&ev);
        navigate(&routes::counties_view(&key), state_navigation(true));
    };
    let rows = counties
        .iter()
        .map(|county| {
            let cells = all
                .iter()
                .map(|(_, v)| {
                    let text = v.get(&county.code).map(|n| number(*n)).unwrap_or_default();
                    view! { <td class="num">{text}</td> }
                })
                .collect_view();
            let href = routes::county(&county.code);
            let name = county.name.clone();
            view! {
                <tr>
                    <th scope="row"><Link href=href>{name}</Link></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="field measure-field">
            <label for="vis">{strings::map_measure_label()}</label>
            <select id="vis" on:change=on_change prop:value=move || measure.get().key().to_string()>
                {Measure::ALL
                    .into_iter()
                    .map(|m| view! { <option value=m.key() selected=move || measure.get() == m>{measure_label(m)}</option> })
                    .collect_view()}
            </select>
        </div>
        <CountyMapView
            map=places.data().map.clone()
            names=counties.iter().map(|c| (c.code.clone(), c.name.clone())).collect()
            values=values
            measure_label=Signal::derive(move || measure_label(measure.get()).to_string())
        />
        <div class="table-wrap" tabindex="0">
            <table class="figures">
                <caption>{strings::map_table_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::county_column()}</th>
                        {Measure::ALL
                            .into_iter()
                            .map(|m| view! { <th scope="col" class="num">{measure_label(m)}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <SourceNote id=SourceId::PrimarySchools/>
        <SourceNote id=SourceId::TrainingOffices/>
        <SourceNote id=SourceId::StudyProgrammes/>
        <SourceNote id=SourceId::CountyMap/>
    }
}
