//! The county map: one SVG path per county, coloured by a measure in up to five classes, each
//! county focusable and named for screen readers, with a legend. Pages put the same figures in
//! a table beside it.

use crate::app::routes;
use crate::app::strings;
use crate::app::strings::number;
use crate::core::model::CountyMap;
use crate::core::places::{class_bounds, class_of};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::collections::BTreeMap;
use std::sync::Arc;

const CLASSES: usize = 5;

#[component]
pub fn CountyMapView(
    map: CountyMap,
    /// County names by code.
    names: BTreeMap<String, String>,
    /// Value per county code; counties without one are drawn as "no data".
    #[prop(into)]
    values: Signal<BTreeMap<String, u64>>,
    #[prop(into)] measure_label: Signal<String>,
    /// The county to outline, if any.
    #[prop(optional, into)]
    selected: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let navigate = use_navigate();
    let active = RwSignal::new(None::<String>);
    let bounds = Memo::new(move |_| {
        values.with(|v| class_bounds(&v.values().copied().collect::<Vec<_>>(), CLASSES))
    });
    let label_for = {
        let names = Arc::new(names);
        move |code: &str| {
            let name = names.get(code).cloned().unwrap_or_else(|| code.to_string());
            let value = values.with(|v| v.get(code).copied());
            strings::map_county_label(
                &name,
                &measure_label.get(),
                &value
                    .map(number)
                    .unwrap_or_else(|| strings::no_cell().to_string()),
            )
        }
    };
    let shapes = map
        .counties
        .into_iter()
        .map(|shape| {
            let code = shape.county.clone();
            let href = routes::county(&code);
            let class = {
                let code = code.clone();
                move || {
                    let value = values.with(|v| v.get(&code).copied());
                    let mut class = match value {
                        Some(v) => format!("county c{}", class_of(v, &bounds.get())),
                        None => "county none".to_string(),
                    };
                    if selected.is_some_and(|s| s.get().as_deref() == Some(code.as_str())) {
                        class.push_str(" selected");
                    }
                    class
                }
            };
            let label = {
                let label_for = label_for.clone();
                let code = code.clone();
                move || label_for(&code)
            };
            let open = {
                let navigate = navigate.clone();
                let href = href.clone();
                move || navigate(&href, Default::default())
            };
            let open_on_key = open.clone();
            let show = {
                let code = code.clone();
                move || active.set(Some(code.clone()))
            };
            let show_on_focus = show.clone();
            view! {
                <path
                    d=shape.path
                    class=class
                    role="link"
                    tabindex="0"
                    aria-label=label
                    on:click=move |_| open()
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            open_on_key();
                        }
                    }
                    on:mouseenter=move |_| show()
                    on:focus=move |_| show_on_focus()
                ></path>
            }
        })
        .collect_view();
    let legend = move || {
        let bounds = bounds.get();
        let mut low = values.with(|v| v.values().copied().min().unwrap_or(0));
        bounds
            .iter()
            .enumerate()
            .map(|(class, high)| {
                let text = strings::legend_range(&number(low), &number(*high));
                low = high + 1;
                view! {
                    <li><span class=format!("swatch c{class}") aria-hidden="true"></span>{text}</li>
                }
            })
            .collect_view()
    };
    let active_label = move || active.get().map(|code| label_for(&code));
    view! {
        <figure class="county-map">
            <svg
                viewBox=format!("0 0 {} {}", map.width, map.height)
                role="group"
                aria-label=strings::map_label()
                focusable="false"
            >
                {shapes}
            </svg>
            <figcaption>
                <p class="map-active" aria-hidden="true">{active_label}</p>
                <p class="legend-title">{move || format!("{}: {}", strings::map_legend(), measure_label.get())}</p>
                <ul class="legend">{legend}</ul>
                <p class="source">{strings::map_credit()}</p>
            </figcaption>
        </figure>
    }
}
