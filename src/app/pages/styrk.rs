//! `/styrk` (the ten major groups) and `/styrk/<code>`: a code with its parents, children,
//! NAV category, ISCO title, figures and every occupation linked to it.

use crate::app::components::figures::{change_period, EmploymentTable, SalaryTable, SourceNote};
use crate::app::components::later::LaterPart;
use crate::app::components::status::SearchFailed;
use crate::app::components::{breakable, Link};
use crate::app::components::{set_title, state_navigation, with_catalog};
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::strings;
use crate::app::strings::number;
use crate::core::catalog::Catalog;
use crate::core::explore::percent_encode;
use crate::core::model::{SourceId, StyrkCode};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use std::sync::Arc;

fn code_link(code: &StyrkCode) -> impl IntoView {
    let href = routes::styrk_code(&code.code);
    let number = code.code.clone();
    let name = crate::app::components::code_name(code);
    view! {
        <Link href=href>
            <span class="code">{number}</span>
            " "
            {name}
        </Link>
    }
}

#[component]
pub fn StyrkIndexPage() -> impl IntoView {
    set_title(strings::nav_styrk());
    view! {
        <h1>{strings::styrk_title()}</h1>
        <p class="lead">{strings::styrk_intro()}</p>
        {with_catalog(|catalog| view! { <CodeLookup catalog=catalog/> })}
    }
}

/// Look-up by code (any level) or name; the query is kept in the URL (`?q=`).
#[component]
fn CodeLookup(catalog: Arc<Catalog>) -> impl IntoView {
    let data = crate::app::data::AppData::use_context();
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.read().get("q").unwrap_or_default());
    // A query in the address readies search, whose occupations join the codes found.
    Effect::new(move |_| {
        if query.with(|q| !q.trim().is_empty()) {
            data.want_search();
        }
    });
    let navigate = use_navigate();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let href = if value.is_empty() {
            routes::STYRK.to_string()
        } else {
            routes::styrk_search(&percent_encode(&value))
        };
        navigate(&href, state_navigation(true));
    };
    let majors: Vec<StyrkCode> = catalog
        .snapshot()
        .styrk
        .iter()
        .filter(|c| c.level == 1)
        .cloned()
        .collect();
    let occupation_hits = {
        let catalog = catalog.clone();
        // Occupations join the codes found once search is ready.
        Memo::new(move |_| {
            data.search_ready.track();
            let query = query.get();
            if query.trim().is_empty() {
                return Vec::new();
            }
            catalog
                .name_hits(&query)
                .unwrap_or_default()
                .into_iter()
                .take(10)
                .map(|hit| catalog.occupations()[hit.position].clone())
                .collect::<Vec<_>>()
        })
    };
    let hits = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            catalog
                .find_codes(&query.get(), 100)
                .into_iter()
                .cloned()
                .collect::<Vec<StyrkCode>>()
        })
    };
    view! {
        <search class="search">
            <label for="kode-sok" class="search-label">{strings::styrk_search_label()}</label>
            <p id="kode-sok-hjelp" class="hint">{strings::styrk_search_hint()}</p>
            <input
                id="kode-sok"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="kode-sok-hjelp"
                prop:value=move || query.get()
                on:input=on_input
                on:focus=move |_| data.want_search()
            />
        </search>
        <Show
            when=move || !query.read().trim().is_empty()
            fallback=move || {
                let majors = majors.clone();
                view! {
                    <ul class="code-list">
                        {majors.iter().map(|c| view! { <li>{code_link(c)}</li> }).collect_view()}
                    </ul>
                }
            }
        >
            <p class="result-count" role="status" aria-live="polite">
                {move || strings::code_hits(hits.read().len())}
            </p>
            <SearchFailed/>
            <ul class="code-list code-hits">
                {move || {
                    hits.get()
                        .iter()
                        .map(|c| {
                            let level = strings::level_name(c.level);
                            view! { <li>{code_link(c)}<span class="note">{format!(" – {level}")}</span></li> }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || !occupation_hits.read().is_empty()>
                <h2 id="yrkestreff">{strings::occupation_hits_heading()}</h2>
                <ul class="plain-list occupation-hits" aria-labelledby="yrkestreff">
                    {move || {
                        occupation_hits
                            .get()
                            .into_iter()
                            .map(|o| {
                                let href = routes::occupation(&o.slug);
                                let codes = format!(" (STYRK {})", o.styrk.join(", "));
                                view! { <li><Link href=href><span lang="nb">{o.title}</span></Link><span class="codes">{codes}</span></li> }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </Show>
        <SourceNote id=SourceId::Styrk/>
    }
}

#[component]
pub fn StyrkCodePage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("code").unwrap_or_default());
    with_catalog(move |catalog| {
        let code = code.get();
        match catalog.code(&code) {
            Some(found) => {
                set_title(&format!("{} {}", found.code, found.name));
                view! { <CodeView catalog=catalog.clone() code=found.clone()/> }.into_any()
            }
            None => {
                let suggestions: Vec<_> = catalog
                    .suggest_codes(&code, 8)
                    .into_iter()
                    .map(|c| {
                        (
                            routes::styrk_code(&c.code),
                            format!("{} {}", c.code, c.name),
                        )
                    })
                    .collect();
                view! { <NotFound message=strings::code_not_found(&code) suggestions=suggestions/> }
                    .into_any()
            }
        }
    })
}

#[component]
fn CodeView(catalog: Arc<Catalog>, code: StyrkCode) -> impl IntoView {
    let ancestors: Vec<StyrkCode> = catalog.ancestors(&code.code).into_iter().cloned().collect();
    let children: Vec<StyrkCode> = catalog.children(&code.code).into_iter().cloned().collect();
    let linked = catalog.occupations_under(&code.code);
    // This code's own count: the other codes of the occupations listed here are not added.
    let total = catalog.employment_total_within(linked.iter().copied(), &code.code);
    let has_occupations = !linked.is_empty();
    let occupation_items = linked
        .into_iter()
        .map(|o| {
            let href = routes::occupation(&o.slug);
            let title = o.title.clone();
            let codes = format!(" (STYRK {})", o.styrk.join(", "));
            view! {
                <li>
                    <Link href=href><span lang="nb">{title}</span></Link>
                    <span class="codes">{codes}</span>
                </li>
            }
        })
        .collect_view();
    let salary = catalog.salary(&code.code).cloned();
    let has_employment = catalog.employment(&code.code).is_some();
    let period = change_period(&catalog);
    let figures_code = code.clone();
    view! {
        <nav aria-label=strings::parents_label() class="breadcrumbs">
            <ol>
                <li><Link href=routes::STYRK>"STYRK-08"</Link></li>
                {ancestors.iter().map(|a| view! { <li>{code_link(a)}</li> }).collect_view()}
                <li aria-current="page">{code.code.clone()}</li>
            </ol>
        </nav>
        <h1>
            <span class="code">{code.code.clone()}</span>
            " "
            <span lang="nb">{breakable(&code.name)}</span>
        </h1>
        <dl class="facts">
            <dt>{strings::styrk_level()}</dt>
            <dd>{strings::level_with_digits(code.level)}</dd>
            {code.nav_category.clone().map(|nav| view! {
                <dt>{strings::nav_category()}</dt>
                <dd lang="nb">{format!("{} › {}", nav.level1, nav.level2)}</dd>
            })}
            {code.isco_title_en.clone().map(|title| view! {
                <dt>{strings::isco_title()}</dt>
                <dd lang="en">{title}</dd>
            })}
        </dl>
        {(!children.is_empty()).then(|| view! {
            <section aria-labelledby="underkoder">
                <h2 id="underkoder">{strings::children_heading()}</h2>
                <ul class="code-list">
                    {children.iter().map(|c| view! { <li>{code_link(c)}</li> }).collect_view()}
                </ul>
            </section>
        })}
        <section aria-labelledby="yrker">
            <h2 id="yrker">{strings::occupations_heading()}</h2>
            {if has_occupations {
                view! {
                    <p class="note">{strings::many_to_many_note()}</p>
                    <ul class="plain-list">{occupation_items}</ul>
                    {(total.persons > 0 && total.codes_counted.len() > 1).then(|| view! {
                        <p>{strings::occupations_total(&number(total.persons), total.codes_counted.len())}</p>
                    })}
                }
                .into_any()
            } else {
                view! { <p class="missing-note">{strings::occupations_none()}</p> }.into_any()
            }}
        </section>
        <LaterPart class="code-figures">
            <section aria-labelledby="lonn">
                <h2 id="lonn">{strings::salary_heading()}</h2>
                {match salary {
                    Some(salary) => view! {
                        <p>{strings::salary_explained()}</p>
                        {salary.has_unpublished().then(|| view! { <p class="note">{strings::not_published_note()}</p> })}
                        <SalaryTable code=figures_code.clone() salary=salary change_period=period/>
                        <SourceNote id=SourceId::Salary/>
                        <SourceNote id=SourceId::SalaryChange/>
                    }
                    .into_any(),
                    None => view! { <p class="missing-note">{strings::salary_none()}</p> }.into_any(),
                }}
            </section>
            <section aria-labelledby="sysselsetting">
                <h2 id="sysselsetting">{strings::employment_heading()}</h2>
                {if has_employment {
                    view! {
                        <EmploymentTable codes=vec![figures_code.clone()]/>
                        <SourceNote id=SourceId::Employment/>
                    }
                    .into_any()
                } else {
                    view! { <p class="missing-note">{strings::employment_none()}</p> }.into_any()
                }}
            </section>
        </LaterPart>
        <SourceNote id=SourceId::Styrk/>
        {code.nav_category.is_some().then(|| view! { <SourceNote id=SourceId::NavCategories/> })}
        {code.isco_title_en.is_some().then(|| view! { <SourceNote id=SourceId::Isco/> })}
    }
}
