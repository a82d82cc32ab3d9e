//! The browser UI: router, pages and shared components. Pages read the loaded snapshot from
//! [`state::AppData`] and render; all domain logic lives in [`crate::core`].

#[cfg(feature = "bench")]
pub mod bench;
pub mod components;
pub mod data;
pub mod language;
pub mod pages;
pub mod paths;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod routes;
pub mod strings;

use components::compare::CompareNotice;
use components::layout::{FocusOnNavigate, Footer, Header};
use components::status::Loading;
use data::AppData;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::about::AboutPage;
use pages::compare::ComparePage;
use pages::counties::CountiesPage;
use pages::county::{CountyPage, MunicipalityPage};
use pages::embed::{EmbedInterestsPage, EmbedOccupationPage, EmbedSearchPage};
use pages::employer::EmployerPage;
use pages::explorer::ExplorerPage;
use pages::interests::InterestsPage;
use pages::not_found::NotFound;
use pages::occupation::OccupationPage;
use pages::school::SchoolPage;
use pages::study::StudyPage;
use pages::styrk::{StyrkCodePage, StyrkIndexPage};
use pages::vgs::{VgsIndexPage, VgsProgrammePage};

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
                    <Route path=path!("/") view=ExplorerPage/>
                    <Route path=path!("/yrke/:slug") view=OccupationPage/>
                    <Route path=path!("/styrk") view=StyrkIndexPage/>
                    <Route path=path!("/styrk/:code") view=StyrkCodePage/>
                    <Route path=path!("/sammenlign") view=ComparePage/>
                    <Route path=path!("/fylke") view=CountiesPage/>
                    <Route path=path!("/fylke/:nr") view=CountyPage/>
                    <Route path=path!("/kommune/:nr") view=MunicipalityPage/>
                    <Route path=path!("/arbeidsgiver/:orgnr") view=EmployerPage/>
                    <Route path=path!("/skole/:orgnr") view=SchoolPage/>
                    <Route path=path!("/studie/:code") view=StudyPage/>
                    <Route path=path!("/vgs") view=VgsIndexPage/>
                    <Route path=path!("/vgs/:code") view=VgsProgrammePage/>
                    <Route path=path!("/interesser") view=InterestsPage/>
                    <Route path=path!("/om") view=AboutPage/>
                    <Route path=path!("/embed/yrke/:slug") view=EmbedOccupationPage/>
                    <Route path=path!("/embed/sok") view=EmbedSearchPage/>
                    <Route path=path!("/embed/interesser") view=EmbedInterestsPage/>
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
    view! {
        <Chrome>
            <Header/>
            <CompareNotice/>
            <FocusOnNavigate/>
        </Chrome>
        <main id="innhold" class="wrap" tabindex="-1">
            {children()}
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
