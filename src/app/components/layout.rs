//! Site chrome: skip link, header with navigation, footer with data version and credits.

use crate::app::state::AppData;
use crate::app::strings;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    let data = AppData::use_context();
    let compare_href = move || crate::app::pages::compare::compare_href(&data.compare.get());
    let compare_label = move || strings::compare_nav(data.compare.with(Vec::len));
    view! {
        <a class="skip-link" href="#innhold">{strings::SKIP_TO_CONTENT}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <A href="/" attr:class="brand">{strings::APP_NAME}</A>
                <nav aria-label=strings::NAV_LABEL>
                    <ul class="nav-list">
                        <li><A href="/">{strings::NAV_OCCUPATIONS}</A></li>
                        <li><A href="/styrk">{strings::NAV_STYRK}</A></li>
                        <li><A href="/fylke">{strings::NAV_REGIONS}</A></li>
                        <li><A href=compare_href>{compare_label}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let data = AppData::use_context();
    let credits = move || {
        data.loaded().map(|catalog| {
            let version = strings::data_version(&catalog.snapshot().data_version);
            let sources = catalog
                .snapshot()
                .sources
                .iter()
                .map(|s| {
                    view! {
                        <li>
                            <a href=s.url.clone() rel="noopener noreferrer">{s.dataset.clone()}</a>
                            {format!(" ({}, {}). {}. {}", s.publisher, s.period, s.licence, s.credit)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p>{version}</p>
                <ul class="credits">{sources}</ul>
            }
        })
    };
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <h2 class="footer-heading">{strings::FOOTER_DATA}</h2>
                {credits}
            </div>
        </footer>
    }
}
