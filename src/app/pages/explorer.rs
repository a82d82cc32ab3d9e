//! `/`: every occupation, filtered as the user types. The query lives in the URL (`?q=`), so
//! reload, back/forward and shared links restore it.

use crate::app::components::{set_title, with_catalog};
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::model::OccupationSummary;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn ExplorerPage() -> impl IntoView {
    set_title("");
    view! {
        <h1>{strings::APP_NAME}</h1>
        <p class="lead">{strings::TAGLINE}</p>
        {with_catalog(|catalog| view! { <Explorer catalog=catalog/> })}
    }
}

fn query_url(query: &str) -> String {
    if query.is_empty() {
        "/".to_string()
    } else {
        let encoded: String = js_sys_encode(query);
        format!("/?q={encoded}")
    }
}

/// Percent-encodes a query value (UTF-8 bytes outside the unreserved set).
fn js_sys_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[component]
fn Explorer(catalog: Arc<Catalog>) -> impl IntoView {
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.read().get("q").unwrap_or_default());
    let navigate = use_navigate();
    let total = catalog.occupations().len();
    let results = {
        let catalog = catalog.clone();
        Memo::new(move |_| catalog.filter_positions(&query.get()))
    };
    let set_query = {
        let navigate = navigate.clone();
        move |value: String| {
            navigate(
                &query_url(&value),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            )
        }
    };
    let on_input = {
        let set_query = set_query.clone();
        move |ev: leptos::ev::Event| set_query(event_target_value(&ev))
    };
    let clear = move |_| set_query(String::new());
    view! {
        <search class="search" role="search">
            <label for="sok" class="search-label">{strings::SEARCH_LABEL}</label>
            <p id="sok-hjelp" class="hint">{strings::SEARCH_HINT}</p>
            <div class="search-row">
                <input
                    id="sok"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="sok-hjelp"
                    placeholder=strings::SEARCH_PLACEHOLDER
                    prop:value=move || query.get()
                    on:input=on_input
                />
                <Show when=move || !query.read().is_empty()>
                    <button type="button" class="button secondary" on:click=clear.clone()>
                        {strings::CLEAR_SEARCH}
                    </button>
                </Show>
            </div>
        </search>
        <p class="result-count" role="status" aria-live="polite">
            {move || strings::result_count(results.read().len(), total)}
        </p>
        <Show
            when=move || !results.read().is_empty()
            fallback=move || view! { <p class="empty">{strings::no_results(&query.get())}</p> }
        >
            {
                let catalog = catalog.clone();
                view! {
                    <ul class="occupation-list" aria-label=strings::RESULTS_LABEL>
                        <For
                            each=move || results.get()
                            key=|position| *position
                            children=move |position: usize| {
                                view! { <OccupationRow occupation=catalog.occupations()[position].clone()/> }
                            }
                        />
                    </ul>
                }
            }
        </Show>
    }
}

#[component]
fn OccupationRow(occupation: OccupationSummary) -> impl IntoView {
    let href = format!("/yrke/{}", occupation.slug);
    let codes = if occupation.styrk.is_empty() {
        strings::NO_CODE.to_string()
    } else {
        format!("STYRK {}", occupation.styrk.join(", "))
    };
    view! {
        <li class="occupation-row">
            <a href=href class="occupation-link">{occupation.title}</a>
            <span class="codes">{codes}</span>
        </li>
    }
}
