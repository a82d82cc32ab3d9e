//! `/embed/yrke/<slug>` (a compact occupation card), `/embed/sok` (a search box with
//! results) and `/embed/interesser` ("Hva liker du å gjøre?"): no site chrome, links open the full app in a new tab, and the page tells the
//! embedding page its height (see `public/embed.js`). Options in the query: `farge` (accent,
//! used only with enough contrast), `visning` (`kompakt` or `full`), `tema` (`lys`, `mork`,
//! `auto`; light by default). The language is the address's (`/nn/embed/…`, `/en/embed/…`,
//! which `embed.js` picks from `data-sprak`); `sprak` in the query is a language the school
//! asked for that does not exist, answered in bokmål with a note.

use crate::app::components::figures::{employed_summary, median_summary, SourceNote};
use crate::app::components::status::SearchFailed;
use crate::app::components::{set_title, with_catalog, with_detail};
use crate::app::paths;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::colour::readable_accent;
use crate::core::explore::{explore, Filters};
use crate::core::model::{EducationLevel, SourceId};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Results shown in the embedded search.
const EMBED_RESULTS: usize = 8;

/// Tells the embedding page the content's height whenever it changes, from the first render
/// on. The body is measured, not the document, which is never shorter than the frame: a frame
/// could then grow but never shrink to its content.
fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let report = {
        let root = root.clone();
        Closure::<dyn FnMut()>::new(move || {
            let height = root.offset_height();
            let message = js_sys_object(height);
            // The height is not a secret; the embedding script checks that it came from us.
            let _ = parent.post_message(&message, "*");
        })
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&root);
        std::mem::forget(observer);
    }
    report.forget();
}

fn js_sys_object(height: i32) -> wasm_bindgen::JsValue {
    let object = wasm_bindgen::JsValue::from(web_sys::js_sys::Object::new());
    let _ =
        web_sys::js_sys::Reflect::set(&object, &"type".into(), &"yrkesutforskeren:height".into());
    let _ = web_sys::js_sys::Reflect::set(&object, &"height".into(), &height.into());
    object
}

/// The colours an embed asks for with `tema`: light unless told otherwise, so a light school
/// page never gets a dark box.
#[derive(Clone, Copy, PartialEq)]
enum Theme {
    Light,
    Dark,
    /// As the reader's browser prefers.
    Auto,
}

impl Theme {
    fn from_query(value: Option<&str>) -> Self {
        match value {
            Some("mork") | Some("mørk") => Theme::Dark,
            Some("auto") => Theme::Auto,
            _ => Theme::Light,
        }
    }

    /// The class on `<html>` that fixes the colours (see `style.css`).
    fn class(self) -> Option<&'static str> {
        match self {
            Theme::Light => Some("theme-light"),
            Theme::Dark => Some("theme-dark"),
            Theme::Auto => None,
        }
    }
}

/// The frame around an embedded view: the theme, the school's accent colour, and height
/// reports.
#[component]
fn EmbedFrame(children: Children) -> impl IntoView {
    let query = use_query_map();
    let theme = Theme::from_query(query.read_untracked().get("tema").as_deref());
    // The accent is checked against white, so it is only used on light colours.
    let accent = query
        .read_untracked()
        .get("farge")
        .filter(|_| theme == Theme::Light)
        .and_then(|c| readable_accent(&c));
    let other_language = query
        .read_untracked()
        .get("sprak")
        .is_some_and(|l| !l.is_empty() && crate::core::lang::Lang::from_code(&l).is_none());
    Effect::new(move |_| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.class_list().add_1("embedded");
            if let Some(class) = theme.class() {
                let _ = root.class_list().add_1(class);
            }
        }
        report_height();
    });
    view! {
        <div class="embed" style:--accent=accent.unwrap_or_default()>
            {other_language.then(|| view! { <p class="note">{strings::embed_unknown_language()}</p> })}
            {children()}
            <p class="embed-credit">{strings::embed_credit()}</p>
        </div>
    }
}

fn compact() -> bool {
    use_query_map()
        .read_untracked()
        .get("visning")
        .is_some_and(|v| v == "kompakt")
}

#[component]
pub fn EmbedOccupationPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.read_untracked().get("slug").unwrap_or_default();
    let compact = compact();
    view! {
        <EmbedFrame>
            {with_catalog(move |catalog| {
                let Some(position) = catalog.occupations().iter().position(|o| o.slug == slug) else {
                    return view! { <p class="missing-note">{strings::occupation_not_found(&slug)}</p> }.into_any();
                };
                view! { <OccupationCard catalog=catalog position=position compact=compact/> }.into_any()
            })}
        </EmbedFrame>
    }
}

#[component]
fn OccupationCard(catalog: Arc<Catalog>, position: usize, compact: bool) -> impl IntoView {
    let occupation = &catalog.occupations()[position];
    let facet = &catalog.facets()[position];
    set_title(&occupation.title);
    let full_page = paths::absolute(&routes::occupation(&occupation.slug));
    let median = median_summary(facet).unwrap_or_else(|| strings::salary_none().to_string());
    let employed =
        employed_summary(facet).unwrap_or_else(|| strings::employment_none().to_string());
    let trade = occupation
        .education_levels
        .contains(&EducationLevel::TradeCertificate);
    let facts = (!compact).then(|| {
        view! {
            <ul class="embed-facts">
                <li>{median}</li>
                <li>{employed}</li>
                {trade.then(|| view! { <li>{strings::badge_trade()}</li> })}
            </ul>
            <SourceNote id=SourceId::Salary/>
            <SourceNote id=SourceId::Employment/>
        }
    });
    // The first paragraph of the occupation's own texts.
    let intro = with_detail(occupation.slug.clone(), |detail| {
        view! { <p lang="nb">{detail.intro()}</p> }
    });
    view! {
        <article class="embed-card">
            <h1 lang="nb">{occupation.title.clone()}</h1>
            {intro}
            {facts}
            <p>
                <a href=full_page target="_blank" rel="noopener noreferrer">
                    {strings::embed_read_more(&occupation.title)}
                </a>
            </p>
            <p class="source">{strings::utdanning_credit_short()}</p>
        </article>
    }
}

/// `/embed/interesser`: the statements and the occupations that fit, inside a school's page.
#[component]
pub fn EmbedInterestsPage() -> impl IntoView {
    set_title(strings::interests_title());
    view! {
        <EmbedFrame>
            <crate::app::pages::interests::Interests page=routes::EMBED_INTERESTS embedded=true/>
        </EmbedFrame>
    }
}

#[component]
pub fn EmbedSearchPage() -> impl IntoView {
    set_title(strings::search_label());
    view! {
        <EmbedFrame>
            {with_catalog(|catalog| view! { <EmbedSearch catalog=catalog/> })}
        </EmbedFrame>
    }
}

#[component]
fn EmbedSearch(catalog: Arc<Catalog>) -> impl IntoView {
    let data = crate::app::data::AppData::use_context();
    let text = RwSignal::new(String::new());
    let results = {
        let catalog = catalog.clone();
        // `None` while search is not ready yet.
        Memo::new(move |_| {
            data.search_ready.track();
            let query = text.get();
            if query.trim().is_empty() {
                return Some(Vec::new());
            }
            let filters = Filters {
                text: query,
                ..Filters::default()
            };
            let explored = explore(&catalog, &filters);
            (!explored.waiting_for_search).then(|| {
                explored
                    .positions
                    .into_iter()
                    .take(EMBED_RESULTS)
                    .collect::<Vec<_>>()
            })
        })
    };
    let rows = move || {
        let Some(positions) = results.get() else {
            if data.search_failed.read().is_some() {
                return view! { <SearchFailed/> }.into_any();
            }
            return view! { <p class="note">{strings::search_pending()}</p> }.into_any();
        };
        if positions.is_empty() {
            return text
                .with(|t| {
                    (!t.trim().is_empty())
                        .then(|| view! { <p class="missing-note">{strings::no_results(t)}</p> })
                })
                .into_any();
        }
        let items = positions
            .into_iter()
            .map(|position| {
                let occupation = &catalog.occupations()[position];
                let href = paths::absolute(&routes::occupation(&occupation.slug));
                let title = occupation.title.clone();
                view! {
                    <li><a href=href target="_blank" rel="noopener noreferrer"><span lang="nb">{title}</span></a></li>
                }
            })
            .collect_view();
        view! { <ul class="embed-results">{items}</ul> }.into_any()
    };
    view! {
        <h1 class="embed-heading">{strings::app_name()}</h1>
        <label for="embed-sok">{strings::search_label()}</label>
        <input
            id="embed-sok"
            type="search"
            autocomplete="off"
            placeholder=strings::search_placeholder()
            on:input=move |ev| text.set(event_target_value(&ev))
            on:focus=move |_| data.want_search()
        />
        <div role="status" aria-live="polite">{rows}</div>
        <p>
            <a href=paths::absolute(routes::HOME) target="_blank" rel="noopener noreferrer">{strings::embed_open_app()}</a>
        </p>
    }
}
