//! The browser UI: router, pages and shared components. Pages read the loaded snapshot from
//! [`state::AppData`] and render; all domain logic lives in [`crate::core`].

#[cfg(feature = "bench")]
pub mod bench;
pub mod components;
pub mod data;
pub mod language;
pub mod page_chunks;
pub mod pages;
pub mod paths;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod routes;
pub mod strings;

use components::compare::CompareNotice;
use components::later::LaterPart;
use components::layout::{FocusOnNavigate, Footer, Header};
use components::status::Loading;
use data::AppData;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use page_chunks::lazy;
use pages::not_found::NotFound;

/// The app in the browser: starts loading the data, then shows the page for the address.
#[component]
pub fn App() -> impl IntoView {
    language::start();
    AppData::provide();
    view! { <Site/> }
}

/// The page for the current address inside the site's frame. The browser renders it in
/// [`App`]; the prerenderer renders it natively to static HTML from the same components.
#[component]
pub fn Site() -> impl IntoView {
    view! {
        <Router base=paths::base()>
            <Frame>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=|| lazy(page_chunks::explorer)/>
                    <Route path=path!("/yrke/:slug") view=|| lazy(page_chunks::occupation)/>
                    <Route path=path!("/styrk") view=|| lazy(page_chunks::styrk_index)/>
                    <Route path=path!("/styrk/:code") view=|| lazy(page_chunks::styrk_code)/>
                    <Route path=path!("/sammenlign") view=|| lazy(page_chunks::compare)/>
                    <Route path=path!("/fylke") view=|| lazy(page_chunks::counties)/>
                    <Route path=path!("/fylke/:nr") view=|| lazy(page_chunks::county)/>
                    <Route path=path!("/kommune/:nr") view=|| lazy(page_chunks::municipality)/>
                    <Route path=path!("/arbeidsgiver/:orgnr") view=|| lazy(page_chunks::employer)/>
                    <Route path=path!("/skole/:orgnr") view=|| lazy(page_chunks::school)/>
                    <Route path=path!("/studie/:code") view=|| lazy(page_chunks::study)/>
                    <Route path=path!("/vgs") view=|| lazy(page_chunks::vgs_index)/>
                    <Route path=path!("/vgs/:code") view=|| lazy(page_chunks::vgs_programme)/>
                    <Route path=path!("/interesser") view=|| lazy(page_chunks::interests)/>
                    <Route path=path!("/om") view=|| lazy(page_chunks::about)/>
                    <Route path=path!("/embed/yrke/:slug") view=|| lazy(page_chunks::embed_occupation)/>
                    <Route path=path!("/embed/sok") view=|| lazy(page_chunks::embed_search)/>
                    <Route path=path!("/embed/interesser") view=|| lazy(page_chunks::embed_interests)/>
                </Routes>
            </Frame>
        </Router>
    }
}

/// The frame every page shares with the loading state in place of the page: what a browser
/// shows at an address that has no prerendered page (and offline) until the app runs.
#[component]
pub fn Shell() -> impl IntoView {
    view! {
        <Router base=paths::base()>
            <Frame>
                // A screen's height is kept for the page, so the footer starts below the fold
                // and nothing moves when the page replaces the loading state.
                <div class="shell-space">
                    <Loading label=strings::loading()/>
                </div>
            </Frame>
        </Router>
    }
}

/// Header, notices and footer around the page's `main`.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let route = Memo::new(move |_| location.pathname.with(|p| paths::split_address(p).1));
    if let Some(data) = use_context::<AppData>() {
        data.follow_route(route.into());
    }
    view! {
        <Chrome>
            <LaterPart class="chrome-part">
                <Header/>
                <CompareNotice/>
                <FocusOnNavigate/>
            </LaterPart>
        </Chrome>
        <main id="innhold" class="wrap" tabindex="-1">
            <LaterPart class="page-part">{children()}</LaterPart>
        </main>
        <Chrome>
            <Footer/>
        </Chrome>
    }
}

/// Site chrome (header, notices, footer) on every route but the embeds (`/embed/...`), which a
/// school shows inside its own page.
#[component]
fn Chrome(children: ChildrenFn) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let embedded = Memo::new(move |_| location.pathname.with(|p| p.contains("/embed/")));
    move || (!embedded.get()).then(|| children())
}
