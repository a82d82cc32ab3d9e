//! The browser UI: router, pages and shared components. Pages read the loaded snapshot from
//! [`state::AppData`] and render; all domain logic lives in [`crate::core`].

pub mod api;
pub mod bench;
pub mod components;
pub mod offline;
pub mod pages;
pub mod paths;
pub mod routes;
pub mod state;
pub mod strings;

use components::compare::CompareNotice;
use components::layout::{FocusOnNavigate, Footer, Header};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::about::AboutPage;
use pages::compare::ComparePage;
use pages::counties::CountiesPage;
use pages::county::{CountyPage, MunicipalityPage};
use pages::embed::{EmbedOccupationPage, EmbedSearchPage};
use pages::employer::EmployerPage;
use pages::explorer::ExplorerPage;
use pages::not_found::NotFound;
use pages::occupation::OccupationPage;
use pages::styrk::{StyrkCodePage, StyrkIndexPage};
use pages::vgs::{VgsIndexPage, VgsProgrammePage};
use state::AppData;

#[component]
pub fn App() -> impl IntoView {
    AppData::provide();
    view! {
        <Router base=paths::base()>
            <Chrome>
                <Header/>
                <CompareNotice/>
                <FocusOnNavigate/>
            </Chrome>
            <main id="innhold" class="wrap" tabindex="-1">
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
                    <Route path=path!("/vgs") view=VgsIndexPage/>
                    <Route path=path!("/vgs/:code") view=VgsProgrammePage/>
                    <Route path=path!("/om") view=AboutPage/>
                    <Route path=path!("/embed/yrke/:slug") view=EmbedOccupationPage/>
                    <Route path=path!("/embed/sok") view=EmbedSearchPage/>
                </Routes>
            </main>
            <Chrome>
                <Footer/>
            </Chrome>
        </Router>
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
