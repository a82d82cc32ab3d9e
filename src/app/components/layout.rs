//! Site chrome: skip link, header with navigation, a short footer pointing at the sources on
//! `/om`, and focus moved to the new page's heading after each route change.

use crate::app::components::later::LaterPart;
use crate::app::components::status::Loading;
use crate::app::components::{InPageLink, Link};
use crate::app::data::AppData;
use crate::app::strings;
use crate::app::{language, paths, routes};
use crate::core::lang::Lang;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let data = AppData::use_context();
    let compare_href = move || routes::compare(&data.compare.get());
    let compare_label = move || strings::compare_nav(data.compare.with(Vec::len));
    view! {
        <InPageLink id="innhold" class="skip-link">{strings::skip_to_content()}</InPageLink>
        <header class="site-header">
            <LaterPart class="wrap header-top">
                <Link href=routes::HOME class="brand">{strings::app_name()}</Link>
                <LanguageSwitch/>
            </LaterPart>
            <LaterPart class="wrap header-row">
                <nav aria-label=strings::nav_label()>
                    <ul class="nav-list">
                        <li><Link href=routes::HOME>{strings::nav_occupations()}</Link></li>
                        <li><Link href=routes::INTERESTS>{strings::interests_nav()}</Link></li>
                        <li><Link href=routes::VGS>{strings::nav_vgs()}</Link></li>
                        <li><Link href=routes::STYRK>{strings::nav_styrk()}</Link></li>
                        <li><Link href=routes::COUNTIES>{strings::nav_regions()}</Link></li>
                        <li><Link href=compare_href>{compare_label}</Link></li>
                        <li><Link href=routes::ABOUT>{strings::nav_about()}</Link></li>
                    </ul>
                </nav>
            </LaterPart>
            <ContentLanguageNote/>
        </header>
        <UpdateNotice/>
        <StaleNotice/>
    }
}

/// Each language's name in itself.
fn autonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "Bokmål",
        Lang::Nn => "Nynorsk",
        Lang::En => "English",
    }
}

/// A language's name in the page's language ("engelsk" on a bokmål page).
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => strings::language_bokmal(),
        Lang::Nn => strings::language_nynorsk(),
        Lang::En => strings::language_english(),
    }
}

/// Bokmål, nynorsk, English: the same page and its state (the query) in each language. The
/// choice loads the page anew in that language and is remembered on the device. On a phone
/// only the other two show, beside the brand.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let current = strings::lang();
    let choices = Lang::ALL
        .into_iter()
        .map(|lang| {
            if lang == current {
                return view! {
                    <li class="lang-current-item"><span class="lang-current" lang=lang.code() aria-current="true">{autonym(lang)}</span></li>
                }
                .into_any();
            }
            let href = move || {
                let path = paths::href_in(lang, &paths::split_address(&location.pathname.get()).1);
                let search = location.search.get();
                if search.is_empty() { path } else { format!("{path}?{search}") }
            };
            view! {
                <li>
                    <a href=href lang=lang.code() hreflang=lang.code() rel="external"
                        on:click=move |_| language::remember(lang)>{autonym(lang)}</a>
                </li>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <nav class="lang-switch" aria-label=strings::language_label()>
            <ul>{choices}</ul>
        </nav>
    }
}

/// On nynorsk and English pages: the one line saying the sources' texts stay in bokmål.
#[component]
fn ContentLanguageNote() -> impl IntoView {
    (strings::lang() != Lang::Nb).then(|| {
        view! { <p class="wrap note content-lang">{strings::content_in_bokmal()}</p> }
    })
}

/// How often focus looks again for a page's heading that is not in yet, and for how long.
const HEADING_LOOK_AGAIN: std::time::Duration = std::time::Duration::from_millis(100);
const HEADING_LOOKS: u32 = 300;

/// Focuses the page's first heading, or `main` while the page has none yet (its data or its
/// wasm chunk still loading). A heading that arrives later takes the focus then, unless the
/// reader has moved it since; the looking stops at the next route change (`current` false).
fn focus_page_heading(current: impl Fn() -> bool + Copy + 'static, looks_left: u32) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if !current() {
        return;
    }
    let first = looks_left == HEADING_LOOKS;
    let focus = |element: web_sys::Element| {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            if !element.has_attribute("tabindex") {
                let _ = element.set_attribute("tabindex", "-1");
            }
            let _ = element.focus();
        }
    };
    if let Some(heading) = document.query_selector("main h1").ok().flatten() {
        let waiting = document
            .active_element()
            .is_none_or(|e| e.id() == "innhold" || e.tag_name() == "BODY");
        if first || waiting {
            focus(heading);
        }
        return;
    }
    if first {
        if let Some(main) = document.get_element_by_id("innhold") {
            focus(main);
        }
    }
    if looks_left > 0 {
        set_timeout(
            move || focus_page_heading(current, looks_left - 1),
            HEADING_LOOK_AGAIN,
        );
    }
}

/// After a route change (a new path, not a new query), focus goes to the new page's heading,
/// so a screen reader announces the page and the keyboard starts from its top.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let path = Memo::new(move |_| location.pathname.get());
    let route_changes = StoredValue::new(0u64);
    Effect::new(move |previous: Option<String>| {
        let current = path.get();
        if previous.is_some_and(|p| p != current) {
            let change = route_changes.get_value() + 1;
            route_changes.set_value(change);
            let current = move || route_changes.try_get_value() == Some(change);
            // The new page renders in this tick; focus once it is in the document.
            set_timeout(
                move || focus_page_heading(current, HEADING_LOOKS),
                std::time::Duration::from_millis(0),
            );
        }
        current
    });
}

/// Every dataset with publisher, period, licence and the credit its licence asks for.
#[component]
pub fn SourceList() -> impl IntoView {
    let data = AppData::use_context();
    move || {
        let Some(catalog) = data.loaded() else {
            // Marked as loading, so the app shows this page only once the list is there.
            return data
                .catalog_loading()
                .then(|| view! { <Loading label=strings::loading()/> }.into_any());
        };
        Some({
            let sources = catalog
                .snapshot()
                .sources
                .iter()
                .map(|s| {
                    view! {
                        <li lang="nb">
                            <a href=crate::core::format::http_url(&s.url).map(str::to_string) rel="noopener noreferrer">{s.dataset.clone()}</a>
                            {format!(" ({}, {}). {}. {}", s.publisher, s.period, s.licence, s.credit)}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="credits">{sources}</ul> }
        }
        .into_any())
    }
}

/// One or two lines: where the data comes from, and the way to every source and licence.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>
                    {strings::footer_text()} " "
                    <Link href=routes::ABOUT>{strings::footer_sources_link()}</Link>
                </p>
            </div>
        </footer>
    }
}

/// The data version, for error reports (on `/om` only).
#[component]
pub fn DataVersion() -> impl IntoView {
    let data = AppData::use_context();
    move || {
        data.loaded().map(|catalog| {
            view! { <p class="note">{strings::data_version(&catalog.snapshot().data_version)}</p> }
        })
    }
}

/// Shown when the current snapshot failed its checks and the last good copy is in use.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let data = AppData::use_context();
    move || {
        let error = data.stale.get()?;
        Some(view! {
            <div class="update-notice" role="alert">
                <p>{strings::stale_data()} " " {error.message()}</p>
                <button type="button" class="button" on:click=move |_| data.retry()>{strings::retry()}</button>
            </div>
        })
    }
}

/// "Ny versjon er klar": shown when the service worker has a new version cached.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let data = AppData::use_context();
    move || {
        data.updates.ready.get().then(|| {
            view! {
                <div class="update-notice" role="status">
                    <p>{strings::update_ready()}</p>
                    <button type="button" class="button" on:click=move |_| data.updates.apply()>
                        {strings::update_reload()}
                    </button>
                </div>
            }
        })
    }
}
